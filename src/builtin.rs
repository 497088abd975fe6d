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
