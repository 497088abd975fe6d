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

rolemap reads a plain-text or Markdown list (a brag document, resume bullets, a self-review), \
takes one activity per line, matches each against keyword lexicons and prints the breakdown: \
how many activities and what share of the work falls to each role, the terms that put it there, \
and a verdict (marked hybrid when the top two roles are close). Lines no role owns, such as \
hands-on engineering, are reported as unmatched rather than forced into a role.";

const EXAMPLES: &str = "\
Examples:
  rolemap examples/brag.md                 breakdown of one brag document
  cat brag.md | rolemap                    the same, from standard input
  rolemap resume.txt --explain             also show how each line was scored
  rolemap notes.md --format json | jq '.documents[0].verdict'
  rolemap --lexicon my-lexicon/ notes.md   use your own lexicon folder

Exit status: 0 ok, 1 a check failed, 2 usage or input error.";

/// rolemap's command line.
#[derive(Debug, Parser)]
#[command(
    name = "rolemap",
    version,
    about = ABOUT,
    long_about = LONG_ABOUT,
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A tool other than classifying text.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Classifying text (the default when no subcommand is given).
    #[command(flatten)]
    pub classify: ClassifyArgs,
    /// Lexicon and output settings shared by every command.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Measure classification on labeled lines: accuracy, per-class precision/recall/F1,
    /// macro-F1 and a confusion matrix.
    ///
    /// FILE holds rows `label<TAB>text`; a label is a category (PM, EM, TPM, any letter case) or
    /// `none` for a line no role owns. Extra columns are ignored; a first row labeled `label` is a
    /// header. Macro-F1 averages the categories; a none-line given a role is a false positive.
    Eval(EvalArgs),
    /// Inspect a lexicon: check it for problems, or list the entries in effect.
    #[command(subcommand)]
    Lexicon(LexiconCommand),
}

/// `rolemap lexicon …` subcommands.
#[derive(Debug, Subcommand)]
pub enum LexiconCommand {
    /// Check a lexicon folder: parse errors, duplicate entries (within and across categories),
    /// entries shadowed by a longer one, stems that swallow unrelated words. Exits 1 if any
    /// error is found; warnings alone exit 0.
    Check(CheckArgs),
    /// Print every entry in effect, one per line: category, section, entry, weight, file:line
    /// (tab-separated).
    List,
}

/// Arguments of `rolemap lexicon check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The folder to check [default: the --lexicon folder, else the built-in lexicon].
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// A word list (one word per line) to test stems against [default: /usr/share/dict/words
    /// when it exists; without one, only stems under 4 letters are reported].
    #[arg(long, value_name = "FILE")]
    pub words: Option<PathBuf>,
}

/// Arguments of `rolemap eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The labeled file (`label<TAB>text` rows); `-` reads standard input.
    #[arg(value_name = "FILE.tsv")]
    pub file: PathBuf,

    /// Also list every misclassified line with its matches, scores and rules.
    #[arg(long)]
    pub errors: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,

    /// Exit with status 1 when macro-F1 is below this fraction (0–1), for use as a CI floor.
    #[arg(long, value_name = "F1")]
    pub fail_under: Option<f64>,
}

/// Arguments of the default command: classify activities.
#[derive(Debug, Args)]
pub struct ClassifyArgs {
    /// Files to read, each one document. `-` reads standard input, which is also the default
    /// when input is piped.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,

    /// Also show every activity: its line, text, role, scores, matched terms and the rules
    /// (negation, hedge, scope) that changed them.
    #[arg(long)]
    pub explain: bool,
}

/// Settings shared by every command.
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Use the lexicon files in DIR (`*.lex` categories, `*.rules` modifiers) instead of the
    /// built-in lexicon. See lexicon/README.md for the format.
    #[arg(long, value_name = "DIR", global = true)]
    pub lexicon: Option<PathBuf>,

    /// When to colour the output: auto colours only a terminal, and never when NO_COLOR is set
    /// or TERM=dumb.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN", global = true)]
    pub color: ColorArg,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// A table per document, then the verdict.
    Table,
    /// One JSON value with every document and activity (schema in README).
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn parses_files_and_flags() {
        let cli = Cli::try_parse_from(["rolemap", "a.md", "-", "--format", "json", "--explain"]).expect("parses");
        assert_eq!(cli.classify.files, [PathBuf::from("a.md"), PathBuf::from("-")]);
        assert_eq!(cli.classify.format, FormatArg::Json);
        assert!(cli.classify.explain);
    }
}
