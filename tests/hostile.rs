//! Hostile input, end to end: odd encodings, odd files, huge inputs and broken lexicons.
//!
//! Every case asserts the exit status and the message: usable input exits 0 (with a warning on
//! stderr when something was changed), unusable input exits 2 with one line naming the file (and
//! the line, for lexicons), and nothing ever panics.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;
use serde_json::Value;

mod common;
use common::{path_str, rolemap, temp_file};

/// Debug builds of rolemap (dependencies optimised) must still finish well inside this.
const QUICK: Duration = Duration::from_secs(30);

/// What a finished run left behind.
struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.stdout).expect("stdout is one JSON value")
    }

    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// Exit status 0 and no panic.
    fn ok(self) -> Run {
        self.no_panic();
        assert_eq!(self.code, Some(0), "exit status; stderr:\n{}", self.stderr);
        self
    }

    /// Exit status 2 with exactly one line on stderr containing `needle`.
    fn refused(self, needle: &str) -> Run {
        self.no_panic();
        assert_eq!(self.code, Some(2), "exit status; stderr:\n{}", self.stderr);
        assert_eq!(self.stderr.lines().count(), 1, "one line on stderr:\n{}", self.stderr);
        assert!(
            self.stderr.contains(needle),
            "stderr should contain {needle:?}:\n{}",
            self.stderr
        );
        assert!(self.stderr.starts_with("rolemap: error: "), "{}", self.stderr);
        self
    }

    fn no_panic(&self) {
        assert!(!self.stderr.contains("panicked"), "panic:\n{}", self.stderr);
        assert!(!self.stderr.contains("RUST_BACKTRACE"), "panic:\n{}", self.stderr);
    }

    /// Asserts stderr is exactly `lines` (order kept).
    fn stderr_is(&self, lines: &[&str]) {
        let got: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(got, lines, "stderr:\n{}", self.stderr);
    }
}

fn execute(mut cmd: assert_cmd::Command) -> Run {
    let output = cmd.output().expect("run rolemap");
    Run {
        code: output.status.code(),
        stdout: output.stdout,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn run_args(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut cmd = rolemap();
    cmd.args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input.to_vec());
    }
    execute(cmd)
}

/// Runs `rolemap ARGS --format json`, expecting success.
fn json_ok(args: &[&str], stdin: Option<&[u8]>) -> (Value, Run) {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let run = run_args(&all, stdin).ok();
    (run.json(), run)
}

fn count(value: &Value) -> usize {
    let n = value.as_u64().unwrap_or_else(|| panic!("not a count: {value}"));
    usize::try_from(n).expect("fits")
}

/// `lines = activities + continuations + skipped`, `activities = matched + unmatched +
/// excluded`, and every activity is listed.
fn assert_totals_add_up(document: &Value) {
    let t = &document["totals"];
    let [lines, activities, continuations, skipped, matched, unmatched, excluded] = [
        "lines",
        "activities",
        "continuations",
        "skipped",
        "matched",
        "unmatched",
        "excluded",
    ]
    .map(|k| count(&t[k]));
    assert_eq!(lines, activities + continuations + skipped, "lines: {t}");
    assert_eq!(activities, matched + unmatched + excluded, "activities: {t}");
    let listed = document["activities"].as_array().expect("activities array").len();
    assert_eq!(activities, listed, "every activity listed: {t}");
}

/// (line, text, role, scores) of every activity of the first document.
fn activity_rows(report: &Value) -> Vec<(u64, String, Value, Value)> {
    report["documents"][0]["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| {
            (
                a["line"].as_u64().expect("line"),
                a["text"].as_str().expect("text").to_string(),
                a["role"].clone(),
                a["scores"].clone(),
            )
        })
        .collect()
}

const SAMPLE: &str = "# 2025\n\n- Wrote the PRD for checkout\n- Hired two engineers and ran weekly 1:1s\n  with my reports\n- Tracked the critical path across four teams\n- Went to lunch\n";

