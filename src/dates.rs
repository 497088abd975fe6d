//! Dates in brag documents → periods, and the `--since`/`--months` window.
//!
//! The framework asks for the last 12–24 months of work, so rolemap has to know when each
//! activity happened. People date their notes loosely — `## March 2025`, `## 2025 Q3`,
//! `## H1 2025`, `2025-03-14: …` — so each form becomes a [`Period`] (first and last day), and
//! an activity is in the window when its period overlaps it.

use std::fmt;

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Serialize, Serializer};

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
    /// How precisely it was written, for display.
    pub precision: Precision,
}

/// How a period was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// `2025-03-14`.
    Day,
    /// `2025-03`, `March 2025`.
    Month,
    /// `2025 Q3`.
    Quarter,
    /// `H1 2025`.
    Half,
    /// `2025`.
    Year,
}

impl Period {
    fn new(start: Date, end: Date, precision: Precision) -> Period {
        Period { start, end, precision }
    }

    /// A single day.
    pub fn day(date: Date) -> Period {
        Period::new(date, date, Precision::Day)
    }

    /// Months `first..=last` (1-based) of `year`; `None` if the year is out of range.
    fn months(year: i16, first: i8, last: i8, precision: Precision) -> Option<Period> {
        let start = Date::new(year, first, 1).ok()?;
        let end = Date::new(year, last, 1).ok()?.last_of_month();
        Some(Period::new(start, end, precision))
    }

