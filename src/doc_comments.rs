//! The comments a Google Doc is exported with. Downloaded as text or Markdown (or as a web page,
//! read as its text, see [`crate::html`]), a doc with comments marks each commented passage with
//! an anchor glued to its end — `[a]`, `[b]`, … `[z]`, `[aa]`… (`- Shipped the search
//! relaunch[a] with two teams`) — and lists the comments after its text, each from its anchor
//! (`[a]Jane Doe: should we say three teams?`), its replies and notes (`_Assigned to …_`,
//! `_Marked as resolved_`) under it.
//!
//! An anchor is no word of the work: it is taken out of its line ([`Anchors::strip`]). The
//! comments are others' words, and would vote for a role as the work does: from the first line
//! starting with an anchor that a line above used, to the end of the document, the lines are read
//! as none of the work ([`Comments`]) and named in one warning, as an email's signature is (see
//! [`crate::paste`]). A line starting with `[a]` that no line above used is text.
//!
//! Brackets mean other things too, so an anchor is told strictly: one or two lower-case letters
//! in brackets, glued to the end of a word or to the punctuation after it, with a space,
//! punctuation or the line's end after it (`relaunch[a][b],` holds two), and in the order
//! Google Docs letters them, the order they stand in: the first is `[a]`, and each after it one
//! used before or the next letter. A link `[a](…)`, a reference `[text][a]`, a task box `- [x]
//! …`, an energy marker `[+]`, a footnote `[1]`, and `buf[i]` with no `[h]` before it keep their
//! meaning; an anchor that comes out of order (its passage cut from the copy) stays as written.

use std::borrow::Cow;

use crate::markup::CodeSpans;

/// The anchors a document's text has used so far.
#[derive(Debug, Default, Clone, Copy)]
pub struct Anchors {
    /// How many: the anchors used are the first this many (see [`anchor_at`] for their order),
    /// since each is one used before or the next.
    used: usize,
}

impl Anchors {
    /// Whether the anchor numbered `index` has been used.
    fn has(self, index: usize) -> bool {
        index < self.used
    }

    /// Whether any anchor has been used.
    fn any(self) -> bool {
        self.used > 0
    }

    /// Takes note of the anchors glued into `line`, read as written (a Markdown export's escaped
    /// `\[a\]` too): one used before, or the next letter (`[a]` first).
    pub fn note(&mut self, line: &str) {
        if memchr::memchr(b'[', line.as_bytes()).is_none() {
            return;
        }
        for (_, index) in glued(line) {
            if index == self.used {
                self.used += 1;
            }
        }
    }

    /// `text` without the anchors of comments glued into it (`relaunch[a] with` reads
    /// `relaunch with`); borrowed when it holds none.
    pub fn strip<'a>(self, text: &'a str) -> Cow<'a, str> {
        if !self.any() || memchr::memchr(b'[', text.as_bytes()).is_none() {
            return Cow::Borrowed(text);
        }
        let mut kept = String::new();
        let mut copied = 0;
        for (span, index) in glued(text) {
            if self.has(index) {
                kept.push_str(&text[copied..span.start]);
                copied = span.end;
            }
        }
        if copied == 0 {
            return Cow::Borrowed(text);
        }
        kept.push_str(&text[copied..]);
        Cow::Owned(kept)
    }

    /// Whether `line` starts the comments listed after the text: it starts, unindented, with an
    /// anchor that a line above used, the comment's words glued to it (`[a]Jane Doe: should we
    /// say three teams?`). `[a] see the appendix` and a link's definition, `[a]: https://…`,
    /// are text: taking them for comments would drop the rest of the document.
    pub fn opens_comments(self, line: &str) -> bool {
        let bytes = line.as_bytes();
        self.any()
            && anchor_at(bytes, 0).is_some_and(|(index, end)| {
                self.has(index) && bytes.get(end).is_some_and(|&b| !b.is_ascii_whitespace() && b != b':')
            })
    }
}

/// The comments listed after a Google Doc's text, from the line that opened them to the end.
#[derive(Debug, Clone)]
pub struct Comments {
    /// The line that opened them.
    first: usize,
    /// Their last line that is not blank.
    last: usize,
    /// Their lines that are not blank.
    lines: usize,
    /// The comments: lines starting with an anchor.
    comments: usize,
}

impl Comments {
    /// The comments opened by line `number`.
    pub fn open(number: usize) -> Comments {
        Comments {
            first: number,
            last: number,
            lines: 1,
            comments: 1,
        }
    }

    /// Takes line `number`, `line`, below the first: a comment of its own when it starts with an
    /// anchor the text used, else a reply or a note of the comment above it.
    pub fn take(&mut self, number: usize, line: &str, anchors: Anchors) {
        if line.trim().is_empty() {
            return;
        }
        self.last = number;
        self.lines += 1;
        if anchors.opens_comments(line) {
            self.comments += 1;
        }
    }

