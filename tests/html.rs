//! The HTML report, read back with a WHATWG tokenizer: well formed (no parse error, every
//! element closed in order, no control character but line feeds and tabs), nothing external (no script, no URL but in-page links and the empty
//! data: icon), every user string escaped (an activity, a name and a file name holding
//! `<script>` come back as text, their terminal escapes and bidirectional controls as `\x1b` and
//! `\u{202e}`), and everything the report says is on the page.
//!
//! `tests/browser/check_report.py` renders the same pages in headless Chromium (`.ci/run`).

use std::collections::BTreeMap;

use html5gum::{DefaultEmitter, Token, Tokenizer};

mod common;
use common::{path_str, rolemap, temp_file};

/// Elements with no end tag.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
];

/// One element as the tokenizer saw it.
#[derive(Debug, Clone)]
struct Element {
    name: String,
    attributes: BTreeMap<String, String>,
    /// The text directly and indirectly inside it, decoded.
    text: String,
}

impl Element {
    fn classes(&self) -> Vec<&str> {
        self.attributes
            .get("class")
            .map(|c| c.split_whitespace().collect())
            .unwrap_or_default()
    }
}

/// A page read back: its elements in document order, with the parse errors and nesting problems
/// found on the way.
#[derive(Debug, Default)]
struct Page {
    elements: Vec<Element>,
    problems: Vec<String>,
    doctype: bool,
}

impl Page {
    fn parse(html: &str) -> Page {
        let mut emitter = DefaultEmitter::default();
        // `<style>`, `<title>` and friends hold raw text, as a browser reads them.
        emitter.naively_switch_states(true);
        let mut page = Page::default();
        let mut open: Vec<usize> = Vec::new();
        for token in Tokenizer::new_with_emitter(html, emitter) {
            let Ok(token) = token;
            match token {
                Token::Doctype(_) => page.doctype = true,
                Token::StartTag(tag) => {
                    let name = String::from_utf8_lossy(&tag.name).to_string();
                    let attributes = tag
                        .attributes
                        .iter()
                        .map(|(k, v)| {
                            (
                                String::from_utf8_lossy(k).to_string(),
                                String::from_utf8_lossy(v).to_string(),
                            )
                        })
                        .collect();
                    page.elements.push(Element {
                        name: name.clone(),
                        attributes,
                        text: String::new(),
                    });
                    if !VOID.contains(&name.as_str()) && !tag.self_closing {
                        open.push(page.elements.len() - 1);
                    }
                }
                Token::EndTag(tag) => {
                    let name = String::from_utf8_lossy(&tag.name).to_string();
                    match open.pop() {
                        Some(index) if page.elements[index].name == name => {}
                        Some(index) => page
                            .problems
                            .push(format!("</{name}> closes <{}>", page.elements[index].name)),
                        None => page.problems.push(format!("</{name}> with nothing open")),
                    }
                }
                Token::String(text) => {
                    let text = String::from_utf8_lossy(&text).to_string();
                    for &index in &open {
                        page.elements[index].text.push_str(&text);
                    }
                }
                Token::Comment(_) => {}
                Token::Error(error) => page.problems.push(format!("parse error: {error:?}")),
            }
        }
        for index in open {
            page.problems
                .push(format!("<{}> never closed", page.elements[index].name));
        }
        page
    }

    fn all<'a>(&'a self, name: &'a str, class: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements
            .iter()
            .filter(move |e| e.name == name && (class.is_empty() || e.classes().contains(&class)))
    }
}

