//! The commands, end to end: read → parse → classify → aggregate → render.
//!
//! `main` stays thin: it parses the command line and maps what [`run`] returns to an exit code.
//! Warnings go to the `err` writer handed in; results go to `out`.

use std::io::Write;

use anyhow::{Context, Result};

use clap::CommandFactory;

use crate::activity::{self, Parsed};
use crate::check;
use crate::classify::Classifier;
use crate::cli::{CheckArgs, Cli, Command, CommonArgs, EvalArgs, EvalFormatArg, LexiconCommand, ShellArg};
use crate::eval;
use crate::input::{self, BinaryFile, Source};
use crate::lexicon::{self, Effect, Lexicon};
use crate::options::{Options, load_lexicon, output_width};
use crate::render::{self, Format, render};
use crate::report::{CheckOutcome, Expectation, build_document, build_report};
use crate::spreadsheet;

/// How a successful run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything passed (exit 0).
    Ok,
    /// A check failed (exit 1).
    CheckFailed,
}

/// Runs the command line. Errors are usage or input errors (exit 2).
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    match &cli.command {
        None => classify(&Options::from_args(&cli.classify, &cli.common)?, out, err),
        Some(Command::Eval(args)) => evaluate_file(args, &cli.common, out),
        Some(Command::Lexicon(LexiconCommand::Check(args))) => check_lexicon(args, &cli.common, out),
        Some(Command::Lexicon(LexiconCommand::List)) => list_lexicon(&load_lexicon(&cli.common)?, out),
        Some(Command::Completions { shell }) => completions(*shell, out),
        Some(Command::Man) => manual(out),
    }
}

/// Where `lexicon check` looks for a word list when `--words` is not given.
const SYSTEM_DICTIONARY: &str = "/usr/share/dict/words";

/// `rolemap lexicon check`: print every finding; a check failure when any is an error.
pub fn check_lexicon(args: &CheckArgs, common: &CommonArgs, out: &mut dyn Write) -> Result<Outcome> {
    let dir = args.dir.as_ref().or(common.lexicon.as_ref());
    let (shown, files) = match dir {
        Some(dir) => (dir.display().to_string(), lexicon::read_dir(dir)),
        None => ("built-in lexicon".to_string(), Ok(lexicon::builtin_files())),
    };
    let words = match &args.words {
        Some(path) => {
            Some(std::fs::read_to_string(path).with_context(|| format!("{}: cannot read word list", path.display()))?)
        }
        None => std::fs::read_to_string(SYSTEM_DICTIONARY).ok(),
    };
    let dictionary: Option<Vec<String>> = words.map(|w| w.lines().map(str::to_string).collect());
    let findings = match files {
        Ok(files) => check::check(&files, dictionary.as_deref()),
        Err(error) => vec![check::Finding {
            severity: check::Severity::Error,
            path: error.path,
            line: error.line,
            message: error.message,
        }],
    };
    for finding in &findings {
        writeln!(out, "{finding}")?;
    }
    let errors = findings.iter().filter(|f| f.severity == check::Severity::Error).count();
    let warnings = findings.len() - errors;
    let stems = if dictionary.is_some() {
        ""
    } else {
        " (no word list: stems checked for length only; pass --words FILE)"
    };
    writeln!(out, "{shown}: {errors} error(s), {warnings} warning(s){stems}")?;
    out.flush()?;
    Ok(if errors > 0 { Outcome::CheckFailed } else { Outcome::Ok })
}

/// `rolemap lexicon list`: every entry in effect, tab-separated.
pub fn list_lexicon(lexicon: &Lexicon, out: &mut dyn Write) -> Result<Outcome> {
    writeln!(out, "category\tsection\tentry\tweight\tsource")?;
    for entry in &lexicon.entries {
        let label = |c: usize| lexicon.categories[c].label.as_str();
        let (category, section) = match entry.effect {
            Effect::Term(c) => (label(c), "terms"),
            Effect::Context(c) => (label(c), "context"),
            Effect::Scoped(Some(c)) => (label(c), "scoped"),
            Effect::Scoped(None) => ("-", "scoped"),
            Effect::Ic => ("-", "none"),
            Effect::Negation => ("-", "negation"),
            Effect::Hedge => ("-", "hedge"),
        };
        writeln!(
            out,
            "{category}\t{section}\t{}\t{}\t{}",
            entry.text, entry.weight, entry.origin
        )?;
    }
    out.flush()?;
    Ok(Outcome::Ok)
}

