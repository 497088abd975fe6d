//! Sources (standard input, files) → document text.
//!
//! Users pipe in whatever they have, so this step is forgiving where it can be (a BOM, UTF-16,
//! invalid UTF-8 are decoded, with a warning when text changed) and strict where it must be (a
//! missing file, a directory or a binary file is refused with a message naming it).

use std::fmt;
use std::io::{BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// How many leading bytes are checked for a NUL byte to detect a binary file.
pub const BINARY_PROBE_BYTES: usize = 8 * 1024;

/// File extensions read when walking a folder.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

/// Spreadsheet file extensions: read with `--column` (also when walking a folder), refused
/// without it.
pub const SPREADSHEET_EXTENSIONS: &[&str] = &["csv", "tsv", "tab"];

/// Whether `path` has one of `extensions` (any letter case).
pub fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Where a document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input (`-`, or no argument with piped input).
    Stdin,
    /// A file path as given on the command line.
    Path(PathBuf),
    /// A file found by walking a folder given on the command line.
    Walked(PathBuf),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Stdin => f.write_str("-"),
            Source::Path(path) | Source::Walked(path) => write!(f, "{}", path.display()),
        }
    }
}

/// A file refused because it looks binary. Files found in a folder are skipped for this;
/// files named on the command line are refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}: looks like a binary file (NUL byte in the first 8 KiB); rolemap reads text")]
pub struct BinaryFile(pub String);

/// Turns command-line arguments into sources: `-` is stdin, a folder is walked recursively for
/// [`TEXT_EXTENSIONS`] files (hidden files and folders skipped, symbolic links to folders not
/// followed) in sorted order, anything else is a file.
pub fn expand(args: &[PathBuf]) -> Result<Vec<Source>> {
    expand_with(args, false)
}

/// Like [`expand`]; with `spreadsheets`, folders give their [`SPREADSHEET_EXTENSIONS`] files
/// too.
pub fn expand_with(args: &[PathBuf], spreadsheets: bool) -> Result<Vec<Source>> {
    let mut sources = Vec::new();
    for arg in args {
        let source = Source::from_arg(arg);
        match &source {
            Source::Path(path) if path.is_dir() => {
                let mut found = Vec::new();
                walk(path, spreadsheets, &mut found)
                    .with_context(|| format!("{}: cannot read folder", path.display()))?;
                if found.is_empty() {
                    let kinds = if spreadsheets {
                        ".txt, .md, .markdown, .csv or .tsv"
                    } else {
                        ".txt, .md or .markdown"
                    };
                    bail!("{}: no {kinds} files in this folder", path.display());
                }
                found.sort();
                sources.extend(found.into_iter().map(Source::Walked));
            }
            _ => sources.push(source),
        }
    }
    Ok(sources)
}

fn walk(dir: &Path, spreadsheets: bool, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            walk(&path, spreadsheets, found)?;
        } else if (kind.is_file() || (kind.is_symlink() && path.is_file()))
            && (has_extension(&path, TEXT_EXTENSIONS) || (spreadsheets && has_extension(&path, SPREADSHEET_EXTENSIONS)))
        {
            found.push(path);
        }
    }
    Ok(())
}

impl Source {
    /// `-` means standard input; anything else is a path.
    pub fn from_arg(arg: &Path) -> Source {
        if arg.as_os_str() == "-" {
            Source::Stdin
        } else {
            Source::Path(arg.to_path_buf())
        }
    }

    /// The name used in messages: the path, or `<stdin>`.
    pub fn display_name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_string(),
            Source::Path(path) | Source::Walked(path) => path.display().to_string(),
        }
    }
}

/// A source's text, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Where it came from.
    pub source: Source,
    /// The decoded text (BOM removed).
    pub text: String,
    /// What was changed while decoding, one message each, for stderr.
    pub warnings: Vec<String>,
}

/// Opens a source's raw bytes; a folder or an unreadable file is an error naming it.
fn open_raw(source: &Source) -> Result<Box<dyn Read + Send>> {
    let name = source.display_name();
    match source {
        Source::Stdin => Ok(Box::new(std::io::stdin())),
        Source::Path(path) | Source::Walked(path) => {
            if path.is_dir() {
                bail!("{name}: is a directory");
            }
            let file = std::fs::File::open(path).with_context(|| format!("{name}: cannot read"))?;
            Ok(Box::new(file))
        }
    }
}

