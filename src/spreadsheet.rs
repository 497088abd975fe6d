//! CSV/TSV exports → documents: one column holds the activities, others (optionally) who wrote
//! them, their name and the role they hold.
//!
//! Review tools export self-reviews as spreadsheets: one row per answer, a column for the text
//! and one for the employee. Each cell is parsed like a small document (it may hold bullets), and
//! rows sharing an id become one document named `file#id`.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::activity::{self, ParseOptions, Parsed};
use crate::dates::{self, DateRead, DateSettings, Period};
use crate::escape::{cut, excerpt, visible};
use crate::input::MAX_LINE_BYTES;
use crate::layout::Layout;

/// Which columns to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    /// The column holding activity text.
    pub text: String,
    /// The column whose values group rows into documents, if any.
    pub id: Option<String>,
    /// The column holding each document's expected role, if any.
    pub role: Option<String>,
    /// The column holding each document's person's name, if any.
    pub name: Option<String>,
    /// The column dating each row, if any.
    pub date: Option<String>,
    /// The field delimiter (`--delimiter`), or `None` to tell it from the file.
    pub delimiter: Option<u8>,
}

/// One document of a spreadsheet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sheet {
    /// `file#id`, or the file's name without an id column.
    pub name: String,
    /// Its activities and line counts (lines of the file).
    pub parsed: Parsed,
    /// The role column's non-blank cells: (line, role as written).
    pub roles: Vec<(usize, String)>,
    /// The first non-blank cell of the name column.
    pub person: Option<String>,
}

/// The field delimiter a file's name says: tab for `.tsv`/`.tab`, comma for `.csv`, else
/// `None` (standard input, other names: see [`documents`]).
pub fn delimiter_for(name: &str) -> Option<u8> {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".tsv") || lower.ends_with(".tab") {
        Some(b'\t')
    } else if lower.ends_with(".csv") {
        Some(b',')
    } else {
        None
    }
}

/// Most bytes of column names an error message lists.
const SHOWN_HEADER_BYTES: usize = 200;

/// How a delimiter is named in messages.
fn delimiter_name(delimiter: u8) -> String {
    match delimiter {
        b'\t' => "tab".to_string(),
        other => format!("`{}`", visible(&char::from(other).to_string())),
    }
}

/// How many of a header's columns a hint lists.
const HINT_COLUMNS: usize = 6;

/// Most bytes read of a file to list its header's first columns.
const HINT_BYTES: u64 = 64 << 10;

/// The first columns of a spreadsheet's header, for a hint (`id, name, role, review, … (3
/// more)`): read from the file's first 64 KiB, each name shortened and its control characters
/// shown, so the hint stays short whatever the file holds.
pub fn header_hint(path: &Path) -> Result<String> {
    use std::io::Read;
    let shown = path.display().to_string();
    let file = std::fs::File::open(path).with_context(|| format!("{shown}: cannot read"))?;
    let mut start = Vec::new();
    file.take(HINT_BYTES)
        .read_to_end(&mut start)
        .with_context(|| format!("{shown}: cannot read"))?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter_for(&shown).unwrap_or(b','))
        .flexible(true)
        .from_reader(start.as_slice());
    let headers = reader
        .headers()
        .with_context(|| format!("{shown}: cannot read the header row"))?;
    let mut listed: Vec<String> = headers
        .iter()
        .map(|h| cut(h.trim().trim_start_matches('\u{feff}')))
        .take(HINT_COLUMNS)
        .collect();
    if headers.len() > HINT_COLUMNS {
        let more = format!("… ({} more)", headers.len() - HINT_COLUMNS);
        return Ok(format!("{}, {more}", listed.join(", ")));
    }
    listed.retain(|h| !h.is_empty());
    Ok(listed.join(", "))
}

