//! Compiled lexicon: one pass over an activity's normalised text finds every entry.
//!
//! All word, phrase and stem entries go into a single Aho-Corasick automaton. Regex entries join
//! the same pass through their *triggers*: the literal prefixes every match must start with
//! (extracted from the regex's syntax), added to the automaton. A regex runs on a line only when
//! one of its triggers appears there at a word start, and it is compiled the first time that
//! happens, so start-up stays cheap and most lines never run a regex at all. Candidates are
//! checked for word boundaries (a term never matches inside another word), and scored entries
//! that overlap are resolved so that the longest one wins and each span is credited once.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::Hir;

use crate::lexicon::{Lexicon, Pattern};
use crate::plan::{Literals, Plan, Use, plan};

// The built-in lexicon's regexes, planned by build.rs: `BUILTIN_PLANS`, sorted by source.
include!(concat!(env!("OUT_DIR"), "/builtin_plans.rs"));

/// The plan of a regex: precomputed for the built-in lexicon, else made from its syntax (parsed
/// here if the lexicon did not keep it). A regex that does not parse gets no plan.
fn plan_of(source: &str, hir: Option<&Hir>) -> Plan {
    if let Ok(found) = BUILTIN_PLANS.binary_search_by(|(s, ..)| s.cmp(&source)) {
        let (_, kind, literals, guard) = BUILTIN_PLANS[found];
        let owned = |set: &[&[u8]]| set.iter().map(|l| l.to_vec()).collect::<Literals>();
        let kind = match kind {
            1 => Some(Use::Exact),
            2 => Some(Use::Trigger),
            3 => Some(Use::InnerTrigger),
            _ => None,
        };
        return Plan {
            primary: kind.map(|k| (k, owned(literals))),
            guard: guard.map(owned),
        };
    }
    match hir {
        Some(hir) => plan(hir),
        None => regex_syntax::Parser::new()
            .parse(source)
            .map(|hir| plan(&hir))
            .unwrap_or_default(),
    }
}

impl From<Use> for Ending {
    fn from(usage: Use) -> Ending {
        match usage {
            Use::Exact => Ending::Exact,
            Use::Trigger => Ending::Trigger,
            Use::InnerTrigger => Ending::InnerTrigger,
        }
    }
}

/// Compiled-size budget for one regex entry (the `regex` default is 10 MiB).
const REGEX_SIZE_LIMIT: usize = 32 << 20;

/// Inputs at least this long use a DFA, which is slower to build but faster to run.
const DFA_THRESHOLD_BYTES: usize = 1 << 20;

/// A found entry: `entry` indexes [`Lexicon::entries`]; `start..end` is a byte span of the
/// normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into the lexicon's entries.
    pub entry: usize,
    /// Start byte in the normalised text.
    pub start: usize,
    /// End byte (exclusive) in the normalised text, including a plural ending or stem completion.
    pub end: usize,
}

impl Hit {
    fn len(&self) -> usize {
        self.end - self.start
    }
}

/// How an automaton pattern is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Ending {
    /// Whole words, with an optional plural `s`/`es` on the last one.
    Word,
    /// A stem: the rest of the word is swallowed.
    Stem,
    /// A regex trigger: every match of the regexes listed starts with it.
    Trigger,
    /// A literal that some match of the regexes listed must contain: they run on the line.
    InnerTrigger,
    /// One of the finitely many texts a regex matches: a hit by itself, no regex run needed.
    Exact,
    /// A second literal every match must contain: without it, the regex is not run.
    Guard,
}

/// A regex entry, compiled on first use.
#[derive(Debug)]
struct LazyRegex {
    source: String,
    hir: Option<Hir>,
    entry: usize,
    compiled: OnceLock<Option<Regex>>,
}

impl LazyRegex {
    /// The compiled regex; `None` if it is too big to compile (`rolemap lexicon check` reports
    /// that), in which case it never matches.
    fn get(&self) -> Option<&Regex> {
        self.compiled
            .get_or_init(|| compile_regex(&self.source, self.hir.as_ref()).ok())
            .as_ref()
    }
}

