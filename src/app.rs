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

use crate::activity::{Activity, ParseOptions, Parsed, Parser};
use crate::check;
use crate::classify::Classifier;
use crate::cli::{CheckArgs, Cli, Command, CommonArgs, EvalArgs, EvalFormatArg, FitArgs, LexiconCommand, ShellArg};
use crate::eval;
use crate::families;
use crate::fit;
use crate::input::{self, BinaryFile, LineReader, Source};
use crate::lexicon::{self, Effect, Lexicon};
use crate::options::{Options, load_lexicon, output_width};
use crate::output;
use crate::render::{self, Format, render, write_jsonl};
use crate::report::{
    ActivityReport, CheckOutcome, DocumentBuilder, DocumentReport, Expectation, build_report, expected_role,
};
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
        None => {
            let options = Options::from_args(&cli.classify, &cli.common)?;
            match &options.output {
                Some(path) => output::to_file(path, |file| classify(&options, file, err)),
                None => classify(&options, out, err),
            }
        }
        Some(Command::Eval(args)) => evaluate_file(args, &cli.common, out, err),
        Some(Command::Lexicon(LexiconCommand::Check(args))) => check_lexicon(args, &cli.common, out),
        Some(Command::Lexicon(LexiconCommand::List)) => list_lexicon(&load_lexicon(&cli.common)?, out),
        Some(Command::Lexicon(LexiconCommand::Fit(args))) => fit_lexicon(args, &cli.common, out, err),
        Some(Command::Completions { shell }) => completions(*shell, out),
        Some(Command::Man) => manual(out),
    }
}

/// Where `lexicon check` looks for a word list when `--words` is not given.
const SYSTEM_DICTIONARY: &str = "/usr/share/dict/words";

