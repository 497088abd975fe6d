//! `-O/--output FILE`: the output written to a file instead of standard output, whole or not at
//! all.
//!
//! A report is sent on (to a manager, into a wiki), so a half-written one must not be left where
//! the whole one was expected: the renderers write through the same `Write` they use for stdout
//! into a temporary file beside the target, which is renamed over it only when everything was
//! written; on any error it is removed, and errors name the file. Interrupted (Ctrl-C, SIGTERM,
//! SIGHUP), it is removed before the process ends by that signal.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context, Result, bail};

use crate::input::Source;

/// Keeps the report from being written over one of its inputs (`rolemap brag.md -O brag.md`
/// would replace the document with its own report): the same file, through any path, symbolic
/// link or (on Unix) hard link, and standard input redirected from it (`rolemap -O brag.md <
/// brag.md`) or a named pipe read and written at once (which would wait forever). An input named
/// on the command line, or standard input, is refused; a file found in a folder is left out with
/// a note when it is an earlier report (`rolemap reviews/ -O reviews/report.md`, run a second
/// time), and refused when it is not (`rolemap notes/ -O notes/brag.md` would replace a note).
pub fn keep_output_apart(path: &Path, sources: &mut Vec<Source>, notes: &mut Vec<String>) -> Result<()> {
    let Ok(output) = fs::metadata(path) else {
        return Ok(());
    };
    if !(output.is_file() || is_fifo(&output)) {
        return Ok(());
    }
    let canonical = fs::canonicalize(path).ok();
    let is_output = |input: &Path| {
        fs::metadata(input).is_ok_and(|meta| same_file(&output, &meta))
            || (canonical.is_some() && fs::canonicalize(input).ok() == canonical)
    };
    let mut refused = None;
    sources.retain(|source| match source {
        Source::Path(input) if is_output(input) => {
            refused = Some(input.display().to_string());
            true
        }
        Source::Stdin if stdin_is(&output) => {
            refused = Some("standard input".to_string());
            true
        }
        Source::Walked(input) if is_output(input) && looks_like_report(input) => {
            notes.push(format!("note: {}: left out, it is the --output file", input.display()));
            false
        }
        Source::Walked(input) if is_output(input) => {
            refused = Some(format!("{}, found in a folder, and no earlier report", input.display()));
            true
        }
        _ => true,
    });
    if let Some(input) = refused {
        bail!(
            "{}: is also an input ({input}); the report would replace it (give --output another file)",
            path.display(),
        );
    }
    Ok(())
}

/// Whether standard input reads the file (or pipe) `output` describes.
#[cfg(unix)]
fn stdin_is(output: &fs::Metadata) -> bool {
    fs::metadata("/dev/stdin").is_ok_and(|meta| same_file(output, &meta))
}

/// Elsewhere standard input is not told apart.
#[cfg(not(unix))]
fn stdin_is(_: &fs::Metadata) -> bool {
    false
}

/// Whether `meta` is a named pipe's.
#[cfg(unix)]
fn is_fifo(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_fifo()
}

/// Elsewhere there are none to tell.
#[cfg(not(unix))]
fn is_fifo(_: &fs::Metadata) -> bool {
    false
}

/// Whether the file at `path` is empty or starts as one of rolemap's reports does: a table's or
/// Markdown's first line (`notes.md: 3 activities (…) in 4 lines`, `window: …`, or a folder's
/// table of documents), JSON's or JSON Lines' first record, CSV's header, or the HTML page's
/// start with rolemap as its generator.
fn looks_like_report(path: &Path) -> bool {
    use std::io::Read;
    let mut head = Vec::with_capacity(1024);
    let Ok(file) = File::open(path) else {
        return false;
    };
    if file.take(1024).read_to_end(&mut head).is_err() {
        return false;
    }
    let head = String::from_utf8_lossy(&head);
    let first = head.lines().next().unwrap_or("");
    let first = first.strip_prefix("## ").unwrap_or(first);
    head.trim().is_empty()
        || first.starts_with("window: ")
        || (first.starts_with(['╭', '│', '|', '+']) && head.contains(" activities "))
        || (first.contains(": ") && (first.contains(" activities (") || first.contains(" activity (")))
        || (head.starts_with('{') && (head.contains("\"version\":") || head.contains("\"type\":")))
        || first.starts_with("source,")
        || (head.starts_with("<!DOCTYPE html>") && head.contains("rolemap"))
}

/// Where the symbolic link `path` leads, if it is one: the file it finally names (which may not
/// exist yet), or `None` for a path that is no link.
fn link_target(path: &Path) -> Option<PathBuf> {
    if !fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_symlink()) {
        return None;
    }
    if let Ok(resolved) = fs::canonicalize(path) {
        return Some(resolved);
    }
    // A link to a file not made yet, or to what has no path (a pipe behind /dev/stdout): one
    // step through it, relative to the link's folder.
    let target = fs::read_link(path).ok()?;
    let target = match path.parent() {
        Some(parent) if target.is_relative() => parent.join(target),
        _ => target,
    };
    (!fs::symlink_metadata(&target).is_ok_and(|meta| meta.file_type().is_symlink())).then_some(target)
}

/// Whether two files' metadata are one file's (device and inode on Unix).
#[cfg(unix)]
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

/// Elsewhere the canonical paths decide.
#[cfg(not(unix))]
fn same_file(_: &fs::Metadata, _: &fs::Metadata) -> bool {
    false
}

