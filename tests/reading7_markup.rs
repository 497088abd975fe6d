//! End-to-end tests of the seventh reading pass: markup written inside a document's text.
//! HTML in Markdown (GitHub READMEs and profile pages: `<h1 align="center">`, `<sub>` dates in a
//! resume's job header, `<img>` lines, tags over lines) is read as the Markdown it stands for,
//! its tags and attributes never scored; text that only looks like a tag (`< 200 ms`, `<3`,
//! `` `<table>` ``) stays text. Confluence's wiki markup (`h2.` headings, `#` numbered items) is
//! read once a `hN.` heading shows it; Google Docs' Markdown escapes (`C\+\+`, `\[beta\]`) are
//! their characters; a line of badges or images is no activity.

use serde_json::Value;

mod common;
use common::{activity_rows, activity_texts, job_rows, path_str, read_document, run_bytes, temp_file};

/// Every term any activity of a document matched.
fn terms(document: &Value) -> Vec<&str> {
    document["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .flat_map(|a| a["matches"].as_array().expect("matches"))
        .map(|m| m["matched"].as_str().expect("matched"))
        .collect()
}

/// Asserts every line of a document is counted once: an activity, a continuation or skipped.
fn assert_counted(document: &Value) {
    let totals = &document["totals"];
    let sum = totals["activities"].as_u64().expect("activities")
        + totals["continuations"].as_u64().expect("continuations")
        + totals["skipped"].as_u64().expect("skipped");
    assert_eq!(Some(sum), totals["lines"].as_u64(), "{totals}");
}

#[test]
fn a_profile_page_s_html_is_not_scored_and_its_headings_are_headings() {
    let (document, warnings) = read_document(
        "README.md",
        concat!(
            "<h1 align=\"center\">Jane Doe</h1>\n",
            "<p align=\"center\">\n",
            "  <img src=\"https://x.example/avatar.png\" width=\"100\" />\n",
            "</p>\n",
            "\n",
            "<h3>Highlights</h3>\n",
            "\n",
            "- Hired two engineers and ran the 1:1s <br/>\n",
            "- Shipped <a href=\"https://x.example/pr/1\">the billing migration</a> with <b>three</b> teams\n",
        ),
    );
    assert_eq!(
        activity_texts(&document),
        [
            "Hired two engineers and ran the 1:1s",
            "Shipped the billing migration with three teams"
        ]
    );
    // `align` is an attribute, not *alignment*.
    assert!(
        !terms(&document).iter().any(|t| t.contains("align")),
        "{:?}",
        terms(&document)
    );
    // No date is looked for in `<h3>`; the lines of tags alone are named in one warning.
    assert_eq!(
        warnings,
        [
            "rolemap: warning: README.md:2: 3 lines were read as metadata (lines of HTML tags alone (<ul>, <details>)), not as activities"
        ]
    );
    assert_counted(&document);
}

#[test]
fn an_html_heading_dates_the_bullets_under_it_as_a_markdown_heading_does() {
    let (document, warnings) = read_document(
        "brag.md",
        concat!(
            "<h2>Q1 2025</h2>\n",
            "\n",
            "- Ran the hiring loop for three engineers\n",
            "\n",
            "<h2 id=\"q2\">\n",
            "  Q2 2025\n",
            "</h2>\n",
            "\n",
            "- Coordinated the release train across four teams\n",
        ),
    );
    assert_eq!(
        activity_rows(&document),
        [
            "null 2025-Q1 Ran the hiring loop for three engineers",
            "null 2025-Q2 Coordinated the release train across four teams"
        ]
    );
    assert_eq!(
        warnings,
        [
            "rolemap: warning: brag.md:5: 2 lines were read as metadata (lines of HTML tags alone (<ul>, <details>)), not as activities"
        ]
    );
    assert_counted(&document);
}

#[test]
fn inline_tags_in_a_job_header_are_read_through_as_emphasis() {
    let (document, warnings) = read_document(
        "resume.md",
        concat!(
            "# Jane Doe\n",
            "\n",
            "## Experience\n",
            "\n",
            "**Engineering Manager**, Finch Payments <sub>Mar 2022 – Present</sub>\n",
            "- Hired six engineers and ran performance reviews\n",
            "\n",
            "<b>Senior Engineer</b><br/><i>Acme, Jan 2019 – Feb 2022</i>\n",
            "- Built the billing pipeline\n",
            "\n",
            "<strong>Staff Engineer</strong> | Initech <span class=\"dates\">Jan 2015 – Dec 2018</span>\n",
            "- Ran the incident reviews\n",
            "\n",
            "**Engineer**, Hooli *Jun 2012 – Dec 2014*\n",
            "- Wrote the deploy scripts\n",
        ),
    );
    assert_eq!(
        job_rows(&document),
        [
            "Engineering Manager | Finch Payments | Mar 2022 – Present",
            "Senior Engineer | Acme | Jan 2019 – Feb 2022",
            "Staff Engineer | Initech | Jan 2015 – Dec 2018",
            "Engineer | Hooli | Jun 2012 – Dec 2014",
        ]
    );
    assert_eq!(
        activity_rows(&document),
        [
            "0 2022-03/.. Hired six engineers and ran performance reviews",
            "1 2019-01/2022-02 Built the billing pipeline",
            "2 2015-01/2018-12 Ran the incident reviews",
            "3 2012-06/2014-12 Wrote the deploy scripts",
        ]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_counted(&document);
}

#[test]
fn tags_over_lines_and_comments_hold_no_activity_and_a_summary_keeps_its_words() {
    let (document, warnings) = read_document(
        "notes.md",
        concat!(
            "<img align=\"right\" width=\"400\"\n",
            "     src=\"https://x.example/stats?user=jane\" />\n",
            "\n",
            "<details>\n",
            "<summary>Launch work</summary>\n",
            "\n",
            "- Wrote the <del>roadmap</del> launch plan\n",
            "- Ran the go/no-go review <!-- ask Sam\n",
            "whether this counts -->\n",
            "\n",
            "</details>\n",
        ),
    );
    // A summary keeps its words.
    assert_eq!(
        activity_texts(&document),
        ["Launch work", "Wrote the launch plan", "Ran the go/no-go review"]
    );
    assert_eq!(
        warnings,
        [
            "rolemap: warning: notes.md:1: 4 lines were read as metadata (lines of HTML tags alone (<ul>, <details>)), not as activities"
        ]
    );
    assert_counted(&document);
}

#[test]
fn what_only_looks_like_a_tag_stays_text() {
    let (document, warnings) = read_document(
        "brag.md",
        concat!(
            "- Cut p99 from 400 ms to < 200 ms\n",
            "- Kept the error rate <1% and <3 the team\n",
            "- Replaced `<table>` layouts with a grid\n",
            "- Taught the team to use <Vec> and <T> well\n",
            "- Wrote \\<b> tags in the style guide\n",
            "\n",
            // No attribute on the line after it: no tag over lines.
            "<img src=\"a.png\"\n",
            "- Led the review with <b nearly doubled attendance\n",
        ),
    );
    assert_eq!(
        activity_texts(&document),
        [
            "Cut p99 from 400 ms to < 200 ms",
            "Kept the error rate <1% and <3 the team",
            "Replaced <table> layouts with a grid",
            "Taught the team to use <Vec> and <T> well",
            "Wrote <b> tags in the style guide",
            "<img src=\"a.png\"",
            "Led the review with <b nearly doubled attendance",
        ]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_counted(&document);
}

#[test]
fn a_web_page_s_escaped_tags_stay_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = temp_file(
        &dir,
        "brag.html",
        b"<!DOCTYPE html><html><body><ul><li>Replaced &lt;table&gt; layouts with a grid</li><li>Documented &lt;!-- markers</li><li>Ran the review</li></ul></body></html>",
    );
    let (code, stdout, stderr) = run_bytes(&["--format", "json", path_str(&page)], None);
    assert_eq!(code, Some(0), "{stderr}");
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(
        activity_texts(&report["documents"][0]),
        [
            "Replaced <table> layouts with a grid",
            "Documented <!-- markers",
            "Ran the review"
        ]
    );
    assert!(!stderr.contains("never closes"), "{stderr}");
}

#[test]
fn confluence_wiki_markup_reads_its_headings_items_tables_and_links() {
    let (document, warnings) = read_document(
        "wiki.txt",
        concat!(
            "h1. Brag doc\n",
            "{toc}\n",
            "h2. Q2 2025\n",
            "* Ran the hiring loop for three engineers\n",
            "** Wrote the onboarding guide\n",
            "# Coordinated the release train across four teams\n",
            "# Drafted the *PRD* for _checkout_\n",
            "## Closed the vendor contract\n",
            "\n",
            "||Date||What||\n",
            "|2025-05|Hired a [staff engineer|https://jobs.example/1]|\n",
        ),
    );
    assert_eq!(
        activity_rows(&document),
        [
            "null 2025-Q2 Ran the hiring loop for three engineers",
            "null 2025-Q2 Wrote the onboarding guide",
            "null 2025-Q2 Coordinated the release train across four teams",
            "null 2025-Q2 Drafted the PRD for checkout",
            "null 2025-Q2 Closed the vendor contract",
            "null 2025-05 Hired a staff engineer",
        ]
    );
    assert_eq!(
        warnings,
        [
            "rolemap: warning: wiki.txt:2: 1 line was read as metadata (Confluence macros ({toc}, {code})), not as an activity"
        ]
    );
    assert_counted(&document);
}

#[test]
fn without_a_confluence_heading_markdown_stays_markdown() {
    let (document, warnings) = read_document(
        "brag.md",
        concat!(
            "# Q2 2025\n",
            "\n",
            "- Ran the [planning|review] and h2. tags stay\n",
            "* Wrote the {{PRD}}\n",
        ),
    );
    assert_eq!(
        activity_rows(&document),
        [
            "null 2025-Q2 Ran the [planning|review] and h2. tags stay",
            "null 2025-Q2 Wrote the {{PRD}}",
        ]
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_counted(&document);
}

#[test]
fn a_google_docs_export_s_escapes_are_their_characters() {
    let (document, warnings) = read_document(
        "export.md",
        concat!(
            "## Q1 2025\n",
            "\n",
            "- Grew ARR 3x \\- from \\$1M to \\$3M\n",
            "- Launched v2\\.0 of the \\[beta\\] C\\+\\+ SDK \\[+\\]\n",
            "- Fixed the snake\\_case bug and ran the \\#1 NPS push\n",
            "- Shipped \\*more\\* than planned, p99 \\< 200 ms\n",
            "\n",
            "\\# of incidents halved\n",
            "\n",
            "1\\. Hired two engineers\n",
            "\n",
            "Moved ..\\..\\src and C:\\build, not `a\\-b`\n",
        ),
    );
    assert_eq!(
        activity_texts(&document),
        [
            "Grew ARR 3x - from $1M to $3M",
            "Launched v2.0 of the [beta] C++ SDK",
            "Fixed the snake_case bug and ran the #1 NPS push",
            "Shipped *more* than planned, p99 < 200 ms",
            "# of incidents halved",
            "1. Hired two engineers",
            "Moved ..\\..\\src and C:\\build, not a\\-b",
        ]
    );
    // `\[+\]` is an energy marker.
    assert_eq!(document["activities"][1]["energy"], "+");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_counted(&document);
}

#[test]
fn a_line_of_badges_or_images_is_no_activity() {
    let (document, warnings) = read_document(
        "README.md",
        concat!(
            "# Jane Doe\n",
            "[![CI](https://github.com/jane/x/actions/workflows/ci.yml/badge.svg)](https://github.com/jane/x/actions) [![LinkedIn](https://img.shields.io/badge/-LinkedIn-blue)](https://linkedin.com/in/jane)\n",
            "\n",
            "- Ran the hiring loop for three engineers\n",
            "- ![diagram](docs/roadmap.png)\n",
            "- Wrote the PRD [![status](https://img.shields.io/badge/status-done-green)](https://x.example/prd)\n",
        ),
    );
    assert_eq!(
        activity_texts(&document),
        ["Ran the hiring loop for three engineers", "Wrote the PRD status"]
    );
    assert_eq!(
        warnings,
        [
            "rolemap: warning: README.md:2: 2 lines were read as metadata (lines of images or badges alone (![…](…))), not as activities"
        ]
    );
    assert_counted(&document);
}
