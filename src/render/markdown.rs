//! Markdown: the same tables as the terminal view (drawn by [`super::table`]), as pipe tables
//! to paste into a doc or PR.

use super::table::Style;

/// The Markdown style: pipe tables, no colour, `|` escaped in cells.
pub(super) fn style(options: &super::Options) -> Style {
    Style {
        markdown: true,
        color: false,
        width: options.width,
    }
}
