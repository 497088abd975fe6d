//! What a paste wraps around the work: the greeting, sign-off and signature of an email sent as
//! an update (`Hi Raj,` … `Thanks,` / `Dana` / `-- ` / `Engineering Manager, Payments` / `Sent
//! from my iPhone`), and the property lines a Notion page is exported with (`Role: Technical
//! Program Manager`, `Tags: hiring, roadmap`, `Created: July 1, 2025`).
//!
//! Read as activities, these lines pull the matched share down, and a signature's title or a
//! property's value votes for a role (`Engineering Manager, Payments`; `Tags: hiring`). They are
//! told by where they stand as much as by what they say, so the tests here look at one line and
//! [`crate::activity::Parser`] decides by its place: a greeting only as the first line of text,
//! a sign-off and signature only when nothing but them runs to the end ([`Tail`]), properties
//! only in a block at the top of a page.

use crate::layout;

/// Longest line read as a greeting, a sign-off or a mail app's footer.
const MAX_SHORT_LINE_BYTES: usize = 60;

/// Words that open a greeting (`Hi Raj,`, `Hello team,`, `Good morning all —`), lower case.
const GREETINGS: [&str; 11] = [
    "hi",
    "hello",
    "hey",
    "dear",
    "hiya",
    "howdy",
    "greetings",
    "good morning",
    "good afternoon",
    "good evening",
    "hi there",
];

/// Whom a greeting or a sign-off may address besides people named (`Hey all`, `Thanks, team!`),
/// lower case.
const ADDRESSEES: [&str; 13] = [
    "all",
    "team",
    "everyone",
    "everybody",
    "folks",
    "there",
    "y'all",
    "both",
    "you",
    "guys",
    "and",
    "&",
    "friends",
];

/// Sign-offs, lower case, without their comma.
const SIGN_OFFS: [&str; 27] = [
    "thanks",
    "thank you",
    "thanks again",
    "thanks so much",
    "thank you so much",
    "many thanks",
    "thanks all",
    "thx",
    "best",
    "all the best",
    "best wishes",
    "best regards",
    "kind regards",
    "warm regards",
    "warmest regards",
    "many regards",
    "regards",
    "cheers",
    "sincerely",
    "yours",
    "yours truly",
    "yours sincerely",
    "talk soon",
    "take care",
    "with thanks",
    "warmly",
    "respectfully",
];

/// Most lines of text (blank ones aside) after a sign-off or a `-- ` line: a name, a title, a
/// team, a company, a telephone, an address, a link, a mail app's footer.
pub const MAX_SIGNATURE_LINES: usize = 8;

/// Most lines a [`Tail`] holds, blank ones included.
const MAX_TAIL_LINES: usize = 32;

/// Longest line of a signature.
const MAX_SIGNATURE_BYTES: usize = 100;

/// Most words of a line of a signature.
const MAX_SIGNATURE_WORDS: usize = 12;

/// Whether `line` is an email's greeting: `Hi Raj,`, `Hello team,`, `Hey all —`, `Dear Sam,`,
/// `Good morning everyone!` — a greeting word, then at most three names or addressees, then a
/// `,` `!` `:` or dash (or nothing, with at most two of them).
pub fn is_greeting(line: &str) -> bool {
    let line = line.trim();
    if line.len() > MAX_SHORT_LINE_BYTES {
        return false;
    }
    let body = line.trim_end_matches([',', '!', ':', '—', '–', '-', '.']).trim_end();
    let marked = body.len() < line.len();
    // ASCII case only, so the words' bytes stay where they are in `body`.
    let lower = body.to_ascii_lowercase();
    GREETINGS.iter().any(|greeting| {
        let Some(rest) = lower.strip_prefix(greeting) else {
            return false;
        };
        if !(rest.is_empty() || rest.starts_with(' ')) {
            return false;
        }
        // The words as written, for their capitals.
        let written = &body[greeting.len()..];
        let words = written.split_whitespace().count();
        words <= if marked { 3 } else { 2 } && addressed(written)
    })
}

