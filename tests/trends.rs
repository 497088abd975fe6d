//! `--by month|quarter|half|year`: one row per calendar period in every format, dates never
//! guessed finer than written, the trend sentence, and `-O/--output FILE`.

use serde_json::Value;

mod common;
use common::{path_str, rolemap, temp_file};

fn run(args: &[&str], code: i32) -> (String, String) {
    let output = rolemap().args(args).output().expect("run rolemap");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(output.status.code(), Some(code), "{args:?}\n{stdout}\n{stderr}");
    (stdout, stderr)
}

fn json(args: &[&str], code: i32) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    serde_json::from_str(&run(&all, code).0).expect("JSON")
}

fn labels(periods: &Value) -> Vec<String> {
    periods
        .as_array()
        .expect("periods")
        .iter()
        .map(|p| p["period"].as_str().expect("a label").to_string())
        .collect()
}

/// Every grain of date, and dates that fit no quarter.
const MIXED: &str = "\
## 2024-11
- Wrote the PRD for onboarding
## Q1 2025
- Hired two engineers
- 2025-02-03: Ran 1:1s with my direct reports (+)
## H1 2025
- Tracked the critical path across four teams
## 2025
- Wrote the PRD for payouts
## Jan–May 2025
- Ran the program review across six teams
## 2019–2021
- Defined success metrics for checkout
## Notes
- Mapped dependencies across five teams
";

#[test]
fn rows_are_calendar_periods_oldest_first_and_coarse_dates_keep_their_own_row() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(dir.path(), "mixed.md", MIXED.as_bytes());
    let report = json(&[path_str(&path), "--by", "quarter"], 0);
    assert_eq!(report["summary"]["by"], "quarter");
    assert_eq!(report["documents"][0]["by"], "quarter");
    let document = &report["documents"][0];
    // The interval across years ends first; `Jan–May 2025` is in 2025-H1 with the H1 line; the
    // year's line stays in `2025`; `## Notes` leaves its line undated.
    assert_eq!(
        labels(&document["periods"]),
        ["2019/2021", "2024-Q4", "2025-Q1", "2025-H1", "2025", "undated"]
    );
    let q1 = &document["periods"][2];
    assert_eq!((q1["activities"].as_u64(), q1["matched"].as_u64()), (Some(2), Some(2)));
    assert_eq!(q1["verdict"]["role"], "EM");
    assert_eq!(q1["energy"]["role"], "EM");
    assert_eq!(q1["energy"]["gives"], 1);
    let roles: Vec<&str> = q1["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .map(|r| r["role"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(roles, ["PM", "EM", "TPM"]);
    // The pooled periods of one document are its own.
    assert_eq!(report["summary"]["periods"], document["periods"]);
    // By month, the day goes to its month, the quarter stays a quarter.
    let by_month = json(&[path_str(&path), "--by", "month"], 0);
    assert_eq!(
        labels(&by_month["documents"][0]["periods"]),
        [
            "2019/2021",
            "2024-11",
            "2025-02",
            "2025-Q1",
            "2025-H1",
            "2025",
            "undated"
        ]
    );
    // By year, everything of 2025 is one row.
    let by_year = json(&[path_str(&path), "--by", "year"], 0);
    assert_eq!(
        labels(&by_year["documents"][0]["periods"]),
        ["2019/2021", "2024", "2025", "undated"]
    );
    let year = &by_year["documents"][0]["periods"][2];
    assert_eq!(year["activities"], 5);
}

#[test]
fn periods_add_up_to_the_document() {
    for args in [
        vec!["examples/brag.md", "--by", "quarter"],
        vec!["examples/brag.md", "--by", "month", "--energy-only"],
        vec!["examples/resume.txt", "--by", "year"],
        vec![
            "examples/brag.md",
            "--months",
            "12",
            "--as-of",
            "2026-09-30",
            "--by",
            "half",
        ],
    ] {
        let report = json(&args, 0);
        for document in report["documents"].as_array().expect("documents") {
            let periods = document["periods"].as_array().expect("periods");
            let counted: u64 = periods.iter().filter_map(|p| p["activities"].as_u64()).sum();
            let matched: u64 = periods.iter().filter_map(|p| p["matched"].as_u64()).sum();
            let totals = &document["totals"];
            let (m, u) = (
                totals["matched"].as_u64().unwrap_or(0),
                totals["unmatched"].as_u64().unwrap_or(0),
            );
            assert_eq!((counted, matched), (m + u, m), "{args:?}");
            for period in periods.iter().filter(|p| p["matched"].as_u64() > Some(0)) {
                let shares: f64 = period["roles"]
                    .as_array()
                    .expect("roles")
                    .iter()
                    .filter_map(|r| r["share"].as_f64())
                    .sum();
                assert!((shares - 1.0).abs() < 1e-3, "{args:?} {period}");
            }
        }
    }
    // The window leaves out the rows it leaves out.
    let windowed = json(
        &[
            "examples/brag.md",
            "--months",
            "12",
            "--as-of",
            "2026-09-30",
            "--by",
            "quarter",
        ],
        0,
    );
    let rows = labels(&windowed["documents"][0]["periods"]);
    assert_eq!(rows.first().map(String::as_str), Some("2025-Q4"), "{rows:?}");
    assert!(!rows.iter().any(|r| r.starts_with("2024")), "{rows:?}");
}

