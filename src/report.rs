//! Classified activities → a per-document breakdown. These structs ARE the JSON schema.
//!
//! Every renderer reads only this report, so the table, JSON, CSV and Markdown can never
//! disagree about a number. Field names here are the contract documented in the README.

use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};

use jiff::civil::Date;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::activity::{Activity, Energy, Parsed};
use crate::classify::{Classification, Classifier, Note, top_category};
use crate::dates::Period;
use crate::layout::Layout;
use crate::lexicon::{ExpectedRole, Lexicon, NO_ROLE, Pattern, Settings};
use crate::periods::{Granularity, PeriodReport, PeriodTallies};
use crate::surface;

/// Version of the JSON schema; bumped on incompatible changes.
pub const SCHEMA_VERSION: u32 = 1;
/// How many matched terms a role row lists.
pub const TOP_TERMS: usize = 5;

/// The whole run: one entry per input document.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Schema version ([`SCHEMA_VERSION`]).
    pub version: u32,
    /// The activities taken into account, when a filter was set (`null` otherwise).
    pub window: Option<Selection>,
    /// The documents, in input order.
    pub documents: Vec<DocumentReport>,
    /// All documents pooled together.
    pub summary: Summary,
}

/// Which activities count: a date window and filters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Selection {
    /// First day of the window (`--since`, or `--months` back from `until`).
    pub since: Option<Date>,
    /// Last day of the window (`--as-of`, default today).
    pub until: Option<Date>,
    /// Whether undated activities are excluded (`--dated-only`).
    pub dated_only: bool,
    /// Whether only energising activities count (`--energy-only`).
    pub energy_only: bool,
}

impl Selection {
    /// Whether any filter is set.
    pub fn is_active(&self) -> bool {
        self.since.is_some() || self.dated_only || self.energy_only
    }

    /// Why `activity` is left out, or `None` when it counts.
    pub fn exclusion(&self, activity: &Activity) -> Option<Exclusion> {
        if activity.unchecked {
            return Some(Exclusion::Unchecked);
        }
        match (activity.date, self.since) {
            (None, _) if self.dated_only => return Some(Exclusion::Undated),
            (Some(date), Some(since)) => {
                // In the window when the activity's period shares a day with it.
                let until = self.until.unwrap_or(Date::MAX);
                if date.end < since || date.start > until {
                    return Some(Exclusion::OutsideWindow);
                }
            }
            _ => {}
        }
        if self.energy_only && activity.energy != Some(Energy::Gives) {
            return Some(Exclusion::NotEnergising);
        }
        None
    }
}

/// Why an activity is left out of the scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Exclusion {
    /// Its date is outside `--since`/`--months`.
    OutsideWindow,
    /// It has no date and `--dated-only` is set.
    Undated,
    /// It is not marked energising and `--energy-only` is set.
    NotEnergising,
    /// It is an unchecked task (`- [ ] …`): planned, not done.
    Unchecked,
}

/// The breakdown of one document.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentReport {
    /// Where it came from: the path as given, or `-` for standard input (`file#id` for a
    /// spreadsheet's document).
    pub source: String,
    /// Every activity, in document order (excluded ones too). They come before the figures
    /// computed from them, so the JSON renderer writes them as they are classified. The CLI
    /// never keeps them here (its renderers receive them one at a time); [`build_document`]
    /// does.
    pub activities: Vec<ActivityReport>,
    /// Whose it is: front matter's `name:`, or the `--name-column` of a spreadsheet; `null`
    /// when not said.
    pub name: Option<String>,
    /// How it was read: `brag` (one activity per line or bullet) or `resume` (bullets under
    /// job headers).
    pub layout: Layout,
    /// The role the document is expected to read like (`--expect`, or `role:` in its front
    /// matter), or `null`.
    pub expected: Option<String>,
    /// `"pass"` or `"fail"` when a role is expected, else `null`.
    pub check: Option<CheckOutcome>,
    /// How every line was accounted for.
    pub totals: Totals,
    /// One row per category, in lexicon order.
    pub roles: Vec<RoleSummary>,
    /// The document's overall role.
    pub verdict: Verdict,
    /// A resume's jobs, in document order (empty for other documents).
    pub jobs: Vec<JobReport>,
    /// The calendar grain of `periods`: `--by`, else the grain [`Granularity::auto`] picks from
    /// this document's own dates.
    pub by: Granularity,
    /// The counted activities per calendar period, oldest first (see [`crate::periods`]).
    pub periods: Vec<PeriodReport>,
    /// The counted activities tallied per month-level row, for rolling them up at another
    /// grain (the pool's, in the HTML report).
    #[serde(skip)]
    pub period_tallies: PeriodTallies,
    /// The counted activities' hands-on IC score, summed (unrounded), for pooling.
    #[serde(skip)]
    pub hands_on_points: f64,
}

impl DocumentReport {
    /// How the document is named to people: its source, and whose it is when known
    /// (`reviews.csv#E1042 (Kim Osei)`).
    pub fn label(&self) -> String {
        match &self.name {
            Some(name) => format!("{} ({name})", self.source),
            None => self.source.clone(),
        }
    }
}

/// One job of a resume, like a document of its own.
#[derive(Debug, Clone, Serialize)]
pub struct JobReport {
    /// 1-based line where its header starts.
    pub line: usize,
    /// The title as written, or `null`.
    pub title: Option<String>,
    /// The company as written, or `null`.
    pub company: Option<String>,
    /// The dates as written (`Jan 2021 – Present`), or `null`.
    pub dates: Option<String>,
    /// The period the dates name (`2021-01/..`, `2018-03/2021-12`), or `null` when there are
    /// none or they could not be read.
    pub period: Option<Period>,
    /// How the job's lines were accounted for (its header lines are skipped lines).
    pub totals: Totals,
    /// One row per category, in lexicon order.
    pub roles: Vec<RoleSummary>,
    /// The job's overall role.
    pub verdict: Verdict,
}

impl JobReport {
    /// How the job is shown: `title, company` as written, else what there is.
    pub fn label(&self) -> String {
        crate::activity::job_label(
            self.title.as_deref(),
            self.company.as_deref(),
            self.dates.as_deref(),
            self.line,
        )
    }
}

/// The result of a role check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckOutcome {
    /// The verdict is the expected role.
    Pass,
    /// It is not.
    Fail,
}

/// Line and activity counts; `lines = activities + continuations + skipped` and
/// `activities = matched + unmatched + excluded`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Lines in the document.
    pub lines: usize,
    /// Activities found.
    pub activities: usize,
    /// Lines joined to the activity above.
    pub continuations: usize,
    /// Blank lines, headings, rules and front matter.
    pub skipped: usize,
    /// Counted activities given a role.
    pub matched: usize,
    /// Counted activities no role owns.
    pub unmatched: usize,
    /// Activities left out by the window, a filter or an unchecked task box.
    pub excluded: usize,
    /// Of those, unchecked tasks (`- [ ] …`); written out only when there are some.
    #[serde(skip_serializing_if = "is_zero")]
    pub unchecked: usize,
    /// Activities with no date (counted or not; unchecked tasks aside).
    pub undated: usize,
    /// Activities carrying an energy marker, `(+)` or `(-)` (counted or not).
    pub energy_marked: usize,
}

/// Whether a count is zero (a field left out of JSON then).
fn is_zero(count: &usize) -> bool {
    *count == 0
}