/// Whether each word of `words` names a person (`Raj`, `O'Neil`) or is one of [`ADDRESSEES`].
fn addressed(words: &str) -> bool {
    words.split_whitespace().all(|word| {
        let word = word.trim_end_matches(',');
        ADDRESSEES.iter().any(|a| word.eq_ignore_ascii_case(a))
            || (word.starts_with(char::is_uppercase)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')))
    })
}

/// Whether `line` is an email's sign-off: `Thanks,`, `Best regards,`, `Cheers!`, or one with the
/// sender's name after it on the line (`Thanks, Dana`, `Cheers — Dana`). `Thanks to the infra
/// team, we cut costs 30%` is a line of work.
pub fn is_sign_off(line: &str) -> bool {
    let line = line.trim();
    if line.len() > MAX_SHORT_LINE_BYTES {
        return false;
    }
    let (phrase, name) = match line.find([',', '—', '–']) {
        Some(at) => {
            let mark = line[at..].chars().next().map_or(1, char::len_utf8);
            (&line[..at], line[at + mark..].trim())
        }
        None => (line, ""),
    };
    let phrase = phrase.trim().trim_end_matches(['!', '.', ' ', '-']);
    let name = name.trim_end_matches(['!', '.']);
    SIGN_OFFS.iter().any(|s| phrase.eq_ignore_ascii_case(s)) && name.split_whitespace().count() <= 3 && addressed(name)
}

/// Whether `line` is the line that opens a signature (RFC 3676's `-- `, or `--` alone).
pub fn is_signature_mark(line: &str) -> bool {
    line.trim_end() == "--"
}

/// Whether `line` is a mail app's footer: `Sent from my iPhone`, `Sent from Outlook`, `Get
/// Outlook for iOS`.
pub fn is_mail_footer(line: &str) -> bool {
    let line = line.trim();
    let starts = |prefix: &str| {
        line.get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    };
    // Asked of every short line: lower-cased only when it may be one.
    if line.len() > MAX_SHORT_LINE_BYTES || !(starts("sent ") || starts("get ")) {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    let words = lower.split_whitespace().count();
    let apps = [
        "outlook",
        "mail",
        "gmail",
        "yahoo mail",
        "proton mail",
        "protonmail",
        "superhuman",
    ];
    let app = |rest: &str| {
        apps.iter().any(|app| {
            rest.strip_prefix(app)
                .is_some_and(|after| after.is_empty() || after.starts_with(" for "))
        })
    };
    (lower.starts_with("sent from my ") && words <= 6)
        || lower.strip_prefix("sent from ").is_some_and(app)
        || lower.strip_prefix("sent via ").is_some_and(app)
        || matches!(lower.as_str(), "get outlook for ios" | "get outlook for android")
}

/// Whether `line` (trimmed, not blank, no bullet) may be a line of a signature: a name, a title,
/// a company, a telephone, an address — short, and no line of work (`Led the migration`) nor
/// a sentence (`I also ran the offsite.`), no quote of an earlier email, no heading.
pub fn may_sign(line: &str) -> bool {
    let words = line.split_whitespace().count();
    line.len() <= MAX_SIGNATURE_BYTES
        && words <= MAX_SIGNATURE_WORDS
        && !line.starts_with(['>', '#', '|'])
        && !layout::leading_past_tense(line)
        && layout::leading_verb(line) != Some(layout::VerbForm::Finite)
        && !(words >= 4 && layout::ends_sentence(line))
        && !line.ends_with(['?', ':'])
}

/// What opened a [`Tail`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opener {
    /// A sign-off (`Thanks,`): a name and a signature may follow.
    SignOff,
    /// A `-- ` line: a signature follows.
    Mark,
    /// A mail app's footer (`Sent from my iPhone`): only blank lines may follow.
    Footer,
}

/// The lines at the end of a document that may be an email's sign-off and signature, held from
/// the line that may open them (a sign-off, a `-- ` line, a mail app's footer) until a line that
/// no signature holds shows they were not (they are then read as written), or the document
/// ends (they were).
#[derive(Debug, Clone)]
pub struct Tail {
    /// The held lines with their numbers, the opener first.
    pub held: Vec<(usize, String)>,
    /// What opened it.
    pub opener: Opener,
    /// The line of the `-- ` mark, once one is held.
    pub mark: Option<usize>,
    /// Lines of text held after the opener (blank ones aside).
    signed: usize,
}

impl Tail {
    /// A tail opened by line `number`, `line`, if it may open one.
    pub fn open(number: usize, line: &str) -> Option<Tail> {
        // Asked of every line: a long one opens nothing.
        if line.trim().len() > MAX_SHORT_LINE_BYTES {
            return None;
        }
        let opener = if is_sign_off(line) {
            Opener::SignOff
        } else if is_signature_mark(line) {
            Opener::Mark
        } else if is_mail_footer(line) {
            Opener::Footer
        } else {
            return None;
        };
        Some(Tail {
            held: vec![(number, line.to_string())],
            opener,
            mark: (opener == Opener::Mark).then_some(number),
            signed: 0,
        })
    }

    /// Takes line `number`, `line` (`bulleted` when it starts with a bullet) if it may go on the
    /// tail; `false` when it shows the tail was none.
    pub fn take(&mut self, number: usize, line: &str, bulleted: bool) -> bool {
        if self.held.len() >= MAX_TAIL_LINES {
            return false;
        }
        let trimmed = line.trim();
        let fits = if trimmed.is_empty() {
            true
        } else if self.opener == Opener::Footer {
            is_mail_footer(trimmed)
        } else if is_signature_mark(line) {
            // One mark, unindented, after a sign-off.
            let first = self.mark.is_none() && !line.starts_with([' ', '\t']);
            if first {
                self.mark = Some(number);
            }
            first
        } else {
            self.signed += 1;
            self.signed <= MAX_SIGNATURE_LINES && !bulleted && (is_mail_footer(trimmed) || may_sign(trimmed))
        };
        if fits {
            self.held.push((number, line.to_string()));
        }
        fits
    }

    /// The first and last lines of text held before the `-- ` mark (the sign-off and the name
    /// under it), if any.
    pub fn sign_off(&self) -> Option<(usize, usize)> {
        let before = |&&(number, _): &&(usize, String)| self.mark.is_none_or(|mark| number < mark);
        text_span(self.held.iter().filter(before))
    }

    /// The first and last lines of text held from the `-- ` mark on (the signature), if any.
    pub fn signature(&self) -> Option<(usize, usize)> {
        let mark = self.mark?;
        text_span(self.held.iter().filter(|(number, _)| *number >= mark))
    }
}

/// The first and last of `lines` that are not blank.
fn text_span<'a>(lines: impl Iterator<Item = &'a (usize, String)>) -> Option<(usize, usize)> {
    let mut span: Option<(usize, usize)> = None;
    for (number, _) in lines.filter(|(_, text)| !text.trim().is_empty()) {
        span = Some(span.map_or((*number, *number), |(first, _)| (first, *number)));
    }
    span
}

