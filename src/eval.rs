//! `rolemap eval`: labeled lines and labeled documents → precision, recall, F1, per-source
//! figures and document verdicts.
//!
//! A lexicon is only as good as its verdicts on text it was not written from, so this measures
//! them the way users meet them: line by line (`label<TAB>text[<TAB>source]` rows), source by
//! source (so one organisation's phrasing cannot hide behind an average), and document by
//! document (the verdict a whole page, resume job or review gets). Macro-F1 is averaged over the
//! categories present (labeled or predicted): a `none` line given a role counts as a false
//! positive for that role, and `none` itself is reported as the share of none-lines left
//! unmatched.

use std::collections::HashMap;

use anyhow::{Result, bail};
use serde::Serialize;

use crate::activity::{self, Parsed};
use crate::classify::Classifier;
use crate::lexicon::Lexicon;
use crate::report::{ActivityReport, Expectation, Scores, Selection, activity_report, build_document};

/// The label of lines that no role owns.
pub const NONE_LABEL: &str = "none";

/// One labeled line of an evaluation file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabeledLine {
    /// 1-based line number in the file.
    pub line: usize,
    /// The expected category, or `None` for a none-line.
    pub label: Option<usize>,
    /// The text to classify.
    pub text: String,
    /// Where the line was taken from (the `source` column), if the file says.
    pub source: Option<String>,
}

/// Which columns of a labeled file hold what (0-based).
#[derive(Debug, Clone, Copy)]
struct Columns {
    label: usize,
    text: usize,
    source: Option<usize>,
    /// How many cells a row may have: the header's, or three without one.
    width: usize,
}

impl Columns {
    /// Without a header: label, text, then an optional source.
    const DEFAULT: Columns = Columns {
        label: 0,
        text: 1,
        source: Some(2),
        width: 3,
    };

    /// Reads a header row (one naming `label` and `text`, or starting with `label`); columns are
    /// found by name.
    fn from_header(cells: &[&str], path: &str, number: usize) -> Result<Columns> {
        let find = |name: &str| cells.iter().position(|c| c.trim().eq_ignore_ascii_case(name));
        for name in ["label", "text", "source"] {
            if cells.iter().filter(|c| c.trim().eq_ignore_ascii_case(name)).count() > 1 {
                bail!("{path}:{number}: the header names `{name}` twice; name each column once");
            }
        }
        let Some(text) = find("text") else {
            bail!("{path}:{number}: the header has no `text` column");
        };
        Ok(Columns {
            label: find("label").unwrap_or(0),
            text,
            source: find("source"),
            width: cells.len(),
        })
    }
}

/// Parses labeled rows: `label<TAB>text[<TAB>source]`, or any column order under a header row
/// naming `label`, `text` and optionally `source`. Blank lines are skipped; other columns the
/// header names are ignored, but a row with more cells than the header (or than three, without
/// one) is an error, as a tab inside the text would cut it; the label is a category label or
/// `none`, in any letter case. Errors name `path:line`.
pub fn parse_tsv(text: &str, path: &str, lexicon: &Lexicon) -> Result<Vec<LabeledLine>> {
    let mut rows = Vec::new();
    let mut columns = Columns::DEFAULT;
    let mut first = true;
    for (index, line) in activity::lines(text.trim_start_matches('\u{feff}')).enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let names = |name: &str| cells.iter().any(|c| c.trim().eq_ignore_ascii_case(name));
        if std::mem::take(&mut first)
            && names("label")
            && (names("text") || cells[0].trim().eq_ignore_ascii_case("label"))
        {
            columns = Columns::from_header(&cells, path, number)?;
            continue;
        }
        let (Some(label), Some(text)) = (cells.get(columns.label), cells.get(columns.text)) else {
            bail!("{path}:{number}: expected `label<TAB>text`, found no tab");
        };
        if cells.len() > columns.width {
            // Read as they fall, the text would be cut at a tab and the rest taken as a source
            // or dropped.
            bail!(
                "{path}:{number}: {} columns where {} are expected (a tab inside the text? replace it with a space)",
                cells.len(),
                columns.width
            );
        }
        let label = label.trim();
        let label = if label.eq_ignore_ascii_case(NONE_LABEL) {
            None
        } else {
            match lexicon.category_index(label) {
                Some(index) => Some(index),
                None => bail!(
                    "{path}:{number}: unknown label {label:?}; use one of {} or {NONE_LABEL}",
                    known_labels(lexicon)
                ),
            }
        };
        if text.trim().is_empty() {
            bail!("{path}:{number}: the text column is empty");
        }
        let source = columns
            .source
            .and_then(|c| cells.get(c))
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        rows.push(LabeledLine {
            line: number,
            label,
            text: text.trim().to_string(),
            source,
        });
    }
    Ok(rows)
}

