//! A document's text → activities, one per non-blank line.
//!
//! People paste brag documents, resumes and self-reviews in Markdown-ish text, so this step strips
//! the Markdown (bullets, task boxes, emphasis) and sets aside what is not an activity (headings,
//! rules, front matter). Every line lands in exactly one bucket — an activity, a continuation of
//! the activity above it, or skipped — so the totals always add up.

use serde::Serialize;

use crate::dates::{self, Period};

/// One thing the person did, as written (Markdown stripped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    /// 1-based line number of the activity's first line.
    pub line: usize,
    /// The text, with bullets, task boxes, emphasis, a leading date and energy markers removed;
    /// continuations joined by a space.
    pub text: String,
    /// When it happened: a leading date on the line, else the date of the heading above it.
    pub date: Option<Period>,
    /// Whether it gave energy (`(+)`, `[+]`) or drained it (`(-)`, `[-]`).
    pub energy: Option<Energy>,
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

/// The activities of one document and how every line was accounted for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Activities in document order.
    pub activities: Vec<Activity>,
    /// Number of lines in the document.
    pub lines: usize,
    /// Lines joined to the activity above them.
    pub continuations: usize,
    /// Blank lines, headings, horizontal rules and front matter.
    pub skipped: usize,
    /// `key: value` pairs of the YAML front matter, if any (keys lower-cased).
    pub front_matter: Vec<(String, String)>,
    /// Lines not read as they were written, for warnings: the first line of each kind.
    pub warnings: Vec<ParseWarning>,
}

/// Lines the parser could not read as written (one kind of problem): the first such line, what
/// happened, and how many lines it happened to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseWarning {
    /// The first line it happened to (1-based).
    pub line: usize,
    /// What happened, in words.
    pub message: String,
    /// How many lines it happened to.
    pub count: usize,
}

impl ParseWarning {
    /// The warning for a document named `name`: `name:line: message`, and how many more lines.
    pub fn describe(&self, name: &str) -> String {
        let more = match self.count {
            0 | 1 => String::new(),
            n => format!(" ({} more lines like it)", n - 1),
        };
        format!("{name}:{}: {}{more}", self.line, self.message)
    }
}

/// Longest activity text kept, in bytes (1 MiB): continuation lines past it are counted but
/// their text is left out, with a warning.
pub const MAX_ACTIVITY_BYTES: usize = 1 << 20;

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

