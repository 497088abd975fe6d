//! `rolemap eval` results as tables or JSON.

use std::io::{self, Write};

use comfy_table::Cell;

use super::{align_right, matches_summary, new_table, percent, scores_summary, text_cell};
use crate::escape::visible;
use crate::eval::{DocsReport, EvalReport, LineReport};
use crate::render::Format;

/// Writes an evaluation report in `format`.
pub fn render(report: &EvalReport, format: Format, width: u16, out: &mut dyn Write) -> io::Result<()> {
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut *out, report)?;
        return writeln!(out);
    }
    if let Some(lines) = &report.lines {
        render_lines(lines, width, out)?;
    }
    if let Some(documents) = &report.documents {
        render_documents(documents, width, out)?;
    }
    Ok(())
}

fn render_lines(report: &LineReport, width: u16, out: &mut dyn Write) -> io::Result<()> {
    let none = report
        .none_unmatched
        .map_or(String::new(), |n| format!(", none-lines left unmatched {}", percent(n)));
    writeln!(
        out,
        "{}: {} rows, accuracy {}, macro-F1 {:.3}{none}",
        visible(&report.source),
        report.rows,
        percent(report.accuracy),
        report.macro_f1
    )?;
    let mut classes = new_table(width);
    classes.set_header(["label", "precision", "recall", "F1", "support"]);
    for class in &report.classes {
        classes.add_row(vec![
            text_cell(&class.label),
            Cell::new(format!("{:.3}", class.precision)),
            Cell::new(format!("{:.3}", class.recall)),
            Cell::new(format!("{:.3}", class.f1)),
            Cell::new(class.support),
        ]);
    }
    align_right(&mut classes, 1..5);
    writeln!(out, "{classes}")?;
    let labels: Vec<&str> = report.classes.iter().map(|c| c.label.as_str()).collect();
    let mut confusion = new_table(width);
    let mut header = vec!["true \\ predicted"];
    header.extend(&labels);
    confusion.set_header(header);
    for row in &report.confusion {
        let mut cells = vec![text_cell(&row.label)];
        cells.extend(row.predicted.iter().map(Cell::new));
        confusion.add_row(cells);
    }
    align_right(&mut confusion, 1..labels.len() + 1);
    writeln!(out, "{confusion}")?;
    if !report.sources.is_empty() {
        writeln!(out, "by source, worst first ({} sources):", report.sources.len())?;
        let mut sources = new_table(width);
        sources.set_header(["source", "label", "rows", "accuracy", "errors", "predicted"]);
        for source in &report.sources {
            let predicted: Vec<String> = labels
                .iter()
                .zip(&source.predicted)
                .filter(|(_, n)| **n > 0)
                .map(|(label, n)| format!("{label} {n}"))
                .collect();
            sources.add_row(vec![
                text_cell(&source.source),
                text_cell(&source.labels.join(" ")),
                Cell::new(source.rows),
                Cell::new(percent(source.accuracy)),
                Cell::new(source.errors),
                text_cell(&predicted.join(", ")),
            ]);
        }
        align_right(&mut sources, 2..5);
        writeln!(out, "{sources}")?;
    }
    if !report.errors.is_empty() {
        let with_source = report.errors.iter().any(|e| e.source.is_some());
        let mut errors = new_table(width);
        let mut header = vec!["line", "label", "predicted"];
        if with_source {
            header.push("source");
        }
        header.extend(["text", "scores", "matches and rules"]);
        errors.set_header(header);
        for error in &report.errors {
            let a = &error.activity;
            let mut cells = vec![Cell::new(a.line), text_cell(&error.label), text_cell(&error.predicted)];
            if with_source {
                cells.push(text_cell(error.source.as_deref().unwrap_or("")));
            }
            cells.extend([
                text_cell(&a.text),
                text_cell(&scores_summary(a)),
                text_cell(&matches_summary(a)),
            ]);
            errors.add_row(cells);
        }
        writeln!(out, "{errors}")?;
    }
    Ok(())
}

fn render_documents(report: &DocsReport, width: u16, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "{}: {} of {} document verdicts right ({})",
        visible(&report.folder),
        report.right,
        report.documents,
        percent(report.accuracy)
    )?;
    let wrong: Vec<_> = report.results.iter().filter(|r| !r.right).collect();
    if wrong.is_empty() {
        return Ok(());
    }
    let labels: Vec<&str> = wrong[0].shares.0.iter().map(|(label, _)| label.as_str()).collect();
    let mut table = new_table(width);
    let mut header = vec!["wrong document", "expected", "verdict", "matched"];
    header.extend(&labels);
    table.set_header(header);
    for result in wrong {
        let verdict = match (&result.verdict, result.hybrid) {
            (None, _) => "no role".to_string(),
            (Some(role), true) => format!("{role} (hybrid)"),
            (Some(role), false) => role.clone(),
        };
        let mut cells = vec![
            text_cell(&result.source),
            text_cell(&result.expected),
            text_cell(&verdict),
            Cell::new(format!("{}/{}", result.matched, result.activities)),
        ];
        cells.extend(result.shares.0.iter().map(|(_, share)| Cell::new(percent(*share))));
        table.add_row(cells);
    }
    align_right(&mut table, 3..labels.len() + 4);
    writeln!(out, "{table}")
}
