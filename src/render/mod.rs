//! Report → bytes. One format, one renderer file; each reads only the [`Report`].

mod csv;
pub mod eval;
pub mod fit;
mod json;
mod jsonl;
mod markdown;
mod table;

use std::io::{self, Write};

use crate::report::{ActivityReport, Report, Selection, Totals};

pub use jsonl::write_line as write_jsonl;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Tables for people.
    Table,
    /// One JSON value for programs.
    Json,
    /// One JSON object per activity.
    Jsonl,
    /// One CSV row per document (or per activity with `--explain`).
    Csv,
    /// Markdown tables to paste into a document.
    Markdown,
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
}

/// Writes `report` to `out` in the chosen format.
pub fn render(report: &Report, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    match options.format {
        Format::Table => table::render(report, options, out),
        Format::Json => json::render(report, out),
        Format::Jsonl => jsonl::render(report, out),
        Format::Csv => csv::render(report, options.explain, out),
        Format::Markdown => markdown::render(report, options, out),
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
        parts.push(format!("{} undated activities kept", totals.undated));
    }
    if window.energy_only {
        parts.push("energising (+) activities only".to_string());
    }
    parts.push(format!("{} activities left out", totals.excluded));
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
