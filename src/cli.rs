//! The command line as clap sees it: raw flags only. [`crate::options`] turns them into settings.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const ABOUT: &str = "Map a list of work activities to PM, EM and TPM patterns.";

const LONG_ABOUT: &str = "\
Map a list of work activities to Product Manager, Engineering Manager and Technical Program \
Manager patterns.

  PM  — what & why: the problem, the user, vision, roadmap, requirements, success metrics.
  EM  — how & who: design and code quality, reliability, hiring, coaching, team health.
  TPM — how & when, across teams: dependencies, risks, milestones, migrations, delivery.

rolemap reads a plain-text or Markdown list (a brag document, a resume pasted from a PDF or \
LinkedIn, a self-review, an HR export), takes one activity per line or bullet (a resume's job \
headers are read, not scored, and each job gets a row), matches each against keyword lexicons \
and prints the breakdown: \
how many activities and what share of the work falls to each role, the terms that put it there, \
and a verdict (marked hybrid when the top two roles are close). Lines no role owns, such as \
hands-on engineering, are reported as unmatched rather than forced into a role.";

const EXAMPLES: &str = "\
Examples:
  rolemap examples/brag.md                    breakdown of one brag document
  cat brag.md | rolemap                       the same, from standard input
  rolemap brag.md --months 12                 only the last 12 months (dated headings)
  rolemap brag.md --energy-only               only what you marked (+) as energising
  rolemap brag.md --by quarter                one row per quarter: how the roles drifted
  rolemap brag.md --format html -O report.html  a page to share with a manager or mentor
  rolemap resume.txt --explain                also show how each line was scored (-X)
  rolemap reviews/ --expect em -q             exit status only, for CI: 0 pass, 1 a check failed
  rolemap reviews/                            one row per self-review; checks role: in front matter
  rolemap reviews/ --expect em                check every review reads like an EM's
  rolemap resume.txt --layout resume          a pasted resume: one row per job
  rolemap export.csv --column answer --id-column employee --role-column role
  rolemap notes.md --format json | jq '.documents[0].verdict'
  rolemap --lexicon my-lexicon/ notes.md      use your own lexicon folder (or a LIWC .dic)
  rolemap eval labeled.tsv --errors           measure the lexicon on labeled lines

Exit status: 0 ok, 1 a check failed (--expect, front-matter role, role column,
eval --fail-under), 2 usage or input error.

An option given twice takes its last value, so `alias rolemap='rolemap --format json'` can be
overridden by a later `--format table`.";

/// rolemap's command line.
#[derive(Debug, Parser)]
#[command(
    name = "rolemap",
    version,
    about = ABOUT,
    long_about = LONG_ABOUT,
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true,
    args_override_self = true
)]
pub struct Cli {
    /// A tool other than classifying text.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Classifying text (the default when no subcommand is given).
    #[command(flatten)]
    pub classify: ClassifyArgs,
    /// The lexicon and colour of the default command (each subcommand has its own options).
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Measure classification on labeled lines and documents: accuracy, per-class
    /// precision/recall/F1, macro-F1, a confusion matrix, figures per source and document
    /// verdicts.
    ///
    /// FILE holds rows `label<TAB>text[<TAB>source]`; a label is a category (PM, EM, TPM, any
    /// letter case) or `none` for a line no role owns. A first row labeled `label` is a header.
    /// Macro-F1 averages the categories present; a none-line given a role is a false positive.
    /// With a source column, accuracy and errors are shown per source, worst first.
    #[command(args_override_self = true)]
    Eval(EvalArgs),
    /// Inspect a lexicon: check it for problems, or list the entries in effect.
    #[command(subcommand)]
    Lexicon(LexiconCommand),
    /// Print a shell completion script, e.g. `rolemap completions bash > ~/.local/share/bash-completion/completions/rolemap`.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: ShellArg,
    },
    /// Print the manual page (roff) of rolemap or of one of its commands, e.g.
    /// `rolemap man > rolemap.1 && man ./rolemap.1`, `rolemap man lexicon fit`.
    Man {
        /// The command whose page to print (`eval`, `lexicon`, `lexicon fit`…) [default: rolemap
        /// itself].
        #[arg(value_name = "COMMAND")]
        command: Vec<String>,
    },
}

