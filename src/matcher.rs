//! Compiled lexicon: one pass over an activity's normalised text finds every entry.
//!
//! All word, phrase and stem entries go into a single literal [`Scanner`] (a prefix table for
//! short inputs, an Aho-Corasick automaton for long ones). An unquoted word or phrase is scanned
//! as its leading words (in their inflections) and its last word's family prefix, and the rest
//! of that word is looked up among the family's remainders (see [`crate::families`]), so no word
//! is stemmed while matching. Regex entries join the same pass
//! through their *triggers*: the literal prefixes every match must start with (extracted from the
//! regex's syntax), added to the scan. A regex runs on a line only when one of its triggers
//! appears there at a word start, and it is compiled the first time that happens, so start-up
//! stays cheap and most lines never run a regex at all. Candidates are
//! checked for word boundaries (a term never matches inside another word), and scored entries
//! that overlap are resolved so that the longest one wins and each span is credited once.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use regex_automata::hybrid;
use regex_automata::nfa::thompson::{self, NFA, WhichCaptures, pikevm::PikeVM};
use regex_automata::util::start;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::Hir;

use crate::families::FamilySet;
use crate::lexicon::{Entry, Lexicon, Pattern};
use crate::literals::{Ending, Families, Layout, LiteralSet, PlanView, Uses, lay_out, scan_entries};
use crate::plan::{Plan, Use, plan};
use crate::prefixes::{Anchor, PrefixTable};
use crate::scanner::{Scanner, starts_word};

mod backtrack;

use backtrack::TableNfa;

// The built-in lexicon's regexes, planned by build.rs: `BUILTIN_PLANS`, sorted by source.
include!(concat!(env!("OUT_DIR"), "/builtin_plans.rs"));

// The built-in lexicon's scan, laid out by build.rs with `crate::literals` and
// `crate::prefixes`: `MATCHER_TABLES` (false if it could not be), `MATCHER_BYTES`,
// `MATCHER_BOUNDS`, `MATCHER_ANCHORS`, `PREFIX_*`, `USE_*`, `UNTRIGGERED`, `GUARDED`, `SLOT_OF`
// and `SCORED`.
include!(concat!(env!("OUT_DIR"), "/builtin_matcher.rs"));

/// The position of a built-in regex in `BUILTIN_PLANS` (and for `builtin_nfa`).
fn builtin_index(source: &str) -> Option<usize> {
    BUILTIN_PLANS
        .binary_search_by(|&[start, len, ..]| plan_source(start, len).cmp(source))
        .ok()
}

/// The source of built-in regex `index` (its [`builtin_index`]).
fn builtin_source(index: usize) -> &'static str {
    let [start, len, ..] = BUILTIN_PLANS[index];
    plan_source(start, len)
}

/// The source at `start..start + len` of `PLAN_SOURCES`.
fn plan_source(start: u32, len: u32) -> &'static str {
    &PLAN_SOURCES[start as usize..(start + len) as usize]
}

/// The planned literals `first..first + count` of `PLAN_ENDS`, borrowed (copying them into
/// vectors was a sixth of the matcher's start-up).
fn plan_literals(first: u32, count: u32) -> LiteralSet<'static> {
    let (first, count) = (first as usize, count as usize);
    LiteralSet::Packed {
        text: PLAN_TEXT,
        start: first.checked_sub(1).map_or(0, |before| PLAN_ENDS[before]),
        ends: &PLAN_ENDS[first..first + count],
    }
}

/// The plan of built-in regex `index` (its [`builtin_index`]).
fn builtin_plan(index: usize) -> PlanView<'static> {
    let [_, _, kind, first, count, guard_first, guard_count] = BUILTIN_PLANS[index];
    let kind = match kind {
        1 => Some(Use::Exact),
        2 => Some(Use::Trigger),
        3 => Some(Use::InnerTrigger),
        _ => None,
    };
    PlanView {
        primary: kind.map(|k| (k, plan_literals(first, count))),
        guard: (guard_first != u32::MAX).then(|| plan_literals(guard_first, guard_count)),
    }
}

/// The plan of a regex that is not built in, made from its syntax (parsed here if the lexicon
/// did not keep it). A regex that does not parse gets no plan.
fn plan_of(source: &str, hir: Option<&Hir>) -> Plan {
    match hir {
        Some(hir) => plan(hir),
        None => regex_syntax::Parser::new()
            .parse(source)
            .map(|hir| plan(&hir))
            .unwrap_or_default(),
    }
}

/// Compiled-size budget for one regex entry (the `regex` default is 10 MiB).
pub const REGEX_SIZE_LIMIT: usize = 32 << 20;

// build.rs compiled the built-in regexes' NFAs with a budget of its own: it must be this one.
const _: () = assert!(BUILD_REGEX_SIZE_LIMIT == REGEX_SIZE_LIMIT);

/// Longest text a regex entry matches, in bytes (about 150 words): each search reads at most
/// this far from where it starts, which bounds the work per start and keeps matching linear.
pub const MAX_REGEX_SPAN: usize = 1024;

/// A found entry: `entry` indexes [`Lexicon::entries`]; `start..end` is a byte span of the
/// normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hit {
    /// Index into the lexicon's entries.
    pub entry: usize,
    /// Start byte in the normalised text.
    pub start: usize,
    /// End byte (exclusive) in the normalised text, including a plural ending or stem completion.
    pub end: usize,
}

impl Hit {
    fn len(&self) -> usize {
        self.end - self.start
    }
}

/// A regex entry, compiled on first use.
#[derive(Debug)]
struct LazyRegex {
    source: Cow<'static, str>,
    hir: Option<Hir>,
    /// Its position among the built-in regexes, whose NFAs build.rs compiled.
    builtin: Option<usize>,
    entry: usize,
    /// Boxed: a compiled regex is several hundred bytes, and most are never compiled.
    compiled: OnceLock<Option<Box<CompiledRegex>>>,
}

impl LazyRegex {
    /// The compiled regex; `None` if it is too big to compile (`rolemap lexicon check` reports
    /// that), in which case it never matches.
    fn get(&self) -> Option<&CompiledRegex> {
        self.compiled
            .get_or_init(|| {
                let compiled = match (&self.hir, self.builtin) {
                    (None, Some(index)) => compile_builtin_regex(index),
                    _ => None,
                };
                compiled
                    .unwrap_or_else(|| compile_regex(&self.source, self.hir.as_ref()))
                    .ok()
                    .map(Box::new)
            })
            .as_deref()
    }
}

/// Bytes of text (the spans of its searches) a regex searches with its PikeVM before its lazy DFA
/// takes over: one longest span. The lazy DFA makes each state the first time it is reached, which
/// costs as much as the PikeVM reading a few dozen bytes, and pays off only once its states are
/// reused. Instructions by input, from the lazy DFA at the first search to this: 10 lines
/// 2.48 -> 2.13 M, `examples/brag.md` 10.4 -> 8.4 M, `examples/resume.txt` 6.7 -> 5.2 M, 100 lines
/// of the bench corpus 10.5 -> 9.7 M; but 1,000 lines 52.7 -> 56.2 M and 10,000 lines
/// 194 -> 204 M (a cost that stays fixed as the input grows; 512 bytes: 54.7 M and 200 M, but
/// brag 8.6 M). Both engines give the same matches.
const PIKEVM_BYTES: usize = MAX_REGEX_SPAN;

/// A regex entry compiled the way the matcher runs it: one forward NFA (no captures, no
/// reverse automaton, no prefilter: the literal scan already is one), searched by a PikeVM for its
/// first 1,024 bytes (`PIKEVM_BYTES`; a built-in regex by a backtracker over the NFA as build.rs
/// wrote it, so that a short run builds no NFA), then by a lazy DFA, and by the PikeVM where the
/// lazy DFA gives up (a Unicode word boundary, on any non-ASCII byte it scans). Every search is anchored at a word
/// start (where a trigger says a match starts, or any word start its first byte allows) and sees
/// at most [`MAX_REGEX_SPAN`] bytes, so the time a line takes grows linearly with its length
/// whatever the regex (an unbounded search from every trigger took quadratic time). It is several
/// times cheaper to compile than a general-purpose regex.
#[derive(Debug)]
pub struct CompiledRegex {
    /// A built-in regex's NFA as build.rs wrote it, which searches its first `PIKEVM_BYTES` in
    /// place of the PikeVM (see [`backtrack`]); `None` for any other regex.
    table: Option<TableNfa>,
    /// The place among the built-in regexes of a regex searched from its table, whose NFA is
    /// rebuilt from build.rs's words when it needs one (or compiled from its source if it cannot
    /// be).
    builtin: Option<usize>,
    /// The engines of its NFA: made at once for a regex that is not searched from a table, when
    /// first needed for one that is (most never need them). `None`: they could not be made; the
    /// regex then never matches.
    engines: OnceLock<Option<Engines>>,
}

/// The engines a regex's NFA searches with.
#[derive(Debug)]
struct Engines {
    pikevm: PikeVM,
    /// The lazy DFA, made when first needed for a built-in regex (most never need it), at once for
    /// any other, whose compiling must fail if it cannot be made. `None`: it could not be made
    /// after all; the PikeVM then searches alone, and finds the same matches.
    dfa: OnceLock<Option<hybrid::dfa::DFA>>,
}