    /// The line to warn at, and the warning: how many lines were read as the comments, and
    /// where, so none is dropped unseen.
    pub fn warning(&self) -> (usize, String) {
        let were = match self.lines {
            1 => "1 line was".to_string(),
            n => format!("{n} lines were"),
        };
        let comments = match self.comments {
            1 => "1 comment".to_string(),
            n => format!("{n} comments"),
        };
        let lines = crate::paste::lines_named(self.first, self.last);
        let activities = if self.lines == 1 { "an activity" } else { "activities" };
        (
            self.first,
            format!(
                "{were} read as the comments a Google Doc is exported with ({comments}, {lines}): others' words, not {activities}"
            ),
        )
    }
}

/// The anchor starting at `at` in `bytes` — `[ab]`, or `\[ab\]` as a Markdown export escapes
/// it — as its index (`[a]` 0, `[z]` 25, `[aa]` 26, `[zz]` 701) and where it ends.
fn anchor_at(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    let escaped = bytes.get(at) == Some(&b'\\');
    let open = at + usize::from(escaped);
    if bytes.get(open) != Some(&b'[') {
        return None;
    }
    let letters = bytes[open + 1..]
        .iter()
        .take(3)
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let close: &[u8] = if escaped { b"\\]" } else { b"]" };
    let end = open + 1 + letters;
    if !(1..=2).contains(&letters) || !bytes[end..].starts_with(close) {
        return None;
    }
    let letter = |b: u8| usize::from(b - b'a');
    let index = match bytes[open + 1..end] {
        [one] => letter(one),
        [first, second] => 26 + letter(first) * 26 + letter(second),
        _ => return None,
    };
    Some((index, end + close.len()))
}

/// Whether an anchor may follow `byte`, the end of a word or the punctuation after it: not a
/// space, no bracket (`[text][a]` is a reference), no opening mark (`(`, `{`, `<`, an image's
/// `!`, a cell's `|`), no backslash.
fn glues(byte: u8) -> bool {
    !byte.is_ascii_whitespace() && !matches!(byte, b'[' | b']' | b'(' | b'{' | b'<' | b'!' | b'|' | b'\\')
}

/// Whether `byte` may follow a run of anchors: no letter or digit (`re[a]launch` is none), and
/// no `(`, `[` or `{` (`[a](…)` is a link).
fn ends_run(byte: u8) -> bool {
    !byte.is_ascii_alphanumeric() && !matches!(byte, b'(' | b'[' | b'{')
}

