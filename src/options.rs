//! Raw command-line flags → resolved settings.
//!
//! Everything that can fail for environmental reasons (no input at a terminal, a lexicon folder
//! that does not load) fails here, once, before any work starts; clap types stop here too.

use std::io::IsTerminal;

use anyhow::{Result, bail};

use crate::cli::{ClassifyArgs, ColorArg, CommonArgs, FormatArg};
use crate::input::Source;
use crate::lexicon::Lexicon;
use crate::render::Format;

/// Resolved settings for classifying text.
#[derive(Debug)]
pub struct Options {
    /// Documents to read, in order.
    pub sources: Vec<Source>,
    /// The lexicon in effect.
    pub lexicon: Lexicon,
    /// How to render.
    pub render: RenderOptions,
}

/// How output looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenderOptions {
    /// The output format.
    pub format: Format,
    /// Whether to add the per-activity detail.
    pub explain: bool,
    /// Whether to use colour.
    pub color: bool,
    /// The width to fit tables to.
    pub width: u16,
}

/// Width used when output is not a terminal and `COLUMNS` is unset.
const DEFAULT_WIDTH: u16 = 120;

impl Options {
    /// Resolves the default command's flags.
    pub fn from_args(args: &ClassifyArgs, common: &CommonArgs) -> Result<Options> {
        let sources = if args.files.is_empty() {
            if std::io::stdin().is_terminal() {
                bail!(
                    "no input: name a file (rolemap brag.md) or pipe text in (cat brag.md | rolemap); see rolemap --help"
                );
            }
            vec![Source::Stdin]
        } else {
            args.files.iter().map(|f| Source::from_arg(f)).collect()
        };
        Ok(Options {
            sources,
            lexicon: load_lexicon(common)?,
            render: RenderOptions {
                format: args.format.into(),
                explain: args.explain,
                color: use_color(common.color),
                width: output_width(),
            },
        })
    }
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Format {
        match format {
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
        }
    }
}

/// The lexicon named by `--lexicon`, or the built-in one.
pub fn load_lexicon(common: &CommonArgs) -> Result<Lexicon> {
    let lexicon = match &common.lexicon {
        Some(dir) => Lexicon::load_dir(dir)?,
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

/// The terminal's width, else `COLUMNS`, else [`DEFAULT_WIDTH`].
pub fn output_width() -> u16 {
    let from_table = comfy_table::Table::new().width();
    from_table
        .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()))
        .filter(|&w| w >= 40)
        .unwrap_or(DEFAULT_WIDTH)
}
