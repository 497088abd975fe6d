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
        stdout.contains("paste.md: 1 activity (1 matched, 0 unmatched) in 1 line"),
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
    assert!(run.stdout().contains("1 activity (1 matched"), "{}", run.stdout());
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
    // A UTF-8 line (the ü) with a bad byte: replaced.
    let path = temp_file(
        &dir,
        "mixed.md",
        b"# Notes\n- Wrote the PRD\n- Hired two caf\xE9 engineers in M\xC3\xBCnchen\n- Bad \xFF\xC3\xA4 again\n",
    );
    let (report, run) = json_ok(&[path_str(&path)], None);
    run.stderr_is(&[&format!(
        "rolemap: warning: {}:3: invalid UTF-8; bad bytes were replaced with U+FFFD",
        path.display()
    )]);
    let rows = activity_rows(&report);
    assert_eq!(rows[1].1, "Hired two caf\u{FFFD} engineers in M\u{fc}nchen");
    assert_eq!(rows[1].2, "EM");
    assert_totals_add_up(&report["documents"][0]);
    // Lines with no UTF-8 beyond ASCII are Latin-1 / Windows-1252 text, read as such.
    let path = temp_file(
        &dir,
        "latin1.md",
        b"# Notes\n- Wrote the PRD\n- Hired two caf\xE9 engineers\n- Bad \xFF\xFE again\n",
    );
    let (report, run) = json_ok(&[path_str(&path)], None);
    run.stderr_is(&[&format!(
        "rolemap: warning: {}:3: not UTF-8: read as Windows-1252 (Notepad's \"ANSI\") (and 1 more line); save it as UTF-8 to be sure",
        path.display()
    )]);
    let rows = activity_rows(&report);
    assert_eq!(rows[1].1, "Hired two caf\u{e9} engineers");
    assert_eq!(rows[2].1, "Bad \u{ff}\u{fe} again");
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
    // A byte-order mark says UTF-16 for sure: read without a word.
    run.stderr_is(&[]);
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
        "{}: no .txt, .md, .markdown, .text, .org, .adoc, .asciidoc or .rst files in this folder",
        dir.path().display()
    ));
}

/// A folder whose only text file is binary has nothing to read either: the file is named in a
/// note and the run is refused.
#[test]
fn a_folder_whose_text_files_are_all_binary_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(&dir, "x.md", b"\x7fDATA\0\0\0");
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
    // One line per activity, then the document and summary records.
    assert_eq!(out.lines().count(), 60_002);
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
    // About 1 s of CPU in a debug build; the bound leaves room for a loaded 2-core machine.
    assert!(took < Duration::from_secs(20), "took {took:?}");
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

// ---------------------------------------------------------------------------------------------
// Issue 12: memory that grows without bound
// ---------------------------------------------------------------------------------------------

/// Virtual-memory cap for runs that used to grow without bound (3 GiB, in KiB for `ulimit -v`):
/// a regression aborts the run rather than the machine.
const MEMORY_CAP_KB: u64 = 3 << 20;

/// Peak resident memory a bounded run may reach (kB). A run keeps about 20 MB whatever its
/// input; before the fix these cases reached gigabytes.
const FLAT_KB: u64 = 120_000;

/// What feeds a capped run's standard input.
type Feed = Box<dyn FnOnce(&mut dyn Write) -> std::io::Result<()> + Send>;

/// Runs rolemap under [`MEMORY_CAP_KB`] with `/usr/bin/time` measuring its peak resident
/// memory (kB; `None` where that tool is missing). Standard input is fed by `feed` on a thread
/// (a closed pipe ends the feed); stdout is kept only when `keep_stdout`, else counted.
fn capped(args: &[&str], feed: Option<Feed>, keep_stdout: bool) -> (Run, Option<u64>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let rss_file = dir.path().join("rss");
    let time = std::path::Path::new("/usr/bin/time").exists();
    let script = if time {
        "ulimit -v \"$1\" && shift && exec /usr/bin/time -f %M -o \"$0\" \"$@\""
    } else {
        "ulimit -v \"$1\" && shift && exec \"$@\""
    };
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(&rss_file)
        .arg(MEMORY_CAP_KB.to_string())
        .arg(assert_cmd::cargo::cargo_bin!("rolemap"))
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env_remove("TERM")
        .stdin(if feed.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn rolemap");
    let feeder = feed.map(|feed| {
        let mut stdin = child.stdin.take().expect("stdin");
        std::thread::spawn(move || {
            let _ = feed(&mut stdin);
        })
    });
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buffer = vec![0; 1 << 16];
        let mut tail = Vec::new();
        loop {
            match stdout.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(n) if keep_stdout => kept.extend_from_slice(&buffer[..n]),
                Ok(n) => {
                    tail.extend_from_slice(&buffer[..n]);
                    let cut = tail.len().saturating_sub(64);
                    tail.drain(..cut);
                }
            }
        }
        if keep_stdout { kept } else { tail }
    });
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("read stderr");
    let status = child.wait().expect("wait");
    if let Some(feeder) = feeder {
        feeder.join().expect("feeder");
    }
    let stdout = reader.join().expect("reader");
    let peak = std::fs::read_to_string(&rss_file)
        .ok()
        .and_then(|s| s.trim().lines().last().and_then(|l| l.trim().parse().ok()));
    if time {
        // /usr/bin/time reports a signal on its own line of stderr; keep only rolemap's.
        stderr = stderr
            .lines()
            .filter(|l| !l.starts_with("Command "))
            .map(|l| format!("{l}\n"))
            .collect();
    }
    let run = Run {
        code: status.code(),
        stdout,
        stderr,
    };
    (run, peak)
}

/// Asserts a peak resident memory (when measured) is under [`FLAT_KB`].
fn assert_flat(what: &str, peak: Option<u64>) {
    match peak {
        Some(kb) => {
            eprintln!("{what}: peak RSS {kb} kB");
            assert!(kb < FLAT_KB, "{what}: peak RSS {kb} kB");
        }
        None => eprintln!("{what}: /usr/bin/time missing, peak RSS not measured"),
    }
}

/// Feeds `chunk` repeated until `bytes` are written, after `head`.
fn repeat(head: &'static [u8], chunk: &'static [u8], bytes: usize) -> Feed {
    Box::new(move |out| {
        out.write_all(head)?;
        let block = chunk.repeat((64 << 10) / chunk.len().max(1) + 1);
        let mut written = 0;
        while written < bytes {
            out.write_all(&block)?;
            written += block.len();
        }
        Ok(())
    })
}

#[test]
fn binary_files_are_refused_on_every_path_before_they_are_read_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lexicon = dir.path().join("zero-lexicon");
    std::fs::create_dir(&lexicon).expect("mkdir");
    std::os::unix::fs::symlink("/dev/zero", lexicon.join("roles.dic")).expect("symlink");
    let dic = lexicon.join("roles.dic");
    for (args, needle) in [
        (vec!["eval", "/dev/zero"], "/dev/zero: looks like a binary file"),
        (
            vec!["/dev/zero", "--column", "a"],
            "/dev/zero: looks like a binary file",
        ),
        (
            vec!["lexicon", "check", "--words", "/dev/zero"],
            "--words: cannot read the word list: /dev/zero: looks like a binary file",
        ),
        (
            vec!["lexicon", "fit", "/dev/zero", "--out", "x"],
            "/dev/zero: looks like a binary file",
        ),
        (vec!["/dev/zero"], "/dev/zero: looks like a binary file"),
        (vec!["--lexicon", path_str(&dic), "-"], "not a regular file"),
    ] {
        let started = Instant::now();
        let (run, _) = capped(&args, None, true);
        assert!(started.elapsed() < QUICK, "{args:?} took {:?}", started.elapsed());
        run.refused(needle);
    }
}

#[test]
fn a_utf16_mark_before_endless_zeros_is_binary() {
    let (run, peak) = capped(&["-"], Some(repeat(b"\xff\xfe", b"\0", 1 << 30)), true);
    run.refused("<stdin>: looks like a binary file (NUL byte in the first 8 KiB)");
    assert_flat("BOM + zeros", peak);
}

