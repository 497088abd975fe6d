//! Report → bytes. One format, one renderer file; each reads only the [`Report`].

mod csv;
pub mod eval;
pub mod fit;
mod html;
mod json;
mod jsonl;
mod markdown;
pub mod palette;
mod table;

use std::io::{self, Write};

use crate::periods::{Granularity, PeriodReport, RowKind, Trend};
use crate::report::{
    ActivityReport, DocumentReport, Report, RoleSummary, Selection, Summary, Totals, Undecided, Verdict,
};

pub use jsonl::write_line as write_jsonl;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Tables for people.
    Table,
    /// One JSON value for programs.
    Json,
    /// One JSON record per activity, then per document, then a summary.
    Jsonl,
    /// One CSV row per document (or per activity with `--explain`).
    Csv,
    /// Markdown tables to paste into a document.
    Markdown,
    /// One self-contained HTML page to share.
    Html,
}

/// How output looks. The renderers own their options; [`crate::options`] builds them from the
/// command line, so the arrows run one way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The output format.
    pub format: Format,
    /// Whether to add the per-activity detail.
    pub explain: bool,
    /// Whether to use colour.
    pub color: bool,
    /// The width to fit tables to.
    pub width: u16,
    /// `--by`: show the trend, one row per period of this grain.
    pub by: Option<Granularity>,
}

/// Writes `report` to `out` in the chosen format (through a [`Renderer`], as a run streams it).
pub fn render(report: &Report, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    let labels = report.summary.roles.iter().map(|r| r.role.clone()).collect();
    let mut renderer = Renderer::new(options, labels, report.window, out);
    for document in &report.documents {
        for activity in &document.activities {
            renderer.activity(&document.source, activity)?;
        }
        renderer.document(DocumentReport {
            activities: Vec::new(),
            ..document.clone()
        })?;
    }
    renderer.finish(report.summary.clone())
}

/// Renders a run as it goes, so no format holds every activity: each activity as it is
/// classified ([`Renderer::activity`], in document order, when [`Renderer::describes`]), then
/// its document ([`Renderer::document`], its figures, without activities), then the pooled
/// summary ([`Renderer::finish`]).
///
/// JSON Lines, JSON and CSV write as they are given; JSON puts each document's `activities`
/// before its figures, and JSON Lines a document's period records (with `--by`) after its
/// activities. The tables come out whole at the end (their layout needs every figure):
/// `--explain` rows wait in a temporary file, not in memory. The HTML page, which groups a
/// document's activities by role, keeps at most [`html::MAX_LISTED`] activities of the run.
pub struct Renderer<'o> {
    inner: Inner<'o>,
}

