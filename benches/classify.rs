//! Throughput of the classification pipeline (divan): `cargo bench`.
//!
//! The end-to-end comparison with ripgrep is `bench/compare.sh`; these measure the library's
//! steps on a generated corpus so a regression shows up per step.

use rolemap::activity;
use rolemap::classify::Classifier;
use rolemap::lexicon::Lexicon;
use rolemap::matcher::{Found, Matcher};
use rolemap::normalize::normalize;
use rolemap::report::{Expectation, Selection, build_document};

fn main() {
    divan::main();
}

/// A deterministic mix of activity lines, about `bytes` long.
fn corpus(bytes: usize) -> String {
    const LINES: [&str; 8] = [
        "- Led the migration of 40 services across 5 teams and tracked the critical path",
        "- Ran weekly 1:1s with my six direct reports and wrote their performance reviews",
        "- Wrote the PRD for self-serve onboarding after 20 customer interviews",
        "- Implemented the retry logic in the payments client and fixed two flaky tests",
        "## 2025 Q3",
        "- Défini la stratégie produit pour le marché européen (+)",
        "- Hired four engineers and set up the on-call rotation for the team",
        "- Coordinated the launch with infra, SRE and security; unblocked the API dependency",
    ];
    repeated(&LINES, bytes)
}

/// `lines` one after the other, again and again, until the text is about `bytes` long.
fn repeated(lines: &[&str], bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 128);
    for line in lines.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(line);
        text.push('\n');
    }
    text
}

#[divan::bench]
fn compile_lexicon() -> Classifier<'static> {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    let lexicon = LEXICON.get_or_init(|| Lexicon::builtin().expect("builtin lexicon"));
    Classifier::new(lexicon, 0)
}

/// The built-in lexicon's scan laid out at run time (the literal table, its uses and the prefix
/// table), as for a user's lexicon; `compile_lexicon` borrows the layout build.rs wrote.
#[divan::bench]
fn lay_out_scan() -> Matcher {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    let lexicon = LEXICON.get_or_init(|| Lexicon::builtin().expect("builtin lexicon"));
    Matcher::build(lexicon, 0)
}

/// Start-up's matching on a short input: a matcher borrowing build.rs's tables, then the lines of
/// `examples/sample.md`, which compile the regexes they trigger (from the NFAs build.rs wrote)
/// and search each with its PikeVM. A new matcher each time, so every run compiles them.
#[divan::bench]
fn first_lines(bencher: divan::Bencher) {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    let lexicon = LEXICON.get_or_init(|| Lexicon::builtin().expect("builtin lexicon"));
    let lines: Vec<String> = include_str!("../examples/sample.md").lines().map(normalize).collect();
    bencher.bench_local(|| {
        let matcher = Matcher::new(lexicon, 0);
        let mut found = Found::default();
        let mut hits = 0;
        for line in &lines {
            matcher.find(divan::black_box(line), &mut found);
            hits += found.hits.len();
        }
        hits
    });
}

/// The built-in lexicon as start-up gets it: read from the tables build.rs wrote.
#[divan::bench]
fn load_builtin_lexicon() -> Lexicon {
    Lexicon::builtin().expect("builtin lexicon")
}

/// The built-in lexicon parsed from its text, as build.rs (and a user's `--lexicon`) does.
#[divan::bench]
fn parse_lexicon() -> Lexicon {
    Lexicon::parse_builtin_files().expect("builtin lexicon")
}

#[divan::bench(args = [100_000, 1_000_000])]
fn normalize_text(bencher: divan::Bencher, bytes: usize) {
    let text = corpus(bytes);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| normalize(divan::black_box(&text)));
}

/// Matching alone (the literal scan and the regex runs it triggers) on lines already
/// normalised: the stage that regex planning (a prefix set for the starts, a rare inner literal
/// as the guard) speeds up. Under 64 KB the scan uses the prefix table, above the automaton.
#[divan::bench(args = [10_000, 100_000, 1_000_000])]
fn find_matches(bencher: divan::Bencher, bytes: usize) {
    bench_find(bencher, &corpus(bytes));
}

/// Times the built-in lexicon's matching of `text`'s lines, normalised beforehand.
fn bench_find(bencher: divan::Bencher, text: &str) {
    let lexicon = Lexicon::builtin().expect("builtin lexicon");
    let lines: Vec<String> = text.lines().map(normalize).collect();
    let matcher = Matcher::new(&lexicon, text.len());
    let mut found = Found::default();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| {
            let mut hits = 0;
            for line in &lines {
                matcher.find(divan::black_box(line), &mut found);
                hits += found.hits.len();
            }
            hits
        });
}

