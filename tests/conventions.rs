//! The command line behaves as ripgrep, hyperfine and jq users expect (issue 13): a bad input
//! among good ones, quiet runs, one error style, each command's own help and manual page.

use serde_json::Value;

mod common;
use common::{path_str, rolemap, temp_file};

/// A finished run: exit status, stdout and stderr.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let output = rolemap().args(args).output().expect("run rolemap");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

#[test]
fn a_missing_file_among_good_ones_is_named_and_the_others_are_reported() {
    // Files classified together in parallel (the missing one in the middle).
    let done = run(&["examples/brag.md", "nope.md", "examples/resume.txt"]);
    assert_eq!(done.code, Some(2), "{}", done.stderr);
    let errors: Vec<&str> = done.stderr.lines().collect();
    assert_eq!(errors.len(), 1, "{}", done.stderr);
    assert!(errors[0].starts_with("rolemap: error: nope.md: "), "{}", done.stderr);
    assert!(done.stdout.contains("│ examples/brag.md "), "{}", done.stdout);
    assert!(done.stdout.contains("│ examples/resume.txt "), "{}", done.stdout);
    assert!(done.stdout.contains("total (2 documents)"), "{}", done.stdout);
    assert!(!done.stdout.contains("nope.md"), "{}", done.stdout);
}

#[test]
fn a_missing_file_named_like_a_command_points_to_the_command() {
    for (args, meant) in [(&["evla"][..], "eval"), (&["examples/brag.md", "eval"][..], "eval")] {
        let done = run(args);
        assert_eq!(done.code, Some(2), "{}", done.stderr);
        let error = done.stderr.lines().last().unwrap_or_default();
        assert!(
            error.starts_with(&format!("rolemap: error: {}: cannot read: ", args[args.len() - 1])),
            "{error}"
        );
        assert!(
            error.ends_with(&format!(
                "did you mean `rolemap {meant} …`? (a command comes before any file)"
            )),
            "{error}"
        );
    }
    // Any other missing file gets no guess.
    let done = run(&["notes"]);
    assert!(!done.stderr.contains("did you mean"), "{}", done.stderr);
}

#[test]
fn a_command_after_the_main_commands_options_says_a_command_comes_first() {
    for (args, command) in [
        (&["-q", "eval", "tests/data/dev.tsv"][..], "eval"),
        (&["--months", "3", "completions", "bash"][..], "completions"),
    ] {
        let done = run(args);
        assert_eq!(done.code, Some(2), "{}", done.stderr);
        assert_eq!(
            done.stderr.trim_end(),
            format!(
                "rolemap: error: `{command}` is a command, and a command comes first: `rolemap {command} …` with its own options after it (the options before it are the main command's)"
            )
        );
        assert!(done.stdout.is_empty(), "{}", done.stdout);
    }
}

#[test]
fn a_dash_is_standard_output_for_o_and_standard_input_is_read_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = rolemap()
        .current_dir(dir.path())
        .args(["-", "-", "-O", "-", "--format", "jsonl"])
        .write_stdin("- Ran the hiring loop for two backend roles\n")
        .output()
        .expect("run rolemap");
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    // The report went to standard output, not to a file named `-`.
    assert!(!dir.path().join("-").exists());
    assert_eq!(stdout.matches("\"type\":\"document\"").count(), 1, "{stdout}");
    assert!(stdout.contains("hiring loop"), "{stdout}");
    assert_eq!(
        stderr.trim_end(),
        "rolemap: note: <stdin>: named more than once; read once"
    );
}

#[test]
fn as_of_without_a_window_says_what_it_does() {
    let done = run(&["examples/brag.md", "--as-of", "2025-01-01", "-q"]);
    assert_eq!(done.code, Some(0), "{}", done.stderr);
    assert!(
        done.stderr.contains(
            "rolemap: note: --as-of ends a window that --months or --since starts; without one it only stands for today"
        ),
        "{}",
        done.stderr
    );
    let done = run(&["examples/brag.md", "--as-of", "2025-01-01", "--months", "6", "-q"]);
    assert!(!done.stderr.contains("--as-of"), "{}", done.stderr);
    // An unreadable date is an error alone.
    let done = run(&["examples/brag.md", "--as-of", "2025-13-01", "-q"]);
    assert_eq!(done.code, Some(2), "{}", done.stderr);
    assert_eq!(done.stderr.lines().count(), 1, "{}", done.stderr);
}

