//! The commands, end to end: read → parse → classify → aggregate → render.
//!
//! `main` stays thin: it parses the command line and maps what [`run`] returns to an exit code.
//! Warnings go to the `err` writer handed in; results go to `out`.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};

use anyhow::{Context, Result, bail};

use clap::CommandFactory;

use rayon::prelude::*;

use crate::activity::{self, Activity, ParseOptions, Parsed, Parser};
use crate::check;
use crate::classify::Classifier;
use crate::cli::{CheckArgs, Cli, Command, EvalArgs, EvalFormatArg, FitArgs, LexiconCommand, ShellArg};
use crate::escape::visible;
use crate::eval;
use crate::families;
use crate::fit;
use crate::input::{self, BinaryFile, LineReader, Source};
use crate::lexicon::{self, Effect, Lexicon};
use crate::options::{Options, load_lexicon, output_width};
use crate::output;
use crate::render::{self, Format, Renderer};
use crate::report::{
    ActivityReport, CheckOutcome, DocumentBuilder, DocumentReport, Expectation, Known, SummaryBuilder, expected_role,
};
use crate::spreadsheet;

/// How a successful run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything passed (exit 0).
    Ok,
    /// A check failed (exit 1).
    CheckFailed,
    /// Some inputs could not be read: each was named on stderr as it failed, and the others
    /// were reported (exit 2, which wins over a failed check).
    InputFailed,
}

/// Errors already written to stderr, one per input that failed, when no input could be read:
/// the run ends with exit 2 and nothing more to say.
#[derive(Debug, thiserror::Error)]
#[error("{0} input(s) could not be read (named above)")]
pub struct Reported(pub usize);

/// A large file or standard input, classified as it is read, that failed after part of it was
/// read (binary data or a read error midway): its activities may be written already, so its
/// document is finished with the lines read before the failure and the report stays whole, in
/// every format alike; the run goes on with the other inputs and ends with exit 2.
#[derive(Debug, thiserror::Error)]
#[error("{error:#}; the report holds the lines before it")]
struct CutShort {
    /// What went wrong, naming the file and line.
    error: anyhow::Error,
    /// The source's warnings and notes, printed before the error.
    notes: Vec<String>,
}

/// A source that failed before any of its activities was handed on (a front-matter role nobody
/// can read, found as its first activities were read): nothing of it is reported.
#[derive(Debug, thiserror::Error)]
#[error("{0:#}")]
struct Unwritten(anyhow::Error);

/// An error as rolemap prints it, on one path for every command: `rolemap: error: …`, the cause
/// chain joined by `: `, control characters escaped.
pub fn error_message(error: &anyhow::Error) -> String {
    format!("rolemap: error: {}", visible(&format!("{error:#}")))
}

/// Runs the command line. Errors are usage or input errors (exit 2).
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    match &cli.command {
        None => {
            let options = Options::from_args(&cli.classify, &cli.common)?;
            match &options.output {
                Some(path) => output::to_file(path, |file| classify(&options, file, err)),
                None if options.quiet => classify(&options, &mut std::io::sink(), err),
                None => classify(&options, out, err),
            }
        }
        Some(Command::Eval(args)) => evaluate_file(args, out, err),
        Some(Command::Lexicon(LexiconCommand::Check(args))) => check_lexicon(args, out),
        Some(Command::Lexicon(LexiconCommand::List(args))) => list_lexicon(&load_lexicon(&args.lexicon)?, out),
        Some(Command::Lexicon(LexiconCommand::Fit(args))) => fit_lexicon(args, out, err),
        Some(Command::Completions { shell }) => completions(*shell, out),
        Some(Command::Man { command }) => manual(command, out),
    }
}

/// Where `lexicon check` looks for a word list when `--words` is not given.
const SYSTEM_DICTIONARY: &str = "/usr/share/dict/words";

/// `rolemap lexicon check`: print every finding; a check failure when any is an error.
pub fn check_lexicon(args: &CheckArgs, out: &mut dyn Write) -> Result<Outcome> {
    let dir = args.dir.as_ref().or(args.lexicon.lexicon.as_ref());
    let liwc = dir.is_some_and(|d| lexicon::is_liwc_path(d));
    let (shown, files) = match dir {
        Some(file) if liwc => (file.display().to_string(), lexicon::read_file(file).map(|f| vec![f])),
        Some(dir) => (dir.display().to_string(), lexicon::read_dir(dir)),
        None => ("built-in lexicon".to_string(), Ok(lexicon::builtin_files())),
    };
    let words = match &args.words {
        Some(path) => {
            let list = input::read(&Source::Path(path.clone())).context("--words: cannot read the word list")?;
            Some(list.text)
        }
        None => input::read(&Source::Path(SYSTEM_DICTIONARY.into()))
            .ok()
            .map(|list| list.text),
    };
    let dictionary: Option<Vec<String>> = words.map(|w| w.lines().map(str::to_string).collect());
    let findings = match files {
        Ok(files) if liwc => files
            .iter()
            .flat_map(|f| check::check_liwc(f, dictionary.as_deref()))
            .collect(),
        Ok(files) => check::check(&files, dictionary.as_deref()),
        Err(error) => vec![check::Finding {
            severity: check::Severity::Error,
            path: error.path,
            line: error.line,
            message: error.message,
        }],
    };
    for finding in &findings {
        writeln!(out, "{}", visible(&finding.to_string()))?;
    }
    let errors = findings.iter().filter(|f| f.severity == check::Severity::Error).count();
    let warnings = findings.len() - errors;
    let stems = if dictionary.is_some() {
        ""
    } else {
        " (no word list: stems checked for length only; pass --words FILE)"
    };
    writeln!(
        out,
        "{}: {errors} error(s), {warnings} warning(s){stems}",
        visible(&shown)
    )?;
    out.flush()?;
    Ok(if errors > 0 { Outcome::CheckFailed } else { Outcome::Ok })
}

/// `rolemap lexicon list`: every entry in effect, tab-separated, with the forms it meets.
pub fn list_lexicon(lexicon: &Lexicon, out: &mut dyn Write) -> Result<Outcome> {
    writeln!(out, "category\tsection\tentry\tweight\tsource\tforms")?;
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
            Effect::ClauseBreak => ("-", "clause breaks"),
            Effect::NegationException => ("-", "negation exceptions"),
        };
        writeln!(
            out,
            "{category}\t{section}\t{}\t{}\t{}\t{}",
            entry.text,
            entry.weight,
            entry.origin,
            families::shown_forms(&entry.pattern)
        )?;
    }
    out.flush()?;
    Ok(Outcome::Ok)
}

