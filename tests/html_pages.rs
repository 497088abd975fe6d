//! End-to-end tests of web pages as input: a brag document saved from a browser or exported as
//! HTML is read as the text it shows, named or piped, with a warning that says so.

use serde_json::Value;

mod common;
use common::{path_str, run_bytes as run, temp_file};

const PAGE: &str = "<!DOCTYPE html>\n<html><head><title>Brag doc</title>\
    <style>li { color: red }</style><script>var x = '<li>Owned the roadmap</li>';</script></head>\n\
    <body><h1>Brag document</h1><h2>2025-03</h2><ul><li><p>Ran the <b>hiring loop</b> for two\n\
    senior engineers &amp; wrote the rubric</p></li><li>Owned the Q3 roadmap and wrote the PRD</li></ul>\n\
    <h2>2025-04</h2><ul><li>Tracked cross-team dependencies for the billing migration</li>\
    <li>Mentored two engineers</li></ul><!-- <li>Wrote a draft PRD</li> --></body></html>\n";

/// (date, role, text) of every activity of a `--format json` run's first document.
fn activities(stdout: &str) -> Vec<(String, String, String)> {
    let report: Value = serde_json::from_str(stdout).expect("JSON");
    report["documents"][0]["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|activity| {
            let text = |key: &str| activity[key].as_str().unwrap_or("-").to_string();
            (text("date"), text("role"), text("text"))
        })
        .collect()
}

fn expected() -> Vec<(String, String, String)> {
    [
        (
            "2025-03",
            "EM",
            "Ran the hiring loop for two senior engineers & wrote the rubric",
        ),
        ("2025-03", "PM", "Owned the Q3 roadmap and wrote the PRD"),
        (
            "2025-04",
            "TPM",
            "Tracked cross-team dependencies for the billing migration",
        ),
        ("2025-04", "EM", "Mentored two engineers"),
    ]
    .iter()
    .map(|&(date, role, text)| (date.to_string(), role.to_string(), text.to_string()))
    .collect()
}

#[test]
fn a_saved_page_is_read_as_the_text_it_shows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = temp_file(&dir, "brag.html", PAGE.as_bytes());
    let (code, stdout, stderr) = run(&["--format", "json", path_str(&page)], None);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(activities(&stdout), expected());
    assert!(
        stderr.contains("brag.html: read as an HTML page"),
        "the warning names the file: {stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "one warning: {stderr}");
}

#[test]
fn a_page_piped_in_is_told_by_its_first_tag() {
    let (code, stdout, stderr) = run(&["--format", "json", "-"], Some(PAGE.as_bytes()));
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(activities(&stdout), expected());
    assert!(stderr.contains("<stdin>: read as an HTML page"), "{stderr}");
}

#[test]
fn a_fragment_named_html_is_a_page_and_a_note_naming_a_tag_is_not() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fragment = temp_file(
        &dir,
        "notes.HTM",
        b"<ul><li>Mentored two engineers</li><li>Wrote the PRD</li></ul>",
    );
    let (code, stdout, stderr) = run(&["--format", "json", path_str(&fragment)], None);
    assert_eq!(code, Some(0), "{stderr}");
    let texts: Vec<String> = activities(&stdout).into_iter().map(|(_, _, text)| text).collect();
    assert_eq!(texts, ["Mentored two engineers", "Wrote the PRD"]);

    let note = temp_file(&dir, "notes.md", b"- Wrote <html> email templates for the launch\n");
    let (code, stdout, stderr) = run(&["--format", "json", path_str(&note)], None);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(!stderr.contains("HTML page"), "{stderr}");
    assert_eq!(activities(&stdout)[0].2, "Wrote <html> email templates for the launch");
}

#[test]
fn no_escape_sequence_comes_out_of_a_page() {
    let page = "<html><body><ul><li>Led &#27;[31mthe launch&#x1b;]0;pwned&#7;</li>\
        <li>Ran the \u{1b}[2Jreview</li></ul></body></html>";
    for format in ["table", "json", "csv", "markdown"] {
        let (code, stdout, stderr) = run(&["--format", format, "--explain", "-"], Some(page.as_bytes()));
        assert_eq!(code, Some(0), "{stderr}");
        assert!(
            !stdout.contains('\u{1b}') && !stdout.contains('\u{7}'),
            "{format}: {stdout:?}"
        );
        assert!(!stderr.contains('\u{1b}'), "{format}: {stderr:?}");
    }
}

