//! Plans the built-in lexicon's regex entries at compile time (see `src/plan.rs`), so the binary
//! neither parses nor plans them at start-up, and writes their compiled NFAs as tables;
//! and computes the word families of its word and phrase entries (see `src/inflect.rs`), so
//! start-up stems nothing; and parses the built-in lexicon with the parser of `src/lexicon.rs`,
//! so start-up reads its entries from tables (see `src/builtin.rs`). Writes
//! `$OUT_DIR/builtin_plans.rs`, `$OUT_DIR/builtin_families.rs` and `$OUT_DIR/builtin_lexicon.rs`.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use regex_syntax::hir::Hir;

#[path = "src/plan.rs"]
#[allow(dead_code)]
mod plan;

#[path = "src/inflect.rs"]
#[allow(dead_code)]
mod inflect;

// The lexicon parser itself, with what it uses, so the built-in lexicon is parsed here exactly as
// at run time.
#[path = "src/lexicon.rs"]
#[allow(dead_code)]
mod lexicon;

#[path = "src/normalize.rs"]
#[allow(dead_code)]
mod normalize;

#[path = "src/escape.rs"]
#[allow(dead_code)]
mod escape;

// The matcher's scan layout and prefix table, so the built-in lexicon's scan is laid out here
// exactly as at run time.
#[path = "src/literals.rs"]
#[allow(dead_code)]
mod literals;

#[path = "src/prefixes.rs"]
#[allow(dead_code)]
mod prefixes;

/// What the parser asks of the rest of the crate, which this script does not hold.
mod matcher {
    /// Checks a user's regex (the built-in lexicon's are not compiled while parsing).
    pub fn compile_regex(_: &str, _: Option<&regex_syntax::hir::Hir>) -> Result<(), String> {
        Ok(())
    }
}

/// The tables this script writes do not exist yet: the lexicon is parsed from its files.
mod builtin {
    pub fn lexicon() -> Option<super::lexicon::Lexicon> {
        None
    }
}