/// Reads and decodes a whole source (for spreadsheets and labeled files; documents stream
/// through [`LineReader`]).
pub fn read(source: &Source) -> Result<Document> {
    let name = source.display_name();
    let mut bytes = Vec::new();
    open_raw(source)?
        .read_to_end(&mut bytes)
        .with_context(|| format!("{name}: cannot read"))?;
    let (text, warnings) = decode(&bytes, &name)?;
    Ok(Document {
        source: source.clone(),
        text,
        warnings,
    })
}

/// Reads a source line by line in constant memory, decoding as it goes: a UTF-8 BOM is
/// dropped, UTF-16 with a BOM is decoded, invalid UTF-8 is replaced (one warning), and lines end
/// at `\n`, `\r\n` or a lone `\r`. A NUL byte in the first [`BINARY_PROBE_BYTES`] refuses the
/// source as binary.
pub struct LineReader {
    name: String,
    inner: Box<dyn BufRead + Send>,
    chunk: Vec<u8>,
    current: String,
    cursor: Option<usize>,
    lines: usize,
    invalid_line: Option<usize>,
    warnings: Vec<String>,
}

impl fmt::Debug for LineReader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LineReader")
            .field("name", &self.name)
            .field("lines", &self.lines)
            .finish()
    }
}

/// Buffer size for reading documents.
const READ_BUFFER_BYTES: usize = 256 * 1024;

impl LineReader {
    /// Opens `source` and checks its first bytes.
    pub fn open(source: &Source) -> Result<LineReader> {
        let name = source.display_name();
        let mut raw = open_raw(source)?;
        let mut head = Vec::with_capacity(BINARY_PROBE_BYTES);
        raw.by_ref()
            .take(BINARY_PROBE_BYTES as u64)
            .read_to_end(&mut head)
            .with_context(|| format!("{name}: cannot read"))?;
        let mut warnings = Vec::new();
        let inner: Box<dyn BufRead + Send> = if matches!(head.as_slice(), [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..]) {
            let mut rest = head;
            raw.read_to_end(&mut rest)
                .with_context(|| format!("{name}: cannot read"))?;
            let text = decode_utf16(&rest).unwrap_or_default();
            if looks_binary_text(&text) {
                return Err(BinaryFile(name).into());
            }
            warnings.push(format!("{name}: decoded as UTF-16"));
            Box::new(Cursor::new(text.into_bytes()))
        } else {
            let body = head.strip_prefix(b"\xEF\xBB\xBF").map(<[u8]>::to_vec).unwrap_or(head);
            if body.contains(&0) {
                return Err(BinaryFile(name).into());
            }
            Box::new(BufReader::with_capacity(
                READ_BUFFER_BYTES,
                Cursor::new(body).chain(raw),
            ))
        };
        Ok(LineReader {
            name,
            inner,
            chunk: Vec::new(),
            current: String::new(),
            cursor: None,
            lines: 0,
            invalid_line: None,
            warnings,
        })
    }

    /// The next line without its ending, or `None` at the end.
    pub fn next_line(&mut self) -> Result<Option<&str>> {
        loop {
            if let Some(start) = self.cursor {
                let rest = &self.current[start..];
                let (end, next) = match rest.find('\r') {
                    Some(cr) => (start + cr, Some(start + cr + 1)),
                    None => (self.current.len(), None),
                };
                self.cursor = next;
                self.lines += 1;
                return Ok(Some(&self.current[start..end]));
            }
            self.chunk.clear();
            let read = self
                .inner
                .read_until(b'\n', &mut self.chunk)
                .with_context(|| format!("{}: cannot read", self.name))?;
            if read == 0 {
                return Ok(None);
            }
            let mut bytes = self.chunk.as_slice();
            bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
            bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
            self.current.clear();
            match std::str::from_utf8(bytes) {
                Ok(text) => self.current.push_str(text),
                Err(_) => {
                    self.invalid_line.get_or_insert(self.lines + 1);
                    self.current.push_str(&String::from_utf8_lossy(bytes));
                }
            }
            self.cursor = Some(0);
        }
    }

