//! Activity text → matches → a score per category → the activity's role.
//!
//! Plain weights are not enough to read real lines: "did not own the roadmap" must not count,
//! "helped with the launch" counts less than "led the launch", and "migration" belongs to
//! whoever's scope the line names. Those rules live here, driven by the lexicon's data, and every
//! change they make is recorded as a [`Note`] so `--explain` can show why a line scored as it did.

use std::sync::Arc;

use crate::lexicon::{Effect, Lexicon};
use crate::matcher::{Found, Hit, Matcher};
use crate::normalize::{clause_starts, normalize_into};

/// One matched entry and what it earned.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// Index into [`Lexicon::entries`].
    pub entry: usize,
    /// The category credited, or `None` (IC vocabulary, or a scoped word without context).
    pub category: Option<usize>,
    /// What the match added after the rules (0 when negated).
    pub weight: f64,
    /// Byte span of the match in [`Classification::normalized`].
    pub span: (usize, usize),
}

/// A rule that changed a score, for `--explain`.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// A match after a negation cue earned nothing.
    Negated {
        /// The entry negated.
        entry: usize,
        /// The cue entry.
        cue: usize,
    },
    /// A hedge cue scaled every match after it.
    Hedged {
        /// The cue entry.
        cue: usize,
        /// The factor applied.
        factor: f64,
    },
    /// A scoped word went to the category whose context the activity names.
    Scoped {
        /// The scoped entry.
        entry: usize,
        /// The category it was credited to (`None`: no context, no home, so nothing).
        category: Option<usize>,
    },
    /// The best role score was below the minimum.
    BelowMinimum {
        /// The best score.
        best: f64,
        /// The minimum.
        min_score: f64,
    },
    /// IC vocabulary outweighed every role.
    IcWork {
        /// The IC score.
        ic_score: f64,
    },
}

/// The outcome of classifying one activity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Classification {
    /// Score per category, in lexicon order.
    pub scores: Vec<f64>,
    /// The winning category, or `None` when unmatched.
    pub role: Option<usize>,
    /// Every scored match, in text order.
    pub matches: Vec<Match>,
    /// The rules that changed scores.
    pub notes: Vec<Note>,
    /// The activity's normalised text, which the matches' spans index.
    pub normalized: String,
    /// What its hands-on IC vocabulary scored (after negation), whether or not it outweighed
    /// every role: a document's verdict weighs it against the leading role's score.
    pub ic_score: f64,
}

impl Classification {
    /// The normalised text a match covered, e.g. `across 4 teams` for a regex entry.
    pub fn matched_text(&self, m: &Match) -> &str {
        self.normalized.get(m.span.0..m.span.1).unwrap_or_default()
    }
}

/// Classifies activities with one compiled lexicon, reusing buffers between calls. The
/// compiled matcher is shared by [`Classifier::fork`]s, one per thread.
#[derive(Debug)]
pub struct Classifier<'a> {
    lexicon: &'a Lexicon,
    matcher: Arc<Matcher>,
    found: Found,
    context: Vec<usize>,
    cues: Cues,
    /// Hedge cues already noted for the current activity.
    noted_hedges: Vec<usize>,
    result: Classification,
}

/// The cues of one activity, sorted, and where its clauses start (scratch space kept between
/// calls).
#[derive(Debug, Clone, Default)]
struct Cues {
    /// Negation cues, by end.
    negations: Vec<Hit>,
    /// Hedge cues, by end.
    hedges: Vec<Hit>,
    /// Where clauses start in the normalised text: clause-break words, and words that follow
    /// clause punctuation.
    breaks: Vec<usize>,
    /// Where negation exception words start.
    exceptions: Vec<usize>,
}

impl Cues {
    fn clear(&mut self) {
        self.negations.clear();
        self.hedges.clear();
        self.breaks.clear();
        self.exceptions.clear();
    }

    fn sort(&mut self) {
        self.negations
            .sort_unstable_by_key(|cue| (cue.end, cue.start, cue.entry));
        self.hedges.sort_unstable_by_key(|cue| (cue.end, cue.start, cue.entry));
        self.exceptions.sort_unstable();
    }