/// Lines shown as `line 4` or `lines 4–6`.
pub fn lines_named(first: usize, last: usize) -> String {
    if first == last {
        format!("line {first}")
    } else {
        format!("lines {first}–{last}")
    }
}

/// Whether `text`, the first line after an email's greeting, leads in to the list under it
/// (`Quick update on what I worked on this half:`, `Here's what I shipped:`): it ends in a `:`
/// and does not start with a verb in the past tense (`Led the migration:` over its details is
/// work).
pub fn is_lead_in(text: &str) -> bool {
    text.ends_with(':')
        && text.len() <= 160
        && text.split_whitespace().count() <= 20
        && !text.contains('\t')
        && !layout::leading_past_tense(text)
}

/// The properties a Notion page is exported with (and the names people give theirs), lower
/// case: a block of `Key: value` lines at the top of a page holds one at least.
const PROPERTIES: [&str; 44] = [
    "role",
    "tags",
    "tag",
    "labels",
    "status",
    "owner",
    "owners",
    "assignee",
    "assignees",
    "assigned to",
    "author",
    "authors",
    "created",
    "created by",
    "created time",
    "created at",
    "date created",
    "last edited",
    "last edited by",
    "last edited time",
    "last updated",
    "updated",
    "date",
    "due",
    "due date",
    "type",
    "category",
    "priority",
    "project",
    "projects",
    "team",
    "area",
    "quarter",
    "period",
    "review period",
    "review cycle",
    "cycle",
    "reviewer",
    "reviewers",
    "manager",
    "level",
    "stage",
    "sprint",
    "url",
];

/// Most words of a property's name.
const MAX_PROPERTY_WORDS: usize = 3;

/// Longest property line.
const MAX_PROPERTY_BYTES: usize = 200;

/// A property line's name (as written) and value, and whether the name is one of
/// [`PROPERTIES`], if `line` may be one: `Key: value` unindented, a name of one to three words
/// starting with a letter, a value that does not read as work (`Impact: cut p99 latency by 40%`
/// starts with a verb and goes on: a line of work; `Status: Done` is a property).
pub fn property(line: &str) -> Option<(&str, &str, bool)> {
    if line.len() > MAX_PROPERTY_BYTES || line.starts_with([' ', '\t']) {
        return None;
    }
    let (name, value) = line.split_once(':')?;
    let value = value.strip_prefix([' ', '\t'])?.trim();
    let words = name.split_whitespace().count();
    let named = name.starts_with(|c: char| c.is_alphabetic())
        && !name.ends_with(char::is_whitespace)
        && (1..=MAX_PROPERTY_WORDS).contains(&words)
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '&' | '/'));
    if !named || value.is_empty() || reads_as_work(value) {
        return None;
    }
    let known = PROPERTIES.iter().any(|p| name.eq_ignore_ascii_case(p));
    Some((name, value, known))
}

