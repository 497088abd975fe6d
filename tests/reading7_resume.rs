//! End-to-end tests of the seventh reading pass, on resumes copied from a PDF of a LaTeX
//! template (the common "Jake's resume"): its right-aligned dates come after the company, the
//! title or the place with only a space (`Engineering Manager, Acme Corp June 2020 – Present`),
//! and make a job header when the words before them read as one — with a title word anywhere,
//! or with a company alone under a work section or a job. A title line with its place after a
//! space (`Engineering Manager San Francisco, CA`) keeps the title apart from the city.
//! Sentences and bullets that end in a range of dates stay activities, their dates as text.

mod common;
use common::{activity_rows, job_rows, read_resume};

#[test]
fn dates_after_the_company_and_a_space_end_a_job_header() {
    // The bullets have no full stops: the next header is no wrap of the bullet above it.
    let (document, warnings) = read_resume(concat!(
        "Jane Doe\n",
        "jane@example.com | 555-0100\n\n",
        "Experience\n",
        "Engineering Manager, Acme Corp June 2020 – Present\n",
        "• Hired four engineers and set up weekly one-on-ones\n",
        "• Ran the performance review cycle for the team\n",
        "Senior Software Engineer, Initech Jan 2017 – May 2020\n",
        "• Built the invoicing service\n",
        "• Mentored two new engineers\n",
    ));
    assert_eq!(document["layout"], "resume");
    assert_eq!(
        job_rows(&document),
        [
            "Engineering Manager | Acme Corp | June 2020 – Present",
            "Senior Software Engineer | Initech | Jan 2017 – May 2020"
        ]
    );
    assert_eq!(
        activity_rows(&document),
        [
            "0 2020-06/.. Hired four engineers and set up weekly one-on-ones",
            "0 2020-06/.. Ran the performance review cycle for the team",
            "1 2017-01/2020-05 Built the invoicing service",
            "1 2017-01/2020-05 Mentored two new engineers"
        ]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn the_two_line_header_keeps_its_place_out_of_title_and_company() {
    // The company and dates over the title and place, then the template's own order: the title
    // and dates over the company and place (a city the company's line runs into is parted from
    // it at the state's code).
    let (document, warnings) = read_resume(concat!(
        "EXPERIENCE\n",
        "Acme Corp June 2020 – Present\n",
        "Engineering Manager San Francisco, CA\n",
        "• Hired four engineers\n",
        "• Set the team's quarterly goals\n",
        "Software Engineer II Jan 2017 – May 2020\n",
        "Initech Austin, TX\n",
        "• Built the invoicing service\n",
        "EDUCATION\n",
        "State University Springfield, IL\n",
        "Bachelor of Science in Computer Science Aug. 2012 – May 2016\n",
    ));
    assert_eq!(
        job_rows(&document),
        [
            "Engineering Manager | Acme Corp | June 2020 – Present",
            "Software Engineer II | Initech | Jan 2017 – May 2020"
        ]
    );
    assert_eq!(
        activity_rows(&document),
        [
            "0 2020-06/.. Hired four engineers",
            "0 2020-06/.. Set the team's quarterly goals",
            "1 2017-01/2020-05 Built the invoicing service"
        ]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn the_dates_may_be_written_as_latex_numbers_or_years_with_any_separator_before_the_company() {
    for ended in ["", "."] {
        let (document, warnings) = read_resume(&format!(
            concat!(
                "## Experience\n\n",
                "**Engineering Manager**, Acme Corp Jun. 2020 -- Present\n",
                "- Hired four engineers{e}\n",
                "Product Manager | Globex 06/2018 - 05/2020\n",
                "- Wrote the pricing roadmap{e}\n",
                "Staff Engineer, Initech 2015 – 2018\n",
                "- Led the move to a new build system{e}\n",
                "Hooli 2012 – 2015\n",
                "Software Engineer Palo Alto, CA\n",
                "- Built the search indexer{e}\n",
            ),
            e = ended
        ));
        assert_eq!(
            job_rows(&document),
            [
                "Engineering Manager | Acme Corp | Jun. 2020 -- Present",
                "Product Manager | Globex | 06/2018 - 05/2020",
                "Staff Engineer | Initech | 2015 – 2018",
                "Software Engineer | Hooli | 2012 – 2015"
            ],
            "full stops: {ended:?}"
        );
        assert_eq!(
            activity_rows(&document),
            [
                format!("0 2020-06/.. Hired four engineers{ended}"),
                format!("1 2018-06/2020-05 Wrote the pricing roadmap{ended}"),
                format!("2 2015/2018 Led the move to a new build system{ended}"),
                format!("3 2012/2015 Built the search indexer{ended}")
            ],
            "full stops: {ended:?}"
        );
        assert!(warnings.is_empty(), "{warnings:?}");
    }
}

#[test]
fn sentences_and_bullets_ending_in_dates_stay_activities() {
    // Under a job: a bullet, and sentences led by a verb or not read as a header.
    let (document, warnings) = read_resume(concat!(
        "Experience\n",
        "Engineering Manager, Acme Corp June 2020 – Present\n",
        "• Led the move to Kubernetes June 2020 – March 2021.\n",
        "Shipped the redesign in June 2021 – March 2022 with the design team.\n",
        "Managed the payments platform 2021 – 2023\n",
    ));
    assert_eq!(
        job_rows(&document),
        ["Engineering Manager | Acme Corp | June 2020 – Present"]
    );
    assert_eq!(
        activity_rows(&document),
        [
            "0 2020-06/.. Led the move to Kubernetes June 2020 – March 2021.",
            "0 2020-06/.. Shipped the redesign in June 2021 – March 2022 with the design team.",
            "0 2020-06/.. Managed the payments platform 2021 – 2023"
        ]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    // A brag list whose lines end so stays one, each line whole.
    let (document, _) = read_resume(concat!(
        "Shipped search June 2020 – March 2021\n",
        "- Led the move to Kubernetes June 2020 – March 2021\n",
        "- Ran the hiring loop\n",
    ));
    assert_eq!(document["layout"], "brag");
    assert!(job_rows(&document).is_empty());
    assert_eq!(
        activity_rows(&document),
        [
            "null - Shipped search June 2020 – March 2021",
            "null - Led the move to Kubernetes June 2020 – March 2021",
            "null - Ran the hiring loop"
        ]
    );
}