impl std::ops::AddAssign for Totals {
    fn add_assign(&mut self, other: Totals) {
        self.lines += other.lines;
        self.activities += other.activities;
        self.continuations += other.continuations;
        self.skipped += other.skipped;
        self.matched += other.matched;
        self.unmatched += other.unmatched;
        self.excluded += other.excluded;
        self.unchecked += other.unchecked;
        self.undated += other.undated;
        self.energy_marked += other.energy_marked;
    }
}

/// One category's part of a document.
#[derive(Debug, Clone, Serialize)]
pub struct RoleSummary {
    /// Short label, e.g. `PM`.
    pub role: String,
    /// Full name, e.g. `Product Manager`.
    pub name: String,
    /// The question it owns, e.g. `what/why`.
    pub question: String,
    /// Counted activities whose role is this category.
    pub activities: usize,
    /// Fraction (0–1) of the document's matched work credited to this category: each matched
    /// activity splits one unit across categories in proportion to its scores.
    pub share: f64,
    /// The sum of this category's scores over matched activities.
    pub score: f64,
    /// The most frequent terms credited to this category, most frequent first.
    pub top_terms: Vec<String>,
    /// Energy markers on this category's activities.
    pub energy: RoleEnergy,
}

/// Energy markers on one category's counted activities.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct RoleEnergy {
    /// Activities marked `(+)`.
    pub gives: usize,
    /// Activities marked `(-)`.
    pub drains: usize,
    /// This category's fraction of all matched `(+)` activities (0–1).
    pub share: f64,
}

/// The overall role of a document.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    /// The category with the largest share, or `None` when nothing matched or the evidence is
    /// too weak to name a role (see `evidence`).
    pub role: Option<String>,
    /// Whether the runner-up's share is within the hybrid margin of the leader's.
    pub hybrid: bool,
    /// The category with the second largest share, if it has any.
    pub runner_up: Option<String>,
    /// Leader's share minus runner-up's share (0–1).
    pub margin: f64,
    /// The category with most energising activities, when any activity is marked `(+)`.
    pub energy_role: Option<String>,
    /// The category with the largest share, even when its evidence is too weak for `role`
    /// (`None` when nothing matched).
    pub leading: Option<String>,
    /// The leading category's score per counted activity; below the lexicon's `@min_evidence`
    /// the verdict names no role.
    pub evidence: f64,
    /// The share (0–1) of counted activities that matched a role; below the lexicon's
    /// `@min_matched` the verdict names no role.
    pub matched_share: f64,
    /// Hands-on IC vocabulary's score per counted activity; at `@max_hands_on` times
    /// `evidence` or more the verdict names no role.
    pub hands_on: f64,
    /// Why a role leads (`leading`) but the verdict names none; `None` otherwise.
    pub undecided: Option<Undecided>,
}

/// Why a verdict names no role although one leads the matched work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Undecided {
    /// Fewer than `@min_matched` of the counted activities matched a role.
    FewMatched,
    /// The leading role's points per counted activity are below `@min_evidence`.
    WeakEvidence,
    /// Both.
    FewMatchedAndWeakEvidence,
    /// Hands-on IC vocabulary scores `@max_hands_on` times the leading role's points or more.
    HandsOn,
}

/// All documents of a run pooled together (the table's total row).
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Number of documents.
    pub documents: usize,
    /// Activity counts summed over documents.
    pub totals: Totals,
    /// Share per category over all counted, matched activities.
    pub roles: Vec<RoleSummary>,
    /// The pooled verdict.
    pub verdict: Verdict,
    /// The calendar grain of `periods`: `--by`, else the grain [`Granularity::auto`] picks from
    /// all documents' dates.
    pub by: Granularity,
    /// All documents' counted activities per calendar period, oldest first.
    pub periods: Vec<PeriodReport>,
    /// Documents whose role check passed.
    pub passed: usize,
    /// Documents whose role check failed.
    pub failed: usize,
    /// Inputs that could not be read, or were read only in part, as named on stderr
    /// (`notes.md: cannot read: …`): their documents are missing from the report or cut short.
    pub errors: Vec<String>,
}

/// One activity and how it was classified.
#[derive(Debug, Clone, Serialize)]
pub struct ActivityReport {
    /// 1-based line number of its first line.
    pub line: usize,
    /// The text, Markdown, leading date and energy markers stripped.
    pub text: String,
    /// When it happened (`2025-03`, `2025-Q3`, `2025-03-14`…), or `null`.
    pub date: Option<Period>,
    /// `"+"` (gave energy), `"-"` (drained it) or `null`.
    pub energy: Option<Energy>,
    /// Whether it counts: false when the window, a filter or an unchecked task box leaves it out.
    pub in_window: bool,
    /// Why it is left out (`outside_window`, `undated`, `not_energising`, `unchecked`), or `null`.
    pub excluded_by: Option<Exclusion>,
    /// In a resume, the job it belongs to (an index into the document's `jobs`), or `null`.
    pub job: Option<usize>,
    /// That job's label (`title, company`), for outputs written before the jobs are (CSV).
    #[serde(skip)]
    pub job_label: Option<std::sync::Arc<str>>,
    /// Its role, or `None` when unmatched.
    pub role: Option<String>,
    /// Score per category label.
    pub scores: Scores,
    /// What its hands-on IC vocabulary scored (the `[none]` matches, after negation), which a
    /// document's verdict weighs against the leading role's points.
    pub hands_on: f64,
    /// Every match, in text order.
    pub matches: Vec<MatchReport>,
    /// The rules that changed its scores, in words (negation, hedge, scope, thresholds).
    pub rules: Vec<String>,
}

impl ActivityReport {
    /// A line that held no activity (e.g. only a heading): unmatched, with zero scores.
    pub fn unparsed(line: usize, text: &str, lexicon: &Lexicon) -> ActivityReport {
        ActivityReport {
            line,
            text: text.to_string(),
            date: None,
            energy: None,
            in_window: true,
            excluded_by: None,
            job: None,
            job_label: None,
            role: None,
            scores: Scores(lexicon.categories.iter().map(|c| (c.label.clone(), 0.0)).collect()),
            hands_on: 0.0,
            matches: Vec::new(),
            rules: Vec::new(),
        }
    }
}

/// Scores keyed by category label, serialised as a JSON object in lexicon order.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores(pub Vec<(String, f64)>);

impl Serialize for Scores {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (label, score) in &self.0 {
            map.serialize_entry(label, score)?;
        }
        map.end()
    }
}

/// One matched lexicon entry.
#[derive(Debug, Clone, Serialize)]
pub struct MatchReport {
    /// The entry as written in the lexicon.
    pub term: String,
    /// The category credited, or `None` (IC vocabulary, or a scoped word with no owner).
    pub category: Option<String>,
    /// What it added to the score after the rules.
    pub weight: f64,
    /// The normalised text it matched (for a regex or stem, the actual words).
    pub matched: String,
    /// Where the entry is defined (`file:line`).
    pub source: String,
}

impl MatchReport {
    /// How the match is shown to people: the entry as written, or for a regex, the words it
    /// matched.
    pub fn display(&self) -> &str {
        if self.term.starts_with('/') {
            &self.matched
        } else {
            &self.term
        }
    }
}

/// What a role check expects of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expectation {
    /// The expected category label, or `none` (the verdict must name no role), if any.
    pub role: Option<String>,
    /// Whether a hybrid whose runner-up is the expected role passes too.
    pub allow_hybrid: bool,
    /// Whose document it is (front matter's `name:`, a spreadsheet's name column).
    pub name: Option<String>,
}

