//! Raw command-line flags → resolved settings.
//!
//! Everything that can fail for environmental reasons (no input at a terminal, a lexicon folder
//! that does not load, a date that does not parse, an unknown role) fails here, once, before any
//! work starts; clap types stop here too.

use std::io::IsTerminal;

use anyhow::{Context, Result, bail};

use crate::activity::ParseOptions;
use crate::cli::{ByArg, ClassifyArgs, ColorArg, CommonArgs, FormatArg, LayoutArg, LexiconArgs};
use crate::dates::{self, DateSettings};
use crate::input::{self, Source};
use crate::layout::Layout;
use crate::lexicon::Lexicon;
use crate::periods::Granularity;
use crate::render::{self, Format};
use crate::report::{Selection, expected_role};
use crate::spreadsheet::{self, Columns};

/// Resolved settings for classifying text.
#[derive(Debug)]
pub struct Options {
    /// Documents to read, in order (folders already expanded).
    pub sources: Vec<Source>,
    /// The files and folders as named on the command line (empty: stdin), for messages.
    pub named: Vec<String>,
    /// What was skipped while walking folders (symbolic links, files that are not regular), for
    /// stderr.
    pub notes: Vec<String>,
    /// Notes for stderr after the report (one printed before a web page on a terminal would
    /// scroll away with it).
    pub closing_notes: Vec<String>,
    /// Folders inside the named ones that could not be read, each with why: input errors the
    /// run names on stderr before the report of the rest (exit 2).
    pub unreadable_folders: Vec<String>,
    /// The lexicon in effect.
    pub lexicon: Lexicon,
    /// How to render.
    pub render: render::Options,
    /// Which activities count.
    pub selection: Selection,
    /// `--expect`: the category label every document must read like, or `none`.
    pub expect: Option<String>,
    /// `--allow-hybrid`.
    pub allow_hybrid: bool,
    /// `--column`, `--id-column`, `--role-column`, `--name-column`: read spreadsheets.
    pub columns: Option<Columns>,
    /// `--layout` and `--fiscal-start`: how to read documents.
    pub parse: ParseOptions,
    /// `-O/--output`: the file to write instead of standard output.
    pub output: Option<std::path::PathBuf>,
    /// `-q/--quiet`: nothing on standard output.
    pub quiet: bool,
}

/// Width used when output is not a terminal and `COLUMNS` is unset.
const DEFAULT_WIDTH: u16 = 120;

impl Options {
    /// Resolves the default command's flags.
    pub fn from_args(args: &ClassifyArgs, common: &CommonArgs) -> Result<Options> {
        let mut notes = Vec::new();
        let mut closing_notes = Vec::new();
        let mut unreadable_folders = Vec::new();
        // (An unreadable date is `selection`'s error, with no note before it.)
        let as_of_read = args.as_of.as_deref().is_some_and(|day| dates::parse_date(day).is_ok());
        if as_of_read && args.months.is_none() && args.since.is_none() {
            notes.push(
                "note: --as-of ends a window that --months or --since starts; without one it only stands for today where a document says `present` or gives a day without its year".to_string(),
            );
        }
        // `-O -` is standard output, as `-` is standard input.
        let output = args.output.clone().filter(|path| path.as_os_str() != "-");
        if matches!(args.format, FormatArg::Html) && output.is_none() && !args.quiet && std::io::stdout().is_terminal()
        {
            closing_notes.push(
                "note: --format html writes a whole web page; save it with -O report.html and open that in a browser"
                    .to_string(),
            );
        }
        let mut sources = if args.files.is_empty() {
            if std::io::stdin().is_terminal() {
                bail!(
                    "no input: name a file (rolemap brag.md) or pipe text in (cat brag.md | rolemap); see rolemap --help"
                );
            }
            vec![Source::Stdin]
        } else {
            input::expand(
                &args.files,
                args.column.is_some(),
                args.follow,
                &mut notes,
                &mut unreadable_folders,
            )?
        };
        if let Some(path) = &output {
            crate::output::keep_output_apart(path, &mut sources, &mut notes)?;
        }
        if args.column.is_none() {
            refuse_spreadsheets(&sources)?;
        } else {
            notes.extend(text_under_spreadsheet_flags(args, &sources));
        }
        let named = args.files.iter().map(|f| f.display().to_string()).collect();
        let lexicon = load_lexicon(&common.lexicon)?;
        let expect = match &args.expect {
            Some(role) => {
                Some(expected_role(&lexicon, role).map_err(|message| anyhow::anyhow!("--expect {role}: {message}"))?)
            }
            None => None,
        };
        let fiscal_start = match &args.fiscal_start {
            Some(month) => dates::parse_month(month)
                .map_err(anyhow::Error::msg)
                .context("--fiscal-start")?,
            None => 1,
        };
        let parse = ParseOptions {
            layout: args.layout.map(|layout| match layout {
                LayoutArg::Brag => Layout::Brag,
                LayoutArg::Resume => Layout::Resume,
            }),
            dates: DateSettings { fiscal_start },
            period: None,
            // An unreadable `--as-of` is reported by `selection`.
            today: args.as_of.as_deref().and_then(|day| dates::parse_date(day).ok()),
            cell: false,
        };
        // Quiet, with no file to write, the output is thrown away: the cheapest one will do.
        let thrown_away = args.quiet && output.is_none();
        Ok(Options {
            sources,
            named,
            notes,
            closing_notes,
            unreadable_folders,
            lexicon,
            render: render::Options {
                format: if thrown_away { Format::Table } else { args.format.into() },
                explain: args.explain && !thrown_away,
                // A file never gets colour or the terminal's width unless asked.
                color: match &output {
                    Some(_) => common.color == ColorArg::Always,
                    None => use_color(common.color),
                },
                width: match &output {
                    Some(_) => columns_width(),
                    None => output_width(),
                },
                by: args.by.map(Granularity::from),
            },
            selection: selection(args)?,
            expect,
            allow_hybrid: args.allow_hybrid,
            columns: args.column.as_ref().map(|text| Columns {
                text: text.clone(),
                id: args.id_column.clone(),
                role: args.role_column.clone(),
                name: args.name_column.clone(),
                date: args.date_column.clone(),
                delimiter: args.delimiter.map(|d| d.0),
            }),
            parse,
            output,
            quiet: args.quiet,
        })
    }
}