    /// The cue of `sorted` (by end) nearest before `start`, if no clause starts between them.
    fn nearest(&self, sorted: &[Hit], start: usize) -> Option<Hit> {
        let before = sorted.partition_point(|cue| cue.end <= start);
        let cue = sorted[..before].last().copied()?;
        let from = self.breaks.partition_point(|&b| b < cue.end);
        let to = self.breaks.partition_point(|&b| b <= start);
        (from == to).then_some(cue)
    }
}

impl<'a> Classifier<'a> {
    /// Compiles `lexicon`; `expected_input_bytes` (0 if unknown) picks how the matcher scans at
    /// first (see [`crate::scanner`]).
    pub fn new(lexicon: &'a Lexicon, expected_input_bytes: usize) -> Classifier<'a> {
        Classifier {
            lexicon,
            matcher: Arc::new(Matcher::new(lexicon, expected_input_bytes)),
            found: Found::default(),
            context: Vec::new(),
            cues: Cues::default(),
            noted_hedges: Vec::new(),
            result: Classification::default(),
        }
    }

    /// Another classifier sharing this one's compiled matcher, with its own buffers.
    pub fn fork(&self) -> Classifier<'a> {
        self.shared().classifier()
    }

    /// A handle to the compiled lexicon that can cross threads and make classifiers there.
    pub fn shared(&self) -> SharedClassifier<'a> {
        SharedClassifier {
            lexicon: self.lexicon,
            matcher: Arc::clone(&self.matcher),
        }
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &'a Lexicon {
        self.lexicon
    }

    /// Classifies one activity's text. The result lives in the classifier and is overwritten by
    /// the next call, so classifying allocates nothing once the buffers have grown.
    pub fn classify(&mut self, text: &str) -> &Classification {
        let result = &mut self.result;
        normalize_into(text, &mut result.normalized);
        self.matcher.find(&result.normalized, &mut self.found);
        let lexicon = self.lexicon;
        let settings = &lexicon.settings;
        let entries = &lexicon.entries;
        let categories = lexicon.categories.len();
        let notes = &mut result.notes;
        notes.clear();

        // Context: which categories' scope the activity names (counted before overlaps resolve,
        // so a context phrase inside a longer term still counts).
        let context = &mut self.context;
        context.clear();
        context.resize(categories, 0);
        for hit in &self.found.candidates {
            if let Effect::Context(category) = entries[hit.entry].effect {
                context[category] += 1;
            }
        }
        // Cues reach forward within their clause only: a clause ends at punctuation (`,` `;`
        // `.` a dash…) or at a clause-break word (`but`, `however`…). A hedge scales every role
        // match after it ("grew two engineers and helped with hiring": only the hiring); a
        // negation cancels a match a few words after it, unless an exception word follows the
        // cue at once ("not only", "not enough").
        let cues = &mut self.cues;
        cues.clear();
        for cue in &self.found.cues {
            match entries[cue.entry].effect {
                Effect::Negation => cues.negations.push(*cue),
                Effect::Hedge => cues.hedges.push(*cue),
                Effect::ClauseBreak => cues.breaks.push(cue.start),
                Effect::NegationException => cues.exceptions.push(cue.start),
                _ => {}
            }
        }
        cues.sort();
        if !cues.negations.is_empty() || !cues.hedges.is_empty() {
            clause_starts(text, &result.normalized, &mut cues.breaks);
            cues.breaks.sort_unstable();
        }
        let normalized = result.normalized.as_bytes();
        let scores = &mut result.scores;
        scores.clear();
        scores.resize(categories, 0.0);
        let mut ic_score = 0.0;
        let matches = &mut result.matches;
        matches.clear();
        // Sized at once: a line with many thousand matches must not take twice their room.
        matches.reserve(self.found.hits.len());
        let cues = &self.cues;
        let hedges_noted = &mut self.noted_hedges;
        hedges_noted.clear();
        for hit in &self.found.hits {
            let entry = &entries[hit.entry];
            let category = match entry.effect {
                Effect::Term(c) | Effect::Context(c) => Some(c),
                Effect::Scoped(home) => {
                    let category = scope_owner(context, home);
                    notes.push(Note::Scoped {
                        entry: hit.entry,
                        category,
                    });
                    category
                }
                Effect::Ic | Effect::Negation | Effect::Hedge | Effect::ClauseBreak | Effect::NegationException => None,
            };
            let negated_by = cues.nearest(&cues.negations, hit.start).filter(|cue| {
                words_between(normalized, cue.end, hit.start, settings.negation_window) < settings.negation_window
                    && cues.exceptions.binary_search(&(cue.end + 1)).is_err()
            });
            // A hedge lowers the credit a role gets, not the evidence of hands-on work.
            let hedged_by = cues
                .nearest(&cues.hedges, hit.start)
                .filter(|_| entry.effect != Effect::Ic);
            let weight = match (negated_by, hedged_by) {
                (Some(cue), _) => {
                    notes.push(Note::Negated {
                        entry: hit.entry,
                        cue: cue.entry,
                    });
                    0.0
                }
                (None, Some(cue)) => {
                    if !hedges_noted.contains(&cue.entry) {
                        hedges_noted.push(cue.entry);
                        notes.push(Note::Hedged {
                            cue: cue.entry,
                            factor: settings.hedge_factor,
                        });
                    }
                    entry.weight * settings.hedge_factor
                }
                (None, None) => entry.weight,
            };
            match (entry.effect, category) {
                (Effect::Ic, _) => ic_score += weight,
                (_, Some(c)) => scores[c] += weight,
                _ => {}
            }
            matches.push(Match {
                entry: hit.entry,
                category,
                weight,
                span: (hit.start, hit.end),
            });
        }
        result.role = decide(scores, ic_score, settings.min_score, notes);
        result.ic_score = ic_score;
        &self.result
    }
}