/// Classifies a parsed document and builds its breakdown, keeping every activity.
pub fn build_document(
    source: &str,
    parsed: &Parsed,
    classifier: &mut Classifier<'_>,
    selection: &Selection,
    expectation: &Expectation,
) -> DocumentReport {
    let mut builder = DocumentBuilder::new(classifier.lexicon(), *selection, true);
    for activity in &parsed.activities {
        let classification = classifier.classify(&activity.text);
        builder.add(activity, classification);
    }
    builder.finish(source, parsed, expectation)
}

/// Accumulates a document's breakdown one classified activity at a time, so a large document
/// streams through without its activities being held (unless they are wanted, for JSON or
/// `--explain`). A resume's jobs are tallied apart as well.
#[derive(Debug)]
pub struct DocumentBuilder<'a> {
    lexicon: &'a Lexicon,
    selection: Selection,
    keep: bool,
    activities: Vec<ActivityReport>,
    whole: Tally,
    /// One tally per job index seen so far.
    jobs: Vec<Tally>,
    /// The counted activities per period.
    periods: PeriodTallies,
    /// The grain of the finished document's `periods`, when asked for.
    grain: Option<Granularity>,
}

/// Running sums for a document or one of its jobs.
#[derive(Debug, Default, Clone)]
struct Tally {
    totals: Totals,
    roles: Vec<RoleTally>,
    energising: usize,
    /// The counted activities' hands-on IC score, summed.
    hands_on: f64,
}

/// Running sums for one category.
#[derive(Debug, Default, Clone)]
struct RoleTally {
    share: f64,
    score: f64,
    activities: usize,
    energy: RoleEnergy,
    /// Credited word, phrase and stem entries: entry → how often, and as first written.
    terms: FxHashMap<usize, Credited>,
    /// Credited regex entries, by the text they matched: entry → text → how often, and as first
    /// written.
    regex_terms: FxHashMap<usize, FxHashMap<String, Credited>>,
}

/// How often a term was credited, with what weight, and how it was first written in the text.
#[derive(Debug, Default, Clone)]
struct Credited {
    count: usize,
    weight: f64,
    written: Option<String>,
    /// Whether how it was written was left unsought, since an earlier chunk of the document
    /// found it (see [`Known`]): `written` stays `None`, and the merge keeps the earlier one.
    known: bool,
}

/// How a term was written, as the credit of one match finds it.
enum Sought {
    /// Looked for in the text: found, or `None` when it cannot be placed.
    Found(Option<String>),
    /// Not looked for: an earlier chunk of the document found it ([`Known`]).
    Known,
}

/// The terms (by category and entry, a regex entry's by the text it matched) whose written
/// form one worker found in the earlier chunks of a document it classified. A worker takes a
/// document's chunks in order and they are merged in order, so the document's tally holds that
/// written form before a later chunk of the worker is merged: the later chunk need not look for
/// it (cutting a text into words, asked once per term and chunk, was a third of the tallies'
/// time). Only the document's whole tally skips it: a job's tally has a first time of its own.
#[derive(Debug, Default)]
pub struct Known {
    terms: FxHashSet<(usize, usize)>,
    texts: FxHashMap<(usize, usize), FxHashSet<String>>,
}

impl Known {
    fn has(&self, category: usize, entry: usize, text: Option<&str>) -> bool {
        match text {
            None => self.terms.contains(&(category, entry)),
            Some(text) => self
                .texts
                .get(&(category, entry))
                .is_some_and(|texts| texts.contains(text)),
        }
    }
}

/// Most distinct texts counted for one regex entry in one category: past it, a text not seen
/// before still scores, but is not counted for the top terms (so a regex that matches a new
/// text on every line cannot grow memory without bound).
const MAX_REGEX_TEXTS: usize = 4096;

impl RoleTally {
    /// Credits one match of `entry` (`text`: what a regex entry matched); `written` gives how
    /// it was written, asked while the term has no written form here (and is not known).
    fn credit(
        &mut self,
        entry: usize,
        text: Option<&str>,
        count: usize,
        weight: f64,
        written: impl FnOnce() -> Sought,
    ) {
        match text {
            None => self.terms.entry(entry).or_default().add(count, weight, written),
            Some(text) => {
                let texts = self.regex_terms.entry(entry).or_default();
                // Looked up once when counted before (nearly always): testing first, then
                // looking up to add, hashed the text twice.
                if let Some(counted) = texts.get_mut(text) {
                    counted.add(count, weight, written);
                } else if texts.len() < MAX_REGEX_TEXTS {
                    texts.entry(text.to_string()).or_default().add(count, weight, written);
                }
            }
        }
    }
}

impl Credited {
    /// Counts `count` more credits of `weight` in all; `written` gives how the term was written,
    /// asked while that is unknown here. Inlined where it is called, once a credit (a closure
    /// shared by the three places was a call a credit).
    #[inline(always)]
    fn add(&mut self, count: usize, weight: f64, written: impl FnOnce() -> Sought) {
        self.count += count;
        self.weight += weight;
        if self.written.is_none() && !self.known {
            match written() {
                Sought::Found(found) => self.written = found,
                Sought::Known => self.known = true,
            }
        }
    }
}

impl Tally {
    fn new(categories: usize) -> Tally {
        Tally {
            roles: vec![RoleTally::default(); categories],
            ..Tally::default()
        }
    }

    /// Adds what another tally accumulated.
    fn merge(&mut self, other: Tally) {
        self.totals += other.totals;
        self.energising += other.energising;
        self.hands_on += other.hands_on;
        for (tally, more) in self.roles.iter_mut().zip(other.roles) {
            tally.share += more.share;
            tally.score += more.score;
            tally.activities += more.activities;
            tally.energy.gives += more.energy.gives;
            tally.energy.drains += more.energy.drains;
            for (entry, more) in more.terms {
                tally.credit(entry, None, more.count, more.weight, || Sought::Found(more.written));
            }
            for (entry, texts) in more.regex_terms {
                for (text, more) in texts {
                    tally.credit(entry, Some(&text), more.count, more.weight, || {
                        Sought::Found(more.written)
                    });
                }
            }
        }
    }

    /// Adds one classified activity, left out of the scores when `excluded`; how a term in
    /// `known` was written is not looked for.
    fn add(
        &mut self,
        lexicon: &Lexicon,
        activity: &Activity,
        c: &Classification,
        excluded: bool,
        known: Option<&Known>,
    ) {
        self.totals.activities += 1;
        if activity.unchecked {
            self.totals.unchecked += 1;
        } else if activity.date.is_none() {
            self.totals.undated += 1;
        }
        if activity.energy.is_some() {
            self.totals.energy_marked += 1;
        }
        if excluded {
            self.totals.excluded += 1;
            return;
        }
        self.hands_on += c.ic_score;
        let Some(role) = c.role else {
            self.totals.unmatched += 1;
            return;
        };
        self.totals.matched += 1;
        let total: f64 = c.scores.iter().sum();
        for (tally, score) in self.roles.iter_mut().zip(&c.scores) {
            if total > 0.0 {
                tally.share += score / total;
            }
            tally.score += score;
        }
        let own = &mut self.roles[role];
        own.activities += 1;
        match activity.energy {
            Some(Energy::Gives) => {
                own.energy.gives += 1;
                self.energising += 1;
            }
            Some(Energy::Drains) => own.energy.drains += 1,
            None => {}
        }
        // The text's words, cut once and only when a term is credited here for the first time.
        let mut words = None;
        for m in c.matches.iter().filter(|m| m.weight > 0.0) {
            let Some(category) = m.category else { continue };
            let shown = matches!(lexicon.entries[m.entry].pattern, Pattern::Regex(..)).then(|| c.matched_text(m));
            let written = || {
                if known.is_some_and(|known| known.has(category, m.entry, shown)) {
                    return Sought::Known;
                }
                if activity.text.len() > surface::MAX_TEXT_BYTES {
                    // Past a line's usual length, the words as matched (no search of a long text).
                    return Sought::Found(Some(c.matched_text(m).to_string()));
                }
                let words = words.get_or_insert_with(|| surface::words_of(&activity.text));
                Sought::Found(surface::written(&activity.text, words, c.matched_text(m)))
            };
            self.roles[category].credit(m.entry, shown, 1, m.weight, written);
        }
    }

