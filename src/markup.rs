//! Markdown that holds no activity as written, read a line at a time before the parser sees it:
//! fenced code blocks and HTML comments are skipped (the text beside a comment, or after its
//! `-->`, read as the line), a blockquote's `>` markers are dropped, and a table's rows are
//! handed over as rows of cells (the parser makes them bullets of a brag list,
//! `| 2025-01 | Ran the hiring loop |` read as `- 2025-01 — Ran the hiring loop`, or lines of a
//! resume), its delimiter row skipped. As in GFM a table's outer pipes may be left out
//! (`Date | What` over `--- | ---`).
//!
//! Notes apps write lines of their own among the user's: Logseq properties (`tags:: hiring`),
//! org-mode keywords (`#+TITLE:`), planning lines (`SCHEDULED: <2025-03-14 Fri>`) and drawers
//! (`:PROPERTIES:` … `:END:`), AsciiDoc attributes (`:toc:`), Obsidian embeds (`![[chart.png]]`),
//! a README's lines of images or badges alone (`[![CI](…/badge.svg)](…)`), Confluence macros
//! (`{toc}`) and HTML block tags (`<details>`, as Notion exports them), a pasted email brings its
//! headers (`From: Priya <priya@acme.com>`, `Subject: …`, `On Mon, … wrote:`), and a pasted chat
//! its sender lines (`Jane Doe  10:42 AM`), reactions (`:tada: 3`) and, as Slack copies a
//! thread, the lines around its messages (`2 replies`, `Last reply 3 days ago`, `View thread`,
//! `View newer replies`, `Also sent to the channel`). They hold no activity and are skipped,
//! and counted for a warning ([`Markup::metadata`]). Slack's thread lines, and the `(edited)` it
//! puts after a message (dropped, the message kept), are read so only once a sender line,
//! reactions or a message copied with its sender (Teams's `[11:02 AM] Jane Doe: …`) has shown a
//! chat: in a brag list `View thread` may name a feature shipped, so there it is text, and a line
//! that goes on (`Ran 2 replies to RFCs`) is text anywhere. Obsidian's `%% … %%` comments are
//! read as HTML comments are, though a `%%` in a line of prose (`90%% on the API`) is text.
//! HTML tags in a line are read as the Markdown they stand for (`<h2>Q1 2025</h2>` as
//! `## Q1 2025`, `<b>` as `**`; see [`crate::inline_html`]), and a tag whose attributes run over
//! lines is held until its `>`.
//! AsciiDoc titles (`== Q2 2025`) are read as the Markdown headings they are (`## Q2 2025`), as
//! are MediaWiki's (`== Q2 2025 ==`, which turn on no AsciiDoc attributes) and Confluence's
//! (`h2. Q2 2025`, which turn on its wiki markup; see [`crate::confluence`]), and tags ending a
//! line (`#program`, org's `:program:infra:` on a heading) are dropped: they label the work, they
//! do not tell it.
//!
//! At most one line that may be a table's header row is held (until the next line shows whether
//! a delimiter row follows it),
//! and the lines of an open code fence up to [`MAX_FENCE_LINES`] and [`MAX_FENCE_BYTES`]: a fence
//! that never closes (a stray ```` ``` ```` in a plain list) has its lines read as text after
//! all, unless it ran longer than that; an org-mode drawer (or an Obsidian comment opened by a
//! `%%` starting a line) is held to the same bounds, and is one only when its `:END:` (its `%%`)
//! comes within them: else its lines are read as text after all, however long. Memory stays
//! flat.

use std::borrow::Cow;

use crate::confluence::{self, Wiki};
use crate::inline_html;

/// What becomes of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part<'a> {
    /// Text for the parser, with the line's number.
    Text(usize, Cow<'a, str>),
    /// A row of a table: its line's number, its cells, and whether it is the table's header row.
    Row {
        /// The line's number.
        number: usize,
        /// The cells, trimmed, without empty ones (`\|` read as `|`).
        cells: Vec<String>,
        /// Whether it is the row above the delimiter row.
        header: bool,
    },
    /// A line that holds no activity (code, a comment, a table's header or delimiter row).
    Skipped(usize),
}

/// Bytes that start Markdown or a notes app's markup when they start a line (a heading, a quote,
/// a title, a code fence, a table row, a comment, a drawer or an embed), bullets aside: what a
/// web page's paragraph escapes (see [`crate::html`]) and a backslash keeps as text (see
/// `unescape_start` in [`crate::activity`]).
pub const MARKUP_STARTS: [u8; 10] = [b'#', b'>', b'=', b'`', b'~', b'|', b'%', b'<', b':', b'!'];

/// Most lines of an open code fence held in case it never closes.
pub const MAX_FENCE_LINES: usize = 1000;
/// Most bytes of an open code fence held in case it never closes.
pub const MAX_FENCE_BYTES: usize = 256 << 10;

/// Most lines of an open org-mode drawer held until its `:END:` (past them its lines are read as
/// text): the fence's bounds.
const MAX_DRAWER_LINES: usize = MAX_FENCE_LINES;
/// Most bytes of an open org-mode drawer held until its `:END:`.
const MAX_DRAWER_BYTES: usize = MAX_FENCE_BYTES;

/// Kinds of metadata (notes apps' and pasted emails'), each a bit of [`Metadata::kinds`], named in the warning in this
/// order.
const METADATA_KINDS: [&str; 13] = [
    "Logseq properties (key:: value)",
    "org-mode keywords (#+TITLE:)",
    "org-mode planning lines (SCHEDULED:)",
    "org-mode drawers (:PROPERTIES: … :END:)",
    "AsciiDoc attributes (:toc:)",
    "Obsidian embeds (![[…]])",
    "lines of HTML tags alone (<ul>, <details>)",
    "callout marks without a title (> [!NOTE])",
    "a pasted email's headers (From:, Subject:, On … wrote:)",
    "a pasted chat's sender lines and reactions (Jane Doe  10:42 AM, :tada: 3)",
    "Confluence macros ({toc}, {code})",
    "lines of images or badges alone (![…](…))",
    "a pasted chat's thread lines (2 replies, View thread, Also sent to the channel)",
];
const PROPERTY: u16 = 1;
const KEYWORD: u16 = 1 << 1;
const PLANNING: u16 = 1 << 2;
const DRAWER: u16 = 1 << 3;
const ATTRIBUTE: u16 = 1 << 4;
const EMBED: u16 = 1 << 5;
const HTML_TAG: u16 = 1 << 6;
const CALLOUT: u16 = 1 << 7;
const EMAIL: u16 = 1 << 8;
const CHAT: u16 = 1 << 9;
const MACRO: u16 = 1 << 10;
const IMAGE: u16 = 1 << 11;
const THREAD: u16 = 1 << 12;

/// The headers of an email pasted as Outlook or Gmail copies it, after its first (`From:` with
/// an address, or `Sent:`/`Date:` with a year and a time).
const EMAIL_HEADERS: [&str; 10] = [
    "From",
    "Sent",
    "Date",
    "To",
    "Cc",
    "Bcc",
    "Subject",
    "Reply-To",
    "Importance",
    "Attachments",
];

/// Lines skipped as metadata (notes apps', pasted emails').
#[derive(Debug, Default, Clone, Copy)]
struct Metadata {
    /// The first one's number.
    line: usize,
    /// How many.
    lines: usize,
    /// Which kinds, a bit each.
    kinds: u16,
}

/// A comment's kind: what opens and closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Comment {
    /// `<!-- … -->`.
    Html,
    /// Obsidian's `%% … %%` (see [`obsidian_close`] for the `%%` that closes it).
    Obsidian,
}

/// An HTML comment left open across lines (an Obsidian one across lines is a [`Block`]).
#[derive(Debug)]
struct Open {
    /// The line that opened it.
    line: usize,
    /// Lines skipped.
    lines: usize,
    /// Whether text before it on that line was read.
    text_before: bool,
}

/// What a held block is, and so what closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    /// An org-mode drawer, closed by `:END:`.
    Drawer,
    /// An Obsidian comment opened by a `%%` starting a line, closed by the next `%%` that may
    /// close it (see [`obsidian_close`]).
    Obsidian,
}

/// An open org-mode drawer, or an Obsidian comment running over lines: its lines, the opening
/// one first, held until what closes it, and read as text if nothing does (within
/// [`MAX_DRAWER_LINES`] and [`MAX_DRAWER_BYTES`]): it was no drawer or comment, but a line
/// such as `:Q3:` or `%% draft` in a plain list.
#[derive(Debug)]
struct Drawer {
    /// Its lines with their numbers, the opening one first.
    held: Vec<(usize, String)>,
    /// Their bytes.
    bytes: usize,
    /// A drawer or a comment.
    kind: Block,
}

impl Drawer {
    /// One opened by line `number`, `line`.
    fn open(number: usize, line: &str, kind: Block) -> Drawer {
        Drawer {
            held: vec![(number, line.to_string())],
            bytes: line.len(),
            kind,
        }
    }

    /// What it was meant as, if it was meant as one when it does not close: `:Q3:` or `:WIP:`
    /// that nothing closed was a line of text, not a drawer; an unclosed `:PROPERTIES:` or
    /// `:LOGBOOK:` or `%%` comment was meant as one.
    fn meant_as(&self) -> Option<&'static str> {
        let named = self.held.first()?.1.trim().trim_matches(':');
        match self.kind {
            Block::Obsidian => Some("an Obsidian comment (%%)"),
            Block::Drawer if is_standard_drawer(named) => Some("an org-mode drawer (:PROPERTIES: … :END:)"),
            Block::Drawer => None,
        }
    }
}

/// A construct that never closed, found when the document ends, or one given up before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unclosed {
    /// The line that opened it.
    pub line: usize,
    /// The lines it took, that one included.
    pub lines: usize,
    /// What it was: "a code fence", "an HTML comment (<!--)".
    pub what: &'static str,
    /// Whether its lines were read as text after all (else they were skipped).
    pub read_as_text: bool,
    /// Whether text before it on the line that opened it was read (a comment opened mid-line).
    pub text_before: bool,
    /// Whether it was given up before the end of the text (past its bounds, or at a heading or
    /// another drawer that it cannot hold) rather than left open at the end.
    pub cut_short: bool,
}

/// An open code fence.
#[derive(Debug, Clone)]
struct Fence {
    /// Its character, `` ` `` or `~`.
    mark: u8,
    /// How many of them opened it (a closing fence has at least as many).
    length: usize,
    /// The line that opened it.
    line: usize,
    /// Lines taken so far, that one included.
    lines: usize,
    /// The lines taken, the opening one first, while they are few enough to hold.
    held: Vec<(usize, String)>,
    /// Their bytes.
    held_bytes: usize,
    /// Whether it ran too long to hold: its lines were given up as skipped.
    given_up: bool,
}

impl Fence {
    /// Gives up the lines held as skipped, in order.
    fn skip_held<'a>(&mut self, emit: &mut impl FnMut(Part<'a>)) {
        self.held_bytes = 0;
        for (number, _) in self.held.drain(..) {
            emit(Part::Skipped(number));
        }
    }
}

/// The state between lines.
#[derive(Debug, Default)]
pub struct Markup {
    /// An open code fence.
    fence: Option<Fence>,
    /// An open comment.
    comment: Option<Open>,
    /// An open org-mode drawer.
    drawer: Option<Drawer>,
    /// Lines skipped as metadata.
    metadata: Metadata,
    /// Whether an AsciiDoc title (`= Brag 2025`, `== Q2`) has been read: only then is a line
    /// `:name: value` an attribute (else it may be a Slack paste's `:rocket: Shipped it`).
    asciidoc: bool,
    /// A line that may be a table's header row, held until the next line shows whether a
    /// delimiter row follows it.
    row: Option<Held>,
    /// Inside a table (after its delimiter row).
    in_table: bool,
    /// The first comment or drawer given up before the end of the text and read as text, for
    /// the warning [`Markup::finish`] returns.
    cut_short: Option<Unclosed>,
    /// An Obsidian comment was given up past its bounds: the next line starting with `%%` is its
    /// end, read as text, and opens no comment.
    obsidian_given_up: bool,
    /// The number of the last line read as a pasted email's header (0 if none): the next line
    /// may be another.
    email_header: usize,
    /// A `From:` line without an address (`From: Priya Shah`), held until the next line shows
    /// whether it is a pasted email's sender (see [`Markup::release_sender`]).
    sender: Option<Held>,
    /// The lines of an HTML tag whose attributes run over lines (`<img align="right"` /
    /// `src="…" />`), held until its `>` (see [`inline_html::opens_over_lines`]).
    tag: Option<Vec<(usize, String)>>,
    /// The level of an HTML heading opened by a line of tags alone (`<h1 align="center">`): the
    /// next line of text is its text (a blank line ends it, as it ends an HTML block).
    html_heading: Option<usize>,
    /// Whether a Confluence heading (`h2. Q2 2025`) has been read: the document is in
    /// Confluence's wiki markup, where `# item` is a numbered list's item (see
    /// [`crate::confluence`]).
    wiki: bool,
    /// Whether a chat has been read (a sender line, reactions, or a message copied with its
    /// time and sender): only then are Slack's thread lines (`2 replies`, `View thread`)
    /// metadata and `(edited)` ending a line its mark, not words (see [`thread_line`]).
    chat: bool,
    /// The number of the last line read as a thread's count of replies (0 if none): a `Last
    /// reply …` line may follow it.
    replies: usize,
}

/// A line held until the next shows what it is: a table's header row, or a pasted email's sender.
#[derive(Debug)]
struct Held {
    /// Its line's number.
    number: usize,
    /// Its text as it goes on if it is not a header: trimmed when it begins with `|` (as a row
    /// is), else as written (its indent may make it a bullet's continuation).
    text: String,
    /// Whether it begins with `|`.
    piped: bool,
}

