//! Finds every occurrence of a set of literals in a text, overlapping ones included, with the
//! engine that suits the amount of text.
//!
//! Building an Aho-Corasick automaton for a few thousand literals takes milliseconds, longer
//! than classifying a short brag document takes altogether. So a scanner starts with a table of
//! literal prefixes (built in well under a millisecond, and fast enough for a few pages), and
//! builds an automaton once the text it has been given, or the input size announced up front,
//! makes one pay: a contiguous NFA from [`AUTOMATON_THRESHOLD_BYTES`]. Both report the same
//! occurrences, in an order that may differ.
//!
//! There is no DFA: aho-corasick's (6.5 MB for the built-in lexicon, against the NFA's 0.85 MB)
//! took 13 ms more to build and scanned no faster on a whole run (one worker, 20 MB corpus:
//! 0.61 s either way), so it only slowed inputs of a few megabytes. Nor did one of our own
//! (issue 15): 26,072 states over 38 byte classes, rows of u32 numbered breadth first, match
//! states last, built in about 1 ms more than the NFA. It cut the 10 MB slice from 1,809 M to
//! 1,564 M instructions (the scan from about 43 instructions a byte to 14), and the scan alone
//! took 25% less time, but not a whole run: its 4 MB table overflows the 1 MB L2 cache the
//! NFA fits in, and each byte's look-up waits on the last (20 MB corpus, one worker, eight
//! alternating runs: CPU 0.53-0.61 s before, 0.61-0.65 s after). Rows only for states up to
//! three bytes deep and short lists of transitions deeper (656 KB) took about as many
//! instructions as the NFA and no less time (0.58-0.63 s).
//!
//! Nor did a DFA of 16-bit state ids (speed15; about 26,000 states × 38 classes, 76-byte rows,
//! a 2 MB table built from a trie with failure links, reporting in the NFA's very order; output
//! identical, `bench/identical.sh` 68 of 68): the 10 MB slice fell from 1,884 M to 1,643 M
//! instructions (−13%), and no run was faster. Sampled with `perf record -e cpu-clock` (20 MB
//! corpus, one worker, 4-5 alternating rounds, fewest samples of each), `Matcher::find` took 1,503
//! samples with rows numbered breadth first against the NFA's 1,310 in the same rounds; 30% of them
//! wait on the table's load, where the NFA's wait on its state's is 18%. Likely why (not measured
//! apart): the NFA's deep states are a few bytes each and lie one after another along their
//! literal, so a word's walk stays on a few cache lines, where each DFA row is a line of its own.
//! Numbered as the trie made them (a literal's rows one after another, a bit of the id marking a
//! match) it came level: 1,243 against 1,213 and 1,294 against 1,338 samples, and whole runs (12
//! alternating pairs, twice) best CPU 0.66 and 0.52 s against 0.63 and 0.50 s. Reading a line as
//! two interleaved streams, split at a space near its middle so that two look-ups wait at once,
//! helped the breadth-first DFA (1,371-1,404) but not the other (1,425 against 1,338), and slowed
//! the NFA by a third (1,759 against 1,306: two of its branchy look-ups at once).

use std::borrow::Cow;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use aho_corasick::{Anchored, MatchKind, automaton, nfa};

/// From this many bytes of text, an automaton is built in place of the prefix table.
pub const AUTOMATON_THRESHOLD_BYTES: usize = 64 << 10;

use crate::prefixes::PrefixTable;
pub use crate::prefixes::{Anchor, starts_word};

/// A set of literals compiled for scanning; shared between threads.
#[derive(Debug)]
pub struct Scanner {
    /// Every literal, concatenated: literal `i` is `bytes[bounds[i]..bounds[i + 1]]` (borrowed
    /// from build.rs's tables for the built-in lexicon).
    bytes: Cow<'static, [u8]>,
    bounds: Cow<'static, [u32]>,
    anchors: Cow<'static, [Anchor]>,
    /// The prefix table, unless an automaton is used from the start.
    table: Option<PrefixTable>,
    nfa: OnceLock<Engine>,
    /// Bytes scanned so far plus the input size announced up front: picks the engine.
    seen: AtomicUsize,
}