/// A spreadsheet's documents, found in one pass over its rows: each holds where its rows are,
/// its role and name cells, and is parsed only when [`Sheets::iter`] comes to it, so a file of
/// a million ids holds one parsed document at a time (parsed all at once, a 50 MB export of a
/// million one-row ids took 3.8 GB).
#[derive(Debug)]
pub struct Sheets<'t> {
    /// The file's text after its byte-order mark.
    text: &'t str,
    name: String,
    delimiter: u8,
    /// Cells the header names.
    header_len: usize,
    text_column: usize,
    date_column: Option<usize>,
    /// Whether rows are grouped by an id column (else the file is one document named `name`).
    grouped: bool,
    options: ParseOptions,
    /// Each document's rows and cells, by id in sorted order.
    groups: BTreeMap<Box<str>, Rows>,
}

/// Where one document's rows are, and its role and name cells: small, as there may be a
/// million (56 bytes beside its id for a document of one row, nothing more on the heap).
#[derive(Debug, Default)]
struct Rows {
    /// The first row's byte offset in the text and line, if it has a row.
    first: Option<(u64, u64)>,
    /// The other rows'.
    more: Vec<(u64, u64)>,
    /// Its role and name cells, if any is filled in.
    cells: Option<Box<Cells>>,
}

/// A document's role and name cells.
#[derive(Debug, Default)]
struct Cells {
    /// The role column's non-blank cells: (line, role as written).
    roles: Vec<(usize, String)>,
    /// The first non-blank cell of the name column.
    person: Option<String>,
}

impl Rows {
    /// Each row's byte offset in the text and line, in the file's order.
    fn starts(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.first.iter().chain(&self.more).copied()
    }

    fn roles(&self) -> Vec<(usize, String)> {
        self.cells.as_ref().map(|c| c.roles.clone()).unwrap_or_default()
    }

    fn person(&self) -> Option<String> {
        self.cells.as_ref().and_then(|c| c.person.clone())
    }
}

impl Sheets<'_> {
    /// How many documents there are.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// Whether there are none: a header over no rows, grouped by an id column (without one, the
    /// file is one document, however empty).
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Each document with its name, role and name cells, and nothing parsed: what a role check
    /// needs before any document is written.
    pub fn unparsed(&self) -> impl Iterator<Item = Sheet> + '_ {
        self.groups.iter().map(|(id, rows)| Sheet {
            name: self.document_name(id),
            parsed: Parsed::default(),
            roles: rows.roles(),
            person: rows.person(),
        })
    }

    /// The documents, each parsed as it comes.
    pub fn iter(&self) -> impl Iterator<Item = Result<Sheet>> + '_ {
        let reader = csv::ReaderBuilder::new()
            .delimiter(self.delimiter)
            .flexible(true)
            .has_headers(false)
            .from_reader(std::io::Cursor::new(self.text.as_bytes()));
        let mut reader = Some(reader);
        self.groups.iter().map(move |(id, rows)| {
            let reader = reader.as_mut().context("the reader is there")?;
            self.parse(id, rows, reader)
        })
    }

    fn document_name(&self, id: &str) -> String {
        if self.grouped {
            format!("{}#{id}", self.name)
        } else {
            self.name.clone()
        }
    }

    /// Document `id`, its rows read again from where the first pass found them.
    fn parse(&self, id: &str, rows: &Rows, reader: &mut csv::Reader<std::io::Cursor<&[u8]>>) -> Result<Sheet> {
        let name = &self.name;
        let mut sheet = Sheet {
            name: self.document_name(id),
            parsed: Parsed::default(),
            roles: rows.roles(),
            person: rows.person(),
        };
        // The rows whose date cell is no date: the first one's line and cell, and how many, for
        // one warning.
        let mut undated: Option<(usize, String, usize)> = None;
        let mut record = csv::StringRecord::new();
        for (byte, line) in rows.starts() {
            // From the line ending before the row, which the reader skips as an empty line: a
            // seek resets the reader, which would take a byte-order mark that starts the row (two
            // files joined with `cat`) for the file's own and drop it, where the first pass kept it.
            let mut position = csv::Position::new();
            position
                .set_byte(byte.saturating_sub(1))
                .set_line(line.saturating_sub(1));
            reader
                .seek(position)
                .with_context(|| format!("{name}: malformed CSV"))?;
            reader
                .read_record(&mut record)
                .with_context(|| format!("{name}: malformed CSV"))?;
            let line = usize::try_from(line).unwrap_or(usize::MAX);
            let cell = |column: Option<usize>| {
                column
                    .and_then(|c| record.get(c))
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
            };
            let row_date = cell(self.date_column).and_then(|written| {
                let period = cell_date(written, self.options.dates);
                if period.is_none() {
                    undated.get_or_insert_with(|| (line, excerpt(written), 0)).2 += 1;
                }
                period
            });
            // The row's date dates its cell as a heading over it would.
            let cell_options = ParseOptions {
                period: row_date,
                cell: true,
                ..self.options
            };
            let parsed = activity::parse_with(record.get(self.text_column).unwrap_or_default(), cell_options);
            // A ragged row is read as far as it goes, and said.
            if record.len() != self.header_len {
                let fields = if record.len() == 1 { "field" } else { "fields" };
                let what = if record.len() < self.header_len {
                    "the missing cells are read as empty"
                } else {
                    "the extra cells are not read"
                };
                sheet.parsed.warnings.push((
                    line,
                    format!("{} {fields}, the header has {}: {what}", record.len(), self.header_len),
                ));
            }
            let group = &mut sheet.parsed;
            group.lines += parsed.lines;
            group.continuations += parsed.continuations;
            group.skipped += parsed.skipped;
            group.warnings.extend(
                parsed
                    .warnings
                    .into_iter()
                    .map(|(at, message)| (at + line - 1, message)),
            );
            group.activities.extend(parsed.activities.into_iter().map(|mut a| {
                a.line += line - 1;
                a
            }));
        }
        if let Some((line, written, count)) = undated {
            let what = match count {
                1 => format!("the date cell {written} is not a date rolemap reads, so its row is undated"),
                n => format!(
                    "the date cells of {n} rows are not dates rolemap reads (the first: {written}), so those rows are undated"
                ),
            };
            let warning = format!("{what} (write e.g. 2025-03-14, Mar 3 2025, Mar 2025 or Q1 2025)");
            sheet.parsed.warnings.push((line, warning));
        }
        Ok(sheet)
    }
}

