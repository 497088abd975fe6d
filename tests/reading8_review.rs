//! End-to-end tests of the eighth reading pass, on a self-review exported from a review tool
//! (Lattice, Workday, Culture Amp, 15Five, Google Forms): the form's title and header fields
//! (`Reviewee:`, `Review cycle:`, `Status:`), its questions (`What were your most significant
//! accomplishments this cycle?`, `Q1.`, `Question 2 of 5`, `Describe a time when you…`) and its
//! ratings (`Overall rating: Exceeds expectations`, `4 / 5`, `★★★★☆`) are read as none of the
//! work, with one warning naming their lines, while the answers are the activities: dated by
//! the period reviewed, the reviewee naming the row and `Role:` or `Job title:` the role it is
//! checked against, in a folder of such exports as in one. Lines like a form's where the
//! document shows no form (a brag line ending in `?`, `Impact: …`, `4/5` in a sentence, a
//! ladder's `Reviewer:` level) stay activities.

mod common;
use common::{dated_texts as rows, rolemap, run_bytes, run_document as run, temp_file};

/// As [`run`], expecting success.
fn read(name: &str, text: &str) -> (serde_json::Value, Vec<String>) {
    let (code, document, warnings) = run(name, text, &[]);
    assert_eq!(code, Some(0), "{warnings:?}");
    (document, warnings)
}

/// The warnings about a review form.
fn form_warnings(warnings: &[String]) -> Vec<&String> {
    warnings.iter().filter(|w| w.contains("review form")).collect()
}

/// A self-review as Lattice exports it.
const LATTICE: &str = "Performance Review — H1 2025
Reviewee: Jordan Lee
Reviewer: Jordan Lee (Self)
Review cycle: H1 2025 Performance Review
Status: Submitted

What were your most significant accomplishments this cycle?
I led the move of our billing service to the new platform across four teams, and we hit every milestone.
I also ran the incident review program and cut repeat incidents by a third.

How did you demonstrate our values?
I mentored two new engineers and paired with them weekly.

What would you like to focus on next cycle?
Growing into a people manager role.

Overall rating: Exceeds expectations
4 / 5
";

#[test]
fn a_lattice_export_is_read_as_its_answers() {
    let (document, warnings) = read("lattice.txt", LATTICE);
    assert_eq!(
        rows(&document),
        [
            "2025-H1 I led the move of our billing service to the new platform across four teams, and we hit every milestone.",
            "2025-H1 I also ran the incident review program and cut repeat incidents by a third.",
            "2025-H1 I mentored two new engineers and paired with them weekly.",
            "2025-H1 Growing into a people manager role."
        ]
    );
    let totals = &document["totals"];
    assert_eq!(
        (
            totals["lines"].as_u64(),
            totals["skipped"].as_u64(),
            totals["unmatched"].as_u64(),
            totals["undated"].as_u64()
        ),
        (Some(18), Some(14), Some(0), Some(0))
    );
    assert_eq!(document["name"], "Jordan Lee");
    assert_eq!(document["expected"], serde_json::Value::Null);
    // The form's words vote for no role (`Review cycle: … Performance Review` had led EM).
    let em = &document["roles"][1];
    assert_eq!(em["role"], "EM");
    let terms = em["top_terms"].as_array().expect("terms");
    assert!(
        !terms.iter().any(|t| t == "performance review" || t == "review cycle"),
        "{em}"
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].ends_with("lattice.txt:1: 10 lines were read as a review form's title (line 1), fields (lines 2–5: Reviewee, Reviewer, Review cycle, Status), questions (lines 7, 11, 14) and ratings (lines 17–18), not as activities; the period it reviews dates the answers (2025-H1)"),
        "{warnings:?}"
    );
    // The window keeps or leaves out the answers by the period reviewed.
    let (_, document, _) = run("lattice.txt", LATTICE, &["--since", "2025-07"]);
    assert_eq!(document["totals"]["excluded"].as_u64(), Some(4));
}