impl Scanner {
    /// Compiles `literals`, each with where it may match. `expected_input_bytes` is how much text
    /// is expected (0 if unknown); the engine grows with the text actually scanned.
    ///
    /// An empty literal is never reported.
    pub fn new<'l>(literals: impl IntoIterator<Item = (&'l [u8], Anchor)>, expected_input_bytes: usize) -> Scanner {
        let mut bytes = Vec::new();
        let mut bounds = vec![0];
        let mut anchors = Vec::new();
        for (literal, anchor) in literals {
            bytes.extend_from_slice(literal);
            bounds.push(u32::try_from(bytes.len()).expect("literals under 4 GiB"));
            anchors.push(anchor);
        }
        let mut scanner = Scanner {
            bytes: Cow::Owned(bytes),
            bounds: Cow::Owned(bounds),
            anchors: Cow::Owned(anchors),
            table: None,
            nfa: OnceLock::new(),
            seen: AtomicUsize::new(expected_input_bytes),
        };
        if expected_input_bytes < AUTOMATON_THRESHOLD_BYTES {
            scanner.table = Some(PrefixTable::new(scanner.len(), |i| {
                (scanner.literal(i), scanner.anchors[i])
            }));
        }
        scanner
    }

    /// A scanner of literals laid out as [`Scanner::new`] lays them out, with their prefix table
    /// (made by [`PrefixTable::new`]), all borrowed: build.rs writes them for the built-in
    /// lexicon.
    pub fn from_tables(
        bytes: &'static [u8],
        bounds: &'static [u32],
        anchors: &'static [Anchor],
        table: PrefixTable,
        expected_input_bytes: usize,
    ) -> Scanner {
        Scanner {
            bytes: Cow::Borrowed(bytes),
            bounds: Cow::Borrowed(bounds),
            anchors: Cow::Borrowed(anchors),
            table: (expected_input_bytes < AUTOMATON_THRESHOLD_BYTES).then_some(table),
            nfa: OnceLock::new(),
            seen: AtomicUsize::new(expected_input_bytes),
        }
    }

    /// Its literals' bytes, bounds and anchors, and its prefix table if it has one (for tests
    /// that compare scanners).
    pub fn tables(&self) -> (&[u8], &[u32], &[Anchor], Option<&PrefixTable>) {
        (&self.bytes, &self.bounds, &self.anchors, self.table.as_ref())
    }

    /// Number of literals.
    pub fn len(&self) -> usize {
        self.anchors.len()
    }

    /// Whether there are no literals.
    pub fn is_empty(&self) -> bool {
        self.anchors.is_empty()
    }

    /// Literal `index`.
    pub fn literal(&self, index: usize) -> &[u8] {
        &self.bytes[self.bounds[index] as usize..self.bounds[index + 1] as usize]
    }

    /// Calls `report(literal, start, end)` for every occurrence in `text` (overlapping ones
    /// too) of an [`Anchor::Anywhere`] literal, and of an [`Anchor::WordStart`] literal that
    /// starts a word.
    pub fn scan(&self, text: &[u8], mut report: impl FnMut(usize, usize, usize)) {
        if let Some(engine) = self.automaton(text.len()) {
            match &engine.automaton {
                Automaton::Nfa(nfa) => scan_with(nfa, &engine.reports, text, &mut report),
                Automaton::Noncontiguous(nfa) => scan_with(nfa, &engine.reports, text, &mut report),
            }
        } else if let Some(table) = &self.table {
            table.scan(|index| self.literal(index), text, &mut report);
        }
    }

    /// The automaton to use after `more` bytes more, built on first need; `None`: the table
    /// (never when there is none).
    fn automaton(&self, more: usize) -> Option<&Engine> {
        if let Some(nfa) = self.nfa.get() {
            return Some(nfa);
        }
        let seen = self.seen.fetch_add(more, Ordering::Relaxed).saturating_add(more);
        (seen >= AUTOMATON_THRESHOLD_BYTES || self.table.is_none()).then(|| self.nfa.get_or_init(|| self.build()))
    }

    /// A contiguous NFA of the literals, word-start ones behind a space.
    fn build(&self) -> Engine {
        // An empty literal would match everywhere; the table never reports one, and neither
        // may the automaton, so it gets a literal that cannot occur in UTF-8 text instead.
        let never: &[u8] = &[0xFF, 0xFF];
        let literals: Vec<Vec<u8>> = (0..self.len())
            .map(|i| match (self.literal(i), self.anchors[i]) {
                ([], _) => never.to_vec(),
                (literal, Anchor::Anywhere) => literal.to_vec(),
                (literal, Anchor::WordStart) => [b" ", literal].concat(),
            })
            .collect();
        let mut builder = nfa::noncontiguous::Builder::new();
        builder.match_kind(MatchKind::Standard).prefilter(false);
        let noncontiguous = builder
            .build(&literals)
            .expect("a non-contiguous NFA holds any set of literals that fits in memory");
        // A contiguous NFA can outgrow its limits on a huge lexicon; a non-contiguous one
        // cannot in practice.
        let built = nfa::contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .dense_depth(DENSE_DEPTH)
            .prefilter(false)
            .build_from_noncontiguous(&noncontiguous);
        let lens: Vec<u32> = (0..self.len())
            .map(|i| u32::try_from(self.literal(i).len()).unwrap_or(u32::MAX))
            .collect();
        let (automaton, reports) = match built {
            Ok(built) => {
                let reports = Reports::of(&built, &literals, &lens);
                (Automaton::Nfa(built), reports)
            }
            Err(_) => {
                let reports = Reports::of(&noncontiguous, &literals, &lens);
                (Automaton::Noncontiguous(noncontiguous), reports)
            }
        };
        Engine { automaton, reports }
    }
}

