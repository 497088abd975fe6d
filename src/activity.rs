//! A document's text → activities, one per line or bullet.
//!
//! People paste brag documents, resumes and self-reviews in Markdown-ish text, or straight out
//! of a PDF, LinkedIn or Word, so this step strips the Markdown and the bullets (`-`, `•`, `▪`,
//! Word's `o`, `a.`, `🚀`…) and link targets, joins lines a paste wrapped mid-sentence (or
//! hyphenated) back into their bullet, and sets aside
//! what is not an activity (headings, date lines, rules, front matter, what a paste wraps around
//! the work — an email's greeting and signature, a page's properties, a review form's fields,
//! questions and ratings, see [`crate::paste`]; a Google Doc's comments and their anchors, see
//! [`crate::doc_comments`] — and
//! in a resume the job headers, contact lines and section headings). Every line lands in exactly
//! one bucket — an activity, a continuation of the activity above it, or skipped — so the totals
//! always add up.

use std::borrow::Cow;
use std::sync::Arc;

use serde::Serialize;

use crate::dates::{self, DateRead, DateSettings, Period};
use crate::doc_comments::{Anchors, Comments};
use crate::layout::{self, Header, HeaderParts, Layout, Section};
use crate::markup::{Markup, Part};
use crate::paste::{self, Tail};

/// One thing the person did, as written (Markdown stripped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    /// 1-based line number of the activity's first line.
    pub line: usize,
    /// The text, with bullets, task boxes, emphasis, a leading date and energy markers removed;
    /// continuations joined by a space.
    pub text: String,
    /// When it happened: a leading date on the line, else the date of the heading above it, else
    /// the dates of its job.
    pub date: Option<Period>,
    /// Whether it gave energy (`(+)`, `[+]`) or drained it (`(-)`, `[-]`).
    pub energy: Option<Energy>,
    /// In a resume, the job it belongs to (an index into [`Parsed::jobs`]).
    pub job: Option<usize>,
    /// That job's label ([`Job::label`]), shared by its activities, for outputs that show it
    /// before the document's jobs are known.
    pub job_label: Option<Arc<str>>,
    /// Whether it is an unchecked task (`- [ ] …`): planned, not done, so left out of the
    /// scores (`- [x]` counts).
    pub unchecked: bool,
}

/// An energy marker on an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Energy {
    /// `(+)` or `[+]`: this work gave energy.
    #[serde(rename = "+")]
    Gives,
    /// `(-)` or `[-]`: this work drained energy.
    #[serde(rename = "-")]
    Drains,
}

impl Energy {
    fn from_marker(marker: &str) -> Option<Energy> {
        match marker {
            "(+)" | "[+]" => Some(Energy::Gives),
            "(-)" | "[-]" => Some(Energy::Drains),
            _ => None,
        }
    }
}

/// One job of a resume: its header as written, and how its lines were accounted for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Job {
    /// 1-based line of the header's first line.
    pub line: usize,
    /// The title, as written (`Senior Engineering Manager`).
    pub title: Option<String>,
    /// The company, as written (`Acme Corp`).
    pub company: Option<String>,
    /// The dates, as written (`Jan 2021 – Present`).
    pub dates: Option<String>,
    /// The period the dates name, when they were understood.
    pub period: Option<Period>,
    /// Lines joined to this job's activities.
    pub continuations: usize,
    /// This job's header lines and other lines that are not activities.
    pub skipped: usize,
}

impl Job {
    /// How the job is shown: `title, company` as written, else what there is.
    pub fn label(&self) -> String {
        job_label(
            self.title.as_deref(),
            self.company.as_deref(),
            self.dates.as_deref(),
            self.line,
        )
    }
}

/// How a job is shown: `title, company` as written, else what there is (its dates, else where
/// its header starts). Shared by [`Job`] and the report's job rows.
pub fn job_label(title: Option<&str>, company: Option<&str>, dates: Option<&str>, line: usize) -> String {
    match (title, company) {
        (Some(title), Some(company)) => format!("{title}, {company}"),
        (Some(one), None) | (None, Some(one)) => one.to_string(),
        (None, None) => dates.map_or_else(|| format!("job at line {line}"), str::to_string),
    }
}

/// The activities of one document and how every line was accounted for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Activities in document order.
    pub activities: Vec<Activity>,
    /// Number of lines in the document.
    pub lines: usize,
    /// Lines joined to the activity above them.
    pub continuations: usize,
    /// Blank lines, headings, date lines, horizontal rules, front matter, praise quoted from
    /// someone else (the first line of each quotation; see `quoted_praise`), and in a resume job
    /// headers and lines that are neither bullets nor sentences under a job.
    pub skipped: usize,
    /// `key: value` pairs of the YAML front matter, if any (keys lower-cased).
    pub front_matter: Vec<(String, String)>,
    /// The line of each pair in `front_matter`, in the same order, so an error about a value
    /// can name `file:line`.
    pub front_matter_lines: Vec<usize>,
    /// Whether the front matter was TOML's (`+++` … `+++`, `role = "em"`), so a message about it
    /// can show its own marks and syntax.
    pub front_matter_toml: bool,
    /// A page's `Role:` property (as Notion exports a page, see [`crate::paste`]), or a review
    /// form's `Role:` or `Job title:` field: the role the document is checked against when
    /// nothing else names one.
    pub page_role: Option<PageField>,
    /// A review form's `Reviewee:` or `Employee:` field: the document's name when its front
    /// matter names none.
    pub page_name: Option<PageField>,
    /// How the document was read.
    pub layout: Layout,
    /// A resume's jobs, in document order.
    pub jobs: Vec<Job>,
    /// Dates that could not be read, as `(line, message)`, for warnings naming `file:line`.
    pub warnings: Vec<(usize, String)>,
}

/// A field read at the top of a page or a review form (see [`crate::paste`]) that says
/// something of the whole document: whose it is, the role its author holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageField {
    /// Its line.
    pub line: usize,
    /// Its name as written (`Role`, `Job title`).
    pub name: String,
    /// Its value, trimmed.
    pub value: String,
    /// Whether it is a review form's field, not a page's property.
    pub form: bool,
}

impl Parsed {
    /// The first front-matter field named `key` (lower case): its value, trimmed, unless it is
    /// empty, with its line.
    pub fn front_field(&self, key: &str) -> Option<(usize, &str)> {
        let index = self.front_matter.iter().position(|(k, _)| k == key)?;
        let value = self.front_matter[index].1.trim();
        let line = self.front_matter_lines.get(index).copied().unwrap_or(1);
        (!value.is_empty()).then_some((line, value))
    }
}

/// How to read a document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParseOptions {
    /// The layout, or `None` to tell it from the lines before the first bullet.
    pub layout: Option<Layout>,
    /// How to read dates.
    pub dates: DateSettings,
    /// The period the whole text falls in (a spreadsheet row's date cell): it dates the
    /// activities, and gives a day written without its year (`Oct 2: …`) its year, as a heading
    /// over them would.
    pub period: Option<Period>,
    /// The day taken as today (`--as-of`), or `None` for the clock's: a day without its year
    /// under a period that runs to the present (`Mar 2024 – Present`) is placed in the latest
    /// year that puts it inside the period and not after today.
    pub today: Option<jiff::civil::Date>,
    /// Whether the text is a spreadsheet's cell (or one labeled line), not a document: no line
    /// of it is read as an email's greeting, sign-off or signature, a page's properties (see
    /// [`crate::paste`]) or a Google Doc's comments (see [`crate::doc_comments`]), which wrap a
    /// document, not a line of work (`Project: Search revamp`).
    pub cell: bool,
}

/// Longest activity text kept, in bytes (1 MiB): continuation lines past it are counted but
/// their text is left out, with a warning.
pub const MAX_ACTIVITY_BYTES: usize = 1 << 20;

/// Most jobs a resume keeps apart (a resume lists a few dozen at most): past them, lines count
/// for the whole document only, so a document of endless job headers keeps memory bounded.
pub const MAX_JOBS: usize = 1_000;

/// Most bytes of YAML front matter held while waiting for its closing `---`.
const MAX_FRONT_MATTER_BYTES: usize = 64 << 10;

/// Splits `text` into lines on `\n`, `\r\n` or a lone `\r`; a final line ending adds no line.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let line = &rest[..cut];
        let after = &rest[cut..];
        rest = after.strip_prefix("\r\n").or_else(|| after.get(1..)).unwrap_or(after);
        Some(line)
    })
}

/// Parses a whole document into activities, its layout told from its content (see [`Parser`]
/// for line-by-line use).
pub fn parse(text: &str) -> Parsed {
    parse_with(text, ParseOptions::default())
}

/// Parses a whole document into activities with the given options.
pub fn parse_with(text: &str, options: ParseOptions) -> Parsed {
    let mut parser = Parser::with(options);
    let mut activities = Vec::new();
    for line in lines(text) {
        parser.push(line, &mut activities);
    }
    let mut parsed = parser.finish(&mut activities);
    parsed.activities = activities;
    parsed
}

/// YAML front matter longer than this many lines is taken for ordinary text.
const MAX_FRONT_MATTER_LINES: usize = 200;

/// Lines held before the first bullet while the layout is being told; a document with no bullet
/// in them is a brag list.
const PREAMBLE_LINES: usize = 60;

/// A job header spans at most this many lines.
const MAX_HEADER_LINES: usize = 3;

/// The level given to a line of nothing but a date (`**2024-10**`): below every Markdown
/// heading, so any heading ends its reach, and the next date line replaces it.
const DATE_LINE_LEVEL: usize = 7;

/// A line longer than this is not a line of only a date, even with its emphasis.
const MAX_DATE_LINE_BYTES: usize = 72;

/// How many years back from today a day without its year is looked for under a period that
/// runs to the present.
const MAX_YEARS_BACK: i16 = 100;

/// At most this many unreadable dates are reported per document.
const MAX_WARNINGS: usize = 50;

/// A heading that may date the lines under it.
#[derive(Debug, Clone, Copy)]
struct Heading {
    level: usize,
    period: Option<Period>,
    line: usize,
}

/// A resume line whose part (a wrapped bullet's text, a job header, or neither) is known only
/// once a later line is seen.
#[derive(Debug, Clone)]
struct Held {
    line: usize,
    text: String,
    /// Whether it may continue the open bullet (every line between them may).
    continues: bool,
    /// Whether it is a line of text, not a heading.
    plain: bool,
}

/// A brag list's short line without a bullet that may title the bullets after it (`2025
/// highlights`, `Q3 wins:`), held until the next line that is not blank shows whether a bullet
/// follows.
#[derive(Debug, Clone)]
struct Title {
    line: usize,
    text: String,
    /// Whether, read as a line of text, it would continue the open bullet.
    continues: bool,
}

/// Turns lines into activities one at a time, so a document of any size streams through in
/// constant memory: an activity is emitted once the next line shows it has no continuation.
///
/// The layout is told from the lines before the first bullet (held until then, at most
/// [`PREAMBLE_LINES`]): a resume when they hold a work section heading (`Experience`) or end in
/// a job header (a title or company with dates); otherwise a brag list. In a resume, at most the
/// few lines a job header can span are held at a time.
#[derive(Debug, Default)]
pub struct Parser {
    options: ParseOptions,
    /// Counts so far; `activities` stays empty (activities go to the caller).
    counts: Parsed,
    /// The activity still open to continuation lines.
    pending: Option<Activity>,
    /// Whether the previous line belongs to a bulleted activity (or a resume's prose line), so
    /// the next may continue it.
    in_bullet: bool,
    /// Whether the open activity is a resume's prose line under a job, not a bullet: only a
    /// line that is indented, starts in lower case or follows an open end (`…, and`) continues
    /// it, since a LinkedIn description puts each sentence or paragraph on a line of its own.
    prose: bool,
    /// Whether a line of tab-separated cells has been read: only the first can be a header row.
    seen_cells: bool,
    /// Lines under the current job that were skipped though they are not headers, headings or
    /// blank (title-like lines between prose): the first one's line and how many, for a warning
    /// when the job ends.
    unread: Option<(usize, usize)>,
    /// Open headings; the innermost dated one dates activities.
    headings: Vec<Heading>,
    /// Lines held while deciding whether a leading `---` opens front matter.
    front_matter: Option<Vec<String>>,
    /// The layout, once known.
    layout: Option<Layout>,
    /// Lines held before the first bullet while the layout is unknown.
    preamble: Vec<(usize, String)>,
    /// Which of them are table rows (their cells joined by ` | `), and whether header rows.
    preamble_rows: Vec<(usize, bool)>,
    /// Whether the first bullet came under a resume's other section (`Summary`, `Skills`): the
    /// layout then waits, holding every line, for a work section over a job header (a resume)
    /// or for [`PREAMBLE_LINES`] lines (a brag list).
    other_section_first: bool,
    /// Resume lines held until their part is known.
    held: Vec<Held>,
    /// Whether a blank line came after the last held line.
    blank_after_held: bool,
    /// The current job.
    job: Option<usize>,
    /// The current job's header, while it may take more lines.
    header: Option<Header>,
    /// Inside a resume section that holds no work (education, skills…).
    other_section: bool,
    /// Inside a resume's work section (`Experience`), so a line whose dates end it after only a
    /// space may head a job without naming a title (see [`HeaderParts::read_in`]).
    work_section: bool,
    /// Unreadable dates not reported beyond [`MAX_WARNINGS`].
    unreported: usize,
    /// Bytes of the lines held in `front_matter`.
    front_matter_bytes: usize,
    /// The line of the `---` that opened `front_matter`.
    front_matter_line: usize,
    /// Whether a field has been read in `front_matter` (the first line that is not blank or a
    /// comment must be one).
    front_matter_fielded: bool,
    /// Whether `front_matter` is TOML (`+++` … `+++`, `role = "em"`), as Hugo and Zola write
    /// it, rather than YAML (`---` … `---`, `role: em`).
    front_matter_toml: bool,
    /// Whether a line that is not blank has been read: front matter can open only before.
    past_blank_start: bool,
    /// Whether the pending activity took continuation lines.
    continued: bool,
    /// Whether the pending activity reached [`MAX_ACTIVITY_BYTES`] (and was warned about).
    cut_short: bool,
    /// The current job's index and label, made once for its activities.
    label: Option<(usize, Arc<str>)>,
    /// Markdown that holds no activity as written (code, comments, quotes, tables).
    markup: Markup,
    /// A brag list's line that may title the bullets after it.
    title: Option<Title>,
    /// The company a LinkedIn paste names over several roles (`Acme Robotics` / `3 yrs 2 mos`,
    /// then title and dates for each role), for the roles whose headers name none.
    group: Option<String>,
    /// Whether that group's first role has yet to come: the place under the company
    /// (`Berlin, Germany`) is the group's, not a role's.
    group_open: bool,
    /// A resume's last line that is not blank, to read a line a LinkedIn copy doubles once.
    last_line: String,
    /// Lines read once because they repeated the line above them: the first one and how many.
    doubled: Option<(usize, usize)>,
    /// LinkedIn's page controls copied with a profile (see [`page_control`]): the first one's
    /// line, how many, and whether one cut a description short (`…see more`).
    controls: Option<(usize, usize, bool)>,
    /// Praise quoted from others with its attribution (see [`quoted_praise`]), skipped: the
    /// first one's line and how many.
    praise: Option<(usize, usize)>,
    /// Bytes of the open activity's last line, to tell a wrapped sentence.
    last_len: usize,
    /// The number of the brag list's line last read into the open activity (started or
    /// continued there), to tell a line right under it (see [`Parser::wraps_plain`]).
    open_through: Option<usize>,
    /// Lines read as titles of the bullets under them: the first one's line and text, and how
    /// many, for a warning as the document ends.
    titles: Option<(usize, String, usize)>,
    /// Activities that start with a date without its year and found no year for it: the first
    /// one's line, date as written and why, and how many, for a warning as the document ends.
    yearless: Option<(usize, String, usize, Cow<'static, str>)>,
    /// Whether the pending activity's first line held a date (a bracketed one ending its last
    /// continuation line is then not read, and the line is no setext heading).
    pending_dated: bool,
    /// A brag list's first lines that may be its header (`Jane Doe`, `Engineering Manager,
    /// Payments`), held with the blank lines after them until the next line shows whether a
    /// list follows (see [`Parser::header_line`]).
    list_header: Vec<(usize, String)>,
    /// Blank lines held after `list_header` (at most [`MAX_LIST_HEADER_BLANKS`]).
    list_header_blanks: usize,
    /// Whether the brag list's header, if it has one, is behind: a line that is no header line
    /// has been read.
    past_header: bool,
    /// Texts of activities already classified, handed back by [`Parser::reuse`] to hold the
    /// next activities' texts.
    spare: Vec<String>,
    /// Today's date, once a day without its year under an open period asked for it.
    today: Option<jiff::civil::Date>,
    /// Whether a `role:` line outside front matter has been warned about.
    role_line_warned: bool,
    /// The last day a date may start on before it is warned about as far in the future (today
    /// and [`MAX_YEARS_AHEAD`] years), once a date asked for it.
    horizon: Option<jiff::civil::Date>,
    /// Whether a date far in the future has been warned about.
    future_warned: bool,
    /// How many `>` quote the last line that was not blank (0 outside a quote).
    quote_depth: usize,
    /// The document's first lines that are neither blank, bullets nor headings (a resume's name
    /// and contact lines), at most [`RUNNING_HEADER_LINES`]: a PDF repeats them at the top of
    /// each page.
    first_lines: Vec<(usize, String)>,
    /// Whether `first_lines` is complete: it holds [`RUNNING_HEADER_LINES`], or a bullet came.
    first_lines_done: bool,
    /// Whether the line before was blank.
    after_blank: bool,
    /// A page just began (a form feed, or a page number skipped): a line repeating one of
    /// `first_lines` is the page's running header (see [`Parser::running_header`]).
    page_break: bool,
    /// Where a bullet open when blank lines began stands: the blank lines around a page's
    /// number or running header are the page's, and end no bullet wrapped across it.
    across_page: AcrossPage,
    /// How far the top of the document has been read, for an email's greeting and a page's
    /// properties.
    top: Top,
    /// Lines that may be a page's properties, held with their names and whether each name is a
    /// known one, until the block ends (see [`Parser::settle_properties`]).
    properties: Vec<(usize, String, bool)>,
    /// The line of an email's greeting, read as none of the work.
    greeting: Option<usize>,
    /// The first line of text after the greeting, which may lead in to the list under it.
    lead_in: Option<usize>,
    /// Lines at the end that may be an email's sign-off and signature.
    tail: Option<Tail>,
    /// Sign-offs and signatures that ended at a quoted earlier message's header, skipped.
    tails: Vec<Tail>,
    /// A line at the very top that may title a review form's fields under it, and the blank
    /// lines after it, held until the fields show whether it does (see [`Top::FormTitled`]).
    top_held: Vec<(usize, String)>,
    /// What of a review form was read as none of the work (see [`crate::paste::Form`]).
    form: paste::Form,
    /// Lines held from a question while the document may be a review form shown by its
    /// questions (see [`paste::Asked`]).
    asked: Option<paste::Asked>,
    /// The last line of lines held so and read as written: none of them opens another hold.
    asked_until: usize,
    /// The anchors of a Google Doc's comments glued into the lines read so far (`[a]`).
    anchors: Anchors,
    /// The comments listed after a Google Doc's text, once their first line has come: every
    /// line from there to the end is theirs (see [`crate::doc_comments`]).
    doc_comments: Option<Comments>,
}

/// How far the top of a document has been read (past its front matter), for what a paste wraps
/// around the work (see [`crate::paste`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Top {
    /// Nothing but blank lines yet: the next line of text may be an email's greeting, a page's
    /// title or its first property.
    #[default]
    Start,
    /// The page's title (`# Q3 wins`) and blank lines: its properties may follow.
    Titled,
    /// A plain line at the very top (`Performance Review — H1 2025`), held: a review form's
    /// fields may follow, and it is then the form's title.
    FormTitled,
    /// Property lines are held.
    Properties,
    /// An email's greeting was read: the next line of text may lead in to the list.
    Greeted,
    /// Past the top.
    Done,
}

/// Most lines held as a page's properties: a longer block of `key: value` lines is text.
const MAX_PROPERTY_LINES: usize = 30;

/// Most blank lines between a review form's title and its fields.
const MAX_FORM_TITLE_BLANKS: usize = 2;

/// A bullet left open by blank lines, and whether a page break came after them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum AcrossPage {
    /// No bullet was open when the blank lines began (or a line of text came since).
    #[default]
    Closed,
    /// A bullet was open when the blank lines began.
    Blank,
    /// And a page number, a running header or a form feed came after them: the next line of
    /// text may continue the bullet.
    Crossed,
}

/// How many of a document's first lines a page's running header may repeat.
const RUNNING_HEADER_LINES: usize = 3;
/// The longest first line kept for [`Parser::running_header`].
const RUNNING_HEADER_BYTES: usize = 120;

/// Most texts [`Parser::reuse`] keeps (a chunk's worth), and the most bytes each may hold, so
/// the spare texts take a few hundred KiB at most.
const SPARE_TEXTS: usize = 1024;
const SPARE_TEXT_BYTES: usize = 512;

impl Parser {
    /// The line that opens and closes the front matter being read: `+++` for TOML, `---`.
    fn front_matter_mark(&self) -> &'static str {
        if self.front_matter_toml { "+++" } else { "---" }
    }

    /// A parser at the start of a document, telling its layout from its content.
    pub fn new() -> Parser {
        Parser::default()
    }

    /// A parser with the given options.
    pub fn with(options: ParseOptions) -> Parser {
        // The text's own period is a heading above its first line.
        let headings = options
            .period
            .map(|period| Heading {
                level: 0,
                period: Some(period),
                line: 1,
            })
            .into_iter()
            .collect();
        Parser {
            options,
            layout: options.layout,
            counts: Parsed {
                layout: options.layout.unwrap_or_default(),
                ..Parsed::default()
            },
            headings,
            ..Parser::default()
        }
    }

    /// Takes back activities already classified: their texts hold the next activities' texts.
    /// An activity's text allocated here and freed on the thread that classified it took two of
    /// the allocator's slow paths (about 400 instructions an activity).
    pub fn reuse(&mut self, activities: &mut Vec<Activity>) {
        for activity in activities.drain(..) {
            if self.spare.len() < SPARE_TEXTS && activity.text.capacity() <= SPARE_TEXT_BYTES {
                self.spare.push(activity.text);
            }
        }
    }

    /// A copy of `text` for an activity, in a spare text when there is one.
    fn text_of(&mut self, text: &str) -> String {
        match self.spare.pop() {
            Some(mut spare) => {
                spare.clear();
                spare.push_str(text);
                spare
            }
            None => text.to_string(),
        }
    }

    /// Feeds the next line (without its line ending); completed activities are appended to `out`.
    pub fn push(&mut self, line: &str, out: &mut Vec<Activity>) {
        self.counts.lines += 1;
        let number = self.counts.lines;
        if !self.past_blank_start {
            // Front matter opens on the first line that is not blank (an editor or a template
            // may leave blank lines above it), with its `---` unindented.
            let bare = line.trim_start_matches('\u{feff}');
            let opener = bare.trim_end();
            if opener == "---" || opener == "+++" {
                self.past_blank_start = true;
                self.front_matter = Some(vec![line.to_string()]);
                self.front_matter_bytes = line.len();
                self.front_matter_line = number;
                self.front_matter_fielded = false;
                self.front_matter_toml = opener == "+++";
                return;
            }
            self.past_blank_start = !bare.trim().is_empty();
        }
        if let Some(held) = &mut self.front_matter {
            held.push(line.to_string());
            self.front_matter_bytes += line.len();
            let trimmed = line.trim();
            if !self.front_matter_fielded && !trimmed.is_empty() && !trimmed.starts_with('#') {
                // Front matter starts with a field (`role: em`), after blank or comment lines
                // at most; lines between two rules are text.
                if !is_field_line(trimmed, self.front_matter_toml) {
                    self.replay_held(out);
                    return;
                }
                self.front_matter_fielded = true;
            }
            let closes = match self.front_matter_toml {
                true => line.trim_end() == "+++",
                false => matches!(line.trim_end(), "---" | "..."),
            };
            if closes {
                let held = self.front_matter.take().unwrap_or_default();
                self.counts.skipped += held.len();
                let fields = top_fields(
                    &held[1..held.len() - 1],
                    self.front_matter_line + 1,
                    self.front_matter_toml,
                );
                (self.counts.front_matter, self.counts.front_matter_lines) = fields.top.into_iter().unzip();
                self.counts.front_matter_toml = self.front_matter_toml;
                if let Some((line, text, parent)) = fields.nested_role
                    && self.counts.front_field("role").is_none()
                {
                    self.warn_nested_role(line, &text, &parent);
                }
            } else if held.len() > MAX_FRONT_MATTER_LINES || self.front_matter_bytes > MAX_FRONT_MATTER_BYTES {
                self.warn(
                    self.front_matter_line,
                    format!(
                        "the `{}` here opens front matter that does not close within {MAX_FRONT_MATTER_LINES} lines ({} KiB); its lines are read as text",
                        self.front_matter_mark(),
                        MAX_FRONT_MATTER_BYTES >> 10
                    ),
                );
                self.replay_held(out);
            }
            return;
        }
        if self.doc_comment(number, line) {
            return;
        }
        self.paste(number, line, out);
    }

    /// A line past the front matter, as it comes: the comments a Google Doc lists after its text
    /// (see [`crate::doc_comments`]) are skipped from the first line starting with an anchor that
    /// a line above used (outside code and comments) to the end, lines held before them (a
    /// sign-off, a question, a table's row) staying where they stood; else the line's anchors are
    /// noted. Returns whether the line was taken.
    fn doc_comment(&mut self, number: usize, line: &str) -> bool {
        if self.options.cell {
            return false;
        }
        if let Some(comments) = &mut self.doc_comments {
            comments.take(number, line, self.anchors);
        } else if !self.markup.is_open() && self.anchors.opens_comments(line) {
            self.doc_comments = Some(Comments::open(number));
        } else {
            // Code in a fence or a comment uses no anchor (`seen[a] = True`).
            if !self.markup.is_open() {
                self.anchors.note(line);
            }
            return false;
        }
        self.skip_line(self.job);
        true
    }

    /// A line past the front matter, before it is read: an email's greeting, a page's
    /// properties and an email's sign-off and signature are told here by where they stand (see
    /// [`crate::paste`]); the lines that may be a sign-off and signature are held until a line
    /// shows they are not, or the document ends.
    fn paste(&mut self, number: usize, line: &str, out: &mut Vec<Activity>) {
        if self.options.cell {
            self.read(number, line, out);
            return;
        }
        while let Some(mut asked) = self.asked.take() {
            // A rating field shows the form as its second answered question does.
            let rated = !line.starts_with([' ', '\t']) && paste::is_named_rating(line.trim(), false);
            match asked.take(number, line, may_ask(line)) {
                paste::Taken::Held if !rated => {
                    self.asked = Some(asked);
                    return;
                }
                paste::Taken::Held | paste::Taken::Shown => {
                    self.form.shown = true;
                    self.release_asked(asked, out);
                    return;
                }
                paste::Taken::Full => self.release_asked(asked, out),
            }
        }
        while let Some(mut tail) = self.tail.take() {
            // A quoted earlier message under a reply ends the reply as the end of the text does.
            if self.markup.is_idle()
                && let Some(back) = tail.end_before_reply(line)
            {
                for _ in &tail.held {
                    self.skip_line(self.job);
                }
                self.tails.push(tail);
                for (number, line) in back {
                    self.read(number, &line, out);
                }
                break;
            }
            let bulleted = strip_bullet(line.trim(), false).is_some();
            if tail.take(number, line, bulleted) {
                self.tail = Some(tail);
                return;
            }
            self.release_tail(tail, out);
        }
        if self.top != Top::Done {
            if self.top_line(number, line, out) {
                return;
            }
            // Lines held at the top and read as written may have opened a hold: this line
            // goes on it.
            if self.asked.is_some() || self.tail.is_some() {
                self.paste(number, line, out);
                return;
            }
        }
        self.body(number, line, out);
    }

    /// A line past the top of the document: a review form's question or rating (see
    /// [`Parser::form_line`]), or a line that may open an email's sign-off and signature, or
    /// else a line read as written.
    fn body(&mut self, number: usize, line: &str, out: &mut Vec<Activity>) {
        if self.form_line(number, line) {
            return;
        }
        if self.markup.is_idle()
            && !line.starts_with([' ', '\t'])
            && let Some(tail) = Tail::open(number, line)
        {
            self.tail = Some(tail);
            return;
        }
        self.read(number, line, out);
    }

    /// A line of a review form's body, skipped: where the document shows a form, a question
    /// (`What were your most significant accomplishments this cycle?`, `Question 2 of 5`), a
    /// rating (`Overall rating: Exceeds expectations`, `4 / 5`, `★★★★☆`) or a field only a form
    /// has (`Submitted on: July 3, 2025` below the answers); anywhere, a rating field (`Overall
    /// rating: …`), which shows the form. A question where no form is shown yet opens a hold
    /// (see [`paste::Asked`]). Returns whether the line was taken.
    fn form_line(&mut self, number: usize, line: &str) -> bool {
        if !self.markup.is_idle() || line.starts_with([' ', '\t']) {
            return false;
        }
        let trimmed = line.trim();
        if trimmed.is_empty() {
            return false;
        }
        let shown = self.form.shown;
        if paste::is_named_rating(trimmed, shown) || (shown && paste::is_rating(trimmed, false)) {
            self.form.shown = true;
            self.form.ratings.add(number);
            self.skip_form_line();
            return true;
        }
        // A field only a form has, below its answers (`Submitted on: July 3, 2025`).
        if shown && let Some((name, _)) = paste::form_field(line).filter(|(name, _)| paste::is_form_field(name)) {
            self.form.field(number, name);
            self.skip_form_line();
            return true;
        }
        if !may_ask(line) {
            return false;
        }
        if shown {
            self.form.questions.add(number);
            self.skip_form_line();
        } else if number > self.asked_until {
            self.asked = Some(paste::Asked::open(Vec::new(), number, line));
        } else {
            return false;
        }
        true
    }

    /// Skips a line of a review form: it ends the bullet above it, so the answer under a
    /// question is no part of the answer above it.
    fn skip_form_line(&mut self) {
        self.skip_line(self.job);
        self.in_bullet = false;
    }

    /// Held lines from a question: the document shows a form (see [`paste::Form::shown`]), and
    /// each is read as it comes, its questions skipped and the title over them with them; or
    /// it does not, and each is read as it comes, none of them opening another hold.
    fn release_asked(&mut self, asked: paste::Asked, out: &mut Vec<Activity>) {
        let shown = self.form.shown;
        if !shown {
            self.asked_until = asked.held.last().map_or(0, |(number, _, _)| *number);
        }
        for (number, line, what) in asked.held {
            match what {
                paste::Held::Title if shown => {
                    self.skip_line(None);
                    self.form.title = Some(number);
                    if names_a_document(&line) {
                        self.date_form(number, line.trim());
                    }
                }
                // The question that opened the hold opens none now (see `asked_until`).
                _ => self.paste(number, &line, out),
            }
        }
    }

    /// Held lines that were no email's sign-off and signature: the first is read as written,
    /// the others as they come (one may open another tail).
    fn release_tail(&mut self, tail: Tail, out: &mut Vec<Activity>) {
        let mut held = tail.held.into_iter();
        if let Some((number, line)) = held.next() {
            self.read(number, &line, out);
        }
        for (number, line) in held {
            self.paste(number, &line, out);
        }
    }

    /// A line at the top of the document (see [`Top`]): an email's greeting is skipped, a
    /// page's property lines held; returns whether the line was taken.
    fn top_line(&mut self, number: usize, line: &str, out: &mut Vec<Activity>) -> bool {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            match self.top {
                Top::Properties => self.settle_properties(true, out),
                Top::FormTitled if self.top_held.len() <= MAX_FORM_TITLE_BLANKS => {
                    self.top_held.push((number, line.to_string()));
                    return true;
                }
                Top::FormTitled => self.settle_properties(false, out),
                _ => {}
            }
            return false;
        }
        let idle = self.markup.is_idle();
        match self.top {
            Top::Start if idle && paste::is_greeting(trimmed) => {
                self.skip_line(None);
                self.greeting = Some(number);
                self.top = Top::Greeted;
                return true;
            }
            Top::Start if heading_level(trimmed) == Some(1) => {
                self.top = Top::Titled;
                return false;
            }
            Top::Greeted => {
                self.lead_in = Some(number);
                self.top = Top::Done;
                return false;
            }
            _ => {}
        }
        let may_hold = matches!(self.top, Top::Start | Top::Titled | Top::Properties | Top::FormTitled)
            && idle
            && self.properties.len() < MAX_PROPERTY_LINES;
        // A review form's field may be left empty (`Manager:`): held too, and read as the line
        // it is unless the block is a form's header.
        let known = match paste::property(line) {
            Some((_, _, known)) => Some(known),
            None => paste::form_field(line).map(|_| false),
        };
        if may_hold && let Some(known) = known {
            self.properties.push((number, line.to_string(), known));
            self.top = Top::Properties;
            return true;
        }
        // A question under the first line: that line may be the title of a form shown by its
        // questions, held with them.
        if self.top == Top::FormTitled && may_ask(line) {
            self.top = Top::Done;
            let above = std::mem::take(&mut self.top_held);
            self.asked = Some(paste::Asked::open(above, number, line));
            return true;
        }
        // A question right under a review form's header ends it, as a blank line does.
        if self.top == Top::Properties && self.holds_form_fields() && may_ask(line) {
            self.settle_properties(true, out);
            return false;
        }
        // A plain line at the very top may title a review form's fields under it.
        if self.top == Top::Start
            && self.markup.passes(line)
            && !line.starts_with([' ', '\t'])
            && may_head(trimmed, self.options.dates)
        {
            self.top_held.push((number, line.to_string()));
            self.top = Top::FormTitled;
            return true;
        }
        self.settle_properties(false, out);
        false
    }

    /// Whether the held property lines hold a field only a review form has (`Reviewee:`,
    /// `Review cycle:`; see [`paste::is_form_field`]).
    fn holds_form_fields(&self) -> bool {
        self.properties
            .iter()
            .any(|(_, line, _)| paste::form_field(line).is_some_and(|(name, _)| paste::is_form_field(name)))
    }

    /// Ends the top of the page: the held property lines are its properties when they hold a
    /// known name (see [`paste::are_properties`]), no contact details, and a blank line or the
    /// end of the text (`blank`) ends them, as Notion writes them — skipped, `Role:` read as
    /// front matter's `role:` is (unless the front matter names one), the others named in one
    /// warning — or else read as the lines they are (a text line right under them makes them
    /// the first lines of a list of `Label: what` lines).
    fn settle_properties(&mut self, blank: bool, out: &mut Vec<Activity>) {
        self.top = Top::Done;
        if blank && self.holds_form_fields() {
            self.settle_form();
            return;
        }
        let held = std::mem::take(&mut self.properties);
        let above = std::mem::take(&mut self.top_held);
        if !above.is_empty() {
            // A line over no form's fields: it and they are read as they come, as the lines
            // under a first line of text are.
            for (number, line) in above {
                self.paste(number, &line, out);
            }
            for (number, line, _) in held {
                self.paste(number, &line, out);
            }
            return;
        }
        if held.is_empty() {
            return;
        }
        let known: Vec<bool> = held.iter().map(|(_, _, known)| *known).collect();
        // An email address or a telephone among them makes them a person's header (`Name: Jane
        // Doe` / `Email: jane@…` over a resume), not a page's properties; a field left empty
        // is a form's.
        let contact = held.iter().any(|(_, line, _)| layout::is_contact(line));
        let empty = held.iter().any(|(_, line, _)| paste::property(line).is_none());
        if !blank || contact || empty || !paste::are_properties(&known) {
            for (number, line, _) in held {
                self.read(number, &line, out);
            }
            return;
        }
        let front_role = self.counts.front_matter.iter().any(|(key, _)| key == "role");
        let mut others: Vec<(usize, String)> = Vec::new();
        // The first property that names the page's period.
        let mut dating: Option<(usize, String, String)> = None;
        for (number, line, _) in held {
            self.skip_line(None);
            let Some((name, value, _)) = paste::property(&line) else {
                continue;
            };
            if dating.is_none() && paste::dates_page(name) {
                dating = Some((number, name.to_string(), value.to_string()));
            }
            if name.eq_ignore_ascii_case("role") && !front_role && self.counts.page_role.is_none() {
                self.counts.page_role = Some(PageField {
                    line: number,
                    name: name.to_string(),
                    value: value.to_string(),
                    form: false,
                });
            } else {
                others.push((number, name.to_string()));
            }
        }
        let (Some(first), Some(last)) = (others.first(), others.last()) else {
            return;
        };
        let names: Vec<&str> = others.iter().map(|(_, name)| name.as_str()).collect();
        let lines = paste::lines_named(first.0, last.0);
        let read = if others.len() == 1 {
            "was read as a property of the page, as Notion exports one, not as an activity"
        } else {
            "were read as properties of the page, as Notion exports one, not as activities"
        };
        let dated = dating.and_then(|(number, name, value)| {
            let period = self.date_top(number, &value)?;
            Some(format!("; {name} dates the page's activities ({period})"))
        });
        let dated = dated.unwrap_or_default();
        self.warn(first.0, format!("{lines} ({}) {read}{dated}", names.join(", ")));
    }

    /// Ends the top of a review form (see [`crate::paste::Form`]): its title and its header
    /// fields are skipped, a rating among them counted as a rating; `Reviewee:` names the
    /// document as front matter's `name:` does, `Role:` or `Job title:` the role it is checked
    /// against as a page's `Role:` does, and the period it reviews (`Review cycle: H1 2025`,
    /// or failing that a title naming the review and its date) dates the answers, as a header
    /// naming a list and its date does — when it is a period of its own (with its year), and
    /// nothing else dates the text.
    fn settle_form(&mut self) {
        self.form.shown = true;
        let mut title: Option<(usize, String)> = None;
        for (number, line) in std::mem::take(&mut self.top_held) {
            self.skip_line(None);
            if !line.trim().is_empty() {
                self.form.title = Some(number);
                title = Some((number, line.trim().to_string()));
            }
        }
        let front_role = self.counts.front_matter.iter().any(|(key, _)| key == "role");
        let front_name = self.counts.front_field("name").is_some();
        let mut period: Option<(usize, String)> = None;
        for (number, line, _) in std::mem::take(&mut self.properties) {
            self.skip_line(None);
            if paste::is_named_rating(line.trim(), true) {
                self.form.ratings.add(number);
                continue;
            }
            let Some((name, value)) = paste::form_field(&line) else {
                continue;
            };
            self.form.field(number, name);
            let field = || PageField {
                line: number,
                name: name.to_string(),
                value: value.to_string(),
                form: true,
            };
            if value.is_empty() {
                continue;
            }
            if paste::names_role(name) && !front_role && self.counts.page_role.is_none() {
                self.counts.page_role = Some(field());
            } else if paste::names_person(name) && !front_name && self.counts.page_name.is_none() {
                self.counts.page_name = Some(field());
            } else if paste::names_period(name) && period.is_none() {
                period = Some((number, value.to_string()));
            }
        }
        let period = period.or_else(|| title.filter(|(_, text)| names_a_document(text)));
        if let Some((number, text)) = period {
            self.date_form(number, &text);
        }
    }

    /// Dates a review form's answers by the period it reviews, `text` at line `number` (see
    /// [`Parser::settle_form`]).
    fn date_form(&mut self, number: usize, text: &str) {
        if self.form.dated.is_none()
            && let Some(period) = self.date_top(number, text)
        {
            self.form.dated = Some(period.to_string());
        }
    }

    /// Dates the activities under the top of the document by the period `text` at line `number`
    /// names with its year (a review form's `Review cycle: H1 2025`, a page's `Quarter: Q3
    /// 2025`), as a header naming a list and its date does, unless the text's own period
    /// (a spreadsheet row's date cell) does; a heading or a date of an activity's own comes
    /// first. Returns the period.
    fn date_top(&mut self, number: usize, text: &str) -> Option<Period> {
        if self.options.period.is_some() {
            return None;
        }
        let Some(DateRead::Period(period)) = dates::heading_date(text, self.options.dates) else {
            return None;
        };
        self.check_future(Some(period), number);
        self.headings.insert(
            0,
            Heading {
                level: 0,
                period: Some(period),
                line: number,
            },
        );
        Some(period)
    }

    /// A line through the Markdown filter (see [`crate::markup`]), then the parser.
    fn read(&mut self, number: usize, line: &str, out: &mut Vec<Activity>) {
        // A `From:` line the filter held goes first, before this line can end its bullet.
        if self.markup.holds_sender() {
            let mut markup = std::mem::take(&mut self.markup);
            markup.release_sender(line, &mut |part| self.part(part, out));
            self.markup = markup;
        }
        // A line quoted more or less deeply than the line above (an email reply's `>>` under
        // its `>`, or a reply under a quoted bullet) is not a wrap of the bullet above it.
        // (Markdown's lazy continuation, a quote's line written without its `>`, is given up:
        // a reply quotes each line.)
        let depth = quote_depth(line);
        if depth != self.quote_depth && !line.trim().is_empty() {
            self.quote_depth = depth;
            self.in_bullet = false;
        }
        if self.markup.passes(line) {
            self.line(number, line, out);
            return;
        }
        let mut markup = std::mem::take(&mut self.markup);
        markup.feed(number, line, |part| self.part(part, out));
        self.markup = markup;
    }

    /// What the Markdown filter made of a line.
    fn part(&mut self, part: Part<'_>, out: &mut Vec<Activity>) {
        match part {
            Part::Text(number, text) => self.line(number, &text, out),
            Part::Row { number, cells, header } => self.row(number, &cells.join(" | "), header, out),
            Part::Skipped(_) => self.skip_markup(),
        }
    }

    /// A line of Markdown that holds no activity: counted as skipped, and it ends a bullet.
    fn skip_markup(&mut self) {
        self.skip_line(self.job);
        self.in_bullet = false;
    }

    /// The counts so far (with an empty `activities`), the front matter's fields among them once
    /// it has closed.
    pub fn so_far(&self) -> &Parsed {
        &self.counts
    }

    /// Ends the document: emits the last activity and returns the counts (with an empty
    /// `activities`).
    pub fn finish(mut self, out: &mut Vec<Activity>) -> Parsed {
        self.settle_properties(true, out);
        // Questions held to the end, no form shown: read as written.
        while let Some(asked) = self.asked.take() {
            self.release_asked(asked, out);
        }
        if let Some((line, message)) = self.form.warning() {
            self.warn(line, message);
        }
        if let Some(tail) = self.tail.take() {
            // Nothing but a sign-off and a signature ran to the end.
            for _ in &tail.held {
                self.skip_line(self.job);
            }
            self.tails.push(tail);
        }
        self.warn_envelope();
        if let Some(comments) = self.doc_comments.take() {
            let (line, message) = comments.warning();
            self.warn(line, message);
        }
        if let Some(held) = &self.front_matter {
            // Fields under it (`role: PM`) show it was meant as front matter: say why they are
            // read as text, and so checked by nobody.
            let toml = self.front_matter_toml;
            if held[1..].iter().any(|line| is_field_line(line, toml)) {
                let mark = self.front_matter_mark();
                self.warn(
                    self.front_matter_line,
                    format!("the `{mark}` here opens front matter that never closes (no `{mark}` line after its fields), so its lines are read as text"),
                );
            }
            self.replay_held(out);
        }
        let mut markup = std::mem::take(&mut self.markup);
        if let Some(unclosed) = markup.finish(|part| self.part(part, out)) {
            let lines = match (unclosed.text_before, unclosed.lines) {
                (false, 1) => "its line was".to_string(),
                (false, n) => format!("its {n} lines were"),
                (true, 1) => "the rest of its line was".to_string(),
                (true, 2) => "the rest of its line and the line after it were".to_string(),
                (true, n) => format!("the rest of its line and the {} lines after it were", n - 1),
            };
            let fate = if unclosed.read_as_text {
                "read as text"
            } else {
                "skipped"
            };
            let message = if unclosed.cut_short {
                format!(
                    "{} opens here and does not close before a heading, another drawer or its limit (1,000 lines, 256 KiB): {lines} {fate}",
                    unclosed.what
                )
            } else {
                format!("{} opens here and never closes: {lines} {fate}", unclosed.what)
            };
            self.warn(unclosed.line, message);
        }
        if let Some((line, message)) = markup.metadata() {
            self.warn(line, message);
        }
        if self.layout.is_none() {
            let layout = self.tell(false);
            self.decide(layout, out);
        }
        // Lines that might have headed a list that never came are the lines they are.
        self.release_list_header(false, out);
        self.settle_title(false, out);
        self.resolve_held(false);
        self.flush_unread();
        if let Some(last) = self.pending.take() {
            self.emit(last, out);
        }
        if let Some((line, count)) = self.doubled.take() {
            let what = match count {
                1 => {
                    "1 line repeats the line above it (as a LinkedIn copy doubles lines) and was read once".to_string()
                }
                n => format!(
                    "{n} lines repeat the line above them (as a LinkedIn copy doubles lines) and were read once"
                ),
            };
            self.warn(line, what);
        }
        if let Some((line, count)) = self.praise.take() {
            let what = match count {
                1 => {
                    "1 quote of praise from someone else (\"…\" — Name) was skipped, not read as your work".to_string()
                }
                n => {
                    format!("{n} quotes of praise from someone else (\"…\" — Name) were skipped, not read as your work")
                }
            };
            self.warn(line, what);
        }
        if let Some((line, count, cut)) = self.controls.take() {
            let what = match count {
                1 => "1 line is a control of a LinkedIn page (…see more, Show all 5 experiences →) and was skipped"
                    .to_string(),
                n => format!(
                    "{n} lines are controls of a LinkedIn page (…see more, Show all 5 experiences →) and were skipped"
                ),
            };
            let what = match cut {
                true => format!(
                    "{what}; a description cut at …see more is read only up to it (expand it on the page before copying to read it whole)"
                ),
                false => what,
            };
            self.warn(line, what);
        }
        if let Some((line, text, count)) = self.titles.take() {
            let text = shorten(&text);
            let what = match count {
                1 => format!("{text:?} was read as a heading over the bullets under it, not as an activity"),
                2 => format!(
                    "{text:?} and 1 more line were read as headings over the bullets under them, not as activities"
                ),
                n => format!(
                    "{text:?} and {} more lines were read as headings over the bullets under them, not as activities",
                    n - 1
                ),
            };
            self.warn(line, format!("{what} (put `- ` before a line to count it)"));
        }
        if let Some((line, written, count, reason)) = self.yearless.take() {
            let what = match count {
                1 => format!("this activity starts with {written:?}, a date without its year {reason}"),
                n => format!(
                    "this activity and {} more start with a date without its year ({written:?} {reason})",
                    n - 1
                ),
            };
            self.warn(
                line,
                format!("{what}, so the heading's date (if any) is used instead (write the year after the date, or put the lines under a heading naming it, such as ## 2025)"),
            );
        }
        if self.unreported > 0 {
            let line = self.counts.warnings.last().map_or(0, |w| w.0);
            let more = format!("and {} more lines rolemap could not read as written", self.unreported);
            self.counts.warnings.push((line, more));
        }
        self.counts
    }

    /// Warns, once, about the lines read as an email's greeting (see [`Parser::top_line`]) and
    /// its sign-offs and signatures (`tails`: the one that ran to the end, and those that ended
    /// at a quoted message's header): which lines, and as what.
    fn warn_envelope(&mut self) {
        let tails = std::mem::take(&mut self.tails);
        let mut parts: Vec<String> = Vec::new();
        let mut lines = 0;
        let mut first = None;
        if let Some(line) = self.greeting {
            parts.push(format!("greeting ({})", paste::lines_named(line, line)));
            lines += 1;
            first = Some(line);
        }
        // Each kind once, its spans listed: `sign-offs (lines 6–8, 18–19)`.
        // A kind named as one and as many, and the first and last lines of each span.
        type Kind = (&'static str, &'static str);
        let mut kinds: Vec<(Kind, Vec<(usize, usize)>)> = Vec::new();
        for tail in &tails {
            let what = match tail.opener {
                paste::Opener::Footer => ("mail app's footer", "mail apps' footers"),
                _ => ("sign-off", "sign-offs"),
            };
            let spans = [(what, tail.sign_off()), (("signature", "signatures"), tail.signature())];
            for (what, span) in spans.into_iter().filter_map(|(what, span)| Some((what, span?))) {
                match kinds.iter_mut().find(|(kind, _)| *kind == what) {
                    Some((_, spans)) => spans.push(span),
                    None => kinds.push((what, vec![span])),
                }
                first.get_or_insert(span.0);
            }
            lines += tail.held.iter().filter(|(_, text)| !text.trim().is_empty()).count();
        }
        for ((one, many), spans) in kinds {
            if let [(start, end)] = spans[..] {
                parts.push(format!("{one} ({})", paste::lines_named(start, end)));
            } else {
                let spans: Vec<String> = spans
                    .iter()
                    .map(|&(start, end)| match start == end {
                        true => start.to_string(),
                        false => format!("{start}–{end}"),
                    })
                    .collect();
                parts.push(format!("{many} (lines {})", spans.join(", ")));
            }
        }
        let Some(first) = first else {
            return;
        };
        let named = match parts.as_slice() {
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
            [] => return,
        };
        let were = if lines == 1 {
            "1 line was read as a pasted email's".to_string()
        } else {
            format!("{lines} lines were read as a pasted email's")
        };
        let activities = if lines == 1 { "an activity" } else { "activities" };
        self.warn(first, format!("{were} {named}, not as {activities}"));
    }

    /// Emits a finished activity (the markers of its first line were taken when it started; an
    /// energy marker may also end its last continuation line); one that held nothing but markers
    /// (a bare `- (+)`), or only someone's quoted praise ([`quoted_praise`]), is no activity and
    /// its first line is counted as skipped (its continuation lines stay continuations).
    fn emit(&mut self, mut activity: Activity, out: &mut Vec<Activity>) {
        if std::mem::take(&mut self.continued) {
            self.take_ending(&mut activity);
        }
        if activity.text.is_empty() {
            self.skip_line(activity.job);
        } else if quoted_praise(&activity.text) {
            // Someone's words about the work (`"Thanks for unblocking…" — Priya`): the work
            // itself is listed on its own line, or was not the writer's to list.
            let praise = self.praise.get_or_insert((activity.line, 0));
            praise.1 += 1;
            self.skip_line(activity.job);
        } else {
            out.push(activity);
        }
    }

    /// The energy markers and a date (bracketed or after a dash) that end an activity's last
    /// continuation line, as [`markers`] takes them from a first line: the first line's marker
    /// and date come first.
    fn take_ending(&mut self, activity: &mut Activity) {
        let read_date = !self.pending_dated;
        let ending = ending(&activity.text, read_date, self.options.dates);
        if ending.text.len() == activity.text.len() {
            return;
        }
        let mut mixed = false;
        for marker in ending.markers.into_iter().flatten() {
            mixed |= add_marker(&mut activity.energy, marker);
        }
        if let Some(period) = ending.date {
            activity.date = Some(period);
            self.check_future(Some(period), activity.line);
        }
        activity.text = joined(ending.text, ending.after);
        if let (true, false, Some(counted)) = (mixed, activity.text.is_empty(), activity.energy) {
            self.warn_mixed(activity.line, counted);
        }
    }

    /// A leading `---` that never closed (or ran too long) was a rule: parse the held lines
    /// as ordinary lines.
    fn replay_held(&mut self, out: &mut Vec<Activity>) {
        // Its lines were no top of the document: no greeting or page's properties below them.
        self.top = Top::Done;
        let held = self.front_matter.take().unwrap_or_default();
        let first = self.counts.lines + 1 - held.len();
        for (offset, line) in held.iter().enumerate() {
            self.read(first + offset, line, out);
        }
    }

    fn line(&mut self, number: usize, raw: &str, out: &mut Vec<Activity>) {
        let raw = visible(raw);
        let raw = decode_escapes(&raw);
        // A Google Doc's anchors (`relaunch[a] with`) mark a comment, not the work.
        let raw = self.anchors.strip(&raw);
        let raw = raw.as_ref();
        // A bare number is a page's only after a blank line or a page break: right under a
        // bullet it may end it (`…from 4 engineers to` / `12`).
        let blank = raw.bytes().all(|b| b.is_ascii_whitespace());
        let after_blank = std::mem::replace(&mut self.after_blank, blank);
        // A form feed starts a page.
        let form_feed = raw.as_bytes().first() == Some(&0x0C);
        self.page_break |= form_feed;
        if is_page_number(raw, after_blank || form_feed) || self.running_header(number, raw) {
            // A PDF's page number or running header, pasted with its text: no activity, and no
            // end to a bullet wrapped across the page.
            self.page_break = true;
            if self.across_page == AcrossPage::Blank {
                self.across_page = AcrossPage::Crossed;
            }
            self.skip_line(self.job);
            return;
        }
        if let Some(control) = page_control(raw) {
            // LinkedIn's `…see more`, `Show all 5 experiences →`: the page's, not the work.
            let controls = self.controls.get_or_insert((number, 0, false));
            controls.1 += 1;
            controls.2 |= control == PageControl::SeeMore;
            self.in_bullet = false;
            self.skip_line(self.job);
            return;
        }
        self.across_page = match (blank, self.across_page) {
            (true, AcrossPage::Closed) if self.in_bullet => AcrossPage::Blank,
            (true, AcrossPage::Blank) if form_feed => AcrossPage::Crossed,
            (true, state) => state,
            (false, state) => {
                // Past the page's number and header, the bullet goes on: the line may continue
                // it (as it may right after the bullet).
                if state == AcrossPage::Crossed {
                    self.in_bullet = true;
                }
                AcrossPage::Closed
            }
        };
        match self.layout {
            None => self.undecided(number, raw, out),
            Some(Layout::Brag) => self.brag(number, raw, out),
            Some(Layout::Resume) => self.resume(number, raw, out),
        }
    }

    /// Whether `raw`, line `number`, is a page's running header: right after a page break (a
    /// form feed starting the line, a page number, blank lines), a repeat of one of the
    /// document's first lines (`Jane Doe`, `jane@example.com | 555 0100`), or of its first line
    /// and a few words (`Jane Doe – Resume`). Keeps the first lines as they come.
    fn running_header(&mut self, number: usize, raw: &str) -> bool {
        if !self.page_break && self.first_lines_done {
            return false;
        }
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return false;
        }
        if std::mem::take(&mut self.page_break) {
            let repeats = self.first_lines.iter().enumerate().any(|(at, (first, text))| {
                *first < number && (trimmed == text || (at == 0 && names_first_line(text, trimmed)))
            });
            if repeats {
                return true;
            }
        }
        if self.first_lines_done || self.first_lines.last().is_some_and(|&(last, _)| last >= number) {
            return false;
        }
        if strip_bullet(trimmed, false).is_some() {
            self.first_lines_done = true;
        } else if trimmed.len() <= RUNNING_HEADER_BYTES && heading_level(trimmed).is_none() {
            self.first_lines.push((number, trimmed.to_string()));
            self.first_lines_done = self.first_lines.len() == RUNNING_HEADER_LINES;
        }
        false
    }

    /// Before the first bullet, with the layout still unknown: hold the line, or decide.
    fn undecided(&mut self, number: usize, raw: &str, out: &mut Vec<Activity>) {
        let trimmed = raw.trim();
        // Emoji do not count here: they decorate a resume's contact lines (`📧 jane@…`).
        if self.other_section_first {
            self.hold(number, raw.to_string(), out);
            if self.layout.is_none() && work_after_other_section(&self.preamble, self.options.dates) {
                self.decide(Layout::Resume, out);
            }
            return;
        }
        let bullet = heading_level(trimmed).is_none() && strip_bullet(trimmed, false).is_some_and(|b| !b.is_empty());
        if !bullet {
            self.hold(number, raw.to_string(), out);
            return;
        }
        let layout = self.tell(true);
        // A resume may open with bulleted `Summary` or `Skills` before its `Experience`.
        if layout == Layout::Brag
            && self
                .preamble
                .iter()
                .any(|(_, line)| layout::section(heading_text(line)) == Some(Section::Other))
        {
            self.other_section_first = true;
            self.preamble.push((number, raw.to_string()));
            return;
        }
        self.decide(layout, out);
        self.line(number, raw, out);
    }

    /// The layout the held lines before the first bullet tell (see [`detect`]); `bulleted`
    /// when a bullet ended them, else they are the first [`PREAMBLE_LINES`] lines or the whole
    /// document. Lines held since a first bullet under a resume's other section, with no work
    /// section and job found among them, tell a brag list.
    fn tell(&self, bulleted: bool) -> Layout {
        // Bullets under a resume's other section that no work section with a job followed.
        if self.other_section_first {
            return Layout::Brag;
        }
        // A table's body rows tell nothing of the layout (a brag list's dated rows would read
        // as job headers); its header row may be a resume's job header.
        let told: Vec<(usize, String)> = self
            .preamble
            .iter()
            .filter(|(number, _)| !self.preamble_rows.contains(&(*number, false)))
            .cloned()
            .collect();
        detect(&told, self.options.dates, bulleted)
    }

    /// Holds a line before the first bullet; after too many of them the layout is told
    /// without a bullet.
    fn hold(&mut self, number: usize, line: String, out: &mut Vec<Activity>) {
        self.preamble.push((number, line));
        if self.preamble.len() >= PREAMBLE_LINES {
            let layout = self.tell(false);
            self.decide(layout, out);
        }
    }

    /// Settles the layout and parses the lines held until then.
    fn decide(&mut self, layout: Layout, out: &mut Vec<Activity>) {
        self.layout = Some(layout);
        self.counts.layout = layout;
        let rows = std::mem::take(&mut self.preamble_rows);
        for (number, line) in std::mem::take(&mut self.preamble) {
            match rows.iter().find(|(row, _)| *row == number) {
                Some(&(_, header)) => self.row(number, &line, header, out),
                None => self.line(number, &line, out),
            }
        }
    }

    /// A table's row, its cells joined by ` | `: in a brag list an activity (its cells joined
    /// by ` — `, dated by a leading date cell) unless it is the header row; in a resume a line
    /// like any other (a job header, or skipped); before the layout is known, held with the
    /// lines before the first bullet (it does not decide the layout).
    fn row(&mut self, number: usize, cells: &str, header: bool, out: &mut Vec<Activity>) {
        match self.layout {
            Some(Layout::Brag) if header => self.skip_markup(),
            Some(Layout::Brag) => self.line(number, &format!("- {}", cells.replace(" | ", " — ")), out),
            Some(Layout::Resume) => self.line(number, cells, out),
            None => {
                self.preamble_rows.push((number, header));
                self.hold(number, cells.to_string(), out);
            }
        }
    }

    /// A line of a brag list: headings and date lines date what follows, a line after a bullet
    /// may continue it, anything else is an activity.
    fn brag(&mut self, number: usize, raw: &str, out: &mut Vec<Activity>) {
        let trimmed = trim(raw);
        // The line after an email's greeting may lead in to the list (`Quick update on what I
        // worked on this half:`): a title over the bullets, not the document's header.
        let lead_in = self.lead_in == Some(number) && paste::is_lead_in(trimmed);
        if lead_in {
            self.release_list_header(false, out);
        }
        if !self.past_header && self.header_line(number, raw, trimmed, out) {
            return;
        }
        // Indented four spaces or a tab, it is no underline (as in CommonMark).
        if matches!(trimmed.as_bytes().first(), Some(b'=' | b'-'))
            && !raw.starts_with("    ")
            && !raw.starts_with('\t')
            && self.setext_underline(number, trimmed)
        {
            return;
        }
        if self.title.is_some() && !trimmed.is_empty() {
            let bulleted = heading_level(trimmed).is_none() && bullet_parts(trimmed, false).is_some();
            self.settle_title(bulleted, out);
        }
        let heading = heading_level(trimmed);
        if let Some(level) = heading {
            self.heading(level, &trimmed[level..], number);
        }
        if trimmed.is_empty() || heading.is_some() || is_rule(trimmed) {
            self.skip_line(None);
            self.in_bullet = false;
            // The next table (a web page's under a heading) may have a header row of its own.
            self.seen_cells = false;
            return;
        }
        let indented = raw.starts_with([' ', '\t']);
        // An emoji starts a bullet only in a list of bullets: elsewhere it may label a line
        // (`📌 Q1 goals`) that the next line must not be joined to.
        let bullet = bullet_parts(trimmed, self.in_bullet);
        let body = bullet.map_or(trimmed, |(_, text)| text);
        if self.date_line(body, number) {
            self.skip_line(None);
            self.in_bullet = false;
            return;
        }
        if bullet.is_none() && !indented && !self.role_line_warned && matches!(trimmed.as_bytes()[0], b'r' | b'R') {
            self.role_outside_front_matter(number, trimmed);
        }
        let continues = bullet.is_none() && (self.continues(trimmed, indented) || self.wraps_plain(number, trimmed));
        if bullet.is_none() && !indented && (lead_in || may_title(trimmed, continues, self.options.dates)) {
            self.title = Some(Title {
                line: number,
                text: trimmed.to_string(),
                continues,
            });
            if !continues {
                self.in_bullet = false;
            }
            return;
        }
        if continues {
            self.continue_with(trimmed);
        } else {
            self.start(number, body, bullet.map(|(task, _)| task), out);
        }
        self.open_through = Some(number);
    }

    /// Warns about a `role` field nested under a table or a mapping of the front matter
    /// (`[params]` / `role = "pm"`, `params:` / `  role: pm`), which is that table's field, not
    /// the document's: it would otherwise set no role, silently.
    fn warn_nested_role(&mut self, number: usize, text: &str, parent: &str) {
        let shown = shorten(text.trim());
        let (under, top) = if self.front_matter_toml {
            (format!("the table `{parent}`"), format!("above `{parent}`"))
        } else {
            (format!("`{parent}:`"), "unindented".to_string())
        };
        self.warn(
            number,
            format!("{shown:?} sets no role: it is nested under {under}, so it is that field's, not the document's, and is not read (move it to the top level of the front matter, {top}, to check the document against that role)"),
        );
    }

    /// Warns, once, about a `role: …` line below the top of a brag list (under a heading or a
    /// comment), where it is no front matter: it would otherwise set no role, silently, and be
    /// read as the line of text it is.
    /// The marks named are the document's own front matter's, or failing that those of the
    /// line's syntax: `+++` for TOML's `role = "pm"`, `---` for YAML's `role: pm`.
    fn role_outside_front_matter(&mut self, number: usize, text: &str) {
        let yaml = key_value(text).filter(|(key, _)| key == "role");
        let toml_line = yaml.is_none();
        let Some((_, value)) = yaml.or_else(|| toml_key_value(text).filter(|(key, _)| key == "role")) else {
            return;
        };
        if value.is_empty() || self.counts.front_field("role").is_some() {
            return;
        }
        self.role_line_warned = true;
        let has_front_matter = !self.counts.front_matter.is_empty();
        let toml = if has_front_matter {
            self.counts.front_matter_toml
        } else {
            toml_line
        };
        let mark = if toml { "+++" } else { "---" };
        // Moved into front matter of the other syntax, the line would still be read by nobody.
        let written = match (toml == toml_line, toml) {
            (true, _) => String::new(),
            (false, true) => format!(", written as `role = {value:?}`"),
            (false, false) => format!(", written as `role: {value}`"),
        };
        let shown = shorten(text);
        self.warn(
            number,
            format!("{shown:?} sets no role: front matter is read only at the top of a file, between two `{mark}` lines, so this line is read as text (move it there{written} to check the document against that role)"),
        );
    }

    /// Holds a brag list's first lines while they may be its header: up to
    /// [`MAX_LIST_HEADER_LINES`] lines that name rather than tell (see [`may_head`]; `Jane Doe`,
    /// `Engineering Manager, Payments`, `Brag notes, 2025`), then blank lines. When the next
    /// line is a bullet, a date line, a dated entry (`2025-03-14: Ran the review`) or a Markdown
    /// heading, they head the list and are not read as work, since the role a person holds,
    /// written over their list, would vote for that role; otherwise they are read as the lines
    /// they are (see [`Parser::release_list_header`]). Returns whether `raw` was held.
    fn header_line(&mut self, number: usize, raw: &str, trimmed: &str, out: &mut Vec<Activity>) -> bool {
        let blanks = self.list_header_blanks;
        if trimmed.is_empty() {
            if self.list_header.is_empty() {
                return false;
            }
            if blanks < MAX_LIST_HEADER_BLANKS {
                self.list_header_blanks += 1;
                return true;
            }
        } else if blanks == 0
            && self.list_header.len() < MAX_LIST_HEADER_LINES
            && !raw.starts_with([' ', '\t'])
            && may_head(trimmed, self.options.dates)
        {
            self.list_header.push((number, trimmed.to_string()));
            return true;
        }
        let heads = blanks > 0
            && (heading_level(trimmed).is_some()
                || bullet_parts(trimmed, false).is_some()
                || read_date_line(trimmed, self.options.dates).is_some()
                || dated_work(trimmed, self.options.dates));
        self.release_list_header(heads, out);
        false
    }

    /// Ends the hold of a list's header: its lines are the header (`heads`, see
    /// [`Parser::take_list_header`]) or the lines they are, and the blank lines held after them
    /// are read as the blank lines they are (a blank line's number is not used).
    fn release_list_header(&mut self, heads: bool, out: &mut Vec<Activity>) {
        self.past_header = true;
        let held = std::mem::take(&mut self.list_header);
        let after = held.last().map_or(0, |(line, _)| line + 1);
        if heads {
            self.take_list_header(held);
        } else {
            for (line, text) in &held {
                self.brag(*line, text, out);
            }
        }
        for line in after..after + std::mem::take(&mut self.list_header_blanks) {
            self.brag(line, "", out);
        }
    }

    /// Reads a list's header lines as headings, with one warning naming them. A line of nothing
    /// but a date is the date line it is; a line naming the document and its period (`Brag notes,
    /// 2025`, `Achievements Apr 2025 - Sep 2025`) dates the list, the first such line only,
    /// unless the text's own period does; a year beside a name or a title (`Engineering Manager
    /// since 2023`) dates nothing.
    fn take_list_header(&mut self, held: Vec<(usize, String)>) {
        let mut taken: Option<(usize, String, usize)> = None;
        let mut dated: Option<String> = None;
        // A date line among them dates the list itself; then no other line does.
        let date_lines = held
            .iter()
            .any(|(_, text)| read_date_line(text, self.options.dates).is_some());
        for (line, text) in held {
            if self.date_line(&text, line) {
                self.skip_line(None);
                continue;
            }
            if !date_lines
                && dated.is_none()
                && self.options.period.is_none()
                && names_a_document(&text)
                && let Some(read) = dates::heading_date(&text, self.options.dates)
            {
                let period = self.resolve_date(Some(read), &text, line, 0);
                if let Some(period) = period {
                    dated = Some(period.to_string());
                }
                self.headings.clear();
                self.headings.push(Heading { level: 0, period, line });
            }
            self.skip_line(None);
            let entry = taken.get_or_insert((line, text, 0));
            entry.2 += 1;
        }
        let Some((line, text, count)) = taken else {
            return;
        };
        let text = shorten(&text);
        let lines = match count {
            1 => {
                format!("{text:?} was read as the document's header (a name, a title, what it is), not as an activity")
            }
            n => format!(
                "{text:?} and the {} line{} under it were read as the document's header (a name, a title, what it is), not as activities",
                n - 1,
                if n == 2 { "" } else { "s" }
            ),
        };
        let dates = dated.map_or(String::new(), |period| {
            format!("; it dates the list under it ({period})")
        });
        self.warn(line, format!("{lines}{dates}"));
    }

    /// A setext underline (`===` or `---` right under a line of text: Markdown's other way to
    /// write `#` and `##`) makes the line above a heading, dating what follows if it names a
    /// date, and no activity. Under a bullet or a blank line it is a rule, and so it is under a
    /// line that reads as work rather than a title (a sentence, a line starting with a verb, a
    /// line marked `(+)` or dated, a `key: value` field, more than a dozen words), since
    /// plain-text notes separate entries with `---`.
    fn setext_underline(&mut self, number: usize, trimmed: &str) -> bool {
        let level = match trimmed.as_bytes() {
            [b'=', rest @ ..] if !rest.is_empty() && rest.iter().all(|&b| b == b'=') => 1,
            [b'-', rest @ ..] if !rest.is_empty() && rest.iter().all(|&b| b == b'-') => 2,
            _ => return false,
        };
        let titled = |text: &str| {
            !text.ends_with(CLAUSE_ENDS)
                && !is_field_line(text, false)
                && layout::leading_verb(text).is_none()
                && text.split_whitespace().count() <= MAX_SETEXT_WORDS
        };
        let text = if let Some(title) = self
            .title
            .take_if(|t| t.line + 1 == number && !t.continues && titled(&t.text))
        {
            title.text
        } else if !self.in_bullet
            && !self.continued
            // A line marked or dated is work.
            && !self.pending_dated
            && let Some(open) = self
                .pending
                .take_if(|a| a.line + 1 == number && a.energy.is_none() && titled(&a.text))
        {
            open.text
        } else {
            return false;
        };
        self.heading(level, &text, number - 1);
        self.skip_line(None);
        self.skip_line(None);
        self.in_bullet = false;
        true
    }

    /// Settles a held title line (see [`Title`]) once the next line that is not blank is seen:
    /// over a bullet it is a heading, dating the bullets under it if it names a date (with a
    /// warning as the document ends, since it is not read as work); otherwise it is read as
    /// the line of text it is.
    fn settle_title(&mut self, bulleted: bool, out: &mut Vec<Activity>) {
        let Some(title) = self.title.take() else {
            return;
        };
        if !bulleted {
            if title.continues {
                self.continue_with(&title.text);
            } else {
                self.start(title.line, &title.text, None, out);
            }
            return;
        }
        let text = title.text.trim_end_matches(':');
        if let Some(read) = dates::heading_date(text, self.options.dates) {
            let period = self.resolve_date(Some(read), text, title.line, DATE_LINE_LEVEL);
            self.headings.retain(|open| open.level < DATE_LINE_LEVEL);
            self.headings.push(Heading {
                level: DATE_LINE_LEVEL,
                period,
                line: title.line,
            });
        }
        self.skip_line(None);
        self.in_bullet = false;
        let titles = self.titles.get_or_insert((title.line, title.text, 0));
        titles.2 += 1;
    }

    /// A line of a resume: bullets are activities; other lines continue a bullet a paste
    /// wrapped, head a section, make up a job header, or are skipped.
    fn resume(&mut self, number: usize, raw: &str, out: &mut Vec<Activity>) {
        let trimmed = trim(raw);
        if trimmed.is_empty() || is_rule(trimmed) {
            self.last_line.clear();
            self.in_bullet = false;
            self.blank_after_held = true;
            self.skip_line(self.job);
            return;
        }
        // LinkedIn's copy doubles a title, a company or dates for screen readers: read once.
        if trimmed == self.last_line && bullet_parts(trimmed, false).is_none() {
            self.doubled.get_or_insert((number, 0)).1 += 1;
            self.skip_line(self.job);
            return;
        }
        self.last_line.clear();
        self.last_line.push_str(trimmed);
        let heading = heading_level(trimmed);
        let text = match heading {
            Some(level) => {
                self.heading(level, &trimmed[level..], number);
                trimmed[level..].trim()
            }
            None => trimmed,
        };
        // An emoji starts a bullet only in a list of bullets: elsewhere in a resume it decorates
        // a contact line or a heading.
        let pictographs = self.in_bullet && !self.prose;
        let bullet = if heading.is_none() {
            bullet_parts(trimmed, pictographs)
        } else {
            None
        };
        if let Some((task, body)) = bullet {
            self.resolve_held(true);
            self.header = None;
            if self.other_section || self.date_line(body, number) {
                if let Some(done) = self.pending.take() {
                    self.emit(done, out);
                }
                self.skip_line(self.job);
                self.in_bullet = false;
            } else {
                self.start(number, body, Some(task), out);
            }
            return;
        }
        let indented = raw.starts_with([' ', '\t']);
        let plain = heading.is_none();
        // Emphasis and links are read through: Markdown resumes set titles and dates in
        // emphasis (`*Apr 2022 – Present*`, `**Staff Engineer**, Initech`, or HTML's
        // `<sub>Apr 2022 – Present</sub>` read as emphasis) and link the company
        // (`[Finch Payments](https://…)`).
        let unlinked = if text.contains("](") {
            unlink(text)
        } else {
            Cow::Borrowed(text)
        };
        let unmarked: Cow<'_, str> = if unlinked.bytes().any(|b| matches!(b, b'*' | b'_')) {
            Cow::Owned(unmark_header(&unlinked, self.options.dates))
        } else {
            unlinked
        };
        let text: &str = &unmarked;
        if plain
            && self.held.is_empty()
            && self.in_bullet
            && self.pending.is_some()
            && (indented || starts_lower(trimmed) || self.open_end() || self.wrapped(trimmed))
            && !self.starts_with_date(text)
            && !is_skills_line(text)
            && !layout::is_labelled_section_line(text)
        {
            self.continue_with(trimmed);
            return;
        }
        // `Education: BSc, 2006–2010` under a job's bullets ends the job and starts its section,
        // as the section's heading would.
        let labelled = layout::is_labelled_section_line(text).then_some(Section::Other);
        if let Some(section) = layout::section(text).or(labelled) {
            self.resolve_held(false);
            self.skip_section_heading();
            if let Some(done) = self.pending.take() {
                self.emit(done, out);
            }
            self.header = None;
            self.other_section = section == Section::Other;
            self.work_section = section == Section::Work;
            return;
        }
        if self.other_section {
            self.skip_line(self.job);
            self.in_bullet = false;
            return;
        }
        let work = self.work_section || self.job.is_some();
        let parts = HeaderParts::read_in(text, self.options.dates, work);
        if self.job.is_some() && layout::is_promotion(text) && (parts.is_dated_header(text) || layout::title_like(text))
        {
            // `Promoted from Senior Engineer (2018–2020)` under a job header is a note of that
            // job, as its title is: it starts no job, and is not scored (a title would vote for
            // the role held, not for the work), so the bullets under it stay the job's.
            self.resolve_held(false);
            self.in_bullet = false;
            self.skip_line(self.job);
            return;
        }
        if self.date_in_job(text, number, heading.is_some()) {
            self.header = None;
            self.in_bullet = false;
            self.skip_line(self.job);
            return;
        }
        if parts.is_dated_header(text) {
            // A telephone number reads like dates (`(415) 555-0100`): a contact line is no job.
            if layout::is_contact(text) {
                self.header = None;
                self.in_bullet = false;
                self.skip_line(self.job);
                return;
            }
            self.start_job(number, parts, out);
            return;
        }
        if plain && self.group_header(text, &parts) {
            return;
        }
        if plain && is_skills_note(text) {
            // `Skills: Go · PostgreSQL`, `Tech stack: Kafka, gRPC` under a job is a note of that
            // job, as a promotion line is: not its work, and no part of the next job's header
            // (LinkedIn ends a job so, its next job's title right under it).
            self.resolve_held(false);
            self.header = None;
            self.in_bullet = false;
            self.skip_line(self.job);
            return;
        }
        // A heading of a section of jobs right under a job's header (`Volunteer`), and the
        // title lines under it, are held while the header stays open: a job header after them
        // makes it a section's (see [`Parser::start_job`], [`Parser::resolve_held`]); else they
        // are lines of this header, as any title-like line right under it.
        let under_section = self.header.is_some() && !self.held.is_empty();
        if layout::title_like(text) {
            // One line more than a header spans before its dates: LinkedIn puts the place and
            // the way of working (`Berlin, Germany · Hybrid`) under title, company and dates.
            let open = !under_section && self.header.as_ref().is_some_and(|h| h.lines <= MAX_HEADER_LINES);
            if (under_section && self.held.len() < MAX_HEADER_LINES) || (open && layout::is_section_over_jobs(text)) {
                self.held.push(Held {
                    line: number,
                    text: text.to_string(),
                    continues: false,
                    plain,
                });
                self.blank_after_held = false;
                return;
            }
            if open {
                self.take_header_line(number, parts);
                return;
            }
        }
        if under_section {
            self.resolve_held(false);
        }
        self.header = None;
        let continues = plain
            && !self.starts_with_date(trimmed)
            && !is_skills_line(trimmed)
            && match self.held.last() {
                None => self.in_bullet && !self.prose && self.pending.is_some() && !self.ended(),
                Some(before) => {
                    before.continues
                        && !self.blank_after_held
                        && (indented || starts_lower(trimmed) || !layout::ends_sentence(&before.text))
                }
            };
        if plain && !continues && self.job.is_some() && is_prose(text) {
            // A sentence under a job header is the job's work, bullet or not (LinkedIn's job
            // descriptions have none). It can be no header's line, so the lines held before it
            // are settled first.
            self.resolve_held(false);
            self.blank_after_held = false;
            self.start(number, text, None, out);
            if self.pending.as_ref().is_some_and(|a| a.line == number) {
                (self.in_bullet, self.prose) = (true, true);
            }
            return;
        }
        self.held.push(Held {
            line: number,
            text: text.to_string(),
            continues,
            plain,
        });
        self.blank_after_held = false;
        if self.held.len() > MAX_HEADER_LINES {
            let first = self.held.remove(0);
            self.settle(first);
        }
    }

    /// Whether a resume's line of nothing but a date under a job dates the lines under it within
    /// the job, as a dated heading inside the job does: a period inside the job's own dates
    /// (`March 2025`, then `April 2025`, under `Engineering Manager, Acme — 2024 – Present`: a
    /// monthly log of one job), with no title line held right above it (`Senior Engineer` /
    /// `2018 – 2020` heads a role of its own; under a company's header without a title, a date
    /// line heads one of its roles; a subheading right under the job's header, `Leadership`, is
    /// none), or a label without its year (`Feb:`, `Q3`),
    /// placed in the job's dates as a brag list's is under its heading. Opens that heading (a
    /// `#` heading is open already).
    fn date_in_job(&mut self, text: &str, number: usize, heading: bool) -> bool {
        let Some(job) = self.job.and_then(|j| self.counts.jobs.get(j)) else {
            return false;
        };
        let job_period = job.period;
        // A company's header without a title (`Acme Corp, 2018 – 2023`) heads its roles, each
        // with its own dates, perhaps written first (`2020 – 2023` / `Staff Engineer`).
        let titled = job.title.is_some();
        let Some((written, read)) = read_date_line(text, self.options.dates) else {
            return false;
        };
        let inside = match read {
            DateRead::Period(period) => {
                titled
                    && job_period.is_some_and(|job| job.start <= period.start && period.end <= job.end)
                    && ((self.header.is_some() && self.held.len() == 1)
                        || self.held.last().is_none_or(|h| !layout::title_like(&h.text)))
            }
            // A label without its year (`Feb:`, `Q3`) is placed in the job's dates.
            DateRead::Yearless(_) => true,
            DateRead::Unclear => false,
        };
        if !inside {
            return false;
        }
        self.resolve_held(false);
        if !heading {
            self.open_date_line(read, &written, number);
        }
        true
    }

    /// LinkedIn's header over several roles at one company: the company, then how long (`Acme
    /// Robotics` / `Full-time · 3 yrs 2 mos`), perhaps the place; each role under it has a
    /// title and dates but names no company. Takes the tenure line (with the company line held
    /// above it) and the place lines after it, as header lines of no job.
    fn group_header(&mut self, text: &str, parts: &HeaderParts) -> bool {
        if self.group_open && parts.dates.is_empty() && layout::title_like(text) && !layout::has_title_word(text) {
            self.skip_line(None);
            return true;
        }
        let company = self
            .held
            .last()
            .filter(|h| h.plain && layout::title_like(&h.text) && !layout::has_title_word(&h.text));
        if company.is_none() || !layout::is_tenure(parts) {
            return false;
        }
        let company = self.held.pop().map(|h| h.text).unwrap_or_default();
        // `Volunteer` over the company heads a section of jobs, as over a job's header.
        let section = self.held.pop_if(|h| layout::is_section_over_jobs(&h.text));
        self.resolve_held(false);
        if section.is_some() {
            self.skip_section_heading();
        }
        self.flush_unread();
        self.in_bullet = false;
        self.header = None;
        let name = HeaderParts::read(&company, self.options.dates).texts.into_iter().next();
        (self.group, self.group_open) = (name, true);
        // The company line and this one.
        self.skip_line(None);
        self.skip_line(None);
        true
    }

    /// Settles held resume lines once a bullet, a heading or the end shows what they were:
    /// those that continue the open bullet join it; a title block right before a bullet
    /// (`Engineering Manager` / `Acme Corp`) heads a job without dates; the rest are skipped.
    fn resolve_held(&mut self, before_bullet: bool) {
        let held = std::mem::take(&mut self.held);
        if self.header.is_some() && !held.is_empty() {
            // Lines are held under an open header only after a heading of a section of jobs
            // (`Leadership` right under a job's header; see [`Parser::resume`]). A title block
            // under it before a bullet heads the section's first job (read below); else they
            // are lines of this header (a subheading over the job's bullets), as before.
            let block = &held[1..];
            let titled = before_bullet
                && !block.is_empty()
                && block.iter().all(|h| layout::title_like(&h.text))
                && block.iter().any(|h| layout::has_title_word(&h.text));
            if !titled {
                for line in held {
                    let parts = HeaderParts::read(&line.text, self.options.dates);
                    self.take_header_line(line.line, parts);
                }
                return;
            }
            self.header = None;
        }
        let continuing = held.iter().take_while(|h| h.continues).count();
        let (joined, rest) = held.split_at(continuing);
        for line in joined {
            self.continue_with(&line.text);
        }
        let header = before_bullet
            && self.header.is_none()
            && !rest.is_empty()
            && rest.iter().all(|h| layout::title_like(&h.text))
            && rest.iter().any(|h| layout::has_title_word(&h.text));
        if header {
            // A section heading over the title block (`Leadership` / `Chapter Lead` / `Women
            // in Tech`) is no part of it.
            let rest = match rest {
                [first, block @ ..] if !block.is_empty() && layout::is_section_over_jobs(&first.text) => {
                    self.skip_section_heading();
                    block
                }
                _ => rest,
            };
            self.new_job(rest[0].line);
            for line in rest {
                let parts = HeaderParts::read(&line.text, self.options.dates);
                self.take_header_line(line.line, parts);
            }
        } else {
            for line in rest {
                self.skip_unread(line);
            }
        }
    }

    /// A held line that can no longer be part of a job header: the bullet's text, or skipped.
    fn settle(&mut self, line: Held) {
        if line.continues {
            self.continue_with(&line.text);
        } else {
            self.skip_unread(&line);
        }
    }

    /// Skips a held line that turned out to be neither a header nor a bullet's text; under a
    /// job, a line of text is counted for a warning (see [`Parser::flush_unread`]).
    fn skip_unread(&mut self, line: &Held) {
        self.skip_line(self.job);
        if line.plain && self.job.is_some() && !is_skills_line(&line.text) {
            self.unread.get_or_insert((line.line, 0)).1 += 1;
        }
    }

    /// Warns about the lines under the current job that were not read (see [`Parser::unread`]),
    /// as its job ends.
    fn flush_unread(&mut self) {
        let Some((line, count)) = self.unread.take() else {
            return;
        };
        let label = self
            .job
            .and_then(|j| self.counts.jobs.get(j))
            .map_or_else(String::new, |job| format!(" {:?}", job.label()));
        let what = if count == 1 {
            format!(
                "1 line under job{label} was not read as an activity: it reads as a title or a heading, not a sentence"
            )
        } else {
            format!(
                "{count} lines under job{label} were not read as activities: they read as titles or headings, not sentences"
            )
        };
        self.warn(line, format!("{what} (put `- ` before a line to count it)"));
    }

    /// A dated header line starts a job. When it does not name both a title and a company,
    /// title and company lines held right before it (at most two) are part of the header. A
    /// section heading over the header (`Volunteer`, `Leadership`) is skipped as one.
    fn start_job(&mut self, number: usize, parts: HeaderParts, out: &mut Vec<Activity>) {
        let mut before = Vec::new();
        if !parts.has_title() || parts.texts.len() < 2 {
            let titles = self
                .held
                .iter()
                .rev()
                .take(MAX_HEADER_LINES - 1)
                .take_while(|h| layout::title_like(&h.text))
                .count();
            before = self.held.split_off(self.held.len() - titles);
        }
        let section = if before.first().is_some_and(|h| layout::is_section_over_jobs(&h.text)) {
            Some(before.remove(0))
        } else {
            self.held.pop_if(|h| layout::is_section_over_jobs(&h.text))
        };
        self.resolve_held(false);
        if section.is_some() {
            self.skip_section_heading();
        }
        if let Some(done) = self.pending.take() {
            self.emit(done, out);
        }
        self.in_bullet = false;
        self.new_job(before.first().map_or(number, |h| h.line));
        for line in before {
            let parts = HeaderParts::read(&line.text, self.options.dates);
            self.take_header_line(line.line, parts);
        }
        self.take_header_line(number, parts);
    }

    /// Skips a section heading: a known one (`Experience`, `Education`), or a line right above a
    /// job header that heads a section of jobs (`Volunteer`, `Leadership`; see
    /// [`layout::is_section_over_jobs`]). The job above ends there, and the line counts for no
    /// job.
    fn skip_section_heading(&mut self) {
        self.flush_unread();
        self.job = None;
        (self.group, self.group_open) = (None, false);
        self.in_bullet = false;
        self.skip_line(None);
    }

    /// Opens a new job whose header starts on `line`; past [`MAX_JOBS`] jobs, the rest of the
    /// document belongs to no job (it still counts for the whole document), with a warning.
    fn new_job(&mut self, line: usize) {
        self.flush_unread();
        self.group_open = false;
        if self.counts.jobs.len() >= MAX_JOBS {
            if self.job.is_some() {
                self.warn(
                    line,
                    format!(
                        "more than {MAX_JOBS} jobs: the lines from here count for the whole document but for no job"
                    ),
                );
            }
            self.job = None;
            self.header = None;
            return;
        }
        self.counts.jobs.push(Job { line, ..Job::default() });
        self.job = Some(self.counts.jobs.len() - 1);
        self.header = Some(Header::default());
    }

    /// Adds one line to the current job's header.
    fn take_header_line(&mut self, number: usize, parts: HeaderParts) {
        let (Some(header), Some(index)) = (self.header.as_mut(), self.job) else {
            self.skip_line(self.job);
            return;
        };
        let unclear = parts
            .dates
            .first()
            .filter(|(_, read)| header.dates.is_none() && *read == DateRead::Unclear)
            .map(|(written, _)| written.clone());
        header.take(parts);
        let job = &mut self.counts.jobs[index];
        job.title = header.title().map(str::to_string);
        // A role under a company that groups several names none of its own: the place under
        // its dates is no company. A header that names a company ends the group.
        job.company = match (header.company_before_dates(), &self.group) {
            (Some(company), _) => {
                self.group = None;
                Some(company.to_string())
            }
            (None, Some(group)) => Some(group.clone()),
            (None, None) => header.company().map(str::to_string),
        };
        job.dates = header.dates.as_ref().map(|(written, _)| written.clone());
        job.period = header.period();
        let period = job.period;
        self.check_future(period, number);
        if let Some(written) = unclear {
            self.warn(
                number,
                format!("job dates {written:?} look like a date but rolemap cannot read them, so the job is undated (write e.g. Mar 2022 – Present or 2019–2021)"),
            );
        }
        self.skip_line(self.job);
    }

    /// Whether a line without a bullet continues the open bullet: it follows the bullet's last
    /// line, and is indented, starts in lower case, or follows a line that did not end a
    /// sentence — unless that line was short and both it and this one start with a verb in the
    /// past tense (`- Wrote the roadmap` / `Ran the 1:1s`: a list whose bullets have no full
    /// stops, one item written without its bullet, not a wrapped line; a label over its
    /// description, `- Hiring` / `Interviewed 40 people`, and a wrap before a name, `…for Search`
    /// / `Ranking and Ads teams`, still join). A line starting with a date starts something new.
    fn continues(&self, trimmed: &str, indented: bool) -> bool {
        if !(self.in_bullet && self.pending.is_some()) {
            return false;
        }
        let starts_anew = self.last_len < WRAPPED_LINE_BYTES
            && trimmed.contains(' ')
            && layout::leading_past_tense(trimmed)
            && self
                .pending
                .as_ref()
                .is_some_and(|open| layout::leading_past_tense(&open.text));
        let unfinished = !(self.ended() || starts_anew);
        indented || ((starts_lower(trimmed) || unfinished || self.open_end()) && !self.starts_with_date(trimmed))
    }

    /// Whether a line without a bullet continues the open activity, itself a line without a
    /// bullet right above it, as prose is hard-wrapped at a width by its writer's editor or a
    /// paste (`I led the migration of the billing service to the new` / `platform, coordinating
    /// with four teams`): the open activity starts a sentence (a capital), its line above did
    /// not end one, and this line starts in lower case without a date; and the line above
    /// stops where no sentence can (`…, and`), or was as long as a wrap leaves a line (an item
    /// of a list of its own is shorter or longer: [`WRAPPED_LINE_BYTES`] to [`MAX_WRAP_WIDTH`])
    /// and this one starts with no verb in the past tense (`shipped search` / `hired two
    /// engineers`). A list of items each written in lower case without a full stop (a ladder's
    /// `owns the production operation…` / `manages the team members' career…`) is no prose.
    fn wraps_plain(&self, number: usize, trimmed: &str) -> bool {
        !self.in_bullet
            && self
                .pending
                .as_ref()
                .is_some_and(|open| open.text.starts_with(char::is_uppercase))
            && self.open_through.is_some_and(|line| line + 1 == number)
            && starts_lower(trimmed)
            && !self.ended()
            && (self.open_end()
                || ((WRAPPED_LINE_BYTES..=MAX_WRAP_WIDTH).contains(&self.last_len)
                    && !layout::leading_past_tense(trimmed)))
            && !self.starts_with_date(trimmed)
    }

    /// Whether a line starts with a date, or is one alone, with or without its year (`Feb:`,
    /// `Q3`, a label over what follows): it is no wrapped part of the line above.
    fn starts_with_date(&self, text: &str) -> bool {
        dates::may_start_date(text)
            && (dates::leading_read(text, self.options.dates).is_some()
                || dates::leading_yearless(text, self.options.dates).is_some()
                || dates::date_line(text, self.options.dates).is_some())
    }

    /// Joins a line to the open activity.
    fn continue_with(&mut self, line: &str) {
        let more = clean(line);
        let job = self.pending.as_ref().and_then(|a| a.job);
        let mut cut_at = None;
        if let Some(open) = self.pending.as_mut()
            && !more.is_empty()
        {
            if open.text.len() + 1 + more.len() > MAX_ACTIVITY_BYTES {
                cut_at = Some(open.line);
            } else {
                // A line broken after a hyphen (`on-` / `call`) joins the next without a space.
                if !open.text.is_empty() && !broken_at_hyphen(&open.text, &more) {
                    open.text.push(' ');
                }
                open.text.push_str(&more);
                self.last_len = more.len();
                self.continued = true;
            }
        }
        if let Some(line) = cut_at
            && !std::mem::replace(&mut self.cut_short, true)
        {
            self.warn(
                line,
                format!(
                    "an activity of more than {} MiB: its continuation lines past that were left out",
                    MAX_ACTIVITY_BYTES >> 20
                ),
            );
        }
        self.counts.continuations += 1;
        if let Some(job) = job.and_then(|j| self.counts.jobs.get_mut(j)) {
            job.continuations += 1;
        }
    }

    /// Starts a new activity (after emitting the open one).
    fn start(&mut self, number: usize, body: &str, bullet: Option<TaskBox>, out: &mut Vec<Activity>) {
        let unchecked = bullet == Some(TaskBox::Open);
        let bullet = bullet.is_some();
        self.prose = false;
        let cleaned = clean(body);
        if let Some(done) = self.pending.take() {
            self.emit(done, out);
        }
        // A spreadsheet's header row (`Date⇥What⇥Impact`) names columns, not work; only a line
        // that `clean` rewrote can hold a tab.
        let cells = matches!(cleaned, Cow::Owned(_)) && body.contains('\t');
        let header_row = !bullet && cells && !self.seen_cells && is_header_row(body);
        self.seen_cells |= cells;
        if cleaned.is_empty() || header_row || only_links(&cleaned) {
            // A bare bullet or task box: nothing was done, so there is no activity.
            self.skip_line(self.job);
            self.in_bullet = false;
            return;
        }
        self.in_bullet = bullet;
        let here = self.date_here();
        // The text is copied without its markers (once, when `clean` had nothing to remove).
        let marked = markers(&cleaned, self.options.dates);
        let text = if marked.after.is_empty() {
            self.text_of(marked.text)
        } else {
            joined(marked.text, marked.after)
        };
        if let (true, false, Some(counted)) = (marked.mixed, text.is_empty(), marked.energy) {
            self.warn_mixed(number, counted);
        }
        self.pending_dated = marked.date.is_some() || marked.yearless.is_some() || marked.unclear.is_some();
        if let Some(written) = marked.unclear {
            let (shown, why) = (shorten(written), why_unreadable(written));
            self.warn(
                number,
                format!("this activity starts with {shown:?}, which looks like a date but rolemap cannot read it{why}, so the date of the heading or job above it (if any) is used instead (write e.g. 2025-03-14, Mar 2025, Q1 2025 or Jan–Mar 2025)"),
            );
        }
        let date = match marked.yearless {
            Some((yearless, written)) => self.date_in_heading_year(yearless, written, number),
            None => marked.date,
        };
        self.check_future(date, number);
        let activity = Activity {
            line: number,
            text,
            date: date.or(here),
            energy: marked.energy,
            job: self.job,
            job_label: self.job_label(),
            unchecked,
        };
        self.cut_short = false;
        self.last_len = cleaned.len();
        self.pending = Some(activity);
    }

    /// The current job's label, shared by its activities.
    fn job_label(&mut self) -> Option<Arc<str>> {
        let job = self.job?;
        match &self.label {
            Some((index, label)) if *index == job => Some(Arc::clone(label)),
            _ => {
                let label: Arc<str> = self.counts.jobs.get(job)?.label().into();
                self.label = Some((job, Arc::clone(&label)));
                Some(label)
            }
        }
    }

    /// Whether the open activity's last line ended a sentence. Its text ends with that line
    /// (emphasis aside, which the test ignores), so this is asked only when a line without a
    /// bullet follows, not for every line.
    fn ended(&self) -> bool {
        self.pending.as_ref().is_some_and(|a| layout::ends_sentence(&a.text))
    }

    /// Whether a resume's prose line was wrapped before `next` (a capitalised word): its last
    /// line was long and did not end a sentence, and `next` starts no line of work or header
    /// (`…for the Payments` / `Platform team, cutting refunds by a third.`).
    fn wrapped(&self, next: &str) -> bool {
        self.prose
            && self.last_len >= WRAPPED_LINE_BYTES
            && !self.ended()
            && layout::leading_verb(next).is_none()
            && !layout::title_like(next)
    }

    /// Whether the open activity's last line stops where no sentence can (`…, and`).
    fn open_end(&self) -> bool {
        self.pending.as_ref().is_some_and(|a| layout::ends_open(&a.text))
    }

    /// The date of an activity starting here: a dated heading inside the current job, else the
    /// job's dates, else the innermost dated heading.
    fn date_here(&self) -> Option<Period> {
        let innermost_after = |line: usize| {
            self.headings
                .iter()
                .rev()
                .filter(|h| h.line > line)
                .find_map(|h| h.period)
        };
        match self.job.and_then(|j| self.counts.jobs.get(j)) {
            Some(job) => innermost_after(job.line).or(job.period).or_else(|| innermost_after(0)),
            None => innermost_after(0),
        }
    }

    /// Opens a heading (closing those at its level and below) with the period its text names.
    fn heading(&mut self, level: usize, text: &str, number: usize) {
        let read = dates::heading_date(text, self.options.dates);
        let period = self.resolve_date(read, text, number, level);
        self.check_future(period, number);
        self.headings.retain(|open| open.level < level);
        self.headings.push(Heading {
            level,
            period,
            line: number,
        });
    }

    /// A line of nothing but a date (`**2024-10**`, `- Q1 2025`) is a heading for what follows.
    fn date_line(&mut self, body: &str, number: usize) -> bool {
        let Some((text, read)) = read_date_line(body, self.options.dates) else {
            return false;
        };
        if self.layout == Some(Layout::Resume) {
            // In a resume, dates belong to job headers; a bullet of only a date is skipped.
            return true;
        }
        self.open_date_line(read, &text, number);
        true
    }

    /// Opens a line of only a date (`written`, line `number`) as a heading over the lines under
    /// it, below any `#` heading.
    fn open_date_line(&mut self, read: DateRead, written: &str, number: usize) {
        let period = self.resolve_date(Some(read), written, number, DATE_LINE_LEVEL);
        self.check_future(period, number);
        self.headings.retain(|open| open.level < DATE_LINE_LEVEL);
        self.headings.push(Heading {
            level: DATE_LINE_LEVEL,
            period,
            line: number,
        });
    }

    /// Warns, once a document, about a date written at line `number` that starts more than
    /// [`MAX_YEARS_AHEAD`] years after today (`9999-12-31`, or a slip of the year such as
    /// `2205-03`): it is used as written, as the user may mean it, but it is likely a typo, and
    /// would otherwise fall outside every window and period in silence.
    fn check_future(&mut self, period: Option<Period>, number: usize) {
        let Some(period) = period.filter(|_| !self.future_warned) else {
            return;
        };
        let today = || {
            self.options
                .today
                .unwrap_or_else(|| jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now()).date())
        };
        let horizon = *self.horizon.get_or_insert_with(|| {
            today()
                .checked_add(jiff::Span::new().years(MAX_YEARS_AHEAD))
                .unwrap_or(jiff::civil::Date::MAX)
        });
        if period.start <= horizon {
            return;
        }
        self.future_warned = true;
        let day = match self.options.today {
            Some(day) => format!("the --as-of day ({day})"),
            None => format!("today ({})", today()),
        };
        self.warn(
            number,
            format!("the date {period} starts more than {MAX_YEARS_AHEAD} years after {day}: it is used as written (check its year; later such dates in this file are not named)"),
        );
    }

    /// The period a heading's date stands for, the heading at `level`: a yearless one (`## Q1`)
    /// is placed as an activity's leading one is, under the headings above it (see
    /// [`Parser::place_yearless`]), or failing that takes the year of the nearest heading within
    /// one year; one that cannot be read is reported.
    fn resolve_date(&mut self, read: Option<DateRead>, text: &str, number: usize, level: usize) -> Option<Period> {
        let shown = shorten(text.trim());
        match read? {
            DateRead::Period(period) => Some(period),
            DateRead::Yearless(yearless) => {
                let year = self.heading_year();
                let placed = self
                    .place_yearless(yearless, level)
                    .ok()
                    .or_else(|| year.and_then(|year| yearless.in_year(year)));
                match (placed, year) {
                    (Some(period), _) => Some(period),
                    // `## Feb 29` under `# 2025`: the year above does not have it.
                    (None, Some(year)) => {
                        let (why, fix) = if yearless.names_leap_day() {
                            (", which has no Feb 29", "write the year it falls in, as Feb 29, 2024")
                        } else {
                            ("", "check the day")
                        };
                        self.warn(
                            number,
                            format!(
                                "heading {shown:?} is no day of {year}{why}, so the lines under it are undated ({fix})"
                            ),
                        );
                        None
                    }
                    (None, None) => {
                        self.warn(
                            number,
                            format!("heading {shown:?} names no year, so the lines under it are undated (write e.g. Q1 2025, or put it under a heading such as ## 2025)"),
                        );
                        None
                    }
                }
            }
            DateRead::Unclear => {
                let why = why_unreadable(text);
                self.warn(
                    number,
                    format!("heading {shown:?} looks like a date but rolemap cannot read it{why}, so the lines under it are undated (write e.g. 2025-03-14, Mar 2025, Q1 2025 or Jan–Mar 2025)"),
                );
                None
            }
        }
    }

    /// The year of the innermost open heading within one year (`## 2025`, `## Q3 2025`).
    fn heading_year(&self) -> Option<i16> {
        self.headings
            .iter()
            .rev()
            .filter_map(|h| h.period)
            .find(|p| p.start.year() == p.end.year())
            .map(|p| p.start.year())
    }

    /// The period of an activity's leading date without its year (`Oct 2: …`), placed under
    /// the headings above it or its job (see [`Parser::place_yearless`]). One that has no place,
    /// or is no day of the year it would take (`Feb 29`), is noted, for one warning as the
    /// document ends, and the activity takes its heading's date as any other line does.
    fn date_in_heading_year(&mut self, yearless: dates::Yearless, written: &str, number: usize) -> Option<Period> {
        match self.place_yearless(yearless, usize::MAX) {
            Ok(period) => Some(period),
            Err(reason) => {
                self.yearless
                    .get_or_insert_with(|| (number, written.to_string(), 0, reason))
                    .2 += 1;
                None
            }
        }
    }

    /// Where a date without its year falls, under the headings of a level below `level` (all of
    /// them for an activity's leading date) or else the current job: in the innermost dated
    /// one's own years when it spans at most two (the first that puts the date inside it: a
    /// heading across two years, `## Dec 2024 – Jan 2025`, gives the one it fits); under one
    /// that runs to the present (`Mar 2024 – Present`), in the latest year that puts it inside
    /// and not after today; else in the year of the nearest heading within one year, when that
    /// puts it inside the innermost one. Why it has no place, when it has none.
    fn place_yearless(&mut self, yearless: dates::Yearless, level: usize) -> Result<Period, Cow<'static, str>> {
        let job_period = self
            .job
            .and_then(|j| self.counts.jobs.get(j))
            .and_then(|job| job.period);
        let within = self
            .headings
            .iter()
            .rev()
            .filter(|h| h.level < level)
            .find_map(|h| h.period)
            .or(job_period);
        if let Some(open) = within.filter(Period::is_open) {
            let today = *self
                .today
                .get_or_insert_with(|| self.options.today.unwrap_or_else(dates::today));
            let first = open.start.year().max(today.year().saturating_sub(MAX_YEARS_BACK));
            for year in (first..=today.year()).rev() {
                if let Some(period) = yearless.in_year(year)
                    && period.start <= today
                    && period.overlaps(&open)
                {
                    return Ok(period);
                }
            }
            return Err("that falls in no year of the period above it up to today".into());
        }
        let years = match (within, self.heading_year()) {
            (Some(p), _) if p.end.year() - p.start.year() <= 1 => [Some(p.start.year()), Some(p.end.year())],
            (_, year) => [year, None],
        };
        let mut reason: Cow<'static, str> = match within {
            Some(_) => "and the heading or job above it spans more than two years".into(),
            None => "and no heading or job above it names its year".into(),
        };
        for year in years.into_iter().flatten() {
            match yearless.in_year(year) {
                Some(period) if within.is_none_or(|w| w.overlaps(&period)) => return Ok(period),
                Some(_) => reason = "that falls outside the period of the heading above it".into(),
                // `Feb 29` under `## 2025`.
                None if yearless.names_leap_day() => {
                    reason = format!("that is no day of {year}, which has no Feb 29").into()
                }
                None => reason = "that is no day of the heading's year".into(),
            }
        }
        Err(reason)
    }

    /// Warns that a line holds both energy markers, and which one counts.
    fn warn_mixed(&mut self, number: usize, counted: Energy) {
        let (first, other) = match counted {
            Energy::Drains => ("(-)", "(+)"),
            Energy::Gives => ("(+)", "(-)"),
        };
        self.warn(
            number,
            format!("this activity is marked both {first} and {other}: the first, {first}, is counted (keep one marker to say which)"),
        );
    }

    fn warn(&mut self, line: usize, message: String) {
        if self.counts.warnings.len() < MAX_WARNINGS {
            self.counts.warnings.push((line, message));
        } else {
            self.unreported += 1;
        }
    }

    /// Counts a skipped line, for the document and for `job`.
    fn skip_line(&mut self, job: Option<usize>) {
        self.counts.skipped += 1;
        if let Some(job) = job.and_then(|j| self.counts.jobs.get_mut(j)) {
            job.skipped += 1;
        }
    }
}

/// Whether `line` is a document's first line `first` (a name) with a separator and a few words
/// after it, as a running header writes it: `Jane Doe – Resume`, `Jane Doe | CV`.
fn names_first_line(first: &str, line: &str) -> bool {
    let Some(rest) = line.strip_prefix(first) else {
        return false;
    };
    let Some(rest) = [" – ", " — ", " - ", " | ", " · ", ", "]
        .iter()
        .find_map(|separator| rest.strip_prefix(separator))
    else {
        return false;
    };
    first.len() <= 60 && rest.split_whitespace().count() <= 4 && !rest.contains(['.', ';', ':'])
}

/// Whether an activity's text only quotes someone's words with their name after them, as a
/// brag document's kudos do: `"Thanks for unblocking the launch" — Priya`, `“Sam kept every
/// team on the same page.” (Dana, Payments)`, `„…“ – @lee`, `"…" — my manager`. The quotation
/// is a sentence (three words or more, not a title's capitalised words: `"How We Cut Build
/// Times" — Engineering Blog` is the writer's post) ending at its first closing mark, and only
/// an [`attribution`] follows it. `"Project Phoenix" — Led the relaunch`, `"Kill the feature" —
/// I argued` and `"Fast checkout" shipped "one-click pay" (Payments)` are the writer's.
fn quoted_praise(text: &str) -> bool {
    let text = text.trim();
    let Some(open) = text.chars().next() else {
        return false;
    };
    let closers: &[char] = match open {
        '"' => &['"', '”'],
        '“' => &['”', '"'],
        '„' => &['“', '”', '"'],
        '«' => &['»'],
        _ => return false,
    };
    let inside = &text[open.len_utf8()..];
    let Some(close) = inside.find(closers) else {
        return false;
    };
    let quoted = &inside[..close];
    let closer_len = inside[close..].chars().next().map_or(1, char::len_utf8);
    // Stops and emoji after the name (`(Lee).`, `— Priya 🎉`) are not part of it.
    let after = inside[close + closer_len..]
        .trim_start_matches(['.', ',', '!', ' '])
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')');
    if !spoken(quoted) {
        return false;
    }
    let name = if let Some(inner) = after.strip_prefix('(').and_then(|a| a.strip_suffix(')')) {
        inner
    } else if let Some(rest) = after.strip_prefix(['—', '–', '-', '~', '―']) {
        rest.trim_start_matches(['-', ' '])
    } else {
        return false;
    };
    attribution(name.trim())
}

/// Whether a quotation reads as something said: three words or more, and not most of them
/// capitalised as a title's are (`Scaling Kafka at Acme`).
fn spoken(quoted: &str) -> bool {
    let (mut words, mut capitalised) = (0, 0);
    for word in quoted.split_whitespace() {
        words += 1;
        capitalised += usize::from(word.chars().next().is_some_and(char::is_uppercase));
    }
    words >= 3 && capitalised * 2 <= words
}

/// Whether `text` names who said a quotation: a name of one to three capitalised words (or an
/// `@handle`, or `my manager` and the like), perhaps `the` before it and a role in brackets after
/// it (`Priya (Design)`); then perhaps `from`, `at`, `of`, `on`, `in` or `via` and a few words
/// (`Mei from the data team`, `Priya via Slack`), and after a comma only capitalised words,
/// numbers and dates (`Dana Lee, VP Engineering, 2025-03`). Ten words at most; none of them
/// the writer (`I`, `we`, `my` but in `my manager`), and a lone name is no status or billing
/// (`— Shipped`, `— Speaker`).
fn attribution(text: &str) -> bool {
    if text.is_empty() || text.len() > 80 || text.split_whitespace().count() > 10 {
        return false;
    }
    // A role in brackets after the name: `Priya (Design)`.
    let text = match text.strip_suffix(')').and_then(|t| t.rfind('(').map(|at| &t[..at])) {
        Some(before) if !before.trim().is_empty() => before.trim_end(),
        _ => text,
    };
    let is_writer = |word: &str| {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        ["i", "we", "my", "our", "me", "us"]
            .iter()
            .any(|w| bare.eq_ignore_ascii_case(w))
    };
    let (name, tail) = text.split_once(',').unwrap_or((text, ""));
    let mut words = name.split_whitespace().peekable();
    if words.peek().is_some_and(|w| w.eq_ignore_ascii_case("my")) {
        words.next();
        let boss = words.next().is_some_and(|w| {
            [
                "manager",
                "skip-level",
                "skip",
                "lead",
                "director",
                "boss",
                "mentor",
                "mentee",
                "team",
            ]
            .iter()
            .any(|role| w.eq_ignore_ascii_case(role))
        });
        return boss && words.next().is_none() && tail.is_empty();
    }
    if words.peek() == Some(&"the") {
        words.next();
    }
    let mut names = Vec::new();
    let mut linked = false;
    for word in words.by_ref() {
        if matches!(word, "from" | "at" | "of" | "on" | "in" | "via") {
            linked = true;
            break;
        }
        let handle = word.starts_with('@') && word.len() > 1;
        if !(starts_capitalised(word) || handle) || word.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        names.push(word);
    }
    // After `from`: a few words, none the writer's (`Priya from Product asked; I led …`).
    let rest: Vec<&str> = words.collect();
    if linked && (rest.is_empty() || rest.len() > 4 || rest.iter().any(|w| is_writer(w) || w.contains(';'))) {
        return false;
    }
    // After a comma: a title, a team, a date; no sentence (`CEO, led the initiative`).
    let tail_reads_as_name = tail.split_whitespace().all(|word| {
        starts_capitalised(word)
            || word.starts_with(|c: char| c.is_ascii_digit() || c == '#')
            || matches!(word, "of" | "at" | "the" | "on" | "in" | "for" | "and" | "&")
    });
    const NOT_NAMES: [&str; 22] = [
        "Shipped",
        "Done",
        "Live",
        "Launched",
        "Merged",
        "Approved",
        "Released",
        "Complete",
        "Completed",
        "Speaker",
        "Author",
        "Host",
        "Organizer",
        "Organiser",
        "Keynote",
        "Panelist",
        "Owner",
        "Lead",
        "WIP",
        "TBD",
        "Draft",
        "Blocked",
    ];
    let status = names.len() == 1 && NOT_NAMES.contains(&names[0]);
    (1..=3).contains(&names.len()) && !status && tail_reads_as_name && !names.iter().any(|w| is_writer(w))
}

/// Whether a word starts with a letter that is not lower case: a capital, or a letter of a
/// script without case (`Priya`, `李`, not `priya`).
fn starts_capitalised(word: &str) -> bool {
    word.starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase())
}

/// A control of a LinkedIn page, copied with a profile's text (see [`page_control`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PageControl {
    /// `…see more`: the description above it was cut short by the page.
    SeeMore,
    /// `Show all 5 experiences →`, `Show credential`: a button.
    Button,
}

/// Whether a line is only a control of a LinkedIn page, copied with the profile: `…see more`
/// (`… see more`, `...see more`, `…more`, `Show less`) under a cut description, `Show all 5
/// experiences →` under a section, `Show credential` under a certification. `Show all 3
/// dashboards to the VP` is a sentence: a button names a number and at most three words, or
/// ends in an arrow.
fn page_control(line: &str) -> Option<PageControl> {
    let line = line.trim();
    // Asked of every line: a control is short and starts with an ellipsis or `S`.
    if line.len() > 60 || !line.starts_with(['…', '.', 'S', 's']) {
        return None;
    }
    let (ellipsis, rest) = match line.strip_prefix('…').or_else(|| line.strip_prefix("...")) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, line),
    };
    let starts = |word: &str| {
        rest.get(..word.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(word))
    };
    if !(starts("see ") || starts("show ") || (ellipsis && starts("more"))) {
        return None;
    }
    let lower = rest.to_lowercase();
    if matches!(lower.as_str(), "see more" | "show more" | "see less" | "show less") || (ellipsis && lower == "more") {
        return Some(PageControl::SeeMore);
    }
    if ellipsis {
        return None;
    }
    let arrow = |c: char| matches!(c, '→' | '↗' | '›' | '>') || c.is_whitespace();
    let words = lower.trim_end_matches(arrow);
    let arrowed = words.len() < lower.len();
    if matches!(words, "show credential" | "see credential") {
        return Some(PageControl::Button);
    }
    let rest = words
        .strip_prefix("show all")
        .filter(|rest| rest.is_empty() || rest.starts_with(' '))?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let counted = words.first().is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
    let named = words
        .iter()
        .skip(usize::from(counted))
        .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '&'));
    let button = match words.len() {
        0 => arrowed,
        n => named && n <= 4 && (counted || arrowed),
    };
    button.then_some(PageControl::Button)
}

/// Whether `line` is only a page's number, as text copied or converted from a PDF carries one
/// (`Page 2`, `Page 2 of 3`, `pg. 2`, `2 of 3`, `- 2 -`, and a number alone, `2`, when `bare`):
/// up to three digits, so `2025` is still a year.
fn is_page_number(line: &str, bare: bool) -> bool {
    // Asked of every line: most end in a letter or a stop, which no page number does (a
    // centred one, as `pdftotext -layout` writes it, may have many spaces before it).
    if !line
        .as_bytes()
        .last()
        .is_some_and(|&b| b.is_ascii_digit() || b.is_ascii_whitespace() || matches!(b, b'-' | 0x93 | 0x94))
    {
        return false;
    }
    let line = line.trim();
    if line.is_empty() || line.len() > 18 {
        return false;
    }
    let bytes = line.as_bytes();
    let digits = |at: usize| {
        let count = bytes[at.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        (1..=3).contains(&count).then_some(at + count)
    };
    let spaces = |at: usize| at + bytes[at.min(bytes.len())..].iter().take_while(|&&b| b == b' ').count();
    // `- 2 -`, `– 2 –`, `— 2 —`: the number between two dashes.
    for dash in ["-", "–", "—"] {
        if let Some(inner) = line.strip_prefix(dash).and_then(|rest| rest.strip_suffix(dash)) {
            let inner = inner.trim();
            return !inner.is_empty() && inner.len() <= 3 && inner.bytes().all(|b| b.is_ascii_digit());
        }
    }
    let mut at = 0;
    for prefix in ["page", "pg."] {
        if bytes.len() > prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes()) {
            at = spaces(prefix.len());
            if at == prefix.len() && prefix == "page" {
                return false;
            }
            break;
        }
    }
    let Some(end) = digits(at) else {
        return false;
    };
    if end == bytes.len() {
        return at > 0 || bare;
    }
    // `2 of 3`, `2/3` after `Page`.
    let after = spaces(end);
    let rest = &bytes[after..];
    let total = if rest.len() > 2 && rest[..2].eq_ignore_ascii_case(b"of") && rest[2] == b' ' {
        spaces(after + 2)
    } else if at > 0 && rest.first() == Some(&b'/') {
        spaces(after + 1)
    } else {
        return false;
    };
    digits(total) == Some(bytes.len())
}

/// Tells a brag list from a resume by the lines before the first bullet: a resume has a work
/// section heading (`Experience`, `Work history`), another resume section heading (`Summary`,
/// `Skills`) as a line of its own with contact details (an email address, a phone number, a
/// LinkedIn link) above it, or ends in a job header — dates with a title or company on the same
/// line (`Engineering Manager, Acme — 2021–Present`, `Acme Corp | Berlin | 2019–2021`), or a
/// dates line with a title line near it, unless the dates line names a document (see
/// [`names_a_document`]) or holds only a date and another in brackets (`## 2025 (Dec 29 – Jan
/// 2)`: a week's heading).
///
/// Without a bullet (`bulleted` false), see [`job_without_bullets`].
fn detect(preamble: &[(usize, String)], settings: DateSettings, bulleted: bool) -> Layout {
    let texts: Vec<(bool, &str)> = preamble
        .iter()
        .map(|(_, line)| {
            let line = line.trim();
            match heading_level(line) {
                Some(level) => (true, line[level..].trim()),
                None => (false, line),
            }
        })
        .collect();
    // A LinkedIn copy doubles its titles, companies and dates: each tells once.
    let mut texts = texts;
    texts.dedup();
    let work_section = texts.iter().any(|(_, t)| layout::section(t) == Some(Section::Work));
    if !bulleted {
        return job_without_bullets(&texts, work_section, settings);
    }
    if work_section {
        return Layout::Resume;
    }
    let contact = texts.iter().any(|(_, t)| layout::is_contact(t));
    if contact
        && texts
            .iter()
            .any(|(heading, t)| !heading && layout::section(t).is_some())
    {
        return Layout::Resume;
    }
    let block: Vec<(bool, &str)> = texts
        .iter()
        .rev()
        .filter(|(_, t)| !t.is_empty())
        .take(MAX_HEADER_LINES)
        .copied()
        .collect();
    let titled = block
        .iter()
        .any(|(heading, t)| !heading && layout::title_like(t) && layout::has_title_word(t));
    // A dated line that names a document (`Brag notes, 2025`, `Self-review 2024`) heads a brag
    // list, whatever title stands above it (`Tom Haddad - Product Manager`).
    let header = block.iter().any(|(_, text)| {
        let parts = HeaderParts::read(text, settings);
        !dated_work(text, settings)
            && !names_a_document(text)
            && !dates::date_with_bracketed_date(text, settings)
            && parts.is_dated_header(text)
            && (parts.has_title() || parts.texts.len() >= 2 || titled)
            && !layout::is_contact(text)
    });
    if header && !names_its_writer(&texts, settings) {
        Layout::Resume
    } else {
        Layout::Brag
    }
}

/// Whether the lines before a list's first bullet are one line naming its writer, their title
/// and dates (`Jane Doe, Staff Engineer 2024 – 2025`): a brag list's header, not a job's.
///
/// A resume shows itself by more than one dated line: a company beside the title (`Staff
/// Engineer, Acme  2024 – 2025`), the name on a line of its own, a contact line or a section
/// heading above the header (each makes more than one line here), or jobs after the first
/// (which streaming cannot wait for: they are not looked at). So only a lone line whose part
/// before the title reads as a person's name ([`layout::reads_as_person_name`]: two or three
/// capitalised words, no company's word such as `Corp` or `Labs`) and that names nothing after
/// the title heads a brag list.
fn names_its_writer(texts: &[(bool, &str)], settings: DateSettings) -> bool {
    let mut lines = texts.iter().filter(|(_, t)| !t.is_empty());
    let (Some((false, line)), None) = (lines.next(), lines.next()) else {
        return false;
    };
    let parts = HeaderParts::read(line, settings);
    match parts.texts.as_slice() {
        [name, title] => !parts.dates.is_empty() && layout::reads_as_person_name(name) && layout::has_title_word(title),
        _ => false,
    }
}

/// A line's text without its heading marks (`## Summary` → `Summary`).
fn heading_text(line: &str) -> &str {
    let line = line.trim();
    heading_level(line).map_or(line, |level| line[level..].trim())
}

/// Whether `lines` hold a work section heading (`Experience`) with a job header among the few
/// lines under it, before any bullet (`Engineering Manager, Acme — 2021–Present`): a resume
/// whose bulleted `Summary` came first.
fn work_after_other_section(lines: &[(usize, String)], settings: DateSettings) -> bool {
    let job_under = |work: usize| {
        lines[work + 1..]
            .iter()
            .map(|(_, line)| heading_text(line))
            .filter(|text| !text.is_empty())
            .take(MAX_HEADER_LINES)
            .take_while(|text| strip_bullet(text, false).is_none())
            .any(|text| {
                !dated_work(text, settings)
                    && !layout::is_contact(text)
                    && HeaderParts::read_in(text, settings, true).is_dated_header(text)
            })
    };
    (0..lines.len())
        .filter(|&at| layout::section(heading_text(&lines[at].1)) == Some(Section::Work))
        .any(job_under)
}

/// The layout of a document without a bullet in its first [`PREAMBLE_LINES`] lines (a LinkedIn
/// paste, whose job descriptions are prose), told from those lines (or all of it): a resume
/// when two dates lines have a title line just above them (`Engineering Manager` / `Acme ·
/// Full-time` / `Jan 2022 – Present`), or one does and `work_section` says an experience
/// heading is among the lines. Where the lines end tells nothing here, and a section
/// heading alone is not enough: a bulletless brag list under `## Projects` would lose every
/// line read as a resume (lines before a job are not work). A dates line with a title on it
/// is no header either (`2025-01 — Onboarded the new Engineering Manager` is a brag line).
fn job_without_bullets(texts: &[(bool, &str)], work_section: bool, settings: DateSettings) -> Layout {
    let lines: Vec<(bool, &str)> = texts.iter().filter(|(_, t)| !t.is_empty()).copied().collect();
    let titled = |(heading, text): &(bool, &str)| !heading && layout::title_like(text) && layout::has_title_word(text);
    let headers = lines
        .iter()
        .enumerate()
        .filter(|(at, (heading, text))| {
            let above = &lines[at.saturating_sub(MAX_HEADER_LINES - 1)..*at];
            !heading
                && above.iter().any(titled)
                && dates::may_start_date(text)
                && !dated_work(text, settings)
                && HeaderParts::read(text, settings).is_dated_header(text)
        })
        .count();
    // One job header alone may be a self-review's title and period (`Staff Engineer` /
    // `January – December 2024`): a resume has two jobs, or one under an experience heading.
    if headers >= 2 || (headers == 1 && work_section) {
        Layout::Resume
    } else {
        Layout::Brag
    }
}

/// Whether a resume's line without a bullet reads as a sentence of work, not as a header line
/// or a label: not title-like, no contact details, and four words or more, a full stop, or a
/// verb and a word after it (`Managed 8 engineers`) — a short line naming a title (`Senior
/// product manager`) may head the next job.
fn is_prose(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let ended = layout::ends_sentence(text);
    let verb = words >= 2
        && match layout::leading_verb(text) {
            Some(layout::VerbForm::Finite) => true,
            // `Engineering manager for payments` names a title.
            Some(layout::VerbForm::Gerund) => !layout::has_title_word(text),
            None => false,
        };
    // A few words naming a title without a verb or a full stop may head the next job.
    let titled = words <= 6 && layout::has_title_word(text);
    (ended || verb || (words >= 4 && !titled)) && !layout::title_like(text) && !layout::is_contact(text)
}

/// A prose line this long that ends mid-sentence was wrapped by the paste: a line of its own is
/// shorter (`Managed 8 engineers`), a PDF's or a narrow window's line longer.
const WRAPPED_LINE_BYTES: usize = 60;

/// The widest a writer's editor or a mail client wraps prose at (72 to 80 columns, 88 at most):
/// a longer line without a bullet that does not end a sentence is an item of a list, not a
/// wrapped line of a paragraph.
const MAX_WRAP_WIDTH: usize = 90;

/// Most words of a line that may title the bullets under it.
const MAX_TITLE_WORDS: usize = 6;

/// Whether a brag list's line without a bullet looks like a title of the bullets that may
/// follow it (`2025 highlights`, `Q3 wins:`, `Hiring`): a few words, no verb that makes it a
/// line of work (`Led the launch`; a lone `-ing` word names a kind of work), ending in a `:` or
/// with no sentence punctuation. A line that would continue the bullet above it must end in a
/// `:` and start with a capital or a digit (`Q3 wins:`), so a wrapped bullet stays whole.
fn may_title(text: &str, continues: bool, settings: DateSettings) -> bool {
    let colon = text.ends_with(':');
    let capital = text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    // A spreadsheet's cells (tabs) are a row of work.
    if text.len() > 80 || (continues && !(colon && capital)) || text.contains('\t') {
        return false;
    }
    // The cheap tests first: this is asked of many lines.
    let punctuated = text
        .trim_end_matches(':')
        .bytes()
        .any(|b| matches!(b, b'.' | b'!' | b'?' | b';' | b',' | b':'));
    let words = text.split_whitespace().take(MAX_TITLE_WORDS + 1).count();
    if punctuated || words > MAX_TITLE_WORDS {
        return false;
    }
    // A verb after a leading date is a dated line of work (`2025-03-14 Shipped the roadmap`).
    let (_, work) = after_leading_date(text, settings);
    let verb = match layout::leading_verb(work) {
        Some(layout::VerbForm::Gerund) => words > 2,
        Some(layout::VerbForm::Finite) => true,
        None => false,
    };
    !verb && !layout::ends_open(text.trim_end_matches(':'))
}

/// Whether a line is a dated entry of work, not a job's dates: it leads with a single day
/// (`2025-03-14: …`; a job runs months or years), or with a date and then a verb (`Mar 2025 —
/// Ran the pricing review`).
fn dated_work(text: &str, settings: DateSettings) -> bool {
    match after_leading_date(text, settings) {
        (Some(period), _) if period.precision == dates::Precision::Day => true,
        (Some(_), rest) => layout::leading_verb(rest) == Some(layout::VerbForm::Finite),
        (None, _) => false,
    }
}

/// A line's leading date, if it has one, and the text after it (the whole line if none).
fn after_leading_date(text: &str, settings: DateSettings) -> (Option<Period>, &str) {
    if !dates::may_start_date(text) {
        return (None, text);
    }
    dates::leading_date(text, settings).map_or((None, text), |(period, rest)| (Some(period), rest))
}

/// Most lines of a brag list's header: a name, a title, a team or a date.
const MAX_LIST_HEADER_LINES: usize = 3;

/// Most blank lines between a brag list's header and the list.
const MAX_LIST_HEADER_BLANKS: usize = 8;

/// Most bytes of a header line.
const MAX_LIST_HEADER_BYTES: usize = 160;

/// Words that name a document of work done (`Brag notes, 2025`, `2025 highlights`): a header
/// line holding one and a date dates the list.
const DOCUMENT_WORDS: [&str; 14] = [
    "brag",
    "notes",
    "review",
    "self-review",
    "highlights",
    "wins",
    "achievements",
    "accomplishments",
    "log",
    "journal",
    "summary",
    "retrospective",
    "year",
    "doc",
];

/// Whether a header line names the document it heads (see [`DOCUMENT_WORDS`]).
fn names_a_document(text: &str) -> bool {
    let named = |word: &str| DOCUMENT_WORDS.iter().any(|name| word.eq_ignore_ascii_case(name));
    // `self-review` whole, or `Brag-doc` by its parts.
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|word| named(word) || word.split('-').any(named))
}

/// Most words of a header line (`Sunita Iyer - Development Manager - Motor Insurance Portal`).
const MAX_LIST_HEADER_WORDS: usize = 12;

/// What ends a sentence or a clause: a line ending in one tells something, it does not name
/// (a title, a list's header).
const CLAUSE_ENDS: [char; 5] = ['.', '!', '?', ';', ','];

/// Whether `line` may be a review form's question (see [`paste::is_question`]): unindented,
/// no bullet, no heading, quote or table row.
fn may_ask(line: &str) -> bool {
    let trimmed = line.trim_end();
    !line.starts_with([' ', '\t'])
        && paste::is_question(trimmed)
        && !trimmed.starts_with(['#', '>', '|', '<'])
        && strip_bullet(trimmed, false).is_none()
}

/// Whether a brag list's first line may be part of its header: a few words that name rather
/// than tell — no bullet or heading mark, no verb leading it (after a leading date), no day
/// leading it (with or without its year: a dated entry), no sentence end, no `key: value`
/// field, no tab of a spreadsheet's row, no rule.
fn may_head(text: &str, settings: DateSettings) -> bool {
    if text.len() > MAX_LIST_HEADER_BYTES
        || !text.contains(char::is_alphanumeric)
        || is_rule(text)
        || text.contains('\t')
        || text.ends_with(CLAUSE_ENDS)
        || heading_level(text).is_some()
        || bullet_parts(text, false).is_some()
        || is_field_line(text, false)
        || text.split_whitespace().count() > MAX_LIST_HEADER_WORDS
    {
        return false;
    }
    // A day leading it makes a line a dated entry of work (`2025-03-14 Checkout v2 launch`).
    let work = match after_leading_date(text, settings) {
        (Some(day), _) if day.precision == dates::Precision::Day => return false,
        (_, work) => work,
    };
    if dates::may_start_date(text) && dates::leading_yearless(text, settings).is_some() {
        return false;
    }
    // A word in -ing leads a title too (`Engineering Manager, Payments`): a line of work goes
    // on in lower case (`Running the on-call rotation`).
    let verb = match layout::leading_verb(work) {
        Some(layout::VerbForm::Gerund) => !work
            .split_whitespace()
            .nth(1)
            .is_some_and(|word| word.starts_with(char::is_uppercase)),
        Some(layout::VerbForm::Finite) => true,
        None => false,
    };
    !verb && !layout::ends_open(text)
}

/// A line of nothing but a date (`**2024-10**`, `Q1 2025:`), cleaned of its emphasis, and what
/// it reads as.
fn read_date_line(body: &str, settings: DateSettings) -> Option<(Cow<'_, str>, DateRead)> {
    if body.len() > MAX_DATE_LINE_BYTES {
        return None;
    }
    // Asked of every line: the emphasis is skipped byte by byte (all ASCII).
    let marks = body
        .bytes()
        .take_while(|b| matches!(b, b'*' | b'_' | b'`' | b'~' | b'('))
        .count();
    if !dates::may_start_date(&body[marks..]) {
        return None;
    }
    let text = clean(body);
    let read = dates::date_line(&text, settings)?;
    Some((text, read))
}

/// Whether a line under a job lists skills, no work to read: LinkedIn ends a job with them,
/// labelled by a section that holds no work (`Skills: Hiring · Roadmaps`) or a like label
/// ([`SKILLS_LABELS`], `Tech stack: Kafka`), or as its page shows them (`Hiring, Roadmaps and
/// +3 skills`). Such a line never continues a bullet.
fn is_skills_line(text: &str) -> bool {
    let labelled = text.split_once(':').is_some_and(|(label, _)| {
        layout::section(label) == Some(Section::Other)
            || (label.len() <= 20 && SKILLS_LABELS.iter().any(|l| label.trim().eq_ignore_ascii_case(l)))
    });
    labelled || {
        let text = text.trim_end();
        text.strip_suffix(" skills")
            .and_then(|head| head.rsplit_once(" and +"))
            .is_some_and(|(_, count)| !count.is_empty() && count.bytes().all(|b| b.is_ascii_digit()))
    }
}

/// Labels of a line listing what a job was done with, beside the names of sections that hold no
/// work (`Skills:`, `Technologies:`, `Tools:`), which [`is_skills_line`] reads as such labels too.
const SKILLS_LABELS: &[&str] = &["tech stack", "stack", "technologies used", "tools used", "environment"];

/// Whether a resume line is a note of the job above it, not its work nor a header's part: a
/// skills line ([`is_skills_line`]) that lists rather than tells (`Skills: Go · PostgreSQL`,
/// `Tech stack: Kafka, gRPC`; `Summary: Led a team of 8.`, led by a verb, is a line of work).
fn is_skills_note(text: &str) -> bool {
    is_skills_line(text)
        && text
            .split_once(':')
            .is_none_or(|(_, value)| layout::leading_verb(value.trim()) != Some(layout::VerbForm::Finite))
}

/// Whether a line starts with a lower-case letter.
fn starts_lower(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase)
}

/// A line as quoted in a warning: as it reads, without the escape that starts it (a web page's
/// paragraph `> 99.9%` is read as `\> 99.9%`, see [`unescape_start`]), at most 60 characters.
fn shorten(text: &str) -> String {
    let text = unescape_start(text);
    if text.chars().count() <= 60 {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(59).collect();
    cut.push('…');
    cut
}

/// Why a date written with its year cannot be read, to end the first clause of its warning
/// (`…cannot read it: 2025 has no Feb 29`), or nothing when rolemap cannot tell.
fn why_unreadable(written: &str) -> String {
    dates::missing_leap_day(written).map_or_else(String::new, |year| format!(": {year} has no Feb 29"))
}

/// An energy marker that ends `text`, or comes right before the punctuation that ends it
/// (`Ran the hiring loop (+).`): the marker, the text before it, and the punctuation after it,
/// which stays (it may end a sentence, which tells whether the next line continues this one).
fn trailing_marker(text: &str) -> Option<(Energy, &str, &str)> {
    let end = text.trim_end_matches(['.', '!', ';', ',', ' ', '\t']);
    let cut = end.len().checked_sub(3)?;
    let marker = end.get(cut..).and_then(Energy::from_marker)?;
    // A cell's ` — ` before a marker in a cell of its own goes with it.
    let before = end[..cut].trim_end_matches(|c: char| c.is_whitespace() || c == '—');
    Some((marker, before, text[end.len()..].trim()))
}

/// The text around a trailing energy marker, put back together: nothing when nothing but
/// punctuation is left (`- (+).` is a bare marker).
fn joined(before: &str, after: &str) -> String {
    if before.is_empty() {
        return String::new();
    }
    let mut text = String::with_capacity(before.len() + after.len());
    text.push_str(before);
    text.push_str(after);
    text
}

/// What [`markers`] took from an activity's first line.
#[derive(Debug, Default)]
struct Marked<'a> {
    /// The text without its markers, up to a trailing marker or date.
    text: &'a str,
    /// The punctuation that came after a trailing marker or date (it may end a sentence).
    after: &'a str,
    /// The energy marker: the first, when a line holds two.
    energy: Option<Energy>,
    /// Whether the line held both `(+)` and `(-)`.
    mixed: bool,
    /// A date with its year, leading the line, or in brackets or after a dash ending it.
    date: Option<Period>,
    /// A leading date without its year (`Oct 2: …`), and the text it was written as.
    yearless: Option<(dates::Yearless, &'a str)>,
    /// A leading date rolemap cannot read (`31-Feb-2026: …`), as written.
    unclear: Option<&'a str>,
}

/// An activity's first line without its leading date and energy markers (at the start, or at
/// the end before any closing punctuation) and without a date ending it (in brackets or after
/// a dash), and what they said.
fn markers(mut text: &str, settings: DateSettings) -> Marked<'_> {
    let mut marked = Marked::default();
    let energy = |marker: Energy, marked: &mut Marked| marked.mixed |= add_marker(&mut marked.energy, marker);
    for _ in 0..2 {
        let before = text.len();
        if let Some(marker) = text.get(..3).and_then(Energy::from_marker) {
            energy(marker, &mut marked);
            text = text[3..].trim_start();
            // `- (+).` holds no more than `- (+)`.
            if text.bytes().all(|b| matches!(b, b'.' | b'!' | b';' | b',')) {
                text = "";
            }
        }
        if dates::may_start_date(text) && marked.date.is_none() && marked.yearless.is_none() && marked.unclear.is_none()
        {
            if let Some((read, rest)) = dates::leading_read(text, settings) {
                match read {
                    DateRead::Period(day) => marked.date = Some(day),
                    _ => marked.unclear = Some(written_date(text, rest)),
                }
                text = rest;
            } else if let Some((yearless, rest)) = dates::leading_yearless(text, settings) {
                marked.yearless = Some((yearless, written_date(text, rest)));
                text = rest;
            }
        }
        if text.len() == before {
            // Nothing taken: a second look would find nothing either.
            break;
        }
    }
    let read_date = marked.date.is_none() && marked.yearless.is_none() && marked.unclear.is_none();
    let ending = ending(text, read_date, settings);
    marked.text = ending.text;
    marked.after = ending.after;
    for marker in ending.markers.into_iter().flatten() {
        energy(marker, &mut marked);
    }
    marked.date = marked.date.or(ending.date);
    marked
}

/// A leading date as written: the start of `text` before `rest`, without its brackets and
/// separators.
fn written_date<'a>(text: &'a str, rest: &str) -> &'a str {
    text[..text.len() - rest.len()]
        .trim_end_matches(|c: char| matches!(c, ' ' | ':' | ']') || dates::DASHES.contains(&c))
        .trim_start_matches('[')
}

/// Adds a marker to the energy read so far: the first one counts. Returns whether it differs
/// from that first one.
fn add_marker(energy: &mut Option<Energy>, marker: Energy) -> bool {
    *energy.get_or_insert(marker) != marker
}

/// What [`ending`] took from the end of a line.
struct Ending<'a> {
    /// The text before the markers and date.
    text: &'a str,
    /// The punctuation after the last of them, which stays.
    after: &'a str,
    /// The markers, in the order written.
    markers: [Option<Energy>; MAX_TRAILING_MARKERS],
    /// A date in brackets or after a dash, if `read_date` asked for one.
    date: Option<Period>,
}

/// The energy markers and (when `read_date`) a date ending `text`, in brackets or after a dash
/// (see [`dates::dash_date`]), in any order (`… (+) (-)`, `… (+) (Q3 2025)`, `… — Mar 2025
/// (+)`), taken from the end.
fn ending(text: &str, read_date: bool, settings: DateSettings) -> Ending<'_> {
    let mut ending = Ending {
        text,
        after: "",
        markers: [None; MAX_TRAILING_MARKERS],
        date: None,
    };
    // A marker and a bracketed date both end in a bracket before any closing punctuation (the
    // bytes [`trailing_marker`] and [`dates::trailing_date`] skip), and a date after a dash in
    // a digit (`… — Mar 2025`, see [`dates::dash_date`]): most lines end otherwise.
    let bytes = text.as_bytes();
    let cut = dates::before_closing_punctuation(bytes);
    match bytes[..cut].last() {
        Some(b')' | b']') => {}
        Some(last) if read_date && last.is_ascii_digit() => {}
        _ => return ending,
    }
    let mut taken = 0;
    loop {
        let first = ending.text.len() == text.len();
        if let Some((marker, before, after)) = trailing_marker(ending.text)
            && taken < MAX_TRAILING_MARKERS
        {
            ending.markers[taken] = Some(marker);
            taken += 1;
            if first || before.is_empty() {
                ending.after = if before.is_empty() { "" } else { after };
            }
            ending.text = before;
        } else if read_date
            && ending.date.is_none()
            && let Some((period, before, after)) =
                dates::trailing_date(ending.text, settings).or_else(|| dates::dash_date(ending.text, settings))
        {
            ending.date = Some(period);
            if first {
                ending.after = after;
            }
            ending.text = before;
        } else {
            break;
        }
    }
    // The first as written is the last taken.
    ending.markers[..taken].reverse();
    ending
}

/// How many `>` quote a line (`> > text` and `>> text` are 2): as many as the Markdown filter
/// drops (see [`crate::markup`]).
fn quote_depth(line: &str) -> usize {
    let start = line.trim_start();
    if !start.starts_with('>') {
        return 0;
    }
    start
        .bytes()
        .take_while(|b| matches!(b, b'>' | b' ' | b'\t'))
        .filter(|&b| b == b'>')
        .count()
}

/// How many years after today a date may start before it is warned about (see
/// [`Parser::check_future`]).
const MAX_YEARS_AHEAD: i16 = 2;

/// A setext heading's text holds at most this many words.
const MAX_SETEXT_WORDS: usize = 12;

/// At most this many energy markers are taken from the end of a line.
const MAX_TRAILING_MARKERS: usize = 4;

fn key_value(line: &str) -> Option<(String, String)> {
    let (key, value) = line.split_once(':')?;
    let value = value.trim().trim_matches(['"', '\'']);
    Some((field_key(key), value.to_string()))
}

/// A front-matter field's key as it is looked up: trimmed, unquoted (YAML and TOML allow
/// `"role": em`, `"role" = "em"`), lower-cased.
fn field_key(key: &str) -> String {
    key.trim().trim_matches(['"', '\'']).to_lowercase()
}

/// The fields of front matter's top level, and the first `role` nested below it.
#[derive(Debug, Default)]
struct FrontFields {
    /// `(key, value)` and line of each top-level field, in order.
    top: Vec<((String, String), usize)>,
    /// The first `role` field under a TOML table or a YAML mapping: its line, its text and the
    /// table's header (`[params]`) or the mapping's key (`params`).
    nested_role: Option<(usize, String, String)>,
}

/// Reads front matter's lines (without its `---`/`+++` marks; the first is line `first`). A
/// field under a TOML table (`[params]`) or indented under a YAML key (`params:` /
/// `  role: pm`) is that table's, not the document's: YAML and TOML nesting are read alike.
/// YAML's top level is as indented as its first field.
fn top_fields(lines: &[String], first: usize, toml: bool) -> FrontFields {
    let indent = |line: &str| line.len() - line.trim_start().len();
    let top_indent = lines
        .iter()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map_or(0, |l| indent(l));
    let mut fields = FrontFields::default();
    // The table or key the lines below belong to, once there is one.
    let mut parent: Option<String> = None;
    for (line, number) in lines.iter().zip(first..) {
        if toml && is_toml_table_header(line) {
            parent = Some(line.split(" #").next().unwrap_or(line).trim().to_string());
            continue;
        }
        let Some(field) = (if toml { toml_key_value(line) } else { key_value(line) }) else {
            continue;
        };
        let nested = match toml {
            true => parent.is_some(),
            false => indent(line) > top_indent && parent.is_some(),
        };
        if !nested {
            if !toml {
                parent = Some(field.0.clone());
            }
            fields.top.push((field, number));
        } else if field.0 == "role" && fields.nested_role.is_none() {
            fields.nested_role = Some((number, line.clone(), parent.clone().unwrap_or_default()));
        }
    }
    fields
}

/// Whether a TOML line is a table's header (`[params]`, `[[menu.main]]`), after which fields are
/// the table's: not a line of an array written over lines (`  [1, 2],`).
fn is_toml_table_header(line: &str) -> bool {
    let line = line.split(" #").next().unwrap_or(line).trim();
    let inner = line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]"));
    let inner = inner.or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')));
    inner.is_some_and(|name| {
        !name.trim().is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ' ' | '"' | '\''))
    })
}

/// A TOML front matter's `key = value` line, the value unquoted and without a comment after it
/// (`role = "em" # acting` is `role`, `em`), the key lower-cased; `None` for a line without `=`.
fn toml_key_value(line: &str) -> Option<(String, String)> {
    let (key, value) = line.split_once('=')?;
    let value = value.trim();
    let value = match value.chars().next() {
        Some(quote @ ('"' | '\'')) => {
            let inner = &value[1..];
            inner.find(quote).map_or(inner, |end| &inner[..end])
        }
        _ => value.split_once(" #").map_or(value, |(before, _)| before).trim_end(),
    };
    Some((field_key(key), value.to_string()))
}

/// Whether a line is a front-matter field: YAML's `role: em` (`"role": em`), or with `toml`
/// TOML's `role = "em"` or a table's header (`[params]`).
fn is_field_line(line: &str, toml: bool) -> bool {
    if !toml {
        return key_value(line).is_some_and(|(key, _)| is_field_name(&key));
    }
    let trimmed = line.trim();
    (trimmed.starts_with('[') && trimmed.ends_with(']'))
        || toml_key_value(line).is_some_and(|(key, _)| is_field_name(&key))
}

/// Whether a key reads like a front-matter field's (`role`, `name`, `review_cycle`), not the
/// start of a sentence with a colon in it.
fn is_field_name(key: &str) -> bool {
    !key.is_empty() && key.len() <= 32 && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The level of an ATX heading (`## Q1` → 2), or `None` if the line is not one.
fn heading_level(line: &str) -> Option<usize> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    let is_heading = (1..=6).contains(&hashes) && line[hashes..].chars().next().is_none_or(char::is_whitespace);
    is_heading.then_some(hashes)
}

/// A thematic break (`---`, `* * *`, `___`) or a setext underline (`===`).
pub(crate) fn is_rule(line: &str) -> bool {
    let Some(first) = line.bytes().next().filter(|b| matches!(b, b'-' | b'*' | b'_' | b'=')) else {
        return false;
    };
    let mut marks = 0;
    for byte in line.bytes() {
        if byte == first {
            marks += 1;
        } else if !byte.is_ascii_whitespace() {
            return false;
        }
    }
    marks >= 3
}

/// Bullets pasted from PDFs, Word and LinkedIn, taken with or without a space after them: the
/// glyphs of Word's bullet library (`•` `○` `■` `❖` `➢` `✓` `◆` `➤`), PDF and LinkedIn bullets,
/// and arrows and stars people type as bullets. None of them starts a sentence.
const PASTED_BULLETS: &[char] = &[
    '•', '●', '▪', '◦', '‣', '⁃', '∙', '·', '–', '—', '■', '□', '►', '➢', '✓', '✔', '○', '◆', '◇', '❖', '➤', '▶', '▷',
    '▸', '▹', '★', '☆', '✦', '✧', '→', '⇒', '➔', '➜', '➡', '⮕',
];

/// Ballot boxes pasted from Word or Notion checklists, as a bullet or after one: `☐` is an open
/// task, like `[ ]`; `☑` `☒` `✅` are done ones.
const TASK_GLYPHS: &[(char, TaskBox)] = &[
    ('☐', TaskBox::Open),
    ('☑', TaskBox::Done),
    ('☒', TaskBox::Done),
    ('✅', TaskBox::Done),
];

/// Lower-case Roman numerals of a sub-list (`i.` to `xx.`); single letters are taken as letters.
const ROMAN: &[&str] = &[
    "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
];

/// Characters that show nothing (a zero-width space, a BOM, a word joiner, a soft hyphen) and
/// that a paste from a web page or a chat often leaves before a bullet.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// `line` without the invisible characters before its first visible one (its indent kept), so
/// `\u{200B}- Mentored two engineers` is a bullet. Borrowed unless there was one: the first
/// non-blank byte of a line is ASCII nearly always.
fn visible(line: &str) -> Cow<'_, str> {
    let indent = line.len() - trim_start(line).len();
    if line.as_bytes().get(indent).is_none_or(u8::is_ascii) {
        return Cow::Borrowed(line);
    }
    let rest = line.trim_start_matches(|c: char| c.is_whitespace() || is_invisible(c));
    let before = &line[..line.len() - rest.len()];
    if !before.chars().any(is_invisible) {
        return Cow::Borrowed(line);
    }
    let mut kept: String = before.chars().filter(|&c| !is_invisible(c)).collect();
    kept.push_str(rest);
    Cow::Owned(kept)
}

/// Whether `c` is an emoji, a dingbat, an arrow or a geometric shape (`🚀` `👉` `✨` `⭐` `▲`):
/// a line that starts with one and a space after a bulleted line is a bullet of the same list.
fn is_pictograph(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2300}'..='\u{23FF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{2190}'..='\u{21FF}'
        | '\u{25A0}'..='\u{25FF}'
        | '\u{2900}'..='\u{297F}')
}

/// The text after a bullet and an optional task box, if the line has a bullet: Markdown's `-`,
/// `*`, `+`, `1.`, `1)` (a space after them), a pasted bullet ([`PASTED_BULLETS`], a space
/// optional), Word's `o` (a space after it), the private-use glyphs of the Symbol and Wingdings
/// fonts (U+F000–U+F0FF) that Word's bullets paste as, a ballot box (`☐`), numbering as Word and
/// Google Docs write it (`a.` `b)` `(c)` `iv.` `(1)` `[1]` `1 -`, see [`ordinal`]). With
/// `pictographs` (the line after a bullet's), an emoji or other symbol followed by a space
/// (`🚀 Launched it`) is a bullet too.
fn strip_bullet(line: &str, pictographs: bool) -> Option<&str> {
    bullet_parts(line, pictographs).map(|(_, text)| text)
}

/// A bullet's task box: none, `[ ]` (open: planned, not done) or `[x]`/`[X]` (done).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TaskBox {
    None,
    Open,
    Done,
}

/// [`strip_bullet`], with the task box the bullet carried.
fn bullet_parts(line: &str, pictographs: bool) -> Option<(TaskBox, &str)> {
    let first = line.chars().next()?;
    if let Some(&(_, task)) = TASK_GLYPHS.iter().find(|(glyph, _)| *glyph == first) {
        return Some((task, without_variation(&line[first.len_utf8()..]).trim()));
    }
    let after_marker = if matches!(first, '-' | '*' | '+' | 'o') {
        // org-mode's deeper headlines are bullets too (`** DONE Hired two`); `**bold**` is not.
        let marks = if first == '*' {
            line.bytes().take_while(|&b| b == b'*').count()
        } else {
            1
        };
        let rest = &line[marks..];
        let spaced = rest.starts_with(char::is_whitespace) || (rest.is_empty() && first != 'o');
        if !spaced {
            return None;
        }
        rest
    } else if PASTED_BULLETS.contains(&first) || ('\u{F000}'..='\u{F0FF}').contains(&first) {
        without_variation(&line[first.len_utf8()..])
    } else if pictographs && is_pictograph(first) {
        // The emoji, with its variation selector, skin tone and joined parts (`👩‍💻`).
        let rest = line.trim_start_matches(|c: char| {
            is_pictograph(c) || matches!(c, '\u{FE0F}' | '\u{200D}' | '\u{1F3FB}'..='\u{1F3FF}')
        });
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
        rest
    } else if first == '['
        && let Some((task, rest)) = task_box(line)
    {
        // A task box alone (`[x] Ran the review`), as a plain-text to-do list writes one.
        return Some((task, trim(rest)));
    } else {
        &line[ordinal(line)?..]
    };
    let rest = trim_start(after_marker);
    let (task, rest) = task_box(rest).unwrap_or((TaskBox::None, rest));
    Some((task, trim(rest)))
}

/// `text` without the variation selectors a pasted glyph may carry (`✔️` is `✔` and U+FE0F).
fn without_variation(text: &str) -> &str {
    text.trim_start_matches(['\u{FE0E}', '\u{FE0F}'])
}

/// The task keywords of org-mode and Logseq (`- TODO Write the PRD`, `** DONE Ran the review`),
/// written in capitals: `DONE` is a ticked box; the others are work not done (planned, under way,
/// waiting), as an open box is. Logseq's `NOW` and `CANCELLED` are left out: in capitals they
/// are as often a word stressed (`- NOW LIVE: …`, `- CANCELLED the contract, saving $2M`).
const TASK_KEYWORDS: [(&str, TaskBox); 7] = [
    ("TODO", TaskBox::Open),
    ("DONE", TaskBox::Done),
    ("LATER", TaskBox::Open),
    ("DOING", TaskBox::Open),
    ("WAIT", TaskBox::Open),
    ("WAITING", TaskBox::Open),
    ("IN-PROGRESS", TaskBox::Open),
];

/// A task box starting `text` (`[ ]`, `[x]`, `[X]` or a ballot box, a space or the end after
/// it) or a task keyword (see [`TASK_KEYWORDS`], with Logseq's priority `[#A]` after it), and
/// the text after it.
fn task_box(text: &str) -> Option<(TaskBox, &str)> {
    // Asked of every bullet: a box starts with `[` or a ballot box, which is not ASCII, and a
    // keyword with a capital.
    let first = *text.as_bytes().first()?;
    if first.is_ascii_uppercase() {
        // Keywords are in capitals: a word in lower case after its capital is told at once.
        return match text.as_bytes().get(1) {
            Some(second) if second.is_ascii_uppercase() => task_keyword(text),
            _ => None,
        };
    }
    if first != b'[' && first.is_ascii() {
        return None;
    }
    [("[ ]", TaskBox::Open), ("[x]", TaskBox::Done), ("[X]", TaskBox::Done)]
        .iter()
        .find_map(|&(boxed, task)| {
            text.strip_prefix(boxed)
                .filter(|r| r.is_empty() || r.starts_with(char::is_whitespace))
                .map(|r| (task, r))
        })
        .or_else(|| {
            let first = text.chars().next()?;
            let &(_, task) = TASK_GLYPHS.iter().find(|(glyph, _)| *glyph == first)?;
            Some((task, &text[first.len_utf8()..]))
        })
}

/// A task keyword starting `text` (see [`TASK_KEYWORDS`]), a space or the end after it, and the
/// text after it and after a priority (`[#A]`).
fn task_keyword(text: &str) -> Option<(TaskBox, &str)> {
    let end = text.find(char::is_whitespace).unwrap_or(text.len());
    let &(_, task) = TASK_KEYWORDS.iter().find(|(keyword, _)| *keyword == &text[..end])?;
    let rest = text[end..].trim_start();
    let rest = match rest.as_bytes() {
        [b'[', b'#', b'A'..=b'Z', b']', ..] => rest[4..].trim_start(),
        _ => rest,
    };
    // A word in capitals after it (`DONE DEAL`) makes it a phrase in capitals, not a keyword.
    let next = rest.split_whitespace().next().unwrap_or("");
    let shouted =
        next.bytes().filter(u8::is_ascii_uppercase).count() > 1 && !next.bytes().any(|b| b.is_ascii_lowercase());
    (!shouted).then_some((task, rest))
}

/// Where the text starts after a list number, if `line` starts with one: `1.` `1)` (a space or
/// the end after them); `1 -` `1 –` (at most two digits, so `2024 - Hired…` keeps its date);
/// `(1)` `[1]` (at most three digits); and a sub-list's letter or Roman numeral in lower case,
/// `a.` `b)` `(c)` `iv.` `(ii)`. A space must follow these: `A. Smith said` (a capital),
/// `e.g. the plan` (no space) and `vs. the plan` (no numeral) stay sentences.
fn ordinal(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let spaced = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_whitespace);
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 {
        // A keycap emoji (`1️⃣`: a digit, a variation selector, U+20E3) numbers a list too.
        if digits == 1 {
            let rest = &line[1..];
            let rest = rest.strip_prefix('\u{FE0F}').unwrap_or(rest);
            if let Some(after) = rest.strip_prefix('\u{20E3}') {
                return Some(line.len() - after.len());
            }
        }
        if digits > 9 {
            return None;
        }
        if matches!(bytes.get(digits), Some(b'.' | b')')) && (digits + 1 == bytes.len() || spaced(digits + 1)) {
            return Some(digits + 1);
        }
        // `1 - Hired…`: the dash as a hyphen, an en dash or an em dash; not a range
        // (`12 - 15 engineers`), whose dash a number follows.
        let rest = &line[digits..];
        let dash = rest
            .strip_prefix(' ')
            .and_then(|r| ["- ", "– ", "— "].iter().find_map(|d| r.strip_prefix(d)))?;
        let range = dash.bytes().next().is_some_and(|b| b.is_ascii_digit());
        return (digits <= 2 && !range).then(|| line.len() - dash.len());
    }
    let (inner, close) = match bytes.first()? {
        b'(' => (&line[1..], Some(b')')),
        b'[' => (&line[1..], Some(b']')),
        _ => (line, None),
    };
    let len = inner.bytes().take_while(|b| b.is_ascii_alphanumeric()).count();
    let numeral = &inner[..len];
    let numeric = !numeral.is_empty() && numeral.bytes().all(|b| b.is_ascii_digit());
    let lettered = (len == 1 && numeral.bytes().all(|b| b.is_ascii_lowercase())) || ROMAN.contains(&numeral);
    let end = line.len() - inner.len() + len;
    let fits = match close {
        // `[a]` is a citation or a box, not a list: brackets take numbers only. Two digits at
        // most: `(415) 555-0100` is a telephone number.
        Some(b']') => numeric && len <= 2 && bytes.get(end) == Some(&b']'),
        Some(_) => (lettered || (numeric && len <= 2)) && bytes.get(end) == Some(&b')'),
        None => lettered && matches!(bytes.get(end), Some(b'.' | b')')),
    };
    // Numbering is followed by words, not by more figures (`(12) 345…`).
    let figures_follow = line
        .get(end + 1..)
        .unwrap_or_default()
        .trim_start()
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_digit());
    (fits && spaced(end + 1) && !figures_follow).then_some(end + 1)
}

/// Whether a line ending in `before` was broken at a hyphen inside a word of the line `after`
/// it: `before` ends in a letter and a hyphen and `after` starts with a lower-case letter
/// (`on-` / `call`, `cross-` / `team`, `perfor-` / `mance`). The hyphen stays: a PDF does not
/// tell a compound broken at its hyphen (`on-call`, `data-driven`, `follow-up`, which the
/// lexicon knows) from a word it hyphenated, and only the second loses by keeping it.
fn broken_at_hyphen(before: &str, after: &str) -> bool {
    before
        .strip_suffix('-')
        .is_some_and(|stem| stem.ends_with(char::is_alphabetic) && after.starts_with(char::is_lowercase))
}

/// `text.trim()`, told at once when its first and last bytes are ASCII and not white space, as
/// they are on most lines (the standard one decodes a character at each end and tests it).
fn trim(text: &str) -> &str {
    match text.as_bytes() {
        [first, .., last] if is_ascii_visible(*first) && is_ascii_visible(*last) => text,
        _ => text.trim(),
    }
}

/// `text.trim_start()`, told at once when spaces, if any, come before an ASCII byte that is not
/// white space (a bullet's text after its marker).
fn trim_start(text: &str) -> &str {
    let bytes = text.as_bytes();
    let spaces = bytes.iter().take_while(|&&b| b == b' ').count();
    match bytes.get(spaces) {
        Some(&first) if is_ascii_visible(first) => &text[spaces..],
        _ => text.trim_start(),
    }
}

/// Whether a byte is an ASCII character that is not white space nor a control character below
/// the space (DEL, which is neither, counts): what [`trim`] may keep at once.
fn is_ascii_visible(byte: u8) -> bool {
    (0x21..0x80).contains(&byte)
}

/// Removes what is not the person's words from a line: link targets, web addresses and ticket
/// keys (see [`unlink`]), the Markdown escape starting it (`\#` reads `#`, see [`unescape_start`]),
/// struck-out text (`~~dropped~~`, crossed-out work) and emphasis markers (`**`, `__`, `*`, `_`
/// at word edges, runs of three or more `~`, backticks; a code span's own text stays as written);
/// puts ` — ` between the cells of a line
/// pasted from a spreadsheet (tabs); and trims.
/// Borrowed when there is nothing to remove (most lines): the caller copies it once, if at all.
fn clean(text: &str) -> Cow<'_, str> {
    let text = match unescape_start(trim(text)) {
        Cow::Borrowed(text) => text,
        Cow::Owned(text) => return Cow::Owned(clean(&text).into_owned()),
    };
    // A fold without an early exit, which the compiler turns into wide comparisons (a table
    // lookup per byte cost more). A link has a `/` or a `[`.
    let marked = text.bytes().fold(false, |marked, b| {
        marked | matches!(b, b'*' | b'`' | b'~' | b'_' | b'\t' | b'/' | b'[' | b'\\')
    });
    if !marked && !may_hold_ticket(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    let text = unlink(text);
    let text = match text.contains('\t') {
        true => Cow::Owned(cells(&text)),
        false => text,
    };
    if !text.bytes().any(|b| matches!(b, b'*' | b'`' | b'~' | b'_' | b'\\')) {
        return text;
    }
    Cow::Owned(if text.contains("~~") {
        unmark(&unstrike(&text))
    } else {
        unmark(&text)
    })
}

/// What stands in an activity's text for a web address: it shows that a link was there, and
/// holds no word the lexicon could match.
pub const LINK: &str = "🔗";

/// What stands in an activity's text for a ticket key (`PRD-1423`): it shows that one was
/// there, and holds no word the lexicon could match.
pub const TICKET: &str = "🎫";

/// `text` with its links made plain: a Markdown link or image keeps its text and drops its
/// target (`[checkout](https://wiki…/product-roadmap)` reads `checkout`), a bare web address
/// (`https://…`, `http://…`, `www.…/…`, with its `<…>` if it is an autolink) becomes [`LINK`],
/// and a ticket key (`PRD-1423`, see [`ticket`]) becomes [`TICKET`]. The words of an address
/// name a page and a key's project names a tracker, not the work done, so none is scored.
fn unlink(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut at = 0;
    // A web address starts `http://`, `https://` or `www.`: without a `://` or a `www.`, only a
    // link (`[`) or a ticket key (`-`) can start, and the bytes between are skipped.
    let addresses = memchr::memmem::find(bytes, b"://").is_some()
        || memchr::memchr_iter(b'.', bytes).any(|dot| dot >= 3 && bytes[dot - 3..dot].eq_ignore_ascii_case(b"www"));
    while at < bytes.len() {
        if !addresses {
            match memchr::memchr2(b'[', b'-', &bytes[at..]) {
                Some(skip) => at += skip,
                None => break,
            }
        }
        let byte = bytes[at];
        // A linked image, a README's badge (`[![CI](…/badge.svg)](https://…)`): its image's text.
        if byte == b'['
            && let Some((alt, end)) = linked_image(text, at)
        {
            out.push_str(&text[copied..at]);
            out.push_str(&text[alt]);
            copied = end;
            at = end;
            continue;
        }
        if byte == b'['
            && let Some(shut) = text[at + 1..].find(['[', ']']).map(|s| s + at + 1)
            && bytes[shut] == b']'
            && bytes.get(shut + 1) == Some(&b'(')
            && let Some(close) = closing_paren(&bytes[shut + 2..]).map(|c| c + shut + 2)
        {
            let before = &text[copied..at];
            out.push_str(before.strip_suffix('!').unwrap_or(before));
            // The link's text may itself be an address.
            out.push_str(&unlink(&text[at + 1..shut]));
            copied = close + 1;
            at = copied;
            continue;
        }
        // The byte first, the one before it then: most bytes are neither.
        if matches!(byte, b'h' | b'H' | b'w' | b'W')
            && (at == 0 || matches!(bytes[at - 1], b' ' | b'\t' | b'(' | b'<' | b'[' | b'"' | b'\''))
            && let Some(len) = address(&text[at..])
        {
            let (mut start, mut end) = (at, at + len);
            if at > 0 && bytes[at - 1] == b'<' && bytes.get(end) == Some(&b'>') {
                (start, end) = (start - 1, end + 1);
            }
            out.push_str(&text[copied..start]);
            out.push_str(LINK);
            copied = end;
            at = end;
            continue;
        }
        if byte == b'-'
            && let Some(start) = ticket(text, at).filter(|&start| start >= copied)
        {
            let end = at + 1 + bytes[at + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
            out.push_str(&text[copied..start]);
            out.push_str(TICKET);
            copied = end;
            at = end;
            continue;
        }
        at += 1;
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// The text and the end of the linked image at `text[at..]` (`[![CI](…/badge.svg)](https://…)`),
/// if one starts there.
fn linked_image(text: &str, at: usize) -> Option<(std::ops::Range<usize>, usize)> {
    let bytes = text.as_bytes();
    if !text[at..].starts_with("[![") {
        return None;
    }
    let alt = at + 3;
    let shut = alt + text[alt..].find(['[', ']'])?;
    if bytes[shut] != b']' || bytes.get(shut + 1) != Some(&b'(') {
        return None;
    }
    let image_end = shut + 2 + closing_paren(&bytes[shut + 2..])?;
    if bytes.get(image_end + 1..image_end + 3) != Some(b"](".as_slice()) {
        return None;
    }
    let end = image_end + 3 + closing_paren(&bytes[image_end + 3..])? + 1;
    Some((alt..shut, end))
}

/// Whether `bytes` may hold a ticket key: a dash between a capital or digit and a digit
/// (`PRD-1423`). Most lines have a hyphen (`on-call`, `self-serve`) and no key, so this looks at
/// the dashes alone before [`unlink`] reads the line byte by byte.
fn may_hold_ticket(bytes: &[u8]) -> bool {
    memchr::memchr_iter(b'-', bytes).any(|dash| {
        dash > 0
            && (bytes[dash - 1].is_ascii_uppercase() || bytes[dash - 1].is_ascii_digit())
            && bytes.get(dash + 1).is_some_and(u8::is_ascii_digit)
    })
}

/// Names people write with a dash and a number that are no tracker's keys: standards
/// (`SOC-2`, `ISO-27001`, `RFC-9110`), ciphers and hashes (`AES-256`, `SHA-1`), models
/// (`GPT-4`), `COVID-19`, `K8S-1`. Some are lexicon terms (`SOC 2`), so they must stay words.
const NOT_TRACKERS: &[&str] = &[
    "AES", "ANSI", "COVID", "CVE", "CWE", "DIN", "ECMA", "GPT", "HTTP", "IEC", "IEEE", "ISO", "JSR", "K8S", "MIL",
    "NIST", "PCI", "PEP", "RFC", "RSA", "SHA", "SOC", "TLS", "UTF", "WCAG",
];

/// A ladder's names for an individual contributor's levels (`SDE-2`, `IC-4`, `MTS-3`): with one
/// digit after them, a level, not a ticket key.
const LEVEL_NAMES: &[&str] = &[
    "DE", "DS", "IC", "MLE", "MTS", "QA", "SDE", "SDET", "SE", "SRE", "SSE", "SWE",
];

/// Where the ticket key whose `-` is at `dash` starts, if it is one: 2–10 capitals and digits
/// starting with a capital, two capitals at least (`Q3-2025` is a date), then the dash and
/// digits, a word on its own (`PRD-1423`, `OPS-77`, `JIRA-1`; not `FY-26`, `COVID-19`,
/// `xPRD-1`, `PRD-12a`, nor a level, `SDE-2`, `IC-4`).
fn ticket(text: &str, dash: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let key = bytes[..dash]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        .count();
    let start = dash - key;
    let digits = bytes[dash + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
    let end = dash + 1 + digits;
    let prefix = &text[start..dash];
    let fits = (2..=10).contains(&key)
        && digits > 0
        && bytes[start].is_ascii_uppercase()
        && prefix.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && !prefix.starts_with("FY")
        && !NOT_TRACKERS.contains(&prefix)
        && !(digits == 1 && LEVEL_NAMES.contains(&prefix));
    let alone = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
    // A month's name joined to a number before it is a date, as Oracle writes one (`14-MAR-2025`,
    // `2025-MAR-14`), for the date reader; `MAR-2025` alone stays a key.
    let dated = || {
        text[..start]
            .strip_suffix('-')
            .is_some_and(|before| before.ends_with(|c: char| c.is_ascii_digit()))
            && dates::parse_month(prefix).is_ok()
    };
    (fits && alone(text[..start].chars().next_back()) && alone(text[end..].chars().next()) && !dated()).then_some(start)
}

/// Whether an activity's text is links alone, perhaps after a short label (`Doc: 🔗`): a bullet
/// that points at work, and names none.
fn only_links(text: &str) -> bool {
    // Asked of every activity: most hold no four-byte character at all, which memchr tells fast.
    if memchr::memchr(LINK.as_bytes()[0], text.as_bytes()).is_none() || !text.contains(LINK) {
        return false;
    }
    let rest = text.replace(LINK, " ");
    let rest = rest.trim().trim_end_matches([':', '-', '–', '—']).trim();
    rest.is_empty() || (rest.split_whitespace().count() <= 2 && text.contains(':'))
}

/// The longest link target or web address looked for, in bytes: a longer one is left as
/// written, and a line of a million `[a](` costs at most this much for each.
const MAX_ADDRESS_BYTES: usize = 2048;

/// Where the `)` that closes a link's target is in `bytes` (after its `(`), brackets inside it
/// balanced (`…/Foo_(bar))`).
fn closing_paren(bytes: &[u8]) -> Option<usize> {
    let mut depth = 1usize;
    for (at, &byte) in bytes.iter().take(MAX_ADDRESS_BYTES).enumerate() {
        match byte {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at);
                }
            }
            b' ' if depth == 1 && bytes[at + 1..].first() != Some(&b'"') => return None,
            _ => {}
        }
    }
    None
}

/// The length of the web address `text` starts with (`https://…`, `http://…`, `www.…/…`), if
/// it starts with one: up to a space or a bracket, without the punctuation that ends a
/// sentence after it or a `)` it did not open (`(see https://acme.com/x).`).
fn address(text: &str) -> Option<usize> {
    let starts = |prefix: &str| {
        text.as_bytes()
            .get(..prefix.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    let www = starts("www.");
    if !(starts("https://") || starts("http://") || www) {
        return None;
    }
    let stops = |c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '[' | ']');
    let end = text
        .char_indices()
        .take_while(|&(at, c)| at < MAX_ADDRESS_BYTES && !stops(c))
        .last()?;
    let end = end.0 + end.1.len_utf8();
    if end >= MAX_ADDRESS_BYTES {
        return None;
    }
    let mut address = &text[..end];
    // The brackets are counted once: a `)` the address did not open is dropped from its end.
    let opened = address.matches('(').count();
    let mut closed = address.matches(')').count();
    loop {
        let trimmed = address.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '*', '_']);
        let unopened = trimmed.ends_with(')') && closed > opened;
        address = if unopened {
            closed -= 1;
            &trimmed[..trimmed.len() - 1]
        } else {
            trimmed
        };
        if !unopened {
            break;
        }
    }
    // `www.` alone, or a bare `www.` host (no path, so no `/`), is a word or a host name.
    let pathed = !www || address.contains('/');
    (address.len() > 8 && pathed).then_some(address.len())
}

/// Whether `line` is the header row of cells pasted from a spreadsheet: two or more cells
/// separated by tabs, each a few capitalised words without digits or punctuation
/// (`Date⇥What⇥Impact`), which no activity is.
fn is_header_row(line: &str) -> bool {
    let cells: Vec<&str> = line
        .split('\t')
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .collect();
    cells.len() >= 2
        && cells.iter().all(|cell| {
            let words = cell.split_whitespace().count();
            words <= 3
                && cell.starts_with(char::is_uppercase)
                && cell
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '/' || c == '&')
        })
}

/// A line of tab-separated cells (pasted from a spreadsheet) with its cells joined by ` — `,
/// as a Markdown table's row is: `2025-01⇥Ran the hiring loop⇥Team grew to 8` reads
/// `2025-01 — Ran the hiring loop — Team grew to 8`, so a leading date cell dates it and no
/// term runs across two cells.
fn cells(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for cell in text.split('\t').map(str::trim).filter(|cell| !cell.is_empty()) {
        if !out.is_empty() {
            out.push_str(" — ");
        }
        out.push_str(cell);
    }
    out
}

/// `line` with Markdown's backslash escapes read as the characters they keep, as Google Docs'
/// Markdown export writes them in text (`C\+\+` reads `C++`, `\[beta\]` `[beta]`, `v2\.0`
/// `v2.0`, `3x \- from` `3x - from`), so dates, energy markers, headers and words read as
/// written. Left for later, as written: an escape starting the line's text, which keeps the line
/// from reading as markup or a bullet (`\# of incidents`, `\- note`; see [`unescape_start`]),
/// and a number's `1\.`; escaped emphasis markers, backticks, tildes and pipes (`\*`, `\_`,
/// `` \` ``, `\~`, `\|`), which [`unmark`], [`unstrike`] and tables read. Kept as written: `\\`
/// and a backslash before anything but ASCII punctuation (`C:\build`, `\\fs01`), `\.` after a
/// `.` (`..\..\src`, a path), and what a code span holds.
fn decode_escapes(line: &str) -> Cow<'_, str> {
    let bytes = line.as_bytes();
    let Some(first) = memchr::memchr(b'\\', bytes) else {
        return Cow::Borrowed(line);
    };
    let start = line.len() - trim_start(line).len();
    let spans = code_spans(line);
    let mut out = String::new();
    let mut copied = 0;
    let mut at = first;
    while let Some(found) = memchr::memchr(b'\\', &bytes[at..]) {
        at += found;
        let Some(&next) = bytes.get(at + 1) else {
            break;
        };
        let kept = !next.is_ascii_punctuation()
            || matches!(next, b'\\' | b'*' | b'_' | b'`' | b'~' | b'|')
            || (at == start && (crate::markup::MARKUP_STARTS.contains(&next) || matches!(next, b'-' | b'+' | b'[')))
            || (next == b'.' && at > 0 && bytes[at - 1] == b'.')
            || (matches!(next, b'.' | b')')
                && at > start
                && at - start <= 3
                && bytes[start..at].iter().all(u8::is_ascii_digit))
            || spans.iter().any(|span| (span.open..span.end).contains(&at));
        if !kept {
            out.push_str(&line[copied..at]);
            copied = at + 1;
        }
        at += 2;
    }
    if copied == 0 {
        return Cow::Borrowed(line);
    }
    out.push_str(&line[copied..]);
    Cow::Owned(out)
}

/// `text` without the Markdown backslash escape that starts it, the one that keeps a line from
/// reading as markup (see [`crate::markup::MARKUP_STARTS`]) or as a bullet or task box:
/// `\# of incidents` reads `# of incidents`, `1\. Hired` `1. Hired`, as a
/// page's paragraph is written (see [`crate::html`]) and as converters write Markdown. Only at a
/// line's start and before markup: any other backslash (`C:\build`, `..\src`, `\\fs01`)
/// stays here (an escaped emphasis marker, `\*`, `` \` `` or `\~~`, is [`unmark`]'s and
/// [`unstrike`]'s, which keep the marker as a character, so it is not taken here).
fn unescape_start(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    if let [b'\\', next, ..] = bytes
        && !matches!(next, b'~' | b'*' | b'`')
        && (crate::markup::MARKUP_STARTS.contains(next) || matches!(next, b'-' | b'+' | b'*' | b'['))
    {
        return Cow::Borrowed(&text[1..]);
    }
    // `1\.`, `12\)`: a number kept from reading as a list's.
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if (1..=3).contains(&digits)
        && bytes.get(digits) == Some(&b'\\')
        && matches!(bytes.get(digits + 1), Some(b'.' | b')'))
    {
        return Cow::Owned(format!("{}{}", &text[..digits], &text[digits + 1..]));
    }
    Cow::Borrowed(text)
}

/// Removes the emphasis markers of `text` (see [`clean`]) and trims; an escaped marker (`\*`,
/// `\~`) is kept as written, without its backslash, and a code span (see [`code_spans`]) keeps
/// what it holds as written, without its backticks: `` `*_test.go` `` reads `*_test.go`.
fn unmark(text: &str) -> String {
    let text = text.trim();
    let bytes = text.as_bytes();
    let tilde = |at: Option<usize>| at.and_then(|at| bytes.get(at)) == Some(&b'~');
    // Markers are ASCII, so the text is copied in spans between the ones removed.
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let marker = |at: Option<usize>| {
        at.and_then(|at| bytes.get(at))
            .is_some_and(|b| matches!(b, b'*' | b'`' | b'~' | b'_'))
    };
    let spans = code_spans(text);
    let mut spans = spans.iter().peekable();
    let mut escaped = false;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if let Some(span) = spans.next_if(|span| span.open == at) {
            // Its backticks go; what it holds, backslashes and markers too, stays.
            out.push_str(&text[copied..span.open]);
            out.push_str(&text[span.content.clone()]);
            copied = span.end;
            at = span.end;
            continue;
        }
        let remove = match byte {
            _ if std::mem::take(&mut escaped) => false,
            // A Markdown escape (`\*`, `\~~`, `\|`, and `\<`, as a web page's `&lt;` is
            // written): the backslash goes, the character after it stays.
            b'\\' if marker(Some(at + 1)) || matches!(bytes.get(at + 1), Some(b'<' | b'|')) => {
                escaped = true;
                true
            }
            // A backtick that opens no span.
            b'`' | b'*' => true,
            // In a run of three or more: a `~~~` divider's, not a lone `~~` or `~5 ms`.
            b'~' => {
                let (before, after) = (tilde(at.checked_sub(1)), tilde(Some(at + 1)));
                (before && (after || tilde(at.checked_sub(2)))) || (after && tilde(Some(at + 2)))
            }
            b'_' => {
                let after_word = text[..at].chars().next_back().is_some_and(char::is_alphanumeric);
                let before_word = text[at + 1..].chars().next().is_some_and(char::is_alphanumeric);
                !(after_word && before_word)
            }
            _ => false,
        };
        if remove {
            out.push_str(&text[copied..at]);
            copied = at + 1;
        }
        at += 1;
    }
    out.push_str(&text[copied..]);
    match out.trim() {
        trimmed if trimmed.len() == out.len() => out,
        trimmed => trimmed.to_string(),
    }
}

/// `text` without its emphasis (see [`unmark`]), read as a resume's header line: dates set in
/// emphasis at its end after a word and a space (`Finch Payments *Mar 2022 – Present*`, or
/// `<sub>…</sub>`, read as emphasis) are set apart by two spaces, as a column of dates is (see
/// [`dates::date_segments`]): the emphasis shows them apart from the company, as a separator would.
fn unmark_header(text: &str, settings: DateSettings) -> String {
    let trimmed = text.trim_end();
    let marks = trimmed.bytes().rev().take_while(|b| matches!(b, b'*' | b'_')).count();
    let inner_end = trimmed.len() - marks;
    let opener: String = trimmed[inner_end..].chars().rev().collect();
    let apart = (marks > 0)
        .then(|| trimmed[..inner_end].rfind(&format!(" {opener}")))
        .flatten()
        .filter(|&space| trimmed[..space].ends_with(char::is_alphanumeric))
        .and_then(|space| {
            let inner = &trimmed[space + 1 + marks..inner_end];
            let segments = dates::date_segments(inner, settings);
            let whole = match segments.as_slice() {
                [(range, _)] => inner[..range.start].trim().is_empty() && inner[range.end..].trim().is_empty(),
                _ => false,
            };
            (whole && !inner.contains(['*', '_'])).then(|| format!("{}  {}", unmark(&trimmed[..space]), inner.trim()))
        });
    apart.unwrap_or_else(|| unmark(text))
}

/// A Markdown code span of a text: its opening backticks start at `open`, it holds
/// `content`, and its closing backticks end before `end`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct CodeSpan {
    open: usize,
    content: std::ops::Range<usize>,
    end: usize,
}

/// The code spans of `text`, in order, as CommonMark reads them: a run of backticks opens one
/// that the next run of exactly as many closes (`` `a` ``, ``` ``a`b`` ```), one space inside
/// each end being padding; a run without its closer opens none. Inside a span a backslash is
/// itself (`` `C:\temp\` ``); outside, `` \` `` is a backtick that opens nothing, even after
/// another backslash (`\\` is not read as an escaped backslash). No allocation without a
/// backtick; each run's closer is looked up among the runs of its length.
fn code_spans(text: &str) -> Vec<CodeSpan> {
    let bytes = text.as_bytes();
    if memchr::memchr(b'`', bytes).is_none() {
        return Vec::new();
    }
    // Every run of backticks, as (start, length).
    let mut runs = Vec::new();
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'`', &bytes[at..]) {
        let start = at + found;
        let len = bytes[start..].iter().take_while(|&&b| b == b'`').count();
        runs.push((start, len));
        at = start + len;
    }
    // For each length, the runs of that length, in order.
    let mut by_length: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
    for (index, &(_, len)) in runs.iter().enumerate() {
        by_length.entry(len).or_default().push(index);
    }
    let mut spans = Vec::new();
    let mut index = 0;
    while index < runs.len() {
        let (mut start, mut len) = runs[index];
        index += 1;
        // `\`` is a backtick: the run opens with the backticks after it, if any.
        if start > 0 && bytes[start - 1] == b'\\' {
            (start, len) = (start + 1, len - 1);
        }
        if len == 0 {
            continue;
        }
        let closer = by_length.get(&len).and_then(|same| {
            let after = same.partition_point(|&other| other < index);
            same.get(after).copied()
        });
        if let Some(closer) = closer {
            let (close, close_len) = runs[closer];
            // One space inside each end is padding (`` `` `make` `` ``), unless all are spaces.
            let mut content = start + len..close;
            let inner = &bytes[content.clone()];
            if inner.len() >= 2
                && inner[0] == b' '
                && inner[inner.len() - 1] == b' '
                && inner.iter().any(|&b| b != b' ')
            {
                content = content.start + 1..content.end - 1;
            }
            spans.push(CodeSpan {
                open: start,
                content,
                end: close + close_len,
            });
            index = closer + 1;
        }
    }
    spans
}

/// Removes GFM strikethrough from `text`: a `~~` that text follows, up to the next `~~` that
/// text comes before (`Ran the ~~roadmap~~ hiring review` reads `Ran the hiring review`); of
/// two openers the nearer one pairs. A `~~` without its pair, an escaped one (`\~~`), and runs
/// of three or more `~`, and those inside a code span (`` `a~~b~~` ``), stay as they are.
fn unstrike(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut open = None;
    let spans = code_spans(text);
    let mut spans = spans.iter().peekable();
    let mut at = 0;
    while at < bytes.len() {
        if let Some(span) = spans.next_if(|span| span.open == at) {
            at = span.end;
            continue;
        }
        if bytes[at] != b'~' {
            at += 1;
            continue;
        }
        let run = bytes[at..].iter().take_while(|&&b| b == b'~').count();
        // `\~~` is two tildes, written so as not to strike.
        if run == 2 && (at == 0 || bytes[at - 1] != b'\\') {
            let before = text[..at].chars().next_back();
            let after = text[at + 2..].chars().next();
            match open {
                Some(start) if before.is_some_and(|c| !c.is_whitespace()) => {
                    out.push_str(&text[copied..start]);
                    let next = &text[at + 2..];
                    let gap = next.len() - next.trim_start().len();
                    copied = at + 2 + gap;
                    // One space where the span was between words, none before punctuation.
                    if next[gap..].is_empty() || next[gap..].starts_with([',', '.', ';', ':', '!', '?', ')']) {
                        out.truncate(out.trim_end().len());
                    } else if gap > 0 && !out.is_empty() && !out.ends_with(char::is_whitespace) {
                        out.push(' ');
                    }
                    open = None;
                }
                // A `~~` that can open while another is open pairs with the next closer instead:
                // the nearest opener wins (GFM), so `~~p99 ~~latency~~` strikes only `latency`.
                _ if after.is_some_and(|c| !c.is_whitespace()) => open = Some(at),
                _ => {}
            }
        }
        at += run;
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `unmark` as first written, a character at a time: the specification.
    fn clean_by_chars(text: &str) -> String {
        let text = text.trim();
        if !text.bytes().any(|b| matches!(b, b'*' | b'`' | b'~' | b'_')) {
            return text.to_string();
        }
        let chars: Vec<char> = text.chars().collect();
        let run_at = |at: usize| chars[at..].iter().take_while(|&&c| c == '`').count();
        let mut out = String::with_capacity(text.len());
        let mut escaped = false;
        let mut at = 0;
        while at < chars.len() {
            let c = chars[at];
            let previous = at.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(at + 1).copied();
            let marker = |c: Option<char>| c.is_some_and(|c| matches!(c, '*' | '`' | '~' | '_'));
            let was_escaped = std::mem::take(&mut escaped);
            if c == '`' && !was_escaped {
                // A code span: up to the next run of as many backticks, kept as written.
                let len = run_at(at);
                let mut look = at + len;
                let mut close = None;
                while look < chars.len() {
                    match run_at(look) {
                        0 => look += 1,
                        run if run == len => {
                            close = Some(look);
                            break;
                        }
                        run => look += run,
                    }
                }
                match close {
                    Some(close) => {
                        let mut inner = &chars[at + len..close];
                        if inner.len() >= 2
                            && inner[0] == ' '
                            && inner[inner.len() - 1] == ' '
                            && inner.iter().any(|&c| c != ' ')
                        {
                            inner = &inner[1..inner.len() - 1];
                        }
                        out.extend(inner);
                        at = close + len;
                    }
                    None => at += len,
                }
                continue;
            }
            escaped = c == '\\' && !was_escaped && marker(next);
            let keep = match c {
                _ if was_escaped => true,
                '\\' => !escaped,
                '*' => false,
                '~' => {
                    let from = chars[..at].iter().rev().take_while(|&&c| c == '~').count();
                    let to = chars[at..].iter().take_while(|&&c| c == '~').count();
                    from + to < 3
                }
                '_' => previous.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric),
                _ => true,
            };
            if keep {
                out.push(c);
            }
            at += 1;
        }
        out.trim().to_string()
    }

    proptest::proptest! {
        #[test]
        fn cleaning_in_spans_equals_cleaning_by_characters(
            pieces in proptest::collection::vec(
                proptest::sample::select(&["*", "**", "_", "__", "~", "~~", "`", "``", "` ", " `", "a", "Zé", " ", "  ", "x_y", "日本", "1", "\t", "\\"][..]),
                0..10,
            )
        ) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(unmark(&text), clean_by_chars(&text));
        }
    }

    fn texts(parsed: &Parsed) -> Vec<&str> {
        parsed.activities.iter().map(|a| a.text.as_str()).collect()
    }

    /// The line and value of the role a page or a review form names.
    fn role_of(parsed: &Parsed) -> Option<(usize, &str)> {
        parsed
            .page_role
            .as_ref()
            .map(|field| (field.line, field.value.as_str()))
    }

    #[test]
    fn prose_wrapped_at_a_width_is_one_activity_a_list_without_bullets_is_not() {
        // Paragraphs an editor or a mail client wrapped at 72 columns: one activity each.
        let prose = "This quarter I led the migration of the billing service to the new\n\
                     platform, coordinating with four teams and keeping the launch on\n\
                     schedule despite two slipped dependencies.\n\
                     \n\
                     I also hired two engineers for the payments team and ran weekly\n\
                     one-on-ones with each of my six direct reports.\n";
        let parsed = parse(prose);
        assert_eq!(
            texts(&parsed),
            [
                "This quarter I led the migration of the billing service to the new platform, coordinating with four teams and keeping the launch on schedule despite two slipped dependencies.",
                "I also hired two engineers for the payments team and ran weekly one-on-ones with each of my six direct reports.",
            ]
        );
        assert_eq!(parsed.continuations, 3);
        // A short line that stops where no sentence can is wrapped too.
        assert_eq!(
            texts(&parse("Ran the hiring loop for payments and\nclosed both offers.\n")).len(),
            1
        );
        // Lists without bullets stay one activity a line: items written in lower case (a
        // ladder's), short lines, a next item led by a verb in the past tense, a date or a
        // capital, a line above that ended a sentence or is longer than a wrap leaves one.
        for list in [
            "owns the production operation and monitoring of the system and its SLAs\nmanages the team members' career, expectations and performance\n",
            "Shipped search v2 to enterprise\nhired two engineers\n",
            "Led the migration of the billing service to the new platform for payments\nreduced costs by a third\n",
            "Led the migration of the billing service to the new platform for payments\nq3: ran the planning for the whole org\n",
            "Led the migration of the billing service to the new platform for payments\nRan the planning for the whole org\n",
            "Led the migration of the billing service to the new platform for payments.\nthen ran the planning for the whole org\n",
            "Owned the certification submissions, chasing the failures to closure with each feature team\ngo/no-go every release\n",
        ] {
            assert_eq!(texts(&parse(list)).len(), 2, "{list}");
        }
    }

    #[test]
    fn strips_bullets_task_boxes_and_emphasis() {
        let parsed =
            parse("- Led **the** plan\n* [x] Hired _two_ engineers\n+ [ ] Wrote `docs`\n1. First\n2) Second\n");
        assert_eq!(
            texts(&parsed),
            ["Led the plan", "Hired two engineers", "Wrote docs", "First", "Second"]
        );
    }

    #[test]
    fn an_unchecked_task_is_marked_in_brag_lists_and_resumes() {
        let unchecked = |text: &str| parse(text).activities.iter().map(|a| a.unchecked).collect::<Vec<_>>();
        assert_eq!(
            unchecked("- [ ] Write the RFC\n- [x] Hired two engineers\n- [X] Ran the review\n- Led the plan\n"),
            [true, false, false, false]
        );
        // A box needs a space after it; alone, it is a bullet, as a ballot box is (`☐ Plan it`).
        assert_eq!(unchecked("- [ ]Write it\n"), [false]);
        assert_eq!(unchecked("[ ] Plan it\n"), [true]);
        assert_eq!(unchecked("[ ]Plan it\n"), [false]);
        assert_eq!(
            unchecked(
                "Acme — Engineering Manager\nJan 2021 – Present\n- [ ] Hire a designer\n- Hired four engineers\n"
            ),
            [true, false]
        );
    }

    #[test]
    fn page_numbers_are_no_activities_and_end_no_bullet() {
        for page in [
            "Page 2",
            "page 2 of 3",
            "PAGE 12/14",
            "Pg. 3",
            "2 of 3",
            "- 2 -",
            "— 3 —",
            "7",
            "\u{c}Page 1",
            "3 \r",
        ] {
            assert!(is_page_number(page, true), "{page:?}");
        }
        // Centred, as `pdftotext -layout` writes it.
        assert!(is_page_number(&format!("{}Page 1 of 2", " ".repeat(60)), false));
        for text in [
            "2025",
            "Page",
            "Pages 2",
            "Paged the team",
            "2 of 3 launches slipped",
            "1/2",
            "- 2",
            "1.",
            "- Ran it -",
        ] {
            assert!(!is_page_number(text, true), "{text:?}");
        }
        // A number alone is a page's only after a blank line or a page break.
        for (text, bare) in [("7", false), ("Page 7", false), ("2 of 3", false)] {
            assert_eq!(is_page_number(text, bare), text != "7", "{text:?}");
        }
        let parsed = parse(
            "Jane Doe\nEngineering Manager, Acme — Jan 2021 – Present\n• Led a team of 8 engineers building the\nPage 1 of 2\n\u{c}payments platform\n• Ran the hiring loop\n\n2\n• Grew the team from 4 engineers to\n12\n",
        );
        assert_eq!(
            texts(&parsed),
            [
                "Led a team of 8 engineers building the payments platform",
                "Ran the hiring loop",
                "Grew the team from 4 engineers to 12"
            ]
        );
    }

    #[test]
    fn blank_lines_around_a_page_break_end_no_bullet() {
        // A PDF pasted with blank lines around its page numbers and running headers: the bullet
        // wrapped across the page goes on after them.
        for page in [
            "\n2\n\n",
            "\nPage 2 of 3\n",
            "\n\u{c}\n",
            "\n\u{c}Jane Doe\n\n",
            "\n\n3\n\nJane Doe\n",
        ] {
            let text = format!(
                "Jane Doe\njane@example.com\n\nExperience\nEngineering Manager, Finch — 2018 – 2021\n• Managed 8 engineers building the payouts service and\n{page}ran calibration for the org\n• Ran the hiring loop\n"
            );
            assert_eq!(
                texts(&parse(&text)),
                [
                    "Managed 8 engineers building the payouts service and ran calibration for the org",
                    "Ran the hiring loop"
                ],
                "{page:?}"
            );
        }
        // Blank lines alone still end it; so does a page break before a bullet's end.
        let apart = parse("- Managed the payouts service and\n\nran calibration for the org\n");
        assert_eq!(texts(&apart).len(), 2);
        let ended = parse("- Ran the hiring loop.\n\n2\n\nWrote the rubric for the panel.\n");
        assert_eq!(
            texts(&ended),
            ["Ran the hiring loop.", "Wrote the rubric for the panel."]
        );
    }

    #[test]
    fn a_pages_running_header_is_no_activity_and_ends_no_bullet() {
        let resume = "Jane Doe\njane@example.com | (555) 123-4567\nEngineering Manager, Acme — Jan 2021 – Present\n\
            • Led a team of 8 engineers building the\n\u{c}Jane Doe\njane@example.com | (555) 123-4567\npayments platform\n\
            • Ran the hiring loop\nPage 2 of 3\n\nJane Doe – Resume\n• Wrote the engineering ladder\n";
        let parsed = parse(resume);
        assert_eq!(
            texts(&parsed),
            [
                "Led a team of 8 engineers building the payments platform",
                "Ran the hiring loop",
                "Wrote the engineering ladder"
            ]
        );
        // Without a page break, a line repeating the first one is read as any line.
        let repeated = parse("Hiring\n- Ran the loop\nHiring\n- Wrote the rubric\n");
        let other = parse("Hiring\n- Ran the loop\nHirin\n- Wrote the rubric\n");
        assert_eq!(repeated.skipped, other.skipped);
        assert_eq!(texts(&repeated).len(), texts(&other).len());
        assert!(!names_first_line(
            "Jane Doe",
            "Jane Doe – led the offsite. Then hired two."
        ));
        assert!(names_first_line("Jane Doe", "Jane Doe | CV"));
    }

    #[test]
    fn org_mode_and_logseq_task_keywords_are_task_boxes() {
        let parsed = parse(
            "- TODO Write the RFC\n- DONE Hired two engineers\n* LATER [#A] Plan the offsite\n\
             - CANCELLED the legacy contract\n- Todo: triage the backlog\n- DONE\n- TODOS for Q3 planning\n\
             - DONE DEAL with Acme\n",
        );
        assert_eq!(
            texts(&parsed),
            [
                "Write the RFC",
                "Hired two engineers",
                "Plan the offsite",
                "CANCELLED the legacy contract",
                "Todo: triage the backlog",
                "TODOS for Q3 planning",
                "DONE DEAL with Acme"
            ]
        );
        let unchecked: Vec<bool> = parsed.activities.iter().map(|a| a.unchecked).collect();
        assert_eq!(unchecked, [true, false, true, false, false, false, false]);
        // A keyword alone is a ticked or open box with nothing done: no activity.
        assert_eq!(parsed.skipped, 1);
    }

    #[test]
    fn keeps_underscores_and_tildes_inside_words() {
        assert_eq!(
            texts(&parse("- tuned snake_case ~5 ms ~~old~~\n")),
            ["tuned snake_case ~5 ms"]
        );
    }

    #[test]
    fn code_spans_pair_runs_of_as_many_backticks() {
        fn spans(text: &str) -> Vec<(usize, &str, usize)> {
            code_spans(text)
                .into_iter()
                .map(|span| (span.open, &text[span.content.clone()], span.end))
                .collect()
        }
        assert_eq!(spans("no backtick"), []);
        assert_eq!(spans("`a` and `b`"), [(0, "a", 3), (8, "b", 11)]);
        assert_eq!(spans("``a`b``"), [(0, "a`b", 7)]);
        // A run without its closer opens nothing; a later one may.
        assert_eq!(spans("`` `x`"), [(3, "x", 6)]);
        assert_eq!(spans("```"), []);
        // An escaped backtick is none; inside a span a backslash is itself.
        assert_eq!(spans("\\`a`"), []);
        assert_eq!(spans("\\``a`"), [(2, "a", 5)]);
        assert_eq!(spans("`C:\\` x`"), [(0, "C:\\", 5)]);
        assert_eq!(spans("`` `a` ``"), [(0, "`a`", 9)]);
        assert_eq!(spans("` `"), [(0, " ", 3)]);
    }

    #[test]
    fn struck_text_is_removed_and_a_struck_line_is_no_activity() {
        for (written, read) in [
            ("Ran the ~~roadmap~~ hiring review", "Ran the hiring review"),
            ("~~Wrote the PRD~~ Ran the hiring loop", "Ran the hiring loop"),
            ("Hired two ~~three~~, then four", "Hired two, then four"),
            ("Ran ~~a~~ ~~b~~ the loop", "Ran the loop"),
            ("a~~b~~c", "ac"),
            ("Cut ~~p99 ~~latency~~ by half", "Cut ~~p99 by half"),
            ("**~~Led it~~** Wrote the PRD", "Wrote the PRD"),
            // Without its pair, or with a space inside, a `~~` is text.
            ("Cut p99 ~~ 40%", "Cut p99 ~~ 40%"),
            ("Ran ~~ the ~~ loop", "Ran ~~ the ~~ loop"),
            ("~~Wrote the PRD", "~~Wrote the PRD"),
            // Escaped, markers are text: `\~~` strikes nothing, `\*` is a star.
            ("\\~~Wrote the PRD\\~~ for search", "~~Wrote the PRD~~ for search"),
            ("Wrote \\~~the PRD\\~~ for search", "Wrote ~~the PRD~~ for search"),
            ("Wrote ~~the PRD\\~~ for~~ search", "Wrote search"),
            (
                "Rated 5\\* by \\_snake\\_case\\_ users",
                "Rated 5* by _snake_case_ users",
            ),
            ("\\*Starred\\* the repo", "*Starred* the repo"),
            ("\\`rolemap\\` reviews", "`rolemap` reviews"),
            // In a code span a backslash is itself.
            (
                "Cleaned up `C:\\temp\\` on the agents",
                "Cleaned up C:\\temp\\ on the agents",
            ),
            ("Moved `..\\build\\` off the share", "Moved ..\\build\\ off the share"),
            // A code span holds what it holds: markers, escapes and struck text as written.
            ("Wrote the `*_test.go` fixtures", "Wrote the *_test.go fixtures"),
            ("Fixed `a\\_b` parsing", "Fixed a\\_b parsing"),
            (
                "Renamed `__init__` and `~~old~~` keys",
                "Renamed __init__ and ~~old~~ keys",
            ),
            ("Quoted ``a`b`` in the docs", "Quoted a`b in the docs"),
            // One space inside each end is padding, as CommonMark reads it.
            ("Ran `` `make` `` nightly", "Ran `make` nightly"),
            ("Typed `  ` twice", "Typed    twice"),
            // A backtick without its closer opens nothing, and goes.
            ("Wrote `docs and **specs**", "Wrote docs and specs"),
            ("Ran \\``a` review", "Ran `a review"),
            // Runs of three or more are markers (a `~~~ Q3 ~~~` divider), `~5` is about five.
            ("~~~ Q3 ~~~", "Q3"),
            ("~~~Ran it~~~", "Ran it"),
            ("cut ~5 ms", "cut ~5 ms"),
        ] {
            assert_eq!(clean(written), read, "{written:?}");
        }
        let parsed = parse(
            "- ~~Wrote the launch plan~~\n- ~~Ran it~~ (+)\n- [x] ~~Cut scope~~\n~~Hired two~~\n- Ran the hiring loop\n",
        );
        assert_eq!(texts(&parsed), ["Ran the hiring loop"]);
        assert_eq!((parsed.skipped, parsed.continuations), (4, 0));
        // A struck continuation line adds nothing to its bullet.
        let parsed = parse("- Ran the hiring loop\n  ~~for two teams~~\n");
        assert_eq!(texts(&parsed), ["Ran the hiring loop"]);
        assert_eq!(parsed.continuations, 1);
        // A divider over bullets titles them, and dates them.
        let parsed = parse("~~~ Q3 2025 ~~~\n- Ran the hiring loop\n");
        assert_eq!(texts(&parsed), ["Ran the hiring loop"]);
        assert_eq!(dates_of(&parsed), ["2025-Q3"]);
        let parsed = parse("~~~ Q3 2025 ~~~\nRan the hiring loop\n");
        assert_eq!(texts(&parsed), ["Q3 2025", "Ran the hiring loop"]);
    }

    #[test]
    fn only_exact_task_boxes_are_removed() {
        assert_eq!(texts(&parse("- [y] maybe\n- [X]done\n")), ["[y] maybe", "[X]done"]);
    }

    #[test]
    fn headings_blanks_rules_and_front_matter_are_skipped() {
        let parsed = parse("---\nrole: tpm\n---\n# Title\n\n## 2025 Q1\n- did a thing\n---\n***\n#hashtag line\n");
        assert_eq!(texts(&parsed), ["did a thing", "#hashtag line"]);
        assert_eq!(parsed.lines, 10);
        assert_eq!(parsed.skipped, 8);
        assert_eq!(parsed.front_matter, [("role".to_string(), "tpm".to_string())]);
    }

    #[test]
    fn a_setext_heading_is_a_heading_not_an_activity() {
        let parsed = parse("My year\n=======\n\n- Hired 3 engineers\n\nQ3 2025 wins\n------------\n- Wrote the PRD\n");
        assert_eq!(texts(&parsed), ["Hired 3 engineers", "Wrote the PRD"]);
        assert_eq!(
            parsed.activities[1].date.map(|d| d.to_string()).as_deref(),
            Some("2025-Q3")
        );
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        assert_counted(&parsed);
        // A rule under a bullet or after a blank line stays a rule.
        let parsed = parse("- Hired 3 engineers\n---\n- Wrote the PRD\n\n---\nShipped it\n");
        assert_eq!(texts(&parsed), ["Hired 3 engineers", "Wrote the PRD", "Shipped it"]);
        assert_counted(&parsed);
        // So it is under a line of work: a sentence, a line starting with a verb, a marked or
        // dated line, a field; and an underline indented four spaces is none.
        let parsed = parse("Hired 3 engineers\n---\nWrote the PRD\n===\n");
        assert_eq!(texts(&parsed), ["Hired 3 engineers", "Wrote the PRD"]);
        let parsed = parse(
            "Shipped the billing migration to GA.\n---\nLed the hiring loop (+)\n---\nOct 2: Ran the program review\n---\nname: Kim\n---\nDrove the roadmap\n    ---\n",
        );
        assert_eq!(
            texts(&parsed),
            [
                "Shipped the billing migration to GA.",
                "Led the hiring loop",
                "Ran the program review",
                "name: Kim",
                "Drove the roadmap"
            ]
        );
        assert_counted(&parsed);
    }

    #[test]
    fn a_toml_table_header_ends_the_documents_fields_and_an_array_does_not() {
        assert!(is_toml_table_header("[params]"));
        assert!(is_toml_table_header("  [[menu.main]]  # the menu"));
        assert!(!is_toml_table_header("  [1, 2],"));
        assert!(!is_toml_table_header("matrix = ["));
        assert!(!is_toml_table_header("[]"));
        let parsed = parse("+++\nmatrix = [\n  [1, 2],\n]\nrole = \"pm\"\n+++\n- Wrote the PRD\n");
        assert_eq!(parsed.front_field("role"), Some((5, "pm")));
        let parsed = parse("+++\n[params]\nrole = \"pm\"\n+++\n- Wrote the PRD\n");
        assert_eq!(parsed.front_field("role"), None);
    }

    #[test]
    fn a_role_nested_in_front_matter_is_warned_about_not_read_in_yaml_and_toml_alike() {
        for (text, line, under) in [
            (
                "+++\n[params]\nrole = \"pm\"\n+++\n- Wrote the PRD\n",
                3,
                "the table `[params]`",
            ),
            ("---\nparams:\n  role: pm\n---\n- Wrote the PRD\n", 3, "`params:`"),
            (
                "---\ntitle: Review\nauthor:\n  name: Kim\n  role: pm\n---\n- Wrote the PRD\n",
                5,
                "`author:`",
            ),
        ] {
            let parsed = parse(text);
            assert_eq!(parsed.front_field("role"), None, "{text}");
            assert_eq!(parsed.front_field("name"), None, "{text}");
            assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
            assert_eq!(parsed.warnings[0].0, line);
            let message = &parsed.warnings[0].1;
            assert!(message.contains(&format!("it is nested under {under}")), "{message}");
            assert!(message.contains("move it to the top level"), "{message}");
            assert_counted(&parsed);
        }
        // A top-level role is the document's; the table's own then needs no word.
        for text in [
            "+++\nrole = \"em\"\n[params]\nrole = \"pm\"\n+++\n- Hired two engineers\n",
            "---\nparams:\n  role: pm\nrole: em\n---\n- Hired two engineers\n",
        ] {
            let parsed = parse(text);
            assert_eq!(parsed.front_field("role").map(|(_, role)| role), Some("em"));
            assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        }
        // YAML's top level is as indented as its first field; a list under `role:` is no field.
        let parsed = parse("---\n  title: Review\n  role: em\n---\n- Hired two engineers\n");
        assert_eq!(parsed.front_field("role"), Some((3, "em")));
        let parsed = parse("---\nrole:\n  - PM\n---\n- Ran it\n");
        assert_eq!(parsed.front_matter, [("role".to_string(), String::new())]);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    }

    #[test]
    fn a_role_line_outside_front_matter_names_the_documents_own_marks() {
        let warning = |text: &str| {
            let parsed = parse(text);
            assert_eq!(parsed.front_field("role"), None, "{text}");
            assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
            parsed.warnings[0].clone()
        };
        // TOML's `role =` below the top is warned about, with TOML's marks.
        let (line, message) = warning("## Notes\nrole = \"pm\"\nWrote the PRD.\n");
        assert_eq!(line, 2);
        assert!(message.contains("between two `+++` lines"), "{message}");
        assert!(message.contains("(move it there to check"), "{message}");
        // After TOML front matter without a role, in either syntax.
        let (line, message) = warning("+++\ntitle = \"Review\"\n+++\nrole = \"pm\"\nWrote the PRD.\n");
        assert_eq!(line, 4);
        assert!(message.contains("between two `+++` lines"), "{message}");
        let (_, message) = warning("+++\ntitle = \"Review\"\n+++\nrole: pm\nWrote the PRD.\n");
        assert!(message.contains("between two `+++` lines"), "{message}");
        assert!(message.contains("written as `role = \"pm\"`"), "{message}");
        // YAML's keep theirs.
        let (_, message) = warning("---\ntitle: Review\n---\nrole = \"pm\"\nWrote the PRD.\n");
        assert!(message.contains("between two `---` lines"), "{message}");
        assert!(message.contains("written as `role: pm`"), "{message}");
        assert!(parse("+++\nrole = \"em\"\n+++\nrole = \"pm\"\n").warnings.is_empty());
    }

    #[test]
    fn toml_front_matter_is_read_as_yaml_front_matter_is() {
        let parsed =
            parse("+++\ntitle = \"Review 2025\"\nrole = \"em\" # acting\nname = 'Kim'\n+++\n- Hired two engineers\n");
        assert_eq!(parsed.front_field("role"), Some((3, "em")));
        assert_eq!(parsed.front_field("name"), Some((4, "Kim")));
        assert_eq!(texts(&parsed), ["Hired two engineers"]);
        assert_eq!(parsed.skipped, 5);
        assert_counted(&parsed);
        // A table's fields are its own, not the document's; a bare value loses its comment.
        let parsed = parse("+++\nrole = em # acting\n[params]\nrole = \"pm\"\n+++\n- Hired two engineers\n");
        assert_eq!(parsed.front_field("role"), Some((2, "em")));
        assert_eq!(parsed.front_matter.len(), 1);
        // `---` does not close it, and one that never closes is text, with a warning.
        let parsed = parse("+++\nrole = \"em\"\n---\n- Hired two engineers\n");
        assert_eq!(parsed.front_field("role"), None);
        assert!(
            parsed.warnings[0]
                .1
                .contains("the `+++` here opens front matter that never closes"),
            "{:?}",
            parsed.warnings
        );
        assert_counted(&parsed);
        // Lines between two `+++` that hold no field are text.
        let parsed = parse("+++\nHired two engineers\n+++\n");
        assert!(parsed.front_matter.is_empty());
        assert_eq!(texts(&parsed)[0], "+++");
    }

    #[test]
    fn front_matter_fields_keep_their_lines() {
        let parsed = parse("\u{feff}---\ntitle: Review\n- not a field\nrole: cto\nname:  \n---\n- Wrote the PRD\n");
        assert_eq!(parsed.front_matter_lines, [2, 4, 5]);
        assert_eq!(parsed.front_field("role"), Some((4, "cto")));
        assert_eq!(parsed.front_field("name"), None);
        assert_eq!(parsed.front_field("team"), None);
        // Blank lines may come before it; after a line of text, `---` is a rule.
        let parsed = parse("\n  \n---\nrole: em\n---\n- Hired two engineers\n");
        assert_eq!(parsed.front_field("role"), Some((4, "em")));
        assert_eq!(texts(&parsed), ["Hired two engineers"]);
        assert_counted(&parsed);
        let parsed = parse("Notes\n---\nrole: em\n---\n");
        assert!(parsed.front_matter.is_empty());
        // YAML comments may come before the first field, and a field may be quoted; an
        // indented `---` opens none.
        let parsed = parse("---\n# review template\n\"role\": em\n---\n- Hired two engineers\n");
        assert_eq!(parsed.front_field("role"), Some((3, "em")));
        assert_eq!(texts(&parsed), ["Hired two engineers"]);
        assert!(parse("   ---\nrole: em\n---\n").front_matter.is_empty());
        // A block whose first line is no field is replayed at once: a long list under a rule
        // gets no warning about front matter that never closes.
        let mut list = String::from("\n---\n");
        for n in 0..250 {
            list.push_str(&format!("- Hired engineer {n}\n"));
        }
        let parsed = parse(&list);
        assert_eq!(parsed.activities.len(), 250);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        // Lines between two rules that hold no field are text, not front matter.
        let parsed =
            parse("\n---\n\n- Hired 5 engineers\n- Drove the product roadmap\n\n---\n\n- Ran the program review\n");
        assert_eq!(
            texts(&parsed),
            [
                "Hired 5 engineers",
                "Drove the product roadmap",
                "Ran the program review"
            ]
        );
        assert_counted(&parsed);
        let parsed = parse("---\nShipped the migration.\n---\n");
        assert_eq!(texts(&parsed), ["Shipped the migration."]);
    }

    #[test]
    fn unclosed_front_matter_is_a_rule_not_front_matter() {
        let parsed = parse("---\nrole: tpm\n");
        assert_eq!(texts(&parsed), ["role: tpm"]);
        assert_eq!(parsed.skipped, 1);
        assert!(
            parsed.warnings[0].1.contains("opens front matter that never closes"),
            "{:?}",
            parsed.warnings
        );
        // A rule above ordinary lines is no front matter and says nothing.
        let parsed = parse("---\n- Shipped it: on time\n");
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    }

    #[test]
    fn indented_lines_under_a_bullet_continue_it() {
        let parsed = parse(
            "- Led the migration\n  across four teams\n  - nested bullet\n    more of nested\n\n  indented after blank\n",
        );
        assert_eq!(
            texts(&parsed),
            [
                "Led the migration across four teams",
                "nested bullet more of nested",
                "indented after blank"
            ]
        );
        assert_eq!(parsed.continuations, 2);
        assert_eq!(parsed.activities[1].line, 3);
        assert_eq!(parsed.activities[2].line, 6);
    }

    #[test]
    fn plain_lines_are_activities_and_do_not_take_continuations() {
        let parsed = parse("Wrote the PRD\n  indented but no bullet above\n");
        assert_eq!(parsed.activities.len(), 2);
        assert_eq!(parsed.continuations, 0);
    }

    #[test]
    fn handles_crlf_lone_cr_and_missing_final_newline() {
        assert_eq!(lines("a\r\nb\rc\nd").collect::<Vec<_>>(), ["a", "b", "c", "d"]);
        assert_eq!(lines("a\n\n").collect::<Vec<_>>(), ["a", ""]);
        assert_eq!(lines("").count(), 0);
    }

    #[test]
    fn bare_bullets_are_skipped() {
        let parsed = parse("-\n- [ ]\n- ok\n");
        assert_eq!(texts(&parsed), ["ok"]);
        assert_eq!(parsed.skipped, 2);
    }

    #[test]
    fn headings_date_the_activities_under_them() {
        let parsed =
            parse("# 2025\n- a\n## 2025 Q2\n- b\n### Notes\n- c\n## Misc\n- d\n# 2024-03\n- e\n- 2024-03-14: f\n");
        let shown: Vec<Option<String>> = parsed
            .activities
            .iter()
            .map(|a| a.date.map(|d| d.to_string()))
            .collect();
        let expect = ["2025", "2025-Q2", "2025-Q2", "2025", "2024-03", "2024-03-14"];
        assert_eq!(shown, expect.map(|e| Some(e.to_string())));
        assert_eq!(parsed.activities[5].text, "f");
        assert_eq!(parse("- undated\n").activities[0].date, None);
    }

    #[test]
    fn energy_markers_are_read_at_either_end_and_removed() {
        let parsed = parse(
            "- (+) Ran user interviews\n- [+] Wrote the PRD\n- Triaged tickets (-)\n- [-] Status decks\n- 2025-01-02: Roadmap review [+]\n- [+] 2025-01-03: Pricing study\n- Plain (+) in the middle\n",
        );
        let energy: Vec<Option<Energy>> = parsed.activities.iter().map(|a| a.energy).collect();
        use Energy::{Drains, Gives};
        assert_eq!(
            energy,
            [
                Some(Gives),
                Some(Gives),
                Some(Drains),
                Some(Drains),
                Some(Gives),
                Some(Gives),
                None
            ]
        );
        assert_eq!(
            texts(&parsed)[..6],
            [
                "Ran user interviews",
                "Wrote the PRD",
                "Triaged tickets",
                "Status decks",
                "Roadmap review",
                "Pricing study"
            ]
        );
        assert_eq!(
            parsed.activities[5].date.map(|d| d.to_string()).as_deref(),
            Some("2025-01-03")
        );
    }

    #[test]
    fn an_energy_marker_ending_the_first_line_survives_its_continuations() {
        let parsed = parse("- Wrote the PRD (+)\n  with users\n- (-) Ran it\n  weekly\n- Planned it\n  with SRE [+]\n");
        assert_eq!(
            texts(&parsed),
            ["Wrote the PRD with users", "Ran it weekly", "Planned it with SRE"]
        );
        let energy: Vec<Option<Energy>> = parsed.activities.iter().map(|a| a.energy).collect();
        assert_eq!(energy, [Some(Energy::Gives), Some(Energy::Drains), Some(Energy::Gives)]);
    }

    #[test]
    fn a_line_marked_both_ways_counts_its_first_marker_with_a_warning() {
        let parsed = parse(
            "- (+) Ran interviews (-)\n- Wrote the PRD (-) (+).\n- Planned it (+)\n  with SRE (-)\n- Ran it (+)\n",
        );
        let energy: Vec<Option<Energy>> = parsed.activities.iter().map(|a| a.energy).collect();
        use Energy::{Drains, Gives};
        assert_eq!(energy, [Some(Gives), Some(Drains), Some(Gives), Some(Gives)]);
        assert_eq!(
            texts(&parsed),
            ["Ran interviews", "Wrote the PRD.", "Planned it with SRE", "Ran it"]
        );
        let lines: Vec<usize> = parsed.warnings.iter().map(|w| w.0).collect();
        assert_eq!(lines, [1, 2, 3], "{:?}", parsed.warnings);
        assert!(
            parsed.warnings[1]
                .1
                .contains("both (-) and (+): the first, (-), is counted")
        );
    }

    #[test]
    fn a_date_without_its_year_leading_a_bullet_takes_the_heading_s_year() {
        let parsed = parse(
            "## 2025\n- Oct 2: hired two engineers\n- 14 March – wrote the PRD\n- [Nov 3] ran the review\n- Q3 - shipped search\n- May 5 engineers joined\n- Feb 30: nothing real\n",
        );
        let dates = dates_of(&parsed);
        assert_eq!(
            dates,
            ["2025-10-02", "2025-03-14", "2025-11-03", "2025-Q3", "2025", "2025"]
        );
        assert_eq!(
            texts(&parsed),
            [
                "hired two engineers",
                "wrote the PRD",
                "ran the review",
                "shipped search",
                "May 5 engineers joined",
                "nothing real"
            ]
        );
        // `Feb 30` is no day of 2025: named, and the line keeps its heading's date.
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
        assert_eq!(parsed.warnings[0].0, 7);
        assert!(
            parsed.warnings[0].1.contains("no day of the heading's year"),
            "{:?}",
            parsed.warnings
        );
        // A day outside its heading's period is not moved out of it; a heading across two
        // years gives the year the day fits.
        let parsed = parse(
            "## Q1 2025\n- Dec 2: hired two engineers\n## Dec 2024 – Jan 2025\n- Jan 3: ran interviews\n- Dec 30: wrote it\n",
        );
        let dates = dates_of(&parsed);
        assert_eq!(dates, ["2025-Q1", "2025-01-03", "2024-12-30"]);
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
        assert!(
            parsed.warnings[0]
                .1
                .contains("falls outside the period of the heading above it")
        );
        // A heading across two years gives the year the day fits, even inside a year's heading.
        let parsed = parse("# 2025\n## Dec 2024 – Jan 2025\n- Dec 30: wrote it\n");
        assert_eq!(
            parsed.activities[0].date.map(|d| d.to_string()).as_deref(),
            Some("2024-12-30")
        );
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        // A line starting with one starts a new activity, as a full date does.
        let parsed = parse("## 2025\n- Wrote the PRD\nOct 2: ran the program review\n");
        assert_eq!(texts(&parsed), ["Wrote the PRD", "ran the program review"]);
        // With no year above, the lines stay undated and one warning names the first.
        let parsed = parse("- Oct 2: hired two engineers\n- Nov 4: wrote the spec\n");
        assert!(parsed.activities.iter().all(|a| a.date.is_none()));
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
        assert_eq!(parsed.warnings[0].0, 1);
        assert!(
            parsed.warnings[0].1.contains(
                "and 1 more start with a date without its year (\"Oct 2\" and no heading or job above it names its year)"
            ),
            "{:?}",
            parsed.warnings
        );
        // A resume job within one year gives its year.
        let parsed = resume("Engineering Manager, Acme — Mar 2024 – Nov 2024\n• Oct 2: hired two engineers\n");
        assert_eq!(
            parsed.activities[0].date.map(|d| d.to_string()).as_deref(),
            Some("2024-10-02")
        );
    }

    #[test]
    fn a_weekday_may_lead_a_day_without_its_year_on_a_bullet() {
        let parsed = parse(
            "# 2025\n- Wed Mar 12: ran the hiring debrief\n- Wednesday, March 12: wrote the PRD\n## March 2025\n- Fri 14 March – planned the sprint\n- Sat down with the PM: agreed on scope\n",
        );
        assert_eq!(dates_of(&parsed), ["2025-03-12", "2025-03-12", "2025-03-14", "2025-03"]);
        assert_eq!(
            texts(&parsed),
            [
                "ran the hiring debrief",
                "wrote the PRD",
                "planned the sprint",
                "Sat down with the PM: agreed on scope"
            ]
        );
    }

    #[test]
    fn a_heading_of_only_dates_at_the_top_is_no_job_header() {
        let parsed =
            parse("## 2025 (Dec 29 – Jan 2)\n- Ran the hiring debrief\n## Q1 2026 (Jan 5 – Mar 27)\n- Led it\n");
        assert_eq!(parsed.layout, Layout::Brag);
        assert_eq!(dates_of(&parsed), ["2025-12-29/2026-01-02", "2026-01-05/2026-03-27"]);
    }

    #[test]
    fn a_day_without_its_year_under_a_period_to_the_present_takes_its_latest_year() {
        let as_of = |today: jiff::civil::Date, text: &str| {
            parse_with(
                text,
                ParseOptions {
                    today: Some(today),
                    ..ParseOptions::default()
                },
            )
        };
        let job = "Acme — Engineering Manager, Mar 2024 – Present\n- Oct 2: ran the pricing review\n- Q4: hired two engineers\n- Feb 10: wrote the PRD\n";
        let parsed = as_of(jiff::civil::date(2026, 11, 30), job);
        assert_eq!(parsed.layout, Layout::Resume);
        assert_eq!(dates_of(&parsed), ["2026-10-02", "2026-Q4", "2026-02-10"]);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        // Not after today, and not before the job began.
        let parsed = as_of(jiff::civil::date(2024, 9, 1), job);
        assert_eq!(dates_of(&parsed), ["2024-03/..", "2024-03/..", "2024-03/.."]);
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
        assert!(parsed.warnings[0].1.contains("and 2 more start with a date without its year (\"Oct 2\" that falls in no year of the period above it up to today)"), "{:?}", parsed.warnings);
        // A heading that runs to the present, and a yearless heading under it, agree.
        let parsed = as_of(
            jiff::civil::date(2026, 11, 30),
            "## Jan 2021 – Present\n- Oct 2: ran the review\n### Oct 2\n- Ran the offsite\n",
        );
        assert_eq!(dates_of(&parsed), ["2026-10-02", "2026-10-02"]);
        // A job of more than two closed years gives no year: said so.
        let parsed = resume("Engineering Manager, Acme — 2014 – 2018\n• Oct 2: hired two engineers\n");
        assert_eq!(dates_of(&parsed), ["2014/2018"]);
        assert!(
            parsed.warnings[0].1.contains("spans more than two years"),
            "{:?}",
            parsed.warnings
        );
    }

    #[test]
    fn a_yearless_heading_is_placed_as_a_yearless_day_is() {
        // Under a heading across two years, the year that fits (a heading's date used to take
        // only the year of a heading within one year, and found none here).
        let parsed = parse("## Dec 2024 – Jan 2025\n### Jan\n- Ran the review\n### Dec\n- Hired two engineers\n");
        assert_eq!(dates_of(&parsed), ["2025-01", "2024-12"]);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        // Siblings: `## Q2` after `## Q1 2025` takes 2025, under `# 2025` or not.
        let parsed = parse("# 2025\n## Q1\n- Ran it\n## Q2\n- Led it\n");
        assert_eq!(dates_of(&parsed), ["2025-Q1", "2025-Q2"]);
        let parsed = parse("## Q1 2025\n- Ran it\n## Q2\n- Led it\n");
        assert_eq!(dates_of(&parsed), ["2025-Q1", "2025-Q2"]);
    }

    #[test]
    fn an_unreadable_date_leading_a_line_is_warned_about_and_taken_out() {
        let parsed = parse("## 2026\n- 31-Feb-2026: Ran the pricing review\n- 2026-03-01: Led it\n");
        assert_eq!(texts(&parsed), ["Ran the pricing review", "Led it"]);
        assert_eq!(dates_of(&parsed), ["2026", "2026-03-01"]);
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
        assert_eq!(parsed.warnings[0].0, 2);
        assert!(
            parsed.warnings[0].1.starts_with(
                "this activity starts with \"31-Feb-2026\", which looks like a date but rolemap cannot read it"
            ),
            "{:?}",
            parsed.warnings
        );
    }

    #[test]
    fn an_oracle_day_in_capitals_leads_a_line_as_a_date_not_a_ticket() {
        let parsed = parse("- 14-MAR-2025: Ran the pricing review\n- 2025-MAR-14 Ran it\n- MAR-2025: Fixed the bug\n");
        assert_eq!(
            texts(&parsed),
            ["Ran the pricing review", "Ran it", "🎫: Fixed the bug"]
        );
        assert_eq!(dates_of(&parsed), ["2025-03-14", "2025-03-14", "-"]);
    }

    #[test]
    fn a_task_box_without_a_bullet_is_an_activity_not_a_title() {
        let parsed = parse("## 2025\n\n[x] Ran the pricing review\n- Led the roadmap\n");
        assert_eq!(texts(&parsed), ["Ran the pricing review", "Led the roadmap"]);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    }

    #[test]
    fn a_role_line_below_the_top_is_warned_about_once() {
        for text in [
            "## Notes\nrole: Engineering Manager\n- Ran the pricing review\nRole: em\n",
            "<!-- a note -->\nrole: Engineering Manager\n- Ran the pricing review\n",
        ] {
            let parsed = parse(text);
            assert_eq!(parsed.front_field("role"), None);
            assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
            assert_eq!(parsed.warnings[0].0, 2);
            assert!(
                parsed.warnings[0]
                    .1
                    .contains("sets no role: front matter is read only at the top")
            );
        }
        // Front matter that names a role makes a later `role:` line text, unremarked.
        let parsed = parse("---\nrole: em\n---\n- Ran it\nrole: pm\n");
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        // A bullet or an indented line is text.
        assert!(parse("- role: tech lead on payments\n").warnings.is_empty());
    }

    #[test]
    fn markers_and_a_bracketed_date_end_a_line_in_any_order() {
        let parsed = parse(
            "- Ran it (+) (Q3 2025)\n- Ran it (-) (Q3 2025) (+)\n- Ran interviews (-) (+) (+)\n- Ran it (Q3 2025), (+)\n- (+) (-)\n",
        );
        let energy: Vec<Option<Energy>> = parsed.activities.iter().map(|a| a.energy).collect();
        use Energy::{Drains, Gives};
        assert_eq!(energy, [Some(Gives), Some(Drains), Some(Drains), Some(Gives)]);
        assert_eq!(texts(&parsed), ["Ran it", "Ran it", "Ran interviews", "Ran it"]);
        let dates = dates_of(&parsed);
        assert_eq!(dates, ["2025-Q3", "2025-Q3", "-", "2025-Q3"]);
        // Lines 2 and 3 hold both markers; the bare markers of line 5 make no activity to warn of.
        let lines: Vec<usize> = parsed.warnings.iter().map(|w| w.0).collect();
        assert_eq!(lines, [2, 3], "{:?}", parsed.warnings);
    }

    #[test]
    fn a_wrapped_line_s_end_is_read_as_a_first_line_s_is() {
        let parsed = parse(
            "- Planned the launch\n  with SRE (+) (-)\n- Planned it (+)\n  with SRE (Q3 2025)\n- 2024-01-02: Ran it\n  weekly (Q3 2025)\n- (+)\n  (-)\n",
        );
        let energy: Vec<Option<Energy>> = parsed.activities.iter().map(|a| a.energy).collect();
        assert_eq!(energy, [Some(Energy::Gives), Some(Energy::Gives), None]);
        assert_eq!(
            texts(&parsed),
            [
                "Planned the launch with SRE",
                "Planned it with SRE",
                "Ran it weekly (Q3 2025)"
            ]
        );
        let dates = dates_of(&parsed);
        // A date on the first line comes first.
        assert_eq!(dates, ["-", "2025-Q3", "2024-01-02"]);
        // Only the first holds both markers; the bare markers make no activity to warn of.
        let lines: Vec<usize> = parsed.warnings.iter().map(|w| w.0).collect();
        assert_eq!(lines, [1], "{:?}", parsed.warnings);
    }

    #[test]
    fn a_bracketed_date_ending_a_line_dates_it() {
        let parsed = parse(
            "## 2026\n- Shipped search (Dec 2025).\n- Led the platform team [2019–2021]\n- Wrote the PRD (v2)\n- Ran it (Q3 2025) (+)\n",
        );
        let dates = dates_of(&parsed);
        assert_eq!(dates, ["2025-12", "2019/2021", "2026", "2025-Q3"]);
        assert_eq!(
            texts(&parsed),
            [
                "Shipped search.",
                "Led the platform team",
                "Wrote the PRD (v2)",
                "Ran it"
            ]
        );
        assert_eq!(parsed.activities[3].energy, Some(Energy::Gives));
        // Alone in its brackets, a date is a date line, not an activity.
        assert!(parse("- (Dec 2025)\n").activities.is_empty());
    }

    #[test]
    fn a_date_after_a_dash_ending_a_line_dates_it() {
        let parsed = parse(
            "## 2026\n- Shipped the billing migration — Mar 2025\n- Ran the pilot - Q3 2025 (+)\n- Upgraded to Office — 2019\n- Planned it\n  with SRE – Mar 3, 2025.\n- 2025-01-02: Ran it — Mar 2025\n",
        );
        assert_eq!(
            dates_of(&parsed),
            ["2025-03", "2025-Q3", "2026", "2025-03-03", "2025-01-02"]
        );
        assert_eq!(
            texts(&parsed),
            [
                "Shipped the billing migration",
                "Ran the pilot",
                "Upgraded to Office — 2019",
                "Planned it with SRE.",
                "Ran it — Mar 2025"
            ]
        );
        assert_eq!(parsed.activities[1].energy, Some(Energy::Gives));
    }

    #[test]
    fn a_feb_29_its_year_lacks_is_warned_about_by_name() {
        let parsed = parse("# 2025\n- Feb 29: Ran the review\n## Feb 29, 2025\n- Led it\n## Feb 29\n- Hired\n");
        assert_eq!(dates_of(&parsed), ["2025", "2025", "2025"]);
        let warned: Vec<(usize, &str)> = parsed.warnings.iter().map(|(line, w)| (*line, w.as_str())).collect();
        assert_eq!(warned.len(), 3, "{warned:?}");
        let about = |line: usize| warned.iter().find(|w| w.0 == line).map_or("", |w| w.1);
        assert!(
            about(2).contains("\"Feb 29\", a date without its year that is no day of 2025, which has no Feb 29"),
            "{warned:?}"
        );
        assert!(about(3).contains("cannot read it: 2025 has no Feb 29"), "{warned:?}");
        assert!(
            about(5).starts_with("heading \"Feb 29\" is no day of 2025, which has no Feb 29"),
            "{warned:?}"
        );
    }

    #[test]
    fn headings_that_name_no_real_date_are_warned_about() {
        let parsed = parse("## 2025-13\n- a\n## Q5 2025\n- b\n## 2025 Q3\n- c\n");
        let lines: Vec<usize> = parsed.warnings.iter().map(|w| w.0).collect();
        assert_eq!(lines, [1, 3]);
        assert_eq!(parsed.activities[0].date, None);
        assert!(parsed.activities[2].date.is_some());
    }

    #[test]
    fn an_energy_marker_is_never_a_task_box() {
        let parsed = parse("- [+] shipped\n- [x] done [+]\n");
        assert_eq!(texts(&parsed), ["shipped", "done"]);
    }

    #[test]
    fn a_bullet_of_only_markers_is_skipped() {
        let parsed = parse("- (+)\n- [-]\n- Wrote the PRD\n");
        assert_eq!(texts(&parsed), ["Wrote the PRD"]);
        assert_eq!(parsed.skipped, 2);
        assert_eq!(
            parsed.lines,
            parsed.activities.len() + parsed.continuations + parsed.skipped
        );
    }

    #[test]
    fn long_unclosed_front_matter_is_ordinary_text() {
        let text = format!("---\n{}", "- Wrote the PRD\n".repeat(MAX_FRONT_MATTER_LINES + 5));
        let parsed = parse(&text);
        assert_eq!(parsed.activities.len(), MAX_FRONT_MATTER_LINES + 5);
        assert_eq!(parsed.activities[0].line, 2);
        assert_eq!(
            parsed.lines,
            parsed.activities.len() + parsed.continuations + parsed.skipped
        );
    }

    fn resume(text: &str) -> Parsed {
        parse_with(
            text,
            ParseOptions {
                layout: Some(Layout::Resume),
                ..ParseOptions::default()
            },
        )
    }

    fn dates_of(parsed: &Parsed) -> Vec<String> {
        parsed
            .activities
            .iter()
            .map(|a| a.date.map_or_else(|| "-".to_string(), |d| d.to_string()))
            .collect()
    }

    fn assert_counted(parsed: &Parsed) {
        assert_eq!(
            parsed.lines,
            parsed.activities.len() + parsed.continuations + parsed.skipped,
            "{parsed:?}"
        );
        for (index, job) in parsed.jobs.iter().enumerate() {
            let activities = parsed.activities.iter().filter(|a| a.job == Some(index)).count();
            assert!(activities + job.continuations + job.skipped <= parsed.lines, "{job:?}");
        }
    }

    #[test]
    fn pasted_bullets_are_bullets_with_or_without_a_space() {
        let bullets = ["•", "●", "▪", "◦", "‣", "⁃", "∙", "·", "–", "—", "\u{F0B7}", "\u{F0A7}"];
        for bullet in bullets {
            for space in ["", " ", "\t"] {
                let text = format!("{bullet}{space}Wrote the PRD.\n{bullet}{space}Hired two engineers.\n");
                assert_eq!(
                    texts(&parse(&text)),
                    ["Wrote the PRD.", "Hired two engineers."],
                    "{text:?}"
                );
            }
        }
        assert_eq!(
            texts(&parse("o Wrote the PRD.\no\tRan interviews.\n")),
            ["Wrote the PRD.", "Ran interviews."]
        );
        // Markdown's markers need their space, so a sign or emphasis stays text.
        assert_eq!(
            texts(&parse("-5% churn\n*really* done\nonboarding\n")),
            ["-5% churn", "really done", "onboarding"]
        );
    }

    #[test]
    fn a_wrapped_line_continues_its_bullet() {
        let parsed = parse(
            "• Rebuilt the interview loop around a rubric for\n12 support agents and two leads\n• Ran the launch.\nWrote the PRD for search\n• Tracked the risks\nacross four teams.\n",
        );
        assert_eq!(
            texts(&parsed),
            [
                "Rebuilt the interview loop around a rubric for 12 support agents and two leads",
                "Ran the launch.",
                "Wrote the PRD for search",
                "Tracked the risks across four teams."
            ]
        );
        assert_eq!(parsed.continuations, 2);
        // Lower case continues even after a full stop; a leading date never continues.
        let parsed =
            parse("- Ran the launch.\nand wrote the retro\n- Hired two engineers\n2025-03-14: Wrote the PRD\n");
        assert_eq!(
            texts(&parsed),
            [
                "Ran the launch. and wrote the retro",
                "Hired two engineers",
                "Wrote the PRD"
            ]
        );
        // Without any bullet, every line stays an activity.
        let parsed = parse("Wrote the PRD for search\nhired two engineers\nRan the launch\n");
        assert_eq!(parsed.activities.len(), 3);
        assert_counted(&parsed);
    }

    #[test]
    fn a_line_of_only_a_date_is_a_heading() {
        let parsed =
            parse("**2024-10**\n- Wrote the PRD\n__Q1 2025__\n- Hired two engineers\n- Nov '25\n- Ran interviews\n");
        assert_eq!(
            texts(&parsed),
            ["Wrote the PRD", "Hired two engineers", "Ran interviews"]
        );
        assert_eq!(dates_of(&parsed), ["2024-10", "2025-Q1", "2025-11"]);
        assert_eq!(parsed.skipped, 3);
        // A heading of the document ends a date line's reach.
        let parsed = parse("2024-10\n- a\n## Notes\n- b\n");
        assert_eq!(dates_of(&parsed), ["2024-10", "-"]);
    }

    #[test]
    fn a_yearless_heading_takes_the_year_of_the_heading_above() {
        let parsed = parse("# 2025\n## Q1\n- a\n## March\n- b\n# Later\n## Q2\n- c\n");
        assert_eq!(dates_of(&parsed), ["2025-Q1", "2025-03", "-"]);
        assert_eq!(parsed.warnings.len(), 1);
        assert_eq!(parsed.warnings[0].0, 7);
        assert!(
            parsed.warnings[0].1.contains("\"Q2\" names no year"),
            "{:?}",
            parsed.warnings
        );
    }

    #[test]
    fn a_line_of_another_quote_depth_is_no_wrap_of_the_bullet_above() {
        let parsed = parse(concat!(
            "> - Shipped the billing migration across\n",
            "> four teams\n",
            ">> Thanks, can you also write it up for the wiki\n",
            "> - Ran the hiring loop\n",
            "Great work on the hiring loop\n",
        ));
        assert_eq!(
            texts(&parsed),
            [
                "Shipped the billing migration across four teams",
                "Thanks, can you also write it up for the wiki",
                "Ran the hiring loop",
                "Great work on the hiring loop"
            ]
        );
        assert_counted(&parsed);
        // `> >` is as deep as `>>`.
        let parsed = parse("> > - Ran the review\n>> across four teams\n");
        assert_eq!(texts(&parsed), ["Ran the review across four teams"]);
        assert_eq!(quote_depth("  > > x"), 2);
        assert_eq!(quote_depth("x > y"), 0);
    }

    #[test]
    fn a_date_far_in_the_future_is_used_and_warned_about_once() {
        let options = ParseOptions {
            today: Some(jiff::civil::date(2026, 3, 1)),
            ..ParseOptions::default()
        };
        let parsed = parse_with(
            "## 2028-02\n- a\n## 9999-12-31\n- b\n- 2205-03-01: c\n**99999-01**\n- d\n",
            options,
        );
        assert_eq!(dates_of(&parsed), ["2028-02", "9999-12-31", "2205-03-01", "9999-12-31"]);
        assert_eq!(parsed.warnings.len(), 2, "{:?}", parsed.warnings);
        assert_eq!(parsed.warnings[0].0, 3);
        assert!(
            parsed.warnings[0].1.starts_with(
                "the date 9999-12-31 starts more than 2 years after the --as-of day (2026-03-01): it is used as written"
            ),
            "{:?}",
            parsed.warnings
        );
        assert_eq!(parsed.warnings[1].0, 6);
        assert!(
            parsed.warnings[1].1.contains("looks like a date"),
            "{:?}",
            parsed.warnings
        );
        // A date of its own, or a job's, is checked as a heading's is.
        let parsed = parse_with("- 2205-03-01: Ran the review\n- Wrote the PRD (Mar 2031)\n", options);
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
        assert_eq!(parsed.warnings[0].0, 1);
    }

    #[test]
    fn unreadable_heading_dates_are_warned_about_by_line() {
        let parsed = parse("## 03/04/2026\n- a\n## Mar 2025\n- b\n**2025-13**\n- c\n");
        assert_eq!(dates_of(&parsed), ["-", "2025-03", "2025-03"]);
        let lines: Vec<usize> = parsed.warnings.iter().map(|w| w.0).collect();
        assert_eq!(lines, [1, 5]);
        assert!(
            parsed.warnings[0].1.contains("looks like a date"),
            "{:?}",
            parsed.warnings
        );
    }

    #[test]
    fn the_dates_people_write_date_their_lines() {
        let parsed = parse(
            "## Mar 3, 2026\n- a\n## 03/2026\n- b\n## Jan–Mar 2025\n- c\n## Nov '25\n- d\n## FY26 Q1\n- e\n- 2024-10-15 Wrote the PRD\n- Oct 15 2024: Hired two engineers\n## Week of 2025-03-10\n- f\n",
        );
        assert_eq!(
            dates_of(&parsed),
            [
                "2026-03-03",
                "2026-03",
                "2025-Q1",
                "2025-11",
                "2026-Q1",
                "2024-10-15",
                "2024-10-15",
                "2025-03-10/2025-03-16"
            ]
        );
        assert_eq!(texts(&parsed)[5..7], ["Wrote the PRD", "Hired two engineers"]);
        let fiscal = parse_with(
            "## FY26 Q1\n- e\n",
            ParseOptions {
                dates: DateSettings { fiscal_start: 7 },
                ..ParseOptions::default()
            },
        );
        assert_eq!(dates_of(&fiscal), ["2025-07/2025-09"]);
    }

    const PASTED: &str = "Jane Roe
jane@example.com | +1 555 0100

Senior Engineering Manager, Acme Corp — Jan 2021 – Present
• Hired 14 engineers and rebuilt the interview loop around a
structured rubric
• Ran weekly 1:1s with 7 direct reports
Engineering Manager
Beta GmbH · Berlin
March 2018 – December 2020
• Tracked the critical path across four teams
Acme Corp | Berlin | 2015–2018
Staff Engineer
• Wrote the PRD for saved searches

EDUCATION
• B.Sc. Computer Science, 2015
";

    #[test]
    fn a_pasted_resume_is_read_as_bullets_under_job_headers() {
        let parsed = parse(PASTED);
        assert_eq!(parsed.layout, Layout::Resume);
        assert_eq!(
            texts(&parsed),
            [
                "Hired 14 engineers and rebuilt the interview loop around a structured rubric",
                "Ran weekly 1:1s with 7 direct reports",
                "Tracked the critical path across four teams",
                "Wrote the PRD for saved searches"
            ]
        );
        type Read<'a> = (Option<&'a str>, Option<&'a str>, Option<&'a str>, usize);
        let jobs: Vec<Read<'_>> = parsed
            .jobs
            .iter()
            .map(|j| (j.title.as_deref(), j.company.as_deref(), j.dates.as_deref(), j.line))
            .collect();
        assert_eq!(
            jobs,
            [
                (
                    Some("Senior Engineering Manager"),
                    Some("Acme Corp"),
                    Some("Jan 2021 – Present"),
                    4
                ),
                (
                    Some("Engineering Manager"),
                    Some("Beta GmbH"),
                    Some("March 2018 – December 2020"),
                    8
                ),
                (Some("Staff Engineer"), Some("Acme Corp"), Some("2015–2018"), 12),
            ]
        );
        let job_of: Vec<Option<usize>> = parsed.activities.iter().map(|a| a.job).collect();
        assert_eq!(job_of, [Some(0), Some(0), Some(1), Some(2)]);
        assert_eq!(
            dates_of(&parsed),
            ["2021-01/..", "2021-01/..", "2018-03/2020-12", "2015/2018"]
        );
        assert_eq!(parsed.jobs[0].label(), "Senior Engineering Manager, Acme Corp");
        assert_eq!((parsed.jobs[0].continuations, parsed.jobs[0].skipped), (1, 1));
        assert_counted(&parsed);
    }

    #[test]
    fn brag_lists_stay_brag_lists() {
        for text in [
            "# Brag document\n\n## 2025 Q1\n- Wrote the PRD\n",
            "Brag doc 2025\nMarch 2025\n- Wrote the PRD\n",
            "- Wrote the PRD\n- Senior Engineering Manager, Acme — 2021–2025\n",
            "Q1 2025 — Payments\n• Wrote the PRD\n",
            "## Summary\nMail me at jane@example.com\n- Wrote the PRD\n",
        ] {
            assert_eq!(parse(text).layout, Layout::Brag, "{text:?}");
        }
        for text in [
            "EXPERIENCE\nAcme\n• Wrote the PRD\n",
            "## Work history\n- Wrote the PRD\n",
            "Acme Corp | Berlin | 2019–2021\n• Wrote the PRD\n",
            "Engineering Manager\n\nMarch 2022 – Present\n• Wrote the PRD\n",
            "Jane Roe\njane@example.com\nSUMMARY\n• Ten years of product work\n",
        ] {
            assert_eq!(parse(text).layout, Layout::Resume, "{text:?}");
        }
    }

    #[test]
    fn a_resume_skips_other_sections_and_titles_a_job_without_dates() {
        let parsed = resume(
            "Profile\nLeader of teams.\n• Not work\nExperience\nProduct Manager\nAcme\n• Wrote the PRD\nSkills\n• Rust, Go\n",
        );
        assert_eq!(texts(&parsed), ["Wrote the PRD"]);
        assert_eq!(parsed.jobs.len(), 1);
        assert_eq!(parsed.jobs[0].label(), "Product Manager, Acme");
        assert_eq!(parsed.jobs[0].period, None);
        assert_counted(&parsed);
        // Job dates it cannot read are reported, and the job stays undated.
        let parsed = resume("Engineering Manager, Acme — 03/04/2020 – now\n• Hired two engineers\n");
        assert_eq!(parsed.jobs[0].dates.as_deref(), Some("03/04/2020 – now"));
        assert_eq!(parsed.jobs[0].period, None);
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    }

    #[test]
    fn dates_after_a_space_end_a_job_header_but_no_bullet_or_sentence() {
        // A LaTeX resume's right-aligned dates, copied from its PDF: the header after a bullet
        // without a full stop starts a job, and is no wrap of that bullet.
        let parsed = parse(concat!(
            "Experience\n",
            "Engineering Manager, Acme Corp June 2020 – Present\n",
            "• Hired six engineers\n",
            "Senior Software Engineer, Initech Jan 2017 – May 2020\n",
            "• Built the billing service\n",
            "Globex 2014 – 2016\n",
            "Staff Engineer New York, NY\n",
            "• Led the migration to Kubernetes June 2015 – March 2016.\n",
            "Shipped the redesign in June 2015 – March 2016 with the design team.\n",
        ));
        let jobs: Vec<(String, Option<&str>)> = parsed
            .jobs
            .iter()
            .map(|job| (job.label(), job.dates.as_deref()))
            .collect();
        assert_eq!(
            jobs,
            [
                (
                    "Engineering Manager, Acme Corp".to_string(),
                    Some("June 2020 – Present")
                ),
                (
                    "Senior Software Engineer, Initech".to_string(),
                    Some("Jan 2017 – May 2020")
                ),
                ("Staff Engineer, Globex".to_string(), Some("2014 – 2016")),
            ]
        );
        assert_eq!(
            texts(&parsed),
            [
                "Hired six engineers",
                "Built the billing service",
                "Led the migration to Kubernetes June 2015 – March 2016.",
                "Shipped the redesign in June 2015 – March 2016 with the design team.",
            ]
        );
        let jobs_of: Vec<Option<usize>> = parsed.activities.iter().map(|a| a.job).collect();
        assert_eq!(jobs_of, [Some(0), Some(1), Some(2), Some(2)]);
        assert_counted(&parsed);
        // Outside a work section and a job, a company alone before such dates heads nothing.
        let parsed = resume("Acme Corp June 2020 – Present\n• Hired six engineers\n");
        assert!(parsed.jobs.is_empty(), "{:?}", parsed.jobs);
    }

    #[test]
    fn a_company_line_above_a_dated_title_line_is_part_of_the_header() {
        let parsed = parse(
            "EXPERIENCE\nAcme Corp\nEngineering Manager | 2019–2021\n• Hired six engineers\n• Wrote the hiring plan\nBeta GmbH\nProduct Manager | 2016–2019\n• Wrote the PRD for search\n",
        );
        let labels: Vec<String> = parsed.jobs.iter().map(Job::label).collect();
        assert_eq!(labels, ["Engineering Manager, Acme Corp", "Product Manager, Beta GmbH"]);
        assert_eq!(
            texts(&parsed),
            [
                "Hired six engineers",
                "Wrote the hiring plan",
                "Wrote the PRD for search"
            ]
        );
        assert_counted(&parsed);
    }

    #[test]
    fn a_section_heading_over_a_job_header_is_no_company() {
        // Right above a header line, above a title block pulled into it, and over a title
        // block without dates before a bullet.
        let parsed = resume(concat!(
            "Engineering Manager, Acme — 2018–2023\n• Hired two engineers\n\n",
            "Volunteer\nCode Club — 2015–2020\n• Taught weekly classes\n\n",
            "Leadership:\n\nTeam Lead, Chess Club — 2012–2014\n• Ran the league\n\n",
            "BOARD SERVICE\nProgram Director\nWomen in Tech\n• Ran the mentoring program\n",
        ));
        let labels: Vec<String> = parsed.jobs.iter().map(Job::label).collect();
        assert_eq!(
            labels,
            [
                "Engineering Manager, Acme",
                "Code Club",
                "Team Lead, Chess Club",
                "Program Director, Women in Tech"
            ]
        );
        assert_eq!(parsed.jobs[1].line, 5);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        assert_counted(&parsed);
        // Each heading counts for no job.
        let skipped: usize = parsed.jobs.iter().map(|j| j.skipped).sum();
        assert_eq!(parsed.skipped, skipped + 3);
        // Inside a job, a line of such a word over bullets is no heading: it is not read, as
        // before.
        let parsed = resume("Engineering Manager, Acme — 2018–2023\n• Hired two engineers.\nLeadership\n• Ran 1:1s\n");
        assert_eq!(parsed.jobs.len(), 1);
        assert_eq!(texts(&parsed), ["Hired two engineers.", "Ran 1:1s"]);
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    }

    #[test]
    fn a_resume_line_after_a_full_stop_is_not_part_of_the_bullet() {
        // It is a sentence of its own under the job, so an activity of its own.
        let parsed =
            resume("Engineering Manager, Acme — 2021–2024\n• Hired two engineers.\nBuilt a great team\n• Ran 1:1s\n");
        assert_eq!(
            texts(&parsed),
            ["Hired two engineers.", "Built a great team", "Ran 1:1s"]
        );
        assert_eq!(parsed.skipped, 1);
        assert_eq!(parsed.activities[1].job, Some(0));
        assert_counted(&parsed);
    }

    #[test]
    fn glyphs_arrows_emoji_and_sub_list_numbering_are_bullets() {
        for bullet in ["○", "❖", "▶", "→", "★", "◆", "➤", "⇒"] {
            let text = format!("- Hired two engineers\n{bullet} Wrote the migration plan\n");
            assert_eq!(
                texts(&parse(&text)),
                ["Hired two engineers", "Wrote the migration plan"],
                "{text:?}"
            );
        }
        for marker in [
            "a)",
            "(1)",
            "[1]",
            "1 -",
            "1 –",
            "(a)",
            "iv.",
            "(ii)",
            "b.",
            "1\u{FE0F}\u{20E3}",
            "2\u{20E3}",
        ] {
            let text = format!("- Hired two engineers\n{marker} Wrote the migration plan\n");
            assert_eq!(
                texts(&parse(&text)),
                ["Hired two engineers", "Wrote the migration plan"],
                "{text:?}"
            );
        }
        let parsed = parse(
            "1. Hired two engineers\n2. Wrote the migration plan\n   a. Tracked the risks\n   b. Ran the go/no-go\n      i. Wrote the runbook\n      ii. Ran the drill\n",
        );
        assert_eq!(
            texts(&parsed),
            [
                "Hired two engineers",
                "Wrote the migration plan",
                "Tracked the risks",
                "Ran the go/no-go",
                "Wrote the runbook",
                "Ran the drill"
            ]
        );
        // Not numbering: a capital, no space after the stop, a word, a year, too many digits.
        for line in [
            "A. Smith said the plan was late",
            "e.g. the hiring plan",
            "vs. the old plan",
            "[a] cited",
            "(see below) the plan",
            "(1234) the plan",
            "100 - the plan",
            "i.e. the plan",
            "ab. the plan",
            "a.the plan",
        ] {
            assert_eq!(bullet_parts(line, true), None, "{line:?}");
        }
        assert_eq!(
            texts(&parse("- Hired two engineers.\nA. Smith said the plan was late\n")),
            ["Hired two engineers.", "A. Smith said the plan was late"]
        );
        let parsed = parse("- Hired two engineers.\n2024 - Ran the hiring loop\n");
        assert_eq!(texts(&parsed), ["Hired two engineers.", "Ran the hiring loop"]);
        assert_eq!(dates_of(&parsed), ["-", "2024"]);
        // Keycap emoji number a list from its first line, as `1.` does, with or without a space.
        let parsed = parse("1\u{FE0F}\u{20E3} Shipped the roadmap for Q3\n2\u{FE0F}\u{20E3}Wrote the migration plan\n");
        assert_eq!(
            texts(&parsed),
            ["Shipped the roadmap for Q3", "Wrote the migration plan"]
        );
    }

    #[test]
    fn emoji_are_bullets_in_a_list_but_do_not_tell_a_layout() {
        assert_eq!(
            texts(&parse(
                "- Hired two engineers\n🚀 Launched the beta\n👉 Ran the review\n👩‍💻 Paired daily\n"
            )),
            [
                "Hired two engineers",
                "Launched the beta",
                "Ran the review",
                "Paired daily"
            ]
        );
        // Not after a bullet, an emoji is text: a label the next line is not joined to.
        assert_eq!(
            texts(&parse(
                "📌 Q1 goals\nShipped the beta.\n\n- Hired two engineers\n\n🚀 Launched it\n"
            )),
            [
                "📌 Q1 goals",
                "Shipped the beta.",
                "Hired two engineers",
                "🚀 Launched it"
            ]
        );
        // An emoji stuck to its word is text; so is one in a resume's contact line.
        assert_eq!(
            texts(&parse("- Hired two.\n🚀Launched\n")),
            ["Hired two.", "🚀Launched"]
        );
        let parsed = parse(
            "Jane Roe\n📧 jane@example.com\nEXPERIENCE\nEngineering Manager, Acme — 2021–2024\n• Hired two engineers\n",
        );
        assert_eq!(parsed.layout, Layout::Resume);
        assert_eq!(texts(&parsed), ["Hired two engineers"]);
    }

    #[test]
    fn ballot_boxes_are_task_boxes() {
        let parsed = parse("☐ Hire a designer\n☑ Hired two engineers\n✅ Ran the review\n- ☐ Write the RFC\n");
        assert_eq!(
            texts(&parsed),
            [
                "Hire a designer",
                "Hired two engineers",
                "Ran the review",
                "Write the RFC"
            ]
        );
        let unchecked: Vec<bool> = parsed.activities.iter().map(|a| a.unchecked).collect();
        assert_eq!(unchecked, [true, false, false, true]);
    }

    #[test]
    fn invisible_characters_before_a_bullet_are_ignored() {
        let parsed = parse(
            "- [ ] Hire a designer\n\u{200B}- Mentored two engineers\n\u{FEFF}  - Ran 1:1s\n  \u{2060}• Wrote it\n",
        );
        assert_eq!(
            texts(&parsed),
            ["Hire a designer", "Mentored two engineers", "Ran 1:1s", "Wrote it"]
        );
        assert!(!parsed.activities[1].unchecked);
        assert_eq!(visible("  - x"), "  - x");
        assert_eq!(visible("\u{200B} \u{FEFF}- x"), " - x");
        assert_eq!(visible("é\u{200B}"), "é\u{200B}");
    }

    #[test]
    fn a_trailing_energy_marker_before_punctuation_is_taken() {
        for (line, text) in [
            ("- Ran the hiring loop (+).", "Ran the hiring loop."),
            ("- Ran the hiring loop (+)!", "Ran the hiring loop!"),
            ("- Ran the hiring loop [+] ;", "Ran the hiring loop;"),
            ("- Ran the hiring loop (+),", "Ran the hiring loop,"),
            ("- Ran the hiring loop (+)  ", "Ran the hiring loop"),
        ] {
            let parsed = parse(line);
            assert_eq!(texts(&parsed), [text], "{line:?}");
            assert_eq!(parsed.activities[0].energy, Some(Energy::Gives), "{line:?}");
        }
        let parsed = parse("- Ran the hiring loop,\n  wrote the plan (-).\n- (+).\n");
        assert_eq!(texts(&parsed), ["Ran the hiring loop, wrote the plan."]);
        assert_eq!(parsed.activities[0].energy, Some(Energy::Drains));
        assert_eq!(parsed.skipped, 1);
        // A marker inside the text is text.
        assert_eq!(texts(&parse("- Ran (+) the loop.")), ["Ran (+) the loop."]);
    }

    #[test]
    fn telephone_numbers_ranges_and_link_only_bullets_are_not_activities_of_their_own() {
        // `(415) 555-0100` is a telephone number and `12 - 15` a range, not list numbering.
        assert_eq!(ordinal("(415) 555-0100 | jane@example.com"), None);
        assert_eq!(ordinal("(12) 345 6789"), None);
        assert_eq!(ordinal("12 - 15 engineers"), None);
        assert_eq!(ordinal("(1) Wrote the PRD"), Some(3));
        assert_eq!(ordinal("2 - Ran hiring"), Some(4));
        // One title and period without bullets is a self-review, not a resume: every line counts.
        let review = parse(
            "Self-review 2024\nStaff Engineer\nJanuary 2024 – December 2024\nLed the design review for payments\nMentored two engineers\n",
        );
        assert_eq!(review.layout, Layout::Brag);
        // A bullet that only points at work names none: it is skipped, not unmatched.
        let parsed = parse("- Wrote the PRD\n  - https://docs.acme.com/prd\n  - Doc: https://docs.acme.com/x\n");
        assert_eq!(texts(&parsed), ["Wrote the PRD"]);
        assert_eq!(parsed.skipped, 2);
        assert!(!only_links("Ran the pricing study, see 🔗"));
        assert!(only_links("Doc: 🔗"));
        // A glyph's variation selector goes with it; a clock emoji after a bullet is one too.
        assert_eq!(texts(&parse("✔️ Hired two engineers\n")), ["Hired two engineers"]);
        assert_eq!(
            texts(&parse("- Hired two engineers\n⏰ Cut the release time\n")),
            ["Hired two engineers", "Cut the release time"]
        );
    }

    #[test]
    fn a_word_hyphenated_at_a_line_end_is_joined() {
        let parsed = parse(concat!(
            "• Grew the platform team; ran hiring, onboarding and perfor-\n",
            "mance reviews\n",
            "• Built cross-\n",
            "team rituals and end-to-\n",
            "end tests, on-\n",
            "call\n",
            "• Cut costs by a third -\n",
            "and more\n",
            "• Moved the queues to Kafka-\n",
            "Based workers\n",
        ));
        assert_eq!(
            texts(&parsed),
            [
                "Grew the platform team; ran hiring, onboarding and perfor-mance reviews",
                "Built cross-team rituals and end-to-end tests, on-call",
                "Cut costs by a third - and more",
                "Moved the queues to Kafka- Based workers"
            ]
        );
        assert!(broken_at_hyphen("perfor-", "mance"));
        assert!(broken_at_hyphen("Self-", "serve"));
        assert!(!broken_at_hyphen("perfor-", "Mance"));
        assert!(!broken_at_hyphen("-", "x"));
    }

    #[test]
    fn links_keep_their_text_and_addresses_are_not_words() {
        for (written, read) in [
            (
                "Fixed the bug in [checkout](https://wiki.acme.com/product-roadmap/hiring-plan/prd)",
                "Fixed the bug in checkout",
            ),
            ("See https://acme.atlassian.net/ROADMAP/x/Hiring+Plan.", "See 🔗."),
            ("Read <https://acme.com/roadmap> first", "Read 🔗 first"),
            ("(see www.acme.com/hiring-plan), then", "(see 🔗), then"),
            ("Ran it ![diagram](a/roadmap.png) well", "Ran it diagram well"),
            ("[https://x.com/roadmap](https://x.com/roadmap)", "🔗"),
            ("Wiki: https://en.wikipedia.org/wiki/Foo_(bar) read", "Wiki: 🔗 read"),
            // Not links: no target, a space in it, no path after `www.`, CI/CD.
            ("Ran [the] review", "Ran [the] review"),
            ("Ran [a](b c) it", "Ran [a](b c) it"),
            ("Moved www.acme.com to the CDN", "Moved www.acme.com to the CDN"),
            ("Ran CI/CD for 1:1s/week", "Ran CI/CD for 1:1s/week"),
            ("**[Led](x/y) it**", "Led it"),
            // A linked image, a README's badge, is its image's text.
            (
                "Led it [![CI](https://x.example/ci.yml/badge.svg)](https://x.example/actions) well",
                "Led it CI well",
            ),
            ("[![](https://x.example/b.svg)](https://x.example)", ""),
        ] {
            assert_eq!(clean(written), read, "{written:?}");
        }
        // Borrowed when nothing changes.
        assert!(matches!(clean("Ran CI/CD"), Cow::Borrowed(_)));
        assert!(matches!(
            clean("Ran the on-call rotation for Q3-2025"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn a_markdown_escape_starting_a_line_keeps_its_character() {
        for (written, read) in [
            ("\\# of incidents halved", "# of incidents halved"),
            ("\\== Q2 == planning", "== Q2 == planning"),
            ("\\> 99.9% uptime", "> 99.9% uptime"),
            ("1\\. Hired two engineers", "1. Hired two engineers"),
            // Elsewhere, or before no markup, a backslash stays.
            ("Cut p99 \\> 40%", "Cut p99 \\> 40%"),
            ("Moved ..\\..\\src and C:\\Users", "Moved ..\\..\\src and C:\\Users"),
            ("\\\\fs01\\share", "\\\\fs01\\share"),
            ("\\o/ shipped", "\\o/ shipped"),
            ("Ends with \\", "Ends with \\"),
            // A web page's `&lt;` is written `\<`, so no tag or comment is read in it.
            (
                "Replaced \\<table> layouts and \\<!-- markers",
                "Replaced <table> layouts and <!-- markers",
            ),
        ] {
            assert_eq!(clean(written), read, "{written:?}");
        }
    }

    #[test]
    fn markdown_escapes_in_a_line_are_their_characters() {
        for (written, read) in [
            ("- Grew ARR 3x \\- from \\$1M", "- Grew ARR 3x - from $1M"),
            (
                "- Launched v2\\.0 of the \\[beta\\] C\\+\\+ SDK \\(+\\)",
                "- Launched v2.0 of the [beta] C++ SDK (+)",
            ),
            (
                "- Ran the \\#1 push \\! Cut p99 \\> 40%",
                "- Ran the #1 push ! Cut p99 > 40%",
            ),
            ("  - \\# of incidents", "  - # of incidents"),
            // Kept: what starts the line's text, a number's point, emphasis markers, tildes,
            // backticks and pipes (read later), backslashes before no punctuation, `\\`, a
            // path's `..\\`, a code span.
            ("\\# of incidents \\# 2", "\\# of incidents # 2"),
            ("  \\- note", "  \\- note"),
            ("12\\. Hired", "12\\. Hired"),
            ("\\[draft\\] plan", "\\[draft] plan"),
            (
                "snake\\_case \\*not\\* \\~~x\\~~ \\` a \\| b",
                "snake\\_case \\*not\\* \\~~x\\~~ \\` a \\| b",
            ),
            (
                "C:\\build \\\\fs01\\share ..\\..\\src",
                "C:\\build \\\\fs01\\share ..\\..\\src",
            ),
            ("Ran `a\\-b` and a\\-b", "Ran `a\\-b` and a-b"),
            ("Ends with \\", "Ends with \\"),
        ] {
            assert_eq!(decode_escapes(written), read, "{written:?}");
        }
        assert!(matches!(decode_escapes("- Ran the review"), Cow::Borrowed(_)));
        assert!(matches!(decode_escapes("C:\\build"), Cow::Borrowed(_)));
        // Read through the parser, the escapes left are read too; energy markers and dates count.
        let parsed =
            parse("## Q1 2025\n- Launched v2\\.0 of the C\\+\\+ SDK \\[+\\]\n- Fixed snake\\_case \\| \\*glob\\*\n");
        assert_eq!(
            texts(&parsed),
            ["Launched v2.0 of the C++ SDK", "Fixed snake_case | *glob*"]
        );
        assert_eq!(parsed.activities[0].energy, Some(Energy::Gives));
        assert_eq!(dates_of(&parsed), ["2025-Q1", "2025-Q1"]);
    }

    #[test]
    fn dates_set_in_emphasis_after_a_company_are_set_apart_in_a_resume() {
        let settings = DateSettings::default();
        for (written, read) in [
            (
                "**Engineering Manager**, Finch Payments *Mar 2022 – Present*",
                "Engineering Manager, Finch Payments  Mar 2022 – Present",
            ),
            ("Acme __2019 – 2021__", "Acme  2019 – 2021"),
            // A separator sets them apart already; emphasis that holds more than dates is
            // emphasis; dates first are not at the end.
            (
                "Finch Payments, *Mar 2022 – Present*",
                "Finch Payments, Mar 2022 – Present",
            ),
            ("Shipped the *new checkout*", "Shipped the new checkout"),
            ("Led it *in Mar 2022 with Sam*", "Led it in Mar 2022 with Sam"),
            ("*Mar 2022 – Present* Acme", "Mar 2022 – Present Acme"),
            ("Acme *Mar 2022 – Present", "Acme Mar 2022 – Present"),
        ] {
            assert_eq!(unmark_header(written, settings), read, "{written:?}");
        }
        let parsed = resume(concat!(
            "## Experience\n",
            "**Engineering Manager**, Finch Payments *Mar 2022 – Present*\n",
            "- Hired six engineers\n",
            "<b>Senior Engineer</b>, Acme <sub>Jan 2019 – Feb 2022</sub>\n",
            "- Built the billing pipeline\n",
        ));
        let jobs: Vec<_> = parsed
            .jobs
            .iter()
            .map(|job| (job.title.as_deref(), job.company.as_deref(), job.dates.as_deref()))
            .collect();
        assert_eq!(
            jobs,
            [
                (
                    Some("Engineering Manager"),
                    Some("Finch Payments"),
                    Some("Mar 2022 – Present")
                ),
                (Some("Senior Engineer"), Some("Acme"), Some("Jan 2019 – Feb 2022")),
            ]
        );
        assert_eq!(dates_of(&parsed), ["2022-03/..", "2019-01/2022-02"]);
        assert_counted(&parsed);
    }

    #[test]
    fn ticket_keys_are_not_words() {
        for (written, read) in [
            ("Fixed the bug in PRD-1423", "Fixed the bug in 🎫"),
            ("Closed OPS-77 and JIRA-1.", "Closed 🎫 and 🎫."),
            ("(AB2-9) shipped", "(🎫) shipped"),
            ("See [PRD-12](https://x.com/browse/PRD-12)", "See 🎫"),
            // Not keys: one capital, a fiscal year, a word joined on, letters after the digits.
            ("Q3-2025 planning", "Q3-2025 planning"),
            (
                "Passed SOC-2 and ISO-27001 with AES-256 and GPT-4",
                "Passed SOC-2 and ISO-27001 with AES-256 and GPT-4",
            ),
            ("Wrote the PRD for FY-26", "Wrote the PRD for FY-26"),
            ("Ran the COVID-19 response", "Ran the COVID-19 response"),
            ("Fixed xPRD-12 and PRD-12a", "Fixed xPRD-12 and PRD-12a"),
            ("Set ABCDEFGHIJK-1 and PRD-", "Set ABCDEFGHIJK-1 and PRD-"),
            ("Ran the on-call rotation", "Ran the on-call rotation"),
            // A month's name between numbers is a date (Oracle's); alone, a key.
            ("14-MAR-2025: shipped", "14-MAR-2025: shipped"),
            ("2025-DEC-01 shipped", "2025-DEC-01 shipped"),
            ("Closed MAR-2025 and 14-OPS-12", "Closed 🎫 and 14-🎫"),
            // A ladder's level is no key; the same letters with a ticket's number are.
            (
                "Mentors SDE-1 and SDE-2 engineers; IC-4 scope",
                "Mentors SDE-1 and SDE-2 engineers; IC-4 scope",
            ),
            ("Closed SDE-1423 and SRE-12", "Closed 🎫 and 🎫"),
        ] {
            assert_eq!(clean(written), read, "{written:?}");
        }
    }

    #[test]
    fn tabs_separate_cells_and_a_leading_date_cell_dates_the_line() {
        let parsed = parse(
            "Date\tWhat\tImpact\n2025-01\tRan the hiring loop\tTeam grew to 8\nMar 2025\tWrote the PRD\t\tShipped\n- Ran the review\t(+)\n",
        );
        assert_eq!(
            texts(&parsed),
            [
                "Ran the hiring loop — Team grew to 8",
                "Wrote the PRD — Shipped",
                "Ran the review"
            ]
        );
        assert_eq!(dates_of(&parsed), ["2025-01", "2025-03", "-"]);
        assert_eq!(parsed.skipped, 1);
        assert!(is_header_row("Date\tWhat\tImpact"));
        assert!(!is_header_row("Date\tRan the hiring loop for Q1"));
        assert!(!is_header_row("Hiring"));
    }

    #[test]
    fn a_linkedin_job_description_is_the_job_s_work() {
        let text = concat!(
            "Jane Roe\n",
            "Engineering Manager at Acme\n",
            "\n",
            "Experience\n",
            "Engineering Manager\n",
            "Acme Robotics · Full-time\n",
            "Jan 2022 – Present · 3 yrs 2 mos\n",
            "Berlin, Germany · Hybrid\n",
            "Managed a team of 8 engineers across two squads. Ran hiring, performance reviews and on-call.\n",
            "Wrote the hiring plan for 2024 and the\n",
            "onboarding guide.\n",
            "Skills: Leadership · Hiring\n",
            "\n",
            "Senior Software Engineer\n",
            "Beta GmbH · Full-time\n",
            "Mar 2019 – Dec 2021 · 2 yrs 10 mos\n",
            "Remote\n",
            "Built the payments API.\n",
            "Key Projects\n",
            "Led the migration to Kubernetes.\n",
        );
        for parsed in [parse(text), resume(text)] {
            assert_eq!(parsed.layout, Layout::Resume);
            assert_eq!(
                texts(&parsed),
                [
                    "Managed a team of 8 engineers across two squads. Ran hiring, performance reviews and on-call.",
                    "Wrote the hiring plan for 2024 and the onboarding guide.",
                    "Built the payments API.",
                    "Led the migration to Kubernetes."
                ]
            );
            let labels: Vec<String> = parsed.jobs.iter().map(Job::label).collect();
            assert_eq!(
                labels,
                [
                    "Engineering Manager, Acme Robotics",
                    "Senior Software Engineer, Beta GmbH"
                ]
            );
            let jobs: Vec<Option<usize>> = parsed.activities.iter().map(|a| a.job).collect();
            assert_eq!(jobs, [Some(0), Some(0), Some(1), Some(1)]);
            assert_eq!(dates_of(&parsed)[0], "2022-01/..");
            // `Key Projects` is not read, and said so; LinkedIn's skills line is not work.
            assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
            assert_eq!(parsed.warnings[0].0, 19);
            assert!(
                parsed.warnings[0]
                    .1
                    .starts_with("1 line under job \"Senior Software Engineer, Beta GmbH\" was not read"),
                "{:?}",
                parsed.warnings
            );
            assert_counted(&parsed);
        }
        // Its skills line ends the bullet above it even without a full stop, written either way.
        let text = concat!(
            "Experience
",
            "Program Manager
",
            "Fabrikam · Contract
",
            "Jun 2020 - Mar 2023 · 2 yrs 10 mos
",
            "• Ran release trains for 4 squads
",
            "Skills: Program Management · Risk Management
",
            "• Planned the migration
",
            "Program Management, Risk Management and +3 skills
",
        );
        let parsed = parse(text);
        assert_eq!(
            texts(&parsed),
            ["Ran release trains for 4 squads", "Planned the migration"]
        );
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        assert_counted(&parsed);
        assert!(is_skills_line("Skills: Hiring") && is_skills_line("Hiring, Go and +12 skills"));
        assert!(!is_skills_line("Taught skills and +x skills") && !is_skills_line("Taught skills"));
        // A short line naming a title is held for the next job's header, not read as work.
        let parsed = resume(
            "Engineering Manager, Acme — 2021–2024\nHired two engineers.\nSenior product manager\nBeta GmbH, 2016–2019\nWrote the PRD for search.\n",
        );
        assert_eq!(texts(&parsed), ["Hired two engineers.", "Wrote the PRD for search."]);
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
        assert!(is_prose("Ran hiring."));
        assert!(!is_prose("Hiring"));
        assert!(!is_prose("Engineering manager for payments"));
        // A brag list of plain lines stays one: a date line with a title on it is no header,
        // and a work section's heading alone does not make a resume without bullets.
        let parsed = parse("## Projects\nLed the migration to Kubernetes\n## Experience\nRan the hiring loop\n");
        assert_eq!(parsed.layout, Layout::Brag);
        assert_eq!(parsed.activities.len(), 2);
        let parsed = parse("2025-01 — Onboarded the new Engineering Manager\nRan the hiring loop\n");
        assert_eq!(parsed.layout, Layout::Brag);
        assert_eq!(parsed.activities.len(), 2);
    }

    #[test]
    fn a_short_line_of_work_under_a_job_is_read_and_noise_is_warned_about() {
        let parsed = resume(concat!(
            "Engineering Manager, Acme — Jan 2021 – Present\n",
            "Managed 8 engineers\n",
            "Ran weekly 1:1s\n",
            "- Ran the hiring loop.\n",
            "Cut cloud costs\n",
            "Team of 8\n",
            "- Wrote the plan\n",
        ));
        assert_eq!(
            texts(&parsed),
            [
                "Managed 8 engineers",
                "Ran weekly 1:1s",
                "Ran the hiring loop.",
                "Cut cloud costs",
                "Wrote the plan"
            ]
        );
        assert_counted(&parsed);
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
        assert!(
            parsed.warnings[0].1.starts_with("1 line under job"),
            "{:?}",
            parsed.warnings
        );
        // A title over the next job stays a header line.
        let parsed = resume(
            "Engineering Manager, Acme — 2021 – 2023\nManaged 8 engineers\nLead Engineer\nBeta GmbH · 2019 – 2021\n- Wrote the plan\n",
        );
        assert_eq!(texts(&parsed), ["Managed 8 engineers", "Wrote the plan"]);
        assert_eq!(parsed.jobs[1].title.as_deref(), Some("Lead Engineer"));
    }

    #[test]
    fn a_title_over_a_dated_document_name_heads_a_brag_list_not_a_job() {
        let text = "Tom Haddad - Product Manager\nBrag notes, 2025\n\nJan:\n- Wrote the PRD\n- Ran interviews with users\nFeb:\n- Set the roadmap\n";
        let parsed = parse(text);
        assert_eq!(parsed.layout, Layout::Brag);
        assert!(parsed.jobs.is_empty(), "{:?}", parsed.jobs);
        assert_eq!(
            texts(&parsed),
            ["Wrote the PRD", "Ran interviews with users", "Set the roadmap"]
        );
        assert_eq!(dates_of(&parsed), ["2025-01", "2025-01", "2025-02"]);
        assert_counted(&parsed);
        // A job's own dates line still makes a resume.
        let parsed = parse("Tom Haddad - Product Manager\nAcme, 2021 – 2025\n\n- Wrote the PRD\n");
        assert_eq!(parsed.layout, Layout::Resume);
    }

    #[test]
    fn a_date_alone_under_a_bullet_of_a_resume_is_no_wrapped_line() {
        let parsed = resume(
            "Experience\nEngineering Manager, Acme — 2021–Present\n- Hired four engineers\nFeb:\n- Ran calibration\nQ3\n- Led the reorg\n",
        );
        assert_eq!(
            texts(&parsed),
            ["Hired four engineers", "Ran calibration", "Led the reorg"]
        );
        assert_counted(&parsed);
    }

    #[test]
    fn a_resume_may_open_with_a_bulleted_summary() {
        let text = "Dana Lee\nSenior Engineering Manager\n\nSummary\n- 10 years leading platform teams\n\n\
                    Experience\nEngineering Manager, Acme — 2021–Present\n- Hired 12 engineers\n\
                    Senior Engineer, Initech — 2017–2021\n- Built the billing service\n";
        let parsed = parse(text);
        assert_eq!(parsed.layout, Layout::Resume);
        assert_eq!(texts(&parsed), ["Hired 12 engineers", "Built the billing service"]);
        assert_eq!(parsed.jobs.len(), 2);
        assert_counted(&parsed);
        // A brag list under `## Summary` stays one, a work heading over no job header too.
        let parsed = parse("## Summary\n- Shipped search v2\n## Projects\n- Led the billing migration\n");
        assert_eq!(parsed.layout, Layout::Brag);
        assert_eq!(texts(&parsed), ["Shipped search v2", "Led the billing migration"]);
        assert_counted(&parsed);
    }

    #[test]
    fn a_job_header_in_emphasis_or_with_a_link_is_read_through_it() {
        let parsed = resume(
            "## Experience\n\nHead of Platform, Fernwood Bank\n*Apr 2022 – Present*\n- Hired 9 engineers\n\n\
             **Staff Engineer**, Initech — _2019–2022_\n- Built billing\n\n\
             **Engineering Manager**, [Finch Payments](https://finch.example) — Mar 2017 – 2019\n- Grew the team\n\n\
             [Senior Engineer](https://x.example/cv) | Globex | 2014 – 2017\n- Built search\n",
        );
        let jobs: Vec<(Option<&str>, Option<&str>, Option<&str>)> = parsed
            .jobs
            .iter()
            .map(|j| (j.title.as_deref(), j.company.as_deref(), j.dates.as_deref()))
            .collect();
        assert_eq!(
            jobs,
            [
                (
                    Some("Head of Platform"),
                    Some("Fernwood Bank"),
                    Some("Apr 2022 – Present")
                ),
                (Some("Staff Engineer"), Some("Initech"), Some("2019–2022")),
                (
                    Some("Engineering Manager"),
                    Some("Finch Payments"),
                    Some("Mar 2017 – 2019")
                ),
                (Some("Senior Engineer"), Some("Globex"), Some("2014 – 2017"))
            ]
        );
        assert_eq!(
            dates_of(&parsed),
            ["2022-04/..", "2019/2022", "2017-03/2019-12", "2014/2017"]
        );
        assert_counted(&parsed);
    }

    #[test]
    fn a_header_over_a_list_is_no_work() {
        let parsed = parse("Jane Doe\nEngineering Manager, Payments\n\n- Wrote the PRD\n");
        assert_eq!(texts(&parsed), ["Wrote the PRD"]);
        assert_eq!(dates_of(&parsed), ["-"]);
        assert_counted(&parsed);
        // A date line among its lines dates the list, and then a line naming the document
        // does not; a hyphenated name of the document dates it.
        let parsed = parse("Brag notes 2025\n2024\n\n- Wrote the PRD\n");
        assert_eq!(texts(&parsed), ["Wrote the PRD"]);
        assert_eq!(dates_of(&parsed), ["2024"]);
        assert_counted(&parsed);
        let parsed = parse("Jane Doe\nBrag-doc 2025\n\n- Wrote the PRD\n");
        assert_eq!(dates_of(&parsed), ["2025"]);
        // Past eight blank lines the header's lines are lines again.
        let text = format!("Jane Doe, Engineering Manager\n{}- Wrote the PRD\n", "\n".repeat(9));
        let parsed = parse(&text);
        assert_eq!(texts(&parsed), ["Jane Doe, Engineering Manager", "Wrote the PRD"]);
        assert_counted(&parsed);
    }

    #[test]
    fn a_title_line_over_bullets_is_a_heading() {
        let parsed =
            parse("2025 highlights\n- Ran the hiring loop\n- Wrote the PRD\nQ3 wins:\n\n- Shipped the roadmap\n");
        assert_eq!(
            texts(&parsed),
            ["Ran the hiring loop", "Wrote the PRD", "Shipped the roadmap"]
        );
        assert_eq!(dates_of(&parsed), ["2025", "2025", "2025"]);
        assert_counted(&parsed);
        assert_eq!(
            parsed.warnings,
            [(
                1,
                "\"2025 highlights\" and 1 more line were read as headings over the bullets under them, not as activities (put `- ` before a line to count it)".to_string()
            )]
        );
        // A dated title dates its bullets, a later one replaces it, a Markdown heading ends it.
        let parsed = parse("Mar 2025:\n- Ran the hiring loop\nApril 2025\n- Wrote the PRD\n# Other\n- Shipped it\n");
        assert_eq!(dates_of(&parsed), ["2025-03", "2025-04", "-"]);
        // Not titles: a line of work over sub-bullets, a sentence, a line with no bullet after
        // it, a wrapped bullet's last line, a long line.
        for text in [
            "Led the platform migration\n- Wrote the plan\n",
            "Running the on-call rotation\n- Wrote the plan\n",
            "Shipped it.\n- Wrote the plan\n",
            "2025 highlights\nRan the hiring loop\n",
            "Mar 2025\tWrote the PRD\t\tShipped\n- Ran the review\n",
            "2025-03-14 Shipped the roadmap\n- Ran the review\n",
            "- Ran the hiring loop for the\nPlatform team\n- Wrote the plan\n",
            "Roadmap, hiring and on-call for two teams\n- Wrote the plan\n",
        ] {
            let parsed = parse(text);
            assert!(parsed.warnings.is_empty(), "{text:?}: {:?}", parsed.warnings);
            assert_counted(&parsed);
            let lines: Vec<&str> = lines(text).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
            assert_eq!(
                parsed.activities.len() + parsed.continuations,
                lines.len(),
                "{text:?}: {:?}",
                texts(&parsed)
            );
        }
        // At the top of a list, over a heading after a blank line, it is the document's header.
        let parsed = parse("2025 highlights\n\n## Q1 2025\n- Ran the hiring loop\n");
        assert_eq!(texts(&parsed), ["Ran the hiring loop"]);
        assert_eq!(dates_of(&parsed), ["2025-Q1"]);
        assert_counted(&parsed);
        // Held over blank lines, a title that is no heading reads as it would have.
        let parsed = parse("- Ran the loop for\nPlatform:\n\nmore text\n");
        assert_eq!(texts(&parsed), ["Ran the loop for Platform:", "more text"]);
        let parsed = parse("- Ran the loop\nHiring\n");
        assert_eq!(texts(&parsed), ["Ran the loop Hiring"]);
    }

    #[test]
    fn a_line_of_work_after_a_short_bullet_is_its_own_activity() {
        // Bullets without full stops, one item written without its bullet: three activities.
        let parsed = parse("- Wrote the product roadmap\nRan 1:1s with engineers\nTracked milestones across teams\n");
        assert_eq!(
            texts(&parsed),
            [
                "Wrote the product roadmap",
                "Ran 1:1s with engineers",
                "Tracked milestones across teams"
            ]
        );
        assert_eq!(parsed.continuations, 0);
        assert_counted(&parsed);
        // A long line broken before its end, or one ending where no sentence can, a label over
        // its description, a wrap before a name, still continue.
        for text in [
            "- Led the migration of forty services to the new platform with the\nPlatform team\n",
            "- Ran the hiring loop and\nHired four engineers\n",
            "- Wrote the roadmap\n  Ran the review of it\n",
            "- Pricing review\nLed the analysis and presented the options\n",
            "- Hiring\nInterviewed 40 candidates and hired two engineers\n",
            "- Built the data pipeline for Search\nRanking and Ads teams, cutting latency 40%\n",
            "- Scaled the Customer\nSupport org from 5 to 40 agents\n",
        ] {
            let parsed = parse(text);
            assert_eq!(parsed.activities.len(), 1, "{text:?}: {:?}", texts(&parsed));
            assert_eq!(parsed.continuations, 1, "{text:?}");
        }
    }

    #[test]
    fn roles_under_one_company_are_jobs_of_that_company() {
        let text = concat!(
            "Experience\n",
            "Acme Robotics\n",
            "Acme Robotics\n",
            "Full-time · 3 yrs 2 mos\n",
            "Berlin, Germany\n",
            "Engineering Manager\n",
            "Engineering Manager\n",
            "Jan 2023 - Present · 2 yrs\n",
            "Berlin, Germany · Hybrid\n",
            "Partnered with Finance and Legal on the pricing change for the Payments\n",
            "Platform team, cutting refund tickets by a third.\n",
            "Senior Software Engineer\n",
            "Jan 2022 - Dec 2022 · 1 yr\n",
            "Berlin, Germany\n",
            "Led the migration of billing to the new ledger service.\n",
            "Product Manager\n",
            "Beta GmbH · Full-time\n",
            "Mar 2019 - Dec 2021\n",
            "Remote\n",
            "Wrote the PRD for saved searches.\n",
            "Designer\n",
            "Jan 2017 - Feb 2019\n",
            "Remote\n",
            "Ran design reviews for the mobile app.\n",
        );
        // With its heading, and without it (the doubled lines do not hide its headers).
        for text in [text, &text["Experience\n".len()..]] {
            let parsed = parse(text);
            assert_eq!(parsed.layout, Layout::Resume);
            let jobs: Vec<(Option<&str>, Option<&str>)> = parsed
                .jobs
                .iter()
                .map(|j| (j.title.as_deref(), j.company.as_deref()))
                .collect();
            assert_eq!(
                jobs,
                [
                    (Some("Engineering Manager"), Some("Acme Robotics")),
                    (Some("Senior Software Engineer"), Some("Acme Robotics")),
                    (Some("Product Manager"), Some("Beta GmbH")),
                    (Some("Designer"), None),
                ]
            );
            assert_eq!(
                texts(&parsed),
                [
                    "Partnered with Finance and Legal on the pricing change for the Payments Platform team, cutting refund tickets by a third.",
                    "Led the migration of billing to the new ledger service.",
                    "Wrote the PRD for saved searches.",
                    "Ran design reviews for the mobile app."
                ]
            );
            assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
            assert!(parsed.warnings[0].1.starts_with("2 lines repeat the line above them"));
            assert_counted(&parsed);
        }
        // A short line of its own is no wrapped sentence, nor is a line after a full stop.
        let parsed = resume(
            "Engineering Manager, Acme — 2021 – 2023\nManaged 8 engineers\nPlatform team of two squads\nOwned the hiring plan for the platform and the payments teams.\nRoadmap reviews with Finance every quarter\n",
        );
        assert_eq!(parsed.activities.len(), 4, "{:?}", texts(&parsed));
        // Bullets repeated in a row are two activities.
        let parsed = resume("Engineering Manager, Acme — 2021 – 2023\n- Ran 1:1s\n- Ran 1:1s\n");
        assert_eq!(texts(&parsed), ["Ran 1:1s", "Ran 1:1s"]);
    }

    #[test]
    fn a_skills_line_is_a_note_of_its_job_not_the_next_job_s_header() {
        // LinkedIn's paragraph description, its skills line, and the next job's title right
        // under it.
        let parsed = resume(concat!(
            "Senior Software Engineer\n",
            "Initech · Full-time\n",
            "Mar 2017 - Dec 2020\n",
            "Built the billing service and mentored three junior engineers.\n",
            "Skills: Go · PostgreSQL\n",
            "Technical Program Manager\n",
            "Globex\n",
            "Jun 2015 - Feb 2017\n",
            "Drove the data-center migration across five teams.\n",
        ));
        let labels: Vec<String> = parsed.jobs.iter().map(Job::label).collect();
        assert_eq!(
            labels,
            ["Senior Software Engineer, Initech", "Technical Program Manager, Globex"]
        );
        assert_eq!(parsed.jobs[1].line, 6);
        // The skills line is the first job's, counted as skipped.
        assert_eq!((parsed.jobs[0].skipped, parsed.jobs[1].skipped), (4, 3));
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        assert_counted(&parsed);
        // Right under a header, it is no part of it (no company); a list in lower case is no
        // activity, nor the wrap of an open bullet; a labelled line led by a verb is work.
        let parsed = resume(concat!(
            "Engineering Manager — 2019 – 2021\n",
            "Skills: Go · PostgreSQL\n",
            "- Ran the hiring loop for the platform team,\n",
            "Tech stack: stakeholder management, roadmapping and agile delivery\n",
            "  Technologies: Kafka, gRPC\n",
            "Summary: Led a team of eight engineers through the migration.\n",
        ));
        assert_eq!(parsed.jobs.len(), 1);
        assert_eq!(parsed.jobs[0].company, None);
        assert_eq!(
            texts(&parsed),
            [
                "Ran the hiring loop for the platform team,",
                "Summary: Led a team of eight engineers through the migration."
            ]
        );
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        assert_counted(&parsed);
        for note in [
            "Tech stack: Rust",
            "Tools used: Jira",
            "Skills: Hiring · Coaching",
            "Go and +3 skills",
        ] {
            assert!(is_skills_note(note), "{note}");
        }
        for line in [
            "Summary: Led the team.",
            "Hiring: ran 40 loops",
            "Stack ranking the backlog",
        ] {
            assert!(!is_skills_note(line), "{line}");
        }
    }

    #[test]
    fn praise_quoted_from_others_is_skipped_with_a_warning() {
        for (text, praise) in [
            ("\"Thanks for unblocking the launch\" — Priya", true),
            ("\"Thanks for unblocking the launch\" - Priya, Payments", true),
            (
                "“Sam kept every team on the same page.” (Dana Lee, VP Engineering)",
                true,
            ),
            ("„Best cutover we have had in years“ – @lee", true),
            ("\"You made the reorg feel humane\" -- Mei from the data team", true),
            ("\"Thanks for unblocking the launch\" — Priya, 2025-03-02", true),
            // The writer's own lines.
            ("\"Project Phoenix\" — Led the relaunch", false),
            (
                "\"Make checkout simple again\" — Launched the initiative across teams",
                false,
            ),
            ("\"Kill the legacy importer\" — I argued for it in planning", false),
            ("\"Thanks for unblocking the launch\" — 2025-03-02", false),
            ("Shipped \"Project Phoenix\" — Priya's idea", false),
            ("\"Thanks for unblocking the launch\"", false),
            ("Thanks for unblocking the launch — Priya", false),
            (
                "\"Great call on the rollback, it saved the weekend\" — my manager",
                true,
            ),
            (
                "\"Thanks for the fast turnaround on the fix\" — Priya (Design) 🎉",
                true,
            ),
            ("\"You unblocked us twice this week\" — Priya via Slack", true),
            ("\"You unblocked us twice this week\" (Lee).", true),
            ("\"Thanks for unblocking the launch\" — the CTO", true),
            // Titles, statuses and the writer's own actions after the quotation.
            (
                "\"Make checkout simple again\" — CEO, led the initiative across four teams",
                false,
            ),
            (
                "\"Onboarding takes forever\" — Enterprise Customers, so I rebuilt the wizard",
                false,
            ),
            (
                "\"Make checkout simple again\" — Priya from Product asked; I led the rebuild",
                false,
            ),
            ("\"How We Cut Build Times in Half\" — Engineering Blog", false),
            ("\"Scaling Kafka at Acme\" — Speaker, KubeCon 2025", false),
            ("\"Self-serve onboarding flow\" — Shipped", false),
            ("\"Zero-downtime Postgres upgrade\" (Payments)", false),
            (
                "\"Fast lane\" checkout: shipped \"one-click pay for everyone\" (Payments Team)",
                false,
            ),
            ("\"Thanks for unblocking the launch\" — my reports and I", false),
        ] {
            assert_eq!(quoted_praise(text), praise, "{text}");
        }
        // A blockquote's kudos and a bullet's wrapped over two lines: no activities, one
        // warning on the first, the line count whole.
        let text = "- Ran the cutover across four teams\n\n> \"Thanks for unblocking the payments migration\" — Priya\n\n- \"You made on-call bearable, even in the\n  week of the outage\" (Lee)\n";
        let parsed = parse(text);
        assert_eq!(texts(&parsed), ["Ran the cutover across four teams"]);
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
        assert_eq!(parsed.warnings[0].0, 3);
        assert!(parsed.warnings[0].1.starts_with("2 quotes of praise from someone else"));
        assert_counted(&parsed);
    }

    #[test]
    fn linkedin_s_page_controls_are_skipped_with_a_warning() {
        for (line, control) in [
            ("…see more", Some(PageControl::SeeMore)),
            ("… see more", Some(PageControl::SeeMore)),
            ("...see more", Some(PageControl::SeeMore)),
            ("…more", Some(PageControl::SeeMore)),
            ("Show less", Some(PageControl::SeeMore)),
            ("Show all 5 experiences →", Some(PageControl::Button)),
            ("Show all 12 licenses & certifications", Some(PageControl::Button)),
            ("Show all →", Some(PageControl::Button)),
            ("Show credential", Some(PageControl::Button)),
            ("  Show credential ↗", Some(PageControl::Button)),
            ("more", None),
            ("See more of the plan in the doc.", None),
            ("Show all 3 dashboards to the VP", None),
            ("Show all the dashboards", None),
            ("Show allergies 5", None),
            ("Showed all 5 teams the plan", None),
        ] {
            assert_eq!(page_control(line), control, "{line}");
        }
        // In a resume and a brag list alike: no activity, no wrap of the line above, one
        // warning saying a description was cut.
        let text =
            "- Coached two engineers to senior\n…see more\n- Shipped the billing flow\nShow all 5 experiences →\n";
        for parsed in [parse(text), resume(text)] {
            assert_eq!(
                texts(&parsed),
                ["Coached two engineers to senior", "Shipped the billing flow"]
            );
            assert_eq!(parsed.skipped, 2);
            assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
            assert_eq!(parsed.warnings[0].0, 2);
            assert!(
                parsed.warnings[0]
                    .1
                    .starts_with("2 lines are controls of a LinkedIn page")
            );
            assert!(parsed.warnings[0].1.contains("cut at …see more"));
            assert_counted(&parsed);
        }
        let parsed = parse("- Shipped the billing flow\nShow credential\n");
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
        assert!(!parsed.warnings[0].1.contains("see more is read"));
    }

    #[test]
    fn a_section_heading_right_under_a_job_header_ends_the_job() {
        // Under a one-line header with no company, and under a three-line one.
        let parsed = resume(concat!(
            "Engineering Manager — 2019 – 2021\n",
            "Volunteer\n",
            "Mentor, Code Club — 2018 – Present\n",
            "- Taught weekly Python classes\n",
            "Product Manager\n",
            "Acme\n",
            "2015 – 2018\n",
            "## Board Service\n",
            "Treasurer\n",
            "Food Bank\n",
            "2017 – Present\n",
            "Balanced the food bank's budget.\n",
        ));
        let labels: Vec<String> = parsed.jobs.iter().map(Job::label).collect();
        assert_eq!(
            labels,
            [
                "Engineering Manager",
                "Mentor, Code Club",
                "Product Manager, Acme",
                "Treasurer, Food Bank"
            ]
        );
        // The headings count for no job.
        assert_eq!(parsed.jobs[0].skipped, 1);
        assert_eq!(parsed.jobs[2].skipped, 3);
        let skipped: usize = parsed.jobs.iter().map(|j| j.skipped).sum();
        assert_eq!(parsed.skipped, skipped + 2);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        assert_counted(&parsed);
        // Over a title block before a bullet, and over a title whose dates fall in the job's.
        let parsed = resume(concat!(
            "Engineering Manager, Acme — 2015 – 2021\n",
            "BOARD SERVICE\nProgram Director\nWomen in Tech\n• Ran the mentoring program\n",
            "Software Engineer, Initech — 2010 – 2014\n",
            "Volunteer\nChapter Lead, Code Club\n2011 – 2013\n• Taught weekly classes\n",
        ));
        let labels: Vec<String> = parsed.jobs.iter().map(Job::label).collect();
        assert_eq!(
            labels,
            [
                "Engineering Manager, Acme",
                "Program Director, Women in Tech",
                "Software Engineer, Initech",
                "Chapter Lead, Code Club"
            ]
        );
        assert_eq!(
            parsed.activities.iter().map(|a| a.job).collect::<Vec<_>>(),
            [Some(1), Some(3)]
        );
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        assert_counted(&parsed);
        // Over LinkedIn's company of several roles too.
        let parsed = resume(concat!(
            "Engineering Manager\nAcme Corp · Full-time\nJan 2021 - Present · 3 yrs\n",
            "Volunteer\nCode Club\n2 yrs 3 mos\nMentor\nJan 2019 - Present\n",
            "Taught Python to 20 kids every week.\n",
        ));
        assert_eq!(parsed.jobs.len(), 2);
        assert_eq!(parsed.jobs[0].skipped, 3);
        assert_eq!(parsed.jobs[1].company.as_deref(), Some("Code Club"));
        assert_counted(&parsed);
        // Guard: over the job's own lines (a bullet, a sentence, a date line inside its dates)
        // it is a line of the header, as before: no job ends, nothing is warned about.
        for (text, activities) in [
            (
                "Engineering Manager, Acme — 2019 – 2021\nLeadership\n- Ran the hiring loop\n",
                1,
            ),
            (
                "Engineering Manager, Acme — 2019 – 2021\nLeadership\nRan the hiring loop for the team.\n",
                1,
            ),
            (
                "Engineering Manager, Acme — 2019 – 2021\nLeadership\n\n- Ran the hiring loop\n",
                1,
            ),
            (
                "Engineering Manager, Acme — 2019 – 2021\nLeadership\nMarch 2020\n- Ran the hiring loop\n",
                1,
            ),
            ("Engineering Manager, Acme — 2019 – 2021\nLeadership\n", 0),
            (
                "Engineering Manager, Acme — 2019 – 2021\nLeadership\nPlatform Team\n- Ran the hiring loop\n",
                1,
            ),
        ] {
            let parsed = resume(text);
            assert_eq!(parsed.jobs.len(), 1, "{text}");
            assert_eq!(parsed.jobs[0].company.as_deref(), Some("Acme"), "{text}");
            assert_eq!(parsed.activities.len(), activities, "{text}");
            assert!(parsed.activities.iter().all(|a| a.job == Some(0)), "{text}");
            assert_eq!(parsed.jobs[0].skipped, parsed.skipped, "{text}");
            assert!(parsed.warnings.is_empty(), "{text}: {:?}", parsed.warnings);
            assert_counted(&parsed);
        }
    }

    #[test]
    fn a_promotion_line_is_a_note_of_its_job_not_a_job() {
        let parsed = resume(concat!(
            "Engineering Manager, Acme Corp — 2018 – 2023\n",
            "Promoted from Senior Engineer (2018–2020)\n",
            "- Hired and coached eight engineers\n",
            "- Ran weekly 1:1s with the team\n",
            "Promoted to Engineering Manager\n",
            "- Led the design reviews\n",
            "Staff Engineer, Initech — 2014 – 2018\n",
            "- Ran the platform migration\n",
        ));
        let jobs: Vec<(Option<&str>, Option<&str>)> = parsed
            .jobs
            .iter()
            .map(|j| (j.title.as_deref(), j.company.as_deref()))
            .collect();
        assert_eq!(
            jobs,
            [
                (Some("Engineering Manager"), Some("Acme Corp")),
                (Some("Staff Engineer"), Some("Initech")),
            ]
        );
        let jobs: Vec<Option<usize>> = parsed.activities.iter().map(|a| a.job).collect();
        assert_eq!(jobs, [Some(0), Some(0), Some(0), Some(1)]);
        assert_eq!(dates_of(&parsed), ["2018/2023", "2018/2023", "2018/2023", "2014/2018"]);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        assert_counted(&parsed);
        // A sentence that starts with the word stays the job's work.
        let parsed = resume(
            "Engineering Manager, Acme Corp — 2018 – 2023\nPromoted twice in three years for leading the payments rewrite.\n",
        );
        assert_eq!(parsed.activities.len(), 1);
    }

    #[test]
    fn a_date_line_inside_a_job_s_dates_dates_its_bullets_in_the_job() {
        let parsed = resume(concat!(
            "Engineering Manager, Acme Corp — 2024 – Present\n",
            "March 2025\n",
            "- Hired two engineers\n",
            "- Ran the roadmap review\n",
            "April 2025\n",
            "- Coached the team on incident reviews\n",
            "Senior Engineer\n",
            "2020 – 2023\n",
            "- Led the design reviews\n",
        ));
        let titles: Vec<Option<&str>> = parsed.jobs.iter().map(|j| j.title.as_deref()).collect();
        assert_eq!(titles, [Some("Engineering Manager"), Some("Senior Engineer")]);
        let jobs: Vec<Option<usize>> = parsed.activities.iter().map(|a| a.job).collect();
        assert_eq!(jobs, [Some(0), Some(0), Some(0), Some(1)]);
        assert_eq!(dates_of(&parsed), ["2025-03", "2025-03", "2025-04", "2020/2023"]);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        assert_counted(&parsed);
        // Dates outside the job's, with no title above them, still head a job (dates first).
        let parsed = resume(
            "Engineering Manager, Acme — 2021 – Present\n- Hired two engineers\n2019 – 2021\nSenior Engineer, Initech\n- Led the design reviews\n",
        );
        assert_eq!(parsed.jobs.len(), 2);
        assert_eq!(parsed.jobs[1].title.as_deref(), Some("Senior Engineer"));
        // Under a company's header without a title, a date line heads one of its roles, its
        // dates written first.
        let parsed = resume(
            "Acme Corp, 2018 – 2023\n2020 – 2023\nStaff Engineer\n- Led the design reviews\n2018 – 2020\nSenior Engineer\n- Built the billing service\n",
        );
        let roles: Vec<(Option<&str>, Option<&str>)> = parsed
            .jobs
            .iter()
            .map(|j| (j.title.as_deref(), j.dates.as_deref()))
            .collect();
        assert_eq!(
            roles,
            [
                (None, Some("2018 – 2023")),
                (Some("Staff Engineer"), Some("2020 – 2023")),
                (Some("Senior Engineer"), Some("2018 – 2020")),
            ]
        );
    }

    #[test]
    fn a_label_without_its_year_under_a_job_dates_its_bullets_in_the_job() {
        let parsed = resume(concat!(
            "Engineering Manager, Acme Corp — Jan 2025 – Dec 2025\n",
            "Feb:\n",
            "- Hired two engineers\n",
            "Q3\n",
            "- Ran the roadmap review\n",
        ));
        assert_eq!(parsed.jobs.len(), 1);
        let jobs: Vec<Option<usize>> = parsed.activities.iter().map(|a| a.job).collect();
        assert_eq!(jobs, [Some(0), Some(0)]);
        assert_eq!(dates_of(&parsed), ["2025-02", "2025-Q3"]);
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        assert_counted(&parsed);
    }

    /// An update sent as an email: greeting, lead-in, the work, sign-off, signature.
    const EMAILED: &str = "Hi Raj,\n\nQuick update on what I worked on this half:\n\n- Ran the hiring loop for two backend engineers\n- Coached Priya through her promotion packet\n- Set up weekly 1:1s with each of my reports\n- Cut on-call pages by half\n\nThanks,\nDana\n\n-- \nDana Smith\nEngineering Manager, Payments\nSent from my iPhone\n";

    #[test]
    fn a_google_docs_comments_after_its_text_are_no_activities() {
        let parsed = parse(concat!(
            "- Shipped the relaunch[a] with two teams\n",
            "- Hired[b] four engineers\n",
            "\n",
            "[a]Jane Doe: three teams?\n",
            "Dana Smith: two\n",
            "\n",
            "[b]Sam Lee: which four?\n",
        ));
        assert_eq!(
            texts(&parsed),
            ["Shipped the relaunch with two teams", "Hired four engineers"]
        );
        assert_eq!((parsed.lines, parsed.skipped), (7, 5));
        assert!(
            parsed
                .warnings
                .iter()
                .any(|(line, w)| *line == 4 && w.starts_with("3 lines were read as the comments")),
            "{:?}",
            parsed.warnings
        );
        // In a code fence a line starting with an anchor is the fence's, and an anchor no line
        // used opens nothing.
        let parsed = parse("- Ran the review[a]\n```\n[a]x\n```\n[b]Wrote the PRD\n\n[a]Jane: ok\n- Not read\n");
        assert_eq!(texts(&parsed), ["Ran the review", "[b]Wrote the PRD"]);
        assert_eq!((parsed.lines, parsed.skipped), (8, 6));
        assert!(
            parsed.warnings.iter().any(|(line, _)| *line == 7),
            "{:?}",
            parsed.warnings
        );
        // A spreadsheet's cell is read as written.
        let cell = parse_with(
            "Ran it[a]\n[a]x",
            ParseOptions {
                cell: true,
                ..ParseOptions::default()
            },
        );
        assert_eq!(texts(&cell), ["Ran it[a]", "[a]x"]);
        // Code uses no anchor, in a fence or a span: a later `[a]…` line is text.
        let parsed = parse(
            "- Fixed the lookup in `x[a]`\n```\nseen[a] = True\n```\n[a]Appendix: the plan\n- Led hiring for 4 engineers\n",
        );
        assert_eq!(
            texts(&parsed),
            [
                "Fixed the lookup in x[a]",
                "[a]Appendix: the plan",
                "Led hiring for 4 engineers"
            ]
        );
    }

    #[test]
    fn an_emails_greeting_sign_off_and_signature_are_no_activities() {
        let parsed = parse(EMAILED);
        assert_eq!(
            texts(&parsed),
            [
                "Ran the hiring loop for two backend engineers",
                "Coached Priya through her promotion packet",
                "Set up weekly 1:1s with each of my reports",
                "Cut on-call pages by half"
            ]
        );
        assert_counted(&parsed);
        let envelope: Vec<&(usize, String)> = parsed
            .warnings
            .iter()
            .filter(|(_, w)| w.contains("pasted email"))
            .collect();
        assert_eq!(envelope.len(), 1, "{:?}", parsed.warnings);
        assert_eq!(envelope[0].0, 1);
        assert!(
            envelope[0]
                .1
                .contains("7 lines were read as a pasted email's greeting (line 1), sign-off (lines 10–11) and signature (lines 13–16), not as activities"),
            "{:?}",
            envelope[0]
        );
        // The lead-in is a title over the list, named in its own warning.
        assert!(
            parsed
                .warnings
                .iter()
                .any(|(line, w)| *line == 3 && w.contains("heading over the bullets"))
        );
        // Each part alone; a sign-off with the name on its line; other greetings and sign-offs.
        for (text, kept, warning) in [
            ("Hello team,\n- Ran the offsite\n", 1, "greeting (line 1)"),
            (
                "Hey all —\n\n- Ran the offsite\n\nCheers, Dana\n",
                1,
                "greeting (line 1) and sign-off (line 5)",
            ),
            (
                "Dear Sam,\n- Ran the offsite\nBest regards,\nDana Smith\n",
                1,
                "sign-off (lines 3–4)",
            ),
            (
                "- Ran the offsite\n\n--\nDana Smith\n+1 415 555 0100\n",
                1,
                "signature (lines 3–5)",
            ),
            (
                "- Ran the offsite\n\nGet Outlook for iOS\n",
                1,
                "mail app's footer (line 3)",
            ),
            ("Ran the offsite\nThanks!\n", 1, "sign-off (line 2)"),
        ] {
            let parsed = parse(text);
            assert_eq!(parsed.activities.len(), kept, "{text:?}: {:?}", texts(&parsed));
            assert!(
                parsed.warnings.iter().any(|(_, w)| w.contains(warning)),
                "{text:?}: {:?}",
                parsed.warnings
            );
            assert_counted(&parsed);
        }
    }

    #[test]
    fn lines_like_an_emails_stay_work_where_they_stand() {
        for (text, expected) in [
            // A brag line that thanks someone is work.
            (
                "Cut cloud costs\nThanks to the infra team, we cut costs 30%\n",
                vec!["Cut cloud costs", "Thanks to the infra team, we cut costs 30%"],
            ),
            // A greeting below the first line of text is text.
            (
                "Ran the offsite\nHi Raj,\nShipped search\n",
                vec!["Ran the offsite", "Hi Raj,", "Shipped search"],
            ),
            // A sign-off that bullets follow is no sign-off.
            (
                "- Ran the offsite\n\nBest,\n- Shipped search\n",
                vec!["Ran the offsite", "Best,", "Shipped search"],
            ),
            // A sentence after the name: the P.S. is work, and so what is above it is read.
            (
                "- Ran the offsite\n\nThanks,\nDana\nP.S. I also mentored two interns this half.\n",
                vec![
                    "Ran the offsite",
                    "Thanks,",
                    "Dana",
                    "P.S. I also mentored two interns this half.",
                ],
            ),
            // A `--` over lines of work is a divider.
            (
                "Hired 3 engineers\n--\nHired 2 more engineers\nRan the offsite\n",
                vec!["Hired 3 engineers", "--", "Hired 2 more engineers", "Ran the offsite"],
            ),
            // A quoted reply after the sign-off: a thread, read as it is.
            (
                "- Ran the offsite\n\nThanks,\nDana\n\n> Can you send your update?\n",
                vec!["Ran the offsite", "Thanks,", "Dana", "Can you send your update?"],
            ),
            // A line of work after a greeting that ends in `:` heads its details.
            (
                "Hello team,\nLed the platform migration:\n- Moved 40 services\n",
                vec!["Led the platform migration:", "Moved 40 services"],
            ),
        ] {
            let parsed = parse(text);
            assert_eq!(texts(&parsed), expected, "{text:?}");
            assert_counted(&parsed);
        }
        // In a code fence, a sign-off is code.
        let parsed = parse("- Ran the offsite\n```\nThanks,\nDana\n```\n");
        assert_eq!(texts(&parsed), ["Ran the offsite"]);
        assert!(!parsed.warnings.iter().any(|(_, w)| w.contains("pasted email")));
        // Indented under a bullet, it continues the bullet.
        assert_eq!(
            texts(&parse("- Ran the offsite\n  thanks, all\n")),
            ["Ran the offsite thanks, all"]
        );
        // A spreadsheet's cell is no email.
        let cell = ParseOptions {
            cell: true,
            ..ParseOptions::default()
        };
        assert_eq!(texts(&parse_with("Thanks, Dana", cell)), ["Thanks, Dana"]);
    }

    #[test]
    fn an_emails_sign_off_under_a_resumes_last_job_is_that_jobs_skipped_lines() {
        let parsed =
            resume("Experience\nEngineering Manager, Acme — 2021 – Present\n- Ran the hiring loop\n\nBest,\nDana\n");
        assert_eq!(texts(&parsed), ["Ran the hiring loop"]);
        assert_counted(&parsed);
        let job = &parsed.jobs[0];
        assert_eq!(1 + job.continuations + job.skipped, 5, "{job:?}");
    }

    /// A page as Notion exports it: its title, its properties, its body.
    const PAGE: &str = "# Q3 wins\n\nRole: Technical Program Manager\nTags: hiring, roadmap\nOwner: Sam Lee\nCreated: July 1, 2025\n\n- Drove the migration across five teams\n- Ran the weekly risk review\n";

    #[test]
    fn a_pages_properties_are_no_activities_and_its_role_is_read() {
        let parsed = parse(PAGE);
        assert_eq!(
            texts(&parsed),
            ["Drove the migration across five teams", "Ran the weekly risk review"]
        );
        assert_eq!(parsed.layout, Layout::Brag);
        assert!(parsed.jobs.is_empty());
        assert_eq!(role_of(&parsed), Some((3, "Technical Program Manager")));
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
        assert_eq!(parsed.warnings[0].0, 4);
        assert!(
            parsed.warnings[0]
                .1
                .starts_with("lines 4–6 (Tags, Owner, Created) were read as properties of the page"),
            "{:?}",
            parsed.warnings
        );
        assert_counted(&parsed);
        // At the very top, without a title; one known property alone; to the end of the text.
        let parsed = parse("Status: Done\nQuarter: Q3 2025\n\n- Ran the review\n");
        assert_eq!(texts(&parsed), ["Ran the review"]);
        assert!(parsed.warnings[0].1.starts_with("lines 1–2 (Status, Quarter)"));
        let parsed = parse("# Notes\nRole: em\n");
        assert_eq!((parsed.activities.len(), parsed.skipped), (0, 2));
        assert_eq!(role_of(&parsed), Some((2, "em")));
        assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
        // Front matter's role comes first: the page's `Role:` is then one of its properties.
        let parsed = parse("---\nrole: pm\n---\n# Notes\n\nRole: TPM\n\n- Ran the review\n");
        assert_eq!(parsed.page_role, None);
        assert!(parsed.warnings[0].1.starts_with("line 6 (Role) was read as a property"));
    }

    #[test]
    fn lines_like_properties_stay_work_where_they_stand() {
        for (text, expected) in [
            // In the body.
            (
                "# Latency\n\n- Led the caching rollout\n\nImpact: 40% lower p99\nOwner: Sam Lee\n",
                vec!["Led the caching rollout", "Impact: 40% lower p99", "Owner: Sam Lee"],
            ),
            // A value that reads as work, at the top.
            (
                "# Latency\n\nImpact: cut p99 latency by 40%\nTeam: grew from 3 to 8\n\n- Led the caching rollout\n",
                vec![
                    "Impact: cut p99 latency by 40%",
                    "Team: grew from 3 to 8",
                    "Led the caching rollout",
                ],
            ),
            // No known name.
            (
                "Scope: three teams\nBudget: 2 quarters\n\n- Led the caching rollout\n",
                vec!["Scope: three teams", "Budget: 2 quarters", "Led the caching rollout"],
            ),
            // A line of text right under them: a list of `Label: what` lines.
            (
                "Reviewer: reads every change to a module\nOwner: Sam Lee\nHas shipped two releases\n",
                vec![
                    "Reviewer: reads every change to a module",
                    "Owner: Sam Lee",
                    "Has shipped two releases",
                ],
            ),
            // A value that runs on as a sentence.
            (
                "Owner: the person who keeps the release calendar and answers for the dates\n\n- Ran the review\n",
                vec![
                    "Owner: the person who keeps the release calendar and answers for the dates",
                    "Ran the review",
                ],
            ),
        ] {
            let parsed = parse(text);
            assert_eq!(texts(&parsed), expected, "{text:?}");
            assert_eq!(parsed.page_role, None);
            assert!(
                !parsed.warnings.iter().any(|(_, w)| w.contains("of the page")),
                "{text:?}"
            );
            assert_counted(&parsed);
        }
        // Contact details make a person's header, not a page's properties.
        let parsed = parse("Role: Senior Product Manager\nEmail: jane@example.com\n\n- Wrote the PRD\n");
        assert_eq!(parsed.page_role, None);
        // A spreadsheet's cell is no page.
        let cell = ParseOptions {
            cell: true,
            ..ParseOptions::default()
        };
        assert_eq!(
            texts(&parse_with("Project: Search revamp", cell)),
            ["Project: Search revamp"]
        );
    }

    /// A self-review as a review tool exports it: the form's title and header fields, its
    /// questions, the answers, its ratings.
    const REVIEW_FORM: &str = "Performance Review — H1 2025\nReviewee: Jordan Lee\nReviewer: Jordan Lee (Self)\nReview cycle: H1 2025 Performance Review\nStatus: Submitted\n\nWhat were your most significant accomplishments this cycle?\nI led the migration of the checkout service to the new platform across four teams.\nI also ran the incident review program and cut repeat incidents by a third.\n\nHow did you demonstrate our values?\nI mentored two new engineers and paired with them weekly.\n\nWhat would you like to focus on next cycle?\nGrowing into a people manager role.\n\nOverall rating: Exceeds expectations\n4 / 5\n";

    #[test]
    fn a_review_forms_fields_questions_and_ratings_are_no_activities() {
        let parsed = parse(REVIEW_FORM);
        assert_eq!(
            texts(&parsed),
            [
                "I led the migration of the checkout service to the new platform across four teams.",
                "I also ran the incident review program and cut repeat incidents by a third.",
                "I mentored two new engineers and paired with them weekly.",
                "Growing into a people manager role."
            ]
        );
        assert_counted(&parsed);
        // The period it reviews dates the answers.
        assert_eq!(dates_of(&parsed), ["2025-H1"; 4]);
        // The reviewee names the document.
        let name = parsed
            .page_name
            .as_ref()
            .map(|field| (field.line, field.value.as_str()));
        assert_eq!(name, Some((2, "Jordan Lee")));
        assert_eq!(parsed.page_role, None);
        assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
        assert_eq!(
            parsed.warnings[0],
            (
                1,
                "10 lines were read as a review form's title (line 1), fields (lines 2–5: Reviewee, Reviewer, Review cycle, Status), questions (lines 7, 11, 14) and ratings (lines 17–18), not as activities; the period it reviews dates the answers (2025-H1)".to_string()
            )
        );
    }

    #[test]
    fn a_review_forms_other_shapes_are_read_as_its_answers() {
        // Workday's: fields left empty, `Job title:` naming the role, numbered questions and a
        // prompt, bullets under one, a question right under a bullet, stars.
        let text = "Employee: Sam Park\nJob title: Engineering Manager\nManager:\nDue date:\n\nQ1. What were your key accomplishments?\n- Hired four engineers for the payments team\n- Ran weekly 1:1s with each report\nQ2. Describe a time when you resolved a conflict on your team.\nMediated a design dispute between two senior engineers\n\nQ3. What are your development goals?\n\nRating: 3 - Successful\n★★★★☆\n";
        let parsed = parse(text);
        assert_eq!(
            texts(&parsed),
            [
                "Hired four engineers for the payments team",
                "Ran weekly 1:1s with each report",
                "Mediated a design dispute between two senior engineers"
            ]
        );
        assert_counted(&parsed);
        assert_eq!(role_of(&parsed), Some((2, "Engineering Manager")));
        assert!(parsed.page_role.as_ref().is_some_and(|field| field.form));
        assert!(
            parsed.warnings[0]
                .1
                .starts_with("9 lines were read as a review form's fields (lines 1–4: Employee, Job title, Manager, Due date), questions (lines 6, 9, 12) and ratings (lines 14–15)"),
            "{:?}",
            parsed.warnings
        );
        // A question right under the fields ends them, as a blank line does; a rating among the
        // fields is a rating; `Question 2 of 3` is the form's.
        let parsed = parse(
            "Reviewee: Ana Lima\nOverall rating: Meets expectations\nWhat did you ship?\nShipped search\nQuestion 2 of 3\nWhat went wrong?\nThe launch slipped\n",
        );
        assert_eq!(texts(&parsed), ["Shipped search", "The launch slipped"]);
        assert!(
            parsed.warnings[0]
                .1
                .starts_with("5 lines were read as a review form's fields (line 1: Reviewee), questions (lines 3, 5–6) and ratings (line 2)"),
            "{:?}",
            parsed.warnings
        );
        // A field only a form has, below the answers, is the form's too.
        let parsed =
            parse("What went well?\nShipped search\nWhat next?\nPricing\n\nSubmitted on: July 3, 2025\nStatus: Done\n");
        assert_eq!(texts(&parsed), ["Shipped search", "Pricing", "Status: Done"]);
        assert!(
            parsed.warnings[0].1.contains("fields (line 6: Submitted on)"),
            "{:?}",
            parsed.warnings
        );
        // Front matter's role and name come first.
        let parsed = parse("---\nrole: pm\nname: Kim\n---\nEmployee: Kim Osei\nRole: TPM\n\n- Wrote the PRD\n");
        assert_eq!((parsed.page_role.clone(), parsed.page_name.clone()), (None, None));
        assert_eq!(texts(&parsed), ["Wrote the PRD"]);
    }

    #[test]
    fn questions_each_with_its_answer_show_a_form_without_its_fields() {
        let text = "Self-review, H1 2025\n\nWhat did you accomplish this half?\nWrote the PRD for onboarding.\nRan twelve customer interviews.\n\nWhat could have gone better?\nThe pricing launch slipped.\n\nWhat do you want to learn next?\n\nMeets expectations\n";
        let parsed = parse(text);
        assert_eq!(
            texts(&parsed),
            [
                "Wrote the PRD for onboarding.",
                "Ran twelve customer interviews.",
                "The pricing launch slipped."
            ]
        );
        assert_counted(&parsed);
        // The title over the questions names the review and its period: it dates the answers.
        assert_eq!(dates_of(&parsed), ["2025-H1"; 3]);
        assert_eq!(
            parsed.warnings[0].1,
            "5 lines were read as a review form's title (line 1), questions (lines 3, 7, 10) and ratings (line 12), not as activities; the period it reviews dates the answers (2025-H1)"
        );
        // A rating field shows the form by itself.
        let parsed = parse("- Shipped search\n- Ran the offsite\n\nOverall rating: Exceeds expectations\n4/5\n");
        assert_eq!(texts(&parsed), ["Shipped search", "Ran the offsite"]);
        assert!(
            parsed.warnings[0].1.contains("ratings (lines 4–5)"),
            "{:?}",
            parsed.warnings
        );
        // And under a question held: the question is the form's.
        let parsed = parse("What did you ship?\nShipped search\nOverall rating: Meets expectations\n");
        assert_eq!(texts(&parsed), ["Shipped search"]);
        assert_counted(&parsed);
    }

    #[test]
    fn lines_like_a_forms_stay_work_where_no_form_is_shown() {
        for (text, expected) in [
            // A brag line with a question in it, a line ending in `?` with its answer, numbers.
            (
                "Why did checkout fail? Found the root cause and fixed the retry storm\nShould we build or buy?\nWrote the memo that decided it.\nImpact: cut p99 latency by 40%\nCut costs 4/5 of the way\nMeets expectations\n",
                vec![
                    "Why did checkout fail? Found the root cause and fixed the retry storm",
                    "Should we build or buy?",
                    "Wrote the memo that decided it.",
                    "Impact: cut p99 latency by 40%",
                    "Cut costs 4/5 of the way",
                    "Meets expectations",
                ],
            ),
            // Questions as bullets, and questions with no answer between them.
            (
                "- What should we price?\n- Ran the survey\n- Who owns on-call?\n- Wrote the rota\n",
                vec![
                    "What should we price?",
                    "Ran the survey",
                    "Who owns on-call?",
                    "Wrote the rota",
                ],
            ),
            (
                "Open questions\nWhat should we price?\nWho owns on-call?\nRan the survey\n",
                vec![
                    "Open questions",
                    "What should we price?",
                    "Who owns on-call?",
                    "Ran the survey",
                ],
            ),
            // A rating's name with no rating, or no rating's name.
            (
                "Overall: shipped the migration\nCSAT rating: 4.8/5\n",
                vec!["Overall: shipped the migration", "CSAT rating: 4.8/5"],
            ),
            // A ladder's `Reviewer:` is a level, not a form's field.
            (
                "Contributor ladder: Reviewer and Maintainer\nReviewer: reviews pull requests in a subproject and is familiar with its codebase\nMaintainer: approves changes to a subproject\n",
                vec![
                    "Contributor ladder: Reviewer and Maintainer",
                    "Reviewer: reviews pull requests in a subproject and is familiar with its codebase",
                    "Maintainer: approves changes to a subproject",
                ],
            ),
            // A page's properties with no form's field: a title over them is text, as before.
            (
                "Q3 wins\nStatus: Done\nOwner: Sam Lee\n\n- Ran the review\n",
                vec!["Q3 wins", "Status: Done", "Owner: Sam Lee", "Ran the review"],
            ),
        ] {
            let parsed = parse(text);
            assert_eq!(texts(&parsed), expected, "{text:?}");
            assert!(
                !parsed.warnings.iter().any(|(_, w)| w.contains("review form")),
                "{text:?}: {:?}",
                parsed.warnings
            );
            assert_counted(&parsed);
        }
        // In a code fence, questions are code.
        let parsed = parse("```\nWhat went well?\nShipped.\nWhat next?\nMore.\n```\n- Ran the offsite\n");
        assert_eq!(texts(&parsed), ["Ran the offsite"]);
        assert!(!parsed.warnings.iter().any(|(_, w)| w.contains("review form")));
        // A spreadsheet's cell is no form.
        let cell = ParseOptions {
            cell: true,
            ..ParseOptions::default()
        };
        assert_eq!(
            texts(&parse_with("Overall rating: Exceeds expectations", cell)),
            ["Overall rating: Exceeds expectations"]
        );
        // A form's questions, once shown, are no part of the answer above them.
        let parsed = parse(
            "Reviewee: Ana\nReview cycle: 2025\n\nWhat went well?\n- Shipped search for\nWhat next?\n- Pricing\n",
        );
        assert_eq!(texts(&parsed), ["Shipped search for", "Pricing"]);
    }

    #[test]
    fn every_line_is_accounted_for() {
        let text = "---\na: b\n---\n# h\n- one\n  two\n\nthree\n---\n4. four\n";
        let parsed = parse(text);
        assert_eq!(
            parsed.lines,
            parsed.activities.len() + parsed.continuations + parsed.skipped
        );
    }
}
