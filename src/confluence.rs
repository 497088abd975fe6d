//! Confluence's wiki markup, as a page pasted from Confluence's wiki editor writes it, read as
//! the Markdown it stands for.
//!
//! A heading is `h1.` to `h6.` and a space (`h2. Q2 2025` reads `## Q2 2025`, and dates what
//! follows). Once a document has one, it is taken to be written in wiki markup, where `#` starts a
//! numbered list's item, not a heading: `# Ran the review` reads `1. Ran the review` (and `##` an
//! item of a list nested in it), `*` `**` a bullet and a nested one, `||Date||What||` a table's
//! header row, `[text|https://…]` a link (its text), `{{code}}` code, `bq. ` a quote, and a line
//! of a macro alone (`{toc}`, `{code:java}`, `{panel:title=Wins}`) holds no activity. Emphasis,
//! `*bold*` and `_italic_`, is read as Markdown's is. Before a `hN.` heading, or without one,
//! nothing of this is read: `# Title` stays a Markdown heading.

/// What a line of wiki markup is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wiki {
    /// A heading, written as Markdown's (`## Q2 2025`).
    Heading(String),
    /// A table's header row (`||Date||What||`): its cells.
    Header(Vec<String>),
    /// A macro alone on its line (`{toc}`): no activity.
    Macro,
    /// Another line, its list marker, links and code read as Markdown.
    Text(String),
}

/// Most `#` or `*` of a list item's marker (as deep as lists nest).
const MAX_DEPTH: usize = 6;

/// Line `line` read as wiki markup: a heading whatever came before, the rest only in a document
/// written in it (`wiki`); `None` when it reads as it is written.
pub fn read(line: &str, wiki: bool) -> Option<Wiki> {
    let trimmed = line.trim_start();
    if let Some(heading) = heading(trimmed) {
        return Some(Wiki::Heading(heading));
    }
    if !wiki {
        return None;
    }
    if let Some(cells) = header_row(trimmed) {
        return Some(Wiki::Header(cells));
    }
    if is_macro(trimmed.trim_end()) {
        return Some(Wiki::Macro);
    }
    let (marker, rest) = match list_item(trimmed) {
        Some((marker, rest)) => (marker, rest),
        None => match trimmed.strip_prefix("bq. ") {
            Some(quoted) => (String::new(), quoted),
            None => (line[..line.len() - trimmed.len()].to_string(), trimmed),
        },
    };
    let text = format!("{marker}{}", inline(rest));
    (text != line).then_some(Wiki::Text(text))
}

/// `h2. Q2 2025` as `## Q2 2025` (the line's indent trimmed), if it is a heading: `h1.` to
/// `h6.`, a space and a title.
pub fn heading(trimmed: &str) -> Option<String> {
    let bytes = trimmed.as_bytes();
    let [b'h', level @ b'1'..=b'6', b'.', b' ' | b'\t', ..] = bytes else {
        return None;
    };
    let title = trimmed[4..].trim();
    (!title.is_empty()).then(|| format!("{} {title}", "#".repeat(usize::from(level - b'0'))))
}

/// A list item's marker, written as Markdown's, and its text: `# Ran it` is `1. ` and `Ran it`,
/// `** Wrote it` `  - ` and `Wrote it` (two spaces a level), `#* Led it` `  - ` and `Led it`.
fn list_item(trimmed: &str) -> Option<(String, &str)> {
    let depth = trimmed.bytes().take_while(|b| matches!(b, b'#' | b'*')).count();
    let rest = trimmed[depth..].strip_prefix([' ', '\t'])?.trim_start();
    if depth == 0 || depth > MAX_DEPTH || rest.is_empty() {
        return None;
    }
    let mark = match trimmed.as_bytes()[depth - 1] {
        b'#' => "1. ",
        _ => "- ",
    };
    Some((format!("{}{mark}", "  ".repeat(depth - 1)), rest))
}

/// The cells of a table's header row, `||Date||What||`.
fn header_row(trimmed: &str) -> Option<Vec<String>> {
    let inner = trimmed.trim_end().strip_prefix("||")?;
    let inner = inner.strip_suffix("||").unwrap_or(inner);
    let cells: Vec<String> = inner
        .split("||")
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .map(str::to_string)
        .collect();
    (!cells.is_empty()).then_some(cells)
}

/// Whether `line` (trimmed) is a macro alone: `{toc}`, `{code:java}`, `{panel:title=Wins}`,
/// `{code}` closing one.
fn is_macro(line: &str) -> bool {
    let Some(inner) = line.strip_prefix('{').and_then(|l| l.strip_suffix('}')) else {
        return false;
    };
    let name = inner.split(':').next().unwrap_or_default();
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') && !inner.contains(['{', '}'])
}