/// Parses a whole document into activities (see [`Parser`] for line-by-line use).
pub fn parse(text: &str) -> Parsed {
    let mut parser = Parser::new();
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

/// Turns lines into activities one at a time, so a document of any size streams through in
/// constant memory: an activity is emitted once the next line shows it has no continuation.
#[derive(Debug, Default)]
pub struct Parser {
    /// Counts so far; `activities` stays empty (activities go to the caller).
    counts: Parsed,
    /// The activity still open to continuation lines.
    pending: Option<Activity>,
    /// Whether the previous line belongs to a bulleted activity, so an indented line may
    /// continue it.
    in_bullet: bool,
    /// Open headings as (level, the period they name); the innermost dated one dates activities.
    headings: Vec<(usize, Option<Period>)>,
    /// Lines held while deciding whether a leading `---` opens front matter.
    front_matter: Option<Vec<String>>,
    /// Bytes of the lines held in `front_matter`.
    front_matter_bytes: usize,
    /// Whether the pending activity took continuation lines.
    continued: bool,
}

impl Parser {
    /// A parser at the start of a document.
    pub fn new() -> Parser {
        Parser::default()
    }

    /// Feeds the next line (without its line ending); completed activities are appended to `out`.
    pub fn push(&mut self, line: &str, out: &mut Vec<Activity>) {
        self.counts.lines += 1;
        let number = self.counts.lines;
        if number == 1 && line.trim_start_matches('\u{feff}').trim_end() == "---" {
            self.front_matter = Some(vec![line.to_string()]);
            self.front_matter_bytes = line.len();
            return;
        }
        if let Some(held) = &mut self.front_matter {
            held.push(line.to_string());
            self.front_matter_bytes += line.len();
            if matches!(line.trim_end(), "---" | "...") {
                let held = self.front_matter.take().unwrap_or_default();
                self.counts.skipped += held.len();
                self.counts.front_matter = held[1..held.len() - 1].iter().filter_map(|l| key_value(l)).collect();
            } else if held.len() > MAX_FRONT_MATTER_LINES || self.front_matter_bytes > MAX_FRONT_MATTER_BYTES {
                self.warn(
                    1,
                    format!(
                        "the `---` here opens front matter that does not close within {MAX_FRONT_MATTER_LINES} lines ({} KiB); its lines are read as text",
                        MAX_FRONT_MATTER_BYTES >> 10
                    ),
                );
                self.replay_held(out);
            }
            return;
        }
        self.line(number, line, out);
    }

    /// Ends the document: emits the last activity and returns the counts (with an empty
    /// `activities`).
    pub fn finish(mut self, out: &mut Vec<Activity>) -> Parsed {
        if self.front_matter.is_some() {
            self.replay_held(out);
        }
        if let Some(last) = self.pending.take() {
            self.emit(last, out);
        }
        self.counts
    }

    /// Notes a line not read as written; the first of each kind is kept, the others counted.
    fn warn(&mut self, line: usize, message: String) {
        let warnings = &mut self.counts.warnings;
        match warnings.iter_mut().find(|w| w.message == message) {
            Some(warning) => warning.count += 1,
            None => warnings.push(ParseWarning {
                line,
                message,
                count: 1,
            }),
        }
    }

    /// Emits a finished activity (the markers of its first line were taken when it started; an
    /// energy marker may also end its last continuation line); one that held nothing but markers
    /// (a bare `- (+)`) is no activity and is counted as skipped.
    fn emit(&mut self, mut activity: Activity, out: &mut Vec<Activity>) {
        if std::mem::take(&mut self.continued) {
            take_trailing_marker(&mut activity);
        }
        if activity.text.is_empty() {
            self.counts.skipped += 1;
        } else {
            out.push(activity);
        }
    }

    /// A leading `---` that never closed (or ran too long) was a rule: parse the held lines
    /// as ordinary lines.
    fn replay_held(&mut self, out: &mut Vec<Activity>) {
        let held = self.front_matter.take().unwrap_or_default();
        let first = self.counts.lines + 1 - held.len();
        for (offset, line) in held.iter().enumerate() {
            self.line(first + offset, line, out);
        }
    }

    fn line(&mut self, number: usize, raw: &str, out: &mut Vec<Activity>) {
        let trimmed = raw.trim();
        let heading = heading_level(trimmed);
        if let Some(level) = heading {
            self.headings.retain(|(open, _)| *open < level);
            let date = dates::heading_date(&trimmed[level..]);
            if date == Some(None) {
                self.warn(
                    number,
                    "this heading's date is not a real date (a month past 12, a quarter past Q4, a half past H2, a day past the month's end); it dates nothing".to_string(),
                );
            }
            self.headings.push((level, date.flatten()));
        }
        if trimmed.is_empty() || heading.is_some() || is_rule(trimmed) {
            self.counts.skipped += 1;
            self.in_bullet = false;
            return;
        }
        let indented = raw.starts_with([' ', '\t']);
        let bullet = strip_bullet(trimmed);
        if let (None, true, true, Some(open)) = (bullet, indented, self.in_bullet, self.pending.as_mut()) {
            let more = clean(trimmed);
            let long = open.text.len() + 1 + more.len() > MAX_ACTIVITY_BYTES;
            if !more.is_empty() && !long {
                if !open.text.is_empty() {
                    open.text.push(' ');
                }
                open.text.push_str(&more);
                self.continued = true;
            }
            let first = open.line;
            self.counts.continuations += 1;
            if long {
                self.warn(
                    first,
                    format!(
                        "an activity of more than {} MiB: its continuation lines past that were left out",
                        MAX_ACTIVITY_BYTES >> 20
                    ),
                );
            }
            return;
        }
        let text = clean(bullet.unwrap_or(trimmed));
        if let Some(done) = self.pending.take() {
            self.emit(done, out);
        }
        if text.is_empty() {
            // A bare bullet or task box: nothing was done, so there is no activity.
            self.counts.skipped += 1;
            self.in_bullet = false;
            return;
        }
        self.in_bullet = bullet.is_some();
        let date = self.headings.iter().rev().find_map(|(_, period)| *period);
        let mut activity = Activity {
            line: number,
            text,
            date,
            energy: None,
        };
        take_markers(&mut activity);
        self.pending = Some(activity);
    }
}

/// Takes an energy marker that ends an activity's last continuation line, unless its first line
/// had one.
fn take_trailing_marker(activity: &mut Activity) {
    let text = activity.text.as_str();
    if let Some(marker) = text
        .len()
        .checked_sub(3)
        .and_then(|cut| text.get(cut..))
        .and_then(Energy::from_marker)
    {
        activity.text = text[..text.len() - 3].trim_end().to_string();
        activity.energy = activity.energy.or(Some(marker));
    }
}

/// Moves a leading date and energy markers (at the start or the end) out of the text of an
/// activity's first line.
fn take_markers(activity: &mut Activity) {
    let mut text = activity.text.as_str();
    let mut energy = None;
    let mut date = None;
    for _ in 0..2 {
        if let Some(marker) = text.get(..3).and_then(Energy::from_marker) {
            energy = Some(marker);
            text = text[3..].trim_start();
        }
        if text.starts_with(|c: char| c.is_ascii_digit() || c == '[')
            && let Some((day, rest)) = dates::leading_date(text)
        {
            date = Some(day);
            text = rest;
        }
    }
    if let Some(marker) = text
        .len()
        .checked_sub(3)
        .and_then(|cut| text.get(cut..))
        .and_then(Energy::from_marker)
    {
        energy = energy.or(Some(marker));
        text = text[..text.len() - 3].trim_end();
    }
    if energy.is_some() || date.is_some() {
        activity.text = text.to_string();
        activity.energy = energy;
        activity.date = date.or(activity.date);
    }
}

fn key_value(line: &str) -> Option<(String, String)> {
    let (key, value) = line.split_once(':')?;
    let value = value.trim().trim_matches(['"', '\'']);
    Some((key.trim().to_lowercase(), value.to_string()))
}

/// The level of an ATX heading (`## Q1` → 2), or `None` if the line is not one.
fn heading_level(line: &str) -> Option<usize> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    let is_heading = (1..=6).contains(&hashes) && line[hashes..].chars().next().is_none_or(char::is_whitespace);
    is_heading.then_some(hashes)
}

