//! End-to-end tests of notes apps' files: the lines Logseq, org-mode, AsciiDoc, Obsidian and a
//! Notion export write of their own (properties, keywords, planning lines, drawers, attributes,
//! comments, embeds, HTML block tags) hold no activity, are skipped and said to be, and AsciiDoc
//! titles date the work under them as Markdown headings do.

use serde_json::Value;

mod common;
use common::rolemap;

/// Runs rolemap on `text` from standard input with `--format json`: the document and stderr.
fn read(text: &str, args: &[&str]) -> (Value, String) {
    let output = rolemap()
        .args([&["--format", "json", "-"], args].concat())
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 stdout");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 stderr");
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("JSON ({e}): {stdout}\n{stderr}"));
    (report["documents"][0].clone(), stderr)
}

/// The activities' lines and texts.
fn activities(document: &Value) -> Vec<(u64, &str)> {
    list(document)
        .iter()
        .map(|a| (a["line"].as_u64().expect("line"), a["text"].as_str().expect("text")))
        .collect()
}

/// The activities' roles (`-` for none).
fn roles(document: &Value) -> Vec<&str> {
    list(document)
        .iter()
        .map(|a| a["role"].as_str().unwrap_or("-"))
        .collect()
}

fn list(document: &Value) -> &Vec<Value> {
    document["activities"].as_array().expect("activities")
}

/// Every term matched in the document, as written.
fn matched(document: &Value) -> Vec<String> {
    list(document)
        .iter()
        .flat_map(|a| a["matches"].as_array().expect("matches").iter())
        .map(|m| m["matched"].as_str().expect("matched").to_string())
        .collect()
}

#[test]
fn logseq_properties_neither_join_a_bullet_nor_count() {
    let (document, stderr) = read(
        concat!(
            "title:: Work log\n",
            "- Fixed the flaky integration tests\n",
            "  tags:: roadmap, hiring, stakeholder management\n",
            "  id:: 65f0c2aa-91d3\n",
            "- Bumped the serde version\n",
            "\ttemplate:: 1:1s\n",
            "\tcollapsed:: true\n",
        ),
        &[],
    );
    assert_eq!(
        activities(&document),
        vec![
            (2, "Fixed the flaky integration tests"),
            (5, "Bumped the serde version")
        ]
    );
    assert_eq!(roles(&document), vec!["-", "-"]);
    assert_eq!(
        stderr,
        "rolemap: warning: <stdin>:1: 5 lines were read as metadata (Logseq properties (key:: value)), not as activities\n"
    );
}

#[test]
fn org_keywords_planning_lines_drawers_and_heading_tags_are_left_out() {
    let (document, stderr) = read(
        concat!(
            "#+TITLE: Wins\n",
            "#+OPTIONS: toc:nil\n",
            "- Wrote the pricing PRD\n",
            "  CLOSED: [2025-02-03 Mon 10:00]\n",
            "- Coached two new leads\n",
            "  SCHEDULED: <2025-02-10 Mon>\n",
            "  :PROPERTIES:\n",
            "  :EFFORT:   2h\n",
            "  :END:\n",
            "- Rolled out the ledger migration   :program:infra:\n",
        ),
        &[],
    );
    assert_eq!(
        activities(&document),
        vec![
            (3, "Wrote the pricing PRD"),
            (5, "Coached two new leads"),
            (10, "Rolled out the ledger migration   :program:infra:"),
        ]
    );
    // Org tags end an org heading only (a `*` line); no scheduled date is a term.
    assert!(
        matched(&document).iter().all(|m| !m.contains("SCHEDULED")),
        "{document}"
    );
    assert_eq!(
        stderr,
        "rolemap: warning: <stdin>:1: 7 lines were read as metadata (org-mode keywords (#+TITLE:), org-mode planning lines (SCHEDULED:), org-mode drawers (:PROPERTIES: … :END:)), not as activities\n"
    );
    let (document, _) = read("** DONE Rolled out the ledger migration :program:\n", &[]);
    assert!(matched(&document).iter().all(|m| !m.contains(':')), "{document}");
}