/// `rolemap eval`: classify labeled lines (and documents) and report how often the label comes
/// out.
pub fn evaluate_file(args: &EvalArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    if let Some(floor) = args.fail_under
        && !(0.0..=1.0).contains(&floor)
    {
        bail!("--fail-under takes a macro-F1 from 0 to 1, not {floor}");
    }
    let lexicon = load_lexicon(&args.lexicon)?;
    let mut classifier = Classifier::new(&lexicon, 0);
    let lines = match &args.file {
        Some(file) => {
            let source = Source::from_arg(file);
            let document = input::read(&source)?;
            for warning in &document.warnings {
                writeln!(err, "rolemap: warning: {}", visible(warning))?;
            }
            let rows = eval::parse_tsv(&document.text, &source.display_name(), &lexicon)?;
            if rows.is_empty() {
                bail!("{}: no labeled rows to evaluate", source.display_name());
            }
            Some(eval::evaluate(&source.to_string(), &rows, &mut classifier, args.errors))
        }
        None => None,
    };
    let documents = match &args.docs {
        Some(folder) => Some(evaluate_docs(folder, &mut classifier, err)?),
        None => None,
    };
    let macro_f1 = lines.as_ref().map(|l| l.macro_f1);
    let report = eval::EvalReport {
        version: crate::report::SCHEMA_VERSION,
        lines,
        documents,
    };
    let format = match args.format {
        EvalFormatArg::Table => Format::Table,
        EvalFormatArg::Json => Format::Json,
    };
    render::eval::render(&report, format, output_width(), out)?;
    out.flush()?;
    match (args.fail_under, macro_f1) {
        (Some(floor), Some(f1)) if f1 < floor => Ok(Outcome::CheckFailed),
        _ => Ok(Outcome::Ok),
    }
}

/// `rolemap eval --docs DIR`: the folder's documents and their verdicts. Files that do not say
/// their role are named in a warning and left out.
fn evaluate_docs(
    folder: &std::path::Path,
    classifier: &mut Classifier<'_>,
    err: &mut dyn Write,
) -> Result<eval::DocsReport> {
    if !folder.is_dir() {
        bail!("{}: --docs takes a folder of labeled documents", folder.display());
    }
    let mut documents = Vec::new();
    let mut notes = Vec::new();
    let mut unreadable = Vec::new();
    let sources = input::expand(&[folder.to_path_buf()], false, false, &mut notes, &mut unreadable)?;
    write_notes(&notes, err)?;
    if let Some(first) = unreadable.first() {
        // Scoring a folder of labeled documents without some of them would mislead.
        bail!("{}", visible(first));
    }
    for source in sources {
        // A binary file found in the folder is skipped with a note, as the main command does.
        let document = match input::read(&source) {
            Ok(document) => document,
            Err(error) => {
                let Some(binary) = error.downcast_ref::<BinaryFile>() else {
                    return Err(error);
                };
                writeln!(
                    err,
                    "rolemap: note: skipped {}: {}",
                    visible(&source.to_string()),
                    binary.kind()
                )?;
                continue;
            }
        };
        for warning in &document.warnings {
            writeln!(err, "rolemap: warning: {}", visible(warning))?;
        }
        if activity::parse(&document.text).activities.is_empty() {
            writeln!(
                err,
                "rolemap: warning: {}: left out, it holds no activity to give a verdict on",
                visible(&source.to_string())
            )?;
            continue;
        }
        documents.push((source.to_string(), document.text));
    }
    if documents.is_empty() {
        bail!("{}: no document holds an activity to evaluate", folder.display());
    }
    let mut unlabeled = Vec::new();
    let report = eval::evaluate_docs(&folder.display().to_string(), &documents, classifier, &mut unlabeled)?;
    for name in unlabeled {
        writeln!(
            err,
            "rolemap: warning: {}: left out, its role is unknown (start the file name with the role, e.g. `pm-`, or add front matter `role:`)",
            visible(&name)
        )?;
    }
    Ok(report)
}

/// `rolemap lexicon fit`: fit the starting lexicon's weights to labeled lines, write the fitted
/// lexicon folder and report what changed.
pub fn fit_lexicon(args: &FitArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    if !(args.l2.is_finite() && args.l2 >= 0.0) {
        bail!("--l2 takes a number ≥ 0, not {}", args.l2);
    }
    let (lexicon, files) = match &args.lexicon.lexicon {
        Some(path) if path.is_file() => bail!(
            "{}: lexicon fit starts from a lexicon folder (a LIWC dictionary has no weights to fit)",
            path.display()
        ),
        Some(dir) => {
            let files = lexicon::read_dir(dir)?;
            (Lexicon::parse(&files)?, files)
        }
        None => (Lexicon::builtin()?, lexicon::builtin_files()),
    };
    let mut labeled = Vec::new();
    for file in &args.files {
        let source = Source::from_arg(file);
        let document = input::read(&source)?;
        for warning in &document.warnings {
            writeln!(err, "rolemap: warning: {}", visible(warning))?;
        }
        let name = source.display_name();
        let rows = eval::parse_tsv(&document.text, &name, &lexicon)?;
        if rows.is_empty() {
            bail!("{name}: no labeled rows to fit");
        }
        labeled.push(fit::LabeledFile { name, rows });
    }
    let options = fit::FitOptions {
        folds: usize::from(args.folds),
        l2: args.l2,
        proposals: args.proposals,
        fit_min_score: !args.keep_min_score,
        grow: args.grow,
    };
    let fitted = fit::fit(&lexicon, &files, &labeled, &options)?;
    write_lexicon_folder(&args.out, &fitted.files, args.force)?;
    let format = match args.format {
        EvalFormatArg::Table => Format::Table,
        EvalFormatArg::Json => Format::Json,
    };
    render::fit::render(
        &fitted.report,
        &args.out.display().to_string(),
        format,
        output_width(),
        out,
    )?;
    out.flush()?;
    Ok(Outcome::Ok)
}

