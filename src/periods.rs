//! Counted activities → one row per calendar period: how the mix of roles, and the energy,
//! moved over the window (`--by month|quarter|half|year`).
//!
//! The method asks for 12–24 months of work because roles drift, and one total for the whole
//! window hides the drift. Dates are written at every grain (`2026-03-14`, `2026-11`, `2026-Q3`,
//! `2025`, `2025-01/2025-05`), so a row is never finer than the date it holds:
//!
//! - an activity goes to the calendar period of the chosen grain that holds its whole date (a
//!   day or a month to its quarter under `--by quarter`);
//! - one dated more coarsely, or by an interval that no period of that grain holds, goes to the
//!   smallest calendar period that does hold it — a row of its own (`2025` under `--by
//!   quarter`, and `Jan–May 2025` with it in `2025-H1`) — never guessed into a finer one;
//! - an interval no calendar year holds (`2019/2021`, `2021-01/..`) is a row of its own,
//!   labeled as the interval; undated activities share an `undated` row.
//!
//! While a document streams, activities are tallied per row at the finest grain (months), and
//! the rows are rolled up to the grain asked for when the report is built, so the grain can be
//! chosen after every date has been seen (the HTML report picks one from the span of the dates).

use std::cmp::Reverse;
use std::fmt;

use jiff::civil::Date;
use rustc_hash::FxHashMap;
use serde::{Serialize, Serializer};

use crate::activity::{Activity, Energy};
use crate::classify::Classification;
use crate::dates::{Period, Precision};
use crate::lexicon::Lexicon;
use crate::report::{RoleEnergy, RoleSummary, Undecided, Verdict, decide_verdict};

/// The calendar grain of the rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// Calendar months: `2024-03`.
    Month,
    /// Calendar quarters: `2024-Q1`.
    Quarter,
    /// Calendar halves: `2024-H1`.
    Half,
    /// Calendar years: `2024`.
    Year,
}

/// Every grain, finest first.
const GRAINS: [Granularity; 4] = [
    Granularity::Month,
    Granularity::Quarter,
    Granularity::Half,
    Granularity::Year,
];

impl Granularity {
    /// Months in one period.
    fn months(self) -> i8 {
        match self {
            Granularity::Month => 1,
            Granularity::Quarter => 3,
            Granularity::Half => 6,
            Granularity::Year => 12,
        }
    }

    /// The precision a period of this grain is written at.
    pub fn precision(self) -> Precision {
        match self {
            Granularity::Month => Precision::Month,
            Granularity::Quarter => Precision::Quarter,
            Granularity::Half => Precision::Half,
            Granularity::Year => Precision::Year,
        }
    }

    /// The grain of a calendar period, or `None` for a day or an interval.
    pub fn of(precision: Precision) -> Option<Granularity> {
        GRAINS.into_iter().find(|g| g.precision() == precision)
    }

    /// The period of this grain that holds `day`.
    pub fn containing(self, day: Date) -> Period {
        let months = self.months();
        let first = (day.month() - 1) / months * months + 1;
        let start = Date::new(day.year(), first, 1).unwrap_or(day);
        let end = Date::new(day.year(), first + months - 1, 1).map_or(day, |d| d.last_of_month());
        Period {
            start,
            end,
            precision: self.precision(),
        }
    }

    /// `quarter`, as in "by quarter".
    pub fn name(self) -> &'static str {
        match self {
            Granularity::Month => "month",
            Granularity::Quarter => "quarter",
            Granularity::Half => "half",
            Granularity::Year => "year",
        }
    }

    /// `quarters`.
    pub fn plural(self) -> &'static str {
        match self {
            Granularity::Month => "months",
            Granularity::Quarter => "quarters",
            Granularity::Half => "halves",
            Granularity::Year => "years",
        }
    }

    /// The grain a chart uses when none is asked for: quarters, months when the dates span under
    /// 6 months, years when they span over 3 years — never finer than the finest calendar unit
    /// the dates are written in (a document dated only by halves gets halves).
    pub fn auto<'a>(rows: impl IntoIterator<Item = &'a Row>) -> Granularity {
        let mut first: Option<Date> = None;
        let mut last: Option<Date> = None;
        let mut finest: Option<Granularity> = None;
        for row in rows {
            let Row::Dated(period) = row else { continue };
            let end = if period.is_open() { period.start } else { period.end };
            first = Some(first.map_or(period.start, |d| d.min(period.start)));
            last = Some(last.map_or(end, |d| d.max(end)));
            if let Some(grain) = Granularity::of(period.precision) {
                finest = Some(finest.map_or(grain, |f| f.min(grain)));
            }
        }
        let (Some(first), Some(last)) = (first, last) else {
            return Granularity::Quarter;
        };
        let span = months_from(first, last) + 1;
        let by_span = if span < 6 {
            Granularity::Month
        } else if span > 36 {
            Granularity::Year
        } else {
            Granularity::Quarter
        };
        finest.map_or(by_span, |finest| by_span.max(finest))
    }
}

