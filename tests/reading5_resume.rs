//! End-to-end tests of the fifth reading pass, on resumes: a promotion line stays in its job,
//! dates and labels under one job date its bullets, a section such as `Volunteer` is no
//! company, and `|` or `at` part a header's title from its company.

use serde_json::Value;

mod common;
use common::{path_str, run_bytes, temp_file};

/// A `--format json` run on a resume `text`: the first document and stderr's warnings.
fn read(text: &str) -> (Value, Vec<String>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = temp_file(&dir, "resume.txt", text.as_bytes());
    let (code, stdout, stderr) = run_bytes(&["--format", "json", path_str(&file)], None);
    assert_eq!(code, Some(0), "{stderr}");
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("JSON ({e}): {stdout}\n{stderr}"));
    let warnings = stderr
        .lines()
        .filter(|l| l.contains("warning"))
        .map(str::to_string)
        .collect();
    (report["documents"][0].clone(), warnings)
}

/// Each job's title, company and dates, as `title | company | dates` (`-` for none).
fn jobs(document: &Value) -> Vec<String> {
    let field = |job: &Value, key: &str| job[key].as_str().unwrap_or("-").to_string();
    document["jobs"]
        .as_array()
        .expect("jobs")
        .iter()
        .map(|job| {
            format!(
                "{} | {} | {}",
                field(job, "title"),
                field(job, "company"),
                field(job, "dates")
            )
        })
        .collect()
}

/// Each activity's job index and date, as `job date text`.
fn activities(document: &Value) -> Vec<String> {
    document["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| {
            format!(
                "{} {} {}",
                a["job"],
                a["date"].as_str().unwrap_or("-"),
                a["text"].as_str().expect("text")
            )
        })
        .collect()
}

#[test]
fn a_promotion_line_stays_in_its_job() {
    let (document, warnings) = read(concat!(
        "Experience\n\n",
        "Engineering Manager, Acme Corp — 2018 – 2023\n",
        "Promoted from Senior Engineer (2018–2020)\n",
        "- Hired and coached eight engineers\n",
        "- Ran weekly 1:1s with the team\n",
        "Promoted to Engineering Manager in 2021\n",
        "- Led the design reviews for the platform\n\n",
        "Staff Engineer, Initech — 2014 – 2018\n",
        "- Ran the platform migration\n",
    ));
    assert_eq!(
        jobs(&document),
        [
            "Engineering Manager | Acme Corp | 2018 – 2023",
            "Staff Engineer | Initech | 2014 – 2018"
        ]
    );
    assert_eq!(
        activities(&document),
        [
            "0 2018/2023 Hired and coached eight engineers",
            "0 2018/2023 Ran weekly 1:1s with the team",
            "0 2018/2023 Led the design reviews for the platform",
            "1 2014/2018 Ran the platform migration"
        ]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn date_lines_under_one_job_date_its_bullets() {
    let (document, warnings) = read(concat!(
        "Experience\n\n",
        "Engineering Manager, Acme Corp — 2024 – Present\n",
        "March 2025\n",
        "- Hired two engineers\n",
        "- Ran the roadmap review\n",
        "April 2025\n",
        "- Coached the team on incident reviews\n",
    ));
    assert_eq!(jobs(&document), ["Engineering Manager | Acme Corp | 2024 – Present"]);
    assert_eq!(
        activities(&document),
        [
            "0 2025-03 Hired two engineers",
            "0 2025-03 Ran the roadmap review",
            "0 2025-04 Coached the team on incident reviews"
        ]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn labels_without_their_year_under_a_job_date_its_bullets() {
    let (document, warnings) = read(concat!(
        "Experience\n\n",
        "Engineering Manager, Acme Corp — Jan 2025 – Dec 2025\n",
        "Feb:\n",
        "- Hired two engineers\n",
        "Q3\n",
        "- Ran the roadmap review\n",
    ));
    assert_eq!(
        jobs(&document),
        ["Engineering Manager | Acme Corp | Jan 2025 – Dec 2025"]
    );
    assert_eq!(
        activities(&document),
        ["0 2025-02 Hired two engineers", "0 2025-Q3 Ran the roadmap review"]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}
