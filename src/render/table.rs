//! The report as tables for people: one breakdown per document, then its verdict.

use std::io::{self, Write};

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table};

use crate::options::RenderOptions;
use crate::report::{ActivityReport, DocumentReport, Report, RoleSummary, Verdict};

/// Palette for role labels, by category position.
const ROLE_COLORS: [Color; 6] = [
    Color::Blue,
    Color::Green,
    Color::Magenta,
    Color::Cyan,
    Color::Yellow,
    Color::Red,
];

/// Writes every document's breakdown (and, with `--explain`, its activities).
pub fn render(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    for (index, document) in report.documents.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        render_document(document, options, out)?;
    }
    Ok(())
}

fn render_document(document: &DocumentReport, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    let t = &document.totals;
    writeln!(
        out,
        "{}: {} activities ({} matched, {} unmatched) in {} lines",
        document.source, t.activities, t.matched, t.unmatched, t.lines
    )?;
    let mut table = new_table(options);
    set_header(&mut table, &["role", "activities", "share", "top terms"], options);
    for (position, role) in document.roles.iter().enumerate() {
        table.add_row(vec![
            paint(Cell::new(role_label(role)), color_at(position), options),
            Cell::new(role.activities),
            Cell::new(percent(role.share)),
            Cell::new(role.top_terms.join(", ")),
        ]);
    }
    table.add_row(vec![
        Cell::new("unmatched"),
        Cell::new(t.unmatched),
        Cell::new("–"),
        Cell::new(""),
    ]);
    for column in [1, 2] {
        if let Some(column) = table.column_mut(column) {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    writeln!(out, "{table}")?;
    writeln!(out, "{}", verdict_line(&document.verdict, &document.roles, options))?;
    if options.explain {
        writeln!(out, "{}", explain_table(&document.activities, &document.roles, options))?;
    }
    Ok(())
}

fn new_table(options: &RenderOptions) -> Table {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED.with_rounded_corners());
    table
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(options.width);
    if options.color {
        table.enforce_styling();
    }
    table
}

fn set_header(table: &mut Table, names: &[&str], options: &RenderOptions) {
    let bold = |name: &&str| {
        let cell = Cell::new(name);
        if options.color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    };
    table.set_header(names.iter().map(bold).collect::<Vec<_>>());
}

fn paint(cell: Cell, color: Color, options: &RenderOptions) -> Cell {
    if options.color { cell.fg(color) } else { cell }
}

fn color_at(position: usize) -> Color {
    ROLE_COLORS[position % ROLE_COLORS.len()]
}

/// `TPM — how/when`.
fn role_label(role: &RoleSummary) -> String {
    format!("{} — {}", role.role, role.question)
}

/// A fraction as a percentage with one decimal.
fn percent(fraction: f64) -> String {
    format!("{:.1}%", fraction * 100.0)
}

/// The verdict in words, e.g. `verdict: TPM (52.0%), runner-up EM (30.0%)`.
fn verdict_line(verdict: &Verdict, roles: &[RoleSummary], options: &RenderOptions) -> String {
    let share = |label: &str| roles.iter().find(|r| r.role == label).map_or(0.0, |r| r.share);
    let text = match (&verdict.role, &verdict.runner_up) {
        (None, _) => "verdict: none — no activity matched a role".to_string(),
        (Some(leader), None) => format!("verdict: {leader} ({}), no other role", percent(share(leader))),
        (Some(leader), Some(runner_up)) if verdict.hybrid => format!(
            "verdict: {leader} ({}), hybrid with {runner_up} ({}): the top two are within {:.1} points",
            percent(share(leader)),
            percent(share(runner_up)),
            verdict.margin * 100.0
        ),
        (Some(leader), Some(runner_up)) => format!(
            "verdict: {leader} ({}), runner-up {runner_up} ({}), margin {:.1} points",
            percent(share(leader)),
            percent(share(runner_up)),
            verdict.margin * 100.0
        ),
    };
    if options.color {
        format!("\x1b[1m{text}\x1b[0m")
    } else {
        text
    }
}

/// One row per activity: line, text cut to fit, role, scores, matches and rules.
fn explain_table(activities: &[ActivityReport], roles: &[RoleSummary], options: &RenderOptions) -> Table {
    let mut table = new_table(options);
    set_header(
        &mut table,
        &["line", "activity", "role", "scores", "matched terms and rules"],
        options,
    );
    // The text is cut (not wrapped) to two fifths of the width; the other columns wrap around it.
    let text_width = (usize::from(options.width) * 2 / 5).max(24);
    for activity in activities {
        let position = activity
            .role
            .as_ref()
            .and_then(|r| roles.iter().position(|x| &x.role == r));
        let role_cell = match (&activity.role, position) {
            (Some(role), Some(position)) => paint(Cell::new(role), color_at(position), options),
            _ => Cell::new("–"),
        };
        let scores: Vec<String> = activity
            .scores
            .0
            .iter()
            .filter(|(_, s)| *s > 0.0)
            .map(|(label, s)| format!("{label} {s}"))
            .collect();
        let mut detail: Vec<String> = activity
            .matches
            .iter()
            .map(|m| {
                format!(
                    "{} ({} {})",
                    m.display(),
                    m.category.as_deref().unwrap_or("IC"),
                    m.weight
                )
            })
            .collect();
        detail.extend(activity.rules.iter().cloned());
        table.add_row(vec![
            Cell::new(activity.line),
            Cell::new(truncate(&activity.text, text_width)),
            role_cell,
            Cell::new(scores.join(" ")),
            Cell::new(detail.join("; ")),
        ]);
    }
    if let Some(line) = table.column_mut(0) {
        line.set_cell_alignment(CellAlignment::Right);
    }
    if let Some(text) = table.column_mut(1) {
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
}
