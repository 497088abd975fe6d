//! Regex entry → how it joins the one automaton pass: the finite texts it matches, or the
//! literals that must appear for it to match.
//!
//! This file is shared with `build.rs`, which plans the built-in lexicon's regexes when the
//! binary is compiled (so start-up neither parses nor plans them); it depends on nothing but
//! `regex-syntax`.

use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Class, Hir, HirKind};

/// How a regex's literals are used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// The regex matches exactly these texts: they are hits by themselves.
    Exact,
    /// Every match starts with one of these: the regex runs anchored where one appears.
    Trigger,
    /// Every match contains one of these: the regex runs on lines holding one.
    InnerTrigger,
}

/// A regex's plan: its primary literals (or none: it runs on every line) and an optional
/// guard, a second literal run every match contains.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// How the regex joins the pass, and with which literals.
    pub primary: Option<(Use, Literals)>,
    /// Literals of which one must also appear on the line.
    pub guard: Option<Literals>,
}

/// A set of literal byte strings.
pub type Literals = Vec<Vec<u8>>;

/// Most combinations a literal set may expand to.
pub const MAX_LITERALS: usize = 64;

/// Most texts a finite regex is listed as, to be scanned whole and never run (64 left
/// `across (the |all |…)?(teams|orgs|…)`, 70 texts, running 12,339 times on 10 MB of the bench
/// corpus without a match).
const MAX_TEXTS: usize = 128;

/// How a regex joins the one pass, from its syntax (and, second, an optional guard: another
/// literal run every match contains, checked before the regex runs):
/// - `Exact`: it matches finitely many texts, listed: they go into the automaton as they are;
/// - `Trigger`: literals every match starts with: the regex runs anchored where one appears;
/// - `InnerTrigger`: literals every match contains: the regex runs on lines holding one;
/// - `None`: nothing usable, so it runs on every line.
///
/// Among usable sets the one whose shortest literal is longest wins (rarest in text), a prefix
/// set on ties; an inner set that wins is made the guard of the rarest prefix set, if there is one.
pub fn plan(hir: &Hir) -> Plan {
    let Plan { primary, guard } = plan_sets(hir);
    Plan {
        primary: primary.map(|(usage, set)| match usage {
            Use::Exact => (usage, set),
            Use::Trigger => (usage, without_redundant(set, |l, other| l.starts_with(other))),
            Use::InnerTrigger => (usage, without_redundant(set, contains)),
        }),
        guard: guard.map(|set| without_redundant(set, contains)),
    }
}

/// `set` without the literals that hold another of its literals where `holds` says (a trigger
/// that starts with another trigger, an inner literal or guard that contains another): wherever
/// one of those appears, the shorter one appears too, at the same start for a trigger, at the
/// same start or later for the others, so the regex runs where it did, and the scan reports, and
/// the matcher expands, one literal less there ("build" and "building" for
/// `(building|build) teams?`).
fn without_redundant(set: Literals, holds: impl Fn(&[u8], &[u8]) -> bool) -> Literals {
    let kept: Vec<bool> = set
        .iter()
        .enumerate()
        .map(|(index, literal)| {
            !set.iter().enumerate().any(|(other_index, other)| {
                other_index != index
                    && holds(literal, other)
                    // Of two equal literals, the first is kept.
                    && (other.len() < literal.len() || other_index < index)
            })
        })
        .collect();
    set.into_iter()
        .zip(kept)
        .filter_map(|(literal, kept)| kept.then_some(literal))
        .collect()
}

/// Whether `other` occurs in `literal`.
fn contains(literal: &[u8], other: &[u8]) -> bool {
    other.is_empty() || literal.windows(other.len()).any(|window| window == other)
}

