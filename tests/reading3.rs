//! End-to-end tests of the third reading pass: spreadsheet flags on text inputs are named, not
//! ignored; TOML front matter sets the role; `%%`, `:Q3:`, `== Q2 ==` and `Results::` in plain
//! lists are read as the text they are; a folder reads org-mode, AsciiDoc and
//! reStructuredText files and leaves editor backups and system files out; standard input is
//! `<stdin>` everywhere.

use serde_json::Value;

mod common;
use common::{path_str, run_bytes, temp_file};

/// The run's exit code, stdout and stderr.
fn run(args: &[&str], stdin: Option<&str>) -> (Option<i32>, String, String) {
    run_bytes(args, stdin.map(str::as_bytes))
}

/// The first document of a `--format json` run on `text` from standard input, and stderr.
fn json_of(text: &str) -> (Value, String) {
    let (code, stdout, stderr) = run(&["--format", "json", "-"], Some(text));
    assert_eq!(code, Some(0), "{stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("JSON ({e}): {stdout}\n{stderr}"));
    (report["documents"][0].clone(), stderr)
}

/// The activities' lines, texts and dates (`-` for none).
fn activities(document: &Value) -> Vec<(u64, String, String)> {
    document["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| {
            (
                a["line"].as_u64().expect("line"),
                a["text"].as_str().expect("text").to_string(),
                a["date"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect()
}

#[test]
fn spreadsheet_flags_on_a_text_file_are_named_not_ignored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let notes = temp_file(&dir, "notes.md", b"- Ran the hiring loop\n");
    let sheet = temp_file(&dir, "reviews.csv", b"answer,on\nWrote the PRD,2025-03-14\n");
    let (code, _, stderr) = run(
        &[
            path_str(&notes),
            path_str(&sheet),
            "--column",
            "answer",
            "--date-column",
            "on",
        ],
        None,
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stderr,
        format!(
            "rolemap: warning: {}: --column and --date-column apply to CSV/TSV files; read as text\n",
            notes.display()
        )
    );
    // No spreadsheet at all: still read, still said.
    let (code, stdout, stderr) = run(&[path_str(&notes), "--column", "answer"], None);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("1 activity"), "{stdout}");
    assert_eq!(
        stderr,
        format!(
            "rolemap: warning: {}: --column applies to CSV/TSV files; read as text\n",
            notes.display()
        )
    );
    // A folder's text files are counted in one warning naming the folder.
    let (code, _, stderr) = run(&[path_str(dir.path()), "--column", "answer"], None);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stderr,
        format!(
            "rolemap: warning: {}: --column applies to CSV/TSV files; its 1 text file is read as text\n",
            dir.path().display()
        )
    );
}

#[test]
fn standard_input_under_column_is_a_spreadsheet_and_named_stdin() {
    let (code, stdout, stderr) = run(
        &["--column", "answer", "--format", "json"],
        Some("answer,who\nRan the hiring loop,Kim\n"),
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr, "");
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(report["documents"][0]["source"], "<stdin>");
    assert_eq!(report["documents"][0]["totals"]["activities"], 1);
    // Prose on standard input under --column is refused, naming it as every message does.
    let (code, _, stderr) = run(&["--column", "answer"], Some("- Ran the hiring loop\n"));
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.starts_with("rolemap: error: <stdin>: no column \"answer\": the first line has no"),
        "{stderr}"
    );
    // The report names it as the warnings do.
    let (document, stderr) = json_of("```\n- Ran the hiring loop\n");
    assert_eq!(document["source"], "<stdin>");
    assert!(
        stderr.starts_with("rolemap: warning: <stdin>:1: a code fence"),
        "{stderr}"
    );
}

#[test]
fn toml_front_matter_sets_the_role_checked() {
    let (document, stderr) =
        json_of("+++\ntitle = \"Review 2025\"\nrole = \"em\"\n+++\n- Ran the hiring loop\n- Coached two managers\n");
    assert_eq!(document["expected"], "EM", "{stderr}");
    assert_eq!(document["check"], "pass");
    assert_eq!(document["totals"]["skipped"], 4);
    // As with YAML's, the check is run: one that fails exits 1, and a role it cannot read is
    // refused.
    let (code, _, stderr) = run(&["-"], Some("+++\nrole = \"pm\"\n+++\n- Ran the hiring loop\n"));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("<stdin>: expected PM, reads like EM"), "{stderr}");
    let (code, _, stderr) = run(&["-"], Some("+++\nrole = \"astronaut\"\n+++\n- Ran the hiring loop\n"));
    assert_eq!(code, Some(2));
    assert!(
        stderr.starts_with("rolemap: error: <stdin>:2: front matter role: unknown role \"astronaut\""),
        "{stderr}"
    );
}

#[test]
fn percent_pairs_drawer_like_lines_wiki_headings_and_capitalised_keys_are_text() {
    let (document, stderr) = json_of(concat!(
        "- Hit 90%% on the API\n",
        "- Ran the hiring loop.\n",
        "\n",
        ":Q3:\n",
        "- Wrote the PRD.\n",
        "\n",
        "Results:: grew ARR 3x\n",
        "\n",
        "== Q2 2025 ==\n",
        ":tada: Launched the pricing page\n",
    ));
    assert_eq!(
        activities(&document),
        [
            (1, "Hit 90%% on the API".to_string(), "-".to_string()),
            (2, "Ran the hiring loop.".to_string(), "-".to_string()),
            (4, ":Q3:".to_string(), "-".to_string()),
            (5, "Wrote the PRD.".to_string(), "-".to_string()),
            (7, "Results:: grew ARR 3x".to_string(), "-".to_string()),
            (
                10,
                ":tada: Launched the pricing page".to_string(),
                "2025-Q2".to_string()
            ),
        ]
    );
    assert_eq!(stderr, "");
    // A `%%` comment that never closes is read as text, with a warning.
    let (document, stderr) = json_of("- Ran the hiring loop\n%% draft\n- Wrote the PRD\n");
    // Read, none skipped: `%% draft` continues the bullet above it, as any such line would.
    assert_eq!(document["totals"]["skipped"], 0, "{stderr}");
    assert_eq!(document["totals"]["activities"], 2, "{stderr}");
    assert_eq!(
        stderr,
        "rolemap: warning: <stdin>:2: an Obsidian comment (%%) opens here and never closes: its 2 lines were read as text\n"
    );
}

#[test]
fn a_folder_reads_org_asciidoc_and_rst_and_leaves_out_backups() {
    let dir = tempfile::tempdir().expect("temp dir");
    temp_file(&dir, "a.org", b"* 2025\n- Ran the hiring loop\n");
    temp_file(&dir, "b.adoc", b"= Brag\n- Wrote the PRD\n");
    temp_file(&dir, "c.rst", b"- Ran the program review\n");
    temp_file(&dir, "a.org~", b"- old\n");
    temp_file(&dir, "c.rst.swp", b"x");
    temp_file(&dir, "Thumbs.db", b"x");
    temp_file(&dir, "desktop.ini", b"x");
    temp_file(&dir, ".DS_Store", b"x");
    let (code, stdout, stderr) = run(&[path_str(dir.path()), "--format", "json"], None);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr, "");
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    let sources: Vec<String> = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| {
            d["source"]
                .as_str()
                .expect("source")
                .replace(&dir.path().display().to_string(), "")
        })
        .collect();
    assert_eq!(sources, ["/a.org", "/b.adoc", "/c.rst"]);
}
