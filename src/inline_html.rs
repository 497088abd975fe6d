//! HTML written inside Markdown, read as the Markdown it stands for.
//!
//! GitHub READMEs, profile pages and brag repositories set their text in HTML where Markdown
//! cannot (`<h1 align="center">Jane Doe</h1>`, `<p align="center"><img src="…" /></p>`,
//! `<sub>Mar 2022 – Present</sub>`), and notes apps export some (Notion's `<aside>`,
//! `<details>`). A tag and its attributes are no words of the person's (`align` would be read as
//! *alignment*); the text between tags is. So a line's tags are read as Markdown: a heading tag
//! starting a line makes it a heading of its level (`<h2>Q1 2025</h2>` reads `## Q1 2025`, which
//! dates what follows), a list item starting one a bullet, `<b>` `<strong>` strong emphasis
//! (`**`), `<i>` `<em>` `<sub>` `<small>` `<span>` and the other styles emphasis (`*`), code tags a code
//! span, struck text (`<s>`, `<del>`) is left out as `~~struck~~` is, a line break or a block
//! between two pieces of text parts them (` — `), as a cell does (a tab, as a spreadsheet's
//! paste), a link leaves its text and an image nothing. Character references are
//! decoded on such a line (`&nbsp;`, `&amp;`).
//!
//! Only tags of the elements listed in `TAGS`, written as HTML writes them, are read: `a < b`,
//! `<3`, `use <Vec>` or `<Your name>` are text, and so are a tag escaped (`\<b>`) or in a code
//! span (`` `<table>` ``). A tag whose attributes run over lines (`<img align="right"` /
//! `src="…" />`) is read once its `>` comes (see [`opens_over_lines`] and [`tag_end`]).

use std::borrow::Cow;

use crate::markup::CodeSpans;

/// How an element is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `<h1>`–`<h6>`: a heading of that level when it starts a line.
    Heading(u8),
    /// A list item: a bullet when it starts a line.
    Item,
    /// Strong emphasis: `**`.
    Strong,
    /// Emphasis, and the styles that set text apart as it does (`<sub>`, `<small>`, `<span>`): `*`.
    Emphasis,
    /// Code: a code span's backtick.
    Code,
    /// Struck-out text, left out.
    Struck,
    /// A table's cell: a tab between two pieces of text.
    Cell,
    /// A line break or a block: ` — ` between two pieces of text.
    Break,
    /// A link, an image: nothing of its own.
    Plain,
}

/// The elements read, by name (in lower case, sorted: a test keeps them so).
const TAGS: [(&str, Kind); 65] = [
    ("a", Kind::Plain),
    ("abbr", Kind::Plain),
    ("article", Kind::Break),
    ("aside", Kind::Break),
    ("b", Kind::Strong),
    ("big", Kind::Emphasis),
    ("blockquote", Kind::Break),
    ("br", Kind::Break),
    ("caption", Kind::Break),
    ("center", Kind::Break),
    ("cite", Kind::Emphasis),
    ("code", Kind::Code),
    ("dd", Kind::Break),
    ("del", Kind::Struck),
    ("details", Kind::Break),
    ("div", Kind::Break),
    ("dl", Kind::Break),
    ("dt", Kind::Break),
    ("em", Kind::Emphasis),
    ("figcaption", Kind::Break),
    ("figure", Kind::Break),
    ("font", Kind::Emphasis),
    ("footer", Kind::Break),
    ("h1", Kind::Heading(1)),
    ("h2", Kind::Heading(2)),
    ("h3", Kind::Heading(3)),
    ("h4", Kind::Heading(4)),
    ("h5", Kind::Heading(5)),
    ("h6", Kind::Heading(6)),
    ("header", Kind::Break),
    ("hr", Kind::Break),
    ("i", Kind::Emphasis),
    ("img", Kind::Plain),
    ("ins", Kind::Emphasis),
    ("kbd", Kind::Code),
    ("li", Kind::Item),
    ("main", Kind::Break),
    ("mark", Kind::Emphasis),
    ("nav", Kind::Break),
    ("ol", Kind::Break),
    ("p", Kind::Break),
    ("picture", Kind::Plain),
    ("s", Kind::Struck),
    ("samp", Kind::Code),
    ("section", Kind::Break),
    ("small", Kind::Emphasis),
    ("source", Kind::Plain),
    ("span", Kind::Emphasis),
    ("strike", Kind::Struck),
    ("strong", Kind::Strong),
    ("sub", Kind::Emphasis),
    ("summary", Kind::Break),
    ("sup", Kind::Emphasis),
    ("table", Kind::Break),
    ("tbody", Kind::Break),
    ("td", Kind::Cell),
    ("tfoot", Kind::Break),
    ("th", Kind::Cell),
    ("thead", Kind::Break),
    ("tr", Kind::Break),
    ("tt", Kind::Code),
    ("u", Kind::Emphasis),
    ("ul", Kind::Break),
    ("var", Kind::Plain),
    ("wbr", Kind::Plain),
];