/// The top category — ties go to the category listed first — unless the activity is too weak or
/// reads as IC work; the reason is recorded in `notes`.
fn decide(scores: &[f64], ic_score: f64, min_score: f64, notes: &mut Vec<Note>) -> Option<usize> {
    match decide_role(scores, ic_score, min_score) {
        Ok(role) => Some(role),
        Err(Unmatched::Nothing) => None,
        Err(Unmatched::BelowMinimum(best)) => {
            notes.push(Note::BelowMinimum { best, min_score });
            None
        }
        Err(Unmatched::IcWork) => {
            notes.push(Note::IcWork { ic_score });
            None
        }
    }
}

/// Why an activity has no role.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Unmatched {
    /// No role scored anything.
    Nothing,
    /// The best role score (given) is below the minimum.
    BelowMinimum(f64),
    /// Hands-on IC vocabulary scored at least as much as the best role.
    IcWork,
}

/// The rule that turns scores into a role: the top category (ties go to the category listed
/// first), unless its score is not positive, is below `min_score`, or does not beat `ic_score`.
/// [`crate::fit`] applies the same rule to scores computed with other weights.
pub fn decide_role(scores: &[f64], ic_score: f64, min_score: f64) -> Result<usize, Unmatched> {
    let Some((best, best_score)) = top_category(scores) else {
        return Err(Unmatched::Nothing);
    };
    if best_score <= 0.0 {
        return Err(Unmatched::Nothing);
    }
    if best_score < min_score {
        return Err(Unmatched::BelowMinimum(best_score));
    }
    if ic_score > 0.0 && ic_score >= best_score {
        return Err(Unmatched::IcWork);
    }
    Ok(best)
}

/// A compiled lexicon shared between threads; each thread makes its own [`Classifier`].
#[derive(Debug, Clone)]
pub struct SharedClassifier<'a> {
    lexicon: &'a Lexicon,
    matcher: Arc<Matcher>,
}

impl<'a> SharedClassifier<'a> {
    /// A classifier with its own buffers, sharing the compiled matcher.
    pub fn classifier(&self) -> Classifier<'a> {
        Classifier {
            lexicon: self.lexicon,
            matcher: Arc::clone(&self.matcher),
            found: Found::default(),
            context: Vec::new(),
            cues: Cues::default(),
            noted_hedges: Vec::new(),
            result: Classification::default(),
        }
    }
}

/// The category with the highest score; ties go to the lowest index (the category listed first).
pub fn top_category(scores: &[f64]) -> Option<(usize, f64)> {
    scores
        .iter()
        .copied()
        .enumerate()
        .fold(None, |best, (i, score)| match best {
            Some((_, top)) if top >= score => best,
            _ => Some((i, score)),
        })
}

