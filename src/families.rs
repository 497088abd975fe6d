//! The word families of lexicon entries, ready for the matcher: looked up in a table for the
//! built-in lexicon, computed for any other word.
//!
//! Computing a family stems a few dozen candidate forms, which for every word of the built-in
//! lexicon would cost several times the rest of start-up. So `build.rs` computes the built-in
//! lexicon's families with the same code ([`crate::inflect`]) when the binary is compiled, and
//! only the words of a user's lexicon that the table lacks are computed at run time.
//!
//! An unquoted word or phrase entry is matched as its *lead* (the words before the last, in the
//! inflections listed by [`lead_variants`]) followed by its last word's family prefix; the rest
//! of that word must be one of the family's remainders.

use std::cmp::Ordering;

use rustc_hash::FxHashMap;

use crate::inflect;
use crate::lexicon::Pattern;

// `FAMILY_TEXT`, `FAMILY_ENDINGS`, `FAMILY_ROWS` and `FAMILY_SLOTS`: the family of every word of
// the built-in lexicon's unquoted word and phrase entries, sorted by word, and found by hash.
include!(concat!(env!("OUT_DIR"), "/builtin_families.rs"));

// Shared with build.rs, which computes the built-in lexicon's scan texts with them.
pub use crate::inflect::{MAX_VARIANTS, lead_variants};

/// How many forms `rolemap lexicon list` shows for one entry.
pub const SHOWN_FORMS: usize = 12;

/// A row of `FAMILY_ROWS`.
type Row = [u32; 7];

/// The text at `start..start + len` of `FAMILY_TEXT`.
fn text(start: u32, len: u32) -> &'static str {
    &FAMILY_TEXT[start as usize..(start + len) as usize]
}

/// The word of a built-in row.
fn row_word(row: &Row) -> &'static str {
    text(row[0], row[1])
}

/// Remainder `index` of a built-in row (in byte order, below its count `row[4]`).
fn row_remainder(row: &Row, index: u32) -> &'static [u8] {
    let at = (row[3] + index) as usize;
    &FAMILY_TEXT.as_bytes()[FAMILY_ENDINGS[at] as usize..FAMILY_ENDINGS[at + 1] as usize]
}

/// The inflections of a built-in row, one a line.
fn row_inflections(row: &Row) -> &'static str {
    text(row[5], row[6])
}

/// The family of one word, from the built-in table or from a [`FamilySet`].
#[derive(Debug, Clone, Copy)]
pub enum WordFamily<'a> {
    /// A row of the table build.rs made for the built-in lexicon.
    Builtin(&'static Row),
    /// Computed at run time: the word and its family.
    Computed(&'a str, &'a inflect::Family),
}

impl<'a> WordFamily<'a> {
    /// The word itself.
    pub fn word(self) -> &'a str {
        match self {
            WordFamily::Builtin(row) => row_word(row),
            WordFamily::Computed(word, _) => word,
        }
    }

    /// The prefix every form starts with (a prefix of the word): what the scan looks for.
    pub fn prefix(self) -> &'a str {
        match self {
            WordFamily::Builtin(row) => &row_word(row)[..row[2] as usize],
            WordFamily::Computed(_, family) => &family.prefix,
        }
    }

    /// What may follow the prefix to the end of the word, sorted.
    pub fn remainders(self) -> Vec<&'a str> {
        match self {
            WordFamily::Builtin(row) => (0..row[4])
                .map(|index| std::str::from_utf8(row_remainder(row, index)).unwrap_or_default())
                .collect(),
            WordFamily::Computed(_, family) => family.remainders.iter().map(String::as_str).collect(),
        }
    }

    /// What the word may become leading a phrase, sorted (the word itself among them).
    pub fn inflections(self) -> Vec<&'a str> {
        match self {
            WordFamily::Builtin(row) => row_inflections(row).split('\n').collect(),
            WordFamily::Computed(_, family) => family.inflections.iter().map(String::as_str).collect(),
        }
    }

    /// Whether the word, leading a phrase, meets other inflections of itself.
    pub fn inflects(self) -> bool {
        match self {
            // The inflections are the word alone, or longer.
            WordFamily::Builtin(row) => row[6] != row[1],
            WordFamily::Computed(_, family) => family.inflections.len() > 1,
        }
    }

    /// Whether `rest`, following the prefix up to the end of a word, makes a form. (On a hot
    /// path: once for every word the scan finds a family prefix at.)
    pub fn allows(self, rest: &[u8]) -> bool {
        match self {
            WordFamily::Builtin(row) => {
                // A binary search over the remainders, sorted (the empty one first, if any).
                let (mut low, mut high) = (0, row[4]);
                if rest.is_empty() {
                    return high > 0 && row_remainder(row, 0).is_empty();
                }
                while low < high {
                    let middle = low + (high - low) / 2;
                    match compare(row_remainder(row, middle), rest) {
                        Ordering::Less => low = middle + 1,
                        Ordering::Greater => high = middle,
                        Ordering::Equal => return true,
                    }
                }
                false
            }
            WordFamily::Computed(_, family) => family
                .remainders
                .binary_search_by(|r| compare(r.as_bytes(), rest))
                .is_ok(),
        }
    }

    /// Whether `rest`, following the prefix, makes the word as written or its plain plural: what
    /// the entry matched before families.
    pub fn is_written(self, rest: &[u8]) -> bool {
        let written = match self {
            WordFamily::Builtin(row) => &FAMILY_TEXT.as_bytes()[(row[0] + row[2]) as usize..(row[0] + row[1]) as usize],
            WordFamily::Computed(word, family) => &word.as_bytes()[family.prefix.len()..],
        };
        rest.len() >= written.len()
            && compare(&rest[..written.len()], written) == Ordering::Equal
            && matches!(&rest[written.len()..], b"" | b"s" | b"es")
    }
}

