//! `rolemap lexicon fit`: labeled lines → weights fitted to them (and, with `--grow`, new terms),
//! a lexicon folder that holds them, cross-validated figures, and proposals for new terms.
//!
//! Every organisation writes about the same work in its own words, so a lexicon written
//! elsewhere misses some of theirs and over-trusts others. A few hundred labeled lines are
//! enough to re-weigh the entries that already exist: which entries a line hits, after negation,
//! hedges and scope, does not depend on the weights, so the classifier's score for each role is a
//! linear function of them, and the weights can be fitted like those of a multinomial logistic
//! regression. What is fitted is exactly what the classifier runs: each entry's weight in the
//! category it is written in (an entry written in two categories has a weight in each), the IC
//! vocabulary's weights, and the minimum score.
//!
//! A weight moves only on evidence from more than one source (one organisation's pet phrase
//! cannot pull it), and an L2 penalty keeps it near the weight a person gave it. `--grow` also
//! tries the words and two-word phrases that no entry matches, in every category and as IC
//! vocabulary, starting from nothing; those that earn a weight join the lexicon. The figure that
//! says how well this generalises is cross-validated with folds grouped by source: the lines of
//! one source are never both fitted on (terms grown included) and scored.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::activity;
use crate::classify::{Classifier, top_category};
use crate::eval::{self, LabeledLine};
use crate::lexicon::{Effect, Entry, Lexicon, LexiconFile, MAX_WEIGHT, Origin, Pattern, RULES_EXTENSION};
use crate::normalize::normalize;

/// The smallest weight a fit gives an entry that was already there (a lexicon weight must be
/// above 0).
pub const MIN_FITTED_WEIGHT: f64 = 0.1;
/// A grown term is kept in a category only with at least this weight.
pub const MIN_GROWN_WEIGHT: f64 = 0.2;
/// The range the minimum score is fitted in.
const MIN_SCORE_RANGE: (f64, f64) = (0.5, 5.0);
/// How sharply the fitted scores separate the classes in the loss (the inverse temperature of
/// the softmax over role scores and the "no role" score). Chosen by cross-validation on the
/// real-text corpus (0.5, 1 and 2 tried; the differences are within a point).
const SHARPNESS: f64 = 2.0;
/// How much a large source is damped: each line weighs 1 / (lines of its source)^this, so a
/// page or resume with many lines does not outvote the others (0: no damping; 1: every source
/// weighs the same). Chosen like [`SHARPNESS`].
const SOURCE_DAMPING: f64 = 0.5;
/// Gradient steps of the optimiser.
const STEPS: usize = 600;
/// Its step size.
const LEARNING_RATE: f64 = 0.05;
/// At most this many sources: leave one source out at a time instead of grouping sources into
/// folds.
const LEAVE_ONE_OUT_MAX: usize = 10;
/// A grown term must be used, with none of its words matched by an entry, in at least this many
/// labeled lines…
const GROW_MIN_LINES: usize = 3;
/// …of at least this many sources.
const GROW_MIN_SOURCES: usize = 2;
/// At most this many terms are tried when growing (the most frequent).
const GROW_MAX_CANDIDATES: usize = 3000;
/// Weights are written with this many decimals.
const DECIMALS: i32 = 2;
/// How much the term proposals' Dirichlet prior weighs, as a fraction of the labeled data.
const PRIOR_STRENGTH: f64 = 0.1;
/// A comment line written above every entry whose weight a fit changed or added.
const FIT_COMMENT: &str = "# fit:";

/// How to fit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FitOptions {
    /// Cross-validation folds (when there are more sources than [`LEAVE_ONE_OUT_MAX`], or no
    /// sources at all).
    pub folds: usize,
    /// Strength of the L2 penalty that keeps each weight near its starting value (and a grown
    /// term's near 0).
    pub l2: f64,
    /// Term proposals printed per category.
    pub proposals: usize,
    /// Whether the minimum score is fitted too.
    pub fit_min_score: bool,
    /// Whether terms no entry matches are tried and added when they earn a weight.
    pub grow: bool,
}

impl Default for FitOptions {
    fn default() -> Self {
        FitOptions {
            folds: 5,
            l2: 0.02,
            proposals: 15,
            fit_min_score: true,
            grow: false,
        }
    }
}

/// A labeled file given to the fit: its name and rows.
#[derive(Debug, Clone)]
pub struct LabeledFile {
    /// The file as named on the command line.
    pub name: String,
    /// Its rows.
    pub rows: Vec<LabeledLine>,
}

/// One labeled line as the fit sees it.
#[derive(Debug, Clone)]
struct Line {
    /// Index into the files given.
    file: usize,
    /// Its class: a category index, or the number of categories for `none`.
    class: usize,
    /// Its evidence unit: the source (the file, for a file without sources among files with
    /// them; the line, when nothing names sources).
    group: usize,
    /// The activity text, as `eval` classifies it (`None`: the row holds no activity).
    text: Option<String>,
}

/// A labeled line reduced to what the weights act on.
#[derive(Debug, Clone, Default)]
struct Row {
    /// Role features: (parameter, category credited, multiplier after negation and hedges).
    roles: Vec<(usize, usize, f64)>,
    /// IC features: (parameter, multiplier).
    ic: Vec<(usize, f64)>,
    /// The normalised words, for growing and proposing terms.
    words: Vec<String>,
    /// Whether some entry (scored or IC) matched each word.
    covered: Vec<bool>,
}

/// The fitted parameters: one weight per lexicon entry seen in the lines, then the minimum score.
#[derive(Debug, Clone)]
struct Parameters {
    /// The entry each weight belongs to.
    entries: Vec<usize>,
    /// Where the optimiser starts.
    start: Vec<f64>,
    /// What the L2 penalty pulls towards: the weight a person gave, or 0 for a grown term.
    prior: Vec<f64>,
    /// The smallest value allowed.
    lower: Vec<f64>,
}

impl Parameters {
    fn min_score(&self) -> usize {
        self.entries.len()
    }
}

/// A lexicon's view of the labeled lines: a row per line and the parameters its entries give.
#[derive(Debug, Clone)]
struct Features {
    rows: Vec<Row>,
    parameters: Parameters,
}

/// The figures of one labeled file (or all of them).
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    /// The file, or `all`.
    pub file: String,
    /// Its rows.
    pub rows: usize,
    /// Macro-F1 with the starting lexicon.
    pub before: f64,
    /// Macro-F1 with a lexicon fitted on the other folds only (cross-validated).
    pub cross_validated: f64,
    /// Macro-F1 of the written lexicon on these very lines (in-sample).
    pub in_sample: f64,
}

