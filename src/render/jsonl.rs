//! JSON Lines: one object per activity, each carrying its document's name; with `--by`, then
//! one `"type": "period"` record per period of each document (and of all documents pooled, with
//! `"source": null`, when there are several).

use std::io::{self, Write};

use serde::Serialize;

use crate::periods::PeriodReport;
use crate::report::{ActivityReport, Report};

#[derive(Serialize)]
struct PeriodLine<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    source: Option<&'a str>,
    #[serde(flatten)]
    period: &'a PeriodReport,
}

#[derive(Serialize)]
struct Line<'a> {
    source: &'a str,
    #[serde(flatten)]
    activity: &'a ActivityReport,
}

/// Writes one JSON object per activity, one per line (then the period records, when `periods`).
pub fn render(report: &Report, periods: bool, out: &mut dyn Write) -> io::Result<()> {
    for document in &report.documents {
        for activity in &document.activities {
            write_line(&document.source, activity, out)?;
        }
    }
    if periods {
        write_periods(report, out)?;
    }
    Ok(())
}

/// Writes a `"type": "period"` record per period of each document, then of all documents pooled
/// (`"source": null`) when there are several.
pub fn write_periods<W: Write + ?Sized>(report: &Report, out: &mut W) -> io::Result<()> {
    let mut write = |source: Option<&str>, period: &PeriodReport| -> io::Result<()> {
        serde_json::to_writer(
            &mut *out,
            &PeriodLine {
                kind: "period",
                source,
                period,
            },
        )?;
        writeln!(out)
    };
    for document in &report.documents {
        for period in &document.periods {
            write(Some(&document.source), period)?;
        }
    }
    if report.documents.len() > 1 {
        for period in &report.summary.periods {
            write(None, period)?;
        }
    }
    Ok(())
}

/// Writes one activity as a JSON line.
pub fn write_line<W: Write + ?Sized>(source: &str, activity: &ActivityReport, out: &mut W) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &Line { source, activity })?;
    writeln!(out)
}
