//! End-to-end tests of the batch, role-check, time-window, energy, output-format, spreadsheet,
//! LIWC, shell-integration and colour workflows of the rolemap binary.

use predicates::prelude::*;
use serde_json::Value;

mod common;
use common::{path_str, rolemap, temp_file};

const FIXTURES: &str = "tests/data/workflows";
const TEAM: &str = "examples/team";
const FORMATS: [&str; 5] = ["table", "json", "jsonl", "csv", "markdown"];
/// Reads as a PM/EM hybrid: one PM line, one EM line, so PM leads on the tie with EM runner-up.
/// One PM and one EM activity: equal shares, the PM line with more points, so PM leads a hybrid.
const HYBRID: &str = "- Wrote the PRD and the roadmap for checkout\n- Hired two engineers\n";

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

/// Runs rolemap with `--format json`, checks the exit code and parses stdout.
fn json_with_code(args: &[&str], stdin: Option<&str>, code: i32) -> Value {
    let mut cmd = rolemap();
    cmd.args(args).args(["--format", "json"]);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    let output = cmd.assert().code(code).get_output().stdout.clone();
    serde_json::from_slice(&output).expect("stdout is one JSON value")
}

fn json_of(args: &[&str], stdin: Option<&str>) -> Value {
    json_with_code(args, stdin, 0)
}

/// Runs rolemap, checks the exit code, returns (stdout, stderr).
fn run(args: &[&str], stdin: Option<&str>, code: i32) -> (String, String) {
    let mut cmd = rolemap();
    cmd.args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    let assert = cmd.assert().code(code);
    let output = assert.get_output();
    (
        String::from_utf8(output.stdout.clone()).expect("UTF-8 stdout"),
        String::from_utf8(output.stderr.clone()).expect("UTF-8 stderr"),
    )
}

fn documents(report: &Value) -> &Vec<Value> {
    report["documents"].as_array().expect("documents array")
}

fn sources(report: &Value) -> Vec<String> {
    documents(report)
        .iter()
        .map(|d| d["source"].as_str().expect("source").to_string())
        .collect()
}

fn document<'a>(report: &'a Value, source: &str) -> &'a Value {
    documents(report)
        .iter()
        .find(|d| d["source"] == source)
        .unwrap_or_else(|| panic!("no document {source} in {:?}", sources(report)))
}

fn activities(document: &Value) -> &Vec<Value> {
    document["activities"].as_array().expect("activities array")
}

/// The activity whose text is `text`.
fn activity<'a>(document: &'a Value, text: &str) -> &'a Value {
    activities(document)
        .iter()
        .find(|a| a["text"] == text)
        .unwrap_or_else(|| panic!("no activity {text:?} in {}", document["source"]))
}

fn role<'a>(document: &'a Value, label: &str) -> &'a Value {
    document["roles"]
        .as_array()
        .expect("roles array")
        .iter()
        .find(|r| r["role"] == label)
        .unwrap_or_else(|| panic!("no role {label}"))
}

fn total(document: &Value, key: &str) -> u64 {
    document["totals"][key]
        .as_u64()
        .unwrap_or_else(|| panic!("totals.{key}"))
}

fn assert_totals_add_up(document: &Value) {
    let source = &document["source"];
    assert_eq!(
        total(document, "lines"),
        total(document, "activities") + total(document, "continuations") + total(document, "skipped"),
        "{source}: lines"
    );
    assert_eq!(
        total(document, "activities"),
        total(document, "matched") + total(document, "unmatched") + total(document, "excluded"),
        "{source}: activities"
    );
    assert_eq!(
        total(document, "activities"),
        activities(document).len() as u64,
        "{source}: every activity listed"
    );
    let excluded = activities(document).iter().filter(|a| a["in_window"] == false).count();
    assert_eq!(total(document, "excluded"), excluded as u64, "{source}: excluded");
}

/// The cells of the table row whose first cell is `first` (box-drawing table). A cell wrapped
/// onto more lines is joined back: a line whose second cell is empty continues the row above.
fn table_row(table: &str, first: &str) -> Vec<String> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for line in table.lines().filter(|l| l.starts_with('│')) {
        let cells: Vec<String> = line
            .trim_matches(|c: char| c == '│' || c.is_whitespace())
            .split('┆')
            .map(|cell| cell.trim().to_string())
            .collect();
        match rows.last_mut() {
            Some(row) if cells.get(1).is_some_and(String::is_empty) && row.len() == cells.len() => {
                for (cell, more) in row.iter_mut().zip(cells) {
                    if !more.is_empty() {
                        cell.push(' ');
                        cell.push_str(&more);
                    }
                }
            }
            _ => rows.push(cells),
        }
    }
    rows.into_iter()
        .find(|cells| cells.first().is_some_and(|c| c == first))
        .unwrap_or_else(|| panic!("no row {first:?} in\n{table}"))
}

fn percent(fraction: &Value) -> String {
    format!("{:.1}%", fraction.as_f64().expect("a number") * 100.0)
}

fn failed_sources(stderr: &str) -> Vec<String> {
    let mut failed: Vec<String> = stderr
        .lines()
        .filter_map(|line| line.strip_prefix("rolemap: check failed: "))
        .map(|rest| rest.split(": ").next().expect("a source"))
        // `source (name)`: the source alone.
        .map(|source| source.split(" (").next().unwrap_or(source).to_string())
        .collect();
    failed.sort();
    failed
}

/// A copy of the built-in lexicon folder plus an `ic.lex` category.
fn lexicon_with_ic() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for entry in std::fs::read_dir("lexicon").expect("lexicon folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "lex" || e == "rules") {
            let name = path.file_name().expect("name");
            std::fs::copy(&path, dir.path().join(name)).expect("copy lexicon file");
        }
    }
    temp_file(
        dir.path(),
        "ic.lex",
        b"@name Individual Contributor\n@question build\n@label IC\nrefactor* = 2\n",
    );
    dir
}

// ------------------------------------------------------------------------------------------------
// Batch

#[test]
fn a_folder_is_walked_recursively_in_sorted_order_skipping_hidden_files_and_other_extensions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    temp_file(root, "b.md", b"- Wrote the PRD for checkout\n");
    temp_file(root, "a.txt", b"- Hired two engineers and ran weekly 1:1s\n");
    temp_file(
        root,
        "sub/c.markdown",
        b"- Tracked the critical path across four teams\n",
    );
    temp_file(root, ".secret.md", b"- Wrote the PRD\n");
    temp_file(root, ".hidden/d.md", b"- Wrote the PRD\n");
    // (A .rst file is read since org-mode, AsciiDoc and reStructuredText are: see reading3.rs.)
    temp_file(root, "notes.docx", b"- Wrote the PRD\n");
    temp_file(root, "data.csv", b"answer\nWrote the PRD\n");
    let report = json_of(&[path_str(root)], None);
    let root = path_str(root);
    assert_eq!(
        sources(&report),
        [
            format!("{root}/a.txt"),
            format!("{root}/b.md"),
            format!("{root}/sub/c.markdown")
        ]
    );
    let verdicts: Vec<&Value> = documents(&report).iter().map(|d| &d["verdict"]["role"]).collect();
    assert_eq!(verdicts, ["EM", "PM", "TPM"]);
    for document in documents(&report) {
        assert_totals_add_up(document);
    }
    assert_eq!(report["summary"]["documents"], 3);
    // Only walking skips hidden files: one named explicitly is read.
    let hidden = format!("{root}/.secret.md");
    assert_eq!(sources(&json_of(&[&hidden], None)), [hidden.as_str()]);
}

