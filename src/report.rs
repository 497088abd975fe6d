//! Classified activities → a per-document breakdown. These structs ARE the JSON schema.
//!
//! Every renderer reads only this report, so the table, JSON and any later format can never
//! disagree about a number. Field names here are the contract documented in the README.

use std::collections::HashMap;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::activity::Parsed;
use crate::classify::{Classification, Classifier, Note, top_category};
use crate::lexicon::Lexicon;

/// Version of the JSON schema; bumped on incompatible changes.
pub const SCHEMA_VERSION: u32 = 1;
/// How many matched terms a role row lists.
pub const TOP_TERMS: usize = 5;

/// The whole run: one entry per input document.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Schema version ([`SCHEMA_VERSION`]).
    pub version: u32,
    /// The documents, in input order.
    pub documents: Vec<DocumentReport>,
}

/// The breakdown of one document.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentReport {
    /// Where it came from: the path as given, or `-` for standard input.
    pub source: String,
    /// How every line was accounted for.
    pub totals: Totals,
    /// One row per category, in lexicon order.
    pub roles: Vec<RoleSummary>,
    /// The document's overall role.
    pub verdict: Verdict,
    /// Every activity, in document order.
    pub activities: Vec<ActivityReport>,
}

/// Line and activity counts; `lines = activities + continuations + skipped` and
/// `activities = matched + unmatched`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Lines in the document.
    pub lines: usize,
    /// Activities found.
    pub activities: usize,
    /// Lines joined to the activity above.
    pub continuations: usize,
    /// Blank lines, headings, rules and front matter.
    pub skipped: usize,
    /// Activities given a role.
    pub matched: usize,
    /// Activities no role owns.
    pub unmatched: usize,
}

/// One category's part of a document.
#[derive(Debug, Clone, Serialize)]
pub struct RoleSummary {
    /// Short label, e.g. `PM`.
    pub role: String,
    /// Full name, e.g. `Product Manager`.
    pub name: String,
    /// The question it owns, e.g. `what/why`.
    pub question: String,
    /// Activities whose role is this category.
    pub activities: usize,
    /// Fraction (0–1) of the document's matched work credited to this category: each matched
    /// activity splits one unit across categories in proportion to its scores.
    pub share: f64,
    /// The sum of this category's scores over matched activities.
    pub score: f64,
    /// The most frequent terms credited to this category, most frequent first.
    pub top_terms: Vec<String>,
}

/// The overall role of a document.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    /// The category with the largest share, or `None` when nothing matched.
    pub role: Option<String>,
    /// Whether the runner-up's share is within the hybrid margin of the leader's.
    pub hybrid: bool,
    /// The category with the second largest share, if it has any.
    pub runner_up: Option<String>,
    /// Leader's share minus runner-up's share (0–1).
    pub margin: f64,
}

/// One activity and how it was classified.
#[derive(Debug, Clone, Serialize)]
pub struct ActivityReport {
    /// 1-based line number of its first line.
    pub line: usize,
    /// The text, Markdown stripped.
    pub text: String,
    /// Its role, or `None` when unmatched.
    pub role: Option<String>,
    /// Score per category label.
    pub scores: Scores,
    /// Every match, in text order.
    pub matches: Vec<MatchReport>,
    /// The rules that changed its scores, in words (negation, hedge, scope, thresholds).
    pub rules: Vec<String>,
}

impl ActivityReport {
    /// A line that held no activity (e.g. only a heading): unmatched, with zero scores.
    pub fn unparsed(line: usize, text: &str, lexicon: &Lexicon) -> ActivityReport {
        ActivityReport {
            line,
            text: text.to_string(),
            role: None,
            scores: Scores(lexicon.categories.iter().map(|c| (c.label.clone(), 0.0)).collect()),
            matches: Vec::new(),
            rules: Vec::new(),
        }
    }
}

/// Scores keyed by category label, serialised as a JSON object in lexicon order.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores(pub Vec<(String, f64)>);

impl Serialize for Scores {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (label, score) in &self.0 {
            map.serialize_entry(label, score)?;
        }
        map.end()
    }
}

/// One matched lexicon entry.
#[derive(Debug, Clone, Serialize)]
pub struct MatchReport {
    /// The entry as written in the lexicon.
    pub term: String,
    /// The category credited, or `None` (IC vocabulary, or a scoped word with no owner).
    pub category: Option<String>,
    /// What it added to the score after the rules.
    pub weight: f64,
    /// The normalised text it matched (for a regex or stem, the actual words).
    pub matched: String,
    /// Where the entry is defined (`file:line`).
    pub source: String,
}

