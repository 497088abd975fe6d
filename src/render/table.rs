//! The report as tables for people: a breakdown per document (or one row per document when
//! there are several), the verdict, and with `--explain` every activity. The Markdown renderer
//! draws the same tables in Markdown syntax.
//!
//! The tables are written when the run ends, since their layout needs every figure. With
//! `--explain`, each activity's row is kept in a temporary file (in memory while small) until its
//! document ends; the document's section is then laid out into a second one, which is copied
//! out at the end, so memory stays flat however many activities there are. Text from the input
//! (document text, file names, matched words) is shown with its control characters escaped.

use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};

use comfy_table::presets::{ASCII_MARKDOWN, UTF8_FULL_CONDENSED};
use comfy_table::{Attribute, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table, Width};
use serde::{Deserialize, Serialize};
use tempfile::SpooledTempFile;

use super::{
    counted, counts_line, matches_summary, palette, percent, placement_note, role_letters, scores_summary,
    trend_sentence, verdict_line, window_line,
};
use crate::escape::visible;
use crate::periods::{Granularity, PeriodReport};
use crate::report::{
    ActivityReport, CheckOutcome, DocumentReport, Exclusion, RoleSummary, Selection, Summary, Verdict,
};

/// Bytes a temporary file keeps in memory before it moves to disk.
const SPILL_IN_MEMORY: usize = 4 << 20;

/// The terminal style: box drawing, fitted to the width, coloured when asked.
pub(super) fn style(options: &super::Options) -> Style {
    Style {
        markdown: false,
        color: options.color,
        width: options.width,
    }
}
/// How tables are drawn.
#[derive(Debug, Clone, Copy)]
pub(super) struct Style {
    /// Markdown pipe tables instead of box drawing.
    pub markdown: bool,
    /// ANSI colours.
    pub color: bool,
    /// Width to fit (ignored for Markdown).
    pub width: u16,
}

/// A table (or Markdown) rendering in progress.
pub(super) struct Stream {
    style: Style,
    explain: bool,
    /// `--by`: the trend follows everything else.
    by: Option<Granularity>,
    window: Option<Selection>,
    /// The first document, whole while it is the only one (its breakdown is drawn when it stays
    /// so); several documents are drawn as rows of one table, and none is kept.
    first: Option<Box<DocumentReport>>,
    /// Documents finished so far.
    documents: usize,
    /// Their rows of the documents table.
    table_rows: DocumentRows,
    /// The `--explain` rows of the open document (JSON lines).
    rows: Option<Spill>,
    /// Whether a row of the open document has a date or an energy marker.
    dated: bool,
    /// Finished documents' sections (title, breakdown, verdict, rows), each after a blank line.
    sections: Option<Spill>,
}

/// One `--explain` row, as kept until its document ends: what the table shows of an activity.
#[derive(Debug, Serialize, Deserialize)]
struct Row {
    line: usize,
    /// The date and energy marker, e.g. `2025-Q3 (+)`.
    date: String,
    /// The text as shown (escaped; cut to fit in a terminal table).
    text: String,
    role: Option<String>,
    /// What the role column says of an activity left out: `(left out)`, or `(unchecked)` for a
    /// `- [ ]` task; `None` when it counts.
    left_out: Option<String>,
    scores: String,
    /// Matched terms and rules, as shown (escaped).
    terms: String,
}

impl Stream {
    pub(super) fn new(style: Style, explain: bool, by: Option<Granularity>, window: Option<Selection>) -> Stream {
        let spill = || explain.then(Spill::new);
        Stream {
            style,
            explain,
            by,
            window,
            first: None,
            documents: 0,
            table_rows: DocumentRows::default(),
            rows: spill(),
            dated: false,
            sections: spill(),
        }
    }

    pub(super) fn explains(&self) -> bool {
        self.explain
    }

    pub(super) fn activity(&mut self, activity: &ActivityReport) -> io::Result<()> {
        let Some(rows) = &mut self.rows else { return Ok(()) };
        self.dated |= activity.date.is_some() || activity.energy.is_some();
        let style = self.style;
        let energy = match activity.energy.map(|e| serde_json::to_value(e).ok()) {
            Some(Some(serde_json::Value::String(mark))) => format!(" ({mark})"),
            _ => String::new(),
        };
        let date = activity.date.map(|d| d.to_string()).unwrap_or_default();
        // In a table the text is cut (not wrapped) to two fifths of the width and the other
        // columns wrap; Markdown and the narrow layout show it whole.
        let text = if style.markdown || narrow(style) {
            escape(&activity.text, style)
        } else {
            escape(&truncate(&activity.text, text_width(style)), style)
        };
        let row = Row {
            line: activity.line,
            date: format!("{date}{energy}"),
            text,
            role: activity.role.clone(),
            left_out: match activity.excluded_by {
                None => None,
                Some(Exclusion::Unchecked) => Some("(unchecked)".to_string()),
                Some(_) => Some("(left out)".to_string()),
            },
            scores: scores_summary(activity),
            terms: escape(&matches_summary(activity), style),
        };
        serde_json::to_writer(&mut *rows, &row)?;
        rows.write_all(b"\n")
    }

    pub(super) fn document(&mut self, document: DocumentReport) -> io::Result<()> {
        if let (Some(rows), Some(sections)) = (&mut self.rows, &mut self.sections) {
            writeln!(sections)?;
            render_document(&document, self.style, true, sections)?;
            let rows_read = BufReader::new(rows.rewind()?);
            if narrow(self.style) {
                write_blocks(rows_read, &document.roles, self.style, sections)?;
            } else {
                write_explain(rows_read, self.dated, &document.roles, self.style, sections)?;
            }
            rows.clear()?;
            self.dated = false;
        }
        self.documents += 1;
        self.table_rows.push(DocumentRow::of(&document, self.style))?;
        // The breakdown and trend of one document are drawn only when it is the only one; a
        // table of many documents needs their rows alone.
        self.first = (self.documents == 1).then(|| Box::new(document));
        Ok(())
    }

