//! The default lexicon files parse, meet the size floor, and hold no duplicate entry.

use std::collections::HashMap;
use std::path::Path;

use rolemap::lexicon::{Effect, Lexicon};

fn default_lexicon() -> Lexicon {
    Lexicon::load_dir(Path::new("lexicon")).expect("lexicon/ parses")
}

#[test]
fn lexicon_folder_matches_the_embedded_copy() {
    let folder = default_lexicon();
    let builtin = Lexicon::builtin().expect("builtin parses");
    assert_eq!(folder.categories.len(), builtin.categories.len());
    assert_eq!(
        folder.entries.len(),
        builtin.entries.len(),
        "DEFAULT_FILES must embed every lexicon file"
    );
}

#[test]
fn each_role_has_at_least_150_entries() {
    let lexicon = default_lexicon();
    for (index, category) in lexicon.categories.iter().enumerate() {
        let count = lexicon
            .entries
            .iter()
            .filter(
                |e| matches!(e.effect, Effect::Term(c) | Effect::Context(c) | Effect::Scoped(Some(c)) if c == index),
            )
            .count();
        assert!(count >= 150, "{} has {count} entries", category.label);
    }
}

#[test]
fn no_entry_is_written_twice() {
    let lexicon = default_lexicon();
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut duplicates = Vec::new();
    for entry in &lexicon.entries {
        let cue = matches!(entry.effect, Effect::Negation | Effect::Hedge);
        let key = format!("{}{}", if cue { "cue:" } else { "" }, entry.pattern.key());
        if let Some(first) = seen.insert(key, entry.origin.to_string()) {
            duplicates.push(format!("{} duplicates {first}", entry.origin));
        }
    }
    assert!(duplicates.is_empty(), "{duplicates:#?}");
}
