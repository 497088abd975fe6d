//! What a paste wraps around the work: the greeting, sign-off and signature of an email sent as
//! an update (`Hi Raj,` … `Thanks,` / `Dana` / `-- ` / `Engineering Manager, Payments` / `Sent
//! from my iPhone`), the property lines a Notion page is exported with (`Role: Technical
//! Program Manager`, `Tags: hiring, roadmap`, `Created: July 1, 2025`), and the form a
//! self-review is exported from a review tool with (Lattice, Workday, Culture Amp, 15Five): its
//! header fields (`Reviewee: Jordan Lee`, `Review cycle: H1 2025`), its questions (`What were
//! your most significant accomplishments this cycle?`) and its ratings (`Overall rating: Exceeds
//! expectations`, `4 / 5`).
//!
//! Read as activities, these lines pull the matched share down, and a signature's title, a
//! property's value or a form's words vote for a role (`Engineering Manager, Payments`; `Tags:
//! hiring`; `Review cycle: H1 2025 Performance Review` voted EM). They are told by where they
//! stand as much as by what they say, so the tests here look at one line and
//! [`crate::activity::Parser`] decides by its place: a greeting only as the first line of text,
//! a sign-off and signature only when nothing but them runs to the end ([`Tail`]), properties
//! only in a block at the top of a page, a form's questions and ratings only where the document
//! shows the form ([`Form`]: its header fields, two questions each with its answer ([`Asked`]),
//! or a rating field), since a brag line may end in `?` and a number in text may read `4/5`.
//! The comments a Google Doc lists after its text are told apart the same way, by where they
//! stand (see [`crate::doc_comments`]).

use crate::activity;
use crate::layout;
use crate::markup;

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