    /// The role rows and the verdict.
    fn summarise(self, lexicon: &Lexicon) -> (Totals, Vec<RoleSummary>, Verdict) {
        let matched = self.totals.matched;
        let energising = self.energising;
        let roles: Vec<RoleSummary> = lexicon
            .categories
            .iter()
            .zip(self.roles)
            .map(|(category, tally)| {
                // Terms as people wrote them (`1:1s`, not `1 1s` or `one on one*`); one written
                // the same way for two entries is counted once, with both counts.
                let mut listed: FxHashMap<String, (usize, f64)> = FxHashMap::default();
                let credited = tally
                    .terms
                    .into_iter()
                    .map(|(entry, counted)| (lexicon.entries[entry].text.to_string(), counted))
                    .chain(tally.regex_terms.into_values().flatten());
                for (fallback, counted) in credited {
                    let shown = counted.written.map_or(fallback, |w| surface::as_listed(&w));
                    let sum = listed.entry(shown).or_default();
                    sum.0 += counted.count;
                    sum.1 += counted.weight;
                }
                let mut terms: Vec<(String, (usize, f64))> = listed.into_iter().collect();
                terms.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(b.1.1.total_cmp(&a.1.1)).then(a.0.cmp(&b.0)));
                let mut energy = tally.energy;
                if energising > 0 {
                    energy.share = round(energy.gives as f64 / energising as f64);
                }
                RoleSummary {
                    role: category.label.clone(),
                    name: category.name.clone(),
                    question: category.question.clone(),
                    activities: tally.activities,
                    share: if matched == 0 {
                        0.0
                    } else {
                        round(tally.share / matched as f64)
                    },
                    score: round(tally.score),
                    top_terms: terms.into_iter().take(TOP_TERMS).map(|(t, _)| t).collect(),
                    energy,
                }
            })
            .collect();
        let counted = self.totals.matched + self.totals.unmatched;
        let verdict = decide_verdict(&roles, counted, self.hands_on, &lexicon.settings);
        (self.totals, roles, verdict)
    }
}

impl<'a> DocumentBuilder<'a> {
    /// A builder for one document; `keep` holds every [`ActivityReport`] for the report.
    pub fn new(lexicon: &'a Lexicon, selection: Selection, keep: bool) -> DocumentBuilder<'a> {
        DocumentBuilder {
            lexicon,
            selection,
            keep,
            activities: Vec::new(),
            whole: Tally::new(lexicon.categories.len()),
            jobs: Vec::new(),
            periods: PeriodTallies::default(),
            grain: None,
        }
    }

    /// Sets the grain of the document's `periods` (`--by`); without it the grain is the one
    /// [`Granularity::auto`] picks from the document's dates.
    pub fn grain(mut self, by: Option<Granularity>) -> DocumentBuilder<'a> {
        self.grain = by;
        self
    }

    /// Which activities the builder counts (`--since`, `--dated-only`, `--energy-only`).
    pub fn selection(&self) -> Selection {
        self.selection
    }

    /// An empty builder with the same settings, to fill on another thread and [`merge`] back.
    ///
    /// [`merge`]: DocumentBuilder::merge
    pub fn partial(&self) -> DocumentBuilder<'a> {
        DocumentBuilder::new(self.lexicon, self.selection, self.keep)
    }

    /// Adds what a partial builder accumulated, as if its activities had been added here next.
    pub fn merge(&mut self, other: DocumentBuilder<'a>) {
        self.whole.merge(other.whole);
        self.periods.merge(&other.periods);
        for (index, job) in other.jobs.into_iter().enumerate() {
            self.job(index).merge(job);
        }
        self.activities.extend(other.activities);
    }

    /// The tally of job `index`.
    fn job(&mut self, index: usize) -> &mut Tally {
        let categories = self.lexicon.categories.len();
        if self.jobs.len() <= index {
            self.jobs.resize_with(index + 1, || Tally::new(categories));
        }
        &mut self.jobs[index]
    }

    /// Adds one classified activity.
    pub fn add(&mut self, activity: &Activity, c: &Classification) {
        self.add_after(activity, c, None);
    }

    /// Adds one classified activity to a partial builder of a chunk that comes after those
    /// whose written terms are in `known` (see [`Known`]).
    pub fn add_known(&mut self, activity: &Activity, c: &Classification, known: &Known) {
        self.add_after(activity, c, Some(known));
    }

    fn add_after(&mut self, activity: &Activity, c: &Classification, known: Option<&Known>) {
        let excluded = self.selection.exclusion(activity).is_some();
        if self.keep {
            let report = self.describe(activity, c);
            self.activities.push(report);
        }
        let lexicon = self.lexicon;
        self.whole.add(lexicon, activity, c, excluded, known);
        if !excluded {
            self.periods.add(activity, c);
        }
        if let Some(index) = activity.job {
            self.job(index).add(lexicon, activity, c, excluded, None);
        }
    }

    /// Adds to `known` the terms whose written form this (partial) builder found.
    pub fn learn(&self, known: &mut Known) {
        for (category, tally) in self.whole.roles.iter().enumerate() {
            let found = |counted: &Credited| counted.written.is_some();
            known.terms.extend(
                tally
                    .terms
                    .iter()
                    .filter(|(_, counted)| found(counted))
                    .map(|(&entry, _)| (category, entry)),
            );
            for (&entry, texts) in &tally.regex_terms {
                let mut new = texts.iter().filter(|(_, counted)| found(counted)).peekable();
                if new.peek().is_some() {
                    // Bounded as a tally's texts are: a text left out is only looked up again.
                    let set = known.texts.entry((category, entry)).or_default();
                    let room = MAX_REGEX_TEXTS.saturating_sub(set.len());
                    set.extend(new.take(room).map(|(text, _)| text.clone()));
                }
            }
        }
    }

    /// The report of one activity (what JSON and `--explain` show).
    pub fn describe(&self, activity: &Activity, c: &Classification) -> ActivityReport {
        let mut report = activity_report(self.lexicon, activity.line, &activity.text, c);
        report.date = activity.date;
        report.energy = activity.energy;
        report.excluded_by = self.selection.exclusion(activity);
        report.in_window = report.excluded_by.is_none();
        report.job = activity.job;
        report.job_label.clone_from(&activity.job_label);
        report
    }

    /// The finished breakdown; `counts` supplies the line counts, layout, jobs and front matter.
    pub fn finish(mut self, source: &str, counts: &Parsed, expectation: &Expectation) -> DocumentReport {
        let lexicon = self.lexicon;
        let mut jobs = Vec::with_capacity(counts.jobs.len());
        for (index, job) in counts.jobs.iter().enumerate() {
            let (totals, roles, verdict) = std::mem::take(self.job(index)).summarise(lexicon);
            let totals = Totals {
                lines: totals.activities + job.continuations + job.skipped,
                continuations: job.continuations,
                skipped: job.skipped,
                ..totals
            };
            jobs.push(JobReport {
                line: job.line,
                title: job.title.clone(),
                company: job.company.clone(),
                dates: job.dates.clone(),
                period: job.period,
                totals,
                roles,
                verdict,
            });
        }
        let hands_on_points = self.whole.hands_on;
        let (totals, roles, verdict) = self.whole.summarise(lexicon);
        let by = self.grain.unwrap_or_else(|| Granularity::auto(self.periods.rows()));
        let periods = self.periods.report(lexicon, by);
        let check = expectation
            .role
            .as_ref()
            .map(|expected| check_role(&verdict, expected, expectation.allow_hybrid));
        let totals = Totals {
            lines: counts.lines,
            continuations: counts.continuations,
            skipped: counts.skipped,
            ..totals
        };
        DocumentReport {
            source: source.to_string(),
            activities: self.activities,
            name: expectation.name.clone(),
            layout: counts.layout,
            expected: expectation.role.clone(),
            check,
            totals,
            roles,
            verdict,
            jobs,
            by,
            periods,
            period_tallies: self.periods,
            hands_on_points,
        }
    }
}