#[test]
fn two_roles_in_one_front_matter_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let twice = dir.path().join("twice.md");
    std::fs::write(&twice, "---\nrole: pm\nrole: em\n---\n- Ran hiring\n").expect("write");
    let done = run(&[path_str(&twice)]);
    assert_eq!(done.code, Some(2), "{}", done.stderr);
    assert!(
        done.stderr.trim_end().ends_with(
            "twice.md:3: front matter role: says \"em\" where line 2 says \"pm\"; give the document one role"
        ),
        "{}",
        done.stderr
    );
    // The same role twice is one role, however it is written.
    for same in ["role: em\nrole: EM", "role: em\nrole: Engineering Manager"] {
        std::fs::write(&twice, format!("---\n{same}\n---\n- Ran hiring\n")).expect("write");
        let done = run(&[path_str(&twice)]);
        assert_eq!(done.code, Some(0), "{}", done.stderr);
    }
}

#[test]
fn a_missing_file_read_on_its_own_is_named_and_the_others_are_reported() {
    // The missing file is classified alone (standard input, of unknown size, ends its group).
    let output = rolemap()
        .args(["nope.md", "-", "--format", "jsonl"])
        .write_stdin("- Wrote the PRD for the merchant dashboard\n")
        .output()
        .expect("run rolemap");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("rolemap: error: nope.md: "), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("merchant dashboard"), "{stdout}");
}

#[test]
fn the_json_of_a_partly_failed_run_is_whole_and_holds_the_good_files() {
    let done = run(&["examples/brag.md", "nope.md", "--format", "json"]);
    assert_eq!(done.code, Some(2), "{}", done.stderr);
    let report: Value = serde_json::from_str(&done.stdout).expect("one JSON value");
    let sources: Vec<&str> = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .filter_map(|d| d["source"].as_str())
        .collect();
    assert_eq!(sources, ["examples/brag.md"]);
    assert_eq!(report["summary"]["documents"], 1);
}

#[test]
fn an_unreadable_input_wins_over_a_failed_role_check() {
    // examples/team/ holds a failing role check (exit 1 alone); a missing file makes it 2, and
    // both are said.
    let done = run(&["examples/team/", "nope.md"]);
    assert_eq!(done.code, Some(2), "{}", done.stderr);
    assert!(done.stderr.contains("rolemap: error: nope.md: "), "{}", done.stderr);
    assert!(
        done.stderr
            .contains("rolemap: check failed: examples/team/casey-tpm.md"),
        "{}",
        done.stderr
    );
    assert!(done.stdout.contains("total (5 documents)"), "{}", done.stdout);
}

#[test]
fn every_input_failing_prints_no_report() {
    let done = run(&["nope.md", "gone.md", "--format", "json"]);
    assert_eq!(done.code, Some(2));
    assert_eq!(done.stdout, "");
    let errors: Vec<&str> = done.stderr.lines().collect();
    assert_eq!(errors.len(), 2, "{}", done.stderr);
    assert!(errors[0].starts_with("rolemap: error: nope.md: "), "{}", done.stderr);
    assert!(errors[1].starts_with("rolemap: error: gone.md: "), "{}", done.stderr);
}

#[test]
fn a_bad_front_matter_role_fails_that_document_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = temp_file(&dir, "a.md", b"---\nrole: astronaut\n---\n- Wrote the PRD\n");
    let good = temp_file(&dir, "b.md", b"---\nrole: pm\n---\n- Wrote the PRD\n");
    let done = run(&[path_str(&bad), path_str(&good)]);
    assert_eq!(done.code, Some(2), "{}", done.stderr);
    assert!(done.stderr.starts_with("rolemap: error: "), "{}", done.stderr);
    assert!(done.stderr.contains("a.md:2: front matter role"), "{}", done.stderr);
    assert!(done.stdout.contains("b.md: 1 activit"), "{}", done.stdout);
}

