//! `rolemap lexicon check`: every problem in a lexicon folder, not just the first.
//!
//! Loading a lexicon stops at its first error, which is right for classifying but slow for
//! someone editing a lexicon. This module reports all parse errors, then looks for what parses
//! but will not behave as the author meant: the same entry written twice, an entry that can
//! never win on its own words, and stems that swallow unrelated words.

use std::collections::HashMap;
use std::fmt;

use crate::lexicon::{Effect, Lexicon, LexiconError, LexiconFile, Pattern};
use crate::matcher::{Found, Matcher, compile_regex};
use crate::normalize::normalize;

/// Stems shorter than this many letters are reported whatever the dictionary says.
pub const SHORT_STEM: usize = 4;
/// A stem matching more dictionary words than this is reported as greedy.
pub const GREEDY_STEM_WORDS: usize = 15;
/// How many dictionary words a greedy-stem warning shows.
const SAMPLE: usize = 8;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The lexicon will not load or will double count (exit 1).
    Error,
    /// Probably not what the author meant.
    Warning,
}

/// One finding, located at `path:line`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// The file.
    pub path: String,
    /// 1-based line (0: the whole file).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.line == 0 {
            write!(f, "{}: {severity}: {}", self.path, self.message)
        } else {
            write!(f, "{}:{}: {severity}: {}", self.path, self.line, self.message)
        }
    }
}

/// Checks lexicon files. `dictionary` is a list of words to test stems against (e.g. the lines
/// of `/usr/share/dict/words`); without one, only very short stems are reported.
pub fn check(files: &[LexiconFile], dictionary: Option<&[String]>) -> Vec<Finding> {
    let (lexicon, errors) = Lexicon::parse_all(files);
    findings(lexicon, errors, dictionary)
}

/// Checks a LIWC dictionary (`*.dic`); its format stops at the first error.
pub fn check_liwc(file: &LexiconFile, dictionary: Option<&[String]>) -> Vec<Finding> {
    match Lexicon::parse_liwc(file) {
        Ok(lexicon) => findings(Some(lexicon), Vec::new(), dictionary),
        Err(error) => findings(None, vec![error], dictionary),
    }
}

fn findings(lexicon: Option<Lexicon>, errors: Vec<LexiconError>, dictionary: Option<&[String]>) -> Vec<Finding> {
    let mut findings: Vec<Finding> = errors
        .into_iter()
        .map(|e| Finding {
            severity: Severity::Error,
            path: e.path,
            line: e.line,
            message: e.message,
        })
        .collect();
    if let Some(lexicon) = lexicon {
        findings.extend(uncompilable(&lexicon));
        findings.extend(unmatchable(&lexicon));
        findings.extend(duplicates(&lexicon));
        findings.extend(shadowed(&lexicon));
        findings.extend(greedy_stems(&lexicon, dictionary));
    }
    findings.sort_by(|a, b| (&a.path, a.line, a.severity).cmp(&(&b.path, b.line, b.severity)));
    findings
}

/// Regexes whose syntax is fine but which are too big to compile (they would never match).
fn uncompilable(lexicon: &Lexicon) -> Vec<Finding> {
    lexicon
        .entries
        .iter()
        .filter_map(|entry| match &entry.pattern {
            Pattern::Regex(source, hir) => compile_regex(source, hir.as_deref()).err().map(|error| Finding {
                severity: Severity::Error,
                path: entry.origin.path.to_string(),
                line: entry.origin.line,
                message: format!("regular expression does not compile: {error}"),
            }),
            _ => None,
        })
        .collect()
}