#[test]
fn files_and_folders_give_one_document_per_file_named_by_its_path() {
    let report = json_with_code(&["examples/resume.txt", TEAM, "examples/brag.md"], None, 1);
    assert_eq!(
        sources(&report),
        [
            "examples/resume.txt",
            "examples/team/alex-em.md",
            "examples/team/casey-tpm.md",
            "examples/team/jordan-em.md",
            "examples/team/priya-pm.md",
            "examples/team/sam-tpm.md",
            "examples/brag.md",
        ]
    );
    let summed: u64 = documents(&report).iter().map(|d| total(d, "activities")).sum();
    assert_eq!(report["summary"]["totals"]["activities"].as_u64(), Some(summed));
    assert_eq!(report["summary"]["documents"], 7);
}

#[test]
fn a_binary_file_in_a_folder_is_skipped_with_a_note_but_refused_when_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = temp_file(dir.path(), "good.md", b"- Wrote the PRD for checkout\n");
    let binary = temp_file(dir.path(), "image.md", b"\x7fDATA\r\n\x1a\n\0\0\0\rIHDR");

    let (stdout, stderr) = run(&[path_str(dir.path()), "--format", "json"], None, 0);
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(sources(&report), [path_str(&good)]);
    assert!(stderr.contains("note"), "{stderr}");
    assert!(stderr.contains(&format!("skipped {}", path_str(&binary))), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    rolemap()
        .arg(path_str(&binary))
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("image.md: looks like a binary file"));
    // Named explicitly next to the folder that holds it, it still fails the run.
    let (_, stderr) = run(&[path_str(dir.path()), path_str(&binary)], None, 2);
    assert!(stderr.contains("looks like a binary file"), "{stderr}");
}

#[test]
fn a_folder_whose_only_text_file_is_binary_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    temp_file(dir.path(), "image.md", b"\x7fDATA\r\n\x1a\n\0\0\0\rIHDR");
    // Like a folder without any .txt/.md/.markdown file: nothing to read is an input error, and
    // a role check must not pass on zero documents.
    rolemap().arg(path_str(dir.path())).assert().code(2);
    rolemap()
        .args([path_str(dir.path()), "--expect", "pm"])
        .assert()
        .code(2);
}

#[test]
fn the_multi_document_table_has_a_row_per_document_and_a_total_row_that_agree_with_json() {
    let report = json_with_code(&[TEAM], None, 1);
    let (table, _) = run(&[TEAM], None, 1);
    let header = table_row(&table, "document");
    for column in ["activities", "PM %", "EM %", "TPM %", "verdict", "hybrid"] {
        assert!(header.iter().any(|h| h == column), "{column} in {header:?}");
    }
    let at = |name: &str| header.iter().position(|h| h == name).expect("column");
    for document in documents(&report) {
        let label = format!(
            "{} ({})",
            document["source"].as_str().expect("source"),
            document["name"].as_str().expect("front matter names each review")
        );
        let row = table_row(&table, &label);
        assert_eq!(row[at("activities")], total(document, "activities").to_string());
        for label in ["PM", "EM", "TPM"] {
            assert_eq!(row[at(&format!("{label} %"))], percent(&role(document, label)["share"]));
        }
        assert_eq!(row[at("verdict")], document["verdict"]["role"].as_str().expect("role"));
        let hybrid = if document["verdict"]["hybrid"] == true {
            "yes"
        } else {
            "no"
        };
        assert!(row[at("hybrid")].starts_with(hybrid), "{row:?}");
    }
    let total_row = table_row(&table, "total (5 documents)");
    assert_eq!(total_row[at("activities")], "40");
    assert_eq!(total_row[at("PM %")], percent(&role(&report["summary"], "PM")["share"]));
    assert_eq!(
        total_row[at("verdict")],
        report["summary"]["verdict"]["role"].as_str().expect("role")
    );
    assert!(table.contains("all 5 documents — verdict: "), "{table}");
}

#[test]
fn explain_and_json_keep_every_documents_detail() {
    let args = ["examples/team/alex-em.md", "examples/team/sam-tpm.md"];
    let (table, _) = run(&[args[0], args[1], "--explain"], None, 0);
    let report = json_of(&args, None);
    assert_eq!(documents(&report).len(), 2);
    for document in documents(&report) {
        let source = document["source"].as_str().expect("source");
        let name = document["name"].as_str().expect("name");
        assert!(
            table.contains(&format!("{source} ({name}): 8 activities")),
            "{source} heading in\n{table}"
        );
        assert_eq!(activities(document).len(), 8, "{source}");
        for activity in activities(document) {
            assert!(activity["scores"].is_object() && activity["matches"].is_array());
            // The explain table may wrap long text, so look for its first words.
            let text = activity["text"].as_str().expect("text");
            let start: String = text.split(' ').take(3).collect::<Vec<_>>().join(" ");
            assert!(table.contains(&start), "{start:?} in explain output");
        }
    }
    assert!(table.contains("total (2 documents)"), "{table}");
}

#[test]
fn a_custom_category_adds_a_column_to_the_batch_outputs() {
    let lexicon = lexicon_with_ic();
    let docs = tempfile::tempdir().expect("temp dir");
    let ic = temp_file(docs.path(), "ic.md", b"- Refactored the parser\n");
    let pm = temp_file(docs.path(), "pm.md", b"- Wrote the PRD for checkout\n");
    let args = ["--lexicon", path_str(lexicon.path()), path_str(&ic), path_str(&pm)];

    let (table, _) = run(&args, None, 0);
    let header = table_row(&table, "document");
    let at = |name: &str| header.iter().position(|h| h == name).expect("column");
    assert!(
        at("IC %") > at("activities") && at("IC %") < at("verdict"),
        "{header:?}"
    );
    assert_eq!(table_row(&table, path_str(&ic))[at("IC %")], "100.0%");
    assert_eq!(table_row(&table, path_str(&ic))[at("verdict")], "IC");
    assert_eq!(table_row(&table, path_str(&pm))[at("IC %")], "0.0%");

    let (csv_text, _) = run(&[&args[..], &["--format", "csv"]].concat(), None, 0);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().expect("header").clone();
    assert!(headers.iter().any(|h| h == "IC_share"), "{headers:?}");

    let report = json_of(&args, None);
    assert_eq!(document(&report, path_str(&ic))["verdict"]["role"], "IC");
    assert_eq!(role(&report["summary"], "IC")["activities"], 1);
}

// ------------------------------------------------------------------------------------------------
// Role checks

#[test]
fn expect_lists_the_failing_documents_and_exits_1_in_every_format() {
    for format in FORMATS {
        let (stdout, stderr) = run(&[TEAM, "--expect", "TPM", "--format", format], None, 1);
        assert!(!stdout.is_empty(), "{format}: output still printed");
        assert_eq!(
            failed_sources(&stderr),
            [
                "examples/team/alex-em.md",
                "examples/team/casey-tpm.md",
                "examples/team/jordan-em.md",
                "examples/team/priya-pm.md"
            ],
            "{format}: {stderr}"
        );
        assert!(
            stderr.contains("check failed: examples/team/alex-em.md (Alex Moreno): expected TPM, reads like EM"),
            "{format}: {stderr}"
        );
        assert!(!stderr.contains("sam-tpm"), "{format}: {stderr}");
    }
}

#[test]
fn expect_in_any_letter_case_passes_with_exit_0_in_every_format() {
    let spellings = ["em", "EM", "eM", "Em", "em"];
    for (format, spelling) in FORMATS.into_iter().zip(spellings) {
        let (stdout, stderr) = run(
            &[
                "examples/team/alex-em.md",
                "examples/team/jordan-em.md",
                "--expect",
                spelling,
                "--format",
                format,
            ],
            None,
            0,
        );
        assert!(!stdout.is_empty(), "{format}");
        assert!(!stderr.contains("check failed"), "{format} {spelling}: {stderr}");
    }
    let report = json_of(&["examples/team/alex-em.md", "--expect", "eM"], None);
    assert_eq!(documents(&report)[0]["expected"], "EM");
    assert_eq!(documents(&report)[0]["check"], "pass");
}