/// Most words of a property's value, or of each item of a list of them (`hiring, roadmap`).
const MAX_VALUE_WORDS: usize = 8;
const MAX_ITEM_WORDS: usize = 4;

/// Whether a `Key: value` line's value reads as work or prose, not as a property's value (a
/// name, a date, a status, a list of tags): it starts with a verb and goes on (`cut p99 latency
/// by 40%`), or it runs longer than a value (`reviews pull requests in a subproject and is
/// familiar with its codebase`) without being a list of short items.
fn reads_as_work(value: &str) -> bool {
    let words = value.split_whitespace().count();
    let verb = words > 1 && layout::leading_verb(value) == Some(layout::VerbForm::Finite);
    let listed = value
        .split([',', ';'])
        .all(|item| item.split_whitespace().count() <= MAX_ITEM_WORDS);
    verb || (words > MAX_VALUE_WORDS && !listed)
}

/// Whether held property lines, the `known` flag of each, make a page's properties: one of a
/// known name at least, and, alone, that one (a line such as `Scope: three teams` on its own
/// may be the first line of work).
pub fn are_properties(known: &[bool]) -> bool {
    known.iter().any(|&k| k) && (known.len() >= 2 || known.iter().all(|&k| k))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn no_line_panics_and_a_tail_keeps_every_line_it_takes(
            lines in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(&["Hi", "Thanks", "Best", "regards", ",", "!", ":", "—", "-- ", "--", " ", "Dana", "Sent from my iPhone", "Role", "İ", "\u{212a}", "é", "\t", "Led", "40%"][..]),
                    0..6,
                ),
                1..12,
            )
        ) {
            let lines: Vec<String> = lines.iter().map(|pieces| pieces.concat()).collect();
            let mut tail: Option<Tail> = None;
            let mut taken = 0;
            for (number, line) in lines.iter().enumerate() {
                is_greeting(line);
                is_lead_in(line);
                property(line);
                if tail.as_mut().is_some_and(|open| open.take(number, line, false)) {
                    taken += 1;
                } else {
                    tail = Tail::open(number, line);
                    taken = usize::from(tail.is_some());
                }
            }
            if let Some(tail) = tail {
                proptest::prop_assert_eq!(tail.held.len(), taken);
            }
        }
    }

    #[test]
    fn greetings_are_told_from_lines_of_work() {
        for line in [
            "Hi Raj,",
            "Hello team,",
            "Hey all —",
            "Dear Sam,",
            "Hi team",
            "Good morning everyone!",
            "Hi Raj and Sam,",
            "Hello",
        ] {
            assert!(is_greeting(line), "{line}");
        }
        for line in [
            "Hiring: ran the loop for two engineers",
            "Hello World app launched",
            "Hey, I shipped the search revamp this quarter",
            "Hi-fi prototypes for checkout,",
            "Highlights,",
            "Dear colleagues, here is what I did this half",
        ] {
            assert!(!is_greeting(line), "{line}");
        }
    }

    #[test]
    fn sign_offs_are_told_from_lines_of_work() {
        for line in [
            "Thanks,",
            "Best,",
            "Cheers,",
            "Regards,",
            "Best regards,",
            "Thanks!",
            "Thanks, Dana",
            "Cheers — Dana",
            "Thank you",
        ] {
            assert!(is_sign_off(line), "{line}");
        }
        for line in [
            "Thanks to the infra team, we cut costs 30%",
            "Thanks to Sam",
            "Best quarter yet for the payments team",
            "Cheers, the launch went out on time and on budget",
            "Regards, not requirements, drove the plan",
        ] {
            assert!(!is_sign_off(line), "{line}");
        }
    }

    #[test]
    fn a_mail_apps_footer_and_a_signature_mark_are_known() {
        assert!(is_mail_footer("Sent from my iPhone"));
        assert!(is_mail_footer("Get Outlook for iOS"));
        assert!(is_mail_footer("Sent from Outlook for Android"));
        assert!(!is_mail_footer(
            "Sent from my team to the board: the Q3 plan and its budget"
        ));
        assert!(!is_mail_footer("Sent the launch plan to legal"));
        assert!(is_signature_mark("-- "));
        assert!(is_signature_mark("--"));
        assert!(!is_signature_mark("---"));
        assert!(!is_signature_mark("-- Dana"));
    }

    #[test]
    fn a_signature_holds_names_and_titles_not_work() {
        for line in [
            "Dana",
            "Dana Smith",
            "Engineering Manager, Payments",
            "Acme Corp.",
            "+1 (415) 555-0100",
            "dana@acme.com",
        ] {
            assert!(may_sign(line), "{line}");
        }
        for line in [
            "Led the platform migration",
            "Ran the offsite for 40 people",
            "I also mentored two interns this half.",
            "P.S. what do you think?",
            "> On Monday Raj wrote",
        ] {
            assert!(!may_sign(line), "{line}");
        }
    }

    #[test]
    fn a_tail_runs_to_the_end_or_is_none() {
        let mut tail = Tail::open(10, "Thanks,").expect("a sign-off opens a tail");
        for (number, line) in [
            (11, "Dana"),
            (12, ""),
            (13, "-- "),
            (14, "Dana Smith"),
            (15, "Engineering Manager, Payments"),
            (16, "Sent from my iPhone"),
        ] {
            assert!(tail.take(number, line, false), "{line}");
        }
        assert_eq!(tail.sign_off(), Some((10, 11)));
        assert_eq!(tail.signature(), Some((13, 16)));
        // A bullet, or a line of work, after a sign-off: it was none.
        let mut tail = Tail::open(3, "Thanks,").expect("a sign-off opens a tail");
        assert!(!tail.take(4, "- Ran the review", true));
        let mut tail = Tail::open(3, "Best,").expect("a sign-off opens a tail");
        assert!(!tail.take(4, "Shipped the search revamp", false));
        // A footer is followed by nothing.
        let mut tail = Tail::open(3, "Sent from my iPhone").expect("a footer opens a tail");
        assert!(tail.take(4, "", false));
        assert!(!tail.take(5, "Dana", false));
        // A second mark is no signature's.
        let mut tail = Tail::open(3, "--").expect("a mark opens a tail");
        assert!(tail.take(4, "Dana", false));
        assert!(!tail.take(5, "--", false));
        // Too many lines for a signature.
        let mut tail = Tail::open(3, "-- ").expect("a mark opens a tail");
        let taken = (0..MAX_SIGNATURE_LINES + 1)
            .take_while(|n| tail.take(4 + n, "Acme", false))
            .count();
        assert_eq!(taken, MAX_SIGNATURE_LINES);
        assert!(Tail::open(1, "Thanks to the infra team, we cut costs 30%").is_none());
    }

    #[test]
    fn a_lead_in_ends_in_a_colon_and_is_no_line_of_work() {
        assert!(is_lead_in("Quick update on what I worked on this half:"));
        assert!(is_lead_in("Here's what I shipped:"));
        assert!(!is_lead_in("Led the platform migration:"));
        assert!(!is_lead_in("Quick update on what I worked on this half"));
    }

    #[test]
    fn property_lines_have_a_short_name_and_a_value_that_is_no_work() {
        assert_eq!(
            property("Role: Technical Program Manager"),
            Some(("Role", "Technical Program Manager", true))
        );
        assert_eq!(
            property("Tags: hiring, roadmap"),
            Some(("Tags", "hiring, roadmap", true))
        );
        assert_eq!(
            property("Created: July 1, 2025"),
            Some(("Created", "July 1, 2025", true))
        );
        assert_eq!(property("Status: Done"), Some(("Status", "Done", true)));
        assert_eq!(
            property("Review Period: H1 2025"),
            Some(("Review Period", "H1 2025", true))
        );
        assert_eq!(
            property("Sprint Goal: checkout"),
            Some(("Sprint Goal", "checkout", false))
        );
        for line in [
            "Impact: cut p99 latency by 40%",
            "Status: shipped the migration to all regions",
            "Highlights:",
            "What I did this half and why it mattered: a lot",
            "  Owner: Sam Lee",
            "https://example.com",
            "12:30 standup",
            "Q3: launched search",
            "Reviewer: reviews pull requests in a subproject and is familiar with its codebase",
        ] {
            assert!(property(line).is_none_or(|(_, _, known)| !known), "{line}");
        }
        assert!(property("Impact: cut p99 latency by 40%").is_none());
        assert!(
            property("Reviewer: reviews pull requests in a subproject and is familiar with its codebase").is_none()
        );
        assert!(property("Tags: hiring, roadmap, planning, quarterly goals, on-call, incident review").is_some());
        assert!(are_properties(&[true]));
        assert!(are_properties(&[true, false]));
        assert!(!are_properties(&[false]));
        assert!(!are_properties(&[false, false]));
    }
}