/// [`plan`] before its literal sets lose their redundant literals.
fn plan_sets(hir: &Hir) -> Plan {
    if let Some(all) = literal_set(hir, MAX_TEXTS) {
        return Plan {
            primary: Some((Use::Exact, all)),
            guard: None,
        };
    }
    // Each candidate with whether every match holds it right after a space.
    let mut candidates: Vec<(Use, Vec<Vec<u8>>)> = Vec::new();
    let mut after_space: Vec<bool> = Vec::new();
    for (at_start, spaced, set) in required_sets(hir) {
        // A literal of nothing but spaces tells nothing about a line.
        if set.iter().all(|l| l.iter().any(|&b| b != b' ')) {
            candidates.push((if at_start { Use::Trigger } else { Use::InnerTrigger }, set));
            after_space.push(spaced);
        }
    }
    if !candidates.iter().any(|(ending, _)| *ending == Use::Trigger) {
        // No literal run starts the regex (e.g. it is an alternation of sequences): ask the
        // prefix extractor, which looks inside alternatives and small classes.
        let mut extractor = Extractor::new();
        extractor
            .kind(ExtractKind::Prefix)
            .limit_class(16)
            .limit_literal_len(16)
            .limit_total(MAX_LITERALS);
        let mut seq = extractor.extract(hir);
        seq.optimize_for_prefix_by_preference();
        if let Some(literals) = seq.literals()
            && !literals.is_empty()
            && literals.iter().all(|l| l.as_bytes().iter().any(|&b| b != b' '))
        {
            candidates.insert(
                0,
                (Use::Trigger, literals.iter().map(|l| l.as_bytes().to_vec()).collect()),
            );
            after_space.insert(0, false);
        }
    }
    let shortest = |set: &Vec<Vec<u8>>| set.iter().map(Vec::len).min().unwrap_or(0);
    let mut best: Option<usize> = None;
    for (index, candidate) in candidates.iter().enumerate() {
        if best.is_none_or(|b| shortest(&candidate.1) > shortest(&candidates[b].1)) {
            best = Some(index);
        }
    }
    let Some(best) = best else {
        return Plan::default();
    };
    let mut primary = candidates.remove(best);
    if after_space.remove(best) {
        primary.1 = behind_space(primary.1);
    }
    // A rare inner literal tells which lines to run the regex on, but not where: it then runs
    // at every word start its first byte allows. When every match also starts with one of a set
    // of literals, the regex runs only where one of those starts a word, and the inner literal
    // becomes its guard: the same matches, at a fraction of the starts (a third of the time
    // regexes took on the benchmark corpus).
    let prefixes = candidates
        .iter()
        .enumerate()
        .filter(|(_, (usage, _))| *usage == Use::Trigger)
        .max_by_key(|(_, (_, set))| shortest(set))
        .map(|(index, _)| index);
    if primary.0 == Use::InnerTrigger
        && let Some(index) = prefixes
    {
        let trigger = candidates.remove(index);
        return Plan {
            primary: Some(trigger),
            guard: Some(primary.1),
        };
    }
    // The guard: the rarest other required run (any place in the line will do), at least three
    // bytes long as it is scanned: `(…|sre|ops|qa)` after a space is `" qa"`, found only at a
    // word start (left unguarded for its two-letter words, one built-in regex ran 53,545 times
    // on 10 MB of the bench corpus and failed 41,639 times).
    let guard = candidates
        .into_iter()
        .zip(after_space)
        .filter(|((ending, set), spaced)| {
            let scanned = |l: &Vec<u8>| l.len() + usize::from(*spaced && l.first() != Some(&b' '));
            *ending == Use::InnerTrigger && set.iter().map(scanned).min().unwrap_or(0) >= 3
        })
        .max_by_key(|((_, set), _)| shortest(set))
        .map(|((_, set), spaced)| if spaced { behind_space(set) } else { set });
    Plan {
        primary: Some(primary),
        guard,
    }
}

/// `set` with a space before each literal (one that starts with a space is left as it is):
/// for a literal run that every match holds right after a space (see [`ends_with_space`]), so
/// the scan finds it only where it starts a word.
fn behind_space(set: Literals) -> Literals {
    set.into_iter()
        .map(|l| {
            if l.first() == Some(&b' ') {
                l
            } else {
                [b" ".as_slice(), &l].concat()
            }
        })
        .collect()
}

