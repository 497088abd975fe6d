//! End-to-end tests of the eighth reading pass, on resumes as LinkedIn and plain résumés write
//! them: a job header in the headline's form, `Title at Company` or `Title @ Company`, names its
//! title and company apart (a line of work with an `at` in it stays whole and an activity); a
//! skills line under a job (`Skills: Go · PostgreSQL`, `Tech stack: …`) is a note of that job,
//! no activity and no part of the next job's header; LinkedIn's page controls (`…see more`,
//! `Show all 5 experiences →`, `Show credential`) are skipped with one warning; and a heading of
//! a section of other jobs (`Volunteer`, `Board Service`) right under a job's header ends that
//! job, while over the job's own bullets it ends nothing.

mod common;
use common::{activity_rows, job_rows, path_str, read_resume, run_bytes, temp_file};

/// A LinkedIn paste: a role with bullets cut at `…see more`, one whose description is a
/// paragraph followed by its skills line, and one whose header is the headline's form.
const LINKEDIN: &str = concat!(
    "Experience\n",
    "Engineering Manager\n",
    "Northwind Labs · Full-time\n",
    "Feb 2020 - Present · 5 yrs\n",
    "Lisbon, Portugal · Hybrid\n",
    "- Hired five engineers and ran the onboarding program\n",
    "- Set up weekly 1:1s with every report\n",
    "…see more\n",
    "Skills: People Management · Hiring\n",
    "Senior Software Engineer\n",
    "Contoso · Full-time\n",
    "Apr 2016 - Jan 2020 · 3 yrs 10 mos\n",
    "Porto, Portugal\n",
    "Wrote the ledger service and reviewed the team's designs.\n",
    "Skills: Rust · Kafka\n",
    "Technical Program Manager at Globex\n",
    "Jun 2013 - Mar 2016\n",
    "Drove the storage migration across four teams.\n",
    "Show all 4 experiences →\n",
);

#[test]
fn a_linkedin_paste_keeps_skills_lines_and_page_controls_out_of_jobs_and_work() {
    let (document, warnings) = read_resume(LINKEDIN);
    assert_eq!(document["layout"], "resume");
    assert_eq!(
        job_rows(&document),
        [
            "Engineering Manager | Northwind Labs | Feb 2020 - Present",
            "Senior Software Engineer | Contoso | Apr 2016 - Jan 2020",
            "Technical Program Manager | Globex | Jun 2013 - Mar 2016"
        ]
    );
    assert_eq!(
        activity_rows(&document),
        [
            "0 2020-02/.. Hired five engineers and ran the onboarding program",
            "0 2020-02/.. Set up weekly 1:1s with every report",
            "1 2016-04/2020-01 Wrote the ledger service and reviewed the team's designs.",
            "2 2013-06/2016-03 Drove the storage migration across four teams."
        ]
    );
    // The third job's header is its two lines: no skills line went into it.
    assert_eq!(document["jobs"][2]["line"], 16);
    assert_eq!(document["jobs"][2]["totals"]["skipped"], 3);
    // Every line is counted: the skills lines for their jobs, the controls as skipped.
    let totals = &document["totals"];
    assert_eq!(totals["lines"], 19);
    assert_eq!(totals["activities"], 4);
    assert_eq!(totals["continuations"], 0);
    assert_eq!(totals["skipped"], 15);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains(":8: 2 lines are controls of a LinkedIn page") && warnings[0].contains("cut at …see more"),
        "{warnings:?}"
    );
}

#[test]
fn a_title_at_a_company_names_both_and_lines_of_work_stay_whole() {
    let (document, warnings) = read_resume(concat!(
        "Work history\n",
        "Engineering Manager @ Acme — 2019 – 2021\n",
        "- Hired six engineers and ran the weekly 1:1s\n",
        "- Led the migration at Acme\n",
        "- Presented our roadmap at KubeCon 2023\n",
        "Senior PM at Stripe, Dublin\n",
        "Jan 2016 – Dec 2018\n",
        "- Wrote the PRD for the checkout redesign\n",
        "Head of Product at Initech | 2014 – 2016\n",
        "- Set the product vision\n",
    ));
    assert_eq!(
        job_rows(&document),
        [
            "Engineering Manager | Acme | 2019 – 2021",
            "Senior PM | Stripe | Jan 2016 – Dec 2018",
            "Head of Product | Initech | 2014 – 2016"
        ]
    );
    assert_eq!(
        activity_rows(&document),
        [
            "0 2019/2021 Hired six engineers and ran the weekly 1:1s",
            "0 2019/2021 Led the migration at Acme",
            "0 2019/2021 Presented our roadmap at KubeCon 2023",
            "1 2016-01/2018-12 Wrote the PRD for the checkout redesign",
            "2 2014/2016 Set the product vision"
        ]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn a_section_heading_right_under_a_job_header_ends_the_job() {
    let (document, warnings) = read_resume(concat!(
        "Experience\n",
        "Engineering Manager — 2019 – 2023\n",
        "Volunteer\n",
        "Mentor, Code Club — 2018 – Present\n",
        "- Taught weekly Python classes to twenty pupils\n",
    ));
    // `Volunteer` is no company of the job above, and counts for no job.
    assert_eq!(
        job_rows(&document),
        [
            "Engineering Manager | - | 2019 – 2023",
            "Mentor | Code Club | 2018 – Present"
        ]
    );
    assert_eq!(document["jobs"][0]["totals"]["lines"], 1);
    assert_eq!(document["totals"]["skipped"], 4);
    assert_eq!(
        activity_rows(&document),
        ["1 2018/.. Taught weekly Python classes to twenty pupils"]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    // Over the job's own bullets it is a subheading of that job, as before.
    let (document, warnings) = read_resume(concat!(
        "Experience\n",
        "Engineering Manager, Acme — 2019 – 2023\n",
        "Leadership\n",
        "- Ran the hiring loop for the platform team\n",
    ));
    assert_eq!(job_rows(&document), ["Engineering Manager | Acme | 2019 – 2023"]);
    assert_eq!(document["jobs"][0]["totals"]["lines"], 3);
    assert_eq!(
        activity_rows(&document),
        ["0 2019/2023 Ran the hiring loop for the platform team"]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn the_table_names_the_job_of_a_headline_header_without_its_skills_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = temp_file(&dir, "linkedin.txt", LINKEDIN.as_bytes());
    let (code, stdout, stderr) = run_bytes(&["--color", "never", path_str(&file)], None);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("Technical Program Manager, Globex"), "{stdout}");
    assert!(!stdout.contains("Skills"), "{stdout}");
    assert!(!stdout.contains("see more"), "{stdout}");
}
