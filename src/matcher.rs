//! Compiled lexicon: one pass over an activity's normalised text finds every entry.
//!
//! All word, phrase and stem entries go into a single Aho-Corasick automaton; regex entries are
//! screened with one `RegexSet`. Candidates are checked for word boundaries (a term never matches
//! inside another word), and scored entries that overlap are resolved so that the longest one wins
//! and each span of text is credited once.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex::{Regex, RegexSet, RegexSetBuilder};

use crate::lexicon::{Lexicon, Pattern};

/// Compiled-size budget for the set of all regex entries (the `regex` default is 10 MiB).
const REGEX_SET_SIZE_LIMIT: usize = 64 << 20;

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

    fn overlaps(&self, other: &Hit) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// How a literal pattern may end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Ending {
    /// Whole words, with an optional plural `s`/`es` on the last one.
    Word,
    /// A stem: the rest of the word is swallowed.
    Stem,
}

/// The lexicon compiled for matching.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: Option<AhoCorasick>,
    /// For each automaton pattern: how it ends and the entries that share it.
    literals: Vec<(Ending, Vec<usize>)>,
    regex_set: Option<RegexSet>,
    /// For each regex in the set: the compiled regex and its entry.
    regexes: Vec<(Regex, usize)>,
    /// Whether each entry is scored (true) or a cue (false).
    scored: Vec<bool>,
    /// For each entry, the automaton pattern it shares with others (regexes: `usize::MAX`).
    slot_of: Vec<usize>,
}

impl Matcher {
    /// Compiles `lexicon`; `expected_input_bytes` picks the automaton kind (a DFA only pays off on
    /// large inputs).
    pub fn new(lexicon: &Lexicon, expected_input_bytes: usize) -> Matcher {
        let mut literal_index: HashMap<(Ending, &str), usize> = HashMap::new();
        let mut patterns: Vec<&str> = Vec::new();
        let mut literals: Vec<(Ending, Vec<usize>)> = Vec::new();
        let mut regexes = Vec::new();
        let mut slot_of = vec![usize::MAX; lexicon.entries.len()];
        for (id, entry) in lexicon.entries.iter().enumerate() {
            let (ending, text) = match &entry.pattern {
                Pattern::Words(words) => (Ending::Word, words.as_str()),
                Pattern::Stem(stem) => (Ending::Stem, stem.as_str()),
                Pattern::Regex(regex) => {
                    regexes.push((regex.clone(), id));
                    continue;
                }
            };
            let slot = *literal_index.entry((ending, text)).or_insert_with(|| {
                patterns.push(text);
                literals.push((ending, Vec::new()));
                literals.len() - 1
            });
            literals[slot].1.push(id);
            slot_of[id] = slot;
        }
        let kind = if expected_input_bytes >= DFA_THRESHOLD_BYTES {
            AhoCorasickKind::DFA
        } else {
            AhoCorasickKind::ContiguousNFA
        };
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
        // The set only screens which regexes to run; if it is too big to compile, every regex
        // runs on its own instead (slower, same result).
        let regex_set = (!regexes.is_empty())
            .then(|| {
                RegexSetBuilder::new(regexes.iter().map(|(r, _)| r.as_str()))
                    .size_limit(REGEX_SET_SIZE_LIMIT)
                    .build()
                    .ok()
            })
            .flatten();
        let scored = lexicon.entries.iter().map(|e| e.effect.is_scored()).collect();
        Matcher {
            automaton,
            literals,
            regex_set,
            regexes,
            scored,
            slot_of,
        }
    }

    /// Finds the entries in `text` (already normalised) and fills `found`, reusing its buffers.
    pub fn find(&self, text: &str, found: &mut Found) {
        found.hits.clear();
        found.cues.clear();
        found.candidates.clear();
        let bytes = text.as_bytes();
        if let Some(automaton) = &self.automaton {
            for m in automaton.find_overlapping_iter(text) {
                let start = m.start();
                if start > 0 && bytes[start - 1] != b' ' {
                    continue;
                }
                let (ending, entries) = &self.literals[m.pattern().as_usize()];
                let Some(end) = word_end(bytes, m.end(), *ending) else {
                    continue;
                };
                for &entry in entries {
                    found.candidates.push(Hit { entry, start, end });
                }
            }
        }
        if !self.regexes.is_empty() {
            let screened: Vec<usize> = match &self.regex_set {
                Some(set) => set.matches(text).into_iter().collect(),
                None => (0..self.regexes.len()).collect(),
            };
            for index in screened {
                let (regex, entry) = &self.regexes[index];
                for m in regex.find_iter(text) {
                    let (start, end) = (m.start(), m.end());
                    let at_word_start = start == 0 || bytes[start - 1] == b' ';
                    let at_word_end = end == bytes.len() || bytes[end] == b' ';
                    if at_word_start && at_word_end && start < end {
                        found.candidates.push(Hit {
                            entry: *entry,
                            start,
                            end,
                        });
                    }
                }
            }
        }
        for candidate in &found.candidates {
            if !self.scored[candidate.entry] {
                found.cues.push(*candidate);
            }
        }
        let scored = found.candidates.iter().copied().filter(|h| self.scored[h.entry]);
        resolve_overlaps(scored, &self.slot_of, &mut found.hits);
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
        Ending::Word => None,
    }
}

/// Keeps the longest candidates that do not overlap (ties: earlier start, then lexicon order),
/// returned in text order. Entries written identically in several categories (as a LIWC
/// dictionary does) share their span: each is credited.
fn resolve_overlaps(candidates: impl Iterator<Item = Hit>, slot_of: &[usize], out: &mut Vec<Hit>) {
    let mut candidates: Vec<Hit> = candidates.collect();
    candidates.sort_by(|a, b| {
        b.len()
            .cmp(&a.len())
            .then(a.start.cmp(&b.start))
            .then(a.entry.cmp(&b.entry))
    });
    for candidate in candidates {
        let same_words = |kept: &Hit| {
            kept.start == candidate.start
                && kept.end == candidate.end
                && slot_of[kept.entry] != usize::MAX
                && slot_of[kept.entry] == slot_of[candidate.entry]
        };
        if !out.iter().any(|kept| kept.overlaps(&candidate) && !same_words(kept)) {
            out.push(candidate);
        }
    }
    out.sort_by_key(|h| (h.start, h.entry));
}

#[cfg(test)]
mod tests {
    use super::*;
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
    fn regexes_still_match_when_the_set_is_too_big_to_build() {
        let lexicon = lexicon("/across \\d+ teams/\n");
        let mut matcher = Matcher::new(&lexicon, 0);
        matcher.regex_set = None;
        let mut found = Found::default();
        matcher.find("work across 4 teams", &mut found);
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
