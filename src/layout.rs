//! How a document is laid out — a brag list or a pasted resume — and, in a resume, which lines
//! are job headers, section headings or sentences.
//!
//! A resume pasted from a PDF, LinkedIn or Word is bullets under job headers ("Engineering
//! Manager" / "Acme Corp · Berlin" / "March 2022 – Present"), with a name, contact lines and
//! section headings on top. The bullets, and the sentences under a job header (LinkedIn's job
//! descriptions have no bullets), are the work to score; the headers say which job each belongs
//! to and when it happened. These tests look at one line at a time, so
//! [`crate::activity::Parser`] needs to hold only the few lines a header can span.

use std::borrow::Cow;

use serde::Serialize;

use crate::dates::{self, DateRead, DateSettings, Period};
use crate::places;

/// How a document's lines are read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    /// One activity per line or bullet (brag documents, self-reviews, notes).
    #[default]
    Brag,
    /// A resume: activities are the bullets and the sentences under a job header; job headers,
    /// contact lines and section headings are not scored, and each job is reported on its own.
    Resume,
}

/// A resume section, by its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Work: experience, employment, projects.
    Work,
    /// Anything else a resume holds (education, skills, summary…): its lines are not work.
    Other,
}

/// Section headings that introduce work.
const WORK_SECTIONS: &[&str] = &[
    "experience",
    "work experience",
    "professional experience",
    "relevant experience",
    "leadership experience",
    "management experience",
    "employment",
    "employment history",
    "work history",
    "career history",
    "career",
    "professional background",
    "projects",
    "selected projects",
    "volunteer experience",
    "volunteering",
];

/// Section headings of the rest of a resume.
const OTHER_SECTIONS: &[&str] = &[
    "education",
    "skills",
    "technical skills",
    "key skills",
    "core skills",
    "core competencies",
    "certifications",
    "certificates",
    "licenses and certifications",
    "languages",
    "interests",
    "hobbies",
    "references",
    "publications",
    "patents",
    "talks",
    "awards",
    "honors",
    "honours",
    "honors and awards",
    "summary",
    "professional summary",
    "profile",
    "about",
    "about me",
    "objective",
    "contact",
    "personal details",
    "training",
    "courses",
    "tools",
    "technologies",
];

/// The section a line heads (`EXPERIENCE`, `Work history:`, `💼 Experience`), if it is a
/// section heading.
pub fn section(line: &str) -> Option<Section> {
    let name = heading_key(line)?;
    let known = |names: &[&str]| names.iter().any(|n| section_key(n) == name);
    if known(WORK_SECTIONS) {
        Some(Section::Work)
    } else if known(OTHER_SECTIONS) {
        Some(Section::Other)
    } else {
        None
    }
}

/// Sections of a resume whose name may label their line (`Education: BSc, 2006–2010`).
const LABELLING_SECTIONS: &[&str] = &[
    "education",
    "certifications",
    "certificates",
    "licenses and certifications",
];

/// Whether a resume line is a line of a section that holds no work, led by the section's name
/// as a label (`Education: BSc Computer Science, 2006–2010`, `Education — BSc, 2006–2010`):
/// its dates would make it look like a job header, but it ends the job above and starts that
/// section, as the section's heading does. A value led by a verb (`Education: Ran the
/// mentoring program`) is a line of work, no section's.
pub fn is_labelled_section_line(line: &str) -> bool {
    let Some((label, value)) = [":", " — ", " – ", " - ", " | "]
        .iter()
        .filter_map(|mark| line.split_once(mark))
        .min_by_key(|(label, _)| label.len())
    else {
        return false;
    };
    let value = value.trim();
    !value.is_empty()
        && heading_key(label).is_some_and(|name| LABELLING_SECTIONS.iter().any(|n| section_key(n) == name))
        && leading_verb(value) != Some(VerbForm::Finite)
}

/// Headings of a resume's sections that hold jobs of their own kind (`Volunteer`, `Leadership`,
/// `Board Service`). Kept apart from [`WORK_SECTIONS`]: those words also title brag lists and
/// name subheadings inside a job, so they tell no layout and end no job. Only a resume line
/// right above a job header is read as one (see [`is_section_over_jobs`]).
const SECTIONS_OVER_JOBS: &[&str] = &[
    "volunteer",
    "volunteer work",
    "volunteer roles",
    "volunteer positions",
    "leadership",
    "leadership roles",
    "leadership and service",
    "leadership and volunteering",
    "board service",
    "board roles",
    "board positions",
    "board memberships",
    "boards",
    "community",
    "community service",
    "community involvement",
    "community leadership",
    "service",
    "civic engagement",
    "nonprofit",
    "nonprofit work",
    "additional experience",
    "other experience",
    "activities",
    "extracurricular activities",
    "affiliations",
    "professional affiliations",
];

/// Whether a resume line right above a job header heads a section of the jobs under it
/// (`Volunteer`, `Leadership:`, `BOARD SERVICE`) rather than naming the job's company.
pub fn is_section_over_jobs(line: &str) -> bool {
    heading_key(line).is_some_and(|name| SECTIONS_OVER_JOBS.iter().any(|n| section_key(n) == name))
}

/// The [`section_key`] of a line that may head a section: short (at most 40 bytes), read
/// without its decoration ([`undecorated`]) and a colon after it.
fn heading_key(line: &str) -> Option<String> {
    let line = undecorated(line).trim_end_matches(':').trim();
    (line.len() <= 40).then(|| section_key(line))
}

/// A heading's name without the emoji or the `:shortcode:` that decorate it at either end
/// (`💼 Experience`, `🛠️ Skills`, `:briefcase: Experience`, `Experience 💼`), as Markdown resumes
/// on profile pages write their sections.
fn undecorated(line: &str) -> &str {
    let decoration = |c: char| c.is_whitespace() || (!c.is_ascii() && !c.is_alphanumeric());
    let shortcode = |code: &str| {
        !code.is_empty()
            && code.len() <= 32
            && code
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'+' | b'-'))
    };
    let mut line = line.trim_matches(decoration);
    if let Some((code, rest)) = line.strip_prefix(':').and_then(|rest| rest.split_once(':'))
        && shortcode(code)
        && rest.starts_with(char::is_whitespace)
    {
        line = rest.trim_matches(decoration);
    }
    if let Some((rest, code)) = line.strip_suffix(':').and_then(|rest| rest.rsplit_once(':'))
        && shortcode(code)
        && rest.ends_with(char::is_whitespace)
    {
        line = rest.trim_matches(decoration);
    }
    line
}

/// A section name's words in lower case, without `and` and `&`.
fn section_key(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == '&')
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
        .map(str::to_lowercase)
        .collect();
    words.join(" ")
}