/// Whether `line` starts as a line that opens a [`Tail`] does, told from its first two bytes
/// (asked of every line): as a sign-off (`th`anks, `be`st, `ch`eers …), a `--` mark or a mail
/// app's footer (`Sent from …`, `Get Outlook …`). Comparing every line with each sign-off
/// cost more than the rest of the line's reading outside the matcher.
fn may_open(line: &str) -> bool {
    let [first, second, ..] = *line.trim_start().as_bytes() else {
        return false;
    };
    let start = [first.to_ascii_lowercase(), second.to_ascii_lowercase()];
    &start == b"--"
        || matches!(start[0], b's' | b'g')
        || SIGN_OFFS
            .iter()
            .any(|sign_off| sign_off.as_bytes().get(..2) == Some(&start[..]))
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
        // Asked of every line: one that starts as no opener does, or a long one, opens nothing.
        if !may_open(line) || line.trim().len() > MAX_SHORT_LINE_BYTES {
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

    /// Ends the tail before `line` when `line` heads the earlier message a reply quotes (`On Mon,
    /// … wrote:`, `-----Original Message-----`, `From: Raj <raj@…>`, or the `Sent:` line under
    /// a held `From:` line without an address; see [`markup::heads_quoted_message`]): the held
    /// lines were the reply's sign-off and signature as much as at the end of the text. Returns
    /// the lines held last that belong to the header instead — a rule drawn over it
    /// (`________________________________`), that `From:` line — to be read in their order; or
    /// `None` when `line` heads no quoted message.
    pub fn end_before_reply(&mut self, line: &str) -> Option<Vec<(usize, String)>> {
        if line.starts_with([' ', '\t']) {
            return None;
        }
        let trimmed = line.trim();
        let last_text = self.held.iter().rposition(|(_, text)| !text.trim().is_empty());
        let sender = last_text.filter(|&at| {
            at > 0 && markup::is_sent_header(trimmed) && markup::is_unaddressed_sender(self.held[at].1.trim())
        });
        if sender.is_none() && !markup::heads_quoted_message(trimmed) {
            return None;
        }
        let mut cut = sender.unwrap_or(self.held.len());
        while cut > 1 && {
            let text = self.held[cut - 1].1.trim();
            text.is_empty() || activity::is_rule(text)
        } {
            cut -= 1;
        }
        Some(self.held.split_off(cut))
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
const PROPERTIES: [&str; 47] = [
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
    "half",
    "month",
    "week",
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

/// A page's properties that name the period its work falls in, lower case: their date dates the
/// page's activities, as a brag list's dated header does.
const PERIOD_PROPERTIES: [&str; 8] = [
    "period",
    "review period",
    "quarter",
    "half",
    "month",
    "week",
    "year",
    "date",
];

/// Whether a page's property `name` (as written) dates its activities: one naming a period
/// (`Quarter`, `Period`, `Date`). The day the page was created (`Created`) or last changed
/// (`Last edited`, `Updated`) is when the page was written, not when its work was done: a brag
/// page begun in July holds the work of the months after, so neither dates anything.
pub fn dates_page(name: &str) -> bool {
    PERIOD_PROPERTIES.iter().any(|n| name.eq_ignore_ascii_case(n))
}

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

/// Names of the header fields only a review form has (`Reviewee:`, `Review cycle:`), lower
/// case: a block of `Key: value` lines at the top holding one is a review form's header, as
/// Lattice, Workday, Culture Amp or 15Five export a self-review.
const FORM_FIELDS: [&str; 21] = [
    "reviewee",
    "employee",
    "employee name",
    "person being reviewed",
    "review cycle",
    "review period",
    "review type",
    "review name",
    "review template",
    "evaluation period",
    "appraisal period",
    "performance period",
    "self-review",
    "self review",
    "self-assessment",
    "self assessment",
    "submitted on",
    "submitted at",
    "date submitted",
    "completed on",
    "acknowledged on",
];

/// A review form's fields that name the person reviewed, lower case: the document's name, as
/// front matter's `name:` is.
const PERSON_FIELDS: [&str; 5] = ["reviewee", "employee", "employee name", "person being reviewed", "name"];

/// A review form's fields that name the role the person holds, lower case: the role it is
/// checked against, as a page's `Role:` is.
const ROLE_FIELDS: [&str; 5] = ["role", "job title", "job role", "position", "current role"];

/// A review form's fields that name the period reviewed, lower case: its date dates the
/// answers.
const PERIOD_FIELDS: [&str; 8] = [
    "review cycle",
    "review period",
    "cycle",
    "period",
    "evaluation period",
    "appraisal period",
    "performance period",
    "review window",
];

/// Whether a field `name` (as written) is one only a review form has (see [`FORM_FIELDS`]).
pub fn is_form_field(name: &str) -> bool {
    FORM_FIELDS.iter().any(|f| name.eq_ignore_ascii_case(f))
}

/// Whether a review form's field `name` names the person reviewed (`Reviewee`, `Employee`).
pub fn names_person(name: &str) -> bool {
    PERSON_FIELDS.iter().any(|f| name.eq_ignore_ascii_case(f))
}

/// Whether a review form's field `name` names the role the person holds (`Role`, `Job title`).
pub fn names_role(name: &str) -> bool {
    ROLE_FIELDS.iter().any(|f| name.eq_ignore_ascii_case(f))
}

/// Whether a review form's field `name` names the period reviewed (`Review cycle`).
pub fn names_period(name: &str) -> bool {
    PERIOD_FIELDS.iter().any(|f| name.eq_ignore_ascii_case(f))
}

/// A review form's header field, if `line` may be one: a property line (see [`property`]), or
/// a form's field left empty (`Manager:`, `Due date:`), which a form exports too. Its name as
/// written and its value.
pub fn form_field(line: &str) -> Option<(&str, &str)> {
    if let Some((name, value, _)) = property(line) {
        return Some((name, value));
    }
    let name = line.trim_end().strip_suffix(':')?;
    let known = is_form_field(name)
        || names_person(name)
        || names_role(name)
        || PROPERTIES.iter().any(|p| name.eq_ignore_ascii_case(p));
    (known && !line.starts_with([' ', '\t'])).then_some((name, ""))
}

/// Most words of a form's question.
const MAX_QUESTION_WORDS: usize = 40;

/// Longest question of a form.
const MAX_QUESTION_BYTES: usize = 300;

/// Most words of a prompt that asks without a `?` (`Describe a time when you…`).
const MAX_PROMPT_WORDS: usize = 30;

/// Words that open a form's prompt asked without a `?` (`Describe a time when you…`, `List your
/// top three accomplishments`), lower case; the prompt must address the person (`you`, `your`).
const PROMPTS: [&str; 15] = [
    "describe",
    "tell",
    "share",
    "list",
    "explain",
    "reflect",
    "provide",
    "give",
    "summarize",
    "summarise",
    "outline",
    "identify",
    "highlight",
    "please",
    "think",
];

/// Whether `line` (trimmed, no bullet) is a question of a review form, if the document shows
/// one: a line ending in `?` (`What were your most significant accomplishments this cycle?`; a
/// form's `*` marking it required may follow), or a prompt addressing the person (`Describe a
/// time when you…`), after a `Q1.` or `Question 2 of 5:` before it, or such a marker alone
/// (`Question 2 of 5`). Not a line of work: none starting with a verb in the past tense, none
/// longer than a question. Only where the document shows a form is it read as one (see
/// [`Asked`]).
pub fn is_question(line: &str) -> bool {
    if !may_ask(line) {
        return false;
    }
    let Some(text) = asked(line) else {
        return false;
    };
    if text.is_empty() {
        return true;
    }
    // Asked of every line: most end in no `?` and open with no prompt's word.
    let asks = text.ends_with('?');
    if text.len() > MAX_QUESTION_BYTES || !(asks || opens_prompt(text)) {
        return false;
    }
    let words = text.split_whitespace().count();
    words <= MAX_QUESTION_WORDS && !layout::leading_past_tense(text) && (asks || is_prompt(text, words))
}

/// Whether `line` (its end trimmed) may be a question (asked of every line): it ends in `?` (or
/// emphasis, or a form's `*`), starts with a `Q` or emphasis after any white space (a page's
/// form feed, a no-break space), or opens with one of [`PROMPTS`] and holds `you`, as a prompt
/// does. Any other line is its own question text (see [`asked`]), which must then be a prompt.
fn may_ask(line: &str) -> bool {
    let line = line.trim_start();
    let bytes = line.as_bytes();
    matches!(bytes.last(), Some(b'?' | b'*' | b'_'))
        || matches!(bytes.first(), Some(b'Q' | b'q' | b'*' | b'_'))
        || (opens_prompt(line)
            && memchr::memchr2_iter(b'y', b'Y', bytes).any(|at| {
                bytes
                    .get(at + 1..at + 3)
                    .is_some_and(|ou| ou.eq_ignore_ascii_case(b"ou"))
            }))
}

/// The bytes one of [`PROMPTS`] starts with (asked of every line).
const PROMPT_FIRST_BYTES: [bool; 256] = {
    let mut starts = [false; 256];
    let mut at = 0;
    while at < PROMPTS.len() {
        starts[PROMPTS[at].as_bytes()[0] as usize] = true;
        at += 1;
    }
    starts
};

/// Whether `text` opens with one of [`PROMPTS`].
fn opens_prompt(text: &str) -> bool {
    let text = text.trim_start();
    let Some(first) = text.as_bytes().first().map(u8::to_ascii_lowercase) else {
        return false;
    };
    if !PROMPT_FIRST_BYTES[usize::from(first)] {
        return false;
    }
    // Its first word is the prompt's: the prompt, then a space or the end.
    PROMPTS.iter().any(|prompt| {
        prompt.as_bytes().first() == Some(&first)
            && text
                .get(..prompt.len())
                .is_some_and(|word| word.eq_ignore_ascii_case(prompt))
            && text[prompt.len()..].chars().next().is_none_or(char::is_whitespace)
    })
}

/// A question's text without its emphasis (`**…**`), its number (`Q1.`, `Question 2 of 5:`)
/// and a form's mark that it is required (`*`); `Some("")` for a number alone, `None` for a
/// `Q1`–`Q4` that names a quarter (`Q3: launched search`, no question after it).
fn asked(line: &str) -> Option<&str> {
    let mut text = line.trim_matches(['*', '_']).trim();
    if let Some(rest) = text.strip_suffix('*') {
        text = rest.trim_end().trim_end_matches(['*', '_']).trim_end();
    }
    if text.is_empty() {
        return None;
    }
    let lower_q = text.starts_with(['Q', 'q']) && text[1..].starts_with(|c: char| c.is_ascii_digit());
    if lower_q {
        let rest = text[1..].trim_start_matches(|c: char| c.is_ascii_digit());
        let rest = rest.strip_prefix(['.', ':', ')'])?;
        // `Q3: launched search` is a quarter: only a question may follow a number.
        return Some(rest.trim())
            .filter(|rest| rest.ends_with('?') || is_prompt(rest, rest.split_whitespace().count()));
    }
    let Some(rest) = text
        .get(..9)
        .filter(|start| start.eq_ignore_ascii_case("question "))
        .map(|_| &text[9..])
    else {
        return Some(text);
    };
    let number = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    if number.len() == rest.len() {
        return Some(text);
    }
    // `Question 2 of 5`, `Question 2:`, `Question 2 of 5 — What…?`.
    let number = match number.strip_prefix(" of ") {
        Some(of) => {
            let total = of.trim_start_matches(|c: char| c.is_ascii_digit());
            if total.len() == of.len() {
                return None;
            }
            total
        }
        None => number,
    };
    Some(number.trim_start_matches([':', '.', ')', '-', '–', '—', ' ']).trim())
}

/// Whether `text` (of `words` words) is a prompt asked without a `?`: it opens with one of
/// [`PROMPTS`], addresses the person (`you`, `your`), and is no longer than a prompt.
fn is_prompt(text: &str, words: usize) -> bool {
    let addressed = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|word| {
            ["you", "your", "yourself", "you've", "you're", "you’ve", "you’re"]
                .iter()
                .any(|you| word.eq_ignore_ascii_case(you))
        });
    words <= MAX_PROMPT_WORDS && opens_prompt(text) && addressed && !text.ends_with([',', ';'])
}

/// Names of a rating field (`Overall rating: Exceeds expectations`), lower case: one with a
/// rating for its value shows a review form wherever it stands.
const RATING_NAMES: [&str; 17] = [
    "rating",
    "overall rating",
    "self rating",
    "self-rating",
    "manager rating",
    "performance rating",
    "overall performance rating",
    "final rating",
    "proposed rating",
    "calibrated rating",
    "overall",
    "overall performance",
    "overall assessment",
    "overall score",
    "score",
    "self score",
    "self-score",
];

/// The ratings a review tool names, lower case (`Exceeds expectations`, `Strong performer`,
/// `3 - Successful` without its number).
const RATING_LABELS: [&str; 62] = [
    "exceeds expectations",
    "exceeded expectations",
    "greatly exceeds expectations",
    "far exceeds expectations",
    "significantly exceeds expectations",
    "consistently exceeds expectations",
    "exceeds some expectations",
    "exceeds most expectations",
    "meets expectations",
    "met expectations",
    "meets all expectations",
    "meets most expectations",
    "meets some expectations",
    "partially meets expectations",
    "does not meet expectations",
    "did not meet expectations",
    "below expectations",
    "above expectations",
    "at expectations",
    "redefines expectations",
    "strong performer",
    "solid performer",
    "top performer",
    "high performer",
    "low performer",
    "outstanding",
    "exceptional",
    "excellent",
    "very good",
    "good",
    "fair",
    "poor",
    "satisfactory",
    "unsatisfactory",
    "successful",
    "highly successful",
    "fully successful",
    "partially successful",
    "needs improvement",
    "improvement needed",
    "needs development",
    "developing",
    "achieving",
    "achieves",
    "partially achieves",
    "does not achieve",
    "exceeds",
    "meets",
    "strong",
    "solid",
    "role model",
    "on track",
    "off track",
    "effective",
    "highly effective",
    "inconsistent",
    "not rated",
    "too new to rate",
    "strongly agree",
    "agree",
    "disagree",
    "strongly disagree",
];

/// Stars a review tool draws a rating with (`★★★★☆`).
const STARS: [char; 6] = ['★', '☆', '⭐', '✩', '✰', '✪'];

/// Whether `line` (trimmed) is a rating field with a rating for its value (`Overall rating:
/// Exceeds expectations`, `Rating: 3 - Successful`): one of [`RATING_NAMES`], or, where the
/// document shows a form (`in_form`), any name ending in `rating` or `score` (`Values rating:
/// 4/5`; elsewhere `CSAT rating: 4.8/5` is a line of work).
pub fn is_named_rating(line: &str, in_form: bool) -> bool {
    // Asked of every line: the name is short, its `:` among the first bytes.
    let start = &line.as_bytes()[..line.len().min(MAX_RATING_NAME_BYTES)];
    let Some(colon) = memchr::memchr(b':', start) else {
        return false;
    };
    let (name, value) = (line[..colon].trim(), &line[colon + 1..]);
    // `Rating (self)`, `Overall rating (manager)`.
    let name = match name.split_once('(') {
        Some((before, after)) if after.ends_with(')') => before.trim_end(),
        _ => name,
    };
    let ends = |suffix: &str| {
        name.len() > suffix.len()
            && name
                .get(name.len() - suffix.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(suffix))
    };
    let named = RATING_NAMES.iter().any(|r| name.eq_ignore_ascii_case(r))
        || (in_form && name.split_whitespace().count() <= MAX_PROPERTY_WORDS && (ends(" rating") || ends(" score")));
    named && is_rating(value, true)
}

/// Longest name of a rating field, with its `:`.
const MAX_RATING_NAME_BYTES: usize = 48;

/// Whether `value` is a rating alone (`Exceeds expectations`, `4 / 5`, `4/5`, `3.5 out of 5`,
/// `★★★★☆`, `3 - Successful`, `Meets expectations (3/5)`): a score out of a scale of 2 to 10,
/// stars, a rating's name, or a number with one. A number alone (`3`) is one only after a
/// rating's name (`named`). `Cut costs 4/5 of the way` is text.
pub fn is_rating(value: &str, named: bool) -> bool {
    let mut rest = value.trim().trim_matches(['*', '_']).trim().trim_end_matches('.');
    if rest.is_empty() || rest.len() > MAX_SHORT_LINE_BYTES {
        return false;
    }
    let mut marked = false;
    if rest.starts_with(STARS) {
        rest = rest.trim_start_matches(|c: char| STARS.contains(&c) || c == ' ' || c == '\u{fe0f}');
        marked = true;
    } else if let Some((scaled, after)) = score(rest) {
        // A number without its scale is a rating after a rating's name, or with one's label.
        marked = scaled || named || !after.trim_start_matches(SEPARATORS).is_empty();
        rest = after;
    }
    rest = rest.trim_start_matches(SEPARATORS);
    // A score in brackets after the label: `Meets expectations (3/5)`, `Strong ★★★★☆`.
    let bracketed = rest.strip_suffix(')').and_then(|r| r.rsplit_once('('));
    let starred = rest.find(STARS).map(|at| rest.split_at(at));
    if let Some((label, score)) = bracketed.or(starred)
        && is_rating(score, false)
    {
        rest = label.trim_end();
        marked = true;
    }
    let rest = rest.trim_end_matches(SEPARATORS);
    if rest.is_empty() {
        return marked;
    }
    RATING_LABELS.iter().any(|label| rest.eq_ignore_ascii_case(label))
}

/// What parts a rating's number from its label: `3 - Successful`, `4/5 – Exceeds`, `4: Strong`.
const SEPARATORS: [char; 8] = [' ', '-', '–', '—', ':', '.', ')', '|'];

/// A score leading `text` (`4`, `3.5`, `4 / 5`, `4/5`, `4 out of 5`) and whether it had its
/// scale (of 2 to 10, the score no more than it), with the text after it.
fn score(text: &str) -> Option<(bool, &str)> {
    let number = |text: &str| -> Option<(f32, usize)> {
        let whole = text.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&whole) {
            return None;
        }
        let mut end = whole;
        if text[end..].starts_with('.') {
            let fraction = text[end + 1..].bytes().take_while(u8::is_ascii_digit).count();
            if (1..=2).contains(&fraction) {
                end += 1 + fraction;
            }
        }
        // `4th`, `10x`, `2025`: no score.
        if text[end..].starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        Some((text[..end].parse().ok()?, end))
    };
    let (value, end) = number(text)?;
    let after = &text[end..];
    let scale = after
        .trim_start()
        .strip_prefix('/')
        .or_else(|| after.strip_prefix(" out of "))
        .map(str::trim_start);
    if let Some(scale) = scale
        && let Some((of, end)) = number(scale)
        && (2.0..=10.0).contains(&of)
        && of.fract() == 0.0
        && value <= of
    {
        return Some((true, &scale[end..]));
    }
    Some((false, after))
}

/// Most questions with their answers held while a form is not yet shown (see [`Asked`]).
const MAX_ASKED_LINES: usize = 1_000;

/// Most bytes held so.
const MAX_ASKED_BYTES: usize = 256 << 10;

/// Questions answered that show a form without its header fields.
const ANSWERED_TO_SHOW: usize = 2;

/// What a line of markup starts with (a heading, a fence, a comment, a table, a drawer): no
/// answer to a question.
const MARKUP_STARTS: [char; 8] = ['#', '`', '~', '<', '|', '%', ':', '{'];

/// What a line did to [`Asked`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taken {
    /// Held: it may still be a form.
    Held,
    /// Held, and now the document shows a form: two questions each followed by their answer.
    Shown,
    /// Not held (too many lines): the held lines are read as written.
    Full,
}

/// What a line held by [`Asked`] may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// The document's first line, over the first question: the form's title
    /// (`Self-review, H1 2025`).
    Title,
    /// A question.
    Question,
    /// A line of text (an answer) or a blank line.
    Text,
}