/// A weight the fit changed.
#[derive(Debug, Clone, Serialize)]
pub struct WeightChange {
    /// The entry as written.
    pub entry: String,
    /// Its category label, or `none` for IC vocabulary.
    pub category: String,
    /// Where it is written (`file:line` of the starting lexicon).
    pub origin: String,
    /// Its starting weight.
    pub before: f64,
    /// Its fitted weight.
    pub after: f64,
    /// Labeled lines it scored in.
    pub lines: usize,
    /// Distinct sources of those lines.
    pub sources: usize,
    /// Those lines per label, e.g. `PM 8, EM 2, none 1`.
    pub labels: String,
}

/// A term `--grow` added.
#[derive(Debug, Clone, Serialize)]
pub struct GrownTerm {
    /// The words, normalised.
    pub term: String,
    /// The category it was added to, or `none` for IC vocabulary.
    pub category: String,
    /// Its fitted weight.
    pub weight: f64,
    /// Labeled lines it scored in.
    pub lines: usize,
    /// Distinct sources of those lines.
    pub sources: usize,
    /// Those lines per label.
    pub labels: String,
}

/// An entry whose lines mostly carry another label: a person may want to move it.
#[derive(Debug, Clone, Serialize)]
pub struct Misplaced {
    /// The entry as written.
    pub entry: String,
    /// Its category label, or `none` for IC vocabulary.
    pub category: String,
    /// The label most of its lines carry.
    pub mostly: String,
    /// Labeled lines it scored in.
    pub lines: usize,
    /// Distinct sources of those lines.
    pub sources: usize,
    /// Those lines per label.
    pub labels: String,
}

/// A word or phrase that separates one label from the others and no entry matches yet.
#[derive(Debug, Clone, Serialize)]
pub struct Proposal {
    /// The label it points to (`none`: hands-on IC work).
    pub category: String,
    /// The words, normalised.
    pub term: String,
    /// Log-odds ratio with an informative Dirichlet prior, as a z-score (Monroe, Colaresi &
    /// Quinn, 2008): how much more often it is used under this label than under the others.
    pub z: f64,
    /// Lines with this label that use it.
    pub count: usize,
    /// Lines with other labels that use it.
    pub elsewhere: usize,
    /// Distinct sources of the lines with this label.
    pub sources: usize,
}

/// What a fit did; also the `--format json` schema.
#[derive(Debug, Clone, Serialize)]
pub struct FitReport {
    /// Schema version.
    pub version: u32,
    /// How the cross-validation folds were made: `source` (grouped by source),
    /// `leave-one-source-out` or `line` (no sources named).
    pub grouping: String,
    /// Number of folds.
    pub folds: usize,
    /// Whether terms were grown.
    pub grow: bool,
    /// Figures per file, then for all files together.
    pub figures: Vec<Figures>,
    /// Lexicon entries that scored in some line.
    pub entries_hit: usize,
    /// Entries whose weight may move: they scored in lines of at least two sources.
    pub entries_free: usize,
    /// The minimum score before and after.
    pub min_score: (f64, f64),
    /// Every weight changed, largest change first.
    pub changes: Vec<WeightChange>,
    /// Every term grown, by category, heaviest first.
    pub grown: Vec<GrownTerm>,
    /// Entries whose lines mostly carry another label.
    pub misplaced: Vec<Misplaced>,
    /// New terms to consider, best first within each label.
    pub proposals: Vec<Proposal>,
}

/// The fitted lexicon and the report.
#[derive(Debug)]
pub struct Fitted {
    /// The lexicon files to write, named as the starting ones (file name only).
    pub files: Vec<LexiconFile>,
    /// What was done.
    pub report: FitReport,
}

/// Fits `lexicon` (whose files are `source_files`) to the labeled `files`.
pub fn fit(
    lexicon: &Lexicon,
    source_files: &[LexiconFile],
    files: &[LabeledFile],
    options: &FitOptions,
) -> anyhow::Result<Fitted> {
    let categories = lexicon.categories.len();
    let (lines, by_source) = lines_of(files);
    if lines.is_empty() {
        anyhow::bail!("no labeled lines to fit");
    }
    let groups = lines.iter().map(|l| l.group).max().map_or(0, |g| g + 1);
    let all: Vec<usize> = (0..lines.len()).collect();
    let before = predict_lines(lexicon, &lines);

    // Cross-validation: fit on the other folds, predict the held-out one.
    let (grouping, fold_of) = folds(&lines, groups, by_source, options.folds);
    let fold_count = fold_of.iter().max().map_or(0, |f| f + 1);
    let mut held_out = vec![None; lines.len()];
    for fold in 0..fold_count {
        let train: Vec<usize> = all.iter().copied().filter(|&i| fold_of[i] != fold).collect();
        let fitted = fit_on(lexicon, &lines, &train, options);
        let test: Vec<usize> = all.iter().copied().filter(|&i| fold_of[i] == fold).collect();
        let mut classifier = Classifier::new(&fitted, 0);
        for i in test {
            held_out[i] = predict_line(&lines[i], &mut classifier);
        }
    }

    // The fit on every line, written out with the evidence of its own matches and loaded back.
    let fitted = fit_on(lexicon, &lines, &all, options);
    let last = extract(&fitted, &lines);
    let evidence = evidence(&lines, &last, categories);
    let by_entry = evidence_by_entry(&last.parameters, &evidence);
    let written = rewrite(lexicon, &fitted, source_files, &by_entry);
    let reloaded = Lexicon::parse(&written)
        .map_err(|e| anyhow::anyhow!("the fitted lexicon does not load ({e}); this is a bug in rolemap"))?;
    let in_sample = predict_lines(&reloaded, &lines);

    let labels = |subset: &[usize]| {
        subset
            .iter()
            .map(|&i| class_label(lines[i].class, categories))
            .collect::<Vec<_>>()
    };
    let pick =
        |predictions: &[Option<usize>], subset: &[usize]| subset.iter().map(|&i| predictions[i]).collect::<Vec<_>>();
    let figure = |file: String, subset: &[usize]| Figures {
        file,
        rows: subset.len(),
        before: eval::macro_f1_of(labels(subset), &pick(&before, subset), categories),
        cross_validated: eval::macro_f1_of(labels(subset), &pick(&held_out, subset), categories),
        in_sample: eval::macro_f1_of(labels(subset), &pick(&in_sample, subset), categories),
    };
    let mut figures: Vec<Figures> = files
        .iter()
        .enumerate()
        .map(|(index, file)| {
            let subset: Vec<usize> = all.iter().copied().filter(|&i| lines[i].file == index).collect();
            figure(file.name.clone(), &subset)
        })
        .collect();
    if files.len() > 1 {
        figures.push(figure("all".to_string(), &all));
    }

    // What changed.
    let start = extract(lexicon, &lines);
    let free = free_parameters(&lines, &start, &all);
    let changes = changes(lexicon, &fitted, &by_entry, categories);
    let grown = grown_terms(lexicon, &fitted, &by_entry, categories);
    let misplaced = misplaced(&fitted, &last.parameters, &evidence, categories, lexicon.entries.len());
    let mut proposer = Classifier::new(&fitted, 0);
    let proposals = propose(&lines, &last.rows, &mut proposer, categories, options.proposals);
    let min_index = start.parameters.min_score();
    Ok(Fitted {
        files: written,
        report: FitReport {
            version: crate::report::SCHEMA_VERSION,
            grouping: grouping.to_string(),
            folds: fold_count,
            grow: options.grow,
            figures,
            entries_hit: start.parameters.entries.len(),
            entries_free: free.iter().take(min_index).filter(|&&f| f).count(),
            min_score: (lexicon.settings.min_score, fitted.settings.min_score),
            changes,
            grown,
            misplaced,
            proposals,
        },
    })
}