/// Compiles a regex entry the way the matcher runs it — from its parsed syntax when there is
/// one — with only the implicit whole-match group (spans are all the matcher uses), within
/// [`REGEX_SIZE_LIMIT`].
pub fn compile_regex(source: &str, hir: Option<&Hir>) -> Result<Regex, String> {
    let mut builder = Regex::builder();
    builder.configure(
        Regex::config()
            .nfa_size_limit(Some(REGEX_SIZE_LIMIT))
            .which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit),
    );
    match hir {
        Some(hir) => builder.build_from_hir(hir),
        None => builder.build(source),
    }
    .map_err(|e| e.to_string())
}

/// The lexicon compiled for matching. Shared (read-only) between threads; each caller keeps its
/// own [`Found`] buffers.
#[derive(Debug)]
pub struct Matcher {
    automaton: Option<AhoCorasick>,
    /// For each automaton pattern: how it is used and the entries (or regexes) that share it.
    literals: Vec<(Ending, Vec<usize>)>,
    /// Regex entries, by regex index.
    regexes: Vec<LazyRegex>,
    /// Regexes without a usable trigger: they run on every line.
    untriggered: Vec<usize>,
    /// Whether each regex has a guard literal that must also appear.
    guarded: Vec<bool>,
    /// Whether each entry is scored (true) or a cue (false).
    scored: Vec<bool>,
    /// For each entry, the automaton pattern it shares with others (regexes: `usize::MAX`).
    slot_of: Vec<usize>,
}

