//! Property tests: invariants that must hold for any input, checked on generated text.
//!
//! Most properties go through the library (fast); a few run the binary on arbitrary bytes.

use std::cell::RefCell;
use std::sync::OnceLock;

use assert_cmd::cargo::cargo_bin_cmd;
use proptest::prelude::*;
use rolemap::activity;
use rolemap::classify::Classifier;
use rolemap::families::{FamilySet, lead_variants};
use rolemap::lexicon::{Lexicon, Pattern};
use rolemap::matcher::{Found, Hit, Matcher};
use rolemap::normalize::normalize;
use rolemap::report::{DocumentReport, Expectation, Selection, build_document};
use rolemap::scanner::AUTOMATON_THRESHOLD_BYTES;

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::builtin().expect("the built-in lexicon loads"))
}

thread_local! {
    /// One compiled classifier per test thread.
    static CLASSIFIER: RefCell<Classifier<'static>> = RefCell::new(Classifier::new(lexicon(), 0));
}

fn report_with(text: &str, selection: &Selection) -> DocumentReport {
    let parsed = activity::parse(text);
    CLASSIFIER.with(|classifier| {
        build_document(
            "prop.md",
            &parsed,
            &mut classifier.borrow_mut(),
            selection,
            &Expectation::default(),
        )
    })
}

fn report(text: &str) -> DocumentReport {
    report_with(text, &Selection::default())
}

/// An activity's role and its score per category label.
type Outcome = (Option<String>, Vec<(String, f64)>);

/// (role, scores) of every activity: what must not change under harmless edits.
fn outcomes(report: &DocumentReport) -> Vec<Outcome> {
    report
        .activities
        .iter()
        .map(|a| (a.role.clone(), a.scores.0.clone()))
        .collect()
}

/// `cases` cases, and no regression files written next to the tests.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------------

/// Pieces of Markdown-ish text, role words, and arbitrary characters (no NUL).
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<char>().prop_filter("no NUL", |c| *c != '\0').prop_map(String::from),
        2 => prop::sample::select(vec!["\n", "\r", "\r\n", "\t", " ", "  "]).prop_map(String::from),
        2 => prop::sample::select(vec![
            "- ", "* ", "+ ", "• ", "1. ", "2) ", "# ", "## ", "###### ", "---", "***", "___", "===", "[ ] ",
            "[x] ", "[X] ", "(+) ", "[-] ", " (-)", "**", "__", "~~", "`", "2025-01-02: ", "2024-Q3 ", "...",
            "role: tpm", "é", "ﬁ", "İ", "ß", "’", "'", "\u{200F}", "\u{FEFF}", "\u{FFFD}", "😀",
            // Pasted resumes: bullets, job headers, sections, and the dates people write.
            "▪", "◦", "o ", "—", "\u{F0B7}", "EXPERIENCE\n", "Education\n", "jane@example.com\n",
            "Engineering Manager, Acme — Jan 2021 – Present\n", "Acme Corp | Berlin | 2019–2021\n",
            "Staff Engineer\n", "March 2022 – Present", "Jan–Mar 2025", "FY26 Q1", "Nov '25", "Q2",
            "Week of 2025-03-10", "03/04/2026", "2025-13", "**2024-10**",
        ])
        .prop_map(String::from),
        3 => prop::sample::select(WORDS.to_vec()).prop_map(|w| format!("{w} ")),
    ]
}

fn arbitrary_document() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..120).prop_map(|parts| parts.concat())
}

/// Role-ish and neutral words (ASCII, so letter case maps one to one).
const WORDS: &[&str] = &[
    "roadmap",
    "PRD",
    "customer",
    "interviews",
    "user",
    "research",
    "pricing",
    "market",
    "vision",
    "hiring",
    "hired",
    "mentored",
    "coaching",
    "one-on-ones",
    "performance",
    "review",
    "on-call",
    "rotation",
    "my",
    "team",
    "critical",
    "path",
    "dependencies",
    "milestones",
    "risks",
    "migration",
    "launch",
    "across",
    "four",
    "teams",
    "cross-team",
    "program",
    "not",
    "never",
    "helped",
    "supported",
    "implemented",
    "fixed",
    "debugged",
    "wrote",
    "code",
    "the",
    "and",
    "with",
    "for",
    "a",
    "lunch",
    "coffee",
    "database",
    "quarterly",
    "owned",
    "led",
    "drove",
];

/// One word of the pool in one of three letter cases.
#[derive(Debug, Clone)]
struct CasedWord {
    word: &'static str,
    case: u8,
}

impl CasedWord {
    fn lower(&self) -> String {
        self.word.to_ascii_lowercase()
    }