    pub(super) fn finish(self, summary: Summary, out: &mut dyn Write) -> io::Result<()> {
        if let Some(window) = &self.window {
            writeln!(out, "{}", paragraph(&window_line(window, &summary.totals), self.style))?;
        }
        if self.documents > 1 {
            render_documents(self.table_rows, &summary, self.style, out)?;
        } else if let Some(document) = self.first.as_ref().filter(|_| !self.explain) {
            render_document(document, self.style, false, out)?;
        }
        if let Some(mut sections) = self.sections {
            let sections = sections.rewind()?;
            // One document: its section follows the window line with no blank line.
            let mut blank = [0; 1];
            if self.documents > 1 || sections.read(&mut blank)? == 1 {
                io::copy(sections, out)?;
            }
        }
        if let Some(grain) = self.by {
            let periods = match &self.first {
                Some(one) if self.documents == 1 => &one.periods,
                _ => &summary.periods,
            };
            if !self.style.markdown {
                // (A Markdown paragraph already ends with a blank line.)
                writeln!(out)?;
            }
            write_trend(periods, grain, &summary.roles, self.style, out)?;
        }
        Ok(())
    }
}

/// A temporary file written through a buffer (kept in memory while small): rows and sections
/// are written a few bytes at a time, and a file written unbuffered took a system call for each.
struct Spill(io::BufWriter<SpooledTempFile>);

impl Spill {
    fn new() -> Spill {
        Spill(io::BufWriter::with_capacity(
            64 << 10,
            SpooledTempFile::new(SPILL_IN_MEMORY),
        ))
    }

    /// What was written, to read from the start.
    fn rewind(&mut self) -> io::Result<&mut SpooledTempFile> {
        self.0.flush().map_err(spill_error)?;
        let file = self.0.get_mut();
        file.seek(SeekFrom::Start(0)).map_err(spill_error)?;
        Ok(file)
    }

    /// Empties it for the next document.
    fn clear(&mut self) -> io::Result<()> {
        self.0.flush().map_err(spill_error)?;
        let file = self.0.get_mut();
        file.set_len(0).map_err(spill_error)?;
        file.seek(SeekFrom::Start(0)).map_err(spill_error)?;
        Ok(())
    }
}

/// An error of the temporary file, saying which it is and where (an unusable `TMPDIR` had
/// given `No such file or directory (os error 2)`, naming nothing).
fn spill_error(error: io::Error) -> io::Error {
    io::Error::new(
        error.kind(),
        format!(
            "cannot write the temporary file that holds the tables until the end, in {} ({error}); set TMPDIR to a writable folder",
            std::env::temp_dir().display()
        ),
    )
}

impl Write for Spill {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf).map_err(spill_error)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.0.write_all(buf).map_err(spill_error)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush().map_err(spill_error)
    }
}

/// Writes the documents table (one row per document and the total) and the pooled verdict and
/// role checks under it; with `--explain`, the [`Stream`] writes the documents' sections after
/// this, and with `--by` the trend after them.
fn render_documents(rows: DocumentRows, summary: &Summary, style: Style, out: &mut dyn Write) -> io::Result<()> {
    let labels: Vec<&str> = summary.roles.iter().map(|r| r.role.as_str()).collect();
    rows.write_table(&DocumentRow::total(summary, style), &labels, style, out)?;
    if style.markdown {
        writeln!(out)?;
    }
    let s = summary;
    let verdict = verdict_line(&s.verdict, &s.roles, &s.totals);
    writeln!(
        out,
        "{}",
        paragraph(&format!("all {} documents — {verdict}", s.documents), style)
    )?;
    if s.passed + s.failed > 0 {
        let checks = format!("role checks: {} passed, {} failed", s.passed, s.failed);
        writeln!(out, "{}", paragraph(&checks, style))?;
    }
    Ok(())
}

/// A document's title, breakdown, verdict and role check; with `explain`, what must come
/// before its rows (which the caller writes).
fn render_document(document: &DocumentReport, style: Style, explain: bool, out: &mut dyn Write) -> io::Result<()> {
    let t = &document.totals;
    let jobs = if document.jobs.is_empty() {
        String::new()
    } else {
        format!(", {}", counted(document.jobs.len(), "job", "jobs"))
    };
    let title = format!("{}: {}{jobs}", document.label(), counts_line(t));
    if style.markdown {
        writeln!(out, "## {}\n", escape(&title, style))?;
    } else {
        writeln!(out, "{}", escape(&title, style))?;
    }
    let energy = t.energy_marked > 0;
    let mut table = new_table(style);
    let mut header = vec!["role", "activities", "share", "top terms"];
    if energy {
        header.insert(3, "share of (+) lines");
    }
    set_header(&mut table, &header, style);
    for (position, role) in document.roles.iter().enumerate() {
        let mut row = vec![
            paint(Cell::new(role_label(role)), color_at(position), style),
            Cell::new(role.activities),
            Cell::new(percent(role.share)),
            Cell::new(escape(&role.top_terms.join(", "), style)),
        ];
        if energy {
            let e = &role.energy;
            row.insert(
                3,
                Cell::new(format!("{} (+{} −{})", percent(e.share), e.gives, e.drains)),
            );
        }
        table.add_row(row);
    }
    let mut unmatched = vec![
        Cell::new("unmatched"),
        Cell::new(t.unmatched),
        Cell::new("–"),
        Cell::new(""),
    ];
    if energy {
        unmatched.insert(3, Cell::new(""));
    }
    table.add_row(unmatched);
    align_right(&mut table, &[1, 2]);
    writeln!(out, "{table}")?;
    if style.markdown {
        writeln!(out)?;
    }
    if !document.jobs.is_empty() {
        writeln!(out, "{}", jobs_table(document, style))?;
        if style.markdown {
            writeln!(out)?;
        }
    }
    let verdict = verdict_line(&document.verdict, &document.roles, &document.totals);
    writeln!(out, "{}", paragraph(&verdict, style))?;
    if let (Some(expected), Some(check)) = (&document.expected, document.check) {
        let outcome = if check == CheckOutcome::Pass { "pass" } else { "FAIL" };
        writeln!(
            out,
            "{}",
            paragraph(&format!("role check: expected {}: {outcome}", visible(expected)), style)
        )?;
    }
    if explain && style.markdown {
        writeln!(out)?;
    }
    Ok(())
}

