//! A built-in regex searched straight from the NFA words `build.rs` wrote, so a short run builds
//! no NFA at all.
//!
//! Rebuilding a built-in regex's NFA through regex-automata's `Builder` (about 40 K instructions)
//! and making its PikeVM's cache was a quarter of a 10-line run's instructions. A regex searches
//! its first [`super::PIKEVM_BYTES`] here instead: a backtracker over the words as they lie in the
//! binary, which follows a state's alternatives in their order of priority and marks each (state,
//! position) it has tried, so the first match it reaches is the leftmost-first match a PikeVM
//! finds (regex-automata's bounded backtracker works the same way), in time linear in the text.
//! The NFA is built only once a regex has searched that much, for its lazy DFA. A regex that
//! looks around other than for the start or end of the text (`^`, `$`), or whose words are not
//! well formed, is not searched here.

/// Kinds of state, the low four bits of a state's first word (`nfa_words` in build.rs).
const RANGE: u16 = 0;
const SPARSE: u16 = 1;
const UNION: u16 = 2;
const BINARY_UNION: u16 = 3;
const CAPTURE_START: u16 = 4;
const CAPTURE_END: u16 = 5;
const LOOK: u16 = 6;
const MATCH: u16 = 7;
const FAIL: u16 = 8;

/// The looks a state may test (the number in its first word: the bit of regex-automata's
/// `Look`): the start and the end of the text, which are all the built-in regexes use.
const LOOK_START: u16 = 0;
const LOOK_END: u16 = 1;

/// Most (state, position) marks a search may need, rows rounded up to whole words (256 KiB of
/// bits, as regex-automata's bounded backtracker allows by default); a longer search is left to
/// the PikeVM.
const MAX_MARKS: usize = 1 << 21;

/// A built-in regex's NFA as build.rs wrote it, with where each state's words start.
#[derive(Debug)]
pub(super) struct TableNfa {
    words: &'static [u16],
    /// The position in `words` of each state's first word.
    states: Box<[u32]>,
    /// The state an anchored search starts in.
    start: u32,
}

/// One thread's scratch space for [`TableNfa::match_end`], reused from one search to the next.
#[derive(Debug, Clone, Default)]
pub(super) struct Scratch {
    /// (state, position) pairs still to try, the next one last.
    stack: Vec<(u32, usize)>,
    /// One bit per (state, position) tried: a row of whole words for each position from the
    /// search's start, cleared when the search first reaches it (most searches fail within a few
    /// bytes, and clearing every row of a long line took longer than the search).
    tried: Vec<u64>,
}

impl TableNfa {
    /// Reads the words of an NFA (see `nfa_words` in build.rs); `None` if it looks for anything
    /// but the start or end of the text, or the words are not well formed (a state that does not exist, a kind unknown, fields cut short).
    pub(super) fn new(words: &'static [u16]) -> Option<TableNfa> {
        let [anchored, _unanchored, ..] = *words else {
            return None;
        };
        // Every state takes a word at least, most three or more.
        let mut states = Vec::with_capacity(words.len() / 2);
        let mut highest = anchored;
        let mut at = 2;
        while let Some(&head) = words.get(at) {
            states.push(u32::try_from(at).ok()?);
            let count = usize::from(head >> 4);
            // The state ids this state refers to, and where the next state starts.
            let (targets, next): (&[u16], usize) = match head & 0xf {
                RANGE => (words.get(at + 2..at + 3)?, at + 3),
                SPARSE => {
                    let pairs = words.get(at + 1..at + 1 + 2 * count)?;
                    let next = pairs.chunks_exact(2).map(|pair| pair[1]).max().unwrap_or(0);
                    highest = highest.max(next);
                    (&[], at + 1 + 2 * count)
                }
                UNION => (words.get(at + 1..at + 1 + count)?, at + 1 + count),
                BINARY_UNION => (words.get(at + 1..at + 3)?, at + 3),
                CAPTURE_START | CAPTURE_END => (words.get(at + 1..at + 2)?, at + 2),
                LOOK if matches!(head >> 4, LOOK_START | LOOK_END) => (words.get(at + 1..at + 2)?, at + 2),
                MATCH | FAIL => (&[], at + 1),
                _ => return None,
            };
            highest = targets.iter().copied().fold(highest, u16::max);
            at = next;
        }
        (usize::from(highest) < states.len()).then(|| TableNfa {
            words,
            states: states.into_boxed_slice(),
            start: u32::from(anchored),
        })
    }