/// Most lines a tag's attributes are held over (see [`opens_over_lines`]) before the lines are
/// read as text after all.
pub const MAX_TAG_LINES: usize = 8;

/// The longest character reference decoded (`&thinsp;`, `&#x2019;`).
const MAX_REFERENCE_BYTES: usize = 10;

/// The longest tag read (as a web page's, [`crate::html`]): what runs longer is no tag, so a
/// line of a million `<b x='` is read in time proportional to its length.
const MAX_TAG_BYTES: usize = 1024;

/// Where a tag read from some byte ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagEnd {
    /// Just after its `>`.
    Closed(usize),
    /// Not on this line: its attributes go on.
    Open,
    /// Nowhere: what was read is no tag.
    Not,
}

/// A tag read at a `<`.
#[derive(Debug, Clone, Copy)]
struct Tag {
    kind: Kind,
    closing: bool,
    end: TagEnd,
    /// Whether an attribute was given a value (`align="center"`).
    valued: bool,
}

/// A line with its tags read (see [`untag`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untagged<'a> {
    /// The line as Markdown: borrowed as it was when it holds no tag.
    pub text: Cow<'a, str>,
    /// Whether it held a tag.
    pub tagged: bool,
    /// The level of a heading the line starts with no text after it (`<h1 align="center">`),
    /// whose text is on the next line.
    pub opens_heading: Option<usize>,
    /// Whether a heading closes on the line (`</h1>`).
    pub closes_heading: bool,
    /// Whether a heading or a list item starting the line made it a heading or a bullet.
    pub prefixed: bool,
}

/// What comes between two pieces of text where a tag stood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// A cell's tab.
    Cell,
    /// A break: ` — `, or a space after punctuation that parts them already.
    Break,
}

/// A line's text being written as its tags are read.
#[derive(Debug, Default)]
struct Writer {
    out: String,
    /// Emphasis markers opened and waiting for the text they set (put before its first
    /// character, so `<b> Led</b>` reads ` **Led**`, no bullet).
    markers: String,
    /// A break or a cell waiting for the text after it.
    gap: Option<Gap>,
    /// Whether text (other than spaces) has been written.
    seen: bool,
}

impl Writer {
    /// Writes text that is no tag.
    fn text(&mut self, text: &str) {
        let rest = text.trim_start();
        let lead = &text[..text.len() - rest.len()];
        // Spaces on each side of a tag (or of struck text, or a `&nbsp;`) show as one, as a
        // browser shows them; spaces within a piece of text stay as written.
        let spaced = self.out.ends_with(char::is_whitespace);
        if rest.is_empty() {
            // Spaces wait with a gap.
            if self.gap.is_none() && !spaced {
                self.out.push_str(text);
            }
            return;
        }
        match self.gap.take() {
            Some(gap) if self.seen => {
                self.out.truncate(self.out.trim_end().len());
                self.out.push_str(match gap {
                    Gap::Cell => "\t",
                    Gap::Break if self.out.ends_with(is_parting) => " ",
                    Gap::Break => " — ",
                });
            }
            _ if spaced => {}
            _ => self.out.push_str(lead),
        }
        self.out.push_str(&self.markers);
        self.markers.clear();
        self.out.push_str(rest);
        self.seen = true;
    }