#[test]
fn front_matter_roles_are_checked_without_a_flag() {
    let (_, stderr) = run(&[TEAM], None, 1);
    assert_eq!(failed_sources(&stderr), ["examples/team/casey-tpm.md"], "{stderr}");
    assert!(stderr.contains("expected TPM, reads like PM"), "{stderr}");
    let report = json_with_code(&[TEAM], None, 1);
    let expected = [
        ("examples/team/alex-em.md", "EM", "pass"),
        ("examples/team/casey-tpm.md", "TPM", "fail"),
        ("examples/team/jordan-em.md", "EM", "pass"),
        ("examples/team/priya-pm.md", "PM", "pass"),
        ("examples/team/sam-tpm.md", "TPM", "pass"),
    ];
    for (source, role, check) in expected {
        let d = document(&report, source);
        assert_eq!(
            (&d["expected"], &d["check"]),
            (&Value::from(role), &Value::from(check)),
            "{source}"
        );
    }
    assert_eq!(report["summary"]["passed"], 4);
    assert_eq!(report["summary"]["failed"], 1);

    // Front matter in any letter case, on standard input, in a file without a heading.
    let report = json_with_code(
        &["-"],
        Some("---\nname: Kim\nrole: Tpm\n---\n- Wrote the PRD for checkout\n"),
        1,
    );
    assert_eq!(documents(&report)[0]["expected"], "TPM");
    assert_eq!(documents(&report)[0]["check"], "fail");
    let report = json_of(&["-"], Some("---\nrole: pm\n---\n- Wrote the PRD for checkout\n"));
    assert_eq!(documents(&report)[0]["check"], "pass");
}

#[test]
fn expect_overrides_the_front_matter_role() {
    let report = json_of(&["examples/team/casey-tpm.md", "--expect", "pm"], None);
    let casey = &documents(&report)[0];
    assert_eq!(
        (&casey["expected"], &casey["check"]),
        (&Value::from("PM"), &Value::from("pass"))
    );
    let (_, stderr) = run(&["examples/team/casey-tpm.md", "--expect", "pm"], None, 0);
    assert!(!stderr.contains("check failed"), "{stderr}");

    let (_, stderr) = run(&["examples/team/alex-em.md", "--expect", "pm"], None, 1);
    assert_eq!(failed_sources(&stderr), ["examples/team/alex-em.md"]);
    assert!(stderr.contains("expected PM, reads like EM"), "{stderr}");
}

#[test]
fn without_an_expected_role_check_is_null_and_the_exit_is_0() {
    let report = json_of(&["-"], Some(HYBRID));
    let d = &documents(&report)[0];
    assert_eq!((&d["expected"], &d["check"]), (&Value::Null, &Value::Null));
    assert_eq!(report["summary"]["passed"], 0);
    assert_eq!(report["summary"]["failed"], 0);
}

#[test]
fn allow_hybrid_passes_a_hybrid_whose_runner_up_is_the_expected_role() {
    let report = json_of(&["-"], Some(HYBRID));
    let verdict = &documents(&report)[0]["verdict"];
    assert_eq!(
        (&verdict["role"], &verdict["hybrid"], &verdict["runner_up"]),
        (&Value::from("PM"), &Value::from(true), &Value::from("EM"))
    );

    let (_, stderr) = run(&["-", "--expect", "em"], Some(HYBRID), 1);
    assert!(
        stderr.contains("check failed: <stdin>: expected EM, reads like PM (hybrid with EM)"),
        "{stderr}"
    );
    let report = json_of(&["-", "--expect", "em", "--allow-hybrid"], Some(HYBRID));
    assert_eq!(documents(&report)[0]["check"], "pass");
    run(&["-", "--expect", "em", "--allow-hybrid"], Some(HYBRID), 0);
    // The leader passes either way; a role that is neither leader nor runner-up never does.
    run(&["-", "--expect", "pm"], Some(HYBRID), 0);
    run(&["-", "--expect", "pm", "--allow-hybrid"], Some(HYBRID), 0);
    run(&["-", "--expect", "tpm", "--allow-hybrid"], Some(HYBRID), 1);
    // A clear (non-hybrid) leader does not let its runner-up pass: Casey reads PM, runner-up EM.
    let report = json_with_code(
        &["examples/team/casey-tpm.md", "--expect", "em", "--allow-hybrid"],
        None,
        1,
    );
    let casey = &documents(&report)[0];
    assert_eq!(
        (&casey["verdict"]["hybrid"], &casey["verdict"]["runner_up"]),
        (&Value::from(false), &Value::from("EM"))
    );
    assert_eq!(casey["check"], "fail");
    // Front-matter checks honour --allow-hybrid too.
    let with_front_matter = format!("---\nrole: em\n---\n{HYBRID}");
    run(&["-"], Some(&with_front_matter), 1);
    run(&["-", "--allow-hybrid"], Some(&with_front_matter), 0);
}