/// The automaton's overlapping scan. The automaton holds each [`Anchor::WordStart`]
/// literal behind a space, and reads the text behind a space of its own: such a literal is
/// found exactly where it starts a word (at the start of the text or after a space), and
/// never inside one, so the scan neither reports nor filters occurrences inside words, and
/// stays in the shallow states of the few literals that may start anywhere while it reads a
/// word.
fn scan_with(
    automaton: &impl automaton::Automaton,
    reports: &Reports,
    text: &[u8],
    report: &mut impl FnMut(usize, usize, usize),
) {
    let Ok(start) = automaton.start_state(Anchored::No) else {
        return;
    };
    // The space before the text: no literal is reported there (an empty one never is, and
    // one starting with a space that ended there would begin before the text).
    let mut state = automaton.next_state(Anchored::No, start, b' ');
    for (at, &byte) in text.iter().enumerate() {
        state = automaton.next_state(Anchored::No, state, byte);
        // Every match state has its span; states past the last of them match nothing.
        let Some(&[from, to]) = reports.spans.get(state.as_usize()) else {
            continue;
        };
        let end = at + 1;
        for &(literal, len) in &reports.found[from as usize..to as usize] {
            // An `Anywhere` literal starting with a space may have matched the space before
            // the text: it must fit in the text.
            let Some(start) = end.checked_sub(len as usize) else {
                continue;
            };
            report(literal as usize, start, end);
        }
    }
}

/// The literals each match state reports, worked out once: read from the automaton's states at
/// each find, they cost two decodings of the state's layout (callgrind, 10 MB slice: about 40 M
/// instructions).
#[derive(Debug, Default)]
struct Reports {
    /// For each state up to the last match state, by id: where its literals are in `found`
    /// (an empty range for a state that matches nothing).
    spans: Box<[[u32; 2]]>,
    /// Each match state's literals with their lengths (without the space a word-start one is
    /// held behind), in the order the automaton lists them.
    found: Box<[(u32, u32)]>,
}

impl Reports {
    /// The reports of `automaton`, built from `literals` (as inserted, with `lens` their
    /// lengths as reported). Every state of an Aho-Corasick automaton is a prefix of some
    /// literal, reached from the start by that prefix's own transitions, so walking every
    /// literal from the start meets every match state.
    fn of(automaton: &impl automaton::Automaton, literals: &[Vec<u8>], lens: &[u32]) -> Reports {
        let Ok(start) = automaton.start_state(Anchored::No) else {
            return Reports::default();
        };
        let mut states = Vec::new();
        for literal in literals {
            let mut state = start;
            for &byte in literal {
                state = automaton.next_state(Anchored::No, state, byte);
                if automaton.is_match(state) {
                    states.push(state);
                }
            }
        }
        states.sort_unstable();
        states.dedup();
        let mut spans = vec![[0, 0]; states.last().map_or(0, |state| state.as_usize() + 1)];
        let mut found = Vec::new();
        let at = |found: &Vec<(u32, u32)>| u32::try_from(found.len()).expect("under 4 G reports");
        for state in states {
            let from = at(&found);
            for index in 0..automaton.match_len(state) {
                let literal = automaton.match_pattern(state, index);
                found.push((literal.as_u32(), lens[literal.as_usize()]));
            }
            spans[state.as_usize()] = [from, at(&found)];
        }
        Reports {
            spans: spans.into(),
            found: found.into(),
        }
    }
}

/// States this close to the start are dense (a transition for every byte class) in the
/// contiguous NFA, the rest sparse (a list to search) unless they have many transitions: the
/// scan spends most of its steps near the start, where a sparse state's search cost a dozen
/// instructions more. Callgrind, 10 MB of the bench corpus, one worker: 2 (aho-corasick's
/// default) 2,141 M instructions, NFA 444 KB; 3: 2,105 M, 479 KB; 4: 2,090 M, 589 KB; 6: 2,058 M,
/// 933 KB; 8: 2,047 M, 1.4 MB; CPU time did not tell them apart beyond 4.
const DENSE_DEPTH: usize = 4;

/// An Aho-Corasick automaton of a scanner's literals, and what its match states report.
#[derive(Debug)]
struct Engine {
    automaton: Automaton,
    /// Each match state's literals and their lengths, without the space a word-start one is
    /// held behind: where a literal starts, from where it ends, in one look-up.
    reports: Reports,
}