    /// Opens a marker (`**`, `*`, `` ` ``): written before the next text.
    fn open(&mut self, marker: &str) {
        self.markers.push_str(marker);
    }

    /// Closes a marker: written after the last text, before the spaces after it; nothing if no
    /// text came since it opened.
    fn close(&mut self, marker: &str) {
        if let Some(kept) = self.markers.strip_suffix(marker) {
            self.markers.truncate(kept.len());
            return;
        }
        if !self.seen {
            return;
        }
        let end = self.out.trim_end().len();
        self.out.insert_str(end, marker);
    }

    /// A break or a cell: parts the text before from the text after, if both come.
    fn part(&mut self, gap: Gap) {
        if self.seen && self.gap != Some(Gap::Cell) {
            self.gap = Some(gap);
        }
    }
}

/// Whether `c`, ending the text before a break, parts it from the text after already (a
/// sentence's end, a separator): a space is enough.
fn is_parting(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | ':' | ',' | '|' | '·' | '•' | '—' | '–' | '-')
}

/// `line` with its HTML tags read as Markdown (see the module's comment): borrowed when it holds
/// none. Its indent is kept; what tags leave at its ends is trimmed.
pub fn untag(line: &str) -> Untagged<'_> {
    let mut read = Untagged {
        text: Cow::Borrowed(line),
        tagged: false,
        opens_heading: None,
        closes_heading: false,
        prefixed: false,
    };
    if memchr::memchr(b'<', line.as_bytes()).is_none() {
        return read;
    }
    let bytes = line.as_bytes();
    let body = line.trim_start();
    let indent = &line[..line.len() - body.len()];
    let mut writer = Writer::default();
    let mut prefix = String::new();
    // Runs of backticks, by length, and struck text found to have no closing tag further on: so
    // a line of a million of either is read once, not once for each.
    let mut code_spans = CodeSpans::default();
    let mut struck_unclosed = false;
    let mut at = indent.len();
    let mut copied = at;
    while at < bytes.len() {
        match bytes[at] {
            // A code span is written as it is, tags and all.
            b'`' => at = code_spans.skip(bytes, at),
            // An escaped character is text.
            b'\\' => at += 2,
            b'<' => {
                let Some((tag, end)) = tag_at(bytes, at).and_then(|tag| match tag.end {
                    TagEnd::Closed(end) => Some((tag, end)),
                    _ => None,
                }) else {
                    at += 1;
                    continue;
                };
                writer.text(&line[copied..at]);
                read.tagged = true;
                let first = !writer.seen && prefix.is_empty();
                match (tag.kind, tag.closing) {
                    (Kind::Heading(level), false) if first => {
                        prefix = format!("{} ", "#".repeat(usize::from(level)));
                        read.opens_heading = Some(usize::from(level));
                    }
                    (Kind::Item, false) if first => prefix.push_str("- "),
                    (Kind::Heading(_), true) => {
                        read.closes_heading = true;
                        writer.part(Gap::Break);
                    }
                    (Kind::Strong, false) => writer.open("**"),
                    (Kind::Strong, true) => writer.close("**"),
                    (Kind::Emphasis, false) => writer.open("*"),
                    (Kind::Emphasis, true) => writer.close("*"),
                    (Kind::Code, false) => writer.open("`"),
                    (Kind::Code, true) => writer.close("`"),
                    (Kind::Struck, false) => {
                        // Left out up to its closing tag on the line; without one, nothing is.
                        match (!struck_unclosed).then(|| struck_end(line, end)).flatten() {
                            Some(after) => {
                                at = after;
                                copied = after;
                                continue;
                            }
                            None => struck_unclosed = true,
                        }
                    }
                    (Kind::Cell, false) => writer.part(Gap::Cell),
                    (Kind::Heading(_) | Kind::Item | Kind::Break, _) => writer.part(Gap::Break),
                    (Kind::Struck | Kind::Cell | Kind::Plain, _) => {}
                }
                at = end;
                copied = end;
            }
            b'&' => {
                let Some((ch, len)) = reference_at(&line[at..]) else {
                    at += 1;
                    continue;
                };
                writer.text(&line[copied..at]);
                let mut utf8 = [0u8; 4];
                writer.text(match ch.is_whitespace() {
                    true => " ",
                    false => ch.encode_utf8(&mut utf8),
                });
                at += len;
                copied = at;
            }
            _ => at += 1,
        }
    }
    if !read.tagged {
        return read;
    }
    writer.text(&line[copied..]);
    // Markers a line's end left open (`<b>` closed on a later line) are left out.
    let text = writer.out.trim();
    if !text.is_empty() {
        read.opens_heading = None;
    }
    read.prefixed = !prefix.is_empty();
    read.text = Cow::Owned(match text.is_empty() {
        true => String::new(),
        false => format!("{indent}{prefix}{text}"),
    });
    read
}

