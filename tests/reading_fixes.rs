//! End-to-end tests of how lines are read, from a hostile user's walk through the dates, task
//! boxes, front matter and warnings: each runs the binary on a small file and checks the JSON
//! it prints and the warnings on stderr.

use serde_json::Value;

mod common;
use common::{path_str, rolemap, temp_file};

/// Writes `text` to `name` in a temporary folder and runs rolemap on it with `--format json`
/// and `args`: the parsed output, the warnings (stderr) and the file's path as rolemap names it.
fn read(name: &str, text: &str, args: &[&str]) -> (Value, String, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(&dir, name, text.as_bytes());
    let file = path_str(&path).to_string();
    let mut cmd = rolemap();
    cmd.arg(&file).args(args).args(["--format", "json"]);
    let output = cmd.assert().success().get_output().clone();
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 stdout");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 stderr");
    let json = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("JSON ({e}): {stdout}\n{stderr}"));
    (json, stderr, file)
}

/// The first document's activities as (line, date, text).
fn activities(report: &Value) -> Vec<(u64, String, String)> {
    report["documents"][0]["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| {
            (
                a["line"].as_u64().expect("line"),
                a["date"].as_str().unwrap_or("-").to_string(),
                a["text"].as_str().expect("text").to_string(),
            )
        })
        .collect()
}

fn row(line: u64, date: &str, text: &str) -> (u64, String, String) {
    (line, date.to_string(), text.to_string())
}

fn warnings(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.starts_with("rolemap: warning:")).collect()
}

/// [`read`]'s activities as (line, date, text), checking that no warning was printed.
fn read_quietly(name: &str, text: &str, args: &[&str]) -> Vec<(u64, String, String)> {
    let (report, stderr, _) = read(name, text, args);
    assert!(warnings(&stderr).is_empty(), "{stderr}");
    activities(&report)
}

#[test]
fn a_day_joined_to_its_month_without_a_year_is_read_as_with_a_space() {
    assert_eq!(
        read_quietly(
            "days.md",
            "## 2025\n\n- 14-Mar: Ran the pricing review\n- 14 Mar: Ran the roadmap review\n",
            &[],
        ),
        [
            row(3, "2025-03-14", "Ran the pricing review"),
            row(4, "2025-03-14", "Ran the roadmap review")
        ]
    );
}

#[test]
fn a_month_s_name_joined_to_its_year_is_read() {
    assert_eq!(
        read_quietly(
            "joined.md",
            "- 2025-Mar-14: Ran the pricing review\n- 14-Mar-'25: Ran the roadmap review\n\n## Mar-2025:\n\n- Ran the program review\nApr-2025: Led the hiring loop\n- 14-MAR-2025: Ran the launch review\n- MAR-2025: Fixed the login bug\n",
            &[],
        ),
        [
            row(1, "2025-03-14", "Ran the pricing review"),
            row(2, "2025-03-14", "Ran the roadmap review"),
            row(6, "2025-03", "Ran the program review"),
            row(7, "2025-04", "Led the hiring loop"),
            // Oracle's day in capitals is a date; a month's name in capitals alone, joined to
            // a number, is a ticket key, as before.
            row(8, "2025-03-14", "Ran the launch review"),
            row(9, "2025-03", "🎫: Fixed the login bug"),
        ]
    );
}

#[test]
fn an_impossible_date_leading_a_bullet_is_warned_about_as_in_a_heading() {
    let (report, stderr, file) = read(
        "feb.md",
        "## 2026\n\n- 31-Feb-2026: Ran the pricing review\n- 2026-03-02: Led the roadmap\n",
        &[],
    );
    // The line still counts, dated by its heading, its unreadable date taken out.
    assert_eq!(
        activities(&report),
        [
            row(3, "2026", "Ran the pricing review"),
            row(4, "2026-03-02", "Led the roadmap")
        ]
    );
    assert_eq!(
        warnings(&stderr),
        [format!(
            "rolemap: warning: {file}:3: this activity starts with \"31-Feb-2026\", which looks like a date but rolemap cannot read it, so the date of the heading or job above it (if any) is used instead (write e.g. 2025-03-14, Mar 2025, Q1 2025 or Jan–Mar 2025)"
        )]
    );
}