    fn cased(&self) -> String {
        match self.case {
            0 => self.word.to_ascii_lowercase(),
            1 => self.word.to_ascii_uppercase(),
            _ => {
                let mut chars = self.word.chars();
                chars.next().map_or_else(String::new, |first| {
                    first.to_ascii_uppercase().to_string() + &chars.as_str().to_ascii_lowercase()
                })
            }
        }
    }
}

/// A bullet line: words plus some trailing whitespace.
#[derive(Debug, Clone)]
struct BulletLine {
    words: Vec<CasedWord>,
    trailing: &'static str,
}

impl BulletLine {
    fn plain(&self) -> String {
        let words: Vec<String> = self.words.iter().map(CasedWord::lower).collect();
        format!("- {}", words.join(" "))
    }

    fn disguised(&self) -> String {
        let words: Vec<String> = self.words.iter().map(CasedWord::cased).collect();
        format!("- {}{}", words.join(" "), self.trailing)
    }
}

fn bullet_line() -> impl Strategy<Value = BulletLine> {
    let word = (prop::sample::select(WORDS.to_vec()), 0u8..3).prop_map(|(word, case)| CasedWord { word, case });
    (
        prop::collection::vec(word, 1..10),
        prop::sample::select(vec!["", " ", "\t", "  \t ", "\u{00A0}", "\u{3000}"]),
    )
        .prop_map(|(words, trailing)| BulletLine { words, trailing })
}

fn bullet_list() -> impl Strategy<Value = Vec<BulletLine>> {
    prop::collection::vec(bullet_line(), 1..25)
}

// ---------------------------------------------------------------------------------------------
// Properties through the library
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(256))]

    /// Any text: parsing and building the breakdown never panic and every line is counted once.
    #[test]
    fn totals_add_up_for_any_text(text in arbitrary_document(), dated_only: bool, energy_only: bool) {
        for selection in [
            Selection::default(),
            Selection { dated_only, energy_only, ..Selection::default() },
        ] {
            let report = report_with(&text, &selection);
            let t = report.totals;
            prop_assert_eq!(t.lines, t.activities + t.continuations + t.skipped, "lines: {:?}", t);
            prop_assert_eq!(t.activities, t.matched + t.unmatched + t.excluded, "activities: {:?}", t);
            prop_assert_eq!(t.activities, report.activities.len());
            prop_assert_eq!(t.lines, activity::lines(&text).count());
            let shares: f64 = report.roles.iter().map(|r| r.share).sum();
            prop_assert!(t.matched == 0 || (shares - 1.0).abs() < 1e-3, "shares sum to {}", shares);
            prop_assert!((0.0..=1.0).contains(&report.verdict.margin));
            for a in &report.activities {
                prop_assert!(a.line >= 1 && a.line <= t.lines, "line {} of {}", a.line, t.lines);
                prop_assert!(a.scores.0.iter().all(|(_, s)| s.is_finite() && *s >= 0.0), "{:?}", a.scores);
                prop_assert!(a.job.is_none_or(|j| j < report.jobs.len()), "job {:?} of {}", a.job, report.jobs.len());
            }
            // A resume's jobs add up too, and share out no more lines than the document has.
            let mut job_lines = 0;
            for (index, job) in report.jobs.iter().enumerate() {
                let j = job.totals;
                prop_assert_eq!(j.lines, j.activities + j.continuations + j.skipped, "job: {:?}", j);
                prop_assert_eq!(j.activities, j.matched + j.unmatched + j.excluded, "job: {:?}", j);
                let listed = report.activities.iter().filter(|a| a.job == Some(index)).count();
                prop_assert_eq!(j.activities, listed);
                job_lines += j.lines;
            }
            prop_assert!(job_lines <= t.lines, "jobs hold {} of {} lines", job_lines, t.lines);
        }
    }

    /// Pure Unicode soup, no Markdown help: same invariants.
    #[test]
    fn totals_add_up_for_any_unicode_string(text in "[^\u{0}]{0,400}") {
        let report = report(&text);
        let t = report.totals;
        prop_assert_eq!(t.lines, t.activities + t.continuations + t.skipped);
        prop_assert_eq!(t.activities, t.matched + t.unmatched + t.excluded);
    }

    /// Letter case, trailing whitespace and line endings do not change any activity's result.
    #[test]
    fn case_whitespace_and_line_ends_do_not_matter(lines in bullet_list()) {
        let plain: String = lines.iter().map(|l| l.plain() + "\n").collect();
        let disguised: String = lines.iter().map(|l| l.disguised() + "\r\n").collect();
        let expected = report(&plain);
        prop_assert_eq!(expected.activities.len(), lines.len());
        let actual = report(&disguised);
        prop_assert_eq!(outcomes(&actual), outcomes(&expected), "\n{}\nvs\n{}", disguised, plain);
        let lone_cr: String = lines.iter().map(|l| l.disguised() + "\r").collect();
        prop_assert_eq!(outcomes(&report(&lone_cr)), outcomes(&expected));
    }

    /// A line is classified the same in a file as on its own.
    #[test]
    fn whole_file_equals_each_line_alone(lines in bullet_list()) {
        let text: String = lines.iter().map(|l| l.disguised() + "\n").collect();
        let whole = outcomes(&report(&text));
        let alone: Vec<_> = lines
            .iter()
            .flat_map(|l| outcomes(&report(&format!("{}\n", l.disguised()))))
            .collect();
        prop_assert_eq!(whole, alone);
    }

    /// Normalising twice changes nothing, and the result is words separated by single spaces.
    #[test]
    fn normalize_is_idempotent_and_tidy(text in "\\PC{0,80}|[ -~]{0,80}|\\p{Lu}{0,20}|[\\p{M}\\p{Zs}\\p{P}a-zA-Z'’]{0,40}") {
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once.clone(), "input {:?}", text);
        prop_assert!(!once.contains("  "), "double space in {:?}", once);
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' '), "edge space in {:?}", once);
        prop_assert!(once.chars().all(|c| c == ' ' || c.is_alphanumeric()), "stray character in {:?}", once);
    }

    /// Same properties on arbitrary `char` sequences (including controls and unassigned code points).
    #[test]
    fn normalize_is_idempotent_on_any_chars(chars in prop::collection::vec(any::<char>(), 0..60)) {
        let text: String = chars.into_iter().collect();
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once.clone(), "input {:?}", text);
        prop_assert!(!once.contains("  "), "double space in {:?}", once);
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' '), "edge space in {:?}", once);
    }
}