/// The labeled lines of every file, and whether any names its sources.
fn lines_of(files: &[LabeledFile]) -> (Vec<Line>, bool) {
    let by_source = files.iter().any(|f| f.rows.iter().any(|r| r.source.is_some()));
    let mut groups: HashMap<String, usize> = HashMap::new();
    let mut lines = Vec::new();
    for (file_index, file) in files.iter().enumerate() {
        for row in &file.rows {
            let key = match (&row.source, by_source) {
                (Some(source), _) => format!("{}\t{source}", file.name),
                (None, true) => file.name.clone(),
                (None, false) => format!("{}\t{}", file.name, row.line),
            };
            let next = groups.len();
            let group = *groups.entry(key).or_insert(next);
            lines.push(Line {
                file: file_index,
                class: row.label.map_or(usize::MAX, |l| l),
                group,
                text: activity::parse(&row.text).activities.into_iter().next().map(|a| a.text),
            });
        }
    }
    (lines, by_source)
}

/// The class of a line for a lexicon with `categories` categories (`none` is the last).
fn class_of(line: &Line, categories: usize) -> usize {
    line.class.min(categories)
}

/// What `lexicon` says of every line, as `eval` classifies it.
fn predict_lines(lexicon: &Lexicon, lines: &[Line]) -> Vec<Option<usize>> {
    let mut classifier = Classifier::new(lexicon, 0);
    lines.iter().map(|line| predict_line(line, &mut classifier)).collect()
}

fn predict_line(line: &Line, classifier: &mut Classifier<'_>) -> Option<usize> {
    line.text.as_deref().and_then(|text| classifier.classify(text).role)
}

/// Runs `lexicon` over every labeled line and keeps, for each, the entries that scored and how
/// much of their weight the rules let through. Every entry met gets a parameter starting (and
/// pulled) at its weight.
fn extract(lexicon: &Lexicon, lines: &[Line]) -> Features {
    let mut classifier = Classifier::new(lexicon, 0);
    let mut parameter_of: HashMap<usize, usize> = HashMap::new();
    let mut entries = Vec::new();
    let mut rows = Vec::with_capacity(lines.len());
    for line in lines {
        let mut row = Row::default();
        if let Some(text) = &line.text {
            let classification = classifier.classify(text);
            let normalized = &classification.normalized;
            let mut spans = Vec::new();
            for m in &classification.matches {
                spans.push(m.span);
                let entry = &lexicon.entries[m.entry];
                let multiplier = m.weight / entry.weight;
                if multiplier <= 0.0 {
                    continue;
                }
                let mut parameter = || {
                    *parameter_of.entry(m.entry).or_insert_with(|| {
                        entries.push(m.entry);
                        entries.len() - 1
                    })
                };
                match (entry.effect, m.category) {
                    (Effect::Ic, _) => row.ic.push((parameter(), multiplier)),
                    (_, Some(category)) => row.roles.push((parameter(), category, multiplier)),
                    _ => {}
                }
            }
            let mut at = 0;
            for word in normalized.split(' ').filter(|w| !w.is_empty()) {
                let (start, end) = (at, at + word.len());
                at = end + 1;
                row.words.push(word.to_string());
                row.covered.push(spans.iter().any(|&(s, e)| s < end && start < e));
            }
        }
        rows.push(row);
    }
    let mut start: Vec<f64> = entries.iter().map(|&e| lexicon.entries[e].weight).collect();
    start.push(lexicon.settings.min_score);
    let mut lower = vec![MIN_FITTED_WEIGHT; entries.len()];
    lower.push(MIN_SCORE_RANGE.0);
    Features {
        rows,
        parameters: Parameters {
            entries,
            prior: start.clone(),
            start,
            lower,
        },
    }
}

/// Fits `base` on the lines of `train` and returns the fitted lexicon: the base's entries with
/// their fitted weights and minimum score, then (with `grow`) the terms grown, each in the
/// categories where it earned [`MIN_GROWN_WEIGHT`]. Weights are rounded as they are written.
fn fit_on(base: &Lexicon, lines: &[Line], train: &[usize], options: &FitOptions) -> Lexicon {
    let base_entries = base.entries.len();
    let pull_to_base = |features: &mut Features| {
        for (p, &e) in features.parameters.entries.iter().enumerate() {
            if e < base_entries {
                features.parameters.prior[p] = base.entries[e].weight;
            } else {
                features.parameters.prior[p] = 0.0;
            }
        }
        let min_index = features.parameters.min_score();
        features.parameters.prior[min_index] = base.settings.min_score;
    };
    if !options.grow {
        let features = extract(base, lines);
        let weights = optimise(lines, &features, train, base.categories.len(), options);
        return with_weights(base, &features.parameters, &weights, base_entries);
    }
    let first = extract(base, lines);
    let candidates = grow_candidates(lines, &first.rows, train);
    let augmented = augment(base, &candidates);
    let mut trial = extract(&augmented, lines);
    for (p, &e) in trial.parameters.entries.iter().enumerate() {
        if e >= base_entries {
            trial.parameters.start[p] = 0.0;
            trial.parameters.lower[p] = 0.0;
        }
    }
    pull_to_base(&mut trial);
    let weights = optimise(lines, &trial, train, base.categories.len(), options);
    let kept = with_weights(&augmented, &trial.parameters, &weights, base_entries);
    // The terms that earned nothing are gone, so the matches they swallowed are back: fit again
    // on what the kept lexicon really matches.
    let mut features = extract(&kept, lines);
    pull_to_base(&mut features);
    let weights = optimise(lines, &features, train, base.categories.len(), options);
    with_weights(&kept, &features.parameters, &weights, base_entries)
}