/// Reads `text` (a CSV/TSV file with a header row) into its documents, one per id in sorted
/// order, or one named `name` without an id column: a first pass finds each document's rows,
/// and [`Sheets::iter`] parses them. Cells are read as brag lists whatever `options` say of the
/// layout (an answer is not a resume); lines are the file's.
///
/// The delimiter is `--delimiter`, else the file name's (`.tsv`, `.csv`), else a tab when the
/// first line holds one and a comma otherwise. An empty file, a header without the column (or
/// naming it twice) and a quoted field that never closes are errors; messages quote at most a
/// short, escaped part of the header. `cut_lines` are the lines the reader cut at
/// [`MAX_LINE_BYTES`]: a quoted field that opens on or before one and never closes is told as
/// cut there, not as missing its quote.
pub fn read<'t>(
    text: &'t str,
    name: &str,
    columns: &Columns,
    options: ParseOptions,
    cut_lines: &[usize],
) -> Result<Sheets<'t>> {
    let text = text.trim_start_matches('\u{feff}');
    let first_line = activity::lines(text).next().unwrap_or_default();
    if first_line.trim().is_empty() {
        bail!("{name}: no header row: the first line is empty (a CSV/TSV file starts with a row naming its columns)");
    }
    let delimiter = columns
        .delimiter
        .or_else(|| delimiter_for(name))
        .unwrap_or(if first_line.contains('\t') { b'\t' } else { b',' });
    if let Some(line) = unclosed_quote(text, delimiter) {
        if let Some(cut) = cut_lines.iter().find(|&&cut| cut >= line) {
            bail!(
                "{name}:{line}: a quoted field opens here and does not close: line {cut} is longer than {} MiB, the longest line rolemap reads, and was cut with the rest of the field",
                MAX_LINE_BYTES >> 20
            );
        }
        bail!("{name}:{line}: a quoted field opens here and never closes (a `\"` is missing)");
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .with_context(|| format!("{name}: cannot read the header row"))?
        .clone();
    let find = |wanted: &str| -> Result<usize> {
        let same = |h: &&str| h.trim().eq_ignore_ascii_case(wanted);
        let mut found = headers.iter().enumerate().filter(|(_, h)| same(h)).map(|(i, _)| i);
        match (found.next(), found.next()) {
            (Some(index), None) => Ok(index),
            (Some(first), Some(second)) => bail!(
                "{name}: the header names the column {} twice (columns {} and {}); rename one",
                excerpt(wanted),
                first + 1,
                second + 1
            ),
            (None, _) if headers.len() <= 1 => bail!(
                "{name}: no column {}: the first line has no {} separating column names, so it is not a CSV/TSV header (--delimiter sets the separator)",
                excerpt(wanted),
                delimiter_name(delimiter)
            ),
            (None, _) => {
                let mut shown = String::new();
                for (index, header) in headers.iter().enumerate() {
                    let header = cut(header.trim());
                    if shown.len() + header.len() > SHOWN_HEADER_BYTES {
                        shown.push_str(&format!(" … ({} columns)", headers.len()));
                        break;
                    }
                    if index > 0 {
                        shown.push_str(", ");
                    }
                    shown.push_str(&header);
                }
                bail!("{name}: no column {}; the header has: {shown}", excerpt(wanted))
            }
        }
    };
    let text_column = find(&columns.text)?;
    let id_column = columns.id.as_deref().map(find).transpose()?;
    let role_column = columns.role.as_deref().map(find).transpose()?;
    let name_column = columns.name.as_deref().map(find).transpose()?;
    let date_column = columns.date.as_deref().map(find).transpose()?;
    let options = ParseOptions {
        layout: Some(Layout::Brag),
        ..options
    };
    let mut groups: BTreeMap<Box<str>, Rows> = BTreeMap::new();
    let mut record = csv::StringRecord::new();
    while reader
        .read_record(&mut record)
        .with_context(|| format!("{name}: malformed CSV"))?
    {
        let start = record
            .position()
            .map_or((0, 1), |p| past_blank_lines(text, p.byte(), p.line()));
        let line = usize::try_from(start.1).unwrap_or(usize::MAX);
        let cell = |column: Option<usize>| {
            column
                .and_then(|c| record.get(c))
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        let id = cell(id_column).unwrap_or_default();
        let rows = match groups.get_mut(id) {
            Some(rows) => rows,
            None => groups.entry(id.into()).or_default(),
        };
        match rows.first {
            None => rows.first = Some(start),
            Some(_) => rows.more.push(start),
        }
        let (role, person) = (cell(role_column), cell(name_column));
        if role.is_some() || person.is_some() {
            let cells = rows.cells.get_or_insert_with(Box::default);
            if let Some(role) = role {
                cells.roles.push((line, role.to_string()));
            }
            if cells.person.is_none() {
                cells.person = person.map(str::to_string);
            }
        }
    }
    if id_column.is_none() {
        // The file is one document, even without a row.
        groups.entry("".into()).or_default();
    }
    Ok(Sheets {
        text,
        name: name.to_string(),
        delimiter,
        header_len: headers.len(),
        text_column,
        date_column,
        grouped: id_column.is_some(),
        options,
        groups,
    })
}

/// Where a record the CSV reader places at `byte` and `line` starts: after the blank lines
/// before it, which the reader skips but counts the record from (a row after a blank line had
/// its activities and warnings a line early).
fn past_blank_lines(text: &str, byte: u64, line: u64) -> (u64, u64) {
    let rest = usize::try_from(byte)
        .ok()
        .and_then(|at| text.as_bytes().get(at..))
        .unwrap_or_default();
    let (mut at, mut blank) = (0, 0);
    loop {
        let ending = match rest[at..] {
            [b'\r', b'\n', ..] => 2,
            [b'\n' | b'\r', ..] => 1,
            _ => break,
        };
        at += ending;
        blank += 1;
    }
    (byte + at as u64, line + blank)
}

/// The period a date cell names: a date as people write it, or a timestamp read by its day
/// (`2025-03-14T10:32:00Z`, `2025-03-14 10:32`, `Mar 14, 2025 10:32 AM`, `14 Mar 2025 10:32 UTC`,
/// Oracle's `14-MAR-25 10.32.00.000000 AM`, `14-Mar-25, 10:32`).
fn cell_date(written: &str, settings: DateSettings) -> Option<Period> {
    // An ISO timestamp's `T` between the day and the time.
    let day = match written.find('T') {
        Some(at) if at > 0 && written.as_bytes()[at - 1].is_ascii_digit() => &written[..at],
        _ => written,
    };
    // A time, an AM/PM and a zone at the end.
    let mut day = day.trim_end();
    while let Some((rest, last)) = day.rsplit_once(' ') {
        let time = (last.contains(':') && last.bytes().any(|b| b.is_ascii_digit())) || dotted_time(last);
        let meridiem = matches!(last.to_ascii_lowercase().as_str(), "am" | "pm");
        let zone = last == "Z" || matches!(last, "UTC" | "GMT") || last.starts_with(['+', '-']);
        if !(time || meridiem || zone) {
            break;
        }
        // The comma between a day and its time (`14-Mar-25, 10:32`) goes with the time.
        day = rest.trim_end().trim_end_matches(',').trim_end();
    }
    match dates::date_line(day, settings) {
        Some(DateRead::Period(period)) => Some(period),
        _ => None,
    }
}

/// Whether `word` is a time written with dots, as Oracle exports one: hours, minutes, and
/// seconds and a fraction if any (`10.32`, `10.32.00`, `10.32.00.000000`). It is cut only
/// after a space, from the end of a cell that starts with its day, so a day written with dots
/// (`14.03.2026`, whose year has four digits) is never taken for one.
fn dotted_time(word: &str) -> bool {
    let mut parts = word.split('.');
    let two_digits = |part: Option<&str>, most: u8| {
        part.is_some_and(|p| {
            p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) && p.parse::<u8>().is_ok_and(|n| n <= most)
        })
    };
    let hours = parts
        .next()
        .is_some_and(|h| (1..=2).contains(&h.len()) && h.parse::<u8>().is_ok_and(|n| n <= 23));
    let minutes = two_digits(parts.next(), 59);
    let rest: Vec<&str> = parts.collect();
    let seconds = match rest.as_slice() {
        [] => true,
        [seconds] => two_digits(Some(seconds), 59),
        [seconds, fraction] => {
            two_digits(Some(seconds), 59) && !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    };
    hours && minutes && seconds
}

/// The line where a quoted field opens that never closes, if one does: the csv reader would
/// take the rest of the file as that one field.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut line = 1;
    let mut field_start = true;
    let mut open: Option<usize> = None;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if open.is_some() {
            match byte {
                b'"' if bytes.get(at + 1) == Some(&b'"') => at += 1,
                b'"' => open = None,
                b'\n' => line += 1,
                _ => {}
            }
        } else {
            match byte {
                b'"' if field_start => open = Some(line),
                b'\n' => line += 1,
                _ => {}
            }
            field_start = byte == delimiter || byte == b'\n' || byte == b'\r';
        }
        at += 1;
    }
    open
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(text: &str, id: Option<&str>) -> Columns {
        Columns {
            text: text.into(),
            id: id.map(Into::into),
            role: None,
            name: None,
            date: None,
            delimiter: None,
        }
    }

    /// Every document of `text`, parsed (what [`Sheets::iter`] gives one at a time).
    fn all_sheets(text: &str, name: &str, columns: &Columns, cut_lines: &[usize]) -> Result<Vec<Sheet>> {
        read(text, name, columns, ParseOptions::default(), cut_lines)?
            .iter()
            .collect()
    }

    fn documents(text: &str, name: &str, columns: &Columns) -> Result<Vec<(String, Parsed)>> {
        let sheets = all_sheets(text, name, columns, &[])?;
        Ok(sheets.into_iter().map(|s| (s.name, s.parsed)).collect())
    }

    #[test]
    fn groups_rows_by_id_in_sorted_order() {
        let csv = "employee,answer\nzoe,Wrote the PRD\nann,Hired two engineers\nzoe,\"- Ran interviews\n- Sized the market\"\n";
        let docs = documents(csv, "r.csv", &columns("Answer", Some("employee"))).expect("reads");
        let names: Vec<&str> = docs.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["r.csv#ann", "r.csv#zoe"]);
        let zoe = &docs[1].1;
        let texts: Vec<&str> = zoe.activities.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, ["Wrote the PRD", "Ran interviews", "Sized the market"]);
        let lines: Vec<usize> = zoe.activities.iter().map(|a| a.line).collect();
        assert_eq!(lines, [2, 4, 5]);
        assert_eq!(zoe.lines, 3);
    }

    #[test]
    fn without_an_id_column_the_file_is_one_document() {
        let tsv = "who\ttext\na\tWrote the PRD\nb\tHired two engineers\n";
        let docs = documents(tsv, "r.tsv", &columns("text", None)).expect("reads");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].0, "r.tsv");
        assert_eq!(docs[0].1.activities.len(), 2);
    }

    #[test]
    fn a_missing_column_names_the_ones_there_are() {
        let error = documents("a,b\n1,2\n", "r.csv", &columns("answer", None)).expect_err("no column");
        assert_eq!(error.to_string(), "r.csv: no column \"answer\"; the header has: a, b");
    }

    #[test]
    fn a_header_without_separators_is_not_quoted() {
        let passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/:/sbin/nologin\n";
        let error = documents(passwd, "/etc/passwd", &columns("x", None)).expect_err("no header");
        let message = error.to_string();
        assert!(message.contains("the first line has no `,`"), "{message}");
        assert!(!message.contains("root"), "{message}");
    }

    #[test]
    fn a_long_header_is_cut_and_escaped() {
        let header: Vec<String> = (0..500).map(|i| format!("c{i}\x1b")).collect();
        let csv = format!("{}\n", header.join(","));
        let error = documents(&csv, "r.csv", &columns("answer", None)).expect_err("no column");
        let message = error.to_string();
        assert!(message.len() < 400, "{}", message.len());
        assert!(
            message.contains("(500 columns)") && !message.contains('\x1b'),
            "{message}"
        );
    }

    #[test]
    fn empty_files_duplicate_columns_and_open_quotes_are_errors() {
        let error = documents("", "r.csv", &columns("a", None)).expect_err("empty");
        assert!(error.to_string().contains("no header row"), "{error}");
        let error = documents("a,b,A\n1,2,3\n", "r.csv", &columns("a", None)).expect_err("twice");
        assert!(error.to_string().contains("twice (columns 1 and 3)"), "{error}");
        let error = documents("a,b\n\"x,1\n2,3\n", "r.csv", &columns("a", None)).expect_err("open");
        assert_eq!(
            error.to_string(),
            "r.csv:2: a quoted field opens here and never closes (a `\"` is missing)"
        );
        assert!(documents("a,b\n\"x \"\"y\"\", z\",1\nq\"r,2\n", "r.csv", &columns("a", None)).is_ok());
    }

    #[test]
    fn a_quoted_field_cut_with_its_line_is_told_as_cut() {
        let text = "a,b\n1,\"long\n2,3\n";
        let cut = all_sheets(text, "r.csv", &columns("a", None), &[2])
            .expect_err("cut")
            .to_string();
        assert!(
            cut.starts_with("r.csv:2: a quoted field opens here and does not close: line 2 is longer than 1 MiB"),
            "{cut}"
        );
        // A cut line before the field opens is not why it never closes.
        let text = "a,b\n1,2\n3,\"open\n";
        let open = all_sheets(text, "r.csv", &columns("a", None), &[2])
            .expect_err("open")
            .to_string();
        assert!(open.contains("never closes"), "{open}");
    }

    #[test]
    fn the_delimiter_comes_from_the_flag_the_name_or_the_first_line() {
        let tsv = "who\ttext\na\tWrote the PRD, the roadmap\n";
        let docs = documents(tsv, "-", &columns("text", None)).expect("sniffed tab");
        assert_eq!(docs[0].1.activities[0].text, "Wrote the PRD, the roadmap");
        let semi = "who;text\na;Wrote the PRD\n";
        let mut with = columns("text", None);
        with.delimiter = Some(b';');
        assert_eq!(documents(semi, "x.csv", &with).expect("flag").len(), 1);
    }

    #[test]
    fn role_and_name_columns_are_kept_by_document_with_their_lines() {
        let csv = "id,name,role,answer\nE2,Kim Osei,PM,\"- Wrote the PRD\n- Ran interviews\"\nE1,,EM,Hired two engineers\nE2,Kim O.,,Sized the market\nE1,Ana Lima,em,Ran 1:1s\n";
        let cols = Columns {
            role: Some("role".into()),
            name: Some("name".into()),
            ..columns("answer", Some("id"))
        };
        let sheets = all_sheets(csv, "r.csv", &cols, &[]).expect("reads");
        type Read<'a> = (&'a str, &'a [(usize, String)], Option<&'a str>);
        let summary: Vec<Read<'_>> = sheets
            .iter()
            .map(|s| (s.name.as_str(), s.roles.as_slice(), s.person.as_deref()))
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "r.csv#E1",
                    &[(4, "EM".to_string()), (6, "em".to_string())][..],
                    Some("Ana Lima")
                ),
                ("r.csv#E2", &[(2, "PM".to_string())][..], Some("Kim Osei")),
            ]
        );
    }

    #[test]
    fn documents_are_found_first_and_parsed_one_at_a_time() {
        // Blank lines and a quoted cell over two lines before a row: it is read again from
        // where it starts, and has its own line (the CSV reader counts it from the blank line
        // before it).
        let csv = "id,role,answer\n\nE2,PM,\"- Wrote the PRD\n- Ran interviews\"\n\nE1,EM,Hired two engineers\nE2,,\"Sized the \"\"market\"\"\"\n";
        let cols = Columns {
            role: Some("role".into()),
            ..columns("answer", Some("id"))
        };
        let sheets = read(csv, "r.csv", &cols, ParseOptions::default(), &[]).expect("reads");
        assert_eq!(sheets.len(), 2);
        type Unparsed = (String, usize, Vec<(usize, String)>);
        let unparsed: Vec<Unparsed> = sheets
            .unparsed()
            .map(|s| (s.name, s.parsed.activities.len(), s.roles))
            .collect();
        assert_eq!(
            unparsed,
            [
                ("r.csv#E1".to_string(), 0, vec![(6, "EM".to_string())]),
                ("r.csv#E2".to_string(), 0, vec![(3, "PM".to_string())]),
            ]
        );
        let parsed: Vec<Vec<(usize, String)>> = sheets
            .iter()
            .map(|sheet| {
                let sheet = sheet.expect("parses");
                sheet.parsed.activities.into_iter().map(|a| (a.line, a.text)).collect()
            })
            .collect();
        assert_eq!(
            parsed,
            [
                vec![(6, "Hired two engineers".to_string())],
                vec![
                    (3, "Wrote the PRD".to_string()),
                    (4, "Ran interviews".to_string()),
                    (7, "Sized the \"market\"".to_string())
                ],
            ]
        );
    }

    #[test]
    fn a_row_read_again_keeps_a_byte_order_mark_it_starts_with() {
        // As two files joined with `cat` leave one: the first pass reads the mark as the date
        // cell's, and so must the second, though the reader drops a mark it meets first.
        let csv = "date,id,answer\n2025-01-02,E1,Led the hiring loop\n2025-01-03,E2,Ran the review\n\u{feff}2025-03-14,E1,Wrote the PRD\n";
        let cols = Columns {
            date: Some("date".into()),
            ..columns("answer", Some("id"))
        };
        let sheets = all_sheets(csv, "r.csv", &cols, &[]).expect("reads");
        let e1 = &sheets[0].parsed;
        assert_eq!(e1.activities[1].text, "Wrote the PRD");
        assert_eq!(e1.activities[1].date, None);
        assert!(
            e1.warnings
                .iter()
                .any(|(line, w)| *line == 4 && w.contains("is not a date")),
            "{:?}",
            e1.warnings
        );
    }

    #[test]
    fn a_date_column_dates_its_row_and_names_a_cell_it_cannot_read() {
        let text = "when,answer\n2025-03-14T10:32:00Z,Wrote the PRD\nMar 2025,Hired two engineers\n2025-13-01,Ran the review\n,Planned it\n2025-02-01,2024-10-15: Led the migration\n";
        let dated = Columns {
            date: Some("when".into()),
            ..columns("answer", None)
        };
        let sheets = all_sheets(text, "x.csv", &dated, &[]).expect("read");
        let dates: Vec<String> = sheets[0]
            .parsed
            .activities
            .iter()
            .map(|a| a.date.map(|d| d.to_string()).unwrap_or_default())
            .collect();
        // A date written in the text comes first.
        assert_eq!(dates, ["2025-03-14", "2025-03", "", "", "2024-10-15"]);
        // A day without its year in a cell takes the row's year.
        let cycle = "when,answer\n2025 H2,Oct 2: hired two engineers\n";
        let cycles = all_sheets(cycle, "x.csv", &dated, &[]).expect("read");
        let day = cycles[0].parsed.activities[0].date.map(|d| d.to_string());
        assert_eq!(day.as_deref(), Some("2025-10-02"));
        assert!(cycles[0].parsed.warnings.is_empty(), "{:?}", cycles[0].parsed.warnings);
        assert_eq!(sheets[0].parsed.warnings.len(), 1, "{:?}", sheets[0].parsed.warnings);
        assert_eq!(sheets[0].parsed.warnings[0].0, 4);
        assert!(
            sheets[0].parsed.warnings[0]
                .1
                .contains("\"2025-13-01\" is not a date rolemap reads")
        );
        // Timestamps as exports write them are read by their day.
        for (cell, day) in [
            ("2025-03-14T10:32:00Z", "2025-03-14"),
            ("2025-03-14 10:32", "2025-03-14"),
            ("Mar 14, 2025 10:32 AM", "2025-03-14"),
            ("14 Mar 2025 10:32 UTC", "2025-03-14"),
            ("2025-03-14 10:32:00 +01:00", "2025-03-14"),
            // Oracle's timestamp, its time with dots; a comma before the time.
            ("14-MAR-25 10.32.00.000000 AM", "2025-03-14"),
            ("14-MAR-25 10.32.00 PM", "2025-03-14"),
            ("14-Mar-25, 10:32", "2025-03-14"),
            ("Mar 14, 2025, 10:32 AM", "2025-03-14"),
        ] {
            let period = cell_date(cell, DateSettings::default()).map(|p| p.to_string());
            assert_eq!(period.as_deref(), Some(day), "{cell}");
        }
        // A day written with dots is no time.
        assert!(!dotted_time("14.03.2026") && !dotted_time("25.61") && !dotted_time("10.32.00.x"));
        assert!(dotted_time("9.05") && dotted_time("10.32.00") && dotted_time("23.59.59.123"));
        assert_eq!(
            cell_date("Fri 14.03.2026", DateSettings::default()).map(|p| p.to_string()),
            Some("2026-03-14".to_string()),
            "a weekday before a day is read, and the day is not cut as a time"
        );
        assert_eq!(
            cell_date("Fri 14.03.2026 10:32", DateSettings::default()).map(|p| p.to_string()),
            Some("2026-03-14".to_string())
        );
        // Many cells that are no date give one warning, naming the first.
        let text = "when,answer\nsoon,a\nlater,b\nnever,c\n";
        let sheets = all_sheets(text, "x.csv", &dated, &[]).expect("read");
        assert_eq!(sheets[0].parsed.warnings.len(), 1, "{:?}", sheets[0].parsed.warnings);
        assert!(
            sheets[0].parsed.warnings[0]
                .1
                .contains("the date cells of 3 rows are not dates rolemap reads (the first: \"soon\")")
        );
        let missing = Columns {
            date: Some("created".into()),
            ..columns("answer", None)
        };
        assert!(all_sheets(text, "x.csv", &missing, &[]).is_err());
    }

    #[test]
    fn a_hint_lists_the_first_columns_of_the_header() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("wide.csv");
        std::fs::write(&path, "\u{feff}a,b,c,d,e,f,g,h\n1,2,3,4,5,6,7,8\n").expect("write");
        assert_eq!(header_hint(&path).expect("reads"), "a, b, c, d, e, f, … (2 more)");
        let path = dir.path().join("narrow.tsv");
        std::fs::write(&path, "id\ttext\n").expect("write");
        assert_eq!(header_hint(&path).expect("reads"), "id, text");
    }
}