// ---------------------------------------------------------------------------------------------
// Properties through the binary
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(24))]

    /// Arbitrary bytes on stdin: exit 2 exactly when the input is binary (a NUL byte in the first
    /// 8 KiB, UTF-16 aside), exit 0 otherwise with a warning exactly when bytes were changed; the
    /// JSON totals add up and nothing panics.
    #[test]
    fn any_bytes_on_stdin_exit_cleanly(mut bytes in prop::collection::vec(any::<u8>(), 0..600), nul_free: bool) {
        if nul_free {
            bytes.retain(|&b| b != 0);
        }
        let output = cargo_bin_cmd!("rolemap")
            .args(["-", "--format", "json"])
            .write_stdin(bytes.clone())
            .output()
            .expect("run rolemap");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        prop_assert!(!stderr.contains("panicked"), "{}", stderr);
        let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        // A document's or an image's signature (a gzip file's two bytes turn up in one case of
        // about 65,000) is refused before the text is read, with what the file is.
        if rolemap::input::document_kind(body).is_some() {
            prop_assert_eq!(output.status.code(), Some(2), "{}", stderr);
            prop_assert!(stderr.starts_with("rolemap: error: <stdin>: ") && stderr.contains(", not plain text;"), "{}", stderr);
            return Ok(());
        }
        if !utf16 && body.contains(&0) {
            prop_assert_eq!(output.status.code(), Some(2), "{}", stderr);
            prop_assert_eq!(stderr.trim_end(), "rolemap: error: <stdin>: looks like a binary file (NUL byte in the first 8 KiB); rolemap reads text");
            return Ok(());
        }
        prop_assert_eq!(output.status.code(), Some(0), "{}", stderr);
        // A warning about changed bytes (a document without activities has one of its own).
        let warned = stderr
            .lines()
            .any(|line| line.starts_with("rolemap: warning: <stdin>") && !line.contains(": no activities found"));
        let changed = utf16 || std::str::from_utf8(body).is_err();
        prop_assert_eq!(warned, changed, "{}", stderr);
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        let t = &json["documents"][0]["totals"];
        let n = |k: &str| t[k].as_u64().expect("count");
        prop_assert_eq!(n("lines"), n("activities") + n("continuations") + n("skipped"));
        prop_assert_eq!(n("activities"), n("matched") + n("unmatched") + n("excluded"));
    }

    /// Text through the binary gives the library's result.
    #[test]
    fn the_binary_agrees_with_the_library(text in arbitrary_document()) {
        let output = cargo_bin_cmd!("rolemap")
            .args(["-", "--format", "json"])
            .write_stdin(text.clone())
            .output()
            .expect("run rolemap");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        prop_assert!(!stderr.contains("panicked"), "{}", stderr);
        // A line such as `role: tpm` names the role the page is checked against (a page's
        // property), and a check can fail: exit 1, saying so.
        let checked = output.status.code() == Some(1) && stderr.contains("rolemap: check failed: <stdin>: expected ");
        prop_assert!(output.status.code() == Some(0) || checked, "{}", stderr);
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        // The binary strips one UTF-8 byte-order mark, as a decoder does.
        let expected = report(text.strip_prefix('\u{FEFF}').unwrap_or(&text));
        let activities = json["documents"][0]["activities"].as_array().expect("activities");
        prop_assert_eq!(activities.len(), expected.activities.len());
        for (got, want) in activities.iter().zip(&expected.activities) {
            prop_assert_eq!(got["text"].as_str(), Some(want.text.as_str()));
            prop_assert_eq!(got["role"].as_str(), want.role.as_deref());
        }
    }
}