/// Pools documents into the run's report, the pool's periods at grain `by` (when `None`, the
/// grain [`Granularity::auto`] picks from all documents' dates).
pub fn build_report(
    lexicon: &Lexicon,
    selection: Selection,
    by: Option<Granularity>,
    documents: Vec<DocumentReport>,
) -> Report {
    let mut pooled = SummaryBuilder::new(lexicon, by);
    for document in &documents {
        pooled.add(document);
    }
    Report {
        version: SCHEMA_VERSION,
        window: selection.is_active().then_some(selection),
        documents,
        summary: pooled.finish(),
    }
}

/// Most distinct top terms the summary tallies per category, so memory stays flat over any
/// number of documents; a term first listed once this many are tallied is not counted (it
/// could lead only if most later documents listed it).
const POOLED_TERMS: usize = 10_000;

/// Pools documents one at a time into the run's [`Summary`] (the table's total row), so a run
/// over many documents need not keep them.
#[derive(Debug)]
pub struct SummaryBuilder<'a> {
    lexicon: &'a Lexicon,
    documents: usize,
    totals: Totals,
    roles: Vec<RoleSummary>,
    /// Per category: how many documents list each term among their top terms, by the term in
    /// lower case, with the spelling shown; at most [`POOLED_TERMS`] terms.
    term_counts: Vec<HashMap<String, (String, usize)>>,
    passed: usize,
    failed: usize,
    /// The grain asked for (`--by`), if any.
    by: Option<Granularity>,
    /// All documents' counted activities per month-level row.
    periods: PeriodTallies,
    /// All documents' hands-on IC score, summed.
    hands_on: f64,
}

