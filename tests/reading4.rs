//! End-to-end tests of the fourth reading pass: a `role` nested in front matter is named, not
//! read, in YAML and TOML alike, and messages about front matter show the document's own marks.

use serde_json::Value;

mod common;
use common::{path_str, rolemap, temp_file};

/// The run's exit code, stdout and stderr.
fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let output = rolemap().args(args).output().expect("runs");
    (
        output.status.code(),
        String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    )
}

/// A `--format json` run on a file `name` holding `text`: the first document, stderr's
/// warnings and the file's path.
fn read(name: &str, text: &str) -> (Value, Vec<String>, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = temp_file(&dir, name, text.as_bytes());
    let (code, stdout, stderr) = run(&["--format", "json", path_str(&file)]);
    assert_eq!(code, Some(0), "{stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("JSON ({e}): {stdout}\n{stderr}"));
    let warnings = stderr
        .lines()
        .filter(|l| l.contains("warning"))
        .map(str::to_string)
        .collect();
    (report["documents"][0].clone(), warnings, path_str(&file).to_string())
}

#[test]
fn a_role_nested_in_front_matter_is_named_not_read_in_yaml_and_toml_alike() {
    for (name, text, under) in [
        (
            "hugo.md",
            "+++\n[params]\nrole = \"pm\"\n+++\n- Wrote the PRD\n",
            "the table `[params]`, so it is that field's, not the document's, and is not read (move it to the top level of the front matter, above `[params]`,",
        ),
        (
            "jekyll.md",
            "---\nparams:\n  role: pm\n---\n- Wrote the PRD\n",
            "`params:`, so it is that field's, not the document's, and is not read (move it to the top level of the front matter, unindented,",
        ),
    ] {
        let (document, warnings, file) = read(name, text);
        assert_eq!(document["expected"], Value::Null, "{name}");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].starts_with(&format!("rolemap: warning: {file}:3: "))
                && warnings[0].contains(&format!("sets no role: it is nested under {under}")),
            "{warnings:?}"
        );
    }
}

#[test]
fn messages_about_toml_front_matter_show_its_own_marks() {
    let (document, warnings, file) = read(
        "notes.md",
        "+++\ntitle = \"Review\"\n+++\n## Notes\nrole = \"pm\"\nWrote the PRD.\n",
    );
    assert_eq!(document["expected"], Value::Null);
    assert_eq!(
        warnings,
        [format!(
            "rolemap: warning: {file}:5: \"role = \\\"pm\\\"\" sets no role: front matter is read only at the top of a file, between two `+++` lines, so this line is read as text (move it there to check the document against that role)"
        )]
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = temp_file(&dir, "empty.md", b"+++\nrole = \"\"\n+++\n- Wrote the PRD\n");
    let (code, _, stderr) = run(&[path_str(&empty), "-q"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr
            .contains("empty.md:2: front matter role: has no value; write one role on its line, e.g. `role = \"EM\"`"),
        "{stderr}"
    );
}

#[test]
fn a_percent_pair_ending_a_word_closes_no_comment_opened_with_a_space() {
    let (document, warnings, file) = read(
        "obsidian.md",
        "- Ran the review %% ask Sam about 90%% target\n%%\nprivate: hit 90%% on the API\n%%\n- Wrote the PRD.\n%% ask Sam about 90%% target\n",
    );
    let texts: Vec<&str> = document["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| a["text"].as_str().expect("text"))
        .collect();
    assert_eq!(
        texts,
        [
            "Ran the review %% ask Sam about 90%% target",
            "Wrote the PRD.",
            "%% ask Sam about 90%% target"
        ]
    );
    assert_eq!(
        warnings,
        [format!(
            "rolemap: warning: {file}:6: an Obsidian comment (%%) opens here and never closes: its line was read as text"
        )]
    );
}

#[test]
fn a_command_name_after_double_dash_is_a_file_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A file named `eval` is read, not refused as a misplaced command.
    let output = rolemap()
        .current_dir(&dir)
        .args(["-q", "--", "eval"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("a command comes first"), "{stderr}");
    assert!(stderr.contains("eval"), "{stderr}");
    temp_file(&dir, "eval", b"- Ran the hiring loop\n");
    let output = rolemap()
        .current_dir(&dir)
        .args(["-q", "--format", "json", "--", "eval"])
        .output()
        .expect("runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Before `--` it is still a command in the wrong place.
    let (code, _, stderr) = run(&["-q", "eval", "--", "lab.tsv"]);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("`eval` is a command, and a command comes first"),
        "{stderr}"
    );
}
