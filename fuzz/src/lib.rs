//! The bodies of the fuzz targets, shared by `fuzz_targets/*.rs` (run by `cargo fuzz`) and by
//! `tests/fuzz_regressions.rs` in the main crate (which includes this file with `#[path]`), so the
//! committed regression inputs under `fuzz/regressions/<target>/` are replayed through exactly the
//! code the fuzzer ran. Each function panics (an assertion) when it finds a bug; it uses only
//! crates the main crate already depends on.

use std::sync::{Mutex, OnceLock, PoisonError};

use regex_automata::meta::Regex;
use rolemap::activity::{self, Parsed};
use rolemap::classify::{Classification, Classifier};
use rolemap::input;
use rolemap::lexicon::{Lexicon, LexiconFile, Pattern};
use rolemap::matcher::{Found, Hit, MAX_REGEX_SPAN, Matcher};
use rolemap::normalize::normalize;
use rolemap::report::{DocumentReport, Expectation, Selection, build_document};

/// Name given to the fuzzed document.
const SOURCE: &str = "fuzz.md";

/// Sentence classified with every lexicon that parses: negation, hedge, plural, stem, accents,
/// digits, energy marker.
pub const SENTENCE: &str =
    "Did not own the roadmap; helped with hiring two engineers across 4 teams — Café launch & migration plans (+)";

/// Document run through `build_document` with every lexicon that parses.
pub const DOCUMENT: &str = "---\nrole: pm\n---\n# 2025 Q1\n- (+) Wrote the PRD and ran user interviews\n  with customers\n- 2025-02-03: Held 1:1s with my direct reports [-]\n## Notes\n* [x] Fixed a flaky test\n\n1. Coordinated the launch across 3 teams\n";

/// The built-in lexicon, loaded once.
fn builtin() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::builtin().expect("the built-in lexicon parses"))
}

/// One classifier over the built-in lexicon, compiled once and reused (as the CLI does).
fn builtin_classifier() -> &'static Mutex<Classifier<'static>> {
    static CLASSIFIER: OnceLock<Mutex<Classifier<'static>>> = OnceLock::new();
    CLASSIFIER.get_or_init(|| Mutex::new(Classifier::new(builtin(), 0)))
}

/// The built-in lexicon's matcher with its reference regexes, for [`check_matcher`].
fn builtin_oracle() -> &'static Mutex<(Matcher, Vec<Reference>, Found)> {
    static ORACLE: OnceLock<Mutex<(Matcher, Vec<Reference>, Found)>> = OnceLock::new();
    ORACLE.get_or_init(|| {
        let lexicon = builtin();
        Mutex::new((Matcher::new(lexicon, 0), references(lexicon), Found::default()))
    })
}

/// Most activities of one input checked against the reference regexes.
const ORACLE_ACTIVITIES: usize = 64;

/// `activity_parser`: bytes → `input::decode` → `activity::parse` → classify with the built-in
/// lexicon → `build_document`; every line and every activity must be accounted for, and the
/// matcher's regex hits on each activity must agree with a plain regex scan ([`check_matcher`]).
pub fn activity_parser(data: &[u8]) {
    let text = match input::decode(data, SOURCE) {
        Ok((text, _warnings)) => text,
        Err(error) => {
            // Only a NUL byte, or the signature of a document format read by other tools (a PDF,
            // RTF, a zip), makes decoding fail; parse the text anyway, NULs and all.
            let by_kind = error
                .downcast_ref::<input::BinaryFile>()
                .is_some_and(|binary| binary.1.is_some());
            assert!(
                data.contains(&0) || by_kind,
                "decode refused input without a NUL byte: {error}"
            );
            String::from_utf8_lossy(data).into_owned()
        }
    };
    let parsed = activity::parse(&text);
    check_parsed(&text, &parsed);

    let mut classifier = builtin_classifier().lock().unwrap_or_else(PoisonError::into_inner);
    let everything = Selection::default();
    let report = build_document(SOURCE, &parsed, &mut classifier, &everything, &Expectation::default());
    check_totals(&parsed, &report);
    // Without a window or filter, only unchecked task boxes (`- [ ] …`) are left out.
    assert_eq!(
        report.totals.excluded, report.totals.unchecked,
        "nothing but unchecked tasks is excluded without a filter"
    );

    let window = Selection {
        since: Some(jiff::civil::date(2024, 7, 1)),
        until: Some(jiff::civil::date(2025, 6, 30)),
        dated_only: true,
        energy_only: data.first().is_some_and(|b| b & 1 == 1),
    };
    let expectation = Expectation {
        role: Some("PM".into()),
        allow_hybrid: true,
        ..Expectation::default()
    };
    let filtered = build_document(SOURCE, &parsed, &mut classifier, &window, &expectation);
    check_totals(&parsed, &filtered);
    assert!(filtered.check.is_some(), "an expected role is always checked");
    serde_json::to_string(&filtered).expect("the report serialises to JSON");
    drop(classifier);

    let mut oracle = builtin_oracle().lock().unwrap_or_else(PoisonError::into_inner);
    let (matcher, references, found) = &mut *oracle;
    for activity in parsed.activities.iter().take(ORACLE_ACTIVITIES) {
        check_matcher(matcher, references, found, &activity.text);
    }
    drop(oracle);

    // The same bytes read as a web page: a bounded text, every line of it accounted for.
    let mut page = Vec::new();
    std::io::Read::read_to_end(&mut rolemap::html::HtmlText::new(data), &mut page).expect("a page in memory reads");
    assert!(
        page.len() <= 8 * data.len() + 1,
        "a page's text grew past 8 bytes a byte"
    );
    let page = String::from_utf8_lossy(&page);
    check_parsed(&page, &activity::parse(&page));
}