/// Shells `rolemap completions` writes for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShellArg {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
    /// PowerShell.
    Powershell,
    /// Elvish.
    Elvish,
}

/// `rolemap lexicon …` subcommands.
#[derive(Debug, Subcommand)]
pub enum LexiconCommand {
    /// Check a lexicon folder: parse errors, duplicate entries (within and across categories),
    /// entries shadowed by a longer one, stems that swallow unrelated words. Exits 1 if any
    /// error is found; warnings alone exit 0.
    #[command(args_override_self = true)]
    Check(CheckArgs),
    /// Print every entry in effect, one per line under a header row, tab-separated: category,
    /// section, entry, weight, source (file:line) and forms — the word forms the entry meets
    /// through its word family (generated by rule, so some are not words and never occur; `-`
    /// for a regex or a stem).
    #[command(args_override_self = true)]
    List(ListArgs),
    /// Fit the lexicon's weights to labeled lines and write the fitted lexicon to a folder.
    ///
    /// Starts from the --lexicon folder (or the built-in lexicon) and re-weighs the entries the
    /// labeled lines hit: each entry's weight in its category, the IC vocabulary and the minimum
    /// score, fitted like a multinomial logistic regression with an L2 penalty towards the
    /// starting weights. A weight moves only on evidence from at least two sources (the
    /// `source` column; lines, when no file names sources). Prints macro-F1 before and after,
    /// cross-validated with folds grouped by source, every changed weight, entries whose lines
    /// mostly carry another label, and new terms worth adding (words and phrases that separate
    /// one label from the others, ranked by log-odds with an informative Dirichlet prior). Load
    /// the result with `--lexicon DIR`.
    #[command(args_override_self = true)]
    Fit(FitArgs),
}

/// Arguments of `rolemap lexicon list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// `--lexicon`.
    #[command(flatten)]
    pub lexicon: LexiconArgs,
}

/// Arguments of `rolemap lexicon fit`.
#[derive(Debug, Args)]
pub struct FitArgs {
    /// Labeled files, as `rolemap eval` reads them (`label<TAB>text[<TAB>source]`).
    #[arg(value_name = "LABELED.tsv", required = true)]
    pub files: Vec<PathBuf>,

    /// The folder to write the fitted lexicon to (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// Replace the lexicon files already in the --out folder.
    #[arg(long)]
    pub force: bool,

    /// Cross-validation folds, when sources are many (with 10 or fewer, each source is held out
    /// in turn) or not named at all.
    #[arg(long, value_name = "K", default_value_t = 5, value_parser = clap::value_parser!(u16).range(2..=100))]
    pub folds: u16,

    /// Strength of the L2 penalty that keeps each weight near its starting value; larger moves
    /// weights less.
    #[arg(long, value_name = "F", default_value_t = 0.02)]
    pub l2: f64,

    /// Term proposals to print per label.
    #[arg(long, value_name = "N", default_value_t = 15)]
    pub proposals: usize,

    /// Keep the minimum score as it is instead of fitting it.
    #[arg(long)]
    pub keep_min_score: bool,

    /// Also add terms: the words and two-word phrases of the labeled lines that no entry
    /// matches (in 3 lines and 2 sources at least) are tried in every category and as IC
    /// vocabulary, starting from nothing; those that earn a weight of 0.2 are written to the
    /// lexicon. Cross-validation grows terms on the training folds only.
    #[arg(long)]
    pub grow: bool,

    /// Output format of the report.
    #[arg(long, value_enum, default_value_t = EvalFormatArg::Table)]
    pub format: EvalFormatArg,

    /// `--lexicon`.
    #[command(flatten)]
    pub lexicon: LexiconArgs,
}

