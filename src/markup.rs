//! Markdown that holds no activity as written, read a line at a time before the parser sees it:
//! fenced code blocks and HTML comments are skipped, a blockquote's `>` markers are dropped, and
//! a table's rows are handed over as rows of cells (the parser makes them bullets of a brag list,
//! `| 2025-01 | Ran the hiring loop |` read as `- 2025-01 — Ran the hiring loop`, or lines of a
//! resume), its delimiter row skipped.
//!
//! At most one table row is held (until the next line shows whether a delimiter row follows it),
//! and the lines of an open code fence up to [`MAX_FENCE_LINES`] and [`MAX_FENCE_BYTES`]: a fence
//! that never closes (a stray ```` ``` ```` in a plain list) has its lines read as text after
//! all, unless it ran longer than that. Memory stays flat.

use std::borrow::Cow;

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

/// Most lines of an open code fence held in case it never closes.
pub const MAX_FENCE_LINES: usize = 1000;
/// Most bytes of an open code fence held in case it never closes.
pub const MAX_FENCE_BYTES: usize = 256 << 10;

/// A construct that never closed, found when the document ends.
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
    /// An open HTML comment: the line that opened it, lines skipped.
    comment: Option<(usize, usize)>,
    /// A table-like row held until the next line: its number and text.
    row: Option<(usize, String)>,
    /// Inside a table (after its delimiter row).
    in_table: bool,
}

impl Markup {
    /// Whether `line` goes to the parser as it is, with nothing open or held and no construct
    /// starting on it: the quick path of every ordinary line.
    pub fn passes(&self, line: &str) -> bool {
        self.fence.is_none()
            && self.comment.is_none()
            && self.row.is_none()
            && !self.in_table
            && !matches!(
                line.trim_start().as_bytes().first(),
                Some(b'|' | b'`' | b'~' | b'<' | b'>')
            )
    }

    /// Reads line `number`; what it (and a row held before it) becomes goes to `emit`, in order.
    pub fn feed<'a>(&mut self, number: usize, line: &'a str, mut emit: impl FnMut(Part<'a>)) {
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
        if let Some(comment) = &mut self.comment {
            comment.1 += 1;
            match line.find("-->") {
                Some(end) => {
                    self.comment = None;
                    emit(after_comment(number, &line[end + 3..]));
                }
                None => emit(Part::Skipped(number)),
            }
            return;
        }
        let trimmed = line.trim_start();
        let first = trimmed.as_bytes().first().copied();
        if first == Some(b'|') {
            self.table_line(number, trimmed, &mut emit);
            return;
        }
        self.flush(&mut emit);
        self.in_table = false;
        match first {
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
            Some(b'<') if trimmed.starts_with("<!--") => {
                match trimmed[4..].find("-->") {
                    Some(end) => emit(after_comment(number, &trimmed[4 + end + 3..])),
                    None => {
                        self.comment = Some((number, 1));
                        emit(Part::Skipped(number));
                    }
                }
                return;
            }
            Some(b'>') => {
                let quoted = trimmed.trim_start_matches(['>', ' ', '\t']);
                emit(Part::Text(number, Cow::Borrowed(quoted)));
                return;
            }
            _ => {}
        }
        emit(Part::Text(number, Cow::Borrowed(line)));
    }

    /// Ends the document: a held row is text after all, and so are the lines of a fence that
    /// never closed (its opening line as written, the others read again); the first construct
    /// that never closed is returned, so the caller can say what became of its lines.
    pub fn finish(&mut self, mut emit: impl FnMut(Part<'_>)) -> Option<Unclosed> {
        self.flush(&mut emit);
        let mut first = None;
        while let Some(fence) = self.fence.take() {
            first.get_or_insert(Unclosed {
                line: fence.line,
                lines: fence.lines,
                what: "a code fence",
                read_as_text: !fence.given_up,
            });
            let mut held = fence.held.into_iter();
            if let Some((number, opener)) = held.next() {
                emit(Part::Text(number, Cow::Borrowed(&opener)));
            }
            // Read again: they may open another fence, which ends here too.
            for (number, line) in held {
                self.feed(number, &line, &mut emit);
            }
            self.flush(&mut emit);
        }
        if first.is_some() {
            return first;
        }
        self.comment.take().map(|(line, lines)| Unclosed {
            line,
            lines,
            what: "an HTML comment (<!--)",
            read_as_text: false,
        })
    }

    /// A line that starts with `|`: a delimiter row (skipped, and the row held before it is the
    /// header), a row of a table, or a first row, held.
    fn table_line<'a>(&mut self, number: usize, trimmed: &'a str, emit: &mut impl FnMut(Part<'a>)) {
        if is_delimiter_row(trimmed) {
            match self.row.take() {
                Some((header, text)) => {
                    emit(row(header, &text, true));
                    self.in_table = true;
                    emit(Part::Skipped(number));
                }
                None if self.in_table => emit(Part::Skipped(number)),
                None => emit(Part::Text(number, Cow::Borrowed(trimmed))),
            }
            return;
        }
        if self.in_table {
            emit(row(number, trimmed, false));
            return;
        }
        self.flush(emit);
        self.row = Some((number, trimmed.to_string()));
    }

    /// A held row that no delimiter row followed: not a table, its line as written.
    fn flush<'a>(&mut self, emit: &mut impl FnMut(Part<'a>)) {
        if let Some((number, text)) = self.row.take() {
            emit(Part::Text(number, Cow::Owned(text)));
        }
    }
}

/// Whether `line` closes a fence of `length` × `mark`.
fn closes_fence(line: &str, mark: u8, length: usize) -> bool {
    let trimmed = line.trim();
    let run = trimmed.bytes().take_while(|&b| b == mark).count();
    run >= length && run == trimmed.len()
}

/// What follows a comment's `-->` on its line: text, or nothing to read.
fn after_comment(number: usize, rest: &str) -> Part<'_> {
    if rest.trim().is_empty() {
        Part::Skipped(number)
    } else {
        Part::Text(number, Cow::Borrowed(rest.trim_start()))
    }
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
}
