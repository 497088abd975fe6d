//! `rolemap eval` and `rolemap lexicon check|list`, end to end.

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use serde_json::Value;

mod common;
use common::{path_str, rolemap};

/// Regression floors on our own labeled splits: the figures in README are above these. A drop
/// below one means a lexicon or engine change made classification worse.
const DEV_FLOOR: f64 = 0.85;
const TEST_FLOOR: f64 = 0.85;
const NONE_FLOOR: f64 = 0.75;

fn eval_json(file: &str) -> Value {
    json_of(&["eval", file, "--format", "json"])
}

/// Runs the binary with `args`, expects success, and parses what it prints as JSON.
fn json_of(args: &[&str]) -> Value {
    let output = rolemap().args(args).assert().success().get_output().stdout.clone();
    serde_json::from_slice(&output).expect("JSON output")
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

/// Lines written as a new user would, scored and fixed in general forms only (README, "On our own
/// labeled sets"): a floor so a later change cannot undo those fixes unnoticed.
#[test]
fn the_probe_lines_stay_above_their_floor() {
    let report = eval_json("tests/data/probes.tsv");
    let macro_f1 = report["macro_f1"].as_f64().expect("macro_f1");
    let none = report["none_unmatched"].as_f64().expect("none_unmatched");
    assert!(macro_f1 >= 0.90, "probes: macro-F1 {macro_f1:.3} fell below 0.90");
    assert!(none >= 0.65, "probes: none-lines unmatched {none:.3} fell below 0.65");
}

/// Lines written blind — by writers who saw the role definitions but never the lexicon nor the
/// corpus — in ladder, job-description, resume and year-in-review registers: the lexicon was not
/// tuned on them, so a change that costs them is a change that costs unseen writing.
#[test]
fn the_blind_lines_stay_above_their_floor() {
    let report = eval_json("tests/data/blind.tsv");
    let macro_f1 = report["macro_f1"].as_f64().expect("macro_f1");
    let none = report["none_unmatched"].as_f64().expect("none_unmatched");
    assert_eq!(report["rows"], 400);
    assert!(macro_f1 >= 0.90, "blind: macro-F1 {macro_f1:.3} fell below 0.90");
    assert!(none >= 0.75, "blind: none-lines unmatched {none:.3} fell below 0.75");
}

/// Lines written blind in the registers of real text, labeled the way real text is: a ladder or
/// job-description line by its page's role (an IC page's lines none, however leaderly they sound),
/// a resume bullet or a brag document's line by the job title it sits under (an EM's delivery
/// bullets are EM). Scored as
/// they arrived; their documents (one page or one job each) score verdicts.
#[test]
fn the_real_style_blind_sets_stay_above_their_floors() {
    for (name, rows, line_floor, docs, docs_floor) in [
        ("styled_ladders", 508, 0.74, 54, 47),
        ("styled_resumes", 502, 0.70, 89, 78),
        ("styled_brags", 415, 0.47, 36, 30),
        ("styled_ladders2", 324, 0.76, 36, 30),
        ("styled_resumes2", 268, 0.74, 46, 42),
        ("styled_jobs", 303, 0.74, 36, 30),
        ("styled_resumes3", 257, 0.88, 45, 42),
        ("messy_resumes", 260, 0.56, 48, 39),
        ("messy_resumes2", 256, 0.58, 48, 41),
        ("styled_ladders3", 300, 0.72, 32, 28),
        ("tech_resumes", 249, 0.71, 49, 44),
        ("styled_ladders4", 297, 0.60, 32, 28),
        ("messy_resumes3", 281, 0.62, 48, 44),
        ("styled_jobs2", 322, 0.57, 32, 25),
        ("styled_ladders5", 313, 0.62, 30, 24),
        // Curated as the corpus is (only the lines describing the work: no blurbs, benefits
        // or application text): 0.776 line macro-F1, 27 of 30 verdicts, as it arrived.
        ("styled_ladders6", 296, 0.76, 30, 26),
        // Job postings curated the same way: 0.775, 31 of 32 verdicts, as they arrived.
        ("styled_jobs3", 320, 0.77, 32, 29),
        // Resume jobs labeled by title, a third of each job's lines off its lane (the second set
        // partly paragraphs in the first person): 0.629 and 0.591, 45 of 47 and 38 of 41
        // verdicts, as they arrived.
        ("titled_resumes", 341, 0.62, 47, 43),
        ("titled_resumes2", 319, 0.58, 41, 36),
        // The same in a corporate and IT-services register: 0.579, 34 of 42, as they arrived.
        ("titled_resumes3", 295, 0.56, 42, 32),
        // Software people's portfolio-site resumes: 0.613, 40 of 42, as they arrived.
        ("titled_resumes4", 302, 0.59, 42, 38),
        // Non-native English from four continents: 0.629, 40 of 42, with the build before it came.
        ("titled_resumes5", 303, 0.60, 42, 38),
        // Curated ladders asked to blur the lanes as real pages do: 0.714, 30 of 34, as they
        // arrived.
        ("styled_ladders7", 335, 0.69, 34, 28),
        // Curated, 12 of 32 pages ICs' written as senior ladders are: 0.726, 23 of 32, with the
        // build before it came.
        ("styled_ladders8", 321, 0.72, 32, 24),
        // Role pages outside tech firms, requirement lines kept: 0.713, 30 of 32, as they arrived.
        ("styled_ladders9", 327, 0.70, 32, 28),
        // Resumes labeled by title in games, media, cars, health, energy and the public sector:
        // 0.569, 40 of 45, as they arrived.
        ("titled_resumes6", 352, 0.54, 45, 38),
        // Role pages and resumes as published in Git repositories: 0.710, 30 of 32, and 0.626,
        // 42 of 45, as they arrived.
        ("styled_jobs4", 344, 0.69, 32, 28),
        ("titled_resumes7", 333, 0.60, 45, 40),
        // Career frameworks as published in Git repositories, and SaaS resumes in their
        // shorthand: 0.836, 30 of 32, and 0.586, 40 of 45, with the build before they came.
        ("styled_ladders10", 325, 0.81, 32, 28),
        ("titled_resumes8", 331, 0.56, 45, 38),
        // Career-page postings with their boilerplate, and LinkedIn and plain-text resumes:
        // 0.698, 29 of 33, and 0.625, 43 of 48, as they arrived.
        ("styled_jobs5", 377, 0.68, 33, 28),
        ("titled_resumes9", 336, 0.60, 48, 41),
        // Half the pages senior ICs', and early-career resumes: 0.694, 22 of 34, and 0.666,
        // 46 of 48, with the build before they came.
        ("styled_ladders11", 339, 0.67, 34, 20),
        ("titled_resumes10", 345, 0.64, 48, 43),
    ] {
        let file = format!("tests/data/{name}.tsv");
        let folder = format!("tests/data/{name}_docs");
        let report = json_of(&["eval", &file, "--docs", &folder, "--format", "json"]);
        let macro_f1 = report["macro_f1"].as_f64().expect("macro_f1");
        assert_eq!(report["rows"], rows, "{name}");
        assert!(
            macro_f1 >= line_floor,
            "{name}: macro-F1 {macro_f1:.3} fell below {line_floor}"
        );
        assert_eq!(report["documents"]["documents"], docs, "{name}");
        let right = report["documents"]["right"].as_u64().expect("right");
        assert!(
            right >= docs_floor,
            "{name}: {right} of {docs} verdicts right, below {docs_floor}"
        );
    }
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
        .stdout(predicate::str::contains("prd (PM 2.87)"));
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

/// The real labeled corpus (`$ROLEMAP_CORPUS`, default `../shared/corpus` beside the checkout),
/// or `None` with a printed note when it is missing. Under `CI=true` a missing corpus fails the
/// test: CI always has it, so its figures are always checked there.
fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("ROLEMAP_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    if dir.join("framework.tsv").is_file() {
        return Some(dir);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "the real-text corpus is missing at {} (set ROLEMAP_CORPUS)",
        dir.display()
    );
    eprintln!(
        "note: skipped, no real-text corpus at {} (set ROLEMAP_CORPUS)",
        dir.display()
    );
    None
}

/// Floors on real text nobody on the project wrote (see README): they start at the figures of
/// the lexicon they were set with and only ever rise.
struct RealTextFloor {
    set: &'static str,
    macro_f1: f64,
    none_unmatched: Option<f64>,
    documents_right: u64,
}

const REAL_TEXT_FLOORS: &[RealTextFloor] = &[
    RealTextFloor {
        set: "framework",
        macro_f1: 0.705,
        none_unmatched: Some(0.75),
        documents_right: 30,
    },
    RealTextFloor {
        set: "resume",
        macro_f1: 0.625,
        none_unmatched: None,
        documents_right: 37,
    },
];

#[test]
fn real_text_lines_sources_and_documents_stay_above_their_floors() {
    let Some(corpus) = corpus() else { return };
    for floor in REAL_TEXT_FLOORS {
        let lines = corpus.join(format!("{}.tsv", floor.set));
        let docs = corpus.join(format!("{}_docs", floor.set));
        let report = json_of(&["eval", path_str(&lines), "--docs", path_str(&docs), "--format", "json"]);
        let macro_f1 = report["macro_f1"].as_f64().expect("macro_f1");
        assert!(
            macro_f1 >= floor.macro_f1,
            "{}: macro-F1 {macro_f1:.3} < {}",
            floor.set,
            floor.macro_f1
        );
        if let Some(none_floor) = floor.none_unmatched {
            let none = report["none_unmatched"].as_f64().expect("none_unmatched");
            assert!(
                none >= none_floor,
                "{}: none-lines unmatched {none:.3} < {none_floor}",
                floor.set
            );
        }
        let sources = report["sources"].as_array().expect("per-source figures");
        assert!(sources.len() >= 20, "{}: {} sources", floor.set, sources.len());
        let accuracies: Vec<f64> = sources
            .iter()
            .map(|s| s["accuracy"].as_f64().expect("accuracy"))
            .collect();
        assert!(accuracies.windows(2).all(|w| w[0] <= w[1]), "worst source first");
        let rows: u64 = sources.iter().map(|s| s["rows"].as_u64().expect("rows")).sum();
        assert_eq!(rows, report["rows"].as_u64().expect("rows"), "every row has its source");
        let documents = &report["documents"];
        let right = documents["right"].as_u64().expect("right");
        assert!(
            right >= floor.documents_right,
            "{}: {right} document verdicts right < {}",
            floor.set,
            floor.documents_right
        );
        let results = documents["results"].as_array().expect("results");
        assert_eq!(documents["documents"].as_u64(), Some(results.len() as u64));
        for result in results {
            let expected = result["expected"].as_str().expect("expected");
            let verdict = result["verdict"].as_str();
            let right = match expected {
                "none" => verdict.is_none(),
                role => verdict == Some(role),
            };
            assert_eq!(result["right"].as_bool(), Some(right), "{result}");
        }
    }
}

#[test]
fn fitting_on_real_text_writes_a_lexicon_that_loads_and_reports_cross_validation() {
    let Some(corpus) = corpus() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("fitted");
    let framework = corpus.join("framework.tsv");
    let resume = corpus.join("resume.tsv");
    let report = json_of(&[
        "lexicon",
        "fit",
        path_str(&framework),
        path_str(&resume),
        "--out",
        path_str(&out),
        "--format",
        "json",
    ]);
    assert_eq!(report["grouping"], "source", "folds grouped by source");
    let figures = report["figures"].as_array().expect("figures");
    assert_eq!(figures.len(), 3, "two files and all");
    for (figure, floor) in figures.iter().zip([0.69, 0.61]) {
        let cross_validated = figure["cross_validated"].as_f64().expect("cross-validated");
        assert!(cross_validated >= floor, "{figure}");
    }
    assert!(!report["proposals"].as_array().expect("proposals").is_empty());
    // The folder holds every file of the built-in lexicon and loads; its in-sample figure is
    // what `eval --lexicon` says of it.
    for name in ["pm.lex", "em.lex", "tpm.lex", "modifiers.rules"] {
        assert!(out.join(name).is_file(), "{name} written");
    }
    let eval = json_of(&[
        "eval",
        "--lexicon",
        path_str(&out),
        path_str(&framework),
        "--format",
        "json",
    ]);
    assert_eq!(eval["macro_f1"], figures[0]["in_sample"]);
}

/// A small labeled set where the right change is known: `team` (EM, weight 1.5 below) is what
/// every source writes next to product work, and `users` (PM) is what tells it apart.
fn small_set(dir: &Path) -> (PathBuf, PathBuf) {
    let lexicon = dir.join("start");
    std::fs::create_dir_all(&lexicon).expect("lexicon folder");
    write(
        &lexicon,
        "pm.lex",
        "@name Product Manager\n@question what/why\n@order 1\nroadmap = 2\nusers = 1\n",
    );
    write(
        &lexicon,
        "em.lex",
        "@name Engineering Manager\n@question how/who\n@order 2\nhiring = 2\nteam = 1.5\n",
    );
    write(&lexicon, "m.rules", "@min_score 1\n[none]\nfixed = 1\n");
    let mut lines = String::from("label\ttext\tsource\n");
    for source in ["acme", "globex", "initech", "umbrella"] {
        lines.push_str(&format!(
            "PM\tthe team and our users\t{source}\nPM\ta team for users\t{source}\n"
        ));
        lines.push_str(&format!(
            "EM\thiring\t{source}\nPM\troadmap\t{source}\nnone\tfixed it\t{source}\n"
        ));
    }
    (lexicon, write(dir, "lines.tsv", &lines))
}

#[test]
fn lexicon_fit_lowers_a_misleading_weight_and_the_folder_it_writes_does_better() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (start, lines) = small_set(dir.path());
    let out = dir.path().join("fitted");
    let assert = rolemap()
        .args([
            "lexicon",
            "fit",
            "--lexicon",
            path_str(&start),
            path_str(&lines),
            "--out",
            path_str(&out),
        ])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    for needle in [
        "one source held out in each",
        "team",
        "wrote the fitted lexicon to",
        "before",
    ] {
        assert!(stdout.contains(needle), "missing {needle:?} in:\n{stdout}");
    }
    let em = std::fs::read_to_string(out.join("em.lex")).expect("em.lex written");
    assert!(em.contains("# fit: 1.5 → "), "{em}");
    assert!(em.contains("in 4 sources (PM 8)"), "{em}");
    let f1 = |lexicon: &Path| {
        let report = json_of(&[
            "eval",
            "--lexicon",
            path_str(lexicon),
            path_str(&lines),
            "--format",
            "json",
        ]);
        report["macro_f1"].as_f64().expect("macro_f1")
    };
    assert!(f1(&start) < 1.0);
    assert_eq!(f1(&out), 1.0);
    // A second fit into the same folder needs --force, and keeps the folder loadable.
    rolemap()
        .args([
            "lexicon",
            "fit",
            "--lexicon",
            path_str(&start),
            path_str(&lines),
            "--out",
            path_str(&out),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already holds lexicon files"));
    write(&out, "stale.lex", "@name Stale\n@question q\n");
    rolemap()
        .args([
            "lexicon",
            "fit",
            "--lexicon",
            path_str(&start),
            path_str(&lines),
            "--out",
            path_str(&out),
            "--force",
        ])
        .assert()
        .success();
    assert!(
        !out.join("stale.lex").exists(),
        "--force removes the lexicon files it replaces"
    );
}

#[test]
fn lexicon_fit_refuses_what_it_cannot_fit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, lines) = small_set(dir.path());
    let out = dir.path().join("out");
    rolemap()
        .args([
            "lexicon",
            "fit",
            "--lexicon",
            "tests/data/workflows/roles.dic",
            path_str(&lines),
            "--out",
            path_str(&out),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a LIWC dictionary has no weights to fit"));
    let empty = write(dir.path(), "empty.tsv", "label\ttext\n");
    rolemap()
        .args(["lexicon", "fit", path_str(&empty), "--out", path_str(&out)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("empty.tsv: no labeled rows to fit"));
    rolemap()
        .args([
            "lexicon",
            "fit",
            path_str(&lines),
            "--out",
            path_str(&out),
            "--l2",
            "-1",
        ])
        .assert()
        .code(2);
    rolemap().args(["lexicon", "fit", path_str(&lines)]).assert().code(2);
}

#[test]
fn lexicon_fit_without_sources_folds_lines_and_can_keep_the_minimum_score() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (start, _) = small_set(dir.path());
    let mut lines = String::new();
    for _ in 0..5 {
        lines.push_str("PM\tthe team and our users\nEM\thiring\nPM\troadmap\n");
    }
    let lines = write(dir.path(), "plain.tsv", &lines);
    let out = dir.path().join("out");
    let report = json_of(&[
        "lexicon",
        "fit",
        "--lexicon",
        path_str(&start),
        path_str(&lines),
        "--out",
        path_str(&out),
        "--keep-min-score",
        "--folds",
        "3",
        "--format",
        "json",
    ]);
    assert_eq!(report["grouping"], "line");
    assert_eq!(report["folds"], 3);
    assert_eq!(report["min_score"], serde_json::json!([1.0, 1.0]));
    let rules = std::fs::read_to_string(out.join("m.rules")).expect("rules written");
    assert!(rules.contains("@min_score 1\n"), "{rules}");
}

#[test]
fn eval_docs_scores_verdicts_by_file_name_and_front_matter() {
    let dir = tempfile::tempdir().expect("temp dir");
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).expect("docs folder");
    write(
        &docs,
        "pm-acme.md",
        "- Wrote the PRD and ran user interviews\n- Owned the product roadmap\n",
    );
    write(&docs, "em-globex.md", "- Wrote the PRD and ran user interviews\n");
    write(&docs, "none-dev.txt", "- Went to lunch with the team\n");
    write(
        &docs,
        "review.md",
        "---\nrole: em\n---\n- Ran 1:1s with my direct reports and did performance reviews\n",
    );
    write(&docs, "notes.md", "- Wrote the PRD\n");
    let assert = rolemap()
        .args(["eval", "--docs", path_str(&docs)])
        .env("COLUMNS", "200")
        .assert()
        .success();
    let output = assert.get_output();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(stdout.contains("3 of 4 document verdicts right (75.0%)"), "{stdout}");
    assert!(stdout.contains("em-globex.md"), "the wrong one is listed: {stdout}");
    assert!(!stdout.contains("pm-acme.md"), "right ones are not: {stdout}");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(stderr.contains("notes.md: left out, its role is unknown"), "{stderr}");
    write(&docs, "bad.md", "---\nrole: ceo\n---\n- Ran it\n");
    rolemap()
        .args(["eval", "--docs", path_str(&docs)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.md:2: front matter says role \"ceo\""));
    rolemap().args(["eval"]).assert().code(2);
}