impl Matcher {
    /// Compiles `lexicon`; `expected_input_bytes` picks the automaton kind (a DFA only pays off on
    /// large inputs).
    pub fn new(lexicon: &Lexicon, expected_input_bytes: usize) -> Matcher {
        // Plan every regex first, so the automaton's patterns can all borrow from the lexicon or
        // the plans instead of being copied.
        let mut regexes = Vec::new();
        let mut plans = Vec::new();
        for (id, entry) in lexicon.entries.iter().enumerate() {
            if let Pattern::Regex(source, hir) = &entry.pattern {
                let hir = hir.as_deref();
                plans.push(plan_of(source, hir));
                regexes.push(LazyRegex {
                    source: source.clone(),
                    hir: hir.cloned(),
                    entry: id,
                    compiled: OnceLock::new(),
                });
            }
        }
        let mut table = PatternTable::default();
        let mut add = |ending: Ending, text, id| table.add(ending, text, id);
        let mut untriggered = Vec::new();
        let mut guarded = Vec::new();
        let mut slot_of = vec![usize::MAX; lexicon.entries.len()];
        let mut plans = plans.iter();
        let mut index = 0;
        for (id, entry) in lexicon.entries.iter().enumerate() {
            match &entry.pattern {
                Pattern::Words(words) => slot_of[id] = add(Ending::Word, words.as_bytes(), id),
                Pattern::Stem(stem) => slot_of[id] = add(Ending::Stem, stem.as_bytes(), id),
                Pattern::Regex(..) => {
                    let Some(Plan { primary, guard }) = plans.next() else {
                        continue;
                    };
                    guarded.push(guard.is_some());
                    for literal in guard.iter().flatten() {
                        add(Ending::Guard, literal, index);
                    }
                    match primary {
                        Some((Use::Exact, texts)) => {
                            for literal in texts {
                                add(Ending::Exact, literal, id);
                            }
                        }
                        Some((usage, texts)) => {
                            for literal in texts {
                                add(Ending::from(*usage), literal, index);
                            }
                        }
                        None => untriggered.push(index),
                    }
                    index += 1;
                }
            }
        }
        let kind = if expected_input_bytes >= DFA_THRESHOLD_BYTES {
            AhoCorasickKind::DFA
        } else {
            AhoCorasickKind::ContiguousNFA
        };
        let PatternTable { patterns, literals, .. } = table;
        let automaton = (!patterns.is_empty()).then(|| {
            let build = |kind| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(kind))
                    .build(&patterns)
            };
            // A DFA can outgrow its limits on a huge lexicon; the NFA cannot in practice.
            build(kind)
                .or_else(|_| build(AhoCorasickKind::NoncontiguousNFA))
                .expect("a non-contiguous NFA holds any lexicon that fits in memory")
        });
        let scored = lexicon.entries.iter().map(|e| e.effect.is_scored()).collect();
        Matcher {
            automaton,
            literals,
            regexes,
            untriggered,
            guarded,
            scored,
            slot_of,
        }
    }

    /// Finds the entries in `text` (already normalised) and fills `found`, reusing its buffers.
    pub fn find(&self, text: &str, found: &mut Found) {
        found.hits.clear();
        found.cues.clear();
        found.candidates.clear();
        found.triggered.clear();
        found.suffixed.clear();
        found.guards.clear();
        let bytes = text.as_bytes();
        if let Some(automaton) = &self.automaton {
            for m in automaton.find_overlapping_iter(text) {
                let start = m.start();
                let (ending, ids) = &self.literals[m.pattern().as_usize()];
                // Inner triggers and guards may start inside a word; everything else starts a word.
                let inner = matches!(ending, Ending::InnerTrigger | Ending::Guard);
                if !inner && start > 0 && bytes[start - 1] != b' ' {
                    continue;
                }
                match ending {
                    Ending::Trigger => {
                        found.triggered.extend(ids.iter().map(|&regex| (regex, start)));
                        continue;
                    }
                    Ending::InnerTrigger => {
                        found.suffixed.extend_from_slice(ids);
                        continue;
                    }
                    Ending::Guard => {
                        found.guards.extend_from_slice(ids);
                        continue;
                    }
                    Ending::Word | Ending::Stem | Ending::Exact => {}
                }
                let Some(end) = word_end(bytes, m.end(), *ending) else {
                    continue;
                };
                for &entry in ids {
                    found.candidates.push(Hit { entry, start, end });
                }
            }
        }
        found.guards.sort_unstable();
        found.guards.dedup();
        let guards = &found.guards;
        let allowed = |index: usize| !self.guarded[index] || guards.binary_search(&index).is_ok();
        found.triggered.retain(|&(index, _)| allowed(index));
        found.suffixed.retain(|&index| allowed(index));
        if !found.triggered.is_empty() {
            found.triggered.sort_unstable();
            found.triggered.dedup();
            // A trigger is the start of any match, so each regex is tried anchored right there.
            for &(index, start) in &found.triggered {
                let lazy = &self.regexes[index];
                let Some(regex) = lazy.get() else { continue };
                let cache = found.caches.cache(index, regex);
                let input = Input::new(text).range(start..).anchored(Anchored::Yes);
                if let Some(m) = regex.search_with(cache, &input) {
                    push_regex_hit(bytes, lazy.entry, m.start(), m.end(), &mut found.candidates);
                }
            }
        }
        found.suffixed.sort_unstable();
        found.suffixed.dedup();
        for &index in self.untriggered.iter().chain(&found.suffixed) {
            let lazy = &self.regexes[index];
            let Some(regex) = lazy.get() else { continue };
            let cache = found.caches.cache(index, regex);
            let mut at = 0;
            while at < text.len() {
                let Some(m) = regex.search_with(cache, &Input::new(text).range(at..)) else {
                    break;
                };
                push_regex_hit(bytes, lazy.entry, m.start(), m.end(), &mut found.candidates);
                at = m.end().max(m.start() + 1);
            }
        }
        for candidate in &found.candidates {
            if !self.scored[candidate.entry] {
                found.cues.push(*candidate);
            }
        }
        found.scratch.clear();
        found
            .scratch
            .extend(found.candidates.iter().filter(|h| self.scored[h.entry]));
        resolve_overlaps(&mut found.scratch, &mut found.kept, &self.slot_of, &mut found.hits);
    }
}

/// Keeps a regex match that starts and ends at word boundaries.
fn push_regex_hit(bytes: &[u8], entry: usize, start: usize, end: usize, candidates: &mut Vec<Hit>) {
    let at_word_start = start == 0 || bytes[start - 1] == b' ';
    let at_word_end = end == bytes.len() || bytes[end] == b' ';
    if at_word_start && at_word_end && start < end {
        candidates.push(Hit { entry, start, end });
    }
}

/// The literals of the automaton: each distinct (use, text) once, with the entries or regexes
/// that share it.
#[derive(Default)]
struct PatternTable<'t> {
    index: HashMap<(Ending, &'t [u8]), usize>,
    patterns: Vec<&'t [u8]>,
    literals: Vec<(Ending, Vec<usize>)>,
}

impl<'t> PatternTable<'t> {
    /// Adds `text` used as `ending` for `id`; returns its slot.
    fn add(&mut self, ending: Ending, text: &'t [u8], id: usize) -> usize {
        let slot = *self.index.entry((ending, text)).or_insert_with(|| {
            self.patterns.push(text);
            self.literals.push((ending, Vec::new()));
            self.literals.len() - 1
        });
        self.literals[slot].1.push(id);
        slot
    }
}