/// Arguments of `rolemap lexicon check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The folder (or LIWC .dic file) to check [default: the --lexicon one, else the built-in
    /// lexicon].
    #[arg(value_name = "DIR|FILE.dic")]
    pub dir: Option<PathBuf>,

    /// A word list (one word per line) to test stems against [default: /usr/share/dict/words
    /// when it exists; without one, only stems under 4 letters are reported].
    #[arg(long, value_name = "FILE")]
    pub words: Option<PathBuf>,

    /// `--lexicon`.
    #[command(flatten)]
    pub lexicon: LexiconArgs,
}

/// Arguments of `rolemap eval`.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("inputs").required(true).multiple(true).args(["file", "docs"]))]
pub struct EvalArgs {
    /// The labeled lines: `label<TAB>text` rows, with an optional third `source` column (or any
    /// column order under a header row naming `label`, `text`, `source`); `-` reads standard
    /// input.
    #[arg(value_name = "FILE.tsv")]
    pub file: Option<PathBuf>,

    /// Also score document verdicts: every .txt/.md file of DIR is one document whose expected
    /// role is its front matter's `role:` or the start of its file name (`pm-…`, `em-…`,
    /// `tpm-…`, `none-…`; a `none` document is right when its verdict names no role).
    #[arg(long, value_name = "DIR")]
    pub docs: Option<PathBuf>,

    /// Also list every misclassified line with its matches, scores and rules.
    #[arg(long)]
    pub errors: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = EvalFormatArg::Table)]
    pub format: EvalFormatArg,

    /// Exit with status 1 when the lines' macro-F1 is below this fraction (0–1), for use as a CI
    /// floor.
    #[arg(long, value_name = "F1", requires = "file")]
    pub fail_under: Option<f64>,

    /// `--lexicon`.
    #[command(flatten)]
    pub lexicon: LexiconArgs,
}

/// Arguments of the default command: classify activities.
#[derive(Debug, Args)]
pub struct ClassifyArgs {
    /// Files or folders to read, each file one document. Folders are walked recursively for
    /// .txt, .md, .markdown, .text, .org, .adoc, .asciidoc and .rst files (hidden ones, editor
    /// backups and system files skipped), in sorted order. A web page (.html, or input starting
    /// with <!DOCTYPE html>) is read as the text it shows. `-` reads standard input, which is
    /// also the default when input is piped.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Output format: table, json (one value), jsonl (a record per activity, then per document, then a summary), csv (one row per
    /// document, or per activity with --explain), markdown (a table to paste), html (one
    /// self-contained page to share: charts, trend and every activity; use with -O FILE).
    #[arg(long, value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,

    /// Write the output to FILE instead of standard output (any format; `-` is standard output). The file is written
    /// whole or not at all: on an error no partial file is left; never over an input (refused),
    /// and a folder's earlier report inside it is left out. (-O, not -o: ripgrep's -o prints only
    /// the matched text.)
    #[arg(short = 'O', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Print nothing on standard output; the exit status says how the run went (0 ok, 1 a role
    /// check failed, 2 an error), for role checks in CI. Warnings and errors still go to stderr,
    /// and -O still writes its file.
    #[arg(short, long)]
    pub quiet: bool,

    /// Also show the trend: one row per calendar period, oldest first, with its activities,
    /// shares, verdict and energy, and a sentence comparing the first and last periods with 3
    /// matched activities or more. Activities dated more coarsely than PERIOD (`## 2025` under
    /// --by quarter) get a row of their own for that coarser period; undated ones an `undated`
    /// row. JSON always carries the periods (at this grain, or one chosen from the dates).
    #[arg(long, value_enum, value_name = "PERIOD", help_heading = "Time window")]
    pub by: Option<ByArg>,

    /// Also show every activity: its line, text, role, scores, matched terms and the rules
    /// (negation, hedge, scope) that changed them.
    #[arg(short = 'X', long)]
    pub explain: bool,