fn main() {
    println!("cargo::rerun-if-changed=src/plan.rs");
    println!("cargo::rerun-if-changed=src/inflect.rs");
    for file in [
        "src/lexicon.rs",
        "src/normalize.rs",
        "src/escape.rs",
        "src/literals.rs",
        "src/prefixes.rs",
    ] {
        println!("cargo::rerun-if-changed={file}");
    }
    println!("cargo::rerun-if-changed=lexicon");
    let mut sources: Vec<String> = Vec::new();
    let mut words: BTreeSet<String> = BTreeSet::new();
    // The files embedded as the default lexicon, with the text `src/lexicon.rs` embeds.
    for (file, text) in lexicon::DEFAULT_FILES {
        println!("cargo::rerun-if-changed={file}");
        sources.extend(text.lines().filter_map(regex_source));
        words.extend(text.lines().filter_map(entry_words).flatten());
    }
    // The regexes that get a plan, by source: their places here are their indexes at run time.
    sources.sort();
    sources.dedup();
    sources.retain(|source| regex_syntax::Parser::new().parse(source).is_ok());
    let families = write_families(&words);
    let parsed = lexicon::Lexicon::parse_builtin_files().ok();
    write_lexicon(parsed.as_ref());
    write_matcher(parsed.as_ref(), &words, &families, &sources);
    // The sources and literals are offsets into one text, not slices: the loader would have
    // relocated a pointer for each of the 4,400 of them at every start.
    let mut source_text = String::new();
    let mut text: Vec<u8> = Vec::new();
    let mut ends: Vec<u32> = Vec::new();
    let mut rows = String::new();
    // Appends `set` to the text; gives its "first index in `ends`, count".
    let mut add_set = |set: &[Vec<u8>], text: &mut Vec<u8>| {
        let first = ends.len();
        for literal in set {
            text.extend_from_slice(literal);
            ends.push(offset(text.len()));
        }
        format!("{first}, {}", set.len())
    };
    for source in &sources {
        let Ok(hir) = regex_syntax::Parser::new().parse(source) else {
            continue;
        };
        let plan::Plan { primary, guard } = plan::plan(&hir);
        let (kind, literals) = match primary {
            Some((plan::Use::Exact, set)) => (1, set),
            Some((plan::Use::Trigger, set)) => (2, set),
            Some((plan::Use::InnerTrigger, set)) => (3, set),
            None => (0, Vec::new()),
        };
        let start = source_text.len();
        source_text.push_str(source);
        let literals = add_set(&literals, &mut text);
        let guard = guard.map_or_else(|| format!("{}, 0", u32::MAX), |set| add_set(&set, &mut text));
        let _ = writeln!(rows, "    [{start}, {}, {kind}, {literals}, {guard}],", source.len());
    }
    let mut out = format!(
        "/// The sources of the built-in regexes, one after the other.\n\
         static PLAN_SOURCES: &str = {source_text:?};\n\n\
         /// Their planned literals, one after the other.\n\
         static PLAN_TEXT: &[u8] = {};\n\n\
         /// Where each planned literal ends in `PLAN_TEXT`; it starts where the one before ends.\n\
         static PLAN_ENDS: [u32; {}] = {ends:?};\n\n\
         /// Plans of the built-in regexes, sorted by source: its source (start, length in \
         `PLAN_SOURCES`), its use (0 none, 1 exact, 2 prefix trigger, 3 inner trigger), its literals and \
         its guard's (first index in `PLAN_ENDS`, count; a first of `u32::MAX`: no guard).\n\
         static BUILTIN_PLANS: [[u32; 7]; {}] = [\n{rows}];\n\n",
        byte_string(&text),
        ends.len(),
        rows.lines().count(),
    );
    // Their compiled NFAs, as tables start-up replays through regex-automata's NFA builder:
    // rebuilding an NFA state by state costs a sixth of compiling it from its syntax (which cost
    // as much again to construct), and the tables are a fifth of the size of the code that
    // constructed the syntax.
    let mut words: Vec<u16> = Vec::new();
    let mut starts: Vec<u32> = vec![0];
    // Where each state's words start, so the matcher can search an NFA in place without reading
    // it through first (see src/matcher/backtrack.rs).
    let mut states: Vec<u16> = Vec::new();
    let mut state_starts: Vec<u32> = vec![0];
    for source in &sources {
        let Ok(hir) = regex_syntax::Parser::new().parse(source) else {
            continue;
        };
        if let Some((nfa, firsts)) = nfa_words(&hir) {
            words.extend(nfa);
            states.extend(firsts);
        }
        starts.push(offset(words.len()));
        state_starts.push(offset(states.len()));
    }
    let _ = write!(
        out,
        "/// The built-in regexes' NFAs, one after the other, as `build.rs` encodes them (see \
         `nfa_words` there and `builtin_nfa`).\n\
         static REGEX_NFA: [u16; {}] = {words:?};\n\n\
         /// Where each built-in regex's NFA starts in `REGEX_NFA` (by `BUILTIN_PLANS` index); it \
         ends where the next starts (none: the regex is compiled from its source).\n\
         static REGEX_NFA_STARTS: [u32; {}] = {starts:?};\n\n\
         /// Where each state of each NFA starts among its words, the NFAs one after the other.\n\
         static REGEX_NFA_STATES: [u16; {}] = {states:?};\n\n\
         /// Where each built-in regex's states start in `REGEX_NFA_STATES` (by `BUILTIN_PLANS` \
         index); they end where the next regex's start.\n\
         static REGEX_NFA_STATE_STARTS: [u32; {}] = {state_starts:?};\n\n\
         /// The size budget the NFAs above were compiled with (`REGEX_SIZE_LIMIT` must equal it).\n\
         const BUILD_REGEX_SIZE_LIMIT: usize = {REGEX_SIZE_LIMIT};\n",
        words.len(),
        starts.len(),
        states.len(),
        state_starts.len(),
    );
    let path = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("builtin_plans.rs");
    if let Err(error) = std::fs::write(&path, out) {
        panic!("cannot write {}: {error}", path.display());
    }
}