enum Inner<'o> {
    Table(Box<table::Stream>, &'o mut dyn Write),
    Json(json::Stream, &'o mut dyn Write),
    Jsonl(jsonl::Stream, &'o mut dyn Write),
    Csv(Box<csv::Stream<'o>>),
    Html(Box<html::Stream>, &'o mut dyn Write),
}

impl<'o> Renderer<'o> {
    /// A renderer for a run whose categories are `labels` and whose window is `window`.
    pub fn new(
        options: &Options,
        labels: Vec<String>,
        window: Option<Selection>,
        out: &'o mut dyn Write,
    ) -> Renderer<'o> {
        let inner = match options.format {
            Format::Table => Inner::Table(
                Box::new(table::Stream::new(
                    table::style(options),
                    options.explain,
                    options.by,
                    window,
                )),
                out,
            ),
            Format::Markdown => Inner::Table(
                Box::new(table::Stream::new(
                    markdown::style(options),
                    options.explain,
                    options.by,
                    window,
                )),
                out,
            ),
            Format::Json => Inner::Json(json::Stream::new(window), out),
            Format::Jsonl => Inner::Jsonl(jsonl::Stream::new(options.by.is_some()), out),
            Format::Csv => Inner::Csv(Box::new(csv::Stream::new(labels, options.explain, options.by, out))),
            Format::Html => Inner::Html(Box::new(html::Stream::new(window)), out),
        };
        Renderer { inner }
    }

    /// Whether activities are wanted (JSON, JSON Lines, HTML, `--explain`); when not,
    /// [`activity`] need not be called.
    ///
    /// [`activity`]: Renderer::activity
    pub fn describes(&self) -> bool {
        match &self.inner {
            Inner::Table(stream, _) => stream.explains(),
            Inner::Json(..) | Inner::Jsonl(..) | Inner::Html(..) => true,
            Inner::Csv(stream) => stream.per_activity(),
        }
    }

    /// One activity of the document `source`, in document order.
    pub fn activity(&mut self, source: &str, activity: &ActivityReport) -> io::Result<()> {
        match &mut self.inner {
            Inner::Table(stream, _) => stream.activity(activity),
            Inner::Json(stream, out) => stream.activity(source, activity, *out),
            Inner::Jsonl(_, out) => write_jsonl(source, activity, *out),
            Inner::Csv(stream) => stream.activity(source, activity),
            Inner::Html(stream, _) => {
                stream.activity(activity);
                Ok(())
            }
        }
    }

    /// A finished document (after its activities), without its activities.
    pub fn document(&mut self, document: DocumentReport) -> io::Result<()> {
        match &mut self.inner {
            Inner::Table(stream, _) => stream.document(document),
            Inner::Json(stream, out) => stream.document(&document, *out),
            Inner::Jsonl(stream, out) => stream.document(&document, *out),
            Inner::Csv(stream) => stream.document(&document),
            Inner::Html(stream, _) => {
                stream.document(document);
                Ok(())
            }
        }
    }

    /// The end of the run: the pooled summary.
    pub fn finish(self, summary: Summary) -> io::Result<()> {
        match self.inner {
            Inner::Table(stream, out) => (*stream).finish(summary, out),
            Inner::Json(stream, out) => stream.finish(&summary, out),
            Inner::Jsonl(stream, out) => stream.finish(&summary, out),
            Inner::Csv(stream) => stream.finish(),
            Inner::Html(stream, out) => stream.finish(summary, out),
        }
    }
}

/// An activity's non-zero scores, e.g. `PM 3 EM 0.5`.
fn scores_summary(activity: &ActivityReport) -> String {
    let scores: Vec<String> = activity
        .scores
        .0
        .iter()
        .filter(|(_, s)| *s > 0.0)
        .map(|(label, s)| format!("{label} {s}"))
        .collect();
    scores.join(" ")
}

/// An activity's matches and the rules that changed them, e.g.
/// `prd (PM 3); wrote (IC 0.5); hedge: …`.
fn matches_summary(activity: &ActivityReport) -> String {
    let mut detail: Vec<String> = activity
        .matches
        .iter()
        .map(|m| {
            format!(
                "{} ({} {})",
                m.display(),
                m.category.as_deref().unwrap_or("IC"),
                m.weight
            )
        })
        .collect();
    detail.extend(activity.rules.iter().cloned());
    detail.join("; ")
}

/// How a document's lines were accounted for: `54 activities (39 matched, 15 unmatched, 2 left
/// out) in 95 lines`.
fn counts_line(t: &Totals) -> String {
    let excluded = if t.excluded > 0 {
        format!(", {} left out", t.excluded)
    } else {
        String::new()
    };
    format!(
        "{} ({} matched, {} unmatched{excluded}) in {}",
        counted(t.activities, "activity", "activities"),
        t.matched,
        t.unmatched,
        counted(t.lines, "line", "lines")
    )
}

/// `1 activity`, `2 activities`: a count and its noun.
pub(crate) fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A table cell of text from the input (a labeled line, a file or source name, a term), its
/// control and bidi characters escaped as everywhere else on a terminal.
pub(crate) fn text_cell(text: &str) -> comfy_table::Cell {
    comfy_table::Cell::new(crate::escape::visible(text))
}

/// A fraction as a percentage with one decimal.
fn percent(fraction: f64) -> String {
    format!("{:.1}%", fraction * 100.0)
}

/// The window in words, e.g. `window: 2025-11-27 to 2026-11-26 (3 activities outside it left out)`.
fn window_line(window: &Selection, totals: &Totals) -> String {
    let mut parts = Vec::new();
    if let Some(since) = window.since {
        let until = window.until.map_or_else(|| "today".to_string(), |d| d.to_string());
        parts.push(format!("window: {since} to {until}"));
    }
    if window.dated_only {
        parts.push("dated activities only".to_string());
    } else if window.since.is_some() {
        parts.push(format!(
            "{} kept",
            counted(totals.undated, "undated activity", "undated activities")
        ));
    }
    if window.energy_only {
        parts.push("energising (+) activities only".to_string());
    }
    let unchecked = match totals.unchecked {
        0 => String::new(),
        n => format!(" (unchecked tasks: {n})"),
    };
    parts.push(format!(
        "{} left out{unchecked}",
        counted(totals.excluded, "activity", "activities")
    ));
    parts.join("; ")
}

/// A rounded table of the width given, laid out to fit it (the eval and fit reports).
fn new_table(width: u16) -> comfy_table::Table {
    let mut table = comfy_table::Table::new();
    table
        .load_style(comfy_table::presets::UTF8_FULL_CONDENSED.with_rounded_corners())
        .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
        .set_width(width);
    table
}

/// Right-aligns the table's `columns` (numbers).
fn align_right(table: &mut comfy_table::Table, columns: std::ops::Range<usize>) {
    for index in columns {
        if let Some(column) = table.column_mut(index) {
            column.set_cell_alignment(comfy_table::CellAlignment::Right);
        }
    }
}

/// One letter per role for bars without colour: the first letter of each label, or the
/// position's digit when two labels share a first letter.
fn role_letters(roles: &[RoleSummary]) -> Vec<char> {
    let firsts: Vec<char> = roles
        .iter()
        .map(|r| r.role.chars().next().unwrap_or('?').to_ascii_uppercase())
        .collect();
    let unique = firsts.iter().enumerate().all(|(i, c)| !firsts[..i].contains(c));
    if unique {
        firsts
    } else {
        (0..roles.len())
            .map(|i| char::from_digit((i % 10) as u32, 10).unwrap_or('?'))
            .collect()
    }
}

/// Which rows are not periods of the grain, and why, e.g. `2025: dated only to that period, so
/// not placed in a quarter`.
fn placement_note(periods: &[PeriodReport], grain: Granularity) -> Option<String> {
    /// Rows named in the note before it says how many more there are.
    const NAMED: usize = 6;
    let labels = |kind: RowKind| -> String {
        let all: Vec<String> = periods
            .iter()
            .filter(|p| p.period.kind(grain) == kind)
            .map(|p| p.period.to_string())
            .collect();
        let mut named = all.iter().take(NAMED).cloned().collect::<Vec<_>>().join(", ");
        if all.len() > NAMED {
            named.push_str(&format!(" and {} more", all.len() - NAMED));
        }
        named
    };
    let (coarser, intervals) = (labels(RowKind::Coarser), labels(RowKind::Interval));
    let mut parts = Vec::new();
    if !coarser.is_empty() {
        parts.push(format!("{coarser}: dated only to that period"));
    }
    if !intervals.is_empty() {
        parts.push(format!("{intervals}: dated by a span across years"));
    }
    let mut note = (!parts.is_empty()).then(|| format!("{}, so not placed in a {}", parts.join("; "), grain.name()));
    if periods.iter().any(|p| p.period.kind(grain) == RowKind::Other) {
        let other = format!(
            "other: activities whose dates would have made more rows than are kept (at most {})",
            crate::periods::MAX_ROWS
        );
        note = Some(match note {
            Some(note) => format!("{note}; {other}"),
            None => other,
        });
    }
    note
}

/// A share as a whole percentage, for sentences.
fn whole_percent(fraction: f64) -> String {
    format!("{:.0}%", fraction * 100.0)
}

/// The trend in words: how the roles' shares moved between the first and last periods of the
/// grain with enough matched activities, which of the two names no role though a role leads it
/// (and why), and where the energy was.
pub fn trend_sentence(periods: &[PeriodReport], grain: Granularity) -> String {
    match Trend::of(periods, grain) {
        Trend::TooFew { only: None } => format!(
            "trend: no {} has {} or more matched activities, so there is no trend to compare",
            grain.name(),
            crate::periods::TREND_MIN_MATCHED
        ),
        Trend::TooFew { only: Some(only) } => format!(
            "trend: only one {} ({only}) has {} or more matched activities, so there is nothing to compare it with",
            grain.name(),
            crate::periods::TREND_MIN_MATCHED
        ),
        Trend::Compared {
            first,
            last,
            moved,
            steady,
            energy,
            held_back,
        } => {
            let mut clauses = Vec::new();
            for (index, (role, then, now)) in moved.iter().enumerate() {
                let verb = if now > then { "rose" } else { "fell" };
                clauses.push(if index == 0 {
                    format!(
                        "{role} {verb} from {} ({first}) to {} ({last})",
                        whole_percent(*then),
                        whole_percent(*now)
                    )
                } else {
                    format!("{role} {verb} from {} to {}", whole_percent(*then), whole_percent(*now))
                });
            }
            if moved.is_empty() {
                let shares: Vec<String> = steady
                    .iter()
                    .map(|(role, then, now)| format!("{role} {} → {}", whole_percent(*then), whole_percent(*now)))
                    .collect();
                clauses.push(format!(
                    "the mix held steady from {first} to {last} ({})",
                    shares.join(", ")
                ));
            }
            for (period, leading, why) in &held_back {
                clauses.push(format!(
                    "{period} names no role ({leading} leads, but {})",
                    held_back_reason(*why)
                ));
            }
            if let Some(((from, then), (to, now))) = energy {
                clauses.push(if from == to {
                    format!("your energy was in {then} ({from})")
                } else if then == now {
                    format!("your energy stayed in {then}")
                } else {
                    format!("your energy moved from {then} ({from}) to {now} ({to})")
                });
            }
            format!("trend: {}", clauses.join("; "))
        }
    }
}

/// Why a period's verdict names no role, in a few words for the trend sentence.
fn held_back_reason(why: Undecided) -> &'static str {
    match why {
        Undecided::HandsOn => "most of its work reads as hands-on",
        Undecided::FewMatched => "too small a share of its activities matched a role",
        Undecided::WeakEvidence => "its evidence is weak",
        Undecided::FewMatchedAndWeakEvidence => {
            "too small a share of its activities matched a role, and its evidence is weak"
        }
    }
}

/// The verdict in words, e.g. `verdict: TPM (52.0%), runner-up EM (30.0%), margin 22.0 points`;
/// with energy markers, also where the energy goes and what drains it (`— most of your work is
/// TPM; your energy is in PM; TPM work drains you`).
fn verdict_line(verdict: &Verdict, roles: &[RoleSummary], totals: &Totals) -> String {
    let mut text = verdict_figures(verdict, roles, totals);
    let energy = energy_clauses(verdict, roles, "your");
    if let (Some(leader), false) = (&verdict.role, energy.is_empty()) {
        text.push_str(&format!(" — most of your work is {leader}; {}", energy.join("; ")));
    }
    text
}

/// Where the energy is and what drains it, in words for `whose` (`your`, `their`, `the`):
/// `your energy is in PM`, `TPM work drains you`; empty without energy markers.
fn energy_clauses(verdict: &Verdict, roles: &[RoleSummary], whose: &str) -> Vec<String> {
    let mut clauses = Vec::new();
    if let Some(energy) = &verdict.energy_role {
        clauses.push(format!("{whose} energy is in {energy}"));
    }
    let drains = drain_roles(roles);
    if !drains.is_empty() {
        let whom = match whose {
            "your" => "you",
            "their" => "them",
            _ => "most",
        };
        let verb = if drains.len() == 1 { "drains" } else { "drain" };
        clauses.push(format!("{} work {verb} {whom}", drains.join(" and ")));
    }
    clauses
}

/// The roles with the most activities marked `(-)` (all of them on a tie), in lexicon order.
fn drain_roles(roles: &[RoleSummary]) -> Vec<&str> {
    let most = roles.iter().map(|r| r.energy.drains).max().unwrap_or(0);
    roles
        .iter()
        .filter(|r| most > 0 && r.energy.drains == most)
        .map(|r| r.role.as_str())
        .collect()
}

/// The verdict's figures alone: `verdict: TPM (52.0%), runner-up EM (30.0%), margin 22.0 points`.
fn verdict_figures(verdict: &Verdict, roles: &[RoleSummary], totals: &Totals) -> String {
    let share = |label: &str| roles.iter().find(|r| r.role == label).map_or(0.0, |r| r.share);
    match (&verdict.role, &verdict.runner_up) {
        (None, _) => match &verdict.leading {
            None if totals.activities == 0 => "verdict: none — no activities found".to_string(),
            None if totals.matched + totals.unmatched == 0 => "verdict: none — every activity was left out".to_string(),
            None => "verdict: none — no activity matched a role".to_string(),
            Some(leading) => {
                let matched = percent(verdict.matched_share);
                let evidence = verdict.evidence;
                let why = match verdict.undecided {
                    Some(Undecided::WeakEvidence) => {
                        format!("its evidence is too weak to call it ({evidence:.2} points per activity)")
                    }
                    Some(Undecided::HandsOn) => format!(
                        "too much of the work reads as hands-on ({:.2} hands-on points per activity, {:.2} times {leading}'s {evidence:.2})",
                        verdict.hands_on,
                        verdict.hands_on / evidence.max(f64::MIN_POSITIVE)
                    ),
                    Some(Undecided::FewMatched) => format!(
                        "too little of the work names a role to call it (only {matched} of the activities matched a role)"
                    ),
                    _ => format!(
                        "too little of the work names a role to call it (only {matched} of the activities matched a role; {evidence:.2} points per activity)"
                    ),
                };
                format!(
                    "verdict: no role — {leading} leads the matched work ({}), but {why}",
                    percent(share(leading))
                )
            }
        },
        (Some(leader), None) => format!("verdict: {leader} ({}), no other role", percent(share(leader))),
        (Some(leader), Some(runner_up)) if verdict.hybrid && verdict.margin * 100.0 < 0.05 => format!(
            "verdict: {leader} ({}), hybrid with {runner_up} ({}): the top two are tied",
            percent(share(leader)),
            percent(share(runner_up)),
        ),
        (Some(leader), Some(runner_up)) if verdict.hybrid => format!(
            "verdict: {leader} ({}), hybrid with {runner_up} ({}): the top two are within {:.1} points",
            percent(share(leader)),
            percent(share(runner_up)),
            verdict.margin * 100.0
        ),
        (Some(leader), Some(runner_up)) => format!(
            "verdict: {leader} ({}), runner-up {runner_up} ({}), margin {:.1} points",
            percent(share(leader)),
            percent(share(runner_up)),
            verdict.margin * 100.0
        ),
    }
}

/// The verdict and the energy as one sentence for people, e.g. `Most of your work is TPM
/// (48.5%); your energy is in PM; EM work drains you`. `whose` is `your` for one person's
/// document, `their` for one of several, `the` for several together.
pub fn headline(verdict: &Verdict, roles: &[RoleSummary], whose: &str) -> String {
    let share = |label: &str| roles.iter().find(|r| r.role == label).map_or(0.0, |r| r.share);
    let mut text = match (&verdict.role, &verdict.runner_up) {
        (Some(leader), Some(runner_up)) if verdict.hybrid => format!(
            "{} work is a hybrid of {leader} ({}) and {runner_up} ({})",
            capitalised(whose),
            percent(share(leader)),
            percent(share(runner_up))
        ),
        (Some(leader), _) => format!("Most of {whose} work is {leader} ({})", percent(share(leader))),
        (None, _) if verdict.undecided == Some(Undecided::HandsOn) => {
            format!("No role stands out: most of {whose} work reads as hands-on")
        }
        (None, Some(_)) | (None, None) if verdict.leading.is_some() => {
            format!("No role stands out: most of {whose} lines name no role's work")
        }
        (None, _) => "No activity matched a role".to_string(),
    };
    for clause in energy_clauses(verdict, roles, whose) {
        text.push_str(&format!("; {clause}"));
    }
    text
}

/// `your` → `Your`.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
