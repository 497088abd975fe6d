//! Lexicon files → categories, entries and settings.
//!
//! The lexicon is data (`lexicon/*.lex` and `lexicon/*.rules`, documented in
//! `lexicon/README.md`). This module turns those files into plain structures and rejects anything
//! malformed with an error that names `file:line`, so a user editing a lexicon learns at once
//! what to fix. Compiling the entries into a matcher is [`crate::matcher`]'s job.

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::escape::excerpt;
use crate::normalize::normalize;

/// File extension of a category file.
pub const CATEGORY_EXTENSION: &str = "lex";
/// File extension of a LIWC dictionary.
pub const LIWC_EXTENSION: &str = "dic";
/// File extension of a modifier (rules) file.
pub const RULES_EXTENSION: &str = "rules";
/// Largest weight an entry may carry.
pub const MAX_WEIGHT: f64 = 10.0;
/// Largest lexicon read, in bytes: a LIWC dictionary, or a folder's files together (8 MiB, some
/// twenty times the largest published dictionaries). Memory while matching grows with it.
pub const MAX_LEXICON_BYTES: usize = 8 << 20;
/// Most lexicon files (`*.lex`, `*.rules`) one folder may hold.
pub const MAX_LEXICON_FILES: usize = 1024;
/// Longest regular expression entry, in bytes of its source: parsing one takes memory in
/// proportion to its length, before it can be refused as too big to compile.
pub const MAX_REGEX_BYTES: usize = 16 << 10;
/// Most bytes of regular expression source one lexicon may hold, all entries together (the
/// built-in lexicon holds some 40 KiB).
pub const MAX_REGEX_TOTAL_BYTES: usize = 512 << 10;
/// Category labels the outputs use for rows of their own (any letter case): `unmatched` and
/// `total` are rows of the table, `none` is the label of lines no role owns in `rolemap eval`.
pub const RESERVED_LABELS: &[&str] = &["unmatched", "total", "none"];

/// The default lexicon, compiled into the binary so it works anywhere.
pub const DEFAULT_FILES: &[(&str, &str)] = &[
    ("lexicon/em.lex", include_str!("../lexicon/em.lex")),
    ("lexicon/pm.lex", include_str!("../lexicon/pm.lex")),
    ("lexicon/tpm.lex", include_str!("../lexicon/tpm.lex")),
    ("lexicon/modifiers.rules", include_str!("../lexicon/modifiers.rules")),
];

/// A problem in a lexicon file, located at `path:line` (line 0 when it concerns the whole file).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct LexiconError {
    /// The file, as the user named it.
    pub path: String,
    /// 1-based line number, or 0 for the file as a whole.
    pub line: usize,
    /// What is wrong and, where it helps, how to fix it.
    pub message: String,
}

impl LexiconError {
    /// The error `message` at `path:line` (line 0: the file as a whole).
    pub fn at(path: impl Into<String>, line: usize, message: impl Into<String>) -> LexiconError {
        LexiconError {
            path: path.into(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path, self.message)
        } else {
            write!(f, "{}:{}: {}", self.path, self.line, self.message)
        }
    }
}

/// One role (or user-defined category), described by the metadata of its `.lex` file.
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    /// Short label used in tables and JSON, e.g. `PM`.
    pub label: String,
    /// Full name, e.g. `Product Manager`.
    pub name: String,
    /// The question the role owns, e.g. `what/why`.
    pub question: String,
    /// Sort key from `@order` (default 100); ties are broken by file name.
    pub order: i64,
    /// The file the category came from.
    pub path: String,
    /// Other ways people write the role (`@aliases`), accepted wherever a role is expected.
    pub aliases: Vec<String>,
}

/// Where an entry was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file.
    pub path: Cow<'static, str>,
    /// 1-based line number.
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.path, self.line)
    }
}

/// What text an entry matches.
#[derive(Debug, Clone)]
pub enum Pattern {
    /// Whole words (one or more), already normalised, meeting their word families: the leading
    /// words in their inflections, the last word in every form Snowball stems like it (see
    /// [`crate::inflect`] and [`crate::families`]).
    Words(Cow<'static, str>),
    /// Whole words written in double quotes (`"program"`), already normalised: matched as
    /// written, the last word with an optional plural `s`/`es`. Also every word and phrase of a
    /// LIWC dictionary, whose authors mark inflections with stems.
    Quoted(Cow<'static, str>),
    /// A word prefix, already normalised (`coordinat` for `coordinat*`).
    Stem(Cow<'static, str>),
    /// A regular expression over normalised text: its source and, when the lexicon was checked
    /// while loading, its parsed syntax (the built-in lexicon skips that: it is checked by the
    /// tests and planned at build time). It is compiled by the matcher only when a line could
    /// match it, which keeps start-up fast.
    Regex(Cow<'static, str>, Option<Box<regex_syntax::hir::Hir>>),
}

impl Pattern {
    /// The normalised form used to detect duplicates: `w:`, `q:`, `s:` or `r:` followed by the
    /// text (so `program` and `"program"` are two entries).
    pub fn key(&self) -> String {
        match self {
            Pattern::Words(words) => format!("w:{words}"),
            Pattern::Quoted(words) => format!("q:{words}"),
            Pattern::Stem(stem) => format!("s:{stem}"),
            Pattern::Regex(source, _) => format!("r:{source}"),
        }
    }
}

/// What finding an entry in an activity does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Adds the weight to the category (index into [`Lexicon::categories`]).
    Term(usize),
    /// Like `Term`, and marks the activity as being in the category's scope.
    Context(usize),
    /// Adds the weight to whichever category's context the activity has; without context, to
    /// `home` (or to nobody when `home` is `None`).
    Scoped(Option<usize>),
    /// Hands-on IC vocabulary: earns no role anything, but can make an activity unmatched.
    Ic,
    /// A negation cue: matches shortly after it earn nothing.
    Negation,
    /// A hedge cue: every role match after it in its clause is scaled by the hedge factor.
    Hedge,
    /// A word that starts a new clause (`but`, `however`): negations and hedges reach no
    /// further, as with clause punctuation.
    ClauseBreak,
    /// A word that, right after a negation cue, makes it negate nothing (`not only`, `not
    /// enough`).
    NegationException,
}

impl Effect {
    /// Whether the entry is scored (competes for text spans) rather than a cue.
    pub fn is_scored(self) -> bool {
        !matches!(
            self,
            Effect::Negation | Effect::Hedge | Effect::ClauseBreak | Effect::NegationException
        )
    }
}

/// One line of a lexicon file.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The entry as written, e.g. `coordinat*` (borrowed from static tables for the built-in
    /// lexicon, see [`crate::builtin`]).
    pub text: Cow<'static, str>,
    /// What it matches.
    pub pattern: Pattern,
    /// What one match adds.
    pub weight: f64,
    /// What a match does.
    pub effect: Effect,
    /// Where it was written.
    pub origin: Origin,
}

/// Thresholds and factors from the `.rules` files (see `lexicon/README.md`).
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// An activity whose best role score is below this is unmatched.
    pub min_score: f64,
    /// A document is hybrid when leader share − runner-up share is below this.
    pub hybrid_margin: f64,
    /// Multiplier applied to every match of a hedged activity.
    pub hedge_factor: f64,
    /// How many words after a negation cue it reaches.
    pub negation_window: usize,
    /// A document's verdict names no role when its leading role scores less than this per
    /// counted activity.
    pub min_evidence: f64,
    /// A document's verdict names no role when fewer than this share (0–1) of its counted
    /// activities match a role.
    pub min_matched: f64,
    /// A document's verdict names no role when its hands-on IC vocabulary scores at least this
    /// many times as much as its leading role (0: never).
    pub max_hands_on: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            min_score: 1.0,
            hybrid_margin: 0.1,
            hedge_factor: 0.5,
            negation_window: 4,
            min_evidence: 0.0,
            min_matched: 0.0,
            max_hands_on: 0.0,
        }
    }
}

