//! JSON Lines: one object per activity, each carrying its document's name; with `--by`, each
//! document's activities are followed by one `"type": "period"` record per period of it, and the
//! run ends with the pooled ones (`"source": null`) when there were several documents.

use std::io::{self, Write};

use serde::Serialize;

use crate::periods::PeriodReport;
use crate::report::{ActivityReport, DocumentReport, Summary};

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

/// JSON Lines in progress: with `--by`, each document's period records follow its activities,
/// and the pooled ones (`"source": null`) end the run when there were several documents.
#[derive(Debug)]
pub struct Stream {
    periods: bool,
    documents: usize,
}

impl Stream {
    /// A stream that writes period records when `periods` (`--by`).
    pub fn new(periods: bool) -> Stream {
        Stream { periods, documents: 0 }
    }

    /// A finished document: its period records.
    pub fn document(&mut self, document: &DocumentReport, out: &mut dyn Write) -> io::Result<()> {
        self.documents += 1;
        if self.periods {
            for period in &document.periods {
                write_period(Some(&document.source), period, out)?;
            }
        }
        Ok(())
    }

    /// The end of the run: the pooled period records, when there were several documents.
    pub fn finish(self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        if self.periods && self.documents > 1 {
            for period in &summary.periods {
                write_period(None, period, out)?;
            }
        }
        Ok(())
    }
}

/// Writes one `"type": "period"` record.
fn write_period(source: Option<&str>, period: &PeriodReport, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer(
        &mut *out,
        &PeriodLine {
            kind: "period",
            source,
            period,
        },
    )?;
    writeln!(out)
}
/// Writes one activity as a JSON line.
pub fn write_line<W: Write + ?Sized>(source: &str, activity: &ActivityReport, out: &mut W) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &Line { source, activity })?;
    writeln!(out)
}
