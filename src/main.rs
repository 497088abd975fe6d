//! The rolemap binary: parse the command line, run, map the outcome to an exit code.

use std::io::{self, BufWriter, ErrorKind, Write};
use std::process::ExitCode;

use clap::Parser;

use rolemap::app::{Outcome, Reported, error_message, is_broken_pipe, run};
use rolemap::cli::{Cli, command_after_options, hoist_subcommand};

fn main() -> ExitCode {
    let (args, warning) = hoist_subcommand(std::env::args_os().collect());
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(error) => return usage(&error),
    };
    if let Some(message) = command_after_options(&cli, &args) {
        let _ = writeln!(io::stderr(), "rolemap: error: {message}");
        return ExitCode::from(2);
    }
    if let Some(warning) = warning {
        let _ = writeln!(io::stderr(), "rolemap: warning: {warning}");
    }
    let stdout = io::stdout();
    let mut out = Output {
        inner: BufWriter::new(stdout.lock()),
        closed: rolemap::stdio::stdout_closed(),
    };
    let mut err = io::stderr();
    let result = run(cli, &mut out, &mut err).and_then(|outcome| match out.flush() {
        // The outcome is known: a closed pipe ends the output, not the verdict.
        Err(error) if error.kind() == ErrorKind::BrokenPipe => Ok(outcome),
        flushed => flushed.map(|()| outcome).map_err(Into::into),
    });
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::CheckFailed) => ExitCode::from(1),
        Ok(Outcome::InputFailed) => ExitCode::from(2),
        // A closed pipe is a normal way for output to end (`rolemap … | head`); the main
        // command keeps the status it earned before it (see `app::classify`).
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) if error.downcast_ref::<Reported>().is_some() => ExitCode::from(2),
        Err(error) => {
            let _ = writeln!(err, "{}", error_message(&error));
            ExitCode::from(2)
        }
    }
}

/// What clap has to say about the command line: `--help` and `--version` on stdout (exit 0);
/// a usage error on stderr in rolemap's own error style, `rolemap: error: …` (exit 2).
fn usage(error: &clap::Error) -> ExitCode {
    if !error.use_stderr() {
        let _ = error.print();
        return ExitCode::SUCCESS;
    }
    let text = error.render().to_string();
    let text = match text.strip_prefix("error: ") {
        // `-o FILE`, as most tools write their output: rolemap's is -O (ripgrep's -o prints
        // only the matched text), and clap's own tip would be to pass `-o` as a value.
        Some(message) if message.starts_with("unexpected argument '-o'") && message.contains("Usage: rolemap [OPTIONS]") => {
            "unexpected argument '-o'; to write the output to a file, use -O FILE (--output FILE)\n\nFor more information, try '--help'.\n".to_string()
        }
        Some(message) => message.to_string(),
        // `rolemap lexicon` alone: clap shows the command's help, which names the commands.
        None => format!("name a command\n\n{text}"),
    };
    let _ = write!(io::stderr(), "rolemap: error: {text}");
    ExitCode::from(2)
}

/// Standard output, whose failures say so: every write error (a full disk) reads
/// `writing output: …`, and keeps its kind (so a closed pipe is still recognised). A standard
/// output closed before rolemap started takes no write (the runtime's `/dev/null` would take
/// them all in silence): that is an error, as a write to a closed descriptor is.
struct Output<W> {
    inner: W,
    closed: bool,
}

impl<W: Write> Output<W> {
    /// An error for `buf` if standard output is closed.
    fn check(&self, buf: &[u8]) -> io::Result<()> {
        match self.closed && !buf.is_empty() {
            true => Err(writing(io::Error::other("standard output is closed"))),
            false => Ok(()),
        }
    }
}

impl<W: Write> Write for Output<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.check(buf)?;
        self.inner.write(buf).map_err(writing)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.check(buf)?;
        self.inner.write_all(buf).map_err(writing)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush().map_err(writing)
    }
}

fn writing(error: io::Error) -> io::Error {
    io::Error::new(error.kind(), format!("writing output: {error}"))
}
