//! Helpers shared by the end-to-end tests (each test file uses some of them).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::cargo::cargo_bin_cmd;

/// The binary, with the environment that changes its output (colour, width) cleared.
pub fn rolemap() -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("rolemap");
    cmd.env_remove("NO_COLOR").env_remove("COLUMNS").env_remove("TERM");
    cmd
}

/// Writes `bytes` to `name` under `dir` (creating the folders in `name`); returns its path.
pub fn temp_file(dir: impl AsRef<Path>, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.as_ref().join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create temp folder");
    }
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

/// A temporary path as the `&str` an argument list takes.
pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

/// Runs the binary with `args` and `stdin` (if any): its exit code, stdout and stderr (UTF-8).
pub fn run_bytes(args: &[&str], stdin: Option<&[u8]>) -> (Option<i32>, String, String) {
    let mut command = rolemap();
    command.args(args);
    if let Some(bytes) = stdin {
        command.write_stdin(bytes);
    }
    let output = command.output().expect("runs");
    (
        output.status.code(),
        String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    )
}

/// A `--format json` run on a resume `text`: the first document and stderr's warnings.
pub fn read_resume(text: &str) -> (serde_json::Value, Vec<String>) {
    read_document("resume.txt", text)
}

/// A `--format json` run on a file `name` holding `text`: the first document and stderr's
/// warnings (each without the file's folder).
pub fn read_document(name: &str, text: &str) -> (serde_json::Value, Vec<String>) {
    let (code, document, warnings) = run_document(name, text, &[]);
    assert_eq!(code, Some(0), "{warnings:?}");
    (document, warnings)
}

/// A `--format json` run on a file `name` holding `text`, with `args` before the file: the exit
/// code (1 when a role check fails), the first document and stderr's warnings (each without
/// the file's folder).
pub fn run_document(name: &str, text: &str, args: &[&str]) -> (Option<i32>, serde_json::Value, Vec<String>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = temp_file(&dir, name, text.as_bytes());
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    all.push(path_str(&file));
    let (code, stdout, stderr) = run_bytes(&all, None);
    let report: serde_json::Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("JSON ({e}): {stdout}\n{stderr}"));
    let folder = format!("{}/", path_str(dir.path()));
    let warnings = stderr
        .lines()
        .filter(|l| l.contains("warning"))
        .map(|l| l.replace(&folder, ""))
        .collect();
    (code, report["documents"][0].clone(), warnings)
}

/// Each job's title, company and dates, as `title | company | dates` (`-` for none).
pub fn job_rows(document: &serde_json::Value) -> Vec<String> {
    let field = |job: &serde_json::Value, key: &str| job[key].as_str().unwrap_or("-").to_string();
    document["jobs"]
        .as_array()
        .expect("jobs")
        .iter()
        .map(|job| {
            format!(
                "{} | {} | {}",
                field(job, "title"),
                field(job, "company"),
                field(job, "dates")
            )
        })
        .collect()
}

/// Each activity's job index and date, as `job date text`.
pub fn activity_rows(document: &serde_json::Value) -> Vec<String> {
    dated_texts(document)
        .into_iter()
        .zip(document["activities"].as_array().expect("activities"))
        .map(|(dated, a)| format!("{} {dated}", a["job"]))
        .collect()
}

/// Each activity as `date text` (`-` for no date).
pub fn dated_texts(document: &serde_json::Value) -> Vec<String> {
    document["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| {
            format!(
                "{} {}",
                a["date"].as_str().unwrap_or("-"),
                a["text"].as_str().expect("text")
            )
        })
        .collect()
}

/// The texts of a document's activities (its JSON), in order.
pub fn activity_texts(document: &serde_json::Value) -> Vec<&str> {
    document["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| a["text"].as_str().expect("text"))
        .collect()
}