#[test]
fn an_unknown_expected_role_is_a_usage_error() {
    let (stdout, stderr) = run(&[TEAM, "--expect", "cto"], None, 2);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("cto"), "{stderr}");
    assert!(stderr.contains("PM, EM, TPM"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

// ------------------------------------------------------------------------------------------------
// Time window

#[test]
fn headings_and_leading_dates_date_every_activity() {
    let report = json_of(&[&fixture("dated.md")], None);
    let d = &documents(&report)[0];
    let expected = [
        ("Wrote the PRD for saved searches, no date yet", Value::Null),
        ("Hired two backend engineers", "2024".into()),
        ("Tracked the critical path across four teams", "2025-H1".into()),
        ("Wrote the PRD for checkout", "2025-03".into()),
        ("Ran weekly 1:1s with my six reports", "2025-03-14".into()),
        ("Mapped dependencies across four teams", "2025-06-30".into()),
        ("Wrote the PRD for reminders", "2025-07-02".into()),
        ("Defined success metrics for onboarding", "2025-03".into()),
        (
            "Coached two engineers through their first on-call rotation",
            "2025-03".into(),
        ),
        ("Wrote the PRD for billing", "2025-Q3".into()),
        (
            "Ran the migration across four teams and tracked the critical path",
            "2025-Q3".into(),
        ),
        // Under `### Checkout team`, a lower heading without a date: `## Q3 2025` still applies.
        ("Hired three engineers for checkout", "2025-Q3".into()),
        ("Wrote the PRD for alerts", "2025".into()),
        // `## Notes without a date` closes `## 2025`.
        ("Went to lunch with the team", Value::Null),
    ];
    assert_eq!(activities(d).len(), expected.len());
    for (text, date) in expected {
        let a = activity(d, text);
        assert_eq!(a["date"], date, "{text}");
        assert_eq!(a["in_window"], true, "{text}");
        assert_eq!(a["excluded_by"], Value::Null, "{text}");
    }
    assert_eq!(total(d, "undated"), 2);
    assert_eq!(total(d, "excluded"), 0);
    assert_eq!(report["window"], Value::Null);
    assert_totals_add_up(d);
}

#[test]
fn a_heading_date_applies_until_the_next_heading_of_the_same_or_higher_level() {
    let text = "\
## 2025-03
- Wrote the PRD for search
### Checkout team
- Hired two engineers
## Other things
- Ran weekly 1:1s with my reports
# 2024
- Wrote the PRD for billing
## Notes
- Tracked the critical path across four teams
### 2023-05
- Mapped dependencies across four teams
#### Deeper
- Wrote the PRD for alerts
### Later
- Wrote the PRD for maps
";
    let report = json_of(&["-"], Some(text));
    let d = &documents(&report)[0];
    let dates: Vec<&Value> = activities(d).iter().map(|a| &a["date"]).collect();
    assert_eq!(
        dates,
        [
            &Value::from("2025-03"),
            &Value::from("2025-03"),
            &Value::Null,
            &Value::from("2024"),
            &Value::from("2024"),
            &Value::from("2023-05"),
            &Value::from("2023-05"),
            &Value::from("2024"),
        ]
    );
}

#[test]
fn a_month_name_in_a_heading_must_be_a_whole_month_word() {
    let text = "## Marketing 2025\n- Wrote the PRD for checkout\n## Decisions 2024\n- Hired two engineers\n";
    let report = json_of(&["-"], Some(text));
    let d = &documents(&report)[0];
    // Not `March 2025` / `December 2024`: the headings only name a year.
    assert_eq!(activity(d, "Wrote the PRD for checkout")["date"], "2025");
    assert_eq!(activity(d, "Hired two engineers")["date"], "2024");
    // So a window starting in June keeps the 2025 activity.
    let report = json_of(&["-", "--since", "2025-06", "--as-of", "2025-12-31"], Some(text));
    let d = &documents(&report)[0];
    assert_eq!(activity(d, "Wrote the PRD for checkout")["in_window"], true);
}

#[test]
fn since_keeps_activities_whose_period_overlaps_the_window_and_undated_ones() {
    let report = json_of(
        &[&fixture("dated.md"), "--since", "2025-06", "--as-of", "2025-12-31"],
        None,
    );
    assert_eq!(report["window"]["since"], "2025-06-01");
    assert_eq!(report["window"]["until"], "2025-12-31");
    assert_eq!(report["window"]["dated_only"], false);
    let d = &documents(&report)[0];
    let outside = [
        "Hired two backend engineers",
        "Wrote the PRD for checkout",
        "Ran weekly 1:1s with my six reports",
        "Defined success metrics for onboarding",
        "Coached two engineers through their first on-call rotation",
    ];
    for a in activities(d) {
        let text = a["text"].as_str().expect("text");
        if outside.contains(&text) {
            assert_eq!(
                (&a["in_window"], &a["excluded_by"]),
                (&Value::from(false), &Value::from("outside_window")),
                "{text}"
            );
        } else {
            // H1 2025 overlaps June; Q3 and the year 2025 overlap too; undated ones are kept.
            assert_eq!(
                (&a["in_window"], &a["excluded_by"]),
                (&Value::from(true), &Value::Null),
                "{text}"
            );
        }
    }
    assert_eq!(total(d, "excluded"), 5);
    assert_eq!(total(d, "undated"), 2);
    assert_eq!(total(d, "unmatched"), 1);
    assert_eq!(total(d, "matched"), 8);
    assert_totals_add_up(d);

    // A day window: 2025-06-30 is outside, 2025-07-02 inside, Q3 and 2025 overlap it.
    let report = json_of(
        &[&fixture("dated.md"), "--since", "2025-07-01", "--as-of", "2025-07-05"],
        None,
    );
    let d = &documents(&report)[0];
    assert_eq!(activity(d, "Mapped dependencies across four teams")["in_window"], false);
    assert_eq!(activity(d, "Wrote the PRD for reminders")["in_window"], true);
    assert_eq!(activity(d, "Wrote the PRD for billing")["in_window"], true);
    assert_eq!(activity(d, "Wrote the PRD for alerts")["in_window"], true);
    assert_eq!(
        activity(d, "Tracked the critical path across four teams")["in_window"],
        false
    );
}

#[test]
fn excluded_activities_take_no_part_in_the_scores() {
    let text =
        "## 2024\n- Wrote the PRD and the roadmap for search\n- Went to lunch\n## 2025-08\n- Hired two engineers\n";
    let all = json_of(&["-"], Some(text));
    let d = &documents(&all)[0];
    assert_eq!(d["verdict"]["role"], "PM");
    assert_eq!(d["verdict"]["hybrid"], true);

    let report = json_of(&["-", "--since", "2025-01", "--as-of", "2025-12-31"], Some(text));
    let d = &documents(&report)[0];
    assert_eq!(d["verdict"]["role"], "EM");
    assert_eq!(d["verdict"]["runner_up"], Value::Null);
    assert_eq!(role(d, "PM")["share"], 0.0);
    assert_eq!(role(d, "PM")["activities"], 0);
    assert_eq!(role(d, "PM")["score"], 0.0);
    assert_eq!(role(d, "EM")["share"], 1.0);
    // The excluded unmatched line counts as excluded, not unmatched.
    assert_eq!(
        (total(d, "matched"), total(d, "unmatched"), total(d, "excluded")),
        (1, 0, 2)
    );
    // Excluded activities are still listed, classified, with their date.
    let search = activity(d, "Wrote the PRD and the roadmap for search");
    assert_eq!(search["date"], "2024");
    assert_eq!(search["excluded_by"], "outside_window");
    assert_totals_add_up(d);
}

#[test]
fn months_count_back_from_as_of_and_the_table_states_the_window() {
    let args = [&fixture("dated.md") as &str, "--months", "12", "--as-of", "2026-09-30"];
    let (table, _) = run(&args, None, 0);
    assert!(table.contains("window: 2025-10-01 to 2026-09-30"), "{table}");
    assert!(table.contains("2 undated activities kept"), "{table}");
    let report = json_of(&args, None);
    assert_eq!(report["window"]["since"], "2025-10-01");
    assert_eq!(report["window"]["until"], "2026-09-30");
    let d = &documents(&report)[0];
    // Only the year 2025 overlaps, plus the two undated lines.
    let kept: Vec<&str> = activities(d)
        .iter()
        .filter(|a| a["in_window"] == true)
        .map(|a| a["text"].as_str().expect("text"))
        .collect();
    assert_eq!(
        kept,
        [
            "Wrote the PRD for saved searches, no date yet",
            "Wrote the PRD for alerts",
            "Went to lunch with the team"
        ]
    );
    assert_eq!(total(d, "excluded"), 11);

    let (table, _) = run(
        &[&fixture("dated.md"), "--months", "3", "--as-of", "2025-09-30"],
        None,
        0,
    );
    assert!(table.contains("window: 2025-07-01 to 2025-09-30"), "{table}");
    // Other formats carry the window too.
    let (markdown, _) = run(&[&args[..], &["--format", "markdown"]].concat(), None, 0);
    assert!(markdown.contains("2025-10-01 to 2026-09-30"), "{markdown}");
}

#[test]
fn dated_only_leaves_out_undated_activities() {
    let report = json_of(&[&fixture("dated.md"), "--dated-only"], None);
    assert_eq!(report["window"]["dated_only"], true);
    let d = &documents(&report)[0];
    for text in [
        "Wrote the PRD for saved searches, no date yet",
        "Went to lunch with the team",
    ] {
        let a = activity(d, text);
        assert_eq!(
            (&a["in_window"], &a["excluded_by"], &a["date"]),
            (&Value::from(false), &Value::from("undated"), &Value::Null)
        );
    }
    assert_eq!(
        (total(d, "excluded"), total(d, "undated"), total(d, "unmatched")),
        (2, 2, 0)
    );
    assert_totals_add_up(d);

    let report = json_of(
        &[
            &fixture("dated.md"),
            "--dated-only",
            "--since",
            "2025-06",
            "--as-of",
            "2025-12-31",
        ],
        None,
    );
    let d = &documents(&report)[0];
    assert_eq!(total(d, "excluded"), 7);
    assert_totals_add_up(d);
    let (table, _) = run(&[&fixture("dated.md"), "--dated-only"], None, 0);
    assert!(table.contains("dated activities only"), "{table}");
}

#[test]
fn a_window_without_as_of_ends_today() {
    let today = jiff::ZonedDateTime::now().date();
    for flags in [&["--months", "1"][..], &["--since", "2025-01"][..]] {
        let report = json_of(&[&[fixture("dated.md").as_str()], flags].concat(), None);
        let until: jiff::civil::Date = report["window"]["until"]
            .as_str()
            .expect("until")
            .parse()
            .expect("a date");
        let since: jiff::civil::Date = report["window"]["since"]
            .as_str()
            .expect("since")
            .parse()
            .expect("a date");
        // Allow for the clock passing midnight between the two processes.
        assert!(
            (today - until).get_days().abs() <= 1,
            "{flags:?}: until {until}, today {today}"
        );
        assert!(since < until, "{flags:?}");
        if flags[0] == "--months" {
            let days = (until - since).get_days();
            assert!((27..=30).contains(&days), "{flags:?}: {since} to {until}");
        }
    }
}

#[test]
fn bad_dates_and_windows_are_usage_errors() {
    let dated = fixture("dated.md");
    let cases: [(&[&str], &str); 8] = [
        (&["--since", "2025-13"], "--since"),
        (&["--since", "2025-02-30"], "--since"),
        (&["--since", "March"], "--since"),
        (&["--since", "2025"], "--since"),
        (&["--months", "3", "--as-of", "2025-09"], "--as-of"),
        (&["--months", "3", "--as-of", "2025-02-30"], "--as-of"),
        (&["--months", "many"], "--months"),
        (&["--since", "2025-01", "--months", "3"], "--since"),
    ];
    for (flags, named) in cases {
        let (stdout, stderr) = run(&[&[dated.as_str()], flags].concat(), None, 2);
        assert!(stdout.is_empty(), "{flags:?}: {stdout}");
        assert!(stderr.contains(named), "{flags:?}: {stderr}");
    }
    // A window that ends before it starts.
    let (_, stderr) = run(&[&dated, "--since", "2025-06", "--as-of", "2025-01-01"], None, 2);
    assert!(stderr.contains("window is empty"), "{stderr}");
}

// ------------------------------------------------------------------------------------------------
// Energy

#[test]
fn energy_markers_at_the_start_or_end_are_recorded_and_removed_from_the_text() {
    let report = json_of(&[&fixture("energy.md")], None);
    let d = &documents(&report)[0];
    let expected = [
        ("Wrote the PRD for checkout", Value::from("+")),
        ("Wrote the PRD for billing", "+".into()),
        ("Hired two engineers", "-".into()),
        ("Ran weekly 1:1s with my six reports", "-".into()),
        // `[+]` right after a numbered bullet is a marker, not a task box.
        ("Tracked the critical path across four teams", "+".into()),
        // After a real task box.
        ("Wrote the PRD for reminders", "+".into()),
        ("Mapped dependencies across four teams", Value::Null),
        // In the middle of a line it is text.
        ("Wrote the PRD for search (+) and more", Value::Null),
    ];
    let texts: Vec<&Value> = activities(d).iter().map(|a| &a["text"]).collect();
    assert_eq!(texts.len(), expected.len(), "{texts:?}");
    for (text, energy) in expected {
        assert_eq!(activity(d, text)["energy"], energy, "{text}");
    }
    // Energy markers never make an activity left out without --energy-only.
    assert_eq!(total(d, "excluded"), 0);

    // Leading dates and markers combine in either order.
    let report = json_of(
        &["-"],
        Some("2025-03-14: (+) Wrote the PRD for checkout\n- (-) [2025-04-01] Hired two engineers\n"),
    );
    let d = &documents(&report)[0];
    let first = activity(d, "Wrote the PRD for checkout");
    assert_eq!(
        (&first["date"], &first["energy"]),
        (&Value::from("2025-03-14"), &Value::from("+"))
    );
    let second = activity(d, "Hired two engineers");
    assert_eq!(
        (&second["date"], &second["energy"]),
        (&Value::from("2025-04-01"), &Value::from("-"))
    );
}

#[test]
fn a_bullet_holding_only_an_energy_marker_is_not_an_activity() {
    // Like a bare bullet or an empty task box (`- [ ]`), which are skipped.
    let report = json_of(&["-"], Some("- (+)\n- [-]\n- [ ]\n- Wrote the PRD\n"));
    let d = &documents(&report)[0];
    let texts: Vec<&Value> = activities(d).iter().map(|a| &a["text"]).collect();
    assert_eq!(texts, [&Value::from("Wrote the PRD")]);
    assert_eq!(
        (total(d, "activities"), total(d, "skipped"), total(d, "unmatched")),
        (1, 3, 0)
    );
}

#[test]
fn energy_is_reported_per_activity_per_role_and_in_the_verdict() {
    let report = json_of(&[&fixture("energy.md")], None);
    let d = &documents(&report)[0];
    let energy = |label: &str| role(d, label)["energy"].clone();
    assert_eq!(energy("PM")["gives"], 3);
    assert_eq!(energy("PM")["drains"], 0);
    assert_eq!(energy("PM")["share"], 0.75);
    assert_eq!(energy("EM")["gives"], 0);
    assert_eq!(energy("EM")["drains"], 2);
    assert_eq!(energy("TPM")["gives"], 1);
    assert_eq!(energy("TPM")["share"], 0.25);
    assert_eq!(d["verdict"]["energy_role"], "PM");

    // Without markers there is no energy role.
    let plain = json_of(&["-"], Some(HYBRID));
    assert_eq!(documents(&plain)[0]["verdict"]["energy_role"], Value::Null);
    assert!(
        activities(&documents(&plain)[0])
            .iter()
            .all(|a| a["energy"] == Value::Null)
    );
}

#[test]
fn the_table_gains_an_energy_column_and_verdict_only_when_activities_carry_markers() {
    let (table, _) = run(&[&fixture("energy.md")], None, 0);
    let header = table_row(&table, "role");
    assert!(header.iter().any(|h| h == "share of (+) lines"), "{header:?}");
    let pm = table_row(&table, "PM — what/why");
    assert!(pm.iter().any(|c| c.starts_with("75.0%")), "{pm:?}");
    assert!(table.contains("your energy is in PM"), "{table}");

    let (plain, _) = run(&["-"], Some(HYBRID), 0);
    assert!(!plain.contains("energy"), "{plain}");

    // In the batch table, too.
    let (batch, _) = run(&[&fixture("energy.md"), "examples/resume.txt"], None, 0);
    assert!(table_row(&batch, "document").iter().any(|h| h == "energy"), "{batch}");
    let (batch, _) = run(&["examples/resume.txt", "examples/team/alex-em.md"], None, 0);
    assert!(!table_row(&batch, "document").iter().any(|h| h == "energy"), "{batch}");
}

#[test]
fn energy_only_scores_only_energising_activities() {
    let report = json_of(&[&fixture("energy.md"), "--energy-only"], None);
    assert_eq!(report["window"]["energy_only"], true);
    let d = &documents(&report)[0];
    for a in activities(d) {
        if a["energy"] == "+" {
            assert_eq!(
                (&a["in_window"], &a["excluded_by"]),
                (&Value::from(true), &Value::Null),
                "{a}"
            );
        } else {
            assert_eq!(
                (&a["in_window"], &a["excluded_by"]),
                (&Value::from(false), &Value::from("not_energising")),
                "{a}"
            );
        }
    }
    assert_eq!((total(d, "matched"), total(d, "excluded")), (4, 4));
    assert_eq!(role(d, "EM")["share"], 0.0);
    assert_eq!(role(d, "PM")["share"], 0.75);
    assert_eq!(d["verdict"]["role"], "PM");
    assert_totals_add_up(d);
    let (table, _) = run(&[&fixture("energy.md"), "--energy-only"], None, 0);
    assert!(table.contains("energising (+) activities only"), "{table}");
    assert!(table.contains("4 left out"), "{table}");
}

#[test]
fn energy_only_without_markers_says_why_nothing_is_left() {
    let text = "- Hired two engineers\n- Wrote the PRD for search\n";
    let (table, stderr) = run(&["-", "--energy-only"], Some(text), 0);
    assert!(
        stderr.contains("none is marked, so all 2 were left out (end an energising line with (+))"),
        "{stderr}"
    );
    assert!(table.contains("verdict: none — every activity was left out"), "{table}");
    assert!(!table.contains("no activity matched a role"), "{table}");
    // With one marked line there is nothing to warn about.
    let (_, stderr) = run(
        &["-", "--energy-only"],
        Some("- Hired two engineers (+)\n- Wrote a PRD\n"),
        0,
    );
    assert!(!stderr.contains("none is marked"), "{stderr}");
}

// ------------------------------------------------------------------------------------------------
// Formats

#[test]
fn csv_has_a_header_and_one_row_per_document() {
    let (stdout, _) = run(&[TEAM, "--format", "csv"], None, 1);
    let report = json_with_code(&[TEAM], None, 1);
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let headers = reader.headers().expect("header row").clone();
    for column in [
        "source",
        "expected",
        "check",
        "activities",
        "matched",
        "unmatched",
        "excluded",
        "PM_share",
        "EM_share",
        "TPM_share",
        "verdict",
        "hybrid",
    ] {
        assert!(headers.iter().any(|h| h == column), "{column} in {headers:?}");
    }
    let at = |name: &str| headers.iter().position(|h| h == name).expect("column");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("valid CSV row")).collect();
    assert_eq!(rows.len(), 5);
    for (row, d) in rows.iter().zip(documents(&report)) {
        assert_eq!(&row[at("source")], d["source"].as_str().expect("source"));
        assert_eq!(&row[at("expected")], d["expected"].as_str().expect("expected"));
        assert_eq!(&row[at("check")], d["check"].as_str().expect("check"));
        assert_eq!(row[at("activities")].parse::<u64>().ok(), Some(total(d, "activities")));
        for label in ["PM", "EM", "TPM"] {
            let share: f64 = row[at(&format!("{label}_share"))].parse().expect("a number");
            assert!((share - role(d, label)["share"].as_f64().expect("share")).abs() < 1e-9);
        }
        assert_eq!(&row[at("verdict")], d["verdict"]["role"].as_str().expect("role"));
        assert_eq!(&row[at("hybrid")], d["verdict"]["hybrid"].to_string());
    }
    let casey = rows
        .iter()
        .find(|r| r[at("source")].ends_with("casey-tpm.md"))
        .expect("casey");
    assert_eq!((&casey[at("expected")], &casey[at("check")]), ("TPM", "fail"));
}

#[test]
fn csv_with_explain_has_one_row_per_activity_and_round_trips_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tricky = "Wrote the PRD, \"v2\" | for checkout";
    let path = temp_file(
        dir.path(),
        "tricky.md",
        format!("## 2025-03\n- {tricky} (+)\n- Hired two engineers\n").as_bytes(),
    );
    let (stdout, _) = run(
        &[path_str(&path), "examples/resume.txt", "--format", "csv", "--explain"],
        None,
        0,
    );
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let headers = reader.headers().expect("header").clone();
    for column in [
        "source",
        "line",
        "date",
        "energy",
        "in_window",
        "excluded_by",
        "role",
        "text",
    ] {
        assert!(headers.iter().any(|h| h == column), "{column} in {headers:?}");
    }
    let at = |name: &str| headers.iter().position(|h| h == name).expect("column");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("valid CSV row")).collect();
    let resume = json_of(&["examples/resume.txt"], None);
    assert_eq!(rows.len(), 2 + activities(&documents(&resume)[0]).len());
    let first = &rows[0];
    assert_eq!(&first[at("source")], path_str(&path));
    assert_eq!(&first[at("line")], "2");
    assert_eq!(&first[at("text")], tricky);
    assert_eq!(&first[at("date")], "2025-03");
    assert_eq!(&first[at("energy")], "+");
    assert_eq!(&first[at("role")], "PM");
    assert!(rows[2..].iter().all(|r| &r[at("source")] == "examples/resume.txt"));
}