#[test]
fn output_to_a_file_holds_the_good_files_when_one_fails() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("report.csv");
    let done = run(&[
        "examples/brag.md",
        "nope.md",
        "--format",
        "csv",
        "--output",
        path_str(&report),
    ]);
    assert_eq!(done.code, Some(2), "{}", done.stderr);
    let written = std::fs::read_to_string(&report).expect("the report is written");
    assert!(written.contains("examples/brag.md"), "{written}");
    // When nothing could be read, nothing is written.
    let none = dir.path().join("none.csv");
    let done = run(&["nope.md", "--format", "csv", "--output", path_str(&none)]);
    assert_eq!(done.code, Some(2));
    assert!(!none.exists());
}

#[test]
fn every_error_starts_the_same_way_clap_s_own_included() {
    for args in [
        &["--bogus"][..],
        &["examples/brag.md", "--format", "xml"],
        &["examples/brag.md", "--months", "many"],
        &["examples/brag.md", "--since", "soon"],
        &["eval"],
        &["lexicon"],
        &["lexicon", "fit", "x.tsv"],
        &["completions", "tcsh"],
        &["nope.md"],
        &["examples/brag.md", "--expect", "astronaut"],
        &["--lexicon", "no-such-folder", "examples/brag.md"],
    ] {
        let done = run(args);
        assert_eq!(done.code, Some(2), "{args:?}: {}", done.stderr);
        assert!(
            done.stderr.starts_with("rolemap: error: "),
            "{args:?} should start `rolemap: error: `:\n{}",
            done.stderr
        );
        assert!(
            !done.stderr.lines().any(|line| line.starts_with("error:")),
            "{args:?}: one style only:\n{}",
            done.stderr
        );
        assert_eq!(done.stdout, "", "{args:?}");
    }
    // Help and version are not errors: stdout, exit 0.
    for args in [&["--help"][..], &["--version"], &["eval", "--help"]] {
        let done = run(args);
        assert_eq!(done.code, Some(0), "{args:?}: {}", done.stderr);
        assert!(
            done.stdout.starts_with("rolemap") || done.stdout.contains("Usage:"),
            "{args:?}"
        );
        assert_eq!(done.stderr, "", "{args:?}");
    }
}

#[test]
fn allow_hybrid_without_an_expected_role_is_a_usage_error() {
    let done = run(&["examples/brag.md", "--allow-hybrid"]);
    assert_eq!(done.code, Some(2), "{}", done.stderr);
    assert!(
        done.stderr.starts_with("rolemap: error: --allow-hybrid "),
        "{}",
        done.stderr
    );
    assert!(done.stderr.contains("--expect ROLE"), "{}", done.stderr);
    assert_eq!(done.stdout, "");
    // With an expected role it loosens the check (examples/team/ names roles in front matter).
    assert_eq!(
        run(&["examples/brag.md", "--allow-hybrid", "--expect", "tpm"]).code,
        Some(0)
    );
    assert_eq!(run(&["examples/team/", "--allow-hybrid"]).code, Some(1));
}

/// Every command below `rolemap`, as the words that name it.
const COMMANDS: &[&[&str]] = &[
    &["eval"],
    &["lexicon"],
    &["lexicon", "check"],
    &["lexicon", "list"],
    &["lexicon", "fit"],
    &["completions"],
    &["man"],
];

