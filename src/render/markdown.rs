//! Markdown: the same tables as the terminal view (drawn by [`super::table`]), as pipe tables
//! to paste into a doc or PR.
//!
//! Text from the input stays text there: a `|` would end a cell, `<img src=x onerror=…>` would
//! be HTML to a renderer, `&lt;` an entity and `![x](https://…)` an image fetched by whoever
//! reads the page, so [`text`] escapes them — and only them: `p99 <300ms`, `>20%` and `R&D` are
//! text to every renderer and stay as written, so the table reads as it did.

use super::table::Style;

/// The Markdown style: pipe tables, no colour, text from the input escaped ([`text`]).
pub(super) fn style(options: &super::Options) -> Style {
    Style {
        markdown: true,
        color: false,
        width: options.width,
    }
}

/// Text from the input (control characters already escaped) as a Markdown cell or paragraph
/// shows it, literally: `|` and the `](` of a link or image backslash-escaped; as entities the
/// `<` of what HTML reads as markup (a tag, an end tag, a comment or declaration, an autolink:
/// `<` then a letter, `/`, `!` or `?`) and the `>` closing it, and the `&` that starts a
/// character reference (`&amp;` for the one of `&lt;` or `&#60;`). Any other `<`, `>` or `&` is
/// text to HTML and to Markdown alike, and is left as written.
pub(super) fn text(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    let mut in_markup = false;
    for (at, c) in text.char_indices() {
        match c {
            '|' => shown.push_str("\\|"),
            '<' if opens_markup(&text[at + 1..]) => {
                shown.push_str("&lt;");
                in_markup = true;
            }
            '>' if in_markup => {
                shown.push_str("&gt;");
                in_markup = false;
            }
            '&' if starts_reference(&text[at + 1..]) => shown.push_str("&amp;"),
            ']' if text[at + 1..].starts_with('(') => shown.push_str("\\]"),
            c => shown.push(c),
        }
    }
    shown
}

/// Whether `rest`, what follows a `<`, makes it markup to an HTML tokenizer (and so to Markdown).
fn opens_markup(rest: &str) -> bool {
    rest.starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
}

/// Whether `rest`, what follows a `&`, makes it a character reference: a name or number and `;`.
fn starts_reference(rest: &str) -> bool {
    let name = rest.strip_prefix('#').unwrap_or(rest);
    let length = name.bytes().take_while(u8::is_ascii_alphanumeric).count();
    length > 0 && name[length..].starts_with(';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_stays_text() {
        assert_eq!(text("a|b"), "a\\|b");
        assert_eq!(
            text("Led <img src=x onerror=alert(1)> review"),
            "Led &lt;img src=x onerror=alert(1)&gt; review"
        );
        assert_eq!(text("</td><b>x</b>"), "&lt;/td&gt;&lt;b&gt;x&lt;/b&gt;");
        assert_eq!(
            text("<!-- c --> <?x?> <https://evil> <a title=\"x>y\">"),
            "&lt;!-- c --&gt; &lt;?x?&gt; &lt;https://evil&gt; &lt;a title=\"x&gt;y\">"
        );
        assert_eq!(
            text("&lt; &#60; &#x3c; &amp;"),
            "&amp;lt; &amp;#60; &amp;#x3c; &amp;amp;"
        );
        assert_eq!(
            text("![x](https://evil/t.png) [y](javascript:1)"),
            "![x\\](https://evil/t.png) [y\\](javascript:1)"
        );
    }

    #[test]
    fn ordinary_text_is_unchanged() {
        for plain in [
            "Ran Q&A and R&D reviews",
            "A & B; C",
            "[draft] plan",
            "&;",
            "a]b (c)",
            "é 日本",
            "p99 <300ms, <3% churn, 2 < 3 > 1, grew >20% -> ok",
        ] {
            assert_eq!(text(plain), plain);
        }
    }
}