/// Writes lexicon files into `dir` (created if missing). Lexicon files already there are an
/// error unless `force`, which removes them first so no stale category is loaded with the new
/// ones.
fn write_lexicon_folder(dir: &std::path::Path, files: &[lexicon::LexiconFile], force: bool) -> Result<()> {
    let shown = dir.display();
    if dir.exists() && !dir.is_dir() {
        bail!("{shown}: --out must be a folder");
    }
    std::fs::create_dir_all(dir).with_context(|| format!("{shown}: cannot create the folder"))?;
    let existing: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("{shown}: cannot read the folder"))?
        .filter_map(|item| item.ok().map(|i| i.path()))
        .filter(|path| {
            path.extension()
                .is_some_and(|e| e == lexicon::CATEGORY_EXTENSION || e == lexicon::RULES_EXTENSION)
        })
        .collect();
    if !existing.is_empty() && !force {
        bail!("{shown}: already holds lexicon files; choose another --out folder or pass --force to replace them");
    }
    for path in existing {
        std::fs::remove_file(&path).with_context(|| format!("{}: cannot remove", path.display()))?;
    }
    for file in files {
        let path = dir.join(&file.path);
        std::fs::write(&path, &file.text).with_context(|| format!("{}: cannot write", path.display()))?;
    }
    Ok(())
}

/// The default command: classify every source, render the report, run the role checks.
///
/// Documents stream line by line and their activities go to the renderer as they are
/// classified, so nothing holds a document's activities: a large file or standard input is
/// read on its own thread and classified on all cores; small files are classified in parallel
/// groups and rendered in input order.
///
/// An input that fails before any of it was written (a missing, unreadable or binary file, an
/// unknown role in its front matter) is named on stderr and the run goes on with the others; the
/// exit status is then 2, whatever the role checks say. When none could be read, nothing is
/// written.
pub fn classify(options: &Options, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    let mut earned = Earned::default();
    match classify_sources(options, out, err, &mut earned) {
        // A closed pipe (`rolemap … | head`) ends the output, not the verdict: the status keeps
        // what was earned before it (an input that failed, a check that failed), and the checks
        // already failed are still named, for stderr may be open when stdout is not.
        Err(error) if is_broken_pipe(&error) => {
            // Stderr may be the closed pipe itself: the status is what matters then.
            let _ = name_failures(&earned.failures, err);
            Ok(earned.outcome())
        }
        result => result,
    }
}

/// What a run has earned so far: inputs that could not be read, checks that failed.
#[derive(Debug, Default)]
struct Earned {
    /// What was said about each input that could not be read (or was cut short), for stderr
    /// and the report's `errors`.
    unreadable: Vec<String>,
    failures: Vec<String>,
}

impl Earned {
    /// The outcome: an input that failed wins over a failed check.
    fn outcome(&self) -> Outcome {
        if !self.unreadable.is_empty() {
            Outcome::InputFailed
        } else if self.failures.is_empty() {
            Outcome::Ok
        } else {
            Outcome::CheckFailed
        }
    }
}

/// Whether an error is, or was caused by, writing to a closed pipe.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn classify_sources(
    options: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
    earned: &mut Earned,
) -> Result<Outcome> {
    for note in &options.notes {
        writeln!(err, "rolemap: {}", visible(note))?;
    }
    for folder in &options.unreadable_folders {
        writeln!(err, "rolemap: error: {}", visible(folder))?;
        earned.unreadable.push(folder.clone());
    }
    let labels = options.lexicon.categories.iter().map(|c| c.label.clone()).collect();
    let window = options.selection.is_active().then_some(options.selection);
    let mut renderer = Renderer::new(&options.render, labels, window, out);
    let describe = renderer.describes();
    let mut pooled = SummaryBuilder::new(&options.lexicon, options.render.by);
    let sizes: Vec<Option<u64>> = options.sources.iter().map(source_size).collect();
    let expected_bytes: u64 = sizes.iter().map(|s| s.unwrap_or(0)).sum();
    // A spreadsheet is classified alone, its documents rendered as they come: its size says
    // little of how many it holds (a 1 MB export of 56,000 one-row ids), and a parallel group
    // keeps every document of its files until the group is rendered.
    let group_sizes: Vec<Option<u64>> = options
        .sources
        .iter()
        .zip(&sizes)
        .map(|(source, &size)| size.filter(|_| options.columns.is_none() || !is_spreadsheet(source)))
        .collect();
    let base = Classifier::new(&options.lexicon, usize::try_from(expected_bytes).unwrap_or(usize::MAX));
    let mut classifier = base.fork();
    let mut direct = Direct {
        renderer: &mut renderer,
        pooled: &mut pooled,
        failures: &mut earned.failures,
    };
    let weigh = Weigh::new(&options.lexicon, describe);
    let unreadable = &mut earned.unreadable;
    let mut next = 0;
    while next < options.sources.len() {
        let group = group_length(&group_sizes[next..], weigh);
        let sources = &options.sources[next..next + group];
        next += group;
        if let [source] = sources {
            let mut tracked = Tracked {
                inner: &mut direct,
                touched: false,
            };
            match process_source(source, &mut classifier, options, describe, &mut tracked) {
                Ok(notes) => write_notes(&notes, err)?,
                // Its document is finished with what was read: name it and go on.
                Err(error) if error.is::<CutShort>() => {
                    if let Some(cut) = error.downcast_ref::<CutShort>() {
                        write_notes(&cut.notes, err)?;
                    }
                    name_unreadable(&error, unreadable, err)?;
                }
                // Nothing of it was written: name it and go on with the others, as ripgrep does.
                Err(error) if !tracked.touched => {
                    name_unreadable(&error, unreadable, err)?;
                }
                Err(error) => return Err(error),
            }
            continue;
        }
        let results: Vec<Result<(Kept, Vec<String>)>> = sources
            .par_iter()
            .map_init(
                || base.fork(),
                |classifier, source| {
                    let mut kept = Kept::default();
                    process_source(source, classifier, options, describe, &mut kept).map(|notes| (kept, notes))
                },
            )
            .collect();
        for result in results {
            match result {
                Ok((kept, notes)) => {
                    kept.replay(&mut direct)?;
                    write_notes(&notes, err)?;
                }
                // What it gave was kept aside, so nothing of it is written.
                Err(error) => {
                    name_unreadable(&error, unreadable, err)?;
                }
            }
        }
    }
    if pooled.documents() == 0 && !unreadable.is_empty() {
        return Err(Reported(unreadable.len()).into());
    }
    if pooled.documents() == 0 {
        let named = match options.named.as_slice() {
            [] => "standard input".to_string(),
            named => named.join(", "),
        };
        bail!(
            "nothing to read in {}: every file was skipped as binary",
            visible(&named)
        );
    }
    if options.allow_hybrid && pooled.checked() == 0 {
        // Known only now (a role may come from any document's front matter), but before the
        // report is finished: a usage error, not a report that quietly checked nothing.
        bail!(
            "--allow-hybrid loosens a role check, and no document has an expected role; give --expect ROLE (or --role-column NAME, or `role:` in the documents' front matter)"
        );
    }
    let mut summary = pooled.finish();
    summary.errors.clone_from(&earned.unreadable);
    renderer.finish(summary)?;
    out.flush()?;
    write_notes(&options.closing_notes, err)?;
    name_failures(&earned.failures, err)?;
    Ok(earned.outcome())
}

