//! The literals of a lexicon's scan: which texts the scanner looks for, how a find of each is
//! used, and which entries (or regexes) share it.
//!
//! Laying them out for the built-in lexicon (about 6,000 uses of 5,000 distinct literals,
//! hashed, deduplicated and chained) was two fifths of the start-up of a short run. So this
//! code is shared with `build.rs`, which runs it over the built-in lexicon when the binary is
//! built and writes the tables it gives; start-up borrows them (see [`crate::matcher`]), and a
//! test checks they equal what this code gives at run time. A user's lexicon is laid out here
//! when it is read.

use std::borrow::Cow;
use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::inflect::lead_variants;
use crate::lexicon::{Entry, Pattern};
use crate::plan::Use;
use crate::prefixes::Anchor;

/// How a literal of the scan is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ending {
    /// Whole words, with an optional plural `s`/`es` on the last one (a quoted entry).
    Word,
    /// Leading words and the family prefix of the last word (an id of the matcher's families):
    /// the rest of the word must be one of the family's remainders. `written`: the leading words
    /// are as the entry writes them.
    Family {
        /// The family's id.
        family: u32,
        /// Whether the leading words are as written.
        written: bool,
    },
    /// A stem: the rest of the word is swallowed.
    Stem,
    /// A regex trigger: every match of the regexes listed starts with it.
    Trigger,
    /// A literal that some match of the regexes listed must contain: they run on the line.
    InnerTrigger,
    /// One of the finitely many texts a regex matches: a hit by itself, no regex run needed.
    Exact,
    /// A second literal every match must contain: without it, the regex is not run.
    Guard,
}

impl Ending {
    /// Inner triggers and guards may start inside a word; everything else starts a word.
    pub fn anchor(self) -> Anchor {
        match self {
            Ending::InnerTrigger | Ending::Guard => Anchor::Anywhere,
            Ending::Word | Ending::Family { .. } | Ending::Stem | Ending::Trigger | Ending::Exact => Anchor::WordStart,
        }
    }
}

impl From<Use> for Ending {
    fn from(usage: Use) -> Ending {
        match usage {
            Use::Exact => Ending::Exact,
            Use::Trigger => Ending::Trigger,
            Use::InnerTrigger => Ending::InnerTrigger,
        }
    }
}

/// A regex's planned literals, borrowed: from build.rs's tables (a text and where each literal
/// ends in it), or from a plan made at run time.
#[derive(Debug, Clone, Copy)]
pub enum LiteralSet<'p> {
    /// Literal `i` is `text[ends[i - 1]..ends[i]]` (the first starts at `start`).
    Packed {
        /// The text the literals are cut from.
        text: &'p [u8],
        /// Where the first literal starts.
        start: u32,
        /// Where each literal ends.
        ends: &'p [u32],
    },
    /// Literals made at run time.
    Made(&'p [Vec<u8>]),
}

impl<'p> LiteralSet<'p> {
    /// How many literals.
    pub fn len(self) -> usize {
        match self {
            LiteralSet::Packed { ends, .. } => ends.len(),
            LiteralSet::Made(set) => set.len(),
        }
    }

    /// Whether there are none.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The literals, in order.
    pub fn iter(self) -> impl Iterator<Item = &'p [u8]> {
        (0..self.len()).map(move |index| match self {
            LiteralSet::Packed { text, start, ends } => {
                let from = index.checked_sub(1).map_or(start, |before| ends[before]);
                &text[from as usize..ends[index] as usize]
            }
            LiteralSet::Made(set) => set[index].as_slice(),
        })
    }
}

/// A regex's plan (see [`crate::plan::Plan`]), borrowed.
#[derive(Debug, Clone, Copy)]
pub struct PlanView<'p> {
    /// How its primary literals are used, and they.
    pub primary: Option<(Use, LiteralSet<'p>)>,
    /// The literals one of which every match holds, if the plan has a guard.
    pub guard: Option<LiteralSet<'p>>,
}

impl<'p> PlanView<'p> {
    /// A view of `plan`.
    pub fn of(plan: &'p crate::plan::Plan) -> PlanView<'p> {
        PlanView {
            primary: plan.primary.as_ref().map(|(k, set)| (*k, LiteralSet::Made(set))),
            guard: plan.guard.as_deref().map(LiteralSet::Made),
        }
    }

    /// Its literals: the primary ones, then the guard.
    pub fn literal_count(&self) -> usize {
        self.primary.map_or(0, |(_, set)| set.len()) + self.guard.map_or(0, LiteralSet::len)
    }
}

/// The word families the scan texts are made with: [`crate::families::FamilySet`] at run time;
/// in `build.rs`, the families it writes for the built-in lexicon (with the same ids).
pub trait Families {
    /// The id of `word`'s family.
    fn id(&mut self, word: &str) -> u32;
    /// The prefix every form of family `id` starts with.
    fn prefix(&self, id: u32) -> &str;
    /// Whether the word of family `id`, leading a phrase, meets other inflections of itself.
    fn inflects(&self, id: u32) -> bool;
    /// What the word of family `id` may become leading a phrase, sorted.
    fn inflections(&self, id: u32) -> Vec<String>;
}

/// How an unquoted word or phrase entry is scanned (see [`scan_entry`]).
#[derive(Debug, Default)]
pub struct EntryScan<'l> {
    /// Its leading words as written and the prefix of its last word's family.
    pub written: &'l str,
    /// Its texts with other leads, in the scan's `others`.
    pub others: Range<usize>,
    /// Its last word's family.
    pub family: u32,
}