    /// Check that every document's verdict is ROLE: a label (pm, em, tpm), a full name
    /// (Product Manager) or an alias (product, eng manager, program manager), with a seniority or
    /// level if you like (Senior PM, Product Manager II), or none (the verdict must name no role,
    /// as on an individual contributor's page; IC or a title such as Software Engineer say the
    /// same). Failures are listed on stderr and the exit status is 1. Overrides a role column and a `role:` in a
    /// document's front matter, which are checked without this flag.
    #[arg(long, value_name = "ROLE", help_heading = "Role checks")]
    pub expect: Option<String>,

    /// Let a hybrid pass a role check when its runner-up is the expected role. Without an
    /// expected role (--expect, a role column, or `role:` in a document's front matter) it is a
    /// usage error.
    #[arg(long, help_heading = "Role checks")]
    pub allow_hybrid: bool,

    /// Only count activities dated on or after this day (YYYY-MM or YYYY-MM-DD). Dates come from
    /// headings and lines of only a date (`## 2025-03`, `## Mar 3, 2026`, `## Jan–Mar 2025`,
    /// `## Q3 2025`, `## FY26 Q1`, `**2024-10**`), a resume job's dates (`Jan 2021 – Present`)
    /// and a date leading a line (`2025-03-14: …`, `Oct 15 2024 …`, `Oct 2: …` under `## 2025`)
    /// or in brackets ending it (`… (Dec 2025)`), and a spreadsheet's --date-column. Undated
    /// activities still count.
    #[arg(long, value_name = "DATE", help_heading = "Time window", conflicts_with = "months")]
    pub since: Option<String>,

    /// Only count activities from the last N months (1 or more), counted back from today or
    /// --as-of.
    #[arg(long, value_name = "N", value_parser = parse_months, help_heading = "Time window")]
    pub months: Option<u32>,

    /// The day the window ends (YYYY-MM-DD) [default: today], for reproducible results.
    #[arg(long, value_name = "DATE", help_heading = "Time window")]
    pub as_of: Option<String>,

    /// Leave out activities that have no date.
    #[arg(long, help_heading = "Time window")]
    pub dated_only: bool,

    /// The month fiscal years start in (1–12 or a name, e.g. 7 or Jul), for dates such as
    /// `FY26 Q1`; a fiscal year is named by the year it ends in [default: 1, the calendar year].
    #[arg(long, value_name = "MONTH", help_heading = "Time window")]
    pub fiscal_start: Option<String>,

    /// How to read documents: brag (one activity per line or bullet) or resume (bullets under
    /// job headers of title, company and dates; each job gets its own row) [default: told from
    /// the lines before the first bullet].
    #[arg(long, value_enum, value_name = "LAYOUT")]
    pub layout: Option<LayoutArg>,

    /// Only count activities marked as energising: `(+)` or `[+]` at the start or end of the
    /// line (`(-)`/`[-]` marks draining work).
    #[arg(long)]
    pub energy_only: bool,

    /// Follow symbolic links met while walking folders (as ripgrep's -L). Without it a link is
    /// skipped with a note, so a folder run reads nothing outside the folder.
    #[arg(short = 'L', long)]
    pub follow: bool,

    /// Read activities from the column NAME of CSV/TSV files (first row is the header; .tsv
    /// files are tab-separated), e.g. a review tool's export. Folders give their .csv and .tsv
    /// files too; .txt and .md files stay prose, with a warning; piped input is read as CSV/TSV.
    /// Without it, a .csv or .tsv is refused.
    #[arg(long, value_name = "NAME", help_heading = "Spreadsheet input")]
    pub column: Option<String>,

    /// With --column: group rows into one document per distinct value of this column (e.g. an
    /// employee id).
    #[arg(long, value_name = "NAME", requires = "column", help_heading = "Spreadsheet input")]
    pub id_column: Option<String>,