/// Whether every match of the concatenation of `parts` ends with a space (its suffixes are
/// finitely many, none empty, all ending with one); `false` when that cannot be told.
fn ends_with_space(parts: &[Hir]) -> bool {
    if parts.is_empty() {
        return false;
    }
    let mut extractor = Extractor::new();
    extractor.kind(ExtractKind::Suffix);
    let seq = extractor.extract(&Hir::concat(parts.to_vec()));
    seq.literals()
        .is_some_and(|l| !l.is_empty() && l.iter().all(|l| l.as_bytes().last() == Some(&b' ')))
}

/// The finite set of texts `hir` matches, if it is made of literals only and holds at most
/// `limit` texts.
fn literal_set(hir: &Hir, limit: usize) -> Option<Vec<Vec<u8>>> {
    match hir.kind() {
        // An empty alternative (`hire(|s|d)`): listed with the others, so all of them match
        // whole words, not only the first to match in the regex's order of preference.
        HirKind::Empty => Some(vec![Vec::new()]),
        HirKind::Literal(literal) => Some(vec![literal.0.to_vec()]),
        HirKind::Capture(capture) => literal_set(&capture.sub, limit),
        HirKind::Repetition(rep) if rep.min == 1 && rep.max == Some(1) => literal_set(&rep.sub, limit),
        HirKind::Repetition(rep) if rep.min == 0 && rep.max == Some(1) => {
            let mut set = literal_set(&rep.sub, limit)?;
            set.push(Vec::new());
            Some(set)
        }
        HirKind::Class(Class::Unicode(class)) => {
            let chars: usize = class
                .ranges()
                .iter()
                .map(|r| r.end() as usize - r.start() as usize + 1)
                .sum();
            (chars <= 4).then(|| {
                class
                    .ranges()
                    .iter()
                    .flat_map(|r| r.start()..=r.end())
                    .map(|c| c.to_string().into_bytes())
                    .collect()
            })
        }
        HirKind::Alternation(alternatives) => {
            let mut set = Vec::new();
            for alternative in alternatives {
                set.extend(literal_set(alternative, limit)?);
                if set.len() > limit {
                    return None;
                }
            }
            Some(set)
        }
        HirKind::Concat(parts) => {
            let mut set = vec![Vec::new()];
            for part in parts {
                set = product(&set, &literal_set(part, limit)?, limit)?;
            }
            Some(set)
        }
        _ => None,
    }
}

/// Every concatenation of one item of `left` with one of `right`, if there are at most `limit`.
fn product(left: &[Vec<u8>], right: &[Vec<u8>], limit: usize) -> Option<Vec<Vec<u8>>> {
    if left.len() * right.len() > limit {
        return None;
    }
    Some(
        left.iter()
            .flat_map(|a| right.iter().map(move |b| [a.as_slice(), b.as_slice()].concat()))
            .collect(),
    )
}

/// Literal sets that every match must contain: maximal runs of literal parts of the top-level
/// concatenation, each flagged when it starts the regex and when every match holds it right
/// after a space (empty strings dropped: a set with one is no requirement).
fn required_sets(hir: &Hir) -> Vec<(bool, bool, Vec<Vec<u8>>)> {
    let mut hir = hir;
    while let HirKind::Capture(capture) = hir.kind() {
        hir = &capture.sub;
    }
    let HirKind::Concat(parts) = hir.kind() else {
        return Vec::new();
    };
    let mut sets = Vec::new();
    // The open run of literal parts: the index of its first part, and its texts.
    let mut run: Option<(usize, Vec<Vec<u8>>)> = None;
    for (index, part) in parts.iter().enumerate() {
        match (literal_set(part, MAX_LITERALS), run.take()) {
            (Some(set), Some((first, open))) => match product(&open, &set, MAX_LITERALS) {
                Some(longer) => run = Some((first, longer)),
                None => {
                    sets.push((first, open));
                    run = Some((index, set));
                }
            },
            (Some(set), None) => run = Some((index, set)),
            (None, Some(open)) => sets.push(open),
            (None, None) => {}
        }
    }
    sets.extend(run);
    sets.retain(|(_, set)| !set.is_empty() && set.iter().all(|l| !l.is_empty()));
    let mut sets: Vec<(bool, bool, Literals)> = sets
        .into_iter()
        .map(|(first, set)| (first == 0, ends_with_space(&parts[..first]), set))
        .collect();
    // Without a literal run inside the regex, an alternation after its start still requires, of
    // each match, one of the runs its alternatives require (neither where in the match nor after
    // what is told): a guard for a regex that had none. Only then: among other runs, the
    // rarest-looking pick (the longest shortest literal) can be a worse guard than theirs, and
    // at the start it holds what the triggers hold (both measured: more regex runs).
    let inner =
        |(at_start, _, set): &(bool, bool, Literals)| !at_start && set.iter().all(|l| l.iter().any(|&b| b != b' '));
    if !sets.iter().any(inner) {
        sets.extend(
            parts
                .iter()
                .skip(1)
                .filter(|part| literal_set(part, MAX_LITERALS).is_none())
                .filter_map(alternatives_require)
                .map(|set| (false, false, set)),
        );
    }
    sets
}