/// The report of `args` as HTML, parsed; asserts it is well formed and fetches nothing.
fn html_of(args: &[&str], code: i32) -> (String, Page) {
    let output = rolemap()
        .args(args)
        .args(["--format", "html"])
        .env("NO_COLOR", "1")
        .output()
        .expect("run rolemap");
    assert_eq!(
        output.status.code(),
        Some(code),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let html = String::from_utf8(output.stdout).expect("UTF-8");
    let page = Page::parse(&html);
    assert!(page.doctype, "a doctype");
    assert!(page.problems.is_empty(), "not well formed: {:?}", page.problems);
    assert_no_control_characters(&html);
    assert_self_contained(&page, &html);
    (html, page)
}

/// No control character (invalid in HTML, and acted on by a terminal the page is printed to)
/// but line feeds and tabs, and no bidirectional control (which reorders what a reader sees).
fn assert_no_control_characters(html: &str) {
    let bidi =
        |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}');
    let found: Vec<char> = html
        .chars()
        .filter(|&c| (c.is_control() && c != '\n' && c != '\t') || bidi(c))
        .collect();
    assert!(found.is_empty(), "control characters in the page: {found:?}");
}

/// No script, frame, object or image; no attribute that loads or links anywhere but the page
/// itself; no stylesheet import or url().
fn assert_self_contained(page: &Page, html: &str) {
    for element in &page.elements {
        assert!(
            ![
                "script", "iframe", "object", "embed", "img", "video", "audio", "base", "form"
            ]
            .contains(&element.name.as_str()),
            "<{}> in a self-contained page",
            element.name
        );
        for (name, value) in &element.attributes {
            assert!(!name.starts_with("on"), "event handler {name}={value:?}");
            if ["href", "src", "xlink:href", "action", "srcset", "poster", "data"].contains(&name.as_str()) {
                let local = value.starts_with('#') || value == "data:,";
                assert!(local, "<{} {name}={value:?}> points outside the page", element.name);
            }
            if name == "style" {
                assert!(!value.contains("url("), "style={value:?} loads something");
            }
        }
        if element.name == "link" {
            assert_eq!(
                element.attributes.get("rel").map(String::as_str),
                Some("icon"),
                "{element:?}"
            );
        }
    }
    for style in page.all("style", "") {
        assert!(
            !style.text.contains("url(") && !style.text.contains("@import"),
            "the CSS loads something"
        );
    }
    // Not even a URL in the text outside attributes (SVG inline in HTML needs no namespace URL).
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "a URL in the page"
    );
}

fn json_of(args: &[&str], code: i32) -> serde_json::Value {
    let output = rolemap()
        .args(args)
        .args(["--format", "json"])
        .output()
        .expect("run rolemap");
    assert_eq!(output.status.code(), Some(code));
    serde_json::from_slice(&output.stdout).expect("JSON")
}

/// Every activity's text, as the page shows it (`span.text` of each `li.act`) and as JSON has it.
fn activity_texts(page: &Page) -> Vec<String> {
    page.all("span", "text").map(|e| e.text.clone()).collect()
}

fn json_texts(report: &serde_json::Value) -> Vec<String> {
    let mut texts: Vec<String> = report["documents"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|d| d["activities"].as_array().cloned().unwrap_or_default())
        .filter_map(|a| a["text"].as_str().map(str::to_string))
        .collect();
    texts.sort();
    texts
}