    /// With --column: check each document against the role in this column (every row of one
    /// id must give the same role), as --expect would.
    #[arg(long, value_name = "NAME", requires = "column", help_heading = "Spreadsheet input")]
    pub role_column: Option<String>,

    /// With --column: name each document after this column (`reviews.csv#E1042 (Kim Osei)`).
    #[arg(long, value_name = "NAME", requires = "column", help_heading = "Spreadsheet input")]
    pub name_column: Option<String>,

    /// With --column: date each row's activities by this column, for the time window and --by: a
    /// day (`2025-03-14`, `Mar 14, 2025`, `14.03.2025`), a month (`Mar 2025`, `2025-03`), a
    /// quarter or half (`Q1 2025`, `2025 H2`), a year, or a timestamp read by its day
    /// (`2025-03-14T10:32:00Z`, `Mar 14, 2025 10:32 AM`). A cell that is no date leaves its row
    /// undated, with one warning naming the first such line. A date written in the text itself
    /// comes first.
    #[arg(long, value_name = "NAME", requires = "column", help_heading = "Spreadsheet input")]
    pub date_column: Option<String>,

    /// With --column: the field separator, one character or `tab` [default: tab for .tsv,
    /// comma for .csv; otherwise a tab when the header line holds one, else a comma].
    #[arg(long, value_name = "CHAR", requires = "column", value_parser = parse_delimiter, help_heading = "Spreadsheet input")]
    pub delimiter: Option<Delimiter>,
}

/// `--by` values: calendar periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ByArg {
    /// Calendar months (`2024-03`).
    Month,
    /// Calendar quarters (`2024-Q1`).
    Quarter,
    /// Calendar halves (`2024-H1`).
    Half,
    /// Calendar years (`2024`).
    Year,
}

/// `--layout` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LayoutArg {
    /// One activity per line or bullet: brag documents, self-reviews, notes.
    Brag,
    /// A resume: bullets under job headers; each job gets its own row.
    Resume,
}

/// A `--delimiter` value: one ASCII byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delimiter(pub u8);

/// `--months N`: a whole number of months, at least one (zero months would be an empty window).
fn parse_months(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(0) => Err("give at least 1 month (0 months is an empty window)".to_string()),
        Ok(months) => Ok(months),
        // All digits, yet no u32: a count of months back before any date there is.
        Err(_) if !text.trim().is_empty() && text.trim().bytes().all(|b| b.is_ascii_digit()) => Err(format!(
            "{} months is too many: count back at most a few thousand years",
            text.trim()
        )),
        Err(_) => Err(format!("{text:?} is not a whole number of months")),
    }
}

fn parse_delimiter(text: &str) -> Result<Delimiter, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(Delimiter(b'\t')),
        one if one.len() == 1 && one.is_ascii() && !one.as_bytes()[0].is_ascii_alphanumeric() && one != "\"" => {
            Ok(Delimiter(one.as_bytes()[0]))
        }
        _ => Err("one punctuation character (`,` `;` `|`) or `tab`".to_string()),
    }
}

