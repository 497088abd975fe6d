//! End-to-end tests of the ninth reading pass, on what an export or a chat wraps around the
//! work: a Google Doc downloaded with its comments (an anchor glued to each commented passage,
//! `relaunch[a]`, and the comments listed after the text, `[a]Jane Doe: …`) is read as its
//! text, the anchors taken out and the comments — others' words — read as none of the work, with
//! one warning; a Slack conversation's thread lines (`2 replies`, `View thread`, `Also sent to
//! the channel`) are metadata and its `(edited)` marks no words — while lines like them where no
//! comment or chat is shown stay as written.

mod common;
use common::{activity_texts, read_document as read};

/// Each of `document`'s roles with how many activities voted for it, as `PM 2`.
fn votes(document: &serde_json::Value) -> Vec<String> {
    document["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .map(|role| format!("{} {}", role["role"].as_str().expect("role"), role["activities"]))
        .collect()
}

/// Whether one of `warnings` holds `text`.
fn warned(warnings: &[String], text: &str) -> bool {
    warnings.iter().any(|w| w.contains(text))
}

/// `lines = activities + continuations + skipped` for `document`'s totals, and its skipped lines.
fn skipped(document: &serde_json::Value) -> u64 {
    let totals = &document["totals"];
    let count = |key: &str| totals[key].as_u64().expect("count");
    assert_eq!(
        count("lines"),
        count("activities") + count("continuations") + count("skipped"),
        "{totals}"
    );
    count("skipped")
}

/// A product manager's half-year notes downloaded from Google Docs as plain text, with the
/// comments their manager and peers left: the comments speak of coaching and hiring, which would
/// vote EM.
const COMMENTED: &str = "Product notes, H1 2025

- Ran discovery interviews with twelve customers on the billing page[a]
- Wrote the PRD for usage-based pricing[b] and got sign-off from finance
- Shipped the checkout redesign; conversion up 9%[c][d]
- Prioritised the Q3 roadmap with design and engineering

Thanks,
Mara



[a]Dana Whitfield: which segment were these? worth saying
Mara Quinn: mid-market, will add
_Marked as resolved_
[b]Luis Ortega: great coaching of the two new engineers on this, and the hiring loop you ran
_Assigned to Mara Quinn_
[c]Dana Whitfield: is 9% net of the holiday bump?
[d]Priya Raman: link the dashboard here
";

#[test]
fn a_google_docs_comments_are_others_words_and_its_anchors_no_words() {
    let (document, warnings) = read("notes.txt", COMMENTED);
    assert_eq!(
        activity_texts(&document),
        [
            "Ran discovery interviews with twelve customers on the billing page",
            "Wrote the PRD for usage-based pricing and got sign-off from finance",
            "Shipped the checkout redesign; conversion up 9%",
            "Prioritised the Q3 roadmap with design and engineering",
        ]
    );
    assert_eq!(document["totals"]["lines"].as_u64(), Some(19));
    assert_eq!(skipped(&document), 15);
    // The comment on coaching and hiring votes for no role.
    assert_eq!(document["verdict"]["role"], "PM");
    assert!(
        votes(&document)
            .iter()
            .all(|vote| vote.starts_with("PM") || vote.ends_with(" 0")),
        "{:?}",
        votes(&document)
    );
    let read_as_comments: Vec<&String> = warnings.iter().filter(|w| w.contains("Google Doc")).collect();
    assert_eq!(read_as_comments.len(), 1, "{warnings:?}");
    assert!(
        read_as_comments[0].ends_with(
            "notes.txt:13: 7 lines were read as the comments a Google Doc is exported with (4 comments, lines 13–19): others' words, not activities"
        ),
        "{warnings:?}"
    );
    // The sign-off above the comments is still the email's.
    assert!(
        warned(&warnings, "notes.txt:8: 2 lines were read as a pasted email's sign-off"),
        "{warnings:?}"
    );
}

#[test]
fn brackets_keep_their_meaning_in_a_commented_doc() {
    let text = "## 2025-03

- [x] Ran the pricing review[a] with finance (+)
- [ ] Write the launch plan for [search](https://docs.example.com/search)[b]
- Cut support tickets by 30%[1] after the help-centre rewrite
- [+] Led the design critique[c]; see [the brief][brief]

[brief]: https://docs.example.com/brief
[a]Omar Haddad: which quarter's numbers?
[b]Omar Haddad: add the date
[c]Jo Park: +1
";
    let (document, warnings) = read("march.md", text);
    assert_eq!(
        activity_texts(&document),
        [
            "Ran the pricing review with finance",
            "Write the launch plan for search",
            "Cut support tickets by 30%[1] after the help-centre rewrite",
            "Led the design critique; see [the brief][brief]",
        ]
    );
    let activities = document["activities"].as_array().expect("activities");
    assert_eq!(activities[0]["energy"], "+");
    assert_eq!(activities[1]["excluded_by"], "unchecked");
    assert_eq!(activities[3]["energy"], "+");
    // The reference's definition is a line of a link alone.
    assert_eq!(skipped(&document), 7);
    assert!(
        warned(
            &warnings,
            "march.md:9: 3 lines were read as the comments a Google Doc is exported with (3 comments, lines 9–11)"
        ),
        "{warnings:?}"
    );
}

#[test]
fn a_line_starting_with_an_anchor_no_line_used_is_text() {
    // Letters in brackets as a list's labels, and a glued `[i]` with no `[a]` before it.
    let text = "## Options we weighed for the migration
[a] Ran the vendor evaluation with procurement
[b] Built the cost model for the self-hosted option
Fixed the off-by-one in buf[i] before the cut-over
";
    let (document, warnings) = read("options.txt", text);
    assert_eq!(
        activity_texts(&document),
        [
            "[a] Ran the vendor evaluation with procurement",
            "[b] Built the cost model for the self-hosted option",
            "Fixed the off-by-one in buf[i] before the cut-over",
        ]
    );
    assert!(!warned(&warnings, "Google Doc"), "{warnings:?}");
}

#[test]
fn a_markdown_or_web_page_export_of_a_commented_doc_reads_the_same() {
    // Markdown converters escape the brackets; the comments may come right under a table.
    let markdown = "- Ran the incident review for the March outage\\[a\\]
- Set up the on-call rotation for the payments team

| Quarter | Shipped |
| --- | --- |
| Q1 | Rolled out paging by severity\\[b\\] |
\\[a\\]Sam Okafor: add the postmortem link
\\[b\\]Sam Okafor: which teams?
";
    let (document, warnings) = read("review.md", markdown);
    assert_eq!(
        activity_texts(&document),
        [
            "Ran the incident review for the March outage",
            "Set up the on-call rotation for the payments team",
            "Rolled out paging by severity",
        ]
    );
    assert!(
        warned(&warnings, "review.md:7: 2 lines were read as the comments"),
        "{warnings:?}"
    );
    // Google Docs' "Download as web page": the anchor a link in a superscript.
    let page = r##"<!DOCTYPE html><html><head><title>Notes</title></head><body>
<ul><li><span>Ran the incident review for the March outage</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></li>
<li><span>Set up the on-call rotation for the payments team</span></li></ul>
<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Sam Okafor: add the postmortem link</span></p></div>
</body></html>
"##;
    let (document, warnings) = read("review.html", page);
    assert_eq!(
        activity_texts(&document),
        [
            "Ran the incident review for the March outage",
            "Set up the on-call rotation for the payments team"
        ]
    );
    assert!(warned(&warnings, "1 line was read as the comments"), "{warnings:?}");
}

/// A Slack thread pasted into a brag document: its senders, reactions and thread lines.
const SLACK: &str = "## Launch week

Nadia Petrov  9:14 AM
Shipped the self-serve onboarding flow to all new workspaces (edited)
:tada: 4 :rocket: 2
3 replies
Last reply 2 days ago
View thread
Nadia Petrov  2:30 PM
Ran the go/no-go review with support, sales and legal
Also sent to the channel
also sent to #launch-crew
View newer replies
";

#[test]
fn a_slack_threads_lines_are_metadata_and_edited_marks_no_words() {
    let (document, warnings) = read("launch.md", SLACK);
    assert_eq!(
        activity_texts(&document),
        [
            "Shipped the self-serve onboarding flow to all new workspaces",
            "Ran the go/no-go review with support, sales and legal",
        ]
    );
    assert_eq!(skipped(&document), 11);
    assert!(
        warned(
            &warnings,
            "launch.md:3: 9 lines were read as metadata (a pasted chat's sender lines and reactions (Jane Doe  10:42 AM, :tada: 3), a pasted chat's thread lines (2 replies, View thread, Also sent to the channel)), not as activities"
        ),
        "{warnings:?}"
    );
}

#[test]
fn lines_like_a_threads_stay_work_where_no_chat_is_shown() {
    let text = "- Ran 2 replies to RFCs a week for the platform guild.
- Added View thread to the mobile inbox.
- Rewrote the (edited) badge in the editor (edited)

View thread

2 replies

Also sent to the channel
";
    let (document, warnings) = read("brag.md", text);
    assert_eq!(
        activity_texts(&document),
        [
            "Ran 2 replies to RFCs a week for the platform guild.",
            "Added View thread to the mobile inbox.",
            "Rewrote the (edited) badge in the editor (edited)",
            "View thread",
            "2 replies",
            "Also sent to the channel",
        ]
    );
    assert!(!warned(&warnings, "metadata"), "{warnings:?}");
}
