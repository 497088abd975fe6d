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