/// Whether a line gives contact details: an email address, a LinkedIn or GitHub link, or a
/// phone number (at least nine digits, among spaces, dashes, dots, brackets and a leading `+`).
pub fn is_contact(line: &str) -> bool {
    let email = line.split_whitespace().any(|word| {
        word.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.') && !host.ends_with('.'))
    });
    let lower = line.to_ascii_lowercase();
    let link = lower.contains("linkedin.com") || lower.contains("github.com");
    let phone = line.split(['·', '|', ',', '•', '—', '–', '\t']).any(|part| {
        let part = part.trim();
        let digits = part.bytes().filter(u8::is_ascii_digit).count();
        // A group of four digits that reads as a year makes it dates (`01/2019 - 03/2021`).
        let year = part
            .split(|c: char| !c.is_ascii_digit())
            .any(|group| group.len() == 4 && group.parse::<u16>().is_ok_and(|y| (1950..=2039).contains(&y)));
        digits >= 9
            && !year
            && part
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '+' | '/'))
    });
    email || link || phone
}

/// A line longer than this is not part of a job header.
const MAX_HEADER_LINE_BYTES: usize = 200;

/// Words that make a phrase a job title, sorted (a line's first word is searched for by halves).
const TITLE_WORDS: &[&str] = &[
    "administrator",
    "adviser",
    "advisor",
    "analyst",
    "apprentice",
    "architect",
    "associate",
    "ceo",
    "chief",
    "cio",
    "co-founder",
    "cofounder",
    "consultant",
    "contractor",
    "coo",
    "coordinator",
    "cpo",
    "cto",
    "designer",
    "developer",
    "director",
    "editor",
    "em",
    "engineer",
    "evp",
    "fellow",
    "founder",
    "freelancer",
    "head",
    "instructor",
    "intern",
    "lead",
    "leader",
    "manager",
    "officer",
    "owner",
    "partner",
    "pm",
    "president",
    "principal",
    "producer",
    "programmer",
    "researcher",
    "scientist",
    "specialist",
    "sre",
    "strategist",
    "svp",
    "teacher",
    "technician",
    "tpm",
    "vp",
    "writer",
];

/// Whether `text` names a job title (it holds a word such as `Manager`, `Engineer`, `Lead`).
pub fn has_title_word(text: &str) -> bool {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .any(|word| TITLE_WORDS.iter().any(|t| word.eq_ignore_ascii_case(t)))
}

/// Roles held beside a career (volunteering, boards, mentoring) that name a job's title though
/// they hold no title word. Read only as a last resort by [`Header::title`]: [`has_title_word`]
/// (which tells the layout) does not know them.
const OTHER_ROLE_WORDS: &[&str] = &[
    "mentor",
    "member",
    "volunteer",
    "trustee",
    "treasurer",
    "secretary",
    "chair",
    "chairperson",
    "organizer",
    "organiser",
    "tutor",
    "coach",
];

/// Whether a header segment names one of [`OTHER_ROLE_WORDS`] as its last word (`Board Member`,
/// `Youth Mentor`) or its first before `of` (`Member of the Board`): `Volunteer Ventures` names
/// a company.
fn names_other_role(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let role = |word: &str| OTHER_ROLE_WORDS.iter().any(|r| word.eq_ignore_ascii_case(r));
    match words.as_slice() {
        [.., last] if role(last) => true,
        [first, of, ..] => role(first) && of.eq_ignore_ascii_case("of"),
        _ => false,
    }
}

/// Teams and disciplines a title names after a comma (`Manager, Software Engineering`,
/// `Director, Product Management`, `Senior Engineer, Platform`): no company.
const DISCIPLINE_WORDS: &[&str] = &[
    "engineering",
    "software",
    "product",
    "products",
    "management",
    "design",
    "program",
    "programs",
    "programme",
    "programmes",
    "technical",
    "technology",
    "data",
    "science",
    "analytics",
    "platform",
    "platforms",
    "infrastructure",
    "security",
    "operations",
    "quality",
    "research",
    "growth",
    "mobile",
    "web",
    "frontend",
    "backend",
    "front-end",
    "back-end",
    "full-stack",
    "cloud",
    "devops",
    "site",
    "reliability",
    "systems",
    "machine",
    "learning",
    "ml",
    "ai",
    "payments",
    "developer",
    "experience",
    "tools",
    "tooling",
    "core",
    "applications",
    "services",
    "team",
    "teams",
    "and",
    "&",
];

/// Whether a comma-parted segment names only a team or a discipline (see [`DISCIPLINE_WORDS`]).
fn names_a_discipline(segment: &str) -> bool {
    let mut words = segment.split_whitespace().peekable();
    words.peek().is_some() && words.all(|word| DISCIPLINE_WORDS.iter().any(|d| word.eq_ignore_ascii_case(d)))
}

/// Whether a line tells of a promotion (`Promoted to Engineering Manager in 2021`, `Promoted
/// from Senior Engineer (2018–2020)`, `Promotion: Staff Engineer`): a note of the job it stands
/// in, naming a title and perhaps dates, and no header of a job of its own.
pub fn is_promotion(line: &str) -> bool {
    let first = line
        .split(|c: char| !c.is_alphabetic())
        .find(|word| !word.is_empty())
        .unwrap_or_default();
    ["promoted", "promotion"].iter().any(|w| first.eq_ignore_ascii_case(w))
}

/// Verbs whose past tense does not end in `-ed` and that name no present tense too (`Led`,
/// `Wrote`; not `Set`, `Cut`): with `-ed` words, the past tense a line of done work starts with.
/// Sorted, as [`OTHER_VERBS`] and [`TITLE_WORDS`] are.
const IRREGULAR_PAST: &[&str] = &[
    "began",
    "brought",
    "built",
    "drove",
    "found",
    "gave",
    "grew",
    "held",
    "kept",
    "led",
    "made",
    "met",
    "oversaw",
    "ran",
    "rebuilt",
    "rewrote",
    "sent",
    "sold",
    "spent",
    "taught",
    "took",
    "undertook",
    "won",
    "wrote",
];

/// Other verbs a resume or a brag list starts a line with: past forms that are present ones too
/// (`Set`, `Cut`), and present-tense verbs (`Own`, `Manage`). With [`IRREGULAR_PAST`] and `-ed`
/// and `-ing` words, they tell a short line of work (`Managed 8 engineers`) from a label or a
/// title.
const OTHER_VERBS: &[&str] = &[
    "automate",
    "automates",
    "build",
    "builds",
    "coach",
    "coaches",
    "coordinate",
    "coordinates",
    "create",
    "creates",
    "cut",
    "define",
    "defines",
    "deliver",
    "delivers",
    "design",
    "designs",
    "develop",
    "develops",
    "did",
    "drive",
    "drives",
    "facilitate",
    "facilitates",
    "got",
    "grow",
    "grows",
    "help",
    "helps",
    "hire",
    "hires",
    "hold",
    "holds",
    "improve",
    "improves",
    "increase",
    "increases",
    "launch",
    "launches",
    "leads",
    "manage",
    "manages",
    "mentor",
    "mentors",
    "migrate",
    "migrates",
    "negotiate",
    "negotiates",
    "organise",
    "organises",
    "organize",
    "organizes",
    "oversee",
    "oversees",
    "own",
    "owns",
    "plan",
    "plans",
    "prioritise",
    "prioritises",
    "prioritize",
    "prioritizes",
    "reduce",
    "reduces",
    "run",
    "runs",
    "set",
    "ship",
    "ships",
    "support",
    "supports",
    "write",
    "writes",
];