#[test]
fn a_folder_leaves_its_pages_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    temp_file(&dir, "notes.md", b"- Mentored two engineers\n");
    temp_file(&dir, "report.html", PAGE.as_bytes());
    let (code, stdout, stderr) = run(&["--format", "json", path_str(dir.path())], None);
    assert_eq!(code, Some(0), "{stderr}");
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(report["documents"].as_array().expect("documents").len(), 1);
    assert!(
        stderr.contains("report.html"),
        "the page is named among the files not read: {stderr}"
    );
}

#[test]
fn an_unclosed_script_is_named_not_silently_swallowed() {
    let page =
        b"<html><body><ul><li>Mentored two engineers</li></ul><script>var a = 1;\n<ul><li>Wrote the PRD</li></ul>";
    let (code, stdout, stderr) = run(&["--format", "json", "-"], Some(page));
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(activities(&stdout).len(), 1);
    assert!(
        stderr.contains("<stdin>:2: a <script> element never closes: the page's text after it was left out"),
        "{stderr}"
    );
}

#[test]
fn a_google_docs_table_keeps_each_row_on_one_line() {
    let page = "<html><body><table><tr><td><p><span>Mar 2025</span></p></td>\
        <td><p><span>Shipped the checkout redesign</span></p></td>\
        <td><p><span>and hired two engineers</span></p></td></tr></table></body></html>";
    let (code, stdout, stderr) = run(&["--format", "json", "-"], Some(page.as_bytes()));
    assert_eq!(code, Some(0), "{stderr}");
    let found = activities(&stdout);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "2025-03");
    assert_eq!(found[0].2, "Shipped the checkout redesign — and hired two engineers");
}

#[test]
fn a_utf16_page_is_read_as_a_page() {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in PAGE.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let page = temp_file(&dir, "brag.htm", &bytes);
    let (code, stdout, stderr) = run(&["--format", "json", path_str(&page)], None);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(activities(&stdout), expected());
}

#[test]
fn a_tables_row_of_column_names_is_no_activity_and_a_date_cell_dates_its_row() {
    let page = "<html><body><table><thead><tr><th>Date</th><th>What</th><th>Impact</th></tr></thead>\
        <tbody><tr><td>2025-03</td><td>Ran the hiring loop for two senior engineers</td><td>Team of 8</td></tr>\
        </tbody></table><h2>Q2</h2><table><tr><th>Date</th><th>What</th></tr></table></body></html>";
    let (code, stdout, stderr) = run(&["--format", "json", "-"], Some(page.as_bytes()));
    assert_eq!(code, Some(0), "{stderr}");
    let found = activities(&stdout);
    assert_eq!(
        found,
        vec![(
            "2025-03".to_string(),
            "EM".to_string(),
            "Ran the hiring loop for two senior engineers — Team of 8".to_string()
        )]
    );
}

#[test]
fn a_paragraph_is_text_even_when_it_starts_like_markup_and_struck_spans_are_dropped() {
    let page = "<html><body><p># of incidents halved by running the on-call rotation</p>\
        <p>== Q2 ==</p><p><span style=\"text-decoration: line-through\">Wrote the PRD for search</span></p>\
        <p>Owned the roadmap <span style=\"text-decoration:line-through\">and the launch</span></p></body></html>";
    let (code, stdout, stderr) = run(&["--format", "json", "-"], Some(page.as_bytes()));
    assert_eq!(code, Some(0), "{stderr}");
    let texts: Vec<String> = activities(&stdout).into_iter().map(|(_, _, text)| text).collect();
    assert_eq!(
        texts,
        vec![
            "# of incidents halved by running the on-call rotation",
            "== Q2 ==",
            "Owned the roadmap"
        ]
    );
    // A warning quotes the paragraph as the page shows it, not as escaped to be read as text.
    let page = "<html><body><p>&gt; Q1 2025 wins</p><ul><li>Wrote the PRD for search</li></ul></body></html>";
    let (code, _, stderr) = run(&["--format", "json", "-"], Some(page.as_bytes()));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("<stdin>:1: \"> Q1 2025 wins\" was read as the document's header"),
        "{stderr}"
    );
}
