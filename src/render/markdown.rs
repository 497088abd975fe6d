//! Markdown: the same tables as the terminal view, as pipe tables to paste into a doc or PR.

use std::io::{self, Write};

use super::table::{Style, render_with};
use crate::report::Report;

/// Writes the report as Markdown.
pub fn render(report: &Report, options: &super::Options, out: &mut dyn Write) -> io::Result<()> {
    let style = Style {
        markdown: true,
        color: false,
        width: options.width,
    };
    render_with(report, style, options, out)
}