#[test]
fn man_prints_each_command_s_own_page() {
    for command in COMMANDS {
        let args: Vec<&str> = ["man"].iter().chain(command.iter()).copied().collect();
        let done = run(&args);
        assert_eq!(done.code, Some(0), "{args:?}: {}", done.stderr);
        let title = format!(".TH rolemap-{} 1 ", command.join("-"));
        assert!(done.stdout.contains(&title), "{args:?}: no {title:?}");
        let synopsis = format!("\\fBrolemap {}\\fR", command.join(" "));
        assert!(done.stdout.contains(&synopsis), "{args:?}: no {synopsis:?}");
        // The default command's options are not on a subcommand's page.
        assert!(!done.stdout.contains("\\-\\-explain"), "{args:?}");
        assert!(
            !done.stdout.contains("\\-\\-color"),
            "{args:?}: --color is the default command's"
        );
    }
    let eval = run(&["man", "eval"]).stdout;
    assert!(eval.contains("\\-\\-fail\\-under") && eval.contains("\\-\\-lexicon"));
    for own in [&["man", "completions"][..], &["man", "man"]] {
        assert!(!run(own).stdout.contains("\\-\\-lexicon"), "{own:?}");
    }
    // The main page is rolemap's, with the default command's options.
    let main = run(&["man"]).stdout;
    assert!(main.contains(".TH rolemap 1 ") && main.contains("\\-\\-explain") && main.contains("\\-\\-color"));
    let done = run(&["man", "lexicon", "nope"]);
    assert_eq!(done.code, Some(2));
    assert!(
        done.stderr
            .starts_with("rolemap: error: man: no command `rolemap lexicon nope`; the commands of `rolemap lexicon`: check, list, fit"),
        "{}",
        done.stderr
    );
}

#[test]
fn completions_offer_each_command_only_its_own_options() {
    let script = run(&["completions", "bash"]).stdout;
    let options_of = |case: &str| -> String {
        let at = script
            .find(&format!("{case})"))
            .unwrap_or_else(|| panic!("no {case} in the script"));
        let opts = script[at..]
            .lines()
            .find(|l| l.trim_start().starts_with("opts="))
            .expect("opts");
        opts.to_string()
    };
    for case in ["rolemap__subcmd__completions", "rolemap__subcmd__man"] {
        let opts = options_of(case);
        assert!(
            !opts.contains("--lexicon") && !opts.contains("--color"),
            "{case}: {opts}"
        );
    }
    let eval = options_of("rolemap__subcmd__eval");
    assert!(eval.contains("--lexicon") && !eval.contains("--color"), "{eval}");
    let help = run(&["completions", "--help"]).stdout;
    assert!(!help.contains("--lexicon") && !help.contains("--color"), "{help}");
    // Global options written before a subcommand still reach it.
    let done = run(&["--lexicon", "lexicon", "lexicon", "list"]);
    assert_eq!(done.code, Some(0), "{}", done.stderr);
}

#[test]
fn color_before_a_subcommand_is_honoured_or_named_as_ignored() {
    // `never` and `auto` hold for a subcommand, which prints no colour: nothing to say.
    for color in ["--color=never", "--color=auto"] {
        let done = run(&[color, "lexicon", "list"]);
        assert_eq!((done.code, done.stderr.as_str()), (Some(0), ""), "{color}");
    }
    // `always` cannot be honoured: the run goes on and says so.
    let done = run(&["--color", "always", "lexicon", "list"]);
    assert_eq!(done.code, Some(0), "{}", done.stderr);
    assert_eq!(
        done.stderr,
        "rolemap: warning: --color always has no effect on `lexicon list`, which prints no colour\n"
    );
    assert!(!done.stdout.contains('\u{1b}'));
    // The last one wins; clap's own `help` is a subcommand too.
    let done = run(&["--color", "always", "--color=never", "help", "eval"]);
    assert_eq!((done.code, done.stderr.as_str()), (Some(0), ""));
    assert!(done.stdout.contains("--fail-under"), "{}", done.stdout);
}

#[test]
fn quiet_prints_nothing_and_says_it_with_the_exit_status() {
    let pass = run(&["examples/team/alex-em.md", "-q"]);
    assert_eq!(
        (pass.code, pass.stdout.as_str(), pass.stderr.as_str()),
        (Some(0), "", "")
    );
    // A failed role check: exit 1, the failure still named on stderr.
    let fail = run(&["examples/team/", "--quiet", "--format", "json", "--explain"]);
    assert_eq!(fail.code, Some(1));
    assert_eq!(fail.stdout, "");
    assert!(
        fail.stderr
            .contains("rolemap: check failed: examples/team/casey-tpm.md"),
        "{}",
        fail.stderr
    );
    // Errors too.
    let error = run(&["examples/brag.md", "nope.md", "-q"]);
    assert_eq!(error.code, Some(2));
    assert_eq!(error.stdout, "");
    assert!(
        error.stderr.starts_with("rolemap: error: nope.md: "),
        "{}",
        error.stderr
    );
    // -O still writes its file.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("report.json");
    let done = run(&["examples/brag.md", "-q", "--format", "json", "-O", path_str(&file)]);
    assert_eq!((done.code, done.stdout.as_str()), (Some(0), ""));
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&file).expect("written")).expect("JSON");
    assert_eq!(written["summary"]["documents"], 1);
}