/// `rolemap eval`: classify labeled lines and report how often the label comes out.
pub fn evaluate_file(args: &EvalArgs, common: &CommonArgs, out: &mut dyn Write) -> Result<Outcome> {
    let lexicon = load_lexicon(common)?;
    let source = Source::from_arg(&args.file);
    let document = input::read(&source)?;
    let rows = eval::parse_tsv(&document.text, &source.display_name(), &lexicon)?;
    let mut classifier = Classifier::new(&lexicon, document.text.len());
    let report = eval::evaluate(&source.to_string(), &rows, &mut classifier, args.errors);
    let format = match args.format {
        EvalFormatArg::Table => Format::Table,
        EvalFormatArg::Json => Format::Json,
    };
    render::eval::render(&report, format, output_width(), out)?;
    out.flush()?;
    match args.fail_under {
        Some(floor) if report.macro_f1 < floor => Ok(Outcome::CheckFailed),
        _ => Ok(Outcome::Ok),
    }
}

/// The default command: classify every source, render the report, run the role checks.
pub fn classify(options: &Options, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    let mut documents = Vec::with_capacity(options.sources.len());
    let mut classifier: Option<Classifier<'_>> = None;
    for source in &options.sources {
        let document = match input::read(source) {
            Ok(document) => document,
            Err(error) if matches!(source, Source::Walked(_)) && error.downcast_ref::<BinaryFile>().is_some() => {
                writeln!(err, "rolemap: note: skipped {source}: binary file")?;
                continue;
            }
            Err(error) => return Err(error),
        };
        for warning in &document.warnings {
            writeln!(err, "rolemap: warning: {warning}")?;
        }
        let classifier = classifier.get_or_insert_with(|| Classifier::new(&options.lexicon, document.text.len()));
        let parts = match &options.columns {
            Some(columns) => spreadsheet::documents(&document.text, &source.to_string(), columns)?,
            None => vec![(source.to_string(), activity::parse(&document.text))],
        };
        for (name, parsed) in parts {
            if parsed.activities.is_empty() {
                writeln!(
                    err,
                    "rolemap: {name}: no activities found ({} lines, none of them an activity)",
                    parsed.lines
                )?;
            }
            let expectation = Expectation {
                role: expected_role(options, &parsed),
                allow_hybrid: options.allow_hybrid,
            };
            documents.push(build_document(
                &name,
                &parsed,
                classifier,
                &options.selection,
                &expectation,
            ));
        }
    }
    let report = build_report(&options.lexicon, options.selection, documents);
    render(&report, &options.render, out)?;
    out.flush()?;
    let mut failed = 0;
    for document in report.documents.iter().filter(|d| d.check == Some(CheckOutcome::Fail)) {
        failed += 1;
        let v = &document.verdict;
        let reads = match (&v.role, &v.runner_up, v.hybrid) {
            (None, ..) => "no role".to_string(),
            (Some(role), Some(runner_up), true) => format!("{role} (hybrid with {runner_up})"),
            (Some(role), ..) => role.clone(),
        };
        writeln!(
            err,
            "rolemap: check failed: {}: expected {}, reads like {reads}",
            document.source,
            document.expected.as_deref().unwrap_or("?")
        )?;
    }
    Ok(if failed == 0 { Outcome::Ok } else { Outcome::CheckFailed })
}

/// The role a document must read like: `--expect`, else `role:` in its front matter (as a
/// category label when it names one).
fn expected_role(options: &Options, parsed: &Parsed) -> Option<String> {
    if let Some(role) = &options.expect {
        return Some(role.clone());
    }
    let (_, role) = parsed.front_matter.iter().find(|(key, _)| key == "role")?;
    let role = role.trim();
    if role.is_empty() {
        return None;
    }
    Some(
        options
            .lexicon
            .category_index(role)
            .map_or_else(|| role.to_string(), |i| options.lexicon.categories[i].label.clone()),
    )
}

/// `rolemap completions SHELL`: a completion script on stdout.
pub fn completions(shell: ShellArg, out: &mut dyn Write) -> Result<Outcome> {
    use clap_complete::Shell;
    let shell = match shell {
        ShellArg::Bash => Shell::Bash,
        ShellArg::Zsh => Shell::Zsh,
        ShellArg::Fish => Shell::Fish,
        ShellArg::Powershell => Shell::PowerShell,
        ShellArg::Elvish => Shell::Elvish,
    };
    clap_complete::generate(shell, &mut Cli::command(), "rolemap", out);
    out.flush()?;
    Ok(Outcome::Ok)
}

/// `rolemap man`: the manual page in roff on stdout.
pub fn manual(out: &mut dyn Write) -> Result<Outcome> {
    clap_mangen::Man::new(Cli::command()).render(out)?;
    out.flush()?;
    Ok(Outcome::Ok)
}