/// Rows of the documents table kept in memory; past them, every row goes to a temporary file
/// and the table is drawn [`ROWS_A_BATCH`] rows at a time (a drawn row takes some 4 KB while
/// the table is laid out: a table of 200,000 review authors took 450 MB).
const KEPT_ROWS: usize = 1000;
/// Rows of a long documents table laid out at once.
const ROWS_A_BATCH: usize = 1000;

/// One row of the documents table: what it shows of a document (or of all of them).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct DocumentRow {
    /// The document's label, as shown (escaped).
    name: String,
    summary: SummaryRow,
    /// The role most energising activities go to, if any was marked.
    energy: Option<String>,
    /// Whether the document has an expected role (the table then has the check columns).
    expects: bool,
    /// The role check: the expected role (as shown) and its outcome, if checked.
    check: Option<(String, String)>,
}

impl DocumentRow {
    fn of(document: &DocumentReport, style: Style) -> DocumentRow {
        let check = match (&document.expected, document.check) {
            (Some(expected), Some(CheckOutcome::Pass)) => Some((escape(expected, style), "pass".to_string())),
            (Some(expected), Some(CheckOutcome::Fail)) => Some((escape(expected, style), "FAIL".to_string())),
            _ => None,
        };
        DocumentRow {
            name: escape(&document.label(), style),
            summary: SummaryRow::of(document.totals.activities, &document.roles, &document.verdict),
            energy: document.verdict.energy_role.clone(),
            expects: document.expected.is_some(),
            check,
        }
    }

    /// The total row.
    fn total(summary: &Summary, style: Style) -> DocumentRow {
        let s = summary;
        DocumentRow {
            name: escape(&format!("total ({} documents)", s.documents), style),
            summary: SummaryRow::of(s.totals.activities, &s.roles, &s.verdict),
            energy: s.verdict.energy_role.clone(),
            expects: false,
            check: (s.passed + s.failed > 0).then(|| (String::new(), format!("{} fail", s.failed))),
        }
    }

    /// Its cells, with the energy and check columns when the table has them.
    fn cells(&self, columns: Columns, style: Style) -> Vec<Cell> {
        let mut cells = vec![Cell::new(&self.name)];
        cells.extend(summary_cells(&self.summary, style));
        if columns.energy {
            cells.push(Cell::new(self.energy.clone().unwrap_or_default()));
        }
        if columns.checks {
            let (expected, check) = self.check.clone().unwrap_or_default();
            cells.extend([Cell::new(expected), Cell::new(check)]);
        }
        cells
    }

    /// A row whose every cell is one unbreakable word as wide as the widest of its column
    /// (`widths`, in [`DocumentRow::widths`]' order, with `total`'s): laid out with the widest
    /// rows, a column that wraps keeps the width it is given, as it does in a table of many
    /// rows, where some cell's wrapped line nearly always fills it (comfy-table narrows a
    /// wrapped column to its longest line after wrapping, which a few rows seldom reach).
    fn filler(widths: impl Iterator<Item = usize>, total: &DocumentRow) -> DocumentRow {
        let mut widths: Vec<usize> = widths.collect();
        for (width, of_total) in widths.iter_mut().zip(total.widths()) {
            *width = (*width).max(of_total);
        }
        let word = |at: usize| "x".repeat(widths.get(at).copied().unwrap_or(0));
        let shares = total.summary.shares.len();
        DocumentRow {
            name: word(0),
            summary: SummaryRow {
                activities: total.summary.activities,
                shares: (1..=shares).map(word).collect(),
                verdict: word(shares + 1),
                position: None,
                hybrid: word(shares + 2),
            },
            energy: Some(word(shares + 3)),
            expects: false,
            check: Some((word(shares + 4), word(shares + 5))),
        }
    }

    /// How wide each of its cells is, every optional column included.
    fn widths(&self) -> impl Iterator<Item = usize> + '_ {
        let summary = &self.summary;
        let (expected, check) = self.check.as_ref().map_or(("", ""), |(e, c)| (e.as_str(), c.as_str()));
        [self.name.as_str()]
            .into_iter()
            .chain(summary.shares.iter().map(String::as_str))
            .chain([summary.verdict.as_str(), summary.hybrid.as_str()])
            .chain([self.energy.as_deref().unwrap_or(""), expected, check])
            .map(display_width)
            .chain([summary.activities.to_string().len()])
    }
}

/// The optional columns of the documents table.
#[derive(Debug, Clone, Copy, Default)]
struct Columns {
    /// Some document has a role most energising activities go to.
    energy: bool,
    /// Some document has an expected role.
    checks: bool,
}

/// The documents table's rows as they come: in memory up to [`KEPT_ROWS`], then in a temporary
/// file, so memory stays flat however many documents there are.
struct DocumentRows {
    /// Rows kept in memory, and rows laid out at once past them ([`KEPT_ROWS`], [`ROWS_A_BATCH`]).
    limits: (usize, usize),
    kept: Vec<DocumentRow>,
    spill: Option<Box<Spill>>,
    columns: Columns,
    /// For each cell of a row ([`DocumentRow::widths`]), the widest seen and its row: a table
    /// of these rows (with [`DocumentRow::filler`]) is laid out as the whole table would be.
    widest: Vec<(usize, DocumentRow)>,
}

impl Default for DocumentRows {
    fn default() -> DocumentRows {
        DocumentRows {
            limits: (KEPT_ROWS, ROWS_A_BATCH),
            kept: Vec::new(),
            spill: None,
            columns: Columns::default(),
            widest: Vec::new(),
        }
    }
}