/// The command line with the default command's `--lexicon` written before a subcommand moved
/// after its name (after the innermost one: `lexicon list`), so `rolemap --lexicon DIR eval
/// f.tsv` runs `eval` with that lexicon (clap would read `eval` as a file to classify: the
/// default command's options and subcommands exclude each other), and a subcommand without the
/// option says so. A valid `--color` written there is dropped: no subcommand colours its
/// output, and an alias such as `rolemap --color=never` keeps working for them; `always`, which
/// a subcommand cannot honour, comes back as a warning to print. Any other command line is
/// returned as it is.
pub fn hoist_subcommand(args: Vec<std::ffi::OsString>) -> (Vec<std::ffi::OsString>, Option<String>) {
    use clap::CommandFactory;
    let global_with_value = |arg: &str| matches!(arg, "--lexicon" | "--color");
    let global_inline = |arg: &str| arg.starts_with("--lexicon=") || arg.starts_with("--color=");
    let mut at = 1;
    while let Some(arg) = args.get(at).and_then(|a| a.to_str()) {
        if global_with_value(arg) {
            at += 2;
        } else if global_inline(arg) {
            at += 1;
        } else {
            break;
        }
    }
    if at == 1 {
        return (args, None);
    }
    let mut command = Cli::command();
    // Built, it knows clap's own `help` subcommand too.
    command.build();
    // The subcommand's path: `eval`, or `lexicon` then `list`.
    let mut end = at;
    let mut parent = &command;
    while let Some(found) = args
        .get(end)
        .and_then(|a| a.to_str())
        .and_then(|name| parent.find_subcommand(name))
    {
        parent = found;
        end += 1;
    }
    if end == at {
        return (args, None);
    }
    let mut hoisted = Vec::with_capacity(args.len());
    hoisted.push(args[0].clone());
    hoisted.extend(args[at..end].iter().cloned());
    let color = |value: Option<&str>| value.and_then(|v| ColorArg::from_str(v, false).ok());
    let mut last = None;
    let mut before = args[1..at].iter().peekable();
    while let Some(arg) = before.next() {
        let text = arg.to_str().unwrap_or_default();
        let dropped = match color(text.strip_prefix("--color=")) {
            Some(choice) => Some(choice),
            None if text == "--color" => color(before.peek().and_then(|v| v.to_str())).inspect(|_| {
                before.next();
            }),
            None => None,
        };
        match dropped {
            Some(choice) => last = Some(choice),
            None => hoisted.push(arg.clone()),
        }
    }
    // The last one wins, as on the default command.
    let warning = (last == Some(ColorArg::Always)).then(|| {
        let name: Vec<&str> = args[at..end].iter().filter_map(|a| a.to_str()).collect();
        format!(
            "--color always has no effect on `{}`, which prints no colour",
            name.join(" ")
        )
    });
    hoisted.extend(args[end..].iter().cloned());
    (hoisted, warning)
}

/// The default command's lexicon and colour. They are not global: each subcommand lists only
/// the options it reads (`--lexicon` where a lexicon is read, `--color` nowhere else), so its
/// help, manual page and completions say what it does.
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// `--lexicon`.
    #[command(flatten)]
    pub lexicon: LexiconArgs,

    /// When to colour the output: auto colours only a terminal, and never when NO_COLOR is set
    /// or TERM=dumb.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
}

/// `--lexicon`, for every command that reads a lexicon.
#[derive(Debug, Clone, Default, Args)]
pub struct LexiconArgs {
    /// Use the lexicon files in DIR (`*.lex` categories, `*.rules` modifiers) instead of the
    /// built-in lexicon, or a LIWC-format dictionary FILE.dic. See lexicon/README.md.
    #[arg(long, value_name = "DIR|FILE.dic")]
    pub lexicon: Option<PathBuf>,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// A table per document, then the verdict.
    Table,
    /// One JSON value with every document and activity (schema in README).
    Json,
    /// JSON Lines: one record per activity, then one per document and a summary, streamed.
    Jsonl,
    /// CSV: one row per document, or per activity with --explain.
    Csv,
    /// A Markdown table.
    Markdown,
    /// One self-contained HTML page: no network, readable on a phone, printable.
    Html,
}

/// `rolemap eval --format` and `rolemap lexicon fit --format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalFormatArg {
    /// Tables: summary, per-class metrics, confusion matrix.
    Table,
    /// One JSON value.
    Json,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour a terminal unless NO_COLOR is set or TERM=dumb.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The error for a command named after the main command's options (`rolemap -q eval f.tsv`):
