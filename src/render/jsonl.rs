//! JSON Lines: one record per line, each with a `"type"`. A document's `activity` records (each
//! carrying its document's `source`) come as they are classified; with `--by`, its `period`
//! records follow; then one `document` record with its figures (no activities). The run ends
//! with the pooled `period` records (`"source": null`, with `--by` and several documents) and
//! one `summary` record. Nothing is held: each record is written when it is known.

use std::io::{self, Write};

use serde::Serialize;

use crate::layout::Layout;
use crate::periods::{Granularity, PeriodReport};
use crate::report::{ActivityReport, CheckOutcome, DocumentReport, JobReport, RoleSummary, Summary, Totals, Verdict};

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
    #[serde(rename = "type")]
    kind: &'static str,
    source: &'a str,
    #[serde(flatten)]
    activity: &'a ActivityReport,
}

/// A document's figures, as in JSON's `documents` entries without `activities` and `periods`
/// (which are records of their own).
#[derive(Serialize)]
struct DocumentLine<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    source: &'a str,
    name: &'a Option<String>,
    layout: Layout,
    expected: &'a Option<String>,
    check: Option<CheckOutcome>,
    totals: &'a Totals,
    roles: &'a [RoleSummary],
    verdict: &'a Verdict,
    jobs: &'a [JobReport],
    by: Granularity,
}

/// The pooled figures, as JSON's `summary` without `periods`.
#[derive(Serialize)]
struct SummaryLine<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    documents: usize,
    totals: &'a Totals,
    roles: &'a [RoleSummary],
    verdict: &'a Verdict,
    by: Granularity,
    passed: usize,
    failed: usize,
    errors: &'a [String],
}

/// JSON Lines in progress: with `--by`, each document's period records follow its activities,
/// and the pooled ones (`"source": null`) come before the summary when there were several
/// documents.
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

    /// A finished document: its period records, then its document record.
    pub fn document(&mut self, document: &DocumentReport, out: &mut dyn Write) -> io::Result<()> {
        self.documents += 1;
        if self.periods {
            for period in &document.periods {
                write_period(Some(&document.source), period, out)?;
            }
        }
        let line = DocumentLine {
            kind: "document",
            source: &document.source,
            name: &document.name,
            layout: document.layout,
            expected: &document.expected,
            check: document.check,
            totals: &document.totals,
            roles: &document.roles,
            verdict: &document.verdict,
            jobs: &document.jobs,
            by: document.by,
        };
        write_record(&line, out)
    }

    /// The end of the run: the pooled period records when there were several documents, then
    /// the summary record.
    pub fn finish(self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        if self.periods && self.documents > 1 {
            for period in &summary.periods {
                write_period(None, period, out)?;
            }
        }
        let line = SummaryLine {
            kind: "summary",
            documents: summary.documents,
            totals: &summary.totals,
            roles: &summary.roles,
            verdict: &summary.verdict,
            by: summary.by,
            passed: summary.passed,
            failed: summary.failed,
            errors: &summary.errors,
        };
        write_record(&line, out)
    }
}

/// Writes one `"type": "period"` record.
fn write_period(source: Option<&str>, period: &PeriodReport, out: &mut dyn Write) -> io::Result<()> {
    write_record(
        &PeriodLine {
            kind: "period",
            source,
            period,
        },
        out,
    )
}

/// Writes one record on a line of its own.
fn write_record<T: Serialize>(record: &T, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    writeln!(out)
}

/// Writes one activity as a `"type": "activity"` JSON line.
pub fn write_line<W: Write + ?Sized>(source: &str, activity: &ActivityReport, out: &mut W) -> io::Result<()> {
    serde_json::to_writer(
        &mut *out,
        &Line {
            kind: "activity",
            source,
            activity,
        },
    )?;
    writeln!(out)
}
