//! End-to-end tests of the seventh reading pass, on what a paste wraps around the work: an
//! update sent as an email (its greeting, the line leading in to the list, its sign-off, the
//! signature after `-- ` and a mail app's footer) and a page exported from Notion (its `Key:
//! value` properties under the title, `Role:` naming the role it is checked against) are read
//! as none of the work, with one warning naming their lines — while lines like them that stand
//! elsewhere (`Thanks to the infra team, …`, `Impact: cut p99 latency by 40%` in the body, a
//! spreadsheet's cell) stay activities.

mod common;
use common::{activity_texts, run_document as run};

/// A `--format json` run on `text` saved as `name`, with `args` before the file: the first
/// document and the warnings on stderr.
fn read(name: &str, text: &str, args: &[&str]) -> (serde_json::Value, Vec<String>) {
    let (code, document, warnings) = run(name, text, args);
    assert_eq!(code, Some(0), "{warnings:?}");
    (document, warnings)
}

const EMAIL: &str = "Hi Raj,

Quick update on what I worked on this half:

- Ran the hiring loop for two backend engineers and closed both offers
- Coached Priya through her promotion packet
- Set up weekly 1:1s with each of my six reports
- Cut on-call pages by half with better alerting

Thanks,
Dana

-- 
Dana Smith
Engineering Manager, Payments
Sent from my iPhone
";

#[test]
fn an_email_sent_as_an_update_is_read_as_its_work() {
    let (document, warnings) = read("update.txt", EMAIL, &[]);
    assert_eq!(
        activity_texts(&document),
        [
            "Ran the hiring loop for two backend engineers and closed both offers",
            "Coached Priya through her promotion packet",
            "Set up weekly 1:1s with each of my six reports",
            "Cut on-call pages by half with better alerting"
        ]
    );
    let totals = &document["totals"];
    assert_eq!(
        (totals["lines"].as_u64(), totals["skipped"].as_u64()),
        (Some(16), Some(12))
    );
    assert_eq!(totals["unmatched"].as_u64(), Some(0));
    assert_eq!(document["verdict"]["role"], "EM");
    assert_eq!(document["verdict"]["matched_share"].as_f64(), Some(1.0));
    // The signature's title votes for no role.
    let em = &document["roles"][1];
    assert_eq!(em["role"], "EM");
    assert!(
        !em["top_terms"]
            .as_array()
            .expect("terms")
            .iter()
            .any(|t| t == "engineering manager"),
        "{em}"
    );
    let envelope: Vec<&String> = warnings.iter().filter(|w| w.contains("pasted email")).collect();
    assert_eq!(envelope.len(), 1, "{warnings:?}");
    assert!(
        envelope[0].ends_with("update.txt:1: 7 lines were read as a pasted email's greeting (line 1), sign-off (lines 10–11) and signature (lines 13–16), not as activities"),
        "{envelope:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("update.txt:3: \"Quick update on what I worked on this half:\" was read as a heading")),
        "{warnings:?}"
    );
}

#[test]
fn lines_like_an_emails_stay_activities_elsewhere() {
    // A brag line that thanks a team, a greeting below the top, a sign-off over more work.
    let text = "Cut cloud costs by a fifth\nThanks to the infra team, we cut costs 30%\nHi Raj,\nBest,\n- Shipped the search revamp\n";
    let (document, warnings) = read("notes.txt", text, &[]);
    assert_eq!(
        activity_texts(&document),
        [
            "Cut cloud costs by a fifth",
            "Thanks to the infra team, we cut costs 30%",
            "Hi Raj,",
            "Best,",
            "Shipped the search revamp"
        ]
    );
    assert!(!warnings.iter().any(|w| w.contains("pasted email")), "{warnings:?}");
}

const PAGE: &str = "# Q3 wins

Role: Technical Program Manager
Tags: hiring, roadmap
Owner: Sam Lee
Created: July 1, 2025

- Drove the data-center migration across five teams, hitting every milestone
- Kept the cross-team dependency tracker and ran the weekly risk review
- Unblocked the payments launch by sequencing the API changes
Impact: cut p99 latency by 40%
";