#[test]
fn other_tools_exports_are_read_as_their_answers() {
    // Workday's: fields left empty, numbered questions, a prompt, bullets under a question and
    // a question right under them, a rating with its label, stars.
    let workday = "Employee: Sam Park
Manager:
Review period: 01/01/2025 - 06/30/2025
Due date:
Status: Completed

Q1. What were your key accomplishments this period?
- Hired four engineers and onboarded them onto the payments team
- Ran weekly 1:1s and wrote growth plans for each report
Q2. Describe a time when you had to resolve a conflict on your team.
Mediated a disagreement between two senior engineers about the API design.

Q3. What are your development goals?

Rating: 3 - Successful
★★★★☆
";
    let (document, warnings) = read("workday.txt", workday);
    assert_eq!(
        rows(&document),
        [
            "2025-H1 Hired four engineers and onboarded them onto the payments team",
            "2025-H1 Ran weekly 1:1s and wrote growth plans for each report",
            "2025-H1 Mediated a disagreement between two senior engineers about the API design."
        ]
    );
    assert_eq!(document["name"], "Sam Park");
    let forms = form_warnings(&warnings);
    assert_eq!(forms.len(), 1, "{warnings:?}");
    assert!(
        forms[0].ends_with("workday.txt:1: 10 lines were read as a review form's fields (lines 1–5: Employee, Manager, Review period, Due date, Status), questions (lines 7, 10, 13) and ratings (lines 15–16), not as activities; the period it reviews dates the answers (2025-H1)"),
        "{forms:?}"
    );
    // Google Forms' and 15Five's: no header, questions marked required, answers under each;
    // two questions each with its answer show the form, and the title over them is its.
    let google = "Mid-year self-review 2025

What did you accomplish this half? *
Wrote the PRD for self-serve onboarding and ran twelve customer interviews.

What could have gone better? *
The pricing experiment launched late.

Anything else you want to share?

Meets expectations
";
    let (document, warnings) = read("google.txt", google);
    assert_eq!(
        rows(&document),
        [
            "2025 Wrote the PRD for self-serve onboarding and ran twelve customer interviews.",
            "2025 The pricing experiment launched late."
        ]
    );
    assert_eq!(document["totals"]["skipped"].as_u64(), Some(9));
    let forms = form_warnings(&warnings);
    assert_eq!(forms.len(), 1, "{warnings:?}");
    assert!(
        forms[0].ends_with("google.txt:1: 5 lines were read as a review form's title (line 1), questions (lines 3, 6, 9) and ratings (line 11), not as activities; the period it reviews dates the answers (2025)"),
        "{forms:?}"
    );
}

#[test]
fn a_forms_job_title_sets_the_role_checked_and_one_that_names_none_is_warned_about() {
    let form = "Employee: Ana Lima\nJob title: Technical Program Manager\n\nWhat did you accomplish?\nWrote the PRD and the pricing roadmap.\n";
    let (code, document, _) = run("ana.txt", form, &[]);
    assert_eq!(code, Some(1));
    assert_eq!(
        (&document["expected"], &document["check"]),
        (&serde_json::json!("TPM"), &serde_json::json!("fail"))
    );
    // --expect comes first.
    let (code, document, _) = run("ana.txt", form, &["--expect", "PM"]);
    assert_eq!((code, &document["expected"]), (Some(0), &serde_json::json!("PM")));
    let (document, warnings) = read("ana.txt", &form.replace("Technical Program Manager", "Head of Growth"));
    assert_eq!(document["expected"], serde_json::Value::Null);
    assert!(
        warnings.iter().any(|w| w.contains("ana.txt:2: \"Job title: Head of Growth\" was read as a field of the review form, not as an activity, and sets no role to check: unknown role \"Head of Growth\"")),
        "{warnings:?}"
    );
}

#[test]
fn a_folder_of_exports_gives_one_row_a_person_and_checks_each_role() {
    let dir = tempfile::tempdir().expect("temp dir");
    temp_file(
        &dir,
        "reviews/jordan-lattice.txt",
        "Performance Review — H1 2025
Reviewee: Jordan Lee
Reviewer: Jordan Lee (Self)
Job title: Engineering Manager
Review cycle: H1 2025 Performance Review
Status: Submitted

What were your most significant accomplishments this cycle?
I hired three backend engineers and onboarded them onto the payments team.
I ran weekly 1:1s with each of my reports and wrote a growth plan with each of them.

How did you demonstrate our values?
I coached two senior engineers through their promotion packets.

Overall rating: Exceeds expectations
4 / 5
"
        .as_bytes(),
    );
    temp_file(
        &dir,
        "reviews/priya-cultureamp.txt",
        "Self reflection
Employee: Priya Raman
Role: Technical Program Manager
Review period: Jan 1, 2025 – Jun 30, 2025
Manager: Sam Whitfield
Submitted on: July 3, 2025

Question 1 of 3
What are you most proud of this period?
I wrote the PRD for self-serve onboarding and ran twelve customer interviews to shape it.
I prioritised the roadmap with sales and support.

Question 2 of 3
Describe a time when you had to change your mind.
The pricing experiment showed customers wanted annual plans, so I reworked the launch plan.

Question 3 of 3
What do you want to focus on next period?

Rating: 3 - Successful
"
        .as_bytes(),
    );
    // Run from the folder above, as `rolemap reviews/`.
    let output = rolemap().current_dir(&dir).arg("reviews/").output().expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 stdout");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 stderr");
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    // One row a person, named by the form's reviewee, checked against the form's role.
    let row = |person: &str| -> Vec<String> {
        let at = stdout
            .lines()
            .position(|line| line.contains(person))
            .unwrap_or_else(|| panic!("no row for {person}:\n{stdout}"));
        stdout
            .lines()
            .nth(at)
            .expect("row")
            .split('┆')
            .skip(1)
            .map(|c| c.trim().trim_end_matches('│').trim().to_string())
            .collect()
    };
    assert_eq!(
        row("jordan-lattice.txt"),
        ["3", "0.0%", "100.0%", "0.0%", "EM", "no", "EM", "pass"]
    );
    assert_eq!(
        row("priya-cultureamp.txt"),
        ["3", "100.0%", "0.0%", "0.0%", "PM", "no", "TPM", "FAIL"]
    );
    assert!(stdout.contains("(Jordan"), "{stdout}");
    assert!(stdout.contains("(Priya"), "{stdout}");
    assert!(stdout.contains("role checks: 1 passed, 1 failed"), "{stdout}");
    assert!(
        stderr.contains("priya-cultureamp.txt (Priya Raman): expected TPM, reads like PM"),
        "{stderr}"
    );
    // One warning a document, naming the form's lines.
    let forms: Vec<&str> = stderr.lines().filter(|l| l.contains("review form")).collect();
    assert_eq!(forms.len(), 2, "{stderr}");
    assert!(
        forms[1].ends_with("priya-cultureamp.txt:1: 13 lines were read as a review form's title (line 1), fields (lines 2–6: Employee, Role, Review period, Manager, Submitted on), questions (lines 8–9, 13–14, 17–18) and ratings (line 20), not as activities; the period it reviews dates the answers (2025-H1)"),
        "{forms:?}"
    );
}

