//! Text from the input, shown to people: control characters made visible, long quotes cut.
//!
//! Documents, file names and lexicon entries may hold terminal escape sequences
//! (`\x1b]0;…\x07` retitles a terminal, `\x1b[2J` clears it) and bidirectional controls
//! (`\u{202e}` makes a line read backwards from there on, the "Trojan Source" trick). The table,
//! Markdown, CSV, HTML and every message on stderr show such characters as escapes instead of
//! sending them on; JSON carries the text as it is (it is data, and escapes the C0 controls by
//! its own rules). Messages that quote input quote a short prefix only, so a one-line 200 MB
//! file never becomes a 200 MB message.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` is a control character (C0, DEL or C1), which a terminal may act on.
pub fn is_control(c: char) -> bool {
    c.is_control()
}

/// Whether `c` is a bidirectional control: an embedding or override (U+202A–U+202E), an isolate
/// (U+2066–U+2069) or a mark (U+200E, U+200F, U+061C). Each can make a line read in another
/// order than it was written.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
    )
}

/// Whether text shown to people writes `c` as an escape.
fn is_escaped(c: char) -> bool {
    is_control(c) || is_bidi_control(c)
}

/// `text` with every control character and bidirectional control written as an escape: `\x1b`
/// for ESC, `\t` for a tab, `\n` for a line feed, `\u{9b}` for a C1 character, `\u{202e}` for
/// a right-to-left override. Text without one is borrowed as it is.
pub fn visible(text: &str) -> Cow<'_, str> {
    escaped(text, |_| false)
}

/// [`visible`], but line feeds and tabs are kept: for a whole HTML page, where they are the
/// page's own layout (and only white space to a browser).
pub fn visible_in_page(text: &str) -> Cow<'_, str> {
    escaped(text, |c| c == '\n' || c == '\t')
}

/// `text` with the characters [`is_escaped`] and not `kept` written as escapes.
fn escaped(text: &str, kept: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_escaped(c) && !kept(c)) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if kept(c) => shown.push(c),
            '\t' => shown.push_str("\\t"),
            '\n' => shown.push_str("\\n"),
            '\r' => shown.push_str("\\r"),
            c if (c as u32) < 0x80 && is_control(c) => {
                let _ = write!(shown, "\\x{:02x}", c as u32);
            }
            c if is_escaped(c) => {
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
    fn bidirectional_controls_become_escapes() {
        assert_eq!(
            visible("Wrote the PRD \u{202e}dil.exe\u{202c} \u{2066}x\u{2069}\u{200e}\u{200f}\u{61c}"),
            "Wrote the PRD \\u{202e}dil.exe\\u{202c} \\u{2066}x\\u{2069}\\u{200e}\\u{200f}\\u{61c}"
        );
        for c in ['\u{202a}', '\u{202b}', '\u{202d}', '\u{2067}', '\u{2068}'] {
            assert!(is_bidi_control(c), "{c:?}");
        }
        // Right-to-left letters and other format characters are text.
        assert_eq!(visible("שלום مرحبا \u{200d}\u{2060}"), "שלום مرحبا \u{200d}\u{2060}");
        assert_eq!(excerpt("a\u{202e}b"), "\"a\\u{202e}b\"");
        assert_eq!(cut("a\u{2066}b"), "a\\u{2066}b");
    }

    #[test]
    fn a_page_keeps_its_line_feeds_and_tabs() {
        assert_eq!(
            visible_in_page("<p>\n\t\x1b[2J\r\u{9b}\u{202e}</p>"),
            "<p>\n\t\\x1b[2J\\r\\u{9b}\\u{202e}</p>"
        );
        assert!(matches!(visible_in_page("a\nb\tc"), Cow::Borrowed(_)));
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