#[test]
fn a_date_column_reads_oracle_s_timestamps_and_a_comma_before_the_time() {
    assert_eq!(
        read_quietly(
            "export.csv",
            "created,summary\n14-MAR-25 10.32.00.000000 AM,Ran the pricing review\n\"14-Mar-25, 10:32\",Ran the roadmap review\n",
            &["--column", "summary", "--date-column", "created"],
        ),
        [
            row(2, "2025-03-14", "Ran the pricing review"),
            row(3, "2025-03-14", "Ran the roadmap review")
        ]
    );
}

#[test]
fn a_ticked_task_box_over_a_bullet_is_an_activity() {
    let (report, stderr, _) = read(
        "tasks.md",
        "## 2025\n\n[x] Ran the pricing review\n- Led the roadmap\n[ ] Plan the offsite\n",
        &[],
    );
    assert_eq!(
        activities(&report),
        [
            row(3, "2025", "Ran the pricing review"),
            row(4, "2025", "Led the roadmap"),
            row(5, "2025", "Plan the offsite"),
        ]
    );
    // The open box is planned work, left out as `- [ ]` is.
    let last = &report["documents"][0]["activities"][2];
    assert_eq!(last["excluded_by"], "unchecked", "{last}");
    assert!(warnings(&stderr).is_empty(), "{stderr}");
}

#[test]
fn one_line_is_counted_as_one_line() {
    let (_, stderr, file) = read("heading.md", "## Notes\n", &[]);
    assert_eq!(
        warnings(&stderr),
        [format!(
            "rolemap: warning: {file}: no activities found (1 line, not an activity)"
        )]
    );
}

#[test]
fn a_yearless_day_under_a_current_job_takes_its_latest_year_up_to_today() {
    let resume = "Experience\n\nAcme — Engineering Manager, Mar 2024 – Present\n- Oct 2: Ran the pricing review\n- Dec 5: Hired two engineers\n";
    assert_eq!(
        read_quietly("resume.txt", resume, &["--as-of", "2026-11-30"]),
        [
            row(4, "2026-10-02", "Ran the pricing review"),
            row(5, "2025-12-05", "Hired two engineers")
        ]
    );
    // `--as-of` is today: before the job's first Dec 5, that line keeps the job's dates.
    let (report, stderr, file) = read("resume.txt", resume, &["--as-of", "2024-11-30"]);
    assert_eq!(
        activities(&report),
        [
            row(4, "2024-10-02", "Ran the pricing review"),
            row(5, "2024-03/..", "Hired two engineers")
        ]
    );
    assert_eq!(
        warnings(&stderr),
        [format!(
            "rolemap: warning: {file}:5: this activity starts with \"Dec 5\", a date without its year that falls in no year of the period above it up to today, so the heading's date (if any) is used instead (write the year after the date, or put the lines under a heading naming it, such as ## 2025)"
        )]
    );
}

#[test]
fn a_yearless_heading_under_a_heading_to_the_present_is_placed_as_a_leading_day_is() {
    assert_eq!(
        read_quietly(
            "log.md",
            "# Jan 2021 – Present\n\n- Oct 2: Ran the pricing review\n\n## Oct 2\n\n- Ran the offsite\n",
            &["--as-of", "2026-11-30"],
        ),
        [
            row(3, "2026-10-02", "Ran the pricing review"),
            row(7, "2026-10-02", "Ran the offsite")
        ]
    );
}

#[test]
fn a_role_line_below_a_heading_or_a_comment_is_warned_about() {
    for (name, text, line) in [
        (
            "heading.md",
            "## Notes\n\nrole: Engineering Manager\n\n- Ran the pricing review\n",
            3,
        ),
        (
            "comment.md",
            "<!-- self-review -->\nrole: Engineering Manager\n- Ran the pricing review\n",
            2,
        ),
    ] {
        let (report, stderr, file) = read(name, text, &[]);
        assert_eq!(report["documents"][0]["expected"], Value::Null);
        assert_eq!(
            warnings(&stderr),
            [format!(
                "rolemap: warning: {file}:{line}: \"role: Engineering Manager\" sets no role: front matter is read only at the top of a file, between two `---` lines, so this line is read as text (move it there to check the document against that role)"
            )]
        );
    }
    // At the top, in front matter, it is the document's role, without a warning.
    let (report, stderr, _) = read(
        "top.md",
        "---\nrole: Engineering Manager\n---\n- Ran the hiring loop and the 1:1s\n",
        &[],
    );
    assert_eq!(report["documents"][0]["expected"], "EM");
    assert!(warnings(&stderr).is_empty(), "{stderr}");
}