/// Regexes every match of which needs a character normalised text never holds (anything but
/// `a`–`z`, `0`–`9` and a space): an upper-case letter, punctuation, or a second entry run into
/// the line (`/…/ = 2 more words/ = 2`).
fn unmatchable(lexicon: &Lexicon) -> Vec<Finding> {
    lexicon
        .entries
        .iter()
        .filter_map(|entry| {
            let Pattern::Regex(source, hir) = &entry.pattern else {
                return None;
            };
            let parsed;
            let hir = match hir {
                Some(hir) => hir.as_ref(),
                None => {
                    parsed = regex_syntax::Parser::new().parse(source).ok()?;
                    &parsed
                }
            };
            (!may_match_normalized(hir)).then(|| Finding {
                severity: Severity::Warning,
                path: entry.origin.path.to_string(),
                line: entry.origin.line,
                message: format!(
                    "/{source}/ never matches: every match needs a character normalised text never holds (it holds only a-z, 0-9 and single spaces)"
                ),
            })
        })
        .collect()
}

/// Whether some match of `hir` is made only of bytes normalised text can hold.
fn may_match_normalized(hir: &regex_syntax::hir::Hir) -> bool {
    use regex_syntax::hir::{Class, HirKind};
    let allowed = |byte: u8| byte == b' ' || byte.is_ascii_lowercase() || byte.is_ascii_digit();
    let in_range = |start: u32, end: u32| {
        [(b' ', b' '), (b'0', b'9'), (b'a', b'z')]
            .iter()
            .any(|&(low, high)| start <= u32::from(high) && end >= u32::from(low))
    };
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(literal) => literal.0.iter().all(|&byte| allowed(byte)),
        HirKind::Class(Class::Unicode(class)) => class
            .ranges()
            .iter()
            .any(|r| in_range(r.start().into(), r.end().into())),
        HirKind::Class(Class::Bytes(class)) => class
            .ranges()
            .iter()
            .any(|r| in_range(r.start().into(), r.end().into())),
        HirKind::Repetition(repetition) => repetition.min == 0 || may_match_normalized(&repetition.sub),
        HirKind::Capture(capture) => may_match_normalized(&capture.sub),
        HirKind::Concat(parts) => parts.iter().all(may_match_normalized),
        HirKind::Alternation(parts) => parts.iter().any(may_match_normalized),
    }
}

/// The same pattern written twice (cues are compared only with cues).
fn duplicates(lexicon: &Lexicon) -> Vec<Finding> {
    let mut first_seen: HashMap<String, usize> = HashMap::new();
    let mut findings = Vec::new();
    for (index, entry) in lexicon.entries.iter().enumerate() {
        let kind = match entry.effect {
            Effect::Negation => "negation:",
            Effect::Hedge => "hedge:",
            Effect::ClauseBreak => "break:",
            Effect::NegationException => "exception:",
            _ => "",
        };
        let key = format!("{kind}{}", entry.pattern.key());
        if let Some(&first) = first_seen.get(&key) {
            // A LIWC line lists one word under several categories: one entry, not a duplicate.
            if lexicon.entries[first].origin == entry.origin {
                continue;
            }
            findings.push(Finding {
                severity: Severity::Error,
                path: entry.origin.path.to_string(),
                line: entry.origin.line,
                message: format!(
                    "duplicate entry {:?}: already at {} as {:?}",
                    entry.text, lexicon.entries[first].origin, lexicon.entries[first].text
                ),
            });
        } else {
            first_seen.insert(key, index);
        }
    }
    findings
}

/// Word and stem entries that lose to another entry even on their own words, so they can
/// never match.
fn shadowed(lexicon: &Lexicon) -> Vec<Finding> {
    let matcher = Matcher::new(lexicon, 0);
    let mut found = Found::default();
    let mut findings = Vec::new();
    let mut reported_keys: HashMap<String, ()> = HashMap::new();
    for (index, entry) in lexicon.entries.iter().enumerate() {
        if !entry.effect.is_scored() {
            continue;
        }
        let text = match &entry.pattern {
            Pattern::Words(words) | Pattern::Quoted(words) => words,
            Pattern::Stem(stem) => stem,
            Pattern::Regex(..) => continue,
        };
        matcher.find(text, &mut found);
        let wins = found.hits.iter().any(|hit| hit.entry == index);
        let duplicate = reported_keys.insert(entry.pattern.key(), ()).is_some();
        if wins || duplicate {
            continue;
        }
        let winner = found.hits.iter().find(|hit| hit.start == 0).or(found.hits.first());
        if let Some(winner) = winner {
            let other = &lexicon.entries[winner.entry];
            findings.push(Finding {
                severity: Severity::Warning,
                path: entry.origin.path.to_string(),
                line: entry.origin.line,
                message: format!(
                    "{:?} never matches: {:?} ({}) always takes its words",
                    entry.text, other.text, other.origin
                ),
            });
        }
    }
    findings
}