/// Names an input that could not be read on stderr, and keeps what was said for the report.
fn name_unreadable(error: &anyhow::Error, unreadable: &mut Vec<String>, err: &mut dyn Write) -> Result<()> {
    writeln!(err, "{}", error_message(error))?;
    unreadable.push(format!("{error:#}"));
    Ok(())
}

/// Names each failed role check on stderr, after the report.
fn name_failures(failures: &[String], err: &mut dyn Write) -> std::io::Result<()> {
    for failure in failures {
        writeln!(err, "rolemap: check failed: {}", visible(failure))?;
    }
    Ok(())
}

fn write_notes(notes: &[String], err: &mut dyn Write) -> Result<()> {
    for note in notes {
        writeln!(err, "rolemap: {}", visible(note))?;
    }
    Ok(())
}

/// A file's size, or `None` for standard input (whose size is unknown).
fn source_size(source: &Source) -> Option<u64> {
    match source {
        Source::Path(p) | Source::Walked(p) => Some(std::fs::metadata(p).map_or(0, |m| m.len())),
        Source::Stdin => None,
    }
}

/// Most files classified in parallel before their documents are rendered.
const GROUP_FILES: usize = 256;
/// Most weight (about the bytes it takes, see [`Weigh`]) of what a group of files classified
/// in parallel keeps until it is rendered.
const GROUP_WEIGHT: u64 = 16 << 20;

/// How many of the next sources (with `sizes`) to classify together: one large file or
/// standard input alone (it streams to the renderer), else a run of small files whose reports
/// together stay under [`GROUP_WEIGHT`] (a file heavier than that goes alone too).
fn group_length(sizes: &[Option<u64>], weigh: Weigh) -> usize {
    let mut total = 0;
    let mut length = 0;
    for size in sizes.iter().take(GROUP_FILES) {
        let Some(size) = size.filter(|&s| s < PIPELINE_BYTES) else {
            break;
        };
        total += weigh.file(size);
        if length > 0 && total > GROUP_WEIGHT {
            break;
        }
        length += 1;
    }
    length.max(1)
}

/// Where a source's activities and documents go, in order.
trait Sink {
    /// One activity of the document `source` (only when activities are described).
    fn activity(&mut self, source: &str, activity: &ActivityReport) -> Result<()>;
    /// A finished document.
    fn document(&mut self, document: DocumentReport) -> Result<()>;
}

/// Renders at once, pools the summary and notes failed role checks.
struct Direct<'r, 'o, 'l> {
    renderer: &'r mut Renderer<'o>,
    pooled: &'r mut SummaryBuilder<'l>,
    failures: &'r mut Vec<String>,
}

impl Sink for Direct<'_, '_, '_> {
    fn activity(&mut self, source: &str, activity: &ActivityReport) -> Result<()> {
        Ok(self.renderer.activity(source, activity)?)
    }

    fn document(&mut self, mut document: DocumentReport) -> Result<()> {
        if document.check == Some(CheckOutcome::Fail) {
            let v = &document.verdict;
            let reads = match (&v.role, &v.runner_up, v.hybrid) {
                // Nothing to read: an empty review fails its check, and says why.
                _ if document.totals.activities == 0 => "nothing: it holds no activities".to_string(),
                (None, ..) => "no role".to_string(),
                (Some(role), Some(runner_up), true) => format!("{role} (hybrid with {runner_up})"),
                (Some(role), ..) => role.clone(),
            };
            self.failures.push(format!(
                "{}: expected {}, reads like {reads}",
                document.label(),
                document.expected.as_deref().unwrap_or("?")
            ));
        }
        self.pooled.add(&document);
        // Pooled now; no renderer needs the month-level tallies.
        document.period_tallies = Default::default();
        Ok(self.renderer.document(document)?)
    }
}

/// A sink that notes whether anything reached it, so a source that fails before any of it was
/// written can be skipped while the run goes on.
struct Tracked<'s> {
    inner: &'s mut dyn Sink,
    touched: bool,
}

impl Sink for Tracked<'_> {
    fn activity(&mut self, source: &str, activity: &ActivityReport) -> Result<()> {
        self.touched = true;
        self.inner.activity(source, activity)
    }

    fn document(&mut self, document: DocumentReport) -> Result<()> {
        self.touched = true;
        self.inner.document(document)
    }
}

/// What a source classified in a parallel group gave, kept until the group is rendered.
#[derive(Debug, Default)]
struct Kept(Vec<Event>);

#[derive(Debug)]
enum Event {
    Activity(String, ActivityReport),
    Document(Box<DocumentReport>),
}

impl Kept {
    fn replay(self, sink: &mut dyn Sink) -> Result<()> {
        for event in self.0 {
            match event {
                Event::Activity(source, activity) => sink.activity(&source, &activity)?,
                Event::Document(document) => sink.document(*document)?,
            }
        }
        Ok(())
    }
}

impl Sink for Kept {
    fn activity(&mut self, source: &str, activity: &ActivityReport) -> Result<()> {
        self.0.push(Event::Activity(source.to_string(), activity.clone()));
        Ok(())
    }

    fn document(&mut self, document: DocumentReport) -> Result<()> {
        self.0.push(Event::Document(Box::new(document)));
        Ok(())
    }
}