#[test]
fn binary_data_after_the_first_8_kib_is_an_error_naming_the_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut text = "- Wrote the PRD\n".repeat(1000).into_bytes();
    text.extend(b"- a \0 here\n- more\n");
    let path = temp_file(&dir, "late.md", &text);
    run_args(&[path_str(&path), "--format", "jsonl"], None).refused(&format!(
        "{}:1001: binary data (a NUL byte) in a text file",
        path.display()
    ));
    // UTF-16 text that decodes to U+0000 is binary too.
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "- Wrote the PRD\n"
        .repeat(1000)
        .encode_utf16()
        .chain("- x\0\n".encode_utf16())
    {
        utf16.extend(unit.to_le_bytes());
    }
    let path = temp_file(&dir, "late16.md", &utf16);
    run_args(&[path_str(&path)], None).refused(&format!("{}:1001: binary data", path.display()));
    // Found in a folder, a file that starts as binary is skipped; one that turns binary later
    // is an error, since part of it was read: each is named, and none is reported.
    let run = run_args(&[path_str(dir.path())], None);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let errors: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(errors.len(), 2, "{}", run.stderr);
    assert!(errors[0].starts_with("rolemap: error: ") && errors[0].contains("late.md:1001: binary data"));
    assert!(errors[1].starts_with("rolemap: error: ") && errors[1].contains("late16.md:1001: binary data"));
}

#[test]
fn a_large_input_that_fails_midway_keeps_its_report_whole() {
    // Files of 1 MiB and more, and standard input, are classified as they are read, so their
    // first activities are written before the failure is found: the document is finished with
    // the lines before it, the output stays one JSON value, and the error names the line.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut text = "- Wrote the PRD for saved carts and ran the weekly 1:1s\n"
        .repeat(40_000)
        .into_bytes();
    text.extend(b"- a \0 here\n- Planned the cutover\n");
    let path = temp_file(&dir, "late.md", &text);
    for (args, stdin, name) in [
        (
            vec![path_str(&path), "--format", "json"],
            None,
            path.display().to_string(),
        ),
        (
            vec!["-", "--format", "json"],
            Some(text.as_slice()),
            "<stdin>".to_string(),
        ),
    ] {
        let run = run_args(&args, stdin);
        run.no_panic();
        assert_eq!(run.code, Some(2), "{}", run.stderr);
        assert_eq!(
            run.stderr.trim_end(),
            format!(
                "rolemap: error: {name}:40001: binary data (a NUL byte) in a text file; rolemap reads text; the report holds the lines before it"
            )
        );
        let json = run.json();
        assert_eq!(json["documents"][0]["totals"]["lines"], 40_000, "{name}");
        assert_eq!(
            json["documents"][0]["activities"].as_array().map(Vec::len),
            Some(40_000)
        );
        assert_eq!(json["summary"]["documents"], 1);
    }
    // JSON Lines ends with its summary record.
    let run = run_args(&[path_str(&path), "--format", "jsonl"], None);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let last = run.stdout().lines().last().map(str::to_string).unwrap_or_default();
    assert!(last.starts_with("{\"type\":\"summary\""), "{last}");
    // Whether activities are written as they come or not (a table, --quiet), the document is
    // reported the same way, and so is its role check.
    let small = temp_file(&dir, "small.md", b"- Ran the weekly 1:1s\n");
    for extra in [&[][..], &["-X"], &["-q"]] {
        let args: Vec<&str> = [path_str(&path), path_str(&small), "--expect", "TPM"]
            .iter()
            .chain(extra)
            .copied()
            .collect();
        let run = run_args(&args, None);
        assert_eq!(run.code, Some(2), "{extra:?}: {}", run.stderr);
        assert!(
            run.stderr.contains("late.md:40001: binary data") && run.stderr.contains("check failed: "),
            "{extra:?}: {}",
            run.stderr
        );
        if extra.is_empty() {
            assert!(run.stdout().contains("total (2 documents)"), "{}", run.stdout());
        }
    }
    // An unknown front-matter role is found before any activity is written: the input is
    // left out, as a small file is, whatever the format.
    let mut text = b"---\nrole: astronaut\n---\n".to_vec();
    text.extend("- Wrote the PRD for saved carts\n".repeat(40_000).into_bytes());
    for format in ["json", "table"] {
        let run = run_args(&["-", "--format", format], Some(&text));
        run.no_panic();
        assert_eq!(run.code, Some(2), "{}", run.stderr);
        assert!(run.stdout.is_empty(), "{}", run.stdout());
        assert!(
            run.stderr
                .starts_with("rolemap: error: <stdin>:2: front matter role: unknown role \"astronaut\"")
                && run.stderr.lines().count() == 1,
            "{}",
            run.stderr
        );
    }
}

#[test]
fn an_endless_line_is_cut_at_one_mebibyte_and_memory_stays_flat() {
    let (run, peak) = capped(&["-"], Some(repeat(b"- ", b"a", 64 << 20)), true);
    let run = run.ok();
    assert!(
        run.stderr
            .starts_with("rolemap: warning: <stdin>:1: a line of 671") // 64 MiB and a little more
            && run.stderr.contains("bytes was cut to its first 1 MiB, the longest line rolemap reads"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout().contains("1 activity (0 matched, 1 unmatched) in 1 line"),
        "{}",
        run.stdout()
    );
    assert_flat("64 MiB line", peak);
}

#[test]
fn utf16_and_cr_only_files_stream_in_flat_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let line = "- Coordinated the migration across four teams\r";
    let path = temp_file(&dir, "mac.md", line.repeat(400_000).as_bytes());
    let (run, peak) = capped(&[path_str(&path)], None, true);
    let run = run.ok();
    assert!(
        run.stdout().contains("400000 activities (400000 matched"),
        "{}",
        run.stdout()
    );
    assert_flat("CR-only 18 MB", peak);
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "- Coordinated the migration across four teams\n"
        .repeat(200_000)
        .encode_utf16()
    {
        utf16.extend(unit.to_le_bytes());
    }
    let path = temp_file(&dir, "wide.md", &utf16);
    let (run, peak) = capped(&[path_str(&path)], None, true);
    let run = run.ok();
    // A byte-order mark says UTF-16 for sure: read without a word.
    run.stderr_is(&[]);
    assert!(
        run.stdout().contains("200000 activities (200000 matched"),
        "{}",
        run.stdout()
    );
    assert_flat("UTF-16 18 MB", peak);
}

/// 150,000 one-word lines: before the fix, JSON and `--explain` held about 1.5 KB per activity
/// (some 225 MB here).
#[test]
fn every_format_keeps_memory_flat_on_many_activities() {
    let dir = tempfile::tempdir().expect("temp dir");
    let words = ["roadmap", "hiring", "milestones", "lunch", "refactoring"];
    let text: String = (0..150_000)
        .map(|i| format!("- {}\n", words[i % words.len()]))
        .collect();
    let path = temp_file(&dir, "many.md", text.as_bytes());
    let file = path_str(&path);
    for args in [
        &[file, "--format", "json"][..],
        &[file, "--explain"],
        &[file, "--explain", "--format", "markdown"],
        &[file, "--explain", "--format", "csv"],
        &[file, "--format", "jsonl"],
        &[file, "--format", "jsonl", "--by", "month"],
        &[file, "--format", "csv", "--by", "quarter"],
        &[file, "--format", "html"],
    ] {
        let (run, peak) = capped(args, None, false);
        let run = run.ok();
        assert_eq!(run.stderr, "", "{args:?}");
        assert!(!run.stdout.is_empty(), "{args:?}");
        assert_flat(&args[1..].join(" "), peak);
    }
}