impl Part<'_> {
    /// The part, holding its own text.
    fn into_owned(self) -> Part<'static> {
        match self {
            Part::Text(number, text) => Part::Text(number, Cow::Owned(text.into_owned())),
            Part::Row { number, cells, header } => Part::Row { number, cells, header },
            Part::Skipped(number) => Part::Skipped(number),
        }
    }
}

impl Markup {
    /// Whether `line` goes to the parser as it is, with nothing open or held and no construct
    /// starting on it: the quick path of every ordinary line. A `|` anywhere may make a table
    /// row, a `<` an HTML comment, a `%%` an Obsidian one; a line's first bytes may make it
    /// metadata, its last word a tag.
    pub fn passes(&self, line: &str) -> bool {
        self.fence.is_none()
            && self.comment.is_none()
            && self.drawer.is_none()
            && self.row.is_none()
            && self.sender.is_none()
            && self.tag.is_none()
            && self.html_heading.is_none()
            && !self.wiki
            && !self.chat
            && !self.in_table
            && plain_start(line.trim_start().as_bytes())
            && plain_end(line.as_bytes())
            // Searched 32 bytes at a time (a fold the compiler made into 16-byte comparisons
            // left a tail tested byte by byte: about 110 instructions a line).
            && memchr::memchr3_iter(b'|', b'<', b'%', line.as_bytes())
                .all(|at| line.as_bytes()[at] == b'%' && line.as_bytes().get(at + 1) != Some(&b'%'))
    }

    /// Whether nothing is open or held (a fence, a comment, a drawer, a table, a row or a
    /// sender): a line read now stands on its own, so it may be what a paste wraps around the
    /// work (see [`crate::paste`]).
    pub fn is_idle(&self) -> bool {
        self.fence.is_none()
            && self.comment.is_none()
            && self.drawer.is_none()
            && self.row.is_none()
            && self.sender.is_none()
            && !self.in_table
    }

    /// Whether a code fence, an HTML comment, an org-mode drawer, an Obsidian comment or a tag
    /// running over lines is open: a line read now belongs to it, whatever it says.
    pub fn is_open(&self) -> bool {
        self.fence.is_some() || self.comment.is_some() || self.drawer.is_some() || self.tag.is_some()
    }

    /// Where the first line skipped as metadata is, and a warning that says how many
    /// were and of what kinds, so none is dropped unseen.
    pub fn metadata(&self) -> Option<(usize, String)> {
        let Metadata { line, lines, kinds } = self.metadata;
        if lines == 0 {
            return None;
        }
        let named: Vec<&str> = METADATA_KINDS
            .iter()
            .enumerate()
            .filter(|(bit, _)| kinds & (1 << bit) != 0)
            .map(|(_, name)| *name)
            .collect();
        let named = named.join(", ");
        let message = match lines {
            1 => format!("1 line was read as metadata ({named}), not as an activity"),
            n => format!("{n} lines were read as metadata ({named}), not as activities"),
        };
        Some((line, message))
    }

    /// Counts line `number` as metadata of `kind`.
    fn note(&mut self, number: usize, kind: u16) {
        if self.metadata.lines == 0 {
            self.metadata.line = number;
        }
        self.metadata.lines += 1;
        self.metadata.kinds |= kind;
    }