/// A loaded lexicon: categories in display order, all entries, and settings.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Categories, sorted by `@order` then file name.
    pub categories: Vec<Category>,
    /// Every entry of every file.
    pub entries: Vec<Entry>,
    /// Settings from the rules files (defaults where absent).
    pub settings: Settings,
}

/// A lexicon file's name and text, before parsing.
#[derive(Debug, Clone)]
pub struct LexiconFile {
    /// The path shown in messages.
    pub path: String,
    /// The file's contents.
    pub text: String,
}

impl Lexicon {
    /// The default lexicon embedded in the binary: read from the tables build.rs wrote when it
    /// parsed the embedded files (see [`crate::builtin`]).
    pub fn builtin() -> Result<Lexicon, LexiconError> {
        match crate::builtin::lexicon() {
            Some(lexicon) => Ok(lexicon),
            None => Lexicon::parse_builtin_files(),
        }
    }

    /// The default lexicon parsed from its embedded files, as build.rs does (and as
    /// [`Lexicon::builtin`] does when build.rs could not).
    pub fn parse_builtin_files() -> Result<Lexicon, LexiconError> {
        // The built-in files are checked by the tests and their regexes planned at build time,
        // so their regex syntax is not parsed again here.
        let (lexicon, mut errors) = Lexicon::parse_files(&builtin_files(), Trust::Builtin);
        match lexicon {
            Some(lexicon) if errors.is_empty() => Ok(lexicon),
            _ => Err(errors.remove(0)),
        }
    }

    /// Loads every `*.lex` and `*.rules` file of `dir`.
    pub fn load_dir(dir: &Path) -> Result<Lexicon, LexiconError> {
        Lexicon::parse(&read_dir(dir)?)
    }

    /// Loads `--lexicon PATH`: a folder of lexicon files, or a LIWC dictionary (`*.dic`).
    pub fn load(path: &Path) -> Result<Lexicon, LexiconError> {
        if is_liwc_path(path) {
            return Lexicon::parse_liwc(&read_file(path)?);
        }
        if !path.is_dir() && std::fs::symlink_metadata(path).is_ok() {
            return Err(LexiconError::at(
                path.display().to_string(),
                0,
                format!("not a lexicon: --lexicon takes a folder or a LIWC .{LIWC_EXTENSION} file"),
            ));
        }
        Lexicon::load_dir(path)
    }