/// Whole months from `first`'s month to `last`'s.
fn months_from(first: Date, last: Date) -> i32 {
    let index = |d: Date| i32::from(d.year()) * 12 + i32::from(d.month());
    index(last) - index(first)
}

/// Which row an activity is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Row {
    /// A calendar period, or an interval no calendar period holds.
    Dated(Period),
    /// Activities whose dates would have made more rows than a tally keeps (see
    /// [`PeriodTallies`]): counted, but in one row.
    Other,
    /// Activities with no date.
    Undated,
}

impl Row {
    /// The row of an activity dated `date` at the finest grain (months): the smallest calendar
    /// period that holds the whole date, else the date itself.
    pub fn of(date: Option<Period>) -> Row {
        match date {
            None => Row::Undated,
            Some(date) => Row::Dated(
                GRAINS
                    .into_iter()
                    .map(|grain| grain.containing(date.start))
                    .find(|period| date.end <= period.end)
                    .unwrap_or(date),
            ),
        }
    }

    /// This row at `grain`: a calendar period finer than the grain moves to the period of the
    /// grain that holds it; a coarser one, an interval and `undated` stay as they are.
    pub fn at(self, grain: Granularity) -> Row {
        match self {
            Row::Dated(period) => match Granularity::of(period.precision) {
                Some(own) if own < grain => Row::Dated(grain.containing(period.start)),
                _ => self,
            },
            Row::Other | Row::Undated => self,
        }
    }

    /// What sort of row this is at `grain`.
    pub fn kind(&self, grain: Granularity) -> RowKind {
        match self {
            Row::Undated => RowKind::Undated,
            Row::Other => RowKind::Other,
            Row::Dated(period) => match Granularity::of(period.precision) {
                Some(own) if own == grain => RowKind::Period,
                Some(own) if own > grain => RowKind::Coarser,
                _ => RowKind::Interval,
            },
        }
    }

    /// Oldest first: by the day the row ends, a finer row before the coarser one that ends with
    /// it (`2025-Q2`, then `2025-H1`, then `2025-Q3`), open intervals after the dated ones and
    /// `undated` last.
    fn order(&self) -> (u8, Date, Reverse<Date>) {
        match self {
            Row::Dated(period) => (0, period.end, Reverse(period.start)),
            Row::Other => (1, Date::MAX, Reverse(Date::MIN)),
            Row::Undated => (2, Date::MAX, Reverse(Date::MIN)),
        }
    }
}

impl fmt::Display for Row {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Row::Dated(period) => period.fmt(f),
            Row::Other => f.write_str("other"),
            Row::Undated => f.write_str("undated"),
        }
    }
}

impl Serialize for Row {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// What sort of row a [`Row`] is at the grain of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// A period of the grain asked for.
    Period,
    /// A coarser calendar period, for activities dated no finer than it.
    Coarser,
    /// An interval no calendar year holds (`2019/2021`, `2021-01/..`).
    Interval,
    /// Activities with no date.
    Undated,
    /// Activities past the rows a tally keeps ([`Row::Other`]).
    Other,
}

/// Running sums for one row.
#[derive(Debug, Clone, Default)]
struct RowTally {
    /// Counted activities (matched and unmatched).
    counted: usize,
    matched: usize,
    roles: Vec<RoleCount>,
    /// The counted activities' hands-on IC score, summed.
    hands_on: f64,
}

#[derive(Debug, Clone, Copy, Default)]
struct RoleCount {
    share: f64,
    score: f64,
    activities: usize,
    gives: usize,
    drains: usize,
}