    /// A drawer that never closed: its opening line is read as written, the others read again
    /// (they may open anything, another drawer too).
    /// Gives up the open drawer or Obsidian comment before the end of the text: its lines are
    /// read as text, and the first one that was meant as one is kept for the warning.
    fn give_up_drawer(&mut self, emit: &mut dyn FnMut(Part<'_>)) {
        let Some(drawer) = self.drawer.take() else {
            return;
        };
        if self.cut_short.is_none()
            && let Some(what) = drawer.meant_as()
        {
            self.cut_short = Some(Unclosed {
                line: drawer.held[0].0,
                lines: drawer.held.len(),
                what,
                read_as_text: true,
                text_before: false,
                cut_short: true,
            });
        }
        self.release(drawer, emit);
    }

    fn release(&mut self, drawer: Drawer, emit: &mut dyn FnMut(Part<'_>)) {
        let mut held = drawer.held.into_iter();
        if let Some((number, opener)) = held.next() {
            emit(Part::Text(number, Cow::Owned(opener)));
        }
        for (number, line) in held {
            self.feed(number, &line, &mut *emit);
        }
    }

    /// Reads line `number`; what it (and a row or sender held before it) becomes goes to `emit`,
    /// in order.
    pub fn feed<'a>(&mut self, number: usize, line: &'a str, mut emit: impl FnMut(Part<'a>)) {
        self.release_sender(line, &mut emit);
        if let Some(held) = self.tag.take() {
            self.continue_tag(number, line, held, emit);
            return;
        }
        if let Some(fence) = &mut self.fence {
            fence.lines += 1;
            if closes_fence(line, fence.mark, fence.length) {
                fence.skip_held(&mut emit);
                self.fence = None;
                emit(Part::Skipped(number));
            } else if fence.given_up {
                emit(Part::Skipped(number));
            } else {
                fence.held.push((number, line.to_string()));
                fence.held_bytes += line.len();
                if fence.held.len() > MAX_FENCE_LINES || fence.held_bytes > MAX_FENCE_BYTES {
                    fence.given_up = true;
                    fence.skip_held(&mut emit);
                }
            }
            return;
        }
        if let Some(drawer) = &mut self.drawer {
            if drawer.kind == Block::Obsidian
                && let Some(end) = obsidian_close(opened_with(&drawer.held[0].1), line)
            {
                for (held, _) in std::mem::take(&mut drawer.held) {
                    emit(Part::Skipped(held));
                }
                self.drawer = None;
                // The text after the comment is read as a line.
                let rest = &line[end + 2..];
                if rest.trim().is_empty() {
                    emit(Part::Skipped(number));
                } else {
                    self.outside(number, rest.trim_start(), emit);
                }
            } else if drawer.kind == Block::Drawer && line.trim().eq_ignore_ascii_case(":END:") {
                for (held, _) in std::mem::take(&mut drawer.held) {
                    self.note(held, DRAWER);
                    emit(Part::Skipped(held));
                }
                self.drawer = None;
                self.note(number, DRAWER);
                emit(Part::Skipped(number));
            } else if drawer.kind == Block::Drawer && ends_drawer_unclosed(line) {
                // A drawer holds no other drawer and no heading: the one open was none.
                self.give_up_drawer(&mut |part: Part<'_>| emit(part.into_owned()));
                self.feed(number, line, emit);
            } else {
                drawer.held.push((number, line.to_string()));
                drawer.bytes += line.len();
                if drawer.held.len() > MAX_DRAWER_LINES || drawer.bytes > MAX_DRAWER_BYTES {
                    self.obsidian_given_up = drawer.kind == Block::Obsidian;
                    self.give_up_drawer(&mut |part: Part<'_>| emit(part.into_owned()));
                }
            }
            return;
        }
        if self.obsidian_given_up && line.trim_start().starts_with("%%") {
            // The end of the comment given up: text, as its lines were.
            self.obsidian_given_up = false;
            self.outside(number, line, emit);
            return;
        }
        // Inside an HTML comment a `%%` line is part of the comment.
        if self.comment.is_none() && opens_obsidian_block(line) {
            // A comment ends a table, and a row held before it is no header.
            self.flush(&mut emit);
            self.in_table = false;
            self.drawer = Some(Drawer::open(number, line, Block::Obsidian));
            return;
        }
        self.outside(number, line, emit);
    }

    /// Line `number`, outside fences, drawers and comments running over lines: its comments
    /// taken out, then its HTML tags read, then read as a block.
    fn outside<'a>(&mut self, number: usize, line: &'a str, mut emit: impl FnMut(Part<'a>)) {
        match self.uncomment(number, line) {
            Some(Cow::Borrowed(text)) => self.untagged(number, text, &mut emit),
            // The rest of a line around a comment: read like any line.
            Some(Cow::Owned(text)) => self.untagged(number, &text, &mut |part: Part<'_>| emit(part.into_owned())),
            // A comment ends a table, and a row held before it is no header.
            None => {
                self.flush(&mut emit);
                self.in_table = false;
                emit(Part::Skipped(number));
            }
        }
    }

    /// Line `number` with its HTML tags read as Markdown (see [`crate::inline_html`]), then read
    /// as a block: a line of tags alone holds no activity and is counted as metadata; a tag
    /// whose attributes go on past the line holds it.
    fn untagged<'a>(&mut self, number: usize, line: &'a str, emit: &mut impl FnMut(Part<'a>)) {
        if self.html_heading.is_some() && line.trim().is_empty() {
            self.html_heading = None;
        }
        if memchr::memchr(b'<', line.as_bytes()).is_none() && self.html_heading.is_none() {
            self.unwiki(number, Cow::Borrowed(line), emit);
            return;
        }
        if inline_html::opens_over_lines(line) {
            // A tag ends a table, and a row held before it is no header.
            self.flush(emit);
            self.in_table = false;
            self.tag = Some(vec![(number, line.to_string())]);
            return;
        }
        let read = inline_html::untag(line);
        if read.tagged && read.text.is_empty() {
            // `<p align="center">`, `</details>`, `<img src="…" />`: no words.
            self.html_heading = match read.opens_heading {
                Some(level) => Some(level),
                None if read.closes_heading => None,
                None => self.html_heading,
            };
            self.flush(emit);
            self.in_table = false;
            self.note(number, HTML_TAG);
            emit(Part::Skipped(number));
            return;
        }
        let text = match self.html_heading.take() {
            // The text of a heading whose tag stood on the line above.
            Some(level) if !read.prefixed => Cow::Owned(format!("{} {}", "#".repeat(level), read.text.trim_start())),
            _ => read.text,
        };
        self.unwiki(number, text, emit);
    }

    /// Line `number` read as Confluence's wiki markup, when it is some (see
    /// [`crate::confluence`]), then as a block.
    fn unwiki<'a>(&mut self, number: usize, line: Cow<'a, str>, emit: &mut impl FnMut(Part<'a>)) {
        let wiki = match line.trim_start().as_bytes().first() {
            Some(b'h') => confluence::read(&line, self.wiki),
            Some(_) if self.wiki => confluence::read(&line, self.wiki),
            _ => None,
        };
        match (wiki, line) {
            (None, Cow::Borrowed(text)) => self.block(number, text, emit),
            (None, Cow::Owned(text)) => self.block(number, &text, &mut |part: Part<'_>| emit(part.into_owned())),
            (Some(Wiki::Heading(text)), _) => {
                self.wiki = true;
                self.block(number, &text, &mut |part: Part<'_>| emit(part.into_owned()));
            }
            (Some(Wiki::Text(text)), _) => self.block(number, &text, &mut |part: Part<'_>| emit(part.into_owned())),
            (Some(Wiki::Header(cells)), _) => {
                self.flush(emit);
                emit(Part::Row {
                    number,
                    cells,
                    header: true,
                });
                self.in_table = true;
            }
            (Some(Wiki::Macro), _) => {
                self.flush(emit);
                self.in_table = false;
                self.note(number, MACRO);
                emit(Part::Skipped(number));
            }
        }
    }

    /// Line `number` after the lines `held` of a tag whose attributes run over lines: the tag
    /// ends on it (the tag, put on one line with the text after it, is read as this line, and
    /// the lines before it are counted as metadata), goes on (held, up to
    /// [`inline_html::MAX_TAG_LINES`]), or was no tag (its lines read as written, this one read
    /// as any line).
    fn continue_tag<'a>(
        &mut self,
        number: usize,
        line: &'a str,
        mut held: Vec<(usize, String)>,
        mut emit: impl FnMut(Part<'a>),
    ) {
        match inline_html::tag_end(line) {
            inline_html::TagEnd::Closed(_) => {
                let mut whole = String::new();
                for (held_number, held_line) in held {
                    whole.push_str(if whole.is_empty() {
                        held_line.trim_end()
                    } else {
                        held_line.trim()
                    });
                    whole.push(' ');
                    self.note(held_number, HTML_TAG);
                    emit(Part::Skipped(held_number));
                }
                whole.push_str(line.trim_start());
                self.outside(number, &whole, |part: Part<'_>| emit(part.into_owned()));
            }
            inline_html::TagEnd::Open if held.len() < inline_html::MAX_TAG_LINES => {
                held.push((number, line.to_string()));
                self.tag = Some(held);
            }
            _ => {
                for (held_number, held_line) in held {
                    emit(Part::Text(held_number, Cow::Owned(held_line)));
                }
                self.feed(number, line, emit);
            }
        }
    }

    /// Line `number` without its comments (`<!-- … -->`, which may open on an earlier line or
    /// stay open to a later one, or Obsidian's `%% … %%` closed on the line: one across lines is
    /// a block, see [`opens_obsidian_block`]), or `None` when nothing but comments
    /// and blanks is left of a line that held one (see [`join`] for how the text around a
    /// comment is put together).
    fn uncomment<'l>(&mut self, number: usize, line: &'l str) -> Option<Cow<'l, str>> {
        if self.comment.is_none() && comment_start(line).is_none() {
            return Some(Cow::Borrowed(line));
        }
        let mut rest = line;
        let mut kept = String::new();
        if let Some(comment) = &mut self.comment {
            comment.lines += 1;
            let end = rest.find("-->")?;
            self.comment = None;
            rest = &rest[end + "-->".len()..];
        } else if let Some((start, _)) = comment_start(rest) {
            // The text before the first comment, indent and all.
            kept.push_str(&rest[..start]);
            rest = &rest[start..];
        }
        while let Some((start, kind)) = comment_start(rest) {
            join(&mut kept, &rest[..start]);
            // From the `--` of `<!--`, so `<!-->` and `<!--->` close themselves (CommonMark);
            // after the `%%` that opens an Obsidian comment.
            let after = &rest[start + 2..];
            let end = match kind {
                Comment::Html => after.find("-->").map(|end| end + "-->".len()),
                Comment::Obsidian => obsidian_close(after, after).map(|end| end + "%%".len()),
            };
            match end {
                Some(end) => rest = &after[end..],
                // A `%%` that does not close on its line opens a comment only when it starts
                // the line (see [`opens_obsidian_block`]): here it is text (`90%% on the API`).
                None if kind == Comment::Obsidian => {
                    join(&mut kept, &rest[start..]);
                    rest = "";
                }
                None => {
                    self.comment = Some(Open {
                        line: number,
                        lines: 1,
                        text_before: !kept.trim().is_empty(),
                    });
                    rest = "";
                }
            }
        }
        join(&mut kept, rest);
        (!kept.trim().is_empty()).then_some(Cow::Owned(kept))
    }

    /// A line outside code and comments: a table's row, a fence, a quote, or text.
    fn block<'a>(&mut self, number: usize, line: &'a str, emit: &mut impl FnMut(Part<'a>)) {
        let trimmed = line.trim_start();
        let first = trimmed.as_bytes().first().copied();
        if first == Some(b'|') {
            self.table_line(number, trimmed, emit);
            return;
        }
        if self.row.is_some() && is_delimiter_row(trimmed) && has_pipe(trimmed) && self.header_fits(trimmed) {
            self.header(number, emit);
            return;
        }
        if self.in_table && has_pipe(trimmed) && !starts_block(trimmed) {
            if is_delimiter_row(trimmed) {
                emit(Part::Skipped(number));
            } else {
                emit(row(number, trimmed, false));
            }
            return;
        }
        self.flush(emit);
        self.in_table = false;
        if first == Some(b':') && opens_drawer(trimmed) {
            self.drawer = Some(Drawer::open(number, line, Block::Drawer));
            return;
        }
        if first == Some(b'[')
            && let Some(said) = chat_message(trimmed)
        {
            // `[11:02 AM] Jane Doe: ran the review`, as Teams copies a message: its words.
            self.chat = true;
            emit(Part::Text(number, Cow::Borrowed(said)));
            return;
        }
        if let Some(kind) = self.metadata_kind(number, line, trimmed) {
            match kind {
                EMAIL => self.email_header = number,
                CHAT => self.chat = true,
                THREAD if trimmed.starts_with(|c: char| c.is_ascii_digit()) => self.replies = number,
                _ => {}
            }
            self.note(number, kind);
            emit(Part::Skipped(number));
            return;
        }
        match first {
            Some(b'=') => {
                if let Some((heading, asciidoc)) = asciidoc_title(line) {
                    self.asciidoc |= asciidoc;
                    emit(Part::Text(number, Cow::Owned(heading)));
                    return;
                }
            }
            Some(mark @ (b'`' | b'~')) => {
                let length = trimmed.bytes().take_while(|&b| b == mark).count();
                // A fence's info string holds none of its characters, so `~~~ Q3 ~~~` (a
                // divider) or ``` ``code`` ``` opens nothing.
                if length >= 3 && !trimmed[length..].contains(mark as char) {
                    self.fence = Some(Fence {
                        mark,
                        length,
                        line: number,
                        lines: 1,
                        held: vec![(number, line.to_string())],
                        held_bytes: line.len(),
                        given_up: false,
                    });
                    return;
                }
            }
            Some(b'>') => {
                let quoted = trimmed.trim_start_matches(['>', ' ', '\t']);
                match callout_title(quoted) {
                    // A callout's title is read as a line of its own (a heading's date would
                    // reach past the callout's end).
                    Some(title) if !title.is_empty() => emit(Part::Text(number, Cow::Borrowed(title))),
                    Some(_) => {
                        self.note(number, CALLOUT);
                        emit(Part::Skipped(number));
                    }
                    None => emit(Part::Text(number, Cow::Borrowed(untag_end(quoted)))),
                }
                return;
            }
            _ => {}
        }
        if has_pipe(trimmed) && !starts_block(trimmed) {
            // `Date | What` is a header row when a delimiter row follows.
            self.row = Some(Held {
                number,
                text: line.to_string(),
                piped: false,
            });
            return;
        }
        if is_unaddressed_sender(trimmed) {
            self.sender = Some(Held {
                number,
                text: untag_end(line).to_string(),
                piped: false,
            });
            return;
        }
        // A chat's message edited after it was sent: `(edited)` is Slack's mark, not its words.
        let line = match self.chat {
            true => unedited(line),
            false => line,
        };
        emit(Part::Text(number, Cow::Borrowed(untag_end(line))));
    }

    /// Whether a `From:` line is held (see [`Markup::release_sender`]).
    pub fn holds_sender(&self) -> bool {
        self.sender.is_some()
    }

    /// Settles the held `From:` line, if there is one, before `line`: Outlook copies a sender
    /// without an address (`From: Priya Shah`, `From: Shah, Priya (Engineering)`) with `Sent:` and
    /// a date and time on the line after it, so then it is the email's first header; otherwise
    /// it is text as written (`From: Chaos To Clarity` in a list of talks).
    /// The parser calls it before it looks at `line` itself, so the held line keeps its place
    /// (a quote starting on `line` must not cut it from the bullet it continues). A `Sent:` line
    /// inside a comment, or holding a comment's mark, does not count: the comment may hide it.
    pub fn release_sender<'a>(&mut self, line: &str, emit: &mut impl FnMut(Part<'a>)) {
        let Some(held) = self.sender.take() else {
            return;
        };
        let next = line.trim_start();
        // Inside a comment opened on the held line, or holding a comment's mark, a `Sent:`
        // line may be hidden.
        if (next.starts_with("Sent:") || next.starts_with("Date:"))
            && self.comment.is_none()
            && self.drawer.is_none()
            && !next.contains("<!--")
            && !next.contains("%%")
            && is_email_header(next, false)
        {
            self.note(held.number, EMAIL);
            self.email_header = held.number;
            emit(Part::Skipped(held.number));
        } else {
            emit(Part::Text(held.number, Cow::Owned(held.text)));
        }
    }

    /// The kind of metadata `line` (`trimmed`, its indent trimmed), line `number`, is, if it is.
    fn metadata_kind(&self, number: usize, line: &str, trimmed: &str) -> Option<u16> {
        if self.chat && thread_line(trimmed, number > 1 && self.replies == number - 1) {
            return Some(THREAD);
        }
        let bytes = trimmed.as_bytes();
        match bytes.first()? {
            // `#+TITLE: Brag 2025`, `#+STARTUP: overview`, `#+BEGIN_SRC sh`.
            b'#' => {
                let rest = bytes.strip_prefix(b"#+")?;
                // A keyword starts with a letter: `#+1 for the idea` is no keyword.
                let word = word_len(rest);
                (rest.first().is_some_and(u8::is_ascii_alphabetic)
                    && rest.get(word).is_none_or(|&b| b == b':' || b.is_ascii_whitespace()))
                .then_some(KEYWORD)
            }
            // A chat's reactions, `:tada: 3 :raised_hands: 2`.
            b':' if is_chat_reactions(trimmed) => Some(CHAT),
            // `:toc:` anywhere; `:author: Jane` unindented in an AsciiDoc document.
            b':' => {
                let rest = trimmed[1..].trim_start_matches('!');
                let name = word_len(rest.as_bytes());
                let after = rest[name..].strip_prefix('!').unwrap_or(&rest[name..]);
                let value = after.strip_prefix(':')?;
                (name > 0
                    && (value.trim().is_empty()
                        || (self.asciidoc && line.starts_with(':') && value.starts_with([' ', '\t']))))
                .then_some(ATTRIBUTE)
            }
            // `tags:: hiring`, `collapsed:: true`; `SCHEDULED: <2025-03-14 Fri>`; a pasted
            // email's `From: Priya <priya@acme.com>`, `Subject: …`, `On Mon, … wrote:`.
            b'A'..=b'Z' | b'a'..=b'z' => {
                if is_email_header(trimmed, number > 1 && self.email_header == number - 1) {
                    return Some(EMAIL);
                }
                if is_chat_sender(trimmed) {
                    return Some(CHAT);
                }
                let word = word_len(bytes);
                let rest = trimmed[word..].strip_prefix(':')?;
                if let Some(value) = rest.strip_prefix(':') {
                    // Logseq writes its keys in lower case (`id::`, `tags::`, `collapsed::`):
                    // `Results:: grew ARR 3x` is a sentence.
                    let key = &bytes[..word];
                    let lower = key.iter().all(|b| !b.is_ascii_uppercase());
                    return (lower && (value.is_empty() || value.starts_with([' ', '\t']))).then_some(PROPERTY);
                }
                (matches!(&trimmed[..word], "SCHEDULED" | "DEADLINE" | "CLOSED")
                    && rest.trim_start().starts_with(['<', '[']))
                .then_some(PLANNING)
            }
            // Outlook's `-----Original Message-----`.
            b'-' if trimmed.trim_matches('-').trim() == "Original Message" => Some(EMAIL),
            // `![[roadmap.png]]`, `- ![[a.png]] ![[b.png]]`; a README's images and badges,
            // `![diagram](a.png)`, `[![CI](…/badge.svg)](…)`.
            b'!' | b'-' | b'*' | b'+' | b'[' => {
                let mut rest = match bytes[0] {
                    b'!' | b'[' => trimmed,
                    _ => trimmed[1..].strip_prefix([' ', '\t'])?,
                }
                .trim();
                if !rest.starts_with("![[") {
                    return images_alone(rest).then_some(IMAGE);
                }
                while let Some(inner) = rest.strip_prefix("![[") {
                    let end = inner.find("]]")?;
                    if inner[..end].contains('[') {
                        return None;
                    }
                    rest = inner[end + 2..].trim_start();
                }
                rest.is_empty().then_some(EMBED)
            }
            _ => None,
        }
    }

    /// Ends the document: a held row or sender is text after all, and so are the lines of a fence that
    /// never closed (its opening line as written, the others read again); the first construct
    /// that never closed is returned, so the caller can say what became of its lines.
    pub fn finish(&mut self, mut emit: impl FnMut(Part<'_>)) -> Option<Unclosed> {
        self.flush(&mut emit);
        self.release_tag(&mut emit);
        // One given up earlier comes first.
        let mut first = self.cut_short.take();
        loop {
            if let Some(drawer) = self.drawer.take() {
                if let Some(what) = drawer.meant_as()
                    && first.is_none()
                {
                    first = Some(Unclosed {
                        line: drawer.held[0].0,
                        lines: drawer.held.len(),
                        what,
                        read_as_text: true,
                        text_before: false,
                        cut_short: false,
                    });
                }
                self.release(drawer, &mut emit);
                self.release_tag(&mut emit);
                self.flush(&mut emit);
                continue;
            }
            let Some(fence) = self.fence.take() else {
                break;
            };
            first.get_or_insert(Unclosed {
                line: fence.line,
                lines: fence.lines,
                what: "a code fence",
                read_as_text: !fence.given_up,
                text_before: false,
                cut_short: false,
            });
            let mut held = fence.held.into_iter();
            if let Some((number, opener)) = held.next() {
                emit(Part::Text(number, Cow::Borrowed(&opener)));
            }
            // Read again: they may open another fence, which ends here too.
            for (number, line) in held {
                self.feed(number, &line, &mut emit);
            }
            self.release_tag(&mut emit);
            self.flush(&mut emit);
        }
        if first.is_some() {
            return first;
        }
        self.comment.take().map(|open| Unclosed {
            line: open.line,
            lines: open.lines,
            what: "an HTML comment (<!--)",
            read_as_text: false,
            text_before: open.text_before,
            cut_short: false,
        })
    }

    /// A tag held over lines that the text ended in (or the lines of a fence or drawer read
    /// again at its end): it was no tag, and its lines are text as written.
    fn release_tag<'a>(&mut self, emit: &mut impl FnMut(Part<'a>)) {
        for (number, line) in self.tag.take().unwrap_or_default() {
            emit(Part::Text(number, Cow::Owned(line)));
        }
    }

    /// A line that starts with `|`: a delimiter row (skipped, and the row held before it is the
    /// header), a row of a table, or a first row, held.
    fn table_line<'a>(&mut self, number: usize, trimmed: &'a str, emit: &mut impl FnMut(Part<'a>)) {
        if is_delimiter_row(trimmed) {
            if self.row.is_some() && self.header_fits(trimmed) {
                self.header(number, emit);
                return;
            }
            self.flush(emit);
            if self.in_table {
                emit(Part::Skipped(number));
            } else {
                emit(Part::Text(number, Cow::Borrowed(trimmed)));
            }
            return;
        }
        if self.in_table {
            emit(row(number, trimmed, false));
            return;
        }
        self.flush(emit);
        self.row = Some(Held {
            number,
            text: trimmed.to_string(),
            piped: true,
        });
    }

    /// Whether delimiter row `delimiter` makes the held row a header: always when both begin
    /// with `|`, else (as GFM has it) when they have as many cells.
    fn header_fits(&self, delimiter: &str) -> bool {
        self.row.as_ref().is_some_and(|held| {
            (held.piped && delimiter.starts_with('|')) || cell_count(&held.text) == cell_count(delimiter)
        })
    }

    /// The held row is a table's header, and line `number` its delimiter row.
    fn header<'a>(&mut self, number: usize, emit: &mut impl FnMut(Part<'a>)) {
        if let Some(held) = self.row.take() {
            emit(row(held.number, &held.text, true));
            self.in_table = true;
            emit(Part::Skipped(number));
        }
    }

    /// A held row that no delimiter row followed (not a table), or a held sender that nothing
    /// settled: its line as written.
    fn flush<'a>(&mut self, emit: &mut impl FnMut(Part<'a>)) {
        if let Some(held) = self.row.take().or_else(|| self.sender.take()) {
            emit(Part::Text(held.number, Cow::Owned(held.text)));
        }
    }
}