/// Compiles a regex entry (from its parsed syntax when there is one) within a 32 MiB budget; the
/// error says why it cannot be.
pub fn compile_regex(source: &str, hir: Option<&Hir>) -> Result<CompiledRegex, String> {
    BUILDERS.with(|builders| {
        let nfa: NFA = match hir {
            Some(hir) => builders.compiler.build_from_hir(hir),
            None => builders.compiler.build(source),
        }
        .map_err(|e| e.to_string())?;
        builders.finish(nfa, false)
    })
}

/// Compiles built-in regex `index` (its [`builtin_index`]) from the NFA build.rs compiled: read in
/// place when it can be (its engines made when needed), else rebuilt now; `None` if build.rs
/// wrote none for it (it is then compiled from its source).
fn compile_builtin_regex(index: usize) -> Option<Result<CompiledRegex, String>> {
    let words = builtin_words(index)?;
    if let Some(table) = builtin_states(index).and_then(|states| TableNfa::new(words, states)) {
        return Some(Ok(CompiledRegex {
            table: Some(table),
            builtin: Some(index),
            engines: OnceLock::new(),
        }));
    }
    rebuild_builtin_regex(index)
}

/// Built-in regex `index`'s engines, its NFA rebuilt from the words build.rs wrote; `None` if it
/// cannot be.
fn rebuild_builtin_regex(index: usize) -> Option<Result<CompiledRegex, String>> {
    BUILDERS.with(|builders| {
        let nfa = builtin_nfa(index, &mut builders.nfa.borrow_mut())?;
        // Its lazy DFA can be made (a test checks it): made when needed.
        Some(builders.finish(nfa, true))
    })
}

/// Where the states of built-in regex `index`'s NFA start among its words, as build.rs found.
fn builtin_states(index: usize) -> Option<&'static [u16]> {
    let (start, end) = (
        *REGEX_NFA_STATE_STARTS.get(index)?,
        *REGEX_NFA_STATE_STARTS.get(index + 1)?,
    );
    REGEX_NFA_STATES.get(start as usize..end as usize)
}

/// The words build.rs wrote for built-in regex `index`'s NFA, if any.
fn builtin_words(index: usize) -> Option<&'static [u16]> {
    let (start, end) = (*REGEX_NFA_STARTS.get(index)?, *REGEX_NFA_STARTS.get(index + 1)?);
    REGEX_NFA.get(start as usize..end as usize)
}

/// Built-in regex `index`'s NFA, rebuilt state by state with `builder` from the words build.rs
/// wrote (`nfa_words` there says how they are laid out): the very NFA compiling its syntax gives
/// (a test checks it), in a sixth of the time. `None` if build.rs wrote none for it, or if the
/// builder refuses it.
fn builtin_nfa(index: usize, builder: &mut thompson::Builder) -> Option<NFA> {
    replay_nfa(builtin_words(index)?, builder)
}

/// Rebuilds an NFA from its words (see [`builtin_nfa`]); `None` if they are not well formed (a
/// kind, a look or a state that does not exist: the builder would panic on a state past the end).
fn replay_nfa(words: &[u16], builder: &mut thompson::Builder) -> Option<NFA> {
    use regex_automata::util::look::Look;
    use regex_automata::util::primitives::StateID;
    // The highest state any word refers to, checked against the states made before building (the
    // builder indexes its states by them).
    let highest = std::cell::Cell::new(0u16);
    let state = |word: u16| {
        highest.set(highest.get().max(word));
        StateID::new_unchecked(usize::from(word))
    };
    let range = |bounds: u16, next: u16| thompson::Transition {
        start: bounds as u8,
        end: (bounds >> 8) as u8,
        next: state(next),
    };
    let [anchored, unanchored, states @ ..] = words else {
        return None;
    };
    let mut rest = states;
    let mut made = 0;
    builder.clear();
    builder.start_pattern().ok()?;
    while let [head, tail @ ..] = rest {
        made += 1;
        let (kind, count) = (head & 0xf, usize::from(head >> 4));
        rest = match (kind, tail) {
            (0, [bounds, next, tail @ ..]) => {
                builder.add_range(range(*bounds, *next)).ok()?;
                tail
            }
            (1, _) if tail.len() >= 2 * count => {
                let (pairs, tail) = tail.split_at(2 * count);
                builder
                    .add_sparse(pairs.chunks_exact(2).map(|pair| range(pair[0], pair[1])).collect())
                    .ok()?;
                tail
            }
            (2, _) if tail.len() >= count => {
                let (alternates, tail) = tail.split_at(count);
                builder
                    .add_union(alternates.iter().map(|&alternate| state(alternate)).collect())
                    .ok()?;
                tail
            }
            (3, [first, second, tail @ ..]) => {
                builder.add_union(vec![state(*first), state(*second)]).ok()?;
                tail
            }
            (4, [next, tail @ ..]) => {
                builder
                    .add_capture_start(state(*next), u32::from(head >> 4), None)
                    .ok()?;
                tail
            }
            (5, [next, tail @ ..]) => {
                builder.add_capture_end(state(*next), u32::from(head >> 4)).ok()?;
                tail
            }
            (6, [next, tail @ ..]) => {
                let look = Look::from_repr(1u32.checked_shl(u32::from(head >> 4))?)?;
                builder.add_look(state(*next), look).ok()?;
                tail
            }
            (7, _) => {
                builder.add_match().ok()?;
                tail
            }
            (8, _) => {
                builder.add_fail().ok()?;
                tail
            }
            _ => return None,
        };
    }
    let (anchored, unanchored) = (state(*anchored), state(*unanchored));
    if usize::from(highest.get()) >= made {
        return None;
    }
    builder.finish_pattern(anchored).ok()?;
    builder.build(anchored, unanchored).ok()
}

/// Each thread's regex compilers, configured once: they keep their buffers from one regex to the
/// next (making and dropping two per regex was a tenth of compiling one), and give the same
/// automata either way.
struct Builders {
    /// Compiles a regex's syntax into an NFA.
    compiler: thompson::Compiler,
    /// Rebuilds a built-in regex's NFA from build.rs's tables.
    nfa: RefCell<thompson::Builder>,
    /// Makes the lazy DFA of an NFA.
    dfa: hybrid::dfa::Builder,
}

impl Builders {
    /// The regex that searches with `nfa`; its lazy DFA is made now unless `later`.
    fn finish(&self, nfa: NFA, later: bool) -> Result<CompiledRegex, String> {
        let dfa = OnceLock::new();
        if !later {
            let _ = dfa.set(Some(self.dfa.build_from_nfa(nfa.clone()).map_err(|e| e.to_string())?));
        }
        let pikevm = PikeVM::new_from_nfa(nfa).map_err(|e| e.to_string())?;
        Ok(CompiledRegex {
            table: None,
            builtin: None,
            engines: OnceLock::from(Some(Engines { pikevm, dfa })),
        })
    }
}

thread_local! {
    static BUILDERS: Builders = {
        let mut compiler = thompson::Compiler::new();
        compiler.configure(
            thompson::Config::new()
                .nfa_size_limit(Some(REGEX_SIZE_LIMIT))
                .which_captures(WhichCaptures::Implicit),
        );
        // As the compiler sets up its own builder for that configuration.
        let mut nfa = thompson::Builder::new();
        nfa.set_utf8(true);
        nfa.set_reverse(false);
        let _ = nfa.set_size_limit(Some(REGEX_SIZE_LIMIT));
        let mut dfa = hybrid::dfa::DFA::builder();
        dfa.configure(hybrid::dfa::DFA::config().unicode_word_boundary(true));
        Builders { compiler, nfa: RefCell::new(nfa), dfa }
    };
}

impl Engines {
    /// The lazy DFA, made now if it is not yet.
    fn dfa(&self) -> Option<&hybrid::dfa::DFA> {
        self.dfa
            .get_or_init(|| {
                let nfa = self.pikevm.get_nfa().clone();
                BUILDERS.with(|builders| builders.dfa.build_from_nfa(nfa).ok())
            })
            .as_ref()
    }
}

impl CompiledRegex {
    /// The end of the (leftmost-first) match starting exactly at `start` and at most
    /// [`MAX_REGEX_SPAN`] bytes long, if any.
    fn match_at(&self, cache: &mut RegexCache, text: &str, start: usize) -> Option<usize> {
        let end = text.len().min(start.saturating_add(MAX_REGEX_SPAN));
        let searched = cache.searched;
        cache.searched += end - start;
        if searched < PIKEVM_BYTES
            && let Some(table) = &self.table
            && let Some(found) = table.match_end(&mut cache.table, text.as_bytes(), start, end)
        {
            return found;
        }
        let engines = self.engines()?;
        let input = Input::new(text).range(start..end).anchored(Anchored::Yes);
        if let Some(dfa) = (searched >= PIKEVM_BYTES).then(|| engines.dfa()).flatten() {
            let dfa_cache = cache.dfa.get_or_insert_with(|| dfa.create_cache());
            if let Ok(found) = dfa.try_search_fwd(dfa_cache, &input) {
                return found.map(|m| m.offset());
            }
        }
        let pikevm = cache.pikevm.get_or_insert_with(|| engines.pikevm.create_cache());
        let mut slots = [None, None];
        engines.pikevm.search_slots(pikevm, &input, &mut slots)?;
        slots[1].map(|end| end.get())
    }

    /// The engines of its NFA, made now if they are not yet.
    fn engines(&self) -> Option<&Engines> {
        self.engines
            .get_or_init(|| {
                let index = self.builtin?;
                let compiled =
                    rebuild_builtin_regex(index).unwrap_or_else(|| compile_regex(builtin_source(index), None));
                compiled.ok()?.engines.into_inner().flatten()
            })
            .as_ref()
    }