// ---------------------------------------------------------------------------------------------
// Input files
// ---------------------------------------------------------------------------------------------

#[test]
fn an_empty_file_is_zero_activities_and_a_note() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(&dir, "empty.md", b"");
    let (report, run) = json_ok(&[path_str(&path)], None);
    assert!(
        run.stderr.contains("empty.md: no activities found (0 lines"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    let document = &report["documents"][0];
    assert_totals_add_up(document);
    assert_eq!(count(&document["totals"]["lines"]), 0);
    assert_eq!(document["verdict"]["role"], Value::Null);
    // The table too.
    let run = run_args(&[path_str(&path)], None).ok();
    assert!(run.stdout().contains("verdict: none"), "{}", run.stdout());
}

#[test]
fn a_file_of_only_headings_is_all_skipped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(
        &dir,
        "headings.md",
        b"# Title\n## 2025 Q1\n### Notes\n#### \n###### Six\n",
    );
    let (report, run) = json_ok(&[path_str(&path)], None);
    assert!(
        run.stderr
            .contains("headings.md: no activities found (5 lines, none of them an activity)"),
        "{}",
        run.stderr
    );
    let document = &report["documents"][0];
    assert_totals_add_up(document);
    assert_eq!(count(&document["totals"]["skipped"]), 5);
    assert_eq!(count(&document["totals"]["activities"]), 0);
}

/// A 10 MB paragraph with no newline, written like a real self-review (role words, a negation,
/// a hedge) — a paste from a tool that lost its line breaks.
#[test]
fn a_ten_megabyte_line_of_prose_finishes_quickly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sentence = "Wrote the PRD and the roadmap with my team, did not own the launch, helped with hiring; lunch. ";
    let line = format!("- {}\n", sentence.repeat(10_000_000 / sentence.len()));
    let path = temp_file(&dir, "paste.md", line.as_bytes());
    let started = Instant::now();
    let mut cmd = rolemap();
    // The table, not JSON: the JSON would list every one of the ~1M matches.
    cmd.arg(path_str(&path)).timeout(QUICK);
    let run = execute(cmd);
    let took = started.elapsed();
    eprintln!("10 MB prose line: {took:?}");
    assert!(took < QUICK, "took {took:?}");
    let run = run.ok();
    // Longer than the longest line read (1 MiB): cut there, with a warning naming the line.
    run.stderr_is(&[&format!(
        "rolemap: warning: {}:1: a line of {} bytes was cut to its first 1 MiB, the longest line rolemap reads",
        path.display(),
        line.len() - 1
    )]);
    let stdout = run.stdout();
    assert!(
        stdout.contains("paste.md: 1 activities (1 matched, 0 unmatched) in 1 lines"),
        "{stdout}"
    );
    assert!(stdout.contains("verdict: EM"), "{stdout}");
}

/// The same size without lexicon words: reading, decoding and normalising 10 MB in one line.
#[test]
fn a_ten_megabyte_line_of_plain_words_finishes_quickly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let words = "lorem ipsum dolor sit amet consectetur adipiscing elit ";
    let line = format!("- {}\n", words.repeat(10_000_000 / words.len()));
    assert!(line.len() >= 9_900_000);
    let path = temp_file(&dir, "plain.md", line.as_bytes());
    let started = Instant::now();
    let mut cmd = rolemap();
    cmd.args([path_str(&path), "--format", "json"]).timeout(QUICK);
    let run = execute(cmd).ok();
    eprintln!("10 MB plain line: {:?}", started.elapsed());
    assert!(
        run.stderr.contains("plain.md:1: a line of ") && run.stderr.lines().count() == 1,
        "{}",
        run.stderr
    );
    let report = run.json();
    let document = &report["documents"][0];
    assert_totals_add_up(document);
    assert_eq!(count(&document["totals"]["lines"]), 1);
    assert_eq!(count(&document["totals"]["unmatched"]), 1);
}