#[test]
fn short_forms_follow_ripgrep_s_habits() {
    // -O writes a file; -o, which is ripgrep's --only-matching, is not taken.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("report.txt");
    assert_eq!(run(&["examples/brag.md", "-O", path_str(&file)]).code, Some(0));
    assert!(std::fs::read_to_string(&file).is_ok_and(|t| t.contains("verdict: ")));
    let done = run(&["examples/brag.md", "-o", path_str(&file)]);
    assert_eq!(done.code, Some(2));
    assert!(
        done.stderr.starts_with("rolemap: error: unexpected argument '-o'"),
        "{}",
        done.stderr
    );
    // …and says what to write instead (clap's own tip was to pass `-o` as a value).
    assert!(done.stderr.contains("use -O FILE (--output FILE)"), "{}", done.stderr);
    assert!(!done.stderr.contains("'-- -o'"), "{}", done.stderr);
    // -X is --explain, -q --quiet, -L --follow (as ripgrep's -L).
    assert_eq!(
        run(&["examples/brag.md", "-X"]).stdout,
        run(&["examples/brag.md", "--explain"]).stdout
    );
    let help = run(&["--help"]).stdout;
    for short in ["-O, --output", "-q, --quiet", "-X, --explain", "-L, --follow"] {
        assert!(help.contains(short), "--help lists {short}");
    }
    // README lists every short form in its table of options.
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    for row in [
        "| `-O`, `--output FILE` |",
        "| `-q`, `--quiet` |",
        "| `-X`, `--explain` |",
        "| `-L`, `--follow` |",
    ] {
        assert!(readme.contains(row), "README lists {row}");
    }
}

#[test]
fn zero_months_is_a_usage_error_that_says_so() {
    let done = run(&["examples/brag.md", "--months", "0"]);
    assert_eq!(done.code, Some(2));
    assert!(done.stderr.contains("give at least 1 month"), "{}", done.stderr);
    assert_eq!(run(&["examples/brag.md", "--months", "1"]).code, Some(0));
}

#[test]
fn a_file_named_twice_is_one_document_with_a_note() {
    let once = run(&["examples/team", "--format", "json"]);
    let twice = run(&["examples/team", "examples/team/alex-em.md", "--format", "json"]);
    assert_eq!(twice.code, once.code);
    assert_eq!(once.stdout, twice.stdout, "the same documents, counted once");
    assert!(
        twice
            .stderr
            .contains("examples/team/alex-em.md: named more than once; read once"),
        "{}",
        twice.stderr
    );
}

#[test]
fn eval_skips_a_binary_file_in_its_documents_folder_as_the_main_command_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    temp_file(
        dir.path(),
        "pm-roadmap.md",
        b"- Wrote the product roadmap and the PRD\n",
    );
    temp_file(dir.path(), "em-photo.txt", b"\0\0\0binary data");
    let done = run(&["eval", "tests/data/dev.tsv", "--docs", path_str(dir.path())]);
    assert_eq!(done.code, Some(0), "{}", done.stderr);
    assert!(done.stderr.contains("em-photo.txt: binary file"), "{}", done.stderr);
    assert!(
        done.stdout.contains("1 of 1 document verdicts right"),
        "{}",
        done.stdout
    );
}