/// Whether the first byte of a line (its indent trimmed) can start no construct: no table, fence,
/// quote, comment, AsciiDoc title or attribute, org-mode keyword, drawer or planning line,
/// Logseq property, Obsidian embed or a pasted email's header.
fn plain_start(trimmed: &[u8]) -> bool {
    match trimmed.first() {
        Some(b'|' | b'`' | b'~' | b'<' | b'>' | b':' | b'!' | b'=') => false,
        Some(b'#') => trimmed.get(1) != Some(&b'+'),
        // `h2. Q2 2025`, a Confluence heading.
        Some(b'h') if matches!(trimmed.get(1), Some(b'1'..=b'6')) && trimmed.get(2) == Some(&b'.') => false,
        // A bullet is plain; `-----Original Message-----` is not.
        Some(b'-') => trimmed.get(1) != Some(&b'-'),
        // `[11:02 AM] Jane Doe: …`, a chat's message; `[![CI](…)](…)`, a badge.
        Some(b'[') => !trimmed.get(1).is_some_and(|&b| b.is_ascii_digit() || b == b'!'),
        Some(b'A'..=b'Z' | b'a'..=b'z') => {
            let word = word_len(trimmed);
            trimmed.get(word) != Some(&b':')
                || (trimmed.get(word + 1) != Some(&b':')
                    && !matches!(&trimmed[..word], b"SCHEDULED" | b"DEADLINE" | b"CLOSED")
                    && !EMAIL_HEADERS.iter().any(|key| key.as_bytes() == &trimmed[..word]))
        }
        _ => true,
    }
}

/// Whether `line` is a header of a pasted email: `From:` with an address (`<…>` or `@`) or a
/// name alone, surname first (`From: Shah, Priya`, see [`is_name`]),
/// `Sent:` or `Date:` with a year and a time, any of [`EMAIL_HEADERS`] right after another
/// (`after_header`), or a reply's attribution (`On Mon, Mar 3, 2025 at 9:00 AM Jane <…> wrote:`).
fn is_email_header(line: &str, after_header: bool) -> bool {
    if line.len() > 300 {
        return false;
    }
    if line.starts_with("On ") && line.ends_with("wrote:") {
        return true;
    }
    let Some((key, value)) = line.split_once(':') else {
        return false;
    };
    if !EMAIL_HEADERS.contains(&key) || !value.starts_with([' ', '\t']) {
        return false;
    }
    let value = value.trim();
    let timed = || {
        let year = value
            .split(|c: char| !c.is_ascii_digit())
            .any(|digits| digits.len() == 4 && digits.starts_with(['1', '2']));
        year && value.contains(':')
    };
    after_header
        || (key == "From" && (value.contains('@') || (value.contains('<') && value.ends_with('>')) || is_name(value)))
        || (matches!(key, "Sent" | "Date") && timed())
}

/// Whether `line` (trimmed) heads the earlier message a pasted email reply quotes under its own
/// text: a reply's attribution (`On Mon, Mar 3, 2025 at 9:00 AM Raj <raj@…> wrote:`), Outlook's
/// `-----Original Message-----`, or a `From:` header with an address. What stood above it
/// ended the reply, as the end of the text ends one (see [`crate::paste::Tail`]).
pub fn heads_quoted_message(line: &str) -> bool {
    // A date in the attribution: `On call for payments, I wrote:` ends no reply.
    let dated = || line.bytes().any(|b| b.is_ascii_digit());
    (line.starts_with("On ") && line.ends_with("wrote:") && line.len() <= 300 && dated())
        || (line.starts_with("---") && line.trim_matches('-').trim() == "Original Message")
        || (line.starts_with("From:") && is_email_header(line, false))
}

/// Whether `line` (trimmed) is the `Sent:` or `Date:` header, with a year and a time, that shows
/// the `From:` line above it without an address to be an email's header (see
/// [`Markup::release_sender`]).
pub fn is_sent_header(line: &str) -> bool {
    (line.starts_with("Sent:") || line.starts_with("Date:")) && is_email_header(line, false)
}

/// Whether `line` is a `From:` line with a short value and no address, which only the line
/// after it can tell from text (see [`Markup::release_sender`]).
pub fn is_unaddressed_sender(line: &str) -> bool {
    line.strip_prefix("From:")
        .is_some_and(|value| value.starts_with([' ', '\t']) && !value.trim().is_empty() && value.len() <= 100)
}

/// Whether `value` reads as a person's name written surname first, as Outlook shows a sender
/// without an address: `Shah, Priya`, `O'Neil, Mary-Jo K.` (one or two capitalised words of
/// letters, a comma, one to three more). A name in reading order (`Priya Shah`) is not told from
/// a title (`From: Chaos To Clarity`) on its own line: such a line is held until the next one
/// tells (see [`Markup::release_sender`]).
fn is_name(value: &str) -> bool {
    let Some((surname, given)) = value.split_once(',') else {
        return false;
    };
    value.len() <= 60 && given.starts_with(' ') && name_words(surname, 2) && name_words(given, 3)
}

/// Whether `text` is one to `most` words, each capitalised and of letters (`.`, `'`, `’` and
/// `-` allowed: `O'Neil`, `Mary-Jo`, `K.`), as a person's name is written.
fn name_words(text: &str, most: usize) -> bool {
    (1..=most).contains(&text.split_whitespace().count())
        && text.split_whitespace().all(|word| {
            word.starts_with(char::is_uppercase)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
}

/// Whether `line` ends with a time of day: `10:42`, `10:42 AM`, `9:05pm`.
fn ends_with_time(line: &[u8]) -> bool {
    time_at_end(line).is_some()
}

/// Where the time of day ending `line` starts (see [`ends_with_time`]).
fn time_at_end(line: &[u8]) -> Option<usize> {
    let mut end = line.len();
    if end >= 2
        && line[end - 1].eq_ignore_ascii_case(&b'm')
        && matches!(line[end - 2].to_ascii_lowercase(), b'a' | b'p')
    {
        end -= 2;
        if end > 0 && line[end - 1] == b' ' {
            end -= 1;
        }
    }
    let digits = |at: usize| line[..at].iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let minutes = digits(end);
    if minutes != 2 || end < 3 || line[end - 3] != b':' {
        return None;
    }
    let hours = digits(end - 3);
    (1..=2).contains(&hours).then(|| end - 3 - hours)
}

/// Whether `line` is a chat's sender line as Slack copies it: a name of one to four capitalised
/// words, spaces and the time (`Jane Doe  10:42 AM`, `Priya 9:05`).
fn is_chat_sender(line: &str) -> bool {
    if line.len() > 60 {
        return false;
    }
    // The name is what comes before the hour.
    let Some(name) = time_at_end(line.as_bytes()).map(|hour| &line[..hour]) else {
        return false;
    };
    if !name.ends_with(' ') {
        return false;
    }
    name_words(name, 4)
}

/// Whether `line` holds only a chat's reactions: emoji short codes, with their counts
/// (`:tada: 3 :raised_hands: 2`), or more than one without.
fn is_chat_reactions(line: &str) -> bool {
    let (mut codes, mut counts) = (0, 0);
    for word in line.split_whitespace() {
        let code = word.len() > 2
            && word.starts_with(':')
            && word.ends_with(':')
            && word[1..word.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'+' | b'-'));
        if code {
            codes += 1;
        } else if word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()) {
            counts += 1;
        } else {
            return false;
        }
    }
    // A code alone is AsciiDoc's attribute (`:toc:`).
    codes > 0 && (counts > 0 || codes > 1)
}

/// Whether `line` is a line of a chat's thread that holds no message, as Slack copies a
/// conversation: how many replies a message drew (`2 replies`, `1 reply`, with `Last reply 3
/// days ago` or `Last reply today at 10:42 AM` after it on the line, or on the line after it,
/// `after_replies`), `View thread`, `View newer replies`, `Also sent to the channel` (`also sent
/// to #launch`) or an `(edited)` alone. Asked only in a document that shows a chat (see
/// [`Markup::chat`]): `View thread` in a brag list is text, and a line that goes on
/// (`2 replies to the RFC`) is never one.
fn thread_line(line: &str, after_replies: bool) -> bool {
    if line.len() > 60 {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    let digits = lower.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=4).contains(&digits) {
        let rest = &lower[digits..];
        let rest = rest
            .strip_prefix(" replies")
            .or_else(|| rest.strip_prefix(" reply"))
            .map(str::trim_start);
        return rest.is_some_and(|rest| rest.is_empty() || last_reply(rest));
    }
    (after_replies && last_reply(&lower))
        || matches!(
            lower.as_str(),
            "view thread" | "view newer replies" | "also sent to the channel" | "(edited)"
        )
        || lower
            .strip_prefix("also sent to #")
            .is_some_and(|channel| !channel.is_empty() && !channel.contains(char::is_whitespace))
}

/// Whether `lower` (in lower case) is when a thread was last replied to, as Slack writes it:
/// `last reply 3 days ago`, `last reply today at 10:42 am`.
fn last_reply(lower: &str) -> bool {
    lower
        .strip_prefix("last reply ")
        .is_some_and(|when| (1..=5).contains(&when.split_whitespace().count()))
}

/// `line` without the `(edited)` that Slack puts after a message edited after it was sent
/// (`Shipped the onboarding flow (edited)` reads `Shipped the onboarding flow`).
fn unedited(line: &str) -> &str {
    let trimmed = line.trim_end();
    match trimmed.strip_suffix("(edited)") {
        Some(before) if before.ends_with([' ', '\t']) && !before.trim().is_empty() => before.trim_end(),
        _ => line,
    }
}

/// The words of a chat message copied with its time and sender in front, as Teams copies one:
/// `[11:02 AM] Jane Doe: ran the review` is `ran the review`.
fn chat_message(line: &str) -> Option<&str> {
    let close = line.find(']')?;
    if close > 12 || !ends_with_time(&line.as_bytes()[1..close]) {
        return None;
    }
    let (sender, said) = line[close + 1..].split_once(": ")?;
    let sender = sender.trim();
    let named = !sender.is_empty()
        && sender.len() <= 40
        && sender.split_whitespace().count() <= 4
        && sender.starts_with(|c: char| c.is_uppercase());
    (named && !said.trim().is_empty()).then(|| said.trim())
}

/// The title of a callout's first line, as Obsidian and GitHub write one in a quote
/// (`[!note] Q1 wins`, `[!TIP]-`, `[!warning]+ Risks`: a type of letters and hyphens, then a
/// fold mark): empty when it has none.
fn callout_title(quoted: &str) -> Option<&str> {
    let rest = quoted.strip_prefix("[!")?;
    let end = rest.find(']')?;
    let kind = &rest[..end];
    if kind.is_empty() || !kind.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
        return None;
    }
    Some(rest[end + 1..].trim_start_matches(['+', '-']).trim())
}

/// Whether the end of a line holds no tag: its last word starts with no `#`, it ends with no
/// `]]` (`#[[release mgmt]]`, or an embed), and no org-mode tags end a heading (`:program:`).
fn plain_end(line: &[u8]) -> bool {
    let line = line.trim_ascii_end();
    match line.last() {
        Some(b']') => !line.ends_with(b"]]"),
        // `- ![diagram](a.png)`: a line of images may be one.
        Some(b')') => memchr::memmem::find(line, b"![").is_none(),
        // `On Mon, … wrote:` ends a pasted email's attribution.
        Some(b':') if line.ends_with(b"wrote:") => false,
        // `Jane Doe  10:42 AM`, a chat's sender line.
        Some(b'M' | b'm' | b'0'..=b'9') if ends_with_time(line) => false,
        Some(b':') => {
            line.trim_ascii_start().first() != Some(&b'*')
                || memchr::memrchr2(b' ', b'\t', line).is_none_or(|at| line[at + 1] != b':')
        }
        // `#4521` is an issue, not a tag.
        Some(_) => memchr::memrchr2(b' ', b'\t', line)
            .is_none_or(|at| line[at + 1] != b'#' || line.get(at + 2).is_none_or(u8::is_ascii_digit)),
        None => true,
    }
}

/// Whether `text` is Markdown images alone, one or more (`![diagram](a.png)`, or linked as a
/// README's badges are, `[![CI](…/badge.svg)](https://…)`): a picture, not work.
fn images_alone(text: &str) -> bool {
    let mut rest = text.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let Some(len) = image_len(rest) else {
            return false;
        };
        rest = rest[len..].trim_start();
    }
    true
}

/// The length of the Markdown image `text` starts with: `![alt](target)`, or a linked one,
/// `[![alt](image)](target)`.
fn image_len(text: &str) -> Option<usize> {
    let (inner, linked) = match text.strip_prefix("[![") {
        Some(inner) => (inner, true),
        None => (text.strip_prefix("![")?, false),
    };
    let alt = inner.find(['[', ']'])?;
    let target = inner[alt..].strip_prefix("](")?;
    let mut end = text.len() - target.len() + target_len(target)?;
    if linked {
        let target = text[end..].strip_prefix("](")?;
        end = text.len() - target.len() + target_len(target)?;
    }
    Some(end)
}