/// Reads, parses and classifies one source, handing its activities (when `describe`) and
/// documents (a spreadsheet may hold several, a skipped binary file none) to `sink` in order;
/// returns the notes to print on stderr.
fn process_source(
    source: &Source,
    classifier: &mut Classifier<'_>,
    options: &Options,
    describe: bool,
    sink: &mut dyn Sink,
) -> Result<Vec<String>> {
    let mut notes = Vec::new();
    let name = source.to_string();
    // A binary file found in a folder is skipped with a note naming what it is.
    let skipped = |error: &anyhow::Error| {
        let binary = error
            .downcast_ref::<BinaryFile>()
            .filter(|_| matches!(source, Source::Walked(_)))?;
        Some(format!("note: skipped {name}: {}", binary.kind()))
    };
    if let Some(columns) = options.columns.as_ref().filter(|_| is_spreadsheet(source)) {
        let document = match input::read(source) {
            Ok(document) => document,
            Err(error) if let Some(note) = skipped(&error) => {
                notes.push(note);
                return Ok(notes);
            }
            Err(error) => return Err(error),
        };
        notes.extend(document.warnings.iter().map(|w| format!("warning: {w}")));
        let sheets = spreadsheet::read(&document.text, &name, columns, options.parse, &document.cut_lines)?;
        // A role nobody can read fails the file before anything of it is written: its role
        // cells are read in the first pass, before any document is parsed (and read again as
        // each is, rather than kept for a million documents).
        let shown = source.display_name();
        for sheet in sheets.unparsed() {
            expectation(options, &shown, &sheet.parsed, Some(&sheet))?;
        }
        for sheet in sheets.iter() {
            let sheet = sheet?;
            let expectation = expectation(options, &shown, &sheet.parsed, Some(&sheet))?;
            let mut builder = DocumentBuilder::new(&options.lexicon, options.selection, false).grain(options.render.by);
            for activity in &sheet.parsed.activities {
                classify_into(activity, classifier, &mut builder, &sheet.name, describe, sink)?;
            }
            notes.extend(parse_warnings(&name, &sheet.parsed));
            let document = finish_document(&sheet.name, builder, &sheet.parsed, &expectation, &mut notes);
            sink.document(document)?;
        }
        return Ok(notes);
    }
    let mut reader = match LineReader::open(source) {
        Ok(reader) => reader,
        Err(error) if let Some(note) = skipped(&error) => {
            notes.push(note);
            return Ok(notes);
        }
        Err(error) => return Err(error),
    };
    let mut builder = DocumentBuilder::new(&options.lexicon, options.selection, false).grain(options.render.by);
    let mut workers = Vec::new();
    let large = source_size(source).is_none_or(|size| size >= PIPELINE_BYTES);
    let weigh = Weigh::new(&options.lexicon, describe);
    let shown = source.display_name();
    let (counts, warnings, expectation, cut) = if large {
        // The front matter's role is checked before the first activity is handed on, so a role
        // nobody can read leaves the document out, as it does a small file.
        let first = |parsed: &Parsed| {
            expectation(options, &shown, parsed, None)
                .map(drop)
                .map_err(|error| Unwritten(error).into())
        };
        let (counts, warnings, mut cut) = classify_streaming(
            &mut reader,
            options.parse,
            classifier,
            &mut builder,
            &name,
            describe,
            weigh,
            first,
            sink,
        )?;
        if let Some(error) = cut.take_if(|e| e.is::<Unwritten>()) {
            return Err(error);
        }
        // The role was read before the first activity went out; binary data or a failed read
        // after that finishes the document with what was read, reported below.
        let expectation = expectation(options, &shown, &counts, None)?;
        (counts, warnings, expectation, cut)
    } else {
        let mut batches = Vec::new();
        let (counts, warnings, cut) = parse_chunks(
            &mut reader,
            options.parse,
            BATCH,
            BATCH_WEIGHT,
            |a| weigh.of(a),
            |_| Ok(()),
            || None,
            |batch, _| {
                batches.push(batch);
                true
            },
        );
        // Nothing of it is written yet: the whole source fails.
        if let Some(error) = cut {
            return Err(error);
        }
        // Known before classifying: a role nobody can read stops the run before any activity
        // of this document is written.
        let expectation = expectation(options, &shown, &counts, None)?;
        for batch in &batches {
            classify_batch(batch, classifier, &mut workers, &mut builder, &name, describe, sink)?;
        }
        (counts, warnings, expectation, None)
    };
    notes.extend(warnings.into_iter().map(|w| format!("warning: {w}")));
    notes.extend(parse_warnings(&shown, &counts));
    notes.extend(page_role_warning(options, &shown, &counts));
    let document = finish_document(&name, builder, &counts, &expectation, &mut notes);
    sink.document(document)?;
    match cut {
        // Its activities may be written already: the document stands, and the error after it.
        Some(error) => Err(CutShort { error, notes }.into()),
        None => Ok(notes),
    }
}

/// Whether a source is read as a spreadsheet when `--column` is given: standard input, or any
/// file but one that stays prose ([`input::stays_prose`]).
fn is_spreadsheet(source: &Source) -> bool {
    match source {
        Source::Stdin => true,
        Source::Path(path) | Source::Walked(path) => !input::stays_prose(path),
    }
}

/// The role a page's `Role:` property names (as Notion exports a page), or a review form's
/// `Role:` or `Job title:` field, when no `--expect`, role column or front matter names one: read as front matter's `role:` is, but a value that is no
/// role (`Role: DRI`, a project's role) is the page's own field, not a check for rolemap, so it
/// is warned about ([`page_role_warning`]) rather than an error.
fn page_role(options: &Options, parsed: &Parsed) -> Option<Result<String, String>> {
    let written = &parsed.page_role.as_ref()?.value;
    let named_elsewhere = options.expect.is_some() || parsed.front_matter.iter().any(|(key, _)| key == "role");
    (!named_elsewhere).then(|| expected_role(&options.lexicon, written))
}

/// A warning, naming `file:line`, that the page's `Role:` property names no role, so the page
/// is checked against none.
fn page_role_warning(options: &Options, name: &str, parsed: &Parsed) -> Option<String> {
    let Some(Err(message)) = page_role(options, parsed) else {
        return None;
    };
    let field = parsed.page_role.as_ref()?;
    let what = if field.form {
        "a field of the review form"
    } else {
        "a property of the page"
    };
    Some(format!(
        "warning: {name}:{}: \"{}: {}\" was read as {what}, not as an activity, and sets no role to check: {message} (or give --expect ROLE)",
        field.line, field.name, field.value
    ))
}