    /// Whether the two periods share at least one day.
    pub fn overlaps(&self, other: &Period) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month) = (self.start.year(), self.start.month());
        match self.precision {
            Precision::Day => write!(f, "{}", self.start),
            Precision::Month => write!(f, "{year:04}-{month:02}"),
            Precision::Quarter => write!(f, "{year:04}-Q{}", (month - 1) / 3 + 1),
            Precision::Half => write!(f, "{year:04}-H{}", (month - 1) / 6 + 1),
            Precision::Year => write!(f, "{year:04}"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

// Dates are read by hand rather than by a regex: compiling one that knows every form below
// costs about a millisecond, a fifth of a short run's start-up. The forms are regular enough to
// read directly, and `reads_headings_as_the_regex_it_replaces` (below) checks them against that
// regex. Digits are ASCII only and names compare without regard to ASCII case; word boundaries
// are Unicode's, as a regex's `\b`.

/// Month names a heading may use, in the order they are tried (a longer name first), each with
/// its month.
const MONTH_NAMES: [(&str, i8); 24] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The period a heading names, if any: `2025-03`, `2025-03-14`, `March 2025`, `Mar 2025`,
/// `2025 Q3`, `Q3 2025`, `H1 2025`, `2025 H2`, `2025`.
///
/// The first date form found, scanning words from the left, decides: a heading whose first date
/// is invalid (`2025-13`, `Q5 2025`) names no period.
pub fn heading_period(heading: &str) -> Option<Period> {
    heading_date(heading).flatten()
}

/// Like [`heading_period`], but tells a heading without a date (`None`) from one whose first
/// date form is not a real date (`Some(None)`: `2025-13`, `2025-02-30`, `Q5 2025`, `H3 2025`).
pub fn heading_date(heading: &str) -> Option<Option<Period>> {
    let mut previous_is_word = false;
    for (at, c) in heading.char_indices() {
        let word_start = is_word(c) && !previous_is_word;
        previous_is_word = is_word(c);
        if !word_start {
            continue;
        }
        let rest = &heading[at..];
        let found = year_month_day(rest)
            .or_else(|| month_name_year(rest))
            .or_else(|| year_then_quarter(rest))
            .or_else(|| quarter_then_year(rest))
            .or_else(|| bare_year(rest));
        if found.is_some() {
            return found;
        }
    }
    None
}

/// `YYYY-M[M][-D[D]]` at the start of `text`, ending a word: `Some(period)` if the form is there
/// (`Some(None)` if it names no real date).
fn year_month_day(text: &str) -> Option<Option<Period>> {
    let (year, rest) = digits(text, 4)?;
    let rest = rest.strip_prefix('-')?;
    for month_len in [2, 1] {
        let Some((month, after_month)) = digits(rest, month_len) else {
            continue;
        };
        if let Some(day_part) = after_month.strip_prefix('-') {
            for day_len in [2, 1] {
                if let Some((day, after_day)) = digits(day_part, day_len)
                    && ends_word(after_day)
                {
                    let day = Date::new(year, month as i8, day as i8);
                    return Some(day.ok().map(Period::day));
                }
            }
        }
        if ends_word(after_month) {
            return Some(Period::months(year, month as i8, month as i8, Precision::Month));
        }
    }
    None
}

/// `March 2025`, `Mar. 2025`, `Sept, 2025` at the start of `text`.
fn month_name_year(text: &str) -> Option<Option<Period>> {
    MONTH_NAMES.iter().find_map(|&(name, month)| {
        let head = text.as_bytes().get(..name.len())?;
        if !head.eq_ignore_ascii_case(name.as_bytes()) {
            return None;
        }
        let rest = &text[name.len()..];
        let rest = rest.strip_prefix('.').unwrap_or(rest);
        let rest = rest.strip_prefix(',').unwrap_or(rest);
        let spaced = rest.trim_start();
        if spaced.len() == rest.len() {
            return None;
        }
        let (year, rest) = digits(spaced, 4)?;
        ends_word(rest).then(|| Period::months(year, month, month, Precision::Month))
    })
}

/// `2025 Q3`, `2025-H1`, `2025/q2` at the start of `text`.
fn year_then_quarter(text: &str) -> Option<Option<Period>> {
    let (year, rest) = digits(text, 4)?;
    let (kind, number, rest) = quarter_or_half(separator(rest))?;
    ends_word(rest).then(|| quarter_or_half_period(kind, number, year))
}

/// `Q3 2025`, `H1-2025`, `Q2 FY2025` at the start of `text`.
fn quarter_then_year(text: &str) -> Option<Option<Period>> {
    let (kind, number, rest) = quarter_or_half(text)?;
    let rest = separator(rest);
    let fiscal = rest
        .get(..2)
        .filter(|fy| fy.eq_ignore_ascii_case("fy"))
        .map_or(rest, |_| &rest[2..]);
    let (year, rest) = digits(fiscal, 4).or_else(|| digits(rest, 4))?;
    ends_word(rest).then(|| quarter_or_half_period(kind, number, year))
}

/// A year from 1900 to 2099 as a whole word at the start of `text`.
fn bare_year(text: &str) -> Option<Option<Period>> {
    if !(text.starts_with("19") || text.starts_with("20")) {
        return None;
    }
    let (year, rest) = digits(text, 4)?;
    ends_word(rest).then(|| Period::months(year, 1, 12, Precision::Year))
}

/// `Q0`..`Q9` or `H0`..`H9` (either case) at the start of `text`: the letter (lower case), the
/// digit and the rest. Only Q1–Q4 and H1–H2 name periods; the others are date forms that name
/// none, so `Q5 2025` is not read as the year 2025.
fn quarter_or_half(text: &str) -> Option<(u8, i8, &str)> {
    match text.as_bytes() {
        [kind @ (b'q' | b'Q' | b'h' | b'H'), digit @ b'0'..=b'9', ..] => {
            Some((kind.to_ascii_lowercase(), (digit - b'0') as i8, &text[2..]))
        }
        _ => None,
    }
}

/// The period of quarter or half `number` of `year`; `None` for a half past 2.
fn quarter_or_half_period(kind: u8, number: i8, year: i16) -> Option<Period> {
    match (kind, number) {
        (b'q', 1..=4) => {
            let first = (number - 1) * 3 + 1;
            Period::months(year, first, first + 2, Precision::Quarter)
        }
        (b'h', 1..=2) => {
            let first = (number - 1) * 6 + 1;
            Period::months(year, first, first + 5, Precision::Half)
        }
        _ => None,
    }
}

/// `text` after spaces, an optional `-` or `/`, and spaces.
fn separator(text: &str) -> &str {
    let text = text.trim_start();
    text.strip_prefix(['-', '/']).map_or(text, str::trim_start)
}

/// Exactly `count` (at most 4) ASCII digits at the start of `text` (the next character may be
/// one too): their value and the rest.
fn digits(text: &str, count: usize) -> Option<(i16, &str)> {
    let head = text.get(..count)?;
    if !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((head.parse().ok()?, &text[count..]))
}

/// Whether a word that ended just before `rest` really ends there.
fn ends_word(rest: &str) -> bool {
    !rest.chars().next().is_some_and(is_word)
}

/// A character of a word, for word boundaries: as a regex's Unicode `\w` (letters, marks,
/// decimal digits, connector punctuation).
fn is_word(c: char) -> bool {
    regex_syntax::is_word_character(c)
}

/// A leading `2025-03-14:`, `2025-03-14 -` or `[2025-03-14]` on an activity: its day and the
/// text after it.
pub fn leading_date(text: &str) -> Option<(Period, &str)> {
    let (date, rest) = match text.strip_prefix('[') {
        Some(bracketed) => {
            let (date, rest) = split_date(bracketed)?;
            (date, rest.strip_prefix(']')?)
        }
        None => {
            let (date, rest) = split_date(text)?;
            let rest = rest.trim_start();
            let rest = [":", "-", "\u{2013}", "\u{2014}"]
                .iter()
                .find_map(|dash| rest.strip_prefix(dash))?;
            (date, rest)
        }
    };
    let day = parse_date(date).ok()?;
    Some((Period::day(day), rest.trim_start()))
}

/// `YYYY-M[M]-D[D]` at the start of `text`: the date's text and the rest.
fn split_date(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    let digit_run = |at: usize| {
        bytes
            .get(at..)
            .map_or(0, |b| b.iter().take_while(|b| b.is_ascii_digit()).count())
    };
    if digit_run(0) != 4 || bytes.get(4) != Some(&b'-') {
        return None;
    }
    let month = digit_run(5);
    if !(1..=2).contains(&month) || bytes.get(5 + month) != Some(&b'-') {
        return None;
    }
    let day_at = 6 + month;
    let day = digit_run(day_at);
    (1..=2).contains(&day).then(|| text.split_at(day_at + day))
}

/// Parses `YYYY-MM-DD` (year 1 to 9999); a month or day out of range is an error, never wrapped.
pub fn parse_date(text: &str) -> Result<Date, String> {
    let shown = crate::escape::excerpt(text.trim());
    let parts: Vec<&str> = text.trim().split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return Err(format!("{shown} is not a date; use YYYY-MM-DD"));
    };
    let (year, month) = year_month(year, month).ok_or_else(|| format!("{shown} is not a date; use YYYY-MM-DD"))?;
    let day = number(day).ok_or_else(|| format!("{shown} is not a date; use YYYY-MM-DD"))?;
    calendar_date(year, month, day).map_err(|why| format!("{shown} is not a valid date: {why}"))
}

/// Parses `YYYY-MM` (the first of the month) or `YYYY-MM-DD`.
pub fn parse_since(text: &str) -> Result<Date, String> {
    let shown = crate::escape::excerpt(text.trim());
    let parts: Vec<&str> = text.trim().split('-').collect();
    if let [year, month] = parts.as_slice() {
        let (year, month) = year_month(year, month).ok_or_else(|| format!("{shown} is not YYYY-MM or YYYY-MM-DD"))?;
        return calendar_date(year, month, 1).map_err(|why| format!("{shown} is not a valid month: {why}"));
    }
    match parse_date(text) {
        Err(message) if message.contains("not a valid") => Err(message),
        Err(_) => Err(format!("{shown} is not YYYY-MM or YYYY-MM-DD")),
        ok => ok,
    }
}

/// A year and month as written (digits only).
fn year_month(year: &str, month: &str) -> Option<(u32, u32)> {
    Some((number(year)?, number(month)?))
}

/// A number of ASCII digits (at most 9).
fn number(text: &str) -> Option<u32> {
    (!text.is_empty() && text.len() <= 9 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// The date, or why there is none: every part is range-checked before it is narrowed.
fn calendar_date(year: u32, month: u32, day: u32) -> Result<Date, String> {
    if !(1..=9999).contains(&year) {
        return Err(format!("year {year} is out of range (1 to 9999)"));
    }
    if !(1..=12).contains(&month) {
        return Err(format!("month {month} is out of range (1 to 12)"));
    }
    let (Ok(year), Ok(month), Ok(day)) = (i16::try_from(year), i8::try_from(month), i8::try_from(day)) else {
        return Err(format!("day {day} is out of range"));
    };
    Date::new(year, month, day).map_err(|_| {
        let last = Date::new(year, month, 1).map_or(28, |d| d.days_in_month());
        format!("day {day} is out of range (1 to {last})")
    })
}

/// The first day of the window `months` months before `as_of`, so that `--months 12` on
/// 2026-11-26 starts on 2025-11-27 and spans exactly twelve months. A count that reaches before
/// the year 1 is an error.
pub fn months_before(as_of: Date, months: u32) -> Result<Date, String> {
    let most = (i64::from(as_of.year()) - 1) * 12 + i64::from(as_of.month()) - 1;
    let too_many =
        || format!("{months} months back from {as_of} is before the year 1; count back at most {most} months");
    let span = jiff::Span::new()
        .try_months(i64::from(months))
        .map_err(|_| too_many())?;
    as_of
        .checked_sub(span)
        .and_then(|d| d.checked_add(1.day()))
        .ok()
        .filter(|d| d.year() >= 1)
        .ok_or_else(too_many)
}

/// Today's date in the local time zone.
pub fn today() -> Date {
    jiff::ZonedDateTime::now().date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn period(text: &str) -> Option<(Date, Date)> {
        heading_period(text).map(|p| (p.start, p.end))
    }

    #[test]
    fn headings_name_months_quarters_halves_and_years() {
        let march = Some((date(2025, 3, 1), date(2025, 3, 31)));
        assert_eq!(period("2025-03"), march);
        assert_eq!(period("March 2025"), march);
        assert_eq!(period("Mar 2025 — payments"), march);
        let q3 = Some((date(2025, 7, 1), date(2025, 9, 30)));
        assert_eq!(period("2025 Q3"), q3);
        assert_eq!(period("Q3 2025"), q3);
        assert_eq!(period("2025-Q3"), q3);
        assert_eq!(period("H1 2025"), Some((date(2025, 1, 1), date(2025, 6, 30))));
        assert_eq!(period("2025 H2"), Some((date(2025, 7, 1), date(2025, 12, 31))));
        assert_eq!(period("Goals for 2025"), Some((date(2025, 1, 1), date(2025, 12, 31))));
        assert_eq!(period("2025-03-14"), Some((date(2025, 3, 14), date(2025, 3, 14))));
        assert_eq!(period("Feb 2024"), Some((date(2024, 2, 1), date(2024, 2, 29))));
    }

    #[test]
    fn headings_without_dates_or_with_bad_ones_give_none() {
        assert_eq!(period("Highlights"), None);
        assert_eq!(period("2025-13"), None);
        // Not a quarter: a date form that names no period (not the whole year).
        assert_eq!(period("Q5 2025"), None);
        assert_eq!(period("2025 Q9"), None);
        assert_eq!(period("H0 2025"), None);
        assert_eq!(heading_date("Q5 2025"), Some(None));
        assert_eq!(heading_date("Highlights"), None);
        assert_eq!(period("Team of 1234 people"), None);
        // A word that merely starts like a month is not one.
        assert_eq!(period("Marketing 2025"), Some((date(2025, 1, 1), date(2025, 12, 31))));
        assert_eq!(period("Sept. 2025").map(|p| p.0), Some(date(2025, 9, 1)));
        // Word boundaries are Unicode's: a combining mark belongs to its word, `²` does not.
        assert_eq!(period("Sept 2025\u{301}"), None);
        assert_eq!(period("e\u{301}2025"), None);
        assert_eq!(period("2025²").map(|p| p.0), Some(date(2025, 1, 1)));
        // Only ASCII digits make dates.
        assert_eq!(period("٢٠٢٥-03 2024").map(|p| p.0), Some(date(2024, 1, 1)));
    }

    #[test]
    fn leading_dates_are_split_from_the_text() {
        for text in [
            "2025-03-14: shipped it",
            "2025-03-14 - shipped it",
            "[2025-03-14] shipped it",
        ] {
            let (period, rest) = leading_date(text).expect(text);
            assert_eq!(period.start, date(2025, 3, 14));
            assert_eq!(rest, "shipped it");
        }
        assert!(leading_date("2025-03-14 shipped it").is_none());
        assert!(leading_date("Shipped 2025-03-14: late").is_none());
    }

    #[test]
    fn periods_overlap_when_they_share_a_day() {
        let q1 = heading_period("2025 Q1").expect("q1");
        assert!(q1.overlaps(&Period::day(date(2025, 3, 31))));
        assert!(!q1.overlaps(&Period::day(date(2025, 4, 1))));
    }

    #[test]
    fn since_and_months_make_window_starts() {
        assert_eq!(parse_since("2025-03"), Ok(date(2025, 3, 1)));
        assert_eq!(parse_since("2025-03-14"), Ok(date(2025, 3, 14)));
        assert!(parse_since("March").is_err());
        assert!(parse_since("2025-02-30").is_err());
        // Out-of-range parts are refused, never wrapped into range.
        for (text, why) in [
            ("2025-257-01", "month 257 is out of range"),
            ("2025-259-01", "month 259 is out of range"),
            ("2025-13", "month 13 is out of range"),
            ("2025-01-300", "day 300 is out of range"),
            ("2025-02-30", "day 30 is out of range (1 to 28)"),
            ("0-01-01", "year 0 is out of range"),
        ] {
            let error = parse_since(text).expect_err(text);
            assert!(error.contains(why), "{text}: {error}");
        }
        assert!(parse_date("2025-257-01").is_err());
        assert!(months_before(date(2025, 1, 1), 239_977).is_err());
        assert!(months_before(date(2025, 1, 1), 100_000).is_err());
        assert_eq!(months_before(date(2025, 1, 1), 24_288), Ok(date(1, 1, 2)));
        assert!(months_before(date(2025, 1, 1), 24_289).is_err());
        assert_eq!(months_before(date(2026, 11, 26), 12), Ok(date(2025, 11, 27)));
        assert_eq!(months_before(date(2026, 3, 31), 1), Ok(date(2026, 3, 1)));
    }

    #[test]
    fn periods_display_at_their_precision() {
        let shown: Vec<String> = ["2025-03", "2025 Q3", "H2 2025", "2025", "2025-03-04"]
            .iter()
            .map(|h| heading_period(h).expect(h).to_string())
            .collect();
        assert_eq!(shown, ["2025-03", "2025-Q3", "2025-H2", "2025", "2025-03-04"]);
    }
}

/// The regexes the hand-written readers replaced, kept as their specification.
#[cfg(test)]
mod oracle {
    use std::sync::LazyLock;

    use proptest::prelude::*;
    use regex::Regex;

    use super::*;

    static HEADING_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)
            \b(?P<ymd>(?P<y1>[0-9]{4})-(?P<m1>[0-9]{1,2})(?:-(?P<d1>[0-9]{1,2}))?)\b
            | \b(?P<monthname>(?i-u:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec))\.?,?\s+(?P<y2>[0-9]{4})\b
            | \b(?P<y3>[0-9]{4})\s*[-/\ ]?\s*(?P<qh1>(?i-u:[qh]))(?P<n1>[0-9])\b
            | \b(?P<qh2>(?i-u:[qh]))(?P<n2>[0-9])\s*[-/\ ]?\s*(?i-u:fy)?(?P<y4>[0-9]{4})\b
            | \b(?P<y5>(?:19|20)[0-9]{2})\b",
        )
        .expect("date pattern compiles")
    });

    static LEADING_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:\[(?P<a>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})\]|(?P<b>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})\s*(?::|-|–|—))\s*",
        )
        .expect("leading date pattern compiles")
    });

    fn heading_by_regex(heading: &str) -> Option<Period> {
        let caps = HEADING_DATE.captures(heading)?;
        let number = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<i16>().ok());
        if caps.name("ymd").is_some() {
            let (year, month) = (number("y1")?, i8::try_from(number("m1")?).ok()?);
            return match number("d1") {
                Some(day) => Date::new(year, month, i8::try_from(day).ok()?).ok().map(Period::day),
                None => Period::months(year, month, month, Precision::Month),
            };
        }
        if let Some(name) = caps.name("monthname") {
            let prefix = name.as_str().to_ascii_lowercase();
            let month = MONTH_NAMES.iter().find(|(n, _)| *n == prefix)?.1;
            return Period::months(number("y2")?, month, month, Precision::Month);
        }
        let kind = |name: &str| caps.name(name).map(|m| m.as_str().as_bytes()[0].to_ascii_lowercase());
        if let Some(kind) = kind("qh1") {
            return quarter_or_half_period(kind, number("n1")? as i8, number("y3")?);
        }
        if let Some(kind) = kind("qh2") {
            return quarter_or_half_period(kind, number("n2")? as i8, number("y4")?);
        }
        Period::months(number("y5")?, 1, 12, Precision::Year)
    }

    fn leading_by_regex(text: &str) -> Option<(Period, &str)> {
        let caps = LEADING_DATE.captures(text)?;
        let date = caps.name("a").or_else(|| caps.name("b"))?.as_str();
        let day = parse_date(date).ok()?;
        Some((Period::day(day), &text[caps.get(0)?.end()..]))
    }

    const PIECES: &[&str] = &[
        "2025",
        "2025-03",
        "2025-3-14",
        "2025-03-14",
        "2025-13",
        "2025-123",
        "-",
        "/",
        ":",
        " ",
        "  ",
        "\t",
        "[",
        "]",
        "—",
        "–",
        "March",
        "mar",
        ".",
        ",",
        "Sept",
        "SEP",
        "may",
        "Marketing",
        "Q3",
        "h1",
        "H2",
        "q5",
        "fy",
        "FY",
        "1999",
        "2099",
        "1234",
        "12345",
        "x",
        "_",
        "é",
        "1",
        "12",
        "0",
        "notes",
        "\u{301}",
        "²",
        "٣",
        "‿",
        "ſep",
        "\u{212a}",
        "\u{a0}",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..7).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn reads_headings_as_the_regex_it_replaces(heading in text()) {
            prop_assert_eq!(heading_period(&heading), heading_by_regex(&heading));
        }

        #[test]
        fn reads_leading_dates_as_the_regex_it_replaces(line in text()) {
            prop_assert_eq!(leading_date(&line), leading_by_regex(&line));
        }
    }
}
