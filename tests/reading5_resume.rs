//! End-to-end tests of the fifth reading pass, on resumes: a promotion line stays in its job,
//! and date lines and labels without their year under one job date its bullets within it.

mod common;
use common::{activity_rows, job_rows, read_resume};

#[test]
fn a_promotion_line_stays_in_its_job() {
    let (document, warnings) = read_resume(concat!(
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
        job_rows(&document),
        [
            "Engineering Manager | Acme Corp | 2018 – 2023",
            "Staff Engineer | Initech | 2014 – 2018"
        ]
    );
    assert_eq!(
        activity_rows(&document),
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
    let (document, warnings) = read_resume(concat!(
        "Experience\n\n",
        "Engineering Manager, Acme Corp — 2024 – Present\n",
        "March 2025\n",
        "- Hired two engineers\n",
        "- Ran the roadmap review\n",
        "April 2025\n",
        "- Coached the team on incident reviews\n",
    ));
    assert_eq!(
        job_rows(&document),
        ["Engineering Manager | Acme Corp | 2024 – Present"]
    );
    assert_eq!(
        activity_rows(&document),
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
    let (document, warnings) = read_resume(concat!(
        "Experience\n\n",
        "Engineering Manager, Acme Corp — Jan 2025 – Dec 2025\n",
        "Feb:\n",
        "- Hired two engineers\n",
        "Q3\n",
        "- Ran the roadmap review\n",
    ));
    assert_eq!(
        job_rows(&document),
        ["Engineering Manager | Acme Corp | Jan 2025 – Dec 2025"]
    );
    assert_eq!(
        activity_rows(&document),
        ["0 2025-02 Hired two engineers", "0 2025-Q3 Ran the roadmap review"]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}