/// clap reads such a command as the first file to classify, and the run would fail on another
/// file first, or on a missing file named `eval`. `None` when the first file is not exactly a
/// command's name, or a file of that name exists, or it is written after `--` in `args` (the
/// command line as parsed): after `--` every word is a file's name, so `rolemap -q -- eval`
/// reads a file named `eval`.
pub fn command_after_options(cli: &Cli, args: &[std::ffi::OsString]) -> Option<String> {
    if cli.command.is_some() {
        return None;
    }
    let first = cli.classify.files.first()?;
    let name = first.to_str()?;
    let before_dashes = args.iter().skip(1).take_while(|arg| *arg != "--");
    if !before_dashes.into_iter().any(|arg| arg == name) {
        return None;
    }
    // A command's name is a word in lower case (`brag.md`, `-` are none), told before the
    // file system is asked and before clap's command is built (7% of a short run's start-up).
    let named = || command_names().any(|command| command == name);
    let word = name.bytes().all(|b| b.is_ascii_lowercase());
    (word && !first.exists() && named()).then(|| {
        format!(
            "`{name}` is a command, and a command comes first: `rolemap {name} …` with its own options after it (the options before it are the main command's)"
        )
    })
}

/// The names of rolemap's commands (`eval`, `lexicon`, …), without clap's `help`: `help` on a
/// file helps no one (`rolemap hello` is a missing file, not a typo of it).
fn command_names() -> impl Iterator<Item = String> {
    use clap::CommandFactory;
    let names: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|command| command.get_name().to_string())
        .filter(|command| command != "help")
        .collect();
    names.into_iter()
}

/// The command a missing file's name was probably meant to be: `rolemap evla` or
/// `rolemap notes.md eval` read the word as a file, and a user deserves to hear that `eval` is a
/// command (and that commands come first). Only a bare word (no path separator or extension)
/// within two edits of a command's name is taken for one.
pub fn command_meant(name: &str) -> Option<String> {
    if name.len() < 3 || !name.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
        return None;
    }
    let typed = name.to_ascii_lowercase();
    command_names()
        .map(|command| (edit_distance(&typed, &command), command))
        .filter(|(distance, command)| *distance <= 2 && *distance < command.len() / 2 + 1)
        .min()
        .map(|(_, command)| command)
}

