//! Plans the built-in lexicon's regex entries at compile time (see `src/plan.rs`), so the binary
//! neither parses nor plans them at start-up. Writes `$OUT_DIR/builtin_plans.rs`.

use std::fmt::Write as _;
use std::path::Path;

#[path = "src/plan.rs"]
#[allow(dead_code)]
mod plan;

/// The files embedded as the default lexicon (as in `src/lexicon.rs`).
const FILES: [&str; 4] = [
    "lexicon/em.lex",
    "lexicon/pm.lex",
    "lexicon/tpm.lex",
    "lexicon/modifiers.rules",
];

fn main() {
    println!("cargo::rerun-if-changed=src/plan.rs");
    println!("cargo::rerun-if-changed=lexicon");
    let mut sources: Vec<String> = Vec::new();
    for file in FILES {
        println!("cargo::rerun-if-changed={file}");
        let text = std::fs::read_to_string(file).unwrap_or_default();
        sources.extend(text.lines().filter_map(regex_source));
    }
    sources.sort();
    sources.dedup();
    let mut out = String::from(
        "/// Plans of the built-in regexes: (source, use: 0 none, 1 exact, 2 prefix trigger, 3 inner \
         trigger, literals, guard), sorted by source.\n#[allow(clippy::type_complexity)]\n\
         static BUILTIN_PLANS: &[(&str, u8, &[&[u8]], Option<&[&[u8]]>)] = &[\n",
    );
    for source in &sources {
        let Ok(hir) = regex_syntax::Parser::new().parse(source) else {
            continue;
        };
        let plan::Plan { primary, guard } = plan::plan(&hir);
        let (kind, literals) = match primary {
            Some((plan::Use::Exact, set)) => (1, set),
            Some((plan::Use::Trigger, set)) => (2, set),
            Some((plan::Use::InnerTrigger, set)) => (3, set),
            None => (0, Vec::new()),
        };
        let guard = guard.map_or_else(|| "None".to_string(), |set| format!("Some({})", bytes_list(&set)));
        let _ = writeln!(out, "    ({source:?}, {kind}, {}, {guard}),", bytes_list(&literals));
    }
    out.push_str("];\n");
    let path = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("builtin_plans.rs");
    if let Err(error) = std::fs::write(&path, out) {
        panic!("cannot write {}: {error}", path.display());
    }
}

/// The source of a regex entry line (`/…/` with an optional ` = weight`), as the lexicon parser
/// reads it; other lines give `None`.
fn regex_source(line: &str) -> Option<String> {
    let line = line.trim();
    if line.is_empty() || line.starts_with(['#', '@', '[']) {
        return None;
    }
    let text = match line.rsplit_once('=') {
        Some((text, _)) if !text.trim_start().starts_with('/') || text.trim_end().ends_with('/') => text.trim(),
        _ => line,
    };
    let inner = text.strip_prefix('/')?.strip_suffix('/')?;
    (!inner.trim().is_empty()).then(|| inner.to_string())
}

fn bytes_list(set: &[Vec<u8>]) -> String {
    let items: Vec<String> = set.iter().map(|l| format!("&{l:?}")).collect();
    format!("&[{}]", items.join(", "))
}
