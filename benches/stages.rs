//! The steps of classifying a large file one at a time (divan): `cargo bench --bench stages`.
//!
//! Each step is measured as the streaming pipeline runs it, a line or an activity at a time with
//! its buffers reused: reading lines, normalising an activity's text, classifying it, and adding
//! it to a document's tallies. `benches/classify.rs` measures the lexicon and the matcher.

use rolemap::activity::{self, Activity};
use rolemap::classify::{Classification, Classifier};
use rolemap::input::{LineReader, Source};
use rolemap::lexicon::Lexicon;
use rolemap::normalize::normalize_into;
use rolemap::report::{DocumentBuilder, Selection};

fn main() {
    divan::main();
}

/// `examples/brag.md` (headings, dated and plain bullets, accented and pasted text) again and
/// again, until it is about `bytes` long.
fn brag_text(bytes: usize) -> String {
    let brag = include_str!("../examples/brag.md");
    let mut text = String::with_capacity(bytes + brag.len());
    while text.len() < bytes {
        text.push_str(brag);
    }
    text
}

/// The activities of [`brag_text`].
fn brag_activities(bytes: usize) -> Vec<Activity> {
    activity::parse(&brag_text(bytes)).activities
}

/// The built-in lexicon, loaded once for every bench.
fn lexicon() -> &'static Lexicon {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::builtin().expect("builtin lexicon"))
}

/// Lines read from a file as a large document's are, each lent by the reader.
#[divan::bench(args = [1_000_000])]
fn read_lines(bencher: divan::Bencher, bytes: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("brag.md");
    std::fs::write(&path, brag_text(bytes)).expect("write the text");
    let source = Source::Path(path);
    bencher.counter(divan::counter::BytesCount::new(bytes)).bench_local(|| {
        let mut reader = LineReader::open(&source).expect("opens");
        let mut length = 0;
        while let Some(line) = reader.next_line().expect("reads") {
            length += line.len();
        }
        length
    });
}

/// Each activity's text normalised into one reused buffer, as the classifier does.
#[divan::bench(args = [1_000_000])]
fn normalize_activities(bencher: divan::Bencher, bytes: usize) {
    let activities = brag_activities(bytes);
    let mut normalized = String::new();
    bencher.counter(divan::counter::BytesCount::new(bytes)).bench_local(|| {
        let mut length = 0;
        for activity in &activities {
            normalize_into(divan::black_box(&activity.text), &mut normalized);
            length += normalized.len();
        }
        length
    });
}

/// Each activity classified (normalised, matched, scored) with one classifier.
#[divan::bench(args = [1_000_000])]
fn classify_activities(bencher: divan::Bencher, bytes: usize) {
    let activities = brag_activities(bytes);
    let mut classifier = Classifier::new(lexicon(), bytes);
    bencher.counter(divan::counter::BytesCount::new(bytes)).bench_local(|| {
        let mut matched = 0;
        for activity in &activities {
            matched += usize::from(classifier.classify(divan::black_box(&activity.text)).role.is_some());
        }
        matched
    });
}

/// Classified activities added to a document's tallies (its totals, roles, top terms and
/// periods), the classifications made beforehand.
#[divan::bench(args = [1_000_000])]
fn tally_activities(bencher: divan::Bencher, bytes: usize) {
    let activities = brag_activities(bytes);
    let mut classifier = Classifier::new(lexicon(), bytes);
    let classified: Vec<Classification> = activities
        .iter()
        .map(|activity| classifier.classify(&activity.text).clone())
        .collect();
    bencher.counter(divan::counter::BytesCount::new(bytes)).bench_local(|| {
        let mut builder = DocumentBuilder::new(lexicon(), Selection::default(), false);
        for (activity, classification) in activities.iter().zip(&classified) {
            builder.add(activity, divan::black_box(classification));
        }
        builder
    });
}