#[test]
fn the_brag_report_is_well_formed_self_contained_and_complete() {
    let (_, page) = html_of(&["examples/brag.md"], 0);
    let report = json_of(&["examples/brag.md"], 0);
    let document = &report["documents"][0];
    // The headline: the verdict and the energy.
    let headline = page
        .elements
        .iter()
        .find(|e| e.attributes.get("id").map(String::as_str) == Some("headline"))
        .expect("a headline");
    let verdict = document["verdict"]["role"].as_str().expect("a verdict");
    let energy = document["verdict"]["energy_role"].as_str().expect("an energy role");
    assert!(
        headline.text.contains(verdict) && headline.text.contains(energy),
        "{}",
        headline.text
    );
    // Every activity, in full.
    let mut shown = activity_texts(&page);
    shown.sort();
    assert_eq!(shown, json_texts(&report));
    // The chart: one column per period, labeled as JSON labels them, with a text alternative.
    let chart = page.all("svg", "chart").next().expect("a chart");
    assert_eq!(chart.attributes.get("role").map(String::as_str), Some("img"));
    let labelled = chart.attributes.get("aria-labelledby").expect("labelled");
    for id in labelled.split_whitespace() {
        let labeller = page
            .elements
            .iter()
            .find(|e| e.attributes.get("id") == Some(&id.to_string()))
            .expect("the label exists");
        assert!(["title", "desc"].contains(&labeller.name.as_str()) && !labeller.text.is_empty());
    }
    let columns: Vec<&str> = page
        .all("g", "column")
        .filter_map(|g| g.attributes.get("data-period").map(String::as_str))
        .collect();
    let periods: Vec<&str> = document["periods"]
        .as_array()
        .expect("periods")
        .iter()
        .filter_map(|p| p["period"].as_str())
        .collect();
    assert_eq!(columns, periods);
    // ...and its numbers in a table.
    let table = page.all("table", "periods").next().expect("the chart's numbers");
    for period in &periods {
        assert!(table.text.contains(period), "{period} in the table");
    }
    // Matched terms are highlighted in the role's colour; the rules are a click away.
    assert!(page.all("mark", "m0").count() > 5 && page.all("mark", "m2").count() > 5);
    assert_eq!(
        page.all("details", "").count(),
        document["activities"].as_array().map_or(0, Vec::len)
    );
    assert!(page.all("ul", "rules").count() > 0);
    // Readable on a phone.
    assert!(
        page.all("meta", "")
            .any(|m| m.attributes.get("name").map(String::as_str) == Some("viewport"))
    );
}

#[test]
fn a_team_report_has_a_table_of_people_and_a_section_each() {
    let (_, page) = html_of(&["examples/team/"], 1);
    let report = json_of(&["examples/team/"], 1);
    let people = page
        .elements
        .iter()
        .find(|e| e.attributes.get("id").map(String::as_str) == Some("people-table"))
        .expect("a table of people");
    for name in [
        "Alex Moreno",
        "Casey Lindqvist",
        "Jordan Bailey",
        "Priya Raman",
        "Sam Whitfield",
    ] {
        assert!(people.text.contains(name), "{name} in {}", people.text);
    }
    assert!(people.text.contains("FAIL") && people.text.contains("pass"));
    assert_eq!(page.all("section", "person").count(), 5);
    let mut shown = activity_texts(&page);
    shown.sort();
    assert_eq!(shown, json_texts(&report));
}

#[test]
fn user_text_is_escaped_everywhere() {
    let dir = tempfile::tempdir().expect("temp dir");
    let hostile = "<script>alert(1)</script>";
    let text = format!(
        "---\nname: Eve \"<img src=x onerror=alert(2)>\"\x1b]0;pwned\x07\n---\n## 2025-Q1\n- Wrote the PRD for {hostile} & friends (+)\n- Hired two engineers `</li></ol><b>bold</b>`\n- Ran the roadmap review \x1b[31mRED\u{9b}31m \u{202e}txet\n"
    );
    let path = temp_file(dir.path(), "x<b>y\x1b[2J.md", text.as_bytes());
    let (html, page) = html_of(&[path_str(&path)], 0);
    assert!(!html.contains(hostile), "unescaped <script>");
    // (Matched words inside it are highlighted, so it is split by <mark>s: escaped pieces.)
    assert!(html.contains("for &lt;") && html.contains("&amp; friends"));
    assert!(page.all("b", "").next().is_none(), "user text became markup");
    // (Tags in a Markdown line are read as Markdown; written in a code span they are its text.)
    let texts = activity_texts(&page);
    assert!(
        texts
            .iter()
            .any(|t| t == &format!("Wrote the PRD for {hostile} & friends")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t == "Hired two engineers </li></ol><b>bold</b>"),
        "{texts:?}"
    );
    // Terminal escapes and bidirectional controls are shown, as the table shows them.
    assert!(
        texts
            .iter()
            .any(|t| t == "Ran the roadmap review \\x1b[31mRED\\u{9b}31m \\u{202e}txet"),
        "{texts:?}"
    );
    // The name and the file name come back as text too.
    let title = page.all("title", "").next().expect("a title");
    assert!(
        title.text.contains("x<b>y\\x1b[2J.md")
            && title.text.contains("<img src=x onerror=alert(2)>\"\\x1b]0;pwned\\x07"),
        "{}",
        title.text
    );
}