/// Matching alone on lines that name teams across which work spread (`across 4 teams`, `across
/// the teams`): the bench corpus's most frequent regex triggers, three regexes an `across`, one of
/// them finite (70 texts) and since `speed16` scanned whole instead of run.
#[divan::bench(args = [100_000])]
fn find_across_teams(bencher: divan::Bencher, bytes: usize) {
    const LINES: [&str; 4] = [
        "- Rolled out the new release process across 4 teams over two quarters",
        "- Aligned roadmaps across the teams and orgs that own checkout",
        "- Ran planning across platform and payments teams",
        "- Shipped the migration across all departments",
    ];
    bench_find(bencher, &repeated(&LINES, bytes));
}

#[divan::bench(args = [100_000, 1_000_000])]
fn classify_document(bencher: divan::Bencher, bytes: usize) {
    let lexicon = Lexicon::builtin().expect("builtin lexicon");
    let text = corpus(bytes);
    let mut classifier = Classifier::new(&lexicon, text.len());
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| {
            let parsed = activity::parse(divan::black_box(&text));
            build_document(
                "bench",
                &parsed,
                &mut classifier,
                &Selection::default(),
                &Expectation::default(),
            )
        });
}

/// A user regex that took quadratic time (issue 12): `/coordinated (\w+ )+teams/` on a line of
/// `teams` then `coordinated ` repeated, `copies` times. The time per byte must stay flat as the
/// line grows (80,000 copies: 960 KB, once over a minute).
#[divan::bench(args = [10_000, 40_000, 80_000])]
fn quadratic_regex_line(bencher: divan::Bencher, copies: usize) {
    use rolemap::lexicon::LexiconFile;
    let lexicon = Lexicon::parse(&[LexiconFile {
        path: "bench/tpm.lex".into(),
        text: "@name T\n@question q\n/coordinated (\\w+ )+teams/ = 2\n/(a )*a z|xba( a)*/ = 2\n".into(),
    }])
    .expect("bench lexicon");
    let line = format!("teams {}", "coordinated ".repeat(copies));
    let mut classifier = Classifier::new(&lexicon, 0);
    bencher
        .counter(divan::counter::BytesCount::new(line.len()))
        .bench_local(|| classifier.classify(divan::black_box(&line)).role);
}

/// The literal scan alone (the automaton, as on large inputs) over normalised lines: the lexicon's
/// words, phrases and stems at word starts, and the same texts past their first two bytes
/// anywhere (as inner regex literals are found), every occurrence reported.
#[divan::bench(args = [100_000, 1_000_000])]
fn scan_literals(bencher: divan::Bencher, bytes: usize) {
    use rolemap::lexicon::Pattern;
    use rolemap::scanner::{AUTOMATON_THRESHOLD_BYTES, Anchor, Scanner};
    let lexicon = Lexicon::builtin().expect("builtin lexicon");
    let texts: Vec<&str> = lexicon
        .entries
        .iter()
        .filter_map(|entry| match &entry.pattern {
            Pattern::Words(text) | Pattern::Quoted(text) | Pattern::Stem(text) => Some(text.as_ref()),
            Pattern::Regex(..) => None,
        })
        .collect();
    let literals = texts.iter().map(|t| (t.as_bytes(), Anchor::WordStart)).chain(
        texts
            .iter()
            .filter(|t| t.len() >= 8 && t.is_char_boundary(2))
            .map(|t| (&t.as_bytes()[2..], Anchor::Anywhere)),
    );
    let scanner = Scanner::new(literals, AUTOMATON_THRESHOLD_BYTES);
    let text = corpus(bytes);
    let lines: Vec<String> = text.lines().map(normalize).collect();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| {
            let mut found = 0;
            for line in &lines {
                scanner.scan(divan::black_box(line.as_bytes()), |_, _, _| found += 1);
            }
            found
        });
}

/// Cutting an activity into its words as written (for top terms as written, the first time a
/// term is credited in a chunk), over the corpus's lines.
#[divan::bench(args = [100_000])]
fn words_as_written(bencher: divan::Bencher, bytes: usize) {
    let text = corpus(bytes);
    let lines: Vec<&str> = text.lines().collect();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| {
            lines
                .iter()
                .map(|line| rolemap::surface::words_of(divan::black_box(line)).len())
                .sum::<usize>()
        });
}

/// Cutting a brag list into activities alone (bullets, headings, leading dates and energy
/// markers, continuations), on lines as the generated corpus writes them: one in eight leads
/// with a date, which the date reader reads up to its first plain word.
#[divan::bench(args = [100_000, 1_000_000])]
fn parse_activities(bencher: divan::Bencher, bytes: usize) {
    const LINES: [&str; 8] = [
        "- Led the program status report for enterprise customers on schedule",
        "- 2025-02-01: Unblocked the retry logic for my team",
        "Mentored the PRD for self-serve onboarding across three time zones",
        "1. Planned the SLOs for checkout with product and design (-)",
        "  and kept stakeholders informed through the rollout",
        "- [x] Aligned weekly 1:1s with my reports for the mobile app",
        "## 2021 Q2",
        "* Defined performance reviews in the payments org reducing pages by half",
    ];
    let text = repeated(&LINES, bytes);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| activity::parse(divan::black_box(&text)).activities.len());
}