/// The size budget of a compiled regex: `matcher::REGEX_SIZE_LIMIT`, which is checked to equal it
/// when the crate compiles (it is written out as `BUILD_REGEX_SIZE_LIMIT`).
const REGEX_SIZE_LIMIT: usize = 32 << 20;

/// `hir` compiled into an NFA as the matcher compiles a regex, encoded as 16-bit words for
/// `builtin_nfa` in `src/matcher.rs`: the anchored and unanchored start states, then each state in
/// order, a first word whose low four bits say its kind, then its fields (states by index):
/// 0 byte range (range as `start | end << 8`, next); 1 sparse (`| count << 4`; count × (range,
/// next)); 2 union (`| count << 4`; count × alternate); 3 binary union (alternate, alternate);
/// 4 capture start and 5 capture end (`| group << 4`; next); 6 look (`| the bit of its
/// representation << 4`; next); 7 match; 8 fail. `None` when the NFA does not fit (more than
/// 65,536 states or words, a union of 4,096 alternates or more, a named group or a second
/// pattern): start-up then compiles the regex from its source. With the words, where each state's
/// first word is among them.
fn nfa_words(hir: &Hir) -> Option<(Vec<u16>, Vec<u16>)> {
    use regex_automata::nfa::thompson::{Compiler, Config, State, WhichCaptures};
    let mut compiler = Compiler::new();
    compiler.configure(
        Config::new()
            .nfa_size_limit(Some(REGEX_SIZE_LIMIT))
            .which_captures(WhichCaptures::Implicit),
    );
    let nfa = compiler.build_from_hir(hir).ok()?;
    if nfa.pattern_len() != 1 || nfa.group_info().all_names().any(|(_, _, name)| name.is_some()) {
        return None;
    }
    let word = |value: usize| u16::try_from(value).ok();
    // A first word: a kind and a number below 4,096.
    let head = |kind: u16, value: usize| (value < 1 << 12).then_some(kind | (value as u16) << 4);
    let mut out = vec![
        word(nfa.start_anchored().as_usize())?,
        word(nfa.start_unanchored().as_usize())?,
    ];
    let mut firsts = Vec::with_capacity(nfa.states().len());
    for state in nfa.states() {
        firsts.push(word(out.len())?);
        match state {
            State::ByteRange { trans } => out.extend([
                0,
                u16::from(trans.start) | u16::from(trans.end) << 8,
                word(trans.next.as_usize())?,
            ]),
            State::Sparse(sparse) => {
                out.push(head(1, sparse.transitions.len())?);
                for trans in sparse.transitions.iter() {
                    out.extend([
                        u16::from(trans.start) | u16::from(trans.end) << 8,
                        word(trans.next.as_usize())?,
                    ]);
                }
            }
            State::Union { alternates } => {
                out.push(head(2, alternates.len())?);
                for alternate in alternates.iter() {
                    out.push(word(alternate.as_usize())?);
                }
            }
            State::BinaryUnion { alt1, alt2 } => {
                out.extend([3, word(alt1.as_usize())?, word(alt2.as_usize())?]);
            }
            State::Capture {
                next,
                group_index,
                slot,
                ..
            } => {
                // Of a group's two slots, the first is its start.
                let kind = if slot.as_usize() % 2 == 0 { 4 } else { 5 };
                out.extend([head(kind, group_index.as_usize())?, word(next.as_usize())?]);
            }
            State::Look { look, next } => {
                out.extend([
                    head(6, look.as_repr().trailing_zeros() as usize)?,
                    word(next.as_usize())?,
                ]);
            }
            State::Match { .. } => out.push(7),
            State::Fail => out.push(8),
            State::Dense(_) => return None,
        }
    }
    Some((out, firsts))
}

/// The source of a regex entry line (`/…/` with an optional ` = weight`), as the lexicon parser
/// reads it; other lines give `None`.
fn regex_source(line: &str) -> Option<String> {
    let line = line.trim();
    if line.is_empty() || line.starts_with(['#', '@', '[']) {
        return None;
    }
    let text = match line.rsplit_once('=') {
        Some((text, _)) if !text.trim_start().starts_with('/') || text.trim_end().ends_with('/') => text.trim(),
        _ => line,
    };
    let inner = text.strip_prefix('/')?.strip_suffix('/')?;
    (!inner.trim().is_empty()).then(|| inner.to_string())
}