fn check_parsed(text: &str, parsed: &Parsed) {
    assert_eq!(parsed.lines, activity::lines(text).count(), "line count");
    assert_eq!(
        parsed.lines,
        parsed.activities.len() + parsed.continuations + parsed.skipped,
        "lines = activities + continuations + skipped"
    );
    let mut previous = 0;
    for activity in &parsed.activities {
        assert!(
            activity.line > previous && activity.line <= parsed.lines,
            "activity line {} out of order or range (previous {previous}, {} lines)",
            activity.line,
            parsed.lines
        );
        previous = activity.line;
    }
}

fn check_totals(parsed: &Parsed, report: &DocumentReport) {
    let t = &report.totals;
    assert_eq!(t.lines, parsed.lines, "totals.lines");
    assert_eq!(t.activities, parsed.activities.len(), "totals.activities");
    assert_eq!(report.activities.len(), t.activities, "one report per activity");
    assert_eq!(
        t.lines,
        t.activities + t.continuations + t.skipped,
        "lines = activities + continuations + skipped: {t:?}"
    );
    assert_eq!(
        t.activities,
        t.matched + t.unmatched + t.excluded,
        "activities = matched + unmatched + excluded: {t:?}"
    );
    assert!(t.undated <= t.activities, "undated ≤ activities: {t:?}");
}

/// `lexicon_parser`: text split at its first NUL (else halfway) into a category file
/// `f/pm.lex` and a rules file `f/m.rules`, parsed with `Lexicon::parse`; the whole text parsed
/// with `Lexicon::parse_liwc`. Whatever parses is compiled and used, and must never panic.
pub fn lexicon_parser(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (category, rules) = split(&text);
    let files = [
        LexiconFile {
            path: "f/pm.lex".into(),
            text: category.into(),
        },
        LexiconFile {
            path: "f/m.rules".into(),
            text: rules.into(),
        },
    ];
    let parsed = Lexicon::parse(&files);
    let (all, errors) = Lexicon::parse_all(&files);
    assert_eq!(
        parsed.is_ok(),
        all.is_some() && errors.is_empty(),
        "parse and parse_all disagree"
    );
    for error in &errors {
        assert!(
            error.path == "f/pm.lex" || error.path == "f/m.rules",
            "error names an unknown file: {error}"
        );
        assert!(
            error.line <= text.lines().count() + 1,
            "error line out of range: {error}"
        );
    }
    if let Ok(lexicon) = parsed {
        exercise(&lexicon, &text);
    }
    let liwc = LexiconFile {
        path: "f/x.dic".into(),
        text: text.clone().into_owned(),
    };
    if let Ok(lexicon) = Lexicon::parse_liwc(&liwc) {
        exercise(&lexicon, &text);
    }
}

/// Splits at the first NUL (dropping it), else at the middle (moved back to a char boundary).
fn split(text: &str) -> (&str, &str) {
    if let Some((a, b)) = text.split_once('\0') {
        return (a, b);
    }
    let mut middle = text.len() / 2;
    while !text.is_char_boundary(middle) {
        middle -= 1;
    }
    text.split_at(middle)
}

/// Compiles `lexicon` (both automaton kinds, which must agree), classifies [`SENTENCE`], builds a
/// report of [`DOCUMENT`], and checks the matcher's regex hits on `text` (the fuzz input, which
/// holds the regexes' own words) and the sentence against the reference regexes.
fn exercise(lexicon: &Lexicon, text: &str) {
    assert!(!lexicon.categories.is_empty(), "a parsed lexicon has a category");
    let mut nfa = Classifier::new(lexicon, 0);
    let mut dfa = Classifier::new(lexicon, 1 << 20);
    for sentence in [SENTENCE, "", "not helped"] {
        let a = nfa.classify(sentence);
        check_classification(lexicon, a);
        let b = dfa.classify(sentence);
        assert_eq!(a, b, "NFA and DFA classifiers disagree on {sentence:?}");
    }
    let parsed = activity::parse(DOCUMENT);
    let report = build_document(
        "doc.md",
        &parsed,
        &mut nfa,
        &Selection::default(),
        &Expectation::default(),
    );
    check_totals(&parsed, &report);
    assert_eq!(
        report.roles.len(),
        lexicon.categories.len(),
        "one role row per category"
    );
    serde_json::to_string(&report).expect("the report serialises to JSON");

    let matcher = Matcher::new(lexicon, 0);
    let references = references(lexicon);
    let mut found = Found::default();
    for sample in [SENTENCE, text] {
        check_matcher(&matcher, &references, &mut found, sample);
    }
}