/// What [`Matcher::find`] found in one text; kept between calls to reuse its buffers.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// Scored hits without overlaps (the longest wins), in text order.
    pub hits: Vec<Hit>,
    /// Cue hits (negation, hedge).
    pub cues: Vec<Hit>,
    /// Every boundary-checked hit before overlap resolution, scored or not.
    pub candidates: Vec<Hit>,
    /// (regex, position) pairs where a regex's trigger appeared (scratch space).
    triggered: Vec<(usize, usize)>,
    /// Regexes whose inner trigger appeared (scratch space).
    suffixed: Vec<usize>,
    /// Regexes whose guard literal appeared (scratch space).
    guards: Vec<usize>,
    /// Scored candidates being resolved (scratch space).
    scratch: Vec<Hit>,
    /// Spans kept while resolving overlaps (scratch space).
    kept: Vec<(usize, usize, usize)>,
    /// Per-regex search caches, so a thread never waits on a shared one.
    caches: Caches,
}

/// Search caches of the regexes, created on first use.
#[derive(Debug, Clone, Default)]
struct Caches(Vec<Option<regex_automata::meta::Cache>>);

impl Caches {
    fn cache(&mut self, index: usize, regex: &Regex) -> &mut regex_automata::meta::Cache {
        if self.0.len() <= index {
            self.0.resize_with(index + 1, || None);
        }
        self.0[index].get_or_insert_with(|| regex.create_cache())
    }
}

/// Where a literal that ended at byte `end` really ends, or `None` if it stops inside a word.
fn word_end(bytes: &[u8], end: usize, ending: Ending) -> Option<usize> {
    let at_boundary = |i: usize| i == bytes.len() || bytes[i] == b' ';
    match ending {
        Ending::Stem => Some(
            bytes[end..]
                .iter()
                .position(|&b| b == b' ')
                .map_or(bytes.len(), |p| end + p),
        ),
        Ending::Word if at_boundary(end) => Some(end),
        Ending::Word if bytes[end] == b's' && at_boundary(end + 1) => Some(end + 1),
        Ending::Word if bytes[end..].starts_with(b"es") && at_boundary(end + 2) => Some(end + 2),
        Ending::Exact if at_boundary(end) => Some(end),
        Ending::Word | Ending::Exact | Ending::Trigger | Ending::InnerTrigger | Ending::Guard => None,
    }
}

/// Keeps the longest candidates that do not overlap (ties: earlier start, then lexicon order),
/// returned in text order. Entries written identically in several categories (as a LIWC
/// dictionary does) share their span: each is credited.
fn resolve_overlaps(
    candidates: &mut [Hit],
    kept: &mut Vec<(usize, usize, usize)>,
    slot_of: &[usize],
    out: &mut Vec<Hit>,
) {
    candidates.sort_unstable_by(|a, b| {
        b.len()
            .cmp(&a.len())
            .then(a.start.cmp(&b.start))
            .then(a.entry.cmp(&b.entry))
    });
    // Kept spans as (start, end, automaton slot), sorted by start. Kept spans never overlap, so
    // the one starting last before a candidate's end is the only one that can overlap it. A line
    // with very many candidates uses a tree instead, so insertion stays logarithmic.
    if candidates.len() > MANY_CANDIDATES {
        let mut tree: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        for &candidate in candidates.iter() {
            let neighbour = tree
                .range(..candidate.end)
                .next_back()
                .map(|(&s, &(e, slot))| (s, e, slot));
            if keep(candidate, neighbour, slot_of, out) {
                tree.insert(candidate.start, (candidate.end, slot_of[candidate.entry]));
            }
        }
    } else {
        kept.clear();
        for &candidate in candidates.iter() {
            let at = kept.partition_point(|&(start, ..)| start < candidate.end);
            let neighbour = at.checked_sub(1).map(|i| kept[i]);
            if keep(candidate, neighbour, slot_of, out) {
                let at = kept.partition_point(|&(start, ..)| start < candidate.start);
                kept.insert(at, (candidate.start, candidate.end, slot_of[candidate.entry]));
            }
        }
    }
    out.sort_unstable_by_key(|h| (h.start, h.entry));
}

/// Above this many candidates on one line, overlap resolution keeps its spans in a tree.
const MANY_CANDIDATES: usize = 64;

