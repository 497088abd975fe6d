//! `--explain` in a terminal: one block per activity where the terminal is narrow, the table
//! where it is wide, and no word broken across lines either way.

mod common;

use std::collections::HashSet;

use common::rolemap;
use unicode_width::UnicodeWidthStr;

const BRAG: &str = "examples/brag.md";

/// What `rolemap examples/brag.md --explain` prints at `columns`, without colour.
fn explain(columns: &str) -> String {
    let output = rolemap()
        .args([BRAG, "--explain"])
        .env("COLUMNS", columns)
        .env("NO_COLOR", "1")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output).expect("utf-8")
}

/// Each activity's text and matched terms, as `--format csv --explain` gives them whole.
fn activities() -> Vec<(String, String)> {
    let output = rolemap()
        .args([BRAG, "--explain", "--format", "csv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let mut reader = csv::Reader::from_reader(output.as_slice());
    let headers = reader.headers().expect("csv header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (text, terms) = (column("text"), column("terms"));
    reader
        .records()
        .map(|record| {
            let record = record.expect("csv record");
            (record[text].to_string(), record[terms].to_string())
        })
        .collect()
}

/// The words of `text` (split at whitespace, without the `;` that separates terms).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(|word| word.trim_end_matches(';'))
        .filter(|word| !word.is_empty())
}

fn widest(output: &str) -> usize {
    output.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

#[test]
fn at_80_columns_explain_fits_and_breaks_no_word() {
    let output = explain("80");
    assert!(widest(&output) <= 80, "a line is wider than 80 columns:\n{output}");
    let shown: HashSet<&str> = words(&output).collect();
    let activities = activities();
    assert!(activities.len() > 40, "{activities:?}");
    for (text, terms) in &activities {
        for word in words(text).chain(words(terms)) {
            assert!(
                shown.contains(word),
                "`{word}` (of `{text}` / `{terms}`) is not shown whole:\n{output}"
            );
        }
    }
}

#[test]
fn at_80_columns_explain_is_a_block_per_activity() {
    let output = explain("80");
    let activities = activities().len();
    let lines = output.lines().count();
    // The breakdown included; a table of 7-character columns took over 15 lines an activity.
    assert!(
        lines < activities * 5,
        "{lines} lines for {activities} activities:\n{output}"
    );
    assert!(!output.contains("┆ matched"), "{output}");
    // Every activity's block starts with its line number.
    let starts = output
        .lines()
        .filter(|line| {
            let number = line.trim_start().split(' ').next().unwrap_or_default();
            line.starts_with(' ') && !number.is_empty() && number.chars().all(|c| c.is_ascii_digit())
        })
        .count();
    assert_eq!(starts, activities, "{output}");
}

#[test]
fn the_layout_follows_the_width_blocks_at_80_and_the_table_at_200() {
    let narrow = explain("80");
    let wide = explain("200");
    assert!(widest(&wide) <= 200, "a line is wider than 200 columns:\n{wide}");
    assert!(wide.contains("┆ matched terms and rules"), "{wide}");
    assert!(wide.lines().any(|line| line.starts_with('╞')), "{wide}");
    // Words of the terms column are whole in the table as well.
    let shown: HashSet<&str> = wide.split(['│', '┆']).flat_map(words).collect();
    for (_, terms) in activities() {
        for word in words(&terms) {
            assert!(shown.contains(word), "`{word}` is not shown whole:\n{wide}");
        }
    }
    // Narrow, the breakdown is the only table; wide, the activities are a second one.
    let tables = |output: &str| output.lines().filter(|line| line.starts_with('╭')).count();
    assert_eq!(tables(&narrow), 1, "{narrow}");
    assert_eq!(tables(&wide), 2, "{wide}");
}