/// How a line's first word reads as a verb (see [`leading_verb`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    /// `Hiring`, `Mentoring`: work, or the name of a kind of work (a heading).
    Gerund,
    /// `Managed`, `Led`, `Own`: a line of work.
    Finite,
}

/// Whether a line starts with a verb (`Managed 8 engineers`, `Led the launch`, `Hiring 3
/// engineers`): a word of [`IRREGULAR_PAST`] or [`OTHER_VERBS`], or one of five letters or more ending in `-ed` or `-ing`,
/// that names no title (`Lead`, `Head`). A cheap test of the first word only; a noun taken for a
/// verb (`Speed`) only makes a line read as work, as it was before such lines were told apart.
pub fn leading_verb(text: &str) -> Option<VerbForm> {
    let (lower, len) = first_word_lower(text)?;
    verb_form(std::str::from_utf8(&lower[..len]).unwrap_or_default())
}

/// How `word` (in lower case) reads as a verb leading a line (see [`leading_verb`]).
fn verb_form(word: &str) -> Option<VerbForm> {
    let form = if word.len() >= 5 && word.ends_with("ing") {
        VerbForm::Gerund
    } else if (word.len() >= 5 && word.ends_with("ed"))
        || IRREGULAR_PAST.binary_search(&word).is_ok()
        || OTHER_VERBS.binary_search(&word).is_ok()
    {
        VerbForm::Finite
    } else {
        return None;
    };
    // A title's word is no verb (`Lead`, `Head`).
    TITLE_WORDS.binary_search(&word).is_err().then_some(form)
}

/// A line's first word (its leading ASCII letters) in lower case, with its length, when it is
/// one of 3 to 16 letters and the line starts with it; kept on the stack, since it is asked of
/// many lines.
fn first_word_lower(text: &str) -> Option<([u8; 16], usize)> {
    let len = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    if !(3..=16).contains(&len) {
        return None;
    }
    let mut lower = [0u8; 16];
    lower[..len].copy_from_slice(&text.as_bytes()[..len]);
    lower[..len].make_ascii_lowercase();
    Some((lower, len))
}

/// Whether a line starts with a verb in the past tense (`Wrote`, `Ran`, `Coordinated`), as a line
/// of done work does: not a gerund or a present form, which name kinds of work and teams as often
/// (`Hiring`, `Onboarding`, `Support org`, `Design team`).
pub fn leading_past_tense(text: &str) -> bool {
    let Some((lower, len)) = first_word_lower(text) else {
        return false;
    };
    let word = std::str::from_utf8(&lower[..len]).unwrap_or_default();
    verb_form(word) == Some(VerbForm::Finite) && (word.ends_with("ed") || IRREGULAR_PAST.binary_search(&word).is_ok())
}

/// Short words a title-cased phrase leaves in lower case.
const SMALL_WORDS: &[&str] = &[
    "of", "and", "for", "the", "at", "in", "on", "de", "du", "da", "von", "van", "der", "den", "a", "an", "to", "with",
    "y", "e", "und", "et",
];

/// Whether a line reads like a title or a company name rather than a sentence: short, starting
/// with a capital, most words capitalised, and no sentence end (`Engineering Manager`,
/// `Acme Corp · Berlin`, `ACME GMBH`; not `12 support agents`, not `Led the launch.`).
pub fn title_like(line: &str) -> bool {
    let line = line.trim();
    if line.len() > MAX_HEADER_LINE_BYTES {
        return false;
    }
    let Some(first) = line.chars().find(|c| c.is_alphabetic()) else {
        return false;
    };
    if !first.is_uppercase() || line.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    if line.ends_with(['!', '?', ';', ',']) {
        return false;
    }
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | ',' | '(' | ')' | '/' | '—' | '–'))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    if line.ends_with('.') {
        // Only an abbreviation may end it: `Acme Inc.`, `Example Co.`.
        let last = words.last().copied().unwrap_or_default();
        if last.chars().filter(|c| c.is_alphabetic()).count() > 4 {
            return false;
        }
    }
    let counted: Vec<&&str> = words
        .iter()
        .filter(|w| !SMALL_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s)))
        .collect();
    let capitalised = counted
        .iter()
        .filter(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase))
        .count();
    capitalised * 5 >= counted.len() * 4
}

/// Whether a line ends a sentence: `.`, `!` or `?` before any closing quotes or brackets, or an
/// energy marker.
pub fn ends_sentence(line: &str) -> bool {
    let line = line.trim_end();
    if ["(+)", "[+]", "(-)", "[-]"].iter().any(|m| line.ends_with(m)) {
        return true;
    }
    let line = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '*', '_']);
    line.ends_with(['.', '!', '?'])
}

/// Words after which a sentence cannot stop.
const OPEN_WORDS: &[&str] = &[
    "and",
    "or",
    "to",
    "of",
    "the",
    "a",
    "an",
    "for",
    "with",
    "in",
    "on",
    "by",
    "from",
    "into",
    "across",
    "at",
    "as",
    "via",
    "our",
    "my",
    "their",
    "its",
    "that",
    "which",
    "who",
    "while",
    "including",
    "between",
    "over",
    "under",
];

/// Whether a line stops where no sentence can (a comma, a hyphen, `and`, `to`, `the`…), so the
/// next line must continue it.
pub fn ends_open(line: &str) -> bool {
    let line = line.trim_end();
    if line.ends_with([',', '-', '–', '—', '/', '&', '+', '(']) {
        return true;
    }
    let last = line.rsplit(char::is_whitespace).next().unwrap_or_default();
    last.len() <= 9 && OPEN_WORDS.iter().any(|w| last.eq_ignore_ascii_case(w))
}

/// The parts of one header line: its date segments (as written, and what they say) and its
/// other segments (title, company, location…), split at `,` `|` `·` `•` `—` `–` ` - ` and tabs;
/// a comma after a title and before a team or discipline parts nothing (`Manager, Software
/// Engineering`, `Senior Engineer, Platform`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeaderParts {
    /// Date segments, as written, with what each says.
    pub dates: Vec<(String, DateRead)>,
    /// The other segments, as written, in order.
    pub texts: Vec<String>,
}