impl DocumentRows {
    fn push(&mut self, row: DocumentRow) -> io::Result<()> {
        self.columns.energy |= row.energy.is_some();
        self.columns.checks |= row.expects;
        for (index, width) in row.widths().enumerate() {
            match self.widest.get_mut(index) {
                Some(widest) if widest.0 >= width => {}
                Some(widest) => *widest = (width, row.clone()),
                None => self.widest.push((width, row.clone())),
            }
        }
        if self.spill.is_none() && self.kept.len() < self.limits.0 {
            self.kept.push(row);
            return Ok(());
        }
        let spill = self.spill.get_or_insert_with(|| Box::new(Spill::new()));
        for kept in self.kept.drain(..).chain([row]) {
            serde_json::to_writer(&mut *spill, &kept)?;
            spill.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Draws the table: one row per document, then `total`; `labels` are the roles'. A long
    /// one is laid out in batches, each with the column widths a table of the widest cells and
    /// a filler row gets (a wrapped column may be wider than one table would draw it, never
    /// narrower), and drawn as one table (the borders between batches left out).
    fn write_table(self, total: &DocumentRow, labels: &[&str], style: Style, out: &mut dyn Write) -> io::Result<()> {
        let DocumentRows {
            limits: (_, batch_rows),
            kept,
            spill,
            columns,
            widest,
        } = self;
        let Some(mut spill) = spill else {
            let table = documents_table(kept.iter().chain([total]), labels, columns, None, true, style);
            return writeln!(out, "{table}");
        };
        let filler = DocumentRow::filler(widest.iter().map(|(width, _)| *width), total);
        let widest = widest.iter().map(|(_, row)| row).chain([total, &filler]);
        let widths = column_widths(&documents_table(widest, labels, columns, None, true, style).to_string());
        let mut batch = Vec::with_capacity(batch_rows);
        let mut header = true;
        for line in BufReader::new(spill.rewind()?).lines() {
            batch.push(serde_json::from_str::<DocumentRow>(&line?)?);
            if batch.len() == batch_rows {
                let table = documents_table(batch.iter(), labels, columns, Some(&widths), header, style);
                write_batch(&table.to_string(), header, false, out)?;
                batch.clear();
                header = false;
            }
        }
        batch.push(total.clone());
        let table = documents_table(batch.iter(), labels, columns, Some(&widths), header, style);
        write_batch(&table.to_string(), header, true, out)
    }
}

/// One batch of a table drawn in batches: the top border only on the first, the bottom border
/// only on the last.
fn write_batch(table: &str, first: bool, last: bool, out: &mut dyn Write) -> io::Result<()> {
    let lines: Vec<&str> = table.lines().collect();
    let from = usize::from(!first && lines.first().is_some_and(|l| l.starts_with(TOP_LEFT)));
    let to = lines.len() - usize::from(!last && lines.last().is_some_and(|l| l.starts_with(BOTTOM_LEFT)));
    for line in &lines[from..to.max(from)] {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The corners a drawn table's top and bottom borders start with.
const TOP_LEFT: char = '╭';
const BOTTOM_LEFT: char = '╰';

/// The width of each column (padding included) of a drawn table, read off its first border
/// line (the top border, or a Markdown table's line under its header).
fn column_widths(table: &str) -> Vec<u16> {
    let border = |c: char| matches!(c, '─' | '-' | '═' | ':');
    let Some(line) = table
        .lines()
        .find(|line| line.chars().any(border) && !line.chars().any(char::is_alphanumeric))
    else {
        return Vec::new();
    };
    line.split(|c: char| !border(c))
        .filter(|segment| !segment.is_empty())
        .map(|segment| u16::try_from(segment.chars().count()).unwrap_or(u16::MAX))
        .collect()
}

/// A documents table of `rows` (the total row among them), with the header when `header`, and
/// with the given column widths, or laid out to fit.
fn documents_table<'r>(
    rows: impl Iterator<Item = &'r DocumentRow>,
    labels: &[&str],
    columns: Columns,
    widths: Option<&[u16]>,
    header: bool,
    style: Style,
) -> Table {
    let mut table = new_table(style);
    if header {
        let mut names: Vec<String> = vec!["document".into(), "activities".into()];
        names.extend(labels.iter().map(|l| format!("{l} %")));
        names.extend(["verdict".to_string(), "hybrid".to_string()]);
        if columns.energy {
            names.push("energy".into());
        }
        if columns.checks {
            names.extend(["expected".to_string(), "check".to_string()]);
        }
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        set_header(&mut table, &names, style);
    }
    for row in rows {
        table.add_row(row.cells(columns, style));
    }
    for (index, &width) in widths.unwrap_or_default().iter().enumerate() {
        if let Some(column) = table.column_mut(index) {
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width)));
        }
    }
    let numeric: Vec<usize> = (1..labels.len() + 2).collect();
    align_right(&mut table, &numeric);
    table
}

/// One row per job of a resume, in document order, and the whole resume: the trajectory.
fn jobs_table(document: &DocumentReport, style: Style) -> Table {
    let mut table = new_table(style);
    let mut header: Vec<String> = vec!["job".into(), "dates".into(), "activities".into()];
    header.extend(document.roles.iter().map(|r| format!("{} %", r.role)));
    header.extend(["verdict".to_string(), "hybrid".to_string()]);
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    set_header(&mut table, &header, style);
    for job in &document.jobs {
        let mut cells = vec![
            Cell::new(escape(&job.label(), style)),
            Cell::new(escape(job.dates.as_deref().unwrap_or(""), style)),
        ];
        cells.extend(summary_cells(
            &SummaryRow::of(job.totals.activities, &job.roles, &job.verdict),
            style,
        ));
        table.add_row(cells);
    }
    let mut cells = vec![
        Cell::new(format!(
            "whole resume ({})",
            counted(document.jobs.len(), "job", "jobs")
        )),
        Cell::new(""),
    ];
    cells.extend(summary_cells(
        &SummaryRow::of(document.totals.activities, &document.roles, &document.verdict),
        style,
    ));
    table.add_row(cells);
    let numeric: Vec<usize> = (2..document.roles.len() + 3).collect();
    align_right(&mut table, &numeric);
    table
}

