//! The one normalisation applied to both lexicon entries and input text.
//!
//! Matching bugs come from normalising the two sides differently, so there is exactly one function
//! here and both the lexicon loader and the classifier call it. The result is a string of
//! lower-case, accent-free words separated by single ASCII spaces, with no leading or trailing
//! space: `"Cross-team  Roadmap's"` becomes `"cross team roadmaps"`.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Normalises `text` for matching: lower-case, accents stripped, apostrophes removed, and every
/// other run of non-alphanumeric characters folded into one space.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_into(text, &mut out);
    out
}

/// Like [`normalize`], but writes into `out` (cleared first) so a caller can reuse one buffer.
///
/// Text of ASCII bytes with no apostrophe (most lines) is copied in slices (see
/// [`ascii_into`]). Other text is written as bytes into `out`'s own buffer, checked as UTF-8
/// once at the end: eight ASCII bytes are taken at once (see [`plain_word`]) up to an
/// apostrophe or a non-ASCII byte; any other character is decomposed (NFKD) on its own, which
/// gives the same letters as decomposing the whole text: only the order of combining marks
/// could differ, and those are dropped. On both paths a separator writes its space at once
/// (unless one was just written, or nothing was), and a space left last is taken back.
pub fn normalize_into(text: &str, out: &mut String) {
    if ascii_into(text, out) {
        return;
    }
    let bytes = text.as_bytes();
    let mut written = Written::new(std::mem::take(out).into_bytes(), text.len());
    let mut at = 0;
    while at < bytes.len() {
        // The next eight bytes; past the end, zero bytes (separators: they write at most a
        // space, taken back at the end).
        let word = match bytes.get(at..at + CHUNK) {
            Some(chunk) => u64::from_le_bytes(chunk.try_into().expect("a chunk is 8 bytes")),
            None => {
                let mut chunk = [0u8; CHUNK];
                chunk[..bytes.len() - at].copy_from_slice(&bytes[at..]);
                u64::from_le_bytes(chunk)
            }
        };
        let plain = plain_word(word, written.spaced);
        if plain.taken == CHUNK && plain.doubled == 0 {
            written.word(plain.mapped);
            at += CHUNK;
            continue;
        }
        if plain.taken > 0 {
            written.compact(&plain.mapped.to_le_bytes()[..plain.taken]);
            at += plain.taken;
            continue;
        }
        let byte = bytes[at];
        if byte.is_ascii() {
            // An apostrophe: dropped.
            at += 1;
            continue;
        }
        let ch = text[at..]
            .chars()
            .next()
            .expect("a character starts at a non-ASCII byte here");
        at += ch.len_utf8();
        let rest = bytes.len() - at;
        for ch in std::iter::once(ch).nfkd() {
            if is_combining_mark(ch) || is_apostrophe(ch) || is_invisible(ch) {
                continue;
            }
            if !ch.is_alphanumeric() {
                written.separator(rest);
                continue;
            }
            for lower in ch.to_lowercase() {
                written.char(lower, rest);
            }
        }
    }
    *out = written.finish();
}

/// Normalises text of ASCII bytes with no apostrophe (most lines) into `out`: the text is
/// copied as written between the separators that change it (any but a single space after a
/// letter or digit), eight bytes looked at at once (see [`changed_bytes`]), and lower-cased
/// once at the end. Copying slices of the text needs no check that the copy is UTF-8. False,
/// with `out` half written, when the text holds another byte.
fn ascii_into(text: &str, out: &mut String) -> bool {
    out.clear();
    let bytes = text.as_bytes();
    // The text from `copied` on is written as it is, up to the next byte that changes it.
    let mut copied = 0;
    let mut after_word = false;
    let mut at = 0;
    while at < bytes.len() {
        let (word, valid) = match bytes.get(at..at + CHUNK) {
            Some(chunk) => (
                u64::from_le_bytes(chunk.try_into().expect("a chunk is 8 bytes")),
                u64::MAX,
            ),
            None => {
                let mut chunk = [0u8; CHUNK];
                chunk[..bytes.len() - at].copy_from_slice(&bytes[at..]);
                (u64::from_le_bytes(chunk), (1u64 << (8 * (bytes.len() - at))) - 1)
            }
        };
        let (mut changed, ends_in_word) = changed_bytes(word, after_word);
        changed &= valid;
        while changed != 0 {
            let separator = at + (changed.trailing_zeros() / 8) as usize;
            changed &= changed - 1;
            // The first non-ASCII byte is among the changed ones (below it no byte carries into
            // it), and so is an apostrophe: looked for there, not in every eight bytes.
            if !bytes[separator].is_ascii() || bytes[separator] == b'\'' {
                return false;
            }
            out.push_str(&text[copied..separator]);
            copied = separator + 1;
            if out.as_bytes().last().is_some_and(|&last| last != b' ') {
                out.push(' ');
            }
        }
        after_word = ends_in_word;
        at += CHUNK;
    }
    out.push_str(&text[copied..]);
    if out.ends_with(' ') {
        out.pop();
    }
    out.make_ascii_lowercase();
    true
}