/// Lines held from a question (see [`is_question`]) while the document may be a review form
/// shown by its questions alone: until a second question has had its answer too (the form is
/// shown: its questions are none of the work, its answers are), or the end, or a bound, shows
/// it was not (all are read as written: a brag line ending in `?` is work).
#[derive(Debug, Clone)]
pub struct Asked {
    /// The held lines with their numbers, and what each may be.
    pub held: Vec<(usize, String, Held)>,
    bytes: usize,
    /// Questions followed by answer text.
    answered: usize,
    /// Whether the last line of text held was a question.
    after_question: bool,
}

impl Asked {
    /// Lines held from question `number`, `line`, under `above`: the document's first line
    /// and the blank lines after it, when the question comes right under them.
    pub fn open(above: Vec<(usize, String)>, number: usize, line: &str) -> Asked {
        let mut held: Vec<(usize, String, Held)> = above
            .into_iter()
            .map(|(number, text)| {
                let what = if text.trim().is_empty() {
                    Held::Text
                } else {
                    Held::Title
                };
                (number, text, what)
            })
            .collect();
        held.push((number, line.to_string(), Held::Question));
        Asked {
            bytes: held.iter().map(|(_, text, _)| text.len()).sum(),
            held,
            answered: 0,
            after_question: true,
        }
    }