/// One megabyte of role words in one line: about 130,000 matches to credit.
#[test]
fn a_megabyte_line_of_role_words_is_linear() {
    let dir = tempfile::tempdir().expect("temp dir");
    let line = format!("- {}\n", "roadmap hiring critical path ".repeat(1_000_000 / 29));
    let path = temp_file(&dir, "dense.md", line.as_bytes());
    let started = Instant::now();
    let mut cmd = rolemap();
    cmd.arg(path_str(&path)).timeout(Duration::from_secs(10));
    let run = execute(cmd).ok();
    eprintln!("1 MB dense line: {:?}", started.elapsed());
    assert!(run.stdout().contains("1 activities (1 matched"), "{}", run.stdout());
}

/// 24 KB in one line, half of it negations: a few thousand cues and matches.
#[test]
fn a_line_with_many_negations_is_fast() {
    let text = format!("- {}\n", "not roadmap ".repeat(2_000));
    let started = Instant::now();
    let mut cmd = rolemap();
    cmd.args(["-", "--format", "json"])
        .write_stdin(text)
        .timeout(Duration::from_secs(10));
    let run = execute(cmd).ok();
    eprintln!("negations: {:?}", started.elapsed());
    let report = run.json();
    let activity = &report["documents"][0]["activities"][0];
    assert_eq!(activity["role"], Value::Null, "every roadmap is negated");
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning_naming_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(
        &dir,
        "latin1.md",
        b"# Notes\n- Wrote the PRD\n- Hired two caf\xE9 engineers\n- Bad \xFF\xFE again\n",
    );
    let (report, run) = json_ok(&[path_str(&path)], None);
    run.stderr_is(&[&format!(
        "rolemap: warning: {}:3: invalid UTF-8; bad bytes were replaced with U+FFFD",
        path.display()
    )]);
    let rows = activity_rows(&report);
    assert_eq!(rows[1].1, "Hired two caf\u{FFFD} engineers");
    assert_eq!(rows[1].2, "EM");
    assert_totals_add_up(&report["documents"][0]);
}

fn utf16_case(little_endian: bool) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (bom, name): (&[u8], _) = if little_endian {
        (&[0xFF, 0xFE], "le.md")
    } else {
        (&[0xFE, 0xFF], "be.md")
    };
    let mut bytes = bom.to_vec();
    for unit in SAMPLE.encode_utf16() {
        bytes.extend(if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    let path = temp_file(&dir, name, &bytes);
    let (report, run) = json_ok(&[path_str(&path)], None);
    run.stderr_is(&[&format!("rolemap: warning: {}: decoded as UTF-16", path.display())]);
    let (plain, _) = json_ok(&["-"], Some(SAMPLE.as_bytes()));
    assert_eq!(activity_rows(&report), activity_rows(&plain));
    assert_totals_add_up(&report["documents"][0]);
}

#[test]
fn utf16_little_endian_with_a_bom_is_decoded_with_a_warning() {
    utf16_case(true);
}

#[test]
fn utf16_big_endian_with_a_bom_is_decoded_with_a_warning() {
    utf16_case(false);
}

#[test]
fn nul_bytes_in_a_file_are_refused_as_binary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(&dir, "nul.md", b"- Wrote the PRD\0\n- Hired two engineers\n");
    let run = run_args(&[path_str(&path)], None).refused(&format!("{}: looks like a binary file", path.display()));
    assert!(run.stdout.is_empty(), "no report for a refused file");
}

#[test]
fn nul_bytes_on_stdin_are_refused_as_binary() {
    for args in [&["-"][..], &[][..]] {
        let run = run_args(args, Some(b"- Wrote the PRD\n\0\0\0")).refused("<stdin>: looks like a binary file");
        assert!(run.stdout.is_empty());
    }
}

