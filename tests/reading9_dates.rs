//! End-to-end tests of the ninth reading pass, on dates real notes write that rolemap did not
//! read: a weekday before a day without its year leading a bullet, a range of numeric days whose
//! year is only on its far end, a heading's year with a bracketed week across the year's end,
//! a Feb 29 its year lacks, and a date after a dash ending a line.

mod common;
use common::{activity_texts, dated_texts, run_document};

/// The day the runs stand on, so that no date depends on the day the tests run.
const AS_OF: &str = "2026-12-01";

/// A `--format json` run of `notes.md` holding `text` (with `args`): the first document, each
/// activity as `date text` (`-` when undated), and stderr's warnings.
fn read_with(text: &str, args: &[&str]) -> (serde_json::Value, Vec<String>, Vec<String>) {
    let mut all = vec!["--as-of", AS_OF];
    all.extend_from_slice(args);
    let (code, document, warnings) = run_document("notes.md", text, &all);
    assert_eq!(code, Some(0), "{warnings:?}");
    let dated = dated_texts(&document);
    (document, dated, warnings)
}

/// Asserts that a warning names `place` (`notes.md:3:`) and says `words`.
fn assert_warned(warnings: &[String], place: &str, words: &str) {
    assert!(
        warnings.iter().any(|w| w.contains(place) && w.contains(words)),
        "{place} {words}: {warnings:?}"
    );
}

/// [`read_with`] without more arguments.
fn read(text: &str) -> (serde_json::Value, Vec<String>, Vec<String>) {
    read_with(text, &[])
}

#[test]
fn a_weekday_before_a_day_without_its_year_dates_a_bullet() {
    let (_, dated, warnings) = read(
        "# 2025\n- Wed Mar 12: ran the hiring debrief\n- Wednesday, March 12: wrote the PRD for search\n\
         ## April 2025\n- Tue 1 April – planned the quarter with the team\n- Fri. Apr 4 - ran the retro\n",
    );
    assert_eq!(
        dated,
        [
            "2025-03-12 ran the hiring debrief",
            "2025-03-12 wrote the PRD for search",
            "2025-04-01 planned the quarter with the team",
            "2025-04-04 ran the retro",
        ]
    );
    assert_eq!(warnings, Vec::<String>::new());
}

#[test]
fn a_range_of_numeric_days_may_give_its_year_on_the_far_end_only() {
    let (_, dated, warnings) = read(
        "## 3/10 – 3/14/2025\n- Ran the hiring loop\n## Other notes\n\
         - 3/17 – 3/21/2025: wrote the launch plan\n- 24/3 - 28/3/2025: ran the offsite\n\
         - 3/3 – 3/7/2025: tracked the risks\n- 12/29 – 1/2/2026: covered on-call\n\
         - 3/4 – 5/6/2025: planned the migration\n",
    );
    assert_eq!(
        dated,
        [
            "2025-03-10/2025-03-14 Ran the hiring loop",
            "2025-03-17/2025-03-21 wrote the launch plan",
            "2025-03-24/2025-03-28 ran the offsite",
            "2025-03-03/2025-03-07 tracked the risks",
            "2025-12-29/2026-01-02 covered on-call",
            "- planned the migration",
        ]
    );
    // Numbers that make days either way round are unclear, with their line named.
    assert_warned(&warnings, "notes.md:8:", "this activity starts with \"3/4 – 5/6/2025\"");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
}

#[test]
fn a_heading_s_year_with_a_bracketed_week_across_the_year_s_end_starts_in_that_year() {
    // At the top of the document too, where such a heading is no job's header.
    let (document, dated, warnings) = read(
        "## 2025 (Dec 29 – Jan 2)\n- Ran the hiring debrief\n## 2026 (Jan 5 – Jan 9)\n- Wrote the PRD\n\
         # 2026\n## Q4 (Dec 28 – Jan 1)\n- Planned the next year\n",
    );
    assert_eq!(document["layout"], "brag");
    assert_eq!(
        dated,
        [
            "2025-12-29/2026-01-02 Ran the hiring debrief",
            "2026-01-05/2026-01-09 Wrote the PRD",
            "2026-12-28/2027-01-01 Planned the next year",
        ]
    );
    assert_eq!(warnings, Vec::<String>::new());
}

#[test]
fn a_feb_29_its_year_lacks_is_a_warning_naming_file_and_line() {
    let (_, dated, warnings) = read(
        "# 2025\n- Feb 29: ran the hiring debrief\n## Feb 29, 2025\n- Wrote the PRD\n\
         - 2025-02-29: shipped search\n# 2024\n- Feb 29: ran the offsite\n",
    );
    assert_eq!(
        dated,
        [
            "2025 ran the hiring debrief",
            "2025 Wrote the PRD",
            "2025 shipped search",
            "2024-02-29 ran the offsite",
        ]
    );
    let said = |place: &str, words: &str| assert_warned(&warnings, place, words);
    said(
        "notes.md:2:",
        "\"Feb 29\", a date without its year that is no day of 2025, which has no Feb 29",
    );
    said(
        "notes.md:3:",
        "heading \"Feb 29, 2025\" looks like a date but rolemap cannot read it: 2025 has no Feb 29",
    );
    said(
        "notes.md:5:",
        "\"2025-02-29\", which looks like a date but rolemap cannot read it: 2025 has no Feb 29",
    );
    assert_eq!(warnings.len(), 3, "{warnings:?}");
}

#[test]
fn a_date_after_a_dash_ending_a_line_dates_it_and_leaves_the_text() {
    let (document, dated, warnings) = read(
        "- Shipped the billing migration — Mar 2025\n- Ran the vendor review – Q3 2025.\n\
         - Hired two engineers - Mar 3, 2025\n- Ran the pricing pilot — Jan – Feb 2025 (+)\n\
         - Upgraded the build to Gradle — 2025\n- Engineering Manager, Acme — Jan 2021 – Present\n",
    );
    assert_eq!(
        dated,
        [
            "2025-03 Shipped the billing migration",
            "2025-Q3 Ran the vendor review.",
            "2025-03-03 Hired two engineers",
            "2025-01/2025-02 Ran the pricing pilot",
            "- Upgraded the build to Gradle — 2025",
            "- Engineering Manager, Acme — Jan 2021 – Present",
        ]
    );
    assert_eq!(document["activities"][3]["energy"], "+");
    assert_eq!(warnings, Vec::<String>::new());
}

#[test]
fn a_date_after_a_dash_puts_its_line_in_or_out_of_the_window() {
    let text = "- Shipped the billing migration — Mar 2025\n- Ran the vendor review — Oct 2025\n";
    let (document, _, _) = read_with(text, &["--since", "2025-06"]);
    let in_window: Vec<bool> = document["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| a["in_window"].as_bool().expect("in_window"))
        .collect();
    assert_eq!(in_window, [false, true]);
    assert_eq!(
        activity_texts(&document),
        ["Shipped the billing migration", "Ran the vendor review"]
    );
}
