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
pub fn normalize_into(text: &str, out: &mut String) {
    out.clear();
    out.reserve(text.len());
    let mut pending_space = false;
    let mut rest = text;
    // Runs of ASCII go through a table; any other character is decomposed (NFKD) on its own,
    // which gives the same letters as decomposing the whole text: only the order of combining
    // marks could differ, and those are dropped.
    loop {
        let ascii = if rest.is_ascii() {
            rest.len()
        } else {
            rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len())
        };
        push_ascii(&rest[..ascii], out, &mut pending_space);
        rest = &rest[ascii..];
        let Some(ch) = rest.chars().next() else {
            break;
        };
        rest = &rest[ch.len_utf8()..];
        for ch in std::iter::once(ch).nfkd() {
            if is_combining_mark(ch) || is_apostrophe(ch) {
                continue;
            }
            if !ch.is_alphanumeric() {
                pending_space = true;
                continue;
            }
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(ch.to_lowercase());
        }
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
            if is_combining_mark(ch) || is_apostrophe(ch) {
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

/// Normalises ASCII `text` onto `out`; `pending_space` carries a separator across calls. Bytes
/// are gathered in a small buffer on the stack and appended a buffer at a time.
fn push_ascii(text: &str, out: &mut String, pending_space: &mut bool) {
    let mut buffer = [0u8; 128];
    let mut len = 0;
    let mut pending = *pending_space;
    let mut started = !out.is_empty();
    for &byte in text.as_bytes() {
        let mapped = ASCII_MAP[usize::from(byte & 0x7f)];
        if mapped > SKIP {
            if len + 2 > buffer.len() {
                append_ascii(out, &buffer[..len]);
                len = 0;
            }
            if pending && started {
                buffer[len] = b' ';
                len += 1;
            }
            pending = false;
            started = true;
            buffer[len] = mapped;
            len += 1;
        } else if mapped == SEPARATOR {
            pending = true;
        }
    }
    append_ascii(out, &buffer[..len]);
    *pending_space = pending;
}

fn append_ascii(out: &mut String, ascii: &[u8]) {
    out.push_str(std::str::from_utf8(ascii).expect("only ASCII bytes are buffered"));
}

fn is_apostrophe(ch: char) -> bool {
    matches!(ch, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
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
            if is_combining_mark(ch) || is_apostrophe(ch) {
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
