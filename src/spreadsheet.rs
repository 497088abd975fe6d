//! CSV/TSV exports → documents: one column holds the activities, another (optionally) who wrote
//! them.
//!
//! Review tools export self-reviews as spreadsheets: one row per answer, a column for the text
//! and one for the employee. Each cell is parsed like a small document (it may hold bullets), and
//! rows sharing an id become one document named `file#id`.

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};

use crate::activity::{self, Parsed};

/// Which columns to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Columns {
    /// The column holding activity text.
    pub text: String,
    /// The column whose values group rows into documents, if any.
    pub id: Option<String>,
}

/// The field delimiter for a file: tab for `.tsv`/`.tab`, else comma.
pub fn delimiter_for(name: &str) -> u8 {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".tsv") || lower.ends_with(".tab") {
        b'\t'
    } else {
        b','
    }
}

/// Reads `text` (a CSV/TSV file with a header row) into documents: `(name, parsed)` pairs, one
/// per id in sorted order, or one named `name` without an id column.
pub fn documents(text: &str, name: &str, columns: &Columns) -> Result<Vec<(String, Parsed)>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter_for(name))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .with_context(|| format!("{name}: cannot read the header row"))?
        .clone();
    let find = |wanted: &str| -> Result<usize> {
        match headers.iter().position(|h| h.trim().eq_ignore_ascii_case(wanted)) {
            Some(index) => Ok(index),
            None => {
                let known: Vec<&str> = headers.iter().collect();
                bail!("{name}: no column {wanted:?}; the header has: {}", known.join(", "))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(text: &str, id: Option<&str>) -> Columns {
        Columns {
            text: text.into(),
            id: id.map(Into::into),
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
}
