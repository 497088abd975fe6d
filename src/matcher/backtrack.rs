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

/// A built-in regex's NFA as build.rs wrote it, with where each state's words start (also
/// written by build.rs: reading the words through to find them was most of the cost of a regex's
/// first use). Nothing is checked before a search: a state, a field or a kind that is not as it
/// should be ends the search without an answer (a test checks every built-in regex's tables).
#[derive(Debug)]
pub(super) struct TableNfa {
    words: &'static [u16],
    /// The position in `words` of each state's first word.
    states: &'static [u16],
}

/// One thread's scratch space for [`TableNfa::match_end`], reused from one search to the next.
#[derive(Debug, Clone, Default)]
pub(super) struct Scratch {
    /// (state, position) pairs still to try, the next one last.
    stack: Vec<(u16, usize)>,
    /// One bit per (state, position) tried: a row of whole words for each position from the
    /// search's start, cleared when the search first reaches it (most searches fail within a few
    /// bytes, and clearing every row of a long line took longer than the search).
    tried: Vec<u64>,
}

impl TableNfa {
    /// The NFA of `words` (see `nfa_words` in build.rs) whose states start at `states`; `None`
    /// if it has no state.
    pub(super) fn new(words: &'static [u16], states: &'static [u16]) -> Option<TableNfa> {
        (!states.is_empty()).then_some(TableNfa { words, states })
    }

    /// The end of the leftmost-first match starting exactly at `start` in `text[..end]`, as a
    /// PikeVM's anchored search of `start..end` of `text` finds it (`^` and `$` are the start and
    /// end of `text`): `Some(None)` if there is none; `None` if the search would need more
    /// scratch space than it is allowed, or meets a look it does not know or a state that is not
    /// well formed.
    pub(super) fn match_end(
        &self,
        scratch: &mut Scratch,
        text: &[u8],
        start: usize,
        end: usize,
    ) -> Option<Option<usize>> {
        let (words, states) = (self.words, self.states);
        let row = states.len().div_ceil(64);
        let needed = row
            .checked_mul(end - start + 1)
            .filter(|&words| words <= MAX_MARKS / 64)?;
        let Scratch { stack, tried } = scratch;
        if tried.len() < needed {
            tried.resize(needed, 0);
        }
        // Rows below this one are cleared.
        let mut cleared = 0;
        let text_end = text.len();
        let text = &text[..end];
        stack.clear();
        stack.push((*words.first()?, start));
        while let Some((mut state, mut at)) = stack.pop() {
            // Follows the state's first alternative, setting the others aside, until it fails.
            loop {
                let first = usize::from(*states.get(usize::from(state))?);
                let offset = at - start;
                if offset >= cleared {
                    tried[cleared * row..(offset + 1) * row].fill(0);
                    cleared = offset + 1;
                }
                let (word, bit) = (offset * row + usize::from(state / 64), 1 << (state % 64));
                if tried[word] & bit != 0 {
                    break;
                }
                tried[word] |= bit;
                let head = *words.get(first)?;
                let count = usize::from(head >> 4);
                let fields = words.get(first + 1..)?;
                match head & 0xf {
                    RANGE => {
                        let [bounds, next, ..] = *fields else { return None };
                        match text.get(at) {
                            Some(&byte) if (bounds as u8..=(bounds >> 8) as u8).contains(&byte) => {
                                state = next;
                                at += 1;
                            }
                            _ => break,
                        }
                    }
                    SPARSE => {
                        let pairs = fields.get(..2 * count)?;
                        let Some(&byte) = text.get(at) else { break };
                        // Ranges in increasing order, apart: the first that ends at the byte or
                        // later is the only one that can hold it.
                        match pairs.chunks_exact(2).find(|pair| (pair[0] >> 8) as u8 >= byte) {
                            Some(pair) if pair[0] as u8 <= byte => {
                                state = pair[1];
                                at += 1;
                            }
                            _ => break,
                        }
                    }
                    UNION => {
                        let Some((&next, rest)) = fields.get(..count)?.split_first() else {
                            break;
                        };
                        stack.extend(rest.iter().rev().map(|&alternate| (alternate, at)));
                        state = next;
                    }
                    BINARY_UNION => {
                        let [next, other, ..] = *fields else { return None };
                        stack.push((other, at));
                        state = next;
                    }
                    CAPTURE_START | CAPTURE_END => state = *fields.first()?,
                    LOOK => {
                        let holds = match count as u16 {
                            LOOK_START => at == 0,
                            LOOK_END => at == text_end,
                            _ => return None,
                        };
                        if !holds {
                            break;
                        }
                        state = *fields.first()?;
                    }
                    MATCH => return Some(Some(at)),
                    FAIL => break,
                    _ => return None,
                }
            }
        }
        Some(None)
    }
}