/// Levenshtein distance between two short ASCII words.
fn edit_distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &x) in a.as_bytes().iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(x != y)).min(above + 1).min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_count_of_months_too_large_for_any_date_says_so() {
        assert_eq!(
            parse_months("4294967296"),
            Err("4294967296 months is too many: count back at most a few thousand years".to_string())
        );
        assert_eq!(
            parse_months("3.5"),
            Err("\"3.5\" is not a whole number of months".to_string())
        );
        assert_eq!(
            parse_months("-3"),
            Err("\"-3\" is not a whole number of months".to_string())
        );
        assert_eq!(parse_months(" 12 "), Ok(12));
    }

    #[test]
    fn a_command_after_the_main_commands_options_is_named() {
        let command_after_options = |args: &[&str]| {
            let cli = Cli::try_parse_from(args).expect("parses");
            let args: Vec<std::ffi::OsString> = args.iter().map(Into::into).collect();
            command_after_options(&cli, &args)
        };
        let message = command_after_options(&["rolemap", "-q", "eval", "lab.tsv"]).expect("an error");
        assert!(
            message.starts_with("`eval` is a command, and a command comes first"),
            "{message}"
        );
        assert!(command_after_options(&["rolemap", "--months", "3", "completions", "bash"]).is_some());
        assert_eq!(command_after_options(&["rolemap", "eval", "lab.tsv"]), None);
        assert_eq!(command_after_options(&["rolemap", "-q", "notes.md", "eval"]), None);
        assert_eq!(command_after_options(&["rolemap", "-q", "evaluation.md"]), None);
        // A folder of that name is read (tests run in the crate's folder, which has `lexicon/`).
        assert_eq!(command_after_options(&["rolemap", "-q", "lexicon"]), None);
        // After `--` every word is a file's name; before it a command is still misplaced.
        assert_eq!(command_after_options(&["rolemap", "-q", "--", "eval"]), None);
        assert_eq!(
            command_after_options(&["rolemap", "-q", "--", "eval", "notes.md"]),
            None
        );
        assert!(command_after_options(&["rolemap", "-q", "eval", "--", "lab.tsv"]).is_some());
    }

    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn a_missing_file_named_like_a_command_is_taken_for_it() {
        assert_eq!(command_meant("eval").as_deref(), Some("eval"));
        assert_eq!(command_meant("evla").as_deref(), Some("eval"));
        assert_eq!(command_meant("Lexicn").as_deref(), Some("lexicon"));
        assert_eq!(command_meant("completion").as_deref(), Some("completions"));
        // Paths, extensions, short words and words far from every command are files.
        for name in [
            "eval.md",
            "./eval",
            "notes",
            "me",
            "man2",
            "evaluation",
            "brag",
            "hello",
        ] {
            assert_eq!(command_meant(name), None, "{name}");
        }
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "man"), 3);
    }

    #[test]
    fn global_options_before_a_subcommand_move_after_it() {
        let args = |list: &[&str]| list.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            hoist_subcommand(args(&["rolemap", "--lexicon", "D", "--color=never", "eval", "f.tsv"])),
            (args(&["rolemap", "eval", "--lexicon", "D", "f.tsv"]), None)
        );
        assert_eq!(
            hoist_subcommand(args(&["rolemap", "--color", "always", "completions", "bash"])),
            (
                args(&["rolemap", "completions", "bash"]),
                Some("--color always has no effect on `completions`, which prints no colour".to_string())
            )
        );
        assert_eq!(
            hoist_subcommand(args(&["rolemap", "--color=always", "lexicon", "list"])).1,
            Some("--color always has no effect on `lexicon list`, which prints no colour".to_string())
        );
        assert_eq!(
            hoist_subcommand(args(&["rolemap", "--color", "always", "--color=never", "man"])).1,
            None
        );
        assert_eq!(
            hoist_subcommand(args(&["rolemap", "--color=never", "help", "eval"])),
            (args(&["rolemap", "help", "eval"]), None)
        );
        assert_eq!(
            hoist_subcommand(args(&["rolemap", "--color=pink", "man"])),
            (args(&["rolemap", "man", "--color=pink"]), None)
        );
        assert_eq!(
            hoist_subcommand(args(&["rolemap", "--lexicon", "D", "lexicon", "list"])),
            (args(&["rolemap", "lexicon", "list", "--lexicon", "D"]), None)
        );
        for unchanged in [
            &["rolemap", "eval", "--lexicon", "D", "f.tsv"][..],
            &["rolemap", "--lexicon", "D", "notes.md"],
            &["rolemap", "--explain", "eval"],
            &["rolemap"],
        ] {
            assert_eq!(hoist_subcommand(args(unchanged)), (args(unchanged), None));
        }
        let cli = Cli::try_parse_from(hoist_subcommand(args(&["rolemap", "--lexicon", "D", "eval", "f.tsv"])).0)
            .expect("parses");
        let Some(Command::Eval(eval)) = cli.command else {
            panic!("eval")
        };
        assert_eq!(eval.lexicon.lexicon, Some(PathBuf::from("D")));
    }

    #[test]
    fn parses_files_and_flags() {
        let cli = Cli::try_parse_from(["rolemap", "a.md", "-", "--format", "json", "--explain"]).expect("parses");
        assert_eq!(cli.classify.files, [PathBuf::from("a.md"), PathBuf::from("-")]);
        assert_eq!(cli.classify.format, FormatArg::Json);
        assert!(cli.classify.explain);
        let cli = Cli::try_parse_from([
            "rolemap",
            "r.csv",
            "--column",
            "a",
            "--role-column",
            "role",
            "--name-column",
            "name",
            "--layout",
            "resume",
            "--fiscal-start",
            "7",
        ])
        .expect("parses");
        assert_eq!(cli.classify.layout, Some(LayoutArg::Resume));
        assert_eq!(cli.classify.fiscal_start.as_deref(), Some("7"));
        assert!(Cli::try_parse_from(["rolemap", "r.csv", "--role-column", "role"]).is_err());
    }
}
