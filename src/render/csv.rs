//! CSV: one row per document, one row per period of each document with `--by`, or one row per
//! activity with `--explain` (with its job, in a resume, and its period with `--by`), written as
//! they come.
//!
//! A CSV file is opened in a spreadsheet or printed with `cat`, so text from the input (file
//! names, names, activities, matched words) goes through [`text`]: control and bidirectional
//! characters escaped as the table shows them, and a cell a spreadsheet would run as a formula
//! (`=HYPERLINK(…)`, `@SUM(…)`) made text with a leading `'`. Numbers are written as they are.

use std::io::{self, Write};

use crate::escape::visible;
use crate::periods::{Granularity, Row};
use crate::report::{ActivityReport, CheckOutcome, DocumentReport, Verdict};

/// A CSV table being written; its header row goes out with the first row.
pub struct Stream<'o> {
    writer: csv::Writer<&'o mut dyn Write>,
    labels: Vec<String>,
    per_activity: bool,
    /// `--by`: rows are periods (or, with `--explain`, activities name their period).
    by: Option<Granularity>,
    started: bool,
}

impl<'o> Stream<'o> {
    /// A table with one score or share column per category of `labels`.
    pub fn new(labels: Vec<String>, per_activity: bool, by: Option<Granularity>, out: &'o mut dyn Write) -> Stream<'o> {
        Stream {
            writer: csv::Writer::from_writer(out),
            labels,
            per_activity,
            by,
            started: false,
        }
    }

    /// Whether rows are activities (`--explain`) rather than documents.
    pub fn per_activity(&self) -> bool {
        self.per_activity
    }

    fn header(&mut self) -> io::Result<()> {
        if std::mem::replace(&mut self.started, true) {
            return Ok(());
        }
        let labels = &self.labels;
        let header: Vec<String> = if self.per_activity {
            let mut header: Vec<String> = [
                "source",
                "line",
                "date",
                "energy",
                "in_window",
                "excluded_by",
                "job",
                "role",
            ]
            .map(String::from)
            .to_vec();
            if self.by.is_some() {
                header.insert(3, "period".to_string());
            }
            header.extend(labels.iter().map(|l| format!("{l}_score")));
            header.extend(["terms".to_string(), "text".to_string()]);
            header
        } else if self.by.is_some() {
            let mut header: Vec<String> = ["source", "name", "period", "activities", "matched"]
                .map(String::from)
                .to_vec();
            header.extend(labels.iter().map(|l| format!("{l}_share")));
            header.extend(labels.iter().map(|l| format!("{l}_activities")));
            header.extend(
                [
                    "verdict",
                    "hybrid",
                    "runner_up",
                    "margin",
                    "energy_role",
                    "energy_share",
                    "energy_gives",
                    "energy_drains",
                ]
                .map(String::from),
            );
            header
        } else {
            let mut header: Vec<String> = [
                "source",
                "name",
                "expected",
                "check",
                "lines",
                "activities",
                "matched",
                "unmatched",
                "excluded",
            ]
            .map(String::from)
            .to_vec();
            header.extend(labels.iter().map(|l| format!("{l}_share")));
            header.extend(labels.iter().map(|l| format!("{l}_activities")));
            header.extend(["verdict", "hybrid", "runner_up", "margin", "energy_role"].map(String::from));
            header
        };
        // Role labels come from the lexicon, which may be the user's own.
        self.writer
            .write_record(header.iter().map(|name| text(name)))
            .map_err(io_error)
    }

    /// One activity's row (with `--explain`).
    pub fn activity(&mut self, source: &str, a: &ActivityReport) -> io::Result<()> {
        if !self.per_activity {
            return Ok(());
        }
        self.header()?;
        let mut row = vec![
            text(source),
            a.line.to_string(),
            a.date.map(|d| d.to_string()).unwrap_or_default(),
            a.energy.map(|e| json_str(&e)).unwrap_or_default(),
            a.in_window.to_string(),
            a.excluded_by.map(|e| json_str(&e)).unwrap_or_default(),
            text(a.job_label.as_deref().unwrap_or_default()),
            text(a.role.as_deref().unwrap_or_default()),
        ];
        if let Some(grain) = self.by {
            // The row the activity is counted in; none when it is left out.
            let period = a.in_window.then(|| Row::of(a.date).at(grain).to_string());
            row.insert(3, period.unwrap_or_default());
        }
        row.extend(a.scores.0.iter().map(|(_, s)| s.to_string()));
        let terms: Vec<&str> = a.matches.iter().map(|m| m.display()).collect();
        row.push(text(&terms.join("; ")));
        row.push(text(&a.text));
        self.writer.write_record(&row).map_err(io_error)
    }

    /// One document's row (without `--explain`).
    pub fn document(&mut self, d: &DocumentReport) -> io::Result<()> {
        if self.per_activity {
            return Ok(());
        }
        self.header()?;
        if self.by.is_some() {
            return self.periods(d);
        }
        let t = &d.totals;
        let mut row = vec![
            text(&d.source),
            text(d.name.as_deref().unwrap_or_default()),
            text(d.expected.as_deref().unwrap_or_default()),
            d.check
                .map(|c| if c == CheckOutcome::Pass { "pass" } else { "fail" }.to_string())
                .unwrap_or_default(),
            t.lines.to_string(),
            t.activities.to_string(),
            t.matched.to_string(),
            t.unmatched.to_string(),
            t.excluded.to_string(),
        ];
        row.extend(role_cells(d.roles.iter().map(|r| (r.share, r.activities))));
        row.extend(verdict_cells(&d.verdict));
        row.push(text(d.verdict.energy_role.as_deref().unwrap_or_default()));
        self.writer.write_record(&row).map_err(io_error)
    }

    /// One row per period of a document (with `--by`).
    fn periods(&mut self, d: &DocumentReport) -> io::Result<()> {
        for p in &d.periods {
            let mut row = vec![
                text(&d.source),
                text(d.name.as_deref().unwrap_or_default()),
                p.period.to_string(),
                p.activities.to_string(),
                p.matched.to_string(),
            ];
            row.extend(role_cells(p.roles.iter().map(|r| (r.share, r.activities))));
            row.extend(verdict_cells(&p.verdict));
            row.extend([
                text(p.energy.role.as_deref().unwrap_or_default()),
                p.energy.share.to_string(),
                p.energy.gives.to_string(),
                p.energy.drains.to_string(),
            ]);
            self.writer.write_record(&row).map_err(io_error)?;
        }
        Ok(())
    }

    /// Writes what is buffered (the header too, for a run without rows).
    pub fn finish(mut self) -> io::Result<()> {
        self.header()?;
        self.writer.flush()
    }
}

/// Every role's share, then every role's activity count, from `(share, activities)` per role.
fn role_cells(roles: impl Iterator<Item = (f64, usize)> + Clone) -> impl Iterator<Item = String> {
    let shares = roles.clone().map(|(share, _)| share.to_string());
    shares.chain(roles.map(|(_, activities)| activities.to_string()))
}

/// A verdict's cells: role, hybrid, runner-up, margin.
fn verdict_cells(v: &Verdict) -> [String; 4] {
    [
        text(v.role.as_deref().unwrap_or_default()),
        v.hybrid.to_string(),
        text(v.runner_up.as_deref().unwrap_or_default()),
        v.margin.to_string(),
    ]
}

/// The first characters that make a spreadsheet (Excel, Sheets, LibreOffice) read a cell as a
/// formula, or (tab, carriage return) let one through: OWASP's list for CSV injection.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell from the input as written: control and bidirectional characters escaped
/// ([`visible`]), and `'` put before a cell a spreadsheet would read as
/// a formula, which it then shows as text. A lone `-` (standard input's name) or `+` holds no
/// formula and is left as it is.
fn text(value: &str) -> String {
    let shown = visible(value);
    // (Every character of FORMULA_STARTS is one byte.)
    if shown.starts_with(FORMULA_STARTS) && shown.len() > 1 {
        format!("'{shown}")
    } else {
        shown.into_owned()
    }
}

/// The csv crate's error as an I/O error, keeping the kind of an I/O failure (so a closed pipe
/// stays a `BrokenPipe`, which ends a run quietly).
fn io_error(error: csv::Error) -> io::Error {
    if error.is_io_error() {
        match error.into_kind() {
            csv::ErrorKind::Io(inner) => inner,
            other => io::Error::other(format!("{other:?}")),
        }
    } else {
        io::Error::other(error)
    }
}

/// A serialisable enum's JSON string form (`"+"` → `+`).
fn json_str<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cells_escape_controls_as_the_table_does() {
        assert_eq!(
            text("Led \x1b[31mRED\x1b[0m \x1b]8;;http://evil\x1b\\"),
            "Led \\x1b[31mRED\\x1b[0m \\x1b]8;;http://evil\\x1b\\"
        );
        assert_eq!(
            text("Bob\x1b]0;pwned\x07 \u{9b}31m \u{202e}"),
            "Bob\\x1b]0;pwned\\x07 \\u{9b}31m \\u{202e}"
        );
        assert_eq!(text("a\nb\tc"), "a\\nb\\tc");
    }

    #[test]
    fn text_cells_a_spreadsheet_would_run_are_prefixed() {
        for formula in [
            "=HYPERLINK(\"http://evil\",\"x\")",
            "=cmd|' /c calc'!A1",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
        ] {
            assert_eq!(text(formula), format!("'{formula}"));
        }
        // Tab and carriage return are escaped first, so they no longer start the cell.
        assert_eq!(text("\t=1+1"), "\\t=1+1");
        for plain in [
            "-",
            "+",
            "Wrote the PRD",
            "examples/brag.md",
            "PM",
            "Ran A=B tests",
            "",
            "'=x",
        ] {
            assert_eq!(text(plain), plain);
        }
    }
}
