//! `rolemap lexicon fit` results as tables or JSON.

use std::io::{self, Write};

use comfy_table::Cell;

use super::{align_right, new_table, text_cell};
use crate::fit::FitReport;
use crate::render::Format;

/// Writes a fit report in `format`; `out_dir` is where the lexicon was written.
pub fn render(report: &FitReport, out_dir: &str, format: Format, width: u16, out: &mut dyn Write) -> io::Result<()> {
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut *out, report)?;
        return writeln!(out);
    }
    let folds = match report.grouping.as_str() {
        "source" => format!("{} folds grouped by source", report.folds),
        "leave-one-source-out" => format!("{} folds, one source held out in each", report.folds),
        _ => format!("{} folds of lines (no source column)", report.folds),
    };
    writeln!(out, "macro-F1 before and after fitting ({folds}):")?;
    let mut figures = new_table(width);
    figures.set_header([
        "labeled file",
        "rows",
        "before",
        "after, cross-validated",
        "after, in-sample",
    ]);
    for f in &report.figures {
        figures.add_row(vec![
            text_cell(&f.file),
            Cell::new(f.rows),
            Cell::new(format!("{:.3}", f.before)),
            Cell::new(format!("{:.3}", f.cross_validated)),
            Cell::new(format!("{:.3}", f.in_sample)),
        ]);
    }
    align_right(&mut figures, 1..5);
    writeln!(out, "{figures}")?;
    writeln!(
        out,
        "{} entries scored in the labeled lines; {} had evidence from two or more sources and could move; {} weights changed; minimum score {} → {}",
        report.entries_hit,
        report.entries_free,
        report.changes.len(),
        report.min_score.0,
        report.min_score.1
    )?;
    writeln!(
        out,
        "wrote the fitted lexicon to {out_dir}; use it with --lexicon {out_dir}"
    )?;
    if !report.changes.is_empty() {
        writeln!(out, "\nlargest weight changes:")?;
        let mut changes = new_table(width);
        changes.set_header([
            "entry",
            "role",
            "weight",
            "lines",
            "sources",
            "labels of its lines",
            "written at",
        ]);
        for change in report.changes.iter().take(20) {
            changes.add_row(vec![
                text_cell(&shorten(&change.entry)),
                text_cell(&change.category),
                Cell::new(format!("{} → {}", change.before, change.after)),
                Cell::new(change.lines),
                Cell::new(change.sources),
                text_cell(&change.labels),
                text_cell(&change.origin),
            ]);
        }
        align_right(&mut changes, 3..5);
        writeln!(out, "{changes}")?;
    }
    if !report.grown.is_empty() {
        writeln!(out, "\nterms added ({}):", report.grown.len())?;
        let mut grown = new_table(width);
        grown.set_header(["term", "role", "weight", "lines", "sources", "labels of its lines"]);
        for g in &report.grown {
            grown.add_row(vec![
                text_cell(&g.term),
                text_cell(&g.category),
                Cell::new(g.weight),
                Cell::new(g.lines),
                Cell::new(g.sources),
                text_cell(&g.labels),
            ]);
        }
        align_right(&mut grown, 2..5);
        writeln!(out, "{grown}")?;
    }
    if !report.misplaced.is_empty() {
        writeln!(
            out,
            "\nentries whose lines mostly carry another label (consider moving them):"
        )?;
        let mut misplaced = new_table(width);
        misplaced.set_header(["entry", "role", "mostly", "lines", "sources", "labels of its lines"]);
        for m in &report.misplaced {
            misplaced.add_row(vec![
                text_cell(&shorten(&m.entry)),
                text_cell(&m.category),
                text_cell(&m.mostly),
                Cell::new(m.lines),
                Cell::new(m.sources),
                text_cell(&m.labels),
            ]);
        }
        align_right(&mut misplaced, 3..5);
        writeln!(out, "{misplaced}")?;
    }
    if !report.proposals.is_empty() {
        writeln!(
            out,
            "\nterms to consider (not added; no entry matches them yet): ranked by log-odds z-score"
        )?;
        let mut proposals = new_table(width);
        proposals.set_header(["label", "term", "z", "lines", "elsewhere", "sources"]);
        for p in &report.proposals {
            proposals.add_row(vec![
                text_cell(&p.category),
                text_cell(&p.term),
                Cell::new(format!("{:.2}", p.z)),
                Cell::new(p.count),
                Cell::new(p.elsewhere),
                Cell::new(p.sources),
            ]);
        }
        align_right(&mut proposals, 2..6);
        writeln!(out, "{proposals}")?;
    }
    Ok(())
}

/// An entry as a table shows it: long regexes cut to their first characters.
fn shorten(entry: &str) -> String {
    const MAX: usize = 40;
    match entry.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &entry[..cut]),
        None => entry.to_string(),
    }
}
