//! Report → bytes. One format, one renderer file; each reads only the [`Report`].

mod csv;
pub mod eval;
pub mod fit;
mod json;
mod jsonl;
mod markdown;
mod table;

use std::io::{self, Write};

use crate::options::RenderOptions;
use crate::report::{ActivityReport, DocumentReport, Report, Selection, Summary, Totals};

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

/// Writes `report` to `out` in the chosen format (through a [`Renderer`], as a run streams it).
pub fn render(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
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
/// before its figures. The tables come out whole at the end (their layout needs every
/// figure): `--explain` rows wait in a temporary file, not in memory.
pub struct Renderer<'o> {
    inner: Inner<'o>,
}

enum Inner<'o> {
    Table(table::Stream, &'o mut dyn Write),
    Json(json::Stream, &'o mut dyn Write),
    Jsonl(&'o mut dyn Write),
    Csv(Box<csv::Stream<'o>>),
}

impl<'o> Renderer<'o> {
    /// A renderer for a run whose categories are `labels` and whose window is `window`.
    pub fn new(
        options: &RenderOptions,
        labels: Vec<String>,
        window: Option<Selection>,
        out: &'o mut dyn Write,
    ) -> Renderer<'o> {
        let inner = match options.format {
            Format::Table => Inner::Table(table::Stream::new(table::style(options), options.explain, window), out),
            Format::Markdown => Inner::Table(
                table::Stream::new(markdown::style(options), options.explain, window),
                out,
            ),
            Format::Json => Inner::Json(json::Stream::new(window), out),
            Format::Jsonl => Inner::Jsonl(out),
            Format::Csv => Inner::Csv(Box::new(csv::Stream::new(labels, options.explain, out))),
        };
        Renderer { inner }
    }

    /// Whether activities are wanted (JSON, JSON Lines, `--explain`); when not, [`activity`]
    /// need not be called.
    ///
    /// [`activity`]: Renderer::activity
    pub fn describes(&self) -> bool {
        match &self.inner {
            Inner::Table(stream, _) => stream.explains(),
            Inner::Json(..) | Inner::Jsonl(_) => true,
            Inner::Csv(stream) => stream.per_activity(),
        }
    }

    /// One activity of the document `source`, in document order.
    pub fn activity(&mut self, source: &str, activity: &ActivityReport) -> io::Result<()> {
        match &mut self.inner {
            Inner::Table(stream, _) => stream.activity(activity),
            Inner::Json(stream, out) => stream.activity(source, activity, *out),
            Inner::Jsonl(out) => write_jsonl(source, activity, *out),
            Inner::Csv(stream) => stream.activity(source, activity),
        }
    }

    /// A finished document (after its activities), without its activities.
    pub fn document(&mut self, document: DocumentReport) -> io::Result<()> {
        match &mut self.inner {
            Inner::Table(stream, _) => stream.document(document),
            Inner::Json(stream, out) => stream.document(&document, *out),
            Inner::Jsonl(_) => Ok(()),
            Inner::Csv(stream) => stream.document(&document),
        }
    }

    /// The end of the run: the pooled summary.
    pub fn finish(self, summary: Summary) -> io::Result<()> {
        match self.inner {
            Inner::Table(stream, out) => stream.finish(summary, out),
            Inner::Json(stream, out) => stream.finish(&summary, out),
            Inner::Jsonl(_) => Ok(()),
            Inner::Csv(stream) => stream.finish(),
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