#[test]
fn json_lines_close_each_document_and_the_run_with_typed_records() {
    let args = ["examples/team/alex-em.md", "examples/resume-pasted.txt"];
    let jsonl = run(&[&args[..], &["--format", "jsonl"]].concat());
    assert_eq!(jsonl.code, Some(0), "{}", jsonl.stderr);
    let records: Vec<Value> = jsonl
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect();
    // Every record says what it is; a document's activities, then its record; the summary last.
    let kinds: Vec<(&str, &str)> = records
        .iter()
        .map(|r| (r["type"].as_str().expect("a type"), r["source"].as_str().unwrap_or("")))
        .collect();
    let mut expected = vec![("activity", args[0]); 8];
    expected.push(("document", args[0]));
    expected.extend(vec![("activity", args[1]); 12]);
    expected.push(("document", args[1]));
    expected.push(("summary", ""));
    assert_eq!(kinds, expected);
    // The document and summary records carry what JSON says, field for field, except the
    // activities and periods (records of their own).
    let json: Value = serde_json::from_str(&run(&[&args[..], &["--format", "json"]].concat()).stdout).expect("JSON");
    let without = |value: &Value, keys: &[&str]| {
        let mut object = value.as_object().expect("an object").clone();
        for key in keys {
            object.remove(*key);
        }
        Value::Object(object)
    };
    let documents: Vec<&Value> = records.iter().filter(|r| r["type"] == "document").collect();
    for (record, document) in documents.iter().zip(json["documents"].as_array().expect("documents")) {
        assert_eq!(
            without(record, &["type"]),
            without(document, &["activities", "periods"])
        );
    }
    let summary = records.last().expect("a summary");
    assert_eq!(without(summary, &["type"]), without(&json["summary"], &["periods"]));
    // Each activity record is JSON's activity with its source.
    let first = &json["documents"][0]["activities"][0];
    assert_eq!(without(&records[0], &["type", "source"]), *first);
}

#[test]
fn energy_says_what_it_measures_and_where_the_drain_is() {
    let done = run(&["examples/brag.md"]);
    assert_eq!(done.code, Some(0));
    let header = done.stdout.lines().nth(2).expect("a header row");
    assert!(header.contains("share of (+) lines"), "{header}");
    assert!(!header.contains("energy (+)"), "{header}");
    // PM has 6 of the 9 (+) lines; EM and TPM 3 (−) lines each.
    let verdict = done
        .stdout
        .lines()
        .find(|l| l.starts_with("verdict: "))
        .expect("a verdict");
    assert!(
        verdict.ends_with("— most of your work is TPM; your energy is in PM; EM and TPM work drain you"),
        "{verdict}"
    );
    let trend = run(&["examples/brag.md", "--by", "year"]).stdout;
    assert!(trend.contains("most (+) lines"), "{trend}");
}

// ------------------------------------------------------------------------------------------------
// 7. Top terms as people wrote them; counts in words.