/// The built-in lexicon compiled with the automaton scanner. (The prefix table is compiled
/// afresh for each case: it turns into an automaton once 64 KB have gone through it.)
fn automaton_matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| Matcher::new(lexicon(), AUTOMATON_THRESHOLD_BYTES))
}

/// Lines made of the lexicon's own entries (words, phrases, stems with an ending), other forms
/// of their word families, role words and arbitrary fragments: text that matches a lot, and
/// overlaps.
fn lexicon_line() -> impl Strategy<Value = String> {
    let entries: Vec<String> = lexicon()
        .entries
        .iter()
        .filter(|e| !e.text.starts_with('/'))
        .map(|e| e.text.replace('*', "ing"))
        .collect();
    let piece = prop_oneof![
        3 => prop::sample::select(entries),
        3 => prop::sample::select(family_forms()),
        1 => fragment(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.join(" "))
}

/// Every form the unquoted word and phrase entries meet: each leading word in its inflections,
/// the last in every form of its family (and the word with a letter more, which no family has).
fn family_forms() -> Vec<String> {
    let mut families = FamilySet::default();
    let mut forms = Vec::new();
    for entry in &lexicon().entries {
        let Pattern::Words(words) = &entry.pattern else {
            continue;
        };
        let all: Vec<&str> = words.split(' ').collect();
        let Some((last, lead)) = all.split_last() else {
            continue;
        };
        let leads = lead_variants(lead, |word| {
            let id = families.id(word);
            families.get(id).inflections().into_iter().map(str::to_string).collect()
        });
        let id = families.id(last);
        let family = families.get(id);
        for lead in &leads {
            for rest in family.remainders() {
                forms.push(format!("{lead}{}{rest}", family.prefix()));
            }
            forms.push(format!("{lead}{last}x"));
        }
    }
    forms
}

/// Every form a word or phrase entry meets (as `lexicon list` shows them) is found, whole, by the
/// matcher, whichever engine scans; a form with a letter more is not.
#[test]
fn every_entry_meets_every_form_of_its_family() {
    let mut families = FamilySet::default();
    let matchers: Vec<Matcher> = [0, AUTOMATON_THRESHOLD_BYTES]
        .into_iter()
        .map(|bytes| Matcher::new(lexicon(), bytes))
        .collect();
    let mut found = Found::default();
    let mut checked = 0;
    for (index, entry) in lexicon().entries.iter().enumerate() {
        let Pattern::Words(words) = &entry.pattern else {
            continue;
        };
        let all: Vec<&str> = words.split(' ').collect();
        let Some((last, lead)) = all.split_last() else {
            continue;
        };
        let leads = lead_variants(lead, |word| {
            let id = families.id(word);
            families.get(id).inflections().into_iter().map(str::to_string).collect()
        });
        let id = families.id(last);
        let family = families.get(id);
        for lead in &leads {
            for rest in family.remainders() {
                let text = format!("{lead}{}{rest}", family.prefix());
                for matcher in &matchers {
                    matcher.find(&text, &mut found);
                    let whole = |h: &Hit| h.entry == index && h.start == 0 && h.end == text.len();
                    assert!(found.candidates.iter().any(whole), "{}: {text:?} not met", entry.origin);
                    matcher.find(&format!("{text}x"), &mut found);
                    assert!(!found.candidates.iter().any(|h| h.entry == index), "{text:?}x met");
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 5000, "{checked} forms");
}

proptest! {
    #![proptest_config(config(256))]

    /// The prefix table (short inputs) and the automaton find the same entries.
    #[test]
    fn every_scan_engine_finds_the_same_entries(line in lexicon_line()) {
        let text = normalize(&line);
        let table = Matcher::new(lexicon(), 0);
        let found: Vec<(Vec<Hit>, Vec<Hit>, Vec<Hit>)> = std::iter::once(&table)
            .chain(std::iter::once(automaton_matcher()))
            .map(|matcher| {
                let mut found = Found::default();
                matcher.find(&text, &mut found);
                found.candidates.sort_unstable();
                found.cues.sort_unstable();
                (found.hits, found.candidates, found.cues)
            })
            .collect();
        prop_assert_eq!(&found[0], &found[1]);
    }
}