impl RowTally {
    fn merge(&mut self, other: &RowTally) {
        self.counted += other.counted;
        self.matched += other.matched;
        self.hands_on += other.hands_on;
        if self.roles.len() < other.roles.len() {
            self.roles.resize(other.roles.len(), RoleCount::default());
        }
        for (mine, theirs) in self.roles.iter_mut().zip(&other.roles) {
            mine.share += theirs.share;
            mine.score += theirs.score;
            mine.activities += theirs.activities;
            mine.gives += theirs.gives;
            mine.drains += theirs.drains;
        }
    }
}

/// Most rows a tally keeps: past them, an activity whose row is new is counted in
/// [`Row::Other`], so a document dated by thousands of distinct intervals keeps its memory
/// bounded. The count shrinks with the number of categories (each row holds a count per
/// category): at most [`MAX_CELLS`] counts, and never fewer than 100 rows.
pub const MAX_ROWS: usize = 5_000;
/// Most per-category counts a tally keeps over all its rows.
pub const MAX_CELLS: usize = 1 << 18;

/// How many rows a tally over `categories` categories keeps.
pub fn row_limit(categories: usize) -> usize {
    (MAX_CELLS / categories.max(1)).clamp(100, MAX_ROWS)
}

/// A document's counted activities tallied per row at the finest grain, in the order the rows
/// were first seen (at most [`row_limit`] rows; the rest in [`Row::Other`]).
#[derive(Debug, Clone, Default)]
pub struct PeriodTallies {
    rows: Vec<(Row, RowTally)>,
    index: FxHashMap<Row, usize>,
    /// The last date seen and its row's index: consecutive activities mostly share a heading.
    last: Option<(Option<Period>, usize)>,
    /// Categories of the lexicon, once an activity was counted (it bounds the rows kept).
    categories: usize,
}

impl PeriodTallies {
    /// Counts one activity that is in the window.
    pub fn add(&mut self, activity: &Activity, c: &Classification) {
        let index = match self.last {
            Some((date, index)) if date == activity.date => index,
            _ => {
                self.categories = self.categories.max(c.scores.len());
                let index = self.row_index(Row::of(activity.date), row_limit(self.categories));
                self.last = Some((activity.date, index));
                index
            }
        };
        let tally = &mut self.rows[index].1;
        tally.counted += 1;
        tally.hands_on += c.ic_score;
        let Some(role) = c.role else { return };
        tally.matched += 1;
        if tally.roles.len() < c.scores.len() {
            tally.roles.resize(c.scores.len(), RoleCount::default());
        }
        let total: f64 = c.scores.iter().sum();
        for (count, score) in tally.roles.iter_mut().zip(&c.scores) {
            if total > 0.0 {
                count.share += score / total;
            }
            count.score += score;
        }
        let own = &mut tally.roles[role];
        own.activities += 1;
        match activity.energy {
            Some(Energy::Gives) => own.gives += 1,
            Some(Energy::Drains) => own.drains += 1,
            None => {}
        }
    }

    /// The index of `row`, added if new; past `limit` rows a new row is [`Row::Other`].
    fn row_index(&mut self, row: Row, limit: usize) -> usize {
        if let Some(&index) = self.index.get(&row) {
            return index;
        }
        if self.rows.len() + 1 >= limit && row != Row::Other {
            return self.row_index(Row::Other, usize::MAX);
        }
        self.rows.push((row, RowTally::default()));
        self.index.insert(row, self.rows.len() - 1);
        self.rows.len() - 1
    }

    /// Adds what another tally counted.
    pub fn merge(&mut self, other: &PeriodTallies) {
        self.categories = self.categories.max(other.categories);
        let limit = row_limit(self.categories);
        for (row, tally) in &other.rows {
            let index = self.row_index(*row, limit);
            self.rows[index].1.merge(tally);
        }
    }

    /// The rows counted so far, at the finest grain.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().map(|(row, _)| row)
    }

    /// The rows at `grain`, oldest first, each with its shares, verdict and energy.
    pub fn report(&self, lexicon: &Lexicon, grain: Granularity) -> Vec<PeriodReport> {
        let mut rolled = PeriodTallies::default();
        for (row, tally) in &self.rows {
            let index = rolled.row_index(row.at(grain), usize::MAX);
            rolled.rows[index].1.merge(tally);
        }
        let mut rows = rolled.rows;
        rows.sort_by(|a, b| {
            a.0.order()
                .cmp(&b.0.order())
                .then_with(|| a.0.to_string().cmp(&b.0.to_string()))
        });
        rows.into_iter()
            .map(|(row, tally)| summarise(lexicon, row, &tally))
            .collect()
    }
}