/// The length of a link's target and its closing `)` (`https://…/a_(b))`), brackets in it
/// balanced; none without one within [`MAX_TARGET_BYTES`].
fn target_len(text: &str) -> Option<usize> {
    let mut depth = 1usize;
    for (at, byte) in text.bytes().take(MAX_TARGET_BYTES).enumerate() {
        match byte {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// The longest link target read in an image (a longer one is no image's).
const MAX_TARGET_BYTES: usize = 2048;

/// How many bytes of `bytes` make a name: ASCII letters, digits, `_` and `-`.
fn word_len(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        .count()
}

/// Whether a drawer's name is one org-mode writes itself (`PROPERTIES`, `LOGBOOK`), so a
/// drawer of that name that never closes was meant as one, and is warned about.
fn is_standard_drawer(name: &str) -> bool {
    name.eq_ignore_ascii_case("properties") || name.eq_ignore_ascii_case("logbook")
}

/// Whether a line held in an open drawer shows that the drawer was none: another drawer
/// opening, or an org heading (`* Next`), neither of which a drawer holds.
fn ends_drawer_unclosed(line: &str) -> bool {
    let trimmed = line.trim_start();
    (trimmed.starts_with(':') && opens_drawer(trimmed))
        || (line.starts_with('*') && line.trim_start_matches('*').starts_with([' ', '\t']))
}

/// Whether a line opens an Obsidian comment running over lines: it starts with `%%` (its indent
/// trimmed) and holds no other `%%` that closes it (see [`obsidian_close`]). A `%%` inside a
/// line of prose opens none.
fn opens_obsidian_block(line: &str) -> bool {
    line.trim_start()
        .strip_prefix("%%")
        .is_some_and(|rest| obsidian_close(rest, rest).is_none())
}

/// The text after the `%%` opening the Obsidian comment that `line` opens.
fn opened_with(line: &str) -> &str {
    let line = line.trim_start();
    line.strip_prefix("%%").unwrap_or(line)
}

/// Where in `text` the `%%` closing an Obsidian comment is, for a comment whose text, after its
/// opening `%%`, is `opened`. A `%%` glued to the end of a word (`90%%`) opens no comment, and so
/// it closes none that opened with a space or at a line's end (`%% ask Sam about 90%% target`
/// is not closed at `90%%`); only a comment whose text is glued to its opening `%%`, as Obsidian
/// writes a short one (`%%weekly%%`), is closed by one glued to its last word.
fn obsidian_close(opened: &str, text: &str) -> Option<usize> {
    let glued = opened.chars().next().is_some_and(|c| !c.is_whitespace());
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = text[from..].find("%%").map(|at| at + from) {
        if glued || at == 0 || !bytes[at - 1].is_ascii_alphanumeric() {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

/// Whether a line (trimmed) opens an org-mode drawer: `:PROPERTIES:`, `:LOGBOOK:`, or a name
/// in capitals (org's custom drawers); `:END:` closes one and opens none. Whether it is one is
/// known only when its `:END:` comes (see [`Drawer`]).
fn opens_drawer(trimmed: &str) -> bool {
    let trimmed = trimmed.trim_end();
    let Some(name) = trimmed.strip_prefix(':').and_then(|t| t.strip_suffix(':')) else {
        return false;
    };
    is_standard_drawer(name)
        || (name != "END"
            && name.bytes().any(|b| b.is_ascii_uppercase())
            && name
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_' || b == b'-'))
}

/// An AsciiDoc title read as the Markdown heading it is: `== Q2 2025` as `## Q2 2025` (the
/// document's title, `= Brag 2025`, as `# Brag 2025`), when a line is one to six `=`, a space
/// and words; `==> next` or `=====` are no title.
///
/// A title closed by `=`s too (`== Q2 2025 ==`) is a MediaWiki heading, read as the same
/// Markdown heading; the `bool` says it is AsciiDoc (no closing `=`s), which turns on
/// AsciiDoc's attributes (`:author: Jane`) after it.
fn asciidoc_title(line: &str) -> Option<(String, bool)> {
    let level = line.bytes().take_while(|&b| b == b'=').count();
    let title = line[level..].strip_prefix([' ', '\t'])?.trim();
    let open = title.trim_end_matches('=');
    if open.trim().is_empty() {
        // `== ==`: no words, no title.
        return None;
    }
    let (title, asciidoc) = match open.ends_with([' ', '\t']) {
        true => (open.trim_end(), false),
        false => (title, true),
    };
    ((1..=6).contains(&level) && !title.is_empty()).then(|| (format!("{} {title}", "#".repeat(level)), asciidoc))
}

/// `line` without the tags that end it: Obsidian's and Logseq's `#program`, `#[[release
/// mgmt]]`, and org-mode's `:program:infra:` ending a heading (`* Migrate billing  :infra:`).
/// A tag labels the work, and its word would join the sentence's phrases (`migration #program`
/// read as `migration program`); `#1` or `C#` are no tags.
fn untag_end(line: &str) -> &str {
    let org = line.trim_start().starts_with('*');
    let mut text = line.trim_end();
    loop {
        let before = if text.ends_with("]]") {
            text.rfind("#[[")
                .filter(|&at| !text[at + 3..text.len() - 2].contains(['[', ']']))
                .map(|at| &text[..at])
        } else {
            let at = text.rfind([' ', '\t']).map_or(0, |at| at + 1);
            let word = &text[at..];
            let tag = word.strip_prefix('#').is_some_and(|name| {
                name.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
                    && name
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '/'))
            }) || (org
                && word.len() > 2
                && word.starts_with(':')
                && word.ends_with(':')
                && word[1..word.len() - 1]
                    .split(':')
                    .all(|name| !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || "_@#%".contains(c))));
            tag.then(|| &text[..at])
        };
        // A tag stands apart from the words before it, and leaves some; one after a word that
        // needs the next (`Wrote the #roadmap`, `Coached the team on #hiring`) is a word of the
        // sentence, and stays.
        match before {
            Some(before)
                if before.ends_with([' ', '\t'])
                    && before.contains(char::is_alphanumeric)
                    && !ends_with_function_word(before) =>
            {
                text = before.trim_end();
            }
            // As written when it ends with no tag.
            _ if text.len() == line.trim_end().len() => return line,
            _ => return text,
        }
    }
}

/// Whether `text`'s last word needs a word after it (an article, a possessive, a preposition, a
/// conjunction): a tag after it is a word of the sentence.
fn ends_with_function_word(text: &str) -> bool {
    const WORDS: [&str; 20] = [
        "the", "a", "an", "our", "my", "his", "her", "their", "its", "on", "for", "of", "to", "with", "in", "about",
        "and", "or", "into", "from",
    ];
    let word = text.trim_end().rsplit([' ', '\t']).next().unwrap_or_default();
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Adds `piece`, text after a comment, to `kept` as the comment's rendering would show it: the
/// two joined where the comment was, with one space where there were two; text that follows
/// nothing but a comment loses its indent.
fn join(kept: &mut String, piece: &str) {
    if kept.trim().is_empty() {
        kept.clear();
        kept.push_str(piece.trim_start());
    } else if kept.ends_with(char::is_whitespace) {
        kept.push_str(piece.trim_start());
    } else {
        kept.push_str(piece);
    }
}

/// Whether `text` holds a `|` that is not escaped (`\|`).
fn has_pipe(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .any(|(at, &b)| b == b'|' && (at == 0 || bytes[at - 1] != b'\\'))
}

/// Where the first comment of `text` opens, and its kind: a `<!--` or `%%` outside code spans
/// (`` `<!--` `` is code, not a comment).
fn comment_start(text: &str) -> Option<(usize, Comment)> {
    let bytes = text.as_bytes();
    let mut code_spans = CodeSpans::default();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'`' => at = code_spans.skip(bytes, at),
            // An escaped character (`\<!--`, `\%%`, `` \` ``) is text, as Markdown reads it.
            b'\\' => at += 2,
            b'<' if bytes[at..].starts_with(b"<!--") => return Some((at, Comment::Html)),
            // `%%` glued to a word (`90%%`, `a%%b`) is text, not a comment.
            b'%' if bytes.get(at + 1) == Some(&b'%') && (at == 0 || !bytes[at - 1].is_ascii_alphanumeric()) => {
                return Some((at, Comment::Obsidian));
            }
            b'%' if bytes.get(at + 1) == Some(&b'%') => at += 2,
            _ => at += 1,
        }
    }
    None
}

/// Longest run of backticks a code span is looked for after: a longer run is text.
const MAX_TICKS: usize = 16;

/// The code spans of one line, skipped as a line is scanned left to right: a run of backticks
/// opens a span that runs to the next run of as many (its text, tags and marks alike, is
/// code). A run that finds no closing run is remembered, so a hostile line of unclosed runs
/// is read in time proportional to its length.
#[derive(Debug, Default)]
pub(crate) struct CodeSpans {
    /// Whether a run of this many backticks was found to have no closing run.
    unclosed: [bool; MAX_TICKS + 1],
}

impl CodeSpans {
    /// Where to read on after the run of backticks at `bytes[at]`: past the code span it
    /// opens, or past the run when it opens none.
    pub(crate) fn skip(&mut self, bytes: &[u8], at: usize) -> usize {
        let run = bytes[at..].iter().take_while(|&&b| b == b'`').count();
        let after = at + run;
        if run > MAX_TICKS || self.unclosed[run] {
            return after;
        }
        match closing_ticks(&bytes[after..], run) {
            Some(end) => after + end + run,
            None => {
                self.unclosed[run] = true;
                after
            }
        }
    }
}

/// Where in `bytes` a run of exactly `run` backticks starts.
fn closing_ticks(bytes: &[u8], run: usize) -> Option<usize> {
    let mut at = 0;
    while at < bytes.len() {
        let ticks = bytes[at..].iter().take_while(|&&b| b == b'`').count();
        if ticks == run {
            return Some(at);
        }
        at += ticks.max(1);
    }
    None
}

/// Whether a line (its indent trimmed) opens a block that ends a table and cannot be its
/// header: an ATX heading (`## Q3 | Payments`), a list item (`- Ran 1:1s | weekly`), a quote
/// or a code fence.
fn starts_block(trimmed: &str) -> bool {
    let bytes = trimmed.as_bytes();
    let marker = match bytes.first() {
        Some(b'>') => return true,
        Some(&mark @ (b'`' | b'~')) => return bytes.iter().take_while(|&&b| b == mark).count() >= 3,
        Some(b'#') => bytes.iter().take_while(|&&b| b == b'#').count(),
        Some(b'-' | b'*' | b'+') => 1,
        Some(b'0'..=b'9') => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits > 9 || !matches!(bytes.get(digits), Some(b'.' | b')')) {
                return false;
            }
            digits + 1
        }
        _ => return false,
    };
    (bytes[0] != b'#' || marker <= 6) && bytes.get(marker).is_none_or(u8::is_ascii_whitespace)
}

/// Whether `line` closes a fence of `length` × `mark`.
fn closes_fence(line: &str, mark: u8, length: usize) -> bool {
    let trimmed = line.trim();
    let run = trimmed.bytes().take_while(|&b| b == mark).count();
    run >= length && run == trimmed.len()
}

/// A table's delimiter row: cells of dashes with optional colons (`|---|:--:|`).
fn is_delimiter_row(line: &str) -> bool {
    let cells: Vec<&str> = cells(line).collect();
    !cells.is_empty()
        && cells.iter().all(|cell| {
            let dashes = cell.trim_start_matches(':').trim_end_matches(':');
            !dashes.is_empty() && dashes.bytes().all(|b| b == b'-')
        })
}

/// A table row's cells, trimmed, without the empty ones its outer pipes make.
fn cells(line: &str) -> impl Iterator<Item = &str> {
    let inner = line.trim().trim_start_matches('|');
    let inner = inner.strip_suffix('|').filter(|s| !s.ends_with('\\')).unwrap_or(inner);
    split_cells(inner).map(str::trim).filter(|cell| !cell.is_empty())
}

/// How many cells a row has, empty ones included (GFM's count: one leading and one trailing
/// pipe make none).
fn cell_count(line: &str) -> usize {
    let line = line.trim();
    let inner = line.strip_prefix('|').unwrap_or(line);
    let inner = inner.strip_suffix('|').filter(|s| !s.ends_with('\\')).unwrap_or(inner);
    split_cells(inner).count()
}

/// Splits at pipes that are not escaped (`\|` stays in its cell).
fn split_cells(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut previous = 0u8;
    let mut bounds = Vec::new();
    for (i, byte) in text.bytes().enumerate() {
        if byte == b'|' && previous != b'\\' {
            bounds.push((start, i));
            start = i + 1;
        }
        previous = byte;
    }
    bounds.push((start, text.len()));
    bounds.into_iter().map(move |(from, to)| &text[from..to])
}

/// A table row's part.
fn row(number: usize, line: &str, header: bool) -> Part<'static> {
    Part::Row {
        number,
        cells: cells(line).map(|cell| cell.replace("\\|", "|")).collect(),
        header,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of `text` through the filter, as `(number, Some(text))` or `(number, None)`
    /// for a skipped line, and what never closed.
    fn run(text: &str) -> (Vec<(usize, Option<String>)>, Option<Unclosed>) {
        let mut markup = Markup::default();
        let mut parts = Vec::new();
        let mut keep = |part: Part<'_>| match part {
            Part::Text(n, text) => parts.push((n, Some(text.into_owned()))),
            Part::Row { number, cells, header } => parts.push((
                number,
                Some(format!("{}{}", if header { "H " } else { "R " }, cells.join(" / "))),
            )),
            Part::Skipped(n) => parts.push((n, None)),
        };
        for (i, line) in text.lines().enumerate() {
            markup.feed(i + 1, line, &mut keep);
        }
        let unclosed = markup.finish(&mut keep);
        (parts, unclosed)
    }

    proptest::proptest! {
        #[test]
        fn every_line_comes_out_once_and_in_order(
            lines in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(&[
                        "a", " ", "|", "\\|", "---", ":--", "-->", "<!--", "`", "```", "~~~", "~~", "> ", "- ", "# ", "1. ",
                        "%%", "::", ":", ":PROPERTIES:", ":END:", "#+", "![[", "]]", "= ", "<aside>", " #t", "SCHEDULED: <", "From: ", "Sent: 2025 1:00",
                        "<img", " src=\"x\"", "/>", "<h2>", "</h2>", "<b>", "<br>",
                        "Jane 9:05", "2 replies", "View thread", " (edited)",
                    ][..]),
                    0..6,
                ),
                0..40,
            )
        ) {
            let text: Vec<String> = lines.iter().map(|pieces| pieces.concat()).collect();
            let (parts, _) = run(&text.iter().map(|line| format!("{line}\n")).collect::<String>());
            let numbers: Vec<usize> = parts.iter().map(|(n, _)| *n).collect();
            let expected: Vec<usize> = (1..=text.len()).collect();
            proptest::prop_assert_eq!(numbers, expected, "{:?}", text);
        }
    }

    fn text(n: usize, s: &str) -> (usize, Option<String>) {
        (n, Some(s.to_string()))
    }

    #[test]
    fn a_table_s_rows_are_handed_on_with_the_header_marked_and_the_delimiter_skipped() {
        let (parts, unclosed) = run(
            "| Date | What |\n|---|:--|\n| 2025-01 | Ran the hiring loop |\n| 2025-02 | Wrote a \\| PRD |\nafter\n",
        );
        assert_eq!(
            parts,
            vec![
                text(1, "H Date / What"),
                (2, None),
                text(3, "R 2025-01 / Ran the hiring loop"),
                text(4, "R 2025-02 / Wrote a | PRD"),
                text(5, "after"),
            ]
        );
        assert_eq!(unclosed, None);
    }

    #[test]
    fn a_pipe_line_without_a_delimiter_row_is_left_as_written() {
        let (parts, _) = run("| not a table\n- Ran 1:1s\n| last |");
        assert_eq!(
            parts,
            vec![text(1, "| not a table"), text(2, "- Ran 1:1s"), text(3, "| last |")]
        );
    }

    #[test]
    fn code_fences_and_comments_are_skipped_and_quotes_lose_their_markers() {
        let (parts, unclosed) = run(
            "```sh\ngit rebase\n```\n<!-- note -->\n<!--\nhidden\n--> Ran 1:1s\n> > Led the cutover\n~~~\n~~~\n``x`` inline\n~~~ Q3 ~~~\n",
        );
        assert_eq!(
            parts,
            vec![
                (1, None),
                (2, None),
                (3, None),
                (4, None),
                (5, None),
                (6, None),
                text(7, "Ran 1:1s"),
                text(8, "Led the cutover"),
                (9, None),
                (10, None),
                text(11, "``x`` inline"),
                text(12, "~~~ Q3 ~~~"),
            ]
        );
        assert_eq!(unclosed, None);
    }

    #[test]
    fn a_pasted_emails_headers_are_metadata_and_lines_like_them_are_text() {
        let (parts, _) = run(concat!(
            "From: Priya Shah <priya@acme.com>\n",
            "Sent: Tuesday, March 4, 2025 10:12 AM\n",
            "To: Jane Doe\n",
            "Subject: RE: Billing migration\n",
            "Jane, thanks for running the cutover.\n",
            "On Mon, Mar 3, 2025 at 9:00 AM Jane Doe <jane@acme.com> wrote:\n",
            "-----Original Message-----\n",
            "Date: Mon, 3 Mar 2025 09:00:00 +0000\n",
            "To: the team, for the offsite\n",
            "Ran the offsite.\n",
            "From: idea to launch in six weeks\n",
            "Subject: hiring\n",
            "From: Zero to One\n",
            "From: 3 PMs, 2 EMs\n",
            "From: Chaos To Clarity\n",
            "From: Priya Shah\n",
            "From: Engineering, Product, Design\n",
            "From: Shah, Priya\n",
            "Sent: Tuesday, March 4, 2025 10:12 AM\n",
        ));
        assert_eq!(
            parts,
            vec![
                (1, None),
                (2, None),
                (3, None),
                (4, None),
                text(5, "Jane, thanks for running the cutover."),
                (6, None),
                (7, None),
                (8, None),
                (9, None),
                text(10, "Ran the offsite."),
                text(11, "From: idea to launch in six weeks"),
                text(12, "Subject: hiring"),
                text(13, "From: Zero to One"),
                text(14, "From: 3 PMs, 2 EMs"),
                text(15, "From: Chaos To Clarity"),
                text(16, "From: Priya Shah"),
                text(17, "From: Engineering, Product, Design"),
                (18, None),
                (19, None),
            ]
        );
        let markup = Markup::default();
        for header in ["From: a@b.co", "Subject: x", "Reply-To: a@b.co"] {
            assert!(!markup.passes(header), "{header}");
        }
        assert!(!markup.passes("On Mon, Mar 3 Jane wrote:"));
        assert!(markup.passes("- Ran the loop"));
    }

    #[test]
    fn a_quoted_messages_header_is_known_by_its_first_line() {
        assert!(heads_quoted_message(
            "On Mon, Mar 3, 2025 at 9:00 AM Raj Patel <raj@acme.com> wrote:"
        ));
        assert!(heads_quoted_message("-----Original Message-----"));
        assert!(heads_quoted_message("From: Raj Patel <raj@acme.com>"));
        // A sender without an address needs its `Sent:` line; a talk's title is no header.
        assert!(!heads_quoted_message("From: Raj Patel"));
        assert!(is_unaddressed_sender("From: Raj Patel"));
        assert!(is_sent_header("Sent: Monday, March 3, 2025 9:00 AM"));
        assert!(!is_sent_header("Sent: the deck to the board"));
        assert!(!heads_quoted_message("On call for the payments team, I wrote:"));
        assert!(!heads_quoted_message("Onboarded three engineers"));
    }

    #[test]
    fn a_sender_without_an_address_is_a_header_when_the_sent_line_follows() {
        let (parts, unclosed) = run(concat!(
            "From: Priya Shah\n",
            "Sent: Tuesday, March 4, 2025 10:12 AM\n",
            "To: Jane Doe\n",
            "Subject: Q1 wins\n",
            "Shipped the onboarding flow.\n",
            "From: Shah, Priya (Engineering)\n",
            "Date: Mon, 3 Mar 2025 09:00:00 +0000\n",
            "Ran the offsite.\n",
            "From: Chaos To Clarity\n",
            "From: Priya Shah\n",
            "Sent: next week\n",
            "From: Zero to One | talk\n",
            "From: Priya Shah",
        ));
        assert_eq!(
            parts,
            vec![
                (1, None),
                (2, None),
                (3, None),
                (4, None),
                text(5, "Shipped the onboarding flow."),
                (6, None),
                (7, None),
                text(8, "Ran the offsite."),
                text(9, "From: Chaos To Clarity"),
                // `Sent:` without a date and time: no email.
                text(10, "From: Priya Shah"),
                text(11, "Sent: next week"),
                text(12, "From: Zero to One | talk"),
                // Held to the end, it is text.
                text(13, "From: Priya Shah"),
            ]
        );
        assert!(unclosed.is_none());
        let mut markup = Markup::default();
        markup.feed(1, "From: Priya Shah", |_| {});
        assert!(
            !markup.passes("- Ran the loop"),
            "a held sender is settled by the next line"
        );
    }

    #[test]
    fn a_pasted_chats_senders_and_reactions_are_metadata_and_its_messages_text() {
        let (parts, _) = run(concat!(
            "Jane Doe  10:42 AM\n",
            "Shipped the new onboarding flow :tada:\n",
            ":tada: 3 :raised_hands: 2\n",
            "Priya 9:05\n",
            "[11:02 AM] Jane Doe: ran the incident review\n",
            "Met the PM at 10:42 AM\n",
            "[2025-03-14] Wrote the PRD\n",
            ":rocket: Shipped it\n",
        ));
        assert_eq!(
            parts,
            vec![
                (1, None),
                text(2, "Shipped the new onboarding flow :tada:"),
                (3, None),
                (4, None),
                text(5, "ran the incident review"),
                text(6, "Met the PM at 10:42 AM"),
                text(7, "[2025-03-14] Wrote the PRD"),
                text(8, ":rocket: Shipped it"),
            ]
        );
        assert!(ends_with_time(b"at 9:05pm") && !ends_with_time(b"grew 40%") && !ends_with_time(b"2025"));
    }

    #[test]
    fn a_slack_threads_lines_are_metadata_where_a_chat_is_shown() {
        let (parts, _) = run(concat!(
            "Jane Doe  10:42 AM\n",
            "Shipped the new onboarding flow (edited)\n",
            ":tada: 3\n",
            "2 replies Last reply 3 days ago\n",
            "View thread\n",
            "Priya Shah  11:02 AM\n",
            "Ran the incident review with the on-call team\n",
            "1 reply\n",
            "Last reply today at 10:42 AM\n",
            "Also sent to the channel\n",
            "also sent to #launch-crew\n",
            "View newer replies\n",
            "Ran 2 replies to RFCs\n",
            "2 replies to the RFC\n",
            "Last reply 3 days ago\n",
            "Wrote the (edited) guide\n",
            "(edited)\n",
        ));
        assert_eq!(
            parts,
            vec![
                (1, None),
                text(2, "Shipped the new onboarding flow"),
                (3, None),
                (4, None),
                (5, None),
                (6, None),
                text(7, "Ran the incident review with the on-call team"),
                (8, None),
                (9, None),
                (10, None),
                (11, None),
                (12, None),
                text(13, "Ran 2 replies to RFCs"),
                text(14, "2 replies to the RFC"),
                // Not right under a count of replies.
                text(15, "Last reply 3 days ago"),
                text(16, "Wrote the (edited) guide"),
                (17, None),
            ]
        );
        // Without a chat shown above them, they are lines of text as written.
        let lines = [
            "View thread",
            "2 replies",
            "Also sent to the channel",
            "Shipped the onboarding flow (edited)",
        ];
        let (parts, _) = run(&lines.map(|line| format!("{line}\n")).concat());
        let read: Vec<(usize, Option<String>)> = lines.iter().enumerate().map(|(i, line)| text(i + 1, line)).collect();
        assert_eq!(parts, read);
        // A message copied as Teams copies one shows a chat too.
        let (parts, _) = run("[11:02 AM] Jane Doe: ran the review\nView thread\n");
        assert_eq!(parts, vec![text(1, "ran the review"), (2, None)]);
        let mut markup = Markup::default();
        markup.feed(1, "Jane Doe  10:42 AM", |_| {});
        assert!(!markup.passes("2 replies"), "a chat's lines take the slow path");
        assert!(
            markup
                .metadata()
                .is_some_and(|(_, message)| message.contains("sender lines"))
        );
        markup.feed(2, "View thread", |_| {});
        assert!(
            markup
                .metadata()
                .is_some_and(|(_, message)| message.contains("thread lines (2 replies, View thread")),
            "{:?}",
            markup.metadata()
        );
    }

    #[test]
    fn a_callouts_title_is_a_line_and_a_bare_mark_is_metadata() {
        let mut markup = Markup::default();
        let mut parts = Vec::new();
        for (number, line) in [
            "> [!success]+ Q1 wins",
            "> - Led the launch",
            "> [!NOTE]",
            "> [!x y] Ran it",
            "> [!] a",
        ]
        .into_iter()
        .enumerate()
        {
            markup.feed(number + 1, line, |part| parts.push(part.into_owned()));
        }
        assert_eq!(
            parts,
            vec![
                Part::Text(1, "Q1 wins".into()),
                Part::Text(2, "- Led the launch".into()),
                Part::Skipped(3),
                Part::Text(4, "[!x y] Ran it".into()),
                Part::Text(5, "[!] a".into()),
            ]
        );
        assert_eq!(
            markup.metadata(),
            Some((
                3,
                "1 line was read as metadata (callout marks without a title (> [!NOTE])), not as an activity"
                    .to_string()
            ))
        );
    }

    #[test]
    fn a_fence_that_never_closes_is_read_as_text_and_named() {
        let (parts, unclosed) = run("- Ran 1:1s\n````\n- Wrote the PRD\n```\n<!-- x -->\n");
        assert_eq!(
            parts,
            vec![
                text(1, "- Ran 1:1s"),
                text(2, "````"),
                text(3, "- Wrote the PRD"),
                text(4, "```"),
                (5, None),
            ]
        );
        assert_eq!(
            unclosed,
            Some(Unclosed {
                line: 2,
                lines: 4,
                what: "a code fence",
                read_as_text: true,
                text_before: false,
                cut_short: false,
            })
        );
        // Too long to hold: its lines stay skipped.
        let long = format!("- Ran 1:1s\n```\n{}", "x\n".repeat(MAX_FENCE_LINES + 5));
        let (parts, unclosed) = run(&long);
        assert_eq!(parts.len(), MAX_FENCE_LINES + 7);
        assert!(parts[1..].iter().all(|(_, text)| text.is_none()));
        assert_eq!(
            unclosed.map(|u| (u.lines, u.read_as_text)),
            Some((MAX_FENCE_LINES + 6, false))
        );
        let (_, unclosed) = run("<!-- draft\n- Wrote the PRD\n");
        assert_eq!(unclosed.map(|u| (u.line, u.lines)), Some((1, 2)));
    }

    #[test]
    fn inline_comments_leave_the_rest_of_their_line() {
        let (parts, unclosed) = run(concat!(
            "- Led the hiring loop <!-- ask Sam -->\n",
            "  - Ran <!-- weekly --> 1:1s<!-- x -->, then retros\n",
            "<!-- a --> <!-- b -->\n",
            "- Wrote the PRD <!-- draft\n",
            "still a draft\n",
            "--> | Date | What |\n",
            "|---|---|\n",
            "| 2025-01 | Ran it |\n",
            "<!--\n",
            "--> <!-- again --> ```\n",
            "git push\n",
            "```\n",
            "<!-- one --> Ran 1:1s <!-- two\n",
            "-->\n",
            "- Documented `<!--` and ``a ` <!--`` in the guide\n",
        ));
        assert_eq!(
            parts,
            vec![
                text(1, "- Led the hiring loop "),
                text(2, "  - Ran 1:1s, then retros"),
                (3, None),
                text(4, "- Wrote the PRD "),
                (5, None),
                text(6, "H Date / What"),
                (7, None),
                text(8, "R 2025-01 / Ran it"),
                (9, None),
                (10, None),
                (11, None),
                (12, None),
                text(13, "Ran 1:1s "),
                (14, None),
                text(15, "- Documented `<!--` and ``a ` <!--`` in the guide"),
            ]
        );
        assert_eq!(unclosed, None);
        let (parts, unclosed) = run("- Ran 1:1s <!-- draft\n- Wrote the PRD\n");
        assert_eq!(parts, vec![text(1, "- Ran 1:1s "), (2, None)]);
        assert_eq!(unclosed.map(|u| (u.line, u.lines, u.text_before)), Some((1, 2, true)));
        let (_, unclosed) = run("- Ran 1:1s\n<!-- draft\n- Wrote the PRD\n");
        assert_eq!(unclosed.map(|u| (u.line, u.lines, u.text_before)), Some((2, 2, false)));
        // `<!-->` and `<!--->` are whole comments: the lines after them are read.
        let (parts, unclosed) = run("- Ran 1:1s <!--> - Wrote it\n- Hired two <!---> engineers\n");
        assert_eq!(
            parts,
            vec![text(1, "- Ran 1:1s - Wrote it"), text(2, "- Hired two engineers")]
        );
        assert_eq!(unclosed, None);
        // Escaped, they are text.
        let (parts, unclosed) = run("- Wrote \\<!-- in the guide\n- Cut \\%% of toil\n");
        assert_eq!(
            parts,
            vec![text(1, "- Wrote \\<!-- in the guide"), text(2, "- Cut \\%% of toil")]
        );
        assert_eq!(unclosed, None);
    }

    #[test]
    fn a_table_without_outer_pipes_is_a_table() {
        let (parts, _) = run(concat!(
            "Date | What | Outcome\n",
            "--- | --- | ---\n",
            "2025-01 | Ran the hiring loop | Team grew to 8\n",
            "| 2025-02 | Wrote the PRD | |\n",
            "\n",
            "What | Why\n",
            ":--|--:\n",
            "Ran 1:1s | Trust\n",
            "> Led it | well\n",
        ));
        assert_eq!(
            parts,
            vec![
                text(1, "H Date / What / Outcome"),
                (2, None),
                text(3, "R 2025-01 / Ran the hiring loop / Team grew to 8"),
                text(4, "R 2025-02 / Wrote the PRD"),
                text(5, ""),
                text(6, "H What / Why"),
                (7, None),
                text(8, "R Ran 1:1s / Trust"),
                text(9, "Led it | well"),
            ]
        );
        // A comment between a row and a delimiter row leaves no table, and the lines in order.
        let (parts, _) = run("What | Why\n<!-- x -->\n--- | ---\n");
        assert_eq!(parts, vec![text(1, "What | Why"), (2, None), text(3, "--- | ---")]);
        // A piped header takes a delimiter row without outer pipes too.
        let (parts, _) = run("| What | Why |\n--- | ---\n| Ran 1:1s | Trust |\n");
        assert_eq!(
            parts,
            vec![text(1, "H What / Why"), (2, None), text(3, "R Ran 1:1s / Trust")]
        );
    }

    #[test]
    fn a_pipe_in_prose_is_prose_and_keeps_its_place() {
        let (parts, unclosed) = run(concat!(
            "Q3 | Payments\n",
            "---\n",
            "  a | b\n",
            "- Ran 1:1s\n",
            "A | B | C\n",
            "--- | ---\n",
            "## Q4 | Search\n",
            "--- | ---\n",
            "x \\| y\n",
            "--|--\n",
            "- Ran 1:1s | weekly\n",
            "--- | ---\n",
            "last | line",
        ));
        assert_eq!(
            parts,
            vec![
                text(1, "Q3 | Payments"),
                text(2, "---"),
                text(3, "  a | b"),
                text(4, "- Ran 1:1s"),
                text(5, "A | B | C"),
                text(6, "--- | ---"),
                text(7, "## Q4 | Search"),
                text(8, "--- | ---"),
                text(9, "x \\| y"),
                text(10, "--|--"),
                text(11, "- Ran 1:1s | weekly"),
                text(12, "--- | ---"),
                text(13, "last | line"),
            ]
        );
        assert_eq!(unclosed, None);
    }

    #[test]
    fn the_quick_path_takes_no_line_that_may_open_a_construct() {
        let markup = Markup::default();
        for line in [
            "- Ran 1:1s",
            "  indented",
            "",
            "a ~5 ms cut",
            "Ran the ~~struck~~ review",
        ] {
            assert!(markup.passes(line), "{line:?}");
        }
        for line in ["| a |", "a | b", "x <!-- y -->", "```", "~~~", "> quote", "<!--"] {
            assert!(!markup.passes(line), "{line:?}");
        }
    }

    #[test]
    fn the_quick_path_takes_no_line_of_notes_app_metadata_and_every_ordinary_one() {
        let markup = Markup::default();
        for line in [
            "Q1: shipped the PRD",
            "- Cut latency 40% in a week",
            "- Fixed issue #4521",
            "* Q3 highlights:",
            "- Read [[Sam]]'s notes",
            "## Q2 2025",
            "Closed: the Q3 deal",
            "SCHEDULED the launch",
        ] {
            assert!(markup.passes(line), "{line:?}");
        }
        for line in [
            "\ttags:: hiring, roadmap",
            "collapsed::",
            "#+TITLE: Brag",
            "   SCHEDULED: <2025-03-14 Fri>",
            "DEADLINE: <2025-03-14>",
            ":PROPERTIES:",
            ":toc:",
            "![[roadmap.png]]",
            "- ![[roadmap.png]]",
            "== Q2 2025",
            "- Ran 1:1s %% private %%",
            "%%",
            "- Shipped it #win",
            "- Shipped it #[[release mgmt]]",
            "** Migrate billing   :program:infra:",
        ] {
            assert!(!markup.passes(line), "{line:?}");
        }
    }

    #[test]
    fn notes_app_metadata_is_skipped_and_counted() {
        let (parts, unclosed) = run(concat!(
            "title:: Brag 2025\n",
            "- Wrote the roadmap\n",
            "\tstatus:: done\n",
            "\tcollapsed::\n",
            "- Note::value and Ran 1:1s\n",
            "#+TITLE: Brag 2025\n",
            "#+BEGIN_SRC sh\n",
            "** DONE Coached Sam\n",
            "   CLOSED: [2025-03-14 Fri 16:02]\n",
            "   SCHEDULED: <2025-03-14 Fri> DEADLINE: <2025-03-20 Thu>\n",
            "DEADLINE: ship it by Friday\n",
            "![[roadmap.png]]\n",
            "- ![[a.png|300]] ![[b.png]]\n",
            "- ![[a.png]] the launch deck\n",
            "#+\n",
            "#+1 for the idea\n",
        ));
        assert_eq!(
            parts,
            vec![
                (1, None),
                text(2, "- Wrote the roadmap"),
                (3, None),
                (4, None),
                text(5, "- Note::value and Ran 1:1s"),
                (6, None),
                (7, None),
                text(8, "** DONE Coached Sam"),
                (9, None),
                (10, None),
                text(11, "DEADLINE: ship it by Friday"),
                (12, None),
                (13, None),
                text(14, "- ![[a.png]] the launch deck"),
                text(15, "#+"),
                text(16, "#+1 for the idea"),
            ]
        );
        assert_eq!(unclosed, None);
        let mut markup = Markup::default();
        markup.feed(4, "\tid:: 6512ab", |_| {});
        markup.feed(5, "#+STARTUP: overview", |_| {});
        markup.feed(6, "<aside>", |_| {});
        assert_eq!(
            markup.metadata(),
            Some((
                4,
                "3 lines were read as metadata (Logseq properties (key:: value), org-mode keywords (#+TITLE:), lines of HTML tags alone (<ul>, <details>)), not as activities".to_string()
            ))
        );
        assert_eq!(Markup::default().metadata(), None);
    }

    #[test]
    fn an_org_drawer_is_skipped_to_its_end_and_one_that_never_ends_is_read() {
        let (parts, unclosed) = run(concat!(
            "* Migrate billing\n",
            "  :PROPERTIES:\n",
            "  :EFFORT: 3d\n",
            "  :OWNER: Sam\n",
            "  :END:\n",
            ":LOGBOOK:\n",
            "CLOCK: [2025-03-14 Fri 09:00]--[2025-03-14 Fri 11:00] =>  2:00\n",
            ":end:\n",
            "- Ran the review\n",
        ));
        assert_eq!(
            parts,
            vec![
                text(1, "* Migrate billing"),
                (2, None),
                (3, None),
                (4, None),
                (5, None),
                (6, None),
                (7, None),
                (8, None),
                text(9, "- Ran the review"),
            ]
        );
        assert_eq!(unclosed, None);
        let (parts, unclosed) = run(":PROPERTIES:\n- Ran the review\n```\ncode\n");
        assert_eq!(
            parts,
            vec![
                text(1, ":PROPERTIES:"),
                text(2, "- Ran the review"),
                text(3, "```"),
                text(4, "code"),
            ]
        );
        assert_eq!(
            unclosed.map(|u| (u.line, u.lines, u.what, u.read_as_text)),
            Some((1, 4, "an org-mode drawer (:PROPERTIES: … :END:)", true))
        );
        // Too long to hold: read as text at once, and the lines after it too.
        let long = format!(
            ":LOGBOOK:\n{}- Ran the review\n",
            "- Wrote it\n".repeat(MAX_DRAWER_LINES + 1)
        );
        let (parts, unclosed) = run(&long);
        assert_eq!(parts.len(), MAX_DRAWER_LINES + 3);
        assert!(parts.iter().all(|(_, text)| text.is_some()));
        assert_eq!(parts.last(), Some(&text(MAX_DRAWER_LINES + 3, "- Ran the review")));
        // Given up before its end, and warned about at its first line.
        assert_eq!(
            unclosed.map(|u| (u.line, u.lines, u.what, u.cut_short)),
            Some((
                1,
                MAX_DRAWER_LINES + 1,
                "an org-mode drawer (:PROPERTIES: … :END:)",
                true
            ))
        );
        // A heading ends a drawer that had no `:END:`: given up there, and warned about.
        let (parts, unclosed) = run("* Work\n:PROPERTIES:\n:ID: 42\n* Next\n- Hired two engineers\n");
        assert!(parts.iter().all(|(_, text)| text.is_some()), "{parts:?}");
        assert_eq!(unclosed.map(|u| (u.line, u.lines, u.cut_short)), Some((2, 2, true)));
    }

    #[test]
    fn asciidoc_titles_are_headings_and_attributes_are_skipped() {
        let (parts, _) = run(concat!(
            ":rocket: Shipped the pricing page\n",
            ":toc:\n",
            "= Brag 2025\n",
            ":author: Jane Doe\n",
            ":sectnums!:\n",
            "  :author: indented\n",
            "== Q2 2025\n",
            "====== Deep\n",
            "======= Too deep\n",
            "==> next\n",
            "=====\n",
            "- a === b\n",
            "  = $2M saved\n",
        ));
        assert_eq!(
            parts,
            vec![
                text(1, ":rocket: Shipped the pricing page"),
                (2, None),
                text(3, "# Brag 2025"),
                (4, None),
                (5, None),
                text(6, "  :author: indented"),
                text(7, "## Q2 2025"),
                text(8, "###### Deep"),
                text(9, "======= Too deep"),
                text(10, "==> next"),
                text(11, "====="),
                text(12, "- a === b"),
                text(13, "  = $2M saved"),
            ]
        );
    }

    #[test]
    fn obsidian_comments_are_comments() {
        let (parts, unclosed) = run(concat!(
            "- Ran 1:1s %% ask Sam %% weekly\n",
            "- %% private %%\n",
            "%%\n",
            "- Hidden work\n",
            "%% - Wrote the PRD\n",
            "- Cut costs 40%\n",
            "- Documented `%%` in the guide\n",
            "%% never closed\n",
            "- Gone\n",
        ));
        assert_eq!(
            parts,
            vec![
                text(1, "- Ran 1:1s weekly"),
                text(2, "- "),
                (3, None),
                (4, None),
                text(5, "- Wrote the PRD"),
                text(6, "- Cut costs 40%"),
                text(7, "- Documented `%%` in the guide"),
                // Never closed: no comment, but text, with a warning.
                text(8, "%% never closed"),
                text(9, "- Gone"),
            ]
        );
        assert_eq!(
            unclosed.map(|u| (u.line, u.lines, u.what, u.read_as_text)),
            Some((8, 2, "an Obsidian comment (%%)", true))
        );
    }

    #[test]
    fn a_percent_pair_in_prose_opens_no_comment() {
        let (parts, unclosed) = run(concat!(
            "- Hit 90%% on the API\n",
            "- Cut costs 40%% and churn 10%%\n",
            "- Ran the review %% ask Sam\n",
            "- Wrote the PRD\n",
            "- Led 1:1s %%weekly%% with the team\n",
        ));
        assert_eq!(
            parts,
            vec![
                text(1, "- Hit 90%% on the API"),
                text(2, "- Cut costs 40%% and churn 10%%"),
                text(3, "- Ran the review %% ask Sam"),
                text(4, "- Wrote the PRD"),
                text(5, "- Led 1:1s with the team"),
            ]
        );
        assert_eq!(unclosed, None);
        // A comment across lines is skipped, the text after its close read; one longer than a
        // drawer's bounds is read as text at once, and so are the lines after it.
        let (parts, unclosed) = run("%% draft\n- Hidden\n%% - Wrote the PRD\n");
        assert_eq!(parts, vec![(1, None), (2, None), text(3, "- Wrote the PRD")]);
        assert_eq!(unclosed, None);
        let long = format!("%%\n{}- Ran the review\n", "- Wrote it\n".repeat(MAX_DRAWER_LINES + 1));
        let (parts, unclosed) = run(&long);
        assert_eq!(parts.len(), MAX_DRAWER_LINES + 3);
        assert!(parts.iter().all(|(_, text)| text.is_some()));
        assert_eq!(
            unclosed.map(|u| (u.line, u.what, u.cut_short)),
            Some((1, "an Obsidian comment (%%)", true))
        );
        // Its closing `%%`, when it comes, is its end read as text, and opens no comment.
        let (parts, _) = run(&format!("{long}%%\n- Hired two engineers\n"));
        assert_eq!(parts.last(), Some(&text(MAX_DRAWER_LINES + 5, "- Hired two engineers")));
        // Inside an HTML comment a `%%` line is the comment's.
        let (parts, unclosed) = run("<!-- private\n%% Hired three\n-->\n- Wrote the PRD\n");
        assert_eq!(parts, vec![(1, None), (2, None), (3, None), text(4, "- Wrote the PRD")]);
        assert_eq!(unclosed, None);
    }

    #[test]
    fn a_percent_pair_ending_a_word_closes_only_a_comment_glued_to_its_text() {
        // `90%%` opens no comment, so it closes none opened with a space, on a line or over lines.
        let (parts, unclosed) = run("- Ran the review %% ask Sam about 90%% target\n");
        assert_eq!(parts, vec![text(1, "- Ran the review %% ask Sam about 90%% target")]);
        assert_eq!(unclosed, None);
        let (parts, unclosed) = run("%% ask Sam about 90%% target\n- Hidden\n%%\n- Wrote the PRD\n");
        assert_eq!(parts, vec![(1, None), (2, None), (3, None), text(4, "- Wrote the PRD")]);
        assert_eq!(unclosed, None);
        let (parts, _) = run("%%\nprivate\nHit 90%% on the API\n%% - Wrote the PRD\n");
        assert_eq!(parts, vec![(1, None), (2, None), (3, None), text(4, "- Wrote the PRD")]);
        // Text glued to its opening `%%` is closed by one glued to its last word, as Obsidian
        // writes a short comment.
        let (parts, _) = run("- Led 1:1s %%weekly%% with the team\n%%draft\nnotes%%\n- Wrote the PRD\n");
        assert_eq!(
            parts,
            vec![
                text(1, "- Led 1:1s with the team"),
                (2, None),
                (3, None),
                text(4, "- Wrote the PRD")
            ]
        );
        assert_eq!(obsidian_close(" ask", "a 90%% b %% c"), Some(9));
        assert_eq!(obsidian_close("", "90%%"), None);
        assert_eq!(obsidian_close("x", "90%%"), Some(2));
    }

    #[test]
    fn a_drawer_is_one_only_when_its_end_comes() {
        // `:Q3:` over a list that no `:END:` closes is text, and no warning is due.
        let (parts, unclosed) = run(":Q3:\n- Ran the review\n:WIP:\n- Wrote the PRD\n");
        assert_eq!(
            parts,
            vec![
                text(1, ":Q3:"),
                text(2, "- Ran the review"),
                text(3, ":WIP:"),
                text(4, "- Wrote the PRD"),
            ]
        );
        assert_eq!(unclosed, None);
        // Nor does a later drawer's `:END:` close it: a drawer holds no drawer or heading.
        let (parts, unclosed) = run(":Q3:\n- Ran the review\n:PROPERTIES:\n:ID: 1\n:END:\n* Next\n");
        assert_eq!(
            parts,
            vec![
                text(1, ":Q3:"),
                text(2, "- Ran the review"),
                (3, None),
                (4, None),
                (5, None),
                text(6, "* Next"),
            ]
        );
        assert_eq!(unclosed, None);
        let (parts, _) = run(":NOTES:\n- Ran the review\n* Next\n- Wrote the PRD\n:END:\n");
        assert_eq!(
            parts[..3],
            [text(1, ":NOTES:"), text(2, "- Ran the review"), text(3, "* Next")]
        );
        // A custom drawer that closes is one.
        let (parts, _) = run(":NOTES:\nprivate\n:END:\n");
        assert_eq!(parts, vec![(1, None), (2, None), (3, None)]);
    }

    #[test]
    fn a_mediawiki_heading_is_a_heading_that_turns_on_no_asciidoc() {
        let (parts, _) = run(concat!(
            "== Q2 2025 ==\n",
            ":tada: Launched the pricing page\n",
            ":rocket: Shipped it\n",
            "= Brag =\n",
            "== Q3 ==\n",
            ":author: Jane Doe\n",
        ));
        assert_eq!(
            parts,
            vec![
                text(1, "## Q2 2025"),
                text(2, ":tada: Launched the pricing page"),
                text(3, ":rocket: Shipped it"),
                text(4, "# Brag"),
                text(5, "## Q3"),
                text(6, ":author: Jane Doe"),
            ]
        );
        assert_eq!(asciidoc_title("== Q2 2025"), Some(("## Q2 2025".to_string(), true)));
        assert_eq!(asciidoc_title("== Q2 2025 =="), Some(("## Q2 2025".to_string(), false)));
        assert_eq!(asciidoc_title("== =="), None);
    }

    #[test]
    fn a_logseq_property_has_a_key_in_lower_case() {
        let (parts, _) = run(concat!(
            "Results:: grew ARR 3x\n",
            "Key results:: grew ARR 3x\n",
            "id:: 6512ab\n",
            "\ttags:: hiring\n",
            "review_cycle:: 2025-h1\n",
            "collapsed:: true\n",
        ));
        assert_eq!(
            parts,
            vec![
                text(1, "Results:: grew ARR 3x"),
                text(2, "Key results:: grew ARR 3x"),
                (3, None),
                (4, None),
                (5, None),
                (6, None),
            ]
        );
    }

    #[test]
    fn html_block_tags_are_skipped_and_their_words_kept() {
        let (parts, _) = run(concat!(
            "<aside>\n",
            "</aside>\n",
            "<details open>\n",
            "<summary>Program work</summary>\n",
            "<div class=\"x\"><p></p></div>\n",
            "<br/>\n",
            "<Your name> wrote it\n",
            "<3 the team\n",
        ));
        assert_eq!(
            parts,
            vec![
                (1, None),
                (2, None),
                (3, None),
                text(4, "Program work"),
                (5, None),
                (6, None),
                text(7, "<Your name> wrote it"),
                text(8, "<3 the team"),
            ]
        );
    }

    #[test]
    fn html_tags_in_a_line_are_read_as_markdown() {
        let (parts, unclosed) = run(concat!(
            "<h1 align=\"center\">Jane Doe</h1>\n",
            "<p align=\"center\"><img src=\"https://x.example/a.png\" width=\"80\" /></p>\n",
            "<h2>Q1 2025</h2>\n",
            "- Hired <b>two</b> engineers<br/>\n",
            "- Cut p99 to < 200 ms, <3 the team\n",
            "<!-- a note\n",
            "<b>over lines</b> -->\n",
            "<li>Ran the review</li>\n",
        ));
        assert_eq!(
            parts,
            vec![
                text(1, "# Jane Doe"),
                (2, None),
                text(3, "## Q1 2025"),
                text(4, "- Hired **two** engineers"),
                text(5, "- Cut p99 to < 200 ms, <3 the team"),
                (6, None),
                (7, None),
                text(8, "- Ran the review"),
            ]
        );
        assert_eq!(unclosed, None);
    }

    #[test]
    fn a_heading_tag_alone_on_its_line_heads_the_next_line_of_text() {
        let (parts, _) = run(concat!(
            "<h1 align=\"center\">\n",
            "  <img src=\"a.png\" /><br/>\n",
            "  Jane Doe\n",
            "</h1>\n",
            "Led the review\n",
            "<h2>\n",
            "\n",
            "Wrote the PRD\n",
        ));
        assert_eq!(
            parts,
            vec![
                (1, None),
                (2, None),
                text(3, "# Jane Doe"),
                (4, None),
                text(5, "Led the review"),
                (6, None),
                // A blank line ends the heading that held no text.
                text(7, ""),
                text(8, "Wrote the PRD"),
            ]
        );
        let mut markup = Markup::default();
        markup.feed(1, "<h1>", |_| {});
        assert!(!markup.passes("Jane Doe"));
    }

    #[test]
    fn a_tag_whose_attributes_run_over_lines_is_read_once_it_closes() {
        let (parts, _) = run(concat!(
            "<img align=\"right\" width=\"400\"\n",
            "     src=\"https://x.example/stats\" />\n",
            "<a\n",
            "  href=\"https://x.example\">Blog</a> and talks\n",
            "<img src=\"a.png\"\n",
            "- Led the review\n",
            "<img align=\"left\"\n",
        ));
        assert_eq!(
            parts,
            vec![
                (1, None),
                (2, None),
                (3, None),
                text(4, "Blog and talks"),
                // No attribute on the next line: no tag, and its lines are text.
                text(5, "<img src=\"a.png\""),
                text(6, "- Led the review"),
                text(7, "<img align=\"left\""),
            ]
        );
        // Past its bounds a tag is text too.
        let mut long = String::from("<img\n");
        for _ in 0..inline_html::MAX_TAG_LINES + 1 {
            long.push_str("  data-x=\"1\"\n");
        }
        long.push_str("/>\n");
        let (parts, _) = run(&long);
        assert_eq!(parts.len(), inline_html::MAX_TAG_LINES + 3);
        assert!(
            parts
                .iter()
                .take(inline_html::MAX_TAG_LINES)
                .all(|(_, text)| text.is_some()),
            "{parts:?}"
        );
    }

    #[test]
    fn a_line_of_tags_ends_a_table() {
        let (parts, _) = run("| Date | What |\n|---|---|\n| 2025-01 | <b>Ran</b> it |\n</table>\n| 2025-02 | x |\n");
        assert_eq!(
            parts,
            vec![
                text(1, "H Date / What"),
                (2, None),
                text(3, "R 2025-01 / **Ran** it"),
                (4, None),
                // A new table's first row, held: no delimiter row follows.
                text(5, "| 2025-02 | x |"),
            ]
        );
    }

    #[test]
    fn confluence_wiki_markup_is_read_once_a_heading_shows_it() {
        let (parts, _) = run(concat!(
            "# A Markdown heading\n",
            "h2. Q2 2025\n",
            "# Ran the review\n",
            "** Wrote the guide\n",
            "{toc}\n",
            "||Date||What||\n",
            "|2025-04|Ran [planning|https://x.example]|\n",
            "after\n",
        ));
        assert_eq!(
            parts,
            vec![
                text(1, "# A Markdown heading"),
                text(2, "## Q2 2025"),
                text(3, "1. Ran the review"),
                text(4, "  - Wrote the guide"),
                (5, None),
                text(6, "H Date / What"),
                text(7, "R 2025-04 / Ran planning"),
                text(8, "after"),
            ]
        );
        let mut markup = Markup::default();
        assert!(markup.passes("# Ran the review") && !markup.passes("h2. Q2 2025"));
        markup.feed(1, "h2. Q2 2025", |_| {});
        assert!(!markup.passes("# Ran the review"));
    }

    #[test]
    fn lines_of_images_or_badges_alone_are_metadata() {
        let lines = concat!(
            "[![CI](https://x.example/ci.yml/badge.svg)](https://x.example/actions)\n",
            "[![CI](a.svg)](x) [![Cov](b.svg)](y)  ![logo](c.png)\n",
            "- ![diagram](a_(1).png)\n",
            "- See ![diagram](a.png) for the plan\n",
            "![a](b.png) and c\n",
            "[![CI](a.svg) more](x)\n",
            "- [x] Shipped it\n",
        );
        let (parts, _) = run(lines);
        assert_eq!(
            parts,
            vec![
                (1, None),
                (2, None),
                (3, None),
                text(4, "- See ![diagram](a.png) for the plan"),
                text(5, "![a](b.png) and c"),
                text(6, "[![CI](a.svg) more](x)"),
                text(7, "- [x] Shipped it"),
            ]
        );
        let markup = Markup::default();
        assert!(!markup.passes("[![CI](a.svg)](x)") && !markup.passes("- ![diagram](a.png)"));
        assert!(markup.passes("- Ran the review (+)") && markup.passes("- [x] Shipped it"));
        let mut markup = Markup::default();
        for (number, line) in lines.lines().enumerate() {
            markup.feed(number + 1, line, |_| {});
        }
        assert_eq!(
            markup.metadata(),
            Some((
                1,
                "3 lines were read as metadata (lines of images or badges alone (![…](…))), not as activities"
                    .to_string()
            ))
        );
    }

    #[test]
    fn tags_that_end_a_line_are_dropped() {
        let (parts, _) = run(concat!(
            "- Tracked the [[Ledger migration]] #program #q2\n",
            "- DONE Shipped the checklist with [[Sam]] #[[release mgmt]]\n",
            "** DONE Migrate billing   :program:infra:\n",
            "- Ranked #1 in NPS\n",
            "- Ported it to C#\n",
            "- Led the #hiring push\n",
            "#solo\n",
            "- #pm\n",
            "- Sent it :tada:\n",
            "> Led it #win\n",
            "- Trailing space  \n",
            "- Wrote the #roadmap\n",
            "- Coached the team on #hiring\n",
            "- Planned the #[[Q3 migration]]\n",
        ));
        assert_eq!(
            parts,
            vec![
                text(1, "- Tracked the [[Ledger migration]]"),
                text(2, "- DONE Shipped the checklist with [[Sam]]"),
                text(3, "** DONE Migrate billing"),
                text(4, "- Ranked #1 in NPS"),
                text(5, "- Ported it to C#"),
                text(6, "- Led the #hiring push"),
                text(7, "#solo"),
                text(8, "- #pm"),
                text(9, "- Sent it :tada:"),
                text(10, "Led it"),
                text(11, "- Trailing space  "),
                // After a word that needs the next, a tag is a word of the sentence.
                text(12, "- Wrote the #roadmap"),
                text(13, "- Coached the team on #hiring"),
                text(14, "- Planned the #[[Q3 migration]]"),
            ]
        );
    }
}