impl HeaderParts {
    /// Splits `line` into date segments and text segments; a line too long to be a header
    /// has neither. Read with no more known of where the line stands than that it may be a
    /// header (see [`HeaderParts::read_in`]).
    pub fn read(line: &str, settings: DateSettings) -> HeaderParts {
        HeaderParts::read_in(line, settings, false)
    }

    /// [`HeaderParts::read`], told whether the line stands in a resume's work: under a work
    /// section heading (`Experience`) or a job. There a range of dates ending the line after
    /// only a space (`Acme Corp June 2020 – Present`, a LaTeX resume's right-aligned dates as
    /// its PDF copies them) heads a job when the words before it read as a header (see
    /// [`heads_dates`]); elsewhere they must also name a title (`Engineering Manager, Acme Corp
    /// June 2020 – Present`).
    pub fn read_in(line: &str, settings: DateSettings, work: bool) -> HeaderParts {
        let mut parts = HeaderParts::default();
        if line.len() > MAX_HEADER_LINE_BYTES {
            return parts;
        }
        // `2019-2021 Engineering Manager, Acme`, `2017 – 2019⇥Engineering Lead`: a range leading
        // a title, with no separator but spaces.
        if let Some((end, period)) = dates::leading_range(line, settings)
            && has_title_word(&line[end..])
        {
            parts.dates.push((line[..end].to_string(), DateRead::Period(period)));
            parts.push_texts(&line[end..]);
            return parts;
        }
        let segments = dates::date_segments(line, settings);
        let dated_end = segments
            .last()
            .is_some_and(|(range, _)| range.end == line.trim_end().len());
        let trailing = match dates::trailing_range(line, settings) {
            Some((start, period)) if !dated_end && heads_dates(&line[..start], work) => Some((start, period)),
            _ => None,
        };
        let end = trailing.map_or(line.len(), |(start, _)| start);
        let mut at = 0;
        for (range, read) in segments.into_iter().filter(|(range, _)| range.end <= end) {
            parts.push_texts(&line[at..range.start]);
            parts.dates.push((line[range.clone()].to_string(), read));
            at = range.end;
        }
        parts.push_texts(&line[at..end]);
        if let Some((start, period)) = trailing {
            parts
                .dates
                .push((line[start..].trim_end().to_string(), DateRead::Period(period)));
        }
        parts.part_place();
        parts
    }

    /// Parts a title or a company from the city a space alone set after it, when a state's or
    /// province's code or a country follows (`Engineering Manager San Francisco, CA`, as a
    /// LaTeX resume's title line with its right-aligned place copies; `Initech Austin, TX`, a
    /// company's line so written). After a title the city is the capitalised words after its
    /// last title word, and a title whose words run on in lower case (`Head of Platform`) is left
    /// whole. After a company the city is the last word, or the last two or three when they read
    /// as one city's name (see [`places::trailing_city_words`]); a segment that may be a city
    /// alone (`San Francisco`, `Austin`), a company's word (`Acme Corp, UK`) or a company ending
    /// in a small word (`Bank of America`) is left whole.
    fn part_place(&mut self) {
        let mut at = 0;
        while at + 1 < self.texts.len() {
            if places::follows_city(&self.texts[at + 1])
                && let Some((name, city)) = part_city(&self.texts[at])
            {
                self.texts.splice(at..=at, [name, city]);
                at += 1;
            }
            at += 1;
        }
    }

    /// Adds the text segments of `text`.
    fn push_texts(&mut self, text: &str) {
        let separators = [" - ", "\t", "  "];
        let mut pieces = vec![text];
        for separator in separators {
            pieces = pieces.iter().flat_map(|p| p.split(separator)).collect();
        }
        for piece in pieces {
            for part in piece.split(['|', '·', '•', '—', '–']) {
                let commas: Vec<&str> = part.split(',').collect();
                let mut at = 0;
                while at < commas.len() {
                    // `Manager, Software Engineering`: the team or discipline is the title's.
                    let mut end = at + 1;
                    while end < commas.len() && names_a_discipline(commas[end]) && has_title_word(commas[at]) {
                        end += 1;
                    }
                    let joined: Cow<'_, str> = match end - at {
                        1 => Cow::Borrowed(commas[at]),
                        _ => Cow::Owned(commas[at..end].join(",")),
                    };
                    at = end;
                    // A colon parts dates from the rest (`2019 – 2021: Engineering Manager`).
                    let segment = joined.trim().trim_matches(['(', ')', '[', ']', ':']).trim();
                    if !segment.chars().any(char::is_alphanumeric) {
                        continue;
                    }
                    match title_at_company(segment) {
                        Some((title, company)) => self.texts.extend([title.to_string(), company.to_string()]),
                        None => self.texts.push(segment.to_string()),
                    }
                }
            }
        }
    }

    /// Whether the line is a job header's dated line: a date segment, little else (at most 12
    /// words beside it), and no lower-case start.
    pub fn is_dated_header(&self, line: &str) -> bool {
        let words: usize = self.texts.iter().map(|t| t.split_whitespace().count()).sum();
        !self.dates.is_empty() && words <= 12 && !line.trim_start().starts_with(char::is_lowercase)
    }

    /// Whether a text segment names a title.
    pub fn has_title(&self) -> bool {
        self.texts.iter().any(|t| has_title_word(t))
    }
}

/// Whether a header segment reads as a person's name (`Jane Doe`, `Mary-Ann O'Neil`): two or
/// three words of letters, each capitalised, none a company's word (`Acme Labs`, `Hooli Inc`)
/// nor a title word.
pub fn reads_as_person_name(segment: &str) -> bool {
    let words: Vec<&str> = segment.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
                && !places::is_company_word(w)
        })
        && !has_title_word(segment)
}

/// Most words of a company named after a title's ` at ` (`Bank of America Merrill Lynch`).
const MAX_COMPANY_WORDS: usize = 6;

/// A header segment that names a title, then ` at `, ` @ ` or ` @`, then its company, as
/// LinkedIn's headline and many plain resumes write a job (`Technical Program Manager at Globex`,
/// `Engineering Manager @ Acme`, `Senior PM @Acme`, `Head of Product at Acme`), parted into the two: the part
/// before reads as a title (a title word, most words capitalised, not led by a verb in the past
/// tense), the part after as a name (a few words, capitalised). A line of work is never parted
/// (`Led the migration at Acme`, `Presented our roadmap at KubeCon`).
fn title_at_company(segment: &str) -> Option<(&str, &str)> {
    // `@` may be glued to the company (`Senior PM @Acme`); an address's `@` has no space before it.
    let at = [" at ", " At ", " @"]
        .iter()
        .filter_map(|mark| segment.find(mark).map(|at| (at, mark.len())))
        .min()?;
    let (title, company) = (segment[..at.0].trim(), segment[at.0 + at.1..].trim());
    let words = company.split_whitespace().count();
    let named = (1..=MAX_COMPANY_WORDS).contains(&words)
        && company.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && title_like(company);
    let titled = has_title_word(title) && title_like(title) && !leading_past_tense(title);
    (named && titled).then_some((title, company))
}