/// A regex entry compiled as the matcher compiles it: `(entry, the regex, the regex anchored at
/// both ends)`.
type Reference = (usize, Regex, Regex);

/// Reference regexes for every regex entry that compiles (one that does not never matches).
fn references(lexicon: &Lexicon) -> Vec<Reference> {
    let build = |source: &str| {
        Regex::builder()
            .configure(Regex::config().nfa_size_limit(Some(32 << 20)))
            .build(source)
            .ok()
    };
    let mut out = Vec::new();
    for (entry, e) in lexicon.entries.iter().enumerate() {
        if let Pattern::Regex(source, ..) = &e.pattern
            && let Some(regex) = build(source)
            && let Some(whole) = build(&format!("^(?:{source})$"))
        {
            out.push((entry, regex, whole));
        }
    }
    out
}

/// The matcher's regex candidates on `text` (normalised) against a plain scan: every match a
/// regex finds scanning the whole text that starts and ends on word boundaries, and is at most
/// [`MAX_REGEX_SPAN`] long (the longest match the matcher looks for), must be a candidate (the
/// trigger and literal shortcuts may only find more), and every candidate of a regex entry must
/// be a text that regex matches.
fn check_matcher(matcher: &Matcher, references: &[Reference], found: &mut Found, text: &str) {
    let normalized = normalize(text);
    matcher.find(&normalized, found);
    let bytes = normalized.as_bytes();
    let at_boundary = |start: usize, end: usize| {
        start < end && (start == 0 || bytes[start - 1] == b' ') && (end == bytes.len() || bytes[end] == b' ')
    };
    for (entry, regex, _) in references {
        for m in regex.find_iter(&normalized) {
            if at_boundary(m.start(), m.end()) && m.len() <= MAX_REGEX_SPAN {
                let hit = Hit {
                    entry: *entry,
                    start: m.start(),
                    end: m.end(),
                };
                assert!(
                    found.candidates.contains(&hit),
                    "regex entry {entry} matches {:?} in {normalized:?} but the matcher missed it",
                    &normalized[m.start()..m.end()]
                );
            }
        }
    }
    for hit in &found.candidates {
        let Some(span) = normalized.get(hit.start..hit.end) else {
            panic!("candidate {hit:?} is not on char boundaries of {normalized:?}");
        };
        assert!(
            at_boundary(hit.start, hit.end),
            "candidate {hit:?} is not on word boundaries of {normalized:?}"
        );
        if let Some((_, _, whole)) = references.iter().find(|(entry, _, _)| *entry == hit.entry) {
            assert!(
                whole.is_match(span),
                "regex entry {} does not match {span:?}, yet the matcher found it",
                hit.entry
            );
        }
    }
}

fn check_classification(lexicon: &Lexicon, c: &Classification) {
    assert_eq!(c.scores.len(), lexicon.categories.len(), "one score per category");
    assert!(
        c.scores.iter().all(|s| s.is_finite() && *s >= 0.0),
        "scores {:?}",
        c.scores
    );
    if let Some(role) = c.role {
        assert!(role < lexicon.categories.len(), "role index out of range");
    }
    for m in &c.matches {
        assert!(m.entry < lexicon.entries.len(), "match entry out of range");
        assert!(
            m.category.is_none_or(|i| i < lexicon.categories.len()),
            "match category out of range"
        );
    }
}

/// `regex_timing`: the input's first line is a regex entry, the rest a sample of text. The
/// sample, normalised and repeated to about 16 KiB and to four times that, is matched; the bytes
/// the regex searches read ([`Found::regex_bytes`]) must grow no faster than the text (a search
/// restarted from every trigger, reading to the end of the line, grew with its square). Run it
/// with `-timeout=10` so that a slow line is reported too.
pub fn regex_timing(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (regex, sample) = text.split_once('\n').unwrap_or((&text, "coordinated teams a z xba"));
    let file = LexiconFile {
        path: "t/pm.lex".into(),
        text: format!("@name P\n@question q\n/{regex}/ = 2\n"),
    };
    let Ok(lexicon) = Lexicon::parse(&[file]) else {
        return;
    };
    let sample = normalize(sample);
    if sample.is_empty() {
        return;
    }
    let line = |bytes: usize| {
        let mut line = String::with_capacity(bytes + sample.len() + 1);
        while line.len() < bytes {
            line.push_str(&sample);
            line.push(' ');
        }
        line.trim_end().to_string()
    };
    let matcher = Matcher::new(&lexicon, 0);
    let mut found = Found::default();
    let short = line(16 << 10);
    matcher.find(&short, &mut found);
    let read_short = found.regex_bytes();
    let long = line(64 << 10);
    matcher.find(&long, &mut found);
    let read_long = found.regex_bytes() - read_short;
    let ratio = long.len() as f64 / short.len() as f64;
    assert!(
        read_long as f64 <= (read_short as f64 + 2.0 * MAX_REGEX_SPAN as f64) * ratio * 1.25,
        "regex {regex:?}: read {read_short} bytes on {} and {read_long} on {}: not linear",
        short.len(),
        long.len()
    );
}
