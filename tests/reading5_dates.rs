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

#[test]
fn a_period_in_brackets_dates_the_heading_in_the_year_above() {
    let (activities, warnings) = read(
        "# 2025\n## Q1\n- Wrote the PRD\n## Q2 (Apr–Jun)\n- Ran the hiring loop\n\
         ## Sprint 14 (Mar 3 – Mar 14)\n- Ran the offsite\n## H1 (Jan–Jun) 2025\n- Shipped search\n",
    );
    assert_eq!(
        activities,
        [
            activity(3, "2025-Q1", "Wrote the PRD"),
            activity(5, "2025-Q2", "Ran the hiring loop"),
            activity(7, "2025-03-03/2025-03-14", "Ran the offsite"),
            activity(9, "2025-H1", "Shipped search"),
        ]
    );
    assert_eq!(warnings, Vec::<String>::new());
}

#[test]
fn a_bracketed_period_that_disagrees_with_its_heading_is_warned_about() {
    let (activities, warnings) = read("# 2025\n## Q1\n- Wrote the PRD\n## Q2 (Jan–Mar)\n- Ran the hiring loop\n");
    assert_eq!(activities[1], activity(5, "2025", "Ran the hiring loop"));
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].starts_with(
            "rolemap: warning: <stdin>:4: heading \"Q2 (Jan–Mar)\" looks like a date but rolemap cannot read it"
        ),
        "{warnings:?}"
    );
}

#[test]
fn a_numeric_month_and_day_leading_a_line_takes_the_year_above() {
    let (activities, warnings) =
        read("# Wins log 2025\n- 1/29: Ran the review\n- 3/4: Ran the offsite\n- 24/7: Covered the pager\n");
    assert_eq!(
        activities,
        [
            activity(2, "2025-01-29", "Ran the review"),
            activity(3, "2025", "Ran the offsite"),
            // Round the clock, no date.
            activity(4, "2025", "24/7: Covered the pager"),
        ]
    );
    // `3/4` could be March 4 or 3 April: taken out of the text, and named.
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("<stdin>:3"), "{warnings:?}");
}

#[test]
fn numeric_days_weeks_ending_and_number_first_halves_date_their_headings() {
    let (activities, warnings) = read(
        "# 2025\n## 3/10 – 3/14\n- Ran the review\n## Week ending 3/21/2025\n- Ran the offsite\n\
         ## 1H 2025\n- Shipped search\n## Week ending 3/28\n- Wrote the PRD\n",
    );
    assert_eq!(
        activities,
        [
            activity(3, "2025-03-10/2025-03-14", "Ran the review"),
            activity(5, "2025-03-15/2025-03-21", "Ran the offsite"),
            activity(7, "2025-H1", "Shipped search"),
            activity(9, "2025-03-22/2025-03-28", "Wrote the PRD"),
        ]
    );
    assert_eq!(warnings, Vec::<String>::new());
}

#[test]
fn a_week_heading_of_numeric_days_is_read_in_the_order_keeping_it_in_one_month() {
    // `3/3 – 3/7` (US) and `3/3 – 7/3` (day first) are both March 3–7: the other order would
    // run for four months.
    for heading in ["## 3/3 – 3/7", "## 3/3 – 7/3"] {
        let (activities, warnings) = read(&format!("# 2025\n{heading}\n- Ran the hiring loop\n"));
        assert_eq!(warnings, Vec::<String>::new(), "{heading}");
        assert_eq!(activities[0].1, "2025-03-03/2025-03-07", "{heading}");
    }
}
