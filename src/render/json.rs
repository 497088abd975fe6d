//! The report as one JSON value (schema: [`crate::report`], documented in README), written as
//! the run goes: each document's `activities` come right after its `source`, before the
//! figures computed from them, so no activity is held until its document ends.

use std::io::{self, Write};

use serde::Serialize;

use crate::report::{ActivityReport, DocumentReport, SCHEMA_VERSION, Selection, Summary};

/// Where the JSON value stands.
#[derive(Debug)]
pub struct Stream {
    window: Option<Selection>,
    /// Whether the opening (`version`, `window`, `documents: [`) is written.
    started: bool,
    /// Documents written whole.
    documents: usize,
    /// Activities written of the open document, if one is open.
    open: Option<usize>,
}

impl Stream {
    /// A JSON value not begun yet (nothing is written before there is something to write).
    pub fn new(window: Option<Selection>) -> Stream {
        Stream {
            window,
            started: false,
            documents: 0,
            open: None,
        }
    }

    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if !self.started {
            self.started = true;
            write!(out, "{{\n  \"version\": {SCHEMA_VERSION},\n  \"window\": ")?;
            write_pretty(&self.window, 2, out)?;
            write!(out, ",\n  \"documents\": [")?;
        }
        Ok(())
    }

    fn open_document(&mut self, source: &str, out: &mut dyn Write) -> io::Result<()> {
        self.begin(out)?;
        if self.documents > 0 {
            write!(out, ",")?;
        }
        write!(out, "\n    {{\n      \"source\": ")?;
        write_pretty(source, 6, out)?;
        write!(out, ",\n      \"activities\": [")?;
        self.open = Some(0);
        Ok(())
    }

    /// One activity of the document `source` (the first one opens the document).
    pub fn activity(&mut self, source: &str, activity: &ActivityReport, out: &mut dyn Write) -> io::Result<()> {
        if self.open.is_none() {
            self.open_document(source, out)?;
        }
        let written = self.open.get_or_insert(0);
        if *written > 0 {
            write!(out, ",")?;
        }
        *written += 1;
        write!(out, "\n        ")?;
        write_pretty(activity, 8, out)
    }

    /// The document's figures, after its activities.
    pub fn document(&mut self, document: &DocumentReport, out: &mut dyn Write) -> io::Result<()> {
        if self.open.is_none() {
            self.open_document(&document.source, out)?;
        }
        match self.open.take() {
            Some(0) | None => write!(out, "]")?,
            Some(_) => write!(out, "\n      ]")?,
        }
        write_field("name", &document.name, out)?;
        write_field("layout", &document.layout, out)?;
        write_field("expected", &document.expected, out)?;
        write_field("check", &document.check, out)?;
        write_field("totals", &document.totals, out)?;
        write_field("roles", &document.roles, out)?;
        write_field("verdict", &document.verdict, out)?;
        write_field("jobs", &document.jobs, out)?;
        write_field("by", &document.by, out)?;
        write_field("periods", &document.periods, out)?;
        write!(out, "\n    }}")?;
        self.documents += 1;
        Ok(())
    }

    /// Closes the value with the pooled summary.
    pub fn finish(mut self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        self.begin(out)?;
        if self.documents > 0 {
            write!(out, "\n  ]")?;
        } else {
            write!(out, "]")?;
        }
        write!(out, ",\n  \"summary\": ")?;
        write_pretty(summary, 2, out)?;
        writeln!(out, "\n}}")
    }
}

/// `,\\n      "name": value` inside a document object.
fn write_field<T: Serialize + ?Sized>(name: &str, value: &T, out: &mut dyn Write) -> io::Result<()> {
    write!(out, ",\n      \"{name}\": ")?;
    write_pretty(value, 6, out)
}

/// `value` pretty-printed as serde_json does, its lines after the first indented by `indent`
/// spaces (JSON strings hold no raw line breaks, so every line break is the printer's). It is
/// written as it is printed, never held whole (one activity may have many thousand matches).
fn write_pretty<T: Serialize + ?Sized>(value: &T, indent: usize, out: &mut dyn Write) -> io::Result<()> {
    let pad = " ".repeat(indent);
    let mut indented = Indent {
        out,
        pad: pad.as_bytes(),
    };
    serde_json::to_writer_pretty(&mut indented, value)?;
    Ok(())
}

/// A writer that adds `pad` after every line break.
struct Indent<'a> {
    out: &'a mut dyn Write,
    pad: &'a [u8],
}

impl Write for Indent<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(at) = memchr::memchr(b'\n', rest) {
            self.out.write_all(&rest[..=at])?;
            self.out.write_all(self.pad)?;
            rest = &rest[at + 1..];
        }
        self.out.write_all(rest)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