#[test]
fn jsonl_has_one_valid_object_per_activity_with_its_source() {
    let args = ["examples/resume.txt", &fixture("dated.md") as &str];
    let (stdout, _) = run(
        &[
            &args[..],
            &["--format", "jsonl", "--since", "2025-06", "--as-of", "2025-12-31"],
        ]
        .concat(),
        None,
        0,
    );
    let report = json_of(
        &[&args[..], &["--since", "2025-06", "--as-of", "2025-12-31"]].concat(),
        None,
    );
    let lines: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .filter(|record| record["type"] == "activity")
        .collect();
    let expected: Vec<(&Value, &Value)> = documents(&report)
        .iter()
        .flat_map(|d| activities(d).iter().map(move |a| (&d["source"], a)))
        .collect();
    assert_eq!(lines.len(), expected.len());
    for (line, (source, activity)) in lines.iter().zip(expected) {
        assert_eq!(&line["source"], source);
        for key in [
            "line",
            "text",
            "date",
            "energy",
            "in_window",
            "excluded_by",
            "role",
            "scores",
            "matches",
        ] {
            assert_eq!(&line[key], &activity[key], "{key} of {line}");
        }
    }
    assert!(lines.iter().any(|l| l["in_window"] == false));
}

#[test]
fn markdown_prints_pipe_tables() {
    let (stdout, _) = run(&[TEAM, "--format", "markdown"], None, 1);
    let table: Vec<&str> = stdout.lines().filter(|l| l.starts_with('|')).collect();
    assert!(table[0].contains("document") && table[0].contains("PM %"), "{stdout}");
    assert!(
        table[1].starts_with("|-") && table[1].chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')),
        "{stdout}"
    );
    // Header, separator, five documents, total.
    assert_eq!(table.len(), 8, "{stdout}");
    assert!(table.iter().all(|l| l.ends_with('|')), "{stdout}");
    assert!(table[7].contains("total (5 documents)"), "{stdout}");
    assert!(!stdout.contains('\x1b') && !stdout.contains('┆'), "{stdout}");

    // Cell text with a pipe is escaped, so each row keeps its column count.
    let (stdout, _) = run(
        &["-", "--format", "markdown", "--explain"],
        Some("- Chose A | B for the PRD\n"),
        0,
    );
    assert!(stdout.contains("Chose A \\| B for the PRD"), "{stdout}");
}