    /// The lazy DFA, made now if it is not yet.
    fn dfa(&self) -> Option<&hybrid::dfa::DFA> {
        self.engines()?.dfa()
    }

    fn create_cache(&self) -> RegexCache {
        RegexCache {
            table: backtrack::Scratch::default(),
            dfa: None,
            pikevm: None,
            first_bytes: None,
            searched: 0,
        }
    }

    /// For each byte, whether a match starting at a word can begin with it (all `true` for a
    /// regex that looks around, whose start depends on what precedes it).
    fn compute_first_bytes(&self, cache: &mut Option<hybrid::dfa::Cache>) -> [bool; 256] {
        let mut possible = [true; 256];
        let Some(engines) = self.engines() else {
            return possible;
        };
        if !engines.pikevm.get_nfa().look_set_any().is_empty() {
            return possible;
        }
        let Some(dfa) = self.dfa() else {
            return possible;
        };
        let cache = cache.get_or_insert_with(|| dfa.create_cache());
        let config = start::Config::new().anchored(Anchored::Yes).look_behind(Some(b' '));
        let Ok(start) = dfa.start_state(cache, &config) else {
            return possible;
        };
        for (byte, possible) in (0..=u8::MAX).zip(&mut possible) {
            if let Ok(next) = dfa.next_state(cache, start, byte) {
                *possible = !next.is_dead();
            }
        }
        possible
    }
}

/// One thread's search state for one regex.
#[derive(Debug, Clone)]
struct RegexCache {
    /// The backtracker's, for a regex searched from its table.
    table: backtrack::Scratch,
    /// The lazy DFA's states, made once the regex has searched [`PIKEVM_BYTES`] (or to find
    /// where its matches can start).
    dfa: Option<hybrid::dfa::Cache>,
    /// The PikeVM's, made at the regex's first search.
    pikevm: Option<thompson::pikevm::Cache>,
    /// The bytes a match can start with, once asked for.
    first_bytes: Option<Box<[bool; 256]>>,
    /// Bytes of text searched so far (for [`Found::regex_bytes`]).
    searched: usize,
}

impl RegexCache {
    fn first_bytes(&mut self, regex: &CompiledRegex) -> &[bool; 256] {
        let dfa = &mut self.dfa;
        self.first_bytes
            .get_or_insert_with(|| Box::new(regex.compute_first_bytes(dfa)))
    }
}

/// The lexicon compiled for matching. Shared (read-only) between threads; each caller keeps its
/// own [`Found`] buffers.
#[derive(Debug)]
pub struct Matcher {
    /// Every literal of the lexicon (words, phrases, stems, regex triggers, texts and guards).
    scanner: Scanner,
    /// For each scanned literal: how it is used and the entries (or regexes) that share it.
    literals: Uses,
    /// Regex entries, by regex index.
    regexes: Vec<LazyRegex>,
    /// Regexes without a usable trigger: they run on every line.
    untriggered: Cow<'static, [usize]>,
    /// Whether each regex has a guard literal that must also appear.
    guarded: Cow<'static, [bool]>,
    /// Whether each entry is scored (true) or a cue (false).
    scored: Cow<'static, [bool]>,
    /// For each entry, the scanned literal it shares with others (regexes: `usize::MAX`).
    slot_of: Cow<'static, [usize]>,
    /// The families of the words of unquoted word and phrase entries.
    families: FamilySet,
    /// This matcher's number (from 1), so a [`Found`] knows which matcher set it up.
    id: u64,
}

/// Numbers the matchers made, so a [`Found`] can tell the one its guard starts were set for.
fn next_matcher_id() -> u64 {
    static MADE: AtomicU64 = AtomicU64::new(1);
    MADE.fetch_add(1, Ordering::Relaxed)
}

/// The regex entries of `lexicon`, in order, none compiled yet; `builtin(index, source)` gives
/// the place of regex `index` among the built-in regexes.
fn lazy_regexes(lexicon: &Lexicon, builtin: impl Fn(usize, &str) -> Option<usize>) -> Vec<LazyRegex> {
    let is_regex = |entry: &&Entry| matches!(entry.pattern, Pattern::Regex(..));
    let mut regexes = Vec::with_capacity(lexicon.entries.iter().filter(is_regex).count());
    for (id, entry) in lexicon.entries.iter().enumerate() {
        if let Pattern::Regex(source, hir) = &entry.pattern {
            regexes.push(LazyRegex {
                source: source.clone(),
                hir: hir.as_deref().cloned(),
                builtin: builtin(regexes.len(), source),
                entry: id,
                compiled: OnceLock::new(),
            });
        }
    }
    regexes
}

impl Families for FamilySet {
    fn id(&mut self, word: &str) -> u32 {
        FamilySet::id(self, word)
    }

    fn prefix(&self, id: u32) -> &str {
        self.get(id).prefix()
    }

    fn inflects(&self, id: u32) -> bool {
        self.get(id).inflects()
    }

    fn inflections(&self, id: u32) -> Vec<String> {
        self.get(id).inflections().into_iter().map(str::to_string).collect()
    }
}

impl Matcher {
    /// Compiles `lexicon`; `expected_input_bytes` (0 if unknown) picks how the literals are
    /// scanned at first: see [`crate::scanner`]. The built-in lexicon's scan is borrowed from the
    /// tables build.rs laid out; any other is laid out here ([`Matcher::build`]).
    pub fn new(lexicon: &Lexicon, expected_input_bytes: usize) -> Matcher {
        if !(MATCHER_TABLES && crate::builtin::scans_as_builtin(&lexicon.entries)) {
            return Matcher::build(lexicon, expected_input_bytes);
        }
        let table = PrefixTable {
            keys: Cow::Borrowed(&PREFIX_KEYS),
            heads: Cow::Borrowed(&PREFIX_HEADS),
            next: Cow::Borrowed(&PREFIX_NEXT),
            anywhere_first: PREFIX_ANYWHERE_FIRST,
            word_start_first: PREFIX_WORD_START_FIRST,
        };
        Matcher {
            scanner: Scanner::from_tables(
                MATCHER_BYTES,
                &MATCHER_BOUNDS,
                &MATCHER_ANCHORS,
                table,
                expected_input_bytes,
            ),
            literals: Uses {
                endings: Cow::Borrowed(&USE_ENDINGS),
                bounds: Cow::Borrowed(&USE_BOUNDS),
                ids: Cow::Borrowed(&USE_IDS),
            },
            // Their places among the built-in regexes, as build.rs found them.
            regexes: lazy_regexes(lexicon, |index, _| {
                REGEX_PLANS
                    .get(index)
                    .and_then(|&at| (at != u32::MAX).then_some(at as usize))
            }),
            untriggered: Cow::Borrowed(&UNTRIGGERED),
            guarded: Cow::Borrowed(&GUARDED),
            scored: Cow::Borrowed(&SCORED),
            slot_of: Cow::Borrowed(&SLOT_OF),
            // Every word of the built-in lexicon has its family in build.rs's table.
            families: FamilySet::default(),
            id: next_matcher_id(),
        }
    }

    /// Compiles `lexicon` as [`Matcher::new`] does, always laying out its scan here (as for a
    /// user's lexicon).
    pub fn build(lexicon: &Lexicon, expected_input_bytes: usize) -> Matcher {
        let regexes = lazy_regexes(lexicon, |_, source| builtin_index(source));
        // Plan every regex first, so the scanner's literals can all borrow from the lexicon,
        // build.rs's tables or the plans instead of being copied.
        let made: Vec<Plan> = regexes
            .iter()
            .filter(|regex| regex.builtin.is_none())
            .map(|regex| plan_of(&regex.source, regex.hir.as_ref()))
            .collect();
        let mut made = made.iter();
        let plans: Vec<PlanView> = regexes
            .iter()
            .filter_map(|regex| match regex.builtin {
                Some(index) => Some(builtin_plan(index)),
                None => made.next().map(PlanView::of),
            })
            .collect();
        let mut families = FamilySet::default();
        let (scans, others) = scan_entries(&lexicon.entries, &mut families);
        let Layout {
            patterns,
            uses,
            untriggered,
            guarded,
            slot_of,
        } = lay_out(&lexicon.entries, &scans, &others, &plans);
        let scanner = Scanner::new(
            patterns
                .iter()
                .zip(uses.endings.iter())
                .map(|(&text, ending)| (text, ending.anchor())),
            expected_input_bytes,
        );
        let scored: Vec<bool> = lexicon.entries.iter().map(|e| e.effect.is_scored()).collect();
        Matcher {
            scanner,
            literals: uses,
            regexes,
            untriggered: Cow::Owned(untriggered),
            guarded: Cow::Owned(guarded),
            scored: Cow::Owned(scored),
            slot_of: Cow::Owned(slot_of),
            families,
            id: next_matcher_id(),
        }
    }

