//! `rolemap eval` and `rolemap lexicon check|list`, end to end.

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use serde_json::Value;

mod common;
use common::rolemap;

/// Regression floors on our own labeled splits: the figures in README are above these. A drop
/// below one means a lexicon or engine change made classification worse.
const DEV_FLOOR: f64 = 0.85;
const TEST_FLOOR: f64 = 0.80;
const NONE_FLOOR: f64 = 0.75;

fn eval_json(file: &str) -> Value {
    let output = rolemap()
        .args(["eval", file, "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&output).expect("eval JSON")
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn both_labeled_splits_stay_above_their_floors() {
    for (file, floor) in [
        ("tests/data/dev.tsv", DEV_FLOOR),
        ("tests/data/dev2.tsv", DEV_FLOOR),
        ("tests/data/test.tsv", TEST_FLOOR),
    ] {
        let report = eval_json(file);
        let macro_f1 = report["macro_f1"].as_f64().expect("macro_f1");
        let none = report["none_unmatched"].as_f64().expect("none_unmatched");
        assert!(macro_f1 >= floor, "{file}: macro-F1 {macro_f1:.3} fell below {floor}");
        assert!(
            none >= NONE_FLOOR,
            "{file}: none-lines unmatched {none:.3} fell below {NONE_FLOOR}"
        );
        let rows = report["rows"].as_u64().expect("rows");
        let per_class: Vec<u64> = report["classes"]
            .as_array()
            .expect("classes")
            .iter()
            .map(|c| c["support"].as_u64().expect("support"))
            .collect();
        assert_eq!(per_class.iter().sum::<u64>(), rows);
        assert!(per_class[..3].iter().all(|&n| n >= 100), "{file}: ≥ 100 lines per role");
        assert!(per_class[3] >= 60, "{file}: ≥ 60 none-lines");
    }
}

#[test]
fn fail_under_turns_a_low_score_into_exit_1() {
    rolemap()
        .args(["eval", "tests/data/dev.tsv", "--fail-under", "0.99"])
        .assert()
        .code(1);
    rolemap()
        .args(["eval", "tests/data/dev.tsv", "--fail-under", "0.5"])
        .assert()
        .success();
}

#[test]
fn eval_prints_metrics_confusion_and_errors() {
    let input = "label\ttext\nPM\tWrote the PRD and owned the product roadmap\nEM\tRan 1:1s with my direct reports\nnone\tWrote the PRD and owned the product roadmap\n";
    rolemap()
        .args(["eval", "-", "--errors"])
        .write_stdin(input)
        .assert()
        .success()
        .stdout(predicate::str::contains("3 rows"))
        .stdout(predicate::str::contains("macro-F1"))
        .stdout(predicate::str::contains("true \\ predicted"))
        .stdout(predicate::str::contains("none-lines left unmatched 0.0%"))
        .stdout(predicate::str::contains("prd (PM 3)"));
}

#[test]
fn eval_json_counts_add_up() {
    let report = eval_json("tests/data/test.tsv");
    let confusion = report["confusion"].as_array().expect("confusion");
    let total: u64 = confusion
        .iter()
        .flat_map(|row| row["predicted"].as_array().expect("counts").iter())
        .map(|n| n.as_u64().expect("count"))
        .sum();
    assert_eq!(total, report["rows"].as_u64().expect("rows"));
    assert!(
        report["errors"].as_array().expect("errors").is_empty(),
        "errors only with --errors"
    );
}

#[test]
fn a_malformed_row_is_an_error_naming_its_line() {
    rolemap()
        .args(["eval", "-"])
        .write_stdin("PM\tWrote the PRD\nthis row has no tab\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>:2: expected `label<TAB>text`"));
    rolemap()
        .args(["eval", "-"])
        .write_stdin("PM\tWrote the PRD\nCEO\tRan the company\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("<stdin>:2: unknown label \"CEO\""));
}

#[test]
fn the_default_lexicon_checks_clean_of_errors() {
    rolemap()
        .args(["lexicon", "check"])
        .assert()
        .success()
        .stdout(predicate::str::contains("built-in lexicon: 0 error(s), 0 warning(s)"));
    rolemap()
        .args(["lexicon", "check", "lexicon"])
        .assert()
        .success()
        .stdout(predicate::str::contains("lexicon: 0 error(s)"));
}

#[test]
fn lexicon_check_reports_every_problem_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "pm.lex",
        "@name Product Manager\n@question what/why\nroadmap\nroad-map = 20\n/across (teams/\nplan*\nroadmap\n",
    );
    write(
        dir.path(),
        "em.lex",
        "@name Engineering Manager\n@question how/who\nroadmap\n",
    );
    let words = write(
        dir.path(),
        "words.txt",
        &(1..=20).map(|i| format!("plan{}\n", "x".repeat(i))).collect::<String>(),
    );
    let dir_arg = dir.path().to_str().expect("utf-8 path");
    let assert = rolemap()
        .args([
            "lexicon",
            "check",
            dir_arg,
            "--words",
            words.to_str().expect("utf-8 path"),
        ])
        .assert()
        .code(1);
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    for needle in [
        "pm.lex:4: error: weight 20 is out of range",
        "pm.lex:5: error: regular expression does not compile: unclosed group",
        "pm.lex:6: warning: stem \"plan*\" matches 20 dictionary words",
        "pm.lex:3: error: duplicate entry \"roadmap\": already at",
        "pm.lex:7: error: duplicate entry \"roadmap\"",
        "4 error(s), 1 warning(s)",
    ] {
        assert!(stdout.contains(needle), "missing {needle:?} in:\n{stdout}");
    }
}

#[test]
fn lexicon_list_prints_every_entry_with_its_source() {
    let assert = rolemap().args(["lexicon", "list"]).assert().success();
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert!(stdout.starts_with("category\tsection\tentry\tweight\tsource\tforms\n"));
    assert!(stdout.lines().count() > 450, "{} lines", stdout.lines().count());
    assert!(stdout.lines().skip(1).all(|l| l.split('\t').count() == 6));
    // The last column shows what a word entry meets; stems and regexes have no list.
    let forms = |entry: &str| {
        stdout
            .lines()
            .map(|l| l.split('\t').collect::<Vec<_>>())
            .find(|columns| columns[2] == entry)
            .map(|columns| columns[5].to_string())
    };
    let hiring = forms("hiring").expect("a hiring entry");
    assert!(hiring.starts_with("hiring, ") && hiring.contains("hired"), "{hiring}");
    assert_eq!(forms("coordinat*").as_deref(), Some("-"));
}

#[test]
fn lexicon_check_reads_a_liwc_dictionary() {
    rolemap()
        .args(["lexicon", "check", "tests/data/workflows/roles.dic"])
        .assert()
        .success()
        .stdout(predicate::str::contains("tests/data/workflows/roles.dic: 0 error(s)"));
    let dir = tempfile::tempdir().expect("temp dir");
    let dic = write(dir.path(), "bad.dic", "%\n1 pm\n%\nroadmap\t7\n");
    rolemap()
        .args(["lexicon", "check", dic.to_str().expect("utf-8 path")])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("bad.dic:4: error: category 7 is not declared"));
}