    /// Parses a LIWC-format dictionary: a header of numbered categories between `%` lines, then
    /// one entry per line — a word, a phrase or a stem (`manag*`) followed by the numbers of its
    /// categories. Every category becomes a lexicon category; every entry weighs 1.
    pub fn parse_liwc(file: &LexiconFile) -> Result<Lexicon, LexiconError> {
        regex_budget(std::slice::from_ref(file))?;
        let error = |line: usize, message: String| LexiconError::at(&file.path, line, message);
        let mut lines = file
            .text
            .trim_start_matches('\u{feff}')
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim()));
        let Some((first, _)) = lines.by_ref().find(|(_, l)| !l.is_empty()).filter(|(_, l)| *l == "%") else {
            return Err(error(1, "not a LIWC dictionary: it must start with a `%` line".into()));
        };
        // Each category's number and the line that declared it.
        let mut numbers: Vec<(u64, usize)> = Vec::new();
        let mut categories: Vec<Category> = Vec::new();
        let mut closed = false;
        for (number, line) in lines.by_ref() {
            if line == "%" {
                closed = true;
                break;
            }
            if line.is_empty() {
                continue;
            }
            plain_text(line).map_err(|m| error(number, m))?;
            let mut parts = line.split_whitespace();
            let (Some(id), Some(name)) = (parts.next(), parts.next()) else {
                return Err(error(number, "a LIWC category line is `NUMBER NAME`".into()));
            };
            let Some(value) = liwc_number(id) else {
                return Err(error(
                    number,
                    format!("category number {} is not a number", excerpt(id)),
                ));
            };
            if let Some((_, first)) = numbers.iter().find(|(n, _)| *n == value) {
                return Err(error(
                    number,
                    format!(
                        "category number {id} is already declared on line {first}; give each category its own number"
                    ),
                ));
            }
            if let Some(earlier) = categories.iter().position(|c| c.label.eq_ignore_ascii_case(name)) {
                return Err(error(
                    number,
                    format!(
                        "category name {} is already declared on line {}; give each category its own name",
                        excerpt(name),
                        numbers[earlier].1
                    ),
                ));
            }
            reserved_label(name).map_err(|m| error(number, m))?;
            numbers.push((value, number));
            categories.push(Category {
                label: name.to_uppercase(),
                name: name.to_string(),
                question: format!("LIWC category {id}"),
                order: i64::try_from(categories.len()).unwrap_or(i64::MAX),
                path: file.path.clone(),
                aliases: Vec::new(),
            });
        }
        if !closed {
            return Err(error(
                first,
                "the category header is not closed by a second `%` line".into(),
            ));
        }
        if categories.is_empty() {
            return Err(error(first, "the LIWC header names no category".into()));
        }
        let mut entries = Vec::new();
        for (number, line) in lines {
            if line.is_empty() {
                continue;
            }
            plain_text(line).map_err(|m| error(number, m))?;
            let tokens: Vec<&str> = line.split_whitespace().collect();
            let split = tokens
                .iter()
                .rposition(|t| !t.bytes().all(|b| b.is_ascii_digit()))
                .map_or(0, |p| p + 1);
            let (words, ids) = tokens.split_at(split);
            if words.first().is_some_and(|w| w.starts_with('/')) && words.last().is_some_and(|w| w.ends_with('/')) {
                return Err(error(
                    number,
                    "a LIWC dictionary lists words, phrases and stems (`manag*`), not /regular expressions/; put regular expressions in a lexicon folder".into(),
                ));
            }
            if words.iter().any(|w| w.contains('(')) {
                return Err(error(
                    number,
                    "conditional LIWC entries (with parentheses) are not supported".into(),
                ));
            }
            if words.is_empty() || ids.is_empty() {
                return Err(error(
                    number,
                    "a LIWC entry is a word followed by category numbers".into(),
                ));
            }
            let text = words.join(" ");
            let mut seen: Vec<usize> = Vec::new();
            for id in ids {
                let value = liwc_number(id);
                let Some(category) = numbers.iter().position(|(n, _)| Some(*n) == value) else {
                    return Err(error(
                        number,
                        format!("category {} is not declared in the header", visible_key(id)),
                    ));
                };
                if seen.contains(&category) {
                    return Err(error(
                        number,
                        format!("category {id} is listed twice for this entry; list each category once"),
                    ));
                }
                seen.push(category);
                let mut pending = parse_entry(&text, Section::Terms, &file.path, number, Trust::User)?;
                if let Pattern::Words(words) = pending.pattern {
                    // A LIWC dictionary lists the forms it means (`manag*`): no families.
                    pending.pattern = Pattern::Quoted(words);
                }
                entries.push(pending.into_entry(Some(category)));
            }
        }
        Ok(Lexicon {
            categories,
            entries,
            settings: Settings::default(),
        })
    }

    /// Parses lexicon files: category files (`.lex`) and rules files (`.rules`), by extension.
    /// Fails with the first problem found.
    pub fn parse(files: &[LexiconFile]) -> Result<Lexicon, LexiconError> {
        let (lexicon, mut errors) = Lexicon::parse_all(files);
        match lexicon {
            Some(lexicon) if errors.is_empty() => Ok(lexicon),
            _ => Err(errors.remove(0)),
        }
    }

    /// Parses lexicon files, collecting every problem rather than stopping at the first. The
    /// lexicon holds what parsed; it is `None` when no category could be read.
    pub fn parse_all(files: &[LexiconFile]) -> (Option<Lexicon>, Vec<LexiconError>) {
        Lexicon::parse_files(files, Trust::User)
    }

    fn parse_files(files: &[LexiconFile], trust: Trust) -> (Option<Lexicon>, Vec<LexiconError>) {
        if trust == Trust::User
            && let Err(error) = regex_budget(files)
        {
            return (None, vec![error]);
        }
        let mut errors = Vec::new();
        let (category_files, rules_files): (Vec<&LexiconFile>, Vec<&LexiconFile>) = files
            .iter()
            .partition(|file| has_extension(&file.path, CATEGORY_EXTENSION));
        let mut parsed: Vec<(Category, Vec<PendingEntry>)> = category_files
            .iter()
            .filter_map(|file| parse_category_file(file, &mut errors, trust))
            .collect();
        parsed.sort_by(|a, b| (a.0.order, &a.0.path).cmp(&(b.0.order, &b.0.path)));
        let mut categories: Vec<Category> = Vec::new();
        let mut entries = Vec::new();
        for (category, pending) in parsed {
            if let Some(earlier) = categories
                .iter()
                .find(|other| other.label.eq_ignore_ascii_case(&category.label))
            {
                errors.push(LexiconError::at(
                    &category.path,
                    0,
                    format!(
                        "label {} is already used by {}; give each category its own @label",
                        excerpt(&category.label),
                        earlier.path
                    ),
                ));
                continue;
            }
            if let Err(message) = reserved_label(&category.label) {
                errors.push(LexiconError::at(&category.path, 0, message));
                continue;
            }
            let index = categories.len();
            categories.push(category);
            entries.extend(pending.into_iter().map(|p| p.into_entry(Some(index))));
        }
        errors.extend(clashing_roles(&categories, files));
        let mut settings = Settings::default();
        let mut given = Vec::new();
        for file in rules_files {
            let pending = parse_rules_file(file, &mut settings, &mut given, &mut errors, trust);
            entries.extend(pending.into_iter().map(|p| p.into_entry(None)));
        }
        if categories.is_empty() {
            if category_files.is_empty() {
                let path = files.first().map_or_else(String::new, |f| f.path.clone());
                errors.push(LexiconError::at(
                    path,
                    0,
                    format!("no category file (*.{CATEGORY_EXTENSION}) in the lexicon"),
                ));
            }
            return (None, errors);
        }
        let lexicon = Lexicon {
            categories,
            entries,
            settings,
        };
        (Some(lexicon), errors)
    }

    /// The index of the category whose label is `label` (any letter case).
    pub fn category_index(&self, label: &str) -> Option<usize> {
        self.categories.iter().position(|c| c.label.eq_ignore_ascii_case(label))
    }

    /// The category a role is written as: its label, its full name or one of its `@aliases`,
    /// in any letter case and with any punctuation (`PM`, `product manager`, `eng-manager`); a
    /// leading seniority word is ignored (`Senior Product Manager`, `Staff TPM`).
    pub fn find_role(&self, written: &str) -> Option<usize> {
        let mut key = without_level(role_key(written));
        loop {
            let found = self.categories.iter().position(|c| {
                role_key(&c.label) == key || role_key(&c.name) == key || c.aliases.iter().any(|a| role_key(a) == key)
            });
            if found.is_some() {
                return found;
            }
            let (first, rest) = key.split_once(' ')?;
            if !SENIORITY.contains(&first) {
                return None;
            }
            key = rest.to_string();
        }
    }

    /// A role as people write it: a category's label, name or alias ([`Lexicon::find_role`])
    /// first — a lexicon may name a role "… Architect" — else no role at all (`none`, `IC`, an
    /// individual contributor's title); `None` when it is neither.
    pub fn read_role(&self, written: &str) -> Option<ExpectedRole> {
        match self.find_role(written) {
            Some(index) => Some(ExpectedRole::Role(index)),
            None => means_no_role(written).then_some(ExpectedRole::NoRole),
        }
    }

    /// The ways to write each role, for messages:
    /// `PM (Product Manager, product…), EM (Engineering Manager…)`.
    pub fn accepted_roles(&self) -> String {
        let described: Vec<String> = self
            .categories
            .iter()
            .map(|c| {
                let mut names = vec![c.name.as_str()];
                names.extend(c.aliases.iter().map(String::as_str));
                names.retain(|n| !n.eq_ignore_ascii_case(&c.label));
                if names.is_empty() {
                    c.label.clone()
                } else {
                    format!("{} ({})", c.label, names.join(", "))
                }
            })
            .collect();
        described.join(", ")
    }
}

/// The role a document is expected to read like, as [`Lexicon::read_role`] reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpectedRole {
    /// This category (index into the lexicon's categories).
    Role(usize),
    /// No role at all: the verdict must name none (an individual contributor's page).
    NoRole,
}

/// What the verdict must name when no role is expected: an individual contributor's page.
pub const NO_ROLE: &str = "none";

/// Words of seniority that may lead a role as people write it.
const SENIORITY: &[&str] = &[
    "senior",
    "sr",
    "staff",
    "principal",
    "lead",
    "junior",
    "jr",
    "associate",
    "group",
    "global",
    "interim",
    "acting",
];

/// A role as written, for comparing: normalised words, without a YAML comment (`PM # my title`).
fn role_key(written: &str) -> String {
    let written = match written.find(" #").or_else(|| written.find("\t#")) {
        Some(at) => &written[..at],
        None => written,
    };
    normalize(written)
}

/// `key` without a trailing level (`product manager ii`, `tpm 3`, `em l6`): people write their
/// title as their ladder has it.
fn without_level(mut key: String) -> String {
    let is_level = |word: &str| {
        matches!(word, "i" | "ii" | "iii" | "iv" | "v")
            || word.bytes().all(|b| b.is_ascii_digit())
            || (word.len() > 1
                && matches!(word.as_bytes()[0], b'l' | b'e' | b'm' | b'p' | b't')
                && word.bytes().skip(1).all(|b| b.is_ascii_digit()))
    };
    while let Some((rest, last)) = key.rsplit_once(' ') {
        if !is_level(last) {
            break;
        }
        key.truncate(rest.len());
    }
    key
}

/// Titles whose work is no role's: an individual contributor's.
const NO_ROLE_TITLES: &[&str] = &["none", "no role", "ic", "individual contributor"];

/// Last words of individual contributors' titles (`Senior Software Engineer`, `Data Scientist`).
const NO_ROLE_TITLE_ENDS: &[&str] = &[
    "engineer",
    "developer",
    "programmer",
    "designer",
    "scientist",
    "analyst",
    "researcher",
    "architect",
];