#[test]
fn top_terms_are_listed_as_written_and_counts_agree_with_their_nouns() {
    let text = "- Ran weekly 1:1s with my four reports\n- Wrote promo packets for two engineers\n- Cut the Design-Review backlog for the SRE team\n";
    let output = rolemap()
        .args(["-", "--format", "json"])
        .write_stdin(text)
        .output()
        .expect("run rolemap");
    assert_eq!(output.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let terms: Vec<String> = report["documents"][0]["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .flat_map(|r| r["top_terms"].as_array().cloned().unwrap_or_default())
        .filter_map(|t| t.as_str().map(str::to_string))
        .collect();
    for written in ["1:1s", "promo packets"] {
        assert!(terms.iter().any(|t| t == written), "{written:?} in {terms:?}");
    }
    let syntax: Vec<&String> = terms
        .iter()
        .filter(|t| t.contains('*') || t.contains('"') || t.contains('/'))
        .collect();
    assert!(syntax.is_empty(), "lexicon syntax in top terms: {syntax:?}");
    let table = rolemap()
        .args(["-", "--months", "12"])
        .write_stdin("- Wrote the PRD\n")
        .output()
        .expect("run rolemap");
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.contains("1 undated activity kept"), "{table}");
    assert!(
        table.contains(": 1 activity (1 matched, 0 unmatched) in 1 line\n"),
        "{table}"
    );
}

/// `-O` never writes the report over an input: a file named as input is refused (exit 2, the
/// document untouched), whatever path or link names it; a folder's earlier report is left out.
#[test]
fn the_output_file_is_never_an_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = b"- Ran the hiring loop\n";
    let brag = temp_file(&dir, "brag.md", text);
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&brag, &link).expect("symlink");
    let hard = dir.path().join("hard.md");
    std::fs::hard_link(&brag, &hard).expect("hard link");
    for (input, output) in [(&brag, &brag), (&link, &brag), (&hard, &brag), (&brag, &link)] {
        let done = run(&[path_str(input), "-O", path_str(output)]);
        assert_eq!(done.code, Some(2), "{}", done.stderr);
        assert!(done.stderr.contains("is also an input"), "{}", done.stderr);
        assert_eq!(std::fs::read(&brag).expect("read"), text, "the document is untouched");
    }
    // A folder's report written into the folder is left out of the next run, with a note.
    let reviews = dir.path().join("reviews");
    std::fs::create_dir(&reviews).expect("folder");
    temp_file(&reviews, "alex.md", text);
    let report = reviews.join("report.md");
    for round in 0..2 {
        let done = run(&[path_str(&reviews), "-O", path_str(&report)]);
        assert_eq!(done.code, Some(0), "{}", done.stderr);
        assert_eq!(
            done.stderr.contains("left out, it is the --output file"),
            round == 1,
            "{}",
            done.stderr
        );
        let written = std::fs::read_to_string(&report).expect("report");
        assert!(
            written.starts_with(&format!("{}: 1 activity", reviews.join("alex.md").display())),
            "{written}"
        );
    }
    // So is one in any format, under a name the walk reads.
    for format in ["markdown", "json", "jsonl", "csv"] {
        let report = reviews.join(format!("report-{format}.txt"));
        for round in 0..2 {
            let done = run(&[path_str(&reviews), "--format", format, "-O", path_str(&report)]);
            assert_eq!(done.code, Some(0), "{format}: {}", done.stderr);
            assert_eq!(
                done.stderr.contains("left out"),
                round == 1,
                "{format}: {}",
                done.stderr
            );
        }
    }
    // A note in the folder that is no report is refused, and stays.
    let notes = dir.path().join("notes");
    std::fs::create_dir(&notes).expect("folder");
    let note = temp_file(&notes, "brag.md", text);
    temp_file(&notes, "q3.md", b"- Wrote the roadmap\n");
    let done = run(&[path_str(&notes), "-O", path_str(&note)]);
    assert_eq!(done.code, Some(2), "{}", done.stderr);
    assert!(done.stderr.contains("is also an input"), "{}", done.stderr);
    assert_eq!(std::fs::read(&note).expect("read"), text, "the note is untouched");
    // Standard input read from the output file, named `-` or not.
    for args in [&["-O", path_str(&brag)][..], &["-", "-O", path_str(&brag)]] {
        let done = std::process::Command::new(assert_cmd::cargo::cargo_bin!("rolemap"))
            .args(args)
            .stdin(std::fs::File::open(&brag).expect("open"))
            .output()
            .expect("run rolemap");
        let stderr = String::from_utf8_lossy(&done.stderr);
        assert_eq!(done.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("is also an input (standard input)"), "{stderr}");
        assert_eq!(std::fs::read(&brag).expect("read"), text, "the document is untouched");
    }
    // A report written over keeps its permissions.
    use std::os::unix::fs::PermissionsExt;
    let private = dir.path().join("private.md");
    std::fs::write(&private, "old report").expect("write");
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let done = run(&[path_str(&brag), "-O", path_str(&private)]);
    assert_eq!(done.code, Some(0), "{}", done.stderr);
    let mode = std::fs::metadata(&private).expect("stat").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert!(std::fs::read_to_string(&private).expect("read").contains("1 activity"));
    // A named pipe read and written at once is refused rather than waited on forever.
    let pipe = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let done = rolemap()
        .args([path_str(&pipe), "-O", path_str(&pipe)])
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .expect("run rolemap");
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("is also an input"), "{stderr}");
}