/// The high bit of each of eight bytes (little-endian) that is a separator other than a single
/// space after a letter or digit (`after_word`: the byte before the first is one), and whether
/// the last byte is a letter or digit. A byte from 0x80 on is among them (and the bytes above
/// it may be read wrong).
#[inline(always)]
fn changed_bytes(word: u64, after_word: bool) -> (u64, bool) {
    let alphanumeric = alphanumeric_bytes(word);
    let spaces = between(word, b' ', b' ');
    let after = (alphanumeric << 8) | (u64::from(after_word) << 7);
    let changed = !alphanumeric & HIGH & !(spaces & after);
    (changed, alphanumeric >> 63 != 0)
}

/// The high bit of each byte of `x` (bytes below 0x80) set where the byte is at least `c`; a
/// byte from 0x80 on may carry into the bytes above it.
#[inline(always)]
fn at_least(x: u64, c: u8) -> u64 {
    x.wrapping_add(ONES * u64::from(0x80 - c)) & HIGH
}

/// The high bit of each byte of `x` set where the byte is from `low` to `high`.
#[inline(always)]
fn between(x: u64, low: u8, high: u8) -> u64 {
    at_least(x, low) & !at_least(x, high + 1)
}

/// The high bit of each ASCII letter or digit of `x`.
#[inline(always)]
fn alphanumeric_bytes(x: u64) -> u64 {
    // With bit 0x20 set, `A`–`Z` are `a`–`z` (and no other byte is).
    between(x | (ONES * 0x20), b'a', b'z') | between(x, b'0', b'9')
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The normalised text as it is written: bytes, with room past `len` for a word of eight and
/// for every byte still to read (ASCII never writes more than it reads).
struct Written {
    bytes: Vec<u8>,
    len: usize,
    /// Whether nothing was written or the last byte written is a space: a separator then
    /// writes nothing.
    spaced: bool,
}

impl Written {
    fn new(mut bytes: Vec<u8>, text_len: usize) -> Written {
        bytes.clear();
        bytes.resize(text_len + CHUNK, 0);
        Written {
            bytes,
            len: 0,
            spaced: true,
        }
    }

    /// Eight bytes as they are written (see [`plain_word`]).
    #[inline(always)]
    fn word(&mut self, mapped: u64) {
        self.bytes[self.len..self.len + CHUNK].copy_from_slice(&mapped.to_le_bytes());
        self.len += CHUNK;
        self.spaced = mapped >> 56 == u64::from(b' ');
    }

    /// Up to eight mapped bytes, a space after a space (or first) left out.
    fn compact(&mut self, mapped: &[u8]) {
        let start = self.len;
        let room = &mut self.bytes[start..start + CHUNK];
        let (mut len, mut spaced) = (0, self.spaced);
        for &byte in mapped {
            let space = byte == b' ';
            room[len] = byte;
            len += usize::from(!(space && spaced));
            spaced = space;
        }
        (self.len, self.spaced) = (start + len, spaced);
    }

    /// A separator: one space, unless one was just written or nothing was. `rest` bytes are
    /// still to read.
    fn separator(&mut self, rest: usize) {
        if !self.spaced {
            self.put(b" ", rest);
            self.spaced = true;
        }
    }

    /// A character of a word.
    fn char(&mut self, ch: char, rest: usize) {
        let mut utf8 = [0; 4];
        self.put(ch.encode_utf8(&mut utf8).as_bytes(), rest);
        self.spaced = false;
    }

    /// Writes `piece`, keeping room for `rest` bytes more and a word of eight.
    fn put(&mut self, piece: &[u8], rest: usize) {
        let needed = self.len + piece.len() + rest + CHUNK;
        if needed > self.bytes.len() {
            // Doubled at least, so a line of many wide characters grows it a few times only.
            let grown = needed.max(2 * self.bytes.len());
            self.bytes.resize(grown, 0);
        }
        self.bytes[self.len..self.len + piece.len()].copy_from_slice(piece);
        self.len += piece.len();
    }

    /// The text written, a last space taken back.
    fn finish(mut self) -> String {
        if self.len > 0 && self.bytes[self.len - 1] == b' ' {
            self.len -= 1;
        }
        self.bytes.truncate(self.len);
        String::from_utf8(self.bytes).expect("only whole characters are written")
    }
}

/// Adds to `starts` where clauses start in `normalized` (which must be `normalize(text)`): the
/// byte offset of every word that follows clause punctuation in `text` — `.` `,` `;` `:` `!`
/// `?` brackets, dashes, bullets, or a hyphen with a space beside it (`x - y`, not
/// `cross-team`). Nothing is added if `normalized` is not `text`'s normalisation. Negations and
/// hedges reach no further than their clause; this runs only on lines that hold one.
pub fn clause_starts(text: &str, normalized: &str, starts: &mut Vec<usize>) {
    let mut out = String::with_capacity(normalized.len());
    let mut found = Vec::new();
    let (mut pending_space, mut pending_break, mut spaced) = (false, false, false);
    let mut hyphen = false;
    for ch in text.chars() {
        if is_clause_punctuation(ch) {
            pending_break = true;
        }
        if ch == '-' {
            hyphen = true;
        }
        if ch.is_whitespace() {
            spaced = true;
        }
        for ch in std::iter::once(ch).nfkd() {
            if is_combining_mark(ch) || is_apostrophe(ch) || is_invisible(ch) {
                continue;
            }
            if !ch.is_alphanumeric() {
                pending_space = true;
                continue;
            }
            if pending_space && !out.is_empty() {
                out.push(' ');
                if pending_break || (hyphen && spaced) {
                    found.push(out.len());
                }
            }
            pending_space = false;
            (pending_break, hyphen, spaced) = (false, false, false);
            out.extend(ch.to_lowercase());
        }
    }
    if out == normalized {
        starts.extend(found);
    }
}

fn is_clause_punctuation(ch: char) -> bool {
    matches!(
        ch,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '|'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2022}'
            | '\u{00b7}'
    )
}