impl<'a> SummaryBuilder<'a> {
    /// An empty pool for documents classified with `lexicon`, its periods at grain `by` (when
    /// `None`, the grain [`Granularity::auto`] picks from all documents' dates).
    pub fn new(lexicon: &'a Lexicon, by: Option<Granularity>) -> SummaryBuilder<'a> {
        let roles: Vec<RoleSummary> = lexicon
            .categories
            .iter()
            .map(|c| RoleSummary {
                role: c.label.clone(),
                name: c.name.clone(),
                question: c.question.clone(),
                activities: 0,
                share: 0.0,
                score: 0.0,
                top_terms: Vec::new(),
                energy: RoleEnergy::default(),
            })
            .collect();
        SummaryBuilder {
            lexicon,
            documents: 0,
            totals: Totals::default(),
            term_counts: vec![HashMap::new(); roles.len()],
            roles,
            passed: 0,
            failed: 0,
            by,
            periods: PeriodTallies::default(),
            hands_on: 0.0,
        }
    }

    /// How many documents were added.
    pub fn documents(&self) -> usize {
        self.documents
    }

    /// How many documents had their role checked (passed or failed).
    pub fn checked(&self) -> usize {
        self.passed + self.failed
    }

    /// Adds one document.
    pub fn add(&mut self, d: &DocumentReport) {
        self.periods.merge(&d.period_tallies);
        let t = &d.totals;
        self.documents += 1;
        self.totals += *t;
        self.hands_on += d.hands_on_points;
        for ((pooled, role), counts) in self.roles.iter_mut().zip(&d.roles).zip(&mut self.term_counts) {
            pooled.activities += role.activities;
            pooled.share += role.share * t.matched as f64;
            pooled.score += role.score;
            pooled.energy.gives += role.energy.gives;
            pooled.energy.drains += role.energy.drains;
            // Documents that write a term differently (`PRD`, `prd`) count together, under the
            // first document's spelling.
            for term in &role.top_terms {
                let key = term.to_lowercase();
                let full = counts.len() >= POOLED_TERMS;
                match counts.get_mut(&key) {
                    Some((_, count)) => *count += 1,
                    None if !full => {
                        counts.insert(key, (term.clone(), 1));
                    }
                    None => {}
                }
            }
        }
        match d.check {
            Some(CheckOutcome::Pass) => self.passed += 1,
            Some(CheckOutcome::Fail) => self.failed += 1,
            None => {}
        }
    }

    /// The pooled summary.
    pub fn finish(self) -> Summary {
        let SummaryBuilder {
            lexicon,
            documents,
            totals,
            mut roles,
            term_counts,
            passed,
            failed,
            by,
            periods,
            hands_on,
        } = self;
        let gives: usize = roles.iter().map(|r| r.energy.gives).sum();
        for (role, counts) in roles.iter_mut().zip(term_counts) {
            if totals.matched > 0 {
                role.share = round(role.share / totals.matched as f64);
            }
            role.score = round(role.score);
            if gives > 0 {
                role.energy.share = round(role.energy.gives as f64 / gives as f64);
            }
            let mut terms: Vec<(String, usize)> = counts.into_values().collect();
            terms.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            role.top_terms = terms.into_iter().take(TOP_TERMS).map(|(t, _)| t).collect();
        }
        let verdict = decide_verdict(&roles, totals.matched + totals.unmatched, hands_on, &lexicon.settings);
        let by = by.unwrap_or_else(|| Granularity::auto(periods.rows()));
        Summary {
            documents,
            totals,
            roles,
            verdict,
            by,
            periods: periods.report(lexicon, by),
            passed,
            failed,
            errors: Vec::new(),
        }
    }
}

/// The role a check expects, as written by people (`--expect`, front matter's `role:`, a role
/// column): a category's label, full name or alias (see [`Lexicon::find_role`]), or `none` for a
/// document whose verdict must name no role. `Err` says what is accepted instead.
pub fn expected_role(lexicon: &Lexicon, written: &str) -> Result<String, String> {
    let written = written.trim();
    match lexicon.read_role(written) {
        Some(ExpectedRole::Role(index)) => Ok(lexicon.categories[index].label.clone()),
        Some(ExpectedRole::NoRole) => Ok(NO_ROLE.to_string()),
        None => {
            let labels: Vec<&str> = lexicon.categories.iter().map(|c| c.label.as_str()).collect();
            Err(format!(
                "unknown role {written:?}; use {} or {NO_ROLE} (no role at all: IC, or a title such as Software Engineer), or a role's name or alias: {}",
                labels.join(", "),
                lexicon.accepted_roles()
            ))
        }
    }
}

/// Whether the verdict meets the expectation: the leader is the expected role (any letter
/// case), or, with `allow_hybrid`, a hybrid's runner-up is; `none` passes when the verdict names
/// no role.
pub fn check_role(verdict: &Verdict, expected: &str, allow_hybrid: bool) -> CheckOutcome {
    if expected.eq_ignore_ascii_case(NO_ROLE) {
        return if verdict.role.is_none() {
            CheckOutcome::Pass
        } else {
            CheckOutcome::Fail
        };
    }
    let is = |role: &Option<String>| role.as_deref().is_some_and(|r| r.eq_ignore_ascii_case(expected));
    if is(&verdict.role) || (allow_hybrid && verdict.hybrid && is(&verdict.runner_up)) {
        CheckOutcome::Pass
    } else {
        CheckOutcome::Fail
    }
}

/// Describes one classified activity.
pub fn activity_report(lexicon: &Lexicon, line: usize, text: &str, c: &Classification) -> ActivityReport {
    let label = |i: usize| lexicon.categories[i].label.clone();
    ActivityReport {
        line,
        text: text.to_string(),
        date: None,
        energy: None,
        in_window: true,
        excluded_by: None,
        job: None,
        job_label: None,
        role: c.role.map(label),
        scores: Scores(
            lexicon
                .categories
                .iter()
                .zip(&c.scores)
                .map(|(cat, &s)| (cat.label.clone(), round(s)))
                .collect(),
        ),
        hands_on: round(c.ic_score),
        matches: c
            .matches
            .iter()
            .map(|m| {
                let entry = &lexicon.entries[m.entry];
                MatchReport {
                    term: entry.text.to_string(),
                    category: m.category.map(label),
                    weight: round(m.weight),
                    matched: c.matched_text(m).to_string(),
                    source: entry.origin.to_string(),
                }
            })
            .collect(),
        rules: c.notes.iter().map(|note| describe(lexicon, note)).collect(),
    }
}

/// A rule's effect in words, for `--explain` and JSON.
fn describe(lexicon: &Lexicon, note: &Note) -> String {
    // Each term in quotes once: a quoted entry (`"design"`) already has its own.
    let term = |i: usize| -> String {
        let text = &lexicon.entries[i].text;
        if text.starts_with('"') {
            text.to_string()
        } else {
            format!("\"{text}\"")
        }
    };
    let label = |c: Option<usize>| c.map_or("nobody (no context)", |c| lexicon.categories[c].label.as_str());
    match note {
        Note::Negated { entry, cue } => format!("negation: {} cancels {}", term(*cue), term(*entry)),
        Note::Hedged { cue, factor } => format!("hedge: {} scales the matches after it by {factor}", term(*cue)),
        Note::Scoped { entry, category } => format!("scope: {} credited to {}", term(*entry), label(*category)),
        Note::BelowMinimum { best, min_score } => {
            format!(
                "minimum: best score {} is below {min_score}, so unmatched",
                round(*best)
            )
        }
        Note::IcWork { ic_score } => format!(
            "IC work: hands-on score {} outweighs every role, so unmatched",
            round(*ic_score)
        ),
    }
}

/// The leader by share (of equal shares, the one with more points, then the one listed first),
/// hybrid when the runner-up is within
/// the hybrid margin; no role at all when the leader's evidence — its score per counted
/// activity (`counted`: matched + unmatched) — is below the minimum, when too few of the
/// counted activities match any role, or when their hands-on IC vocabulary (`hands_on_points`,
/// summed) scores `@max_hands_on` times the leader's points or more: an individual contributor's page where a few
/// lines happen to name a role's words. The energy role is the one with most energising activities.
pub fn decide_verdict(roles: &[RoleSummary], counted: usize, hands_on_points: f64, settings: &Settings) -> Verdict {
    let gives: Vec<f64> = roles.iter().map(|r| r.energy.gives as f64).collect();
    let energy_role = top_category(&gives)
        .filter(|&(_, n)| n > 0.0)
        .map(|(i, _)| roles[i].role.clone());
    let leader = leading_category(roles, None).filter(|&(_, share)| share > 0.0);
    let matched: usize = roles.iter().map(|r| r.activities).sum();
    let matched_share = round(matched as f64 / counted.max(1) as f64);
    let hands_on = round(hands_on_points / counted.max(1) as f64);
    let none = |leading: Option<String>, evidence: f64| Verdict {
        role: None,
        hybrid: false,
        runner_up: None,
        margin: 0.0,
        energy_role: energy_role.clone(),
        leading,
        evidence,
        matched_share,
        hands_on,
        undecided: None,
    };
    let Some((leader, leader_share)) = leader else {
        return none(None, 0.0);
    };
    let evidence = round(roles[leader].score / counted.max(1) as f64);
    let undecided = match (matched_share < settings.min_matched, evidence < settings.min_evidence) {
        (true, true) => Some(Undecided::FewMatchedAndWeakEvidence),
        (true, false) => Some(Undecided::FewMatched),
        (false, true) => Some(Undecided::WeakEvidence),
        // Unrounded totals: rounded, a leader's few points over many activities would read 0 and
        // any hands-on figure (0 too) would reach it.
        (false, false)
            if settings.max_hands_on > 0.0
                && hands_on_points > 0.0
                && hands_on_points >= settings.max_hands_on * roles[leader].score =>
        {
            Some(Undecided::HandsOn)
        }
        (false, false) => None,
    };
    if undecided.is_some() {
        return Verdict {
            undecided,
            ..none(Some(roles[leader].role.clone()), evidence)
        };
    }
    let runner_up = leading_category(roles, Some(leader)).filter(|&(_, share)| share > 0.0);
    let margin = round(leader_share - runner_up.map_or(0.0, |(_, s)| s));
    Verdict {
        role: Some(roles[leader].role.clone()),
        hybrid: runner_up.is_some() && margin < settings.hybrid_margin,
        runner_up: runner_up.map(|(i, _)| roles[i].role.clone()),
        margin,
        energy_role,
        leading: Some(roles[leader].role.clone()),
        evidence,
        matched_share,
        hands_on,
        undecided: None,
    }
}

/// The category with the largest share, `except` one; of equal shares, the one with more points
/// (the stronger evidence), then the one listed first.
fn leading_category(roles: &[RoleSummary], except: Option<usize>) -> Option<(usize, f64)> {
    roles.iter().enumerate().filter(|&(i, _)| Some(i) != except).fold(
        None::<(usize, f64)>,
        |best, (i, role)| match best {
            Some((top, share)) if (share, roles[top].score) >= (role.share, role.score) => best,
            _ => Some((i, role.share)),
        },
    )
}

/// Rounds to 4 decimals so JSON shows `0.3333` rather than float noise.
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activity::parse;

    fn report(text: &str) -> DocumentReport {
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let mut classifier = Classifier::new(&lexicon, 0);
        build_document(
            "t.md",
            &parse(text),
            &mut classifier,
            &Selection::default(),
            &Expectation::default(),
        )
    }

    fn summary(role: &str, share: f64) -> RoleSummary {
        RoleSummary {
            role: role.into(),
            name: String::new(),
            question: String::new(),
            activities: 0,
            share,
            score: share * 10.0,
            top_terms: vec![],
            energy: RoleEnergy::default(),
        }
    }

