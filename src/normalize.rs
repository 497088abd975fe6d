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
/// Runs of up to eight ASCII letters, digits and single spaces (most of a line) are taken at
/// once, lower-cased as one integer (see [`plain_prefix`]); any other ASCII byte goes alone
/// through [`ASCII_MAP`]. Both are gathered in a small buffer on the stack and appended a buffer
/// at a time. Any other character is decomposed (NFKD) on its own, which gives the same letters
/// as decomposing the whole text: only the order of combining marks could differ, and those are
/// dropped.
pub fn normalize_into(text: &str, out: &mut String) {
    out.clear();
    out.reserve(text.len());
    let bytes = text.as_bytes();
    let mut buffer = [0u8; 256];
    let mut len = 0;
    let mut pending = false;
    let mut started = false;
    let mut at = 0;
    while at < bytes.len() {
        // Room for a chunk and the space before it.
        if len + CHUNK + 1 > buffer.len() {
            append_ascii(out, &buffer[..len]);
            len = 0;
        }
        // The next eight bytes; past the end, zero bytes (separators, so never taken).
        let word = match bytes.get(at..at + CHUNK) {
            Some(chunk) => u64::from_le_bytes(chunk.try_into().expect("a chunk is 8 bytes")),
            None => {
                let mut chunk = [0u8; CHUNK];
                chunk[..bytes.len() - at].copy_from_slice(&bytes[at..]);
                u64::from_le_bytes(chunk)
            }
        };
        let (lowered, taken) = plain_prefix(word, started);
        if taken > 0 {
            if pending && started && bytes[at] != b' ' {
                buffer[len] = b' ';
                len += 1;
            }
            // All eight bytes are copied, the ones past `taken` to be overwritten.
            buffer[len..len + CHUNK].copy_from_slice(&lowered.to_le_bytes());
            len += taken;
            at += taken;
            (pending, started) = (false, true);
            continue;
        }
        let byte = bytes[at];
        if byte.is_ascii() {
            let mapped = ASCII_MAP[usize::from(byte)];
            if mapped > SKIP {
                if pending && started {
                    buffer[len] = b' ';
                    len += 1;
                }
                (pending, started) = (false, true);
                buffer[len] = mapped;
                len += 1;
            } else if mapped == SEPARATOR {
                pending = true;
            }
            at += 1;
            continue;
        }
        append_ascii(out, &buffer[..len]);
        len = 0;
        let ch = text[at..]
            .chars()
            .next()
            .expect("a character starts at a non-ASCII byte here");
        at += ch.len_utf8();
        for ch in std::iter::once(ch).nfkd() {
            if is_combining_mark(ch) || is_apostrophe(ch) || is_invisible(ch) {
                continue;
            }
            if !ch.is_alphanumeric() {
                pending = true;
                continue;
            }
            if pending && !out.is_empty() {
                out.push(' ');
            }
            pending = false;
            out.extend(ch.to_lowercase());
        }
        started = !out.is_empty();
    }
    append_ascii(out, &buffer[..len]);
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

/// What each ASCII byte becomes: itself lower-cased if alphanumeric, `SKIP` for an apostrophe
/// (removed), `SEPARATOR` for anything else (folded into one space).
const ASCII_MAP: [u8; 128] = {
    let mut map = [SEPARATOR; 128];
    let mut byte = 0;
    while byte < 128 {
        let b = byte as u8;
        if b.is_ascii_alphanumeric() {
            map[byte] = b.to_ascii_lowercase();
        }
        byte += 1;
    }
    map[b'\'' as usize] = SKIP;
    map
};
const SEPARATOR: u8 = 0;
const SKIP: u8 = 1;

/// Bytes [`normalize_into`] looks at at once.
const CHUNK: usize = 8;

/// How many of eight bytes (little-endian) normalise to themselves lower-cased, from the
/// first: ASCII letters, digits and spaces, up to the first other byte or the first of two
/// spaces, not ending with a space (what follows decides whether it is written) nor starting
/// with one before anything was written (`started`: normalised text never starts with a
/// space). A space first after a separator is the one space the separator makes. Returns the
/// eight bytes with `A`–`Z` lower-cased, and the count (0: take the first byte alone).
fn plain_prefix(word: u64, started: bool) -> (u64, usize) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Bytes from the first non-ASCII one on become zero bytes, which stop the run.
    let non_ascii = word & HIGH;
    let word = if non_ascii == 0 {
        word
    } else {
        word & ((1u64 << (non_ascii.trailing_zeros() & !7)) - 1)
    };
    // The high bit of each byte of `x` set where the byte is at least `c` (bytes are below
    // 0x80, so no sum carries into the next byte).
    let at_least = |x: u64, c: u8| x.wrapping_add(ONES * u64::from(0x80 - c)) & HIGH;
    let between = |x: u64, low: u8, high: u8| at_least(x, low) & !at_least(x, high + 1);
    // With bit 0x20 set, `A`–`Z` are `a`–`z` (and no other byte is).
    let letters = between(word | (ONES * 0x20), b'a', b'z');
    let space = between(word, b' ', b' ');
    let plain = letters | between(word, b'0', b'9') | space;
    // Bytes that end the run: any other byte, and a space followed by another.
    let stop = (!plain & HIGH) | (space & (space >> 8));
    let mut taken = (stop.trailing_zeros() / 8) as usize;
    if taken > 0 && space & (0x80 << (8 * (taken - 1))) != 0 {
        taken -= 1;
    }
    if !started && space & 0x80 != 0 {
        taken = 0;
    }
    // Bit 0x20 set on letters lower-cases them: the high bit moved to 0x20.
    (word | (letters >> 2), taken)
}

fn append_ascii(out: &mut String, ascii: &[u8]) {
    out.push_str(std::str::from_utf8(ascii).expect("only ASCII bytes are buffered"));
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
