//! Dates as people write them → periods, and the `--since`/`--months` window.
//!
//! The framework asks for the last 12–24 months of work, so rolemap has to know when each
//! activity happened. People date their notes loosely — `## March 2025`, `## Jan–Mar 2025`,
//! `## FY26 Q1`, `Nov '25`, `Mar 3, 2026: …`, `Acme Corp | 2019–2021` — so each form becomes a
//! [`Period`] (first and last day), and an activity is in the window when its period overlaps it.
//!
//! Dates are read by hand rather than by a regex: compiling one that knows every form below costs
//! about a millisecond, a fifth of a short run's start-up. Text is cut into tokens (numbers,
//! month names, `Q3`, `H1`, `FY26`, `'25`, dashes…), and a small grammar reads a date, or a range
//! of two, from them. Digits are ASCII only and names compare without regard to ASCII case; word
//! boundaries are Unicode's, as a regex's `\b`.

use std::fmt;

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Serialize, Serializer};

/// A span of days, both ends included. An open range (`2021 – Present`) ends on [`Date::MAX`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    /// First day.
    pub start: Date,
    /// Last day ([`Date::MAX`] when the range is open: `… – Present`).
    pub end: Date,
    /// How precisely it was written, for display.
    pub precision: Precision,
}

/// How a period was written: a calendar unit, or an interval between two dates at the precision
/// of the finer one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// `2025-03-14`.
    Day,
    /// `2025-03`, `March 2025`.
    Month,
    /// `2025 Q3`, and a range that is exactly a calendar quarter (`Jan–Mar 2025`).
    Quarter,
    /// `H1 2025`, and a range that is exactly a calendar half.
    Half,
    /// `2025`.
    Year,
    /// Days to days: `Week of 2025-03-10` is `2025-03-10/2025-03-16`.
    Days,
    /// Months to months: `Jan–May 2025` is `2025-01/2025-05`.
    Months,
    /// Years to years: `2019–2021` is `2019/2021`.
    Years,
}

impl Period {
    fn new(start: Date, end: Date, precision: Precision) -> Period {
        Period { start, end, precision }
    }

    /// A single day.
    pub fn day(date: Date) -> Period {
        Period::new(date, date, Precision::Day)
    }

    /// The seven days from `start` (`Week of 2025-03-10`, an ISO week from its Monday).
    fn week(start: Date) -> Option<Period> {
        let last = start.checked_add(6.days()).ok()?;
        Some(Period::new(start, last, Precision::Days))
    }

    /// Months `first..=last` (1-based) of `year`; `None` if the year is out of range.
    fn months(year: i16, first: i8, last: i8, precision: Precision) -> Option<Period> {
        let start = Date::new(year, first, 1).ok()?;
        let end = Date::new(year, last, 1).ok()?.last_of_month();
        Some(Period::new(start, end, precision))
    }

    /// The days `start..=end` as an interval of `unit` (`Days`, `Months` or `Years`), or the
    /// calendar unit they are exactly: one day, a month, a quarter, a half, a year.
    fn span(start: Date, end: Date, unit: Precision) -> Period {
        if end == Date::MAX {
            return Period::new(start, end, unit);
        }
        if start == end {
            return Period::day(start);
        }
        let whole_months = start.day() == 1 && end == end.last_of_month();
        if whole_months && start.year() == end.year() {
            let (first, count) = (start.month(), end.month() - start.month() + 1);
            let unit = match (first, count) {
                (_, 1) => Some(Precision::Month),
                (1 | 4 | 7 | 10, 3) => Some(Precision::Quarter),
                (1 | 7, 6) => Some(Precision::Half),
                (1, 12) => Some(Precision::Year),
                _ => None,
            };
            if let Some(unit) = unit {
                return Period::new(start, end, unit);
            }
        }
        let whole_years = whole_months && start.month() == 1 && end.month() == 12;
        let unit = match unit {
            Precision::Years if !whole_years => Precision::Months,
            Precision::Days | Precision::Months | Precision::Years => unit,
            _ => Precision::Months,
        };
        Period::new(start, end, unit)
    }

    /// From `self` to the end of `last` (an interval at the finer precision of the two).
    fn through(self, last: Period) -> Option<Period> {
        (self.start <= last.end).then(|| Period::span(self.start, last.end, self.unit().finer(last.unit())))
    }

    /// From `self` on, with no end (`… – Present`).
    fn onwards(self) -> Period {
        Period::new(self.start, Date::MAX, self.unit())
    }

    /// The interval precision this period's start is written at.
    fn unit(&self) -> Precision {
        match self.precision {
            Precision::Day | Precision::Days => Precision::Days,
            Precision::Year | Precision::Years => Precision::Years,
            _ => Precision::Months,
        }
    }

    /// Whether the period has no end (`2021 – Present`).
    pub fn is_open(&self) -> bool {
        self.end == Date::MAX
    }

