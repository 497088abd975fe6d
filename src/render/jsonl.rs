//! JSON Lines: one object per activity, each carrying its document's name.

use std::io::{self, Write};

use serde::Serialize;

use crate::report::ActivityReport;

#[derive(Serialize)]
struct Line<'a> {
    source: &'a str,
    #[serde(flatten)]
    activity: &'a ActivityReport,
}

/// Writes one activity as a JSON line.
pub fn write_line<W: Write + ?Sized>(source: &str, activity: &ActivityReport, out: &mut W) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &Line { source, activity })?;
    writeln!(out)
}