/// The automaton itself.
#[derive(Debug)]
enum Automaton {
    Nfa(nfa::contiguous::NFA),
    Noncontiguous(nfa::noncontiguous::NFA),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occurrences(scanner: &Scanner, text: &str) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        scanner.scan(text.as_bytes(), |literal, start, end| found.push((literal, start, end)));
        found.sort_unstable();
        found
    }

    fn scanner(literals: &[(&str, Anchor)], expected: usize) -> Scanner {
        Scanner::new(literals.iter().map(|&(l, a)| (l.as_bytes(), a)), expected)
    }

    const LITERALS: &[(&str, Anchor)] = &[
        ("team", Anchor::WordStart),
        ("teams", Anchor::WordStart),
        ("eam", Anchor::Anywhere),
        ("a", Anchor::Anywhere),
        ("cross team", Anchor::WordStart),
        ("ross", Anchor::WordStart),
        ("", Anchor::Anywhere),
        ("é", Anchor::WordStart),
        ("team", Anchor::Anywhere),
        (" steam", Anchor::Anywhere),
        ("m", Anchor::WordStart),
    ];

    #[test]
    fn reports_overlapping_occurrences_where_their_anchor_allows() {
        let found = occurrences(&scanner(LITERALS, 0), "cross teams steam");
        assert_eq!(
            found,
            [
                (0, 6, 10),
                (1, 6, 11),
                (2, 7, 10),
                (2, 14, 17),
                (3, 8, 9),
                (3, 15, 16),
                (4, 0, 10),
                (8, 6, 10),
                (8, 13, 17),
                (9, 11, 17)
            ]
        );
    }

    #[test]
    fn every_engine_reports_the_same_occurrences() {
        let texts = [
            "",
            "a",
            "cross teams steam",
            "é équipe team é",
            "teamteam team",
            "aaaa a",
            // A literal starting with a space is not found at the start of the text, nor a
            // word-start one inside a word or after punctuation.
            "steam m",
            " steam",
            "m steam-m am (m) xm",
        ];
        for text in texts {
            let table = occurrences(&scanner(LITERALS, 0), text);
            let nfa = occurrences(&scanner(LITERALS, AUTOMATON_THRESHOLD_BYTES), text);
            assert_eq!(table, nfa, "{text:?}");
        }
    }

    #[test]
    fn word_start_literals_start_words_and_no_literal_starts_before_the_text() {
        for expected in [0, AUTOMATON_THRESHOLD_BYTES] {
            let scanner = scanner(LITERALS, expected);
            let only = |text: &str, literal: usize| -> Vec<(usize, usize)> {
                occurrences(&scanner, text)
                    .into_iter()
                    .filter(|&(l, ..)| l == literal)
                    .map(|(_, start, end)| (start, end))
                    .collect()
            };
            assert_eq!(only("m steam-m am (m) xm m", 10), [(0, 1), (20, 21)], "{expected}");
            assert_eq!(only(" steam", 9), [(0, 6)], "{expected}");
            assert!(only("steam steam", 9).len() == 1, "{expected}");
            assert_eq!(only("team", 0), [(0, 4)], "{expected}");
        }
    }

    #[test]
    fn every_match_state_reached_has_its_reports() {
        use aho_corasick::automaton::Automaton as _;
        let scanner = scanner(LITERALS, AUTOMATON_THRESHOLD_BYTES);
        let engine = scanner.automaton(0).expect("an automaton");
        let Automaton::Nfa(nfa) = &engine.automaton else {
            panic!("a contiguous NFA")
        };
        let mut state = nfa.start_state(Anchored::No).expect("a start state");
        for &byte in b" cross teams steam m  team teamteam \xC3\xA9 aaa ross" {
            state = nfa.next_state(Anchored::No, state, byte);
            let expected: Vec<u32> = if nfa.is_match(state) {
                (0..nfa.match_len(state))
                    .map(|i| nfa.match_pattern(state, i).as_u32())
                    .collect()
            } else {
                Vec::new()
            };
            let [from, to] = engine.reports.spans.get(state.as_usize()).copied().unwrap_or_default();
            let reported: Vec<u32> = engine.reports.found[from as usize..to as usize]
                .iter()
                .map(|&(l, _)| l)
                .collect();
            assert_eq!(reported, expected, "{byte}");
        }
    }

    #[test]
    fn the_engine_grows_with_the_text_scanned() {
        let scanner = scanner(LITERALS, 0);
        let line = "cross team ".repeat(100);
        scanner.scan(line.as_bytes(), |_, _, _| ());
        assert!(scanner.nfa.get().is_none());
        for _ in 0..AUTOMATON_THRESHOLD_BYTES / line.len() + 1 {
            scanner.scan(line.as_bytes(), |_, _, _| ());
        }
        assert!(scanner.nfa.get().is_some());
        assert_eq!(occurrences(&scanner, "cross team").len(), 5);
    }
}