    /// What was changed while decoding, one message each.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = self.warnings.clone();
        if let Some(line) = self.invalid_line {
            warnings.push(format!(
                "{}:{line}: invalid UTF-8; bad bytes were replaced with U+FFFD",
                self.name
            ));
        }
        warnings
    }
}

/// Decodes bytes to text: UTF-8 (BOM optional), UTF-16 with a BOM, or lossy UTF-8 with a warning.
/// Text with a NUL byte in its first [`BINARY_PROBE_BYTES`] is refused as binary.
pub fn decode(bytes: &[u8], name: &str) -> Result<(String, Vec<String>)> {
    let mut warnings = Vec::new();
    if let Some(text) = decode_utf16(bytes) {
        if looks_binary_text(&text) {
            return Err(BinaryFile(name.to_string()).into());
        }
        warnings.push(format!("{name}: decoded as UTF-16"));
        return Ok((text, warnings));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes[..bytes.len().min(BINARY_PROBE_BYTES)].contains(&0) {
        return Err(BinaryFile(name.to_string()).into());
    }
    let text = match String::from_utf8(bytes.to_vec()) {
        Ok(text) => text,
        Err(error) => {
            let lossy = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let line = error.as_bytes()[..error.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            warnings.push(format!(
                "{name}:{line}: invalid UTF-8; bad bytes were replaced with U+FFFD"
            ));
            lossy
        }
    };
    Ok((text, warnings))
}

/// A NUL character among the first decoded characters: a binary file that merely starts with
/// bytes that look like a UTF-16 byte-order mark.
fn looks_binary_text(text: &str) -> bool {
    text.chars().take(BINARY_PROBE_BYTES / 2).any(|c| c == '\0')
}

/// Decodes UTF-16 text that starts with a byte-order mark; `None` if there is no UTF-16 BOM.
fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let little_endian = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks(2).map(|pair| match (pair, little_endian) {
        ([lo, hi], true) => u16::from_le_bytes([*lo, *hi]),
        ([hi, lo], false) => u16::from_be_bytes([*hi, *lo]),
        _ => 0xFFFD,
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_a_utf8_bom() {
        let (text, warnings) = decode(b"\xEF\xBB\xBF- Led it\n", "f").expect("decodes");
        assert_eq!(text, "- Led it\n");
        assert!(warnings.is_empty());
    }

    #[test]
    fn invalid_utf8_is_replaced_with_one_warning_naming_the_line() {
        let (text, warnings) = decode(b"ok\nbad \xFF\xFE here\n", "f.txt").expect("decodes");
        assert_eq!(text, "ok\nbad \u{FFFD}\u{FFFD} here\n");
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("f.txt:2: invalid UTF-8"), "{}", warnings[0]);
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let error = decode(b"abc\0def", "x.bin").expect_err("binary");
        assert!(
            error.to_string().starts_with("x.bin: looks like a binary file"),
            "{error}"
        );
        let mut late = vec![b'a'; BINARY_PROBE_BYTES];
        late.push(0);
        assert!(
            decode(&late, "late").is_ok(),
            "a NUL after the probe window is not checked"
        );
    }

    #[test]
    fn utf16_with_a_bom_is_decoded() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("hi\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("hi\n".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&le, "f").expect("le").0, "hi\n");
        assert_eq!(decode(&be, "f").expect("be").0, "hi\n");
    }

    #[test]
    fn a_binary_file_starting_like_a_utf16_bom_is_still_binary() {
        let error = decode(b"\xFF\xFE\x00\x00\x01\x02", "x.bin").expect_err("binary");
        assert!(error.downcast_ref::<BinaryFile>().is_some());
    }

    #[test]
    fn empty_input_is_fine() {
        assert_eq!(decode(b"", "f").expect("empty").0, "");
    }

    #[test]
    fn folders_expand_to_sorted_text_files_skipping_hidden_ones() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        for name in [
            "b.md",
            "a.txt",
            "c.markdown",
            "notes.pdf",
            ".hidden.md",
            "sub/d.md",
            ".git/e.md",
        ] {
            let path = root.join(name);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(&path, "- x\n").expect("write");
        }
        let sources = expand(&[root.to_path_buf(), PathBuf::from("-")]).expect("expands");
        let names: Vec<String> = sources
            .iter()
            .map(|s| s.to_string().replace(&root.display().to_string(), ""))
            .collect();
        assert_eq!(names, ["/a.txt", "/b.md", "/c.markdown", "/sub/d.md", "-"]);
        assert!(matches!(sources[0], Source::Walked(_)));
    }

    #[test]
    fn folders_give_their_spreadsheets_only_when_asked() {
        let dir = tempfile::tempdir().expect("temp dir");
        for name in ["a.md", "b.csv", "c.TSV", "d.xlsx"] {
            std::fs::write(dir.path().join(name), "x\n").expect("write");
        }
        let names = |spreadsheets: bool| -> Vec<String> {
            expand_with(&[dir.path().to_path_buf()], spreadsheets)
                .expect("expands")
                .iter()
                .map(|s| s.to_string().rsplit('/').next().unwrap_or_default().to_string())
                .collect()
        };
        assert_eq!(names(false), ["a.md"]);
        assert_eq!(names(true), ["a.md", "b.csv", "c.TSV"]);
        let only_csv = tempfile::tempdir().expect("temp dir");
        std::fs::write(only_csv.path().join("r.csv"), "x\n").expect("write");
        let error = expand(&[only_csv.path().to_path_buf()]).expect_err("no text files");
        assert!(error.to_string().contains("no .txt, .md or .markdown files"), "{error}");
    }

    #[test]
    fn an_empty_folder_is_an_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let error = expand(&[dir.path().to_path_buf()]).expect_err("no text files");
        assert!(error.to_string().contains("no .txt, .md or .markdown files"), "{error}");
    }

    fn read_lines(bytes: &[u8]) -> (Vec<String>, Vec<String>) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("f.md");
        std::fs::write(&path, bytes).expect("write");
        let mut reader = LineReader::open(&Source::Path(path)).expect("opens");
        let mut lines = Vec::new();
        while let Some(line) = reader.next_line().expect("reads") {
            lines.push(line.to_string());
        }
        let warnings = reader
            .warnings()
            .iter()
            .map(|w| w.rsplit_once("f.md").map_or(w.clone(), |(_, r)| r.to_string()))
            .collect();
        (lines, warnings)
    }

    #[test]
    fn line_reader_splits_every_line_ending_like_the_whole_text_parser() {
        let text = "a\r\nb\rc\n\nd\r\r\ne";
        let (lines, warnings) = read_lines(text.as_bytes());
        let expected: Vec<String> = crate::activity::lines(text).map(str::to_string).collect();
        assert_eq!(lines, expected);
        assert!(warnings.is_empty());
    }

    #[test]
    fn line_reader_decodes_bom_utf16_and_invalid_utf8() {
        assert_eq!(read_lines(b"\xEF\xBB\xBF- x\n").0, ["- x"]);
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("a\nb".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let (lines, warnings) = read_lines(&utf16);
        assert_eq!(lines, ["a", "b"]);
        assert_eq!(warnings, [": decoded as UTF-16"]);
        let (lines, warnings) = read_lines(b"ok\nbad \xFF\n");
        assert_eq!(lines, ["ok", "bad \u{FFFD}"]);
        assert_eq!(warnings, [":2: invalid UTF-8; bad bytes were replaced with U+FFFD"]);
    }

    #[test]
    fn line_reader_refuses_binary() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("x.bin");
        std::fs::write(&path, b"abc\0").expect("write");
        let error = LineReader::open(&Source::Path(path)).expect_err("binary");
        assert!(error.downcast_ref::<BinaryFile>().is_some());
    }

    #[test]
    fn dash_means_stdin() {
        assert_eq!(Source::from_arg(Path::new("-")), Source::Stdin);
        assert_eq!(Source::from_arg(Path::new("a.md")).to_string(), "a.md");
    }
}