/// A spreadsheet named without `--column` is refused rather than read as prose, with a hint
/// listing the first columns of its header.
fn refuse_spreadsheets(sources: &[Source]) -> Result<()> {
    for source in sources {
        let Source::Path(path) = source else { continue };
        if !input::has_extension(path, input::SPREADSHEET_EXTENSIONS) || path.is_dir() {
            continue;
        }
        let columns = spreadsheet::header_hint(path)?;
        bail!(
            "{}: a spreadsheet; say which column holds the activities with --column NAME (and which says whose they are with --id-column NAME); its columns: {columns}",
            path.display()
        );
    }
    Ok(())
}

/// The spreadsheet flags given (`--column`, `--id-column`, …), as a phrase: `--column`,
/// `--column and --date-column`.
fn spreadsheet_flags(args: &ClassifyArgs) -> String {
    let given: Vec<&str> = [
        ("--column", args.column.is_some()),
        ("--id-column", args.id_column.is_some()),
        ("--role-column", args.role_column.is_some()),
        ("--name-column", args.name_column.is_some()),
        ("--date-column", args.date_column.is_some()),
        ("--delimiter", args.delimiter.is_some()),
    ]
    .into_iter()
    .filter_map(|(flag, given)| given.then_some(flag))
    .collect();
    match given.split_last() {
        Some((last, [])) => format!("{last} applies"),
        Some((last, rest)) => format!("{} and {last} apply", rest.join(", ")),
        None => String::new(),
    }
}

/// Warnings for the inputs read as text though spreadsheet flags were given, so no flag is
/// ignored in silence: one for each text file named (`notes.md: --column applies to CSV/TSV
/// files; read as text`), and one for each named folder that gave text files. Standard input
/// is read as a spreadsheet under `--column`, so it needs none.
fn text_under_spreadsheet_flags(args: &ClassifyArgs, sources: &[Source]) -> Vec<String> {
    let flags = spreadsheet_flags(args);
    let mut warnings = Vec::new();
    for arg in &args.files {
        if arg.as_os_str() == "-" {
            continue;
        }
        if arg.is_dir() {
            let texts = sources
                .iter()
                .filter(|s| matches!(s, Source::Walked(path) if path.starts_with(arg) && input::stays_prose(path)))
                .count();
            if texts > 0 {
                let files = if texts == 1 { "file is" } else { "files are" };
                warnings.push(format!(
                    "warning: {}: {flags} to CSV/TSV files; its {texts} text {files} read as text",
                    arg.display()
                ));
            }
        } else if input::stays_prose(arg) {
            let warning = format!("warning: {}: {flags} to CSV/TSV files; read as text", arg.display());
            // A file named twice is read once (by its first spelling: `./n.md n.md`), and
            // warned about once.
            let read = (sources.iter()).any(|s| matches!(s, Source::Path(path) if path.as_os_str() == arg.as_os_str()));
            if read && !warnings.contains(&warning) {
                warnings.push(warning);
            }
        }
    }
    warnings
}