/// Whether a role as written means no role: `none`, `IC`, an individual contributor's title
/// (`Software Engineer II`, `Staff Designer`), with a YAML comment or a level allowed.
fn means_no_role(written: &str) -> bool {
    let key = without_level(role_key(written));
    NO_ROLE_TITLES.contains(&key.as_str())
        || key
            .rsplit(' ')
            .next()
            .is_some_and(|last| NO_ROLE_TITLE_ENDS.contains(&last))
}

/// Labels, names and aliases that two categories share (a role written that way would be
/// ambiguous), reported at the second category's `@aliases` line or file.
fn clashing_roles(categories: &[Category], files: &[LexiconFile]) -> Vec<LexiconError> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut errors = Vec::new();
    for (index, category) in categories.iter().enumerate() {
        let mut names = vec![category.label.as_str(), category.name.as_str()];
        names.extend(category.aliases.iter().map(String::as_str));
        for name in names {
            let key = role_key(name);
            match seen.get(&key) {
                Some(&other) if other != index => {
                    let line = files
                        .iter()
                        .find(|f| f.path == category.path)
                        .and_then(|f| {
                            f.text
                                .lines()
                                .position(|l| l.trim_start().starts_with("@aliases") && l.contains(name))
                        })
                        .map_or(0, |i| i + 1);
                    errors.push(LexiconError::at(
                        &category.path,
                        line,
                        format!(
                            "{name:?} already names {} ({}); a role must name one category",
                            categories[other].label, categories[other].path
                        ),
                    ));
                }
                Some(_) => {}
                None => {
                    seen.insert(key, index);
                }
            }
        }
    }
    errors
}

/// The default lexicon's files, as embedded in the binary.
pub fn builtin_files() -> Vec<LexiconFile> {
    DEFAULT_FILES
        .iter()
        .map(|(path, text)| LexiconFile {
            path: (*path).to_string(),
            text: (*text).to_string(),
        })
        .collect()
}

/// Reads the lexicon files of a folder, sorted by name; errors name the folder or file.
pub fn read_dir(dir: &Path) -> Result<Vec<LexiconFile>, LexiconError> {
    let whole = |message: String| LexiconError::at(dir.display().to_string(), 0, message);
    let listing = std::fs::read_dir(dir).map_err(|e| whole(format!("cannot read lexicon folder: {e}")))?;
    let mut paths: Vec<PathBuf> = Vec::new();
    for item in listing {
        let item = item.map_err(|e| whole(format!("cannot read lexicon folder: {e}")))?;
        if item.file_name().to_string_lossy().starts_with('.') {
            // Editor backups and lock files (`.#pm.lex`) are not lexicon files.
            continue;
        }
        let path = item.path();
        let name = path.to_string_lossy();
        // Every file named like a lexicon file is read, so one that cannot be (a broken link,
        // a FIFO, a folder) is an error rather than a category silently missing.
        if has_extension(&name, CATEGORY_EXTENSION) || has_extension(&name, RULES_EXTENSION) {
            if paths.len() == MAX_LEXICON_FILES {
                return Err(whole(format!(
                    "more than {MAX_LEXICON_FILES} lexicon files (*.{CATEGORY_EXTENSION}, *.{RULES_EXTENSION}) in the folder, the most a lexicon may have"
                )));
            }
            paths.push(path);
        }
    }
    paths.sort();
    if !paths
        .iter()
        .any(|p| has_extension(&p.to_string_lossy(), CATEGORY_EXTENSION))
    {
        return Err(whole(format!(
            "no lexicon file here: a lexicon folder needs at least one *.{CATEGORY_EXTENSION} category file"
        )));
    }
    let mut budget = MAX_LEXICON_BYTES;
    paths
        .into_iter()
        .map(|path| {
            let shown = path.display().to_string();
            let text = read_text(&path, &shown, budget)?;
            budget -= text.len();
            Ok(LexiconFile { path: shown, text })
        })
        .collect()
}

/// Reads one lexicon file (e.g. a LIWC `.dic`).
pub fn read_file(path: &Path) -> Result<LexiconFile, LexiconError> {
    let shown = path.display().to_string();
    let text = read_text(path, &shown, MAX_LEXICON_BYTES)?;
    Ok(LexiconFile { path: shown, text })
}

/// Whether `--lexicon PATH` names a LIWC dictionary (by its extension; not a folder).
pub fn is_liwc_path(path: &Path) -> bool {
    has_extension(&path.to_string_lossy(), LIWC_EXTENSION) && !path.is_dir()
}