#[test]
fn cr_only_line_ends_give_the_same_activities_as_lf() {
    let (lf, _) = json_ok(&["-"], Some(SAMPLE.as_bytes()));
    let (cr, run) = json_ok(&["-"], Some(SAMPLE.replace('\n', "\r").as_bytes()));
    assert_eq!(run.stderr, "");
    assert_eq!(activity_rows(&cr), activity_rows(&lf));
    assert_eq!(cr["documents"][0]["totals"], lf["documents"][0]["totals"]);
}

#[test]
fn crlf_line_ends_give_the_same_activities_as_lf() {
    let (lf, _) = json_ok(&["-"], Some(SAMPLE.as_bytes()));
    let (crlf, run) = json_ok(&["-"], Some(SAMPLE.replace('\n', "\r\n").as_bytes()));
    assert_eq!(run.stderr, "");
    assert_eq!(activity_rows(&crlf), activity_rows(&lf));
    assert_eq!(crlf["documents"][0]["totals"], lf["documents"][0]["totals"]);
}

#[test]
fn a_fifo_is_read_like_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("pipe.md");
    let status = Command::new("mkfifo").arg(&fifo).status().expect("run mkfifo");
    assert!(status.success(), "mkfifo failed");
    let writer_path = fifo.clone();
    let writer = std::thread::spawn(move || {
        // Opening for writing blocks until rolemap opens the FIFO for reading.
        let mut pipe = std::fs::OpenOptions::new()
            .write(true)
            .open(writer_path)
            .expect("open fifo");
        pipe.write_all(SAMPLE.as_bytes()).expect("write fifo");
    });
    let mut cmd = rolemap();
    cmd.args([path_str(&fifo), "--format", "json"]).timeout(QUICK);
    let run = execute(cmd).ok();
    writer.join().expect("writer thread");
    assert_eq!(run.stderr, "");
    let report = run.json();
    assert_eq!(report["documents"][0]["source"], path_str(&fifo));
    let (plain, _) = json_ok(&["-"], Some(SAMPLE.as_bytes()));
    assert_eq!(activity_rows(&report), activity_rows(&plain));
}

#[test]
fn dev_stdin_as_a_file_argument_reads_standard_input() {
    let (report, run) = json_ok(&["/dev/stdin"], Some(SAMPLE.as_bytes()));
    assert_eq!(run.stderr, "");
    assert_eq!(report["documents"][0]["source"], "/dev/stdin");
    let (plain, _) = json_ok(&["-"], Some(SAMPLE.as_bytes()));
    assert_eq!(activity_rows(&report), activity_rows(&plain));
}

#[test]
fn a_folder_with_no_text_files_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    temp_file(&dir, "picture.png", b"\x89PNG");
    temp_file(&dir, "notes.pdf", b"%PDF");
    temp_file(&dir, ".hidden.md", b"- Wrote the PRD\n");
    std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
    temp_file(&dir, "sub/data.json", b"{}");
    run_args(&[path_str(dir.path())], None).refused(&format!(
        "{}: no .txt, .md or .markdown files in this folder",
        dir.path().display()
    ));
}

/// A folder whose only text file is binary has nothing to read either: the file is named in a
/// note and the run is refused.
#[test]
fn a_folder_whose_text_files_are_all_binary_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(&dir, "x.md", b"\x89PNG\0\0\0");
    let run = run_args(&[path_str(dir.path())], None);
    run.no_panic();
    assert_eq!(run.code, Some(2), "stdout:\n{}\nstderr:\n{}", run.stdout(), run.stderr);
    run.stderr_is(&[
        &format!("rolemap: note: skipped {}: binary file", path.display()),
        &format!(
            "rolemap: error: nothing to read in {}: every file was skipped as binary",
            dir.path().display()
        ),
    ]);
    assert!(run.stdout.is_empty(), "{}", run.stdout());
}

