//! End-to-end tests of the ninth reading pass on resumes: a company's line with its city set
//! after it by a space alone (`Initech Austin, TX`, `Globex London, UK`) names the company
//! without the city, while a line of work naming a place keeps its words; a title glued to its
//! company by `@` (`Senior PM @Acme`) is parted as `@ Acme` is; a line an Education label leads
//! (`Education: BSc Computer Science, 2006–2010`) under a job's bullets ends the job and is no
//! job of its own; and a lone line naming a person, a title and dates over a plain list
//! (`Jane Doe, Staff Engineer 2024 – 2025`) heads a brag list, while a one-job resume stays one.

mod common;
use common::{activity_texts, dated_texts, job_rows, read_document, read_resume};

/// A plain resume whose company lines carry their place after a space: under the title, over
/// it, and on the title's dated line.
const PLACED_COMPANIES: &str = concat!(
    "Dana Whitfield\n",
    "dana.whitfield@example.com\n",
    "\n",
    "EXPERIENCE\n",
    "\n",
    "Engineering Manager\n",
    "Initech Austin, TX\n",
    "Jan 2021 – Present\n",
    "- Hired four engineers and ran weekly 1:1s with each\n",
    "- Moved the team's planning to a quarterly cadence\n",
    "\n",
    "Initech Austin, TX\n",
    "Senior Software Engineer | 2018 – 2020\n",
    "- Built the invoicing service in Go\n",
    "\n",
    "Product Manager, Globex San Francisco, CA | 2015 – 2018\n",
    "- Shipped the self-serve onboarding flow at Globex Austin, TX\n",
);

#[test]
fn a_city_after_a_company_is_no_part_of_the_company() {
    let (document, _) = read_resume(PLACED_COMPANIES);
    assert_eq!(document["layout"], "resume");
    assert_eq!(
        job_rows(&document),
        [
            "Engineering Manager | Initech | Jan 2021 – Present",
            "Senior Software Engineer | Initech | 2018 – 2020",
            "Product Manager | Globex | 2015 – 2018",
        ]
    );
    // A line of work naming a place is read whole.
    assert_eq!(
        activity_texts(&document)[3],
        "Shipped the self-serve onboarding flow at Globex Austin, TX"
    );
}

#[test]
fn a_company_glued_to_the_at_sign_is_parted_from_the_title() {
    let (document, _) = read_resume(concat!(
        "Sam Okafor\n",
        "\n",
        "## Experience\n",
        "\n",
        "Senior PM @Acme | 2021 – Present\n",
        "- Wrote the roadmap for the checkout redesign\n",
        "\n",
        "Engineering Manager @ Globex | 2018 – 2021\n",
        "- Hired four engineers and paired with @Dana on the launch\n",
    ));
    assert_eq!(
        job_rows(&document),
        [
            "Senior PM | Acme | 2021 – Present",
            "Engineering Manager | Globex | 2018 – 2021",
        ]
    );
    assert_eq!(
        activity_texts(&document)[1],
        "Hired four engineers and paired with @Dana on the launch"
    );
}

#[test]
fn an_education_line_under_a_jobs_bullets_ends_the_job_and_starts_no_other() {
    let (document, _) = read_resume(concat!(
        "Priya Raman\n",
        "priya@example.com · (512) 555-0142\n",
        "\n",
        "Experience\n",
        "Product Manager, Globex | 2016 – 2018\n",
        "- Wrote the roadmap for the checkout redesign\n",
        "\n",
        "Engineering Manager, Acme | 2019 – Present\n",
        "- Hired four engineers and ran weekly 1:1s\n",
        "- Ran the quarterly planning with product\n",
        "Education: BSc Computer Science, 2006–2010\n",
        "Dean's list, captain of the robotics team\n",
    ));
    assert_eq!(
        job_rows(&document),
        [
            "Product Manager | Globex | 2016 – 2018",
            "Engineering Manager | Acme | 2019 – Present",
        ]
    );
    assert_eq!(
        activity_texts(&document),
        [
            "Wrote the roadmap for the checkout redesign",
            "Hired four engineers and ran weekly 1:1s",
            "Ran the quarterly planning with product",
        ]
    );
    let (document, _) = read_resume(concat!(
        "Experience\n",
        "Staff Engineer, Initech — 2020 – 2024\n",
        "- Led the migration of the billing service\n",
        "Education — BSc, 2006–2010\n",
    ));
    assert_eq!(job_rows(&document), ["Staff Engineer | Initech | 2020 – 2024"]);
    assert_eq!(document["jobs"][0]["totals"]["lines"], 2);
}

#[test]
fn a_name_and_title_over_a_plain_list_head_a_brag_list_not_a_job() {
    let bullets = concat!(
        "- Led the migration of the billing service to Kafka\n",
        "- Mentored two engineers on the platform team\n",
    );
    let (document, warnings) = read_document("brag.md", &format!("Jane Doe, Staff Engineer 2024 – 2025\n\n{bullets}"));
    assert_eq!(document["layout"], "brag");
    assert_eq!(
        activity_texts(&document),
        [
            "Led the migration of the billing service to Kafka",
            "Mentored two engineers on the platform team",
        ]
    );
    assert!(
        warnings.iter().any(|w| w.contains("read as the document's header")),
        "{warnings:?}"
    );
    // A one-job resume: the name on its own line, a company beside the title.
    for header in [
        "Jane Doe\nStaff Engineer, Acme  2024 – 2025\n",
        "Staff Engineer, Acme  2024 – 2025\n",
        "Jane Doe, Staff Engineer, Acme  2024 – 2025\n",
    ] {
        let (document, _) = read_document("resume.md", &format!("{header}\n{bullets}"));
        assert_eq!(document["layout"], "resume", "{header}");
        assert_eq!(
            dated_texts(&document)[0],
            "2024/2025 Led the migration of the billing service to Kafka"
        );
    }
}