/// Pushes `candidate` to `out` unless it overlaps `neighbour` (the kept span starting last
/// before the candidate's end); the same words credited to another category share their span.
/// Returns whether the candidate's span is new and must be recorded.
fn keep(candidate: Hit, neighbour: Option<(usize, usize, usize)>, slot_of: &[usize], out: &mut Vec<Hit>) -> bool {
    let slot = slot_of[candidate.entry];
    match neighbour {
        Some((start, end, kept_slot)) if end > candidate.start => {
            if start == candidate.start && end == candidate.end && slot != usize::MAX && slot == kept_slot {
                out.push(candidate);
            }
            false
        }
        _ => {
            out.push(candidate);
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn triggers(source: &str) -> (Option<(Ending, Literals)>, Option<Literals>) {
        let Plan { primary, guard } = plan(&regex_syntax::Parser::new().parse(source).expect("test regex parses"));
        (primary.map(|(usage, set)| (Ending::from(usage), set)), guard)
    }
    use crate::lexicon::LexiconFile;
    use crate::normalize::normalize;

    fn lexicon(body: &str) -> Lexicon {
        Lexicon::parse(&[
            LexiconFile {
                path: "t/pm.lex".into(),
                text: format!("@name P\n@question q\n{body}"),
            },
            LexiconFile {
                path: "t/m.rules".into(),
                text: "[negation]\nnot\n".into(),
            },
        ])
        .expect("test lexicon parses")
    }

    /// The entries (as written) found in `text`, in text order.
    fn found(body: &str, text: &str) -> Vec<String> {
        let lexicon = lexicon(body);
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        matcher.find(&normalize(text), &mut found);
        found
            .hits
            .iter()
            .map(|h| lexicon.entries[h.entry].text.clone())
            .collect()
    }

    #[test]
    fn words_never_match_inside_other_words() {
        assert!(found("pr\nplan\n", "Product planet planning").is_empty());
        assert_eq!(found("pr\n", "Reviewed the PR"), ["pr"]);
    }

    #[test]
    fn words_match_their_plurals_only() {
        assert_eq!(
            found("roadmap\nprocess\n", "two roadmaps, three processes"),
            ["roadmap", "process"]
        );
        assert!(found("plan\n", "the plans2 planned").is_empty());
    }

    #[test]
    fn matching_ignores_case_and_folds_hyphens_and_spaces() {
        assert_eq!(found("cross-team\n", "CROSS  TEAM work"), ["cross-team"]);
        assert_eq!(found("cross team\n", "a cross-team program"), ["cross team"]);
    }

    #[test]
    fn stems_match_word_prefixes_only() {
        assert_eq!(
            found("coordinat*\n", "Coordinated; coordination"),
            ["coordinat*", "coordinat*"]
        );
        assert!(found("ordinat*\n", "coordinated").is_empty());
    }

    #[test]
    fn regexes_match_at_word_boundaries() {
        assert_eq!(
            found("/across \\d+ teams/\n", "work across 4 teams"),
            ["/across \\d+ teams/"]
        );
        assert!(found("/across \\d+ team/\n", "across 4 teams").is_empty());
    }

    #[test]
    fn longest_entry_wins_and_spans_are_credited_once() {
        assert_eq!(
            found("roadmap\nproduct roadmap\n", "owned the product roadmap"),
            ["product roadmap"]
        );
        assert_eq!(
            found(
                "roadmap\nroadmap planning\nproduct roadmap\n",
                "product roadmap planning"
            ),
            ["roadmap planning"]
        );
        assert_eq!(found("team\n", "team team"), ["team", "team"]);
    }

    #[test]
    fn cues_are_reported_apart_from_scored_hits() {
        let lexicon = lexicon("roadmap\n");
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        matcher.find("did not own the roadmap", &mut found);
        assert_eq!(found.hits.len(), 1);
        assert_eq!(found.cues.len(), 1);
        assert_eq!(lexicon.entries[found.cues[0].entry].text, "not");
    }

    #[test]
    fn regexes_run_only_when_triggered_and_compile_lazily() {
        let lexicon = lexicon("/across (\\d+|two|three) teams/\nroadmap\n");
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        matcher.find("owned the roadmap", &mut found);
        assert!(matcher.regexes[0].compiled.get().is_none(), "no trigger, no compile");
        matcher.find("work across three teams", &mut found);
        assert_eq!(found.hits.len(), 1);
        assert!(matcher.regexes[0].compiled.get().is_some());
    }

    #[test]
    fn triggers_are_exact_texts_prefixes_inner_literals_or_none() {
        let words = |source: &str| {
            triggers(source).0.map(|(ending, t)| {
                let mut t: Vec<String> = t.into_iter().map(|b| String::from_utf8(b).expect("utf-8")).collect();
                t.sort();
                (ending, t)
            })
        };
        let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        // A finite language is listed whole.
        assert_eq!(
            words("across (two|three) teams?"),
            Some((
                Ending::Exact,
                list(&[
                    "across three team",
                    "across three teams",
                    "across two team",
                    "across two teams"
                ])
            ))
        );
        // A prefix set, used anchored, when it is as rare as anything else.
        let (ending, hired) = words("(hired|promoted) [0-9]+").expect("prefixes");
        assert_eq!(ending, Ending::Trigger);
        assert!(
            hired
                .iter()
                .all(|t| t.starts_with("hired") || t.starts_with("promoted")),
            "{hired:?}"
        );
        // A rarer literal run inside the regex beats a common prefix.
        assert_eq!(
            words("(the|a|on) ([a-z]+ )?(pip|pips)"),
            Some((Ending::InnerTrigger, list(&["pip", "pips"])))
        );
        assert_eq!(words("[a-z]+ teams"), Some((Ending::InnerTrigger, list(&[" teams"]))));
        assert_eq!(words("[a-z]+ [a-z]+"), None);
    }

    #[test]
    fn a_guard_keeps_a_regex_from_running_on_lines_without_its_second_literal() {
        let (_, guard) = triggers("(wrote|ran) ([a-z]+ )?(sql|queries)");
        let mut guard: Vec<String> = guard
            .expect("guard")
            .into_iter()
            .map(|b| String::from_utf8(b).expect("utf-8"))
            .collect();
        guard.sort();
        assert_eq!(guard, ["queries", "sql"]);
        let lexicon = lexicon("/(wrote|ran) ([a-z]+ )?(sql|queries)/\n");
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        matcher.find("wrote the design doc", &mut found);
        assert!(
            matcher.regexes[0].compiled.get().is_none(),
            "guard missing: regex never compiled"
        );
        matcher.find("wrote complex sql", &mut found);
        assert_eq!(found.hits.len(), 1);
    }

    #[test]
    fn every_builtin_regex_has_its_plan_precomputed_by_the_build_script() {
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let mut regexes = 0;
        for entry in &lexicon.entries {
            let Pattern::Regex(source, _) = &entry.pattern else {
                continue;
            };
            regexes += 1;
            let found = BUILTIN_PLANS.binary_search_by(|(s, ..)| s.cmp(&source.as_str()));
            assert!(found.is_ok(), "{}: no precomputed plan for {source:?}", entry.origin);
            let hir = regex_syntax::Parser::new().parse(source).expect("builtin regex parses");
            assert_eq!(plan_of(source, None), plan(&hir), "{}: stale plan", entry.origin);
        }
        assert!(regexes > 100, "{regexes} regexes");
    }

    #[test]
    fn exact_regexes_need_no_regex_run_and_keep_word_boundaries() {
        let lexicon = lexicon("/across (two|three) teams/\n");
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        matcher.find("across two teams and across three teamsters", &mut found);
        assert_eq!(found.hits.len(), 1);
        assert!(matcher.regexes[0].compiled.get().is_none());
    }

    #[test]
    fn an_untriggerable_regex_runs_on_every_line() {
        let lexicon = lexicon("/[a-z]+ [a-z]+/\n");
        let matcher = Matcher::new(&lexicon, 0);
        assert_eq!(matcher.untriggered, [0]);
        let mut found = Found::default();
        matcher.find("many teams", &mut found);
        assert_eq!(found.hits.len(), 1);
    }

    #[test]
    fn dfa_and_nfa_find_the_same_hits() {
        let lexicon = lexicon("roadmap\ncoordinat*\nproduct roadmap\n");
        let text = normalize("Coordinated the product roadmap and two roadmaps");
        let run = |bytes| {
            let mut found = Found::default();
            Matcher::new(&lexicon, bytes).find(&text, &mut found);
            found.hits
        };
        assert_eq!(run(0), run(DFA_THRESHOLD_BYTES));
    }
}