/// Stems so short or so common that they match unrelated words.
fn greedy_stems(lexicon: &Lexicon, dictionary: Option<&[String]>) -> Vec<Finding> {
    let words: Vec<String> = dictionary
        .unwrap_or_default()
        .iter()
        .map(|w| normalize(w))
        .filter(|w| !w.is_empty() && !w.contains(' '))
        .collect();
    let mut findings = Vec::new();
    for entry in &lexicon.entries {
        let Pattern::Stem(stem) = &entry.pattern else {
            continue;
        };
        // In a phrase the words before the stem already pin its meaning ("mitigation plan*"
        // will not meet "planet"), so only single-word stems are tested against the dictionary.
        if stem.contains(' ') {
            continue;
        }
        let last_word: &str = stem;
        let mut matched: Vec<&str> = words
            .iter()
            .filter(|w| w.starts_with(last_word) && w.len() > last_word.len())
            .map(String::as_str)
            .collect();
        matched.sort_unstable();
        matched.dedup();
        let short = stem.chars().count() < SHORT_STEM;
        if short || matched.len() > GREEDY_STEM_WORDS {
            let sample = spread_sample(&matched, SAMPLE);
            let message = if matched.is_empty() {
                format!("stem {:?} is very short and may match unrelated words", entry.text)
            } else {
                format!(
                    "stem {:?} matches {} dictionary words, e.g. {}; make it longer or list the words",
                    entry.text,
                    matched.len(),
                    sample.join(", ")
                )
            };
            findings.push(Finding {
                severity: Severity::Warning,
                path: entry.origin.path.to_string(),
                line: entry.origin.line,
                message,
            });
        }
    }
    findings
}

