//! The word family of a lexicon word: every surface form that Snowball English stems like it.
//!
//! A lexicon entry such as `calibration` should also meet "calibrated" and "calibrating", but
//! stemming every word of every line at run time would cost more than the rest of the matching.
//! So the family is turned around: from the word and its stem, a fixed list of English suffixes
//! and spelling rules (e-drop, consonant doubling, y→i, -ise/-ize, -isation/-ization,
//! -yse/-yze) generates candidate forms, and a candidate is kept only when its Snowball stem is
//! the word's stem. The family is then a scan prefix (the longest prefix all its forms share)
//! and the set of allowed remainders after it, so matching needs no stemming at all.
//!
//! Stemming is done by [frostem], a maintained build of the Snowball English (Porter 2) stemmer
//! that tracks upstream. British spellings stem apart from American ones ("prioritise" →
//! `prioritis`, "prioritize" → `priorit`), so a candidate in -is- spelling is compared after
//! mapping it to -iz-, and every kept -iz- form brings its -is- twin.
//!
//! This file is shared with `build.rs`, which computes the built-in lexicon's families when the
//! binary is compiled (so start-up stems nothing); it depends on nothing but `frostem`. The
//! leads a phrase is scanned with ([`lead_variants`]) live here too, for the scan tables
//! `build.rs` writes.

use std::collections::{BTreeMap, BTreeSet};

use frostem::{Algorithm, Stemmer};

/// Suffixes tried on each root of a word, and whether they are inflections (the only forms a
/// word takes when it is not the last of a phrase).
const SUFFIXES: &[(&str, bool)] = &[
    ("", true),
    ("s", true),
    ("es", true),
    ("ed", true),
    ("d", true),
    ("ing", true),
    ("ings", false),
    ("er", false),
    ("ers", false),
    ("or", false),
    ("ors", false),
    ("ion", false),
    ("ions", false),
    ("ation", false),
    ("ations", false),
    ("ment", false),
    ("ments", false),
    ("ate", false),
    ("ates", false),
    ("ated", false),
    ("ating", false),
    ("ator", false),
    ("ators", false),
    ("ize", false),
    ("izes", false),
    ("ized", false),
    ("izing", false),
    ("ization", false),
    ("izations", false),
    ("izer", false),
    ("izers", false),
];

/// Endings spelt -is-/-ys- in British English, with their American -iz-/-yz- twins.
const BRITISH: &[(&str, &str)] = &[
    ("isations", "izations"),
    ("isation", "ization"),
    ("isers", "izers"),
    ("iser", "izer"),
    ("ising", "izing"),
    ("ises", "izes"),
    ("ised", "ized"),
    ("ise", "ize"),
    ("ysers", "yzers"),
    ("yser", "yzer"),
    ("ysing", "yzing"),
    ("yses", "yzes"),
    ("ysed", "yzed"),
    ("yse", "yze"),
];

/// Words shorter than this keep only their plain plurals: a stemmer has too little to go on.
const MIN_LETTERS: usize = 3;

/// The forms a word meets, as a scan prefix and the remainders allowed after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Family {
    /// The longest prefix every form starts with: at least the word's first three letters (the
    /// whole word if shorter), since the scan looks for it at every word start.
    pub prefix: String,
    /// What may follow the prefix to the end of the word, sorted (the empty remainder included
    /// when the prefix is a form itself).
    pub remainders: Vec<String>,
    /// What the word may become when it is not the last word of a phrase, sorted: itself, and
    /// when it is written inflected (-ed, -ing, -s: "framed the problem") its other inflections
    /// in the family (frame, frames, framing). A word written plain stays as it is: inflecting
    /// every leading word ("customer discovery" → "customered discovery") would mostly make
    /// non-words, and quadruple the scan texts.
    pub inflections: Vec<String>,
}

impl Family {
    /// Every form, sorted.
    pub fn forms(&self) -> impl Iterator<Item = String> + '_ {
        self.remainders.iter().map(|r| format!("{}{r}", self.prefix))
    }
}