impl MatchReport {
    /// How the match is shown to people: the entry as written, or for a regex, the words it
    /// matched.
    pub fn display(&self) -> &str {
        if self.term.starts_with('/') {
            &self.matched
        } else {
            &self.term
        }
    }
}

/// Classifies a parsed document and builds its breakdown.
pub fn build_document(source: &str, parsed: &Parsed, classifier: &mut Classifier<'_>) -> DocumentReport {
    let lexicon = classifier.lexicon();
    let activities: Vec<ActivityReport> = parsed
        .activities
        .iter()
        .map(|activity| {
            let classification = classifier.classify(&activity.text);
            activity_report(lexicon, activity.line, &activity.text, &classification)
        })
        .collect();
    let totals = Totals {
        lines: parsed.lines,
        activities: activities.len(),
        continuations: parsed.continuations,
        skipped: parsed.skipped,
        matched: activities.iter().filter(|a| a.role.is_some()).count(),
        unmatched: activities.iter().filter(|a| a.role.is_none()).count(),
    };
    let roles = summarize_roles(lexicon, &activities);
    let verdict = decide_verdict(&roles, lexicon.settings.hybrid_margin);
    DocumentReport {
        source: source.to_string(),
        totals,
        roles,
        verdict,
        activities,
    }
}

/// Describes one classified activity.
pub fn activity_report(lexicon: &Lexicon, line: usize, text: &str, c: &Classification) -> ActivityReport {
    let label = |i: usize| lexicon.categories[i].label.clone();
    ActivityReport {
        line,
        text: text.to_string(),
        role: c.role.map(label),
        scores: Scores(
            lexicon
                .categories
                .iter()
                .zip(&c.scores)
                .map(|(cat, &s)| (cat.label.clone(), round(s)))
                .collect(),
        ),
        matches: c
            .matches
            .iter()
            .map(|m| {
                let entry = &lexicon.entries[m.entry];
                MatchReport {
                    term: entry.text.clone(),
                    category: m.category.map(label),
                    weight: round(m.weight),
                    matched: m.matched.clone(),
                    source: entry.origin.to_string(),
                }
            })
            .collect(),
        rules: c.notes.iter().map(|note| describe(lexicon, note)).collect(),
    }
}

/// A rule's effect in words, for `--explain` and JSON.
fn describe(lexicon: &Lexicon, note: &Note) -> String {
    let term = |i: usize| lexicon.entries[i].text.as_str();
    let label = |c: Option<usize>| c.map_or("nobody (no context)", |c| lexicon.categories[c].label.as_str());
    match note {
        Note::Negated { entry, cue } => format!("negation: \"{}\" cancels \"{}\"", term(*cue), term(*entry)),
        Note::Hedged { cue, factor } => format!("hedge: \"{}\" scales the matches after it by {factor}", term(*cue)),
        Note::Scoped { entry, category } => format!("scope: \"{}\" credited to {}", term(*entry), label(*category)),
        Note::BelowMinimum { best, min_score } => {
            format!(
                "minimum: best score {} is below {min_score}, so unmatched",
                round(*best)
            )
        }
        Note::IcWork { ic_score } => format!(
            "IC work: hands-on score {} outweighs every role, so unmatched",
            round(*ic_score)
        ),
    }
}

fn summarize_roles(lexicon: &Lexicon, activities: &[ActivityReport]) -> Vec<RoleSummary> {
    let matched: Vec<&ActivityReport> = activities.iter().filter(|a| a.role.is_some()).collect();
    lexicon
        .categories
        .iter()
        .enumerate()
        .map(|(index, category)| {
            let mut share = 0.0;
            let mut score = 0.0;
            let mut term_counts: HashMap<&str, (usize, f64)> = HashMap::new();
            for activity in &matched {
                let total: f64 = activity.scores.0.iter().map(|(_, s)| s).sum();
                let own = activity.scores.0[index].1;
                if total > 0.0 {
                    share += own / total;
                }
                score += own;
                for m in activity
                    .matches
                    .iter()
                    .filter(|m| m.category.as_deref() == Some(&category.label) && m.weight > 0.0)
                {
                    let counted = term_counts.entry(m.display()).or_default();
                    counted.0 += 1;
                    counted.1 += m.weight;
                }
            }
            let mut terms: Vec<(&str, (usize, f64))> = term_counts.into_iter().collect();
            terms.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(b.1.1.total_cmp(&a.1.1)).then(a.0.cmp(b.0)));
            RoleSummary {
                role: category.label.clone(),
                name: category.name.clone(),
                question: category.question.clone(),
                activities: activities
                    .iter()
                    .filter(|a| a.role.as_deref() == Some(&category.label))
                    .count(),
                share: if matched.is_empty() {
                    0.0
                } else {
                    round(share / matched.len() as f64)
                },
                score: round(score),
                top_terms: terms.into_iter().take(TOP_TERMS).map(|(t, _)| t.to_string()).collect(),
            }
        })
        .collect()
}