#[test]
fn an_unreadable_file_is_refused_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(&dir, "locked.md", b"- Wrote the PRD\n");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod 000");
    if std::fs::read(&path).is_ok() {
        eprintln!("skipped: running as root, chmod 000 does not stop reads");
        return;
    }
    run_args(&[path_str(&path)], None).refused(&format!("{}: cannot read", path.display()));
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let line = "- Coordinated the migration across four teams and tracked the critical path\n";
    let big = temp_file(&dir, "big.md", line.repeat(20_000).as_bytes());
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("rolemap"))
        .args([path_str(&big), "--explain"])
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn rolemap");
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    reader.read_line(&mut first).expect("read the first line");
    assert!(first.contains("big.md: 20000 activities"), "{first}");
    drop(reader);
    let output = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn a_closed_pipe_stops_json_lines_of_a_large_file_without_hanging() {
    // Over 1 MB: read on its own thread and classified by workers while lines are written.
    let dir = tempfile::tempdir().expect("temp dir");
    let line = "- Coordinated the migration across four teams and tracked the critical path\n";
    let big = temp_file(&dir, "big.md", line.repeat(60_000).as_bytes());
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("rolemap"))
        .args([path_str(&big), "--format", "jsonl"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn rolemap");
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    reader.read_line(&mut first).expect("read the first line");
    assert!(first.starts_with('{'), "{first}");
    drop(reader);
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().expect("kill");
            panic!("rolemap still running a minute after its output closed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("read stderr");
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn a_slow_reader_of_json_lines_keeps_memory_flat() {
    // Output is not read for a while: the bounded queues must hold the workers and the reading
    // thread back instead of keeping every classified activity (~100 MB here).
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        eprintln!("skipped: no /proc to read peak memory from");
        return;
    };
    assert!(status.contains("VmHWM"));
    let dir = tempfile::tempdir().expect("temp dir");
    let line = "- Coordinated the migration across four teams and tracked the critical path\n";
    let big = temp_file(&dir, "big.md", line.repeat(60_000).as_bytes());
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("rolemap"))
        .args([path_str(&big), "--format", "jsonl"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn rolemap");
    std::thread::sleep(Duration::from_millis(1500));
    let peak_kb = std::fs::read_to_string(format!("/proc/{}/status", child.id()))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        });
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("read output");
    assert!(child.wait().expect("wait").success());
    assert_eq!(out.lines().count(), 60_000);
    if let Some(peak_kb) = peak_kb {
        assert!(peak_kb < 60_000, "peak memory {peak_kb} kB while the output waited");
    }
}

// ---------------------------------------------------------------------------------------------
// Lexicon folders
// ---------------------------------------------------------------------------------------------

const HEAD: &str = "@name Product Manager\n@question what/why\n@label PM\n";

/// A lexicon folder holding `files`.
fn lexicon_dir(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, body) in files {
        temp_file(&dir, name, body);
    }
    dir
}

fn classify_with(dir: &tempfile::TempDir, input: &str) -> Run {
    run_args(
        &["--lexicon", path_str(dir.path()), "--format", "json", "-"],
        Some(input.as_bytes()),
    )
}

#[test]
fn an_empty_lex_file_is_refused_for_missing_name() {
    let dir = lexicon_dir(&[("pm.lex", b"")]);
    let file = dir.path().join("pm.lex");
    classify_with(&dir, "- Wrote the PRD\n").refused(&format!("{}:1: missing @name", file.display()));
}

#[test]
fn a_ten_thousand_character_entry_loads_and_matches() {
    let word = "a".repeat(10_000);
    let phrase = vec!["zeta"; 2_000].join(" ");
    let regex = format!("/{}/", "b".repeat(9_998));
    assert_eq!((phrase.len(), regex.len()), (9_999, 10_000));
    let body = format!("{HEAD}{word} = 2\n{phrase} = 3\n{regex} = 4\n");
    let dir = lexicon_dir(&[("pm.lex", body.as_bytes())]);
    let input = format!(
        "- did {word} today\n- {}\n- {}\n- {} short\n",
        phrase.to_uppercase(),
        "b".repeat(9_998),
        "a".repeat(9_999)
    );
    let run = classify_with(&dir, &input).ok();
    assert_eq!(run.stderr, "");
    let report = run.json();
    let scores: Vec<f64> = activity_rows(&report)
        .iter()
        .map(|row| row.3["PM"].as_f64().expect("score"))
        .collect();
    assert_eq!(scores, [2.0, 3.0, 4.0, 0.0]);
}