/// How an unquoted word or phrase is scanned: as written (its leading words and the prefix of
/// its last word's family, a slice of `words`), and, when a leading word inflects, with the
/// other leads (pushed to `others`).
pub fn scan_entry<'l>(families: &mut impl Families, words: &'l str, others: &mut Vec<String>) -> EntryScan<'l> {
    let (lead, last) = words.rsplit_once(' ').map_or(("", words), |(lead, last)| (lead, last));
    let family = families.id(last);
    let prefix = families.prefix(family).len();
    // The prefix is a prefix of the word as written.
    let written = &words[..words.len() - last.len() + prefix];
    let start = others.len();
    let mut inflects = |word: &str| {
        let id = families.id(word);
        families.inflects(id)
    };
    if !lead.is_empty() && lead.split(' ').any(&mut inflects) {
        let lead: Vec<&str> = lead.split(' ').collect();
        let leads = lead_variants(&lead, |word| {
            let id = families.id(word);
            families.inflections(id)
        });
        let prefix = families.prefix(family);
        others.extend(leads.into_iter().skip(1).map(|lead| lead + prefix));
    }
    EntryScan {
        written,
        others: start..others.len(),
        family,
    }
}

/// The scan texts of a lexicon's word and phrase entries (one [`EntryScan`] per entry, the
/// default for other patterns), with the texts they make (`others`), before the table borrows
/// them.
pub fn scan_entries<'l>(entries: &'l [Entry], families: &mut impl Families) -> (Vec<EntryScan<'l>>, Vec<String>) {
    let mut others = Vec::new();
    let scans = entries
        .iter()
        .map(|entry| match &entry.pattern {
            Pattern::Words(words) => scan_entry(families, words, &mut others),
            _ => EntryScan::default(),
        })
        .collect();
    (scans, others)
}

/// A lexicon's scan laid out: what [`crate::matcher::Matcher`] holds besides its regexes and
/// families.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout<'t> {
    /// Every distinct literal, in the order first added.
    pub patterns: Vec<&'t [u8]>,
    /// How each is used, and by which entries or regexes.
    pub uses: Uses,
    /// Regexes without a usable trigger: they run on every line.
    pub untriggered: Vec<usize>,
    /// Whether each regex has a guard literal that must also appear.
    pub guarded: Vec<bool>,
    /// For each entry, the scanned literal it shares with others (regexes: `usize::MAX`).
    pub slot_of: Vec<usize>,
}

/// Lays out the scan of `entries`, from their scan texts (see [`scan_entries`]) and the plans of
/// their regexes, in order.
pub fn lay_out<'t>(
    entries: &'t [Entry],
    scans: &'t [EntryScan<'t>],
    others: &'t [String],
    plans: &[PlanView<'t>],
) -> Layout<'t> {
    // Sized for every literal at once: growing the table's index rehashed it twice, a tenth
    // of the start-up of a short run.
    let planned: usize = plans.iter().map(PlanView::literal_count).sum();
    let mut table = PatternTable::with_capacity(entries.len() + others.len() + planned);
    let mut add = |ending: Ending, text, id| table.add(ending, text, id);
    let mut untriggered = Vec::new();
    let mut guarded = Vec::new();
    let mut slot_of = vec![usize::MAX; entries.len()];
    let mut plans = plans.iter().copied();
    let mut index = 0;
    for (id, entry) in entries.iter().enumerate() {
        match &entry.pattern {
            Pattern::Words(_) => {
                let EntryScan {
                    written,
                    others: range,
                    family,
                } = &scans[id];
                let written_ending = Ending::Family {
                    family: *family,
                    written: true,
                };
                slot_of[id] = add(written_ending, written.as_bytes(), id);
                for text in &others[range.clone()] {
                    let ending = Ending::Family {
                        family: *family,
                        written: false,
                    };
                    add(ending, text.as_bytes(), id);
                }
            }
            Pattern::Quoted(words) => slot_of[id] = add(Ending::Word, words.as_bytes(), id),
            Pattern::Stem(stem) => slot_of[id] = add(Ending::Stem, stem.as_bytes(), id),
            Pattern::Regex(..) => {
                let Some(PlanView { primary, guard }) = plans.next() else {
                    continue;
                };
                guarded.push(guard.is_some());
                for literal in guard.into_iter().flat_map(LiteralSet::iter) {
                    add(Ending::Guard, literal, index);
                }
                match primary {
                    Some((Use::Exact, texts)) => {
                        for literal in texts.iter() {
                            add(Ending::Exact, literal, id);
                        }
                    }
                    Some((usage, texts)) => {
                        for literal in texts.iter() {
                            add(Ending::from(usage), literal, index);
                        }
                    }
                    None => untriggered.push(index),
                }
                index += 1;
            }
        }
    }
    let (patterns, uses) = table.finish();
    Layout {
        patterns,
        uses,
        untriggered,
        guarded,
        slot_of,
    }
}