/// Warnings about lines the parser could not read as written (dates, cut activities, front
/// matter that never closed), naming `file:line`.
fn parse_warnings(name: &str, parsed: &Parsed) -> Vec<String> {
    parsed
        .warnings
        .iter()
        .map(|(line, message)| format!("warning: {name}:{line}: {message}"))
        .collect()
}

/// What an activity (or a document) weighs while it waits to be merged or rendered, about the
/// bytes it takes: its text, and when it is described, a report with one score per category
/// (its matches grow with the text); a document's report has a row per category.
#[derive(Debug, Clone, Copy)]
struct Weigh {
    per_activity: usize,
    per_document: usize,
}

impl Weigh {
    fn new(lexicon: &Lexicon, describe: bool) -> Weigh {
        let categories = lexicon.categories.len();
        let report = if describe { 256 + 48 * categories } else { 0 };
        Weigh {
            per_activity: 64 + report,
            per_document: 1024 + 160 * categories,
        }
    }

    fn of(self, activity: &Activity) -> usize {
        self.per_activity + activity.text.len()
    }

    /// A file of `size` bytes, at its worst: an activity every 4 bytes.
    fn file(self, size: u64) -> u64 {
        let per_activity = if self.per_activity > 64 {
            self.per_activity as u64
        } else {
            0
        };
        self.per_document as u64 + size + (size / 4 + 1) * per_activity
    }
}

/// Most weight (about the bytes it takes) of one chunk between the reader and the merge.
const CHUNK_WEIGHT: usize = 256 << 10;

/// Classifies a large source as it is read: one thread reads and parses it into chunks, one
/// worker per core classifies each chunk it takes into a partial breakdown, and this thread
/// merges the partials (and hands their activities to the sink) in chunk order, so the result
/// does not depend on scheduling, and no core waits for the others at batch boundaries.
///
/// Chunks close at [`CHUNK`] activities or [`CHUNK_WEIGHT`]; at most [`IN_FLIGHT_PER_THREAD`]
/// chunk slots per worker are out between the reader and the merge (a heavier chunk takes
/// several, and gives them back when it is merged), so memory stays flat whatever the pace of
/// the output, the length of the lines or the number of categories. A failed write, or a worker
/// that panics, stops the reader; the chunks already out are drained, so nothing waits forever.
#[allow(clippy::too_many_arguments)]
fn classify_streaming(
    reader: &mut LineReader,
    parse: ParseOptions,
    classifier: &mut Classifier<'_>,
    builder: &mut DocumentBuilder<'_>,
    source: &str,
    describe: bool,
    weigh: Weigh,
    first: impl FnOnce(&Parsed) -> Result<()> + Send,
    sink: &mut dyn Sink,
) -> Result<(Parsed, Vec<String>, Option<anyhow::Error>)> {
    type Partial<'a> = Option<(DocumentBuilder<'a>, Vec<ActivityReport>)>;
    let threads = rayon::current_num_threads().max(1);
    let in_flight = IN_FLIGHT_PER_THREAD * threads;
    let stop = AtomicBool::new(false);
    let panicked = AtomicBool::new(false);
    let (slots, free_slots) = mpsc::sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        slots
            .send(())
            .map_err(|_| anyhow::anyhow!("{source}: cannot start the workers"))?;
    }
    let (chunks, received) = mpsc::sync_channel::<(usize, usize, Vec<Activity>)>(in_flight);
    let received = Mutex::new(received);
    let (finished, done) = mpsc::sync_channel::<(usize, usize, Partial<'_>)>(in_flight);
    // Classified chunks go back to the reader, whose parser takes their texts for the next ones'.
    // It takes what is there each time it hands a chunk on, so at most the chunks classified
    // meanwhile wait here.
    let (recycle, recycled) = mpsc::channel::<Vec<Activity>>();
    let template = builder.partial();
    std::thread::scope(|scope| -> Result<(Parsed, Vec<String>, Option<anyhow::Error>)> {
        let (stop, panicked) = (&stop, &panicked);
        let parsing = scope.spawn(move || {
            let mut index = 0;
            parse_chunks(
                reader,
                parse,
                CHUNK,
                CHUNK_WEIGHT,
                |a| weigh.of(a),
                first,
                || recycled.try_recv().ok(),
                |chunk, weight| {
                    let needed = weight.div_ceil(CHUNK_WEIGHT).clamp(1, in_flight);
                    for _ in 0..needed {
                        if stop.load(Ordering::Relaxed) || free_slots.recv().is_err() {
                            return false;
                        }
                    }
                    index += 1;
                    chunks.send((index - 1, needed, chunk)).is_ok()
                },
            )
        });
        for _ in 0..threads {
            let (received, finished, template) = (&received, finished.clone(), &template);
            let recycle = recycle.clone();
            let mut classifier = classifier.fork();
            scope.spawn(move || {
                let mut known = Known::default();
                loop {
                    let next = received.lock().map_err(|_| ()).and_then(|r| r.recv().map_err(|_| ()));
                    let Ok((index, needed, chunk)) = next else { break };
                    let mut partial = None;
                    if !stop.load(Ordering::Relaxed) {
                        let classified = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            classify_chunk(&chunk, &mut classifier, template, describe, &mut known)
                        }));
                        match classified {
                            Ok(classified) => partial = Some(classified),
                            Err(_) => {
                                panicked.store(true, Ordering::Relaxed);
                                stop.store(true, Ordering::Relaxed);
                            }
                        }
                    }
                    // Its texts hold the next chunks' (the reader may be done: then they go).
                    drop(recycle.send(chunk));
                    // Every chunk is answered, classified or not, so its slots come back.
                    if finished.send((index, needed, partial)).is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
            });
        }
        drop((finished, recycle));
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        let mut merged = Ok(());
        for (index, needed, partial) in done {
            waiting.insert(index, (needed, partial));
            while let Some((needed, partial)) = waiting.remove(&next) {
                next += 1;
                let Some((partial, described)) = partial else {
                    give_back(&slots, needed);
                    continue;
                };
                if merged.is_ok() {
                    merged = described
                        .iter()
                        .try_for_each(|activity| sink.activity(source, activity));
                    if merged.is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                    builder.merge(partial);
                }
                drop(described);
                give_back(&slots, needed);
            }
        }
        let parsed = match parsing.join() {
            Ok(parsed) => parsed,
            Err(_) => bail!("{source}: the reading thread stopped unexpectedly"),
        };
        if panicked.load(Ordering::Relaxed) {
            bail!("{source}: a classifying thread stopped unexpectedly (see the message above)");
        }
        merged?;
        Ok(parsed)
    })
}

