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
    if text.is_ascii() {
        push_ascii(text.as_bytes(), out);
    } else {
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
    }
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

fn push_ascii(bytes: &[u8], out: &mut String) {
    out.reserve(bytes.len());
    let mut pending_space = false;
    for &byte in bytes {
        match ASCII_MAP[usize::from(byte & 0x7f)] {
            SEPARATOR => pending_space = true,
            SKIP => {}
            mapped => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(char::from(mapped));
            }
        }
    }
}

fn is_apostrophe(ch: char) -> bool {
    matches!(ch, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

#[cfg(test)]
mod tests {
    use super::normalize;

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
    fn empty_and_symbol_only_input_normalise_to_nothing() {
        assert_eq!(normalize(""), "");
        assert_eq!(normalize("--- *** ---"), "");
    }
}
