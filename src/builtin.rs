//! The built-in lexicon as `build.rs` parsed it, so start-up reads tables instead of text.
//!
//! Parsing the embedded lexicon files (about 1,600 entries: trimming, normalising, checking
//! for control characters, reading weights) was a quarter of the start-up of a short run.
//! `build.rs` runs the very parser of [`crate::lexicon`] over the same files when the binary is
//! built and writes what it gives as tables of offsets and numbers (no pointers, so the loader
//! has nothing to relocate in them); [`lexicon`] turns them back into a [`Lexicon`]. A test
//! checks that this gives what parsing the files at run time gives. A user's `--lexicon` is
//! always parsed at run time.

use std::borrow::Cow;

use crate::lexicon::{Category, Effect, Entry, Lexicon, Origin, Pattern, Settings};

// `LEXICON_TEXT`, `ENTRY_ROWS`, `ENTRY_WEIGHTS`, `FILE_PATHS`, `builtin_categories()` and
// `builtin_settings()`; `PARSED` is false when the built-in files did not parse at build time.
include!(concat!(env!("OUT_DIR"), "/builtin_lexicon.rs"));

/// The text at `start..start + len` of `LEXICON_TEXT`.
fn text(start: u32, len: u32) -> &'static str {
    &LEXICON_TEXT[start as usize..(start + len) as usize]
}

/// The built-in lexicon from the tables build.rs wrote; `None` if the embedded files did not
/// parse then (the caller parses them, to report why).
pub fn lexicon() -> Option<Lexicon> {
    if !PARSED {
        return None;
    }
    let entries = ENTRY_ROWS
        .iter()
        .zip(ENTRY_WEIGHTS.iter().copied())
        .map(|(row, weight)| {
            let [
                text_start,
                text_len,
                kind,
                norm_start,
                norm_len,
                effect,
                argument,
                file,
                line,
            ] = *row;
            // Borrowed from the tables: nothing to allocate, nor to free at exit.
            let normalized = Cow::Borrowed(text(norm_start, norm_len));
            let pattern = match kind {
                0 => Pattern::Words(normalized),
                1 => Pattern::Quoted(normalized),
                2 => Pattern::Stem(normalized),
                _ => Pattern::Regex(normalized, None),
            };
            Entry {
                text: Cow::Borrowed(text(text_start, text_len)),
                pattern,
                weight: f64::from_bits(weight),
                effect: effect_of(effect, argument as usize),
                origin: Origin {
                    path: Cow::Borrowed(FILE_PATHS[file as usize]),
                    line: line as usize,
                },
            }
        })
        .collect();
    Some(Lexicon {
        categories: builtin_categories(),
        entries,
        settings: builtin_settings(),
    })
}

/// Whether `entries` are scanned as the built-in lexicon's are: the same patterns, in the same
/// order, scored or not alike (all that the matcher's scan depends on), so the matcher can
/// borrow the scan build.rs laid out for them. True for the built-in lexicon, and for a copy of
/// it however it was read; a lexicon with any entry added, removed or changed in those respects
/// is laid out at run time.
pub fn scans_as_builtin(entries: &[Entry]) -> bool {
    let base = LEXICON_TEXT.as_ptr();
    PARSED
        && entries.len() == ENTRY_ROWS.len()
        && entries.iter().zip(&ENTRY_ROWS).all(|(entry, row)| {
            let [_, _, kind, start, len, effect, argument, ..] = *row;
            let (code, pattern) = match &entry.pattern {
                Pattern::Words(text) => (0, text),
                Pattern::Quoted(text) => (1, text),
                Pattern::Stem(text) => (2, text),
                Pattern::Regex(text, _) => (3, text),
            };
            // Mostly the very text of the table (borrowed from it): the same address and length,
            // found without slicing the table (which checks bounds and character boundaries).
            let borrowed =
                std::ptr::eq(pattern.as_ptr(), base.wrapping_add(start as usize)) && pattern.len() == len as usize;
            code == kind
                && (borrowed || pattern.as_ref() == text(start, len))
                && entry.effect.is_scored() == effect_of(effect, argument as usize).is_scored()
        })
}

/// An entry's effect from its code and argument, as build.rs codes them.
fn effect_of(code: u32, argument: usize) -> Effect {
    match code {
        0 => Effect::Term(argument),
        1 => Effect::Context(argument),
        2 => Effect::Scoped(Some(argument)),
        3 => Effect::Scoped(None),
        4 => Effect::Ic,
        5 => Effect::Negation,
        6 => Effect::Hedge,
        7 => Effect::ClauseBreak,
        _ => Effect::NegationException,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lexicon_scans_as_builtin_only_with_the_same_patterns_and_scoring() {
        let mut lexicon = lexicon().expect("the built-in lexicon parsed at build time");
        assert!(scans_as_builtin(&lexicon.entries));
        // Weights and origins do not change the scan.
        lexicon.entries[0].weight += 1.0;
        lexicon.entries[0].origin.line += 1;
        assert!(scans_as_builtin(&lexicon.entries));
        let mut changed = lexicon.clone();
        changed.entries[0].pattern = Pattern::Stem("roadmap".into());
        assert!(!scans_as_builtin(&changed.entries));
        let mut changed = lexicon.clone();
        changed.entries.pop();
        assert!(!scans_as_builtin(&changed.entries));
        let mut changed = lexicon.clone();
        let scored = changed.entries[0].effect.is_scored();
        changed.entries[0].effect = if scored { Effect::Negation } else { Effect::Term(0) };
        assert!(!scans_as_builtin(&changed.entries));
    }

    #[test]
    fn the_tables_hold_what_parsing_the_files_gives() {
        let built = lexicon().expect("the built-in lexicon parsed at build time");
        let parsed = Lexicon::parse_builtin_files().expect("the built-in lexicon parses");
        // Entries hold no parsed regex syntax either way (`Pattern::Regex(_, None)`), so their
        // debug forms are the whole of them; `{:?}` writes every f64 so that it reads back exactly.
        assert_eq!(format!("{:?}", built.categories), format!("{:?}", parsed.categories));
        assert_eq!(built.entries.len(), parsed.entries.len());
        for (built, parsed) in built.entries.iter().zip(&parsed.entries) {
            assert_eq!(format!("{built:?}"), format!("{parsed:?}"));
        }
        assert_eq!(built.settings, parsed.settings);
    }
}