#[test]
fn lines_like_a_forms_stay_activities_where_no_form_is_shown() {
    let text = "Why did checkout fail? Found the root cause and fixed the retry storm
Impact: cut p99 latency by 40%
Cut costs 4/5 of the way
Should we build or buy?
Wrote the memo that decided it.
- Exceeds expectations on every launch this half
";
    let (document, warnings) = read("notes.txt", text);
    assert_eq!(
        rows(&document),
        [
            "- Why did checkout fail? Found the root cause and fixed the retry storm",
            "- Impact: cut p99 latency by 40%",
            "- Cut costs 4/5 of the way",
            "- Should we build or buy?",
            "- Wrote the memo that decided it.",
            "- Exceeds expectations on every launch this half"
        ]
    );
    assert!(form_warnings(&warnings).is_empty(), "{warnings:?}");
    // A ladder's levels: `Reviewer: reviews pull requests…` is a line of it.
    let ladder = "tests/data/styled_ladders_docs/none-civicstack-contrib-none.txt";
    let (code, stdout, stderr) = run_bytes(&["--format", "json", ladder], None);
    assert_eq!(code, Some(0), "{stderr}");
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let texts = rows(&report["documents"][0]);
    assert!(
        texts.contains(
            &"- Reviewer: reviews pull requests in a subproject and is familiar with its codebase".to_string()
        ),
        "{texts:?}"
    );
    assert!(!stderr.contains("review form"), "{stderr}");
    // A resume's contact fields and job header are no form's.
    let resume = "Jane Doe\nName: Jane Doe\nEmail: jane@example.com\n\nExperience\nEngineering Manager, Acme — 2021 – Present\n- Hired 6 engineers\n";
    let (document, warnings) = read("resume.txt", resume);
    assert_eq!(document["layout"], "resume");
    let texts: Vec<&str> = document["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| a["text"].as_str().expect("text"))
        .collect();
    assert_eq!(texts, ["Hired 6 engineers"]);
    assert!(form_warnings(&warnings).is_empty(), "{warnings:?}");
}

#[test]
fn a_long_form_streams_with_its_name_role_and_period_known_first() {
    // Past 1 MiB a file is classified as it is read: the form's header is read before the
    // first answer goes out.
    let mut text = String::from("Reviewee: Dana Smith\nRole: EM\nReview cycle: H2 2025\n\n");
    for n in 0..12_000 {
        text.push_str(&format!(
            "What did you do in week {n}?\nRan the weekly 1:1s with each of my reports and the hiring loop for the payments team.\n"
        ));
    }
    assert!(text.len() > 1 << 20);
    let (document, warnings) = read("long.txt", &text);
    assert_eq!(document["name"], "Dana Smith");
    assert_eq!(document["expected"], "EM");
    assert_eq!(document["check"], "pass");
    assert_eq!(document["totals"]["activities"].as_u64(), Some(12_000));
    assert_eq!(document["totals"]["undated"].as_u64(), Some(0));
    assert!(
        warnings.iter().any(|w| w.contains(
            "12003 lines were read as a review form's fields (lines 1–3: Reviewee, Role, Review cycle) and questions (lines 5, 7, 9, 11, 13, 15, 17, 19 and 11992 more)"
        )),
        "{warnings:?}"
    );
}
