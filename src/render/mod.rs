//! Report → bytes. One format, one renderer file; each reads only the [`Report`].

pub mod eval;
mod json;
mod table;

use std::io::{self, Write};

use crate::options::RenderOptions;
use crate::report::Report;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Tables for people.
    Table,
    /// One JSON value for programs.
    Json,
}

/// Writes `report` to `out` in the chosen format.
pub fn render(report: &Report, options: &RenderOptions, out: &mut dyn Write) -> io::Result<()> {
    match options.format {
        Format::Table => table::render(report, options, out),
        Format::Json => json::render(report, out),
    }
}