/// The words of an unquoted word or phrase entry line, lower-cased and split as the lexicon's
/// normalisation does for ASCII text (a test checks that every word of the built-in lexicon is in
/// the table); other lines give `None`.
fn entry_words(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    if line.is_empty() || line.starts_with(['#', '@', '[', '/', '"']) {
        return None;
    }
    let text = line.rsplit_once('=').map_or(line, |(text, _)| text).trim();
    if text.ends_with('*') {
        return None;
    }
    let folded: String = text
        .chars()
        .filter(|c| !matches!(c, '\'' | '\u{2019}'))
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    Some(folded.split_whitespace().map(str::to_string).collect())
}

/// Writes `FAMILY_TEXT`, `FAMILY_ENDINGS`, `FAMILY_ROWS` (each word's family, sorted by word) and
/// `FAMILY_SLOTS` (the rows by hash).
/// The tables hold no pointer (a row is offsets into one text), so the loader has nothing to
/// relocate in them.
fn write_families(words: &BTreeSet<String>) -> Vec<inflect::Family> {
    let mut families = Vec::new();
    let mut text = String::new();
    let mut endings: Vec<usize> = Vec::new();
    let mut rows = String::new();
    // Appends `part` to the text; gives its "start, length".
    let span = |part: &str, text: &mut String| {
        let start = text.len();
        text.push_str(part);
        format!("{start}, {}", part.len())
    };
    for word in words {
        let family = inflect::family(word);
        let word_span = span(word, &mut text);
        // The remainders, one after the other: each starts where the last ended.
        let first = endings.len();
        for remainder in &family.remainders {
            endings.push(text.len());
            text.push_str(remainder);
        }
        endings.push(text.len());
        let inflections = span(&family.inflections.join("\n"), &mut text);
        let _ = writeln!(
            rows,
            "    [{word_span}, {}, {first}, {}, {inflections}],",
            family.prefix.len(),
            family.remainders.len()
        );
        families.push(family);
    }
    // An open-addressing table from a word's hash to its row (plus one; 0 is an empty slot),
    // at most half full, so a lookup is a hash and a compare or two.
    let slots_len = (words.len() * 2).next_power_of_two();
    let mut slots = vec![0usize; slots_len];
    for (row, word) in words.iter().enumerate() {
        let mut slot = inflect::table_hash(word) as usize & (slots_len - 1);
        while slots[slot] != 0 {
            slot = (slot + 1) & (slots_len - 1);
        }
        slots[slot] = row + 1;
    }
    let slots: Vec<String> = slots.iter().map(usize::to_string).collect();
    let endings: Vec<String> = endings.iter().map(usize::to_string).collect();
    let out = format!(
        "/// The words of the built-in lexicon's families, their remainders and their inflections \
         (joined by newlines).\n\
         static FAMILY_TEXT: &str = {text:?};\n\n\
         /// Where each remainder starts in `FAMILY_TEXT`; a row's last remainder ends where the next \
         number says.\n\
         static FAMILY_ENDINGS: [u32; {}] = [{}];\n\n\
         /// One row per word, sorted by word: the word (start, length in `FAMILY_TEXT`), the length \
         of its family's prefix, its remainders (first index in `FAMILY_ENDINGS`, count, sorted) and \
         its inflections (start, length).\n\
         static FAMILY_ROWS: [[u32; 7]; {}] = [\n{rows}];\n\n\
         /// The rows by `table_hash` of their word, probed in turn: row + 1, or 0 for none.\n\
         static FAMILY_SLOTS: [u32; {}] = [{}];\n",
        endings.len(),
        endings.join(", "),
        words.len(),
        slots.len(),
        slots.join(", ")
    );
    let path = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("builtin_families.rs");
    if let Err(error) = std::fs::write(&path, out) {
        panic!("cannot write {}: {error}", path.display());
    }
    families
}

/// An offset into a generated table.
fn offset(at: usize) -> u32 {
    u32::try_from(at).expect("generated tables under 4 GiB")
}