/// The literals of the scan: each distinct (use, text) once, with the entries or regexes that
/// share it.
#[derive(Default)]
struct PatternTable<'t> {
    index: FxHashMap<(Ending, &'t [u8]), usize>,
    patterns: Vec<&'t [u8]>,
    endings: Vec<Ending>,
    /// (slot, id) pairs, in the order they were added.
    pairs: Vec<(u32, usize)>,
}

impl<'t> PatternTable<'t> {
    /// A table with room for about `literals` literals.
    fn with_capacity(literals: usize) -> PatternTable<'t> {
        PatternTable {
            index: FxHashMap::with_capacity_and_hasher(literals, Default::default()),
            patterns: Vec::with_capacity(literals),
            endings: Vec::with_capacity(literals),
            pairs: Vec::with_capacity(literals),
        }
    }

    /// Adds `text` used as `ending` for `id`; returns its slot.
    fn add(&mut self, ending: Ending, text: &'t [u8], id: usize) -> usize {
        let slot = *self.index.entry((ending, text)).or_insert_with(|| {
            self.patterns.push(text);
            self.endings.push(ending);
            self.endings.len() - 1
        });
        self.pairs
            .push((u32::try_from(slot).expect("fewer than 4 billion literals"), id));
        slot
    }

    /// The literals' texts and uses.
    fn finish(self) -> (Vec<&'t [u8]>, Uses) {
        // Counting sort of the pairs by slot, keeping each slot's ids in the order added.
        let mut bounds = vec![0u32; self.endings.len() + 1];
        for &(slot, _) in &self.pairs {
            bounds[slot as usize + 1] += 1;
        }
        for i in 1..bounds.len() {
            bounds[i] += bounds[i - 1];
        }
        let mut next = bounds.clone();
        let mut ids = vec![0; self.pairs.len()];
        for &(slot, id) in &self.pairs {
            ids[next[slot as usize] as usize] = id;
            next[slot as usize] += 1;
        }
        let uses = Uses {
            endings: Cow::Owned(self.endings),
            bounds: Cow::Owned(bounds),
            ids: Cow::Owned(ids),
        };
        (self.patterns, uses)
    }
}

/// For each literal of the scan: how it is used, and the entries (or regexes) that share it.
/// Borrowed from build.rs's tables for the built-in lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uses {
    /// How each literal is used.
    pub endings: Cow<'static, [Ending]>,
    /// Literal `i`'s ids are `ids[bounds[i]..bounds[i + 1]]`.
    pub bounds: Cow<'static, [u32]>,
    /// Entries or regexes, by literal.
    pub ids: Cow<'static, [usize]>,
}

impl Uses {
    /// How literal `literal` is used, and by which entries or regexes.
    pub fn get(&self, literal: usize) -> (&Ending, &[usize]) {
        let ids = &self.ids[self.bounds[literal] as usize..self.bounds[literal + 1] as usize];
        (&self.endings[literal], ids)
    }

    /// The uses as plain slices, for a scan that looks up every literal it finds (looking
    /// through each `Cow` on every find, in a call of its own, was 31 instructions a find).
    pub fn view(&self) -> UsesView<'_> {
        UsesView {
            endings: &self.endings,
            bounds: &self.bounds,
            ids: &self.ids,
        }
    }
}

/// [`Uses`] borrowed as plain slices.
#[derive(Debug, Clone, Copy)]
pub struct UsesView<'u> {
    endings: &'u [Ending],
    bounds: &'u [u32],
    ids: &'u [usize],
}

impl<'u> UsesView<'u> {
    /// How literal `literal` is used, by which entries or regexes, and where those are in the
    /// ids (for [`UsesView::ids`]: a find kept for later need not look its literal up again).
    #[inline]
    pub fn get(self, literal: usize) -> (Ending, &'u [usize], (u32, u32)) {
        let span = (self.bounds[literal], self.bounds[literal + 1]);
        (self.endings[literal], self.ids(span), span)
    }

    /// The entries or regexes at `span` of the ids.
    #[inline]
    pub fn ids(self, (from, to): (u32, u32)) -> &'u [usize] {
        &self.ids[from as usize..to as usize]
    }
}