/// Returns `count` chunk slots to the reader (which may be gone already: then none is needed).
fn give_back(slots: &mpsc::SyncSender<()>, count: usize) {
    for _ in 0..count {
        if slots.try_send(()).is_err() {
            break;
        }
    }
}

/// Chunk slots per worker that may be between the reader and the merge at once.
const IN_FLIGHT_PER_THREAD: usize = 4;

/// Files at least this large are read on a thread of their own while they are classified.
const PIPELINE_BYTES: u64 = 1 << 20;

/// Reads and parses a whole source, handing chunks of up to `size` activities or `max_weight`
/// (as `weigh` weighs them) to `deliver` with their weight (it returns false to stop early);
/// returns the line counts and decoding warnings, and the error that stopped the reading early
/// (binary data, a failed read), if one did: what came before it is parsed and delivered.
/// `first` sees the counts so far before the first chunk goes out; its error stops the reading
/// with nothing delivered. `reused` gives back chunks already classified, whose texts the parser
/// takes for the next activities' (see [`Parser::reuse`]).
#[allow(clippy::too_many_arguments)]
fn parse_chunks(
    reader: &mut LineReader,
    options: ParseOptions,
    size: usize,
    max_weight: usize,
    weigh: impl Fn(&Activity) -> usize,
    first: impl FnOnce(&Parsed) -> Result<()>,
    mut reused: impl FnMut() -> Option<Vec<Activity>>,
    mut deliver: impl FnMut(Vec<Activity>, usize) -> bool,
) -> (Parsed, Vec<String>, Option<anyhow::Error>) {
    let mut parser = Parser::with(options);
    let mut chunk = Vec::with_capacity(size.min(CHUNK));
    let mut weight = 0;
    let mut cut = None;
    // Taken when the first chunk is about to go out.
    let mut first = Some(first);
    loop {
        let line = match reader.next_line() {
            Ok(Some(line)) => line,
            Ok(None) => break,
            Err(error) => {
                cut = Some(error);
                break;
            }
        };
        let before = chunk.len();
        parser.push(line, &mut chunk);
        weight += chunk[before..].iter().map(&weigh).sum::<usize>();
        if chunk.len() >= size || weight >= max_weight {
            if let Some(check) = first.take()
                && let Err(error) = check(parser.so_far())
            {
                return (parser.finish(&mut Vec::new()), reader.warnings(), Some(error));
            }
            while let Some(mut done) = reused() {
                parser.reuse(&mut done);
            }
            let full = std::mem::replace(&mut chunk, Vec::with_capacity(size.min(CHUNK)));
            if !deliver(full, std::mem::take(&mut weight)) {
                break;
            }
        }
    }
    let counts = parser.finish(&mut chunk);
    if let Some(check) = first.take()
        && let Err(error) = check(&counts)
    {
        return (counts, reader.warnings(), Some(error));
    }
    let weight = chunk.iter().map(&weigh).sum();
    deliver(chunk, weight);
    (counts, reader.warnings(), cut)
}

/// Activities one parallel task classifies.
const CHUNK: usize = 1024;
/// Activities gathered before they are classified, in chunks, on all cores.
const BATCH: usize = 16 * CHUNK;
/// Most weight of a batch (its activities' reports are kept until the batch is merged).
const BATCH_WEIGHT: usize = 8 * CHUNK_WEIGHT;

/// Classifies a batch of a document's activities: in parallel chunks when it is large, each
/// into its own partial breakdown, merged (and their activities handed to the sink) in document
/// order so the result does not depend on scheduling.
fn classify_batch<'a>(
    batch: &[Activity],
    classifier: &mut Classifier<'a>,
    workers: &mut Vec<Classifier<'a>>,
    builder: &mut DocumentBuilder<'_>,
    source: &str,
    describe: bool,
    sink: &mut dyn Sink,
) -> Result<()> {
    if batch.len() <= CHUNK {
        for activity in batch {
            classify_into(activity, classifier, builder, source, describe, sink)?;
        }
        return Ok(());
    }
    // One classifier per thread, kept across batches so their regex caches stay warm. Each takes
    // the next chunk as it gets free, and partial results merge in chunk order.
    let threads = rayon::current_num_threads().max(1);
    while workers.len() < threads {
        workers.push(classifier.fork());
    }
    let chunks: Vec<&[Activity]> = batch.chunks(CHUNK).collect();
    let next_chunk = AtomicUsize::new(0);
    let builder_ref = &*builder;
    let mut done: Vec<(usize, DocumentBuilder<'_>, Vec<ActivityReport>)> = workers
        .par_iter_mut()
        .flat_map_iter(|classifier| {
            let mut results = Vec::new();
            let mut known = Known::default();
            loop {
                let index = next_chunk.fetch_add(1, Ordering::Relaxed);
                let Some(chunk) = chunks.get(index) else { break };
                let (partial, described) = classify_chunk(chunk, classifier, builder_ref, describe, &mut known);
                results.push((index, partial, described));
            }
            results
        })
        .collect();
    done.sort_unstable_by_key(|(index, ..)| *index);
    for (_, partial, described) in done {
        for activity in &described {
            sink.activity(source, activity)?;
        }
        builder.merge(partial);
    }
    Ok(())
}

/// Classifies one chunk of a document into a partial breakdown like `template` (see
/// [`DocumentBuilder::partial`]), with each activity's report when `describe`. `known` holds
/// the written terms of the earlier chunks this worker classified, and learns this one's: each
/// worker takes the document's chunks in order, and they are merged in order.
fn classify_chunk<'a>(
    chunk: &[Activity],
    classifier: &mut Classifier<'_>,
    template: &DocumentBuilder<'a>,
    describe: bool,
    known: &mut Known,
) -> (DocumentBuilder<'a>, Vec<ActivityReport>) {
    let mut partial = template.partial();
    let mut described = Vec::new();
    for activity in chunk {
        let classification = classifier.classify(&activity.text);
        if describe {
            described.push(partial.describe(activity, classification));
        }
        partial.add_known(activity, classification, known);
    }
    partial.learn(known);
    (partial, described)
}

