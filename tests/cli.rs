//! End-to-end tests of the rolemap binary: examples, stdin, output formats, bad input.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use predicates::prelude::*;
use serde::Deserialize;

mod common;
use common::{path_str, rolemap, temp_file};

/// The JSON contract, deserialised strictly so a renamed or extra field fails a test.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Report {
    version: u32,
    window: Option<serde_json::Value>,
    documents: Vec<Document>,
    summary: Summary,
}

/// The pooled figures: every key named, so a renamed or extra one fails a test.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Summary {
    documents: usize,
    totals: serde_json::Value,
    roles: Vec<Role>,
    verdict: Verdict,
    by: String,
    periods: Vec<Period>,
    passed: usize,
    failed: usize,
    errors: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    source: String,
    name: Option<String>,
    layout: String,
    expected: Option<String>,
    check: Option<String>,
    totals: Totals,
    roles: Vec<Role>,
    verdict: Verdict,
    jobs: Vec<Job>,
    #[allow(dead_code)]
    by: String,
    periods: Vec<Period>,
    activities: Vec<Activity>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Period {
    period: String,
    activities: usize,
    matched: usize,
    roles: Vec<PeriodRole>,
    verdict: Verdict,
    energy: PeriodEnergy,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct PeriodRole {
    role: String,
    share: f64,
    activities: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct PeriodEnergy {
    role: Option<String>,
    share: f64,
    gives: usize,
    drains: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Job {
    line: usize,
    title: Option<String>,
    company: Option<String>,
    dates: Option<String>,
    period: Option<String>,
    totals: Totals,
    roles: Vec<Role>,
    verdict: Verdict,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Totals {
    lines: usize,
    activities: usize,
    continuations: usize,
    skipped: usize,
    matched: usize,
    unmatched: usize,
    excluded: usize,
    undated: usize,
    energy_marked: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Role {
    role: String,
    name: String,
    question: String,
    activities: usize,
    share: f64,
    score: f64,
    top_terms: Vec<String>,
    energy: serde_json::Value,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Verdict {
    role: Option<String>,
    hybrid: bool,
    runner_up: Option<String>,
    margin: f64,
    energy_role: Option<String>,
    leading: Option<String>,
    evidence: f64,
    matched_share: f64,
    hands_on: f64,
    undecided: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Activity {
    line: usize,
    text: String,
    date: Option<String>,
    energy: Option<String>,
    in_window: bool,
    excluded_by: Option<String>,
    job: Option<usize>,
    role: Option<String>,
    scores: std::collections::BTreeMap<String, f64>,
    hands_on: f64,
    matches: Vec<Match>,
    rules: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Match {
    term: String,
    category: Option<String>,
    weight: f64,
    matched: String,
    source: String,
}

fn json_of(args: &[&str], stdin: Option<&[u8]>) -> Report {
    let mut cmd = rolemap();
    cmd.args(args).args(["--format", "json"]);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    let output = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&output).expect("output is the JSON contract")
}

fn assert_totals_add_up(document: &Document) {
    let t = &document.totals;
    assert_eq!(
        t.lines,
        t.activities + t.continuations + t.skipped,
        "{}: lines",
        document.source
    );
    assert_eq!(
        t.activities,
        t.matched + t.unmatched + t.excluded,
        "{}: activities",
        document.source
    );
    assert_eq!(
        t.activities,
        document.activities.len(),
        "{}: every activity listed",
        document.source
    );
}

#[test]
fn brag_example_prints_the_breakdown_table_and_verdict() {
    rolemap()
        .arg("examples/brag.md")
        .assert()
        .success()
        .stdout(predicate::str::contains("PM — what/why"))
        .stdout(predicate::str::contains("EM — how/who"))
        .stdout(predicate::str::contains("TPM — how/when"))
        .stdout(predicate::str::contains("unmatched"))
        .stdout(predicate::str::contains("verdict: "))
        .stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn every_example_gives_valid_json_whose_totals_add_up() {
    let examples = [
        "examples/brag.md",
        "examples/resume.txt",
        "examples/resume-pasted.txt",
        "examples/team/alex-em.md",
        "examples/team/priya-pm.md",
        "examples/team/sam-tpm.md",
    ];
    let report = json_of(&examples, None);
    assert_eq!(report.version, 1);
    assert_eq!(report.documents.len(), examples.len());
    for (document, path) in report.documents.iter().zip(examples) {
        assert_eq!(document.source, path);
        assert_totals_add_up(document);
        let shares: f64 = document.roles.iter().map(|r| r.share).sum();
        assert!((shares - 1.0).abs() < 1e-3, "{path}: shares sum to {shares}");
        assert!((0.0..=1.0).contains(&document.verdict.margin));
        // Its periods hold every counted activity once.
        let counted: usize = document.periods.iter().map(|p| p.activities).sum();
        assert_eq!(
            counted,
            document.totals.matched + document.totals.unmatched,
            "{path}: periods"
        );
        // A resume's jobs are part of the contract: each a document of its own.
        let resume = path.contains("resume");
        assert_eq!(document.layout, if resume { "resume" } else { "brag" }, "{path}");
        assert_eq!(document.jobs.is_empty(), !resume, "{path}");
        for job in &document.jobs {
            let t = &job.totals;
            assert_eq!(t.lines, t.activities + t.continuations + t.skipped, "{path}: {job:?}");
            assert_eq!(t.activities, t.matched + t.unmatched + t.excluded, "{path}: {job:?}");
            let in_job = document.activities.iter().filter(|a| a.job.is_some()).count();
            assert!(in_job <= document.activities.len());
        }
    }
}

#[test]
fn self_reviews_read_like_their_roles() {
    for (path, role) in [
        ("examples/team/alex-em.md", "EM"),
        ("examples/team/priya-pm.md", "PM"),
        ("examples/team/sam-tpm.md", "TPM"),
        ("examples/team/jordan-em.md", "EM"),
        ("examples/resume.txt", "EM"),
    ] {
        let report = json_of(&[path], None);
        assert_eq!(report.documents[0].verdict.role.as_deref(), Some(role), "{path}");
    }
    // Casey holds the TPM title (front matter) but the review reads like product management:
    // the role check fails, in JSON too, with exit status 1.
    let output = rolemap()
        .args(["examples/team/casey-tpm.md", "--format", "json"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "check failed: examples/team/casey-tpm.md (Casey Lindqvist): expected TPM, reads like PM",
        ))
        .get_output()
        .stdout
        .clone();
    let casey: Report = serde_json::from_slice(&output).expect("JSON");
    let document = &casey.documents[0];
    assert_eq!(document.name.as_deref(), Some("Casey Lindqvist"));
    assert_eq!(document.verdict.role.as_deref(), Some("PM"));
    assert_eq!(
        (document.expected.as_deref(), document.check.as_deref()),
        (Some("TPM"), Some("fail"))
    );
}

#[test]
fn stdin_by_dash_or_pipe_gives_the_same_result_as_the_file() {
    let text = std::fs::read("examples/resume.txt").expect("example exists");
    let from_file = json_of(&["examples/resume.txt"], None);
    let from_dash = json_of(&["-"], Some(&text));
    let from_pipe = json_of(&[], Some(&text));
    // Standard input is named `<stdin>` in reports, as in warnings and errors.
    assert_eq!(from_dash.documents[0].source, "<stdin>");
    for piped in [&from_dash, &from_pipe] {
        let (a, b) = (&from_file.documents[0], &piped.documents[0]);
        assert_eq!(a.verdict.role, b.verdict.role);
        assert_eq!(a.totals.matched, b.totals.matched);
        assert_eq!(a.activities.len(), b.activities.len());
    }
}

#[test]
fn activity_json_carries_line_text_role_scores_and_matches() {
    let report = json_of(
        &["-"],
        Some(b"# Q1\n\n- Wrote the **PRD** for checkout\n- Went to lunch\n"),
    );
    let document = &report.documents[0];
    let first = &document.activities[0];
    assert_eq!(
        (first.line, first.text.as_str(), first.role.as_deref()),
        (3, "Wrote the PRD for checkout", Some("PM"))
    );
    assert!(first.scores["PM"] > 0.0);
    assert!(
        first
            .matches
            .iter()
            .any(|m| m.term.eq_ignore_ascii_case("prd") && m.category.as_deref() == Some("PM"))
    );
    let second = &document.activities[1];
    assert_eq!(second.role, None);
    assert_eq!(document.verdict.role.as_deref(), Some("PM"));
    assert_eq!(document.verdict.runner_up, None);
    assert!(!document.verdict.hybrid);
    assert_totals_add_up(document);
}

#[test]
fn explain_adds_a_row_per_activity() {
    rolemap()
        .args(["--explain", "-"])
        .write_stdin("- Ran weekly 1:1s with my six direct reports\n- Did not own the product roadmap\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("Ran weekly 1:1s"))
        .stdout(predicate::str::contains("negation"));
}

#[test]
fn bom_and_crlf_do_not_change_the_result() {
    let plain = json_of(&["-"], Some(b"- Wrote the PRD\n- Hired two engineers\n"));
    let windows = json_of(
        &["-"],
        Some(b"\xEF\xBB\xBF- Wrote the PRD\r\n- Hired two engineers\r\n"),
    );
    let (a, b) = (&plain.documents[0], &windows.documents[0]);
    assert_eq!(a.activities[0].text, b.activities[0].text);
    assert_eq!(a.verdict.role, b.verdict.role);
    assert_eq!(a.totals.lines, b.totals.lines);
}

#[test]
fn invalid_utf8_is_decoded_with_one_warning_naming_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(
        &dir,
        "latin1.md",
        b"- Wrote the PRD for caf\xE9 owners\n- Hired \xFF two engineers\n",
    );
    let assert = rolemap().arg(path_str(&path)).assert().success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    // No UTF-8 beyond ASCII: Latin-1 / Windows-1252, decoded, named once.
    assert!(
        stderr.contains("latin1.md:1: not UTF-8: read as Windows-1252"),
        "{stderr}"
    );
}

#[test]
fn missing_file_is_a_one_line_error_exit_2() {
    let assert = rolemap().arg("no/such/file.md").assert().code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no/such/file.md"), "{stderr}");
}

#[test]
fn binary_file_is_refused_exit_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(&dir, "image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    rolemap()
        .arg(path_str(&path))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("image.png: a PNG image, not plain text"));
}

#[test]
fn a_folder_without_text_files_is_refused_exit_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    temp_file(&dir, "picture.png", b"not text");
    rolemap()
        .arg(path_str(dir.path()))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no .txt, .md, .markdown, .text, .org, .adoc, .asciidoc or .rst files",
        ));
}

#[test]
fn one_bad_file_among_good_ones_fails_the_run() {
    // The good one is reported (tests/conventions.rs has the details), the run still exits 2.
    rolemap()
        .args(["examples/brag.md", "missing.md"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("examples/brag.md"))
        .stderr(predicate::str::starts_with("rolemap: error: missing.md: "));
    // A script reading the report learns it too: the summary names what could not be read.
    for format in ["json", "jsonl"] {
        let output = rolemap()
            .args(["examples/brag.md", "missing.md", "--format", format])
            .assert()
            .code(2)
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(output).expect("UTF-8");
        let last = text.lines().last().expect("a summary record");
        let summary: serde_json::Value = match format {
            "json" => serde_json::from_str::<serde_json::Value>(&text).expect("JSON")["summary"].clone(),
            _ => serde_json::from_str(last).expect("JSON line"),
        };
        let errors = summary["errors"].as_array().expect("errors");
        assert_eq!(errors.len(), 1, "{summary}");
        assert!(
            errors[0].as_str().expect("text").starts_with("missing.md: cannot read"),
            "{summary}"
        );
    }
    let report = json_of(&["examples/brag.md"], None);
    assert!(report.summary.errors.is_empty());
}

#[test]
fn empty_input_prints_the_zero_table_and_says_so() {
    rolemap()
        .arg("-")
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::contains("0 activities"))
        .stdout(predicate::str::contains("verdict: none"))
        .stderr(predicate::str::contains("no activities found"));
    let report = json_of(&["-"], Some(b"# Only a heading\n\n---\n"));
    let t = &report.documents[0].totals;
    assert_eq!((t.lines, t.skipped, t.activities), (3, 3, 0));
    assert_eq!(report.documents[0].verdict.role, None);
}

#[test]
fn usage_errors_exit_2() {
    rolemap().arg("--format=yaml").assert().code(2);
    rolemap().arg("--no-such-flag").assert().code(2);
}

#[test]
fn help_teaches_the_roles_and_exit_codes() {
    rolemap()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("what & why"))
        .stdout(predicate::str::contains("Exit status"));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    rolemap()
        .args(["--color", "always", "examples/resume.txt"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b["));
    rolemap()
        .args(["--color", "auto", "examples/resume.txt"])
        .env("NO_COLOR", "1")
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn closed_pipe_exits_quietly() {
    let line = "- Coordinated the migration across four teams and tracked the critical path\n";
    let input = line.repeat(20_000);
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("rolemap"))
        .args(["--explain", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn rolemap");
    drop(child.stdout.take());
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write input");
    let output = child.wait_with_output().expect("wait");
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn a_custom_lexicon_folder_adds_categories() {
    let dir = tempfile::tempdir().expect("temp dir");
    temp_file(
        &dir,
        "pm.lex",
        b"@name Product Manager\n@question what/why\nroadmap = 2\n",
    );
    temp_file(
        &dir,
        "ic.lex",
        b"@name Individual Contributor\n@question build\n@label IC\nrefactor* = 2\n",
    );
    let report = json_of(
        &["--lexicon", path_str(dir.path()), "-"],
        Some(b"- Refactored the parser\n- Owned the roadmap\n"),
    );
    let document = &report.documents[0];
    let roles: Vec<&str> = document.roles.iter().map(|r| r.role.as_str()).collect();
    assert_eq!(roles, ["IC", "PM"]);
    assert_eq!(document.activities[0].role.as_deref(), Some("IC"));
    assert_eq!(document.activities[1].role.as_deref(), Some("PM"));
}

#[test]
fn lexicon_errors_name_the_file_and_line_exit_2() {
    let cases: [(&str, &[u8], &str); 4] = [
        (
            "pm.lex",
            b"@name P\n@question q\nroadmap = lots\n",
            "pm.lex:3: weight \"lots\" is not a number",
        ),
        ("pm.lex", b"roadmap\n", "pm.lex:1: missing @name"),
        ("pm.lex", b"@name P\n@question q\nroadm\xE9p\n", "pm.lex:3: not UTF-8"),
        ("notes.txt", b"roadmap\n", "no lexicon file here"),
    ];
    for (name, body, message) in cases {
        let dir = tempfile::tempdir().expect("temp dir");
        temp_file(&dir, name, body);
        let assert = rolemap()
            .args(["--lexicon", path_str(dir.path()), "-"])
            .write_stdin("- x\n")
            .assert()
            .code(2);
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
        assert!(stderr.contains(message), "{name}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
}

#[test]
fn no_input_at_a_terminal_prints_a_usage_hint_and_exits_2() {
    // `script` (util-linux) runs the binary on a pseudo-terminal; skip where it is missing.
    let Ok(script) = which("script") else {
        eprintln!("note: `script` not found; terminal behaviour not tested");
        return;
    };
    let binary = assert_cmd::cargo::cargo_bin!("rolemap");
    let output = Command::new(script)
        .args(["-qec", &binary.display().to_string(), "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .expect("run script");
    let shown = String::from_utf8_lossy(&output.stdout);
    if !shown.contains("rolemap") {
        eprintln!("note: `script` could not run a terminal here; terminal behaviour not tested");
        return;
    }
    assert_eq!(output.status.code(), Some(2), "{shown}");
    assert!(shown.contains("no input: name a file"), "{shown}");
}

#[test]
fn an_html_page_written_to_a_terminal_says_how_to_save_it_and_piped_says_nothing() {
    let piped = rolemap()
        .args(["examples/brag.md", "--format", "html"])
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&piped.get_output().stderr).into_owned();
    assert!(!stderr.contains("--format html writes"), "{stderr}");

    let Ok(script) = which("script") else {
        eprintln!("note: `script` not found; terminal behaviour not tested");
        return;
    };
    let binary = assert_cmd::cargo::cargo_bin!("rolemap");
    let command = format!("{} examples/brag.md --format html", binary.display());
    let output = Command::new(script)
        .args(["-qec", &command, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .expect("run script");
    let shown = String::from_utf8_lossy(&output.stdout);
    if !shown.contains("<!DOCTYPE html>") {
        eprintln!("note: `script` could not run a terminal here; terminal behaviour not tested");
        return;
    }
    let note = shown
        .find("note: --format html writes a whole web page; save it with -O report.html")
        .expect(&shown);
    assert!(
        note > shown.find("</html>").expect("the page ends"),
        "the note comes after the page, where it is seen: {shown}"
    );
}

/// The path of `program` on `PATH`.
fn which(program: &str) -> Result<PathBuf, ()> {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .map(|dir| dir.join(program))
        .find(|path| path.is_file())
        .ok_or(())
}

#[test]
fn a_large_document_gives_the_same_report_on_one_thread_or_several() {
    // Over 1 MB, so it is read on its own thread and classified in parallel batches.
    let lines = [
        "- Coordinated the migration across four teams and tracked the critical path",
        "- Ran weekly 1:1s with my direct reports",
        "## 2025 Q3",
        "- Wrote the PRD after customer interviews (+)",
        "- Fixed a flaky test in the parser",
    ];
    let text: String = (0..30_000).map(|i| format!("{}\n", lines[i % lines.len()])).collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(&dir, "big.md", text.as_bytes());
    let run = |threads: &str, format: &str| {
        rolemap()
            .env("RAYON_NUM_THREADS", threads)
            .args([path_str(&path), "--format", format])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let one = run("1", "csv");
    assert_eq!(one, run("2", "csv"));
    assert_eq!(one, run("3", "csv"));
    // JSON Lines are written as chunks finish, in document order whatever the thread count.
    let lines = run("1", "jsonl");
    assert_eq!(lines, run("3", "jsonl"));
    assert_eq!(
        lines.iter().filter(|&&b| b == b'\n').count(),
        24_002,
        "one line per activity, then the document and summary records"
    );
    let csv = String::from_utf8(one).expect("utf-8");
    assert!(csv.lines().nth(1).is_some_and(|row| row.contains(",30000,")), "{csv}");
}

#[test]
fn a_long_explanation_is_one_table_written_a_block_at_a_time() {
    let lines = [
        "- Coordinated the migration across four teams and tracked the critical path",
        "- Ran weekly 1:1s with my direct reports",
        "- Wrote the PRD after customer interviews",
        "- Fixed a flaky test in the parser",
        "- Reorganised three squads into a platform group and hired two staff engineers",
    ];
    let text: String = (0..1_500).map(|i| format!("{}\n", lines[i % lines.len()])).collect();
    let output = rolemap()
        .args(["-", "--explain"])
        .env("COLUMNS", "200")
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let output = String::from_utf8(output).expect("utf-8");
    let explanation: Vec<&str> = output
        .lines()
        .skip_while(|l| !l.contains("matched terms and rules"))
        .collect();
    // One header, one bottom border, a row per activity, every line as wide as the first.
    assert_eq!(output.matches("matched terms and rules").count(), 1, "{output}");
    assert_eq!(explanation.iter().filter(|l| l.starts_with('╞')).count(), 1);
    assert_eq!(explanation.iter().filter(|l| l.starts_with('╰')).count(), 1);
    let rows = explanation
        .iter()
        .filter(|l| {
            l.trim_start_matches('│')
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        })
        .count();
    assert_eq!(rows, 1_500);
    let width = explanation[0].chars().count();
    assert!(explanation.iter().all(|l| l.chars().count() == width), "ragged table");
    assert!(explanation.last().is_some_and(|l| l.starts_with('╰')));
}