/// Reads a lexicon file as UTF-8 text; errors name the file (and the line of the first bad
/// byte): one that is not a regular file, a broken link, binary data, a file that takes the
/// lexicon past [`MAX_LEXICON_BYTES`] (`budget` is what the files read before it left).
fn read_text(path: &Path, shown: &str, budget: usize) -> Result<String, LexiconError> {
    use std::io::Read;
    let whole = |message: String| LexiconError::at(shown, 0, message);
    let meta = std::fs::metadata(path).map_err(|e| {
        let link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        let hint = if link {
            " (a symbolic link that leads nowhere)"
        } else {
            ""
        };
        whole(format!("cannot read: {e}{hint}"))
    })?;
    if meta.is_dir() {
        return Err(whole("cannot read: a folder, not a lexicon file".into()));
    }
    if !meta.is_file() {
        return Err(whole(
            "cannot read: not a regular file (a FIFO, socket or device); a lexicon file is a text file".into(),
        ));
    }
    let file = std::fs::File::open(path).map_err(|e| whole(format!("cannot read: {e}")))?;
    let mut bytes = Vec::new();
    file.take(budget as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| whole(format!("cannot read: {e}")))?;
    if bytes.len() > budget {
        let what = if budget == MAX_LEXICON_BYTES {
            "larger than"
        } else {
            "takes the lexicon's files together past"
        };
        return Err(whole(format!(
            "{what} {} MiB, the most a lexicon may be",
            MAX_LEXICON_BYTES >> 20
        )));
    }
    if let Some(at) = memchr::memchr(0, &bytes) {
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err(LexiconError::at(
            shown,
            line,
            "binary data (a NUL byte); a lexicon file is text",
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        LexiconError::at(shown, line, "not UTF-8 text; save the file as UTF-8")
    })
}

/// Refuses a line holding control characters (a tab aside) or bidi controls, which would reach
/// the terminal through the table and messages (a label written backwards, say).
fn plain_text(line: &str) -> Result<(), String> {
    let unwanted = |c: char| c != '\t' && (crate::escape::is_control(c) || crate::escape::is_bidi_control(c));
    match line.chars().find(|&c| unwanted(c)) {
        Some(c) => Err(format!(
            "a control character ({}) in the line; lexicon files are plain text",
            crate::escape::visible(&c.to_string())
        )),
        None => Ok(()),
    }
}

/// Refuses a category label the outputs use for their own rows.
fn reserved_label(label: &str) -> Result<(), String> {
    match RESERVED_LABELS.iter().find(|r| r.eq_ignore_ascii_case(label)) {
        Some(reserved) => Err(format!(
            "category label {} is reserved ({reserved} is a row or label of rolemap's own output); choose another",
            excerpt(label)
        )),
        None => Ok(()),
    }
}

/// A key or section name as a message shows it: at most [`crate::escape::EXCERPT_CHARS`]
/// characters, unquoted.
fn visible_key(key: &str) -> String {
    crate::escape::cut(key)
}

/// A LIWC category number (digits; leading zeros ignored, so `01` is `1`).
fn liwc_number(id: &str) -> Option<u64> {
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = id.trim_start_matches('0');
    if digits.len() > 18 {
        return None;
    }
    Some(digits.parse().unwrap_or(0))
}

fn has_extension(path: &str, extension: &str) -> bool {
    Path::new(path).extension().is_some_and(|e| e == extension)
}

/// An entry parsed from a line, before its category index is known.
struct PendingEntry {
    text: String,
    pattern: Pattern,
    weight: f64,
    section: Section,
    origin: Origin,
}

impl PendingEntry {
    fn into_entry(self, category: Option<usize>) -> Entry {
        let effect = match (self.section, category) {
            (Section::Terms, Some(c)) => Effect::Term(c),
            (Section::Context, Some(c)) => Effect::Context(c),
            (Section::Scoped, home) => Effect::Scoped(home),
            (Section::Ic, _) => Effect::Ic,
            (Section::Negation, _) => Effect::Negation,
            (Section::Hedge, _) => Effect::Hedge,
            (Section::ClauseBreak, _) => Effect::ClauseBreak,
            (Section::NegationException, _) => Effect::NegationException,
            // Category files only admit Terms/Context/Scoped; rules files never use Terms/Context.
            (Section::Terms | Section::Context, None) => Effect::Ic,
        };
        Entry {
            text: self.text.into(),
            pattern: self.pattern,
            weight: self.weight,
            effect,
            origin: self.origin,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Terms,
    Context,
    Scoped,
    Ic,
    Negation,
    Hedge,
    ClauseBreak,
    NegationException,
}

/// The meaningful lines of a file: `(line number, trimmed text)`, without comments and blanks.
fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
}

/// Refuses a lexicon whose regular expressions add up to more than [`MAX_REGEX_TOTAL_BYTES`],
/// before any is parsed (their syntax trees are kept while loading), naming the entry that
/// crosses the line.
fn regex_budget(files: &[LexiconFile]) -> Result<(), LexiconError> {
    let mut total = 0usize;
    for file in files {
        for (number, line) in content_lines(&file.text) {
            // A longer one is refused on its own, before it is parsed: it counts as the longest
            // allowed, so its own error is the one named.
            if line.starts_with('/') {
                total += line.len().min(MAX_REGEX_BYTES + 2);
                if total > MAX_REGEX_TOTAL_BYTES {
                    return Err(LexiconError::at(
                        &file.path,
                        number,
                        format!(
                            "the lexicon's regular expressions add up to more than {} KiB here, the most a lexicon may hold; use fewer or shorter ones (plain words and stems cost far less)",
                            MAX_REGEX_TOTAL_BYTES >> 10
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// What a category file has declared so far.
#[derive(Default)]
struct CategoryDraft {
    name: Option<String>,
    question: Option<String>,
    label: Option<String>,
    order: Option<i64>,
    aliases: Vec<String>,
    section: Option<Section>,
    entries: Vec<PendingEntry>,
    /// Where each once-only metadata key was given.
    given: Vec<Given>,
}

/// Parses a category file; problems go to `errors` and parsing goes on with the next line, so
/// `lexicon check` can report them all.
fn parse_category_file(
    file: &LexiconFile,
    errors: &mut Vec<LexiconError>,
    trust: Trust,
) -> Option<(Category, Vec<PendingEntry>)> {
    let mut draft = CategoryDraft::default();
    for (number, line) in content_lines(file.text.trim_start_matches('\u{feff}')) {
        if let Err(error) = category_line(&mut draft, &file.path, number, line, trust) {
            errors.push(error);
        }
    }
    let missing: Vec<&str> = [("@name", draft.name.is_none()), ("@question", draft.question.is_none())]
        .into_iter()
        .filter_map(|(key, absent)| absent.then_some(key))
        .collect();
    if !missing.is_empty() {
        errors.push(LexiconError::at(
            &file.path,
            1,
            format!(
                "missing {}: a category file must start with @name and @question",
                missing.join(" and ")
            ),
        ));
        return None;
    }
    let stem = Path::new(&file.path)
        .file_stem()
        .map(|s| s.to_string_lossy().to_uppercase())
        .unwrap_or_default();
    let category = Category {
        label: draft.label.unwrap_or(stem),
        name: draft.name.unwrap_or_default(),
        question: draft.question.unwrap_or_default(),
        order: draft.order.unwrap_or(100),
        path: file.path.clone(),
        aliases: draft.aliases,
    };
    Some((category, draft.entries))
}

fn category_line(
    draft: &mut CategoryDraft,
    path: &str,
    number: usize,
    line: &str,
    trust: Trust,
) -> Result<(), LexiconError> {
    let error = |message: String| LexiconError::at(path, number, message);
    plain_text(line).map_err(error)?;
    if let Some(meta) = line.strip_prefix('@') {
        let (key, value) = split_meta(meta);
        if value.is_empty() {
            return Err(error(format!("@{} needs a value", visible_key(key))));
        }
        if matches!(key, "name" | "question" | "label" | "order") {
            given_once(&mut draft.given, key, path, number).map_err(error)?;
        }
        match key {
            "name" => draft.name = Some(value.to_string()),
            "question" => draft.question = Some(value.to_string()),
            "label" => draft.label = Some(value.to_string()),
            "aliases" => {
                for alias in value.split(',').map(str::trim) {
                    if normalize(alias).is_empty() {
                        return Err(error(format!(
                            "@aliases lists roles separated by commas; {alias:?} has no letters"
                        )));
                    }
                    if role_key(alias) == NO_ROLE {
                        return Err(error(format!(
                            "@aliases cannot hold {NO_ROLE:?}: it means \"no role\" wherever a role is expected"
                        )));
                    }
                    draft.aliases.push(alias.to_string());
                }
            }
            "order" => {
                let order = value
                    .parse()
                    .map_err(|_| error(format!("@order takes a whole number, not {}", excerpt(value))))?;
                draft.order = Some(order);
            }
            _ => {
                return Err(error(format!(
                    "unknown metadata @{}; a category file knows @name, @question, @label, @aliases and @order",
                    visible_key(key)
                )));
            }
        }
    } else if let Some(header) = parse_section_header(line) {
        draft.section = Some(match header {
            "terms" => Section::Terms,
            "context" => Section::Context,
            "scoped" => Section::Scoped,
            _ => {
                return Err(error(format!(
                    "unknown section [{}]; a category file has [terms], [context] and [scoped]",
                    visible_key(header)
                )));
            }
        });
    } else {
        let section = draft.section.unwrap_or(Section::Terms);
        draft.entries.push(parse_entry(line, section, path, number, trust)?);
    }
    Ok(())
}

/// A once-only metadata key or setting, and the file and line that gave it.
struct Given {
    key: String,
    path: String,
    line: usize,
}

/// Records that metadata or a setting `key` is given at `path:line`; refuses a second one,
/// which would otherwise replace the first without a word.
fn given_once(given: &mut Vec<Given>, key: &str, path: &str, line: usize) -> Result<(), String> {
    if let Some(first) = given.iter().find(|g| g.key == key) {
        let place = if first.path == path {
            format!("on line {}", first.line)
        } else {
            format!("in {} on line {}", first.path, first.line)
        };
        return Err(format!("@{key} is already given {place}; give it once"));
    }
    given.push(Given {
        key: key.to_string(),
        path: path.to_string(),
        line,
    });
    Ok(())
}

/// Parses a rules file into `settings` and entries; problems go to `errors`.
fn parse_rules_file(
    file: &LexiconFile,
    settings: &mut Settings,
    given: &mut Vec<Given>,
    errors: &mut Vec<LexiconError>,
    trust: Trust,
) -> Vec<PendingEntry> {
    let mut draft = RulesDraft {
        settings,
        given,
        section: None,
        entries: Vec::new(),
    };
    for (number, line) in content_lines(file.text.trim_start_matches('\u{feff}')) {
        if let Err(error) = rules_line(&mut draft, &file.path, number, line, trust) {
            errors.push(error);
        }
    }
    draft.entries
}

/// What a rules file has declared so far, and the settings every rules file shares.
struct RulesDraft<'a> {
    settings: &'a mut Settings,
    given: &'a mut Vec<Given>,
    section: Option<Section>,
    entries: Vec<PendingEntry>,
}

fn rules_line(
    draft: &mut RulesDraft<'_>,
    path: &str,
    number: usize,
    line: &str,
    trust: Trust,
) -> Result<(), LexiconError> {
    let RulesDraft {
        settings,
        given,
        section,
        entries,
    } = draft;
    let error = |message: String| LexiconError::at(path, number, message);
    plain_text(line).map_err(error)?;
    if let Some(meta) = line.strip_prefix('@') {
        let (key, value) = split_meta(meta);
        let number_value = || -> Result<f64, LexiconError> {
            value
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && *v >= 0.0)
                .ok_or_else(|| error(format!("@{key} takes a number ≥ 0, not {}", excerpt(value))))
        };
        let share = || -> Result<f64, LexiconError> {
            match number_value()? {
                share if share <= 1.0 => Ok(share),
                _ => Err(error(format!(
                    "@{key} is a share: a number from 0 to 1, not {}",
                    excerpt(value)
                ))),
            }
        };
        if matches!(
            key,
            "min_score"
                | "hybrid_margin"
                | "hedge_factor"
                | "min_evidence"
                | "min_matched"
                | "max_hands_on"
                | "negation_window"
        ) {
            given_once(given, key, path, number).map_err(error)?;
        }
        match key {
            "min_score" => settings.min_score = number_value()?,
            "hybrid_margin" => settings.hybrid_margin = share()?,
            "hedge_factor" => settings.hedge_factor = share()?,
            "min_evidence" => settings.min_evidence = number_value()?,
            "min_matched" => settings.min_matched = share()?,
            "max_hands_on" => settings.max_hands_on = number_value()?,
            "negation_window" => {
                settings.negation_window = value
                    .parse()
                    .map_err(|_| error(format!("@negation_window takes a whole number, not {}", excerpt(value))))?
            }
            _ => {
                return Err(error(format!(
                    "unknown setting @{}; a rules file knows @min_score, @min_evidence, @min_matched, @max_hands_on, @hybrid_margin, @hedge_factor and @negation_window",
                    visible_key(key)
                )));
            }
        }
    } else if let Some(header) = parse_section_header(line) {
        *section = Some(match header {
            "negation" => Section::Negation,
            "hedge" => Section::Hedge,
            "clause breaks" => Section::ClauseBreak,
            "negation exceptions" => Section::NegationException,
            "scoped" => Section::Scoped,
            "none" => Section::Ic,
            _ => {
                return Err(error(format!(
                    "unknown section [{}]; a rules file has [negation], [negation exceptions], [hedge], [clause breaks], [scoped] and [none]",
                    visible_key(header)
                )));
            }
        });
    } else {
        let Some(section) = *section else {
            return Err(error(
                "entry before any section; start with [negation], [negation exceptions], [hedge], [clause breaks], [scoped] or [none]".into(),
            ));
        };
        entries.push(parse_entry(line, section, path, number, trust)?);
    }
    Ok(())
}

fn split_meta(meta: &str) -> (&str, &str) {
    match meta.split_once(char::is_whitespace) {
        Some((key, value)) => (key, value.trim()),
        None => (meta, ""),
    }
}

fn parse_section_header(line: &str) -> Option<&str> {
    line.strip_prefix('[')?.strip_suffix(']').map(str::trim)
}

/// Parses one entry line: `PATTERN [= WEIGHT]`.
/// Whether a lexicon's regex syntax is parsed (and so checked) while loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trust {
    /// A user's files: parse every regex, report problems with their line.
    User,
    /// The embedded files: checked by the tests, planned by build.rs.
    Builtin,
}

fn parse_entry(
    line: &str,
    section: Section,
    path: &str,
    number: usize,
    trust: Trust,
) -> Result<PendingEntry, LexiconError> {
    let error = |message: String| LexiconError::at(path, number, message);
    let (text, weight) = match line.rsplit_once('=') {
        Some((text, weight)) if !text.trim_start().starts_with('/') || text.trim_end().ends_with('/') => {
            let text_part = text.trim();
            let regex = text_part.len() >= 2 && text_part.starts_with('/') && text_part.ends_with('/');
            if !regex && text_part.contains('=') {
                return Err(error(
                    "more than one `=`: an entry is `TEXT = WEIGHT`, with one `=` (a `=` inside an entry belongs in a /regular expression/)".into(),
                ));
            }
            let weight = weight.trim();
            let value: f64 = weight
                .parse()
                .map_err(|_| error(format!("weight {} is not a number", excerpt(weight))))?;
            if !(value > 0.0 && value <= MAX_WEIGHT) {
                return Err(error(format!(
                    "weight {} is out of range: use a number above 0 and at most {MAX_WEIGHT}",
                    visible_key(weight)
                )));
            }
            (text.trim(), value)
        }
        _ => (line, 1.0),
    };
    if text.is_empty() {
        return Err(error("entry has no text before its weight".into()));
    }
    let pattern = if text.len() >= 2 && text.starts_with('/') && text.ends_with('/') {
        let source = &text[1..text.len() - 1];
        if source.trim().is_empty() {
            return Err(error("empty regular expression".into()));
        }
        if source.len() > MAX_REGEX_BYTES && trust == Trust::User {
            return Err(error(format!(
                "regular expression is {} bytes long, over the {MAX_REGEX_BYTES} a lexicon entry may be; split it into several entries",
                source.len()
            )));
        }
        if trust == Trust::Builtin {
            Pattern::Regex(source.to_string().into(), None)
        } else {
            let hir = regex_syntax::Parser::new().parse(source).map_err(|e| {
                let detail = e.to_string();
                let last = detail
                    .lines()
                    .rev()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("invalid")
                    .trim()
                    .to_string();
                let last = last.strip_prefix("error: ").unwrap_or(&last);
                error(format!("regular expression does not compile: {last}"))
            })?;
            if hir.properties().minimum_len() == Some(0) {
                return Err(error(
                    "regular expression matches empty text; it would match every line".into(),
                ));
            }
            // One that parses may still be too big to compile: it would never match.
            if let Err(why) = crate::matcher::compile_regex(source, Some(&hir)) {
                return Err(error(format!(
                    "regular expression does not compile: too big ({}); make it smaller (e.g. fewer repetitions of \\w)",
                    why.lines().next().unwrap_or("too big")
                )));
            }
            Pattern::Regex(source.to_string().into(), Some(Box::new(hir)))
        }
    } else if let Some(stem) = text.strip_suffix('*') {
        if stem.contains('*') {
            return Err(error("a stem has one `*`, at its end (e.g. `coordinat*`)".into()));
        }
        let normalized = normalize(stem);
        if normalized.is_empty() || stem.ends_with(char::is_whitespace) {
            return Err(error(format!(
                "stem {} needs letters right before its `*`",
                excerpt(text)
            )));
        }
        Pattern::Stem(normalized.into())
    } else {
        if text.contains('*') {
            return Err(error(
                "`*` may only end a stem (e.g. `coordinat*`); use /regex/ for more".into(),
            ));
        }
        if text.starts_with('/') {
            return Err(error("a regular expression must end with `/`".into()));
        }
        let quoted = text.len() >= 2 && text.starts_with('"') && text.ends_with('"');
        if !quoted && (text.starts_with('"') || text.ends_with('"')) {
            return Err(error(format!(
                "entry {} has one double quote: quote the whole entry (\"program\") to match it as written",
                excerpt(text)
            )));
        }
        let inner = if quoted { &text[1..text.len() - 1] } else { text };
        if inner.contains('"') {
            return Err(error(format!(
                "entry {} has a double quote inside: only the whole entry can be quoted",
                excerpt(text)
            )));
        }
        let normalized = normalize(inner);
        if normalized.is_empty() {
            return Err(error(format!("entry {} has no letters or digits", excerpt(text))));
        }
        if quoted {
            Pattern::Quoted(normalized.into())
        } else {
            Pattern::Words(normalized.into())
        }
    };
    Ok(PendingEntry {
        text: text.to_string(),
        pattern,
        weight,
        section,
        origin: Origin {
            path: path.to_string().into(),
            line: number,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> LexiconFile {
        LexiconFile {
            path: path.into(),
            text: text.into(),
        }
    }

    fn category(text: &str) -> Result<Lexicon, LexiconError> {
        Lexicon::parse(&[file("x/pm.lex", text)])
    }

    #[test]
    fn builtin_lexicon_loads_with_three_roles() {
        let lexicon = Lexicon::builtin().expect("builtin lexicon parses");
        let labels: Vec<&str> = lexicon.categories.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["PM", "EM", "TPM"]);
    }

    #[test]
    fn parses_metadata_sections_and_all_entry_forms() {
        let lexicon = category(
            "@name Product Manager\n@question what/why\n# comment\nroadmap = 2\nproduct vision\nprioriti* = 1.5\n/across \\d+ teams/ = 3\n[context]\ncustomers = 0.5\n[scoped]\nlaunch*\n",
        )
        .expect("parses");
        assert_eq!(lexicon.categories[0].label, "PM");
        assert_eq!(lexicon.categories[0].question, "what/why");
        let e = &lexicon.entries;
        assert_eq!(e.len(), 6);
        assert!(matches!(&e[0].pattern, Pattern::Words(w) if w == "roadmap"));
        assert_eq!(e[0].weight, 2.0);
        assert!(matches!(&e[1].pattern, Pattern::Words(w) if w == "product vision"));
        assert_eq!(e[1].weight, 1.0);
        assert!(matches!(&e[2].pattern, Pattern::Stem(s) if s == "prioriti"));
        assert!(matches!(&e[3].pattern, Pattern::Regex(..)));
        assert_eq!(e[4].effect, Effect::Context(0));
        assert_eq!(e[5].effect, Effect::Scoped(Some(0)));
        assert_eq!(e[3].origin.line, 7);
    }

    #[test]
    fn missing_metadata_is_an_error_naming_the_file() {
        let err = category("roadmap\n").expect_err("no @name");
        assert_eq!(err.path, "x/pm.lex");
        assert!(err.message.contains("@name"), "{err}");
        let err = category("@name Product Manager\nroadmap\n").expect_err("no @question");
        assert!(err.message.contains("@question"), "{err}");
    }

    #[test]
    fn malformed_entries_name_their_line() {
        let head = "@name P\n@question q\n";
        for (body, needle) in [
            ("roadmap = heavy\n", "not a number"),
            ("roadmap = 0\n", "out of range"),
            ("roadmap = 11\n", "out of range"),
            ("/across (teams/\n", "does not compile"),
            ("/a*/\n", "matches empty text"),
            ("co*ord\n", "`*` may only end"),
            ("--- \n", "no letters"),
            ("[people]\n", "unknown section"),
            ("@colour red\n", "unknown metadata"),
        ] {
            let err = category(&format!("{head}{body}")).expect_err(body);
            assert_eq!(err.line, 3, "{body:?} → {err}");
            assert!(err.message.contains(needle), "{body:?} → {err}");
            assert!(err.to_string().starts_with("x/pm.lex:3: "), "{err}");
        }
    }

    #[test]
    fn rules_file_sets_settings_and_cues() {
        let lexicon = Lexicon::parse(&[
            file("l/pm.lex", "@name P\n@question q\nroadmap\n"),
            file("l/m.rules", "@min_score 2\n@hybrid_margin 0.2\n[negation]\nnot\n[hedge]\nhelped\n[none]\nfixed = 2\n[scoped]\nmigration\n"),
        ])
        .expect("parses");
        assert_eq!(lexicon.settings.min_score, 2.0);
        assert_eq!(lexicon.settings.hybrid_margin, 0.2);
        let effects: Vec<Effect> = lexicon.entries.iter().map(|e| e.effect).collect();
        assert_eq!(
            effects,
            [
                Effect::Term(0),
                Effect::Negation,
                Effect::Hedge,
                Effect::Ic,
                Effect::Scoped(None)
            ]
        );
    }

    #[test]
    fn a_rules_entry_outside_a_section_is_an_error() {
        let err = Lexicon::parse(&[file("l/pm.lex", "@name P\n@question q\n"), file("l/m.rules", "not\n")])
            .expect_err("no section");
        assert_eq!((err.path.as_str(), err.line), ("l/m.rules", 1));
    }

    #[test]
    fn categories_follow_order_then_file_name_and_labels_are_unique() {
        let lexicon = Lexicon::parse(&[
            file("l/a.lex", "@name A\n@question q\n"),
            file("l/b.lex", "@name B\n@question q\n@order 1\n"),
        ])
        .expect("parses");
        let labels: Vec<&str> = lexicon.categories.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["B", "A"]);
        let err = Lexicon::parse(&[
            file("l/a.lex", "@name A\n@question q\n@label X\n"),
            file("l/b.lex", "@name B\n@question q\n@label x\n"),
        ])
        .expect_err("duplicate label");
        assert!(err.message.contains("already used"), "{err}");
    }

    #[test]
    fn no_category_file_is_an_error() {
        let err = Lexicon::parse(&[file("l/m.rules", "[negation]\nnot\n")]).expect_err("no categories");
        assert!(err.message.contains("no category file"), "{err}");
    }

    #[test]
    fn liwc_dictionaries_become_categories() {
        let dic = "%\n1\tpm\n02\tem\n%\nroadmap\t1\nmanag*\t1 2\none on one\t2\n";
        let lexicon = Lexicon::parse_liwc(&file("x/roles.dic", dic)).expect("parses");
        let labels: Vec<&str> = lexicon.categories.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["PM", "EM"]);
        let effects: Vec<Effect> = lexicon.entries.iter().map(|e| e.effect).collect();
        assert_eq!(
            effects,
            [Effect::Term(0), Effect::Term(0), Effect::Term(1), Effect::Term(1)]
        );
        assert!(matches!(&lexicon.entries[1].pattern, Pattern::Stem(s) if s == "manag"));
        // LIWC words are matched as written: no families.
        assert!(matches!(&lexicon.entries[3].pattern, Pattern::Quoted(w) if w == "one on one"));
    }

    #[test]
    fn liwc_errors_name_their_line() {
        for (dic, line, needle) in [
            ("roadmap\t1\n", 1, "must start with a `%`"),
            ("%\n1 pm\n", 1, "not closed"),
            ("%\n1 pm\nroadmap\t1\n", 3, "is not a number"),
            ("%\n1 pm\n%\nroadmap\t3\n", 4, "category 3 is not declared"),
            ("%\n1 pm\n%\nroadmap\n", 4, "followed by category numbers"),
            ("%\n1 pm\n%\nlike\t1 (02 131)53\n", 4, "conditional"),
        ] {
            let err = Lexicon::parse_liwc(&file("x/r.dic", dic)).expect_err(dic);
            assert_eq!(err.line, line, "{dic:?}: {err}");
            assert!(err.message.contains(needle), "{dic:?}: {err}");
        }
    }

    #[test]
    fn metadata_and_settings_are_given_once() {
        let err = category("@name P\n@label PM\n@question q\n@label XX\nroadmap\n").expect_err("second @label");
        assert_eq!(err.line, 4, "{err}");
        assert!(err.message.contains("@label is already given on line 2"), "{err}");
        let pm = file("x/pm.lex", "@name P\n@question q\nroadmap\n");
        let one = file("x/a.rules", "@min_score 0.6\n");
        let two = file("x/b.rules", "\n@min_score 2\n");
        let err = Lexicon::parse(&[pm.clone(), one.clone(), two]).expect_err("second @min_score");
        assert_eq!((err.path.as_str(), err.line), ("x/b.rules", 2), "{err}");
        assert!(err.message.contains("in x/a.rules on line 1"), "{err}");
        let lexicon = Lexicon::parse(&[pm.clone(), one]).expect("one @min_score");
        assert_eq!(lexicon.settings.min_score, 0.6);
        // A ratio, not a share: above 1 is what it is for.
        let ratio = file("x/r.rules", "@max_hands_on 1.5\n");
        let lexicon = Lexicon::parse(&[pm.clone(), ratio]).expect("@max_hands_on");
        assert_eq!(lexicon.settings.max_hands_on, 1.5);
        let negative = file("x/r.rules", "@max_hands_on -1\n");
        let err = Lexicon::parse(&[pm.clone(), negative]).expect_err("negative");
        assert!(err.message.contains("a number ≥ 0"), "{err}");
        for (setting, value) in [("hybrid_margin", "1.5"), ("hedge_factor", "2"), ("min_matched", "40")] {
            let rules = file("x/m.rules", &format!("@{setting} {value}\n"));
            let err = Lexicon::parse(&[pm.clone(), rules]).expect_err(setting);
            assert!(err.message.contains("a number from 0 to 1"), "{setting}: {err}");
        }
    }

    #[test]
    fn regular_expressions_are_refused_by_size_before_they_are_parsed() {
        let long = format!("@name P\n@question q\n/({})/\n", vec!["abc"; 5000].join("|"));
        let err = category(&long).expect_err("one long regex");
        assert_eq!(err.line, 3, "{err}");
        assert!(err.message.contains("over the 16384"), "{err}");
        let one = format!("/({})/ = 2\n", vec!["abc"; 900].join("|"));
        let many = format!("@name P\n@question q\n{}", one.repeat(200));
        let err = category(&many).expect_err("regexes past the budget");
        assert!(err.line > 3 && err.line < 203, "{err}");
        assert!(err.message.contains("add up to more than 512 KiB"), "{err}");
        assert!(category(&format!("@name P\n@question q\n{}", one.repeat(20))).is_ok());
    }

    #[test]
    fn a_quoted_entry_is_matched_as_written() {
        let lexicon = category("@name P\n@question q\n\"Program\" = 2\n\"product area\"\nprogram\n").expect("parses");
        let e = &lexicon.entries;
        assert!(matches!(&e[0].pattern, Pattern::Quoted(w) if w == "program"));
        assert_eq!(e[0].weight, 2.0);
        assert_eq!(e[0].text, "\"Program\"");
        assert!(matches!(&e[1].pattern, Pattern::Quoted(w) if w == "product area"));
        assert!(matches!(&e[2].pattern, Pattern::Words(w) if w == "program"));
        assert_ne!(e[0].pattern.key(), e[2].pattern.key());
        for (body, needle) in [
            ("\"program\n", "one double quote"),
            ("program\"\n", "one double quote"),
            ("\"say \"no\"\"\n", "double quote inside"),
            ("\"\"\n", "no letters"),
            ("\"coordinat*\"\n", "`*` may only end"),
        ] {
            let err = category(&format!("@name P\n@question q\n{body}")).expect_err(body);
            assert!(err.message.contains(needle), "{body:?} → {err}");
        }
    }

    #[test]
    fn roles_are_found_by_label_name_alias_and_after_a_seniority_word() {
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let label = |written: &str| lexicon.find_role(written).map(|i| lexicon.categories[i].label.as_str());
        for (written, expected) in [
            ("PM", "PM"),
            ("pm", "PM"),
            ("Product Manager", "PM"),
            ("product", "PM"),
            ("EM", "EM"),
            ("Engineering Manager", "EM"),
            ("eng manager", "EM"),
            ("Eng-Manager", "EM"),
            ("TPM", "TPM"),
            ("Technical Program Manager", "TPM"),
            ("program manager", "TPM"),
            ("Senior Product Manager", "PM"),
            ("Sr. Engineering Manager", "EM"),
            ("Staff TPM", "TPM"),
            ("Product Manager II", "PM"),
            ("TPM 3", "TPM"),
            ("Engineering Manager M2", "EM"),
            ("PM # acting, until March", "PM"),
        ] {
            assert_eq!(label(written), Some(expected), "{written}");
        }
        for written in ["cto", "none", "", "manager", "senior", "ii"] {
            assert_eq!(label(written), None, "{written}");
        }
        for written in [
            "none",
            "None # for now",
            "IC",
            "individual contributor",
            "Software Engineer II",
            "Staff Designer",
            "data scientist",
        ] {
            assert!(means_no_role(written), "{written}");
        }
        for written in ["PM", "Engineering Manager", "engineering", "", "Design Manager"] {
            assert!(!means_no_role(written), "{written}");
        }
        let accepted = lexicon.accepted_roles();
        assert!(accepted.starts_with("PM (Product Manager, product"), "{accepted}");
    }

    #[test]
    fn aliases_must_name_one_category_and_never_none() {
        let err = Lexicon::parse(&[
            file(
                "l/pm.lex",
                "@name Product Manager\n@question q\n@aliases product, lead\n",
            ),
            file(
                "l/em.lex",
                "@name Engineering Manager\n@question q\n@aliases manager, Lead\n",
            ),
        ])
        .expect_err("clash");
        assert_eq!((err.path.as_str(), err.line), ("l/pm.lex", 3), "{err}");
        assert!(
            err.message.contains("\"Lead\" already names EM") || err.message.contains("\"lead\" already names EM"),
            "{err}"
        );
        let err = category("@name P\n@question q\n@aliases product, None\n").expect_err("none");
        assert_eq!(err.line, 3);
        let err = category("@name P\n@question q\n@aliases product, ,\n").expect_err("empty");
        assert!(err.message.contains("no letters"), "{err}");
        let lexicon = category("@name P\n@question q\n@aliases one, two words\n").expect("parses");
        assert_eq!(lexicon.categories[0].aliases, ["one", "two words"]);
    }

    #[test]
    fn a_weight_sign_inside_a_regex_is_part_of_the_regex() {
        let lexicon = category("@name P\n@question q\n/a=b/\n").expect("parses");
        assert_eq!(lexicon.entries[0].weight, 1.0);
    }
}