#[test]
fn json_of_endless_standard_input_streams_in_flat_memory() {
    let feed = repeat(b"", b"- Wrote the PRD and ran user interviews\n", 12 << 20);
    let (run, peak) = capped(&["--format", "json"], Some(feed), false);
    let run = run.ok();
    assert_eq!(run.stderr, "");
    // The value is closed: its summary comes last.
    let tail = run.stdout();
    assert!(tail.trim_end().ends_with('}'), "{tail}");
    assert_flat("json of 12 MB of stdin", peak);
}

/// 150,000 headings each naming a different span across years: the period rows were kept
/// one per span (345 MB for 8.8 MB of text); a tally now keeps at most 5,000 rows and counts the
/// rest in an `other` row.
#[test]
fn distinct_date_spans_by_the_thousand_keep_memory_flat() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut text = String::new();
    for day in 0..150_000u32 {
        let (year, rest) = (1000 + day / 336, day % 336);
        let (month, date) = (rest / 28 + 1, rest % 28 + 1);
        text.push_str(&format!(
            "## {year}-{month:02}-{date:02} to {}-{month:02}-{date:02}\n- Wrote the PRD\n",
            year + 2
        ));
    }
    let path = temp_file(&dir, "spans.md", text.as_bytes());
    let file = path_str(&path);
    for (args, other) in [
        (&[file][..], None),
        (&[file, "--format", "json"], Some("\"period\": \"other\"")),
        (&[file, "--by", "year"], Some("│ other ")),
    ] {
        let (run, peak) = capped(args, None, true);
        let run = run.ok();
        if let Some(other) = other {
            assert!(run.stdout().contains(other), "{args:?}: an `other` row");
        }
        assert_flat(&format!("150,000 spans, {}", args[1..].join(" ")), peak);
    }
}

/// A resume of 100,000 job headers kept a tally and a report per job (806 MB for 9.6 MB of
/// text); past 1,000 jobs the lines count for the whole document only, with one warning.
#[test]
fn a_resume_of_endless_jobs_keeps_a_thousand_apart_and_memory_flat() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut text = String::from("# Jane Doe\n\n## Experience\n\n");
    for i in 0..100_000 {
        text.push_str(&format!(
            "Engineering Manager, Acme {i}  Jan 2020 - Mar 2021\n- Hired two engineers\n\n"
        ));
    }
    let path = temp_file(&dir, "jobs.md", text.as_bytes());
    let (run, peak) = capped(&[path_str(&path), "--format", "json"], None, true);
    let run = run.ok();
    run.stderr_is(&[&format!(
        "rolemap: warning: {}:3005: more than 1000 jobs: the lines from here count for the whole document but for no job",
        path.display()
    )]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout()).expect("JSON");
    let document = &report["documents"][0];
    assert_eq!(document["jobs"].as_array().map(Vec::len), Some(1_000));
    assert_eq!(document["totals"]["activities"], 100_000);
    assert_flat("100,000 jobs, json", peak);
}

#[test]
fn json_is_one_value_with_activities_before_the_figures() {
    let (report, _) = json_ok(&["-"], Some(SAMPLE.as_bytes()));
    let document = &report["documents"][0];
    assert_totals_add_up(document);
    let run = run_args(&["--format", "json", "-"], Some(SAMPLE.as_bytes())).ok();
    let text = run.stdout();
    let at = |key: &str| text.find(&format!("\"{key}\":")).unwrap_or_else(|| panic!("{key}"));
    assert!(
        at("source") < at("activities") && at("activities") < at("totals"),
        "{text}"
    );
    assert!(at("totals") < at("verdict") && at("verdict") < at("summary"), "{text}");
}

#[test]
fn a_two_thousand_category_lexicon_with_json_keeps_memory_flat() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut dic = String::from("%\n");
    for i in 1..=2000 {
        dic.push_str(&format!("{i}\tcat{i}\n"));
    }
    dic.push_str("%\n");
    for i in 1..=2000 {
        dic.push_str(&format!("word{i}\t{i}\n"));
    }
    let dic_path = temp_file(&dir, "wide.dic", dic.as_bytes());
    let text: String = (0..20_000)
        .map(|i| format!("- word{} and word{}\n", i % 2000 + 1, (i * 7) % 2000 + 1))
        .collect();
    let path = temp_file(&dir, "text.md", text.as_bytes());
    let (run, peak) = capped(
        &["--lexicon", path_str(&dic_path), path_str(&path), "--format", "json"],
        None,
        false,
    );
    let run = run.ok();
    assert_eq!(run.stderr, "");
    assert_flat("2,000 categories, json", peak);
}

#[test]
fn an_activity_and_front_matter_are_bounded_with_warnings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let continuation = format!("  {}\n", "x".repeat(100_000));
    let text = format!("- Wrote the PRD\n{}- Hired two engineers\n", continuation.repeat(12));
    let path = temp_file(&dir, "long.md", text.as_bytes());
    let (report, run) = json_ok(&[path_str(&path)], None);
    run.stderr_is(&[&format!(
        "rolemap: warning: {}:1: an activity of more than 1 MiB: its continuation lines past that were left out",
        path.display()
    )]);
    assert_totals_add_up(&report["documents"][0]);
    assert_eq!(count(&report["documents"][0]["totals"]["continuations"]), 12);
    // Front matter that starts with a field and never closes is held at most 200 lines.
    let text = format!("---\ntitle: notes\n{}", "- Wrote the PRD\n".repeat(250));
    let path = temp_file(&dir, "front.md", text.as_bytes());
    let (report, run) = json_ok(&[path_str(&path)], None);
    run.stderr_is(&[&format!(
        "rolemap: warning: {}:1: the `---` here opens front matter that does not close within 200 lines (64 KiB); its lines are read as text",
        path.display()
    )]);
    assert_eq!(count(&report["documents"][0]["totals"]["activities"]), 251);
    // A rule over a list is no front matter: nothing is held, nothing warned.
    let text = format!("---\n{}", "- Wrote the PRD\n".repeat(250));
    let path = temp_file(&dir, "rule.md", text.as_bytes());
    let (report, run) = json_ok(&[path_str(&path)], None);
    run.stderr_is(&[]);
    assert_eq!(count(&report["documents"][0]["totals"]["activities"]), 250);
}

// ---------------------------------------------------------------------------------------------
// Issue 12: panics and the one write-error path
// ---------------------------------------------------------------------------------------------

#[test]
fn a_window_reaching_before_the_calendar_is_an_error_naming_the_flag() {
    run_args(&["examples/brag.md", "--months", "239977"], None).refused("--months: 239977 months back from");
    run_args(
        &["examples/brag.md", "--months", "100000", "--as-of", "2025-01-01"],
        None,
    )
    .refused("--months: 100000 months back from 2025-01-01 is before the year 1; count back at most 24288 months");
    run_args(&["examples/brag.md", "--months", "4294967295"], None).refused("--months: 4294967295 months back");
    run_args(&["examples/brag.md", "--months", "24", "--as-of", "2025-01-01"], None).ok();
}

#[test]
fn out_of_range_dates_are_errors_naming_the_flag() {
    run_args(&["examples/brag.md", "--as-of", "2025-257-01"], None)
        .refused("--as-of: \"2025-257-01\" is not a valid date: month 257 is out of range (1 to 12)");
    run_args(&["examples/brag.md", "--since", "2025-259-01"], None)
        .refused("--since: \"2025-259-01\" is not a valid date: month 259 is out of range (1 to 12)");
    run_args(&["examples/brag.md", "--since", "2025-02-31"], None)
        .refused("--since: \"2025-02-31\" is not a valid date: day 31 is out of range (1 to 28)");
    run_args(&["examples/brag.md", "--since", "2025-13"], None)
        .refused("--since: \"2025-13\" is not a valid month: month 13 is out of range (1 to 12)");
}