/// The anchors glued into `line` (see [`glues`] and [`ends_run`]), each as its bytes and index,
/// in order; none in a code span (`` `x[a]` `` is code).
fn glued(line: &str) -> Vec<(std::ops::Range<usize>, usize)> {
    let bytes = line.as_bytes();
    let mut found = Vec::new();
    let mut code_spans = CodeSpans::default();
    let mut from = 0;
    while let Some(skip) = memchr::memchr2(b'[', b'`', &bytes[from..]) {
        let open = from + skip;
        if bytes[open] == b'`' {
            from = code_spans.skip(bytes, open);
            continue;
        }
        from = open + 1;
        let start = if open > 0 && bytes[open - 1] == b'\\' {
            open - 1
        } else {
            open
        };
        if start == 0 || !glues(bytes[start - 1]) {
            continue;
        }
        let mut run = Vec::new();
        let mut end = start;
        while let Some((index, next)) = anchor_at(bytes, end) {
            run.push((end..next, index));
            end = next;
        }
        if run.is_empty() || bytes.get(end).is_some_and(|&b| !ends_run(b)) {
            continue;
        }
        from = end;
        found.extend(run);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Anchors that have seen `lines`, in order.
    fn noted(lines: &[&str]) -> Anchors {
        let mut anchors = Anchors::default();
        for line in lines {
            anchors.note(line);
        }
        anchors
    }

    #[test]
    fn anchors_are_numbered_as_google_docs_letters_them() {
        assert_eq!(anchor_at(b"[a]", 0), Some((0, 3)));
        assert_eq!(anchor_at(b"[z]x", 0), Some((25, 3)));
        assert_eq!(anchor_at(b"[aa]", 0), Some((26, 4)));
        assert_eq!(anchor_at(b"[zz]", 0), Some((701, 4)));
        assert_eq!(anchor_at(br"\[b\]", 0), Some((1, 5)));
        for text in ["[abc]", "[A]", "[1]", "[+]", "[]", "[a", r"\[a]", "[ a]"] {
            assert_eq!(anchor_at(text.as_bytes(), 0), None, "{text:?}");
        }
    }

    #[test]
    fn an_anchor_glued_to_a_word_is_taken_out_and_other_brackets_kept() {
        let anchors = noted(&[
            "- Shipped the search relaunch[a] with two teams",
            "Ran it[b][c], wrote it[d]; led it[e]",
        ]);
        for (text, read) in [
            (
                "Shipped the search relaunch[a] with two teams",
                "Shipped the search relaunch with two teams",
            ),
            ("Cut p99 latency by 40%.[b]", "Cut p99 latency by 40%."),
            (
                "Hired two engineers[a][b], then a manager",
                "Hired two engineers, then a manager",
            ),
            ("Ran the offsite[e]: 30 people", "Ran the offsite: 30 people"),
            (r"Wrote the PRD\[c\] for pricing", "Wrote the PRD for pricing"),
            ("**Launched checkout**[d]", "**Launched checkout**"),
        ] {
            assert_eq!(anchors.strip(text), read, "{text:?}");
        }
        // What brackets mean elsewhere is kept.
        for text in [
            "Read [a](https://example.com/a) first",
            "See [the doc][a] for the plan",
            "- [x] Ran the review",
            "- [+] Wrote the PRD",
            "Cut costs 30%[1]",
            "Drafted re[a]launch notes",
            "A [a] standing alone",
            "[a]Jane Doe: should we say three teams?",
            "Fixed buf[i](x)",
        ] {
            assert_eq!(anchors.strip(text), text, "{text:?}");
        }
    }

    #[test]
    fn anchors_are_read_only_in_the_order_google_docs_letters_them() {
        let anchors = noted(&["- Fixed the off-by-one in buf[i] handling", "- Ran the loop"]);
        assert_eq!(
            anchors.strip("Fixed the off-by-one in buf[i] handling"),
            "Fixed the off-by-one in buf[i] handling"
        );
        assert!(!anchors.opens_comments("[i]nteresting"));
        // `[a]` first, then one used before or the next letter: `[d]` after `[b]` is out of order.
        let anchors = noted(&[
            "Led[b] it",
            "Ran it[a]",
            "Wrote it[b]",
            "Cut it[d]",
            "Hired[a] two[c]",
            "in buf[i]",
        ]);
        assert_eq!(anchors.used, 3);
        assert_eq!(
            anchors.strip("Led[b] it, Cut it[d], Hired[c] two in buf[i]"),
            "Led it, Cut it[d], Hired two in buf[i]"
        );
        // All 702 of them: `[a]` … `[z]`, `[aa]` … `[zz]`.
        let letters = || 'a'..='z';
        let names = letters()
            .map(String::from)
            .chain(letters().flat_map(|first| letters().map(move |second| format!("{first}{second}"))));
        let mut anchors = Anchors::default();
        for name in names {
            anchors.note(&format!("Ran it[{name}]"));
        }
        assert_eq!(anchors.used, 26 + 26 * 26);
        assert!(anchors.opens_comments("[zz]Last comment"));
    }

    #[test]
    fn the_comments_open_at_a_line_starting_with_an_anchor_used_above() {
        let anchors = noted(&["- Shipped the relaunch[a] with two teams", "- Hired[b] four"]);
        assert!(anchors.opens_comments("[a]Jane Doe: should we say three teams?"));
        assert!(anchors.opens_comments("[b]Sam Lee: four or five?"));
        assert!(anchors.opens_comments(r"\[a\]Jane Doe: three?"));
        for line in [
            "[c]Priya: not used above",
            " [a]indented",
            "- [a] a bullet",
            "Jane Doe [a]",
            "[1] a footnote",
            "[a] see the appendix",
            "[a]: https://example.com/appendix",
            "[a]",
        ] {
            assert!(!anchors.opens_comments(line), "{line:?}");
        }
        assert!(!Anchors::default().opens_comments("[a]Jane Doe: no anchor above"));
    }

    #[test]
    fn brackets_in_a_code_span_are_code() {
        assert!(!noted(&["- Fixed the off-by-one in `x[a]` lookups", "``dp[a][b]``"]).any());
        let anchors = noted(&["Shipped it[a]"]);
        assert_eq!(anchors.strip("Use `dp[a]` here[a]"), "Use `dp[a]` here");
        // An unclosed tick is text, and what follows it is read.
        assert_eq!(anchors.strip("It's ` open[a] here"), "It's ` open here");
    }

    #[test]
    fn the_comments_are_counted_and_named_in_one_warning() {
        let anchors = noted(&["Shipped it[a] and[b] more"]);
        let mut comments = Comments::open(12);
        for (number, line) in [
            (13, "Dana Smith: yes, three"),
            (14, "_Marked as resolved_"),
            (15, ""),
            (16, "[b]Sam Lee: more what?"),
            (17, "_Assigned to Dana Smith_"),
            (18, ""),
        ] {
            comments.take(number, line, anchors);
        }
        assert_eq!(
            comments.warning(),
            (
                12,
                "5 lines were read as the comments a Google Doc is exported with (2 comments, lines 12–17): others' words, not activities".to_string()
            )
        );
        assert_eq!(
            Comments::open(9).warning().1,
            "1 line was read as the comments a Google Doc is exported with (1 comment, line 9): others' words, not an activity"
        );
    }
}