    /// The end of the leftmost-first match starting exactly at `start` in `text[..end]`, as a
    /// PikeVM's anchored search of `start..end` of `text` finds it (`^` and `$` are the start and
    /// end of `text`): `Some(None)` if there is none, `None`
    /// if the search would need more scratch space than it is allowed.
    pub(super) fn match_end(
        &self,
        scratch: &mut Scratch,
        text: &[u8],
        start: usize,
        end: usize,
    ) -> Option<Option<usize>> {
        let row = self.states.len().div_ceil(64);
        let needed = row
            .checked_mul(end - start + 1)
            .filter(|&words| words <= MAX_MARKS / 64)?;
        let Scratch { stack, tried } = scratch;
        if tried.len() < needed {
            tried.resize(needed, 0);
        }
        // Rows below this one are cleared.
        let mut cleared = 0;
        stack.clear();
        stack.push((self.start, start));
        let words = self.words;
        while let Some((mut state, mut at)) = stack.pop() {
            // Follows the state's first alternative, setting the others aside, until it fails.
            loop {
                let offset = at - start;
                if offset >= cleared {
                    tried[cleared * row..(offset + 1) * row].fill(0);
                    cleared = offset + 1;
                }
                let (word, bit) = (offset * row + state as usize / 64, 1 << (state % 64));
                if tried[word] & bit != 0 {
                    break;
                }
                tried[word] |= bit;
                let first = self.states[state as usize] as usize;
                let head = words[first];
                match head & 0xf {
                    RANGE => {
                        let bounds = words[first + 1];
                        match text[..end].get(at) {
                            Some(&byte) if (bounds as u8..=(bounds >> 8) as u8).contains(&byte) => {
                                state = u32::from(words[first + 2]);
                                at += 1;
                            }
                            _ => break,
                        }
                    }
                    SPARSE => {
                        let Some(&byte) = text[..end].get(at) else { break };
                        let pairs = &words[first + 1..first + 1 + 2 * usize::from(head >> 4)];
                        // Ranges in increasing order, apart: the first that ends at the byte or
                        // later is the only one that can hold it.
                        match pairs.chunks_exact(2).find(|pair| (pair[0] >> 8) as u8 >= byte) {
                            Some(pair) if pair[0] as u8 <= byte => {
                                state = u32::from(pair[1]);
                                at += 1;
                            }
                            _ => break,
                        }
                    }
                    UNION => {
                        let alternates = &words[first + 1..first + 1 + usize::from(head >> 4)];
                        let Some((&next, rest)) = alternates.split_first() else {
                            break;
                        };
                        stack.extend(rest.iter().rev().map(|&alternate| (u32::from(alternate), at)));
                        state = u32::from(next);
                    }
                    BINARY_UNION => {
                        stack.push((u32::from(words[first + 2]), at));
                        state = u32::from(words[first + 1]);
                    }
                    CAPTURE_START | CAPTURE_END => state = u32::from(words[first + 1]),
                    LOOK => {
                        let holds = match head >> 4 {
                            LOOK_START => at == 0,
                            _ => at == text.len(),
                        };
                        if !holds {
                            break;
                        }
                        state = u32::from(words[first + 1]);
                    }
                    MATCH => return Some(Some(at)),
                    _ => break,
                }
            }
        }
        Some(None)
    }
}
