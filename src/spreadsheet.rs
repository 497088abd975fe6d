//! CSV/TSV exports → documents: one column holds the activities, another (optionally) who wrote
//! them.
//!
//! Review tools export self-reviews as spreadsheets: one row per answer, a column for the text
//! and one for the employee. Each cell is parsed like a small document (it may hold bullets), and
//! rows sharing an id become one document named `file#id`.

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};

use crate::activity::{self, Parsed};
use crate::escape::{cut, excerpt, visible};

/// Which columns to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    /// The column holding activity text.
    pub text: String,
    /// The column whose values group rows into documents, if any.
    pub id: Option<String>,
    /// The field delimiter (`--delimiter`), or `None` to tell it from the file.
    pub delimiter: Option<u8>,
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

/// Reads `text` (a CSV/TSV file with a header row) into documents: `(name, parsed)` pairs, one
/// per id in sorted order, or one named `name` without an id column.
///
/// The delimiter is `--delimiter`, else the file name's (`.tsv`, `.csv`), else a tab when the
/// first line holds one and a comma otherwise. An empty file, a header without the column (or
/// naming it twice) and a quoted field that never closes are errors; messages quote at most a
/// short, escaped part of the header.
pub fn documents(text: &str, name: &str, columns: &Columns) -> Result<Vec<(String, Parsed)>> {
    let first_line = activity::lines(text).next().unwrap_or_default();
    if first_line.trim().is_empty() {
        bail!("{name}: no header row: the first line is empty (a CSV/TSV file starts with a row naming its columns)");
    }
    let delimiter = columns
        .delimiter
        .or_else(|| delimiter_for(name))
        .unwrap_or(if first_line.contains('\t') { b'\t' } else { b',' });
    if let Some(line) = unclosed_quote(text, delimiter) {
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
    let mut groups: BTreeMap<String, Parsed> = BTreeMap::new();
    for record in reader.records() {
        let record = record.with_context(|| format!("{name}: malformed CSV"))?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let id = id_column.map_or_else(String::new, |c| record.get(c).unwrap_or_default().trim().to_string());
        let cell = record.get(text_column).unwrap_or_default();
        let parsed = activity::parse(cell);
        let group = groups.entry(id).or_default();
        group.lines += parsed.lines;
        group.continuations += parsed.continuations;
        group.skipped += parsed.skipped;
        for mut warning in parsed.warnings {
            match group.warnings.iter_mut().find(|w| w.message == warning.message) {
                Some(known) => known.count += warning.count,
                None => {
                    warning.line += line - 1;
                    group.warnings.push(warning);
                }
            }
        }
        group.activities.extend(parsed.activities.into_iter().map(|mut a| {
            a.line += line - 1;
            a
        }));
    }
    if id_column.is_none() {
        let parsed = groups.remove("").unwrap_or_default();
        return Ok(vec![(name.to_string(), parsed)]);
    }
    Ok(groups
        .into_iter()
        .map(|(id, parsed)| (format!("{name}#{id}"), parsed))
        .collect())
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
            delimiter: None,
        }
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
    fn the_delimiter_comes_from_the_flag_the_name_or_the_first_line() {
        let tsv = "who\ttext\na\tWrote the PRD, the roadmap\n";
        let docs = documents(tsv, "-", &columns("text", None)).expect("sniffed tab");
        assert_eq!(docs[0].1.activities[0].text, "Wrote the PRD, the roadmap");
        let semi = "who;text\na;Wrote the PRD\n";
        let mut with = columns("text", None);
        with.delimiter = Some(b';');
        assert_eq!(documents(semi, "x.csv", &with).expect("flag").len(), 1);
    }
}