fn known_labels(lexicon: &Lexicon) -> String {
    let known: Vec<&str> = lexicon.categories.iter().map(|c| c.label.as_str()).collect();
    known.join(", ")
}

/// The evaluation's outcome; this is also the `--format json` schema. The line figures are at
/// the top level when a labeled file was given; `documents` when `--docs` was.
#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    /// Schema version.
    pub version: u32,
    /// Figures on labeled lines.
    #[serde(flatten)]
    pub lines: Option<LineReport>,
    /// Figures on labeled documents (`--docs`), or `null`.
    pub documents: Option<DocsReport>,
}

/// Figures on labeled lines.
#[derive(Debug, Clone, Serialize)]
pub struct LineReport {
    /// The file evaluated.
    pub source: String,
    /// Number of labeled rows.
    pub rows: usize,
    /// Fraction of rows whose prediction equals the label (none included).
    pub accuracy: f64,
    /// Mean F1 over the categories present (labeled or predicted; not `none`).
    pub macro_f1: f64,
    /// Fraction of none-lines left unmatched, or `None` when there are none.
    pub none_unmatched: Option<f64>,
    /// Per-class figures, categories first, then `none`.
    pub classes: Vec<ClassMetrics>,
    /// Confusion matrix: one row per true label, counts per predicted label.
    pub confusion: Vec<ConfusionRow>,
    /// Figures per source (the file's `source` column), worst accuracy first; empty when the
    /// file has no sources.
    pub sources: Vec<SourceMetrics>,
    /// Misclassified rows, with their matches and scores (only with `--errors`).
    pub errors: Vec<EvalError>,
}

/// Precision, recall and F1 of one label.
#[derive(Debug, Clone, Serialize)]
pub struct ClassMetrics {
    /// The label.
    pub label: String,
    /// Correct predictions of this label / all predictions of it.
    pub precision: f64,
    /// Correct predictions of this label / rows labeled with it.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// Rows labeled with it.
    pub support: usize,
}

/// One row of the confusion matrix.
#[derive(Debug, Clone, Serialize)]
pub struct ConfusionRow {
    /// The true label.
    pub label: String,
    /// Counts per predicted label, in the order of [`LineReport::classes`].
    pub predicted: Vec<usize>,
}

/// How the rows of one source fared.
#[derive(Debug, Clone, Serialize)]
pub struct SourceMetrics {
    /// The source, as the file names it.
    pub source: String,
    /// The labels its rows carry, most frequent first (e.g. `["PM"]`).
    pub labels: Vec<String>,
    /// Its rows.
    pub rows: usize,
    /// Rows predicted right / rows.
    pub accuracy: f64,
    /// Rows predicted wrong.
    pub errors: usize,
    /// How many of its rows were predicted as each label, in the order of
    /// [`LineReport::classes`].
    pub predicted: Vec<usize>,
}

/// A misclassified row.
#[derive(Debug, Clone, Serialize)]
pub struct EvalError {
    /// The expected label.
    pub label: String,
    /// The predicted label (`none` when unmatched).
    pub predicted: String,
    /// The row's source, if the file names one.
    pub source: Option<String>,
    /// How the line was classified.
    pub activity: ActivityReport,
}

