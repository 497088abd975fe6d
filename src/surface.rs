//! Where a match sits in the text as it was written.
//!
//! Matching works on normalised text (`design review` for "design-review", `1 1s` for "1:1s"),
//! but people want to see their own words: the HTML report highlights them in the activity's
//! text, and the tables list top terms as written. The text is cut into words normalised the same
//! way, each with its byte range in the text, and a match's words are looked for among them.

use std::ops::Range;

use crate::normalize::{is_invisible, normalize};
use crate::report::MatchReport;

/// Longest text searched for how a term was written (far longer than any real activity): a
/// longer one shows its terms as matched, so a megabyte line costs no search per term.
pub const MAX_TEXT_BYTES: usize = 4096;

/// Where each match sits in the activity's text, as byte ranges of the original text and
/// indexes into its matches, in order and without overlaps. A match names normalised words
/// (`design review` for "design-review"), so the text is cut into words normalised the same way
/// and the match's words are looked for among them (its last word may be the start of a text
/// word, as a stem's is); a match that cannot be placed is not highlighted.
pub fn match_spans(text: &str, matches: &[MatchReport]) -> Vec<(Range<usize>, usize)> {
    let words = words_of(text);
    let mut found: Vec<(Range<usize>, usize)> = Vec::new();
    let mut from = 0;
    for (index, m) in matches.iter().enumerate() {
        let Some((range, end)) = place(&words, &m.matched, from) else {
            continue;
        };
        from = end;
        found.push((range, index));
    }
    found.sort_by_key(|(range, _)| (range.start, std::cmp::Reverse(range.end)));
    let mut kept: Vec<(Range<usize>, usize)> = Vec::new();
    for (range, index) in found {
        if kept.last().is_none_or(|(last, _)| range.start >= last.end) {
            kept.push((range, index));
        }
    }
    kept
}

/// Where the normalised words `matched` sit among `words` (its last word may be the start of a
/// text word, as a stem's is): the first place at or after word `from`, else before it. Returns
/// the byte range in the text and the index of the word after the match.
fn place(words: &Words, matched: &str, from: usize) -> Option<(Range<usize>, usize)> {
    let wanted: Vec<&str> = matched.split(' ').filter(|w| !w.is_empty()).collect();
    if wanted.is_empty() {
        return None;
    }
    let count = words.len();
    let fits = |start: usize| {
        wanted.iter().enumerate().all(|(k, want)| {
            (start + k < count)
                .then(|| words.word(start + k))
                .is_some_and(|word| word == *want || (k + 1 == wanted.len() && word.starts_with(want)))
        })
    };
    let start = (from..count)
        .find(|&s| fits(s))
        .or_else(|| (0..from.min(count)).find(|&s| fits(s)))?;
    let end = start + wanted.len();
    Some((words.spans[start].1.start..words.spans[end - 1].1.end, end))
}

/// A text's words as [`normalize`] sees them ([`words_of`]): the normalised words one after
/// another in one string, each with its range there and its byte range in the text (one
/// string for all, not one per word: this is asked once per credited term and chunk).
#[derive(Debug, Default)]
pub struct Words {
    normalized: String,
    spans: Vec<(Range<usize>, Range<usize>)>,
}

impl Words {
    /// How many words.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Word `index`, normalised.
    pub fn word(&self, index: usize) -> &str {
        &self.normalized[self.spans[index].0.clone()]
    }

    /// Each word, normalised, with its byte range in the text (for tests).
    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = (&str, Range<usize>)> {
        self.spans
            .iter()
            .map(|(word, text)| (&self.normalized[word.clone()], text.clone()))
    }

    /// Each word as an owned string, with its byte range in the text (for tests that compare it).
    #[cfg(test)]
    pub fn to_vec(&self) -> Vec<(String, Range<usize>)> {
        self.iter().map(|(word, range)| (word.to_string(), range)).collect()
    }
}

