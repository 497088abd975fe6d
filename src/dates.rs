//! Dates in brag documents → periods, and the `--since`/`--months` window.
//!
//! The framework asks for the last 12–24 months of work, so rolemap has to know when each
//! activity happened. People date their notes loosely — `## March 2025`, `## 2025 Q3`,
//! `## H1 2025`, `2025-03-14: …` — so each form becomes a [`Period`] (first and last day), and
//! an activity is in the window when its period overlaps it.

use std::fmt;
use std::sync::LazyLock;

use jiff::ToSpan;
use jiff::civil::Date;
use regex::Regex;
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

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

static HEADING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        \b(?P<ymd>(?P<y1>\d{4})-(?P<m1>\d{1,2})(?:-(?P<d1>\d{1,2}))?)\b
        | \b(?P<monthname>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?,?\s+(?P<y2>\d{4})\b
        | \b(?P<y3>\d{4})\s*[-/ ]?\s*(?P<qh1>[qh])(?P<n1>[1-4])\b
        | \b(?P<qh2>[qh])(?P<n2>[1-4])\s*[-/ ]?\s*(?:fy)?(?P<y4>\d{4})\b
        | \b(?P<y5>(?:19|20)\d{2})\b",
    )
    .expect("date pattern compiles")
});

static LEADING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\[(?P<a>\d{4}-\d{1,2}-\d{1,2})\]|(?P<b>\d{4}-\d{1,2}-\d{1,2})\s*(?::|-|–|—))\s*")
        .expect("leading date pattern compiles")
});

/// The period a heading names, if any: `2025-03`, `2025-03-14`, `March 2025`, `Mar 2025`,
/// `2025 Q3`, `Q3 2025`, `H1 2025`, `2025 H2`, `2025`.
pub fn heading_period(heading: &str) -> Option<Period> {
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
        let prefix = &name.as_str().to_ascii_lowercase()[..3];
        let month = MONTHS.iter().position(|m| *m == prefix)? as i8 + 1;
        return Period::months(number("y2")?, month, month, Precision::Month);
    }
    let quarter_or_half = |kind: &str, n: i16, year: i16| -> Option<Period> {
        match (kind, n) {
            ("q", 1..=4) => {
                let first = (n as i8 - 1) * 3 + 1;
                Period::months(year, first, first + 2, Precision::Quarter)
            }
            ("h", 1..=2) => {
                let first = (n as i8 - 1) * 6 + 1;
                Period::months(year, first, first + 5, Precision::Half)
            }
            _ => None,
        }
    };
    if let Some(kind) = caps.name("qh1") {
        return quarter_or_half(&kind.as_str().to_ascii_lowercase(), number("n1")?, number("y3")?);
    }
    if let Some(kind) = caps.name("qh2") {
        return quarter_or_half(&kind.as_str().to_ascii_lowercase(), number("n2")?, number("y4")?);
    }
    Period::months(number("y5")?, 1, 12, Precision::Year)
}

/// A leading `2025-03-14:`, `2025-03-14 -` or `[2025-03-14]` on an activity: its day and the
/// text after it.
pub fn leading_date(text: &str) -> Option<(Period, &str)> {
    let caps = LEADING_DATE.captures(text)?;
    let date = caps.name("a").or_else(|| caps.name("b"))?.as_str();
    let day = parse_date(date).ok()?;
    let rest = &text[caps.get(0)?.end()..];
    Some((Period::day(day), rest))
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<Date, String> {
    let parts: Vec<&str> = text.trim().split('-').collect();
    let numbers: Option<Vec<i16>> = parts.iter().map(|p| p.parse().ok()).collect();
    match numbers.as_deref() {
        Some(&[year, month, day]) => {
            Date::new(year, month as i8, day as i8).map_err(|e| format!("{text:?} is not a valid date: {e}"))
        }
        _ => Err(format!("{text:?} is not a date; use YYYY-MM-DD")),
    }
}

/// Parses `YYYY-MM` (the first of the month) or `YYYY-MM-DD`.
pub fn parse_since(text: &str) -> Result<Date, String> {
    let parts: Vec<&str> = text.trim().split('-').collect();
    if parts.len() == 2 {
        let year: i16 = parts[0]
            .parse()
            .map_err(|_| format!("{text:?} is not YYYY-MM or YYYY-MM-DD"))?;
        let month: i8 = parts[1]
            .parse()
            .map_err(|_| format!("{text:?} is not YYYY-MM or YYYY-MM-DD"))?;
        return Date::new(year, month, 1).map_err(|e| format!("{text:?} is not a valid month: {e}"));
    }
    parse_date(text).map_err(|_| format!("{text:?} is not YYYY-MM or YYYY-MM-DD"))
}

/// The first day of the window `months` months before `as_of`, so that `--months 12` on
/// 2026-11-26 starts on 2025-11-27 and spans exactly twelve months.
pub fn months_before(as_of: Date, months: u32) -> Result<Date, String> {
    let months = i64::from(months);
    as_of
        .checked_sub(months.months())
        .and_then(|d| d.checked_add(1.day()))
        .map_err(|e| format!("cannot count {months} months back from {as_of}: {e}"))
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
        // Not a quarter, but still a year.
        assert_eq!(period("Q5 2025"), Some((date(2025, 1, 1), date(2025, 12, 31))));
        assert_eq!(period("Team of 1234 people"), None);
        // A word that merely starts like a month is not one.
        assert_eq!(period("Marketing 2025"), Some((date(2025, 1, 1), date(2025, 12, 31))));
        assert_eq!(period("Sept. 2025").map(|p| p.0), Some(date(2025, 9, 1)));
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
