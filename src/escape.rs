//! Text from the input, shown to people: control characters made visible, long quotes cut.
//!
//! Documents, file names and lexicon entries may hold terminal escape sequences
//! (`\x1b]0;…\x07` retitles a terminal, `\x1b[2J` clears it). The table, Markdown and every
//! message on stderr show such characters as escapes instead of sending them to the terminal;
//! JSON and CSV carry the text as it is (JSON escapes it by its own rules). Messages that quote
//! input quote a short prefix only, so a one-line 200 MB file never becomes a 200 MB message.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` is a control character (C0, DEL or C1), which a terminal may act on.
pub fn is_control(c: char) -> bool {
    c.is_control()
}

/// `text` with every control character written as an escape: `\x1b` for ESC, `\t` for a tab,
/// `\n` for a line feed, `\u{9b}` for a C1 character. Text without one is borrowed as it is.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => shown.push_str("\\t"),
            '\n' => shown.push_str("\\n"),
            '\r' => shown.push_str("\\r"),
            c if (c as u32) < 0x80 && is_control(c) => {
                let _ = write!(shown, "\\x{:02x}", c as u32);
            }
            c if is_control(c) => {
                let _ = write!(shown, "\\u{{{:x}}}", c as u32);
            }
            c => shown.push(c),
        }
    }
    Cow::Owned(shown)
}

/// Most characters of input an error message quotes.
pub const EXCERPT_CHARS: usize = 60;

/// `text` in double quotes for a message: control characters and quotes escaped, cut to
/// [`EXCERPT_CHARS`] characters with `…` when longer.
pub fn excerpt(text: &str) -> String {
    let mut cut: String = text.chars().take(EXCERPT_CHARS).collect();
    let longer = cut.len() < text.len();
    cut = format!("{cut:?}");
    if longer {
        cut.insert(cut.len() - 1, '…');
    }
    visible(&cut).into_owned()
}

/// `text` for a message, unquoted: control characters escaped, cut to [`EXCERPT_CHARS`]
/// characters with `…` when longer.
pub fn cut(text: &str) -> String {
    let mut shown: String = text.chars().take(EXCERPT_CHARS).collect();
    if shown.len() < text.len() {
        shown.push('…');
    }
    visible(&shown).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_escapes() {
        assert_eq!(visible("plain é 日本"), "plain é 日本");
        assert!(matches!(visible("plain"), Cow::Borrowed(_)));
        assert_eq!(
            visible("- \x1b]0;PWNED\x07\x1b[2J Wrote\tit\u{9b}"),
            "- \\x1b]0;PWNED\\x07\\x1b[2J Wrote\\tit\\u{9b}"
        );
        assert_eq!(visible("a\nb\r\x7f"), "a\\nb\\r\\x7f");
    }

    #[test]
    fn excerpts_are_short_quoted_and_escaped() {
        assert_eq!(excerpt("root:x:0"), "\"root:x:0\"");
        assert_eq!(excerpt("a\x1bb"), "\"a\\u{1b}b\"");
        let long = "x".repeat(1_000_000);
        let shown = excerpt(&long);
        assert!(shown.len() < EXCERPT_CHARS + 10, "{shown}");
        assert!(shown.ends_with("…\""), "{shown}");
        assert_eq!(cut("a\x1bb"), "a\\x1bb");
        assert!(cut(&long).ends_with('…'));
    }
}