/// `lexicon` with the fitted weights (rounded) and minimum score; grown entries (from index
/// `grown_from`) below [`MIN_GROWN_WEIGHT`] or never met are dropped.
fn with_weights(lexicon: &Lexicon, parameters: &Parameters, weights: &[f64], grown_from: usize) -> Lexicon {
    let mut fitted = lexicon.clone();
    let mut met = vec![false; fitted.entries.len()];
    for (p, &e) in parameters.entries.iter().enumerate() {
        fitted.entries[e].weight = round(weights[p]);
        met[e] = true;
    }
    fitted.settings.min_score = round(weights[parameters.min_score()]);
    let mut index = 0;
    fitted.entries.retain(|entry| {
        let keep = index < grown_from || (met[index] && entry.weight >= MIN_GROWN_WEIGHT);
        index += 1;
        keep
    });
    fitted
}

/// Words and two-word phrases the training lines use where no entry matched any of their words,
/// in enough lines and sources; the most frequent first, at most [`GROW_MAX_CANDIDATES`].
fn grow_candidates(lines: &[Line], rows: &[Row], train: &[usize]) -> Vec<String> {
    let mut seen: HashMap<String, (usize, HashSet<usize>)> = HashMap::new();
    for &i in train {
        let row = &rows[i];
        let mut terms: HashSet<String> = HashSet::new();
        for n in 1..=2 {
            for (at, window) in row.words.windows(n).enumerate() {
                if row.covered[at..at + n].iter().any(|&c| c) || !is_term(window) {
                    continue;
                }
                terms.insert(window.join(" "));
            }
        }
        for term in terms {
            let (count, groups) = seen.entry(term).or_default();
            *count += 1;
            groups.insert(lines[i].group);
        }
    }
    let mut candidates: Vec<(String, usize)> = seen
        .into_iter()
        .filter(|(_, (count, groups))| *count >= GROW_MIN_LINES && groups.len() >= GROW_MIN_SOURCES)
        .map(|(term, (count, _))| (term, count))
        .collect();
    candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    candidates.truncate(GROW_MAX_CANDIDATES);
    candidates.into_iter().map(|(term, _)| term).collect()
}

/// Whether a run of words may be a term: it neither starts nor ends with a function word, and
/// is not only digits or single letters.
fn is_term(words: &[String]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    !STOPWORDS.contains(&first.as_str())
        && !STOPWORDS.contains(&last.as_str())
        && !words.iter().all(|w| w.bytes().all(|b| b.is_ascii_digit()))
        && !words.iter().any(|w| w.chars().count() < 2)
}

/// `base` with every candidate term added to every category and to the IC vocabulary, at weight
/// 1 (the fit starts them from 0). A term's entries share their span, so each is credited.
fn augment(base: &Lexicon, candidates: &[String]) -> Lexicon {
    let mut augmented = base.clone();
    let rules_path = base
        .entries
        .iter()
        .find(|e| matches!(e.effect, Effect::Ic))
        .map_or_else(|| format!("fit.{RULES_EXTENSION}"), |e| e.origin.path.to_string());
    for term in candidates {
        let normalized = normalize(term);
        let homes = base
            .categories
            .iter()
            .enumerate()
            .map(|(c, category)| (Effect::Term(c), category.path.clone()))
            .chain(std::iter::once((Effect::Ic, rules_path.clone())));
        for (effect, path) in homes {
            augmented.entries.push(Entry {
                text: term.clone().into(),
                pattern: Pattern::Words(normalized.clone().into()),
                weight: 1.0,
                effect,
                origin: Origin {
                    path: path.into(),
                    line: 0,
                },
            });
        }
    }
    augmented
}

/// The fold of every line, and how folds were made. Sources are kept whole: with few of them,
/// each is a fold (leave one out); with more, they are dealt to `folds` folds, largest first
/// into the smallest. Without sources, lines are dealt in turn.
fn folds(lines: &[Line], groups: usize, by_source: bool, folds: usize) -> (&'static str, Vec<usize>) {
    let folds = folds.max(2);
    if !by_source || groups < 2 {
        return ("line", (0..lines.len()).map(|i| i % folds).collect());
    }
    if groups <= LEAVE_ONE_OUT_MAX {
        return ("leave-one-source-out", lines.iter().map(|l| l.group).collect());
    }
    let mut sizes = vec![0usize; groups];
    for line in lines {
        sizes[line.group] += 1;
    }
    let mut order: Vec<usize> = (0..groups).collect();
    order.sort_by(|&a, &b| sizes[b].cmp(&sizes[a]).then(a.cmp(&b)));
    let mut load = vec![0usize; folds];
    let mut fold_of_group = vec![0usize; groups];
    for group in order {
        let lightest = (0..folds).min_by_key(|&f| (load[f], f)).unwrap_or(0);
        fold_of_group[group] = lightest;
        load[lightest] += sizes[group];
    }
    ("source", lines.iter().map(|l| fold_of_group[l.group]).collect())
}

/// Which parameters may move when fitting on `subset`: entries that scored in lines of at least
/// two evidence units (sources, or lines when no source is named), and the minimum score.
fn free_parameters(lines: &[Line], features: &Features, subset: &[usize]) -> Vec<bool> {
    let mut seen: Vec<HashSet<usize>> = vec![HashSet::new(); features.parameters.entries.len()];
    for &i in subset {
        let row = &features.rows[i];
        for p in row.roles.iter().map(|r| r.0).chain(row.ic.iter().map(|r| r.0)) {
            seen[p].insert(lines[i].group);
        }
    }
    let mut free: Vec<bool> = seen.iter().map(|groups| groups.len() >= 2).collect();
    free.push(true);
    free
}

/// The scores of a row under `weights`: per category, and the IC score.
fn scores(row: &Row, weights: &[f64], categories: usize, out: &mut Vec<f64>) -> f64 {
    out.clear();
    out.resize(categories, 0.0);
    for &(p, category, multiplier) in &row.roles {
        out[category] += weights[p] * multiplier;
    }
    row.ic.iter().map(|&(p, multiplier)| weights[p] * multiplier).sum()
}

/// What the classifier would say of a row with these weights (the fit's model of the
/// classifier, which a test holds to the real one).
#[cfg(test)]
fn predict(row: &Row, weights: &[f64], categories: usize) -> Option<usize> {
    use crate::classify::decide_role;
    let mut role_scores = Vec::with_capacity(categories);
    let ic = scores(row, weights, categories, &mut role_scores);
    decide_role(&role_scores, ic, weights[weights.len() - 1]).ok()
}