/// Classifies every row and scores the predictions.
pub fn evaluate(source: &str, rows: &[LabeledLine], classifier: &mut Classifier<'_>, keep_errors: bool) -> LineReport {
    let lexicon = classifier.lexicon();
    let categories = lexicon.categories.len();
    let mut predicted = Vec::with_capacity(rows.len());
    let mut errors = Vec::new();
    for row in rows {
        // A labeled line is read as a spreadsheet's cell is: no greeting or property of a page.
        let cell = activity::ParseOptions {
            cell: true,
            ..activity::ParseOptions::default()
        };
        let text = activity::parse_with(&row.text, cell)
            .activities
            .into_iter()
            .next()
            .map(|a| a.text);
        let (guess, detail) = match text {
            Some(text) => {
                let classification = classifier.classify(&text);
                let detail = activity_report(lexicon, row.line, &text, classification);
                (classification.role, Some(detail))
            }
            None => (None, None),
        };
        predicted.push(guess);
        if row.label != guess && keep_errors {
            let activity = detail.unwrap_or_else(|| ActivityReport::unparsed(row.line, &row.text, lexicon));
            errors.push(EvalError {
                label: label_of(lexicon, row.label.unwrap_or(categories)),
                predicted: label_of(lexicon, guess.unwrap_or(categories)),
                source: row.source.clone(),
                activity,
            });
        }
    }
    let mut report = score(source, rows, &predicted, lexicon);
    report.errors = errors;
    report
}

/// Scores predictions against the labels of `rows` (one prediction per row, in order).
pub fn score(source: &str, rows: &[LabeledLine], predicted: &[Option<usize>], lexicon: &Lexicon) -> LineReport {
    let categories = lexicon.categories.len();
    let none = categories; // index of `none` in the matrix
    let class_of = |label: Option<usize>| label.unwrap_or(none);
    let mut matrix = vec![vec![0usize; categories + 1]; categories + 1];
    for (row, guess) in rows.iter().zip(predicted) {
        matrix[class_of(row.label)][class_of(*guess)] += 1;
    }
    let classes: Vec<ClassMetrics> = (0..=categories)
        .map(|class| {
            let correct = matrix[class][class];
            let predicted: usize = matrix.iter().map(|row| row[class]).sum();
            let support: usize = matrix[class].iter().sum();
            let (precision, recall) = (ratio(correct, predicted), ratio(correct, support));
            ClassMetrics {
                label: label_of(lexicon, class),
                precision,
                recall,
                f1: harmonic_mean(precision, recall),
                support,
            }
        })
        .collect();
    let correct: usize = (0..=categories).map(|i| matrix[i][i]).sum();
    let none_support = classes[none].support;
    LineReport {
        source: source.to_string(),
        rows: rows.len(),
        accuracy: ratio(correct, rows.len()),
        macro_f1: macro_f1(&matrix, categories),
        none_unmatched: (none_support > 0).then(|| classes[none].recall),
        confusion: matrix
            .into_iter()
            .enumerate()
            .map(|(class, predicted)| ConfusionRow {
                label: label_of(lexicon, class),
                predicted,
            })
            .collect(),
        classes,
        sources: per_source(rows, predicted, lexicon),
        errors: Vec::new(),
    }
}

/// Macro-F1 of labels and predictions (`None`: no role), over the categories that were labeled
/// or predicted at least once.
pub fn macro_f1_of(
    labels: impl IntoIterator<Item = Option<usize>>,
    predicted: &[Option<usize>],
    categories: usize,
) -> f64 {
    let mut matrix = vec![vec![0usize; categories + 1]; categories + 1];
    for (label, guess) in labels.into_iter().zip(predicted) {
        matrix[label.unwrap_or(categories)][guess.unwrap_or(categories)] += 1;
    }
    macro_f1(&matrix, categories)
}

/// Mean F1 over the categories (not `none`, the last row) that appear in the matrix at all, so a
/// set without one role (say, only PM and EM lines) is not marked down for it.
fn macro_f1(matrix: &[Vec<usize>], categories: usize) -> f64 {
    let mut sum = 0.0;
    let mut present = 0;
    for class in 0..categories {
        let correct = matrix[class][class];
        let predicted: usize = matrix.iter().map(|row| row[class]).sum();
        let support: usize = matrix[class].iter().sum();
        if predicted + support == 0 {
            continue;
        }
        present += 1;
        sum += harmonic_mean(ratio(correct, predicted), ratio(correct, support));
    }
    if present == 0 { 0.0 } else { sum / present as f64 }
}

