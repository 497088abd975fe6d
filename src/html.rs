//! Reading an HTML page (a brag document or a resume saved or exported as a web page: Google
//! Docs, Confluence, Notion, a browser's "Save as") as the text a reader sees, streamed in
//! constant memory.
//!
//! [`HtmlText`] wraps the page's bytes and reads as Markdown-like text: headings become `#`
//! headings (so their dates date what follows), list items become `-` bullets indented by their
//! depth, paragraphs, table rows and other blocks end lines, a table's cells are joined with
//! ` — `, struck-out text is `~~struck~~` as Markdown writes it, character references (`&amp;`,
//! `&#8217;`) are decoded, and comments, scripts, styles, the page's title and other tags are
//! left out. Line breaks in the page's source are spaces, as a browser shows them (but inside
//! `<pre>`). Bytes other than ASCII pass through untouched: the line reader checks them as UTF-8.

use std::io::{self, Read};
use std::sync::{Arc, OnceLock};

/// How many bytes of the page are read at once.
const CHUNK_BYTES: usize = 64 * 1024;

/// The longest tag kept to be looked at; the rest of a longer one (a huge `style` or `data-`
/// attribute) is passed over, so memory stays bounded whatever the page.
const MAX_TAG_BYTES: usize = 1024;

/// The longest character reference (`&CounterClockwiseContourIntegral;` is 33 bytes).
const MAX_REFERENCE_BYTES: usize = 40;

/// Elements whose content is not text a reader sees: it is left out up to the closing tag.
const SKIPPED_ELEMENTS: [&str; 9] = [
    "script", "style", "title", "template", "noscript", "svg", "math", "select", "textarea",
];

/// Elements that end the line before and after them, with a blank line (a paragraph's end: the
/// next line is not the wrapped rest of a bullet).
const PARAGRAPH_ELEMENTS: [&str; 27] = [
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "blockquote",
    "table",
    "dl",
    "figure",
    "figcaption",
    "details",
    "summary",
    "form",
    "fieldset",
    "address",
    "hr",
    "body",
    "html",
    "caption",
    "center",
    "ul",
    "ol",
    "menu",
];

/// Elements that end a line (no blank line).
const LINE_ELEMENTS: [&str; 6] = ["tr", "dt", "dd", "thead", "tbody", "tfoot"];

/// Whether `head`, a document's first bytes (its byte-order mark removed), is an HTML page: it
/// starts, after white space and comments, with `<!DOCTYPE html` or `<html` in any letter case.
pub fn looks_like_html(head: &[u8]) -> bool {
    let mut rest = head;
    loop {
        rest = rest.trim_ascii_start();
        if rest.starts_with(b"<!--") {
            match memchr::memmem::find(rest, b"-->") {
                Some(end) => rest = &rest[end + 3..],
                None => return false,
            }
            continue;
        }
        break;
    }
    starts_with_word(rest, b"<!doctype html") || starts_with_word(rest, b"<html")
}

/// Whether `text` starts with `prefix` (ASCII, lower case) in any letter case, followed by the
/// end of a tag name.
fn starts_with_word(text: &[u8], prefix: &[u8]) -> bool {
    text.len() >= prefix.len()
        && text[..prefix.len()].eq_ignore_ascii_case(prefix)
        && text
            .get(prefix.len())
            .is_none_or(|&next| next == b'>' || next == b'/' || next.is_ascii_whitespace())
}

/// Where the reader is in the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Text between tags.
    Text,
    /// Inside `<…>`, the quote of an attribute value open if any.
    Tag { quote: Option<u8> },
    /// Inside `<!-- … -->`: how many `-` were seen last.
    Comment { dashes: u8 },
    /// Inside an element left out (see [`SKIPPED_ELEMENTS`]): how much of its closing tag,
    /// `</name`, was seen.
    Skipped { element: usize, matched: usize },
    /// Inside a character reference, after `&`.
    Reference,
}