/// Runs `write` with a writer to `path` and publishes the file only when it succeeds. A path
/// that is not a regular file (`/dev/stdout`, a named pipe) is written to directly.
pub fn to_file<T>(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<T>) -> Result<T> {
    let shown = path.display().to_string();
    // A symbolic link is written through (`-O report.md` where report.md links elsewhere, or
    // `-O /dev/stdout`): the file it names is replaced, never the link itself.
    let resolved = link_target(path);
    let path = resolved.as_deref().unwrap_or(path);
    let existing = fs::metadata(path);
    match &existing {
        Ok(meta) if meta.is_dir() => bail!("{shown}: is a folder; give --output a file name"),
        Ok(meta) if !meta.is_file() => {
            let file = OpenOptions::new()
                .write(true)
                .open(path)
                .with_context(|| format!("{shown}: cannot open for writing"))?;
            let mut out = Destination::new(file, &shown);
            let result = write(&mut out)?;
            out.flush()?;
            return Ok(result);
        }
        _ => {}
    }
    let temporary = temporary_path(path);
    remove_on_interrupt();
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temporary)
        .with_context(|| format!("{shown}: cannot create the file"))?;
    set_pending(Some(temporary.clone()));
    // A report replaced keeps who may read it (a private one stays private).
    if let Ok(meta) = &existing
        && let Err(error) = file.set_permissions(meta.permissions())
    {
        drop(file);
        let _ = fs::remove_file(&temporary);
        return Err(error).with_context(|| format!("{shown}: cannot keep the file's permissions"));
    }
    let mut out = Destination::new(file, &shown);
    let written = write(&mut out).and_then(|result| {
        out.flush()?;
        out.inner
            .get_ref()
            .sync_all()
            .with_context(|| format!("{shown}: cannot write"))?;
        Ok(result)
    });
    drop(out);
    let published = written.and_then(|result| {
        fs::rename(&temporary, path).with_context(|| format!("{shown}: cannot write"))?;
        Ok(result)
    });
    if published.is_err() {
        // Nothing half-written is left behind; the error says what went wrong.
        let _ = fs::remove_file(&temporary);
    }
    set_pending(None);
    published
}

/// The temporary file being written, if one is: removed when the run is interrupted.
static PENDING: Mutex<Option<PathBuf>> = Mutex::new(None);

fn set_pending(path: Option<PathBuf>) {
    *pending() = path;
}

/// [`PENDING`], locked (a panic elsewhere while it was held leaves the path as it was).
fn pending() -> std::sync::MutexGuard<'static, Option<PathBuf>> {
    PENDING.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Has SIGINT, SIGTERM and SIGHUP remove the [`PENDING`] temporary file, then end the process by
/// that signal, as its default action would have (a shell still sees 130 for Ctrl-C). Installed
/// once, by a thread that waits for them; if that thread cannot start or the signals cannot be
/// taken, they keep their default action (the file may then be left, as before).
#[cfg(unix)]
fn remove_on_interrupt() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    use signal_hook::iterator::Signals;
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        // The signals are taken on the thread that handles them, so none is taken and left
        // unhandled (which would make Ctrl-C do nothing) when the thread cannot start.
        let (taken, told) = std::sync::mpsc::channel();
        let started = std::thread::Builder::new().name("interrupt".into()).spawn(move || {
            let signals = Signals::new([SIGINT, SIGTERM, SIGHUP]);
            let _ = taken.send(());
            let Ok(mut signals) = signals else { return };
            if let Some(signal) = signals.forever().next() {
                if let Some(path) = pending().take() {
                    let _ = fs::remove_file(path);
                }
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                std::process::exit(128 + signal);
            }
        });
        if started.is_ok() {
            let _ = told.recv();
        }
    });
}

/// Elsewhere an interrupted run may leave its temporary file.
#[cfg(not(unix))]
fn remove_on_interrupt() {}

/// A hidden file beside `path`, unique to this process.
fn temporary_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy());
    path.with_file_name(format!(".{name}.rolemap-{}.tmp", std::process::id()))
}

/// A buffered file whose write errors name the file (`report.html: cannot write: No space left
/// on device`), keeping their kind.
struct Destination {
    inner: BufWriter<File>,
    shown: String,
}

impl Destination {
    fn new(file: File, shown: &str) -> Destination {
        Destination {
            inner: BufWriter::new(file),
            shown: shown.to_string(),
        }
    }

    fn named(&self, error: io::Error) -> io::Error {
        io::Error::new(error.kind(), format!("{}: cannot write: {error}", self.shown))
    }
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf).map_err(|e| self.named(e))
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.inner.write_all(buf).map_err(|e| self.named(e))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush().map_err(|e| self.named(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_appears_only_when_everything_was_written() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("report.txt");
        let done = to_file(&path, |out| {
            writeln!(out, "whole")?;
            Ok(7)
        });
        assert_eq!(done.ok(), Some(7));
        assert_eq!(fs::read_to_string(&path).ok().as_deref(), Some("whole\n"));
        // A failure half-way leaves the previous file and no temporary one.
        let failed = to_file(&path, |out| -> Result<()> {
            writeln!(out, "half")?;
            bail!("input error")
        });
        assert!(failed.is_err());
        assert_eq!(fs::read_to_string(&path).ok().as_deref(), Some("whole\n"));
        let names: Vec<_> = fs::read_dir(dir.path())
            .expect("listed")
            .filter_map(|e| e.ok().map(|e| e.file_name()))
            .collect();
        assert_eq!(names, ["report.txt"]);
    }

    #[test]
    fn errors_name_the_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join("no-such-folder").join("report.html");
        let error = to_file(&missing, |_| Ok(())).expect_err("no folder");
        assert!(
            format!("{error:#}").contains("report.html: cannot create the file"),
            "{error:#}"
        );
        let error = to_file(dir.path(), |_| Ok(())).expect_err("a folder");
        assert!(format!("{error:#}").contains("is a folder"), "{error:#}");
    }
}