#[test]
fn markdown_tables_are_followed_by_a_blank_line() {
    for (input, code) in [(TEAM, 1), ("examples/team/alex-em.md", 0)] {
        let (stdout, _) = run(&[input, "--format", "markdown"], None, code);
        let lines: Vec<&str> = stdout.lines().collect();
        for pair in lines.windows(2) {
            if pair[0].starts_with('|') {
                assert!(
                    pair[1].starts_with('|') || pair[1].trim().is_empty(),
                    "{:?} directly after a table row:\n{stdout}",
                    pair[1]
                );
            }
        }
    }
}

// ------------------------------------------------------------------------------------------------
// Spreadsheet input

#[test]
fn column_reads_one_document_from_a_spreadsheet() {
    let path = fixture("reviews.csv");
    let report = json_of(&[&path, "--column", "answer"], None);
    assert_eq!(sources(&report), [path.as_str()]);
    let d = &documents(&report)[0];
    assert_eq!(activities(d).len(), 6);
    assert_eq!(
        activities(d)[2]["text"],
        "Defined success metrics, then wrote the PRD for \"reminders\""
    );
    assert_totals_add_up(d);
    // The column name matches in any letter case.
    let report = json_of(&[&path, "--column", "ANSWER"], None);
    assert_eq!(activities(&documents(&report)[0]).len(), 6);
}