/// The family of one normalised word (lower-case letters and digits). A word that is not made
/// of ASCII letters, or is shorter than three letters, meets only itself and its plain plurals
/// (`+s`, `+es`), as every word entry always does.
pub fn family(word: &str) -> Family {
    let mut forms: BTreeSet<String> = [word.to_string(), format!("{word}s"), format!("{word}es")].into();
    let mut inflections: BTreeSet<String> = [word.to_string()].into();
    let leads_inflect = inflected(word);
    if word.len() >= MIN_LETTERS && word.bytes().all(|b| b.is_ascii_lowercase()) {
        let stemmer = Stemmer::new(Algorithm::English);
        let target = stemmer.stem(word);
        let american = americanize(word);
        let american_target = stemmer.stem(&american);
        let belongs = |candidate: &str| {
            if stemmer.stem(candidate) == target {
                return true;
            }
            // The American spelling, unless it is the same question again.
            let american = americanize(candidate);
            (american != candidate || american_target != target) && stemmer.stem(&american) == american_target
        };
        // Snowball spells a final y as i ("strategy" → `strategi`, but also "business" →
        // `busi`): the i goes back to a y only when the word had one.
        let y_word = word.ends_with('y') || ["ies", "ied", "ier", "iers"].iter().any(|e| word.ends_with(e));
        for (root, (kind, inflected)) in roots(word, &american, y_word) {
            for &(suffix, inflection) in SUFFIXES {
                if !attaches(&root, kind, suffix, y_word) {
                    continue;
                }
                let candidate = format!("{root}{suffix}");
                if !belongs(&candidate) {
                    continue;
                }
                let british = britishize(&candidate);
                for form in std::iter::once(candidate).chain(british) {
                    if inflection && inflected && leads_inflect {
                        inflections.insert(form.clone());
                    }
                    forms.insert(form);
                }
            }
        }
    }
    // The scan looks for the prefix at every word start, so it keeps at least the word's first
    // MIN_LETTERS letters: a form that would shorten it ("whies" for "why") is left out.
    let floor = &word[..word.char_indices().nth(MIN_LETTERS).map_or(word.len(), |(at, _)| at)];
    forms.retain(|form| form.starts_with(floor));
    inflections.retain(|form| form.starts_with(floor));
    let prefix = common_prefix(&forms);
    Family {
        remainders: forms.iter().map(|f| f[prefix.len()..].to_string()).collect(),
        prefix,
        inflections: inflections.into_iter().collect(),
    }
}

/// What a root is, which decides the suffixes it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Root {
    /// The word less a suffix, or a spelling of it (`hir` and `hire` from "hiring"): any suffix.
    Cut,
    /// The word as written (or in American spelling): inflections, -er/-or and -ment.
    Word,
    /// The word less a suffix with its final e dropped: suffixes starting with a vowel.
    Dropped,
    /// The word itself with its final e dropped (`hir` from "hire", `calibrat` from
    /// "calibrate"): the word's own suffixes that start with a vowel, and -ion, -or.
    WordDropped,
    /// A root ending in a doubled consonant (`plann`): -ed, -ing and -er only.
    Doubled,
}