#[test]
fn a_hundred_thousand_entries_load_and_classify_quickly() {
    let mut body = String::from(HEAD);
    for i in 0..100_000 {
        body.push_str(&format!("zq{i:05} = 2\n"));
    }
    let em = b"@name Engineering Manager\n@question how/who\n@label EM\nhiring = 1\n";
    let dir = lexicon_dir(&[("pm.lex", body.as_bytes()), ("em.lex", em)]);
    let started = Instant::now();
    let mut cmd = rolemap();
    cmd.args(["--lexicon", path_str(dir.path()), "--format", "json", "-"])
        .write_stdin("- did zq00000, zq54321 and zq99999\n- hiring\n- zq100000\n")
        .timeout(QUICK);
    let run = execute(cmd).ok();
    let took = started.elapsed();
    eprintln!("100,000 entries: loaded and classified in {took:?}");
    assert!(took < Duration::from_secs(5), "took {took:?}");
    assert_eq!(run.stderr, "");
    let report = run.json();
    let rows = activity_rows(&report);
    assert_eq!(rows[0].3["PM"], 6.0);
    assert_eq!(rows[0].2, "PM");
    assert_eq!(rows[1].2, "EM");
    assert_eq!(rows[2].2, Value::Null, "zq100000 is not an entry");
}

#[test]
fn duplicate_entries_load_but_lexicon_check_reports_them() {
    let body = format!("{HEAD}roadmap = 2\nprd = 3\nRoadmap = 1\n[context]\ncustomer*\ncustomer* = 2\n");
    let dir = lexicon_dir(&[("pm.lex", body.as_bytes())]);
    let file = dir.path().join("pm.lex");
    let run = classify_with(&dir, "- Owned the roadmap\n").ok();
    assert_eq!(run.stderr, "");
    assert_eq!(run.json()["documents"][0]["activities"][0]["role"], "PM");

    let mut cmd = rolemap();
    cmd.args(["lexicon", "check", path_str(dir.path())]);
    let check = execute(cmd);
    check.no_panic();
    assert_eq!(
        check.code,
        Some(1),
        "stdout:\n{}\nstderr:\n{}",
        check.stdout(),
        check.stderr
    );
    let stdout = check.stdout();
    for line in [6, 9] {
        let needle = format!("{}:{line}: error: duplicate entry", file.display());
        assert!(stdout.contains(&needle), "{needle:?} in:\n{stdout}");
    }
    assert!(stdout.contains("2 error(s)"), "{stdout}");
}

#[test]
fn a_regex_that_does_not_compile_is_refused_naming_file_and_line() {
    let body = format!("{HEAD}roadmap\n/across (two|three teams/ = 2\n");
    let dir = lexicon_dir(&[("pm.lex", body.as_bytes())]);
    let file = dir.path().join("pm.lex");
    classify_with(&dir, "- Wrote the PRD\n")
        .refused(&format!("{}:5: regular expression does not compile", file.display()));
}

#[test]
fn an_invalid_weight_is_refused_naming_file_and_line() {
    for (weight, message) in [
        ("heavy", "is not a number"),
        ("", "is not a number"),
        ("0", "out of range"),
        ("-1", "out of range"),
        ("10.5", "out of range"),
        ("NaN", "out of range"),
        ("inf", "out of range"),
        ("1e309", "out of range"),
    ] {
        let body = format!("{HEAD}prd = 3\nroadmap = {weight}\n");
        let dir = lexicon_dir(&[("pm.lex", body.as_bytes())]);
        let file = dir.path().join("pm.lex");
        let run = classify_with(&dir, "- Wrote the PRD\n");
        assert!(run.stderr.contains(message), "weight {weight:?}: {}", run.stderr);
        run.refused(&format!("{}:5: weight", file.display()));
    }
}