/// Fits the weights on the lines of `subset`: a softmax over the role scores and a "no role"
/// score (the larger of the minimum score and the IC score), cross-entropy weighted so each
/// label counts the same and large sources are damped, plus an L2 penalty towards each
/// parameter's prior; projected Adam steps keep every weight within its range.
fn optimise(
    lines: &[Line],
    features: &Features,
    subset: &[usize],
    categories: usize,
    options: &FitOptions,
) -> Vec<f64> {
    let parameters = &features.parameters;
    let count = parameters.start.len();
    let min_index = parameters.min_score();
    let mut free = free_parameters(lines, features, subset);
    free[min_index] = options.fit_min_score;
    // Each line's weight in the loss: every label counts the same in total, and within a label a
    // large source is damped; the weights average 1.
    let mut group_sizes: HashMap<usize, usize> = HashMap::new();
    for &i in subset {
        *group_sizes.entry(lines[i].group).or_default() += 1;
    }
    let damped = |i: usize| (group_sizes[&lines[i].group] as f64).powf(-SOURCE_DAMPING);
    let mut class_mass = vec![0.0; categories + 1];
    for &i in subset {
        class_mass[class_of(&lines[i], categories)] += damped(i);
    }
    let present = class_mass.iter().filter(|&&m| m > 0.0).count().max(1) as f64;
    let total = subset.len().max(1) as f64;
    let line_weight: HashMap<usize, f64> = subset
        .iter()
        .map(|&i| {
            (
                i,
                damped(i) / class_mass[class_of(&lines[i], categories)] * total / present,
            )
        })
        .collect();
    let mut weights = parameters.start.clone();
    let (mut first, mut second) = (vec![0.0; count], vec![0.0; count]);
    let mut gradient = vec![0.0; count];
    let mut role_scores = Vec::with_capacity(categories);
    let mut logits = vec![0.0; categories + 1];
    for step in 1..=STEPS {
        for (g, (w, prior)) in gradient.iter_mut().zip(weights.iter().zip(&parameters.prior)) {
            *g = 2.0 * options.l2 * (w - prior);
        }
        for &i in subset {
            let row = &features.rows[i];
            let class = class_of(&lines[i], categories);
            let ic = scores(row, &weights, categories, &mut role_scores);
            let min_score = weights[min_index];
            logits[..categories].copy_from_slice(&role_scores);
            let none_is_ic = ic > min_score;
            logits[categories] = if none_is_ic { ic } else { min_score };
            let top = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let mut sum = 0.0;
            for z in &mut logits {
                *z = (SHARPNESS * (*z - top)).exp();
                sum += *z;
            }
            let scale = line_weight[&i] / total * SHARPNESS;
            // d loss / d logit = sharpness × (probability − [class]).
            let residual = |k: usize, logits: &[f64]| scale * (logits[k] / sum - f64::from(u8::from(k == class)));
            for &(p, category, multiplier) in &row.roles {
                gradient[p] += residual(category, &logits) * multiplier;
            }
            let none = residual(categories, &logits);
            if none_is_ic {
                for &(p, multiplier) in &row.ic {
                    gradient[p] += none * multiplier;
                }
            } else {
                gradient[min_index] += none;
            }
        }
        // Adam, with the bias corrections folded into the step size.
        let correction = (1.0 - 0.999f64.powi(step as i32)).sqrt() / (1.0 - 0.9f64.powi(step as i32));
        for p in 0..count {
            if !free[p] {
                continue;
            }
            first[p] = 0.9 * first[p] + 0.1 * gradient[p];
            second[p] = 0.999 * second[p] + 0.001 * gradient[p] * gradient[p];
            weights[p] -= LEARNING_RATE * correction * first[p] / (second[p].sqrt() + 1e-8);
            let high = if p == min_index { MIN_SCORE_RANGE.1 } else { MAX_WEIGHT };
            weights[p] = weights[p].clamp(parameters.lower[p], high);
        }
    }
    weights
}

/// What the labeled lines say of each entry: lines per label, and distinct sources.
#[derive(Debug, Clone, Default)]
struct Evidence {
    labels: Vec<usize>,
    groups: HashSet<usize>,
}

impl Evidence {
    fn lines(&self) -> usize {
        self.labels.iter().sum()
    }

    fn describe(&self, categories: usize, lexicon: &Lexicon) -> String {
        let parts: Vec<String> = self
            .labels
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(class, n)| format!("{} {n}", label_name(lexicon, class, categories)))
            .collect();
        parts.join(", ")
    }

    /// The comment written above a changed or grown entry.
    fn comment(&self, what: &str, categories: usize, lexicon: &Lexicon) -> String {
        format!(
            "{FIT_COMMENT} {what} from {} labeled lines in {} sources ({})",
            self.lines(),
            self.groups.len(),
            self.describe(categories, lexicon)
        )
    }
}

/// The evidence of each parameter of `features`.
fn evidence(lines: &[Line], features: &Features, categories: usize) -> Vec<Evidence> {
    let mut evidence = vec![
        Evidence {
            labels: vec![0; categories + 1],
            groups: HashSet::new(),
        };
        features.parameters.entries.len()
    ];
    for (line, row) in lines.iter().zip(&features.rows) {
        let mut seen: Vec<usize> = row
            .roles
            .iter()
            .map(|r| r.0)
            .chain(row.ic.iter().map(|r| r.0))
            .collect();
        seen.sort_unstable();
        seen.dedup();
        for p in seen {
            evidence[p].labels[class_of(line, categories)] += 1;
            evidence[p].groups.insert(line.group);
        }
    }
    evidence
}

/// The evidence of each entry of the fitted lexicon (by entry index).
fn evidence_by_entry<'e>(parameters: &Parameters, evidence: &'e [Evidence]) -> HashMap<usize, &'e Evidence> {
    parameters.entries.iter().copied().zip(evidence).collect()
}