    /// Finds the entries in `text` (already normalised) and fills `found`, reusing its buffers.
    pub fn find(&self, text: &str, found: &mut Found) {
        found.hits.clear();
        found.cues.clear();
        found.candidates.clear();
        found.inexact.clear();
        found.triggers.clear();
        found.triggered.clear();
        found.suffixed.reset(self.regexes.len());
        // Guard starts are stamped with the line's number, so an older line's read as none and
        // nothing is reset between lines; the table is reset when the numbers run out, for
        // another matcher, and around a line too long for a start to fit beside the number.
        let long = text.len() as u64 >= 1 << GUARD_POSITION_BITS;
        if found.matcher != self.id || found.line >= GUARD_LINES || long {
            // A regex without a guard may run anywhere: as if its guard came last.
            found.guard_after.clear();
            found
                .guard_after
                .extend(self.guarded.iter().map(|&guarded| if guarded { 0 } else { u64::MAX }));
            found.matcher = self.id;
            found.line = 0;
        }
        found.line = if long { GUARD_LINES } else { found.line + 1 };
        // Where this line's stamps start: every older line's guard starts lie below it.
        let line_base = if long { 0 } else { found.line << GUARD_POSITION_BITS };
        let bytes = text.as_bytes();
        let uses = self.literals.view();
        // The finds are gathered first and handled after: handled in the scan's callback, the
        // scan loop called a function of a hundred instructions for each, which saved and
        // restored its registers every time.
        found.finds.clear();
        self.scanner
            .scan(bytes, |literal, start, end| found.finds.push((literal, start, end)));
        for &(literal, start, end) in &found.finds {
            let (ending, ids, span) = uses.get(literal);
            match ending {
                // Expanded into its regexes once the line's guards are known: most of them
                // (five in six on the bench corpus) lack theirs.
                Ending::Trigger => found.triggers.push((span, start)),
                Ending::InnerTrigger => ids.iter().for_each(|&regex| found.suffixed.insert(regex)),
                Ending::Guard => {
                    for &regex in ids {
                        // Occurrences come by their ends, so a shorter guard found later may
                        // start earlier: the latest start is kept.
                        let after = &mut found.guard_after[regex];
                        *after = (*after).max(line_base + start as u64 + 1);
                    }
                }
                Ending::Word | Ending::Stem | Ending::Exact => {
                    if let Some(end) = word_end(bytes, end, ending) {
                        for &entry in ids {
                            found.candidates.push(Hit { entry, start, end });
                            found.inexact.push(false);
                        }
                    }
                }
                Ending::Family { family, written } => {
                    let stop = bytes[end..]
                        .iter()
                        .position(|&b| b == b' ')
                        .map_or(bytes.len(), |p| end + p);
                    let family = self.families.get(family);
                    let rest = &bytes[end..stop];
                    // The words as written (or a plural) are always in the family: most hits
                    // are those, and need no search of the family's remainders.
                    let exact = written && family.is_written(rest);
                    if exact || family.allows(rest) {
                        let end = stop;
                        for &entry in ids {
                            found.candidates.push(Hit { entry, start, end });
                            found.inexact.push(!exact);
                        }
                    }
                }
            }
        }
        let guard_after = &found.guard_after;
        // A guard is inside every match, so a match starting at `start` needs one starting there
        // or later: a regex whose guards all come before its trigger is not run there.
        let allowed_at = |index: usize, start: usize| guard_after[index] > line_base + start as u64;
        for &(span, start) in &found.triggers {
            for &index in uses.ids(span) {
                if allowed_at(index, start) {
                    found.triggered.push((start, index));
                }
            }
        }
        found.suffixed.retain(|index| guard_after[index] > line_base);
        if !found.triggered.is_empty() {
            // By start, as the scan nearly always found them: then only checked, not sorted.
            if !found.triggered.is_sorted() {
                found.triggered.sort_unstable();
            }
            found.triggered.dedup();
            // A trigger is the start of any match, so each regex is tried right there.
            for &(start, index) in &found.triggered {
                let lazy = &self.regexes[index];
                let Some(regex) = lazy.get() else { continue };
                let cache = found.caches.cache(index, regex);
                if let Some(end) = regex.match_at(cache, text, start) {
                    push_regex_hit(bytes, lazy.entry, start, end, &mut found.candidates);
                }
            }
            found.inexact.resize(found.candidates.len(), false);
        }
        for index in self.untriggered.iter().copied().chain(found.suffixed.iter()) {
            let lazy = &self.regexes[index];
            let Some(regex) = lazy.get() else { continue };
            let cache = found.caches.cache(index, regex);
            let first_bytes = *cache.first_bytes(regex);
            // Tried at every word start a match can begin with: each match a plain regex scan
            // finds at word boundaries starts at one (and is the match anchored there), so
            // every such match is found, in linear time.
            let starts = std::iter::once(0).chain(memchr::memchr_iter(b' ', bytes).map(|at| at + 1));
            for start in starts.filter(|&at| at < bytes.len() && first_bytes[usize::from(bytes[at])]) {
                if let Some(end) = regex.match_at(cache, text, start) {
                    push_regex_hit(bytes, lazy.entry, start, end, &mut found.candidates);
                }
            }
            found.inexact.resize(found.candidates.len(), false);
        }
        // Cues aside, the scored candidates in order of precedence, in one pass: their sort keys
        // are packed as they are set aside when they fit in 64 bits, as they do unless the line
        // is 64 KiB or longer (a start, an entry and an index are below the text's length, the
        // lexicon's and the candidates'), and by index otherwise.
        found.scratch.clear();
        let short = fits(SHORT_KEY, text.len(), self.scored.len(), found.candidates.len());
        let keys = &mut found.keys.short;
        keys.clear();
        for (index, candidate) in found.candidates.iter().enumerate() {
            if !self.scored[candidate.entry] {
                found.cues.push(*candidate);
            } else if short {
                keys.push(packed_key(SHORT_KEY, candidate, found.inexact[index], index) as u64);
            } else {
                found.scratch.push(index);
            }
        }
        let (all, kept, hits) = (&found.candidates, &mut found.kept, &mut found.hits);
        if short {
            keys.sort_unstable();
            let order = keys.iter().map(|&key| (key & ((1 << SHORT_KEY[2]) - 1)) as usize);
            resolve_overlaps(all, order, kept, &self.slot_of, hits);
        } else {
            sort_by_precedence(all, &found.inexact, &mut found.scratch, &mut found.keys);
            resolve_overlaps(all, found.scratch.iter().copied(), kept, &self.slot_of, hits);
        }
    }
}

/// Bits of a guard stamp that hold where the guard starts (the rest: the line's number).
const GUARD_POSITION_BITS: u32 = 40;

/// Lines numbered before the guard table is reset (a stamp stays below `u64::MAX`, which marks
/// a regex without a guard).
const GUARD_LINES: u64 = 1 << 23;

/// Keeps a regex match that starts and ends at word boundaries.
fn push_regex_hit(bytes: &[u8], entry: usize, start: usize, end: usize, candidates: &mut Vec<Hit>) {
    if starts_word(bytes, start) && ends_word(bytes, end) && start < end {
        candidates.push(Hit { entry, start, end });
    }
}

/// Whether `at` ends a word of `text` (normalised: words are separated by single spaces).
fn ends_word(text: &[u8], at: usize) -> bool {
    at == text.len() || text[at] == b' '
}

/// What [`Matcher::find`] found in one text; kept between calls to reuse its buffers.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// Scored hits without overlaps (the longest wins), in text order.
    pub hits: Vec<Hit>,
    /// Cue hits (negation, hedge), in no particular order.
    pub cues: Vec<Hit>,
    /// Every boundary-checked hit before overlap resolution, scored or not, in no particular
    /// order.
    pub candidates: Vec<Hit>,
    /// For each candidate, whether only its word family found it (the words are not as the
    /// entry writes them): among hits of the same span, such a hit yields to one as written.
    inexact: Vec<bool>,
    /// What the scan found: (literal, start, end) (scratch space).
    finds: Vec<(usize, usize, usize)>,
    /// Where a regex trigger appeared: its regexes (where they are in the literals' ids) and
    /// position (scratch space).
    triggers: Vec<((u32, u32), usize)>,
    /// (position, regex) pairs where a regex's trigger appeared and its guard, if it has one,
    /// starts there or later (scratch space).
    triggered: Vec<(usize, usize)>,
    /// Regexes whose inner trigger appeared (scratch space).
    suffixed: RegexSet,
    /// For each regex, one past where its guard last started, stamped with the number of the
    /// line it was on (below the current line's stamps: no guard on this line); `u64::MAX` for a
    /// regex without a guard (scratch space; one array and one test, where a set of regexes and
    /// a second array took four tests, and a look at the matcher's guarded regexes two; stamped,
    /// nothing is reset between lines, where forgetting the last line's guards took a list of
    /// them and a store for each).
    guard_after: Vec<u64>,
    /// The number of the current line since `guard_after` was last reset, which stamps its
    /// guard starts: `(line << GUARD_POSITION_BITS) + start + 1`.
    line: u64,
    /// The id of the matcher `guard_after` was set up for (0: none yet).
    matcher: u64,
    /// The scored candidates being resolved, as indexes into `candidates` (scratch space; an
    /// index, not a copy, keeps a line with very many matches small).
    scratch: Vec<usize>,
    /// The scored candidates' sort keys (scratch space).
    keys: SortKeys,
    /// Hits kept while resolving overlaps, by start (scratch space).
    kept: Vec<Hit>,
    /// Per-regex search caches, so a thread never waits on a shared one.
    caches: Caches,
}

impl Found {
    /// Bytes of text the regex entries' searches have read, over every [`Matcher::find`] with
    /// these buffers: at most [`MAX_REGEX_SPAN`] per search, one search per trigger or word
    /// start, so it grows linearly with the text (the fuzz target checks it does).
    pub fn regex_bytes(&self) -> usize {
        self.caches.0.iter().flatten().map(|cache| cache.searched).sum()
    }
}

/// A set of regex indexes, as bits.
#[derive(Debug, Clone, Default)]
struct RegexSet(Vec<u64>);

