//! Whether standard input or output was closed when rolemap started (`rolemap <&-`,
//! `rolemap notes.md >&-`). Rust's runtime puts `/dev/null` on a closed standard descriptor
//! before `main`, so a closed one would otherwise read as empty input, or swallow the output,
//! and the run would say nothing and exit 0. The `/dev/null` it opens is open for reading and
//! writing, which a shell's `</dev/null` (reading only) or `>/dev/null` (writing only) is not:
//! that tells the two apart. (`<>/dev/null` on standard output reads as closed too.)

use std::io::{Read, Write};

/// Whether standard input was closed when the program started.
pub fn stdin_closed() -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        closed_at_start(std::io::stdin().as_fd(), Probe::Write)
    }
    #[cfg(not(unix))]
    false
}

/// Whether standard output was closed when the program started.
pub fn stdout_closed() -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        closed_at_start(std::io::stdout().as_fd(), Probe::Read)
    }
    #[cfg(not(unix))]
    false
}

/// How to tell the runtime's `/dev/null` from a shell's: by the way a stream does not use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Probe {
    /// Write a byte (standard input, which a shell opens for reading only).
    Write,
    /// Read a byte (standard output, which a shell opens for writing only).
    Read,
}

/// Whether `fd` is no descriptor at all, or the `/dev/null` the runtime opened in place of a
/// closed one: it then takes the other direction too (a byte written to `/dev/null` is dropped,
/// one read is none).
#[cfg(unix)]
fn closed_at_start(fd: std::os::fd::BorrowedFd<'_>, probe: Probe) -> bool {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let Ok(owned) = fd.try_clone_to_owned() else {
        return true;
    };
    let mut file = std::fs::File::from(owned);
    let Ok(metadata) = file.metadata() else {
        return false;
    };
    if !metadata.file_type().is_char_device() {
        return false;
    }
    if std::fs::metadata("/dev/null").map_or(true, |null| null.rdev() != metadata.rdev()) {
        return false;
    }
    match probe {
        Probe::Write => file.write(b"\n").is_ok(),
        Probe::Read => file.read(&mut [0u8; 1]).is_ok(),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::fd::AsFd;

    #[test]
    fn a_shells_dev_null_is_open_not_closed_and_the_runtimes_is_closed() {
        let read_only = std::fs::File::open("/dev/null").expect("opens");
        assert!(!closed_at_start(read_only.as_fd(), Probe::Write));
        let write_only = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/null")
            .expect("opens");
        assert!(!closed_at_start(write_only.as_fd(), Probe::Read));
        let both = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/null")
            .expect("opens");
        assert!(closed_at_start(both.as_fd(), Probe::Write));
        assert!(closed_at_start(both.as_fd(), Probe::Read));
        // A file is no closed stream, whichever way it was opened.
        let file = tempfile::tempfile().expect("a temp file");
        assert!(!closed_at_start(file.as_fd(), Probe::Read));
    }
}