/// Where the text after struck text that opened with a tag ending at `from` goes on: after the
/// closing tag of struck text (`</del>`, `</s>`), if it is on the line.
fn struck_end(line: &str, from: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut at = from;
    while let Some(found) = memchr::memchr(b'<', &bytes[at..]) {
        at += found;
        if let Some(tag) = tag_at(bytes, at)
            && tag.closing
            && tag.kind == Kind::Struck
            && let TagEnd::Closed(end) = tag.end
        {
            return Some(end);
        }
        at += 1;
    }
    None
}

/// The character a reference starting `text` names (`&amp;`, `&nbsp;`, `&#8217;`), and the
/// reference's length.
fn reference_at(text: &str) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    let end = bytes.iter().take(MAX_REFERENCE_BYTES + 2).position(|&b| b == b';')?;
    let name = &bytes[1..end];
    if name.is_empty() || !name.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'#') {
        return None;
    }
    crate::html::character_of(name).map(|ch| (ch, end + 1))
}

/// The tag of one of `TAGS` at `bytes[at]` (a `<`), if one is written there: `</name>` or
/// `<name` with attributes (`align="center"`, `open`, `width=400`) and `>` or `/>`.
fn tag_at(bytes: &[u8], at: usize) -> Option<Tag> {
    let closing = bytes.get(at + 1) == Some(&b'/');
    let start = at + 1 + usize::from(closing);
    let len = bytes[start..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let name = bytes.get(start..start + len)?;
    let kind = kind_of(name)?;
    let after = start + len;
    let (end, valued) = match (closing, bytes.get(after)) {
        (true, _) => {
            let gap = bytes[after..].iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
            match bytes.get(after + gap) {
                Some(b'>') => (TagEnd::Closed(after + gap + 1), false),
                _ => (TagEnd::Not, false),
            }
        }
        (false, None | Some(b' ' | b'\t' | b'>' | b'/')) => attributes(bytes, after),
        (false, Some(_)) => (TagEnd::Not, false),
    };
    Some(Tag {
        kind,
        closing,
        end,
        valued,
    })
}

/// The kind of the element named `name` (any case), if it is one of `TAGS`.
fn kind_of(name: &[u8]) -> Option<Kind> {
    if name.is_empty() || !name[0].is_ascii_alphabetic() || name.len() > 10 {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    TAGS.binary_search_by(|(tag, _)| tag.as_bytes().cmp(&lower[..]))
        .ok()
        .map(|at| TAGS[at].1)
}

/// Reads a tag's attributes from `at` to its `>` (or `/>`): where it ends, and whether an
/// attribute was given a value.
fn attributes(bytes: &[u8], mut at: usize) -> (TagEnd, bool) {
    let limit = bytes.len().min(at + MAX_TAG_BYTES);
    let (bytes, cut) = (&bytes[..limit], limit < bytes.len());
    let space = |b: &u8| matches!(b, b' ' | b'\t');
    let mut valued = false;
    loop {
        at += bytes[at..].iter().take_while(|b| space(b)).count();
        match bytes.get(at) {
            None if cut => return (TagEnd::Not, valued),
            None => return (TagEnd::Open, valued),
            Some(b'>') => return (TagEnd::Closed(at + 1), valued),
            Some(b'/') if bytes.get(at + 1) == Some(&b'>') => return (TagEnd::Closed(at + 2), valued),
            _ => {}
        }
        // A name starts with a letter (or `_`, `:`, `@` as frameworks write them): `- Led` is none.
        if !bytes[at].is_ascii_alphabetic() && !matches!(bytes[at], b'_' | b':' | b'@') {
            return (TagEnd::Not, valued);
        }
        let name = bytes[at..]
            .iter()
            .take_while(|b| !space(b) && !matches!(b, b'"' | b'\'' | b'>' | b'/' | b'=' | b'<' | b'`'))
            .count();
        at += name;
        at += bytes[at..].iter().take_while(|b| space(b)).count();
        if bytes.get(at) != Some(&b'=') {
            continue;
        }
        at += 1;
        at += bytes[at..].iter().take_while(|b| space(b)).count();
        match bytes.get(at) {
            Some(&quote @ (b'"' | b'\'')) => match memchr::memchr(quote, &bytes[at + 1..]) {
                Some(close) => at += close + 2,
                None => return (TagEnd::Not, valued),
            },
            Some(_) => {
                let value = bytes[at..]
                    .iter()
                    .take_while(|b| !space(b) && !matches!(b, b'"' | b'\'' | b'=' | b'<' | b'>' | b'`'))
                    .count();
                if value == 0 {
                    return (TagEnd::Not, valued);
                }
                at += value;
            }
            None => return (TagEnd::Not, valued),
        }
        valued = true;
    }
}

/// Whether `line` starts (after its indent) with a tag of one of `TAGS` whose attributes go
/// on past the line's end (`<img align="right" width="400"`, `<a`): the lines after it are held
/// until its `>` (see [`tag_end`]). An attribute given a value, or none at all, shows it is one:
/// `<b nearly doubled` is text.
pub fn opens_over_lines(line: &str) -> bool {
    let body = line.trim_start();
    let bytes = body.as_bytes();
    bytes.first() == Some(&b'<')
        && tag_at(bytes, 0).is_some_and(|tag| {
            let bare = bytes[1..].iter().all(|b| b.is_ascii_alphanumeric());
            !tag.closing && tag.end == TagEnd::Open && (tag.valued || bare)
        })
}

/// Where, on `line`, a tag that [`opens_over_lines`] and went on over the lines before ends: its
/// attributes are read from the line's start.
/// A line of nothing but bare names (`Led the review`) or nothing at all is no attributes' line.
pub fn tag_end(line: &str) -> TagEnd {
    match attributes(line.as_bytes(), 0) {
        (TagEnd::Open, false) => TagEnd::Not,
        (end, _) => end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(line: &str) -> String {
        untag(line).text.into_owned()
    }

    proptest::proptest! {
        #[test]
        fn any_line_is_read_without_a_panic_and_a_line_without_a_tag_as_it_is(
            pieces in proptest::collection::vec(
                proptest::sample::select(&[
                    "<", ">", "/", "<b>", "</b>", "<h2 ", "<img", " src=\"", "'", "=", "&", "&amp;", ";", "`", "\\",
                    "<del>", "</del>", "<li>", "<br/>", "<td>", " ", "é", "a", "\t",
                ][..]),
                0..12,
            )
        ) {
            let line = pieces.concat();
            let read = untag(&line);
            if !read.tagged {
                proptest::prop_assert_eq!(read.text.as_ref(), line.as_str());
            }
            let _ = opens_over_lines(&line);
            let _ = tag_end(&line);
            let _ = crate::confluence::read(&line, true);
        }
    }

    #[test]
    fn the_tags_are_sorted_and_unique() {
        for pair in TAGS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} before {}", pair[0].0, pair[1].0);
        }
        assert!(
            TAGS.iter()
                .all(|(name, _)| name.len() <= 10 && *name == name.to_ascii_lowercase())
        );
    }

    #[test]
    fn tags_and_their_attributes_are_no_text() {
        assert_eq!(text("<p align=\"center\">Jane Doe</p>"), "Jane Doe");
        assert_eq!(text("<img src=\"https://x.example/a.png\" width=\"100\" />"), "");
        assert_eq!(
            text("- Shipped <a href=\"https://x.example/y\">the billing migration</a> early"),
            "- Shipped the billing migration early"
        );
        assert_eq!(
            text("<span style='color: red'>Hired</span> two engineers"),
            "*Hired* two engineers"
        );
        assert_eq!(text("<DIV ALIGN=center>Led it</DIV>"), "Led it");
        assert_eq!(
            text("  <details open><summary>Program work</summary>"),
            "  Program work"
        );
        // A line without a tag is borrowed as it is.
        assert!(matches!(untag("- Ran the review").text, Cow::Borrowed(_)));
        assert!(!untag("- p99 < 200 ms").tagged);
    }

    #[test]
    fn what_is_no_tag_stays_text() {
        for line in [
            "- Cut p99 from 400 ms to < 200 ms",
            "- a < b and c > d",
            "- <3 the team",
            "- Wrote use <Vec> everywhere",
            "<Your name> wrote it",
            "- Replaced `<table>` layouts with a grid",
            "- Escaped \\<b> in the docs",
            "- Revenue <b nearly doubled",
            "- <bx> and <a.b>",
            "- <b =x>",
        ] {
            assert_eq!(text(line), line, "{line}");
        }
    }

    #[test]
    fn a_heading_tag_starting_a_line_makes_it_a_heading() {
        assert_eq!(text("<h2>Q1 2025</h2>"), "## Q1 2025");
        assert_eq!(text("<h1 align=\"center\">Jane Doe</h1>"), "# Jane Doe");
        assert_eq!(text("<h3>Highlights</h3>"), "### Highlights");
        assert_eq!(text("<p><h3>Highlights</h3></p>"), "### Highlights");
        let open = untag("<h1 align=\"center\">");
        assert_eq!((open.text.as_ref(), open.opens_heading), ("", Some(1)));
        let close = untag("  Jane Doe</h1>");
        assert_eq!((close.text.as_ref(), close.closes_heading), ("  Jane Doe", true));
        // Inside a line it is a break, not a heading.
        assert_eq!(text("Led it <h3>then</h3> more"), "Led it — then — more");
    }

    #[test]
    fn a_list_item_starting_a_line_is_a_bullet() {
        assert_eq!(text("<li>Ran the hiring loop</li>"), "- Ran the hiring loop");
        assert_eq!(text("  <ul><li>Ran it</li>"), "  - Ran it");
        assert_eq!(text("<li>Ran it</li><li>Wrote it</li>"), "- Ran it — Wrote it");
    }

    #[test]
    fn inline_tags_are_read_as_emphasis() {
        assert_eq!(
            text("<b>Engineering Manager</b>, Acme"),
            "**Engineering Manager**, Acme"
        );
        assert_eq!(text("Acme <sub>Mar 2022 – Present</sub>"), "Acme *Mar 2022 – Present*");
        assert_eq!(text("<i> Led</i> it"), "*Led* it");
        assert_eq!(text("<strong></strong>Led it"), "Led it");
        assert_eq!(text("H<sub>2</sub>O"), "H*2*O");
        assert_eq!(text("Ran <code>make check</code> daily"), "Ran `make check` daily");
        // A marker left open at the line's end goes with it.
        assert_eq!(text("<b>Led it"), "**Led it");
    }

    #[test]
    fn breaks_and_cells_part_text() {
        assert_eq!(
            text("**Engineering Manager** <br> Finch Payments, Mar 2022 – Present"),
            "**Engineering Manager** — Finch Payments, Mar 2022 – Present"
        );
        assert_eq!(text("Led the migration.<br/>Cut costs"), "Led the migration. Cut costs");
        assert_eq!(text("Title,<br>Acme"), "Title, Acme");
        assert_eq!(text("- Hired two engineers <br/>"), "- Hired two engineers");
        assert_eq!(text("<br>Led it"), "Led it");
        assert_eq!(
            text("<tr><td>2025-01</td><td>Ran the loop</td></tr>"),
            "2025-01\tRan the loop"
        );
    }

    #[test]
    fn struck_text_is_left_out() {
        assert_eq!(
            text("Ran the <del>roadmap</del> hiring review"),
            "Ran the hiring review"
        );
        assert_eq!(text("Ran the <s>old</s>new review"), "Ran the new review");
        // Without its closing tag on the line, nothing is struck.
        assert_eq!(text("Ran the <del>roadmap review"), "Ran the roadmap review");
    }

    #[test]
    fn references_are_decoded_on_a_line_with_tags() {
        assert_eq!(text("<b>R&amp;D</b>&nbsp;lead"), "**R&D** lead");
        assert_eq!(text("<p>&nbsp;</p>"), "");
        assert_eq!(
            text("<a href=\"x\">LinkedIn</a> &nbsp;|&nbsp; <a href=\"y\">Blog</a>"),
            "LinkedIn | Blog"
        );
        assert_eq!(text("<b>a</b> &bogus; &amp"), "**a** &bogus; &amp");
        // Without a tag the line is as written.
        assert_eq!(text("R&amp;D"), "R&amp;D");
    }

    #[test]
    fn a_long_line_of_openers_is_read_once() {
        for piece in ["<del>x", "<b x='", "`` `", "<img "] {
            let line = piece.repeat(100_000);
            let started = std::time::Instant::now();
            let _ = untag(&line);
            let _ = crate::confluence::read(&"[{{".repeat(100_000), true);
            assert!(started.elapsed().as_secs() < 5, "{piece:?}");
        }
        // A tag longer than the bound is no tag.
        let long = format!("<span title=\"{}\">Led it</span>", "x".repeat(MAX_TAG_BYTES));
        assert!(text(&long).starts_with("<span title=\"xxx"));
    }

    #[test]
    fn a_tag_may_run_over_lines() {
        assert!(opens_over_lines("<img align=\"right\" width=\"400\""));
        assert!(opens_over_lines("  <a"));
        assert!(!opens_over_lines("<b nearly doubled"));
        assert!(!opens_over_lines("<img src=\"a.png\">"));
        assert!(!opens_over_lines("- <img src=\"a.png\""));
        assert!(!opens_over_lines("</a"));
        assert_eq!(tag_end("     src=\"https://x.example/a\" />"), TagEnd::Closed(33));
        assert_eq!(tag_end("  alt=\"Jane\""), TagEnd::Open);
        assert_eq!(tag_end("/>Jane Doe"), TagEnd::Closed(2));
        for line in ["- Led the review", "Led the review", "", "  alt=\"Jane"] {
            assert_eq!(tag_end(line), TagEnd::Not, "{line}");
        }
    }
}