/// Literals one of which every match of `hir`, an alternation (in groups), holds: for each
/// alternative, the required run whose shortest literal is longest; `None` if an alternative
/// requires none, or if there would be more than [`MAX_LITERALS`].
fn alternatives_require(hir: &Hir) -> Option<Literals> {
    let mut hir = hir;
    while let HirKind::Capture(capture) = hir.kind() {
        hir = &capture.sub;
    }
    let HirKind::Alternation(alternatives) = hir.kind() else {
        return None;
    };
    let shortest = |set: &Literals| set.iter().map(Vec::len).min().unwrap_or(0);
    let mut union = Vec::new();
    for alternative in alternatives {
        let set = match literal_set(alternative, MAX_LITERALS) {
            Some(set) => set,
            None => required_sets(alternative)
                .into_iter()
                .map(|(_, _, set)| set)
                .max_by_key(|set| shortest(set))?,
        };
        if set.is_empty() || set.iter().any(|l| l.iter().all(|&b| b == b' ')) {
            return None;
        }
        union.extend(set);
        if union.len() > MAX_LITERALS {
            return None;
        }
    }
    Some(union)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn planned(source: &str) -> Plan {
        plan(&regex_syntax::Parser::new().parse(source).expect("test regex parses"))
    }

    fn texts(set: &Literals) -> Vec<String> {
        let mut texts: Vec<String> = set.iter().map(|l| String::from_utf8_lossy(l).into_owned()).collect();
        texts.sort();
        texts
    }

    #[test]
    fn an_empty_alternative_lists_every_text() {
        for source in ["hire(|s|d)", "hire(s|d|)", "(re|)hire(|s)"] {
            let (usage, set) = planned(source).primary.expect("finite");
            let mut expected: Vec<String> = if source.starts_with("(re") {
                vec!["hire", "hires", "rehire", "rehires"]
            } else {
                vec!["hire", "hired", "hires"]
            }
            .into_iter()
            .map(String::from)
            .collect();
            expected.sort();
            assert_eq!((usage, texts(&set)), (Use::Exact, expected), "{source}");
        }
    }

    #[test]
    fn an_inner_run_that_always_follows_a_space_is_scanned_behind_one() {
        // After a word and a space, with or without a second word: always after a space.
        let Plan { primary, .. } = planned("[a-z]+ ([a-z]+ )?requirements");
        let (usage, set) = primary.expect("inner literal");
        assert_eq!(
            (usage, texts(&set)),
            (Use::InnerTrigger, vec![" requirements".to_string()])
        );
        // As a guard too.
        let guard = planned("(wrote|ran) ([a-z]+ )?(sql|queries)").guard.expect("guard");
        assert_eq!(texts(&guard), [" queries", " sql"]);
        // A guard is long enough as it is scanned: two letters behind a space are three bytes.
        let guard = planned("(wrote|ran) ([a-z]+ )?(qa|sre)").guard.expect("guard");
        assert_eq!(texts(&guard), [" qa", " sre"]);
        assert_eq!(planned("(wrote|ran) ([a-z]+)?(qa|sre)").guard, None);
    }

    #[test]
    fn an_inner_run_not_always_after_a_space_is_left_as_it_is() {
        let inner = |source: &str| texts(&planned(source).primary.expect("literal").1);
        // Inside a word.
        assert_eq!(inner("[a-z]*requirements"), ["requirements"]);
        // After punctuation, or after a space.
        assert_eq!(inner("([a-z]+ |[a-z]+[(])requirements"), ["requirements"]);
        // Possibly at the start of the line (nothing before it).
        assert_eq!(inner("([a-z]+ )*requirements"), ["requirements"]);
        // A run that holds its own space keeps it, without a second one.
        assert_eq!(inner("[a-z]+ teams"), [" teams"]);
    }

    #[test]
    fn an_alternation_guards_a_regex_without_another_literal_run() {
        // Each alternative requires a run: one of them is in every match.
        let Plan { primary, guard } =
            planned("(build|grow) (the ([a-z]+ )?(engineering|software) team|a [a-z]+ group)");
        let (usage, set) = primary.expect("triggers");
        assert_eq!(
            (usage, texts(&set)),
            (Use::Trigger, vec!["build ".to_string(), "grow ".to_string()])
        );
        assert_eq!(
            texts(&guard.expect("guard")),
            [" group", "engineering team", "software team"]
        );
        // An alternative that requires nothing: no guard.
        assert_eq!(planned("(build|grow) (the ([a-z]+ )?software team|[a-z]+)").guard, None);
        // A regex with a run of its own keeps it as its guard.
        let guard = planned("(build|grow) ([a-z]+ )?teams? (the ([a-z]+ )?software org|a [a-z]+ group)").guard;
        assert_eq!(texts(&guard.expect("guard")), [" team ", " teams "]);
    }

    #[test]
    fn literals_that_hold_another_of_their_set_are_dropped() {
        // A trigger that starts with another trigger of the same regex.
        let Plan { primary, guard } = planned("(growing|grow)[a-z0-9]* teams");
        let (usage, set) = primary.expect("triggers");
        assert_eq!((usage, texts(&set)), (Use::Trigger, vec!["grow".to_string()]));
        assert_eq!(texts(&guard.expect("guard")), [" teams"]);
        // A guard that contains another guard, anywhere in it.
        let guard = planned("(the|a|on) ([a-z]+ )?(pip|pips|apip)").guard.expect("guard");
        assert_eq!(texts(&guard), [" apip", " pip"]);
        // A finite language is listed whole.
        let Plan { primary, .. } = planned("(build|building) teams");
        let (usage, set) = primary.expect("texts");
        assert_eq!(
            (usage, texts(&set)),
            (
                Use::Exact,
                vec!["build teams".to_string(), "building teams".to_string()]
            )
        );
        // Up to 128 texts: `across (the |…)?(teams|…)`, 70 of them, never runs.
        let Plan { primary, guard } = planned(
            "across (the |all |both |our |partner |those |these |every |each )?(teams|orgs|groups|squads|functions|departments|divisions)",
        );
        let (usage, set) = primary.expect("texts");
        assert_eq!((usage, set.len(), guard), (Use::Exact, 70, None));
        assert!(texts(&set).contains(&"across partner squads".to_string()));
        // Equal literals keep one.
        assert_eq!(
            without_redundant(vec![b"ab".to_vec(), b"ab".to_vec()], contains),
            [b"ab".to_vec()]
        );
    }

    #[test]
    fn a_run_preceded_by_parts_that_end_with_a_space_is_recognised() {
        let parts = |source: &str| {
            let hir = regex_syntax::Parser::new().parse(source).expect("parses");
            match hir.kind() {
                HirKind::Concat(parts) => parts.clone(),
                _ => vec![hir],
            }
        };
        assert!(ends_with_space(&parts("[a-z]+ ([a-z]+ )?")));
        assert!(ends_with_space(&parts("(a|bc) ")));
        assert!(!ends_with_space(&parts("[a-z]+ ([a-z]+)?")));
        assert!(!ends_with_space(&parts("([a-z]+ )?")));
        assert!(!ends_with_space(&[]));
    }
}