/// The roots suffixes are added to, each with its kind and whether it is the word less an
/// inflection only (so its inflected forms are the word's inflections): the word, the word
/// less each suffix it ends with, and their spelling variants (a final e dropped, or restored
/// after a cut; y↔i; a final consonant doubled after a short vowel, or undoubled after a cut).
fn roots(word: &str, american: &str, y_word: bool) -> BTreeMap<String, (Root, bool)> {
    // (base, kind, inflected, whether a suffix starting with a vowel was cut off it).
    let mut bases: Vec<(&str, Root, bool, bool)> =
        vec![(word, Root::Word, true, false), (american, Root::Word, true, false)];
    for written in [word, american] {
        for &(suffix, inflection) in SUFFIXES {
            if let Some(cut) = written.strip_suffix(suffix)
                && !suffix.is_empty()
                && cut.len() >= MIN_LETTERS
            {
                // "meetings" less -ings is "meet", an inflection away from "meeting".
                let inflected = inflection || suffix == "ings";
                bases.push((cut, Root::Cut, inflected, suffix.bytes().next().is_some_and(is_vowel)));
            }
        }
    }
    let mut roots: BTreeMap<String, (Root, bool)> = BTreeMap::new();
    let mut add = |root: String, kind: Root, inflected: bool| {
        let entry = roots.entry(root).or_insert((kind, inflected));
        *entry = (entry.0.min(kind), entry.1 || inflected);
    };
    for (base, kind, inflected, vowel_cut) in bases {
        let bytes = base.as_bytes();
        let Some((&last, head)) = bytes.split_last() else {
            continue;
        };
        let before = head.last().copied();
        let shorter = &base[..base.len() - 1];
        if kind == Root::Cut && before == Some(last) && b"bdfglmnprt".contains(&last) {
            // `plann` (from "planning"): the word is `plan`, and `plann` takes only -ed, -ing.
            add(shorter.to_string(), Root::Cut, inflected);
            add(base.to_string(), Root::Doubled, inflected);
            continue;
        }
        add(base.to_string(), kind, inflected);
        if last == b'e' {
            let dropped = if kind == Root::Word {
                Root::WordDropped
            } else {
                Root::Dropped
            };
            add(shorter.to_string(), dropped, inflected);
        } else if last == b'i' {
            if y_word {
                add(format!("{shorter}y"), Root::Cut, inflected);
            }
        } else if last == b'y' && before.is_some_and(|b| !is_vowel(b)) {
            add(format!("{shorter}i"), Root::Cut, inflected);
        } else if !is_vowel(last) {
            if vowel_cut {
                // `hir` (from "hiring") is `hire`.
                add(format!("{base}e"), Root::Cut, inflected);
            }
            // A final consonant after a short vowel doubles (plan → planned), but seldom after
            // an unstressed -er, -or, -en, -on (customer → customered), -fer aside (referred).
            let unstressed = ["er", "or", "en", "on"].iter().any(|e| base.ends_with(e)) && !base.ends_with("fer");
            if bytes.len() >= 3
                && !b"wxy".contains(&last)
                && before.is_some_and(is_vowel)
                && !is_vowel(bytes[bytes.len() - 3])
                && !unstressed
            {
                add(format!("{base}{}", char::from(last)), Root::Doubled, inflected);
            }
        }
    }
    roots
}

/// Whether `suffix` may follow `root` in English spelling. Snowball decides what is kept;
/// these rules only keep it from being offered stacks of suffixes and spellings no word has.
fn attaches(root: &str, kind: Root, suffix: &str, y_word: bool) -> bool {
    let bytes = root.as_bytes();
    let Some((&last, head)) = bytes.split_last() else {
        return false;
    };
    let before = head.last().copied();
    let first = suffix.bytes().next();
    match kind {
        Root::Doubled => return matches!(suffix, "ed" | "ing" | "ings" | "er" | "ers"),
        Root::Dropped => return first.is_some_and(is_vowel),
        Root::WordDropped => {
            let own = WORD_SUFFIXES.contains(&suffix) || matches!(suffix, "ion" | "ions" | "or" | "ors");
            return own && first.is_some_and(is_vowel);
        }
        Root::Word if inflected(root) => return suffix.is_empty(),
        Root::Word | Root::Cut if NOUN_ENDINGS.iter().any(|e| root.ends_with(e)) => {
            // "calibration" takes a plural, not "calibrationed".
            return matches!(suffix, "" | "s" | "es");
        }
        // Other derivations of a whole word are mostly different words ("design" →
        // "designate", "product" → "production") that Snowball happens to stem alike.
        Root::Word if !WORD_SUFFIXES.contains(&suffix) => return false,
        Root::Word | Root::Cut => {}
    }
    if last == b'e' && first.is_some_and(is_vowel) && before != Some(b'e') {
        // "hire" + "ing" is "hiring", from the root `hir`.
        return false;
    }
    if last == b'i' {
        // `strategi` (from "strategy"): strategies, strategied.
        return y_word && matches!(suffix, "es" | "ed" | "er" | "ers");
    }
    if last == b'y' && before.is_some_and(|b| !is_vowel(b)) {
        return matches!(suffix, "" | "ing");
    }
    let sibilant = matches!(last, b's' | b'x' | b'z') || root.ends_with("sh") || root.ends_with("ch");
    match suffix {
        "d" => last == b'e',
        "s" => !sibilant,
        "es" => sibilant || last == b'o',
        _ => true,
    }
}