/// Up to `count` items spread evenly over `items`, so a sample shows the variety.
fn spread_sample<'a>(items: &[&'a str], count: usize) -> Vec<&'a str> {
    if items.len() <= count {
        return items.to_vec();
    }
    (0..count).map(|i| items[i * items.len() / count]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(pm: &str, rules: &str) -> Vec<LexiconFile> {
        vec![
            LexiconFile {
                path: "l/pm.lex".into(),
                text: format!("@name P\n@question q\n{pm}"),
            },
            LexiconFile {
                path: "l/em.lex".into(),
                text: "@name E\n@question q\nhiring = 2\n".into(),
            },
            LexiconFile {
                path: "l/m.rules".into(),
                text: rules.into(),
            },
        ]
    }

    fn messages(findings: &[Finding]) -> Vec<String> {
        findings.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_clean_lexicon_has_no_findings() {
        assert!(check(&files("roadmap\nproduct roadmap\n", "[negation]\nnot\n"), None).is_empty());
    }

    #[test]
    fn reports_every_parse_error_with_its_line() {
        let findings = check(&files("roadmap = x\n/(/\nok\nbad = 99\n", ""), None);
        let lines: Vec<usize> = findings.iter().map(|f| f.line).collect();
        assert_eq!(lines, [3, 4, 6]);
        assert!(findings.iter().all(|f| f.severity == Severity::Error));
    }

    #[test]
    fn reports_duplicates_within_and_across_files() {
        let findings = check(&files("road map\nRoad-Map\nhiring\n", "[none]\nroad map\n"), None);
        let text = messages(&findings);
        assert!(
            text.iter()
                .any(|m| m.starts_with("l/pm.lex:4: error: duplicate entry \"Road-Map\"")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|m| m.starts_with("l/pm.lex:5: error: duplicate entry \"hiring\"")),
            "{text:?}"
        );
        assert!(
            text.iter().any(|m| m.starts_with("l/m.rules:2: error: duplicate")),
            "{text:?}"
        );
    }

    #[test]
    fn a_quoted_entry_is_not_a_duplicate_of_the_same_words_unquoted() {
        let findings = check(&files("program\n\"program\"\n\"Program\"\n", ""), None);
        let text = messages(&findings);
        assert_eq!(text.len(), 2, "{text:?}");
        // Not a duplicate, but the family entry listed first takes "program" itself.
        assert!(
            text[0].starts_with("l/pm.lex:4: warning: \"\\\"program\\\"\" never matches: \"program\""),
            "{text:?}"
        );
        assert!(
            text[1].starts_with("l/pm.lex:5: error: duplicate entry \"\\\"Program\\\"\""),
            "{text:?}"
        );
    }

    #[test]
    fn reports_a_regex_that_needs_what_normalised_text_never_holds() {
        let text = messages(&check(
            &files(
                "@label PM\n/road map/ = 2\n/Roadmap/ = 2\n/road-?map/ = 2\n/a/ = 2 b/ = 2\n/(x|Y)/ = 1\n/[A-Z]+/ = 1\n",
                "",
            ),
            None,
        ));
        let unmatchable: Vec<&str> = text
            .iter()
            .filter(|m| m.contains("never matches: every match needs"))
            .map(String::as_str)
            .collect();
        assert_eq!(unmatchable.len(), 3, "{text:?}");
        assert!(unmatchable[0].starts_with("l/pm.lex:5: warning: /Roadmap/"), "{text:?}");
        assert!(
            unmatchable[1].starts_with("l/pm.lex:7: warning: /a/ = 2 b/"),
            "{text:?}"
        );
        assert!(unmatchable[2].starts_with("l/pm.lex:9: warning: /[A-Z]+/"), "{text:?}");
    }

    #[test]
    fn reports_a_regex_too_big_to_compile() {
        let findings = check(&files("/(\\w{100}){1000}/\n", ""), None);
        let text = messages(&findings);
        assert!(
            text.iter()
                .any(|m| m.starts_with("l/pm.lex:3: error: regular expression does not compile")),
            "{text:?}"
        );
    }

    #[test]
    fn liwc_dictionaries_are_checked_too() {
        let dic = LexiconFile {
            path: "d/r.dic".into(),
            text: "%\n1 pm\n2 em\n%\nroadmap\t1\nroadmap\t1\nhire\t9\n".into(),
        };
        let text = messages(&check_liwc(&dic, None));
        assert_eq!(text, ["d/r.dic:7: error: category 9 is not declared in the header"]);
        let dic = LexiconFile {
            path: "d/r.dic".into(),
            text: "%\n1 pm\n%\nroadmap\t1\nroadmap\t1\n".into(),
        };
        let text = messages(&check_liwc(&dic, None));
        assert!(text[0].starts_with("d/r.dic:5: error: duplicate entry"), "{text:?}");
    }

    #[test]
    fn a_cue_may_share_words_with_a_term() {
        assert!(check(&files("supported\n", "[hedge]\nsupported\n"), None).is_empty());
    }

    #[test]
    fn reports_entries_shadowed_by_an_equal_or_longer_one() {
        let findings = check(&files("roadmap*\nroadmap\n", ""), None);
        let text = messages(&findings);
        assert_eq!(text.len(), 1, "{text:?}");
        assert!(
            text[0].starts_with("l/pm.lex:4: warning: \"roadmap\" never matches: \"roadmap*\""),
            "{text:?}"
        );
    }

    #[test]
    fn reports_greedy_and_short_stems_with_a_sample() {
        let dictionary: Vec<String> = (0..20).map(|i| format!("plan{}", "e".repeat(i + 1))).collect();
        let findings = check(&files("plan*\nroadmap*\npr*\nrelease plan*\n", ""), Some(&dictionary));
        let text = messages(&findings);
        assert_eq!(text.len(), 2, "{text:?}");
        assert!(
            text[0].contains("stem \"plan*\" matches 20 dictionary words, e.g. plane"),
            "{text:?}"
        );
        assert!(text[1].contains("stem \"pr*\" is very short"), "{text:?}");
    }
}