/// An element left out that never closed, for a warning: its name and the line of the text it
/// began on; set when the page ends inside it.
pub type Unclosed = Arc<OnceLock<(&'static str, usize)>>;

/// An HTML page read as text (see the module doc). Wraps the page's bytes.
#[derive(Debug)]
pub struct HtmlText<R> {
    inner: R,
    input: Vec<u8>,
    /// Text made and not yet read, from `out_at` on.
    out: Vec<u8>,
    out_at: usize,
    state: State,
    /// The tag being read, up to [`MAX_TAG_BYTES`].
    tag: Vec<u8>,
    /// The character reference being read, after its `&`.
    reference: Vec<u8>,
    /// The last two bytes made (read or not), to tell a line's start and a blank line.
    last: [u8; 2],
    /// A space is owed before the next text (white space seen after text on the line).
    space: bool,
    /// A table cell began: ` — ` is owed before the next text, unless it starts the line.
    cell: bool,
    /// A paragraph ended: a blank line is owed before the next text (none at the end).
    blank: bool,
    /// The bullet (`- `, indented) or heading mark (`## `) of the line begun, written before its
    /// first text (a list item or heading with no text leaves no line).
    mark: Vec<u8>,
    /// Open `<pre>` elements: their line breaks are kept.
    pre: usize,
    /// Open lists, for a bullet's indent.
    lists: usize,
    /// Lines of text made so far.
    lines: usize,
    /// Where the element being left out began (the text's line).
    skipped_from: usize,
    unclosed: Unclosed,
    ended: bool,
}

impl<R: Read> HtmlText<R> {
    /// Reads `inner`, an HTML page, as text.
    pub fn new(inner: R) -> HtmlText<R> {
        HtmlText {
            inner,
            input: vec![0; CHUNK_BYTES],
            out: Vec::new(),
            out_at: 0,
            state: State::Text,
            tag: Vec::new(),
            reference: Vec::new(),
            last: [b'\n', b'\n'],
            space: false,
            cell: false,
            blank: false,
            mark: Vec::new(),
            pre: 0,
            lists: 0,
            lines: 0,
            skipped_from: 0,
            unclosed: Unclosed::default(),
            ended: false,
        }
    }

    /// Where the page's text is told, when the page has ended, of an element left out that
    /// never closed (its text, the rest of the page, is not read).
    pub fn unclosed(&self) -> Unclosed {
        Arc::clone(&self.unclosed)
    }

    /// The page ended: what was left open is written as text (an unclosed tag or reference)
    /// and the last line ended.
    fn finish(&mut self) {
        self.ended = true;
        self.mark.clear();
        self.blank = false;
        match self.state {
            State::Tag { .. } if !self.tag.is_empty() => {
                let tag = std::mem::take(&mut self.tag);
                self.text(b"<");
                self.push(&tag);
            }
            State::Reference => {
                let reference = std::mem::take(&mut self.reference);
                self.text(b"&");
                self.push(&reference);
            }
            State::Skipped { element, .. } => {
                let _ = self.unclosed.set((SKIPPED_ELEMENTS[element], self.skipped_from));
            }
            _ => {}
        }
        self.end_line();
    }

    /// Reads the page's bytes in `chunk`.
    fn feed(&mut self, chunk: &[u8]) {
        let mut at = 0;
        while at < chunk.len() {
            let byte = chunk[at];
            match self.state {
                State::Text => match byte {
                    b'<' => {
                        self.tag.clear();
                        self.state = State::Tag { quote: None };
                    }
                    b'&' => {
                        self.reference.clear();
                        self.state = State::Reference;
                    }
                    b'\n' if self.pre > 0 => self.end_line(),
                    b' ' | b'\t' | b'\n' | b'\r' | b'\x0C' => {
                        if self.pre > 0 && byte != b'\r' {
                            self.text(&[byte]);
                        } else {
                            self.space = true;
                        }
                    }
                    _ => {
                        // Runs of plain text are copied whole.
                        let run = chunk[at..]
                            .iter()
                            .position(|&b| matches!(b, b'<' | b'&' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0C'))
                            .unwrap_or(chunk.len() - at);
                        self.text(&chunk[at..at + run]);
                        at += run;
                        continue;
                    }
                },
                State::Tag { quote } => match (quote, byte) {
                    (None, b'>') => {
                        self.state = State::Text;
                        self.close_tag();
                    }
                    (None, b'"' | b'\'') if self.tag.contains(&b'=') || self.tag.contains(&b' ') => {
                        self.state = State::Tag { quote: Some(byte) };
                    }
                    (Some(open), _) if open == byte => self.state = State::Tag { quote: None },
                    _ => {
                        if quote.is_none() && self.tag.len() < MAX_TAG_BYTES {
                            self.tag.push(byte);
                        }
                        if self.tag == b"!--" {
                            self.state = State::Comment { dashes: 0 };
                        } else if self.tag.len() == 1 && !is_tag_start(byte) {
                            // `a < b`: a `<` that opens no tag is text.
                            self.state = State::Text;
                            self.text(b"<");
                            continue;
                        }
                    }
                },
                State::Comment { dashes } => {
                    self.state = match byte {
                        b'-' => State::Comment {
                            dashes: dashes.saturating_add(1),
                        },
                        b'>' if dashes >= 2 => State::Text,
                        _ => State::Comment { dashes: 0 },
                    }
                }
                State::Skipped { element, matched } => {
                    let closing = SKIPPED_ELEMENTS[element].as_bytes();
                    let matched = match matched {
                        0 | 1 if byte == b"</"[matched] => matched + 1,
                        2.. if matched - 2 < closing.len() && byte.eq_ignore_ascii_case(&closing[matched - 2]) => {
                            matched + 1
                        }
                        _ if byte == b'<' => 1,
                        _ => 0,
                    };
                    if matched == closing.len() + 2 {
                        // The closing tag's name is read; the rest of the tag is passed over.
                        self.tag.clear();
                        self.tag.push(b'/');
                        self.state = State::Tag { quote: None };
                    } else {
                        self.state = State::Skipped { element, matched };
                    }
                }
                State::Reference => {
                    if byte == b';' {
                        self.state = State::Text;
                        self.decode_reference();
                    } else if (byte.is_ascii_alphanumeric() || byte == b'#')
                        && self.reference.len() < MAX_REFERENCE_BYTES
                    {
                        self.reference.push(byte);
                    } else {
                        // Not a reference: `&` and what followed it are text.
                        self.state = State::Text;
                        let written = std::mem::take(&mut self.reference);
                        self.text(b"&");
                        if !written.is_empty() {
                            self.text(&written);
                        }
                        self.reference = written;
                        continue;
                    }
                }
            }
            at += 1;
        }
    }

    /// Text seen: written after the line's mark, a cell's separator or the space owed.
    fn text(&mut self, bytes: &[u8]) {
        let space = std::mem::take(&mut self.space);
        let cell = std::mem::take(&mut self.cell);
        if std::mem::take(&mut self.blank) && self.last != [b'\n', b'\n'] {
            self.push(b"\n");
        }
        if !self.mark.is_empty() {
            let mark = std::mem::take(&mut self.mark);
            self.push(&mark);
            self.mark = mark;
            self.mark.clear();
        } else if !self.at_line_start() {
            if cell {
                self.push(" — ".as_bytes());
            } else if space && self.last[1] != b' ' {
                self.push(b" ");
            }
        }
        self.push(bytes);
    }

    fn push(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
        self.lines += memchr::memchr_iter(b'\n', bytes).count();
        match bytes {
            [] => {}
            [only] => self.last = [self.last[1], *only],
            [.., before, last] => self.last = [*before, *last],
        }
    }

    /// Whether nothing is written on the current line yet.
    fn at_line_start(&self) -> bool {
        self.last[1] == b'\n'
    }

    /// Ends the current line, if anything is on it (a mark not yet written stays for the text
    /// that follows: a list item's paragraph is the item's text).
    fn end_line(&mut self) {
        self.space = false;
        self.cell = false;
        if !self.at_line_start() {
            self.push(b"\n");
        }
    }

    /// Ends the current line; a blank line is owed before the next text.
    fn end_paragraph(&mut self) {
        self.end_line();
        self.blank = true;
    }

    /// Acts on the tag just read (in `self.tag`, without its `<` and `>`).
    fn close_tag(&mut self) {
        let tag = std::mem::take(&mut self.tag);
        let (closing, rest) = match tag.strip_prefix(b"/") {
            Some(rest) => (true, rest),
            None => (false, &tag[..]),
        };
        let length = rest
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let mut name = [0u8; 16];
        if length == 0 || length > name.len() {
            // `<!DOCTYPE …>`, `<?xml …?>`, a name too long to be one we act on.
            self.tag = tag;
            return;
        }
        for (to, from) in name.iter_mut().zip(&rest[..length]) {
            *to = from.to_ascii_lowercase();
        }
        let name = std::str::from_utf8(&name[..length]).expect("ASCII");
        if !closing && let Some(element) = SKIPPED_ELEMENTS.iter().position(|&skipped| skipped == name) {
            let self_closed = rest.ends_with(b"/");
            if !self_closed {
                self.state = State::Skipped { element, matched: 0 };
                self.skipped_from = self.lines + 1;
            }
        } else if let Some(level) = heading_level(name) {
            self.mark.clear();
            self.end_paragraph();
            if !closing {
                self.mark.resize(level, b'#');
                self.mark.push(b' ');
            }
        } else if name == "li" {
            self.mark.clear();
            self.end_line();
            if !closing {
                for _ in 1..self.lists {
                    self.mark.extend_from_slice(b"  ");
                }
                self.mark.extend_from_slice(b"- ");
            }
        } else if name == "br" {
            self.end_line();
        } else if name == "pre" {
            self.end_paragraph();
            self.pre = if closing {
                self.pre.saturating_sub(1)
            } else {
                self.pre + 1
            };
        } else if matches!(name, "td" | "th") {
            self.cell |= !closing;
        } else if matches!(name, "s" | "del" | "strike") {
            self.text(b"~~");
        } else if PARAGRAPH_ELEMENTS.contains(&name) {
            if matches!(name, "ul" | "ol" | "menu") {
                self.lists = if closing {
                    self.lists.saturating_sub(1)
                } else {
                    self.lists + 1
                };
                // A list inside a list item goes on the next line; the outermost one is a
                // paragraph of its own.
                if self.lists > usize::from(!closing) {
                    self.end_line();
                    self.tag = tag;
                    return;
                }
            }
            if self.lists > 0 {
                // A paragraph inside a list item: the item's text goes on, a line at a time.
                self.end_line();
            } else {
                self.end_paragraph();
            }
        } else if LINE_ELEMENTS.contains(&name) {
            self.end_line();
        }
        self.tag = tag;
    }

    /// Writes the character reference just read (in `self.reference`, between `&` and `;`);
    /// one not known is written as it was.
    fn decode_reference(&mut self) {
        let reference = std::mem::take(&mut self.reference);
        match character_of(&reference) {
            Some(ch) if ch.is_whitespace() => self.space = true,
            Some(ch) => {
                let mut utf8 = [0u8; 4];
                self.text(ch.encode_utf8(&mut utf8).as_bytes());
            }
            None => {
                self.text(b"&");
                self.push(&reference);
                self.push(b";");
            }
        }
        self.reference = reference;
    }
}

/// Whether a byte after `<` opens a tag (or a comment, a declaration, a processing instruction).
fn is_tag_start(byte: u8) -> bool {
    byte.is_ascii_alphabetic() || matches!(byte, b'/' | b'!' | b'?')
}

/// `h1`…`h6`'s level.
fn heading_level(name: &str) -> Option<usize> {
    match name.as_bytes() {
        [b'h', level @ b'1'..=b'6'] => Some(usize::from(level - b'0')),
        _ => None,
    }
}

/// The character a reference names: `amp`, `#8217`, `#x2019`, and the named ones pages use for
/// text (quotes, dashes, spaces, bullets, currency); control characters and unknown names are
/// not decoded.
fn character_of(reference: &[u8]) -> Option<char> {
    if let Some(number) = reference.strip_prefix(b"#") {
        let (digits, radix) = match number.strip_prefix(b"x").or_else(|| number.strip_prefix(b"X")) {
            Some(hex) => (hex, 16),
            None => (number, 10),
        };
        let code = u32::from_str_radix(std::str::from_utf8(digits).ok()?, radix).ok()?;
        return char::from_u32(code).filter(|ch| !ch.is_control() || matches!(ch, '\t' | '\n'));
    }
    Some(match reference {
        b"amp" => '&',
        b"lt" => '<',
        b"gt" => '>',
        b"quot" => '"',
        b"apos" => '\'',
        b"nbsp" | b"ensp" | b"emsp" | b"thinsp" => ' ',
        b"ndash" => '–',
        b"mdash" => '—',
        b"hellip" => '…',
        b"lsquo" => '‘',
        b"rsquo" => '’',
        b"ldquo" => '“',
        b"rdquo" => '”',
        b"bull" => '•',
        b"middot" => '·',
        b"rarr" => '→',
        b"larr" => '←',
        b"times" => '×',
        b"copy" => '©',
        b"reg" => '®',
        b"trade" => '™',
        b"euro" => '€',
        b"pound" => '£',
        b"yen" => '¥',
        b"cent" => '¢',
        b"deg" => '°',
        b"plusmn" => '±',
        b"frac12" => '½',
        b"shy" | b"zwj" | b"zwnj" => return None,
        _ => return None,
    })
}

impl<R: Read> Read for HtmlText<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.out_at == self.out.len() && !self.ended {
            self.out.clear();
            self.out_at = 0;
            let mut input = std::mem::take(&mut self.input);
            let read = loop {
                match self.inner.read(&mut input) {
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                    result => break result,
                }
            };
            let read = match read {
                Ok(read) => read,
                Err(error) => {
                    self.input = input;
                    return Err(error);
                }
            };
            if read == 0 {
                self.finish();
            } else {
                self.feed(&input[..read]);
            }
            self.input = input;
        }
        let available = &self.out[self.out_at..];
        let taken = available.len().min(buf.len());
        buf[..taken].copy_from_slice(&available[..taken]);
        self.out_at += taken;
        Ok(taken)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(page: &str) -> String {
        let mut text = String::new();
        HtmlText::new(page.as_bytes()).read_to_string(&mut text).expect("reads");
        text
    }

    #[test]
    fn headings_lists_and_paragraphs_read_as_markdown() {
        let page = "<!DOCTYPE html><html><head><title>Brag</title><style>li{color:red}</style></head>\
            <body><h2>2025-03</h2><ul><li>Ran the <b>hiring loop</b> &amp; wrote the rubric</li>\n\
            <li>Owned the\n   roadmap</li></ul><p>A paragraph</p></body></html>";
        assert_eq!(
            text_of(page),
            "## 2025-03\n\n- Ran the hiring loop & wrote the rubric\n- Owned the roadmap\n\nA paragraph\n"
        );
    }

    #[test]
    fn scripts_comments_and_unknown_tags_are_left_out() {
        let page = "<p>Led <!-- a <li>comment</li> --> it<script>var x = '<li>no</li>';</script> well</p>\
            <SCRIPT type=\"x\">a</SCRIPT ><span class=\"a > b\">done</span>";
        assert_eq!(text_of(page), "Led it well\n\ndone\n");
    }

    #[test]
    fn paragraphs_inside_list_items_are_the_items_text() {
        let page = "<ul><li><p>Wrote the PRD</p></li><li><p></p></li><li><p>Hired</p><p>two</p></li></ul><p>After</p>";
        assert_eq!(text_of(page), "- Wrote the PRD\n- Hired\ntwo\n\nAfter\n");
    }

    #[test]
    fn empty_items_and_headings_leave_no_line() {
        assert_eq!(text_of("<h2></h2><ul><li> </li><li>x</li></ul>"), "- x\n");
    }

    #[test]
    fn nested_lists_indent_their_bullets() {
        let page = "<ul><li>Q3<ul><li>Hired two engineers</li></ul></li><li>Q4</li></ul>";
        assert_eq!(text_of(page), "- Q3\n  - Hired two engineers\n- Q4\n");
    }

    #[test]
    fn references_are_decoded_and_unknown_ones_kept() {
        assert_eq!(
            text_of("<p>R&amp;D &#8217;s &#x2014; &nbsp;x &bogus; a&b &lt;3 &#0; &amp</p>"),
            "R&D ’s — x &bogus; a&b <3 &#0; &amp\n"
        );
    }

    #[test]
    fn a_less_than_sign_that_opens_no_tag_is_text() {
        assert_eq!(text_of("<p>latency < 200 ms, 3<4</p>"), "latency < 200 ms, 3<4\n");
    }

    #[test]
    fn table_cells_are_joined_and_rows_are_lines() {
        let page = "<table><tr><th>When</th><th>What</th></tr><tr><td>2025-03</td><td>Led the launch</td></tr></table>";
        assert_eq!(text_of(page), "When — What\n2025-03 — Led the launch\n");
    }

    #[test]
    fn preformatted_text_keeps_its_lines_and_struck_text_is_marked() {
        assert_eq!(
            text_of("<pre>a\n  b</pre><p><s>dropped</s> kept</p>"),
            "a\n  b\n\n~~dropped~~ kept\n"
        );
    }

    #[test]
    fn an_unclosed_tag_or_reference_at_the_end_is_text() {
        assert_eq!(text_of("<p>done <b"), "done <b\n");
        assert_eq!(text_of("<p>R&D"), "R&D\n");
    }

    #[test]
    fn an_element_left_out_that_never_closes_is_told() {
        let mut reader = HtmlText::new(&b"<p>Led it</p><p>Ran</p><script>var a = 1;<p>lost</p>"[..]);
        let unclosed = reader.unclosed();
        let mut text = String::new();
        reader.read_to_string(&mut text).expect("reads");
        assert_eq!(text, "Led it\n\nRan\n");
        assert_eq!(unclosed.get(), Some(&("script", 4)));

        let mut closed = HtmlText::new(&b"<style>a{}</style>kept"[..]);
        let unclosed = closed.unclosed();
        closed.read_to_string(&mut text).expect("reads");
        assert_eq!(unclosed.get(), None);
    }

    #[test]
    fn pages_are_told_by_their_first_tag() {
        assert!(looks_like_html(b"<!DOCTYPE html>\n<html>"));
        assert!(looks_like_html(b"  \n<!doctype HTML><p>"));
        assert!(looks_like_html(b"<!-- saved from url -->\n<HTML lang=en>"));
        assert!(looks_like_html(b"<html>"));
        assert!(!looks_like_html(b"<htmlish>"));
        assert!(!looks_like_html(b"- Wrote <html> templates\n"));
        assert!(!looks_like_html(b"<!-- never closed <html>"));
        assert!(!looks_like_html(b""));
    }

    #[test]
    fn a_huge_tag_or_skipped_element_keeps_memory_bounded() {
        let page = format!(
            "<p style=\"{}\">kept</p><style>{}</style>after",
            "x".repeat(1 << 20),
            "y".repeat(1 << 20)
        );
        let mut reader = HtmlText::new(page.as_bytes());
        let mut text = String::new();
        reader.read_to_string(&mut text).expect("reads");
        assert_eq!(text, "kept\n\nafter\n");
        assert!(reader.tag.capacity() <= 2 * MAX_TAG_BYTES);
    }

    proptest::proptest! {
        /// Any bytes read as a page: no panic, and the text is no more than a few times the
        /// page (a reference's character, a mark, a separator per byte at most).
        #[test]
        fn any_bytes_read_as_a_page(page in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600)) {
            let mut text = Vec::new();
            HtmlText::new(&page[..]).read_to_end(&mut text).expect("reads");
            proptest::prop_assert!(text.len() <= 8 * page.len() + 1);
        }
    }

    #[test]
    fn text_read_in_small_pieces_is_the_same() {
        let page = "<h1>Brag</h1><ul><li>R&amp;D <i>work</i></li><li>x &lt; y</li></ul><!-- c --><p>end</p>";
        let whole = text_of(page);
        let mut pieces = String::new();
        let mut reader = HtmlText::new(OneByte(page.as_bytes()));
        reader.read_to_string(&mut pieces).expect("reads");
        assert_eq!(pieces, whole);
    }

    /// A reader that gives one byte a read.
    struct OneByte<'a>(&'a [u8]);

    impl Read for OneByte<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match (self.0.split_first(), buf.first_mut()) {
                (Some((&byte, rest)), Some(slot)) => {
                    *slot = byte;
                    self.0 = rest;
                    Ok(1)
                }
                _ => Ok(0),
            }
        }
    }
}