/// Byte order of two short strings, compared in place: a remainder is a few bytes, for which
/// calling `memcmp` costs more than the comparison.
fn compare(a: &[u8], b: &[u8]) -> Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// The row of `word` in the built-in table.
fn builtin_row(word: &str) -> Option<usize> {
    let mask = FAMILY_SLOTS.len() - 1;
    let mut slot = inflect::table_hash(word) as usize & mask;
    loop {
        let row = FAMILY_SLOTS[slot].checked_sub(1)? as usize;
        let [start, len, ..] = FAMILY_ROWS[row];
        if &FAMILY_TEXT.as_bytes()[start as usize..(start + len) as usize] == word.as_bytes() {
            return Some(row);
        }
        slot = (slot + 1) & mask;
    }
}

/// The families of a lexicon's words, by id: a built-in word's id is its row in the generated
/// table; any other word is computed once, when first asked for, and numbered after the table.
#[derive(Debug, Default)]
pub struct FamilySet {
    computed: Vec<(String, inflect::Family)>,
    index: FxHashMap<String, u32>,
}

impl FamilySet {
    /// The id of `word`'s family.
    pub fn id(&mut self, word: &str) -> u32 {
        let id = match builtin_row(word) {
            Some(row) => row,
            None => match self.index.get(word) {
                Some(&id) => return id,
                None => {
                    self.computed.push((word.to_string(), inflect::family(word)));
                    let id = FAMILY_ROWS.len() + self.computed.len() - 1;
                    self.index.insert(word.to_string(), to_id(id));
                    id
                }
            },
        };
        to_id(id)
    }

    /// The family with id `id` (from [`FamilySet::id`]).
    pub fn get(&self, id: u32) -> WordFamily<'_> {
        let id = id as usize;
        match FAMILY_ROWS.get(id) {
            Some(row) => WordFamily::Builtin(row),
            None => {
                let (word, family) = &self.computed[id - FAMILY_ROWS.len()];
                WordFamily::Computed(word, family)
            }
        }
    }
}

fn to_id(index: usize) -> u32 {
    u32::try_from(index).expect("fewer than 4 billion words")
}