/// Bytes [`normalize_into`] looks at at once.
const CHUNK: usize = 8;

/// Eight bytes (little-endian) of text as [`plain_word`] reads them.
struct Plain {
    /// The bytes as written: `A`–`Z` lower-cased, any separator a space.
    mapped: u64,
    /// How many of the bytes, from the first, are ASCII and no apostrophe (those are read one
    /// at a time).
    taken: usize,
    /// The high bit of each byte that is a separator after another (or after a written space,
    /// or first in the text): its space is not written.
    doubled: u64,
}

/// Reads eight bytes: letters and digits are written lower-cased, any other ASCII byte but an
/// apostrophe is a separator, written as a space. `spaced`: a space was just written (or
/// nothing was).
#[inline(always)]
fn plain_word(word: u64, spaced: bool) -> Plain {
    // A byte from 0x80 on may carry into the bytes above it, which are not taken.
    // With bit 0x20 set, `A`–`Z` are `a`–`z` (and no other byte is).
    let letters = between(word | (ONES * 0x20), b'a', b'z');
    let alphanumeric = letters | between(word, b'0', b'9');
    let stop = (word & HIGH) | between(word, b'\'', b'\'');
    let taken = (stop.trailing_zeros() / 8) as usize;
    let separators = !alphanumeric & HIGH;
    let doubled = separators & ((separators << 8) | (u64::from(spaced) << 7));
    // 0xFF in each letter or digit byte.
    let kept = (alphanumeric >> 7) * 0xFF;
    // Bit 0x20 set on letters lower-cases them: the high bit moved to 0x20.
    let mapped = ((word | (letters >> 2)) & kept) | ((ONES * u64::from(b' ')) & !kept);
    Plain { mapped, taken, doubled }
}