/// A byte string literal of `bytes`.
fn byte_string(bytes: &[u8]) -> String {
    let mut out = String::from("b\"");
    for &byte in bytes {
        match byte {
            b'"' | b'\\' => {
                out.push('\\');
                out.push(char::from(byte));
            }
            b' '..=b'~' => out.push(char::from(byte)),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push('"');
    out
}

/// Writes `$OUT_DIR/builtin_lexicon.rs`: the built-in lexicon as the parser gives it, for
/// `src/builtin.rs` (which reads the codes written here). If it does not parse, `PARSED` is false
/// and start-up parses the files, to report why.
fn write_lexicon(parsed: Option<&lexicon::Lexicon>) {
    use lexicon::{Effect, Pattern};
    let mut text = String::new();
    // Appends `part` to the text (or finds it there already, as the last text added); gives
    // its "start, length".
    let mut span = |part: &str| {
        let start = if text.ends_with(part) {
            text.len() - part.len()
        } else {
            text.push_str(part);
            text.len() - part.len()
        };
        format!("{start}, {}", part.len())
    };
    let paths: Vec<&str> = lexicon::DEFAULT_FILES.iter().map(|(path, _)| *path).collect();
    let mut rows = String::new();
    let mut weights = Vec::new();
    let mut categories = String::new();
    let mut settings = String::from("Settings::default()");
    if let Some(lexicon) = parsed {
        for entry in &lexicon.entries {
            let text_span = span(&entry.text);
            let (kind, pattern) = match &entry.pattern {
                Pattern::Words(text) => (0, text),
                Pattern::Quoted(text) => (1, text),
                Pattern::Stem(text) => (2, text),
                Pattern::Regex(source, _) => (3, source),
            };
            let pattern_span = span(pattern);
            let (effect, argument) = match entry.effect {
                Effect::Term(c) => (0, c),
                Effect::Context(c) => (1, c),
                Effect::Scoped(Some(c)) => (2, c),
                Effect::Scoped(None) => (3, 0),
                Effect::Ic => (4, 0),
                Effect::Negation => (5, 0),
                Effect::Hedge => (6, 0),
                Effect::ClauseBreak => (7, 0),
                Effect::NegationException => (8, 0),
            };
            let Some(file) = paths.iter().position(|p| *p == entry.origin.path) else {
                panic!("entry from an unknown file {}", entry.origin.path);
            };
            let _ = writeln!(
                rows,
                "    [{text_span}, {kind}, {pattern_span}, {effect}, {argument}, {file}, {}],",
                entry.origin.line
            );
            weights.push(format!("{:#x}", entry.weight.to_bits()));
        }
        for category in &lexicon.categories {
            let aliases: Vec<String> = category.aliases.iter().map(|a| format!("{a:?}.to_string()")).collect();
            let _ = writeln!(
                categories,
                "        Category {{ label: {:?}.to_string(), name: {:?}.to_string(), question: {:?}.to_string(), \
                 order: {}, path: {:?}.to_string(), aliases: vec![{}] }},",
                category.label,
                category.name,
                category.question,
                category.order,
                category.path,
                aliases.join(", ")
            );
        }
        let s = &lexicon.settings;
        settings = format!(
            "Settings {{ min_score: f64::from_bits({:#x}), hybrid_margin: f64::from_bits({:#x}), \
             hedge_factor: f64::from_bits({:#x}), negation_window: {}, min_evidence: f64::from_bits({:#x}), \
             min_matched: f64::from_bits({:#x}), max_hands_on: f64::from_bits({:#x}) }}",
            s.min_score.to_bits(),
            s.hybrid_margin.to_bits(),
            s.hedge_factor.to_bits(),
            s.negation_window,
            s.min_evidence.to_bits(),
            s.min_matched.to_bits(),
            s.max_hands_on.to_bits()
        );
    }
    let out = format!(
        "/// Whether the built-in files parsed when the binary was built.\n\
         const PARSED: bool = {};\n\n\
         /// The texts of the entries: as written, and their patterns.\n\
         static LEXICON_TEXT: &str = {text:?};\n\n\
         /// One row per entry, in lexicon order: its text (start, length in `LEXICON_TEXT`), its \
         pattern's kind (0 words, 1 quoted, 2 stem, 3 regex) and text (start, length), its effect \
         (code, argument: see `effect_of`), its file (index in `FILE_PATHS`) and line.\n\
         static ENTRY_ROWS: [[u32; 9]; {}] = [\n{rows}];\n\n\
         /// The entries' weights, as bits.\n\
         static ENTRY_WEIGHTS: [u64; {}] = [{}];\n\n\
         /// The files of the built-in lexicon.\n\
         static FILE_PATHS: [&str; {}] = {paths:?};\n\n\
         /// The categories, in order.\n\
         fn builtin_categories() -> Vec<Category> {{\n    vec![\n{categories}    ]\n}}\n\n\
         /// The settings of the rules files.\n\
         fn builtin_settings() -> Settings {{\n    {settings}\n}}\n",
        parsed.is_some(),
        weights.len(),
        weights.len(),
        weights.join(", "),
        paths.len(),
    );
    let path = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("builtin_lexicon.rs");
    if let Err(error) = std::fs::write(&path, out) {
        panic!("cannot write {}: {error}", path.display());
    }
}

/// The families `write_families` wrote, with the ids [`crate::families::FamilySet`] gives them at
/// run time (their words' places in the sorted table). A word missing from the table would get
/// its family computed at run time, under another id: `missing` is set, and no tables written.
struct Written<'w> {
    words: Vec<&'w str>,
    families: &'w [inflect::Family],
    missing: bool,
}

impl literals::Families for Written<'_> {
    fn id(&mut self, word: &str) -> u32 {
        match self.words.binary_search(&word) {
            Ok(at) => offset(at),
            Err(_) => {
                self.missing = true;
                0
            }
        }
    }

    fn prefix(&self, id: u32) -> &str {
        &self.families[id as usize].prefix
    }

    fn inflects(&self, id: u32) -> bool {
        self.families[id as usize].inflections.len() > 1
    }

    fn inflections(&self, id: u32) -> Vec<String> {
        self.families[id as usize].inflections.clone()
    }
}