    /// Whether the two periods share at least one day.
    pub fn overlaps(&self, other: &Period) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

impl Precision {
    /// The finer of two interval precisions.
    fn finer(self, other: Precision) -> Precision {
        match (self, other) {
            (Precision::Days, _) | (_, Precision::Days) => Precision::Days,
            (Precision::Years, Precision::Years) => Precision::Years,
            _ => Precision::Months,
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month) = (self.start.year(), self.start.month());
        let (end_year, end_month) = (self.end.year(), self.end.month());
        let open = self.is_open();
        match self.precision {
            Precision::Day => write!(f, "{}", self.start),
            Precision::Month => write!(f, "{year:04}-{month:02}"),
            Precision::Quarter => write!(f, "{year:04}-Q{}", (month - 1) / 3 + 1),
            Precision::Half => write!(f, "{year:04}-H{}", (month - 1) / 6 + 1),
            Precision::Year => write!(f, "{year:04}"),
            Precision::Days if open => write!(f, "{}/..", self.start),
            Precision::Days => write!(f, "{}/{}", self.start, self.end),
            Precision::Months if open => write!(f, "{year:04}-{month:02}/.."),
            Precision::Months => write!(f, "{year:04}-{month:02}/{end_year:04}-{end_month:02}"),
            Precision::Years if open => write!(f, "{year:04}/.."),
            Precision::Years => write!(f, "{year:04}/{end_year:04}"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// How to read dates that depend on the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateSettings {
    /// The month (1–12) a fiscal year starts in (`--fiscal-start`); a fiscal year is named by
    /// the calendar year it ends in, so with 7, `FY26` runs from July 2025 to June 2026.
    pub fiscal_start: i8,
}

impl Default for DateSettings {
    fn default() -> Self {
        DateSettings { fiscal_start: 1 }
    }
}

/// A date written without its year (`## Q1`, `## March`, `## Mar 3`), dated by the year of the
/// heading it sits under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Yearless {
    /// A month (1–12).
    Month(i8),
    /// A quarter (1–4).
    Quarter(i8),
    /// A half (1–2).
    Half(i8),
    /// A day: month and day of the month.
    Day(i8, i8),
    /// Days of the year, first to last, each a month and a day (`Feb 17–21`, `Mar 30 – Apr 3`);
    /// a last day before the first falls in the next year (`Dec 29 – Jan 2`).
    Days(i8, i8, i8, i8),
    /// Months, first to last (`Jan–Feb`, `Jan/Feb`); a last month before the first falls in the
    /// next year (`Nov–Feb`).
    Months(i8, i8),
    /// The seven days from a day, a month and a day (`Week of Mar 3`).
    Week(i8, i8),
    /// The seven days to a day, a month and a day (`Week ending 3/14`).
    WeekEnding(i8, i8),
}

impl Yearless {
    /// The period in `year`, if it is a real one (`Feb 30` is not).
    pub fn in_year(self, year: i16) -> Option<Period> {
        match self {
            Yearless::Month(month) => Period::months(year, month, month, Precision::Month),
            Yearless::Quarter(n) => part_of_year(year, 3, n),
            Yearless::Half(n) => part_of_year(year, 6, n),
            Yearless::Day(month, day) => Date::new(year, month, day).ok().map(Period::day),
            Yearless::Days(first_month, first, last_month, last) => {
                let next = year + i16::from((last_month, last) < (first_month, first));
                let start = Date::new(year, first_month, first).ok()?;
                let end = Date::new(next, last_month, last).ok()?;
                Period::day(start).through(Period::day(end))
            }
            Yearless::Months(first, last) => {
                let start = Period::months(year, first, first, Precision::Month)?;
                let end = Period::months(year + i16::from(last < first), last, last, Precision::Month)?;
                start.through(end)
            }
            Yearless::Week(month, day) => Period::week(Date::new(year, month, day).ok()?),
            Yearless::WeekEnding(month, day) => {
                let last = Date::new(year, month, day).ok()?;
                Some(Period::new(last.checked_sub(6.days()).ok()?, last, Precision::Days))
            }
        }
    }

    /// Whether it names Feb 29 (`Feb 29`, `Feb 28 – 29`, `Week of Feb 29`): the one day of the
    /// year that a year may not have.
    pub fn names_leap_day(self) -> bool {
        match self {
            Yearless::Day(month, day) | Yearless::Week(month, day) | Yearless::WeekEnding(month, day) => {
                (month, day) == (2, 29)
            }
            Yearless::Days(first_month, first, last_month, last) => {
                (first_month, first) == (2, 29) || (last_month, last) == (2, 29)
            }
            Yearless::Month(_) | Yearless::Quarter(_) | Yearless::Half(_) | Yearless::Months(..) => false,
        }
    }
}

/// The year, not a leap year, of a Feb 29 that `written` names (`Feb 29, 2025`, `29 Feb 2025`,
/// `2025-Feb-29`, `2025-02-29`, `02/29/2025`, `29.02.2025`): why a date rolemap could not read
/// is none, for its warning. `None` when it names no Feb 29, or none with its year, or one that
/// year has.
pub fn missing_leap_day(written: &str) -> Option<i16> {
    // A date's text is short; each Feb 29 looks for its year among all the words, so a long
    // heading of them would cost their square.
    if written.len() > MAX_LEAP_DAY_TEXT_BYTES {
        return None;
    }
    let reader = Reader::new(written, DateSettings::default());
    // The words of the date, without what joins them.
    let words: Vec<Token> = reader
        .tokens
        .into_iter()
        .filter(|t| !matches!(t.kind, Kind::Space | Kind::Comma | Kind::Dot | Kind::Dash | Kind::Slash))
        .collect();
    let year_of = |t: &Token| match t.kind {
        Kind::Number(year, 4) => i16::try_from(year).ok(),
        Kind::ShortYear(year) => Some(year),
        _ => None,
    };
    let is_29 = |t: &Token| matches!(t.kind, Kind::Number(29, 2) | Kind::Ordinal(29));
    let year = words.iter().enumerate().find_map(|(at, word)| {
        if word.kind == Kind::Group {
            return leap_day_of_group(&written[word.start..word.end]);
        }
        let beside_29 = words.get(at + 1).is_some_and(is_29) || at > 0 && is_29(&words[at - 1]);
        if word.kind != Kind::Month(2) || !beside_29 {
            return None;
        }
        words[at..]
            .iter()
            .find_map(year_of)
            .or_else(|| words[..at].iter().rev().find_map(year_of))
    })?;
    Date::new(year, 1, 1).ok().filter(|first| !first.in_leap_year())?;
    Some(year)
}

/// Longest text [`missing_leap_day`] reads.
const MAX_LEAP_DAY_TEXT_BYTES: usize = 256;

/// The year of a Feb 29 written in numbers (`2025-02-29`, `02/29/2025`, `29.02.2025`).
fn leap_day_of_group(group: &str) -> Option<i16> {
    let numbers: Vec<&str> = group.split(['-', '/', '.']).collect();
    let [a, b, c] = numbers.as_slice() else {
        return None;
    };
    let value = |number: &str| number.parse::<i16>().ok();
    let (year, day) = match (a.len(), c.len()) {
        (4, _) => (a, (value(b), value(c))),
        (_, 4) => (c, (value(a), value(b))),
        _ => return None,
    };
    let feb_29 = match day {
        (Some(2), Some(29)) => true,
        (Some(29), Some(2)) => a.len() != 4,
        _ => false,
    };
    feb_29.then(|| value(year)).flatten()
}

/// What a heading or a line says about when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRead {
    /// A period.
    Period(Period),
    /// A date without its year: only a heading that is nothing else says this.
    Yearless(Yearless),
    /// Something that looks like a date but is not one rolemap can read (`2025-13`,
    /// `03/04/2026`, `Feb 30, 2025`, `Mar 2025 Q2`): worth a warning.
    Unclear,
}

/// The period a heading names, if any (default settings; see [`heading_date`]).
pub fn heading_period(heading: &str) -> Option<Period> {
    match heading_date(heading, DateSettings::default()) {
        Some(DateRead::Period(period)) => Some(period),
        _ => None,
    }
}

/// What a heading says about when: the heading as a whole when it is nothing but a date (which
/// may lack its year: `Q1`, `March`), else the first date form found, scanning words from the
/// left. A first date that is invalid (`2025-13`), or that runs on into more date words it does
/// not account for, is [`DateRead::Unclear`].
pub fn heading_date(heading: &str, settings: DateSettings) -> Option<DateRead> {
    let reader = Reader::new(heading, settings);
    if let Some(read) = reader.whole() {
        return Some(read);
    }
    // `Mon 10 March`, `Monday, March 10th`: a weekday before a day, which may lack its year.
    if let Some(day) = after_weekday(heading.trim())
        .and_then(|rest| Reader::new(rest, settings).whole())
        .filter(names_a_day)
    {
        return Some(day);
    }
    if let Some(read) = bracketed_period(heading, settings) {
        return Some(read);
    }
    for at in 0..reader.tokens.len() {
        match reader.expression(at) {
            Some((Piece::Span(_), end)) if reader.runs_on(end) => return Some(DateRead::Unclear),
            Some((Piece::Span(period), _)) => return Some(DateRead::Period(period)),
            Some((Piece::Invalid, _)) => return Some(DateRead::Unclear),
            _ => {}
        }
    }
    None
}

/// What a heading that names its period in brackets says (`Q2 (Apr–Jun)`, `Sprint 14 (Mar 3 –
/// Mar 14)`, `H1 (Jan–Jun) 2025`): the bracketed date when the rest of the heading holds none,
/// else the narrower of the two when one lies within the other (the rest's own when they are
/// the same: `Q2`, placed in the year above); unclear when they disagree (`Q2 (Jan–Mar)`).
/// Brackets without their year that cross the year's end start in the rest's year: `2025 (Dec
/// 29 – Jan 2)` is the week from 2025-12-29.
/// `None` when the brackets hold no date alone, or the rest holds a date among other words
/// (read as any heading is).
fn bracketed_period(heading: &str, settings: DateSettings) -> Option<DateRead> {
    let (inner, rest) = bracket_and_rest(heading, settings)?;
    let rest_reader = Reader::new(&rest, settings);
    let Some(outer) = rest_reader.whole() else {
        let dated = (0..rest_reader.tokens.len())
            .any(|at| matches!(rest_reader.expression(at), Some((Piece::Span(_) | Piece::Invalid, _))));
        return (!dated).then_some(inner);
    };
    // Two dates without their year are compared in a leap year, so `Feb 29` has a place.
    let (outer_period, inner_period) = match (outer, inner) {
        (DateRead::Period(outer), DateRead::Period(inner)) => (outer, inner),
        (DateRead::Period(outer), DateRead::Yearless(inner)) => (outer, inner.in_year(outer.start.year())?),
        (DateRead::Yearless(outer), DateRead::Period(inner)) => (outer.in_year(inner.start.year())?, inner),
        (DateRead::Yearless(outer), DateRead::Yearless(inner)) => {
            (outer.in_year(LEAP_YEAR)?, inner.in_year(LEAP_YEAR)?)
        }
        _ => return Some(DateRead::Unclear),
    };
    let within = |a: Period, b: Period| b.start <= a.start && a.end <= b.end;
    // Brackets without their year that run past the year's end (`2025 (Dec 29 – Jan 2)`) start
    // in the year the rest names: within it when they start there.
    let crosses_year = matches!(inner, DateRead::Yearless(_)) && inner_period.start.year() < inner_period.end.year();
    let inner_within = within(inner_period, outer_period)
        || crosses_year && outer_period.start <= inner_period.start && inner_period.start <= outer_period.end;
    // One with its year gives the other its year (`2025 (Q2)` is `2025-Q2`).
    let yearless = matches!(outer, DateRead::Yearless(_)) && matches!(inner, DateRead::Yearless(_));
    Some(match (within(outer_period, inner_period), inner_within) {
        (true, _) if yearless => outer,
        (true, _) => DateRead::Period(outer_period),
        (_, true) if yearless => inner,
        (_, true) => DateRead::Period(inner_period),
        _ => DateRead::Unclear,
    })
}

/// What the first brackets of a heading say when they hold a date alone (`Q2 (Apr–Jun)`), and
/// the heading without them.
fn bracket_and_rest(heading: &str, settings: DateSettings) -> Option<(DateRead, String)> {
    let open = heading.find('(')?;
    let close = open + heading[open..].find(')')?;
    let inner = Reader::new(&heading[open + 1..close], settings).whole()?;
    Some((inner, format!("{} {}", &heading[..open], &heading[close + 1..])))
}

/// Whether a heading or line names a date and nothing else but another in brackets (`2025 (Dec
/// 29 – Jan 2)`, `Q3 2025 (Jul 7 – Sep 26)`): a week's or a sprint's heading, no job's header,
/// which gives its dates once, beside a title or a company (or under a title line).
pub fn date_with_bracketed_date(line: &str, settings: DateSettings) -> bool {
    bracket_and_rest(line, settings).is_some_and(|(_, rest)| Reader::new(&rest, settings).whole().is_some())
}

/// What a line holding nothing but a date says (`**2024-10**`, `March 2022 – Present`,
/// `(2021–2025)`, `Q1:`), or `None` when the line holds anything else. Emphasis is expected to
/// be stripped already.
pub fn date_line(text: &str, settings: DateSettings) -> Option<DateRead> {
    if text.len() > DATE_LINE_BYTES || !may_start_date(text.trim_start_matches(['(', '['])) {
        return None;
    }
    if let Some(rest) = after_weekday(text) {
        return date_line(rest, settings).filter(names_a_day);
    }
    Reader::to_first_word(text, settings).whole()
}

/// Whether `text` could start with a date: a digit, a bracket, or a first word that is a month,
/// a quarter, a half, a fiscal year, an ISO week (`W12`) or `week`. A cheap test before reading
/// one.
pub fn may_start_date(text: &str) -> bool {
    // Every form starts with an ASCII byte, so a first byte that is not one rules a date out.
    let Some(&first) = text.as_bytes().first() else {
        return false;
    };
    if first.is_ascii_digit() || first == b'[' {
        return true;
    }
    // The first two letters of month names, `Q1`, `H1`, `FY26`, `W12` and `week`: most lines start
    // with some other word, and are told apart here.
    let second = text.as_bytes().get(1).map_or(0, u8::to_ascii_lowercase);
    if !matches!(
        (first.to_ascii_lowercase(), second),
        (b'j', b'a' | b'u')
            | (b'f', b'e' | b'y')
            | (b'm', b'a')
            | (b'a', b'p' | b'u')
            | (b's', b'e')
            | (b'o', b'c')
            | (b'n', b'o')
            | (b'd', b'e')
            | (b'q', b'1'..=b'4')
            | (b'h', b'1' | b'2')
            | (b'w', b'e' | b'0'..=b'9')
            | (b'm', b'o')
            | (b't', b'u' | b'h')
            | (b'f', b'r')
            | (b's', b'a' | b'u')
    ) {
        return false;
    }
    // Called on every line, so the first word is compared in a small lower-case copy rather
    // than through [`word_kind`], by one `match` the compiler sorts by length (a search of
    // [`MONTH_NAMES`] cost about a hundred instructions a line).
    let end = text
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(text.len());
    if !(2..=9).contains(&end) {
        return false;
    }
    let mut buffer = [0u8; 9];
    let word = &mut buffer[..end];
    word.copy_from_slice(&text.as_bytes()[..end]);
    word.make_ascii_lowercase();
    match &*word {
        [b'q', b'1'..=b'4'] | [b'h', b'1' | b'2'] | [b'w', b'0'..=b'9'] | [b'w', b'0'..=b'9', b'0'..=b'9'] => true,
        [b'f', b'y', digits @ ..] => matches!(digits.len(), 0 | 2 | 4) && digits.iter().all(u8::is_ascii_digit),
        // The names of MONTH_NAMES (a test checks each of those is here; a name here that is not a
        // month only lets a line on to the full reader, which then finds no date).
        b"week" | b"january" | b"february" | b"march" | b"april" | b"may" | b"june" | b"july" | b"august"
        | b"september" | b"october" | b"november" | b"december" | b"jan" | b"feb" | b"mar" | b"apr" | b"jun"
        | b"jul" | b"aug" | b"sept" | b"sep" | b"oct" | b"nov" | b"dec" => true,
        // A weekday before a day (`Monday, April 7, 2025`): see [`after_weekday`].
        word => WEEKDAY_NAMES.iter().any(|name| **name == *word),
    }
}

/// Weekday names, full and abbreviated, in lower case.
const WEEKDAY_NAMES: [&[u8]; 18] = [
    b"monday",
    b"tuesday",
    b"wednesday",
    b"thursday",
    b"friday",
    b"saturday",
    b"sunday",
    b"mon",
    b"tue",
    b"tues",
    b"wed",
    b"thu",
    b"thur",
    b"thurs",
    b"fri",
    b"sat",
    b"sun",
    b"weds",
];

/// The text after a weekday that leads it (`Monday, April 7, 2025`, `Tue. 2025-04-08`: the
/// name, full or abbreviated, then a dot, a comma or both, and a space), for a day read after
/// it; `None` when `text` does not start so. The weekday is not checked against the day.
fn after_weekday(text: &str) -> Option<&str> {
    let end = text
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(text.len());
    if !WEEKDAY_NAMES
        .iter()
        .any(|name| text.as_bytes()[..end].eq_ignore_ascii_case(name))
    {
        return None;
    }
    let rest = text[end..].strip_prefix('.').unwrap_or(&text[end..]);
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let trimmed = rest.trim_start();
    (trimmed.len() < rest.len()).then_some(trimmed)
}

/// Whether `read` is one day (what a weekday can lead, and a week date is).
fn is_one_day(read: &DateRead) -> bool {
    matches!(
        read,
        DateRead::Period(Period {
            precision: Precision::Day,
            ..
        })
    )
}

/// Whether `read` is one day, with its year or without it (`March 12th`): what a weekday
/// leads in a heading or a line of only a date (`Wednesday, March 12th`).
fn names_a_day(read: &DateRead) -> bool {
    is_one_day(read) || matches!(read, DateRead::Yearless(Yearless::Day(..)))
}

/// A date leading an activity, and the text after it: `2025-03-14: …`, `2025-03-14 - …`,
/// `[2025-03-14] …`, `Oct 15 2024: …`, `Q3 2025 – …`, `Jan 2021 – Present: …`, and a full day
/// or a numeric date with no separator at all (`2024-10-15 Wrote…`, `Mar 3, 2026 Shipped…`). A
/// month, quarter or year needs the separator: `2024 roadmap review` is not dated.
pub fn leading_date(text: &str, settings: DateSettings) -> Option<(Period, &str)> {
    match leading_read(text, settings)? {
        (DateRead::Period(period), rest) => Some((period, rest)),
        _ => None,
    }
}

/// [`leading_date`], or [`DateRead::Unclear`] for a form it knows with values that make no
/// date (`31-Feb-2026: …`, `2025-13: …`, `03/04/2026 …`, which could be March or April), led
/// and separated as a date would be, so the line can be warned about rather than left with
/// what looks like a date in its text.
pub fn leading_read(text: &str, settings: DateSettings) -> Option<(DateRead, &str)> {
    read_leading_date(text, settings, Reader::to_first_word)
}

/// A day without its year leading an activity and followed by a colon or a spaced dash
/// (`Oct 2: …`, `14 March – …`), or alone in brackets (`[Oct 2] …`); with calendar quarters
/// (no `--fiscal-start`), a quarter or half too (`Q3 - …`): the year is the heading's above it.
/// A month alone is not read (`May:` in one-to-one notes is a person), nor a word joined by a
/// hyphen (`Q4-planning`), nor the start of a range (`Jan - Feb:`, `Mar 3 - Apr 5:`), which
/// would leave half a date in the text. A weekday may lead a day (`Wed Mar 12: …`, `Wednesday,
/// March 12: …`), as it may a day with its year, and is not checked against the day.
pub fn leading_yearless(text: &str, settings: DateSettings) -> Option<(Yearless, &str)> {
    if let Some(rest) = after_weekday(text) {
        // One weekday leads a day: a second (`Wed Wed Mar 12`) makes no date, and a line of
        // them read one by one would go as deep as it is long.
        if after_weekday(rest).is_some() {
            return None;
        }
        return leading_yearless(rest, settings).filter(|(yearless, _)| matches!(yearless, Yearless::Day(..)));
    }
    let readable = |yearless: Yearless| match yearless {
        Yearless::Day(..) | Yearless::Days(..) | Yearless::Week(..) | Yearless::WeekEnding(..) => true,
        Yearless::Quarter(_) | Yearless::Half(_) => settings.fiscal_start == 1,
        Yearless::Month(_) | Yearless::Months(..) => false,
    };
    if text.starts_with('[') {
        let (DateRead::Yearless(yearless), rest) = bracketed(text, settings, Reader::to_first_word)? else {
            return None;
        };
        return readable(yearless).then_some((yearless, rest));
    }
    let head = &text[..prefix_end(text, LEADING_DATE_BYTES)];
    let reader = Reader::to_first_word(head, settings);
    let (Piece::Yearless(yearless), end) = reader.expression(0)? else {
        return None;
    };
    let token = reader.tokens.get(reader.spaces(end))?;
    let rest = &text[token.end..];
    let separated = match token.kind {
        // Not a time (`Oct 2:30pm sync`).
        Kind::Colon => !rest.starts_with(|c: char| c.is_ascii_digit()),
        // A hyphen joins words (`Q4-planning`), so it needs a space after it (after any more
        // dashes: `Oct 2 -- …`); an en or em dash separates (`Oct 2—Ran the review`).
        Kind::Dash if text[token.start..].starts_with('-') => {
            rest.trim_start_matches(DASHES).starts_with(char::is_whitespace)
        }
        Kind::Dash => !rest.starts_with('>'),
        _ => false,
    };
    let rest = after_separator(rest);
    let range = token.kind == Kind::Dash
        && may_start_date(rest)
        && Reader::to_first_word(rest, settings).expression(0).is_some();
    (readable(yearless) && separated && !range).then_some((yearless, rest))
}

/// The dashes the date reader knows (hyphen, en and em dash, and the rarer hyphens and minus).
pub const DASHES: [char; 6] = ['-', '–', '—', '‐', '‑', '−'];

/// What a date alone in brackets leading a line says (`[2025-03-14] …`, `[Oct 2] …`), and the
/// text after it.
fn bracketed<'a>(
    text: &'a str,
    settings: DateSettings,
    reader: fn(&'a str, DateSettings) -> Reader<'a>,
) -> Option<(DateRead, &'a str)> {
    let inner = text.strip_prefix('[')?;
    let close = inner.find(']')?;
    Some((
        reader(&inner[..close], settings).whole()?,
        after_separator(&inner[close + 1..]),
    ))
}

/// The text after a leading date's separator, without a second separator standing on its own
/// (`: - …`, `-- …`); a dash or colon joined to the next word is the text's (`--verbose`, `-5%`).
fn after_separator(text: &str) -> &str {
    let rest = text.trim_start();
    let more = rest.trim_start_matches(|c: char| c == ':' || DASHES.contains(&c));
    if more.len() < rest.len() && (more.is_empty() || more.starts_with(char::is_whitespace)) {
        more.trim_start()
    } else {
        rest
    }
}

/// Where the closing punctuation and white space ending `bytes` start (`.`, `!`, `;`, `,`, a
/// space, a tab: all ASCII, so a character boundary): what ends an activity after a bracketed
/// date, an energy marker or a date after a dash. Asked of every activity, byte by byte.
pub fn before_closing_punctuation(bytes: &[u8]) -> usize {
    let mut cut = bytes.len();
    while cut > 0 && matches!(bytes[cut - 1], b'.' | b'!' | b';' | b',' | b' ' | b'\t') {
        cut -= 1;
    }
    cut
}

/// A date in brackets ending an activity, before any closing punctuation (`… (Dec 2025)`,
/// `… [2025-03-14].`, `… (2019–2021)`): its period, the text before it and the punctuation
/// after it that ends a sentence. Nothing when no text comes before it, nor for numbers alone,
/// which name versions as often as years (`Windows Server (2022)`, `Unity (2022.3)`).
pub fn trailing_date(text: &str, settings: DateSettings) -> Option<(Period, &str, &str)> {
    // Called for every activity: the closing punctuation is skipped byte by byte (all ASCII, so
    // `end` stays on a character boundary) and most lines stop at their last byte.
    let bytes = text.as_bytes();
    let cut = before_closing_punctuation(bytes);
    let open = match bytes[..cut].last()? {
        b')' => '(',
        b']' => '[',
        _ => return None,
    };
    let end = &text[..cut];
    let start = end.rfind(open)?;
    let inner = end[start + 1..end.len() - 1].trim();
    if inner.len() > DATE_LINE_BYTES
        || inner.contains(['(', ')', '[', ']'])
        || inner.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'/'))
    {
        return None;
    }
    let Some(DateRead::Period(period)) = date_line(inner, settings) else {
        return None;
    };
    let before = end[..start].trim_end_matches(|c: char| c.is_whitespace() || c == ',' || DASHES.contains(&c));
    let after = text[end.len()..].trim();
    let after = if after.starts_with(['.', '!']) { after } else { "" };
    (!before.is_empty()).then_some((period, before, after))
}

/// [`leading_read`], its text cut into tokens by `reader` (the whole head, or up to its first
/// plain word: the tests check the two agree).
fn read_leading_date<'a>(
    text: &'a str,
    settings: DateSettings,
    reader: fn(&'a str, DateSettings) -> Reader<'a>,
) -> Option<(DateRead, &'a str)> {
    if text.starts_with('[') {
        return match bracketed(text, settings, reader)? {
            (DateRead::Yearless(_), _) => None,
            read => Some(read),
        };
    }
    if let Some(rest) = after_weekday(text) {
        // One weekday leads a day (see `leading_yearless`).
        if after_weekday(rest).is_some() {
            return None;
        }
        return read_leading_date(rest, settings, reader).filter(|(read, _)| is_one_day(read));
    }
    let head = &text[..prefix_end(text, LEADING_DATE_BYTES)];
    let reader = reader(head, settings);
    let (read, day, end) = match reader.expression(0)? {
        (Piece::Span(period), end) => (
            DateRead::Period(period),
            matches!(period.precision, Precision::Day | Precision::Days),
            end,
        ),
        (Piece::Invalid | Piece::Ambiguous, end) => (DateRead::Unclear, false, end),
        _ => return None,
    };
    let next = reader.spaces(end);
    let token = reader.tokens.get(next)?;
    match token.kind {
        Kind::Colon | Kind::Dash => Some((read, after_separator(&text[token.end..]))),
        _ if next > end => {
            let first = reader.tokens[0];
            let numeric = first.kind == Kind::Group;
            // Without a separator, only a day's three numbers make an unreadable date
            // (`03/04/2026 …`): two may be a version or a count (`2025-1234 tickets`).
            let unclear_day = || {
                let group = &text[first.start..first.end];
                group.bytes().filter(|b| matches!(b, b'-' | b'/' | b'.')).count() == 2
            };
            // An ISO week needs its separator as a quarter does (`W2 2025 payroll export`); a
            // week date is a day, whose three numbers need none (`2025-W12-3 Wrote the PRD`).
            let week = reader.tokens[..end]
                .iter()
                .any(|t| matches!(t.kind, Kind::IsoWeek(_) | Kind::IsoWeekOf(..)))
                && !is_one_day(&read);
            let dated = match read {
                DateRead::Unclear => numeric && unclear_day(),
                _ => (numeric || day) && !week,
            };
            dated.then(|| (read, &text[token.start..]))
        }
        _ => None,
    }
}

/// How much of a line's start [`leading_date`] reads: enough for the longest date range.
const LEADING_DATE_BYTES: usize = 80;

/// A line longer than this is not only a date (the longest, `Week of September 15th, 2025 –
/// September 21st, 2025`, takes 52 bytes).
const DATE_LINE_BYTES: usize = 64;

/// The end of the first `limit` bytes of `text`, moved back to a space so no word is cut.
fn prefix_end(text: &str, limit: usize) -> usize {
    if text.len() <= limit {
        return text.len();
    }
    let mut cut = limit;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text[..cut].rfind(char::is_whitespace).unwrap_or(cut)
}