/// Figures per source, worst accuracy first (then most rows, then name).
fn per_source(rows: &[LabeledLine], predicted: &[Option<usize>], lexicon: &Lexicon) -> Vec<SourceMetrics> {
    let categories = lexicon.categories.len();
    // Each source's label and prediction counts, rows and rows right, in order of appearance,
    // found through an index: a search of the sources for each row (and of the rows for each
    // source) was quadratic, and a file of a million one-row sources never finished.
    struct Tally<'r> {
        source: &'r str,
        labels: Vec<usize>,
        predictions: Vec<usize>,
        rows: usize,
        right: usize,
    }
    let mut sources: Vec<Tally<'_>> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (row, guess) in rows.iter().zip(predicted) {
        let Some(source) = row.source.as_deref() else { continue };
        let at = *index.entry(source).or_insert_with(|| {
            sources.push(Tally {
                source,
                labels: vec![0; categories + 1],
                predictions: vec![0; categories + 1],
                rows: 0,
                right: 0,
            });
            sources.len() - 1
        });
        let tally = &mut sources[at];
        tally.labels[row.label.unwrap_or(categories)] += 1;
        tally.predictions[guess.unwrap_or(categories)] += 1;
        tally.rows += 1;
        tally.right += usize::from(row.label == *guess);
    }
    let mut metrics: Vec<SourceMetrics> = sources
        .into_iter()
        .map(|tally| {
            let Tally {
                source,
                labels,
                predictions,
                rows: of_source,
                right,
            } = tally;
            let mut named: Vec<(usize, usize)> = labels.iter().copied().enumerate().filter(|&(_, n)| n > 0).collect();
            named.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            SourceMetrics {
                source: source.to_string(),
                labels: named.into_iter().map(|(class, _)| label_of(lexicon, class)).collect(),
                rows: of_source,
                accuracy: ratio(right, of_source),
                errors: of_source - right,
                predicted: predictions,
            }
        })
        .collect();
    metrics.sort_by(|a, b| {
        a.accuracy
            .total_cmp(&b.accuracy)
            .then(b.rows.cmp(&a.rows))
            .then(a.source.cmp(&b.source))
    });
    metrics
}

pub use crate::lexicon::ExpectedRole;

/// The role a labeled document is expected to have: its front matter's `role:` if it has one
/// (a label, full name or alias; an unknown role is an error), else its file name's first word
/// before `-` or `_` (`pm-…`, `tpm_…`, `none-…`) when that is a category label or `none`, else
/// `None` (the document cannot be scored).
pub fn expected_role(name: &str, parsed: &Parsed, lexicon: &Lexicon) -> Result<Option<ExpectedRole>> {
    if let Some((line, role)) = parsed.front_field("role") {
        let role = role.trim();
        return match lexicon.read_role(role) {
            Some(expected) => Ok(Some(expected)),
            None => bail!(
                "{name}:{line}: front matter says role {role:?}; use one of {} or {NONE_LABEL}",
                lexicon.accepted_roles()
            ),
        };
    }
    let file = std::path::Path::new(name)
        .file_name()
        .map_or_else(String::new, |f| f.to_string_lossy().into_owned());
    let word = file.split(['-', '_', '.']).next().unwrap_or_default();
    // A file name gives a category by its label only (`pm-…`), or no role (`none-…`, `ic-…`).
    Ok(match lexicon.read_role(word) {
        Some(ExpectedRole::NoRole) => Some(ExpectedRole::NoRole),
        _ => lexicon.category_index(word).map(ExpectedRole::Role),
    })
}

/// Verdicts on labeled documents.
#[derive(Debug, Clone, Serialize)]
pub struct DocsReport {
    /// The folder given to `--docs`.
    pub folder: String,
    /// Documents scored (those with an expected role).
    pub documents: usize,
    /// Documents whose verdict is right.
    pub right: usize,
    /// `right / documents`.
    pub accuracy: f64,
    /// Every scored document, in folder order.
    pub results: Vec<DocResult>,
}