/// The starting lexicon's files with the fit written in: each changed entry gets its new weight
/// and a comment above it with the evidence, a changed minimum score goes to a rules file, and
/// grown terms are appended to their category's file (IC vocabulary to the rules file).
/// Everything else (settings, sections, comments, other files) is kept as it was.
fn rewrite(
    base: &Lexicon,
    fitted: &Lexicon,
    source_files: &[LexiconFile],
    evidence: &HashMap<usize, &Evidence>,
) -> Vec<LexiconFile> {
    let categories = base.categories.len();
    let empty = Evidence::default();
    let comment = |index: usize, what: String| {
        evidence
            .get(&index)
            .copied()
            .unwrap_or(&empty)
            .comment(&what, categories, base)
    };
    // file → line → replacement lines
    let mut edits: HashMap<&str, BTreeMap<usize, Vec<String>>> = HashMap::new();
    for (index, (entry, after)) in base.entries.iter().zip(&fitted.entries).enumerate() {
        if (after.weight - entry.weight).abs() < 0.005 {
            continue;
        }
        edits.entry(entry.origin.path.as_ref()).or_default().insert(
            entry.origin.line,
            vec![
                comment(index, format!("{} → {}", entry.weight, after.weight)),
                format!("{} = {}", entry.text, after.weight),
            ],
        );
    }
    // file → (comment, entry) of each grown term
    let mut grown: BTreeMap<&str, Vec<(String, &Entry)>> = BTreeMap::new();
    for (index, entry) in fitted.entries.iter().enumerate().skip(base.entries.len()) {
        grown
            .entry(entry.origin.path.as_ref())
            .or_default()
            .push((comment(index, "new".to_string()), entry));
    }
    let (min_before, min_after) = (base.settings.min_score, fitted.settings.min_score);
    let min_changed = (min_after - min_before).abs() >= 0.005;
    let min_comment = format!("{FIT_COMMENT} minimum score {min_before} → {min_after}");
    let mut min_written = false;
    let mut files = Vec::new();
    let mut paths: Vec<&str> = source_files.iter().map(|f| f.path.as_str()).collect();
    let rules_file = |path: &str| {
        std::path::Path::new(path)
            .extension()
            .is_some_and(|e| e == RULES_EXTENSION)
    };
    for file in source_files {
        let file_edits = edits.get(file.path.as_str());
        let is_rules = rules_file(&file.path);
        let mut lines: Vec<String> = Vec::new();
        for (index, line) in file.text.lines().enumerate() {
            let number = index + 1;
            let replacement = file_edits.and_then(|edits| edits.get(&number));
            let is_min_score = is_rules && min_changed && line.trim_start().starts_with("@min_score");
            if (replacement.is_some() || is_min_score)
                && lines.last().is_some_and(|l| l.trim_start().starts_with(FIT_COMMENT))
            {
                lines.pop();
            }
            if let Some(replacement) = replacement {
                lines.extend(replacement.iter().cloned());
            } else if is_min_score && !min_written {
                lines.push(min_comment.clone());
                lines.push(format!("@min_score {min_after}"));
                min_written = true;
            } else {
                lines.push(line.to_string());
            }
        }
        if let Some(entries) = grown.get(file.path.as_str()) {
            lines.extend(grown_block(entries, is_rules));
        }
        let mut text = lines.join("\n");
        text.push('\n');
        files.push(LexiconFile {
            path: file_name(&file.path),
            text,
        });
    }
    // Grown IC terms when the starting lexicon had no rules file.
    for (path, entries) in &grown {
        if !paths.contains(path) {
            paths.push(path);
            let mut text = grown_block(entries, true).join("\n");
            text.push('\n');
            files.push(LexiconFile {
                path: file_name(path),
                text,
            });
        }
    }
    if min_changed && !min_written {
        let setting = format!("{min_comment}\n@min_score {min_after}\n");
        match files.iter_mut().find(|f| rules_file(&f.path)) {
            Some(rules) => rules.text = format!("{setting}\n{}", rules.text),
            None => files.push(LexiconFile {
                path: format!("fit.{RULES_EXTENSION}"),
                text: setting,
            }),
        }
    }
    files
}

/// The lines that add grown entries to a file: a header, the section, and each entry.
fn grown_block(entries: &[(String, &Entry)], is_rules: bool) -> Vec<String> {
    let mut lines = vec![
        String::new(),
        "# ---------------------------------------------------------------------------".to_string(),
        "# Terms added by `rolemap lexicon fit --grow`: words of the labeled lines that no entry".to_string(),
        "# matched and that earned a weight here.".to_string(),
        "# ---------------------------------------------------------------------------".to_string(),
        if is_rules { "[none]" } else { "[terms]" }.to_string(),
    ];
    for (comment, entry) in entries {
        lines.push(comment.clone());
        lines.push(format!("{} = {}", entry.text, entry.weight));
    }
    lines
}

fn file_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

fn changes(
    base: &Lexicon,
    fitted: &Lexicon,
    by_entry: &HashMap<usize, &Evidence>,
    categories: usize,
) -> Vec<WeightChange> {
    let empty = Evidence::default();
    let mut changes: Vec<WeightChange> = base
        .entries
        .iter()
        .zip(&fitted.entries)
        .enumerate()
        .filter(|(_, (before, after))| (after.weight - before.weight).abs() >= 0.005)
        .map(|(index, (before, after))| {
            let e = by_entry.get(&index).copied().unwrap_or(&empty);
            WeightChange {
                entry: before.text.to_string(),
                category: entry_category(base, index),
                origin: before.origin.to_string(),
                before: before.weight,
                after: after.weight,
                lines: e.lines(),
                sources: e.groups.len(),
                labels: e.describe(categories, base),
            }
        })
        .collect();
    changes.sort_by(|a, b| {
        (b.after - b.before)
            .abs()
            .total_cmp(&(a.after - a.before).abs())
            .then(a.origin.cmp(&b.origin))
    });
    changes
}

fn grown_terms(
    base: &Lexicon,
    fitted: &Lexicon,
    by_entry: &HashMap<usize, &Evidence>,
    categories: usize,
) -> Vec<GrownTerm> {
    let empty = Evidence::default();
    let mut grown: Vec<GrownTerm> = (base.entries.len()..fitted.entries.len())
        .map(|index| {
            let entry = &fitted.entries[index];
            let e = by_entry.get(&index).copied().unwrap_or(&empty);
            GrownTerm {
                term: entry.text.to_string(),
                category: entry_category(fitted, index),
                weight: entry.weight,
                lines: e.lines(),
                sources: e.groups.len(),
                labels: e.describe(categories, base),
            }
        })
        .collect();
    grown.sort_by(|a, b| {
        a.category
            .cmp(&b.category)
            .then(b.weight.total_cmp(&a.weight))
            .then(a.term.cmp(&b.term))
    });
    grown
}

/// Entries (of the starting lexicon: the first `base_entries`) with lines from at least two
/// sources, most of which carry a label other than the entry's own.
fn misplaced(
    lexicon: &Lexicon,
    parameters: &Parameters,
    evidence: &[Evidence],
    categories: usize,
    base_entries: usize,
) -> Vec<Misplaced> {
    let mut found = Vec::new();
    for (p, &e) in parameters.entries.iter().enumerate() {
        if e >= base_entries {
            continue;
        }
        let entry = &lexicon.entries[e];
        let own = match entry.effect {
            Effect::Term(c) | Effect::Context(c) | Effect::Scoped(Some(c)) => c,
            Effect::Ic => categories,
            _ => continue,
        };
        let ev = &evidence[p];
        let lines = ev.lines();
        if ev.groups.len() < 2 || lines < 3 {
            continue;
        }
        let Some((mostly, n)) = top_category(&ev.labels.iter().map(|&n| n as f64).collect::<Vec<_>>()) else {
            continue;
        };
        if mostly != own && n * 2.0 > lines as f64 && ev.labels[own] * 4 <= lines {
            found.push(Misplaced {
                entry: entry.text.to_string(),
                category: entry_category(lexicon, e),
                mostly: label_name(lexicon, mostly, categories),
                lines,
                sources: ev.groups.len(),
                labels: ev.describe(categories, lexicon),
            });
        }
    }
    found.sort_by(|a, b| b.lines.cmp(&a.lines).then(a.entry.cmp(&b.entry)));
    found
}