/// `text` with its links (`[text|https://…]` read as `text`, `[https://…]` as the address) and
/// its code (`{{make check}}` as `` `make check` ``) written as Markdown's; a `[x]` task box or a
/// `[Page name]` stays.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // Once no `}}` is left, a `{{` looks no further (a line of a million is read once).
    let mut code_closes = true;
    while let Some(open) = rest.find(['[', '{']) {
        out.push_str(&rest[..open]);
        let from = &rest[open..];
        if let Some(inner) = from.strip_prefix("{{")
            && code_closes
            && let Some(close) = inner.find("}}").or_else(|| {
                code_closes = false;
                None
            })
            && close > 0
        {
            out.push('`');
            out.push_str(&inner[..close]);
            out.push('`');
            rest = &inner[close + 2..];
            continue;
        }
        // The first bracket after `[` is its `]`, or there is no link here.
        if let Some(inner) = from.strip_prefix('[')
            && let Some(close) = inner.find(['[', ']'])
            && inner.as_bytes()[close] == b']'
        {
            let link = &inner[..close];
            let shown = match link.split_once('|') {
                Some((words, _)) if !words.trim().is_empty() => Some(words.trim()),
                Some((_, target)) => Some(target.trim()),
                None if link.starts_with("http://") || link.starts_with("https://") => Some(link),
                None => None,
            };
            if let Some(shown) = shown {
                out.push_str(shown);
                rest = &inner[close + 1..];
                continue;
            }
        }
        out.push_str(&from[..1]);
        rest = &from[1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(line: &str, wiki: bool) -> Option<String> {
        match read(line, wiki)? {
            Wiki::Heading(text) | Wiki::Text(text) => Some(text),
            other => Some(format!("{other:?}")),
        }
    }

    #[test]
    fn headings_are_read_in_any_document() {
        assert_eq!(text("h2. Q2 2025", false).as_deref(), Some("## Q2 2025"));
        assert_eq!(text("  h1.  Brag doc 2025 ", false).as_deref(), Some("# Brag doc 2025"));
        assert_eq!(text("h6.\tNotes", false).as_deref(), Some("###### Notes"));
        for line in ["h2.", "h2. ", "h7. Q2", "h2.Q2", "H2. Q2", "hh2. Q2", "the h2. tag"] {
            assert_eq!(text(line, false), None, "{line:?}");
        }
    }

    #[test]
    fn list_markers_are_items_only_in_wiki_markup() {
        assert_eq!(text("# Ran the review", true).as_deref(), Some("1. Ran the review"));
        assert_eq!(
            text("## Closed the contract", true).as_deref(),
            Some("  1. Closed the contract")
        );
        assert_eq!(
            text("* Hired two engineers", true).as_deref(),
            Some("- Hired two engineers")
        );
        assert_eq!(text("** Wrote the guide", true).as_deref(), Some("  - Wrote the guide"));
        assert_eq!(text("#* Led it", true).as_deref(), Some("  - Led it"));
        // Not a marker: emphasis, a bare marker, a tag.
        assert_eq!(text("*Bold* start", true), None);
        assert_eq!(text("#", true), None);
        assert_eq!(text("#hiring push", true), None);
        assert_eq!(text("####### Too deep", true), None);
        // In ordinary Markdown `# Title` is a heading: left as it is.
        assert_eq!(text("# Title", false), None);
        assert_eq!(text("* Hired two engineers", false), None);
    }

    #[test]
    fn links_code_quotes_tables_and_macros_are_read() {
        assert_eq!(
            text("See [the roadmap|https://wiki.example.com/roadmap] for more", true).as_deref(),
            Some("See the roadmap for more")
        );
        assert_eq!(
            text("Docs: [https://x.example/a]", true).as_deref(),
            Some("Docs: https://x.example/a")
        );
        assert_eq!(
            text("Ran {{make check}} daily", true).as_deref(),
            Some("Ran `make check` daily")
        );
        assert_eq!(text("bq. Great launch", true).as_deref(), Some("Great launch"));
        assert_eq!(
            read("||Date||What||", true),
            Some(Wiki::Header(vec!["Date".to_string(), "What".to_string()]))
        );
        for line in ["{toc}", "{code:java}", "{panel:title=Wins}", " {code} "] {
            assert_eq!(read(line, true), Some(Wiki::Macro), "{line:?}");
        }
        // A task box, a page's name, a brace in prose stay as written.
        for line in [
            "- [x] Shipped it",
            "Read [Roadmap] first",
            "Set {a, b} aside",
            "{}",
            "{code} x",
        ] {
            assert_eq!(text(line, true), None, "{line:?}");
        }
        // Outside wiki markup nothing of this is read.
        assert_eq!(text("See [the roadmap|https://x.example]", false), None);
    }
}