fn is_apostrophe(ch: char) -> bool {
    matches!(ch, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Characters a paste from Word or a PDF leaves inside words without meaning a break: the soft
/// hyphen (`hi\u{ad}ring` is `hiring`), zero-width spaces and joiners, the word joiner, and a
/// byte-order mark mid-text.
pub(crate) fn is_invisible(ch: char) -> bool {
    matches!(
        ch,
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    use super::*;

    /// Normalisation as first written: the whole text decomposed at once.
    fn normalize_whole(text: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for ch in text.nfkd() {
            if is_combining_mark(ch) || is_apostrophe(ch) || is_invisible(ch) {
                continue;
            }
            if ch.is_alphanumeric() {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.extend(ch.to_lowercase());
            } else {
                pending_space = true;
            }
        }
        out
    }

    proptest! {
        #[test]
        fn decomposing_character_by_character_equals_decomposing_the_whole(text in "\\PC{0,40}") {
            prop_assert_eq!(normalize(&text), normalize_whole(&text));
        }

        /// Mostly ASCII lines (the eight-byte path and the byte-at-a-time one, and the
        /// hand-over between them).
        #[test]
        fn ascii_text_normalises_as_a_whole(text in "[a-zA-Z0-9 ,.:'@\\[\\]_-]{0,80}( ?[é’a-z]{0,3} ?[a-zA-Z ]{0,20}){0,2}") {
            prop_assert_eq!(normalize(&text), normalize_whole(&text));
        }

        /// Any ASCII, the bytes just outside the eight-byte path's letter and digit ranges
        /// (`` ` ``, `{`, `/`, `@`, `[`, `:`), controls and DEL among them.
        #[test]
        fn any_ascii_normalises_as_a_whole(text in "[\\x00-\\x7f]{0,40}([a-z]{0,9}[`{/@\\[: ]){0,6}") {
            prop_assert_eq!(normalize(&text), normalize_whole(&text));
        }

        #[test]
        fn accented_and_combining_text_normalises_as_a_whole(
            text in "[a-zA-Z\u{300}-\u{36f}\u{1100}-\u{11ff}\u{ac00}-\u{ac20}\u{fb00}-\u{fb06}àéîõüÅØß' -]{0,30}"
        ) {
            prop_assert_eq!(normalize(&text), normalize_whole(&text));
        }
    }

    #[test]
    fn lower_cases_and_folds_punctuation() {
        assert_eq!(normalize("Cross-team  Roadmap!"), "cross team roadmap");
        assert_eq!(normalize("  --leading and trailing--  "), "leading and trailing");
    }

    #[test]
    fn soft_hyphens_and_zero_width_characters_join_their_word() {
        assert_eq!(normalize("Ran the hi\u{ad}ring loop"), "ran the hiring loop");
        assert_eq!(normalize("road\u{200b}map and on\u{2060}call"), "roadmap and oncall");
        assert_eq!(normalize("hiring\u{200b} loop"), "hiring loop");
    }

    #[test]
    fn removes_apostrophes_inside_words() {
        assert_eq!(normalize("team's roadmap"), "teams roadmap");
        assert_eq!(normalize("didn\u{2019}t own it"), "didnt own it");
    }

    #[test]
    fn strips_accents_and_handles_unicode_case() {
        assert_eq!(normalize("Résumé ÉQUIPE"), "resume equipe");
        assert_eq!(normalize("Straße"), "straße");
    }

    #[test]
    fn eight_bytes_at_once_fold_spaces_and_case_as_one_at_a_time() {
        for text in [
            "Reviewed the go-to-market plan",
            " leading space in a chunk",
            "a  double  spaces  here",
            "trailing space ",
            "ABCDEFGH IJKLMNOP",
            "x, abcdefgh ijk",
            "@[`{/:",
            "12345678 90",
        ] {
            assert_eq!(normalize(text), normalize_whole(text), "{text:?}");
        }
    }

    #[test]
    fn keeps_digits_as_word_characters() {
        assert_eq!(normalize("1:1s with 6 reports"), "1 1s with 6 reports");
    }

    #[test]
    fn clauses_start_after_punctuation_and_spaced_dashes_only() {
        let starts = |text: &str| {
            let mut found = Vec::new();
            clause_starts(text, &normalize(text), &mut found);
            found
        };
        // "did not ship" | "it" | "owned the cross-team plan" | "fast"
        assert_eq!(
            starts("Did not ship, it; owned the cross-team plan - fast"),
            [13, 16, 42]
        );
        assert_eq!(starts("(Not) only \u{2014} this"), [4, 9]);
        assert!(starts("cross-team state-of-the-art").is_empty());
        let mut found = Vec::new();
        clause_starts("a, b", "a c", &mut found);
        assert!(
            found.is_empty(),
            "a text that does not match its normalisation adds nothing"
        );
    }

    #[test]
    fn empty_and_symbol_only_input_normalise_to_nothing() {
        assert_eq!(normalize(""), "");
        assert_eq!(normalize("--- *** ---"), "");
    }
}