/// One labeled document's verdict.
#[derive(Debug, Clone, Serialize)]
pub struct DocResult {
    /// The file.
    pub source: String,
    /// The expected role: a category label, or `none`.
    pub expected: String,
    /// The verdict's role, or `null` when the verdict names none.
    pub verdict: Option<String>,
    /// Whether the verdict is a hybrid.
    pub hybrid: bool,
    /// Whether the verdict is right: the expected role, or no role for a `none` document.
    pub right: bool,
    /// Activities in the document.
    pub activities: usize,
    /// Activities given a role.
    pub matched: usize,
    /// Each category's share of the matched work (0–1).
    pub shares: Scores,
}

/// Classifies labeled documents (`(name, text)` in order) and scores their verdicts. Documents
/// whose expected role cannot be told are returned by name in `unlabeled`.
pub fn evaluate_docs(
    folder: &str,
    documents: &[(String, String)],
    classifier: &mut Classifier<'_>,
    unlabeled: &mut Vec<String>,
) -> Result<DocsReport> {
    let lexicon = classifier.lexicon();
    let mut results = Vec::new();
    for (name, text) in documents {
        let parsed = activity::parse(text);
        let Some(expected) = expected_role(name, &parsed, lexicon)? else {
            unlabeled.push(name.clone());
            continue;
        };
        let report = build_document(
            name,
            &parsed,
            classifier,
            &Selection::default(),
            &Expectation::default(),
        );
        let verdict = report.verdict.role.clone();
        let (expected, right) = match expected {
            ExpectedRole::Role(index) => {
                let label = lexicon.categories[index].label.clone();
                let right = verdict.as_deref() == Some(label.as_str());
                (label, right)
            }
            ExpectedRole::NoRole => (NONE_LABEL.to_string(), verdict.is_none()),
        };
        results.push(DocResult {
            source: name.clone(),
            expected,
            verdict,
            hybrid: report.verdict.hybrid,
            right,
            activities: report.totals.activities,
            matched: report.totals.matched,
            shares: Scores(report.roles.iter().map(|r| (r.role.clone(), r.share)).collect()),
        });
    }
    if results.is_empty() {
        bail!(
            "{folder}: no document says its role: start file names with the role (`pm-…`, `em-…`, `none-…`) or give them front matter `role:`"
        );
    }
    let right = results.iter().filter(|r| r.right).count();
    Ok(DocsReport {
        folder: folder.to_string(),
        documents: results.len(),
        right,
        accuracy: ratio(right, results.len()),
        results,
    })
}

fn label_of(lexicon: &Lexicon, class: usize) -> String {
    lexicon
        .categories
        .get(class)
        .map_or_else(|| NONE_LABEL.to_string(), |c| c.label.clone())
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 / whole as f64 }
}

