//! Sources (standard input, files) → document text.
//!
//! Users pipe in whatever they have, so this step is forgiving where it can be (a BOM, UTF-16,
//! invalid UTF-8 are decoded, with a warning when text changed) and strict where it must be (a
//! missing file, a directory or a binary file is refused with a message naming it).

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// How many leading bytes are checked for a NUL byte to detect a binary file.
pub const BINARY_PROBE_BYTES: usize = 8 * 1024;

/// File extensions read when walking a folder.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

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
    let mut sources = Vec::new();
    for arg in args {
        let source = Source::from_arg(arg);
        match &source {
            Source::Path(path) if path.is_dir() => {
                let mut found = Vec::new();
                walk(path, &mut found).with_context(|| format!("{}: cannot read folder", path.display()))?;
                if found.is_empty() {
                    bail!("{}: no .txt, .md or .markdown files in this folder", path.display());
                }
                found.sort();
                sources.extend(found.into_iter().map(Source::Walked));
            }
            _ => sources.push(source),
        }
    }
    Ok(sources)
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            walk(&path, found)?;
        } else if (kind.is_file() || (kind.is_symlink() && path.is_file()))
            && path
                .extension()
                .is_some_and(|e| TEXT_EXTENSIONS.iter().any(|t| e.eq_ignore_ascii_case(t)))
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

/// Reads and decodes a source.
pub fn read(source: &Source) -> Result<Document> {
    let name = source.display_name();
    let bytes = match source {
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .context("reading standard input")?;
            bytes
        }
        Source::Path(path) | Source::Walked(path) => {
            if path.is_dir() {
                bail!("{name}: is a directory");
            }
            std::fs::read(path).with_context(|| format!("{name}: cannot read"))?
        }
    };
    let (text, warnings) = decode(&bytes, &name)?;
    Ok(Document {
        source: source.clone(),
        text,
        warnings,
    })
}

/// Decodes bytes to text: UTF-8 (BOM optional), UTF-16 with a BOM, or lossy UTF-8 with a warning.
/// Text with a NUL byte in its first [`BINARY_PROBE_BYTES`] is refused as binary.
pub fn decode(bytes: &[u8], name: &str) -> Result<(String, Vec<String>)> {
    let mut warnings = Vec::new();
    if let Some(text) = decode_utf16(bytes) {
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
    fn an_empty_folder_is_an_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let error = expand(&[dir.path().to_path_buf()]).expect_err("no text files");
        assert!(error.to_string().contains("no .txt, .md or .markdown files"), "{error}");
    }

    #[test]
    fn dash_means_stdin() {
        assert_eq!(Source::from_arg(Path::new("-")), Source::Stdin);
        assert_eq!(Source::from_arg(Path::new("a.md")).to_string(), "a.md");
    }
}
