//! End-to-end tests of the ninth reading pass, on what is left of a pasted email thread: the
//! sender's sign-off and signature standing right before the earlier message a reply quotes
//! (`On Mon, … wrote:`, Outlook's `-----Original Message-----` or its `From:` / `Sent:` block)
//! are skipped as at the end of the text, and so is a mail app's footer there; a Notion page's
//! property naming its period (`Quarter: Q3 2025`) dates its work, while `Created` and `Last
//! edited` do not.

mod common;
use common::{activity_texts, dated_texts, read_document as read};

/// Whether one of `warnings` holds `text`.
fn warned(warnings: &[String], text: &str) -> bool {
    warnings.iter().any(|w| w.contains(text))
}

/// A weekly update sent as a reply from Gmail: the update, the sign-off and name, then the
/// manager's request quoted under its attribution line.
const GMAIL_REPLY: &str = "\
Hi Raj,

Here's where things landed this week:

- Ran the hiring loop for two backend engineers
- Wrote the PRD for the billing migration
- Coordinated the cross-team launch schedule with infra

Thanks,
Dana

On Mon, Mar 3, 2025 at 9:00 AM Raj Patel <raj@acme.com> wrote:
> Can you send me your weekly update before Friday?
> I need it for the staff meeting.
";

#[test]
fn a_sign_off_before_a_quoted_reply_is_no_activity() {
    let (document, warnings) = read("update.txt", GMAIL_REPLY);
    let texts = activity_texts(&document);
    assert!(!texts.contains(&"Thanks,"), "{texts:?}");
    assert!(!texts.contains(&"Dana"), "{texts:?}");
    assert!(
        texts.contains(&"Coordinated the cross-team launch schedule with infra"),
        "{texts:?}"
    );
    assert!(
        warned(
            &warnings,
            "update.txt:1: 3 lines were read as a pasted email's greeting (line 1) and sign-off (lines 9–10)"
        ),
        "{warnings:?}"
    );
    // The quoted message is read as quoted lines are anywhere: its words, not the sender's.
    assert!(
        texts.contains(&"Can you send me your weekly update before Friday?"),
        "{texts:?}"
    );
}

#[test]
fn a_signature_before_outlooks_original_message_is_no_activity() {
    let text = "\
- Ran the hiring loop for two backend engineers
- Wrote the PRD for the billing migration

Best regards,
Dana Whitfield
Engineering Manager, Payments

-----Original Message-----
From: Raj Patel <raj@acme.com>
Sent: Monday, March 3, 2025 9:00 AM
To: Dana Whitfield <dana@acme.com>
Subject: Weekly update

Dana, can you send me your weekly update before Friday?

Thanks,
Raj
";
    let (document, warnings) = read("update.txt", text);
    let texts = activity_texts(&document);
    assert_eq!(
        texts,
        [
            "Ran the hiring loop for two backend engineers",
            "Wrote the PRD for the billing migration",
            "Dana, can you send me your weekly update before Friday?",
        ]
    );
    assert!(
        warned(
            &warnings,
            "5 lines were read as a pasted email's sign-offs (lines 4–6, 16–17)"
        ),
        "{warnings:?}"
    );
}

#[test]
fn outlooks_rule_and_a_sender_without_an_address_stay_the_quoted_messages_header() {
    let text = "\
- Ran the hiring loop for two backend engineers
- Wrote the PRD for the billing migration

Thanks,
Dana

________________________________
From: Raj Patel
Sent: Monday, March 3, 2025 9:00 AM
To: Dana Whitfield
Subject: Weekly update

Can you send me your weekly update?
";
    let (document, warnings) = read("update.txt", text);
    assert_eq!(
        activity_texts(&document),
        [
            "Ran the hiring loop for two backend engineers",
            "Wrote the PRD for the billing migration",
            "Can you send me your weekly update?",
        ]
    );
    assert!(
        warned(&warnings, "sign-off (lines 4–5), not as activities"),
        "{warnings:?}"
    );
    assert!(
        warned(&warnings, "update.txt:8: 4 lines were read as metadata"),
        "{warnings:?}"
    );
}

#[test]
fn a_line_of_work_after_a_sign_off_still_makes_it_text_before_a_reply() {
    // `Thanks,` over work is no sign-off, a quoted message under it or not.
    let text = "\
- Ran the hiring loop for two backend engineers

Thanks,
Shipped the billing migration a week early

On Mon, Mar 3, 2025 at 9:00 AM Raj Patel <raj@acme.com> wrote:
> Any news?
";
    let (document, _) = read("update.txt", text);
    let texts = activity_texts(&document);
    assert!(texts.contains(&"Thanks,"), "{texts:?}");
    assert!(
        texts.contains(&"Shipped the billing migration a week early"),
        "{texts:?}"
    );
}

#[test]
fn a_mail_apps_footer_before_a_quoted_reply_is_no_activity() {
    for footer in [
        "Sent from my iPhone",
        "Get Outlook for iOS",
        "Sent from Gmail for Android",
    ] {
        let text = format!(
            "\
- Ran the hiring loop for two backend engineers
- Wrote the PRD for the billing migration

{footer}

On Mar 3, 2025, at 9:00 AM, Raj Patel <raj@acme.com> wrote:

> Can you send me your weekly update?
"
        );
        let (document, warnings) = read("update.txt", &text);
        let texts = activity_texts(&document);
        assert!(!texts.contains(&footer), "{texts:?}");
        assert!(
            warned(
                &warnings,
                "1 line was read as a pasted email's mail app's footer (line 4)"
            ),
            "{warnings:?}"
        );
    }
}

#[test]
fn a_notion_pages_period_property_dates_its_work_unless_a_line_has_its_own_date() {
    let text = "\
# Payments brag page

Quarter: Q3 2025
Created: July 1, 2025
Tags: payments, hiring
Last edited: November 20, 2025

- Ran the hiring loop for two backend engineers
- 2025-08-14: Led the incident review for the checkout outage
";
    let (document, warnings) = read("brag.md", text);
    assert_eq!(
        dated_texts(&document),
        [
            "2025-Q3 Ran the hiring loop for two backend engineers",
            "2025-08-14 Led the incident review for the checkout outage",
        ]
    );
    assert!(
        warned(&warnings, "; Quarter dates the page's activities (2025-Q3)"),
        "{warnings:?}"
    );
}

#[test]
fn a_notion_pages_creation_and_last_edit_date_nothing() {
    for properties in ["Created: July 1, 2025", "Last edited: November 20, 2025"] {
        let text = format!("{properties}\nTags: payments\n\n- Wrote the PRD for the billing migration\n");
        let (document, warnings) = read("brag.md", &text);
        assert_eq!(dated_texts(&document), ["- Wrote the PRD for the billing migration"]);
        assert!(!warned(&warnings, "dates the page"), "{warnings:?}");
    }
}