#[test]
fn id_column_groups_rows_into_one_document_per_id_named_file_hash_id() {
    let csv_path = fixture("reviews.csv");
    let report = json_of(&[&csv_path, "--column", "answer", "--id-column", "employee"], None);
    assert_eq!(
        sources(&report),
        [
            format!("{csv_path}#alice"),
            format!("{csv_path}#bob"),
            format!("{csv_path}#carol")
        ]
    );
    let verdicts: Vec<&Value> = documents(&report).iter().map(|d| &d["verdict"]["role"]).collect();
    assert_eq!(verdicts, ["EM", "PM", "TPM"]);
    let counts: Vec<usize> = documents(&report).iter().map(|d| activities(d).len()).collect();
    // Carol's one cell holds two bullets: two activities.
    assert_eq!(counts, [2, 2, 2]);

    let tsv_path = fixture("reviews.tsv");
    let report = json_of(&[&tsv_path, "--column", "answer", "--id-column", "employee"], None);
    assert_eq!(sources(&report), [format!("{tsv_path}#amy"), format!("{tsv_path}#zed")]);
    let zed = document(&report, &format!("{tsv_path}#zed"));
    let texts: Vec<&Value> = activities(zed).iter().map(|a| &a["text"]).collect();
    assert_eq!(
        texts,
        ["Wrote the PRD for checkout", "Defined success metrics for onboarding"]
    );
    assert_eq!(zed["verdict"]["role"], "PM");

    // Without --id-column, the TSV is one document.
    let report = json_of(&[&tsv_path, "--column", "answer"], None);
    assert_eq!(sources(&report), [tsv_path.as_str()]);
    assert_eq!(activities(&documents(&report)[0]).len(), 3);

    // And the batch table has one row per id.
    let (table, _) = run(&[&csv_path, "--column", "answer", "--id-column", "employee"], None, 0);
    assert_eq!(
        table_row(&table, &format!("{csv_path}#carol"))[table_row(&table, "document")
            .iter()
            .position(|h| h == "verdict")
            .expect("verdict")],
        "TPM"
    );
    assert!(table.contains("total (3 documents)"), "{table}");
}

#[test]
fn a_missing_column_is_an_error_naming_the_columns() {
    for extra in [
        &["--column", "text"][..],
        &["--column", "answer", "--id-column", "person"][..],
    ] {
        let (stdout, stderr) = run(&[&[fixture("reviews.csv").as_str()], extra].concat(), None, 2);
        assert!(stdout.is_empty(), "{stdout}");
        assert!(stderr.contains("reviews.csv"), "{stderr}");
        for column in ["employee", "question", "answer"] {
            assert!(stderr.contains(column), "{column} in {stderr}");
        }
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
    let (_, stderr) = run(&[&fixture("reviews.tsv"), "--column", "text"], None, 2);
    assert!(stderr.contains("employee, answer, score"), "{stderr}");
    // --id-column needs --column.
    run(&[&fixture("reviews.csv"), "--id-column", "employee"], None, 2);
}

// ------------------------------------------------------------------------------------------------
// LIWC dictionaries

#[test]
fn a_liwc_dictionary_becomes_the_categories() {
    let dic = fixture("roles.dic");
    let input = "- Owned the roadmap\n- Refactored the parser\n- Held one on one meetings\n- Managed the launch\n";
    let (table, _) = run(&["--lexicon", &dic, "-"], Some(input), 0);
    for label in ["VISION", "BUILD", "PEOPLE"] {
        assert!(table.contains(label), "{label} in\n{table}");
    }
    assert!(!table.contains("PM — what/why"), "{table}");

    let report = json_of(&["--lexicon", &dic, "-"], Some(input));
    let d = &documents(&report)[0];
    let labels: Vec<&Value> = d["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .map(|r| &r["role"])
        .collect();
    assert_eq!(labels, ["VISION", "BUILD", "PEOPLE"]);
    let roles: Vec<&Value> = activities(d).iter().map(|a| &a["role"]).collect();
    assert_eq!(roles, ["VISION", "BUILD", "PEOPLE", "VISION"]);
    // `manag*` (a stem) belongs to categories 1 and 10: both are credited.
    let managed = activity(d, "Managed the launch");
    assert_eq!(
        (&managed["scores"]["VISION"], &managed["scores"]["PEOPLE"]),
        (&Value::from(1.0), &Value::from(1.0))
    );
    assert_eq!(total(d, "unmatched"), 0);

    // Role checks use the dictionary's categories.
    run(
        &["--lexicon", &dic, "-", "--expect", "build"],
        Some("- Refactored the parser\n"),
        0,
    );
    run(
        &["--lexicon", &dic, "-", "--expect", "pm"],
        Some("- Refactored the parser\n"),
        2,
    );
}

#[test]
fn a_malformed_liwc_dictionary_is_an_error_naming_the_file_and_line() {
    let cases: [(&str, &str); 5] = [
        ("%\n1\tpm\n%\nroadmap\t7\n", "bad.dic:4:"),
        ("%\n1\tpm\n%\nroadmap 1\nno numbers here\n", "bad.dic:5:"),
        ("%\n1\tpm\nx\tem\n%\nroadmap\t1\n", "bad.dic:3:"),
        ("roadmap\t1\n", "bad.dic:1:"),
        ("%\n1\tpm\n%\nlike\t1 (02 131)53\n", "bad.dic:4:"),
    ];
    for (body, location) in cases {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = temp_file(dir.path(), "bad.dic", body.as_bytes());
        let (stdout, stderr) = run(&["--lexicon", path_str(&path), "-"], Some("- Owned the roadmap\n"), 2);
        assert!(stdout.is_empty(), "{body:?}: {stdout}");
        assert!(stderr.contains(location), "{body:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{body:?}: {stderr}");
    }
}

// ------------------------------------------------------------------------------------------------
// Shell integration

#[test]
fn completions_print_a_script_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let (stdout, stderr) = run(&["completions", shell], None, 0);
        assert!(stdout.len() > 1000, "{shell}: {stdout}");
        assert!(stdout.contains("rolemap"), "{shell}");
        assert!(stdout.contains("expect"), "{shell}: the new flags are completed");
        assert!(stderr.is_empty(), "{shell}: {stderr}");
    }
    let (_, stderr) = run(&["completions", "tcsh"], None, 2);
    assert!(stderr.contains("tcsh"), "{stderr}");
}

#[test]
fn man_prints_a_roff_manual_page() {
    let (stdout, stderr) = run(&["man"], None, 0);
    assert!(
        stdout.starts_with(".TH") || stdout.contains("\n.TH rolemap") || stdout.contains("\n.TH ROLEMAP"),
        "{stdout}"
    );
    assert!(stdout.contains(".SH"), "{stdout}");
    assert!(stdout.contains("\\-\\-expect"), "options are documented");
    assert!(stderr.is_empty(), "{stderr}");
}

// ------------------------------------------------------------------------------------------------
// Colour