    /// Takes line `number`, `line` (`question` when it may be one: see [`is_question`]).
    pub fn take(&mut self, number: usize, line: &str, question: bool) -> Taken {
        if self.held.len() >= MAX_ASKED_LINES || self.bytes + line.len() > MAX_ASKED_BYTES {
            return Taken::Full;
        }
        let what = if question { Held::Question } else { Held::Text };
        self.held.push((number, line.to_string(), what));
        self.bytes += line.len();
        let text = line.trim();
        if question {
            self.after_question = true;
        } else if text.starts_with(|c: char| !MARKUP_STARTS.contains(&c)) && std::mem::take(&mut self.after_question) {
            self.answered += 1;
            if self.answered >= ANSWERED_TO_SHOW {
                return Taken::Shown;
            }
        }
        Taken::Held
    }
}

/// Most spans of lines a [`Lines`] names; the others are counted.
const MAX_SPANS: usize = 8;

/// Lines read as one part of a form, for a warning naming them (`lines 7, 11, 14`): the first
/// spans of consecutive lines, and how many lines in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lines {
    spans: Vec<(usize, usize)>,
    count: usize,
}

impl Lines {
    /// Adds line `number` (after those added).
    pub fn add(&mut self, number: usize) {
        self.count += 1;
        let room = self.spans.len() < MAX_SPANS;
        match self.spans.last_mut() {
            Some(last) if last.1 + 1 == number => last.1 = number,
            _ if room => self.spans.push((number, number)),
            _ => {}
        }
    }