impl RegexSet {
    /// Empties the set and makes room for indexes below `len`.
    fn reset(&mut self, len: usize) {
        self.0.clear();
        self.0.resize(len.div_ceil(64), 0);
    }

    fn insert(&mut self, index: usize) {
        self.0[index / 64] |= 1 << (index % 64);
    }

    /// Keeps the indexes for which `keep` holds.
    fn retain(&mut self, keep: impl Fn(usize) -> bool) {
        for (word_index, word) in self.0.iter_mut().enumerate() {
            let mut bits = *word;
            while bits != 0 {
                let bit = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if !keep(word_index * 64 + bit) {
                    *word &= !(1 << bit);
                }
            }
        }
    }

    /// The indexes, in increasing order.
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(word_index, &word)| {
            let mut bits = word;
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let bit = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    word_index * 64 + bit
                })
            })
        })
    }
}

/// Search caches of the regexes, created on first use. Boxed: a cache is several hundred bytes,
/// most regexes never run, and there is a slot for each regex up to the last that ran (unboxed,
/// copying the slots as they grew was a thirtieth of a 10-line run's instructions).
#[derive(Debug, Clone, Default)]
struct Caches(Vec<Option<Box<RegexCache>>>);

impl Caches {
    /// The cache of regex `index`, made on its first search. Inlined: a call was 26 instructions
    /// each time a regex ran (300 K times on 10 MB of the bench corpus).
    #[inline(always)]
    fn cache(&mut self, index: usize, regex: &CompiledRegex) -> &mut RegexCache {
        if self.0.len() <= index {
            self.grow(index);
        }
        self.0[index].get_or_insert_with(|| Box::new(regex.create_cache()))
    }

    /// Makes room for the cache of regex `index`.
    #[cold]
    fn grow(&mut self, index: usize) {
        self.0.resize_with(index + 1, || None);
    }
}

/// Where a literal that ended at byte `end` really ends, or `None` if it stops inside a word.
fn word_end(bytes: &[u8], end: usize, ending: Ending) -> Option<usize> {
    let at_boundary = |i: usize| i == bytes.len() || bytes[i] == b' ';
    match ending {
        Ending::Stem => Some(
            bytes[end..]
                .iter()
                .position(|&b| b == b' ')
                .map_or(bytes.len(), |p| end + p),
        ),
        Ending::Word if at_boundary(end) => Some(end),
        Ending::Word if bytes[end] == b's' && at_boundary(end + 1) => Some(end + 1),
        Ending::Word if bytes[end..].starts_with(b"es") && at_boundary(end + 2) => Some(end + 2),
        Ending::Exact if at_boundary(end) => Some(end),
        Ending::Word
        | Ending::Exact
        | Ending::Family { .. }
        | Ending::Trigger
        | Ending::InnerTrigger
        | Ending::Guard => None,
    }
}

/// Keeps the longest of the candidates `order` lists, by precedence (see [`sort_by_precedence`]),
/// that do not overlap (ties: earlier start, then a hit as written
/// before one found through a word family, then lexicon order), returned in text order. Entries
/// written identically in several categories (as a LIWC dictionary does) share their span: each
/// is credited.
fn resolve_overlaps(
    all: &[Hit],
    order: impl ExactSizeIterator<Item = usize>,
    kept: &mut Vec<Hit>,
    slot_of: &[usize],
    out: &mut Vec<Hit>,
) {
    let many = order.len() > MANY_CANDIDATES;
    let candidates = order.map(|index| all[index]);
    let before = out.len();
    // Kept hits (or spans: start, end and automaton slot), sorted by start. Kept spans never overlap, so
    // the one starting last before a candidate's end is the only one that can overlap it. A line
    // with very many candidates uses a tree instead, so insertion stays logarithmic.
    if many {
        let mut tree: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        for candidate in candidates {
            let neighbour = tree
                .range(..candidate.end)
                .next_back()
                .map(|(&s, &(e, slot))| (s, e, slot));
            if keep(candidate, neighbour, slot_of, out) {
                tree.insert(candidate.start, (candidate.end, slot_of[candidate.entry]));
            }
        }
    } else {
        // The position of the neighbour's successor is where a candidate that overlaps nothing
        // goes: its neighbour ends by its start, the next kept span starts at its end or later.
        // Kept spans have distinct starts, so unless a span is shared they are the hits, in
        // order (sorting them again was a tenth of this function).
        kept.clear();
        for candidate in candidates {
            let at = kept.partition_point(|kept| kept.start < candidate.end);
            let slot = slot_of[candidate.entry];
            if let Some(neighbour) = at.checked_sub(1).map(|i| &kept[i])
                && neighbour.end > candidate.start
            {
                if neighbour.start == candidate.start
                    && neighbour.end == candidate.end
                    && slot != usize::MAX
                    && slot == slot_of[neighbour.entry]
                {
                    out.push(candidate);
                }
                continue;
            }
            kept.insert(at, candidate);
        }
        let shared = out.len() > before;
        out.extend_from_slice(kept);
        if !shared {
            return;
        }
    }
    out.sort_unstable_by_key(|h| (h.start, h.entry));
}

/// Sorts the candidates `order` indexes by precedence: longest first, then earlier start, then a
/// hit as written before one found through a word family, then lexicon order. Each is packed
/// into one integer key when the figures fit (nearly always): sorting those is about half as
/// costly as comparing the fields through the indexes; and into a 64-bit key when they fit in it
/// (a line under 64 KiB, fewer than 16,384 candidates: all but never), whose insertion sort moves
/// half the bytes of a 128-bit one.
fn sort_by_precedence(all: &[Hit], inexact: &[bool], order: &mut [usize], keys: &mut SortKeys) {
    let (end, entry) = order.iter().fold((0, 0), |(end, entry), &index| {
        (all[index].end.max(end), all[index].entry.max(entry))
    });
    let fits = |bits: [u32; 3]| fits(bits, end, entry + 1, all.len());
    let packed = |bits: [u32; 3], index: usize| packed_key(bits, &all[index], inexact[index], index);
    if fits(SHORT_KEY) {
        let short = &mut keys.short;
        short.clear();
        short.extend(order.iter().map(|&index| packed(SHORT_KEY, index) as u64));
        short.sort_unstable();
        for (index, key) in order.iter_mut().zip(short.iter()) {
            *index = (*key & ((1 << SHORT_KEY[2]) - 1)) as usize;
        }
    } else if fits(LONG_KEY) {
        let long = &mut keys.long;
        long.clear();
        long.extend(order.iter().map(|&index| packed(LONG_KEY, index)));
        long.sort_unstable();
        for (index, key) in order.iter_mut().zip(long.iter()) {
            *index = (*key as u32) as usize;
        }
    } else {
        order.sort_unstable_by(|&i, &j| precedence(all, inexact, i, j));
    }
}

/// Whether the sort keys of `candidates` hits, ending by `end` (exclusive) and of entries below
/// `entries`, fit in the field widths `bits` (see [`packed_key`]).
fn fits(bits: [u32; 3], end: usize, entries: usize, candidates: usize) -> bool {
    end < 1 << bits[0] && entries <= 1 << bits[1] && candidates <= 1 << bits[2]
}

/// The sort key of candidate `index`, `hit`, with fields of widths `bits` (the length takes as
/// many bits as the start), from the top bit down: the length's complement, the start, whether it
/// is inexact, the entry and the index.
fn packed_key(bits: [u32; 3], hit: &Hit, inexact: bool, index: usize) -> u128 {
    let [position, entry_bits, index_bits] = bits;
    let complement = (1u128 << position) - 1 - hit.len() as u128;
    (((((complement << position) | hit.start as u128) << 1 | u128::from(inexact)) << entry_bits | hit.entry as u128)
        << index_bits)
        | index as u128
}

/// Packed sort keys of the candidates being resolved (scratch space), of either width.
#[derive(Debug, Clone, Default)]
struct SortKeys {
    short: Vec<u64>,
    long: Vec<u128>,
}

/// Bits of a 64-bit sort key for the length and the start (each), the entry and the index: 16 +
/// 16 + 1 + 17 + 14.
const SHORT_KEY: [u32; 3] = [16, 17, 14];

/// The same in a 128-bit key: 32 + 32 + 1 + 31 + 32.
const LONG_KEY: [u32; 3] = [32, 31, 32];

/// How candidates `i` and `j` (indexes into `all`) compare in precedence, field by field: longest
/// first, then earlier start, then as written before through a word family, then lexicon order.
fn precedence(all: &[Hit], inexact: &[bool], i: usize, j: usize) -> std::cmp::Ordering {
    let (a, b) = (all[i], all[j]);
    b.len()
        .cmp(&a.len())
        .then(a.start.cmp(&b.start))
        .then(inexact[i].cmp(&inexact[j]))
        .then(a.entry.cmp(&b.entry))
}

/// Above this many candidates on one line, overlap resolution keeps its spans in a tree.
const MANY_CANDIDATES: usize = 64;