/// What a summary row shows: activities, each role's share, the verdict (and where its role
/// is listed, for its colour) and whether it is a hybrid.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct SummaryRow {
    activities: usize,
    shares: Vec<String>,
    verdict: String,
    position: Option<usize>,
    hybrid: String,
}

impl SummaryRow {
    fn of(activities: usize, roles: &[RoleSummary], verdict: &Verdict) -> SummaryRow {
        SummaryRow {
            activities,
            shares: roles.iter().map(|r| percent(r.share)).collect(),
            verdict: verdict.role.clone().unwrap_or_else(|| "–".into()),
            position: verdict
                .role
                .as_ref()
                .and_then(|v| roles.iter().position(|r| &r.role == v)),
            hybrid: match (&verdict.runner_up, verdict.hybrid) {
                (Some(runner_up), true) => format!("yes ({runner_up})"),
                _ => "no".to_string(),
            },
        }
    }
}

/// The cells a summary row shares (a document's, a job's, the total).
fn summary_cells(row: &SummaryRow, style: Style) -> Vec<Cell> {
    let mut cells = vec![Cell::new(row.activities)];
    cells.extend(row.shares.iter().map(Cell::new));
    cells.push(match row.position {
        Some(p) => paint(Cell::new(&row.verdict), color_at(p), style),
        None => Cell::new(&row.verdict),
    });
    cells.push(Cell::new(&row.hybrid));
    cells
}

fn new_table(style: Style) -> Table {
    let mut table = Table::new();
    if style.markdown {
        table
            .load_style(ASCII_MARKDOWN)
            .set_content_arrangement(ContentArrangement::Disabled);
    } else {
        table
            .load_style(UTF8_FULL_CONDENSED.with_rounded_corners())
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(style.width);
    }
    if style.color {
        table.enforce_styling();
    }
    table
}

fn set_header(table: &mut Table, names: &[&str], style: Style) {
    let bold = |name: &&str| {
        let cell = Cell::new(name);
        if style.color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    };
    table.set_header(names.iter().map(bold).collect::<Vec<_>>());
}

