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
}

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

/// Parses a document into activities.
pub fn parse(text: &str) -> Parsed {
    let all: Vec<&str> = lines(text).collect();
    let mut parsed = Parsed {
        lines: all.len(),
        ..Parsed::default()
    };
    let front_matter_lines = front_matter_len(&all);
    if front_matter_lines > 0 {
        parsed.skipped += front_matter_lines;
        parsed.front_matter = all[1..front_matter_lines - 1]
            .iter()
            .filter_map(|l| key_value(l))
            .collect();
    }
    // Whether the previous line belongs to a bulleted activity, so an indented line may continue it.
    let mut in_bullet = false;
    // Open headings as (level, the period they name); the innermost dated one dates activities.
    let mut headings: Vec<(usize, Option<Period>)> = Vec::new();
    for (index, raw) in all.iter().enumerate().skip(front_matter_lines) {
        let number = index + 1;
        let trimmed = raw.trim();
        if let Some(level) = heading_level(trimmed) {
            headings.retain(|(open, _)| *open < level);
            headings.push((level, dates::heading_period(&trimmed[level..])));
        }
        if trimmed.is_empty() || is_heading(trimmed) || is_rule(trimmed) {
            parsed.skipped += 1;
            in_bullet = false;
            continue;
        }
        let indented = raw.starts_with([' ', '\t']);
        let bullet = strip_bullet(trimmed);
        if let (None, true, true, Some(last)) = (bullet, indented, in_bullet, parsed.activities.last_mut()) {
            let more = clean(trimmed);
            if !more.is_empty() {
                last.text.push(' ');
                last.text.push_str(&more);
            }
            parsed.continuations += 1;
            continue;
        }
        let text = clean(bullet.unwrap_or(trimmed));
        if text.is_empty() {
            // A bare bullet or task box: nothing was done, so there is no activity.
            parsed.skipped += 1;
            in_bullet = false;
            continue;
        }
        in_bullet = bullet.is_some();
        let date = headings.iter().rev().find_map(|(_, period)| *period);
        parsed.activities.push(Activity {
            line: number,
            text,
            date,
            energy: None,
        });
    }
    for activity in &mut parsed.activities {
        take_markers(activity);
    }
    parsed
}

/// Moves a leading date and energy markers (at the start or the end) out of the text.
fn take_markers(activity: &mut Activity) {
    let mut text = activity.text.as_str();
    let mut energy = None;
    let mut date = None;
    for _ in 0..2 {
        if let Some(marker) = text.get(..3).and_then(Energy::from_marker) {
            energy = Some(marker);
            text = text[3..].trim_start();
        }
        if let Some((day, rest)) = dates::leading_date(text) {
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

/// Number of lines taken by YAML front matter (`---` … `---` or `...` at the very top), or 0.
fn front_matter_len(lines: &[&str]) -> usize {
    let first = lines.first().map(|l| l.trim_start_matches('\u{feff}').trim_end());
    if first != Some("---") {
        return 0;
    }
    lines[1..]
        .iter()
        .position(|l| matches!(l.trim_end(), "---" | "..."))
        .map_or(0, |close| close + 2)
}

fn key_value(line: &str) -> Option<(String, String)> {
    let (key, value) = line.split_once(':')?;
    let value = value.trim().trim_matches(['"', '\'']);
    Some((key.trim().to_lowercase(), value.to_string()))
}

/// An ATX heading: one to six `#` followed by a space or nothing.
fn is_heading(line: &str) -> bool {
    heading_level(line).is_some()
}

/// The level of an ATX heading (`## Q1` → 2), or `None` if the line is not one.
fn heading_level(line: &str) -> Option<usize> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    let is_heading = (1..=6).contains(&hashes) && line[hashes..].chars().next().is_none_or(char::is_whitespace);
    is_heading.then_some(hashes)
}

/// A thematic break (`---`, `* * *`, `___`) or a setext underline (`===`).
fn is_rule(line: &str) -> bool {
    let marks: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(&first) = marks.first() else { return false };
    matches!(first, '-' | '*' | '_' | '=') && marks.len() >= 3 && marks.iter().all(|&c| c == first)
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
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let keep = match c {
            '*' | '`' => false,
            '~' => !(chars.get(i + 1) == Some(&'~') || (i > 0 && chars[i - 1] == '~')),
            '_' => {
                let before = i
                    .checked_sub(1)
                    .and_then(|j| chars.get(j))
                    .is_some_and(|c| c.is_alphanumeric());
                let after = chars.get(i + 1).is_some_and(|c| c.is_alphanumeric());
                before && after
            }
            _ => true,
        };
        if keep {
            out.push(c);
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn an_energy_marker_is_never_a_task_box() {
        let parsed = parse("- [+]\n- [x] done [+]\n");
        assert_eq!(parsed.activities.len(), 2);
        assert_eq!(parsed.activities[1].text, "done");
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