/// The leader by share (ties: the category listed first), hybrid when the runner-up is within
/// `hybrid_margin`.
pub fn decide_verdict(roles: &[RoleSummary], hybrid_margin: f64) -> Verdict {
    let shares: Vec<f64> = roles.iter().map(|r| r.share).collect();
    let leader = top_category(&shares).filter(|&(_, share)| share > 0.0);
    let Some((leader, leader_share)) = leader else {
        return Verdict {
            role: None,
            hybrid: false,
            runner_up: None,
            margin: 0.0,
        };
    };
    let mut others = shares.clone();
    others[leader] = f64::NEG_INFINITY;
    let runner_up = top_category(&others).filter(|&(_, share)| share > 0.0);
    let margin = round(leader_share - runner_up.map_or(0.0, |(_, s)| s));
    Verdict {
        role: Some(roles[leader].role.clone()),
        hybrid: runner_up.is_some() && margin < hybrid_margin,
        runner_up: runner_up.map(|(i, _)| roles[i].role.clone()),
        margin,
    }
}

/// Rounds to 4 decimals so JSON shows `0.3333` rather than float noise.
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::activity::parse;

    fn report(text: &str) -> DocumentReport {
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let mut classifier = Classifier::new(&lexicon, 0);
        build_document("t.md", &parse(text), &mut classifier)
    }

    fn summary(role: &str, share: f64) -> RoleSummary {
        RoleSummary {
            role: role.into(),
            name: String::new(),
            question: String::new(),
            activities: 0,
            share,
            score: 0.0,
            top_terms: vec![],
        }
    }

    #[test]
    fn totals_add_up() {
        let r = report("# Q1\n- Wrote the PRD for onboarding\n  with users\n- Went to lunch\n\n");
        let t = r.totals;
        assert_eq!(t.lines, t.activities + t.continuations + t.skipped);
        assert_eq!(t.activities, t.matched + t.unmatched);
        assert_eq!(
            (t.lines, t.activities, t.continuations, t.skipped, t.matched),
            (5, 2, 1, 2, 1)
        );
    }

    #[test]
    fn shares_are_fractions_that_sum_to_one() {
        let r =
            report("- Wrote the PRD\n- Ran 1:1s with my direct reports\n- Tracked the critical path across 4 teams\n");
        let sum: f64 = r.roles.iter().map(|x| x.share).sum();
        assert!((sum - 1.0).abs() < 1e-3, "{sum}");
        assert!(r.roles.iter().all(|x| (0.0..=1.0).contains(&x.share)));
    }

    #[test]
    fn verdict_is_the_largest_share_and_flags_close_calls() {
        let v = decide_verdict(&[summary("PM", 0.5), summary("EM", 0.45), summary("TPM", 0.05)], 0.1);
        assert_eq!(v.role.as_deref(), Some("PM"));
        assert_eq!(v.runner_up.as_deref(), Some("EM"));
        assert!(v.hybrid);
        assert_eq!(v.margin, 0.05);
        let v = decide_verdict(&[summary("PM", 0.2), summary("EM", 0.8), summary("TPM", 0.0)], 0.1);
        assert_eq!((v.role.as_deref(), v.hybrid, v.margin), (Some("EM"), false, 0.6));
    }

    #[test]
    fn a_single_role_has_no_runner_up_and_nothing_matched_has_no_verdict() {
        let v = decide_verdict(&[summary("PM", 1.0), summary("EM", 0.0)], 0.1);
        assert_eq!((v.runner_up, v.hybrid, v.margin), (None, false, 1.0));
        let v = decide_verdict(&[summary("PM", 0.0), summary("EM", 0.0)], 0.1);
        assert_eq!((v.role, v.hybrid), (None, false));
    }

    #[test]
    fn ties_in_share_go_to_the_category_listed_first() {
        let v = decide_verdict(&[summary("PM", 0.5), summary("EM", 0.5)], 0.1);
        assert_eq!(
            (v.role.as_deref(), v.runner_up.as_deref(), v.hybrid),
            (Some("PM"), Some("EM"), true)
        );
    }
}