/// `rolemap lexicon check`: print every finding; a check failure when any is an error.
pub fn check_lexicon(args: &CheckArgs, common: &CommonArgs, out: &mut dyn Write) -> Result<Outcome> {
    let dir = args.dir.as_ref().or(common.lexicon.as_ref());
    let liwc = dir.is_some_and(|d| d.is_file() && d.extension().is_some_and(|e| e == lexicon::LIWC_EXTENSION));
    let (shown, files) = match dir {
        Some(file) if liwc => (file.display().to_string(), lexicon::read_file(file).map(|f| vec![f])),
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
pub fn evaluate_file(
    args: &EvalArgs,
    common: &CommonArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    let lexicon = load_lexicon(common)?;
    let mut classifier = Classifier::new(&lexicon, 0);
    let lines = match &args.file {
        Some(file) => {
            let source = Source::from_arg(file);
            let document = input::read(&source)?;
            for warning in &document.warnings {
                writeln!(err, "rolemap: warning: {warning}")?;
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
    for source in input::expand(&[folder.to_path_buf()])? {
        let document = input::read(&source)?;
        for warning in &document.warnings {
            writeln!(err, "rolemap: warning: {warning}")?;
        }
        documents.push((source.to_string(), document.text));
    }
    let mut unlabeled = Vec::new();
    let report = eval::evaluate_docs(&folder.display().to_string(), &documents, classifier, &mut unlabeled)?;
    for name in unlabeled {
        writeln!(
            err,
            "rolemap: warning: {name}: left out, its role is unknown (start the file name with the role, e.g. `pm-`, or add front matter `role:`)"
        )?;
    }
    Ok(report)
}

/// `rolemap lexicon fit`: fit the starting lexicon's weights to labeled lines, write the fitted
/// lexicon folder and report what changed.
pub fn fit_lexicon(args: &FitArgs, common: &CommonArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    if !(args.l2.is_finite() && args.l2 >= 0.0) {
        bail!("--l2 takes a number ≥ 0, not {}", args.l2);
    }
    let (lexicon, files) = match &common.lexicon {
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
            writeln!(err, "rolemap: warning: {warning}")?;
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
/// Documents stream line by line (a large one is never held whole unless JSON or `--explain`
/// needs its activities); several documents are classified in parallel and reported in input
/// order. JSON Lines are written as each activity is classified.
pub fn classify(options: &Options, out: &mut dyn Write, err: &mut dyn Write) -> Result<Outcome> {
    let render_options = &options.render;
    let keep = render_options.explain || matches!(render_options.format, Format::Json | Format::Html);
    let expected_bytes: u64 = options
        .sources
        .iter()
        .map(|s| match s {
            Source::Path(p) | Source::Walked(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
            Source::Stdin => 0,
        })
        .sum();
    let base = Classifier::new(&options.lexicon, usize::try_from(expected_bytes).unwrap_or(usize::MAX));
    let mut processed: Vec<Result<Processed>> = Vec::with_capacity(options.sources.len());
    if render_options.format == Format::Jsonl || options.sources.len() == 1 {
        let mut classifier = base.fork();
        for source in &options.sources {
            let result = if render_options.format == Format::Jsonl {
                process_source(source, &mut classifier, options, keep, Some(&mut *out))
            } else {
                process_source::<dyn Write>(source, &mut classifier, options, keep, None)
            };
            let failed = result.is_err();
            processed.push(result);
            if failed {
                break;
            }
        }
    } else {
        options
            .sources
            .par_iter()
            .map_init(
                || base.fork(),
                |classifier, source| process_source::<std::io::Sink>(source, classifier, options, keep, None),
            )
            .collect_into_vec(&mut processed);
    }
    let mut documents = Vec::with_capacity(processed.len());
    for result in processed {
        let Processed { notes, documents: done } = result?;
        for note in notes {
            writeln!(err, "rolemap: {note}")?;
        }
        documents.extend(done);
    }
    if documents.is_empty() {
        let named = match options.named.as_slice() {
            [] => "standard input".to_string(),
            named => named.join(", "),
        };
        bail!("nothing to read in {named}: every file was skipped as binary");
    }
    let report = build_report(&options.lexicon, options.selection, options.render.by, documents);
    if render_options.format != Format::Jsonl {
        render(&report, render_options, out)?;
    } else if render_options.by.is_some() {
        // The activities were written as they were classified; the periods come last.
        render::write_jsonl_periods(&report, out)?;
    }
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
            document.label(),
            document.expected.as_deref().unwrap_or("?")
        )?;
    }
    Ok(if failed == 0 { Outcome::Ok } else { Outcome::CheckFailed })
}

/// What one source gave: its documents (a spreadsheet may hold several, a skipped binary file
/// none) and the notes to print on stderr, in order.
#[derive(Debug, Default)]
struct Processed {
    documents: Vec<DocumentReport>,
    notes: Vec<String>,
}

/// Reads, parses and classifies one source. With a `jsonl` sink, each activity is written there
/// as soon as it is classified.
fn process_source<W: Write + ?Sized>(
    source: &Source,
    classifier: &mut Classifier<'_>,
    options: &Options,
    keep: bool,
    mut jsonl: Option<&mut W>,
) -> Result<Processed> {
    let mut processed = Processed::default();
    let name = source.to_string();
    if let Some(columns) = options.columns.as_ref().filter(|_| is_spreadsheet(source)) {
        let document = input::read(source)?;
        processed
            .notes
            .extend(document.warnings.iter().map(|w| format!("warning: {w}")));
        for sheet in spreadsheet::documents(&document.text, &name, columns, options.parse)? {
            // A role nobody can read stops the run before anything of this document is written.
            let expectation = expectation(options, &source.display_name(), &sheet.parsed, Some(&sheet))?;
            let mut builder = DocumentBuilder::new(&options.lexicon, options.selection, keep);
            for activity in &sheet.parsed.activities {
                classify_into(activity, classifier, &mut builder, &sheet.name, jsonl.as_deref_mut())?;
            }
            processed.notes.extend(date_warnings(&name, &sheet.parsed));
            processed.documents.push(finish_document(
                &sheet.name,
                builder,
                &sheet.parsed,
                &expectation,
                &mut processed.notes,
            ));
        }
        return Ok(processed);
    }
    let mut reader = match LineReader::open(source) {
        Ok(reader) => reader,
        Err(error) if matches!(source, Source::Walked(_)) && error.downcast_ref::<BinaryFile>().is_some() => {
            processed.notes.push(format!("note: skipped {name}: binary file"));
            return Ok(processed);
        }
        Err(error) => return Err(error),
    };
    let mut builder = DocumentBuilder::new(&options.lexicon, options.selection, keep);
    let mut workers = Vec::new();
    let large = match source {
        Source::Stdin => true,
        Source::Path(path) | Source::Walked(path) => std::fs::metadata(path).is_ok_and(|m| m.len() >= PIPELINE_BYTES),
    };
    let shown = source.display_name();
    let (counts, warnings, expectation) = if large {
        let (counts, warnings) =
            classify_streaming(&mut reader, options.parse, classifier, &mut builder, &name, jsonl)?;
        let expectation = expectation(options, &shown, &counts, None)?;
        (counts, warnings, expectation)
    } else {
        let mut batches = Vec::new();
        let (counts, warnings) = parse_chunks(&mut reader, options.parse, BATCH, |batch| {
            batches.push(batch);
            true
        })?;
        // Known before classifying: a role nobody can read stops the run before any JSON line
        // of this document is written.
        let expectation = expectation(options, &shown, &counts, None)?;
        for batch in &batches {
            classify_batch(
                batch,
                classifier,
                &mut workers,
                &mut builder,
                &name,
                jsonl.as_deref_mut(),
            )?;
        }
        (counts, warnings, expectation)
    };
    processed
        .notes
        .extend(warnings.into_iter().map(|w| format!("warning: {w}")));
    processed.notes.extend(date_warnings(&shown, &counts));
    processed.documents.push(finish_document(
        &name,
        builder,
        &counts,
        &expectation,
        &mut processed.notes,
    ));
    Ok(processed)
}

/// Whether a source is read as a spreadsheet when `--column` is given: any but a text file
/// (`.txt`, `.md`, `.markdown`), which stays prose.
fn is_spreadsheet(source: &Source) -> bool {
    match source {
        Source::Stdin => true,
        Source::Path(path) | Source::Walked(path) => !input::has_extension(path, input::TEXT_EXTENSIONS),
    }
}

/// Warnings about dates the parser could not read, naming `file:line`.
fn date_warnings(name: &str, parsed: &Parsed) -> Vec<String> {
    parsed
        .warnings
        .iter()
        .map(|(line, message)| format!("warning: {name}:{line}: {message}"))
        .collect()
}

/// Classifies a large source as it is read: one thread reads and parses it into chunks, one
/// worker per core classifies each chunk it takes into a partial breakdown, and this thread
/// merges the partials (and writes their JSON lines) in chunk order, so the result does not
/// depend on scheduling, and no core waits for the others at batch boundaries.
///
/// At most [`IN_FLIGHT_PER_THREAD`] chunks per worker are out between the reader and the merge
/// (a chunk's slot is given back when it is merged), so memory stays flat whatever the pace of
/// the output or of one slow chunk. A failed write, or a worker that panics, stops the reader;
/// the chunks already out are drained, so nothing waits forever.
fn classify_streaming<W: Write + ?Sized>(
    reader: &mut LineReader,
    parse: ParseOptions,
    classifier: &mut Classifier<'_>,
    builder: &mut DocumentBuilder<'_>,
    source: &str,
    mut jsonl: Option<&mut W>,
) -> Result<(Parsed, Vec<String>)> {
    type Partial<'a> = Option<(DocumentBuilder<'a>, Vec<ActivityReport>)>;
    let threads = rayon::current_num_threads().max(1);
    let in_flight = IN_FLIGHT_PER_THREAD * threads;
    let describe = jsonl.is_some();
    let stop = AtomicBool::new(false);
    let panicked = AtomicBool::new(false);
    let (slots, free_slots) = mpsc::sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        slots
            .send(())
            .map_err(|_| anyhow::anyhow!("{source}: cannot start the workers"))?;
    }
    let (chunks, received) = mpsc::sync_channel::<(usize, Vec<Activity>)>(in_flight);
    let received = Mutex::new(received);
    let (finished, done) = mpsc::sync_channel::<(usize, Partial<'_>)>(in_flight);
    let template = builder.partial();
    std::thread::scope(|scope| -> Result<(Parsed, Vec<String>)> {
        let (stop, panicked) = (&stop, &panicked);
        let parsing = scope.spawn(move || {
            let mut index = 0;
            parse_chunks(reader, parse, CHUNK, |chunk| {
                index += 1;
                !stop.load(Ordering::Relaxed) && free_slots.recv().is_ok() && chunks.send((index - 1, chunk)).is_ok()
            })
        });
        for _ in 0..threads {
            let (received, finished, template) = (&received, finished.clone(), &template);
            let mut classifier = classifier.fork();
            scope.spawn(move || {
                loop {
                    let next = received.lock().map_err(|_| ()).and_then(|r| r.recv().map_err(|_| ()));
                    let Ok((index, chunk)) = next else { break };
                    let mut partial = None;
                    if !stop.load(Ordering::Relaxed) {
                        let classified = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                            classify_chunk(&chunk, &mut classifier, template, describe)
                        }));
                        match classified {
                            Ok(classified) => partial = Some(classified),
                            Err(_) => {
                                panicked.store(true, Ordering::Relaxed);
                                stop.store(true, Ordering::Relaxed);
                            }
                        }
                    }
                    // Every chunk is answered, classified or not, so its slot comes back.
                    if finished.send((index, partial)).is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
            });
        }
        drop(finished);
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        let mut merged = Ok(());
        for (index, partial) in done {
            waiting.insert(index, partial);
            while let Some(partial) = waiting.remove(&next) {
                next += 1;
                // The reader may be gone already; then no slot is needed any more.
                let _ = slots.send(());
                let Some((partial, described)) = partial else { continue };
                if merged.is_err() {
                    continue;
                }
                if let Some(sink) = jsonl.as_deref_mut() {
                    merged = described
                        .iter()
                        .try_for_each(|activity| write_jsonl(source, activity, sink));
                    if merged.is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
                builder.merge(partial);
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
        parsed
    })
}

/// Chunks per worker that may be between the reader and the merge at once.
const IN_FLIGHT_PER_THREAD: usize = 4;

/// Files at least this large are read on a thread of their own while they are classified.
const PIPELINE_BYTES: u64 = 1 << 20;

/// Reads and parses a whole source, handing chunks of up to `size` activities to `deliver`
/// (which returns false to stop early); returns the line counts and decoding warnings.
fn parse_chunks(
    reader: &mut LineReader,
    options: ParseOptions,
    size: usize,
    mut deliver: impl FnMut(Vec<Activity>) -> bool,
) -> Result<(Parsed, Vec<String>)> {
    let mut parser = Parser::with(options);
    let mut chunk = Vec::with_capacity(size);
    while let Some(line) = reader.next_line()? {
        parser.push(line, &mut chunk);
        if chunk.len() >= size && !deliver(std::mem::replace(&mut chunk, Vec::with_capacity(size))) {
            break;
        }
    }
    let counts = parser.finish(&mut chunk);
    deliver(chunk);
    Ok((counts, reader.warnings()))
}

/// Activities one parallel task classifies.
const CHUNK: usize = 1024;
/// Activities gathered before they are classified, in chunks, on all cores.
const BATCH: usize = 16 * CHUNK;

/// Classifies a batch of a document's activities: in parallel chunks when it is large, each
/// into its own partial breakdown, merged (and their JSON lines written) in document order so
/// the result does not depend on scheduling.
fn classify_batch<'a, W: Write + ?Sized>(
    batch: &[Activity],
    classifier: &mut Classifier<'a>,
    workers: &mut Vec<Classifier<'a>>,
    builder: &mut DocumentBuilder<'_>,
    source: &str,
    mut jsonl: Option<&mut W>,
) -> Result<()> {
    if batch.len() <= CHUNK {
        for activity in batch {
            classify_into(activity, classifier, builder, source, jsonl.as_deref_mut())?;
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
    let describe = jsonl.is_some();
    let builder_ref = &*builder;
    let mut done: Vec<(usize, DocumentBuilder<'_>, Vec<ActivityReport>)> = workers
        .par_iter_mut()
        .flat_map_iter(|classifier| {
            let mut results = Vec::new();
            loop {
                let index = next_chunk.fetch_add(1, Ordering::Relaxed);
                let Some(chunk) = chunks.get(index) else { break };
                let (partial, described) = classify_chunk(chunk, classifier, builder_ref, describe);
                results.push((index, partial, described));
            }
            results
        })
        .collect();
    done.sort_unstable_by_key(|(index, ..)| *index);
    let parts = done.into_iter().map(|(_, partial, described)| (partial, described));
    for (partial, described) in parts {
        if let Some(sink) = jsonl.as_deref_mut() {
            for activity in &described {
                write_jsonl(source, activity, sink)?;
            }
        }
        builder.merge(partial);
    }
    Ok(())
}

/// Classifies one chunk of a document into a partial breakdown like `template` (see
/// [`DocumentBuilder::partial`]), with each activity's report when `describe` (for JSON Lines).
fn classify_chunk<'a>(
    chunk: &[Activity],
    classifier: &mut Classifier<'_>,
    template: &DocumentBuilder<'a>,
    describe: bool,
) -> (DocumentBuilder<'a>, Vec<ActivityReport>) {
    let mut partial = template.partial();
    let mut described = Vec::new();
    for activity in chunk {
        let classification = classifier.classify(&activity.text);
        if describe {
            described.push(partial.describe(activity, classification));
        }
        partial.add(activity, classification);
    }
    (partial, described)
}

fn classify_into<W: Write + ?Sized>(
    activity: &Activity,
    classifier: &mut Classifier<'_>,
    builder: &mut DocumentBuilder<'_>,
    source: &str,
    jsonl: Option<&mut W>,
) -> Result<()> {
    let classification = classifier.classify(&activity.text);
    if let Some(sink) = jsonl {
        write_jsonl(source, &builder.describe(activity, classification), sink)?;
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
    let document = builder.finish(name, counts, expectation);
    if document.totals.activities == 0 {
        notes.push(format!(
            "{name}: no activities found ({} lines, none of them an activity)",
            document.totals.lines
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
    let front = |key: &str| {
        parsed
            .front_matter
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    };
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
    } else if let Some(written) = front("role") {
        Some(
            expected_role(lexicon, written)
                .map_err(|message| anyhow::anyhow!("{file}: front matter role: {message}"))?,
        )
    } else {
        None
    };
    let name = sheet
        .and_then(|s| s.person.clone())
        .or_else(|| front("name").map(str::to_string));
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