#[test]
fn every_kind_of_input_gives_a_well_formed_self_contained_page() {
    let cases: [(&[&str], i32); 6] = [
        (&["examples/resume.txt"], 0),
        (&["examples/resume-pasted.txt", "--by", "year"], 0),
        (
            &[
                "examples/reviews.csv",
                "--column",
                "answer",
                "--id-column",
                "employee_id",
                "--role-column",
                "job_title",
                "--name-column",
                "employee_name",
            ],
            1,
        ),
        (
            &[
                "examples/brag.md",
                "--months",
                "12",
                "--as-of",
                "2026-09-30",
                "--by",
                "month",
            ],
            0,
        ),
        (&["examples/brag.md", "--energy-only"], 0),
        (&["-"], 0),
    ];
    for (args, code) in cases {
        let output = rolemap()
            .args(args)
            .args(["--format", "html"])
            .write_stdin("- Went to lunch\n")
            .output()
            .expect("run rolemap");
        assert_eq!(output.status.code(), Some(code), "{args:?}");
        let html = String::from_utf8(output.stdout).expect("UTF-8");
        let page = Page::parse(&html);
        assert!(page.problems.is_empty(), "{args:?}: {:?}", page.problems);
        assert_no_control_characters(&html);
        assert_self_contained(&page, &html);
        let report = json_of(args, code);
        let mut shown = activity_texts(&page);
        shown.sort();
        if args != ["-"] {
            assert_eq!(shown, json_texts(&report), "{args:?}");
        }
    }
    // The window's left-out activities are listed apart, saying why.
    let (_, page) = html_of(&["examples/brag.md", "--months", "12", "--as-of", "2026-09-30"], 0);
    let left_out = page
        .all("h4", "")
        .find(|h| h.text.starts_with("Left out"))
        .expect("a left-out group");
    assert!(left_out.text.ends_with("30"), "{}", left_out.text);
}

#[test]
fn html_goes_to_a_file_with_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("report.html");
    rolemap()
        .args(["examples/brag.md", "--format", "html", "--output", path_str(&out)])
        .assert()
        .success()
        .stdout("");
    let html = std::fs::read_to_string(&out).expect("written");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(Page::parse(&html).problems.is_empty());
}

#[test]
fn a_page_shows_a_bounded_number_of_documents_and_says_how_many_more_it_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut sheet = String::from("id,answer\n");
    for i in 0..2_050 {
        sheet.push_str(&format!("E{i:04},Led the hiring loop number {i}\n"));
    }
    let path = temp_file(dir.path(), "people.csv", sheet.as_bytes());
    let (html, page) = html_of(&[path_str(&path), "--column", "answer", "--id-column", "id"], 0);
    assert_eq!(page.all("section", "person").count(), 2_000);
    assert!(
        html.contains("This page shows 2000 documents at most; 50 more are counted in the figures"),
        "a note on the documents not shown"
    );
    // The title and the figures count every document and activity.
    assert!(html.contains("<title>rolemap — 2050 documents</title>"));
    assert!(html.contains("2050 documents · 2050 activities"));
    assert!(html.contains("people.csv#E1999") && !html.contains("people.csv#E2000"));
}

#[test]
fn a_page_lists_a_bounded_number_of_activities_and_says_how_many_more_it_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text: String = (0..6_000).map(|i| format!("- Wrote PRD number {i}\n")).collect();
    let path = temp_file(dir.path(), "long.md", text.as_bytes());
    let (html, page) = html_of(&[path_str(&path)], 0);
    assert_eq!(activity_texts(&page).len(), 5_000);
    assert!(
        html.contains("This page lists 5000 activities at most; 1000 more of this document are counted"),
        "a note on the activities not listed"
    );
    // The figures count every activity.
    assert!(html.contains("6000 activities"), "the facts line counts all 6,000");
}
