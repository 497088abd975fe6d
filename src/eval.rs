//! `rolemap eval`: labeled lines → precision, recall, F1 and a confusion matrix.
//!
//! A lexicon is only as good as its verdicts on text it was not written from, so this measures
//! them. Rows are `label<TAB>text`; a label is a category label or `none` (a line no role owns).
//! Macro-F1 is averaged over the categories only: a `none` line given a role counts as a false
//! positive for that role, and `none` itself is reported as the share of none-lines left
//! unmatched.

use anyhow::{Result, bail};
use serde::Serialize;

use crate::activity;
use crate::classify::Classifier;
use crate::lexicon::Lexicon;
use crate::report::{ActivityReport, activity_report};

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
}

/// Parses `label<TAB>text` rows. Blank lines are skipped; a first row labeled `label` is a
/// header; extra columns are ignored. Errors name `path:line`.
pub fn parse_tsv(text: &str, path: &str, lexicon: &Lexicon) -> Result<Vec<LabeledLine>> {
    let mut rows = Vec::new();
    for (index, line) in activity::lines(text.trim_start_matches('\u{feff}')).enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let mut columns = line.split('\t');
        let label = columns.next().unwrap_or_default().trim();
        let Some(text) = columns.next() else {
            bail!("{path}:{number}: expected `label<TAB>text`, found no tab");
        };
        if rows.is_empty() && label.eq_ignore_ascii_case("label") {
            continue;
        }
        let label = if label.eq_ignore_ascii_case(NONE_LABEL) {
            None
        } else {
            match lexicon.category_index(label) {
                Some(index) => Some(index),
                None => {
                    let known: Vec<&str> = lexicon.categories.iter().map(|c| c.label.as_str()).collect();
                    bail!(
                        "{path}:{number}: unknown label {label:?}; use one of {} or {NONE_LABEL}",
                        known.join(", ")
                    );
                }
            }
        };
        if text.trim().is_empty() {
            bail!("{path}:{number}: the text column is empty");
        }
        rows.push(LabeledLine {
            line: number,
            label,
            text: text.trim().to_string(),
        });
    }
    Ok(rows)
}

/// The evaluation's outcome; this is also the `--format json` schema.
#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    /// Schema version.
    pub version: u32,
    /// The file evaluated.
    pub source: String,
    /// Number of labeled rows.
    pub rows: usize,
    /// Fraction of rows whose prediction equals the label (none included).
    pub accuracy: f64,
    /// Mean F1 over the categories (not `none`).
    pub macro_f1: f64,
    /// Fraction of none-lines left unmatched, or `None` when there are none.
    pub none_unmatched: Option<f64>,
    /// Per-class figures, categories first, then `none`.
    pub classes: Vec<ClassMetrics>,
    /// Confusion matrix: one row per true label, counts per predicted label.
    pub confusion: Vec<ConfusionRow>,
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
    /// Counts per predicted label, in the order of [`EvalReport::classes`].
    pub predicted: Vec<usize>,
}

/// A misclassified row.
#[derive(Debug, Clone, Serialize)]
pub struct EvalError {
    /// The expected label.
    pub label: String,
    /// The predicted label (`none` when unmatched).
    pub predicted: String,
    /// How the line was classified.
    pub activity: ActivityReport,
}

/// Classifies every row and scores the predictions.
pub fn evaluate(source: &str, rows: &[LabeledLine], classifier: &mut Classifier<'_>, keep_errors: bool) -> EvalReport {
    let lexicon = classifier.lexicon();
    let categories = lexicon.categories.len();
    let none = categories; // index of `none` in the matrix
    let mut matrix = vec![vec![0usize; categories + 1]; categories + 1];
    let mut errors = Vec::new();
    for row in rows {
        let text = activity::parse(&row.text).activities.into_iter().next().map(|a| a.text);
        let (predicted, detail) = match text {
            Some(text) => {
                let classification = classifier.classify(&text);
                let detail = activity_report(lexicon, row.line, &text, classification);
                (classification.role, Some(detail))
            }
            None => (None, None),
        };
        let (truth, guess) = (row.label.unwrap_or(none), predicted.unwrap_or(none));
        matrix[truth][guess] += 1;
        if truth != guess && keep_errors {
            let activity = detail.unwrap_or_else(|| ActivityReport::unparsed(row.line, &row.text, lexicon));
            errors.push(EvalError {
                label: label_of(lexicon, truth),
                predicted: label_of(lexicon, guess),
                activity,
            });
        }
    }
    let classes: Vec<ClassMetrics> = (0..=categories)
        .map(|class| {
            let correct = matrix[class][class];
            let predicted: usize = matrix.iter().map(|row| row[class]).sum();
            let support: usize = matrix[class].iter().sum();
            let precision = ratio(correct, predicted);
            let recall = ratio(correct, support);
            let f1 = if precision + recall > 0.0 {
                2.0 * precision * recall / (precision + recall)
            } else {
                0.0
            };
            ClassMetrics {
                label: label_of(lexicon, class),
                precision,
                recall,
                f1,
                support,
            }
        })
        .collect();
    let correct: usize = (0..=categories).map(|i| matrix[i][i]).sum();
    let macro_f1 = classes[..categories].iter().map(|c| c.f1).sum::<f64>() / categories.max(1) as f64;
    let none_support = classes[none].support;
    EvalReport {
        version: crate::report::SCHEMA_VERSION,
        source: source.to_string(),
        rows: rows.len(),
        accuracy: ratio(correct, rows.len()),
        macro_f1,
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
        errors,
    }
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
            "label\ttext\npm\tWrote the PRD\textra\n\nNONE\tlunch\n",
            "f.tsv",
            &lexicon,
        )
        .expect("parses");
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (rows[0].line, rows[0].label, rows[0].text.as_str()),
            (2, Some(0), "Wrote the PRD")
        );
        assert_eq!((rows[1].line, rows[1].label), (4, None));
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
    }
}