/// Function words a proposed or grown term may not start or end with.
const STOPWORDS: &[&str] = &[
    "a", "about", "across", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being",
    "both", "but", "by", "can", "could", "do", "does", "each", "either", "etc", "for", "from", "has", "have", "he",
    "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "may", "more", "most", "must", "my", "no", "not",
    "of", "on", "one", "or", "other", "our", "out", "over", "own", "she", "should", "so", "some", "such", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "up", "us",
    "very", "was", "we", "well", "were", "what", "when", "where", "which", "while", "who", "will", "with", "within",
    "would", "you", "your",
];

/// Words and 2–3-word phrases that separate one label from the rest and no entry covers,
/// ranked by their log-odds z-score with an informative Dirichlet prior (the pooled counts of
/// all labeled lines); a term needs 3 lines and 2 sources under its label.
fn propose(
    lines: &[Line],
    rows: &[Row],
    classifier: &mut Classifier<'_>,
    categories: usize,
    per_category: usize,
) -> Vec<Proposal> {
    let lexicon = classifier.lexicon();
    // term → (lines per class, sources per class)
    let mut counts: HashMap<String, (Vec<usize>, Vec<HashSet<usize>>)> = HashMap::new();
    let mut totals = vec![0usize; categories + 1];
    for (line, row) in lines.iter().zip(rows) {
        let class = class_of(line, categories);
        let mut terms: HashSet<String> = HashSet::new();
        for n in 1..=3 {
            for window in row.words.windows(n) {
                if is_term(window) {
                    terms.insert(window.join(" "));
                }
            }
        }
        totals[class] += terms.len();
        for term in terms {
            let (lines, sources) = counts
                .entry(term)
                .or_insert_with(|| (vec![0; categories + 1], vec![HashSet::new(); categories + 1]));
            lines[class] += 1;
            sources[class].insert(line.group);
        }
    }
    let all_terms: usize = totals.iter().sum();
    let all_terms = all_terms.max(1) as f64;
    let mut proposals = Vec::new();
    for class in 0..=categories {
        let in_class = totals[class] as f64;
        if in_class == 0.0 {
            continue;
        }
        let rest = all_terms - in_class;
        let mut ranked: Vec<Proposal> = Vec::new();
        for (term, (lines, sources)) in &counts {
            let count = lines[class];
            if count < 3 || sources[class].len() < 2 {
                continue;
            }
            let total: usize = lines.iter().sum();
            let elsewhere = total - count;
            // Informative Dirichlet prior from the pooled counts: alpha_w is the term's overall
            // frequency scaled so that the prior weighs PRIOR_STRENGTH of the data.
            let alpha = PRIOR_STRENGTH * total as f64;
            let alpha_0 = PRIOR_STRENGTH * all_terms;
            let (y_c, y_r) = (count as f64, elsewhere as f64);
            let delta = ((y_c + alpha) / (in_class + alpha_0 - y_c - alpha)).ln()
                - ((y_r + alpha) / (rest + alpha_0 - y_r - alpha)).ln();
            let variance = 1.0 / (y_c + alpha) + 1.0 / (y_r + alpha);
            let z = delta / variance.sqrt();
            if z < 1.96 {
                continue;
            }
            ranked.push(Proposal {
                category: label_name(lexicon, class, categories),
                term: term.clone(),
                z: round(z),
                count,
                elsewhere,
                sources: sources[class].len(),
            });
        }
        ranked.sort_by(|a, b| b.z.total_cmp(&a.z).then(a.term.cmp(&b.term)));
        let mut kept = 0;
        for proposal in ranked {
            if kept == per_category {
                break;
            }
            if covered(&proposal.term, classifier) {
                continue;
            }
            kept += 1;
            proposals.push(proposal);
        }
    }
    proposals
}

/// Whether some lexicon entry (a word, phrase, stem or regex) already matches all of `term`.
fn covered(term: &str, classifier: &mut Classifier<'_>) -> bool {
    let classification = classifier.classify(term);
    let whole = (0, classification.normalized.len());
    classification.matches.iter().any(|m| m.span == whole)
}

fn entry_category(lexicon: &Lexicon, entry: usize) -> String {
    match lexicon.entries[entry].effect {
        Effect::Term(c) | Effect::Context(c) | Effect::Scoped(Some(c)) => lexicon.categories[c].label.clone(),
        Effect::Scoped(None) => "scoped".to_string(),
        _ => eval::NONE_LABEL.to_string(),
    }
}

fn label_name(lexicon: &Lexicon, class: usize, categories: usize) -> String {
    if class == categories {
        eval::NONE_LABEL.to_string()
    } else {
        lexicon.categories[class].label.clone()
    }
}

fn class_label(class: usize, categories: usize) -> Option<usize> {
    (class < categories).then_some(class)
}