    #[test]
    fn chunks_that_skip_known_terms_list_what_one_builder_lists() {
        // Terms written differently in each chunk (the first as written counts), a regex text
        // (`across 4 teams`) and a resume's jobs, whose tallies look for every term.
        let text = "Experience\nProduct Manager, Acme — 2021–2023\n- Wrote the PRD across 4 teams\n\
                    - wrote the prd and the Roadmap\n- Shipped the ROADMAP across 4 teams\n\
                    Engineering Manager, Initech — 2019–2021\n- Hired two engineers and wrote the prd\n\
                    - Ran 1:1s across 4 teams and the roadmap\n- ran 1-1s with the team\n";
        let parsed = parse(text);
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let mut classifier = Classifier::new(&lexicon, 0);
        let mut whole = DocumentBuilder::new(&lexicon, Selection::default(), false);
        for activity in &parsed.activities {
            whole.add(activity, classifier.classify(&activity.text));
        }
        let mut merged = DocumentBuilder::new(&lexicon, Selection::default(), false);
        let mut known = Known::default();
        for chunk in parsed.activities.chunks(2) {
            let mut partial = merged.partial();
            for activity in chunk {
                partial.add_known(activity, classifier.classify(&activity.text), &known);
            }
            partial.learn(&mut known);
            merged.merge(partial);
        }
        assert!(!known.terms.is_empty() && !known.texts.is_empty());
        let expectation = Expectation::default();
        let (whole, merged) = (
            whole.finish("t.md", &parsed, &expectation),
            merged.finish("t.md", &parsed, &expectation),
        );
        let json = |d: &DocumentReport| serde_json::to_string(d).expect("serialises");
        assert_eq!(json(&whole), json(&merged));
        assert!(json(&whole).contains("PRD"), "{}", json(&whole));
    }

    #[test]
    fn totals_add_up() {
        let r = report("# Q1\n- Wrote the PRD for onboarding\n  with users\n- Went to lunch\n\n");
        let t = r.totals;
        assert_eq!(t.lines, t.activities + t.continuations + t.skipped);
        assert_eq!(t.activities, t.matched + t.unmatched + t.excluded);
        assert_eq!(
            (t.lines, t.activities, t.continuations, t.skipped, t.matched),
            (5, 2, 1, 2, 1)
        );
    }

    #[test]
    fn the_summary_pools_a_top_term_however_each_document_writes_it() {
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let mut pooled = SummaryBuilder::new(&lexicon, None);
        for text in ["- Wrote the PRD\n", "- wrote the prd\n", "- Wrote the PRD again\n"] {
            pooled.add(&report(text));
        }
        let summary = pooled.finish();
        let pm = summary.roles.iter().find(|r| r.role == "PM").expect("PM");
        assert_eq!(pm.top_terms, vec!["PRD".to_string()]);
    }

    #[test]
    fn shares_are_fractions_that_sum_to_one() {
        let r =
            report("- Wrote the PRD\n- Ran 1:1s with my direct reports\n- Tracked the critical path across 4 teams\n");
        let sum: f64 = r.roles.iter().map(|x| x.share).sum();
        assert!((sum - 1.0).abs() < 1e-3, "{sum}");
        assert!(r.roles.iter().all(|x| (0.0..=1.0).contains(&x.share)));
    }

    fn margin(hybrid_margin: f64) -> Settings {
        Settings {
            hybrid_margin,
            ..Settings::default()
        }
    }

    #[test]
    fn weak_evidence_names_no_role_but_says_who_leads() {
        let roles = [summary("PM", 0.7), summary("EM", 0.3)];
        let settings = Settings {
            min_evidence: 0.5,
            ..Settings::default()
        };
        // PM scored 7 over 10 counted activities: 0.7 per activity.
        let v = decide_verdict(&roles, 10, 0.0, &settings);
        assert_eq!((v.role.as_deref(), v.evidence), (Some("PM"), 0.7));
        // The same over 20 activities (13 of them matching nothing): 0.35, too weak.
        let v = decide_verdict(&roles, 20, 0.0, &settings);
        assert_eq!(
            (v.role.as_deref(), v.leading.as_deref(), v.evidence),
            (None, Some("PM"), 0.35)
        );
        assert_eq!((v.runner_up.as_deref(), v.hybrid), (None, false));
        assert_eq!(check_role(&v, "PM", true), CheckOutcome::Fail);
    }

    #[test]
    fn too_few_matched_activities_name_no_role_whatever_their_scores() {
        // Three of ten activities matched, scoring plenty: 30% matched is below 34%.
        let roles = [
            RoleSummary {
                activities: 2,
                ..summary("PM", 0.8)
            },
            RoleSummary {
                activities: 1,
                ..summary("EM", 0.2)
            },
        ];
        let settings = Settings {
            min_matched: 0.34,
            ..Settings::default()
        };
        let v = decide_verdict(&roles, 10, 0.0, &settings);
        assert_eq!(
            (v.role.as_deref(), v.leading.as_deref(), v.matched_share),
            (None, Some("PM"), 0.3)
        );
        // The same three of eight: 37.5% matched, PM is named.
        let v = decide_verdict(&roles, 8, 0.0, &settings);
        assert_eq!((v.role.as_deref(), v.matched_share), (Some("PM"), 0.375));
    }

    #[test]
    fn equal_shares_go_to_the_stronger_evidence_and_no_role_says_why() {
        let mut roles = vec![
            summary("PM", 1.0 / 3.0),
            summary("EM", 1.0 / 3.0),
            summary("TPM", 1.0 / 3.0),
        ];
        for (role, score) in roles.iter_mut().zip([1.72, 3.0, 2.5]) {
            role.score = score;
        }
        let v = decide_verdict(&roles, 3, 0.0, &margin(0.1));
        assert_eq!(
            (v.role.as_deref(), v.runner_up.as_deref(), v.undecided),
            (Some("EM"), Some("TPM"), None)
        );
        // Few of the lines matched: few matched, and weak evidence too when the bar is higher.
        for role in &mut roles {
            role.activities = 1;
        }
        let v = decide_verdict(
            &roles,
            30,
            0.0,
            &Settings {
                min_matched: 0.34,
                ..margin(0.1)
            },
        );
        assert_eq!((v.role, v.undecided), (None, Some(Undecided::FewMatched)));
        let v = decide_verdict(
            &roles,
            30,
            0.0,
            &Settings {
                min_evidence: 0.5,
                min_matched: 0.34,
                ..margin(0.1)
            },
        );
        assert_eq!(
            (v.role, v.undecided),
            (None, Some(Undecided::FewMatchedAndWeakEvidence))
        );
        let v = decide_verdict(
            &roles,
            4,
            0.0,
            &Settings {
                min_evidence: 0.5,
                min_matched: 0.34,
                ..margin(0.1)
            },
        );
        assert_eq!((v.leading.as_deref(), v.undecided), (Some("EM"), None));
        let v = decide_verdict(
            &roles,
            4,
            0.0,
            &Settings {
                min_evidence: 0.9,
                min_matched: 0.34,
                ..margin(0.1)
            },
        );
        assert_eq!((v.role, v.undecided), (None, Some(Undecided::WeakEvidence)));
    }