/// Writes `$OUT_DIR/builtin_matcher.rs`: the built-in lexicon's scan, laid out by
/// `src/literals.rs` and `src/prefixes.rs` as `Matcher::build` lays it out at run time, for
/// `src/matcher.rs` to borrow. `MATCHER_TABLES` is false (and the tables empty) when it cannot
/// be: the lexicon did not parse, or a word lacks its family in the table.
fn write_matcher(
    parsed: Option<&lexicon::Lexicon>,
    words: &BTreeSet<String>,
    families: &[inflect::Family],
    sources: &[String],
) {
    use literals::{Ending, PlanView};
    use prefixes::{Anchor, PrefixTable};
    let mut written = Written {
        words: words.iter().map(String::as_str).collect(),
        families,
        missing: false,
    };
    let empty = Vec::new();
    let entries = parsed.map_or(&empty, |lexicon| &lexicon.entries);
    let plans: Vec<plan::Plan> = entries
        .iter()
        .filter_map(|entry| match &entry.pattern {
            lexicon::Pattern::Regex(source, _) => Some(
                regex_syntax::Parser::new()
                    .parse(source)
                    .map(|hir| plan::plan(&hir))
                    .unwrap_or_default(),
            ),
            _ => None,
        })
        .collect();
    let views: Vec<PlanView> = plans.iter().map(PlanView::of).collect();
    let (scans, others) = literals::scan_entries(entries, &mut written);
    let layout = literals::lay_out(entries, &scans, &others, &views);
    let usable = parsed.is_some() && !written.missing;
    let mut bytes = Vec::new();
    let mut bounds = vec![0];
    for pattern in &layout.patterns {
        bytes.extend_from_slice(pattern);
        bounds.push(offset(bytes.len()));
    }
    let anchors: Vec<Anchor> = layout.uses.endings.iter().map(|e| e.anchor()).collect();
    let table = PrefixTable::new(layout.patterns.len(), |i| (layout.patterns[i], anchors[i]));
    let list = |items: &mut dyn Iterator<Item = String>| items.collect::<Vec<_>>().join(", ");
    let anchors = list(&mut anchors.iter().map(|a| format!("Anchor::{a:?}")));
    let endings = list(&mut layout.uses.endings.iter().map(|e: &Ending| format!("Ending::{e:?}")));
    let scored = list(&mut entries.iter().map(|e| e.effect.is_scored().to_string()));
    // Each regex entry's place in `BUILTIN_PLANS` (`u32::MAX`: none), so start-up looks none up.
    let regex_plans: Vec<String> = entries
        .iter()
        .filter_map(|entry| match &entry.pattern {
            lexicon::Pattern::Regex(source, _) => Some(
                sources
                    .binary_search_by(|s| s.as_str().cmp(source))
                    .map_or_else(|_| "u32::MAX".to_string(), |at| at.to_string()),
            ),
            _ => None,
        })
        .collect();
    let slot_of = list(&mut layout.slot_of.iter().map(|&slot| match slot {
        usize::MAX => "usize::MAX".to_string(),
        slot => slot.to_string(),
    }));
    let out = format!(
        "/// Whether the built-in lexicon's scan could be laid out when the binary was built.\n\
         const MATCHER_TABLES: bool = {usable};\n\n\
         /// The scan's literals, one after the other (`Scanner::new`'s layout).\n\
         static MATCHER_BYTES: &[u8] = {};\n\n\
         /// Where each literal starts in `MATCHER_BYTES`, and the end.\n\
         static MATCHER_BOUNDS: [u32; {}] = {bounds:?};\n\n\
         /// Where each literal may be found.\n\
         static MATCHER_ANCHORS: [Anchor; {}] = [{anchors}];\n\n\
         /// The prefix table's keys, chain heads and links (see `PrefixTable`).\n\
         static PREFIX_KEYS: [u64; {}] = {:?};\n\
         static PREFIX_HEADS: [u32; {}] = {:?};\n\
         static PREFIX_NEXT: [u32; {}] = {:?};\n\
         /// The bytes an `Anywhere` or a `WordStart` literal starts with.\n\
         const PREFIX_ANYWHERE_FIRST: [bool; 256] = {:?};\n\
         const PREFIX_WORD_START_FIRST: [bool; 256] = {:?};\n\n\
         /// How each literal is used, and by which entries or regexes (see `Uses`).\n\
         static USE_ENDINGS: [Ending; {}] = [{endings}];\n\
         static USE_BOUNDS: [u32; {}] = {:?};\n\
         static USE_IDS: [usize; {}] = {:?};\n\n\
         /// The regexes that run on every line, whether each has a guard, each entry's literal \
         (`usize::MAX`: none) and whether it is scored.\n\
         static UNTRIGGERED: [usize; {}] = {:?};\n\
         static GUARDED: [bool; {}] = {:?};\n\
         static SLOT_OF: [usize; {}] = [{slot_of}];\n\
         static SCORED: [bool; {}] = [{scored}];\n\n\
         /// Each regex entry's place in `BUILTIN_PLANS` (`u32::MAX`: none).\n\
         static REGEX_PLANS: [u32; {}] = [{}];\n",
        byte_string(&bytes),
        bounds.len(),
        layout.patterns.len(),
        table.keys.len(),
        table.keys,
        table.heads.len(),
        table.heads,
        table.next.len(),
        table.next,
        table.anywhere_first,
        table.word_start_first,
        layout.uses.endings.len(),
        layout.uses.bounds.len(),
        layout.uses.bounds,
        layout.uses.ids.len(),
        layout.uses.ids,
        layout.untriggered.len(),
        layout.untriggered,
        layout.guarded.len(),
        layout.guarded,
        layout.slot_of.len(),
        entries.len(),
        regex_plans.len(),
        regex_plans.join(", "),
    );
    let path = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("builtin_matcher.rs");
    if let Err(error) = std::fs::write(&path, out) {
        panic!("cannot write {}: {error}", path.display());
    }
}
