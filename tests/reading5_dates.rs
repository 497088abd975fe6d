//! End-to-end tests of the fifth reading pass, on dates: a weekday before a day without its
//! year, a period in brackets in a heading, and numeric month/day forms, each as a brag list
//! read from stdin shows them in `--format jsonl`.

use serde_json::Value;

mod common;
use common::run_bytes;

/// The `(line, date, text)` of each activity of `text` read from stdin, and stderr's warnings.
fn read(text: &str) -> (Vec<(u64, String, String)>, Vec<String>) {
    let (code, stdout, stderr) = run_bytes(&["--format", "jsonl", "-"], Some(text.as_bytes()));
    assert_eq!(code, Some(0), "{stderr}");
    let activities = stdout
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap_or_else(|e| panic!("JSON ({e}): {line}")))
        .filter(|record| record["type"] == "activity")
        .map(|a| {
            (
                a["line"].as_u64().expect("line"),
                a["date"].as_str().unwrap_or("-").to_string(),
                a["text"].as_str().expect("text").to_string(),
            )
        })
        .collect();
    let warnings = stderr
        .lines()
        .filter(|l| l.contains("warning"))
        .map(str::to_string)
        .collect();
    (activities, warnings)
}

/// An activity as [`read`] gives it.
fn activity(line: u64, date: &str, text: &str) -> (u64, String, String) {
    (line, date.to_string(), text.to_string())
}

#[test]
fn a_weekday_before_a_day_without_its_year_dates_the_lines_under_it() {
    let (activities, warnings) = read(
        "# 2025\n## March 3\n- Wrote the PRD\n## Mon 10 March\n- Ran the hiring loop\n\
         ## Monday, March 17\n- Ran the offsite\n",
    );
    assert_eq!(
        activities,
        [
            activity(3, "2025-03-03", "Wrote the PRD"),
            activity(5, "2025-03-10", "Ran the hiring loop"),
            activity(7, "2025-03-17", "Ran the offsite"),
        ]
    );
    assert_eq!(warnings, Vec::<String>::new());
}

#[test]
fn a_slack_style_day_divider_with_an_ordinal_is_a_date_not_an_activity() {
    let (activities, warnings) =
        read("# 2025\n## March 3\n- Wrote the PRD\nWednesday, March 12th\n- Ran the hiring loop\n");
    assert_eq!(
        activities,
        [
            activity(3, "2025-03-03", "Wrote the PRD"),
            activity(5, "2025-03-12", "Ran the hiring loop"),
        ]
    );
    assert_eq!(warnings, Vec::<String>::new());
}