fn round(value: f64) -> f64 {
    let scale = 10f64.powi(DECIMALS);
    (value * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon_files() -> Vec<LexiconFile> {
        let file = |path: &str, text: &str| LexiconFile {
            path: path.into(),
            text: text.into(),
        };
        vec![
            file("t/pm.lex", "@name P\n@question q\n@order 1\nroadmap = 2\nusers = 1\n"),
            file("t/em.lex", "@name E\n@question q\n@order 2\nhiring = 2\nteam = 1.5\n"),
            file("t/m.rules", "@min_score 1\n[none]\nfixed = 1\n"),
        ]
    }

    fn labeled(name: &str, text: &str, lexicon: &Lexicon) -> LabeledFile {
        LabeledFile {
            name: name.into(),
            rows: eval::parse_tsv(text, name, lexicon).expect("labeled rows parse"),
        }
    }

    /// `team` is written as EM but every source uses it for product work, next to `users`.
    fn product_team_lines() -> String {
        let mut text = String::from("label\ttext\tsource\n");
        for source in ["a", "b", "c", "d"] {
            text.push_str(&format!("PM\tteam and users\t{source}\n"));
            text.push_str(&format!("PM\tthe team listened to users\t{source}\n"));
            text.push_str(&format!("EM\thiring\t{source}\n"));
            text.push_str(&format!("PM\troadmap\t{source}\n"));
        }
        text.push_str("EM\tteam\tonly-here\n");
        text
    }

    #[test]
    fn a_misleading_weight_is_lowered_and_the_fit_is_written_back() {
        let files = lexicon_files();
        let lexicon = Lexicon::parse(&files).expect("lexicon");
        let data = labeled("lines.tsv", &product_team_lines(), &lexicon);
        let fitted = fit(&lexicon, &files, &[data], &FitOptions::default()).expect("fits");
        let changes = &fitted.report.changes;
        let team = changes.iter().find(|c| c.entry == "team").expect("team changed");
        let users = changes.iter().find(|c| c.entry == "users").expect("users changed");
        assert!(team.after < team.before, "{team:?}");
        assert!(users.after > team.after, "users {users:?} must end above team {team:?}");
        assert_eq!(team.sources, 5);
        let figures = &fitted.report.figures[0];
        assert!(figures.before < 1.0);
        assert_eq!(figures.in_sample, 1.0, "{figures:?}");
        assert!(fitted.report.grown.is_empty(), "nothing grows without --grow");
        // The written files load, keep every file, and carry the evidence.
        let names: Vec<&str> = fitted.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(names, ["pm.lex", "em.lex", "m.rules"]);
        let em = &fitted.files[1].text;
        assert!(em.contains("# fit: 1.5 → "), "{em}");
        assert!(em.contains("from 9 labeled lines in 5 sources (PM 8, EM 1)"), "{em}");
        let reloaded = Lexicon::parse(&fitted.files).expect("written lexicon loads");
        let team_entry = reloaded.entries.iter().find(|e| e.text == "team").expect("team kept");
        assert_eq!(team_entry.weight, team.after);
    }

    #[test]
    fn a_weight_seen_in_one_source_only_does_not_move() {
        let files = lexicon_files();
        let lexicon = Lexicon::parse(&files).expect("lexicon");
        let mut text = String::from("label\ttext\tsource\n");
        for _ in 0..6 {
            text.push_str("EM\troadmap\tone-org\n");
        }
        for source in ["a", "b"] {
            text.push_str(&format!("PM\tusers\t{source}\nEM\thiring\t{source}\n"));
        }
        let data = labeled("lines.tsv", &text, &lexicon);
        let fitted = fit(&lexicon, &files, &[data], &FitOptions::default()).expect("fits");
        assert!(
            fitted.report.changes.iter().all(|c| c.entry != "roadmap"),
            "{:?}",
            fitted.report.changes
        );
        assert_eq!(fitted.report.entries_free, 2);
    }

    /// Lines whose role is told by words no entry knows: `backlog` (PM) and `reports` (EM), in
    /// four sources; `lunch` appears under every label and tells nothing.
    fn unknown_words_lines() -> String {
        let mut text = String::from("label\ttext\tsource\n");
        for source in ["a", "b", "c", "d"] {
            text.push_str(&format!("PM\tgroomed the backlog after lunch\t{source}\n"));
            text.push_str(&format!("PM\tbacklog review\t{source}\n"));
            text.push_str(&format!("EM\tmet my reports at lunch\t{source}\n"));
            text.push_str(&format!("EM\treports and hiring\t{source}\n"));
            text.push_str(&format!("none\twrote code before lunch\t{source}\n"));
        }
        text
    }

    #[test]
    fn growing_adds_the_words_that_tell_roles_apart_and_only_those() {
        let files = lexicon_files();
        let lexicon = Lexicon::parse(&files).expect("lexicon");
        let data = labeled("lines.tsv", &unknown_words_lines(), &lexicon);
        let options = FitOptions {
            grow: true,
            ..FitOptions::default()
        };
        let fitted = fit(&lexicon, &files, &[data], &options).expect("fits");
        let grown: Vec<(&str, &str)> = fitted
            .report
            .grown
            .iter()
            .map(|g| (g.category.as_str(), g.term.as_str()))
            .collect();
        assert!(grown.contains(&("PM", "backlog")), "{grown:?}");
        assert!(grown.contains(&("EM", "reports")), "{grown:?}");
        assert!(!grown.iter().any(|(_, term)| *term == "lunch"), "{grown:?}");
        let figures = &fitted.report.figures[0];
        assert!(figures.in_sample > figures.before, "{figures:?}");
        assert!(
            figures.cross_validated > figures.before,
            "held-out sources gain too: {figures:?}"
        );
        let pm = &fitted.files[0].text;
        assert!(
            pm.contains("[terms]\n# fit: new from 4 labeled lines in 4 sources (PM 4)\nbacklog = "),
            "{pm}"
        );
        Lexicon::parse(&fitted.files).expect("written lexicon loads");
    }

    #[test]
    fn folds_keep_sources_whole() {
        let line = |group: usize| Line {
            file: 0,
            class: 0,
            group,
            text: None,
        };
        let lines: Vec<Line> = [0, 0, 1, 2, 2, 2, 3].into_iter().map(line).collect();
        let (kind, fold_of) = folds(&lines, 4, true, 5);
        assert_eq!(kind, "leave-one-source-out");
        assert_eq!(fold_of, [0, 0, 1, 2, 2, 2, 3]);
        let many: Vec<Line> = (0..30).map(|g| line(g / 2)).collect();
        let (kind, fold_of) = folds(&many, 15, true, 3);
        assert_eq!(kind, "source");
        for pair in fold_of.chunks(2) {
            assert_eq!(pair[0], pair[1], "a source stays in one fold");
        }
        let (kind, fold_of) = folds(&many, 15, false, 3);
        assert_eq!(kind, "line");
        assert_eq!(&fold_of[..4], [0, 1, 2, 0]);
    }

    #[test]
    fn predictions_from_features_match_the_classifier() {
        let files = lexicon_files();
        let lexicon = Lexicon::parse(&files).expect("lexicon");
        let data = labeled(
            "l.tsv",
            "PM\troadmap and hiring\nEM\tteam\nnone\tfixed the roadmap\nPM\tusers\nEM\thiring, not the roadmap\n",
            &lexicon,
        );
        let (lines, _) = lines_of(std::slice::from_ref(&data));
        let features = extract(&lexicon, &lines);
        let from_features: Vec<Option<usize>> = features
            .rows
            .iter()
            .map(|r| predict(r, &features.parameters.start, 2))
            .collect();
        assert_eq!(from_features, predict_lines(&lexicon, &lines));
    }

    #[test]
    fn proposals_name_distinctive_uncovered_terms() {
        let files = lexicon_files();
        let lexicon = Lexicon::parse(&files).expect("lexicon");
        let mut text = String::from("label\ttext\tsource\n");
        for source in ["a", "b", "c", "d"] {
            for week in 0..3 {
                text.push_str(&format!("EM\tran the skip level meetings, week {week}\t{source}\n"));
                text.push_str(&format!("PM\twrote the market brief, draft {week}\t{source}\n"));
                text.push_str(&format!("PM\tplanned the roadmap, draft {week}\t{source}\n"));
            }
        }
        let data = labeled("l.tsv", &text, &lexicon);
        let fitted = fit(&lexicon, &files, &[data], &FitOptions::default()).expect("fits");
        let terms: Vec<(&str, &str)> = fitted
            .report
            .proposals
            .iter()
            .map(|p| (p.category.as_str(), p.term.as_str()))
            .collect();
        assert!(terms.contains(&("EM", "skip level")), "{terms:?}");
        assert!(terms.contains(&("PM", "market brief")), "{terms:?}");
        assert!(
            !terms.iter().any(|(_, t)| *t == "roadmap"),
            "covered terms are not proposed"
        );
    }
}