/// One row of the trend: a period's counted activities, the roles' shares of its matched work,
/// its verdict and where its energy went.
#[derive(Debug, Clone, Serialize)]
pub struct PeriodReport {
    /// The period, in the JSON `date` forms (`2024-03`, `2024-Q1`, `2024-H1`, `2024`), an
    /// interval no calendar year holds (`2019/2021`, `2021-01/..`), or `undated`.
    pub period: Row,
    /// Counted activities in it (matched and unmatched).
    pub activities: usize,
    /// Those given a role.
    pub matched: usize,
    /// One entry per category, in lexicon order.
    pub roles: Vec<PeriodRole>,
    /// The period's overall role, decided as a document's is.
    pub verdict: Verdict,
    /// Energy markers on its matched activities.
    pub energy: PeriodEnergy,
}

/// One category's part of a period.
#[derive(Debug, Clone, Serialize)]
pub struct PeriodRole {
    /// Short label, e.g. `PM`.
    pub role: String,
    /// Fraction (0–1) of the period's matched work credited to it.
    pub share: f64,
    /// Matched activities whose role it is.
    pub activities: usize,
}

/// Where a period's energy went.
#[derive(Debug, Clone, Serialize)]
pub struct PeriodEnergy {
    /// The category with most activities marked `(+)` (ties: the one listed first), or `null`
    /// when none is marked.
    pub role: Option<String>,
    /// That category's fraction of the period's `(+)` activities (0–1; 0 when none).
    pub share: f64,
    /// Matched activities marked `(+)`.
    pub gives: usize,
    /// Matched activities marked `(-)`.
    pub drains: usize,
}

fn summarise(lexicon: &Lexicon, row: Row, tally: &RowTally) -> PeriodReport {
    let count = |i: usize| tally.roles.get(i).copied().unwrap_or_default();
    let summaries: Vec<RoleSummary> = lexicon
        .categories
        .iter()
        .enumerate()
        .map(|(i, category)| {
            let c = count(i);
            RoleSummary {
                role: category.label.clone(),
                name: category.name.clone(),
                question: category.question.clone(),
                activities: c.activities,
                share: if tally.matched == 0 {
                    0.0
                } else {
                    round(c.share / tally.matched as f64)
                },
                score: round(c.score),
                top_terms: Vec::new(),
                energy: RoleEnergy {
                    gives: c.gives,
                    drains: c.drains,
                    share: 0.0,
                },
            }
        })
        .collect();
    let verdict = decide_verdict(&summaries, tally.counted, tally.hands_on, &lexicon.settings);
    let gives: usize = summaries.iter().map(|r| r.energy.gives).sum();
    let drains: usize = summaries.iter().map(|r| r.energy.drains).sum();
    let energy_share = verdict
        .energy_role
        .as_ref()
        .and_then(|role| summaries.iter().find(|r| &r.role == role))
        .map_or(0.0, |r| round(r.energy.gives as f64 / gives.max(1) as f64));
    PeriodReport {
        period: row,
        activities: tally.counted,
        matched: tally.matched,
        roles: summaries
            .iter()
            .map(|r| PeriodRole {
                role: r.role.clone(),
                share: r.share,
                activities: r.activities,
            })
            .collect(),
        energy: PeriodEnergy {
            role: verdict.energy_role.clone(),
            share: energy_share,
            gives,
            drains,
        },
        verdict,
    }
}

/// Rounds to 4 decimals, as the report does.
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

/// Matched activities a period needs before the trend sentence compares it.
pub const TREND_MIN_MATCHED: usize = 3;
/// A role's share must move by at least this much (a fraction) to be called a rise or a fall.
pub const TREND_MIN_CHANGE: f64 = 0.05;

/// The first and last periods worth comparing, and what moved between them.
#[derive(Debug, Clone, PartialEq)]
pub enum Trend {
    /// Fewer than two periods of the grain have [`TREND_MIN_MATCHED`] matched activities.
    TooFew {
        /// The one that has, if any.
        only: Option<String>,
    },
    /// The first and last such periods compared.
    Compared {
        /// The first period's label.
        first: String,
        /// The last period's label.
        last: String,
        /// Roles whose share moved by [`TREND_MIN_CHANGE`] or more: label, share then, share
        /// now; the largest move first.
        moved: Vec<(String, f64, f64)>,
        /// Every role's share in the first and last periods, when none moved.
        steady: Vec<(String, f64, f64)>,
        /// Where the energy was in the first and last periods (of the grain) that have
        /// energising activities, with their labels.
        energy: Option<((String, String), (String, String))>,
        /// The first or last period (or both) whose verdict names no role although one leads
        /// its matched work: its label, the leading role and why. The shares alone would not
        /// tell that a period went, say, back to hands-on work.
        held_back: Vec<(String, String, Undecided)>,
    },
}