    /// How many lines were added.
    pub fn count(&self) -> usize {
        self.count
    }

    /// The first line added.
    pub fn first(&self) -> Option<usize> {
        self.spans.first().map(|span| span.0)
    }

    /// The lines as a warning names them: `line 7`, `lines 2–5`, `lines 7, 11, 14`, `lines 7,
    /// 11, … and 12 more`.
    pub fn named(&self) -> String {
        if let [(first, last)] = self.spans.as_slice() {
            return lines_named(*first, *last);
        }
        let spans: Vec<String> = self
            .spans
            .iter()
            .map(|&(first, last)| {
                if first == last {
                    first.to_string()
                } else {
                    format!("{first}–{last}")
                }
            })
            .collect();
        let listed: usize = self.spans.iter().map(|(first, last)| last - first + 1).sum();
        let more = self.count - listed;
        let more = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        format!("lines {}{more}", spans.join(", "))
    }
}

/// Most field names a form's warning lists.
const MAX_FIELD_NAMES: usize = 8;

/// What of a review form was read as none of the work, for one warning (see [`Form::warning`]).
#[derive(Debug, Clone, Default)]
pub struct Form {
    /// Whether the document shows a review form: its header fields, two questions each with
    /// its answer, or a rating field.
    pub shown: bool,
    /// The form's title over its fields (`Performance Review — H1 2025`).
    pub title: Option<usize>,
    /// The header's fields, and the first names of them.
    pub fields: Lines,
    field_names: Vec<String>,
    /// The questions (`What were your…?`, `Question 2 of 5`).
    pub questions: Lines,
    /// The ratings (`Overall rating: Exceeds expectations`, `4 / 5`).
    pub ratings: Lines,
    /// The period reviewed, once it dates the answers.
    pub dated: Option<String>,
}