/// Pushes `candidate` to `out` unless it overlaps `neighbour` (the kept span starting last
/// before the candidate's end); the same words credited to another category share their span.
/// Returns whether the candidate's span is new and must be recorded.
fn keep(candidate: Hit, neighbour: Option<(usize, usize, usize)>, slot_of: &[usize], out: &mut Vec<Hit>) -> bool {
    let slot = slot_of[candidate.entry];
    match neighbour {
        Some((start, end, kept_slot)) if end > candidate.start => {
            if start == candidate.start && end == candidate.end && slot != usize::MAX && slot == kept_slot {
                out.push(candidate);
            }
            false
        }
        _ => {
            out.push(candidate);
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Literals;
    use crate::scanner::AUTOMATON_THRESHOLD_BYTES;

    fn triggers(source: &str) -> (Option<(Ending, Literals)>, Option<Literals>) {
        let Plan { primary, guard } = plan(&regex_syntax::Parser::new().parse(source).expect("test regex parses"));
        (primary.map(|(usage, set)| (Ending::from(usage), set)), guard)
    }
    use crate::lexicon::LexiconFile;
    use crate::normalize::normalize;

    fn lexicon(body: &str) -> Lexicon {
        Lexicon::parse(&[
            LexiconFile {
                path: "t/pm.lex".into(),
                text: format!("@name P\n@question q\n{body}"),
            },
            LexiconFile {
                path: "t/m.rules".into(),
                text: "[negation]\nnot\n".into(),
            },
        ])
        .expect("test lexicon parses")
    }

    /// The entries (as written) found in `text`, in text order.
    fn found(body: &str, text: &str) -> Vec<String> {
        let lexicon = lexicon(body);
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        matcher.find(&normalize(text), &mut found);
        found
            .hits
            .iter()
            .map(|h| lexicon.entries[h.entry].text.to_string())
            .collect()
    }

    #[test]
    fn words_never_match_inside_other_words() {
        assert!(found("pr\nplan\n\"plan\"\n", "Product planet planetary").is_empty());
        assert_eq!(found("pr\n", "Reviewed the PR"), ["pr"]);
        // A family ends where the word does, and starts where one starts.
        assert!(found("calibration\nhire\n", "recalibrated calibratedness hirees2 rehired").is_empty());
        assert!(found("user interview\n", "superuser interviewing, user interviewsx").is_empty());
    }

    #[test]
    fn quoted_words_match_their_plurals_only() {
        assert_eq!(
            found("\"roadmap\"\n\"process\"\n", "two roadmaps, three processes"),
            ["\"roadmap\"", "\"process\""]
        );
        assert!(found("\"plan\"\n", "the plans2 planned planning").is_empty());
        assert!(found("\"program\"\n", "programming programmed").is_empty());
        assert_eq!(found("\"program\"\n", "two programs"), ["\"program\""]);
    }

    #[test]
    fn words_meet_their_family() {
        assert_eq!(
            found(
                "calibration\nhire\nprioritize\n",
                "Calibrated levels; hiring; prioritised and prioritization"
            ),
            ["calibration", "hire", "prioritize", "prioritize"]
        );
        assert_eq!(
            found("roadmap\nprocess\n", "two roadmaps, three processes"),
            ["roadmap", "process"]
        );
        assert!(found("plan\n", "the plans2 planet").is_empty());
        assert_eq!(found("plan\n", "planned, planning"), ["plan", "plan"]);
    }

    #[test]
    fn phrases_meet_the_family_of_their_last_word_and_the_inflections_of_the_others() {
        assert_eq!(
            found("user interview\n", "ran user interviews; user-interviewing"),
            ["user interview", "user interview"]
        );
        // A leading word the entry writes inflected meets its other inflections.
        assert_eq!(
            found("framed the problem\n", "framing the problems, frames the problem"),
            ["framed the problem", "framed the problem"]
        );
        // A leading word written plain stays as written.
        assert!(found("user interview\n", "users interview").is_empty());
        let lexicon = lexicon("framed the problem\n");
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        matcher.find("framing the problem", &mut found);
        assert_eq!((found.hits[0].start, found.hits[0].end), (0, 19));
    }

    #[test]
    fn among_equal_spans_the_entry_written_as_the_text_wins() {
        // "hire" and "hiring" have one family; on "hiring" the entry written so wins, whichever
        // comes first; on "hired", the first listed.
        assert_eq!(found("hire\nhiring\n", "hiring"), ["hiring"]);
        assert_eq!(found("hiring\nhire\n", "hire"), ["hire"]);
        assert_eq!(found("hiring\nhire\n", "hired"), ["hiring"]);
        // A longer family match still beats a shorter one as written.
        assert_eq!(found("roadmap\nroadmap planning\n", "roadmaps planned"), ["roadmap"]);
        assert_eq!(
            found("roadmap\nroadmap planning\n", "roadmap planned"),
            ["roadmap planning"]
        );
    }

    #[test]
    fn matching_ignores_case_and_folds_hyphens_and_spaces() {
        assert_eq!(found("cross-team\n", "CROSS  TEAM work"), ["cross-team"]);
        assert_eq!(found("cross team\n", "a cross-team program"), ["cross team"]);
    }

    #[test]
    fn stems_match_word_prefixes_only() {
        assert_eq!(
            found("coordinat*\n", "Coordinated; coordination"),
            ["coordinat*", "coordinat*"]
        );
        assert!(found("ordinat*\n", "coordinated").is_empty());
    }

    #[test]
    fn regexes_match_at_word_boundaries() {
        assert_eq!(
            found("/across \\d+ teams/\n", "work across 4 teams"),
            ["/across \\d+ teams/"]
        );
        assert!(found("/across \\d+ team/\n", "across 4 teams").is_empty());
    }

    #[test]
    fn longest_entry_wins_and_spans_are_credited_once() {
        assert_eq!(
            found("roadmap\nproduct roadmap\n", "owned the product roadmap"),
            ["product roadmap"]
        );
        assert_eq!(
            found(
                "roadmap\nroadmap planning\nproduct roadmap\n",
                "product roadmap planning"
            ),
            ["roadmap planning"]
        );
        assert_eq!(found("team\n", "team team"), ["team", "team"]);
    }

    #[test]
    fn packed_keys_sort_as_the_fields_compare() {
        let mut seed = 7u64;
        let mut next = |below: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % below
        };
        // Close figures (64-bit keys), then far ones (starts or entries too big for them).
        for round in 0..400 {
            let (starts, entries) = [(30, 5), (70_000, 5), (30, 150_000), (1 << 40, 1 << 20)][round % 4];
            let count = 1 + next(40) as usize;
            let all: Vec<Hit> = (0..count)
                .map(|_| {
                    let start = (starts - 30 + next(30)) as usize;
                    let end = start + 1 + next(6) as usize;
                    let entry = (entries - 5 + next(5)) as usize;
                    Hit { entry, start, end }
                })
                .collect();
            let inexact: Vec<bool> = (0..count).map(|_| next(2) == 1).collect();
            let mut packed: Vec<usize> = (0..count).collect();
            sort_by_precedence(&all, &inexact, &mut packed, &mut SortKeys::default());
            let mut compared: Vec<usize> = (0..count).collect();
            compared.sort_by(|&i, &j| precedence(&all, &inexact, i, j));
            let key = |order: &[usize]| order.iter().map(|&i| (all[i], inexact[i])).collect::<Vec<_>>();
            assert_eq!(key(&packed), key(&compared), "round {round}");
        }
    }

    #[test]
    fn cues_are_reported_apart_from_scored_hits() {
        let lexicon = lexicon("roadmap\n");
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        matcher.find("did not own the roadmap", &mut found);
        assert_eq!(found.hits.len(), 1);
        assert_eq!(found.cues.len(), 1);
        assert_eq!(lexicon.entries[found.cues[0].entry].text, "not");
    }

    #[test]
    fn regexes_run_only_when_triggered_and_compile_lazily() {
        let lexicon = lexicon("/across (\\d+|two|three) teams/\nroadmap\n");
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        matcher.find("owned the roadmap", &mut found);
        assert!(matcher.regexes[0].compiled.get().is_none(), "no trigger, no compile");
        matcher.find("work across three teams", &mut found);
        assert_eq!(found.hits.len(), 1);
        assert!(matcher.regexes[0].compiled.get().is_some());
    }

    #[test]
    fn triggers_are_exact_texts_prefixes_inner_literals_or_none() {
        let words = |source: &str| {
            triggers(source).0.map(|(ending, t)| {
                let mut t: Vec<String> = t.into_iter().map(|b| String::from_utf8(b).expect("utf-8")).collect();
                t.sort();
                (ending, t)
            })
        };
        let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        // A finite language is listed whole.
        assert_eq!(
            words("across (two|three) teams?"),
            Some((
                Ending::Exact,
                list(&[
                    "across three team",
                    "across three teams",
                    "across two team",
                    "across two teams"
                ])
            ))
        );
        // A prefix set, used anchored, when it is as rare as anything else.
        let (ending, hired) = words("(hired|promoted) [0-9]+").expect("prefixes");
        assert_eq!(ending, Ending::Trigger);
        assert!(
            hired
                .iter()
                .all(|t| t.starts_with("hired") || t.starts_with("promoted")),
            "{hired:?}"
        );
        // A rarer literal run inside the regex picks the lines, a prefix set the starts.
        assert_eq!(
            words("(the|a|on) ([a-z]+ )?(pip|pips)"),
            Some((Ending::Trigger, list(&["a ", "on ", "the "])))
        );
        let mut guard = triggers("(the|a|on) ([a-z]+ )?(pip|pips)")
            .1
            .expect("the inner run guards");
        guard.sort();
        // It always follows a space there, so it is scanned behind one; " pips" holds " pip", so
        // it is no guard of its own.
        assert_eq!(guard, [b" pip".to_vec()]);
        assert_eq!(words("[a-z]+ teams"), Some((Ending::InnerTrigger, list(&[" teams"]))));
        assert_eq!(words("[a-z]+ [a-z]+"), None);
    }

    #[test]
    fn a_guard_keeps_a_regex_from_running_on_lines_without_its_second_literal() {
        let (_, guard) = triggers("(wrote|ran) ([a-z]+ )?(sql|queries)");
        let mut guard: Vec<String> = guard
            .expect("guard")
            .into_iter()
            .map(|b| String::from_utf8(b).expect("utf-8"))
            .collect();
        guard.sort();
        assert_eq!(guard, [" queries", " sql"]);
        let lexicon = lexicon("/(wrote|ran) ([a-z]+ )?(sql|queries)/\n");
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        matcher.find("wrote the design doc", &mut found);
        assert!(
            matcher.regexes[0].compiled.get().is_none(),
            "guard missing: regex never compiled"
        );
        matcher.find("wrote complex sql", &mut found);
        assert_eq!(found.hits.len(), 1);
    }

    #[test]
    fn a_guard_found_on_one_line_lets_no_regex_run_on_the_next() {
        let lexicon = lexicon("/(wrote|ran) ([a-z]+ )?(sql|queries)/\n");
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        // The guard late on a long line, then the trigger early on a short one: the stamp of
        // the first line's guard start must not read as a start on the second.
        let long = format!("{} sql wrote", "x ".repeat(50));
        for line in 0..3 {
            matcher.find(&long, &mut found);
            assert!(found.hits.is_empty(), "{line}");
            let searched = found.regex_bytes();
            matcher.find("wrote", &mut found);
            assert_eq!(found.regex_bytes(), searched, "{line}: the regex ran");
            matcher.find("wrote sql", &mut found);
            assert_eq!(found.hits.len(), 1, "{line}");
            // Numbers run out: the table is reset for the next line.
            found.line = GUARD_LINES;
        }
        // Another matcher's stamps are not read as this one's.
        let other = Matcher::new(&lexicon, 0);
        matcher.find("sql", &mut found);
        let searched = found.regex_bytes();
        other.find("wrote", &mut found);
        assert_eq!(found.regex_bytes(), searched, "the regex ran");
    }

    #[test]
    fn an_inner_literal_scanned_behind_a_space_finds_what_the_regex_finds() {
        let body = "/(wrote|ran) ([a-z]+ )?requirements/\n/[a-z]+ ([a-z]+ )?docs? review/\n";
        let cases: [(&str, &[&str]); 7] = [
            ("wrote requirements", &["/(wrote|ran) ([a-z]+ )?requirements/"]),
            ("ran the requirements; wrote", &["/(wrote|ran) ([a-z]+ )?requirements/"]),
            // At the start of the line, inside a word: no match.
            ("requirements wrote", &[]),
            ("wrote subrequirements", &[]),
            // Punctuation normalises to a word break.
            ("wrote (requirements)", &["/(wrote|ran) ([a-z]+ )?requirements/"]),
            ("doc review first", &[]),
            ("a big doc review", &["/[a-z]+ ([a-z]+ )?docs? review/"]),
        ];
        let lexicon = lexicon(body);
        for expected_input in [0, AUTOMATON_THRESHOLD_BYTES] {
            let matcher = Matcher::new(&lexicon, expected_input);
            let mut found = Found::default();
            for (text, expected) in cases {
                matcher.find(&normalize(text), &mut found);
                let names: Vec<&str> = found
                    .hits
                    .iter()
                    .map(|h| lexicon.entries[h.entry].text.as_ref())
                    .collect();
                assert_eq!(names, expected, "{text:?} ({expected_input})");
            }
        }
    }

    #[test]
    fn every_builtin_regex_has_its_plan_and_nfa_precomputed_by_the_build_script() {
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let mut regexes = 0;
        for entry in &lexicon.entries {
            let Pattern::Regex(source, _) = &entry.pattern else {
                continue;
            };
            regexes += 1;
            let index = builtin_index(source);
            assert!(index.is_some(), "{}: no precomputed plan for {source:?}", entry.origin);
            let hir = regex_syntax::Parser::new().parse(source).expect("builtin regex parses");
            let view = builtin_plan(index.expect("found above"));
            let owned = |set: LiteralSet| set.iter().map(<[u8]>::to_vec).collect::<Vec<_>>();
            let built = Plan {
                primary: view.primary.map(|(usage, set)| (usage, owned(set))),
                guard: view.guard.map(owned),
            };
            assert_eq!(built, plan(&hir), "{}: stale plan", entry.origin);
            let (rebuilt, compiled) = BUILDERS.with(|builders| {
                let rebuilt = builtin_nfa(index.expect("found above"), &mut builders.nfa.borrow_mut());
                (rebuilt, builders.compiler.build_from_hir(&hir).expect("compiles"))
            });
            assert_same_nfa(rebuilt.as_ref(), &compiled, &entry.origin.to_string());
        }
        assert!(regexes > 100, "{regexes} regexes");
    }

    #[test]
    fn malformed_nfa_words_are_refused_without_a_panic() {
        BUILDERS.with(|builders| {
            let mut builder = builders.nfa.borrow_mut();
            // Starts (anchored, unanchored), then states: one match state.
            assert!(replay_nfa(&[0, 0, 7], &mut builder).is_some());
            // A byte range to state 5 of 1, a start past the end, an unknown kind, a look whose
            // bit is past a u32, fields cut short, no states at all.
            for words in [
                &[0, 0, 0, 0x6161, 5][..],
                &[3, 0, 7],
                &[0, 0, 9],
                &[0, 0, 6 | 40 << 4, 0],
                &[0, 0, 2 | 3 << 4, 0],
                &[0],
                &[0, 0],
            ] {
                assert!(replay_nfa(words, &mut builder).is_none(), "{words:?}");
            }
            // A real one with its anchored start moved past its last state.
            let index = (0..REGEX_NFA_STARTS.len() - 1)
                .find(|&i| REGEX_NFA_STARTS[i] < REGEX_NFA_STARTS[i + 1])
                .expect("an NFA");
            let words = &REGEX_NFA[REGEX_NFA_STARTS[index] as usize..REGEX_NFA_STARTS[index + 1] as usize];
            assert!(replay_nfa(words, &mut builder).is_some());
            let mut moved = words.to_vec();
            moved[0] = u16::MAX;
            assert!(replay_nfa(&moved, &mut builder).is_none());
        });
    }

    /// Asserts that `rebuilt` (from build.rs's tables) is `compiled` in every respect a search
    /// depends on.
    fn assert_same_nfa(rebuilt: Option<&NFA>, compiled: &NFA, origin: &str) {
        let rebuilt = rebuilt.unwrap_or_else(|| panic!("{origin}: no NFA from build.rs"));
        let facts = |nfa: &NFA| {
            format!(
                "{nfa:?}\n{:?} {:?} {:?} {:?}\n{:?} {:?} {} {} {} {} {} {}\n{:?} {:?}",
                nfa.start_anchored(),
                nfa.start_unanchored(),
                nfa.start_pattern(regex_automata::PatternID::ZERO),
                nfa.byte_classes(),
                nfa.look_set_any(),
                nfa.look_set_prefix_any(),
                nfa.has_capture(),
                nfa.has_empty(),
                nfa.is_utf8(),
                nfa.is_reverse(),
                nfa.is_always_start_anchored(),
                nfa.memory_usage(),
                nfa.group_info(),
                nfa.look_matcher(),
            )
        };
        assert_eq!(rebuilt.states(), compiled.states(), "{origin}: states differ");
        assert_eq!(facts(rebuilt), facts(compiled), "{origin}: NFA differs");
    }

    #[test]
    fn the_table_the_pikevm_and_the_lazy_dfa_end_every_match_alike() {
        // Every built-in regex, anchored at each word start of the examples' lines and of lines
        // holding non-ASCII text (on which the lazy DFA may give up), whichever engine searches,
        // over the rest of the line and over a part of it cut short.
        let examples = [
            include_str!("../examples/brag.md"),
            include_str!("../examples/resume.txt"),
            include_str!("../examples/resume-pasted.txt"),
            "Led the équipe across 3 teams and ran ø squads; coordinated 12 groupes across five orgs",
            // `$` in a regex: at the end of the line, and not before it.
            "Worked closely with product\nPartnered with product on pricing, working with product",
        ];
        let texts: Vec<String> = examples.iter().flat_map(|text| text.lines()).map(normalize).collect();
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let matcher = Matcher::new(&lexicon, 0);
        let (mut matched, mut by_table) = (0, 0);
        for lazy in &matcher.regexes {
            let regex = lazy.get().expect("a built-in regex compiles");
            let table = regex
                .table
                .as_ref()
                .expect("a built-in regex is searched from its table");
            let lazy_dfa = regex.dfa().expect("a built-in regex has a lazy DFA");
            let pikevm = &regex.engines().expect("a built-in regex has an NFA").pikevm;
            let mut dfa = lazy_dfa.create_cache();
            let mut pikevm_cache = pikevm.create_cache();
            let mut scratch = backtrack::Scratch::default();
            for text in &texts {
                let starts = std::iter::once(0).chain(memchr::memchr_iter(b' ', text.as_bytes()).map(|at| at + 1));
                for start in starts.filter(|&at| at < text.len()) {
                    let end = text.len().min(start + MAX_REGEX_SPAN);
                    for end in [end, start + (end - start) / 2] {
                        let input = Input::new(text).range(start..end).anchored(Anchored::Yes);
                        let mut slots = [None, None];
                        pikevm.search_slots(&mut pikevm_cache, &input, &mut slots);
                        let by_pikevm = slots[1].map(|end| end.get());
                        let from_table = table.match_end(&mut scratch, text.as_bytes(), start, end);
                        assert_eq!(from_table, Some(by_pikevm), "{} in {text:?}", lazy.source);
                        by_table += usize::from(by_pikevm.is_some());
                        if let Ok(by_dfa) = lazy_dfa.try_search_fwd(&mut dfa, &input) {
                            assert_eq!(by_dfa.map(|m| m.offset()), by_pikevm, "{} in {text:?}", lazy.source);
                            // Matches both engines found, so the comparison above had something to
                            // compare (a lazy DFA that always gave up would leave this at 0).
                            matched += usize::from(by_pikevm.is_some());
                        }
                    }
                }
            }
        }
        assert!(matched > 50, "{matched} matches compared");
        assert!(by_table > 50, "{by_table} matches compared with the table's");
    }

    #[test]
    fn a_table_nfa_gives_no_answer_on_malformed_words_or_other_looks() {
        let mut scratch = backtrack::Scratch::default();
        let mut search = |words: &'static [u16], states: &'static [u16]| {
            TableNfa::new(words, states).and_then(|nfa| nfa.match_end(&mut scratch, b"ab", 0, 2))
        };
        // Starts (anchored, unanchored), then states: one match state.
        assert_eq!(search(&[0, 0, 7], &[2]), Some(Some(0)));
        // `$`, then a match: not before the end of the text.
        assert_eq!(search(&[0, 0, 6 | 1 << 4, 1, 7], &[2, 4]), Some(None));
        // A byte range to state 5 of 1, a start past the end, an unknown kind, a look at a line's
        // start (`(?m)^`), fields cut short, a sparse state's target past the end, a state past
        // the words, no states at all.
        for (words, states) in [
            (&[0, 0, 0, 0x6161, 5][..], &[2][..]),
            (&[3, 0, 7], &[2]),
            (&[0, 0, 9], &[2]),
            (&[0, 0, 6 | 2 << 4, 1, 7], &[2, 4]),
            (&[0, 0, 2 | 3 << 4, 0], &[2]),
            (&[0, 0, 1 | 1 << 4, 0x6161, 4], &[2]),
            (&[0, 0, 7], &[9]),
            (&[0, 0], &[]),
        ] {
            assert_eq!(search(words, states), None, "{words:?} {states:?}");
        }
    }

    #[test]
    fn a_regex_searches_with_the_pikevm_then_with_the_lazy_dfa() {
        let lexicon = lexicon("/across ([0-9]+|two) teams/\n");
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        matcher.find("work across 4 teams", &mut found);
        assert_eq!(found.hits.len(), 1);
        assert!(
            found.caches.0[0].as_ref().is_some_and(|cache| cache.dfa.is_none()),
            "PikeVM first"
        );
        let long = "work across 4 teams ".repeat(PIKEVM_BYTES / 10);
        matcher.find(long.trim_end(), &mut found);
        assert_eq!(found.hits.len(), PIKEVM_BYTES / 10);
        assert!(
            found.caches.0[0].as_ref().is_some_and(|cache| cache.dfa.is_some()),
            "then the lazy DFA"
        );
    }

    #[test]
    fn a_builtin_regex_compiles_to_the_same_automata_from_tables_and_from_its_source() {
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let matcher = Matcher::new(&lexicon, 0);
        for lazy in &matcher.regexes {
            let index = lazy.builtin.expect("every built-in regex has its place");
            let origin = lexicon.entries[lazy.entry].origin.to_string();
            assert_eq!(builtin_source(index), lazy.source, "{origin}: its source in the tables");
            let read = compile_builtin_regex(index).expect("tables").expect("compiles");
            assert!(
                read.table.is_some() && read.engines.get().is_none(),
                "{origin}: searched from its table, its NFA built when needed"
            );
            let from_tables = rebuild_builtin_regex(index).expect("tables").expect("compiles");
            let from_source = compile_regex(&lazy.source, None).expect("compiles");
            let source_nfa = from_source.engines().expect("engines").pikevm.get_nfa();
            let engines = from_tables.engines().expect("engines");
            assert_same_nfa(Some(engines.pikevm.get_nfa()), source_nfa, &origin);
            assert_same_nfa(
                Some(read.engines().expect("engines").pikevm.get_nfa()),
                source_nfa,
                &origin,
            );
            assert!(
                engines.dfa.get().is_none(),
                "{origin}: its lazy DFA is made when needed"
            );
            let lazy_dfa = engines.dfa().expect("a built-in regex has a lazy DFA");
            assert_same_nfa(Some(lazy_dfa.get_nfa()), source_nfa, &origin);
        }
    }

    #[test]
    fn the_builtin_scan_tables_are_what_laying_it_out_at_run_time_gives() {
        const { assert!(MATCHER_TABLES, "build.rs laid out the built-in lexicon's scan") };
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let parsed = Lexicon::parse_builtin_files().expect("builtin lexicon parses");
        assert!(crate::builtin::scans_as_builtin(&parsed.entries));
        for expected_input in [0, AUTOMATON_THRESHOLD_BYTES] {
            let borrowed = Matcher::new(&lexicon, expected_input);
            assert!(matches!(borrowed.literals.endings, Cow::Borrowed(_)), "tables in use");
            for built in [
                Matcher::build(&lexicon, expected_input),
                Matcher::build(&parsed, expected_input),
            ] {
                assert!(matches!(built.literals.endings, Cow::Owned(_)));
                assert!(borrowed.scanner.tables() == built.scanner.tables(), "scanner drifted");
                assert!(borrowed.literals == built.literals, "literal uses drifted");
                assert_eq!(borrowed.untriggered, built.untriggered);
                assert_eq!(borrowed.guarded, built.guarded);
                assert_eq!(borrowed.scored, built.scored);
                assert_eq!(borrowed.slot_of, built.slot_of);
                let regexes = |m: &Matcher| {
                    m.regexes
                        .iter()
                        .map(|r| (r.source.to_string(), r.builtin, r.entry))
                        .collect::<Vec<_>>()
                };
                assert_eq!(regexes(&borrowed), regexes(&built));
            }
        }
    }

    #[test]
    fn inner_trigger_regexes_keep_whole_words_whichever_engine_searches() {
        // The leftmost match starts inside a word ("b c d teams" in "xb…"); the words at its end
        // that match on their own are kept ("c d teams"), whether the lazy DFA searches the line
        // or (after non-ASCII text, on which a Unicode word boundary makes it give up) the PikeVM.
        // Every whole-word match a regex scan finds is kept too.
        let source = "(?:b )?c [a-z]+ teams\\b";
        let entry = format!("/{source}/\n");
        let regex = regex::Regex::new(source).expect("test regex");
        let lexicon = lexicon(&entry);
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        let mut spans = |text: &str| {
            matcher.find(text, &mut found);
            found
                .hits
                .iter()
                .map(|h| &text[h.start..h.end])
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        for prefix in ["", "ø "] {
            let text = format!("{prefix}xb c d teams");
            assert_eq!(spans(&text), ["c d teams"], "{text:?}");
            let text = format!("{prefix}b c d teams and c e teams");
            let kept = spans(&text);
            assert_eq!(kept, ["b c d teams", "c e teams"], "{text:?}");
            for m in regex.find_iter(&text) {
                let bytes = text.as_bytes();
                if starts_word(bytes, m.start()) && ends_word(bytes, m.end()) {
                    assert!(
                        kept.iter().any(|k| k == m.as_str()),
                        "{:?} missed in {text:?}",
                        m.as_str()
                    );
                }
            }
        }
    }

    #[test]
    fn a_regex_that_can_match_nothing_steps_over_its_empty_matches() {
        // Lexicon files refuse such regexes; a lexicon built in code can still hold one.
        let mut lexicon = lexicon("/placeholder/\n");
        lexicon.entries[0].pattern = Pattern::Regex("(?:[a-z]+ )?teams|".into(), None);
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        matcher.find("xé four teams", &mut found);
        let kept: Vec<(usize, usize)> = found.hits.iter().map(|h| (h.start, h.end)).collect();
        assert_eq!(kept, [(4, 14)]);
    }

    #[test]
    fn exact_regexes_need_no_regex_run_and_keep_word_boundaries() {
        let lexicon = lexicon("/across (two|three) teams/\n");
        let matcher = Matcher::new(&lexicon, 0);
        let mut found = Found::default();
        matcher.find("across two teams and across three teamsters", &mut found);
        assert_eq!(found.hits.len(), 1);
        assert!(matcher.regexes[0].compiled.get().is_none());
    }

    #[test]
    fn an_untriggerable_regex_runs_on_every_line() {
        let lexicon = lexicon("/[a-z]+ [a-z]+/\n");
        let matcher = Matcher::new(&lexicon, 0);
        assert_eq!(*matcher.untriggered, [0]);
        let mut found = Found::default();
        matcher.find("many teams", &mut found);
        assert_eq!(found.hits.len(), 1);
    }

    #[test]
    fn every_scan_engine_finds_the_same_hits() {
        let lexicon = lexicon("roadmap\ncoordinat*\nproduct roadmap\n/(led|ran) [a-z]+ teams?/\n");
        let text = normalize("Coordinated the product roadmap and two roadmaps; led three teams");
        let run = |bytes| {
            let mut found = Found::default();
            Matcher::new(&lexicon, bytes).find(&text, &mut found);
            found.candidates.sort_unstable();
            (found.hits, found.candidates)
        };
        let table = run(0);
        assert_eq!(table.0.len(), 4);
        assert_eq!(table, run(AUTOMATON_THRESHOLD_BYTES));
    }
}