/// A segment before a city's state, province or country parted into its title or company
/// and the city set after it with a space alone (see [`HeaderParts::part_place`]).
fn part_city(segment: &str) -> Option<(String, String)> {
    let words: Vec<&str> = segment.split_whitespace().collect();
    let end = if has_title_word(segment) {
        // The title ends at its last title word; a level after it is the title's
        // (`Software Engineer II`).
        let mut last = words.iter().rposition(|w| has_title_word(w))?;
        while words.get(last + 1).is_some_and(|w| is_level(w)) {
            last += 1;
        }
        let city = &words[last + 1..];
        if city.is_empty()
            || city.len() > places::MAX_CITY_WORDS
            || !city.iter().all(|w| w.starts_with(char::is_uppercase))
        {
            return None;
        }
        last + 1
    } else {
        let city = places::trailing_city_words(&words)?;
        let end = words.len().checked_sub(city).filter(|end| *end > 0)?;
        if !title_like(segment) || words[end - 1].starts_with(char::is_lowercase) {
            return None;
        }
        end
    };
    Some((words[..end].join(" "), words[end..].join(" ")))
}

/// Whether a word is a title's level: a Roman numeral (`II`, `IV`) or a number (`3`).
fn is_level(word: &str) -> bool {
    word.len() <= 4
        && (word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')) || word.bytes().all(|b| b.is_ascii_digit()))
}

/// Most words before a range of dates that ends a header line after only a space.
const MAX_WORDS_BEFORE_SPACED_DATES: usize = 8;

/// Whether the words before a range of dates that ends a line after only a space read as a job
/// header's title and company rather than a sentence: a few words (at most
/// [`MAX_WORDS_BEFORE_SPACED_DATES`]) that read as a title ([`title_like`]), not led by a verb
/// (`Shipped the redesign June 2020 – March 2021`; a gerund may lead a title, `Engineering
/// Manager`, not a company alone), and naming a title unless `work` says the line stands in a
/// resume's work (`Acme Corp June 2020 – Present`, its title on the line under it).
fn heads_dates(before: &str, work: bool) -> bool {
    let before = before.trim();
    let words = before.split_whitespace().count();
    let titled = has_title_word(before);
    let verb = match leading_verb(before) {
        Some(VerbForm::Finite) => true,
        Some(VerbForm::Gerund) => !titled,
        None => false,
    };
    (1..=MAX_WORDS_BEFORE_SPACED_DATES).contains(&words)
        && title_like(before)
        && !verb
        && (titled || work)
        && !is_contact(before)
}

/// A job header being read, line by line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Header {
    /// The first dates written, and what they say.
    pub dates: Option<(String, DateRead)>,
    /// Every text segment, in order.
    pub texts: Vec<String>,
    /// Lines taken so far.
    pub lines: usize,
    /// How many of `texts` came on the dates' line or before it: the rest are the place and
    /// the way of working LinkedIn puts under the dates (`Berlin, Germany · Hybrid`).
    pub before_dates: Option<usize>,
}

impl Header {
    /// Takes one more line's parts.
    pub fn take(&mut self, parts: HeaderParts) {
        self.lines += 1;
        let dated = self.dates.is_none() && !parts.dates.is_empty();
        if self.dates.is_none() {
            self.dates = parts.dates.into_iter().next();
        }
        self.texts.extend(parts.texts);
        if dated {
            self.before_dates = Some(self.texts.len());
        }
    }

    /// The job's title: the first segment that names one; when none has a title word, the
    /// first that names a role outside a job ladder (`Mentor`, `Board Member`).
    pub fn title(&self) -> Option<&str> {
        self.texts
            .iter()
            .find(|t| has_title_word(t))
            .or_else(|| self.texts.iter().find(|t| names_other_role(t)))
            .map(String::as_str)
    }

    /// The company: the first segment that is not the title.
    pub fn company(&self) -> Option<&str> {
        self.company_among(&self.texts)
    }

    /// The company named on the dates' line or before it (not the place under the dates).
    pub fn company_before_dates(&self) -> Option<&str> {
        let before = self.before_dates.unwrap_or(self.texts.len());
        self.company_among(&self.texts[..before])
    }

    fn company_among<'a>(&'a self, texts: &'a [String]) -> Option<&'a str> {
        let title = self.title();
        texts
            .iter()
            .map(String::as_str)
            .find(|t| Some(*t) != title && !is_duration(t))
    }

    /// The period the dates name, if they were understood.
    pub fn period(&self) -> Option<Period> {
        match self.dates {
            Some((_, DateRead::Period(period))) => Some(period),
            _ => None,
        }
    }
}

/// Whether a header line's parts are only a length of time, perhaps with a way of working
/// (`3 yrs 2 mos`, `Full-time · 3 yrs 2 mos`): the line LinkedIn puts under a company that
/// groups several roles.
pub fn is_tenure(parts: &HeaderParts) -> bool {
    parts.dates.is_empty()
        && parts.texts.iter().all(|t| is_duration(t))
        && parts.texts.iter().any(|t| t.bytes().any(|b| b.is_ascii_digit()))
}