#[test]
fn the_brag_example_drifts_from_em_to_tpm_and_the_table_says_so() {
    let (stdout, _) = run(&["examples/brag.md", "--by", "quarter"], 0);
    assert!(stdout.contains("by quarter: "), "{stdout}");
    assert!(stdout.contains("│ 2024-Q3 "), "{stdout}");
    assert!(
        stdout.contains("│ 2025    "),
        "the year-dated lines keep their own row: {stdout}"
    );
    assert!(stdout.contains("│ undated "), "{stdout}");
    assert!(stdout.contains("2025: dated only to that period, so not placed in a quarter"));
    let trend = stdout
        .lines()
        .find(|l| l.starts_with("trend: "))
        .expect("a trend sentence");
    assert!(trend.contains("EM fell from 75% (2024-Q3)"), "{trend}");
    assert!(trend.contains("TPM rose from 0% to 63%"), "{trend}");
    assert!(trend.ends_with("your energy stayed in PM"), "{trend}");
    // Piped: the bars are letters that still read.
    assert!(stdout.contains("PPPPPEEEEEEEEEEEEEEE"), "{stdout}");
    assert!(!stdout.contains('\x1b'));
    // In colour: blocks in the palette's colours (256-colour codes from src/render/palette.rs).
    let (coloured, _) = run(&["examples/brag.md", "--by", "quarter", "--color", "always"], 0);
    assert!(coloured.contains("\x1b[38;5;25m█"), "PM's blue");
    assert!(coloured.contains("\x1b[38;5;178m█"), "EM's orange");
    assert!(coloured.contains("\x1b[38;5;35m█"), "TPM's bluish green");
    // Without --by the table is what it was.
    let (plain, _) = run(&["examples/brag.md"], 0);
    assert!(!plain.contains("by quarter") && !plain.contains("trend:"));
}

#[test]
fn too_few_periods_say_so() {
    let (stdout, _) = run(&["examples/team/", "--by", "quarter"], 1);
    // The whole set's trend, under the table of documents.
    assert!(stdout.contains("│ 2026-H1 "), "{stdout}");
    assert!(
        stdout.contains("trend: no quarter has 3 or more matched activities, so there is no trend to compare"),
        "{stdout}"
    );
    let (stdout, _) = run(&["examples/team/", "--by", "half"], 1);
    assert!(
        stdout.contains("trend: only one half (2026-H1) has 3 or more matched activities"),
        "{stdout}"
    );
}

#[test]
fn a_compared_period_that_names_no_role_says_why_next_to_the_steady_mix() {
    // The same share of EM in both quarters, but by 2026-Q3 most of the work is hands-on:
    // "the mix held steady" alone would hide that the later quarter names no role.
    let page = "\
## Q1 2026
- Hired two backend engineers and ran their onboarding
- Held weekly 1:1s with each of my six reports
- Coached a new tech lead through her first performance review cycle
## Q3 2026
- Hired two backend engineers for the payments team
- Held weekly 1:1s with my reports
- Coached a tech lead on giving feedback
- Implemented the retry logic in Rust and wrote the unit tests
- Debugged a race condition in the scheduler and fixed it
- Refactored the caching layer and wrote integration tests
- Wrote the Kafka consumer in Go and fixed its memory leak
- Wrote the database migration scripts and the rollback tests
- Profiled the ingestion worker and fixed two hot loops in Rust
";
    const HELD_BACK: &str = "2026-Q3 names no role (EM leads, but most of its work reads as hands-on)";
    let dir = tempfile::tempdir().expect("temp dir");
    let trend_of = |name: &str, text: &str| {
        let path = temp_file(&dir, name, text.as_bytes());
        let (stdout, _) = run(&[path_str(&path), "--by", "quarter"], 0);
        let trend = stdout.lines().find(|l| l.starts_with("trend: ")).map(str::to_string);
        (path, trend.expect("a trend sentence"))
    };
    let (path, trend) = trend_of("brag.md", page);
    assert!(trend.contains("the mix held steady from 2026-Q1 to 2026-Q3"), "{trend}");
    assert!(trend.contains(&format!("; {HELD_BACK}")), "{trend}");
    assert!(!trend.contains("2026-Q1 names no role"), "{trend}");
    let periods = json(&[path_str(&path), "--by", "quarter"], 0);
    let q3 = &periods["documents"][0]["periods"][1];
    assert_eq!(q3["verdict"]["undecided"], "hands_on", "{q3}");
    // The report page says the same under its chart.
    let (html, _) = run(&[path_str(&path), "--by", "quarter", "--format", "html"], 0);
    assert!(html.contains(HELD_BACK));
    // The other way round: the first quarter held back, the last one EM's.
    let (_, trend) = trend_of("reversed.md", &page.replacen("## Q1 2026", "## Q4 2026", 1));
    assert!(trend.contains("from 2026-Q3 to 2026-Q4"), "{trend}");
    assert!(trend.contains(&format!("; {HELD_BACK}")), "{trend}");
    assert!(!trend.contains("2026-Q4 names no role"), "{trend}");
}