/// The text's words as [`normalize`] sees them, each with its byte range in the text. A run of
/// characters that normalise to letters or digits is a word (apostrophes and accents inside it
/// dropped, as `normalize` drops them); everything else separates words.
///
/// ASCII characters, most of any text, are sorted by what `normalize` makes of them without
/// calling it (it allocated a string per character, a tenth of a run's time on long inputs).
pub fn words_of(text: &str) -> Words {
    let mut words = Words {
        normalized: String::with_capacity(text.len()),
        spans: Vec::with_capacity(16),
    };
    if text.is_ascii() {
        ascii_words(text, &mut words);
        return words;
    }
    let mut start: Option<usize> = None;
    let mut buffer = [0u8; 4];
    let mut seen: Vec<(char, (bool, bool))> = Vec::new();
    for (at, ch) in text.char_indices() {
        let (part_of_word, joins) = if ch.is_ascii() {
            // Letters and digits are kept (lower-cased), an apostrophe is dropped inside a word,
            // anything else separates words.
            (ch.is_ascii_alphanumeric(), ch == '\'' && start.is_some())
        } else {
            // What a character is depends on it alone: worked out once for each of the first
            // 32 distinct non-ASCII characters of the text (normalising it allocates, and
            // `is_joiner` normalises again); any further one is worked out each time it comes.
            let (part_of_word, joiner) = match seen.iter().find(|(known, _)| *known == ch) {
                Some(&(_, kind)) => kind,
                None => {
                    let alone = normalize(ch.encode_utf8(&mut buffer));
                    let part_of_word = !alone.is_empty() && !alone.contains(' ');
                    let joiner = alone.is_empty() && !ch.is_whitespace() && is_joiner(ch);
                    // 32 distinct characters at most, so the search stays short.
                    if seen.len() < 32 {
                        seen.push((ch, (part_of_word, joiner)));
                    }
                    (part_of_word, joiner)
                }
            };
            (part_of_word, joiner && start.is_some())
        };
        match (start, part_of_word || joins) {
            (None, true) if part_of_word => start = Some(at),
            (Some(first), false) => {
                push_word(text, first..at, &mut words);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(first) = start {
        push_word(text, first..text.len(), &mut words);
    }
    words
}

/// [`words_of`] for an ASCII text (most lines), a byte at a time: a word is a run of letters and
/// digits, and of apostrophes after its first letter or digit (kept in its range, dropped from
/// the word); anything else separates words.
fn ascii_words(text: &str, words: &mut Words) {
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        while at < bytes.len() && !bytes[at].is_ascii_alphanumeric() {
            at += 1;
        }
        if at == bytes.len() {
            return;
        }
        let start = at;
        while at < bytes.len() && (bytes[at].is_ascii_alphanumeric() || bytes[at] == b'\'') {
            at += 1;
        }
        push_ascii_word(text, start..at, words);
    }
}

/// Adds the ASCII word at `range` of `text` (letters and digits with apostrophes among them) as
/// `normalize` makes it: lower-cased, its apostrophes dropped. Copied and lower-cased in place
/// (collecting it a character at a time, growing the string as it went, cost several times more;
/// a string per word, a third more: `words_of` is asked again by each chunk's tally).
fn push_ascii_word(text: &str, range: Range<usize>, words: &mut Words) {
    let written = &text[range.clone()];
    let out = &mut words.normalized;
    let start = out.len();
    if written.contains('\'') {
        out.extend(written.chars().filter(|&c| c != '\''));
    } else {
        out.push_str(written);
    }
    out[start..].make_ascii_lowercase();
    words.spans.push((start..out.len(), range));
}

/// Characters `normalize` drops without splitting a word: apostrophes and combining marks.
fn is_joiner(ch: char) -> bool {
    matches!(ch, '\'' | '’' | 'ʼ' | '‘') || normalize(&format!("a{ch}b")) == "ab"
}

fn push_word(text: &str, range: Range<usize>, words: &mut Words) {
    let written = &text[range.clone()];
    if written.is_ascii() {
        push_ascii_word(text, range, words);
        return;
    }
    let out = &mut words.normalized;
    let word = normalize(written);
    // A character that normalises to several words (`½` → `1 2`) keeps them together.
    for part in word.split(' ').filter(|w| !w.is_empty()) {
        let start = out.len();
        out.push_str(part);
        words.spans.push((start..out.len(), range.clone()));
    }
}

/// How a match of the normalised words `matched` was written in `text`, the first place it
/// fits: `1:1s` for `1 1s`, `Design-review` for `design review`. `None` when it cannot be placed.
pub fn written(text: &str, words: &Words, matched: &str) -> Option<String> {
    let (mut range, _) = place(words, matched, 0)?;
    // A number's percent sign is part of how it was written (`18%`).
    if text[range.end..].starts_with('%') {
        range.end += 1;
    }
    // Without the invisible characters a paste leaves inside words (a soft hyphen).
    text.get(range).map(|written| match written.is_ascii() {
        true => written.to_string(),
        false => written.chars().filter(|&c| !is_invisible(c)).collect(),
    })
}

/// A term as written, for a list of terms: lower case (`Roadmap` at the start of a sentence is
/// `roadmap`), but a word in capitals stays as it is (`PRD`, `OKRs`, `SRE`).
pub fn as_listed(written: &str) -> String {
    written
        .split(' ')
        .map(|word| {
            let capitals = word.chars().filter(|c| c.is_uppercase()).count();
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            if capitals >= 2 && capitals * 2 >= letters {
                word.to_string()
            } else {
                word.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_place_in_the_text() {
        let words = words_of("Set up a design-review ritual; Riley's café");
        let shown: Vec<(&str, &str)> = words
            .iter()
            .map(|(w, r)| (w, &"Set up a design-review ritual; Riley's café"[r]))
            .collect();
        assert_eq!(
            shown,
            [
                ("set", "Set"),
                ("up", "up"),
                ("a", "a"),
                ("design", "design"),
                ("review", "review"),
                ("ritual", "ritual"),
                ("rileys", "Riley's"),
                ("cafe", "café"),
            ]
        );
    }

    /// `words_of` as first written: every character normalised on its own.
    fn words_of_by_normalize(text: &str) -> Vec<(String, Range<usize>)> {
        let mut words = Vec::new();
        let mut start: Option<usize> = None;
        let mut buffer = [0u8; 4];
        let push = |range: Range<usize>, words: &mut Vec<(String, Range<usize>)>| {
            for part in normalize(&text[range.clone()]).split(' ').filter(|w| !w.is_empty()) {
                words.push((part.to_string(), range.clone()));
            }
        };
        for (at, ch) in text.char_indices() {
            let alone = normalize(ch.encode_utf8(&mut buffer));
            let part_of_word = !alone.is_empty() && !alone.contains(' ');
            let joins = alone.is_empty() && start.is_some() && !ch.is_whitespace() && is_joiner(ch);
            match (start, part_of_word || joins) {
                (None, true) if part_of_word => start = Some(at),
                (Some(first), false) => {
                    push(first..at, &mut words);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(first) = start {
            push(first..text.len(), &mut words);
        }
        words
    }

    proptest::proptest! {
        #[test]
        fn ascii_shortcuts_cut_words_as_normalize_does(
            text in "[a-zA-Z0-9 '’.,:;!?()\\-_/\t\u{0}-\u{1f}\u{7f}àéÅß½\u{301}\u{ac00}ﬁ]{0,40}"
        ) {
            proptest::prop_assert_eq!(words_of(&text).to_vec(), words_of_by_normalize(&text));
        }

        /// ASCII lines, which take their own path.
        #[test]
        fn ascii_words_are_cut_as_normalize_does(text in "[a-zA-Z0-9 '.,:;!?()\\-_/\t\u{0}-\u{1f}\u{7f}]{0,60}") {
            proptest::prop_assert_eq!(words_of(&text).to_vec(), words_of_by_normalize(&text));
        }
    }

    #[test]
    fn terms_are_shown_as_written() {
        let text = "Ran weekly 1:1s and the Design-Review; wrote the PRD for 18% growth";
        let words = words_of(text);
        assert_eq!(written(text, &words, "1 1s").as_deref(), Some("1:1s"));
        assert_eq!(written(text, &words, "design review").as_deref(), Some("Design-Review"));
        assert_eq!(written(text, &words, "prd").as_deref(), Some("PRD"));
        assert_eq!(written(text, &words, "18").as_deref(), Some("18%"));
        assert_eq!(written(text, &words, "growth").as_deref(), Some("growth"));
        assert_eq!(written(text, &words, "roadmap"), None);
        assert_eq!(as_listed("Design-Review"), "design-review");
        assert_eq!(as_listed("PRD"), "PRD");
        assert_eq!(as_listed("OKRs"), "OKRs");
        assert_eq!(as_listed("Promo packet"), "promo packet");
    }
}