/// The window and filters from `--since`, `--months`, `--as-of`, `--dated-only`, `--energy-only`.
fn selection(args: &ClassifyArgs) -> Result<Selection> {
    let as_of = match &args.as_of {
        Some(text) => Some(dates::parse_date(text).map_err(anyhow::Error::msg).context("--as-of")?),
        None => None,
    };
    let since = match (&args.since, args.months) {
        (Some(text), _) => Some(
            dates::parse_since(text)
                .map_err(anyhow::Error::msg)
                .context("--since")?,
        ),
        (None, Some(months)) => {
            let end = as_of.unwrap_or_else(dates::today);
            Some(
                dates::months_before(end, months)
                    .map_err(anyhow::Error::msg)
                    .context("--months")?,
            )
        }
        (None, None) => None,
    };
    let until = match (since, as_of) {
        (Some(_), None) => Some(dates::today()),
        (_, as_of) => as_of,
    };
    if let (Some(since), Some(until)) = (since, until)
        && since > until
    {
        bail!("the window is empty: it starts on {since}, after it ends on {until}");
    }
    Ok(Selection {
        since,
        until,
        dated_only: args.dated_only,
        energy_only: args.energy_only,
    })
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Format {
        match format {
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Html => Format::Html,
        }
    }
}

impl From<ByArg> for Granularity {
    fn from(by: ByArg) -> Granularity {
        match by {
            ByArg::Month => Granularity::Month,
            ByArg::Quarter => Granularity::Quarter,
            ByArg::Half => Granularity::Half,
            ByArg::Year => Granularity::Year,
        }
    }
}

/// The lexicon named by `--lexicon` (a folder or a LIWC `.dic`), or the built-in one.
pub fn load_lexicon(args: &LexiconArgs) -> Result<Lexicon> {
    let lexicon = match &args.lexicon {
        Some(path) => Lexicon::load(path)?,
        None => Lexicon::builtin()?,
    };
    Ok(lexicon)
}

/// Whether to colour stdout: `auto` means a terminal without `NO_COLOR` or `TERM=dumb`.
pub fn use_color(choice: ColorArg) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
            !no_color && !dumb && std::io::stdout().is_terminal()
        }
    }
}

/// The terminal's width, else `COLUMNS`, else `DEFAULT_WIDTH` (120).
pub fn output_width() -> u16 {
    match comfy_table::Table::new().width() {
        Some(width) if width >= 40 => width,
        Some(_) => DEFAULT_WIDTH,
        None => columns_width(),
    }
}

/// `COLUMNS`, else `DEFAULT_WIDTH` (120): the width of output written to a file.
fn columns_width() -> u16 {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w| w >= 40)
        .unwrap_or(DEFAULT_WIDTH)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn args(list: &[&str]) -> ClassifyArgs {
        let mut all = vec!["rolemap"];
        all.extend_from_slice(list);
        crate::cli::Cli::try_parse_from(all).expect("parses").classify
    }

    #[test]
    fn text_inputs_under_spreadsheet_flags_are_named_once_each() {
        let dir = tempfile::tempdir().expect("tempdir");
        let folder = dir.path().join("reviews");
        std::fs::create_dir(&folder).expect("mkdir");
        for name in ["a.md", "b.txt", "c.csv"] {
            std::fs::write(folder.join(name), "- Ran the hiring loop\n").expect("write");
        }
        let notes = dir.path().join("notes.md");
        std::fs::write(&notes, "- Ran the hiring loop\n").expect("write");
        let (folder_arg, notes_arg) = (folder.display().to_string(), notes.display().to_string());
        let args = args(&[
            &notes_arg,
            &notes_arg,
            &folder_arg,
            "-",
            "--column",
            "answer",
            "--date-column",
            "on",
        ]);
        let sources = input::expand(&args.files, true, false, &mut Vec::new(), &mut Vec::new()).expect("expands");
        assert_eq!(
            text_under_spreadsheet_flags(&args, &sources),
            [
                format!("warning: {notes_arg}: --column and --date-column apply to CSV/TSV files; read as text"),
                format!(
                    "warning: {folder_arg}: --column and --date-column apply to CSV/TSV files; its 2 text files are read as text"
                ),
            ]
        );
        // The same file by two spellings is read once, by the first, and warned about once.
        let dotted = dir.path().join(".").join("notes.md").display().to_string();
        let args = super::tests::args(&[&dotted, &notes_arg, "--column", "answer"]);
        let sources = input::expand(&args.files, true, false, &mut Vec::new(), &mut Vec::new()).expect("expands");
        assert_eq!(
            text_under_spreadsheet_flags(&args, &sources),
            [format!(
                "warning: {dotted}: --column applies to CSV/TSV files; read as text"
            )]
        );
        let one = super::tests::args(&["x.md", "--column", "answer"]);
        assert_eq!(spreadsheet_flags(&one), "--column applies");
        let three = super::tests::args(&["x.md", "--column", "a", "--id-column", "b", "--delimiter", ";"]);
        assert_eq!(spreadsheet_flags(&three), "--column, --id-column and --delimiter apply");
    }
}