/// As in ripgrep, a flag given twice takes its last value, so a wrapper or an alias can be
/// overridden (`alias rolemap='rolemap --color always'`, then `rolemap --color never …`).
#[test]
fn a_flag_given_twice_takes_its_last_value() {
    let done = run(&["examples/brag.md", "--format", "json", "--format", "csv"]);
    assert_eq!(done.code, Some(0), "{}", done.stderr);
    assert!(done.stdout.starts_with("source,"), "{}", done.stdout);
    let done = run(&["examples/brag.md", "-q", "-q"]);
    assert_eq!((done.code, done.stdout.as_str()), (Some(0), ""), "{}", done.stderr);
    let done = run(&["eval", "tests/data/dev.tsv", "--format", "table", "--format", "json"]);
    assert_eq!(done.code, Some(0), "{}", done.stderr);
    serde_json::from_str::<Value>(&done.stdout).expect("the last --format, json");
}

/// A folder inside a named one that cannot be read is named (not the folder above it), the
/// rest of the walk is reported, and the run ends with exit 2, as ripgrep does.
#[test]
fn an_unreadable_folder_inside_a_walk_is_named_and_the_rest_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let root = dir.path().join("reviews");
    for sub in ["private", "team"] {
        std::fs::create_dir_all(root.join(sub)).expect("folders");
    }
    temp_file(&root, "alex.md", b"- Ran the hiring loop\n");
    temp_file(root.join("team"), "sam.md", b"- Owned the product roadmap\n");
    temp_file(root.join("private"), "kim.md", b"- Tracked the critical path\n");
    let locked = root.join("private");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod 000");
    // As root, chmod 000 stops nothing: run as nobody where setpriv can, else skip.
    let mut command = if std::fs::read_dir(&locked).is_ok() {
        let setpriv = std::process::Command::new("setpriv").arg("--version").output();
        if setpriv.is_err() {
            eprintln!("skipped: running as root without setpriv");
            return;
        }
        let mut command = std::process::Command::new("setpriv");
        command
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(assert_cmd::cargo::cargo_bin!("rolemap"));
        command
    } else {
        std::process::Command::new(assert_cmd::cargo::cargo_bin!("rolemap"))
    };
    let output = command
        .args([path_str(&root), "--format", "csv"])
        .output()
        .expect("run rolemap");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(
        stderr.trim_end(),
        format!(
            "rolemap: error: {}: cannot read folder: Permission denied (os error 13)",
            locked.display()
        ),
    );
    assert!(stdout.contains("alex.md,") && stdout.contains("sam.md,"), "{stdout}");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).expect("chmod back");
}

/// A role check nobody can run is never skipped in silence: front matter that never closes is
/// warned about, and a `role:` with no value (a YAML list under it) is an input error.
#[test]
fn front_matter_that_cannot_be_checked_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let unclosed = temp_file(&dir, "unclosed.md", b"---\nrole: PM\n- Ran the hiring loop\n");
    let done = run(&[path_str(&unclosed), "-q"]);
    assert_eq!(done.code, Some(0), "{}", done.stderr);
    assert!(
        done.stderr
            .contains("unclosed.md:1: the `---` here opens front matter that never closes"),
        "{}",
        done.stderr
    );
    let listed = temp_file(&dir, "listed.md", b"---\nrole:\n  - PM\n---\n- Ran the hiring loop\n");
    let done = run(&[path_str(&listed), "-q"]);
    assert_eq!(done.code, Some(2), "{}", done.stderr);
    assert!(
        done.stderr.contains("listed.md:2: front matter role: has no value"),
        "{}",
        done.stderr
    );
}

/// `-O` through a symbolic link replaces the file the link names and keeps the link.
#[test]
fn the_output_is_written_through_a_symbolic_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = temp_file(&dir, "in.md", b"- Ran the hiring loop\n");
    let real = temp_file(&dir, "real.md", b"old\n");
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink("real.md", &link).expect("symlink");
    let dangling = dir.path().join("dangling.md");
    std::os::unix::fs::symlink("new.md", &dangling).expect("symlink");
    for (output, written) in [(&link, real.clone()), (&dangling, dir.path().join("new.md"))] {
        let done = run(&[path_str(&input), "-O", path_str(output)]);
        assert_eq!(done.code, Some(0), "{}", done.stderr);
        let meta = std::fs::symlink_metadata(output).expect("link");
        assert!(meta.file_type().is_symlink(), "{} is still a link", output.display());
        let text = std::fs::read_to_string(&written).expect("written");
        assert!(text.contains("1 activity (1 matched"), "{text}");
    }
}