impl Trend {
    /// Compares the first and last periods of `grain` with enough matched activities.
    pub fn of(periods: &[PeriodReport], grain: Granularity) -> Trend {
        let at_grain = || periods.iter().filter(|p| p.period.kind(grain) == RowKind::Period);
        let enough: Vec<&PeriodReport> = at_grain().filter(|p| p.matched >= TREND_MIN_MATCHED).collect();
        let (Some(first), Some(last)) = (enough.first(), enough.last()) else {
            return Trend::TooFew { only: None };
        };
        if enough.len() < 2 {
            return Trend::TooFew {
                only: Some(first.period.to_string()),
            };
        }
        let shares: Vec<(String, f64, f64)> = first
            .roles
            .iter()
            .zip(&last.roles)
            .map(|(then, now)| (then.role.clone(), then.share, now.share))
            .collect();
        let mut moved: Vec<(String, f64, f64)> = shares
            .iter()
            .filter(|(_, then, now)| (now - then).abs() >= TREND_MIN_CHANGE - 1e-9)
            .cloned()
            .collect();
        moved.sort_by(|a, b| (b.2 - b.1).abs().total_cmp(&(a.2 - a.1).abs()));
        let energised: Vec<(String, String)> = at_grain()
            .filter_map(|p| p.energy.role.clone().map(|role| (p.period.to_string(), role)))
            .collect();
        let energy = match (energised.first(), energised.last()) {
            (Some(a), Some(b)) => Some((a.clone(), b.clone())),
            _ => None,
        };
        let held_back = [first, last]
            .iter()
            .filter(|p| p.verdict.role.is_none())
            .filter_map(|p| {
                let why = p.verdict.undecided?;
                let leading = p.verdict.leading.clone()?;
                Some((p.period.to_string(), leading, why))
            })
            .collect();
        Trend::Compared {
            first: first.period.to_string(),
            last: last.period.to_string(),
            steady: if moved.is_empty() { shares } else { Vec::new() },
            moved,
            energy,
            held_back,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn period(text: &str) -> Period {
        match crate::dates::heading_period(text) {
            Some(p) => p,
            None => panic!("{text} is a date"),
        }
    }

    fn row(text: &str) -> String {
        Row::of(Some(period(text))).to_string()
    }

    #[test]
    fn a_date_goes_to_the_smallest_calendar_period_that_holds_it() {
        assert_eq!(row("2025-03-14"), "2025-03");
        assert_eq!(row("2025-03"), "2025-03");
        assert_eq!(row("Q3 2025"), "2025-Q3");
        assert_eq!(row("H1 2025"), "2025-H1");
        assert_eq!(row("2025"), "2025");
        // Intervals: inside one month, one quarter, one half, one year; across years.
        assert_eq!(row("Week of 2025-03-10"), "2025-03");
        assert_eq!(row("Jan–Feb 2025"), "2025-Q1");
        assert_eq!(row("Jan–May 2025"), "2025-H1");
        assert_eq!(row("Mar–Aug 2025"), "2025");
        assert_eq!(row("Nov 2024 – Feb 2025"), "2024-11/2025-02");
        assert_eq!(row("2019–2021"), "2019/2021");
        assert_eq!(row("Jan 2021 – Present"), "2021-01/..");
        assert_eq!(Row::of(None).to_string(), "undated");
    }

    #[test]
    fn rows_roll_up_to_the_grain_and_coarser_ones_stay() {
        let at = |text: &str, grain| Row::of(Some(period(text))).at(grain).to_string();
        assert_eq!(at("2025-03-14", Granularity::Quarter), "2025-Q1");
        assert_eq!(at("2025-08", Granularity::Half), "2025-H2");
        assert_eq!(at("2025-08", Granularity::Year), "2025");
        assert_eq!(at("Q3 2025", Granularity::Month), "2025-Q3");
        assert_eq!(at("2025", Granularity::Quarter), "2025");
        assert_eq!(at("2019–2021", Granularity::Year), "2019/2021");
        let kind = |text: &str, grain| Row::of(Some(period(text))).at(grain).kind(grain);
        assert_eq!(kind("2025-03", Granularity::Quarter), RowKind::Period);
        assert_eq!(kind("2025", Granularity::Quarter), RowKind::Coarser);
        assert_eq!(kind("2019–2021", Granularity::Quarter), RowKind::Interval);
        assert_eq!(Row::Undated.kind(Granularity::Month), RowKind::Undated);
    }

    #[test]
    fn rows_are_ordered_oldest_first_with_a_coarse_row_after_its_last_part() {
        let mut rows: Vec<Row> = [
            "2025",
            "2025-H1",
            "2025-Q3",
            "2025-Q1",
            "2025-Q2",
            "2024-Q4",
            "2021-01/..",
        ]
        .iter()
        .map(|t| {
            Row::of(Some(match *t {
                "2021-01/.." => period("Jan 2021 – Present"),
                "2025-Q1" => period("Q1 2025"),
                "2025-Q2" => period("Q2 2025"),
                "2025-Q3" => period("Q3 2025"),
                "2024-Q4" => period("Q4 2024"),
                "2025-H1" => period("H1 2025"),
                other => period(other),
            }))
        })
        .chain([Row::Undated])
        .collect();
        rows.sort_by_key(Row::order);
        let shown: Vec<String> = rows.iter().map(Row::to_string).collect();
        assert_eq!(
            shown,
            [
                "2024-Q4",
                "2025-Q1",
                "2025-Q2",
                "2025-H1",
                "2025-Q3",
                "2025",
                "2021-01/..",
                "undated"
            ]
        );
    }

    #[test]
    fn the_automatic_grain_follows_the_span_and_the_finest_unit_written() {
        let rows = |texts: &[&str]| -> Vec<Row> { texts.iter().map(|t| Row::of(Some(period(t)))).collect() };
        assert_eq!(Granularity::auto(&rows(&["2025-01", "2025-04"])), Granularity::Month);
        assert_eq!(Granularity::auto(&rows(&["2025-01", "2025-06"])), Granularity::Quarter);
        // 36 months are "3 years", not over.
        assert_eq!(Granularity::auto(&rows(&["2022-01", "2024-12"])), Granularity::Quarter);
        assert_eq!(Granularity::auto(&rows(&["2022-01", "2025-01"])), Granularity::Year);
        assert_eq!(Granularity::auto(&rows(&["Q1 2025", "Q2 2025"])), Granularity::Quarter);
        assert_eq!(Granularity::auto(&rows(&["H1 2026"])), Granularity::Half);
        assert_eq!(Granularity::auto(&[Row::Undated]), Granularity::Quarter);
        assert_eq!(Granularity::Quarter.containing(date(2025, 8, 9)).to_string(), "2025-Q3");
    }

    #[test]
    fn a_tally_keeps_a_bounded_number_of_rows_and_counts_the_rest_as_other() {
        let classification = Classification {
            scores: vec![1.0, 0.0, 0.0],
            role: Some(0),
            matches: Vec::new(),
            notes: Vec::new(),
            normalized: String::new(),
            ic_score: 0.0,
        };
        let mut tally = PeriodTallies::default();
        let first = date(1900, 1, 1);
        for day in 0..(MAX_ROWS as i32 + 1_000) {
            let start = first.checked_add(jiff::Span::new().days(day)).expect("a date");
            let end = start.checked_add(jiff::Span::new().days(400)).expect("a date");
            let activity = Activity {
                line: 1,
                text: "x".into(),
                date: Some(Period {
                    start,
                    end,
                    precision: Precision::Days,
                }),
                energy: None,
                job: None,
                job_label: None,
                unchecked: false,
            };
            tally.add(&activity, &classification);
        }
        assert_eq!(tally.rows.len(), MAX_ROWS);
        assert_eq!(tally.rows.last().map(|(row, _)| *row), Some(Row::Other));
        let counted: usize = tally.rows.iter().map(|(_, t)| t.counted).sum();
        assert_eq!(counted, MAX_ROWS + 1_000);
        let mut pooled = PeriodTallies::default();
        pooled.merge(&tally);
        pooled.merge(&tally);
        assert_eq!(pooled.rows.len(), MAX_ROWS);
        // Many categories keep fewer rows.
        assert_eq!(row_limit(2_000), 131);
        assert_eq!(row_limit(100_000), 100);
    }
}
