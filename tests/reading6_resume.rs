//! End-to-end tests of the sixth reading pass, on resumes: a section heading rolemap does not
//! know (`Volunteer`, `Leadership`) over a job is no company, a title without a title word
//! (`Board Member`) is the title, a comma before a team or discipline stays in the title, a
//! section heading may wear an emoji (`## 💼 Experience`), and a linked company is its name.

mod common;
use common::{activity_rows, job_rows, read_resume};

#[test]
fn a_section_heading_over_a_job_is_no_company() {
    let (document, warnings) = read_resume(concat!(
        "Experience\n\n",
        "Engineering Manager, Acme Corp — 2018 – 2023\n",
        "- Hired and coached eight engineers\n\n",
        "Volunteer\n",
        "Code Club — 2015 – 2020\n",
        "- Taught weekly coding classes to children\n\n",
        "Leadership\n",
        "Chapter Lead\n",
        "Women in Tech\n",
        "2019 – 2022\n",
        "- Ran the annual budget review\n",
    ));
    assert_eq!(
        job_rows(&document),
        [
            "Engineering Manager | Acme Corp | 2018 – 2023",
            "- | Code Club | 2015 – 2020",
            "Chapter Lead | Women in Tech | 2019 – 2022"
        ]
    );
    assert_eq!(
        activity_rows(&document),
        [
            "0 2018/2023 Hired and coached eight engineers",
            "1 2015/2020 Taught weekly coding classes to children",
            "2 2019/2022 Ran the annual budget review"
        ]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn a_role_without_a_title_word_is_the_title() {
    let (document, warnings) = read_resume(concat!(
        "Experience\n\n",
        "Engineering Manager, Acme Corp — 2018 – 2023\n",
        "- Hired and coached eight engineers\n\n",
        "Volunteer\n",
        "Mentor, Code Club — 2015 – 2020\n",
        "- Taught weekly coding classes to children\n\n",
        "Board Member\n",
        "Open Source Foundation\n",
        "2019 – 2022\n",
        "- Ran the annual budget review\n",
    ));
    assert_eq!(
        job_rows(&document),
        [
            "Engineering Manager | Acme Corp | 2018 – 2023",
            "Mentor | Code Club | 2015 – 2020",
            "Board Member | Open Source Foundation | 2019 – 2022"
        ]
    );
    assert_eq!(
        activity_rows(&document),
        [
            "0 2018/2023 Hired and coached eight engineers",
            "1 2015/2020 Taught weekly coding classes to children",
            "2 2019/2022 Ran the annual budget review"
        ]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn a_comma_before_a_team_or_discipline_stays_in_the_title() {
    let (document, warnings) = read_resume(concat!(
        "Experience\n\n",
        "Manager, Software Engineering | Hooli | 2021 – Present\n",
        "- Hired and coached eight engineers\n\n",
        "Senior Engineer, Platform | Initech | 2017 – 2021\n",
        "- Ran the platform migration\n\n",
        "Director, Product Management, Globex — 2014 – 2017\n",
        "- Wrote the roadmap\n\n",
        "Software Engineer, Hooli | Palo Alto, CA | 2012 – 2014\n",
        "- Built the search service\n",
    ));
    assert_eq!(
        job_rows(&document),
        [
            "Manager, Software Engineering | Hooli | 2021 – Present",
            "Senior Engineer, Platform | Initech | 2017 – 2021",
            "Director, Product Management | Globex | 2014 – 2017",
            "Software Engineer | Hooli | 2012 – 2014"
        ]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn a_section_heading_with_an_emoji_is_read_as_its_section() {
    // A profile page's resume: `## 💼 Experience` makes it a resume, and the bullets under
    // `## 🎓 Education` are no job's.
    let (document, warnings) = read_resume(concat!(
        "# Alex Moreno\n\n",
        "## 💼 Experience\n\n",
        "### Engineering Manager\n",
        "**Finch Payments** · Mar 2022 – Present\n",
        "- Grew the team from 5 to 11 engineers\n\n",
        "## 🎓 Education\n\n",
        "- BSc Computer Science, product strategy minor\n",
    ));
    assert_eq!(document["layout"], "resume");
    assert_eq!(
        job_rows(&document),
        ["Engineering Manager | Finch Payments | Mar 2022 – Present"]
    );
    let texts: Vec<&str> = document["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| a["text"].as_str().expect("text"))
        .collect();
    assert_eq!(texts, ["Grew the team from 5 to 11 engineers"]);
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn a_linked_company_in_a_job_header_is_its_name() {
    let (document, warnings) = read_resume(
        "## Experience\n\n**Engineering Manager**, [Finch Payments](https://finch.example) — Mar 2022 – Present\n- Grew the team from 5 to 11 engineers\n",
    );
    assert_eq!(
        job_rows(&document),
        ["Engineering Manager | Finch Payments | Mar 2022 – Present"]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}