/// The suffixes a whole word takes besides its inflections: who does it, or the doing of it
/// (interviewer, management, documentation).
const WORD_SUFFIXES: &[&str] = &[
    "", "s", "es", "ed", "d", "ing", "ings", "er", "ers", "or", "ors", "ment", "ments", "ation", "ations",
];

/// Whether a word already carries an inflection (-ed, -ing, or a plural -s): it takes no other.
fn inflected(word: &str) -> bool {
    word.ends_with("ed")
        || word.ends_with("ing")
        || (word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is"))
}

/// Endings of nouns that take no verb endings themselves.
const NOUN_ENDINGS: &[&str] = &["ion", "ity", "ance", "ence"];

fn is_vowel(byte: u8) -> bool {
    matches!(byte, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// `word` with a British -is-/-ys- ending spelt -iz-/-yz- ("prioritised" → "prioritized");
/// other words unchanged. At least three letters must come before the ending ("raise" and
/// "size" are not -ise verbs).
pub fn americanize(word: &str) -> String {
    respell(word, |(british, american)| (british, american)).unwrap_or_else(|| word.to_string())
}

/// `word` with an American -iz-/-yz- ending spelt -is-/-ys-, if it has one.
fn britishize(word: &str) -> Option<String> {
    respell(word, |(british, american)| (american, british))
}

/// `word` with the first ending of [`BRITISH`] it has (after at least three letters) swapped
/// as `pick` orders the pair (from, to).
fn respell(word: &str, pick: impl Fn((&'static str, &'static str)) -> (&'static str, &'static str)) -> Option<String> {
    BRITISH.iter().find_map(|&pair| {
        let (from, to) = pick(pair);
        word.strip_suffix(from)
            .filter(|stem| stem.len() >= MIN_LETTERS)
            .map(|stem| format!("{stem}{to}"))
    })
}

/// A word's slot hash in the built-in family table (32-bit FNV-1a): `build.rs` places each word
/// by it and the matcher looks words up by it, so both must use this one function.
pub fn table_hash(word: &str) -> u32 {
    word.bytes().fold(0x811c_9dc5_u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// The longest prefix of all `forms` (sorted, not empty), cut back to a character boundary.
fn common_prefix(forms: &BTreeSet<String>) -> String {
    let (Some(first), Some(last)) = (forms.first(), forms.last()) else {
        return String::new();
    };
    // Sorted strings: the first and the last differ earliest.
    let mut len = first.bytes().zip(last.bytes()).take_while(|(a, b)| a == b).count();
    while !first.is_char_boundary(len) {
        len -= 1;
    }
    first[..len].to_string()
}

/// Most scan texts one phrase entry gets from the inflections of its leading words.
pub const MAX_VARIANTS: usize = 64;

/// The leads a phrase is scanned with: its leading words joined by spaces (each followed by a
/// space), as written first, then with inflections. A leading word inflects only as far as
/// [`MAX_VARIANTS`] allows, the words nearest the last inflecting first: a word whose
/// inflections would take the count past the cap keeps its written form only.
pub fn lead_variants<'w>(lead: &[&'w str], mut inflections: impl FnMut(&'w str) -> Vec<String>) -> Vec<String> {
    let mut choices: Vec<Vec<String>> = vec![Vec::new(); lead.len()];
    let mut count = 1;
    for (index, &word) in lead.iter().enumerate().rev() {
        let mut forms = inflections(word);
        forms.retain(|form| form != word);
        forms.insert(0, word.to_string());
        if count * forms.len() <= MAX_VARIANTS {
            count *= forms.len();
        } else {
            forms.truncate(1);
        }
        choices[index] = forms;
    }
    // Every combination, the first choice of each word first (so index 0 is as written).
    let mut variants = vec![String::new()];
    for forms in &choices {
        variants = variants
            .iter()
            .flat_map(|head| forms.iter().map(move |form| format!("{head}{form} ")))
            .collect();
    }
    variants
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(word: &str) -> Vec<String> {
        family(word).forms().collect()
    }

    fn meets(word: &str, form: &str) -> bool {
        forms(word).iter().any(|f| f == form)
    }

    #[test]
    fn calibration_meets_calibrate_and_its_inflections() {
        for form in [
            "calibration",
            "calibrations",
            "calibrate",
            "calibrated",
            "calibrates",
            "calibrating",
        ] {
            assert!(meets("calibration", form), "{form}: {:?}", forms("calibration"));
            assert!(meets("calibrated", form), "{form}: {:?}", forms("calibrated"));
        }
    }

    #[test]
    fn hire_meets_hiring_and_hiring_meets_hire() {
        assert_eq!(forms("hire"), ["hire", "hired", "hirees", "hires", "hiring", "hirings"]);
        for form in ["hire", "hires", "hired", "hiring"] {
            assert!(meets("hiring", form), "{form}");
        }
        assert_eq!(family("hire").prefix, "hir");
    }

    #[test]
    fn prioritize_meets_both_spellings_and_the_noun() {
        for word in ["prioritize", "prioritise", "prioritization"] {
            for form in [
                "prioritize",
                "prioritized",
                "prioritizing",
                "prioritization",
                "prioritise",
                "prioritised",
                "prioritising",
                "prioritisation",
            ] {
                assert!(meets(word, form), "{word} → {form}: {:?}", forms(word));
            }
        }
        assert!(meets("analyze", "analysed") && meets("analyse", "analyzing"));
        // -ise that is no -ize ending keeps its spelling.
        assert!(!meets("size", "sises") && !meets("raise", "raize"));
    }

    #[test]
    fn a_plain_plural_is_always_met() {
        for word in ["roadmap", "process", "pr", "q3", "café", "api"] {
            assert!(meets(word, word) && meets(word, &format!("{word}s")) && meets(word, &format!("{word}es")));
        }
        // Too short, or not plain letters: nothing else.
        assert_eq!(forms("pr"), ["pr", "pres", "prs"]);
        assert_eq!(forms("q3").len(), 3);
    }

    #[test]
    fn every_form_starts_with_the_prefix_and_stems_like_the_word() {
        let stemmer = Stemmer::new(Algorithm::English);
        for word in [
            "planning",
            "meetings",
            "strategy",
            "coordination",
            "management",
            "onboard",
            "mentor",
        ] {
            let f = family(word);
            assert!(word.starts_with(&f.prefix), "{word}: {}", f.prefix);
            for form in f.forms() {
                let plain = form == word || form == format!("{word}s") || form == format!("{word}es");
                let same = stemmer.stem(&form) == stemmer.stem(word)
                    || stemmer.stem(&americanize(&form)) == stemmer.stem(&americanize(word));
                assert!(plain || same, "{word} → {form}");
            }
        }
        assert!(meets("onboard", "onboarded") && meets("onboard", "onboarding"));
        assert!(meets("strategy", "strategies") && meets("management", "managed"));
    }

    #[test]
    fn the_prefix_keeps_at_least_three_letters_of_the_word() {
        assert_eq!(family("why").prefix, "why");
        assert_eq!(family("are").prefix, "are");
        assert!(meets("why", "whys") && !meets("why", "whies"));
        assert_eq!(family("hire").prefix, "hir");
    }

    #[test]
    fn no_form_from_derivations_a_word_does_not_have() {
        // Snowball stems these alike, but the families are built from the word's own suffixes.
        assert!(!meets("design", "designate") && !meets("product", "production"));
        assert!(!meets("business", "busy") && !meets("morale", "moral"));
    }

    #[test]
    fn leading_words_inflect_only_when_written_inflected() {
        assert_eq!(family("framed").inflections, ["frame", "framed", "frames", "framing"]);
        assert_eq!(family("customer").inflections, ["customer"]);
        assert_eq!(family("hiring").inflections, ["hire", "hired", "hires", "hiring"]);
    }
}