impl Form {
    /// Adds a header field `name` at line `number`.
    pub fn field(&mut self, number: usize, name: &str) {
        self.fields.add(number);
        if self.field_names.len() < MAX_FIELD_NAMES {
            self.field_names.push(name.to_string());
        } else if self.field_names.len() == MAX_FIELD_NAMES {
            self.field_names.push("…".to_string());
        }
    }

    /// The one warning naming the lines read as the form's, with the first of them, if any
    /// were: `11 lines were read as a review form's title (line 1), fields (lines 2–5:
    /// Reviewee, …), questions (lines 7, 11, 14) and ratings (lines 17–18), not as activities`.
    pub fn warning(&self) -> Option<(usize, String)> {
        let mut parts: Vec<String> = Vec::new();
        let mut lines = 0;
        if let Some(title) = self.title {
            parts.push(format!("title ({})", lines_named(title, title)));
            lines += 1;
        }
        if self.fields.count() > 0 {
            let names = self.field_names.join(", ");
            parts.push(format!("fields ({}: {names})", self.fields.named()));
            lines += self.fields.count();
        }
        for (what, read) in [("questions", &self.questions), ("ratings", &self.ratings)] {
            if read.count() > 0 {
                parts.push(format!("{what} ({})", read.named()));
                lines += read.count();
            }
        }
        let first = [
            self.title,
            self.fields.first(),
            self.questions.first(),
            self.ratings.first(),
        ]
        .into_iter()
        .flatten()
        .min()?;
        let named = match parts.as_slice() {
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
            [] => return None,
        };
        let were = if lines == 1 {
            "1 line was read as a review form's".to_string()
        } else {
            format!("{lines} lines were read as a review form's")
        };
        let activities = if lines == 1 { "an activity" } else { "activities" };
        let dated = self.dated.as_ref().map_or(String::new(), |period| {
            format!("; the period it reviews dates the answers ({period})")
        });
        Some((first, format!("{were} {named}, not as {activities}{dated}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_opener_passes_the_first_bytes_test() {
        for sign_off in SIGN_OFFS {
            let capitalised = format!("{}{},", sign_off[..1].to_ascii_uppercase(), &sign_off[1..]);
            assert!(
                may_open(&capitalised) && Tail::open(1, &capitalised).is_some(),
                "{capitalised}"
            );
        }
        for line in ["-- ", "--", "Sent from my iPhone", "Get Outlook for iOS"] {
            assert!(may_open(line) && Tail::open(1, line).is_some(), "{line}");
        }
        for line in ["Led the launch", "Ran the review", "T", ""] {
            assert!(!may_open(line), "{line}");
        }
    }

    #[test]
    fn a_question_after_white_space_is_one() {
        for line in [
            "\u{c}Q1. Describe a time you led a project",
            "\u{a0}Q2. Describe a time you mentored someone",
            "\u{3000}Question 3: Describe a time you disagreed",
        ] {
            assert!(is_question(line), "{line:?}");
        }
    }

    #[test]
    fn a_prompt_is_its_first_word() {
        for prompt in PROMPTS {
            assert!(opens_prompt(prompt), "{prompt}");
            assert!(
                opens_prompt(&format!("  {} a time you led", prompt.to_uppercase())),
                "{prompt}"
            );
            assert!(!opens_prompt(&format!("{prompt}: a time you led")), "{prompt}");
            assert!(!opens_prompt(&format!("{prompt}d a time you led")), "{prompt}");
        }
        assert!(!opens_prompt("Shipped the launch"));
        assert!(!opens_prompt(""));
    }

    proptest::proptest! {
        #[test]
        fn no_line_panics_and_a_tail_keeps_every_line_it_takes(
            lines in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(&["Hi", "Thanks", "Best", "regards", ",", "!", ":", "—", "-- ", "--", " ", "Dana", "Sent from my iPhone", "Role", "İ", "\u{212a}", "é", "\t", "Led", "40%", "?", "Q1.", "Question 2 of ", "4", "/", "5", "★", "Rating", "(", ")", "*", "."][..]),
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
                form_field(line);
                is_question(line);
                is_rating(line, true);
                is_named_rating(line, true);
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
    fn a_tail_ends_before_a_quoted_messages_header() {
        let mut tail = Tail::open(10, "Thanks,").expect("a sign-off opens a tail");
        for (number, line) in [(11, "Dana"), (12, "")] {
            assert!(tail.take(number, line, false), "{line}");
        }
        assert_eq!(tail.end_before_reply("Thanks again for the notes"), None);
        assert_eq!(
            tail.end_before_reply("  On Mon, Mar 3, 2025 at 9:00 AM Raj <raj@acme.com> wrote:"),
            None
        );
        let back = tail.end_before_reply("On Mon, Mar 3, 2025 at 9:00 AM Raj Patel <raj@acme.com> wrote:");
        // The blank line before the header is read as blank lines are.
        assert_eq!(back, Some(vec![(12, String::new())]));
        assert_eq!(tail.sign_off(), Some((10, 11)));
        // A mail app's footer, too.
        let mut tail = Tail::open(5, "Sent from my iPhone").expect("a footer opens a tail");
        assert!(tail.take(6, "", false));
        assert!(tail.end_before_reply("-----Original Message-----").is_some());
        assert_eq!(tail.sign_off(), Some((5, 5)));
        // Outlook's rule and a sender without an address belong to the header the `Sent:` line shows.
        let mut tail = Tail::open(5, "Best,").expect("a sign-off opens a tail");
        for (number, line) in [
            (6, "Dana"),
            (7, ""),
            (8, "________________________________"),
            (9, "From: Raj Patel"),
        ] {
            assert!(tail.take(number, line, false), "{line}");
        }
        assert_eq!(tail.end_before_reply("Subject: Weekly update"), None);
        let back = tail
            .end_before_reply("Sent: Monday, March 3, 2025 9:00 AM")
            .expect("the Sent: line heads the quoted message");
        let numbers: Vec<usize> = back.iter().map(|(number, _)| *number).collect();
        assert_eq!(numbers, [7, 8, 9]);
        assert_eq!(tail.sign_off(), Some((5, 6)));
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
    #[test]
    fn a_pages_period_dates_its_work_and_its_creation_and_edits_do_not() {
        for name in ["Quarter", "Period", "Date", "Half", "Week", "month"] {
            assert!(dates_page(name), "{name}");
        }
        for name in [
            "Created",
            "Created time",
            "date created",
            "Last edited",
            "Last edited time",
            "Updated",
            "Last updated",
            "Due",
            "Tags",
        ] {
            assert!(!dates_page(name), "{name}");
        }
    }

    #[test]
    fn a_forms_header_fields_are_known_by_their_names() {
        assert!(is_form_field("Reviewee"));
        assert!(is_form_field("Review cycle"));
        assert!(is_form_field("submitted on"));
        assert!(
            !is_form_field("Reviewer"),
            "a pull request's reviewer is a page's property too"
        );
        assert!(!is_form_field("Status"));
        assert!(names_person("Employee name") && !names_person("Manager"));
        assert!(names_role("Job title") && names_role("Role") && !names_role("Title"));
        assert!(names_period("Review period") && !names_period("Due date"));
        assert_eq!(form_field("Reviewee: Jordan Lee"), Some(("Reviewee", "Jordan Lee")));
        assert_eq!(
            form_field("Reviewer: Jordan Lee (Self)"),
            Some(("Reviewer", "Jordan Lee (Self)"))
        );
        // A form's field may be left empty; a label over a list is no field.
        assert_eq!(form_field("Manager:"), Some(("Manager", "")));
        assert_eq!(form_field("Due date:"), Some(("Due date", "")));
        assert_eq!(form_field("Highlights:"), None);
        assert_eq!(form_field("  Manager:"), None);
        assert_eq!(form_field("Impact: cut p99 latency by 40%"), None);
        assert_eq!(
            form_field("Reviewer: reviews pull requests in a subproject and is familiar with its codebase"),
            None
        );
    }

    #[test]
    fn questions_are_told_from_lines_of_work() {
        for line in [
            "What were your most significant accomplishments this cycle?",
            "How did you demonstrate our values?",
            "What would you like to focus on next cycle?",
            "Q1. What went well?",
            "Q2: What could have gone better?",
            "q3) Anything else?",
            "Question 2 of 5",
            "Question 2 of 5: What did you learn?",
            "Question 4",
            "Describe a time when you had to make a hard call.",
            "Tell us about a project you are proud of",
            "List your top three accomplishments:",
            "Please share an example of how you helped a teammate.",
            "**What were your biggest wins?**",
            "What were your most significant accomplishments? *",
            "Strengths?",
        ] {
            assert!(is_question(line), "{line}");
        }
        for line in [
            "Why did checkout fail? Found the root cause and fixed the retry storm",
            "Shipped what the customers asked for?",
            "Q3: launched search",
            "Q1 2025 roadmap",
            "Question 2 of five",
            "Describe the API to partners",
            "Shared the roadmap with your team's leads",
            "Tell the story of the launch to sales",
            "Wrote the PRD for self-serve onboarding.",
            "Impact: cut p99 latency by 40%",
            "",
        ] {
            assert!(!is_question(line), "{line}");
        }
        let long = format!("What {}?", "about this ".repeat(30));
        assert!(!is_question(&long));
    }

    #[test]
    fn ratings_are_told_from_numbers_in_text() {
        for value in [
            "Exceeds expectations",
            "meets expectations",
            "Strong performer",
            "4 / 5",
            "4/5",
            "3.5/5",
            "4 out of 5",
            "★★★★☆",
            "⭐⭐⭐⭐",
            "3 - Successful",
            "4 – Exceeds expectations",
            "4/5 - Exceeds expectations",
            "Meets expectations (3/5)",
            "Strong ★★★★☆",
            "**Exceeds expectations**",
        ] {
            assert!(is_rating(value, false), "{value}");
        }
        for value in [
            "Cut costs 4/5 of the way",
            "4/5 of the team shipped",
            "6/5",
            "4/50",
            "3",
            "2025",
            "12/31",
            "10x",
            "Exceeds expectations on every launch we shipped",
            "Great launch",
            "",
        ] {
            assert!(!is_rating(value, false), "{value}");
        }
        // A number alone is a rating after a rating's name.
        assert!(is_rating("3", true));
        assert!(is_rating(" 4.5", true));
        assert!(!is_rating("2025", true));
    }

    #[test]
    fn a_rating_field_is_named_as_one() {
        for line in [
            "Overall rating: Exceeds expectations",
            "Rating: 3 - Successful",
            "Rating: 4",
            "Self-rating: 4/5",
            "Overall rating (manager): Meets expectations",
            "Score: ★★★☆☆",
        ] {
            assert!(is_named_rating(line, false), "{line}");
        }
        for line in [
            "CSAT rating: 4.8/5",
            "Rating: 4.8/5 from 2k reviews",
            "Overall: shipped the migration",
            "Impact: cut p99 latency by 40%",
            "Exceeds expectations",
        ] {
            assert!(!is_named_rating(line, false), "{line}");
        }
        // In a form, any name ending in `rating` or `score`.
        assert!(is_named_rating("Values rating: 4/5", true));
        assert!(!is_named_rating("Values rating: 4/5", false));
    }

    #[test]
    fn two_questions_each_with_its_answer_show_a_form() {
        let mut asked = Asked::open(
            vec![(1, "Self-review".to_string()), (2, String::new())],
            3,
            "What went well?",
        );
        assert_eq!(asked.take(4, "Shipped search.", false), Taken::Held);
        assert_eq!(asked.take(5, "", false), Taken::Held);
        assert_eq!(asked.take(6, "What could be better?", true), Taken::Held);
        // A heading or a fence is no answer.
        assert_eq!(asked.take(7, "## Notes", false), Taken::Held);
        assert_eq!(asked.take(8, "```", false), Taken::Held);
        assert_eq!(asked.take(9, "Planning.", false), Taken::Shown);
        let kinds: Vec<Held> = asked.held.iter().map(|(_, _, what)| *what).collect();
        assert_eq!(
            kinds,
            [
                Held::Title,
                Held::Text,
                Held::Question,
                Held::Text,
                Held::Text,
                Held::Question,
                Held::Text,
                Held::Text,
                Held::Text
            ]
        );
        // Questions without answers between them show nothing.
        let mut asked = Asked::open(Vec::new(), 1, "Why?");
        assert_eq!(asked.take(2, "How?", true), Taken::Held);
        assert_eq!(asked.take(3, "Because.", false), Taken::Held);
        assert_eq!(asked.take(4, "More.", false), Taken::Held);
        // Held lines are bounded.
        let mut asked = Asked::open(Vec::new(), 1, "Why?");
        let held = (0..MAX_ASKED_LINES + 5)
            .take_while(|n| asked.take(n + 2, "Ran the review.", false) == Taken::Held)
            .count();
        assert_eq!(held, MAX_ASKED_LINES - 1);
    }

    #[test]
    fn a_forms_lines_are_named_in_one_warning() {
        let mut lines = Lines::default();
        for number in [7, 11, 14] {
            lines.add(number);
        }
        assert_eq!(lines.named(), "lines 7, 11, 14");
        let mut lines = Lines::default();
        lines.add(2);
        lines.add(3);
        assert_eq!(lines.named(), "lines 2–3");
        let mut lines = Lines::default();
        for number in (1..=40).step_by(2) {
            lines.add(number);
        }
        assert_eq!(lines.count(), 20);
        assert_eq!(lines.named(), "lines 1, 3, 5, 7, 9, 11, 13, 15 and 12 more");
        let mut form = Form::default();
        assert_eq!(form.warning(), None);
        form.title = Some(1);
        for (number, name) in [(2, "Reviewee"), (3, "Review cycle")] {
            form.field(number, name);
        }
        form.questions.add(5);
        form.ratings.add(9);
        form.dated = Some("2025-H1".to_string());
        assert_eq!(
            form.warning(),
            Some((
                1,
                "5 lines were read as a review form's title (line 1), fields (lines 2–3: Reviewee, Review cycle), questions (line 5) and ratings (line 9), not as activities; the period it reviews dates the answers (2025-H1)".to_string()
            ))
        );
        let mut form = Form::default();
        form.ratings.add(4);
        assert_eq!(
            form.warning().map(|(_, w)| w),
            Some("1 line was read as a review form's ratings (line 4), not as an activity".to_string())
        );
    }
}