/// A thematic break (`---`, `* * *`, `___`) or a setext underline (`===`).
fn is_rule(line: &str) -> bool {
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

/// The text after a bullet (`-`, `*`, `+`, `•`, `1.`, `1)`) and an optional task box, if the
/// line has a bullet.
fn strip_bullet(line: &str) -> Option<&str> {
    let after_marker = if let Some(rest) = line.strip_prefix(['-', '*', '+', '•']) {
        rest
    } else {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 9 {
            return None;
        }
        line[digits..].strip_prefix(['.', ')'])?
    };
    if !(after_marker.is_empty() || after_marker.starts_with(char::is_whitespace)) {
        return None;
    }
    let rest = after_marker.trim_start();
    let rest = ["[ ]", "[x]", "[X]"]
        .iter()
        .find_map(|boxed| {
            rest.strip_prefix(boxed)
                .filter(|r| r.is_empty() || r.starts_with(char::is_whitespace))
        })
        .unwrap_or(rest);
    Some(rest.trim())
}

/// Removes emphasis markers (`**`, `__`, `*`, `_` at word edges, `~~`, backticks) and trims.
fn clean(text: &str) -> String {
    let text = text.trim();
    let bytes = text.as_bytes();
    // A fold without an early exit, which the compiler turns into wide comparisons.
    let marked = bytes
        .iter()
        .fold(false, |marked, &b| marked | matches!(b, b'*' | b'`' | b'~' | b'_'));
    if !marked {
        return text.to_string();
    }
    // Markers are ASCII, so the text is copied in spans between the ones removed.
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        let remove = match byte {
            b'*' | b'`' => true,
            b'~' => bytes.get(at + 1) == Some(&b'~') || (at > 0 && bytes[at - 1] == b'~'),
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
    }
    out.push_str(&text[copied..]);
    match out.trim() {
        trimmed if trimmed.len() == out.len() => out,
        trimmed => trimmed.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `clean` as first written, a character at a time: the specification.
    fn clean_by_chars(text: &str) -> String {
        let text = text.trim();
        if !text.bytes().any(|b| matches!(b, b'*' | b'`' | b'~' | b'_')) {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut previous: Option<char> = None;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let next = chars.peek().copied();
            let keep = match c {
                '*' | '`' => false,
                '~' => !(next == Some('~') || previous == Some('~')),
                '_' => previous.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric),
                _ => true,
            };
            if keep {
                out.push(c);
            }
            previous = Some(c);
        }
        out.trim().to_string()
    }

    proptest::proptest! {
        #[test]
        fn cleaning_in_spans_equals_cleaning_by_characters(
            pieces in proptest::collection::vec(
                proptest::sample::select(&["*", "**", "_", "__", "~", "~~", "`", "a", "Zé", " ", "  ", "x_y", "日本", "1", "\t"][..]),
                0..10,
            )
        ) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(clean(&text), clean_by_chars(&text));
        }
    }

    fn texts(parsed: &Parsed) -> Vec<&str> {
        parsed.activities.iter().map(|a| a.text.as_str()).collect()
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
    fn keeps_underscores_and_tildes_inside_words() {
        assert_eq!(
            texts(&parse("- tuned snake_case ~5 ms ~~old~~\n")),
            ["tuned snake_case ~5 ms old"]
        );
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
    fn unclosed_front_matter_is_a_rule_not_front_matter() {
        let parsed = parse("---\nrole: tpm\n");
        assert_eq!(texts(&parsed), ["role: tpm"]);
        assert_eq!(parsed.skipped, 1);
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
    fn headings_that_name_no_real_date_are_warned_about_once() {
        let parsed = parse("## 2025-13\n- a\n## Q5 2025\n- b\n## 2025 Q3\n- c\n");
        assert_eq!(parsed.warnings.len(), 1);
        assert_eq!((parsed.warnings[0].line, parsed.warnings[0].count), (1, 2));
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
