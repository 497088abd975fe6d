//! The commands, end to end: read → parse → classify → aggregate → render.
//!
//! `main` stays thin: it parses the command line and maps what [`run`] returns to an exit code.
//! Warnings go to the `err` writer handed in; results go to `out`.

use std::io::Write;

use anyhow::Result;

use crate::activity;
use crate::classify::Classifier;
use crate::cli::{Cli, Command, CommonArgs, EvalArgs};
use crate::eval;
use crate::input::{self, Source};
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
    }
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