/// Who gets a scoped word: the category with most context hits (ties: `home`, then the first
/// listed); with no context at all, `home`.
fn scope_owner(context: &[usize], home: Option<usize>) -> Option<usize> {
    let most = context.iter().copied().max().unwrap_or(0);
    if most == 0 {
        return home;
    }
    match home {
        Some(h) if context[h] == most => Some(h),
        _ => context.iter().position(|&n| n == most),
    }
}

/// Number of words strictly between byte offsets `from` and `to` of a normalised text, counted
/// no further than `limit` (the answer is then `limit`), so a long gap costs nothing extra.
fn words_between(text: &[u8], from: usize, to: usize, limit: usize) -> usize {
    let gap = &text[from..to];
    let spaces = gap.iter().filter(|&&b| b == b' ').take(limit + 1).count();
    spaces.saturating_sub(1).min(limit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LexiconFile;

    fn lexicon() -> Lexicon {
        let file = |path: &str, text: &str| LexiconFile {
            path: path.into(),
            text: text.into(),
        };
        Lexicon::parse(&[
            file(
                "t/pm.lex",
                "@name Product Manager\n@question what/why\n@order 1\nroadmap = 2\nprd = 3\n[context]\ncustomers = 0.5\n[scoped]\nlaunch* = 1\n",
            ),
            file(
                "t/em.lex",
                "@name Engineering Manager\n@question how/who\n@order 2\nmentor* = 2\nhiring = 2\n[context]\nmy team = 0.5\n",
            ),
            file(
                "t/tpm.lex",
                "@name Technical Program Manager\n@question how/when\n@order 3\ncritical path = 3\n[context]\n/across \\d+ teams/ = 2\n",
            ),
            file(
                "t/m.rules",
                "@min_score 1\n@hedge_factor 0.5\n@negation_window 4\n[negation]\nnot\nnever\n[negation exceptions]\nonly\nenough\n[clause breaks]\nbut\n[hedge]\nhelped\n[scoped]\nmigration* = 1.5\n[none]\nfixed = 1\nbug = 1\n",
            ),
        ])
        .expect("test lexicon parses")
    }

    fn classify(text: &str) -> (Option<String>, Vec<f64>, Vec<Note>) {
        let lexicon = lexicon();
        let mut classifier = Classifier::new(&lexicon, 0);
        let c = classifier.classify(text);
        (
            c.role.map(|r| lexicon.categories[r].label.clone()),
            c.scores.clone(),
            c.notes.clone(),
        )
    }

    #[test]
    fn the_top_scoring_category_wins() {
        assert_eq!(classify("Wrote the PRD and the roadmap").0.as_deref(), Some("PM"));
        assert_eq!(classify("Mentored two engineers").0.as_deref(), Some("EM"));
        assert_eq!(classify("Owned the critical path").0.as_deref(), Some("TPM"));
    }

    #[test]
    fn ties_go_to_the_category_listed_first() {
        let (role, scores, _) = classify("roadmap and hiring");
        assert_eq!(scores, [2.0, 2.0, 0.0]);
        assert_eq!(role.as_deref(), Some("PM"));
        assert_eq!(top_category(&[1.0, 3.0, 3.0]), Some((1, 3.0)));
    }

    #[test]
    fn nothing_matched_is_unmatched() {
        assert_eq!(classify("Went to lunch").0, None);
    }

    #[test]
    fn negation_cancels_nearby_matches_only() {
        let (role, scores, notes) = classify("Did not own the roadmap");
        assert_eq!(role, None);
        assert_eq!(scores[0], 0.0);
        assert!(matches!(notes[0], Note::Negated { .. }));
        let (role, ..) = classify("Not a blocker: after many long weeks we shipped the roadmap");
        assert_eq!(role.as_deref(), Some("PM"));
    }

    #[test]
    fn negation_reaches_only_its_own_clause_and_not_past_an_exception() {
        // Punctuation and clause-break words end a negation's reach.
        assert_eq!(classify("Did not own it, roadmap").0.as_deref(), Some("PM"));
        assert_eq!(classify("Did not own it but the roadmap").0.as_deref(), Some("PM"));
        assert_eq!(classify("Did not own it - the roadmap").0.as_deref(), Some("PM"));
        assert_eq!(classify("Did not own the big roadmap").0, None, "no break: negated");
        // "not only" / "not enough" do not negate what follows.
        assert_eq!(classify("Not only the roadmap").0.as_deref(), Some("PM"));
        let (role, _, notes) = classify("not enough roadmap");
        assert_eq!(role.as_deref(), Some("PM"));
        assert!(notes.iter().all(|n| !matches!(n, Note::Negated { .. })), "{notes:?}");
    }

    #[test]
    fn a_hedge_reaches_only_its_own_clause() {
        let (_, scores, notes) = classify("Helped with hiring; mentored two engineers");
        assert_eq!(scores[1], 1.0 + 2.0, "the mentoring is not hedged");
        assert_eq!(notes.iter().filter(|n| matches!(n, Note::Hedged { .. })).count(), 1);
        let (_, scores, _) = classify("Helped with hiring and mentored two engineers");
        assert_eq!(scores[1], 1.0 + 1.0);
    }

    #[test]
    fn hedges_earn_less_than_leading() {
        let (_, led, _) = classify("Led hiring");
        let (_, helped, notes) = classify("Helped with hiring");
        assert_eq!(led[1], 2.0);
        assert_eq!(helped[1], 1.0);
        // Hands-on work is not hedged: the hedge lowers role credit only.
        let (role, helped_ic, _) = classify("Helped with hiring, fixed it");
        assert_eq!((role, helped_ic[1]), (None, 1.0));
        let (_, before, _) = classify("Mentored two engineers and helped with hiring");
        assert_eq!(before[1], 2.0 + 1.0, "the hedge reaches only what follows it");
        assert!(matches!(notes[0], Note::Hedged { factor, .. } if factor == 0.5));
    }

    #[test]
    fn scoped_words_follow_the_context() {
        // Homeless scoped word: nothing without context, TPM across teams, EM in my team.
        assert_eq!(classify("Ran the database migration").0, None);
        let (role, scores, notes) = classify("Ran the migration across 4 teams");
        assert_eq!(role.as_deref(), Some("TPM"));
        assert_eq!(scores[2], 3.5);
        assert!(
            notes
                .iter()
                .any(|n| matches!(n, Note::Scoped { category: Some(2), .. }))
        );
        assert_eq!(classify("Ran the migration for my team").0.as_deref(), Some("EM"));
        // A scoped word with a home stays home without context and moves with it.
        assert_eq!(classify("Planned the launch and roadmap").0.as_deref(), Some("PM"));
        let (_, scores, _) = classify("Launched it across 3 teams");
        assert_eq!(scores, [0.0, 0.0, 3.0]);
    }

    #[test]
    fn weak_lines_and_ic_work_are_unmatched() {
        let (role, _, notes) = classify("Found customers");
        assert_eq!(role, None);
        assert!(matches!(notes[0], Note::BelowMinimum { .. }));
        let (role, _, notes) = classify("Fixed a bug in the roadmap tool");
        assert_eq!(role, None);
        assert!(notes.iter().any(|n| matches!(n, Note::IcWork { .. })));
        assert_eq!(classify("Fixed the PRD").0.as_deref(), Some("PM"));
    }

    #[test]
    fn scope_owner_prefers_most_context_then_home() {
        assert_eq!(scope_owner(&[0, 0, 0], Some(1)), Some(1));
        assert_eq!(scope_owner(&[0, 0, 0], None), None);
        assert_eq!(scope_owner(&[1, 0, 2], Some(0)), Some(2));
        assert_eq!(scope_owner(&[1, 0, 1], Some(2)), Some(2));
        assert_eq!(scope_owner(&[1, 0, 1], None), Some(0));
    }

    #[test]
    fn words_between_counts_whole_words() {
        let text = b"did not own the roadmap";
        assert_eq!(words_between(text, 7, 16, 4), 2);
        assert_eq!(words_between(text, 7, 8, 4), 0);
        assert_eq!(words_between(text, 0, text.len(), 1), 1, "counting stops at the limit");
    }
}