#[test]
fn every_format_carries_the_periods() {
    // Markdown: the same table, bars in code spans.
    let (markdown, _) = run(&["examples/brag.md", "--by", "year", "--format", "markdown"], 0);
    assert!(markdown.contains("### by year: 4 rows, oldest first"), "{markdown}");
    assert!(markdown.contains("| 2024   "), "{markdown}");
    assert!(markdown.contains("`PPP"), "{markdown}");
    // CSV: one row per period of each document.
    let (csv, _) = run(&["examples/team/", "--by", "half", "--format", "csv"], 1);
    let mut lines = csv.lines();
    let header = lines.next().expect("a header");
    assert!(
        header.starts_with("source,name,period,activities,matched,PM_share"),
        "{header}"
    );
    assert!(
        header.ends_with("energy_role,energy_share,energy_gives,energy_drains"),
        "{header}"
    );
    assert_eq!(lines.count(), 5, "{csv}");
    // CSV with --explain: each activity's row names its period.
    let (csv, _) = run(
        &["examples/brag.md", "--by", "quarter", "--format", "csv", "--explain"],
        0,
    );
    let header = csv.lines().next().expect("a header");
    assert!(header.starts_with("source,line,date,period,"), "{header}");
    assert!(csv.contains(",2025-01-15,2025-Q1,"), "{csv}");
    assert!(csv.contains(",2025,2025,"), "{csv}");
    // JSON Lines: the activities, then one period record per period, the document and the
    // summary.
    let (jsonl, _) = run(&["examples/brag.md", "--by", "half", "--format", "jsonl"], 0);
    let records: Vec<Value> = jsonl.lines().map(|l| serde_json::from_str(l).expect("JSON")).collect();
    let periods: Vec<&Value> = records.iter().filter(|r| r["type"] == "period").collect();
    assert_eq!(
        periods
            .iter()
            .map(|p| p["period"].as_str().unwrap_or_default())
            .collect::<Vec<_>>(),
        [
            "2024-H1", "2024-H2", "2025-H1", "2025-H2", "2025", "2026-H1", "2026-H2", "undated"
        ]
    );
    assert!(periods.iter().all(|p| p["source"] == "examples/brag.md"));
    let first_period = records.iter().position(|r| r["type"] == "period").unwrap_or(0);
    assert!(
        records[..first_period]
            .iter()
            .all(|r| r["type"] == "activity" && r["line"].is_u64())
    );
    let kinds: Vec<&str> = records[records.len() - 2..]
        .iter()
        .map(|r| r["type"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(kinds, ["document", "summary"]);
    let (plain, _) = run(&["examples/brag.md", "--format", "jsonl"], 0);
    assert!(!plain.contains("\"type\":\"period\""), "period records only with --by");
    // Several documents: their pooled periods come before the summary, with no source.
    let (jsonl, _) = run(&["examples/team/", "--by", "half", "--format", "jsonl"], 1);
    let last: Value = serde_json::from_str(jsonl.lines().nth_back(1).expect("a line")).expect("JSON");
    assert_eq!(
        (&last["type"], &last["source"], last["activities"].as_u64()),
        (&Value::from("period"), &Value::Null, Some(40))
    );
    // An HR export's documents work the same.
    let report = json(
        &[
            "examples/reviews.csv",
            "--column",
            "answer",
            "--id-column",
            "employee_id",
            "--by",
            "year",
        ],
        0,
    );
    assert_eq!(report["documents"].as_array().map(Vec::len), Some(4));
    assert!(report["summary"]["periods"].as_array().is_some_and(|p| !p.is_empty()));
}

#[test]
fn json_picks_a_grain_from_the_dates_when_none_is_asked() {
    // 2024-Q1 to 2026-Q3: under three years, so quarters.
    let brag = json(&["examples/brag.md"], 0);
    assert_eq!(brag["summary"]["by"], "quarter");
    assert_eq!(brag["documents"][0]["by"], "quarter");
    // Dated only by halves: halves, for the pool and for each document (from its own dates).
    let team = json(&["examples/team/"], 1);
    assert_eq!(team["summary"]["by"], "half");
    assert_eq!(team["documents"][0]["by"], "half");
    let dir = tempfile::tempdir().expect("temp dir");
    let short = temp_file(
        dir.path(),
        "short.md",
        b"## 2025-01\n- Wrote the PRD\n## 2025-03\n- Hired two engineers\n",
    );
    assert_eq!(json(&[path_str(&short)], 0)["summary"]["by"], "month");
    let long = temp_file(
        dir.path(),
        "long.md",
        b"## 2019\n- Wrote the PRD\n## 2025-03\n- Hired two engineers\n",
    );
    assert_eq!(json(&[path_str(&long)], 0)["summary"]["by"], "year");
}

#[test]
fn output_writes_the_file_whole_or_not_at_all() {
    let dir = tempfile::tempdir().expect("temp dir");
    for format in ["table", "json", "jsonl", "csv", "markdown", "html"] {
        let path = dir.path().join(format!("out.{format}"));
        let (stdout, _) = run(&["examples/brag.md", "--format", format, "-O", path_str(&path)], 0);
        assert_eq!(stdout, "", "{format}: nothing on stdout");
        let (direct, _) = run(&["examples/brag.md", "--format", format], 0);
        assert_eq!(
            std::fs::read_to_string(&path).ok(),
            Some(direct),
            "{format}: the same bytes as stdout"
        );
    }
    // A check failure still writes the report (exit 1), uncoloured even when asked in auto mode.
    let team = dir.path().join("team.txt");
    run(&["examples/team/", "--output", path_str(&team)], 1);
    assert!(std::fs::read_to_string(&team).is_ok_and(|t| t.contains("total (5 documents)") && !t.contains('\x1b')));
    // An input error that leaves nothing to report leaves nothing behind, not even a temporary
    // file (a bad file among good ones is named, and the good ones are written).
    let failed = dir.path().join("failed.html");
    let (_, stderr) = run(&["missing.md", "--format", "html", "--output", path_str(&failed)], 2);
    assert!(stderr.contains("missing.md"), "{stderr}");
    assert!(!failed.exists());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("listed")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // Errors name the file.
    let (_, stderr) = run(&["examples/brag.md", "-O", "/dev/full"], 2);
    assert!(stderr.contains("/dev/full: cannot write: "), "{stderr}");
    let nowhere = dir.path().join("no-such-folder").join("report.html");
    let (_, stderr) = run(&["examples/brag.md", "-O", path_str(&nowhere)], 2);
    assert!(stderr.contains("report.html: cannot create the file"), "{stderr}");
}

/// A running log dates its bullets as people write them: a day without its year under a year's
/// heading, a bracketed date ending a line; a day with no year above it is warned about.
#[test]
fn bullets_dated_without_their_year_fall_in_their_quarters() {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = "## 2025\n- Feb 3: Wrote the PRD for onboarding\n- 14 March – Hired two engineers\n- Oct 2: Ran the program review across six teams\n- Shipped the roadmap for payouts (Dec 2025).\n";
    let path = temp_file(dir.path(), "log.md", log.as_bytes());
    let report = json(&[path_str(&path), "--by", "quarter"], 0);
    assert_eq!(labels(&report["documents"][0]["periods"]), ["2025-Q1", "2025-Q4"]);
    let (stdout, stderr) = run(&[path_str(&path), "--since", "2025-06"], 0);
    assert!(stderr.is_empty(), "{stderr}");
    // Feb 3 and 14 March fall before the window; Oct 2 and the December line count.
    assert!(
        stdout.contains("4 activities (2 matched, 0 unmatched, 2 left out)"),
        "{stdout}"
    );
    let path = temp_file(dir.path(), "bare.md", b"- Oct 2: Hired two engineers\n");
    let (_, stderr) = run(&[path_str(&path)], 0);
    assert!(
        stderr.contains("bare.md:1: this activity starts with \"Oct 2\", a date without its year"),
        "{stderr}"
    );
}
