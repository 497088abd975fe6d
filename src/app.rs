//! The commands, end to end: read → parse → classify → aggregate → render.
//!
//! `main` stays thin: it parses the command line and maps what [`run`] returns to an exit code.
//! Warnings go to the `err` writer handed in; results go to `out`.

use std::io::Write;

use anyhow::{Context, Result};

use crate::activity;
use crate::check;
use crate::classify::Classifier;
use crate::cli::{CheckArgs, Cli, Command, CommonArgs, EvalArgs, LexiconCommand};
use crate::eval;
use crate::input::{self, Source};
use crate::lexicon::{self, Effect, Lexicon};
use crate::options::{Options, load_lexicon, output_width};
use crate::render::{self, render};
use crate::report::{Report, SCHEMA_VERSION, build_document};

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
    render::eval::render(&report, args.format.into(), output_width(), out)?;
    out.flush()?;
    match args.fail_under {
        Some(floor) if report.macro_f1 < floor => Ok(Outcome::CheckFailed),
        _ => Ok(Outcome::Ok),
    }
}

/// The default command: classify every source and render the report.
pub fn classify(options: &Options, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    let mut documents = Vec::with_capacity(options.sources.len());
    let mut classifier: Option<Classifier<'_>> = None;
    for source in &options.sources {
        let document = input::read(source)?;
        for warning in &document.warnings {
            writeln!(err, "rolemap: warning: {warning}")?;
        }
        let classifier = classifier.get_or_insert_with(|| Classifier::new(&options.lexicon, document.text.len()));
        let parsed = activity::parse(&document.text);
        if parsed.activities.is_empty() {
            writeln!(
                err,
                "rolemap: {}: no activities found ({} lines, none of them an activity)",
                source.display_name(),
                parsed.lines
            )?;
        }
        documents.push(build_document(&source.to_string(), &parsed, classifier));
    }
    let report = Report {
        version: SCHEMA_VERSION,
        documents,
    };
    render(&report, &options.render, out)?;
    out.flush()?;
    Ok(Outcome::Ok)
}