/// The parts of a line that are dates and nothing else (a job header's `Jan 2021 – Present`,
/// `(2019–2021)`), as byte ranges with what they say; a date inside a phrase (`costs from 2019
/// to 2021`) is not one. Used to tell a job header from a sentence.
pub fn date_segments(line: &str, settings: DateSettings) -> Vec<(std::ops::Range<usize>, DateRead)> {
    let reader = Reader::new(line, settings);
    let mut found = Vec::new();
    let mut at = 0;
    while at < reader.tokens.len() {
        let read = match reader.expression(at) {
            Some((Piece::Span(period), end)) => Some((DateRead::Period(period), end)),
            Some((Piece::Invalid, end)) => Some((DateRead::Unclear, end)),
            _ => None,
        };
        let Some((read, end)) = read else {
            at += 1;
            continue;
        };
        let before = reader.tokens[..at].iter().rev().find(|t| t.kind != Kind::Space);
        let after = reader.tokens[end..].iter().find(|t| t.kind != Kind::Space);
        let bounded = |token: Option<&Token>| token.is_none_or(|t| parts_segments(t.kind));
        // Dates that end a line after a tab or a run of spaces are set apart in a column of
        // their own, as Word's right-aligned dates are (`Engineering Manager, Acme⇥⇥Jan 2021 –
        // Present`); a spreadsheet's cells after a date cell are no such column.
        let first = reader.tokens[at].start;
        let column = after.is_none()
            && before.is_some_and(|t| {
                line.get(t.end..first)
                    .is_some_and(|gap| gap.contains('\t') || gap.contains("  "))
            });
        if (column || bounded(before)) && bounded(after) {
            found.push((reader.tokens[at].start..reader.tokens[end - 1].end, read));
        }
        at = end;
    }
    found
}

/// Whether a token parts a header's segments, so a date beside it is a segment of its own.
fn parts_segments(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Dash | Kind::Slash | Kind::Comma | Kind::Open | Kind::Close | Kind::Colon | Kind::Other('|' | '·' | '•')
    )
}

/// A range of dates ending `line` after a space, with no punctuation between it and the words
/// before it (`Acme Corp June 2020 – Present`, `Initech 2017 – 2020`: a PDF of a LaTeX resume
/// copies its right-aligned dates so): where it starts, and what it says. A single date so
/// placed is no such range (`Engineering Manager 2024`), nor is one with nothing before it.
/// Whether the words before it head a job is the caller's to tell (see
/// [`crate::layout::HeaderParts`]): a sentence may end so too.
pub fn trailing_range(line: &str, settings: DateSettings) -> Option<(usize, Period)> {
    let (reader, from, at, period, end) = ending_date(line, settings)?;
    let tokens = &reader.tokens;
    let spaced = at > 0 && tokens[at - 1].kind == Kind::Space;
    let before = tokens[..at].iter().rev().find(|t| t.kind != Kind::Space)?;
    let ranged = period.is_open()
        || matches!(period.precision, Precision::Days | Precision::Months | Precision::Years)
        || tokens[at..end].iter().any(|t| matches!(t.kind, Kind::Dash | Kind::To));
    (spaced && ranged && !parts_segments(before.kind)).then(|| (from + tokens[at].start, period))
}

/// A date ending an activity after a dash (`Shipped the billing migration — Mar 2025`, `… – Q3
/// 2025`, `… - Mar 3, 2025.`, `… — Jan – Mar 2025`): its period, the text before the dash and
/// the punctuation after the date that ends a sentence, as [`trailing_date`] gives a bracketed
/// one. The date names a day, a month, a quarter or a half with its year, or a range of them: a
/// year alone (`… — 2025`, `… – FY26`, `… - 2019–2021`) names a version, an edition or a plan
/// as often after a dash (`Upgraded to Office — 2019`, `Roadmap – 2026`) and is left as text,
/// as is a year and number joined by dots (`… — 2024.3`, a version), and so is a range to the
/// present (`Engineering Manager, Acme — Jan 2022 – Present`), a job's dates. A hyphen needs a
/// space on each side (`… Acme-Mar 2025` is no date); an en or em dash may stand without.
pub fn dash_date(text: &str, settings: DateSettings) -> Option<(Period, &str, &str)> {
    let bytes = text.as_bytes();
    let cut = before_closing_punctuation(bytes);
    // Each such date ends in a digit, of its year: most lines end otherwise.
    if !bytes[..cut].last().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (reader, from, at, period, end) = ending_date(&text[..cut], settings)?;
    let tokens = &reader.tokens;
    let dash_at = reader.tokens[..at].iter().rposition(|t| t.kind != Kind::Space)?;
    let dash = tokens[dash_at];
    let written = |token: &Token| &reader.text[token.start..token.end];
    let spaced = dash_at > 0 && tokens[dash_at - 1].kind == Kind::Space && dash_at + 1 < at;
    let separates = dash.kind == Kind::Dash && (spaced || written(&dash).starts_with(['–', '—']));
    let date = &tokens[at..end];
    let year_alone = matches!(period.precision, Precision::Year | Precision::Years)
        || period.is_open()
        || date.iter().any(|t| matches!(t.kind, Kind::Fiscal(_)))
            && !date.iter().any(|t| matches!(t.kind, Kind::Quarter(_) | Kind::Half(_)));
    let version = date
        .iter()
        .any(|t| t.kind == Kind::Group && written(t).find('.') == Some(4));
    let before = text[..from + dash.start].trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let after = text[cut..].trim();
    let after = if after.starts_with(['.', '!']) { after } else { "" };
    (separates && !year_alone && !version && !before.is_empty()).then_some((period, before, after))
}

/// The date that ends `line` (spaces after it allowed), read from a tail of the line that
/// holds it and the words before it: the tail's reader, where the tail starts in `line`, the
/// first token whose date runs to the end (a later one would be only a range's end: `2020 –
/// Present` of `June 2020 – Present`), what the date says and where it ends among the tokens.
fn ending_date(line: &str, settings: DateSettings) -> Option<(Reader<'_>, usize, usize, Period, usize)> {
    let line = line.trim_end();
    // A date ends in a digit (`2020`, `06/2020`), `Present` or a month: most lines end in
    // another word, and are told apart here.
    let last = line
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default();
    if !(last.ends_with(|c: char| c.is_ascii_digit()) || matches!(word_kind(last), Kind::Present | Kind::Month(_))) {
        return None;
    }
    // The longest range fits in a date line's bytes, so a tail of twice that, cut at a space,
    // holds it and the word before it.
    let mut from = line.len().saturating_sub(2 * DATE_LINE_BYTES);
    while !line.is_char_boundary(from) {
        from += 1;
    }
    let from = match from {
        0 => 0,
        _ => line[from..]
            .find(char::is_whitespace)
            .map_or(line.len(), |space| from + space),
    };
    let reader = Reader::new(&line[from..], settings);
    let count = reader.tokens.len();
    let (at, period, end) = (0..count).find_map(|at| match reader.expression(at)? {
        (Piece::Span(period), end) if end == count => Some((at, period, end)),
        _ => None,
    })?;
    Some((reader, from, at, period, end))
}

/// A range of dates leading `line` and a space after it, with no punctuation between it and
/// the words (`2019-2021 Engineering Manager, Acme`, `Jan 2020 – Present Staff TPM`): where it
/// ends, and what it says. A single date so placed is no such range (`2024 roadmap review`).
pub fn leading_range(line: &str, settings: DateSettings) -> Option<(usize, Period)> {
    if !may_start_date(line) {
        return None;
    }
    let head = &line[..prefix_end(line, DATE_LINE_BYTES)];
    let reader = Reader::new(head, settings);
    let (Piece::Span(period), end) = reader.expression(0)? else {
        return None;
    };
    let ranged = period.is_open() || matches!(period.precision, Precision::Days | Precision::Months | Precision::Years);
    let spaced = reader.kind(end) == Some(Kind::Space) && end + 1 < reader.tokens.len();
    (ranged && spaced).then(|| (reader.tokens[end - 1].end, period))
}

/// A piece of a date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    /// A date with its year.
    Span(Period),
    /// A date without its year.
    Yearless(Yearless),
    /// `present`, `now`, `current`: the open end of a range.
    Present,
    /// A recognised form with impossible values, or an ambiguous one.
    Invalid,
    /// Two numbers joined by a slash, a day of the year without it (`1/29`, `29/1`): read as
    /// [`Piece::Yearless`] or [`Piece::Ambiguous`] once it is known whether a range's other end
    /// tells their order (see [`settle`]).
    NumericDay(i8, i8),
    /// A day without its year whose numbers could be month and day either way round (`3/4`),
    /// as `03/04/2026` is with its year: unclear where only a date can stand (a heading or a
    /// line of only it, a leading date before its separator), no date among other words,
    /// where such numbers are as often a fraction or a score.
    Ambiguous,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A word of ASCII digits: its value and its number of digits (at most 4).
    Number(u16, u8),
    /// Digits joined by `-`, `/` or `.` (`2025-03-14`, `03/2026`, `14.03.2026`).
    Group,
    /// A month name or abbreviation.
    Month(i8),
    /// `Q1`..`Q4`.
    Quarter(i8),
    /// `H1`, `H2`.
    Half(i8),
    /// `FY26`, `FY2026` (the year), or `FY` alone (its year follows).
    Fiscal(Option<i16>),
    /// `3rd`, `21st`.
    Ordinal(i8),
    /// `'25`.
    ShortYear(i16),
    /// `present`, `current`, `now`, `today`, `ongoing`, `date` (as in `to date`).
    Present,
    /// `to`, `through`, `thru`, `until`, `till`.
    To,
    /// `week` (as in `Week of 2025-03-10`).
    Week,
    /// `W1`..`W99`: an ISO week's number, as in `2025-W12` (`W0` and weeks a year does not have
    /// make the date unclear).
    IsoWeek(i8),
    /// `2025W12`: an ISO week written in one word, with its year.
    IsoWeekOf(i16, i8),
    /// `of`.
    Of,
    /// `-`, `–`, `—` and other dashes.
    Dash,
    /// `/`.
    Slash,
    /// `,`.
    Comma,
    /// `.`.
    Dot,
    /// `:`.
    Colon,
    /// `(` or `[`.
    Open,
    /// `)` or `]`.
    Close,
    /// Whitespace.
    Space,
    /// Any other word.
    Word,
    /// Any other character.
    Other(char),
}

/// A token and where it is in the text (byte offsets).
#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
}

/// Month names and abbreviations, each with its month.
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

/// What a word (a maximal run of word characters that is not all digits) is.
fn word_kind(word: &str) -> Kind {
    let is = |name: &str| word.eq_ignore_ascii_case(name);
    if let Some(&(_, month)) = MONTH_NAMES.iter().find(|(name, _)| is(name)) {
        return Kind::Month(month);
    }
    match word.as_bytes() {
        // Q0–Q9 and H0–H9 are all date forms; only Q1–Q4 and H1–H2 name periods, so `Q5 2025`
        // is an unclear date, not the year 2025.
        [b'q' | b'Q', digit @ b'0'..=b'9'] => return Kind::Quarter((digit - b'0') as i8),
        [b'h' | b'H', digit @ b'0'..=b'9'] => return Kind::Half((digit - b'0') as i8),
        // `1H 2025`, `3Q 2025`: the number first, as analysts write halves and quarters.
        [digit @ b'1'..=b'4', b'q' | b'Q'] => return Kind::Quarter((digit - b'0') as i8),
        [digit @ b'1'..=b'2', b'h' | b'H'] => return Kind::Half((digit - b'0') as i8),
        [b'f' | b'F', b'y' | b'Y'] => return Kind::Fiscal(None),
        [b'w' | b'W', digits @ ..] if matches!(digits.len(), 1 | 2) && digits.iter().all(u8::is_ascii_digit) => {
            return Kind::IsoWeek(word[1..].parse().unwrap_or(0));
        }
        [b'f' | b'F', b'y' | b'Y', digits @ ..]
            if matches!(digits.len(), 2 | 4) && digits.iter().all(u8::is_ascii_digit) =>
        {
            return Kind::Fiscal(word[2..].parse().ok().map(|year| full_year(year, digits.len())));
        }
        _ => {}
    }
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if let (4, [b'w' | b'W', week @ ..]) = (digits, &word.as_bytes()[digits.min(word.len())..])
        && matches!(week.len(), 1 | 2)
        && week.iter().all(u8::is_ascii_digit)
    {
        return Kind::IsoWeekOf(word[..4].parse().unwrap_or(0), word[5..].parse().unwrap_or(0));
    }
    if (1..=2).contains(&digits)
        && ["st", "nd", "rd", "th"]
            .iter()
            .any(|suffix| word[digits..].eq_ignore_ascii_case(suffix))
        && let Ok(day @ 1..=31) = word[..digits].parse::<i8>()
    {
        return Kind::Ordinal(day);
    }
    if ["present", "current", "now", "today", "ongoing", "date"]
        .iter()
        .any(|w| is(w))
    {
        return Kind::Present;
    }
    if ["to", "through", "thru", "until", "till"].iter().any(|w| is(w)) {
        return Kind::To;
    }
    if is("week") {
        return Kind::Week;
    }
    if is("of") {
        return Kind::Of;
    }
    Kind::Word
}

/// A year written with `digits` digits: two-digit years are 1970–2069.
fn full_year(year: i16, digits: usize) -> i16 {
    match (digits, year) {
        (2, 0..=69) => 2000 + year,
        (2, _) => 1900 + year,
        _ => year,
    }
}

/// Cuts `text` into tokens; with `to_first_word`, stops after the first plain word or other
/// character (see [`Reader::to_first_word`]).
fn tokenize(text: &str, to_first_word: bool) -> Vec<Token> {
    let mut tokens = Vec::new();
    let word_end = |from: usize| {
        // ASCII bytes are told at once (decoding each character cost about 140 instructions a
        // word); characters from the first byte that is not ASCII.
        let ascii = text.as_bytes()[from..]
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
            .map_or(text.len(), |at| from + at);
        if ascii == text.len() || text.as_bytes()[ascii].is_ascii() {
            return ascii;
        }
        text[ascii..]
            .char_indices()
            .find(|&(_, c)| !is_word(c))
            .map_or(text.len(), |(at, _)| ascii + at)
    };
    let all_digits = |range: std::ops::Range<usize>| text[range].bytes().all(|b| b.is_ascii_digit());
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let start = at;
        let kind = if is_word(c) {
            at = word_end(at);
            if all_digits(start..at) {
                // Digits joined by `-`, `/` or `.` to more digits are one group.
                let mut grouped = false;
                while let Some(joiner) = text[at..].chars().next().filter(|c| matches!(c, '-' | '/' | '.')) {
                    let next = at + joiner.len_utf8();
                    let end = word_end(next);
                    if end == next || !all_digits(next..end) {
                        break;
                    }
                    at = end;
                    grouped = true;
                }
                match (grouped, at - start) {
                    (true, _) => Kind::Group,
                    (false, digits @ 1..=4) => Kind::Number(text[start..at].parse().unwrap_or(0), digits as u8),
                    _ => Kind::Word,
                }
            } else {
                word_kind(&text[start..at])
            }
        } else if c.is_whitespace() {
            at = text[at..]
                .char_indices()
                .find(|&(_, c)| !c.is_whitespace())
                .map_or(text.len(), |(offset, _)| at + offset);
            Kind::Space
        } else {
            at += c.len_utf8();
            match c {
                '\'' | '’' | '‘' => {
                    let end = word_end(at);
                    if end == at + 2 && all_digits(at..end) {
                        let year = text[at..end].parse().unwrap_or(0);
                        at = end;
                        Kind::ShortYear(full_year(year, 2))
                    } else {
                        Kind::Other(c)
                    }
                }
                '-' | '–' | '—' | '‐' | '‑' | '−' => {
                    // A run of hyphens is one dash: LaTeX's en and em dash (`Jan 2022 -- Present`,
                    // as a resume written in LaTeX reads when its source is pasted).
                    if c == '-' {
                        at += text[at..].bytes().take_while(|&b| b == b'-').count();
                    }
                    Kind::Dash
                }
                '/' => Kind::Slash,
                ',' => Kind::Comma,
                '.' => Kind::Dot,
                ':' => Kind::Colon,
                '(' | '[' => Kind::Open,
                ')' | ']' => Kind::Close,
                _ => Kind::Other(c),
            }
        };
        tokens.push(Token { kind, start, end: at });
        if to_first_word && matches!(kind, Kind::Word | Kind::Other(_)) {
            break;
        }
    }
    tokens
}

