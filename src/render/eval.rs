//! `rolemap eval` results as tables or JSON.

use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, Table};

use super::{matches_summary, scores_summary};
use crate::eval::EvalReport;
use crate::render::Format;

/// Writes an evaluation report in `format`.
pub fn render(report: &EvalReport, format: Format, width: u16, out: &mut dyn Write) -> io::Result<()> {
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut *out, report)?;
        return writeln!(out);
    }
    let none = report.none_unmatched.map_or(String::new(), |n| {
        format!(", none-lines left unmatched {:.1}%", n * 100.0)
    });
    writeln!(
        out,
        "{}: {} rows, accuracy {:.1}%, macro-F1 {:.3}{none}",
        report.source,
        report.rows,
        report.accuracy * 100.0,
        report.macro_f1
    )?;
    let mut classes = new_table(width);
    classes.set_header(["label", "precision", "recall", "F1", "support"]);
    for class in &report.classes {
        classes.add_row(vec![
            Cell::new(&class.label),
            Cell::new(format!("{:.3}", class.precision)),
            Cell::new(format!("{:.3}", class.recall)),
            Cell::new(format!("{:.3}", class.f1)),
            Cell::new(class.support),
        ]);
    }
    align_right(&mut classes, 1..5);
    writeln!(out, "{classes}")?;
    let mut confusion = new_table(width);
    let mut header = vec!["true \\ predicted".to_string()];
    header.extend(report.classes.iter().map(|c| c.label.clone()));
    confusion.set_header(header);
    for row in &report.confusion {
        let mut cells = vec![Cell::new(&row.label)];
        cells.extend(row.predicted.iter().map(Cell::new));
        confusion.add_row(cells);
    }
    align_right(&mut confusion, 1..report.classes.len() + 1);
    writeln!(out, "{confusion}")?;
    if !report.errors.is_empty() {
        let mut errors = new_table(width);
        errors.set_header(["line", "label", "predicted", "text", "scores", "matches and rules"]);
        for error in &report.errors {
            let a = &error.activity;
            errors.add_row(vec![
                Cell::new(a.line),
                Cell::new(&error.label),
                Cell::new(&error.predicted),
                Cell::new(&a.text),
                Cell::new(scores_summary(a)),
                Cell::new(matches_summary(a)),
            ]);
        }
        writeln!(out, "{errors}")?;
    }
    Ok(())
}

fn new_table(width: u16) -> Table {
    let mut table = Table::new();
    table
        .load_style(comfy_table::presets::UTF8_FULL_CONDENSED.with_rounded_corners())
        .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
        .set_width(width);
    table
}

fn align_right(table: &mut Table, columns: std::ops::Range<usize>) {
    for index in columns {
        if let Some(column) = table.column_mut(index) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
}