/// `3 yrs 2 mos`, `2 years`, `Full-time`: what LinkedIn adds after the dates and the company.
fn is_duration(text: &str) -> bool {
    let lower = text.to_lowercase();
    let units = ["yr", "yrs", "year", "years", "mo", "mos", "month", "months"];
    let words: Vec<&str> = lower.split_whitespace().collect();
    let duration = !words.is_empty()
        && words
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_digit()) || units.contains(w));
    duration
        || [
            "full-time",
            "part-time",
            "contract",
            "freelance",
            "internship",
            "remote",
            "hybrid",
            "on-site",
        ]
        .contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(line: &str) -> HeaderParts {
        HeaderParts::read(line, DateSettings::default())
    }

    #[test]
    fn a_promotion_line_is_told_by_its_first_word() {
        assert!(is_promotion("Promoted from Senior Engineer (2018–2020)"));
        assert!(is_promotion("Promoted to Engineering Manager in 2021"));
        assert!(is_promotion("**Promotion:** Staff Engineer, 2022"));
        assert!(!is_promotion("Engineering Manager, Promoted Labs — 2019–2021"));
        assert!(!is_promotion("Senior Engineer"));
    }

    #[test]
    fn header_lines_split_into_dates_and_segments() {
        let p = parts("Senior Engineering Manager, Acme Corp — Jan 2021 – Present");
        assert_eq!(p.texts, ["Senior Engineering Manager", "Acme Corp"]);
        assert_eq!(p.dates[0].0, "Jan 2021 – Present");
        assert!(p.is_dated_header("Senior Engineering Manager, Acme Corp — Jan 2021 – Present"));
        assert!(p.has_title());
        let p = parts("Acme Corp | Berlin | 2019–2021");
        assert_eq!(p.texts, ["Acme Corp", "Berlin"]);
        assert!(!p.has_title());
        // Word's right-aligned dates, after tabs.
        let p = parts("Engineering Manager, Acme\t\tJan 2021 – Present");
        assert_eq!(p.texts, ["Engineering Manager", "Acme"]);
        assert_eq!(p.dates[0].0, "Jan 2021 – Present");
        let p = parts("March 2022 – Present");
        assert!(p.texts.is_empty() && p.dates.len() == 1);
        // Dates leading the line, parted by a colon.
        let p = parts("2019 – 2021: Engineering Manager, Acme Corp");
        assert_eq!(p.texts, ["Engineering Manager", "Acme Corp"]);
        assert_eq!(p.dates[0].0, "2019 – 2021");
        // A range leading a title with only spaces or a tab between them.
        for (line, dates) in [
            ("2019-2021 Engineering Manager, Acme", "2019-2021"),
            ("2017 – 2019\tEngineering Lead, Acme", "2017 – 2019"),
            ("Jan 2020 – Present Staff Engineer, Acme", "Jan 2020 – Present"),
        ] {
            let p = parts(line);
            assert_eq!(p.dates.len(), 1, "{line}");
            assert_eq!(p.dates[0].0, dates, "{line}");
            assert_eq!(p.texts[1], "Acme", "{line}");
            assert!(p.has_title() && p.is_dated_header(line), "{line}");
        }
        // A comma before a team or discipline stays in the title; before a company or a place
        // it parts.
        let p = parts("Manager, Software Engineering | Hooli | 2021 – Present");
        assert_eq!(p.texts, ["Manager, Software Engineering", "Hooli"]);
        assert_eq!(p.dates[0].0, "2021 – Present");
        let p = parts("Director, Product · Acme | Berlin, Germany");
        assert_eq!(p.texts, ["Director, Product", "Acme", "Berlin", "Germany"]);
        let p = parts("Senior Manager, Technical Program Management, Initech — 2019 – 2022");
        assert_eq!(p.texts, ["Senior Manager, Technical Program Management", "Initech"]);
        let p = parts("Senior Software Engineer, Google | Mountain View, CA | 2019 – 2021");
        assert_eq!(p.texts, ["Senior Software Engineer", "Google", "Mountain View", "CA"]);
        let p = parts("Acme, Platform | 2019 – 2021");
        assert_eq!(p.texts, ["Acme", "Platform"]);
        // A single year, or no title after the range, is no such header.
        assert!(parts("2024 Engineering Manager offsite").dates.is_empty());
        assert!(!parts("2019-2021 Led the migration").is_dated_header("2019-2021 Led the migration"));
        let p = parts("cut costs from 2019 to 2021 by a third");
        assert!(!p.is_dated_header("cut costs from 2019 to 2021 by a third"));
        let long = format!("Engineering Manager, Acme — 2021–2024 {}", "x ".repeat(200));
        assert_eq!(parts(&long), HeaderParts::default());
        assert!(!title_like(&"Acme ".repeat(100)));
    }

    #[test]
    fn a_range_ending_a_line_after_a_space_dates_a_header() {
        let read = |line: &str, work: bool| {
            let p = HeaderParts::read_in(line, DateSettings::default(), work);
            let dates: Vec<&str> = p.dates.iter().map(|(written, _)| written.as_str()).collect();
            (p.texts.clone(), dates.join(";"), p.is_dated_header(line))
        };
        // A title before the dates is enough anywhere.
        for (line, texts, dates) in [
            (
                "Engineering Manager, Acme Corp June 2020 – Present",
                &["Engineering Manager", "Acme Corp"][..],
                "June 2020 – Present",
            ),
            (
                "Engineering Manager | Acme Corp Jun. 2020 -- Present",
                &["Engineering Manager", "Acme Corp"],
                "Jun. 2020 -- Present",
            ),
            (
                "Senior Engineer, Initech 2017 – 2020",
                &["Senior Engineer", "Initech"],
                "2017 – 2020",
            ),
            ("Intern Jun 2016 – Aug 2016", &["Intern"], "Jun 2016 – Aug 2016"),
            (
                "Staff Engineer, Acme Inc. 06/2020 - Present",
                &["Staff Engineer", "Acme Inc."],
                "06/2020 - Present",
            ),
        ] {
            for work in [false, true] {
                assert_eq!(
                    read(line, work),
                    (
                        texts.iter().map(|t| t.to_string()).collect::<Vec<_>>(),
                        dates.to_string(),
                        true
                    ),
                    "{line}"
                );
            }
        }
        // A company alone heads a job only in a resume's work.
        let line = "Acme Corp June 2020 – Present";
        assert_eq!(
            read(line, true),
            (vec!["Acme Corp".to_string()], "June 2020 – Present".to_string(), true)
        );
        assert_eq!(read(line, false).1, "");
        // Sentences, and lines led by a verb, keep their dates as text, in a resume's work too.
        for line in [
            "Shipped the redesign in June 2020 – March 2021",
            "Shipped the redesign June 2020 – March 2021",
            "Managed Platform Team 2019 – 2021",
            "Led Engineering Managers Jan 2020 – Present",
            "Hiring Plan 2019 – 2021",
            "cut costs from 2019 to 2021 by a third",
            "Grew the team from four to twelve engineers across three offices and two time zones 2019 – 2021",
            "jane@example.com 2019 – 2021",
        ] {
            let (_, dates, header) = read(line, true);
            assert!(dates.is_empty() && !header, "{line}");
        }
        // A title named beside a single date is no header (a range is needed).
        assert!(read("Engineering Manager 2024", true).1.is_empty());
        // Dates parted by punctuation read as before.
        assert_eq!(read("Acme Corp, June 2020 – Present", false).1, "June 2020 – Present");
    }

    #[test]
    fn a_title_at_a_company_is_parted_at_its_at() {
        for (line, texts) in [
            (
                "Technical Program Manager at Globex",
                &["Technical Program Manager", "Globex"][..],
            ),
            (
                "Engineering Manager @ Acme — 2019 – 2021",
                &["Engineering Manager", "Acme"],
            ),
            ("Senior PM at Stripe, Dublin", &["Senior PM", "Stripe", "Dublin"]),
            ("Head of Product at Acme | 2014 – 2016", &["Head of Product", "Acme"]),
            (
                "Support Engineer At Bank of America",
                &["Support Engineer", "Bank of America"],
            ),
            ("Lead Engineer at 3M, 2019–2021", &["Lead Engineer", "3M"]),
        ] {
            assert_eq!(parts(line).texts, texts, "{line}");
        }
        // Guards: a line of work (led by a verb, in lower case), no title word before the
        // `at`, or no short capitalised name after it leave the segment whole.
        for line in [
            "Presented our roadmap at KubeCon 2023",
            "Led the migration at Acme",
            "Led PM Team at Acme",
            "Acme Corp at Berlin",
            "Engineering Manager at a fintech startup",
            "Engineering Manager at Acme Corp Payments Platform Infrastructure Group Europe",
            "Engineering Manager at",
        ] {
            let texts = parts(line).texts;
            assert!(texts.iter().any(|t| t.contains(" at")), "{line}: {texts:?}");
        }
        // The header names its title and company.
        let mut header = Header::default();
        for line in ["Technical Program Manager at Globex", "Jun 2015 - Feb 2017"] {
            header.take(parts(line));
        }
        assert_eq!(
            (header.title(), header.company()),
            (Some("Technical Program Manager"), Some("Globex"))
        );
    }

    #[test]
    fn a_city_after_a_title_is_parted_from_it_before_a_region_code() {
        for (line, texts) in [
            (
                "Engineering Manager San Francisco, CA",
                &["Engineering Manager", "San Francisco", "CA"][..],
            ),
            (
                "Software Engineer II Austin, TX",
                &["Software Engineer II", "Austin", "TX"],
            ),
            (
                "Product Lead Salt Lake City, UT",
                &["Product Lead", "Salt Lake City", "UT"],
            ),
            // A title that runs on in lower case, or no region code or country: left whole.
            ("Head of Platform Toronto, ON", &["Head of Platform Toronto", "ON"]),
            (
                "Engineering Manager Berlin, Germany",
                &["Engineering Manager", "Berlin", "Germany"],
            ),
            ("Acme Corp San Francisco, CA", &["Acme Corp", "San Francisco", "CA"]),
            (
                "Engineering Manager Platform, Initech",
                &["Engineering Manager Platform", "Initech"],
            ),
        ] {
            assert_eq!(parts(line).texts, texts, "{line}");
        }
    }

    #[test]
    fn a_person_name_is_a_few_capitalised_words() {
        assert!(reads_as_person_name("Jane Doe"));
        assert!(reads_as_person_name("Mary-Ann O'Neil"));
        assert!(!reads_as_person_name("Acme"));
        assert!(!reads_as_person_name("Acme Labs"));
        assert!(!reads_as_person_name("Staff Engineer"));
        assert!(!reads_as_person_name("IBM Research"));
    }

    #[test]
    fn a_section_name_labelling_its_line_is_told() {
        assert!(is_labelled_section_line("Education: BSc Computer Science, 2006–2010"));
        assert!(is_labelled_section_line("Education — BSc, 2006–2010"));
        assert!(is_labelled_section_line("Certifications: PMP, 2019"));
        assert!(!is_labelled_section_line("Education"));
        assert!(!is_labelled_section_line("Education:"));
        assert!(!is_labelled_section_line(
            "Education: Ran the mentoring program for new hires"
        ));
        assert!(!is_labelled_section_line("Engineering Manager, Acme — 2019 – 2021"));
        assert!(!is_labelled_section_line("Skills: Go, Rust"));
    }

    #[test]
    fn a_title_is_parted_from_a_company_glued_to_its_at_sign() {
        assert_eq!(parts("Senior PM @Acme").texts, ["Senior PM", "Acme"]);
        assert_eq!(
            parts("Engineering Manager @ Acme").texts,
            ["Engineering Manager", "Acme"]
        );
        // A mention in a line of work, and an address, are not parted.
        assert_eq!(
            parts("Paired with @Dana on the launch").texts,
            ["Paired with @Dana on the launch"]
        );
        assert_eq!(
            parts("Engineering Manager jane@acme.com").texts,
            ["Engineering Manager jane@acme.com"]
        );
    }

    #[test]
    fn a_city_after_a_company_is_parted_from_it_before_a_region_code_or_country() {
        for (line, texts) in [
            ("Initech Austin, TX", &["Initech", "Austin", "TX"][..]),
            ("Globex London, UK", &["Globex", "London", "UK"]),
            ("Acme Robotics Berlin, Germany", &["Acme Robotics", "Berlin", "Germany"]),
            ("Hooli Salt Lake City, UT", &["Hooli", "Salt Lake City", "UT"]),
            (
                "Product Manager, Initech New York, NY | 2019 – 2021",
                &["Product Manager", "Initech", "New York", "NY"],
            ),
            // A city alone, a company's word, a name ending in a small word: left whole.
            ("San Francisco, CA", &["San Francisco", "CA"]),
            ("Acme Corp, UK", &["Acme Corp", "UK"]),
            ("Bank of America, US", &["Bank of America", "US"]),
            // No region code or country after it.
            ("Initech Austin | 2019 – 2021", &["Initech Austin"]),
        ] {
            assert_eq!(parts(line).texts, texts, "{line}");
        }
        let mut header = Header::default();
        for line in ["Engineering Manager", "Initech Austin, TX", "Jan 2021 – Present"] {
            header.take(parts(line));
        }
        assert_eq!(
            (header.title(), header.company()),
            (Some("Engineering Manager"), Some("Initech"))
        );
    }

    #[test]
    fn a_header_names_its_title_and_company() {
        let mut header = Header::default();
        for line in [
            "Engineering Manager",
            "Acme Corp · Berlin",
            "March 2022 – Present · 3 yrs 2 mos",
        ] {
            header.take(parts(line));
        }
        assert_eq!(header.title(), Some("Engineering Manager"));
        assert_eq!(header.company(), Some("Acme Corp"));
        assert_eq!(
            header.dates.as_ref().map(|d| d.0.as_str()),
            Some("March 2022 – Present")
        );
        assert_eq!(header.period().map(|p| p.to_string()).as_deref(), Some("2022-03/.."));
        let mut header = Header::default();
        header.take(parts("Acme Corp | Berlin | 2019–2021"));
        assert_eq!((header.title(), header.company()), (None, Some("Acme Corp")));
        // The place under the dates is no company named before them.
        let mut header = Header::default();
        for line in ["Engineering Manager", "Jan 2023 - Present · 2 yrs", "Berlin, Germany"] {
            header.take(parts(line));
        }
        assert_eq!(
            (header.company_before_dates(), header.company()),
            (None, Some("Berlin"))
        );
        assert!(is_tenure(&parts("3 yrs 2 mos")));
        assert!(is_tenure(&parts("Full-time · 3 yrs 2 mos")));
        assert!(!is_tenure(&parts("Full-time")));
        assert!(!is_tenure(&parts("Jan 2023 - Present · 2 yrs")));
    }

    #[test]
    fn a_role_without_a_title_word_is_the_title_when_no_segment_has_one() {
        for (line, title, company) in [
            ("Mentor, Code Club — 2015–2020", Some("Mentor"), Some("Code Club")),
            (
                "Code Club | Board Member | 2019",
                Some("Board Member"),
                Some("Code Club"),
            ),
            (
                "Member of the Board, Acme Foundation",
                Some("Member of the Board"),
                Some("Acme Foundation"),
            ),
            ("Trustee · Acme Trust", Some("Trustee"), Some("Acme Trust")),
            // A title word wins wherever it stands; a company is no role.
            (
                "Volunteer, Engineering Lead, Code Club",
                Some("Engineering Lead"),
                Some("Volunteer"),
            ),
            ("Volunteer Ventures, 2018–2023", None, Some("Volunteer Ventures")),
            ("Acme Corp | Berlin | 2019–2021", None, Some("Acme Corp")),
        ] {
            let mut header = Header::default();
            header.take(parts(line));
            assert_eq!((header.title(), header.company()), (title, company), "{line}");
        }
        // The layout's test is unchanged.
        assert!(!parts("Board Member, Code Club — 2019").has_title());
        assert!(!has_title_word("Mentor"));
    }

    #[test]
    fn titles_and_companies_read_as_titles_and_sentences_do_not() {
        for line in [
            "Engineering Manager",
            "Acme Corp · Berlin",
            "ACME GMBH",
            "Head of Platform",
            "Example Co.",
        ] {
            assert!(title_like(line), "{line}");
        }
        for line in [
            "12 support agents",
            "across four regions, cutting costs",
            "Led the launch of instant payouts.",
            "Reduced the p99 latency of the checkout service by a third",
            "",
        ] {
            assert!(!title_like(line), "{line}");
        }
    }

    #[test]
    fn a_line_of_work_starts_with_a_verb() {
        for (line, form) in [
            ("Managed 8 engineers", Some(VerbForm::Finite)),
            ("Led the launch", Some(VerbForm::Finite)),
            ("own the roadmap", Some(VerbForm::Finite)),
            ("Hiring 3 engineers", Some(VerbForm::Gerund)),
            ("Lead Engineer", None),
            ("Head of Platform", None),
            ("2025 highlights", None),
            ("Q3 wins:", None),
            ("Team of 8", None),
            ("Red team", None),
            ("Überraschung", None),
            ("", None),
        ] {
            assert_eq!(leading_verb(line), form, "{line}");
        }
    }

    #[test]
    fn the_word_lists_searched_by_halves_are_sorted() {
        for list in [TITLE_WORDS, IRREGULAR_PAST, OTHER_VERBS] {
            assert!(list.is_sorted(), "{list:?}");
        }
    }

    #[test]
    fn every_listed_verb_leads_a_line_of_work_and_no_title_word_does() {
        for verb in IRREGULAR_PAST.iter().chain(OTHER_VERBS) {
            let capitalised = format!("{}{} the launch", verb[..1].to_ascii_uppercase(), &verb[1..]);
            let expected = (!TITLE_WORDS.contains(verb)).then_some(VerbForm::Finite);
            assert_eq!(leading_verb(&capitalised), expected, "{capitalised}");
            assert_eq!(leading_past_tense(verb), IRREGULAR_PAST.contains(verb), "{verb}");
        }
        for title in TITLE_WORDS.iter().filter(|word| word.len() >= 3) {
            assert_eq!(leading_verb(&format!("{title} of platform")), None, "{title}");
        }
        assert!(leading_past_tense("Coordinated the cutover"));
        assert!(!leading_past_tense("Hiring for the team"));
    }

    #[test]
    fn sentence_ends_and_open_ends() {
        assert!(ends_sentence("Shipped it."));
        assert!(ends_sentence("Shipped it (\"v2\")."));
        assert!(ends_sentence("Shipped it (+)"));
        assert!(!ends_sentence("Shipped it to 12"));
        assert!(ends_open("rebuilt the interview loop around a"));
        assert!(ends_open("cut costs,"));
        assert!(!ends_open("cut costs by 23%"));
    }

    #[test]
    fn contact_lines_hold_an_email_a_link_or_a_phone_number() {
        for line in [
            "jane@example.com",
            "Berlin · jane.roe@example.de · +49 30 1234 5678",
            "linkedin.com/in/janeroe",
            "(555) 010-0199 12",
            "+44 20 7946 0000",
            "Jane Doe · (415) 555-0100 · jane@x.com",
            "Jane Doe — (415) 555-0100",
        ] {
            assert!(is_contact(line), "{line}");
        }
        for line in [
            "Wrote the PRD for @mentions",
            "Grew revenue 2025-2026 by 12%",
            "Jane Roe",
            "Senior PM | Acme | 01/2019 - 03/2021",
            "Engineering Manager, Acme, 01.2019 - 03.2021",
        ] {
            assert!(!is_contact(line), "{line}");
        }
    }

    #[test]
    fn sections_over_jobs_are_read_only_by_the_resume_path() {
        for line in [
            "Volunteer",
            "LEADERSHIP",
            "Board Service:",
            "Community",
            "Leadership & Service",
        ] {
            assert!(is_section_over_jobs(line), "{line}");
            // They tell no layout and end no job.
            assert_eq!(section(line), None, "{line}");
        }
        for line in [
            "Experience",
            "Volunteer Lead",
            "Code Club",
            "Leadership offsite planning",
        ] {
            assert!(!is_section_over_jobs(line), "{line}");
        }
        // No name twice, and none that `section` knows.
        let keys: Vec<String> = SECTIONS_OVER_JOBS.iter().map(|n| section_key(n)).collect();
        for (i, key) in keys.iter().enumerate() {
            assert!(!keys[..i].contains(key), "{key} twice");
            assert_eq!(section(key), None, "{key}");
        }
    }

    #[test]
    fn section_headings_are_known_names_in_any_case() {
        assert_eq!(section("EXPERIENCE"), Some(Section::Work));
        assert_eq!(section("Work history:"), Some(Section::Work));
        assert_eq!(section("Education"), Some(Section::Other));
        assert_eq!(section("Honors & Awards"), Some(Section::Other));
        assert_eq!(section("Engineering Manager"), None);
        assert_eq!(section("Experience with Kubernetes and Terraform"), None);
    }

    #[test]
    fn a_section_heading_may_wear_an_emoji_or_a_shortcode() {
        for heading in [
            "💼 Experience",
            "💼 Work Experience:",
            "Experience 💼",
            ":briefcase: Experience",
            "Experience :briefcase:",
            "👩\u{200D}💻 Experience",
        ] {
            assert_eq!(section(heading), Some(Section::Work), "{heading}");
        }
        assert_eq!(section("🎓 Education"), Some(Section::Other));
        assert_eq!(section("🛠\u{FE0F} Skills"), Some(Section::Other));
        assert!(is_section_over_jobs("🤝 Volunteer"));
        // Only at the ends, and only a whole shortcode before a space.
        assert_eq!(section("🚀 Shipped the Experience 💼 page"), None);
        assert_eq!(section("a:b: Experience"), None);
    }
}
