//! End-to-end tests of the fourth reading pass: a `role` nested in front matter is named, not
//! read, in YAML and TOML alike, and messages about front matter show the document's own marks.

use serde_json::Value;

mod common;
use common::{activity_texts, path_str, rolemap, run_bytes, temp_file};

/// The run's exit code, stdout and stderr.
fn run(args: &[&str]) -> (Option<i32>, String, String) {
    run_bytes(args, None)
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
    let texts = activity_texts(&document);
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

/// The binary run by `sh` with `redirect` after its arguments (`>&-` closes standard output):
/// exit code and stderr.
#[cfg(unix)]
fn run_in_shell(args: &str, redirect: &str) -> (Option<i32>, String) {
    let script = format!("exec \"$0\" {args} {redirect}");
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_rolemap"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .output()
        .expect("runs");
    (
        output.status.code(),
        String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    )
}

#[cfg(unix)]
#[test]
fn a_closed_standard_output_is_an_error_and_dev_null_is_not() {
    for args in ["examples/brag.md", "examples/brag.md --format json", "lexicon list"] {
        let (code, stderr) = run_in_shell(args, ">&-");
        assert_eq!(code, Some(2), "{args}: {stderr}");
        assert_eq!(
            stderr, "rolemap: error: writing output: standard output is closed\n",
            "{args}"
        );
    }
    let (code, stderr) = run_in_shell("examples/brag.md", ">/dev/null");
    assert_eq!((code, stderr.as_str()), (Some(0), ""));
    // Output to a file needs no standard output.
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out.txt");
    let (code, stderr) = run_in_shell(&format!("examples/brag.md -O {}", out.display()), ">&-");
    assert_eq!((code, stderr.as_str()), (Some(0), ""));
}

#[cfg(unix)]
#[test]
fn a_closed_standard_input_is_an_error_and_dev_null_is_empty_input() {
    for args in ["", "-", "--format json"] {
        let (code, stderr) = run_in_shell(args, "<&-");
        assert_eq!(code, Some(2), "{args}: {stderr}");
        assert_eq!(stderr, "rolemap: error: <stdin>: standard input is closed\n", "{args}");
    }
    let (code, stderr) = run_in_shell("", "</dev/null >/dev/null");
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("<stdin>: no activities found"), "{stderr}");
}

#[test]
fn a_date_far_in_the_future_is_warned_about_and_one_past_reading_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = temp_file(
        &dir,
        "future.md",
        b"## 99999-01\n- Ran the hiring loop\n## 9999-12-31\n- Wrote the PRD\n## 9998-01\n- Ran the review\n",
    );
    let (code, stdout, stderr) = run(&["--format", "json", "--as-of", "2026-03-01", path_str(&file)]);
    assert_eq!(code, Some(0), "{stderr}");
    let name = path_str(&file);
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.contains("warning")).collect();
    assert_eq!(
        warnings,
        [
            format!(
                "rolemap: warning: {name}:1: heading \"99999-01\" looks like a date but rolemap cannot read it, so the lines under it are undated (write e.g. 2025-03-14, Mar 2025, Q1 2025 or Jan–Mar 2025)"
            ),
            format!(
                "rolemap: warning: {name}:3: the date 9999-12-31 starts more than 2 years after the --as-of day (2026-03-01): it is used as written (check its year; later such dates in this file are not named)"
            ),
        ]
    );
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    let dates: Vec<&Value> = report["documents"][0]["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| &a["date"])
        .collect();
    assert_eq!(
        dates,
        [&Value::Null, &Value::from("9999-12-31"), &Value::from("9998-01")]
    );
}

#[test]
fn an_email_replys_deeper_quote_is_no_wrap_of_the_bullet_above() {
    let (document, _, _) = read(
        "reply.md",
        "> - Shipped the billing migration across\n> four teams\n>> Can you write it up for the wiki\n> - Ran the hiring loop\n",
    );
    let texts = activity_texts(&document);
    assert_eq!(
        texts,
        [
            "Shipped the billing migration across four teams",
            "Can you write it up for the wiki",
            "Ran the hiring loop"
        ]
    );
}

#[test]
fn weekly_and_paired_headings_without_their_year_take_the_year_above() {
    let text = "# 2025\n## Feb 17–21\n- Wrote the PRD\n## Week of Mar 3\n- Ran the hiring loop\n\
                ## Jan/Feb 2025\n- Led the migration plan\n## Jan & Feb\n- Set OKRs\n\
                ## Mar 30 - Apr 3\n- Coached two leads\n## Jan/Mar\n- Ran the offsite\n";
    let (document, warnings, path) = read("weeks.md", text);
    let dates: Vec<&str> = document["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| a["date"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(
        dates,
        [
            "2025-02-17/2025-02-21",
            "2025-03-03/2025-03-09",
            "2025-01/2025-02",
            "2025-01/2025-02",
            "2025-03-30/2025-04-03",
            // Two months apart: not the months between; the heading is named.
            "2025",
        ]
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains(&format!("{path}:12: heading \"Jan/Mar\" looks like a date")),
        "{warnings:?}"
    );
}