/// Reads date expressions from a text's tokens.
struct Reader<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    settings: DateSettings,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, settings: DateSettings) -> Reader<'a> {
        Reader {
            text,
            tokens: tokenize(text, false),
            settings,
        }
    }

    /// A reader of `text`'s tokens up to and including its first plain word or other character
    /// (`Unblocked`, `&`): enough for [`Reader::expression`] at the first token and for
    /// [`Reader::whole`], since no rule reads past such a token — a date is never one, and
    /// rules skip only spaces, dashes, slashes, commas, dots, colons and brackets. A dated line
    /// (`2025-02-01: Unblocked the retry logic…`) is then read in four tokens, not twenty.
    fn to_first_word(text: &'a str, settings: DateSettings) -> Reader<'a> {
        Reader {
            text,
            tokens: tokenize(text, true),
            settings,
        }
    }

    fn kind(&self, at: usize) -> Option<Kind> {
        self.tokens.get(at).map(|t| t.kind)
    }

    /// The first token from `at` on that is not whitespace.
    fn spaces(&self, at: usize) -> usize {
        self.skip(at, |k| k == Kind::Space)
    }

    fn skip(&self, mut at: usize, skipped: impl Fn(Kind) -> bool) -> usize {
        while self.kind(at).is_some_and(&skipped) {
            at += 1;
        }
        at
    }

    /// After spaces, an optional `-` or `/`, and spaces (`2025-Q3`, `Q1 / 2025`).
    fn joiner(&self, at: usize) -> usize {
        let at = self.spaces(at);
        match self.kind(at) {
            Some(Kind::Dash | Kind::Slash) => self.spaces(at + 1),
            _ => at,
        }
    }

    /// A year at `at`: four digits, or `'25`.
    fn year(&self, at: usize) -> Option<(i16, usize)> {
        match self.kind(at)? {
            Kind::Number(year, 4) => Some((year as i16, at + 1)),
            Kind::ShortYear(year) => Some((year, at + 1)),
            _ => None,
        }
    }

    /// A fiscal year at `at`: `FY26`, `FY2026`, `FY 26`, `FY 2026`.
    fn fiscal_year(&self, at: usize) -> Option<(i16, usize)> {
        match self.kind(at)? {
            Kind::Fiscal(Some(year)) => Some((year, at + 1)),
            Kind::Fiscal(None) => {
                let next = self.spaces(at + 1);
                match self.kind(next)? {
                    Kind::Number(year, digits @ (2 | 4)) => Some((full_year(year as i16, digits.into()), next + 1)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The whole text as one date expression (brackets, spaces and a final `:` or `.` around it
    /// allowed), or `None` when it holds anything else.
    fn whole(&self) -> Option<DateRead> {
        let start = self.skip(0, |k| matches!(k, Kind::Space | Kind::Open));
        let (piece, end) = self.expression(start)?;
        let rest = self.skip(end, |k| {
            matches!(k, Kind::Space | Kind::Close | Kind::Colon | Kind::Dot)
        });
        if rest < self.tokens.len() {
            return None;
        }
        match piece {
            Piece::Span(period) => Some(DateRead::Period(period)),
            Piece::Yearless(yearless) => Some(DateRead::Yearless(yearless)),
            Piece::Invalid | Piece::Ambiguous => Some(DateRead::Unclear),
            Piece::Present | Piece::NumericDay(..) => None,
        }
    }

    /// Whether more date words follow a date that ended at `end` (`Mar 2025 Q2`,
    /// `2025-03 2025-04`): the date was not fully understood.
    fn runs_on(&self, end: usize) -> bool {
        let next = self.skip(end, |k| {
            matches!(k, Kind::Space | Kind::Comma | Kind::Colon | Kind::Dot)
        });
        match self.kind(next) {
            Some(Kind::Dash | Kind::To) => {
                let after = self.spaces(next + 1);
                self.kind(after).is_some_and(|k| self.is_date_word(after, k))
            }
            Some(kind) => self.is_date_word(next, kind),
            None => false,
        }
    }

    fn is_date_word(&self, at: usize, kind: Kind) -> bool {
        match kind {
            Kind::Group => group(&self.text[self.tokens[at].start..self.tokens[at].end]).is_some(),
            Kind::Number(year, 4) => (1900..=2099).contains(&year),
            Kind::Month(_)
            | Kind::Quarter(_)
            | Kind::Half(_)
            | Kind::Fiscal(_)
            | Kind::ShortYear(_)
            | Kind::Present
            | Kind::Ordinal(_) => true,
            _ => false,
        }
    }

    /// A date, or a range of two (`Jan–Mar 2025`, `2019 – 2021`, `Jan 2021 – Present`), at `at`.
    fn expression(&self, at: usize) -> Option<(Piece, usize)> {
        let (first, end) = self.point(at)?;
        if first == Piece::Present {
            return Some((first, end));
        }
        let dash = self.spaces(end);
        if !matches!(self.kind(dash), Some(Kind::Dash | Kind::To)) {
            return Some((settle(first), end));
        }
        let second = self.spaces(dash + 1);
        // `3/10 – 3/14/2025`: the year only on the far end, which on its own may read either
        // way round (`3/7/2025`); the range's two ends tell the order together.
        if let Piece::NumericDay(a, b) = first
            && let Some((c, d, year)) = self.numeric_day_of_year(second)
        {
            return Some((numeric_days_of_year(a, b, c, d, year), second + 1));
        }
        match self.point(second) {
            Some((second, last)) => match join(first, second) {
                Some(range) => Some((range, last)),
                None => Some((settle(first), end)),
            },
            None => Some((settle(first), end)),
        }
    }

    /// One date at `at`.
    fn point(&self, at: usize) -> Option<(Piece, usize)> {
        let token = *self.tokens.get(at)?;
        match token.kind {
            Kind::Week => {
                let of = self.spaces(at + 1);
                if self.is_ending(of) {
                    return self.week_ending(self.spaces(of + 1));
                }
                if self.kind(of) != Some(Kind::Of) {
                    return None;
                }
                match self
                    .point(self.spaces(of + 1))
                    .map(|(piece, end)| (settle(piece), end))?
                {
                    (Piece::Span(day), end) if day.precision == Precision::Day => {
                        Some((Piece::Span(Period::week(day.start)?), end))
                    }
                    // `Week of Mar 3` has no year.
                    (Piece::Yearless(Yearless::Day(month, day)), end) => {
                        Some((Piece::Yearless(Yearless::Week(month, day)), end))
                    }
                    (Piece::Invalid, end) => Some((Piece::Invalid, end)),
                    _ => None,
                }
            }
            Kind::Group => match group(&self.text[token.start..token.end]) {
                Some(piece) => Some((piece, at + 1)),
                // `10-14 Mar 2025`: days of one month.
                None => match self.joined_days(at) {
                    Some((first, last)) => self.days_then_month(first, last, at + 1),
                    None => numeric_day(&self.text[token.start..token.end]).map(|day| (day, at + 1)),
                },
            },
            Kind::Number(year, 4) => {
                // `2025-Mar-14`, `2025-Mar`: a month's name joined to the year.
                if self.hyphen_or_slash(at + 1)
                    && let Some(Kind::Month(month)) = self.kind(at + 2)
                {
                    if self.kind(at + 3) == self.kind(at + 1)
                        && let Some(Kind::Number(day, 1 | 2)) = self.kind(at + 4)
                    {
                        return Some((day_piece(year as i16, month, day as i8), at + 5));
                    }
                    return Some((
                        span(Period::months(year as i16, month, month, Precision::Month)),
                        at + 3,
                    ));
                }
                // `2025 Q3`, `2025-Q3`, `2025 – Q1`, `2025/h2`, unless the quarter has a year of
                // its own (`2024 – Q1 2025` is a range).
                let next = self.joiner(at + 1);
                if let Some(kind @ (Kind::Quarter(_) | Kind::Half(_))) = self.kind(next)
                    && self.year(self.joiner(next + 1)).is_none()
                    && self.fiscal_year(self.joiner(next + 1)).is_none()
                {
                    return Some((calendar_part(year as i16, kind), next + 1));
                }
                // `2025-W12`, `2025 W12`: an ISO week, Monday to Sunday; `2025-W12-3`: its
                // third day (ISO 8601's week date, Monday is 1).
                if let Some(Kind::IsoWeek(week)) = self.kind(next) {
                    return Some(self.week_or_its_day(year as i16, week, next + 1));
                }
                (1900..=2099)
                    .contains(&year)
                    .then(|| (span(Period::months(year as i16, 1, 12, Precision::Year)), at + 1))
            }
            Kind::Number(day, 1 | 2) => self.day_first(at, day as i8),
            Kind::Ordinal(day) => self.day_first(at, day),
            Kind::Month(month) => {
                if let Some(second) = self.and_month(at + 1) {
                    return self.two_months(month, second);
                }
                // `Mar-2025`, `Mar/'25`: a year joined to the month's name; in capitals and by a
                // hyphen, `MAR-2025` is a tracker's ticket key, as an activity's text reads it.
                let key = self.text[token.start..token.end]
                    .bytes()
                    .filter(u8::is_ascii_uppercase)
                    .count()
                    >= 2
                    && self.kind(at + 1) == Some(Kind::Dash)
                    && matches!(self.kind(at + 2), Some(Kind::Number(..)));
                if self.hyphen_or_slash(at + 1)
                    && !key
                    && let Some((year, end)) = self.year(at + 2)
                {
                    return Some((span(Period::months(year, month, month, Precision::Month)), end));
                }
                let after = self.skip(at + 1, |k| k == Kind::Dot);
                let next = self.skip(after, |k| matches!(k, Kind::Space | Kind::Comma));
                // `Mar 10-14, 2025`, `March 10 – 14, 2025`: days of one month, then its year.
                let days = self.joined_days(next).map(|days| (days, next + 1)).or_else(|| {
                    let first = self.day_at(next)?;
                    let (last, end) = self.range_end_day(next + 1)?;
                    Some(((first, last), end))
                });
                if let Some(((first, last), end)) = days {
                    if let Some((year, end)) = self.year(self.skip(end, |k| matches!(k, Kind::Space | Kind::Comma))) {
                        return Some((days_of_month(year, month, first, last), end));
                    }
                    // `Feb 17–21` has no year.
                    let piece = if (1..=31).contains(&first) && (first..=31).contains(&last) {
                        Piece::Yearless(Yearless::Days(month, first, month, last))
                    } else {
                        Piece::Invalid
                    };
                    return Some((piece, end));
                }
                let day = self.day_at(next);
                if let Some(day) = day {
                    // `Mar 3, 2026`, `Oct 15 2024`, `March 3rd, 2026`; `Mar 3` has no year.
                    let year_at = self.skip(next + 1, |k| matches!(k, Kind::Space | Kind::Comma));
                    return match self.year(year_at) {
                        Some((year, end)) => Some((day_piece(year, month, day), end)),
                        None if (1..=31).contains(&day) => Some((Piece::Yearless(Yearless::Day(month, day)), next + 1)),
                        None => Some((Piece::Invalid, next + 1)),
                    };
                }
                match self.year(next) {
                    Some((year, end)) => Some((span(Period::months(year, month, month, Precision::Month)), end)),
                    None => Some((Piece::Yearless(Yearless::Month(month)), after)),
                }
            }
            kind @ (Kind::Quarter(number) | Kind::Half(number)) => {
                // `Q3 2025`, `H1-2025`, `Q1 '25`, `Q2 FY2025`, `Q1 FY26`.
                let next = self.joiner(at + 1);
                if !names_a_part(kind) {
                    let end = self
                        .fiscal_year(next)
                        .or_else(|| self.year(next))
                        .map_or(at + 1, |(_, end)| end);
                    return Some((Piece::Invalid, end));
                }
                if let Some((year, end)) = self.fiscal_year(next) {
                    return Some((self.fiscal(year, Some(kind)), end));
                }
                if let Some((year, end)) = self.year(next) {
                    return Some((calendar_part(year, kind), end));
                }
                let yearless = match kind {
                    Kind::Quarter(_) => Yearless::Quarter(number),
                    _ => Yearless::Half(number),
                };
                Some((Piece::Yearless(yearless), at + 1))
            }
            Kind::IsoWeekOf(year, week) => Some(self.week_or_its_day(year, week, at + 1)),
            Kind::IsoWeek(week) => {
                // `W12 2025`, `W12-2025`; a week's number alone (`W2 forms`) is no date.
                if let Some((year, end)) = self.year(self.joiner(at + 1)) {
                    return Some((iso_week(year, week), end));
                }
                // `W10–W12 2025`, `W10 to W12, 2025`: the first week takes the last one's year.
                let dash = self.spaces(at + 1);
                if !matches!(self.kind(dash), Some(Kind::Dash | Kind::To)) {
                    return None;
                }
                let second = self.spaces(dash + 1);
                let Some(Kind::IsoWeek(last)) = self.kind(second) else {
                    return None;
                };
                let year_at = self.skip(self.joiner(second + 1), |k| k == Kind::Comma);
                let year_at = self.spaces(year_at);
                let (year, end) = self.year(year_at)?;
                Some((
                    join(iso_week(year, week), iso_week(year, last)).unwrap_or(Piece::Invalid),
                    end,
                ))
            }
            Kind::Fiscal(_) => {
                // `FY26`, `FY26 Q1`, `FY2026-H2`.
                let (year, end) = self.fiscal_year(at)?;
                let next = self.joiner(end);
                match self.kind(next) {
                    Some(kind @ (Kind::Quarter(_) | Kind::Half(_))) if !names_a_part(kind) => {
                        Some((Piece::Invalid, next + 1))
                    }
                    Some(kind @ (Kind::Quarter(_) | Kind::Half(_))) => Some((self.fiscal(year, Some(kind)), next + 1)),
                    _ => Some((self.fiscal(year, None), end)),
                }
            }
            Kind::Present => Some((Piece::Present, at + 1)),
            _ => None,
        }
    }

    /// `3 March 2026`, `3rd Mar. 2026`: day `day` at `at`, then a month and a year.
    fn day_first(&self, at: usize, day: i8) -> Option<(Piece, usize)> {
        if let Some(joined) = self.joined_day(at, day) {
            return Some(joined);
        }
        // `10–14 March 2025`, `10th to 14th Mar 2025`: days of one month.
        if let Some((last, end)) = self.range_end_day(at + 1)
            && let Some(range) = self.days_then_month(day, last, end)
        {
            return Some(range);
        }
        let month_at = self.spaces(at + 1);
        let Some(Kind::Month(month)) = self.kind(month_at) else {
            return None;
        };
        let after = self.skip(month_at + 1, |k| k == Kind::Dot);
        match self.year(self.skip(after, |k| matches!(k, Kind::Space | Kind::Comma))) {
            Some((year, end)) => Some((day_piece(year, month, day), end)),
            // `14 March` has no year.
            None => (1..=31)
                .contains(&day)
                .then_some((Piece::Yearless(Yearless::Day(month, day)), after)),
        }
    }

    /// `14-Mar-2025`, `14/Mar/25`, `14-Mar-'25`: day `day` at `at`, a month's name and a year
    /// joined by the same dash or slash, as Oracle and Jira write a day. The month's name between
    /// them makes a two-digit year safe to read. Without the second joiner the year may follow
    /// after a space (`14-Mar 2025`), or be missing (`14-Mar: …`, read as `14 Mar` is).
    fn joined_day(&self, at: usize, day: i8) -> Option<(Piece, usize)> {
        let joiner = self.kind(at + 1).filter(|&k| matches!(k, Kind::Dash | Kind::Slash))?;
        let Some(Kind::Month(month)) = self.kind(at + 2) else {
            return None;
        };
        if self.kind(at + 3) != Some(joiner) {
            return match self.year(self.skip(at + 3, |k| matches!(k, Kind::Space | Kind::Comma))) {
                Some((year, end)) => Some((day_piece(year, month, day), end)),
                None => (1..=31)
                    .contains(&day)
                    .then_some((Piece::Yearless(Yearless::Day(month, day)), at + 3)),
            };
        }
        let year = match self.kind(at + 4)? {
            Kind::Number(year, 4) => year as i16,
            Kind::Number(year, 2) => full_year(year as i16, 2),
            Kind::ShortYear(year) => year,
            _ => return None,
        };
        Some((day_piece(year, month, day), at + 5))
    }

    /// ISO week `week` of `year`, whose token ends before `at`, or the day of it that a hyphen
    /// and a weekday at `at` name (`2025-W12-3`, ISO 8601's week date, Monday is 1), and where
    /// the date read ends.
    fn week_or_its_day(&self, year: i16, week: i8, at: usize) -> (Piece, usize) {
        let hyphen = self
            .tokens
            .get(at)
            .is_some_and(|t| t.kind == Kind::Dash && &self.text[t.start..t.end] == "-");
        match self.kind(at + 1) {
            Some(Kind::Number(weekday @ 1..=7, 1)) if hyphen => (iso_week_day(year, week, weekday as i8), at + 2),
            _ => (iso_week(year, week), at),
        }
    }

    /// Whether the token at `at` is a hyphen or a slash, as joins a month's name to a year
    /// (`Mar-2025`, `2025/Mar`); an en or em dash there marks a range.
    /// A day of the month at `at`: `14`, `14th`.
    fn day_at(&self, at: usize) -> Option<i8> {
        match self.kind(at)? {
            Kind::Number(day, 1 | 2) => Some(day as i8),
            Kind::Ordinal(day) => Some(day),
            _ => None,
        }
    }

    /// The last day of a range of days whose first ends before `at` (` – 14`, `-14th`,
    /// ` to 14`), and where it ends.
    fn range_end_day(&self, at: usize) -> Option<(i8, usize)> {
        let dash = self.spaces(at);
        if !matches!(self.kind(dash), Some(Kind::Dash | Kind::To)) {
            return None;
        }
        let last = self.spaces(dash + 1);
        Some((self.day_at(last)?, last + 1))
    }

    /// The days of `10-14`, a token of two days of the month joined by a hyphen (`3/10` is a
    /// month and a day, `10.14` no range).
    fn joined_days(&self, at: usize) -> Option<(i8, i8)> {
        let token = self.tokens.get(at).filter(|t| t.kind == Kind::Group)?;
        let (first, last) = self.text[token.start..token.end].split_once('-')?;
        let day = |digits: &str| {
            ((1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| digits.parse::<i8>().ok())
                .flatten()
        };
        Some((day(first)?, day(last)?))
    }

    /// Days `first` to `last` of the month named at `at` (after spaces) in the year after it:
    /// `… March 2025`, `… Mar. 2025`.
    fn days_then_month(&self, first: i8, last: i8, at: usize) -> Option<(Piece, usize)> {
        let month_at = self.spaces(at);
        let Some(Kind::Month(month)) = self.kind(month_at) else {
            return None;
        };
        let after = self.skip(month_at + 1, |k| k == Kind::Dot);
        let (year, end) = self.year(self.skip(after, |k| matches!(k, Kind::Space | Kind::Comma)))?;
        Some((days_of_month(year, month, first, last), end))
    }

    /// Where a second month's name starts when `at` holds a slash, `&` or `and` before one
    /// (`Jan/Feb`, `Jan & Feb`, `Jan and Feb`).
    fn and_month(&self, at: usize) -> Option<usize> {
        let joiner = self.tokens.get(self.spaces(at))?;
        let text = &self.text[joiner.start..joiner.end];
        let joins = joiner.kind == Kind::Slash || text == "&" || text.eq_ignore_ascii_case("and");
        let second = self.spaces(self.spaces(at) + 1);
        (joins && matches!(self.kind(second), Some(Kind::Month(_)))).then_some(second)
    }

    /// Month `first` and the month read at `second` (`Jan/Feb 2025`, `Dec & Jan`): both, from
    /// the first to the second, when they follow each other; unclear when they do not (`Jan &
    /// Mar` is not the months between).
    fn two_months(&self, first: i8, second: usize) -> Option<(Piece, usize)> {
        let (last, end) = self.point(second)?;
        let last_month = match last {
            Piece::Span(period) if period.precision == Precision::Month => period.start.month(),
            Piece::Yearless(Yearless::Month(month)) => month,
            _ => return Some((Piece::Invalid, end)),
        };
        if last_month != first % 12 + 1 {
            return Some((Piece::Invalid, end));
        }
        Some((
            join(Piece::Yearless(Yearless::Month(first)), last).unwrap_or(Piece::Invalid),
            end,
        ))
    }

    /// The numbers of a day written month and day (or day and month) and year, joined by
    /// slashes, at `at` (`3/14/2025`): the two of the day as written, and the year.
    fn numeric_day_of_year(&self, at: usize) -> Option<(i8, i8, i16)> {
        let token = self.tokens.get(at).filter(|t| t.kind == Kind::Group)?;
        let (day, year) = self.text[token.start..token.end].rsplit_once('/')?;
        let Some(Piece::NumericDay(first, second)) = numeric_day(day) else {
            return None;
        };
        let year = (year.len() == 4).then(|| year.parse().ok()).flatten()?;
        Some((first, second, year))
    }

    /// Whether the token at `at` is the word `ending` (`Week ending 3/14/2025`).
    fn is_ending(&self, at: usize) -> bool {
        self.tokens
            .get(at)
            .is_some_and(|t| t.kind == Kind::Word && self.text[t.start..t.end].eq_ignore_ascii_case("ending"))
    }

    /// The seven days that end on the day at `at` (`Week ending 3/14/2025`, `Week ending Mar
    /// 14`), as `Week of` names the seven from its day.
    fn week_ending(&self, at: usize) -> Option<(Piece, usize)> {
        match self.point(at).map(|(piece, end)| (settle(piece), end))? {
            (Piece::Span(day), end) if day.precision == Precision::Day => {
                let last = day.start;
                let week = Yearless::WeekEnding(last.month(), last.day()).in_year(last.year());
                Some((span(week), end))
            }
            (Piece::Yearless(Yearless::Day(month, day)), end) => {
                Some((Piece::Yearless(Yearless::WeekEnding(month, day)), end))
            }
            (Piece::Invalid | Piece::Ambiguous, end) => Some((Piece::Invalid, end)),
            _ => None,
        }
    }

    fn hyphen_or_slash(&self, at: usize) -> bool {
        self.tokens.get(at).is_some_and(|t| {
            matches!(t.kind, Kind::Dash | Kind::Slash) && matches!(&self.text[t.start..t.end], "-" | "/")
        })
    }

    /// Fiscal year `year` (named by the year it ends in), or its quarter or half: the calendar
    /// months it covers (`FY26 Q1` with a July start is `2025-07/2025-09`).
    fn fiscal(&self, year: i16, part: Option<Kind>) -> Piece {
        let start_month = self.settings.fiscal_start.clamp(1, 12);
        let first_year = if start_month == 1 { year } else { year - 1 };
        let (offset, length) = match part {
            Some(Kind::Quarter(n)) => (3 * (i32::from(n) - 1), 3),
            Some(Kind::Half(n)) => (6 * (i32::from(n) - 1), 6),
            _ => (0, 12),
        };
        let period = Date::new(first_year, start_month, 1).ok().and_then(|first| {
            let start = first.checked_add(offset.months()).ok()?;
            let end = start.checked_add(length.months()).ok()?.checked_sub(1.day()).ok()?;
            // A fiscal year that starts in January is the calendar year; any other fiscal
            // period is shown as the calendar months it covers, even when they make a quarter.
            Some(if start_month == 1 {
                Period::span(start, end, Precision::Months)
            } else {
                Period::new(start, end, Precision::Months)
            })
        });
        span(period)
    }
}

/// A period, or an invalid piece when the values are impossible.
fn span(period: Option<Period>) -> Piece {
    period.map_or(Piece::Invalid, Piece::Span)
}

/// Day `day` of `month` of `year`.
fn day_piece(year: i16, month: i8, day: i8) -> Piece {
    span(Date::new(year, month, day).ok().map(Period::day))
}

/// Days `first` to `last` of `month` of `year` (`Mar 10-14, 2025`); invalid when either day is
/// impossible or the last comes first.
fn days_of_month(year: i16, month: i8, first: i8, last: i8) -> Piece {
    join(day_piece(year, month, first), day_piece(year, month, last)).unwrap_or(Piece::Invalid)
}

/// ISO week `week` of `year` (ISO 8601's week-numbering year), Monday to Sunday; invalid for
/// a week the year does not have.
fn iso_week(year: i16, week: i8) -> Piece {
    let monday = jiff::civil::ISOWeekDate::new(year, week, jiff::civil::Weekday::Monday).ok();
    span(monday.and_then(|monday| Period::week(monday.date())))
}

/// Day `weekday` (1 is Monday) of ISO week `week` of `year`; invalid for a week the year does
/// not have.
fn iso_week_day(year: i16, week: i8, weekday: i8) -> Piece {
    let day = jiff::civil::Weekday::from_monday_one_offset(weekday).ok();
    let date = day.and_then(|day| jiff::civil::ISOWeekDate::new(year, week, day).ok());
    span(date.map(|date| Period::day(date.date())))
}

/// Whether a quarter or half token names a part of a year: Q1–Q4, H1–H2.
fn names_a_part(kind: Kind) -> bool {
    match kind {
        Kind::Quarter(n) => (1..=4).contains(&n),
        Kind::Half(n) => (1..=2).contains(&n),
        _ => false,
    }
}

/// A calendar quarter or half of `year` (`kind` is a quarter or half token).
fn calendar_part(year: i16, kind: Kind) -> Piece {
    span(match kind {
        Kind::Quarter(n) => part_of_year(year, 3, n),
        Kind::Half(n) => part_of_year(year, 6, n),
        _ => None,
    })
}

/// Part `number` of `year` cut into parts of `months` months: a quarter (3) or a half (6).
fn part_of_year(year: i16, months: i8, number: i8) -> Option<Period> {
    let precision = if months == 3 {
        Precision::Quarter
    } else {
        Precision::Half
    };
    if !(1..=12 / months).contains(&number) {
        return None;
    }
    let first = (number - 1) * months + 1;
    Period::months(year, first, first + months - 1, precision)
}

/// A digit group (`2025-03-14`, `2025/03`, `03/2026`, `14.03.2026`, `2019-2021`) as a date;
/// `None` when it is not one at all (`1.5`, `3/4`), invalid when it holds a year but not a
/// date rolemap can read (`2025-13`, `03/04/2026`, which could be March or April).
fn group(text: &str) -> Option<Piece> {
    let mut numbers: Vec<(&str, char)> = Vec::with_capacity(3);
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find(['-', '/', '.']).unwrap_or(rest.len());
        let joiner = rest[end..].chars().next().unwrap_or(' ');
        numbers.push((&rest[..end], joiner));
        rest = rest.get(end + 1..).unwrap_or_default();
    }
    let value = |i: usize| numbers[i].0.parse::<i16>().unwrap_or(-1);
    let len = |i: usize| numbers[i].0.len();
    let joiners: Vec<char> = numbers
        .iter()
        .map(|n| n.1)
        .take(numbers.len().saturating_sub(1))
        .collect();
    let day = |y: usize, m: usize, d: usize| day_piece(value(y), value(m) as i8, value(d) as i8);
    let month = |y: usize, m: usize| {
        span(Period::months(
            value(y),
            value(m) as i8,
            value(m) as i8,
            Precision::Month,
        ))
    };
    let lengths: Vec<usize> = (0..numbers.len()).map(len).collect();
    let piece = match (lengths.as_slice(), joiners.as_slice()) {
        ([4, 1 | 2, 1 | 2], [a, b]) if a == b => day(0, 1, 2),
        // `2024/25`: a year and the next, as school and fiscal years are written.
        ([4, 2], ['/' | '-']) if value(1) > 12 && value(1) == (value(0) + 1) % 100 => {
            let first = value(0);
            match (
                Period::months(first, 1, 12, Precision::Year),
                Period::months(first + 1, 1, 12, Precision::Year),
            ) {
                (Some(a), Some(b)) => a.through(b).map_or(Piece::Invalid, Piece::Span),
                _ => Piece::Invalid,
            }
        }
        ([4, 1 | 2], _) => month(0, 1),
        ([1 | 2, 4], _) => month(1, 0),
        ([1 | 2, 1 | 2, 4], ['.', '.']) => day(2, 1, 0),
        ([1 | 2, 1 | 2, 4], [a, b]) if a == b => {
            // Day first or month first: readable only when the two agree or one is past 12.
            let (first, second) = (value(0), value(1));
            if first == second || first > 12 {
                day(2, 1, 0)
            } else if second > 12 {
                day(2, 0, 1)
            } else {
                Piece::Invalid
            }
        }
        ([4, 4], ['-' | '/']) => {
            let (first, last) = (value(0), value(1));
            match (
                Period::months(first, 1, 12, Precision::Year),
                Period::months(last, 1, 12, Precision::Year),
            ) {
                (Some(a), Some(b)) => a.through(b).map_or(Piece::Invalid, Piece::Span),
                _ => Piece::Invalid,
            }
        }
        (lengths, _) if lengths.contains(&4) => Piece::Invalid,
        // A year of five or six digits written as a year is (`99999-01`, `10000/12/31`): a
        // date rolemap cannot read, not a number.
        ([5 | 6, 1 | 2], ['-' | '/']) if (1..=12).contains(&value(1)) => Piece::Invalid,
        ([5 | 6, 1 | 2, 1 | 2], ['-', '-'] | ['/', '/']) if (1..=12).contains(&value(1)) => Piece::Invalid,
        _ => return None,
    };
    Some(piece)
}

/// `1/29`, `29/1`: two numbers of one or two digits joined by one slash that make a day of the
/// year one way round or the other, as a [`Piece::NumericDay`]; `None` for others (`13/13`,
/// `1/2024`, `10-14`), and for `24/7` and `7/24`, which say round the clock (`- 24/7: pager
/// coverage for the launch`).
fn numeric_day(text: &str) -> Option<Piece> {
    if matches!(text, "24/7" | "7/24") {
        return None;
    }
    let (first, second) = text.split_once('/')?;
    let number = |digits: &str| {
        ((1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse::<i8>().ok())
            .flatten()
    };
    let (first, second) = (number(first)?, number(second)?);
    (is_day(first, second) || is_day(second, first)).then_some(Piece::NumericDay(first, second))
}

/// A leap year, in which a date without its year is checked (`2/29` is a day).
const LEAP_YEAR: i16 = 2000;

/// Whether `month` and `day` make a day of some year (`2/29` does).
fn is_day(month: i8, day: i8) -> bool {
    Yearless::Day(month, day).in_year(LEAP_YEAR).is_some()
}

/// A [`Piece::NumericDay`] as the day it is: month first (`1/29`, as `3/14/2025` is read) or
/// day first (`29/1`, as `29/01/2025` is) when only one order makes a day, or both agree
/// (`3/3`); else [`Piece::Ambiguous`] (`3/4`), as `03/04/2026` is unclear. Other pieces are
/// themselves.
fn settle(piece: Piece) -> Piece {
    let Piece::NumericDay(a, b) = piece else {
        return piece;
    };
    match (is_day(a, b), is_day(b, a)) {
        (true, false) => Piece::Yearless(Yearless::Day(a, b)),
        (false, true) => Piece::Yearless(Yearless::Day(b, a)),
        (true, true) if a == b => Piece::Yearless(Yearless::Day(a, b)),
        _ => Piece::Ambiguous,
    }
}

/// The range `a/b – c/d` (`3/10 – 3/14`): both ends read in the one order that makes both days
/// (month first there, as `3/14` can only be), or both orders agreeing; when both orders make
/// days, the one that keeps both ends in one month (`3/3 – 3/7` is March 3 to 7, not 3 March to
/// 3 July; `3/3 – 7/3` is 3 to 7 March: a week's heading, written either way round); else
/// ambiguous (`3/4 – 5/6`).
fn numeric_days(a: i8, b: i8, c: i8, d: i8) -> Piece {
    let month_first = Yearless::Days(a, b, c, d);
    let day_first = Yearless::Days(b, a, d, c);
    match (
        month_first.in_year(LEAP_YEAR).is_some(),
        day_first.in_year(LEAP_YEAR).is_some(),
    ) {
        (true, false) => Piece::Yearless(month_first),
        (false, true) => Piece::Yearless(day_first),
        (true, true) if month_first == day_first => Piece::Yearless(month_first),
        (true, true) if a == c && b != d => Piece::Yearless(month_first),
        (true, true) if b == d && a != c => Piece::Yearless(day_first),
        _ => Piece::Ambiguous,
    }
}

/// The range `a/b – c/d/year` (`3/10 – 3/14/2025`): both ends read as [`numeric_days`] reads
/// them without the year, and both in `year`, unless the first would then come after the last
/// (`12/29 – 1/2/2026` starts in 2025, as `Nov–Feb 2025` does); invalid when the order is
/// unclear (`3/4 – 5/6/2025`, as `03/04/2026` is) or a day is none of that year (`2/29`).
fn numeric_days_of_year(a: i8, b: i8, c: i8, d: i8, year: i16) -> Piece {
    match numeric_days(a, b, c, d) {
        Piece::Yearless(days @ Yearless::Days(first_month, first, last_month, last)) => {
            let crosses = (last_month, last) < (first_month, first);
            if crosses && !days_may_cross_the_year(first_month, last_month) {
                return Piece::Invalid;
            }
            span(days.in_year(year - i16::from(crosses)))
        }
        _ => Piece::Invalid,
    }
}

/// Whether a range of days whose first day comes later in the year than its last may run
/// across the year's end, from `first_month` to `last_month` (`Dec 29 – Jan 2`, `Nov 15 – Feb
/// 15`): for at most half a year. Longer, it is two days written the wrong way round (`Mar 14 –
/// Mar 10, 2025`), and unclear.
fn days_may_cross_the_year(first_month: i8, last_month: i8) -> bool {
    (12 - first_month) + last_month <= MAX_CROSSING_MONTHS
}

/// Most months a range of days crossing the year's end runs over (see
/// [`days_may_cross_the_year`]).
const MAX_CROSSING_MONTHS: i8 = 6;

/// Two pieces joined by a dash or `to`, as one range; `None` when they do not make one.
fn join(first: Piece, second: Piece) -> Option<Piece> {
    use Yearless as Y;
    let range = |start: Option<Period>, last: Period| -> Piece {
        start
            .and_then(|start| start.through(last))
            .map_or(Piece::Invalid, Piece::Span)
    };
    Some(match (first, second) {
        (Piece::NumericDay(a, b), Piece::NumericDay(c, d)) => numeric_days(a, b, c, d),
        (Piece::NumericDay(..), _) | (_, Piece::NumericDay(..)) => return join(settle(first), settle(second)),
        (Piece::Invalid, _) | (_, Piece::Invalid) => Piece::Invalid,
        (Piece::Span(first), Piece::Span(last)) => range(Some(first), last),
        (Piece::Span(first), Piece::Present) => Piece::Span(first.onwards()),
        // `Jan–Mar 2025`, `Nov–Feb 2025` (from November 2024), `Q1–Q2 2025`, `Mar 3 – Mar 9, 2025`.
        (Piece::Yearless(start), Piece::Span(last)) => {
            let fits = matches!(
                (start, last.precision),
                (Y::Month(_), Precision::Month)
                    | (Y::Quarter(_), Precision::Quarter)
                    | (Y::Half(_), Precision::Half)
                    | (Y::Day(..), Precision::Day)
            );
            if !fits {
                return None;
            }
            let year = last.start.year();
            let begin = start.in_year(year).filter(|s| s.start <= last.start).or_else(|| {
                // A day written after the last one (`Mar 14 – Mar 10, 2025`) crosses the year
                // only as a short range does.
                let crosses = match start {
                    Y::Day(first_month, _) => days_may_cross_the_year(first_month, last.start.month()),
                    _ => true,
                };
                crosses.then(|| start.in_year(year - 1)).flatten()
            });
            range(begin, last)
        }
        // `Feb 17 – Feb 21`, `Mar 30 – Apr 3`, `Jan – Feb`: no year yet.
        (Piece::Yearless(Y::Day(first_month, first)), Piece::Yearless(Y::Day(last_month, last))) => {
            Piece::Yearless(Y::Days(first_month, first, last_month, last))
        }
        (Piece::Yearless(Y::Month(first)), Piece::Yearless(Y::Month(last))) => Piece::Yearless(Y::Months(first, last)),
        // `Jan 2025 – Mar`: the end in the same year, or the next.
        (Piece::Span(first), Piece::Yearless(end)) if first.precision == Precision::Month => {
            let year = first.start.year();
            let last = end
                .in_year(year)
                .filter(|e| e.start >= first.start)
                .or_else(|| end.in_year(year + 1));
            match (last, end) {
                (Some(last), Y::Month(_)) => range(Some(first), last),
                _ => return None,
            }
        }
        _ => return None,
    })
}

/// A character of a word, for word boundaries: as a regex's Unicode `\w` (letters, marks,
/// decimal digits, connector punctuation).
fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        regex_syntax::is_word_character(c)
    }
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

/// Parses a month: `1`–`12` or a month's name (`7`, `07`, `July`, `jul`), for `--fiscal-start`.
pub fn parse_month(text: &str) -> Result<i8, String> {
    let text = text.trim();
    let month = match text.parse::<i8>() {
        Ok(number) => Some(number).filter(|m| (1..=12).contains(m)),
        Err(_) => match word_kind(text) {
            Kind::Month(month) => Some(month),
            _ => None,
        },
    };
    month.ok_or_else(|| format!("{text:?} is not a month; use 1–12 or a month's name (7, Jul, July)"))
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

    /// How a heading reads, as the JSON `date` shows it (`?` when unclear, `-` when undated).
    fn shown_with(text: &str, fiscal_start: i8) -> String {
        match heading_date(text, DateSettings { fiscal_start }) {
            Some(DateRead::Period(period)) => period.to_string(),
            Some(DateRead::Yearless(yearless)) => format!("{yearless:?}"),
            Some(DateRead::Unclear) => "?".to_string(),
            None => "-".to_string(),
        }
    }

    fn shown(text: &str) -> String {
        shown_with(text, 1)
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
        assert_eq!(
            heading_date("Q5 2025", DateSettings::default()),
            Some(DateRead::Unclear)
        );
        assert_eq!(
            heading_date("FY26 Q7", DateSettings::default()),
            Some(DateRead::Unclear)
        );
        assert_eq!(heading_date("Highlights", DateSettings::default()), None);
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

    // One test per form of the table in issue 11 (and README's "The dates people write").

    #[test]
    fn a_day_written_three_ways() {
        for text in [
            "Mar 3, 2026",
            "3 March 2026",
            "2026-03-03",
            "March 3rd, 2026",
            "3rd Mar. 2026",
            "2026/03/03",
        ] {
            assert_eq!(shown(text), "2026-03-03", "{text}");
        }
        assert_eq!(shown("Oct 15 2024"), "2024-10-15");
        assert_eq!(shown("14.03.2026"), "2026-03-14");
        // Oracle's and Jira's: a month's name joined by one dash or slash, two-digit years too.
        for text in ["03-Mar-2026", "3-Mar-2026", "03/Mar/26", "3-MAR-26", "3/March/2026"] {
            assert_eq!(shown(text), "2026-03-03", "{text}");
        }
        assert_eq!(shown("3-Mar-2026 to 9-Mar-2026"), "2026-03-03/2026-03-09");
        assert_eq!(shown("31-Feb-2026"), "?");
    }

    #[test]
    fn a_weekday_may_lead_a_day() {
        let line = |text: &str| date_line(text, DateSettings::default());
        let day = |y, m, d| Some(DateRead::Period(Period::day(date(y, m, d))));
        assert_eq!(line("Monday, April 7, 2025"), day(2025, 4, 7));
        assert_eq!(line("Tue, Apr 8, 2025"), day(2025, 4, 8));
        assert_eq!(line("tues. 2025-04-08"), day(2025, 4, 8));
        assert_eq!(line("Wed 9 April 2025"), day(2025, 4, 9));
        // Before a month, a year or another word it leads no date; nor joined to the date.
        assert_eq!(line("Monday, April 2025"), None);
        assert_eq!(line("Monday2025-04-07"), None);
        assert_eq!(line("Sunday"), None);
        let leading = |text| leading_date(text, DateSettings::default());
        assert_eq!(
            leading("Monday, April 7, 2025: Ran calibration"),
            Some((Period::day(date(2025, 4, 7)), "Ran calibration"))
        );
        assert_eq!(
            leading("Tue 2025-04-08 - Wrote the PRD"),
            Some((Period::day(date(2025, 4, 8)), "Wrote the PRD"))
        );
        assert_eq!(leading("Sat down with the PM: agreed on scope"), None);
        assert_eq!(leading("Friday: demo"), None);
        assert!(may_start_date("Thursday, May 1, 2025"));
        assert!(!may_start_date("Thoroughly reviewed"));
    }

    #[test]
    fn numeric_days_without_their_year_are_month_first_when_only_that_makes_a_day() {
        let settings = DateSettings::default();
        // Month first only, day first only, or the same either way round.
        assert_eq!(shown("1/29"), "Day(1, 29)");
        assert_eq!(shown("29/1"), "Day(1, 29)");
        assert_eq!(shown("3/3"), "Day(3, 3)");
        // Either way round a day, as `03/04/2026` is with its year: unclear.
        assert_eq!(shown("3/4"), "?");
        // A range's other end tells the order: `3/14` is only March 14.
        assert_eq!(shown("3/10 – 3/14"), "Days(3, 10, 3, 14)");
        assert_eq!(shown("10/3 - 14/3"), "Days(3, 10, 3, 14)");
        // Both orders make days: the one keeping both ends in one month, else unclear.
        assert_eq!(shown("3/3 – 3/7"), "Days(3, 3, 3, 7)");
        assert_eq!(shown("3/3 – 7/3"), "Days(3, 3, 3, 7)");
        assert_eq!(shown("3/4 – 5/6"), "?");
        // Among words such numbers are no date (a fraction, a score, 24/7), nor unclear.
        assert_eq!(shown("Split 1/2 of the team"), "-");
        assert_eq!(shown("On call 24/7"), "-");
        assert_eq!(shown("13/13"), "-");
        assert_eq!(leading_yearless("24/7: pager coverage", settings), None);
        assert_eq!(leading_yearless("7/24 - support", settings), None);
        // Leading a line before a colon or a spaced dash, as `Oct 2: …` does.
        assert_eq!(
            leading_yearless("1/29: Ran the review", settings),
            Some((Yearless::Day(1, 29), "Ran the review"))
        );
        assert_eq!(leading_yearless("1/29 Ran the review", settings), None);
        assert_eq!(
            leading_read("3/4: Ran the review", settings),
            Some((DateRead::Unclear, "Ran the review"))
        );
        assert_eq!(leading_read("3/4 of the team moved", settings), None);
        assert_eq!(leading_read("1/29: Ran the review", settings), None);
    }

    #[test]
    fn one_weekday_leads_a_day_and_a_line_of_them_is_no_date() {
        let settings = DateSettings::default();
        assert!(leading_yearless("Wed Mar 12: ran it", settings).is_some());
        assert!(leading_yearless("Wed Wed Mar 12: ran it", settings).is_none());
        assert!(leading_read("Wed Wed Mar 12, 2025: ran it", settings).is_none());
        // As deep as the line is long, each weekday read apart would overflow the stack.
        let hostile = format!("{}Mar 12: ran it", "Wed ".repeat(30_000));
        assert!(leading_yearless(&hostile, settings).is_none());
        assert!(leading_read(&hostile, settings).is_none());
    }

    #[test]
    fn a_range_of_numeric_days_may_give_its_year_on_the_far_end_only() {
        let settings = DateSettings::default();
        // Both ends take the far end's year, in the order that the two ends tell together.
        assert_eq!(shown("3/10 – 3/14/2025"), "2025-03-10/2025-03-14");
        assert_eq!(shown("10/3 - 14/3/2025"), "2025-03-10/2025-03-14");
        assert_eq!(shown("3/3 – 3/7/2025"), "2025-03-03/2025-03-07");
        assert_eq!(shown("3/3 to 7/3/2025"), "2025-03-03/2025-03-07");
        // A first end after the last starts the year before, as `Nov–Feb 2025` does.
        assert_eq!(shown("12/29 – 1/2/2026"), "2025-12-29/2026-01-02");
        assert_eq!(shown("11/15 – 2/15/2026"), "2025-11-15/2026-02-15");
        assert_eq!(shown("Nov 15 – Feb 15, 2026"), "2025-11-15/2026-02-15");
        // Over more than half a year it is two days the wrong way round: unclear.
        assert_eq!(shown("3/14 – 3/10/2025"), "?");
        assert_eq!(shown("Mar 14 – Mar 10, 2025"), "?");
        // Either way round, or no day of that year: unclear.
        assert_eq!(shown("3/4 – 5/6/2025"), "?");
        assert_eq!(shown("2/28 – 2/29/2025"), "?");
        assert_eq!(shown("2/28 – 2/29/2024"), "2024-02-28/2024-02-29");
        assert_eq!(
            leading_read("3/10 – 3/14/2025: wrote the PRD", settings),
            Some((
                DateRead::Period(Period::span(date(2025, 3, 10), date(2025, 3, 14), Precision::Days)),
                "wrote the PRD"
            ))
        );
        assert_eq!(
            leading_read("3/4 – 5/6/2025: wrote the PRD", settings),
            Some((DateRead::Unclear, "wrote the PRD"))
        );
    }

    #[test]
    fn a_week_ending_on_a_day_is_the_seven_days_to_it() {
        assert_eq!(shown("Week ending 3/14/2025"), "2025-03-08/2025-03-14");
        assert_eq!(shown("Week ending Mar 14, 2025"), "2025-03-08/2025-03-14");
        assert_eq!(shown("Week ending 3/14"), "WeekEnding(3, 14)");
        assert_eq!(
            Yearless::WeekEnding(1, 3)
                .in_year(2025)
                .map(|p| p.to_string())
                .as_deref(),
            Some("2024-12-28/2025-01-03")
        );
        assert_eq!(shown("Week ending 3/4"), "?");
        assert_eq!(shown("Week ending soon"), "-");
    }

    #[test]
    fn a_half_or_quarter_may_be_written_number_first() {
        assert_eq!(shown("1H 2025"), "2025-H1");
        assert_eq!(shown("2h 2025"), "2025-H2");
        assert_eq!(shown("3Q 2025"), "2025-Q3");
        assert_eq!(shown("1H"), "Half(1)");
        assert_eq!(shown("5Q 2025"), "2025");
        assert_eq!(shown("3H 2025"), "2025");
    }

    #[test]
    fn a_period_in_brackets_in_a_heading_dates_it() {
        assert_eq!(shown(" Q2 (Apr–Jun)"), "Quarter(2)");
        assert_eq!(shown("Sprint 14 (Mar 3 – Mar 14)"), "Days(3, 3, 3, 14)");
        assert_eq!(shown("Sprint 14 (Mar 3–14)"), "Days(3, 3, 3, 14)");
        assert_eq!(shown("H1 (Jan–Jun) 2025"), "2025-H1");
        assert_eq!(shown("2025 (Q2)"), "2025-Q2");
        assert_eq!(shown("Q3 2025 (Jul 7 – Sep 26)"), "2025-07-07/2025-09-26");
        assert_eq!(shown("Launch review (March 2025)"), "2025-03");
        // Brackets without their year that cross its end start in the rest's year.
        assert_eq!(shown("2025 (Dec 29 – Jan 2)"), "2025-12-29/2026-01-02");
        assert_eq!(shown("2026 (Dec 29 – Jan 2)"), "2026-12-29/2027-01-02");
        assert_eq!(shown("2025 (Week of Dec 29)"), "2025-12-29/2026-01-04");
        assert_eq!(shown("Q4 (Dec 29 – Jan 2)"), "Days(12, 29, 1, 2)");
        assert_eq!(shown("Q3 2025 (Dec 29 – Jan 2)"), "?");
        assert_eq!(shown("Q2 2025 (Jun 30 – Jul 4)"), "?");
        // Brackets that disagree with the rest, or hold an impossible date, are unclear.
        assert_eq!(shown("Q2 (Jan–Mar)"), "?");
        assert_eq!(shown("Sprint 14 (Mar 3 – Mar 34)"), "?");
        // Brackets with no date, or a rest with a date among words, read as before.
        assert_eq!(shown("Q2 (draft)"), "-");
        assert_eq!(shown("2025 (draft)"), "2025");
        assert_eq!(shown("Planning for Q3 2025 (Jul–Sep)"), "2025-Q3");
        assert_eq!(shown("Sprint 14 (two weeks)"), "-");
    }

    #[test]
    fn a_weekday_may_lead_a_day_without_its_year_in_a_heading_or_date_line() {
        for heading in [
            " Mon 10 March",
            "Monday, March 10",
            "mon. march 10th",
            "Mon, 10th March",
        ] {
            assert_eq!(shown(heading), "Day(3, 10)", "{heading}");
        }
        assert_eq!(shown("Monday, March 10, 2025"), "2025-03-10");
        let line = |text: &str| date_line(text, DateSettings::default());
        assert_eq!(
            line("Wednesday, March 12th"),
            Some(DateRead::Yearless(Yearless::Day(3, 12)))
        );
        assert_eq!(line("Wed 12 Mar"), Some(DateRead::Yearless(Yearless::Day(3, 12))));
        // Before a month, a quarter or other words it still leads no date.
        for text in ["Monday, March", "Mon Q1", "Monday standup", "Monday, March 10 retro"] {
            assert_eq!(shown(text), "-", "{text}");
            assert_eq!(line(text), None, "{text}");
        }
        // Not checked against the day: 2025-03-10 was a Monday, not a Friday.
        assert_eq!(shown("Fri 10 March"), "Day(3, 10)");
    }

    #[test]
    fn a_month_s_name_joined_by_a_hyphen_to_its_day_or_year() {
        let settings = DateSettings::default();
        // The year first (`2025-Mar-14`), last (`Mar-2025`) or as `'25` (`14-Mar-'25`).
        for text in ["2025-Mar-14", "2025/Mar/14", "14-Mar-'25", "14/Mar/’25", "14-Mar 2025"] {
            assert_eq!(shown(text), "2025-03-14", "{text}");
        }
        for text in ["Mar-2025", "2025-Mar", "March/2025", "Mar-'25", "MAR/2025", "2025-MAR"] {
            assert_eq!(shown(text), "2025-03", "{text}");
        }
        // In capitals and by a hyphen, a tracker's ticket key: the number is no year.
        assert_eq!(shown("MAR-2025"), "2025");
        assert_eq!(leading_read("MAR-2025: fixed the login bug", settings), None);
        assert_eq!(shown("14-MAR-2025"), "2025-03-14");
        assert_eq!(shown("Jan-2025 – Mar-2025"), "2025-Q1");
        assert_eq!(shown("2025-Feb-30"), "?");
        // An en dash marks a range, not a joined year (`Jan–2025` names the year, as before);
        // a word joined on makes no date.
        assert_eq!(shown("Jan–2025"), "2025");
        assert_eq!(shown("14-Mar-ish"), "-");
        // Without its year, `14-Mar` is `14 Mar`, leading a line as it would.
        assert_eq!(shown("14-Mar"), "Day(3, 14)");
        assert_eq!(
            leading_yearless("14-Mar: ran the pricing review", settings),
            Some((Yearless::Day(3, 14), "ran the pricing review"))
        );
        assert_eq!(
            leading_yearless("14-Mar – 2-Apr: on-call", settings),
            Some((Yearless::Days(3, 14, 4, 2), "on-call"))
        );
        for (text, day, rest) in [
            ("2025-Mar-14: ran it", "2025-03-14", "ran it"),
            ("2025-Mar-14 Ran it", "2025-03-14", "Ran it"),
            ("Mar-2025: ran it", "2025-03", "ran it"),
            ("14-Mar-'25 - ran it", "2025-03-14", "ran it"),
        ] {
            let (period, after) = leading_date(text, settings).expect(text);
            assert_eq!((period.to_string().as_str(), after), (day, rest), "{text}");
        }
    }

    #[test]
    fn an_unreadable_date_leading_a_line_is_unclear() {
        let settings = DateSettings::default();
        for (text, rest) in [
            ("31-Feb-2026: ran the review", "ran the review"),
            ("2025-13 - ran the review", "ran the review"),
            ("03/04/2026 ran the review", "ran the review"),
            ("[2025-02-30] ran the review", "ran the review"),
        ] {
            assert_eq!(leading_read(text, settings), Some((DateRead::Unclear, rest)), "{text}");
            assert_eq!(leading_date(text, settings), None, "{text}");
        }
        // A month or quarter needs its separator, valid or not, and so do two numbers that
        // make no date (a version, a count).
        assert_eq!(leading_read("Q5 2025 plans", settings), None);
        assert_eq!(leading_read("2025-1234 tickets closed", settings), None);
        assert_eq!(leading_read("2023.13 release", settings), None);
    }

    #[test]
    fn a_month_written_four_ways() {
        for text in ["03/2026", "2026/03", "Mar 2026", "3/2026", "March, 2026", "2026-3"] {
            assert_eq!(shown(text), "2026-03", "{text}");
        }
        assert_eq!(shown("Nov '25"), "2025-11");
        assert_eq!(shown("Nov ’25"), "2025-11");
        assert_eq!(shown("Dec '99"), "1999-12");
    }

    #[test]
    fn a_range_that_is_exactly_a_quarter_or_half_is_that_period() {
        for text in [
            "Jan–Mar 2025",
            "Jan - Mar 2025",
            "2025 – Q1",
            "Q1 2025",
            "January to March 2025",
            "Jan 2025 – Mar 2025",
        ] {
            assert_eq!(shown(text), "2025-Q1", "{text}");
        }
        for text in ["2025 – H2", "H2 2025", "Jul–Dec 2025", "Q3–Q4 2025"] {
            assert_eq!(shown(text), "2025-H2", "{text}");
        }
        assert_eq!(shown("Jan–Dec 2025"), "2025");
        assert_eq!(shown("Mar–Mar 2025"), "2025-03");
    }

    #[test]
    fn other_ranges_are_iso_8601_intervals() {
        assert_eq!(shown("Jan–May 2025"), "2025-01/2025-05");
        assert_eq!(shown("Nov–Feb 2025"), "2024-11/2025-02");
        assert_eq!(shown("Nov 2024 – Feb 2025"), "2024-11/2025-02");
        assert_eq!(shown("Week of 2025-03-10"), "2025-03-10/2025-03-16");
        assert_eq!(shown("week of Mar 10, 2025"), "2025-03-10/2025-03-16");
        // ISO weeks, Monday to Sunday: week 1 may start in the year before.
        assert_eq!(shown("2025-W12"), "2025-03-17/2025-03-23");
        assert_eq!(shown("2025 w12"), "2025-03-17/2025-03-23");
        assert_eq!(shown("W1 2026"), "2025-12-29/2026-01-04");
        assert_eq!(shown("2026-W53"), "2026-12-28/2027-01-03");
        assert_eq!(shown("2025-W53"), "?");
        assert_eq!(shown("W0 2025"), "?");
        assert_eq!(shown("W2 forms"), "-");
        assert_eq!(shown("W10–W12 2025"), "2025-03-03/2025-03-23");
        assert_eq!(shown("2025W12"), "2025-03-17/2025-03-23");
        // A week date: the week's third day.
        assert_eq!(shown("2025-W12-3"), "2025-03-19");
        assert_eq!(shown("2025-W01-7"), "2025-01-05");
        assert_eq!(shown("2025W12-3"), "2025-03-19");
        // ISO writes a week date with hyphens only: `/3` is no day of it.
        assert_eq!(shown("2025-W12/3"), "2025-03-17/2025-03-23");
        assert_eq!(shown("2025-W53-1"), "?");
        // `-8` is no weekday: the week, and 8 is the text's.
        assert_eq!(shown("2025-W12-8"), "2025-03-17/2025-03-23");
        assert_eq!(shown("2025w53"), "?");
        assert_eq!(shown("W10 to W12, 2025"), "2025-03-03/2025-03-23");
        assert_eq!(shown("2024-W52 – 2025-W02"), "2024-12-23/2025-01-12");
        // A leading week needs its separator, as a quarter does.
        assert_eq!(
            leading_date("W2 2025 payroll export shipped", DateSettings::default()),
            None
        );
        assert!(leading_date("2025-W12: wrote the PRD", DateSettings::default()).is_some());
        // A week date is a day: like `2025-03-19 Wrote the PRD`, it needs no separator.
        for written in ["2025-W12-3 Wrote the PRD", "2025W12-3 Wrote the PRD"] {
            let (read, rest) = leading_date(written, DateSettings::default()).expect(written);
            assert_eq!((read, rest), (Period::day(date(2025, 3, 19)), "Wrote the PRD"));
        }
        assert_eq!(shown("2025-03-10 to 2025-03-21"), "2025-03-10/2025-03-21");
        assert_eq!(shown("Mar 10 – Mar 21, 2025"), "2025-03-10/2025-03-21");
        // Days of one month, its name once: a week's heading as people write it.
        for written in [
            "Mar 10-14, 2025",
            "March 10 – 14, 2025",
            "Mar 10th-14th 2025",
            "Mar. 10 to 14, 2025",
            "10-14 Mar 2025",
            "10–14 March 2025",
            "10th to 14th Mar. 2025",
        ] {
            assert_eq!(shown(written), "2025-03-10/2025-03-14", "{written}");
        }
        assert_eq!(shown("Mar 14-10, 2025"), "?");
        assert_eq!(shown("Feb 27-30, 2025"), "?");
        // Without a year such a range is read whole, for its heading's year to complete.
        assert_eq!(shown("Mar 10-14"), "Days(3, 10, 3, 14)");
        assert_eq!(shown("Feb 17 – Feb 21"), "Days(2, 17, 2, 21)");
        assert_eq!(shown("Mar 30 – Apr 3"), "Days(3, 30, 4, 3)");
        assert_eq!(shown("Jan–Feb"), "Months(1, 2)");
        assert_eq!(shown("Week of Mar 3"), "Week(3, 3)");
        assert_eq!(shown("Mar 14-10"), "?");
        assert_eq!(
            leading_date("10-14 Mar 2025: ran the offsite", DateSettings::default()),
            Some((
                Period::new(date(2025, 3, 10), date(2025, 3, 14), Precision::Days),
                "ran the offsite"
            ))
        );
        // A number after a day is the text's when no year follows it.
        assert_eq!(
            leading_date("2025-03-10 - 14 people hired", DateSettings::default()),
            Some((Period::day(date(2025, 3, 10)), "14 people hired"))
        );
        assert_eq!(shown("2019–2021"), "2019/2021");
        assert_eq!(shown("2024/25 goals"), "2024/2025");
        assert_eq!(shown("2011-12"), "2011-12");
        assert_eq!(shown("2019-2021"), "2019/2021");
        assert_eq!(shown("2019 – Mar 2021"), "2019-01/2021-03");
        assert_eq!(shown("03/2021 – 05/2023"), "2021-03/2023-05");
        // LaTeX's dashes, as a resume's source pastes them: two or three hyphens are one dash.
        assert_eq!(shown("Jan 2020 -- Mar 2022"), "2020-01/2022-03");
        assert_eq!(shown("2019 --- 2021"), "2019/2021");
        assert_eq!(shown("Jan -- Mar 2025"), "2025-Q1");
        assert_eq!(shown("Mar 10--14, 2025"), "2025-03-10/2025-03-14");
        assert_eq!(shown("2025-03-10--2025-03-14"), "2025-03-10/2025-03-14");
    }

    #[test]
    fn an_open_range_runs_to_the_present() {
        assert_eq!(shown("Jan 2021 – Present"), "2021-01/..");
        assert_eq!(shown("March 2022 – present"), "2022-03/..");
        assert_eq!(shown("2019 – now"), "2019/..");
        assert_eq!(shown("Jan 2022 -- Present"), "2022-01/..");
        assert_eq!(shown("2024-10-01 to date"), "2024-10-01/..");
        let open = heading_period("2021 – Present").expect("open range");
        assert!(open.is_open());
        assert!(open.overlaps(&Period::day(date(2030, 1, 1))));
        assert!(!open.overlaps(&Period::day(date(2020, 12, 31))));
    }

    #[test]
    fn fiscal_quarters_are_the_calendar_months_they_cover() {
        assert_eq!(shown("FY26 Q1"), "2026-Q1");
        assert_eq!(shown_with("FY26 Q1", 7), "2025-07/2025-09");
        assert_eq!(shown_with("Q1 FY26", 7), "2025-07/2025-09");
        assert_eq!(shown_with("FY2026-Q3", 7), "2026-01/2026-03");
        assert_eq!(shown_with("FY26", 7), "2025-07/2026-06");
        assert_eq!(shown_with("FY 26 H2", 7), "2026-01/2026-06");
        assert_eq!(shown_with("FY26 Q1", 4), "2025-04/2025-06");
        assert_eq!(shown("Q2 FY2025"), "2025-Q2");
        assert_eq!(shown("FY26"), "2026");
    }

    #[test]
    fn dates_that_look_like_dates_but_are_not_read_are_unclear() {
        for text in [
            "2025-13",
            "03/04/2026",
            "Feb 30, 2025",
            "Mar 33, 2026",
            "2025-03-2026",
            "Mar 2025 Q2",
            "2019-21",
        ] {
            assert_eq!(shown(text), "?", "{text}");
        }
        // A day past 12 tells the order.
        assert_eq!(shown("03/15/2026"), "2026-03-15");
        assert_eq!(shown("15/03/2026"), "2026-03-15");
        // Numbers that are not dates are not unclear.
        assert_eq!(shown("Top 10 wins"), "-");
        assert_eq!(shown("v1.5 release"), "-");
    }

    #[test]
    fn a_heading_of_only_a_yearless_date_takes_its_year_later() {
        assert_eq!(shown("Q1"), "Quarter(1)");
        assert_eq!(shown("March:"), "Month(3)");
        assert_eq!(shown("Mar 3"), "Day(3, 3)");
        assert_eq!(
            Yearless::Half(2).in_year(2025).map(|p| p.to_string()).as_deref(),
            Some("2025-H2")
        );
        assert_eq!(Yearless::Day(2, 30).in_year(2025), None);
        // Inside other words a yearless date says nothing.
        assert_eq!(shown("Q1 goals"), "-");
        assert_eq!(shown("May update"), "-");
    }

    #[test]
    fn date_lines_are_lines_of_nothing_but_a_date() {
        let settings = DateSettings::default();
        let read = |text: &str| date_line(text, settings);
        for text in ["2024-10", "(2021–2025)", "March 2022 – Present", "Q3 2025:", "FY26 Q1"] {
            assert!(matches!(read(text), Some(DateRead::Period(_))), "{text}");
        }
        for text in [
            "2024-10 shipped",
            "Wrote the PRD",
            "12 support agents",
            "Present",
            "",
            "2024 roadmap",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
        assert_eq!(read("2025-13"), Some(DateRead::Unclear));
    }

    #[test]
    fn a_year_of_five_digits_written_as_one_is_a_date_that_cannot_be_read() {
        let settings = DateSettings::default();
        for text in ["99999-01", "10000/12", "99999-12-31", "123456/01/02"] {
            assert_eq!(heading_date(text, settings), Some(DateRead::Unclear), "{text}");
        }
        // Numbers that are no year-and-month stay numbers.
        for text in ["99999-13", "12345.1", "10000-20 users", "99999"] {
            assert_eq!(heading_date(text, settings), None, "{text}");
        }
    }

    #[test]
    fn leading_dates_are_split_from_the_text() {
        let settings = DateSettings::default();
        for text in [
            "2025-03-14: shipped it",
            "2025-03-14 - shipped it",
            "2025-03-14 – shipped it",
            "[2025-03-14] shipped it",
            "2025-03-14 shipped it",
            "Mar 14, 2025: shipped it",
            "Mar 14 2025 shipped it",
            "14 March 2025 shipped it",
        ] {
            let (period, rest) = leading_date(text, settings).expect(text);
            assert_eq!(period.start, date(2025, 3, 14), "{text}");
            assert_eq!(rest, "shipped it", "{text}");
        }
        // A dash joined to the text is the text's.
        let (_, rest) = leading_date("2025-03-14: --verbose flag shipped", settings).expect("day");
        assert_eq!(rest, "--verbose flag shipped");
        let (period, rest) = leading_date("Q3 2025: ran the program", settings).expect("quarter");
        assert_eq!((period.to_string().as_str(), rest), ("2025-Q3", "ran the program"));
        let (period, _) = leading_date("2024-10 Wrote the plan", settings).expect("numeric month");
        assert_eq!(period.to_string(), "2024-10");
        for text in [
            "Shipped 2025-03-14: late",
            "2024 roadmap review",
            "March 2025 launch of search",
            "12 support agents",
            "2025-03-14",
            "Q3: shipped",
        ] {
            assert_eq!(leading_date(text, settings), None, "{text}");
        }
    }

    #[test]
    fn days_without_their_year_lead_a_line_only_before_a_colon_or_spaced_dash() {
        let settings = DateSettings::default();
        for (text, yearless, rest) in [
            ("Oct 2: hired", Yearless::Day(10, 2), "hired"),
            ("14 March – wrote it", Yearless::Day(3, 14), "wrote it"),
            ("[Nov 3] ran it", Yearless::Day(11, 3), "ran it"),
            ("[Nov 3]: ran it", Yearless::Day(11, 3), "ran it"),
            ("Oct 2 -- ran it", Yearless::Day(10, 2), "ran it"),
            ("Oct 2—ran it", Yearless::Day(10, 2), "ran it"),
            ("14 Mar.: ran it", Yearless::Day(3, 14), "ran it"),
            ("Oct 2: -5% churn", Yearless::Day(10, 2), "-5% churn"),
            ("Q3 - shipped", Yearless::Quarter(3), "shipped"),
            ("H2: shipped", Yearless::Half(2), "shipped"),
            // A range of days is read whole.
            (
                "Mar 3 - Apr 5: ran the program",
                Yearless::Days(3, 3, 4, 5),
                "ran the program",
            ),
            ("31 Dec – 2 Jan: on-call", Yearless::Days(12, 31, 1, 2), "on-call"),
            ("Feb 17-21: offsite", Yearless::Days(2, 17, 2, 21), "offsite"),
        ] {
            assert_eq!(leading_yearless(text, settings), Some((yearless, rest)), "{text}");
        }
        for text in [
            "May 5 engineers joined",
            "March madness",
            "Oct 2025: done",
            "2 pizzas: fed",
            "[x] done",
            // A month alone may be a person; a hyphen may join words; a range is read whole or
            // not at all.
            "May: wants to grow",
            "June - promoted",
            "Q4-planning: drove the roadmap",
            "Q2 -> Q3 migration",
            "Oct 2:30pm sync",
            "Jan-Feb: ran interviews",
            "Q3 - Q4: led the migration",
        ] {
            assert_eq!(leading_yearless(text, settings), None, "{text}");
        }
        // A weekday may lead a day, not checked against it; not a range or other date.
        for (text, rest) in [
            ("Wed Mar 12: ran the hiring debrief", "ran the hiring debrief"),
            ("Wednesday, March 12: ran it", "ran it"),
            ("wed. 12 March – ran it", "ran it"),
            ("Fri Mar 12th - ran it", "ran it"),
        ] {
            assert_eq!(
                leading_yearless(text, settings),
                Some((Yearless::Day(3, 12), rest)),
                "{text}"
            );
        }
        for text in [
            "Wed Mar: ran it",
            "Wed Q1: ran it",
            "Wed Mar 12 – Mar 14: ran it",
            "Sat down with the PM: agreed",
            "Wed Mar 12 ran it",
        ] {
            assert_eq!(leading_yearless(text, settings), None, "{text}");
        }
        // Fiscal quarters are not calendar ones: not read without their year.
        assert_eq!(leading_yearless("Q1: led it", DateSettings { fiscal_start: 7 }), None);
        // A heading of only a day-first date lacks its year as `Mar 3` does.
        assert_eq!(
            heading_date("14 March", settings),
            Some(DateRead::Yearless(Yearless::Day(3, 14)))
        );
    }

    #[test]
    fn a_bracketed_date_may_end_a_line() {
        let settings = DateSettings::default();
        let read = |text| trailing_date(text, settings).map(|(p, before, after)| (p.to_string(), before, after));
        assert_eq!(
            read("Shipped search (Dec 2025)."),
            Some(("2025-12".to_string(), "Shipped search", "."))
        );
        assert_eq!(
            read("Led it — [2019–2021]"),
            Some(("2019/2021".to_string(), "Led it", ""))
        );
        assert_eq!(read("Ran it (Q3 2025),"), Some(("2025-Q3".to_string(), "Ran it", "")));
        for text in [
            "Wrote the PRD (v2)",
            "(Dec 2025)",
            "Shipped (in Dec 2025)",
            "Ran it (see 2025-13)",
            "costs)",
            // Numbers alone name versions as often as years.
            "Upgraded to Windows Server (2022)",
            "Migrated the client to Unity (2022.3)",
            "Bumped the SDK (2023.10.1)",
            "Led the migration (phase 2 (2024))",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn a_date_after_a_dash_may_end_a_line() {
        let settings = DateSettings::default();
        let read = |text| dash_date(text, settings).map(|(p, before, after)| (p.to_string(), before, after));
        for (text, period, before, after) in [
            (
                "Shipped the billing migration — Mar 2025",
                "2025-03",
                "Shipped the billing migration",
                "",
            ),
            (
                "Shipped the billing migration – Mar 2025.",
                "2025-03",
                "Shipped the billing migration",
                ".",
            ),
            (
                "Shipped the billing migration - Mar 2025",
                "2025-03",
                "Shipped the billing migration",
                "",
            ),
            (
                "Shipped the billing migration -- Q3 2025",
                "2025-Q3",
                "Shipped the billing migration",
                "",
            ),
            ("Shipped it, — Q3 2025", "2025-Q3", "Shipped it", ""),
            ("Shipped it—Mar 3, 2025", "2025-03-03", "Shipped it", ""),
            ("Shipped it — 2025-03-14!", "2025-03-14", "Shipped it", "!"),
            ("Ran the pilot — Jan – Mar 2025", "2025-Q1", "Ran the pilot", ""),
            ("Ran the pilot — H2 2025", "2025-H2", "Ran the pilot", ""),
            ("Ran the pilot — Q1 FY26", "2026-Q1", "Ran the pilot", ""),
        ] {
            assert_eq!(read(text), Some((period.to_string(), before, after)), "{text}");
        }
        for text in [
            // A year alone names a version, an edition or a plan as often.
            "Upgraded to Office — 2019",
            "Drafted the roadmap – 2026",
            "Ran the pilot — 2019–2021",
            "Ran the pilot — FY26",
            // A range to the present is a job's dates.
            "Engineering Manager, Acme — Jan 2021 – Present",
            "Migrated the client — 2024.3",
            // No dash before it, or one inside a range, or a hyphen joining words.
            "Planned the work Jan – Mar 2025",
            "Led it 2024–Mar 2025",
            "Met Acme-Mar 2025",
            "Shipped it — Mar 12",
            "— Mar 2025",
            "Shipped it — Mar 2025 and more",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn a_date_with_another_in_brackets_is_told() {
        let settings = DateSettings::default();
        for line in ["2025 (Dec 29 – Jan 2)", "Q3 2025 (Jul 7 – Sep 26)", "2025 (Q2)"] {
            assert!(date_with_bracketed_date(line, settings), "{line}");
        }
        for line in [
            "Q1 2025",
            "Acme Corp (2019–2021)",
            "Sprint 14 (Mar 3 – Mar 14)",
            "Jan 2021 – Present (4 yrs 2 mos)",
        ] {
            assert!(!date_with_bracketed_date(line, settings), "{line}");
        }
    }

    #[test]
    fn a_feb_29_its_year_lacks_is_named() {
        for text in [
            "Feb 29, 2025",
            "29 Feb 2025",
            "February 29th, 2025",
            "2025-Feb-29",
            "29-Feb-2025",
            "2025-02-29",
            "02/29/2025",
            "29/02/2025",
            "29.02.2025",
            "Feb 28 – Feb 29, 2025",
        ] {
            assert_eq!(missing_leap_day(text), Some(2025), "{text}");
        }
        for text in [
            "Feb 29, 2024",
            "Feb 29",
            "Feb 30, 2025",
            "2025-02-30",
            "Mar 29, 2025",
            "2025-29-02",
        ] {
            assert_eq!(missing_leap_day(text), None, "{text}");
        }
        // A long text is no date: not read (each Feb 29 would look through all its words).
        assert_eq!(missing_leap_day(&"Feb 29 ".repeat(10_000)), None);
        assert!(Yearless::Day(2, 29).names_leap_day());
        assert!(Yearless::Days(2, 27, 2, 29).names_leap_day());
        assert!(!Yearless::Day(2, 28).names_leap_day());
        assert!(!Yearless::Month(2).names_leap_day());
    }

    #[test]
    fn date_segments_are_whole_parts_of_a_line() {
        let settings = DateSettings::default();
        let segments = |line: &str| -> Vec<String> {
            date_segments(line, settings)
                .into_iter()
                .map(|(range, _)| line[range].to_string())
                .collect()
        };
        assert_eq!(
            segments("Senior Engineering Manager, Acme Corp — Jan 2021 – Present"),
            ["Jan 2021 – Present"]
        );
        assert_eq!(segments("Acme Corp | Berlin | 2019–2021"), ["2019–2021"]);
        assert_eq!(segments("Staff Engineer, Acme Payments (2021–2025)"), ["2021–2025"]);
        assert_eq!(segments("March 2022 – Present"), ["March 2022 – Present"]);
        assert!(segments("cut costs from 2019 to 2021 by a third").is_empty());
        assert!(segments("Acme Corp · Berlin").is_empty());
        // Word sets right-aligned dates apart with tabs, or with a run of spaces.
        assert_eq!(
            segments("Engineering Manager, Acme\t\tJan 2021 – Present"),
            ["Jan 2021 – Present"]
        );
        assert_eq!(segments("Product Manager, Beta     2018 – 2020"), ["2018 – 2020"]);
        assert!(segments("cut costs from 2019 to 2021 by\ta third").is_empty());
    }

    #[test]
    fn a_range_may_end_a_line_after_a_space() {
        let settings = DateSettings::default();
        let read = |line: &str| {
            trailing_range(line, settings).map(|(start, p)| (line[start..].trim_end().to_string(), p.to_string()))
        };
        for (line, dates, period) in [
            ("Acme Corp June 2020 – Present", "June 2020 – Present", "2020-06/.."),
            ("Acme Corp Jun. 2020 -- Present", "Jun. 2020 -- Present", "2020-06/.."),
            ("Acme Corp 06/2020 - Present", "06/2020 - Present", "2020-06/.."),
            ("Initech 2017 – 2020", "2017 – 2020", "2017/2020"),
            ("Initech 2017-2020", "2017-2020", "2017/2020"),
            (
                "Acme Inc. Jan 2017 – May 2020  ",
                "Jan 2017 – May 2020",
                "2017-01/2020-05",
            ),
            // A range that is exactly a quarter is still a range when written as one.
            ("Intern, Hooli Jul 2019 – Sep 2019", "Jul 2019 – Sep 2019", "2019-Q3"),
        ] {
            assert_eq!(read(line), Some((dates.to_string(), period.to_string())), "{line}");
        }
        // The tail read holds the range and the word before it, however long the line.
        let long = format!("{}Acme Corp June 2020 – Present", "word ".repeat(40));
        assert_eq!(
            read(&long).map(|(dates, _)| dates).as_deref(),
            Some("June 2020 – Present")
        );
        for line in [
            // A single date, or a range with nothing before it, is no such range.
            "Engineering Manager 2024",
            "Acme Corp June 2020",
            "Engineering Manager Q1 2025",
            "June 2020 – Present",
            // Punctuation before it makes it a segment of its own (see `date_segments`).
            "Acme Corp, June 2020 – Present",
            "Acme Corp | 2017 – 2020",
            // Words after it.
            "Acme Corp June 2020 – Present (remote)",
            "cut costs from 2019 to 2021 by a third",
        ] {
            assert_eq!(read(line), None, "{line}");
        }
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
    fn fiscal_start_months_are_read_as_numbers_or_names() {
        assert_eq!(parse_month("7"), Ok(7));
        assert_eq!(parse_month("07"), Ok(7));
        assert_eq!(parse_month("July"), Ok(7));
        assert_eq!(parse_month("jul"), Ok(7));
        assert!(parse_month("13").is_err());
        assert!(parse_month("Juli").is_err());
    }

    #[test]
    fn periods_display_at_their_precision() {
        let shown: Vec<String> = ["2025-03", "2025 Q3", "H2 2025", "2025", "2025-03-04"]
            .iter()
            .map(|h| heading_period(h).expect(h).to_string())
            .collect();
        assert_eq!(shown, ["2025-03", "2025-Q3", "2025-H2", "2025", "2025-03-04"]);
    }

    /// Pieces of headings: date words, numbers, separators, and characters at word boundaries.
    const PIECES: &[&str] = &[
        "2025",
        "2025-03",
        "2025-3-14",
        "2025-03-14",
        "2025-13",
        "W12",
        "w53",
        "2025W12",
        "W0",
        "03/2026",
        "03/04/2026",
        "14.03.2026",
        "-",
        "–",
        "—",
        "/",
        ":",
        " ",
        "  ",
        "\t",
        "[",
        "]",
        "(",
        ")",
        ",",
        ".",
        "'25",
        "’",
        "March",
        "mar",
        "Sept",
        "may",
        "Marketing",
        "Q3",
        "h1",
        "H2",
        "q5",
        "fy",
        "FY26",
        "FY2026",
        "to",
        "Present",
        "now",
        "week",
        "of",
        "3rd",
        "31",
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
        "\u{301}",
        "²",
        "٣",
        "\u{a0}",
    ];

    #[test]
    fn may_start_date_knows_every_month_name() {
        for (name, _) in MONTH_NAMES {
            assert!(may_start_date(name), "{name}");
            assert!(may_start_date(&name.to_uppercase()), "{name}");
            assert!(may_start_date(&format!("{name} 2025")), "{name}");
        }
        for word in [
            "marc",
            "ma",
            "decembers",
            "junes",
            "weeks",
            "Mentored",
            "Defined",
            "Q5",
            "H3",
            "FY2",
        ] {
            assert!(!may_start_date(word), "{word}");
        }
    }

    /// [`may_start_date`] as first written: the first word searched for in [`MONTH_NAMES`].
    fn may_start_date_by_search(text: &str) -> bool {
        let Some(first) = text.chars().next() else {
            return false;
        };
        if first.is_ascii_digit() || first == '[' {
            return true;
        }
        let end = text
            .bytes()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(text.len());
        if !(2..=9).contains(&end) {
            return false;
        }
        let word = text[..end].to_ascii_lowercase();
        match word.as_bytes() {
            [b'q', b'1'..=b'4'] | [b'h', b'1' | b'2'] | [b'w', b'0'..=b'9'] | [b'w', b'0'..=b'9', b'0'..=b'9'] => true,
            [b'f', b'y', digits @ ..] => matches!(digits.len(), 0 | 2 | 4) && digits.iter().all(u8::is_ascii_digit),
            b"week" => true,
            _ => MONTH_NAMES.iter().any(|(name, _)| *name == word),
        }
    }

    proptest::proptest! {
        /// Reading a line's tokens only up to its first plain word gives what reading them all
        /// gives, for a leading date and for a line that is only a date; and the quick test of a
        /// first word agrees with a search of the month names.
        #[test]
        fn reading_to_the_first_word_agrees_with_reading_all(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..9),
            fiscal_start in 1i8..=12,
        ) {
            let text = pieces.concat();
            let settings = DateSettings { fiscal_start };
            proptest::prop_assert_eq!(
                read_leading_date(&text, settings, Reader::to_first_word),
                read_leading_date(&text, settings, Reader::new),
                "{:?}", text
            );
            proptest::prop_assert_eq!(
                Reader::to_first_word(&text, settings).whole(),
                Reader::new(&text, settings).whole(),
                "{:?}", text
            );
            proptest::prop_assert_eq!(may_start_date(&text), may_start_date_by_search(&text), "{:?}", text);
        }
    }

    proptest::proptest! {
        /// Any heading, line start or header line: no panic, and every period runs forwards and
        /// displays as a date or an interval.
        #[test]
        fn any_text_reads_to_sound_periods(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..9),
            fiscal_start in 1i8..=12,
        ) {
            let text = pieces.concat();
            let settings = DateSettings { fiscal_start };
            let mut periods = Vec::new();
            if let Some(DateRead::Period(p)) = heading_date(&text, settings) {
                periods.push(p);
            }
            if let Some(DateRead::Period(p)) = date_line(&text, settings) {
                periods.push(p);
            }
            if let Some((p, rest)) = leading_date(&text, settings) {
                proptest::prop_assert!(text.ends_with(rest));
                periods.push(p);
            }
            if let Some((start, p)) = trailing_range(&text, settings) {
                proptest::prop_assert!(text.get(start..).is_some());
                periods.push(p);
            }
            for (range, read) in date_segments(&text, settings) {
                proptest::prop_assert!(text.get(range).is_some());
                if let DateRead::Period(p) = read {
                    periods.push(p);
                }
            }
            for p in periods {
                proptest::prop_assert!(p.start <= p.end, "{:?} from {:?}", p, text);
                let shown = p.to_string();
                proptest::prop_assert!(shown.starts_with(|c: char| c.is_ascii_digit()), "{}", shown);
            }
        }
    }
}