/// Runs `rolemap ARGS` with stdout sent to `/dev/full`.
fn to_full_disk(args: &[&str]) -> Run {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let output = Command::new(assert_cmd::cargo::cargo_bin!("rolemap"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(full)
        .output()
        .expect("run rolemap");
    Run {
        code: output.status.code(),
        stdout: Vec::new(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs `rolemap ARGS` with stdout a pipe closed before it writes.
fn to_closed_pipe(args: &[&str]) -> Run {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("rolemap"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn rolemap");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait");
    Run {
        code: output.status.code(),
        stdout: Vec::new(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[test]
fn every_write_goes_through_one_error_path() {
    if !std::path::Path::new("/dev/full").exists() {
        eprintln!("skipped: no /dev/full");
        return;
    }
    for args in [
        &["completions", "bash"][..],
        &["man"],
        &["examples/brag.md"],
        &["examples/brag.md", "--format", "json"],
        &["examples/brag.md", "--explain", "--format", "csv"],
        &["lexicon", "list"],
    ] {
        to_full_disk(args).refused("writing output: No space left on device");
        let closed = to_closed_pipe(args);
        closed.no_panic();
        assert_eq!((closed.code, closed.stderr.as_str()), (Some(0), ""), "{args:?}");
    }
}

/// A closed pipe ends the output, not the verdict: an input that failed before it still exits
/// 2, and a failed check exits 1 when stdout or stderr is the closed pipe.
#[test]
fn a_closed_pipe_keeps_the_status_already_earned() {
    let dir = tempfile::tempdir().expect("temp dir");
    let line = "- Coordinated the migration across four teams and tracked the critical path\n";
    let big = temp_file(&dir, "big.md", line.repeat(20_000).as_bytes());
    let missing = dir.path().join("missing.md");
    let closed = to_closed_pipe(&[path_str(&missing), path_str(&big), "--explain"]);
    assert_eq!(closed.code, Some(2), "{}", closed.stderr);
    assert!(closed.stderr.contains("missing.md: cannot read"), "{}", closed.stderr);

    let small = temp_file(&dir, "small.md", b"- Ran the hiring loop\n");
    let args = [path_str(&small), "--expect", "pm"];
    assert_eq!(to_closed_pipe(&args).code, Some(1), "closed stdout");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin!("rolemap"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn rolemap");
    drop(child.stderr.take());
    assert_eq!(child.wait().expect("wait").code(), Some(1), "closed stderr");
}

#[test]
fn a_closed_pipe_after_the_first_csv_row_exits_0() {
    let dir = tempfile::tempdir().expect("temp dir");
    let line = "- Coordinated the migration across four teams and tracked the critical path\n";
    let big = temp_file(&dir, "x.md", line.repeat(20_000).as_bytes());
    for _ in 0..2 {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin!("rolemap"))
            .args([path_str(&big), "--explain", "--format", "csv"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn rolemap");
        let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first = String::new();
        reader.read_line(&mut first).expect("the header row");
        assert!(first.starts_with("source,line,"), "{first}");
        drop(reader);
        let output = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!((output.status.code(), stderr.as_ref()), (Some(0), ""));
    }
    // A folder of many files, one CSV row each.
    let folder = dir.path().join("many");
    for i in 0..3000 {
        temp_file(&folder, &format!("r{i:04}.md"), b"- Wrote the PRD\n");
    }
    let closed = to_closed_pipe(&[path_str(&folder), "--format", "csv"]);
    closed.no_panic();
    assert_eq!((closed.code, closed.stderr.as_str()), (Some(0), ""));
}

// ---------------------------------------------------------------------------------------------
// Issue 12: a user regex in quadratic time
// ---------------------------------------------------------------------------------------------

#[test]
fn a_user_regex_matches_in_linear_time() {
    for (regex, line) in [
        (
            "/coordinated (\\w+ )+teams/ = 2",
            format!("- teams {}\n", "coordinated ".repeat(80_000)),
        ),
        (
            "/(a )*a z|xba( a)*/ = 2",
            format!("- {}z xba{}\n", "a ".repeat(240_000), " a".repeat(240_000)),
        ),
    ] {
        let body = format!("{HEAD}roadmap\n{regex}\n");
        let dir = lexicon_dir(&[("pm.lex", body.as_bytes())]);
        let started = Instant::now();
        let mut cmd = rolemap();
        cmd.args(["--lexicon", path_str(dir.path()), "-"])
            .write_stdin(line.clone())
            .timeout(Duration::from_secs(120));
        let run = execute(cmd).ok();
        let took = started.elapsed();
        eprintln!("{regex} on {} KB: {took:?}", line.len() / 1000);
        assert!(took < Duration::from_secs(60), "{regex}: {took:?}");
        assert!(run.stdout().contains("1 activity ("), "{}", run.stdout());
    }
}

// ---------------------------------------------------------------------------------------------
// Issue 12: silent wrong answers
// ---------------------------------------------------------------------------------------------

#[test]
fn liwc_dictionaries_refuse_duplicates_and_regexes_naming_the_line() {
    for (dic, line, message) in [
        (
            "%\n1\tpm\n2\tpm\n%\nroadmap\t1\n",
            3,
            "category name \"pm\" is already declared on line 2",
        ),
        (
            "%\n1\tpm\n01\tem\n%\nroadmap\t1\n",
            3,
            "category number 01 is already declared on line 2",
        ),
        (
            "%\n1\tpm\n2\tem\n%\nroadmap\t1 1 1\n",
            5,
            "category 1 is listed twice for this entry",
        ),
        (
            "%\n1\tpm\n%\n/road(map)?/\t1\n",
            4,
            "a LIWC dictionary lists words, phrases and stems",
        ),
        (
            "%\n1\tunmatched\n%\nroadmap\t1\n",
            2,
            "category label \"unmatched\" is reserved",
        ),
        (
            "%\n1\tpm\x1b[2J\n%\nroadmap\t1\n",
            2,
            "a control character (\\x1b) in the line",
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = temp_file(&dir, "roles.dic", dic.as_bytes());
        run_args(&["--lexicon", path_str(&path), "-"], Some(b"- roadmap\n"))
            .refused(&format!("{}:{line}: {message}", path.display()));
        let mut cmd = rolemap();
        cmd.args(["lexicon", "check", path_str(&path)]);
        let check = execute(cmd);
        assert_eq!(check.code, Some(1), "{dic:?}: {}", check.stdout());
        let needle = format!("{}:{line}: error: {message}", path.display());
        assert!(check.stdout().contains(&needle), "{}", check.stdout());
    }
}

#[test]
fn a_regex_too_big_to_compile_is_refused_naming_file_and_line() {
    for regex in ["/\\w{1000}/", "/a{1000}{1000}/"] {
        let body = format!("{HEAD}roadmap\n{regex} = 2\n");
        let dir = lexicon_dir(&[("pm.lex", body.as_bytes())]);
        let file = dir.path().join("pm.lex");
        let started = Instant::now();
        classify_with(&dir, "- roadmap\n").refused(&format!(
            "{}:5: regular expression does not compile: too big",
            file.display()
        ));
        assert!(started.elapsed() < QUICK, "{regex}: {:?}", started.elapsed());
    }
}

#[test]
fn a_lexicon_file_that_cannot_be_read_is_an_error() {
    let em = b"@name Engineering Manager\n@question how/who\n@label EM\nhiring\n";
    type Make = fn(&std::path::Path);
    let cases: [(&str, Make); 4] = [
        ("broken symbolic link", |p| {
            std::os::unix::fs::symlink("/nonexistent/tpm.lex", p).expect("symlink")
        }),
        ("looping symbolic link", |p| {
            std::os::unix::fs::symlink(p, p).expect("symlink")
        }),
        ("folder", |p| std::fs::create_dir(p).expect("mkdir")),
        ("FIFO", |p| {
            let made = Command::new("mkfifo").arg(p).status().expect("mkfifo");
            assert!(made.success());
        }),
    ];
    for (what, make) in cases {
        let dir = lexicon_dir(&[("em.lex", em)]);
        let tpm = dir.path().join("tpm.lex");
        make(&tpm);
        let run = classify_with(&dir, "- hiring\n");
        let run = run.refused(&format!("{}: cannot read", tpm.display()));
        eprintln!("{what}: {}", run.stderr.trim());
        let mut cmd = rolemap();
        cmd.args(["lexicon", "check", path_str(dir.path())]).timeout(QUICK);
        let check = execute(cmd);
        check.no_panic();
        assert_eq!(check.code, Some(1), "{what}: {}", check.stdout());
        assert!(check.stdout().contains("1 error(s)"), "{what}: {}", check.stdout());
    }
}

#[test]
fn malformed_lexicon_lines_are_refused_naming_file_and_line() {
    for (body, needle) in [
        ("roadmap = 3 = 4\n", ":4: more than one `=`"),
        ("road\x1b]0;x\x07map\n", ":4: a control character (\\x1b) in the line"),
        ("@label Total\n", ":4: @label is already given on line 3; give it once"),
    ] {
        let dir = lexicon_dir(&[("pm.lex", format!("{HEAD}{body}").as_bytes())]);
        let file = dir.path().join("pm.lex");
        classify_with(&dir, "- roadmap\n").refused(&format!("{}{needle}", file.display()));
    }
    let dir = lexicon_dir(&[("pm.lex", b"@name P\n@question q\n@label Total\n")]);
    let file = dir.path().join("pm.lex");
    classify_with(&dir, "- roadmap\n").refused(&format!("{}: category label \"Total\" is reserved", file.display()));
    // A regex may hold `=`.
    let dir = lexicon_dir(&[("pm.lex", format!("{HEAD}/a=b/ = 2\n").as_bytes())]);
    classify_with(&dir, "- a=b\n").ok();
}

#[test]
fn an_energy_marker_before_a_continuation_is_kept() {
    let text = "- Wrote the PRD (+)\n  with the payments team\n- Ran the status meeting\n  every week (-)\n";
    let (report, _) = json_ok(&["-"], Some(text.as_bytes()));
    let activities = &report["documents"][0]["activities"];
    assert_eq!(activities[0]["text"], "Wrote the PRD with the payments team");
    assert_eq!(activities[0]["energy"], "+");
    assert_eq!(activities[1]["text"], "Ran the status meeting every week");
    assert_eq!(activities[1]["energy"], "-");
    let (report, _) = json_ok(&["-", "--energy-only"], Some(text.as_bytes()));
    assert_eq!(count(&report["documents"][0]["totals"]["excluded"]), 1);
}

#[test]
fn headings_that_are_not_real_periods_date_nothing_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(
        &dir,
        "q.md",
        b"# 2024\n## Q5 2025\n- Wrote the PRD\n## 2025 Q9\n- Hired two engineers\n",
    );
    let (report, run) = json_ok(&[path_str(&path)], None);
    let warning = |line: usize, heading: &str| {
        format!(
            "rolemap: warning: {}:{line}: heading \"{heading}\" looks like a date but rolemap cannot read it, so the lines under it are undated (write e.g. 2025-03-14, Mar 2025, Q1 2025 or Jan–Mar 2025)",
            path.display()
        )
    };
    run.stderr_is(&[&warning(2, "Q5 2025"), &warning(4, "2025 Q9")]);
    let activities = &report["documents"][0]["activities"];
    assert_eq!(activities[0]["date"], "2024", "the outer heading dates it");
    assert_eq!(activities[1]["date"], "2024");
}

#[test]
fn spreadsheets_refuse_what_they_cannot_read_without_quoting_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let passwd = temp_file(&dir, "passwd", b"root:x:0:0:root:/root:/bin/bash\n");
    let run = run_args(&[path_str(&passwd), "--column", "x"], None)
        .refused("no column \"x\": the first line has no `,` separating column names");
    assert!(!run.stderr.contains("root"), "{}", run.stderr);
    // A 20 MB one-line file: a message of a few hundred bytes.
    let header: String = (0..2_000_000).map(|i| format!("c{i},")).collect();
    let wide = temp_file(&dir, "wide.csv", header.as_bytes());
    let run = run_args(&[path_str(&wide), "--column", "x"], None).refused("no column \"x\"; the header has: c0, c1");
    assert!(run.stderr.len() < 400, "{} bytes", run.stderr.len());
    let empty = temp_file(&dir, "empty.csv", b"");
    run_args(&[path_str(&empty), "--column", "x"], None).refused("empty.csv: no header row");
    let twice = temp_file(&dir, "twice.csv", b"id,text,TEXT\n1,Wrote the PRD,x\n");
    run_args(&[path_str(&twice), "--column", "text"], None)
        .refused("twice.csv: the header names the column \"text\" twice (columns 2 and 3)");
    let open = temp_file(&dir, "open.csv", b"id,text\n1,\"Wrote the PRD\n2,Hired\n");
    run_args(&[path_str(&open), "--column", "text"], None)
        .refused("open.csv:2: a quoted field opens here and never closes");
    // A quoted field on a line past the longest rolemap reads: cut with its closing quote, and
    // said so (it had been told as a missing quote).
    let mut long = b"id,text\n1,\"".to_vec();
    long.extend(b"Wrote the PRD ".repeat(80_000));
    long.extend(b"\"\n2,Hired two engineers\n");
    let long = temp_file(&dir, "long.csv", &long);
    run_args(&[path_str(&long), "--column", "text"], None).refused(
        "long.csv:2: a quoted field opens here and does not close: line 2 is longer than 1 MiB, the longest line rolemap reads, and was cut with the rest of the field",
    );
    // TSV on standard input: the tab in the header says so; --delimiter says it outright.
    let tsv = b"id\ttext\n1\tWrote the PRD, the roadmap\n";
    for extra in [&[][..], &["--delimiter", "tab"]] {
        let mut args = vec!["--column", "text", "--format", "json", "-"];
        args.extend(extra);
        let run = run_args(&args, Some(tsv)).ok();
        assert_eq!(
            run.json()["documents"][0]["activities"][0]["text"],
            "Wrote the PRD, the roadmap"
        );
    }
    run_args(&["--column", "text", "--delimiter", "ab", "-"], Some(tsv)).no_panic();
}

#[test]
fn eval_refuses_a_floor_that_can_never_fail_and_empty_documents() {
    let dir = tempfile::tempdir().expect("temp dir");
    let labeled = temp_file(&dir, "f.tsv", b"PM\tWrote the PRD\n");
    for floor in ["NaN", "inf", "1.5"] {
        run_args(&["eval", path_str(&labeled), "--fail-under", floor], None)
            .refused(&format!("--fail-under takes a macro-F1 from 0 to 1, not {floor}"));
    }
    let empty = temp_file(&dir, "empty.tsv", b"");
    run_args(&["eval", path_str(&empty)], None).refused("empty.tsv: no labeled rows to evaluate");
    let docs = dir.path().join("docs");
    let blank = temp_file(&docs, "pm-blank.md", b"# Nothing here\n");
    let run = run_args(&["eval", "--docs", path_str(&docs)], None);
    run.no_panic();
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    run.stderr_is(&[
        &format!(
            "rolemap: warning: {}: left out, it holds no activity to give a verdict on",
            blank.display()
        ),
        &format!(
            "rolemap: error: {}: no document holds an activity to evaluate",
            docs.display()
        ),
    ]);
}

#[test]
fn a_global_option_before_a_subcommand_works() {
    let dir = tempfile::tempdir().expect("temp dir");
    let labeled = temp_file(&dir, "f.tsv", b"PM\tWrote the PRD\n");
    let lexicon = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicon");
    for args in [
        &["--lexicon", path_str(&lexicon), "eval", path_str(&labeled)][..],
        &[
            "--color=never",
            "--lexicon",
            path_str(&lexicon),
            "eval",
            path_str(&labeled),
        ],
    ] {
        let run = run_args(args, None).ok();
        assert!(run.stdout().contains("1 rows, accuracy 100.0%"), "{}", run.stdout());
    }
    let run = run_args(&["--lexicon", path_str(&lexicon), "lexicon", "list"], None).ok();
    assert!(run.stdout().starts_with("category\tsection"), "{}", run.stdout());
}

// ---------------------------------------------------------------------------------------------
// Issue 12: escapes
// ---------------------------------------------------------------------------------------------

#[test]
fn a_folder_run_follows_no_symbolic_link_unless_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let outside = tempfile::tempdir().expect("temp dir");
    let secret = temp_file(&outside, "secret.md", b"- SECRET roadmap line\n");
    let root = dir.path().join("reviews");
    temp_file(&root, "a.md", b"- Wrote the PRD\n");
    let link = root.join("passwd.md");
    std::os::unix::fs::symlink(&secret, &link).expect("symlink");
    let folder_link = root.join("elsewhere");
    std::os::unix::fs::symlink(outside.path(), &folder_link).expect("symlink");
    let loop_link = root.join("loop");
    std::os::unix::fs::symlink(&root, &loop_link).expect("symlink");
    let run = run_args(&[path_str(&root), "--explain"], None).ok();
    assert!(!run.stdout().contains("SECRET"), "{}", run.stdout());
    run.stderr_is(&[
        &format!(
            "rolemap: note: skipped {}: a symbolic link to a folder (-L/--follow follows links)",
            folder_link.display()
        ),
        &format!(
            "rolemap: note: skipped {}: a symbolic link to a folder (-L/--follow follows links)",
            loop_link.display()
        ),
        &format!(
            "rolemap: note: skipped {}: a symbolic link (-L/--follow follows links)",
            link.display()
        ),
    ]);
    let run = run_args(&[path_str(&root), "--explain", "-L"], None).ok();
    assert!(run.stdout().contains("SECRET"), "{}", run.stdout());
    run.stderr_is(&[
        &format!(
            "rolemap: note: skipped {}: a symbolic link back to a folder above it (a loop)",
            loop_link.display()
        ),
        // The secret is reached twice, by the folder link and by the file link: read once.
        &format!(
            "rolemap: note: {}: reached more than once through links; read once",
            link.display()
        ),
    ]);
    assert_eq!(run.stdout().matches("SECRET").count(), 1, "{}", run.stdout());
    // A link named on the command line is followed.
    run_args(&[path_str(&link)], None).ok();
}

#[test]
fn terminal_escapes_in_input_are_shown_not_sent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = b"- \x1b]0;PWNED\x07\x1b[2J Wrote the PRD\n- Hired two engineers \x9b\n";
    let path = temp_file(&dir, "e\x1b[31m.md", text);
    for format in ["table", "markdown", "csv", "html"] {
        let run = run_args(&[path_str(&path), "--explain", "--format", format], None).ok();
        let stdout = run.stdout();
        assert!(
            !stdout.contains('\x1b') && !stdout.contains('\x07'),
            "{format}: {stdout}"
        );
        // (The page highlights the matched words.)
        assert!(stdout.contains("\\x1b]0;PWNED\\x07\\x1b[2J "), "{format}: {stdout}");
        assert!(stdout.contains("e\\x1b[31m.md"), "{format}: {stdout}");
    }
    // JSON escapes them by its own rules.
    let (report, _) = json_ok(&[path_str(&path)], None);
    assert_eq!(
        report["documents"][0]["activities"][0]["text"],
        "\u{1b}]0;PWNED\u{7}\u{1b}[2J Wrote the PRD"
    );
    // Messages on stderr too.
    let missing = dir.path().join("gone\x1b[2J.md");
    let run = run_args(&[path_str(&missing)], None).refused("gone\\x1b[2J.md: cannot read");
    assert!(!run.stderr.contains('\x1b'), "{}", run.stderr);
}

/// The characters no output for people may carry raw: C0 controls but the line feed (tabs
/// included: the table shows them as `\t`), DEL, C1 controls and bidirectional controls.
fn raw_controls(text: &str) -> Vec<char> {
    let bidi =
        |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}');
    text.chars()
        .filter(|&c| (c.is_control() && c != '\n') || bidi(c))
        .collect()
}

/// The standard output of `rolemap ARGS` (exit 0) with tables `columns` wide (a narrow
/// `--explain` is laid out apart), and the run; asserts the output holds no raw control.
fn shown(args: &[&str], columns: &str) -> (String, Run) {
    let mut cmd = rolemap();
    cmd.args(args).env("COLUMNS", columns);
    let run = execute(cmd).ok();
    let stdout = run.stdout();
    assert_eq!(raw_controls(&stdout), [], "{args:?} at {columns} columns: {stdout}");
    (stdout, run)
}

#[test]
fn csv_escapes_terminal_sequences_in_every_text_cell() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "---\nname: Eve\x1b]0;pwned\x07\n---\n- Led the hiring loop \x1b[31mRED\x1b[0m and \x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\ text\n- Ran the roadmap review \u{9b}31m c1\n";
    let path = temp_file(&dir, "e\x1b[2J.md", text.as_bytes());
    let (stdout, _) = shown(&[path_str(&path), "--format", "csv", "--explain"], "120");
    assert!(
        stdout.contains(
            "Led the hiring loop \\x1b[31mRED\\x1b[0m and \\x1b]8;;http://evil\\x1b\\link\\x1b]8;;\\x1b\\ text"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("Ran the roadmap review \\u{9b}31m c1"), "{stdout}");
    assert!(stdout.contains("e\\x1b[2J.md"), "{stdout}");
    let (stdout, _) = shown(&[path_str(&path), "--format", "csv"], "120");
    assert!(stdout.contains("e\\x1b[2J.md,Eve\\x1b]0;pwned\\x07,"), "{stdout}");
    // A spreadsheet's id and name cells, by document and by period.
    let sheet = temp_file(
        &dir,
        "esc.csv",
        b"id,name,answer\n\"E1\x1b[2J\",\"Bob\x1b]0;pwned\x07\",\"- Ran the hiring loop\"\n",
    );
    for by in [&[][..], &["--by", "year"]] {
        let mut args = people_args(&sheet).to_vec();
        args.extend(["--format", "csv"]);
        args.extend(by);
        let (stdout, _) = shown(&args, "120");
        assert!(stdout.contains("esc.csv#E1\\x1b[2J,Bob\\x1b]0;pwned\\x07,"), "{stdout}");
    }
}

#[test]
fn the_html_page_writes_control_characters_as_escapes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "---\nname: Eve\x1b]0;pwned\x07\n---\n## 2025-Q1\n- Led the hiring loop \x1b[31mRED\x1b[0m\x07 \u{9b}31m (+)\n- Wrote the PRD\n";
    let path = temp_file(&dir, "e\x1b[2J\u{85}.md", text.as_bytes());
    for extra in [&[][..], &["--explain", "--by", "month"]] {
        let mut args = vec![path_str(&path), "--format", "html"];
        args.extend(extra);
        let (page, _) = shown(&args, "120");
        assert!(
            page.contains("e\\x1b[2J\\u{85}.md (Eve\\x1b]0;pwned\\x07)</title>"),
            "{page}"
        );
        assert!(page.contains("\\x1b[31mRED\\x1b[0m\\x07 \\u{9b}31m"), "{page}");
    }
}

#[test]
fn bidirectional_controls_are_escaped_wherever_people_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "---\nname: Eve \u{202e}evE\n---\n# 2024\n## Q5 2025\n- Wrote the PRD \u{202e}exe.gnp\u{202c} for \u{2067}checkout\u{2069}\u{200f}\n- Hired two engineers \u{200e}\u{61c}\u{202a}\u{202b}\u{202d}\u{2066}\u{2068}\n";
    let path = temp_file(&dir, "b\u{202e}dm.md", text.as_bytes());
    let file = path_str(&path);
    let warning = format!(
        "rolemap: warning: {}:5: heading \"Q5 2025\" looks like a date but rolemap cannot read it, so the lines under it are undated (write e.g. 2025-03-14, Mar 2025, Q1 2025 or Jan–Mar 2025)",
        file.replace('\u{202e}', "\\u{202e}")
    );
    let outputs: [(&[&str], &str); 7] = [
        (&[file], "200"),
        (&[file, "--explain"], "200"),
        (&[file, "--explain"], "80"),
        (&[file, "--explain", "--format", "markdown"], "200"),
        (&[file, "--explain", "--format", "csv"], "200"),
        (&[file, "--format", "csv"], "200"),
        (&[file, "--explain", "--format", "html"], "200"),
    ];
    for (args, columns) in outputs {
        let (stdout, run) = shown(args, columns);
        run.stderr_is(&[&warning]);
        assert!(stdout.contains("b\\u{202e}dm.md"), "{args:?} {columns}: {stdout}");
        let csv_rows = args.ends_with(&["--explain", "--format", "csv"]);
        // (A CSV row per activity names its file, not the person.)
        assert!(
            csv_rows || stdout.contains("Eve \\u{202e}evE"),
            "{args:?} {columns}: {stdout}"
        );
        if args.contains(&"--explain") {
            assert!(
                stdout.contains("\\u{200e}\\u{61c}\\u{202a}\\u{202b}\\u{202d}\\u{2066}\\u{2068}"),
                "{args:?} {columns}: {stdout}"
            );
        }
    }
    // JSON is data: it keeps the characters as written (valid JSON, and no terminal acts on them).
    let (report, _) = json_ok(&[file], None);
    assert_eq!(
        report["documents"][0]["activities"][0]["text"],
        "Wrote the PRD \u{202e}exe.gnp\u{202c} for \u{2067}checkout\u{2069}\u{200f}"
    );
    assert_eq!(report["documents"][0]["name"], "Eve \u{202e}evE");
    // Errors too.
    let missing = dir.path().join("gone\u{2066}.md");
    let run = run_args(&[path_str(&missing)], None).refused("gone\\u{2066}.md: cannot read");
    assert_eq!(raw_controls(&run.stderr), [], "{}", run.stderr);
}

#[test]
fn csv_cells_a_spreadsheet_would_run_are_written_as_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "---\nname: =HYPERLINK(\"http://evil\",\"click\")\n---\n- =cmd|' /c calc'!A1 wrote the PRD\n- @SUM(1+1) hired two engineers\n- +1 tracked the critical path\n- -2+3 wrote the roadmap\n";
    temp_file(&dir, "=1+1.md", text.as_bytes());
    temp_file(&dir, "s.csv", b"id,name,answer\n1,-Bob,- Ran the hiring loop\n");
    // Rows of `rolemap ARGS` run in the temporary folder (file names as given).
    let rows = |args: &[&str], stdin: Option<&[u8]>| -> Vec<Vec<String>> {
        let mut cmd = rolemap();
        cmd.current_dir(dir.path()).args(args);
        if let Some(input) = stdin {
            cmd.write_stdin(input.to_vec());
        }
        let run = execute(cmd).ok();
        csv::Reader::from_reader(run.stdout.as_slice())
            .records()
            .map(|r| r.expect("a CSV row").iter().map(str::to_string).collect())
            .collect()
    };
    let documents = rows(&["=1+1.md", "--format", "csv"], None);
    assert_eq!(documents[0][0], "'=1+1.md");
    assert_eq!(documents[0][1], "'=HYPERLINK(\"http://evil\",\"click\")");
    // Numbers stay numbers.
    assert!(
        documents[0][4..15].iter().all(|n| n.parse::<f64>().is_ok()),
        "{:?}",
        documents[0]
    );
    let activities = rows(&["=1+1.md", "--format", "csv", "--explain"], None);
    assert!(activities.iter().all(|r| r[0] == "'=1+1.md"), "{activities:?}");
    let texts: Vec<&str> = activities.iter().map(|r| r[r.len() - 1].as_str()).collect();
    assert_eq!(
        texts,
        [
            "'=cmd|' /c calc'!A1 wrote the PRD",
            "'@SUM(1+1) hired two engineers",
            "'+1 tracked the critical path",
            "'-2+3 wrote the roadmap"
        ]
    );
    // A name beginning with a sign, and standard input's `<stdin>`, which holds no formula.
    let mut args = people_args(std::path::Path::new("s.csv")).to_vec();
    args.extend(["--format", "csv"]);
    let documents = rows(&args, None);
    assert_eq!(documents[0][1], "'-Bob");
    let documents = rows(&["--format", "csv"], Some(b"- Wrote the PRD\n"));
    assert_eq!(documents[0][0], "<stdin>");
}

#[test]
fn markdown_cells_show_html_and_links_as_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    // (Links and images in a document's lines are read as their text, and HTML tags as Markdown,
    // so the tag is written in a code span, whose text it is; a name is kept as written.)
    let text = "---\nname: <b>Eve</b> ![x](https://evil.example/t.png) | [y](javascript:alert(1))\n---\n- Led the roadmap review `<img src=x onerror=alert(1)>` & R&D &lt;script&gt;\n- Wrote the PRD: p99 <300ms, <3% churn, >20% more\n";
    let path = temp_file(&dir, "x<i>.md", text.as_bytes());
    let run = run_args(&[path_str(&path), "--explain", "--format", "markdown"], None).ok();
    let stdout = run.stdout();
    // Markup is shown as text; a `<` or `>` that is not markup is left as written.
    assert!(stdout.contains("p99 <300ms, <3% churn, >20% more"), "{stdout}");
    let markup = stdout.match_indices('<').filter(|(at, _)| {
        stdout[at + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
    });
    assert_eq!(markup.count(), 0, "{stdout}");
    assert!(
        stdout.contains("Led the roadmap review &lt;img src=x onerror=alert(1)&gt; & R&D &amp;lt;script&amp;gt;"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "x&lt;i&gt;.md (&lt;b&gt;Eve&lt;/b&gt; ![x\\](https://evil.example/t.png) \\| [y\\](javascript:alert(1)))"
        ),
        "{stdout}"
    );
}

/// `eval --errors` and `lexicon fit` print text of labeled files and file names: escaped like
/// every other table; a lexicon line holding a bidi control is refused like a control character.
#[test]
fn labeled_lines_and_lexicons_cannot_reach_the_terminal_raw() {
    let dir = tempfile::tempdir().expect("temp dir");
    let labeled = temp_file(
        &dir,
        "bad.tsv",
        "EM\tWrote the \u{1b}]0;pwned\u{7} PRD\tsrc\u{202e}x\nPM\tOwned the roadmap\tother\n".as_bytes(),
    );
    let stdout = run_args(&["eval", path_str(&labeled), "--errors"], None).stdout();
    assert!(stdout.contains("Wrote the \\x1b]0;pwned\\x07 PRD"), "{stdout}");
    assert!(stdout.contains("src\\u{202e}x"), "{stdout}");
    assert!(!stdout.contains('\u{1b}') && !stdout.contains('\u{202e}'), "{stdout}");
    let lexicon = dir.path().join("lexicon");
    std::fs::create_dir(&lexicon).expect("folder");
    temp_file(
        &lexicon,
        "pm.lex",
        "@name P\n@label P\u{202e}M\n@question q\nroadmap = 2\n".as_bytes(),
    );
    run_args(&["--lexicon", path_str(&lexicon), "-"], Some(b"- Owned the roadmap\n"))
        .refused("pm.lex:2: a control character (\\u{202e}) in the line");
}

/// A soft hyphen or a zero-width character a Word or PDF paste leaves inside a word joins it:
/// the line is matched, and its top term is shown without it.
#[test]
fn invisible_characters_inside_words_do_not_break_them() {
    let output = rolemap()
        .args(["-", "--format", "json"])
        .write_stdin("- Ran the hi\u{ad}ring loop\n- Owned the road\u{200b}map\n")
        .output()
        .expect("run rolemap");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let document = &report["documents"][0];
    let roles: Vec<&str> = document["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| a["role"].as_str().unwrap_or("none"))
        .collect();
    assert_eq!(roles, ["EM", "PM"]);
    assert_eq!(document["roles"][1]["top_terms"][0], "hiring loop");
}

/// UTF-32 is named as such (with how to convert it), not called binary for its NUL bytes.
#[test]
fn utf32_is_refused_by_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = vec![0xFF, 0xFE, 0, 0];
    for c in "- Ran the hiring loop\n".chars() {
        bytes.extend_from_slice(&u32::from(c).to_le_bytes());
    }
    let path = temp_file(&dir, "u32.md", &bytes);
    run_args(&[path_str(&path)], None).refused("u32.md: UTF-32 text (its byte-order mark says so)");
}

/// A spreadsheet row with fewer or more cells than its header is read as far as it goes, with a
/// warning naming its line.
#[test]
fn ragged_spreadsheet_rows_are_read_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sheet = temp_file(
        &dir,
        "rag.csv",
        b"id,answer\nE1,Ran the hiring loop\nE2\nE3,\"Owned the roadmap\",extra\n",
    );
    let run = run_args(
        &[
            path_str(&sheet),
            "--column",
            "answer",
            "--id-column",
            "id",
            "--format",
            "csv",
        ],
        None,
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("rag.csv:3: 1 field, the header has 2: the missing cells are read as empty"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("rag.csv:4: 3 fields, the header has 2: the extra cells are not read"),
        "{}",
        run.stderr
    );
    assert!(run.stdout().contains("rag.csv#E3,"), "{}", run.stdout());
}

/// A temporary folder that cannot be written gives an error that says what it is and where.
#[test]
fn an_unusable_temporary_folder_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lines: String = (0..50_000)
        .map(|i| format!("- Hired engineer number {i} for the payments team\n"))
        .collect();
    let notes = temp_file(&dir, "notes.md", lines.as_bytes());
    let missing = dir.path().join("missing");
    rolemap()
        .env("TMPDIR", &missing)
        .args([path_str(&notes), "--explain"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot write the temporary file"))
        .stderr(predicate::str::contains(path_str(&missing)))
        .stderr(predicate::str::contains("set TMPDIR to a writable folder"));
}

#[test]
fn a_lexicon_past_its_size_or_file_count_is_refused_naming_the_file() {
    let half = format!("{HEAD}{}", "zeta = 1\n".repeat(500_000));
    let dir = lexicon_dir(&[("a.lex", half.as_bytes()), ("b.lex", half.as_bytes())]);
    let second = dir.path().join("b.lex");
    classify_with(&dir, "- Wrote the PRD\n").refused(&format!(
        "{}: takes the lexicon's files together past 8 MiB",
        second.display()
    ));
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 0..=1024 {
        temp_file(&dir, &format!("c{i:04}.lex"), b"");
    }
    classify_with(&dir, "- Wrote the PRD\n").refused("more than 1024 lexicon files");
}

#[test]
fn a_regex_with_its_empty_alternative_first_matches_every_form() {
    let dir = lexicon_dir(&[("pm.lex", format!("{HEAD}/hire(|s|d)/ = 2\n").as_bytes())]);
    let run = classify_with(&dir, "- hire people\n- hires people\n- hired people\n- hirers\n").ok();
    let scores: Vec<f64> = activity_rows(&run.json())
        .iter()
        .map(|row| row.3["PM"].as_f64().expect("score"))
        .collect();
    assert_eq!(scores, [2.0, 2.0, 2.0, 0.0]);
}

#[cfg(unix)]
#[test]
fn an_interrupted_output_file_leaves_nothing_behind() {
    use std::os::unix::process::ExitStatusExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("report.md");
    let leftovers = || {
        std::fs::read_dir(dir.path())
            .expect("read the folder")
            .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
    };
    for (signal, name) in [(15, "TERM"), (2, "INT"), (1, "HUP")] {
        // Standard input kept open: the run is still writing its report when the signal comes.
        let mut child = Command::new(assert_cmd::cargo::cargo_bin!("rolemap"))
            .args(["-", "-O", path_str(&report)])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn rolemap");
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(b"- Wrote the PRD\n").expect("write a line");
        let started = Instant::now();
        while !leftovers().iter().any(|file| file.ends_with(".tmp")) {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "no temporary file appeared"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        let sent = Command::new("kill")
            .args(["-s", name, &child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(sent.success());
        let status = child.wait().expect("wait");
        drop(stdin);
        assert_eq!(
            status.signal(),
            Some(signal),
            "SIG{name}: ends by the signal, as before"
        );
        assert_eq!(
            leftovers(),
            Vec::<String>::new(),
            "SIG{name}: nothing is left in the folder"
        );
    }
}

/// A review export's arguments: its answers read by person, named by the name column.
fn people_args(path: &std::path::Path) -> [&str; 7] {
    [
        path_str(path),
        "--column",
        "answer",
        "--id-column",
        "id",
        "--name-column",
        "name",
    ]
}

#[test]
fn a_review_export_of_thousands_of_people_draws_one_table_in_batches_that_line_up() {
    // Past a thousand documents the table's rows wait in a temporary file and are drawn a
    // thousand at a time (held whole, a million one-row ids took 3.8 GB): the batches must
    // still read as one table, its columns as wide as its widest cells need.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut sheet = String::from("id,name,answer\n");
    for i in 0..2500 {
        let name = if i == 1700 { "Maximilian Osei-Brown" } else { "Kim" };
        let answer = ["Led the hiring loop", "Wrote the PRD", "Ran the migration plan"][i % 3];
        sheet.push_str(&format!("E{i},{name},{answer}\n"));
    }
    let path = temp_file(&dir, "people.csv", sheet.as_bytes());
    let args = people_args(&path);
    // Narrow, the long name wraps in a column as wide in every batch.
    let (narrow, _) = shown(&args, "60");
    let width = narrow.lines().next().expect("a table").chars().count();
    let end = narrow
        .lines()
        .position(|line| line.starts_with('╰'))
        .expect("a bottom border");
    assert!(
        narrow.lines().take(end + 1).all(|line| line.chars().count() == width),
        "{narrow}"
    );
    let (stdout, _) = shown(&args, "250");
    let end = stdout
        .lines()
        .position(|line| line.starts_with('╰'))
        .expect("a bottom border");
    let table: Vec<&str> = stdout.lines().take(end + 1).collect();
    assert_eq!(table.iter().filter(|line| line.starts_with('╭')).count(), 1, "{stdout}");
    assert_eq!(table.iter().filter(|line| line.contains("┆ activities ┆")).count(), 1);
    // The top border, the header, its rule, 2,500 rows, the total and the bottom border.
    assert_eq!(table.len(), 2505, "{}", table[..8].join("\n"));
    let width = table[0].chars().count();
    assert!(table.iter().all(|line| line.chars().count() == width), "{stdout}");
    assert!(
        table
            .iter()
            .any(|line| line.contains("people.csv#E1700 (Maximilian Osei-Brown)"))
    );
    assert!(table[2503].contains("total (2500 documents)"), "{}", table[2503]);
}

#[test]
fn a_long_table_of_documents_whose_names_wrap_fills_the_width_as_one_table_does() {
    // Laid out from its widest rows alone, a wrapped document column had been narrowed to the
    // longest line those few rows wrap to, where the whole table's many names fill it.
    let first = [
        "Kim",
        "Ana",
        "Jean-Baptiste",
        "Maximilian",
        "Oluwaseun",
        "Priya",
        "Li",
        "Alexandra",
    ];
    let last = [
        "Li",
        "Osei-Brown",
        "Nakamura",
        "VanderBerg-Okonkwo",
        "Fitzgerald-Smith",
        "Patel",
        "Ng",
    ];
    let mut seed = 7u64;
    let mut pick = |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % n
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let mut sheet = String::from("id,name,answer\n");
    for i in 0..1500 {
        let given: Vec<&str> = (0..=pick(2)).map(|_| first[pick(first.len())]).collect();
        let name = format!("{} {}", given.join(" "), last[pick(last.len())]);
        sheet.push_str(&format!("E{i:04},{name},Led the hiring loop\n"));
    }
    let path = temp_file(&dir, "names.csv", sheet.as_bytes());
    let args = people_args(&path);
    for columns in [100, 110] {
        let (stdout, _) = shown(&args, &columns.to_string());
        let top = stdout.lines().next().expect("a table");
        assert_eq!(top.chars().count(), columns, "{top}");
    }
}