fn align_right(table: &mut Table, columns: &[usize]) {
    for &index in columns {
        if let Some(column) = table.column_mut(index) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
}

fn paint(cell: Cell, color: Color, style: Style) -> Cell {
    if style.color { cell.fg(color) } else { cell }
}

fn color_at(position: usize) -> Color {
    palette::role(position).terminal()
}

/// Cells in a trend row's bar.
const BAR_WIDTH: usize = 20;

/// The trend: one row per period with a stacked bar of its shares, a note on rows that are not
/// periods of the grain, and the sentence comparing the first and last periods.
fn write_trend(
    periods: &[PeriodReport],
    grain: Granularity,
    roles: &[RoleSummary],
    style: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let rows = if periods.len() == 1 { "row" } else { "rows" };
    let title = format!("by {}: {} {rows}, oldest first", grain.name(), periods.len());
    if style.markdown {
        writeln!(out, "### {title}\n")?;
    } else {
        writeln!(out, "{}", paragraph(&title, style))?;
    }
    let letters = role_letters(roles);
    let mut table = new_table(style);
    let mut header: Vec<String> = vec!["period".into(), "activities".into(), "matched".into()];
    header.extend(roles.iter().map(|r| format!("{} %", r.role)));
    header.extend(["verdict", "most (+) lines", "mix"].map(String::from));
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    set_header(&mut table, &header, style);
    for period in periods {
        let mut cells = vec![
            Cell::new(period.period.to_string()),
            Cell::new(period.activities),
            Cell::new(period.matched),
        ];
        cells.extend(period.roles.iter().map(|r| {
            Cell::new(if period.matched == 0 {
                "–".to_string()
            } else {
                percent(r.share)
            })
        }));
        let position = period
            .verdict
            .role
            .as_ref()
            .and_then(|v| period.roles.iter().position(|r| &r.role == v));
        let verdict = match (&period.verdict.role, &period.verdict.runner_up, period.verdict.hybrid) {
            (Some(role), Some(runner_up), true) => format!("{role} ({runner_up})"),
            (Some(role), ..) => role.clone(),
            (None, ..) => "–".to_string(),
        };
        cells.push(match position {
            Some(p) => paint(Cell::new(verdict), color_at(p), style),
            None => Cell::new(verdict),
        });
        let e = &period.energy;
        cells.push(Cell::new(match &e.role {
            Some(role) => format!("{role} {} (+{} −{})", percent(e.share), e.gives, e.drains),
            None if e.drains > 0 => format!("– (+0 −{})", e.drains),
            None => String::new(),
        }));
        let shares: Vec<f64> = period.roles.iter().map(|r| r.share).collect();
        let bar = bar(&shares, period.matched > 0, BAR_WIDTH);
        let shown: String = bar
            .iter()
            .map(|&i| if style.color { placeholder(i) } else { letters[i] })
            .collect();
        cells.push(Cell::new(if style.markdown && !shown.is_empty() {
            format!("`{shown}`")
        } else {
            shown
        }));
        table.add_row(cells);
    }
    let numeric: Vec<usize> = (1..roles.len() + 3).collect();
    align_right(&mut table, &numeric);
    if let Some(column) = table.column_mut(roles.len() + 5) {
        column.set_constraint(ColumnConstraint::ContentWidth);
    }
    let rendered = table.to_string();
    let rendered = if style.color {
        paint_bars(&rendered, roles.len())
    } else {
        rendered
    };
    writeln!(out, "{rendered}")?;
    if style.markdown {
        writeln!(out)?;
    }
    let key: Vec<String> = roles
        .iter()
        .zip(&letters)
        .map(|(r, letter)| format!("{letter} {}", r.role))
        .collect();
    let mut notes = vec![format!("mix: shares of the matched work ({})", key.join(", "))];
    if let Some(hybrid) = periods.iter().find(|p| p.verdict.hybrid)
        && let (Some(role), Some(runner_up)) = (&hybrid.verdict.role, &hybrid.verdict.runner_up)
    {
        notes[0].push_str(&format!(
            "; a verdict such as {role} ({runner_up}) is a hybrid with its runner-up"
        ));
    }
    notes.extend(placement_note(periods, grain));
    for note in notes {
        writeln!(out, "{}", paragraph(&note, style))?;
    }
    writeln!(out, "{}", paragraph(&trend_sentence(periods, grain), style))?;
    Ok(())
}

/// The cells of a stacked bar `width` long: each role's share rounded by largest remainder,
/// so the bar is always full when anything matched (and empty when nothing did).
fn bar(shares: &[f64], matched: bool, width: usize) -> Vec<usize> {
    if !matched {
        return Vec::new();
    }
    let total: f64 = shares.iter().sum();
    if total <= 0.0 {
        return Vec::new();
    }
    let exact: Vec<f64> = shares.iter().map(|s| s / total * width as f64).collect();
    let mut cells: Vec<usize> = exact.iter().map(|e| e.floor() as usize).collect();
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_by(|&a, &b| {
        (exact[b] - exact[b].floor())
            .total_cmp(&(exact[a] - exact[a].floor()))
            .then(a.cmp(&b))
    });
    let mut missing = width.saturating_sub(cells.iter().sum());
    for i in order {
        if missing == 0 {
            break;
        }
        cells[i] += 1;
        missing -= 1;
    }
    cells
        .iter()
        .enumerate()
        .flat_map(|(i, &n)| std::iter::repeat_n(i, n))
        .collect()
}

/// A private-use character standing for a bar cell of role `position` while the table is laid
/// out (one column wide, as a block is); [`paint_bars`] swaps it for a coloured block.
fn placeholder(position: usize) -> char {
    char::from_u32(0xE000 + position as u32).unwrap_or('\u{E000}')
}

/// Replaces the bar placeholders with blocks in the roles' colours.
fn paint_bars(rendered: &str, roles: usize) -> String {
    let mut out = String::with_capacity(rendered.len() * 2);
    let mut current: Option<usize> = None;
    for ch in rendered.chars() {
        let code = ch as u32;
        let role = (0xE000..0xE000 + roles as u32)
            .contains(&code)
            .then(|| (code - 0xE000) as usize);
        match role {
            Some(position) => {
                if current != Some(position) {
                    out.push_str(&palette::role(position).ansi_fg());
                    current = Some(position);
                }
                out.push('█');
            }
            None => {
                if current.take().is_some() {
                    out.push_str("\x1b[39m");
                }
                out.push(ch);
            }
        }
    }
    if current.is_some() {
        out.push_str("\x1b[39m");
    }
    out
}

/// `TPM — how/when`.
fn role_label(role: &RoleSummary) -> String {
    format!("{} — {}", role.role, role.question)
}

/// A line of prose: bold on a colour terminal (wrapped at spaces to a narrow terminal's width);
/// a paragraph in Markdown.
fn paragraph(text: &str, style: Style) -> String {
    if style.markdown {
        return format!("{}\n", escape(text, style));
    }
    let lines = if narrow(style) {
        wrap(0, 0, text, usize::from(style.width))
    } else {
        vec![text.to_string()]
    };
    let lines: Vec<String> = if style.color {
        lines.iter().map(|line| format!("\x1b[1m{line}\x1b[0m")).collect()
    } else {
        lines
    };
    lines.join("\n")
}

/// Text from the input as a cell shows it: control characters escaped, and in Markdown what
/// would be markup escaped too ([`super::markdown::text`]).
fn escape(text: &str, style: Style) -> String {
    let text = visible(text);
    if style.markdown {
        super::markdown::text(&text)
    } else {
        text.into_owned()
    }
}

/// Activities laid out and written at a time by [`write_explain`].
const EXPLAIN_BLOCK: usize = 512;

/// The width the activity text is cut to in a terminal table: two fifths of the width.
fn text_width(style: Style) -> usize {
    (usize::from(style.width) * 2 / 5).max(24)
}

/// Reads the next block of up to [`EXPLAIN_BLOCK`] rows (JSON lines).
fn read_block(rows: &mut impl BufRead) -> io::Result<Vec<Row>> {
    let mut block = Vec::new();
    let mut line = String::new();
    while block.len() < EXPLAIN_BLOCK {
        line.clear();
        if rows.read_line(&mut line)? == 0 {
            break;
        }
        block.push(serde_json::from_str(&line)?);
    }
    Ok(block)
}

/// The width below which `--explain` is one block per activity instead of a table: narrower,
/// the table's matched terms column gets too few characters to read (17 at 120 columns, 7 at 80).
const EXPLAIN_TABLE_WIDTH: u16 = 120;

/// Whether `--explain` is laid out as one block per activity (a terminal narrower than
/// [`EXPLAIN_TABLE_WIDTH`]; never in Markdown, which does not wrap).
fn narrow(style: Style) -> bool {
    !style.markdown && style.width < EXPLAIN_TABLE_WIDTH
}

/// Where a block's lines after its first start.
const BLOCK_INDENT: usize = 6;

/// Writes `--explain` for a narrow terminal: a heading naming the parts, then per activity
/// its line number, date and energy marker, role and text, and on the next line its scores and
/// matched terms and rules, each wrapped at spaces to the width with the same indent. Rows are
/// read and written one at a time.
fn write_blocks(mut rows: impl BufRead, roles: &[RoleSummary], style: Style, out: &mut dyn Write) -> io::Result<()> {
    let width = usize::from(style.width);
    let heading = "each activity: line, date, role, text; then its scores and matched terms and rules";
    writeln!(out, "{}", paragraph(heading, style))?;
    let mut line = String::new();
    loop {
        line.clear();
        if rows.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let row: Row = serde_json::from_str(&line)?;
        let position = row.role.as_ref().and_then(|r| roles.iter().position(|x| &x.role == r));
        let (role, color) = match (&row.role, position, &row.left_out) {
            (_, _, Some(left_out)) => (left_out.as_str(), None),
            (Some(role), Some(position), None) => (role.as_str(), Some(position)),
            _ => ("–", None),
        };
        let mut lead = format!("{:>width$}  ", row.line, width = BLOCK_INDENT - 2);
        let date = row.date.trim();
        if !date.is_empty() {
            lead.push_str(date);
            lead.push_str("  ");
        }
        let plain_lead = format!("{lead}{role}  ");
        let painted_lead = match color {
            Some(position) if style.color => {
                format!("{lead}{}{role}\x1b[39m  ", palette::role(position).ansi_fg())
            }
            _ => plain_lead.clone(),
        };
        let lead_width = display_width(&plain_lead);
        for (index, shown) in wrap(lead_width, BLOCK_INDENT, &row.text, width).into_iter().enumerate() {
            if index == 0 {
                writeln!(out, "{painted_lead}{shown}")?;
            } else {
                writeln!(out, "{}{shown}", " ".repeat(BLOCK_INDENT))?;
            }
        }
        // As in the table, an activity with no scores or no matches leaves them out.
        let details = match (row.scores.is_empty(), row.terms.is_empty()) {
            (true, true) => continue,
            (false, true) => format!("scores: {}", row.scores),
            (true, false) => format!("terms: {}", row.terms),
            (false, false) => format!("scores: {} · terms: {}", row.scores, row.terms),
        };
        for shown in wrap(BLOCK_INDENT, BLOCK_INDENT, &details, width) {
            writeln!(out, "{}{shown}", " ".repeat(BLOCK_INDENT))?;
        }
    }
}

/// Columns `text` takes in a terminal.
fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` broken at spaces into lines that fit `width` columns: the first after a lead `first`
/// columns wide, the others after one `rest` wide (both written by the caller). A word is cut
/// only when it alone is wider than a line.
fn wrap(first: usize, rest: usize, text: &str, width: usize) -> Vec<String> {
    let room = |lines: &Vec<String>| {
        let lead = if lines.is_empty() { first } else { rest };
        width.saturating_sub(lead).max(1)
    };
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut used = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let mut word = word.to_string();
        let mut word_width = display_width(&word);
        loop {
            let space = usize::from(used > 0);
            if used + space + word_width <= room(&lines) {
                if space == 1 {
                    current.push(' ');
                }
                current.push_str(&word);
                used += space + word_width;
                break;
            }
            if used > 0 {
                lines.push(std::mem::take(&mut current));
                used = 0;
                continue;
            }
            // A word wider than a whole line: the part that fits, then the rest.
            let fits = room(&lines);
            let mut cut = String::new();
            let mut cut_width = 0;
            let mut rest = word.chars().peekable();
            while let Some(&c) = rest.peek() {
                let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if cut_width + w > fits && cut_width > 0 {
                    break;
                }
                cut.push(c);
                cut_width += w;
                rest.next();
            }
            lines.push(cut);
            word = rest.collect();
            word_width = display_width(&word);
            if word.is_empty() {
                break;
            }
        }
    }
    if used > 0 || lines.is_empty() {
        lines.push(current);
    }
    lines
}

/// Writes the explanation table: one row per activity, read back from where they were kept. A
/// long one is written a block of rows at a time, every block with the column widths the first
/// one was given and the borders and header between blocks left out, so it reads as one table
/// but is never held whole (a table of 300,000 rows took gigabytes as one).
fn write_explain(
    mut rows: impl BufRead,
    dated: bool,
    roles: &[RoleSummary],
    style: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut widths: Option<Vec<u16>> = None;
    let mut header_lines = 0;
    let mut block = read_block(&mut rows)?;
    let mut index = 0;
    loop {
        let next = if block.len() == EXPLAIN_BLOCK {
            read_block(&mut rows)?
        } else {
            Vec::new()
        };
        let last = next.is_empty();
        let lines: Vec<String> = explain_table(&block, roles, style, dated, widths.as_deref())
            .lines()
            .collect();
        if index == 0 {
            widths = (!style.markdown).then(|| border_widths(&lines[0])).flatten();
            // The header ends at its separator: `╞═══╡`, or `|---|` in Markdown.
            header_lines = lines
                .iter()
                .position(|line| line.starts_with('╞') || line.starts_with("|-"))
                .map_or(0, |separator| separator + 1);
        }
        let first = if index == 0 { 0 } else { header_lines };
        // Markdown tables have no bottom border.
        let end = if last || style.markdown {
            lines.len()
        } else {
            lines.len() - 1
        };
        for line in lines.get(first..end).unwrap_or_default() {
            writeln!(out, "{line}")?;
        }
        if last {
            return Ok(());
        }
        block = next;
        index += 1;
    }
}

/// The widths of a table's columns (padding included), read off its top border `╭──┬───╮`.
fn border_widths(top: &str) -> Option<Vec<u16>> {
    let inner = top.strip_prefix('╭')?.strip_suffix('╮')?;
    inner
        .split('┬')
        .map(|segment| u16::try_from(segment.chars().count()).ok())
        .collect()
}

/// One row per activity: line, date, text cut to fit, role, scores, matches and rules; `widths`
/// fixes the columns' widths (padding included) instead of fitting them to the rows.
fn explain_table(rows: &[Row], roles: &[RoleSummary], style: Style, dated: bool, widths: Option<&[u16]>) -> Table {
    let mut table = new_table(style);
    let mut header = vec!["line", "activity", "role", "scores", "matched terms and rules"];
    if dated {
        header.insert(1, "date");
    }
    set_header(&mut table, &header, style);
    for row in rows {
        let position = row.role.as_ref().and_then(|r| roles.iter().position(|x| &x.role == r));
        let role_cell = match (&row.role, position, &row.left_out) {
            (_, _, Some(left_out)) => Cell::new(left_out),
            (Some(role), Some(position), None) => paint(Cell::new(role), color_at(position), style),
            _ => Cell::new("–"),
        };
        let mut cells = vec![
            Cell::new(row.line),
            Cell::new(&row.text),
            role_cell,
            Cell::new(&row.scores),
            Cell::new(&row.terms),
        ];
        if dated {
            cells.insert(1, Cell::new(&row.date));
        }
        table.add_row(cells);
    }
    align_right(&mut table, &[0]);
    let text_column = if dated { 2 } else { 1 };
    if let Some(widths) = widths {
        table.set_constraints(
            widths
                .iter()
                .map(|&width| ColumnConstraint::Absolute(comfy_table::Width::Fixed(width))),
        );
    } else if let Some(text) = table.column_mut(text_column)
        && !style.markdown
    {
        text.set_constraint(ColumnConstraint::ContentWidth);
    }
    table
}

/// `text` cut to at most `width` characters, ending in `…` when cut.
fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_cuts_on_characters_with_an_ellipsis() {
        assert_eq!(truncate("héllo wörld", 6), "héllo…");
        assert_eq!(truncate("short", 10), "short");
    }

    #[test]
    fn percent_has_one_decimal() {
        assert_eq!(percent(0.3333), "33.3%");
        assert_eq!(percent(1.0), "100.0%");
    }

    #[test]
    fn wrap_breaks_at_spaces_and_cuts_only_a_word_wider_than_a_line() {
        assert_eq!(wrap(0, 2, "one two three four", 9), ["one two", "three", "four"]);
        assert_eq!(wrap(3, 0, "abcdefghij xy", 5), ["ab", "cdefg", "hij", "xy"]);
        assert_eq!(wrap(0, 0, "", 5), [""]);
    }

    /// A documents table of `rows` drawn with at most `kept` rows in memory, in batches of
    /// `batch`.
    fn drawn(rows: &[DocumentRow], kept: usize, batch: usize, style: Style) -> String {
        let mut table = DocumentRows {
            limits: (kept, batch),
            ..DocumentRows::default()
        };
        for row in rows {
            table.push(row.clone()).expect("kept");
        }
        let total = DocumentRow {
            name: "total".into(),
            ..rows[0].clone()
        };
        let mut out = Vec::new();
        table
            .write_table(&total, &["PM", "EM", "TPM"], style, &mut out)
            .expect("drawn");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn a_long_documents_table_drawn_in_batches_is_the_table_drawn_at_once() {
        // Names of many lengths and words, so that a narrow table wraps them as a long one does
        // (comfy-table narrows a wrapped column to its longest wrapped line).
        let first = [
            "Kim",
            "Ana",
            "Jean-Baptiste",
            "Maximilian",
            "Oluwaseun",
            "Priya",
            "Li",
            "Alexandra",
            "Mohammed",
            "Siobhan",
            "Zoë",
            "Rafael",
        ];
        let last = [
            "Li",
            "Osei-Brown",
            "Nakamura",
            "VanderBerg-Okonkwo",
            "Fitzgerald-Smith",
            "Patel",
            "Ng",
            "Schwarzenegger",
            "Oyelaran-Adeyemi",
            "Ó Súilleabháin",
        ];
        let mut seed = 7u64;
        let mut pick = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n
        };
        let names: Vec<String> = (0..1500)
            .map(|_| {
                let given: Vec<&str> = (0..=pick(2)).map(|_| first[pick(first.len())]).collect();
                format!("{} {}", given.join(" "), last[pick(last.len())])
            })
            .collect();
        let rows: Vec<DocumentRow> = (0..1500)
            .map(|i| DocumentRow {
                name: format!("/tmp/names.csv#E{i:04} ({})", names[i]),
                summary: SummaryRow {
                    activities: i * 37,
                    shares: vec![format!("{i}.0%"), "50.0%".into(), "0.0%".into()],
                    verdict: ["PM", "EM", "–"][i % 3].into(),
                    position: (i % 3 < 2).then_some(i % 3),
                    hybrid: if i % 5 == 0 { "yes (TPM)".into() } else { "no".into() },
                },
                energy: (i == 7).then(|| "EM".into()),
                expects: i == 11,
                check: (i == 11).then(|| ("EM".into(), "FAIL".into())),
            })
            .collect();
        for (markdown, color, width) in [
            (false, false, 200),
            (false, true, 60),
            (false, false, 40),
            (false, false, 85),
            (false, false, 100),
            (false, false, 120),
            (true, false, 80),
        ] {
            let style = Style { markdown, color, width };
            let whole = drawn(&rows, usize::MAX, usize::MAX, style);
            for (kept, batch) in [(1000, 1000), (0, 1), (1499, 23), (1, 700)] {
                assert_eq!(
                    drawn(&rows, kept, batch, style),
                    whole,
                    "{markdown} {color} {width} {kept} {batch}"
                );
            }
        }
    }

    #[test]
    fn column_widths_are_read_off_the_first_border() {
        assert_eq!(column_widths("╭──┬───╮\n│ a ┆ b │"), [2, 3]);
        assert_eq!(column_widths("| a  | b |\n|----|---|\n| c  | d |"), [4, 3]);
        assert!(column_widths("| a |").is_empty());
    }

    #[test]
    fn markdown_escapes_pipes_markup_and_controls() {
        let style = Style {
            markdown: true,
            color: false,
            width: 80,
        };
        assert_eq!(escape("a|b", style), "a\\|b");
        assert_eq!(escape("<b>\x1b[2J\u{202e}", style), "&lt;b&gt;\\x1b[2J\\u{202e}");
        let style = Style {
            markdown: false,
            ..style
        };
        assert_eq!(escape("<b>|\u{202e}", style), "<b>|\\u{202e}");
    }
}