#[test]
fn no_colour_when_piped_or_with_no_color_and_colour_when_forced() {
    let (piped, _) = run(&[TEAM], None, 1);
    assert!(!piped.contains('\x1b'), "{piped}");
    rolemap()
        .args([TEAM, "--color", "auto"])
        .env("NO_COLOR", "1")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\x1b[").not());
    rolemap()
        .args([TEAM, "--color", "never"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\x1b[").not());
    rolemap()
        .args([TEAM])
        .env("TERM", "dumb")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\x1b[").not());
    let (forced, _) = run(&[TEAM, "--color", "always"], None, 1);
    assert!(forced.contains("\x1b["), "{forced}");
    let (forced, _) = run(&[&fixture("energy.md"), "--color", "always", "--explain"], None, 0);
    assert!(forced.contains("\x1b["), "{forced}");
    // Machine formats stay clean even when colour is forced.
    for format in ["json", "jsonl", "csv", "markdown"] {
        let (stdout, stderr) = run(&[TEAM, "--color", "always", "--format", format], None, 1);
        assert!(!stdout.contains('\x1b'), "{format}: {stdout}");
        assert!(!stderr.contains('\x1b'), "{format}: {stderr}");
    }
}

#[test]
fn a_page_where_few_lines_match_reads_as_no_role_however_strong_they_are() {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = temp_file(
        dir.path(),
        "engineer.md",
        b"- Rewrote the search indexer in Rust\n- Fixed flaky integration tests\n- Debugged a memory leak in the cache\n- Refactored the build system\n- Profiled the checkout service\n- Ported the CLI to Go\n- Wrote the migration scripts\n- Ran performance reviews for my five direct reports\n- Hired two engineers and ran their onboarding\n- Coached my direct reports on promotion packets\n",
    );
    let report = json_of(&[path_str(&page)], None);
    let verdict = &report["documents"][0]["verdict"];
    assert_eq!(verdict["leading"], "EM", "{verdict}");
    assert!(
        verdict["evidence"].as_f64().expect("evidence") >= 0.7,
        "strong enough by evidence: {verdict}"
    );
    assert_eq!(verdict["matched_share"], 0.3, "{verdict}");
    assert_eq!(verdict["role"], serde_json::Value::Null, "{verdict}");
}

#[test]
fn a_page_whose_hands_on_work_outweighs_its_role_lines_reads_as_no_role() {
    // An SRE's page: a third of its lines use a manager's words (mentoring, incident response),
    // strongly enough by evidence and share, but its hands-on vocabulary outscores them.
    let dir = tempfile::tempdir().expect("temp dir");
    let page = temp_file(
        dir.path(),
        "sre.md",
        b"- Wrote Terraform modules for our Kubernetes clusters and kept them patched\n- Debugged p99 latency spikes in the Redis cache\n- Set up Prometheus alerting and Grafana dashboards for every service\n- Mentored two junior engineers on the team\n- Led incident response during the March outage\n- Automated backups and restore tests with Python scripts\n",
    );
    let report = json_of(&[path_str(&page)], None);
    let verdict = &report["documents"][0]["verdict"];
    assert_eq!(verdict["role"], serde_json::Value::Null, "{verdict}");
    assert_eq!(verdict["leading"], "EM", "{verdict}");
    assert_eq!(verdict["undecided"], "hands_on", "{verdict}");
    let (hands_on, evidence) = (verdict["hands_on"].as_f64(), verdict["evidence"].as_f64());
    assert!(
        matches!((hands_on, evidence), (Some(h), Some(e)) if e >= 0.6 && h >= 1.5 * e),
        "{verdict}"
    );
    rolemap()
        .arg(path_str(&page))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "verdict: no role — EM leads the matched work (100.0%), but too much of the work reads as hands-on (2.36 hands-on points per activity, 2.34 times EM's 1.01)",
        ));
    // The headline says the same, and each activity carries its own hands-on score, whose sum
    // over the counted activities is the verdict's figure.
    let activities = report["documents"][0]["activities"].as_array().expect("activities");
    let sum: f64 = activities
        .iter()
        .map(|a| a["hands_on"].as_f64().expect("hands_on"))
        .sum();
    let per_activity = sum / activities.len() as f64;
    assert!(
        (per_activity - hands_on.expect("hands_on")).abs() < 1e-3,
        "{per_activity} {verdict}"
    );
    let (html, _) = run(&[path_str(&page), "--format", "html"], None, 0);
    assert!(
        html.contains("No role stands out: most of your work reads as hands-on"),
        "headline"
    );
    // Pooled with a manager's page, the summary's figure is the two pages' hands-on points over
    // all their counted activities; a quarter's verdict reads the same rule.
    let manager = temp_file(
        dir.path(),
        "em.md",
        b"## Q1 2025\n- Ran weekly 1:1s with my six direct reports\n- Hired two backend engineers\n- Wrote the promotion packet for a senior engineer\n",
    );
    let both = json_of(&[path_str(&page), path_str(&manager)], None);
    let documents = both["documents"].as_array().expect("documents");
    let (points, counted) = documents.iter().fold((0.0, 0.0), |(p, n), d| {
        let counted = d["totals"]["matched"].as_f64().expect("m") + d["totals"]["unmatched"].as_f64().expect("u");
        let per = d["verdict"]["hands_on"].as_f64().expect("per");
        (p + per * counted, n + counted)
    });
    let pooled = both["summary"]["verdict"]["hands_on"].as_f64().expect("pooled");
    assert!(
        (pooled - points / counted).abs() < 1e-3,
        "{pooled} against {}",
        points / counted
    );
    assert_eq!(documents[1]["verdict"]["role"], "EM");
    let dated = temp_file(
        dir.path(),
        "sre-q1.md",
        &[
            b"## Q1 2025\n".as_slice(),
            std::fs::read(&page).expect("page").as_slice(),
        ]
        .concat(),
    );
    let quarters = json_of(&[path_str(&dated), "--by", "quarter"], None);
    let period = &quarters["documents"][0]["periods"][0];
    assert_eq!(period["period"], "2025-Q1", "{period}");
    assert_eq!(period["verdict"]["undecided"], "hands_on", "{period}");
    // Lowering the bar in a lexicon of one's own turns the rule off.
    let lexicon = dir.path().join("lexicon");
    std::fs::create_dir(&lexicon).expect("lexicon folder");
    let builtin = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicon");
    for name in ["pm.lex", "em.lex", "tpm.lex", "modifiers.rules"] {
        std::fs::copy(builtin.join(name), lexicon.join(name)).expect("copy");
    }
    let rules = lexicon.join("modifiers.rules");
    let text = std::fs::read_to_string(&rules).expect("rules");
    std::fs::write(&rules, text.replace("@max_hands_on 1.5", "@max_hands_on 0")).expect("write");
    let report = json_of(&[path_str(&page), "--lexicon", path_str(&lexicon)], None);
    assert_eq!(report["documents"][0]["verdict"]["role"], "EM");
}

#[test]
fn a_page_of_hands_on_work_with_one_role_line_reads_as_no_role() {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = temp_file(
        dir.path(),
        "engineer.md",
        b"- Wrote the backend service in Rust\n- Fixed flaky integration tests\n- Debugged a memory leak in the cache\n- Refactored the build system\n- Migrated the CI pipeline to GitHub Actions\n- Reviewed the roadmap\n",
    );
    rolemap()
        .arg(path_str(&page))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "verdict: no role — PM leads the matched work (100.0%), but too little of the work names a role to call it (only 16.7% of the activities matched a role; 0.29 points per activity)",
        ));
    let output = rolemap()
        .args([path_str(&page), "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report: serde_json::Value = serde_json::from_slice(&output).expect("JSON");
    let verdict = &report["documents"][0]["verdict"];
    assert_eq!(verdict["role"], serde_json::Value::Null);
    assert_eq!(verdict["leading"], "PM");
    assert_eq!(verdict["evidence"], 0.2867);
    assert_eq!(verdict["matched_share"], 0.1667);
    // A role check on it fails: it reads like no role.
    rolemap()
        .args([path_str(&page), "--expect", "pm"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("expected PM, reads like no role"));
}

#[test]
fn a_role_check_on_an_empty_review_says_it_holds_no_activities() {
    let dir = tempfile::tempdir().expect("temp dir");
    temp_file(dir.path(), "empty.md", b"");
    temp_file(dir.path(), "front-matter-only.md", b"---\nrole: em\n---\n");
    let (_, stderr) = run(&[path_str(dir.path()), "--expect", "pm"], None, 1);
    for name in ["empty.md", "front-matter-only.md"] {
        assert!(
            stderr.contains(&format!("{name}: expected"))
                && stderr.contains("reads like nothing: it holds no activities"),
            "{name}: {stderr}"
        );
    }
    assert!(!stderr.contains("reads like no role"), "{stderr}");
}

#[test]
fn a_one_job_resume_counts_its_job_in_the_singular() {
    let resume = "Acme Corp — Engineering Manager\nJan 2021 – Present\n- Hired four engineers and ran weekly 1:1s\n";
    for format in ["table", "markdown"] {
        let (stdout, _) = run(&["--format", format], Some(resume), 0);
        assert!(stdout.contains("whole resume (1 job)"), "{format}: {stdout}");
    }
}