#[test]
fn a_notion_pages_properties_are_no_work_and_its_role_is_checked() {
    let (document, warnings) = read("q3.md", PAGE, &[]);
    assert_eq!(document["layout"], "brag");
    assert_eq!(document["jobs"].as_array().map(Vec::len), Some(0));
    assert_eq!(document["expected"], "TPM");
    assert_eq!(document["check"], "pass");
    // The body's `Impact:` line is work (it continues the bullet above it, as any such line).
    assert_eq!(
        activity_texts(&document),
        [
            "Drove the data-center migration across five teams, hitting every milestone",
            "Kept the cross-team dependency tracker and ran the weekly risk review",
            "Unblocked the payments launch by sequencing the API changes Impact: cut p99 latency by 40%"
        ]
    );
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].ends_with("q3.md:4: lines 4–6 (Tags, Owner, Created) were read as properties of the page, as Notion exports one, not as activities"),
        "{warnings:?}"
    );
    // --expect comes first, as it does over front matter.
    let (code, document, _) = run("q3.md", PAGE, &["--expect", "EM"]);
    assert_eq!(code, Some(1));
    assert_eq!(document["expected"], "EM");
    assert_eq!(document["check"], "fail");
}

#[test]
fn a_pages_role_that_names_no_role_is_warned_about_not_an_error() {
    let page = "# Launch plan\n\nRole: DRI\nStatus: Done\n\n- Drove the launch across five teams\n";
    let (document, warnings) = read("launch.md", page, &[]);
    assert_eq!(document["expected"], serde_json::Value::Null);
    assert_eq!(activity_texts(&document), ["Drove the launch across five teams"]);
    assert!(
        warnings.iter().any(|w| w.contains("launch.md:3: \"Role: DRI\" was read as a property of the page, not as an activity, and sets no role to check: unknown role \"DRI\"")),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().any(|w| w.contains("launch.md:4: line 4 (Status)")),
        "{warnings:?}"
    );
}

#[test]
fn lines_like_properties_stay_activities_elsewhere() {
    // A value that reads as work, at the top; lines of `Label: what` with a line of text under
    // them; a spreadsheet's cell.
    let (document, warnings) = read(
        "latency.md",
        "# Latency\n\nImpact: cut p99 latency by 40%\n\n- Led the caching rollout\n",
        &[],
    );
    assert_eq!(
        activity_texts(&document),
        ["Impact: cut p99 latency by 40%", "Led the caching rollout"]
    );
    assert!(!warnings.iter().any(|w| w.contains("of the page")), "{warnings:?}");
    let (document, _) = read(
        "ladder.txt",
        "Reviewer: reads every change to a module\nOwner: Sam Lee\nHas shipped two releases\n",
        &[],
    );
    assert_eq!(activity_texts(&document).len(), 3);
    let (document, _) = read(
        "sheet.csv",
        "text\nProject: Search revamp\nThanks!\n",
        &["--column", "text"],
    );
    assert_eq!(activity_texts(&document), ["Project: Search revamp", "Thanks!"]);
}

#[test]
fn a_long_email_streams_and_its_page_role_is_read_before_its_work() {
    // Past 1 MiB a file is classified as it is read: the role is known before the first
    // activity goes out, and the sign-off is held to the end.
    let mut text = String::from("# H2 update\n\nRole: EM\n\n");
    for n in 0..15_000 {
        text.push_str(&format!(
            "- Ran the weekly 1:1s with each of my reports and the hiring loop, week {n}\n"
        ));
    }
    text.push_str("\nCheers,\nDana\n");
    assert!(text.len() > 1 << 20);
    let (document, warnings) = read("long.md", &text, &[]);
    assert_eq!(document["expected"], "EM");
    assert_eq!(document["totals"]["activities"].as_u64(), Some(15_000));
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("2 lines were read as a pasted email's sign-off (lines 15006–15007)")),
        "{warnings:?}"
    );
}