    #[test]
    fn hands_on_work_outscoring_the_leader_names_no_role() {
        let mut roles = vec![summary("PM", 0.25), summary("EM", 0.75)];
        roles[1].score = 6.0;
        roles[1].activities = 4;
        roles[0].activities = 1;
        let settings = Settings {
            max_hands_on: 1.5,
            ..margin(0.1)
        };
        // EM's 6 points over 6 activities is 1 a line; hands-on 8.9 is 1.48 a line: EM.
        let v = decide_verdict(&roles, 6, 8.9, &settings);
        assert_eq!((v.role.as_deref(), v.undecided, v.hands_on), (Some("EM"), None, 1.4833));
        // 9 is 1.5 a line, one and a half times EM's: no role, EM still leading.
        let v = decide_verdict(&roles, 6, 9.0, &settings);
        assert_eq!(
            (v.role.as_deref(), v.leading.as_deref(), v.undecided),
            (None, Some("EM"), Some(Undecided::HandsOn))
        );
        // At 0 the rule is off, and the other rules speak first.
        let off = decide_verdict(&roles, 6, 90.0, &margin(0.1));
        assert_eq!((off.role.as_deref(), off.undecided), (Some("EM"), None));
        let weak = Settings {
            min_evidence: 2.0,
            ..settings
        };
        let v = decide_verdict(&roles, 6, 9.0, &weak);
        assert_eq!(v.undecided, Some(Undecided::WeakEvidence));
        // A leader's few points over very many activities round to 0 evidence: no hands-on work
        // at all must not reach that (the rule compares the unrounded totals).
        let mut faint = vec![summary("EM", 1.0)];
        faint[0].score = 3.0;
        faint[0].activities = 1;
        let v = decide_verdict(&faint, 200_000, 0.0, &settings);
        assert_eq!((v.role.as_deref(), v.evidence, v.undecided), (Some("EM"), 0.0, None));
        let v = decide_verdict(&faint, 200_000, 4.4, &settings);
        assert_eq!((v.role.as_deref(), v.hands_on), (Some("EM"), 0.0));
        let v = decide_verdict(&faint, 200_000, 4.5, &settings);
        assert_eq!(v.undecided, Some(Undecided::HandsOn));
    }

    #[test]
    fn verdict_is_the_largest_share_and_flags_close_calls() {
        let v = decide_verdict(
            &[summary("PM", 0.5), summary("EM", 0.45), summary("TPM", 0.05)],
            10,
            0.0,
            &margin(0.1),
        );
        assert_eq!(v.role.as_deref(), Some("PM"));
        assert_eq!(v.runner_up.as_deref(), Some("EM"));
        assert!(v.hybrid);
        assert_eq!(v.margin, 0.05);
        let v = decide_verdict(
            &[summary("PM", 0.2), summary("EM", 0.8), summary("TPM", 0.0)],
            10,
            0.0,
            &margin(0.1),
        );
        assert_eq!((v.role.as_deref(), v.hybrid, v.margin), (Some("EM"), false, 0.6));
    }

    #[test]
    fn a_single_role_has_no_runner_up_and_nothing_matched_has_no_verdict() {
        let v = decide_verdict(&[summary("PM", 1.0), summary("EM", 0.0)], 10, 0.0, &margin(0.1));
        assert_eq!((v.runner_up, v.hybrid, v.margin), (None, false, 1.0));
        let v = decide_verdict(&[summary("PM", 0.0), summary("EM", 0.0)], 10, 0.0, &margin(0.1));
        assert_eq!((v.role, v.hybrid), (None, false));
    }

    #[test]
    fn ties_in_share_go_to_the_category_listed_first() {
        let v = decide_verdict(&[summary("PM", 0.5), summary("EM", 0.5)], 10, 0.0, &margin(0.1));
        assert_eq!(
            (v.role.as_deref(), v.runner_up.as_deref(), v.hybrid),
            (Some("PM"), Some("EM"), true)
        );
    }

    #[test]
    fn the_window_excludes_activities_but_keeps_them_listed() {
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let mut classifier = Classifier::new(&lexicon, 0);
        let parsed = parse(
            "## 2024 Q1\n- Wrote the PRD\n## 2025 Q3\n- Hired two engineers (+)\n- Ran user interviews (-)\n- Undated? no: under 2025 Q3\n",
        );
        let selection = Selection {
            since: Some(jiff::civil::date(2025, 1, 1)),
            until: Some(jiff::civil::date(2025, 12, 31)),
            ..Selection::default()
        };
        let doc = build_document("t.md", &parsed, &mut classifier, &selection, &Expectation::default());
        assert_eq!(doc.totals.excluded, 1);
        assert_eq!(doc.activities[0].excluded_by, Some(Exclusion::OutsideWindow));
        assert!(!doc.activities[0].in_window);
        assert_eq!(doc.roles[0].activities, 1, "only the in-window PM line counts");
        assert_eq!(
            doc.totals.activities,
            doc.totals.matched + doc.totals.unmatched + doc.totals.excluded
        );
        let energy_only = Selection {
            energy_only: true,
            ..Selection::default()
        };
        let doc = build_document("t.md", &parsed, &mut classifier, &energy_only, &Expectation::default());
        assert_eq!(doc.totals.excluded, 3);
        assert_eq!(doc.verdict.role.as_deref(), Some("EM"));
        assert_eq!(doc.verdict.energy_role.as_deref(), Some("EM"));
    }

    #[test]
    fn dated_only_excludes_undated_activities() {
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let mut classifier = Classifier::new(&lexicon, 0);
        let parsed = parse("- Wrote the PRD\n- 2025-02-03: Hired two engineers\n");
        let selection = Selection {
            dated_only: true,
            ..Selection::default()
        };
        let doc = build_document("t.md", &parsed, &mut classifier, &selection, &Expectation::default());
        assert_eq!(doc.activities[0].excluded_by, Some(Exclusion::Undated));
        assert_eq!((doc.totals.excluded, doc.totals.undated), (1, 1));
    }

    #[test]
    fn merged_partial_builders_equal_one_builder() {
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let mut classifier = Classifier::new(&lexicon, 0);
        let parsed = parse(
            "- Wrote the PRD (+)\n- Hired two engineers\n- Tracked the critical path across 4 teams\n- Went to lunch\n- Ran user interviews\n",
        );
        let mut whole = DocumentBuilder::new(&lexicon, Selection::default(), true);
        for a in &parsed.activities {
            let c = classifier.classify(&a.text);
            whole.add(a, c);
        }
        let mut merged = DocumentBuilder::new(&lexicon, Selection::default(), true);
        for chunk in parsed.activities.chunks(2) {
            let mut partial = merged.partial();
            for a in chunk {
                let c = classifier.classify(&a.text);
                partial.add(a, c);
            }
            merged.merge(partial);
        }
        let (a, b) = (
            whole.finish("t", &parsed, &Expectation::default()),
            merged.finish("t", &parsed, &Expectation::default()),
        );
        assert_eq!(a.totals, b.totals);
        assert_eq!(
            serde_json::to_string(&a.roles).ok(),
            serde_json::to_string(&b.roles).ok()
        );
        assert_eq!(a.activities.len(), b.activities.len());
    }

    #[test]
    fn role_checks_pass_on_the_leader_or_an_allowed_hybrid() {
        let mut v = decide_verdict(
            &[summary("PM", 0.5), summary("EM", 0.45), summary("TPM", 0.05)],
            10,
            0.0,
            &margin(0.1),
        );
        assert_eq!(check_role(&v, "pm", false), CheckOutcome::Pass);
        assert_eq!(check_role(&v, "EM", false), CheckOutcome::Fail);
        assert_eq!(check_role(&v, "EM", true), CheckOutcome::Pass);
        v.hybrid = false;
        assert_eq!(check_role(&v, "EM", true), CheckOutcome::Fail);
        assert_eq!(check_role(&v, "TPM", true), CheckOutcome::Fail);
    }
}