fn classify_into(
    activity: &Activity,
    classifier: &mut Classifier<'_>,
    builder: &mut DocumentBuilder<'_>,
    source: &str,
    describe: bool,
    sink: &mut dyn Sink,
) -> Result<()> {
    let classification = classifier.classify(&activity.text);
    if describe {
        sink.activity(source, &builder.describe(activity, classification))?;
    }
    builder.add(activity, classification);
    Ok(())
}

fn finish_document(
    name: &str,
    builder: DocumentBuilder<'_>,
    counts: &Parsed,
    expectation: &Expectation,
    notes: &mut Vec<String>,
) -> DocumentReport {
    let energy_only = builder.selection().energy_only;
    let document = builder.finish(name, counts, expectation);
    let totals = &document.totals;
    if totals.activities == 0 {
        let lines = match totals.lines {
            0 => "0 lines".to_string(),
            1 => "1 line, not an activity".to_string(),
            n => format!("{n} lines, none of them an activity"),
        };
        notes.push(format!("warning: {name}: no activities found ({lines})"));
    } else if energy_only && totals.energy_marked == 0 {
        notes.push(format!(
            "warning: {name}: --energy-only keeps activities marked (+), and none is marked, so all {} were left out (end an energising line with (+))",
            totals.activities
        ));
    }
    document
}

/// What a document must read like and whose it is. The role comes from `--expect`, else the
/// spreadsheet's role column (every row of the document must agree), else `role:` in its front
/// matter; the name from the name column, else front matter's `name:`. A role nobody can read
/// is an input error naming where it was written.
fn expectation(
    options: &Options,
    file: &str,
    parsed: &Parsed,
    sheet: Option<&spreadsheet::Sheet>,
) -> Result<Expectation> {
    let lexicon = &options.lexicon;
    let column = options
        .columns
        .as_ref()
        .and_then(|c| c.role.as_deref())
        .unwrap_or("role");
    let role = if let Some(role) = &options.expect {
        Some(role.clone())
    } else if let Some(sheet) = sheet.filter(|s| !s.roles.is_empty()) {
        let mut read: Vec<(usize, &str, String)> = Vec::with_capacity(sheet.roles.len());
        for (line, written) in &sheet.roles {
            let role = expected_role(lexicon, written)
                .map_err(|message| anyhow::anyhow!("{file}:{line}: column {column:?}: {message}"))?;
            read.push((*line, written, role));
        }
        if let Some(other) = read.iter().find(|r| r.2 != read[0].2) {
            bail!(
                "{}: the {column:?} column disagrees: line {} says {:?}, line {} says {:?}; give each document one role",
                sheet.name,
                read[0].0,
                read[0].1,
                other.0,
                other.1
            );
        }
        Some(read[0].2.clone())
    } else if let Some((line, written)) = parsed.front_field("role") {
        let read = |line: usize, written: &str| {
            expected_role(lexicon, written)
                .map_err(|message| anyhow::anyhow!("{file}:{line}: front matter role: {message}"))
        };
        let role = read(line, written)?;
        // A second `role:` naming another role (`em`, then `Engineering Manager` is the same
        // one): which check was meant cannot be told.
        let fields = parsed.front_matter.iter().zip(&parsed.front_matter_lines);
        for ((_, value), &other_line) in fields.filter(|((key, value), _)| key == "role" && !value.trim().is_empty()) {
            if other_line != line && read(other_line, value)? != role {
                bail!(
                    "{file}:{other_line}: front matter role: says {:?} where line {line} says {written:?}; give the document one role",
                    value.trim()
                );
            }
        }
        Some(role)
    } else if let Some(index) = parsed.front_matter.iter().position(|(key, _)| key == "role") {
        // `role:` with nothing after it (a YAML list under it, say): a check nobody can run.
        let line = parsed.front_matter_lines.get(index).copied().unwrap_or(1);
        let example = if parsed.front_matter_toml {
            "role = \"EM\""
        } else {
            "role: EM"
        };
        bail!("{file}:{line}: front matter role: has no value; write one role on its line, e.g. `{example}`");
    } else if let Some(Ok(role)) = page_role(options, parsed) {
        Some(role)
    } else {
        None
    };
    let name = sheet
        .and_then(|s| s.person.clone())
        .or_else(|| parsed.front_field("name").map(|(_, name)| name.to_string()))
        .or_else(|| parsed.page_name.as_ref().map(|field| field.value.clone()));
    Ok(Expectation {
        role,
        allow_hybrid: options.allow_hybrid,
        name,
    })
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
    // Generated into memory first: clap_complete panics on a failed write, and writes go through
    // the one error path (a closed pipe ends quietly, a full disk is an error).
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "rolemap", &mut script);
    out.write_all(&script)?;
    out.flush()?;
    Ok(Outcome::Ok)
}

/// `rolemap man [COMMAND…]`: the manual page of rolemap, or of one of its commands (`eval`,
/// `lexicon fit`), in roff on stdout.
pub fn manual(path: &[String], out: &mut dyn Write) -> Result<Outcome> {
    let mut command = Cli::command();
    // Built, so a subcommand's page is titled `rolemap-eval` and its synopsis reads `rolemap eval`.
    command.build();
    let mut chosen = &command;
    for (depth, name) in path.iter().enumerate() {
        chosen = match chosen.find_subcommand(name) {
            Some(found) if found.get_name() != "help" => found,
            _ => {
                let parent = ["rolemap"].into_iter().chain(path[..depth].iter().map(String::as_str));
                let parent = parent.collect::<Vec<_>>().join(" ");
                let names: Vec<&str> = chosen
                    .get_subcommands()
                    .map(|c| c.get_name())
                    .filter(|&n| n != "help")
                    .collect();
                let known = match names.as_slice() {
                    [] => format!("`{parent}` has no commands"),
                    names => format!("the commands of `{parent}`: {}", names.join(", ")),
                };
                bail!("man: no command `{parent} {name}`; {known}");
            }
        };
    }
    let mut page = Vec::new();
    // A command's page is named `rolemap-eval` and carries rolemap's version, as git's do.
    let name = chosen.get_display_name().unwrap_or(chosen.get_name()).to_string();
    let chosen = chosen.clone().name(name).version(env!("CARGO_PKG_VERSION"));
    clap_mangen::Man::new(chosen).render(&mut page)?;
    out.write_all(&page)?;
    out.flush()?;
    Ok(Outcome::Ok)
}