fn harmonic_mean(a: f64, b: f64) -> f64 {
    if a + b > 0.0 { 2.0 * a * b / (a + b) } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LexiconFile;

    fn lexicon() -> Lexicon {
        Lexicon::parse(&[
            LexiconFile {
                path: "t/pm.lex".into(),
                text: "@name P\n@question q\n@order 1\nprd = 2\n".into(),
            },
            LexiconFile {
                path: "t/em.lex".into(),
                text: "@name E\n@question q\n@order 2\nhiring = 2\n".into(),
            },
        ])
        .expect("parses")
    }

    #[test]
    fn parses_rows_header_case_and_extra_columns() {
        let lexicon = lexicon();
        let rows = parse_tsv(
            "label\ttext\tnote\npm\tWrote the PRD\textra\n\nNONE\tlunch\n",
            "f.tsv",
            &lexicon,
        )
        .expect("parses");
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (rows[0].line, rows[0].label, rows[0].text.as_str()),
            (2, Some(0), "Wrote the PRD")
        );
        assert_eq!(rows[0].source, None, "a header without `source` names none");
        assert_eq!((rows[1].line, rows[1].label), (4, None));
    }

    #[test]
    fn a_source_column_is_read_by_name_or_as_the_third_column() {
        let lexicon = lexicon();
        let rows = parse_tsv("text\tsource\tlabel\nWrote the PRD\tacme\tPM\n", "f.tsv", &lexicon).expect("parses");
        assert_eq!((rows[0].label, rows[0].source.as_deref()), (Some(0), Some("acme")));
        let rows = parse_tsv("EM\tRan hiring\tglobex\nPM\tPRD\n", "f.tsv", &lexicon).expect("parses");
        assert_eq!(rows[0].source.as_deref(), Some("globex"));
        assert_eq!(rows[1].source, None);
        let err = parse_tsv("label\twords\nPM\tPRD\n", "f.tsv", &lexicon).expect_err("no text column");
        assert!(
            err.to_string().contains("f.tsv:1: the header has no `text` column"),
            "{err}"
        );
    }

    #[test]
    fn a_row_wider_than_its_header_or_a_header_naming_a_column_twice_is_refused() {
        let lexicon = lexicon();
        let err = parse_tsv("PM\tWrote the\troadmap for\tthe team\n", "f.tsv", &lexicon).expect_err("wide");
        assert!(
            err.to_string().starts_with("f.tsv:1: 4 columns where 3 are expected"),
            "{err}"
        );
        let err = parse_tsv("label\ttext\nPM\tWrote\tthe PRD\n", "f.tsv", &lexicon).expect_err("wide");
        assert!(
            err.to_string().starts_with("f.tsv:2: 3 columns where 2 are expected"),
            "{err}"
        );
        let err = parse_tsv("label\ttext\tlabel\nPM\tPRD\tEM\n", "f.tsv", &lexicon).expect_err("twice");
        assert!(
            err.to_string().contains("f.tsv:1: the header names `label` twice"),
            "{err}"
        );
        // Fewer cells than the header are fine: a source left out.
        let rows = parse_tsv("label\ttext\tsource\tnote\nPM\tPRD\n", "f.tsv", &lexicon).expect("parses");
        assert_eq!(rows.len(), 1);
    }

    #[test]
    fn malformed_rows_name_their_line() {
        let lexicon = lexicon();
        let err = parse_tsv("pm\tok\nno tab here\n", "f.tsv", &lexicon).expect_err("no tab");
        assert!(err.to_string().starts_with("f.tsv:2: expected"), "{err}");
        let err = parse_tsv("pm\tok\nceo\tran the company\n", "f.tsv", &lexicon).expect_err("label");
        assert!(err.to_string().contains("f.tsv:2: unknown label \"ceo\""), "{err}");
        let err = parse_tsv("pm\t  \n", "f.tsv", &lexicon).expect_err("empty");
        assert!(err.to_string().contains("f.tsv:1: the text column is empty"), "{err}");
    }

    #[test]
    fn metrics_follow_the_confusion_matrix() {
        let lexicon = lexicon();
        let rows = parse_tsv(
            "PM\tWrote the PRD\nPM\tRan hiring\nEM\tRan hiring\nnone\tWent to lunch\nnone\tWrote the PRD\n",
            "f.tsv",
            &lexicon,
        )
        .expect("parses");
        let mut classifier = Classifier::new(&lexicon, 0);
        let report = evaluate("f.tsv", &rows, &mut classifier, true);
        assert_eq!(report.confusion[0].predicted, [1, 1, 0]);
        assert_eq!(report.confusion[1].predicted, [0, 1, 0]);
        assert_eq!(report.confusion[2].predicted, [1, 0, 1]);
        let pm = &report.classes[0];
        assert_eq!((pm.precision, pm.recall, pm.support), (0.5, 0.5, 2));
        let em = &report.classes[1];
        assert_eq!((em.precision, em.recall), (0.5, 1.0));
        assert!((report.macro_f1 - (0.5 + 2.0 / 3.0) / 2.0).abs() < 1e-9);
        assert_eq!(report.accuracy, 0.6);
        assert_eq!(report.none_unmatched, Some(0.5));
        assert_eq!(report.errors.len(), 2);
        assert_eq!(
            (report.errors[0].label.as_str(), report.errors[0].predicted.as_str()),
            ("PM", "EM")
        );
        assert!(report.sources.is_empty());
    }

    #[test]
    fn macro_f1_leaves_out_a_category_nobody_labeled_or_predicted() {
        let lexicon = lexicon();
        let rows = parse_tsv("PM\tWrote the PRD\nPM\tWrote a PRD\n", "f.tsv", &lexicon).expect("parses");
        let mut classifier = Classifier::new(&lexicon, 0);
        assert_eq!(evaluate("f.tsv", &rows, &mut classifier, false).macro_f1, 1.0);
        // Predicted but never labeled: it counts, with F1 0.
        assert_eq!(
            macro_f1_of([Some(0), Some(0)], &[Some(0), Some(1)], 2),
            (2.0 / 3.0) / 2.0
        );
    }

    #[test]
    fn sources_are_scored_worst_first() {
        let lexicon = lexicon();
        let rows = parse_tsv(
            "PM\tWrote the PRD\tgood\nPM\tRan hiring\tbad\nPM\tWrote a PRD\tbad\nEM\tRan hiring\tgood\n",
            "f.tsv",
            &lexicon,
        )
        .expect("parses");
        let mut classifier = Classifier::new(&lexicon, 0);
        let report = evaluate("f.tsv", &rows, &mut classifier, true);
        let sources: Vec<(&str, usize, usize, f64)> = report
            .sources
            .iter()
            .map(|s| (s.source.as_str(), s.rows, s.errors, s.accuracy))
            .collect();
        assert_eq!(sources, [("bad", 2, 1, 0.5), ("good", 2, 0, 1.0)]);
        assert_eq!(report.sources[0].labels, ["PM"]);
        assert_eq!(report.sources[1].labels, ["PM", "EM"]);
        assert_eq!(report.sources[0].predicted, [1, 1, 0]);
        assert_eq!(report.errors[0].source.as_deref(), Some("bad"));
    }

    #[test]
    fn a_document_says_its_role_by_front_matter_or_file_name() {
        let lexicon = lexicon();
        let plain = activity::parse("- wrote the PRD\n");
        let expect = |name: &str, parsed: &Parsed| expected_role(name, parsed, &lexicon).expect("known");
        assert_eq!(expect("docs/pm-acme.md", &plain), Some(ExpectedRole::Role(0)));
        assert_eq!(expect("docs/EM_globex.txt", &plain), Some(ExpectedRole::Role(1)));
        assert_eq!(expect("docs/none-engineer.txt", &plain), Some(ExpectedRole::NoRole));
        assert_eq!(expect("docs/notes.txt", &plain), None);
        let front = activity::parse("---\nrole: em\n---\n- wrote the PRD\n");
        assert_eq!(expect("docs/pm-acme.md", &front), Some(ExpectedRole::Role(1)));
        let named = activity::parse("---\nrole: Senior E\n---\n- wrote the PRD\n");
        assert_eq!(
            expect("docs/pm-acme.md", &named),
            Some(ExpectedRole::Role(1)),
            "by name, after a seniority word"
        );
        let unknown = activity::parse("---\nrole: ceo\n---\n- ran it\n");
        let err = expected_role("d/x.md", &unknown, &lexicon).expect_err("unknown role");
        assert!(
            err.to_string().contains("d/x.md:2: front matter says role \"ceo\""),
            "{err}"
        );
    }

    #[test]
    fn document_verdicts_count_none_documents_right_when_no_role_is_found() {
        let lexicon = lexicon();
        let mut classifier = Classifier::new(&lexicon, 0);
        let documents = [
            ("d/pm-a.md".to_string(), "- Wrote the PRD\n- Wrote a PRD\n".to_string()),
            ("d/em-b.md".to_string(), "- Wrote the PRD\n".to_string()),
            ("d/none-c.md".to_string(), "- Went to lunch\n".to_string()),
            ("d/readme.md".to_string(), "- Wrote the PRD\n".to_string()),
        ];
        let mut unlabeled = Vec::new();
        let report = evaluate_docs("d", &documents, &mut classifier, &mut unlabeled).expect("scored");
        assert_eq!((report.documents, report.right), (3, 2));
        let right: Vec<bool> = report.results.iter().map(|r| r.right).collect();
        assert_eq!(right, [true, false, true]);
        assert_eq!(report.results[1].verdict.as_deref(), Some("PM"));
        assert_eq!(report.results[2].expected, "none");
        assert_eq!(unlabeled, ["d/readme.md"]);
    }
}
