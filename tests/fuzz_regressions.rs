//! Replays the inputs committed under `fuzz/regressions/<target>/` through the same code the fuzz
//! targets run (`fuzz/src/lib.rs`), so CI checks past fuzzer finds without needing the fuzzer.
//! An empty or missing folder passes.

#[path = "../fuzz/src/lib.rs"]
mod harness;

use std::path::{Path, PathBuf};

/// The files of `fuzz/regressions/<target>/` (but `.gitkeep` and other hidden files), sorted; none
/// if the folder is missing.
fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let Ok(listing) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = listing
        .map(|entry| entry.expect("readable regressions folder").path())
        .filter(|path| path.is_file() && !path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    paths.sort();
    paths
}

/// Runs `body` on every input of `target`, naming the file of the first that panics.
fn replay(target: &str, body: fn(&[u8])) {
    for path in inputs(target) {
        let data = std::fs::read(&path).expect("readable regression input");
        if std::panic::catch_unwind(|| body(&data)).is_err() {
            panic!("{target}: regression input {} panics", path.display());
        }
    }
}

#[test]
fn activity_parser_regressions() {
    replay("activity_parser", harness::activity_parser);
}

#[test]
fn lexicon_parser_regressions() {
    replay("lexicon_parser", harness::lexicon_parser);
}

#[test]
fn regex_timing_regressions() {
    replay("regex_timing", harness::regex_timing);
}

#[test]
fn harness_runs_on_the_examples() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for name in ["examples/brag.md", "examples/resume.txt"] {
        harness::activity_parser(&std::fs::read(root.join(name)).expect("example exists"));
    }
    let mut lexicon = std::fs::read(root.join("lexicon/pm.lex")).expect("pm.lex");
    lexicon.push(0);
    lexicon.extend(std::fs::read(root.join("lexicon/modifiers.rules")).expect("modifiers.rules"));
    harness::lexicon_parser(&lexicon);
    harness::lexicon_parser(b"%\n1\tpm\n2\tem\n%\nroadmap\t1\nmanag*\t1 2\n");
    // The two regexes, which took quadratic time.
    harness::regex_timing(b"coordinated (\\w+ )+teams\nteams coordinated coordinated");
    harness::regex_timing(b"(a )*a z|xba( a)*\na a a a z xba a a");
}