/// The forms an entry meets, comma-separated, for `rolemap lexicon list`: the word or phrase as
/// written first, then the others (the leading words as written first, last words sharing most
/// with the written one first), at most [`SHOWN_FORMS`] of them, then how many there are in all. Stems and regexes
/// have no list of forms: `-`.
pub fn shown_forms(pattern: &Pattern) -> String {
    let (words, quoted) = match pattern {
        Pattern::Words(words) => (words, false),
        Pattern::Quoted(words) => (words, true),
        Pattern::Stem(_) | Pattern::Regex(..) => return "-".to_string(),
    };
    let all: Vec<&str> = words.split(' ').collect();
    let Some((last, lead)) = all.split_last() else {
        return "-".to_string();
    };
    let (leads, lasts) = if quoted {
        let lasts = vec![(*last).to_string(), format!("{last}s"), format!("{last}es")];
        (vec![lead.iter().map(|w| format!("{w} ")).collect::<String>()], lasts)
    } else {
        let mut set = FamilySet::default();
        let id = set.id(last);
        let family = set.get(id);
        let lasts = family
            .remainders()
            .iter()
            .map(|rest| format!("{}{rest}", family.prefix()))
            .collect();
        let leads = lead_variants(lead, |word| {
            let id = set.id(word);
            set.get(id).inflections().into_iter().map(str::to_string).collect()
        });
        (leads, lasts)
    };
    // The written lead first; each lead's forms sharing most with the written word first (its
    // inflections before other words of its family), then the shorter.
    let mut lasts = lasts;
    let shared = |form: &str| form.bytes().zip(last.bytes()).take_while(|(a, b)| a == b).count();
    lasts.sort_by_key(|form| (std::cmp::Reverse(shared(form)), form.len(), form.clone()));
    let mut forms: Vec<String> = leads
        .iter()
        .flat_map(|head| lasts.iter().map(move |last| format!("{head}{last}")))
        .filter(|form| form != words)
        .collect();
    forms.insert(0, words.to_string());
    let total = forms.len();
    let mut shown = forms.into_iter().take(SHOWN_FORMS).collect::<Vec<_>>().join(", ");
    if total > SHOWN_FORMS {
        shown.push_str(&format!(", … ({total} forms)"));
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    #[test]
    fn the_generated_table_is_what_the_runtime_computes_for_every_builtin_word() {
        let lexicon = Lexicon::builtin().expect("builtin lexicon");
        let mut words = 0;
        for entry in &lexicon.entries {
            let Pattern::Words(text) = &entry.pattern else {
                continue;
            };
            for word in text.split(' ') {
                words += 1;
                let row = builtin_row(word);
                assert!(
                    row.is_some(),
                    "{}: {word:?} is missing from the generated table",
                    entry.origin
                );
                let family = WordFamily::Builtin(&FAMILY_ROWS[row.unwrap_or_default()]);
                let computed = inflect::family(word);
                assert_eq!(family.prefix(), computed.prefix, "{word}");
                assert_eq!(family.remainders(), computed.remainders, "{word}");
                assert_eq!(family.inflections(), computed.inflections, "{word}");
            }
        }
        assert!(words > 500, "{words} words");
        assert!(
            FAMILY_ROWS
                .windows(2)
                .all(|pair| row_word(&pair[0]) < row_word(&pair[1])),
            "the table is sorted by word, without repeats"
        );
    }

    #[test]
    fn a_family_allows_its_forms_and_knows_the_written_word() {
        let mut set = FamilySet::default();
        let id = set.id("calibration");
        let family = set.get(id);
        let rest = |form: &str| form.as_bytes()[family.prefix().len()..].to_vec();
        for form in ["calibration", "calibrations", "calibrate", "calibrated", "calibrating"] {
            assert!(family.allows(&rest(form)), "{form}");
        }
        assert!(!family.allows(b"ationally"));
        assert!(family.is_written(&rest("calibration")));
        assert!(family.is_written(&rest("calibrations")));
        assert!(!family.is_written(&rest("calibrated")));
        // A word the table lacks is computed, once.
        let id = set.id("recalibration");
        assert!(id as usize >= FAMILY_ROWS.len());
        assert_eq!(set.id("recalibration"), id);
        assert!(set.get(id).allows(b"ated"), "{:?}", set.get(id));
    }

    #[test]
    fn leads_inflect_nearest_the_last_word_first_within_the_cap() {
        let inflections = |word: &str| vec![word.to_string(), format!("{word}s"), format!("{word}ed")];
        let leads = lead_variants(&["user"], inflections);
        assert_eq!(leads, ["user ", "users ", "usered "]);
        // Four words of three forms each would make 81 leads: the first keeps its written form.
        let leads = lead_variants(&["a", "b", "c", "d"], inflections);
        assert_eq!(leads.len(), 27);
        assert_eq!(leads[0], "a b c d ");
        assert!(leads.iter().all(|lead| lead.starts_with("a ")));
        assert_eq!(lead_variants(&[], inflections), [""]);
    }

    #[test]
    fn lexicon_list_shows_the_forms_an_entry_meets() {
        assert_eq!(
            shown_forms(&Pattern::Words("hire".into())),
            "hire, hired, hires, hirees, hiring, hirings"
        );
        assert_eq!(
            shown_forms(&Pattern::Quoted("program".into())),
            "program, programs, programes"
        );
        assert_eq!(shown_forms(&Pattern::Stem("coordinat".into())), "-");
        let shown = shown_forms(&Pattern::Words("user interview".into()));
        assert!(
            shown.starts_with("user interview, user interviews, user interviewed, "),
            "{shown}"
        );
        let shown = shown_forms(&Pattern::Words("framed the problem".into()));
        assert!(
            shown.starts_with("framed the problem, framed the problems, "),
            "{shown}"
        );
        assert!(shown.ends_with(" forms)"), "{shown}");
        assert_eq!(shown.matches(", ").count(), SHOWN_FORMS, "{shown}");
    }
}