#[test]
fn a_lex_file_that_is_not_utf8_is_refused_naming_file_and_line() {
    let mut body = HEAD.as_bytes().to_vec();
    body.extend(b"roadmap\nprd\ncaf\xE9 owners\n");
    let dir = lexicon_dir(&[("pm.lex", &body)]);
    let file = dir.path().join("pm.lex");
    classify_with(&dir, "- Wrote the PRD\n").refused(&format!("{}:6: not UTF-8", file.display()));
}

// ---------------------------------------------------------------------------------------------
// Odd text
// ---------------------------------------------------------------------------------------------

#[test]
fn a_hundred_thousand_bullets_add_up() {
    let pool = [
        "Wrote the PRD",
        "Hired two engineers",
        "Tracked the critical path across four teams",
        "Went to lunch",
        "Fixed a flaky test",
    ];
    let mut text = String::from("# Everything\n\n");
    for i in 0..100_000 {
        text.push_str("- ");
        text.push_str(pool[i % pool.len()]);
        text.push('\n');
    }
    let started = Instant::now();
    let (report, run) = json_ok(&["-"], Some(text.as_bytes()));
    eprintln!("100,000 bullets: {:?}", started.elapsed());
    assert_eq!(run.stderr, "");
    let document = &report["documents"][0];
    assert_totals_add_up(document);
    let t = &document["totals"];
    assert_eq!(count(&t["lines"]), 100_002);
    assert_eq!(count(&t["activities"]), 100_000);
    assert_eq!(count(&t["skipped"]), 2);
    assert_eq!(count(&t["matched"]), 60_000, "{t}");
    let role_counts: usize = document["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .map(|r| count(&r["activities"]))
        .sum();
    assert_eq!(role_counts, 60_000);
}

#[test]
fn emoji_cjk_and_rtl_lines_are_activities_that_match_nothing() {
    let lines = [
        "🚀🎉✨ 👩‍💻👨‍👩‍👧",
        "推进了跨团队的路线图",
        "قاد خارطة الطريق للمنتج",
        "\u{200F}עברית\u{200F} \u{202E}desrever\u{202C}",
    ];
    let text: String = lines.iter().map(|l| format!("- {l}\n")).collect();
    let (report, run) = json_ok(&["-"], Some(text.as_bytes()));
    assert_eq!(run.stderr, "");
    let document = &report["documents"][0];
    assert_totals_add_up(document);
    let rows = activity_rows(&report);
    let texts: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(texts, lines);
    assert!(rows.iter().all(|r| r.2.is_null()), "{rows:?}");
    assert_eq!(document["verdict"]["role"], Value::Null);
    // Table output survives wide and bidirectional characters.
    let run = run_args(&["--explain", "-"], Some(text.as_bytes())).ok();
    assert!(
        run.stdout().contains("4 activities (0 matched, 4 unmatched)"),
        "{}",
        run.stdout()
    );
}

#[test]
fn punctuation_only_lines_are_unmatched_activities() {
    let text = "- !!! ??? ...\n...!?\n- (&^%$#@)\n- — – · • ¿¡\n- ''' \"\"\"\n";
    let (report, run) = json_ok(&["-"], Some(text.as_bytes()));
    assert_eq!(run.stderr, "");
    let document = &report["documents"][0];
    assert_totals_add_up(document);
    let rows = activity_rows(&report);
    assert_eq!(rows.len(), 5, "{rows:?}");
    assert!(rows.iter().all(|r| r.2.is_null()), "{rows:?}");
    for row in &rows {
        for (_, score) in row.3.as_object().expect("scores") {
            assert_eq!(score.as_f64(), Some(0.0), "{row:?}");
        }
    }
    rolemap()
        .args(["--explain", "-"])
        .write_stdin(text)
        .assert()
        .success()
        .stderr(predicate::str::contains("panicked").not())
        .stdout(predicate::str::contains("5 activities (0 matched, 5 unmatched)"));
}