#[test]
fn an_org_drawer_that_never_closes_is_read_and_warned_about() {
    let (document, stderr) = read(":LOGBOOK:\n- Ran the hiring loop\n", &[]);
    assert_eq!(
        activities(&document),
        vec![(1, ":LOGBOOK:"), (2, "Ran the hiring loop")]
    );
    assert_eq!(roles(&document), vec!["-", "EM"]);
    assert_eq!(
        stderr,
        "rolemap: warning: <stdin>:1: an org-mode drawer (:PROPERTIES: … :END:) opens here and never closes: its 2 lines were read as text\n"
    );
}

#[test]
fn asciidoc_titles_date_their_sections_and_attributes_are_left_out() {
    let (document, stderr) = read(
        concat!(
            "= Wins 2025\n",
            ":toc:\n",
            ":author: Jane Doe\n",
            "\n",
            "== Q1 2025\n",
            "\n",
            "* Ran 1:1s with six engineers\n",
            "\n",
            "== Q3 2025\n",
            "\n",
            "* Tracked cross-team dependencies for the data migration\n",
        ),
        &["--by", "quarter"],
    );
    assert_eq!(
        activities(&document),
        vec![
            (7, "Ran 1:1s with six engineers"),
            (11, "Tracked cross-team dependencies for the data migration"),
        ]
    );
    let dates: Vec<&str> = list(&document)
        .iter()
        .map(|a| a["date"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(dates, vec!["2025-Q1", "2025-Q3"]);
    assert!(
        stderr.contains("<stdin>:2: 2 lines were read as metadata (AsciiDoc attributes (:toc:)), not as activities"),
        "{stderr}"
    );
    // Outside an AsciiDoc document `:name: text` may be a chat's emoji, and stays.
    let (document, stderr) = read(":rocket: Shipped the pricing page\n", &[]);
    assert_eq!(activities(&document).len(), 1);
    assert_eq!(stderr, "");
}

#[test]
fn obsidian_comments_embeds_and_tags_hold_no_activity() {
    let (document, stderr) = read(
        concat!(
            "## 2025-04\n",
            "- Tracked cross-team dependencies for the [[Ledger migration]] #program\n",
            "- ![[roadmap-q2.png]]\n",
            "- %% remember: promo packet %%\n",
            "- Ran 1:1s %% with Sam %% every week\n",
            "%%\n",
            "- Wrote the product roadmap\n",
            "%%\n",
        ),
        &[],
    );
    assert_eq!(
        activities(&document),
        vec![
            (2, "Tracked cross-team dependencies for the [[Ledger migration]]"),
            (5, "Ran 1:1s every week"),
        ]
    );
    assert!(matched(&document).iter().all(|m| !m.contains('#')), "{document}");
    assert_eq!(
        stderr,
        "rolemap: warning: <stdin>:3: 1 line was read as metadata (Obsidian embeds (![[…]])), not as an activity\n"
    );
}

#[test]
fn notion_html_block_tags_are_no_headings_and_a_summary_keeps_its_words() {
    let (document, stderr) = read(
        concat!(
            "# Review\n",
            "<aside>\n",
            "Tip: be concrete.\n",
            "</aside>\n",
            "- Ran the hiring loop for two teams\n",
            "<details>\n",
            "<summary>Launch work</summary>\n",
            "- Coordinated the launch plan across four teams\n",
            "</details>\n",
        ),
        &[],
    );
    let texts: Vec<&str> = activities(&document).into_iter().map(|(_, text)| text).collect();
    assert!(texts.iter().all(|text| !text.contains('<')), "{texts:?}");
    assert!(texts.contains(&"Ran the hiring loop for two teams"), "{texts:?}");
    assert!(
        texts.contains(&"Coordinated the launch plan across four teams"),
        "{texts:?}"
    );
    assert!(
        stderr.contains(
            "<stdin>:2: 4 lines were read as metadata (lines of HTML tags alone (<ul>, <details>)), not as activities"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("aside>\""), "{stderr}");
}

#[test]
fn plain_lists_are_read_as_before() {
    let (document, stderr) = read(
        concat!(
            "- Cut p99 latency 40% for checkout\n",
            "- Fixed issue #4521 in the billing job\n",
            "- Led the #hiring push for the platform team\n",
            "* Q4 highlights:\n",
            "- Note::value is a typo, not a property\n",
        ),
        &[],
    );
    assert_eq!(activities(&document).len(), 5, "{document}");
    assert_eq!(stderr, "");
}
