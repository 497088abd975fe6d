//! The scanner's prefix table: literals chained by their first bytes, looked up at each position
//! of a short text (see [`crate::scanner`]).
//!
//! It lives apart from the scanner, and holds plain arrays (an open-addressing table of keys,
//! not a hash map), so that `build.rs` can build the built-in lexicon's table with this very code
//! and write it out, and start-up borrows it instead of building it (a tenth of a short run).
//! A user's lexicon gets its table built here at run time.

use std::borrow::Cow;

/// Longest literal prefix the table is keyed on.
pub const KEY_BYTES: usize = 4;

/// End of a chain in the table.
const END: u32 = u32::MAX;

/// An empty slot (no key has all its bits set: a key is at most 36 bits and the anchor's bit).
const EMPTY: u64 = u64::MAX;

/// The key bit of an [`Anchor::Anywhere`] literal: the two anchors share one table.
const ANYWHERE_BIT: u64 = 1 << 63;

/// Where a literal may be reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Only where it starts a word: at the start of the text or after a space.
    WordStart,
    /// Anywhere, inside words too.
    Anywhere,
}

/// Whether `at` starts a word of `text` (normalised: words are separated by single spaces).
pub fn starts_word(text: &[u8], at: usize) -> bool {
    at == 0 || text[at - 1] == b' '
}

/// Literals chained by their first [`KEY_BYTES`] bytes (or all of them, if shorter), keyed
/// apart for each [`Anchor`]: a text is scanned by looking up the prefixes at each position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrefixTable {
    /// The keys by slot (a power of two of them, at most half full), [`EMPTY`] for none; probed
    /// in turn from a key's [`slot`].
    pub keys: Cow<'static, [u64]>,
    /// The first literal of each slot's chain.
    pub heads: Cow<'static, [u32]>,
    /// Next literal in the same chain.
    pub next: Cow<'static, [u32]>,
    /// Whether any [`Anchor::Anywhere`] literal starts with a byte (a quick skip).
    pub anywhere_first: [bool; 256],
    /// Whether any [`Anchor::WordStart`] literal starts with a byte.
    pub word_start_first: [bool; 256],
}

impl PrefixTable {
    /// The table of literals `literal(0..count)`, each with its anchor.
    pub fn new<'l>(count: usize, literal: impl Fn(usize) -> (&'l [u8], Anchor)) -> PrefixTable {
        // At most a key per literal, and at most half full.
        let slots = (count * 2).next_power_of_two().max(2);
        let mut keys = vec![EMPTY; slots];
        let mut heads = vec![END; slots];
        let mut next = vec![END; count];
        let mut anywhere_first = [false; 256];
        let mut word_start_first = [false; 256];
        // Chains are built back to front, so each lists its literals in order.
        for index in (0..count).rev() {
            let (literal, anchor) = literal(index);
            let Some(&first) = literal.first() else {
                continue;
            };
            match anchor {
                Anchor::Anywhere => anywhere_first[usize::from(first)] = true,
                Anchor::WordStart => word_start_first[usize::from(first)] = true,
            }
            let key = key(&literal[..literal.len().min(KEY_BYTES)], anchor);
            let mut at = slot(key, slots);
            while keys[at] != key && keys[at] != EMPTY {
                at = (at + 1) & (slots - 1);
            }
            keys[at] = key;
            next[index] = heads[at];
            heads[at] = u32::try_from(index).expect("fewer than 4 billion literals");
        }
        PrefixTable {
            keys: Cow::Owned(keys),
            heads: Cow::Owned(heads),
            next: Cow::Owned(next),
            anywhere_first,
            word_start_first,
        }
    }

    /// The first literal of the chain of `key`, if any.
    fn head(&self, key: u64) -> Option<u32> {
        let slots = self.keys.len();
        let mut at = slot(key, slots);
        loop {
            match self.keys[at] {
                found if found == key => return Some(self.heads[at]),
                EMPTY => return None,
                _ => at = (at + 1) & (slots - 1),
            }
        }
    }

    /// Calls `report(literal, start, end)` for every occurrence in `text` of an
    /// [`Anchor::Anywhere`] literal, and of an [`Anchor::WordStart`] literal that starts a word;
    /// `literal(index)` gives a literal's bytes.
    pub fn scan<'l>(
        &self,
        literal: impl Fn(usize) -> &'l [u8],
        text: &[u8],
        report: &mut impl FnMut(usize, usize, usize),
    ) {
        for (at, &first) in text.iter().enumerate() {
            let first = usize::from(first);
            let word_start = self.word_start_first[first] && starts_word(text, at);
            if !self.anywhere_first[first] && !word_start {
                continue;
            }
            let rest = &text[at..];
            for length in 1..=rest.len().min(KEY_BYTES) {
                let prefix = &rest[..length];
                let heads = [
                    self.head(key(prefix, Anchor::Anywhere)),
                    word_start.then(|| self.head(key(prefix, Anchor::WordStart))).flatten(),
                ];
                for mut index in heads.into_iter().flatten() {
                    while index != END {
                        let found = literal(index as usize);
                        if rest.starts_with(found) {
                            report(index as usize, at, at + found.len());
                        }
                        index = self.next[index as usize];
                    }
                }
            }
        }
    }
}

/// The table key of a prefix of at most [`KEY_BYTES`] bytes under `anchor`; prefixes of
/// different lengths or anchors never share a key.
pub fn key(prefix: &[u8], anchor: Anchor) -> u64 {
    let key = prefix
        .iter()
        .fold(prefix.len() as u64, |key, &byte| key << 8 | u64::from(byte));
    match anchor {
        Anchor::Anywhere => key | ANYWHERE_BIT,
        Anchor::WordStart => key,
    }
}

/// The first slot probed for `key` among `slots` (a power of two).
fn slot(key: u64, slots: usize) -> usize {
    // Fibonacci hashing: the high bits of the product mix every byte of the key.
    let bits = slots.trailing_zeros();
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_of_different_lengths_or_anchors_differ() {
        for anchor in [Anchor::WordStart, Anchor::Anywhere] {
            assert_ne!(key(b"a", anchor), key(b"\0a", anchor));
            assert_ne!(key(b"ab", anchor), key(b"\0ab", anchor));
            assert_ne!(key(b"", anchor), key(b"\0", anchor));
            assert_ne!(key(b"\xff\xff\xff\xff", anchor), EMPTY);
        }
        assert_ne!(key(b"ab", Anchor::WordStart), key(b"ab", Anchor::Anywhere));
    }

    #[test]
    fn chains_list_their_literals_in_order() {
        let literals: [(&[u8], Anchor); 5] = [
            (b"team", Anchor::WordStart),
            (b"teams", Anchor::WordStart),
            (b"team", Anchor::Anywhere),
            (b"te", Anchor::WordStart),
            (b"", Anchor::Anywhere),
        ];
        let table = PrefixTable::new(literals.len(), |i| literals[i]);
        let mut found = Vec::new();
        table.scan(|i| literals[i].0, b"teams", &mut |l, s, e| found.push((l, s, e)));
        assert_eq!(found, [(3, 0, 2), (2, 0, 4), (0, 0, 4), (1, 0, 5)]);
    }
}
