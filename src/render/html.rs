//! One self-contained HTML page to send to a manager or mentor (`--format html -O report.html`).
//!
//! The headline is the verdict and where the energy goes; then a stacked bar of the roles'
//! shares, the per-period chart with its numbers, and every activity grouped by role, its matched
//! terms highlighted and the rules that applied one click away (`<details>`). Several documents
//! (a team folder, an HR export) get a table of people, the pooled trend and a section each.
//!
//! Nothing is fetched: the CSS and the SVG charts are inline, and there is no script, font or
//! image, so the file works offline, on a phone and on paper. The markup comes from maud, which
//! escapes every string it is given, so user text (activity lines, names, file names) can never
//! become markup; the control and bidirectional characters such text may hold (invalid in HTML,
//! and acted on by a terminal when the page goes to one) are written as the table writes them,
//! `\x1b`, `\u{202e}`, by one pass over the finished page. Colours are the palette the terminal uses ([`super::palette`]); no chart relies
//! on colour alone: each has a `<title>` and `<desc>`, labels, and its numbers in a table.

use std::fmt::Write as _;
use std::io::{self, Write};

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::palette;
use super::{
    counted, counts_line, headline, percent, placement_note, role_letters, scores_summary, trend_sentence,
    verdict_figures, window_line,
};
use crate::escape::visible_in_page;
use crate::periods::{Granularity, PeriodReport, RowKind};
use crate::report::{
    ActivityReport, CheckOutcome, DocumentReport, Exclusion, Report, RoleSummary, SCHEMA_VERSION, Selection, Summary,
    Verdict,
};
use crate::surface;

/// Most activities one page lists over the whole run. The page is for people to read: past this
/// many, the rest are counted in every figure and chart but not listed (the page says so), so a
/// run over any input keeps a bounded number of activities in memory.
pub const MAX_LISTED: usize = 5_000;

/// Most documents one page shows, each a row of the table of people and a section. Past them
/// the rest are counted in the figures and charts of all documents but not shown (the page says
/// so): a page for fifty thousand people is no page to read (50,000 one-row ids made a 128 MB
/// page, and took 393 MB to make).
pub const MAX_SHOWN: usize = 2_000;

/// Most period rows the documents' own charts keep over the whole run; past them a document's
/// section shows no chart of its own (the pooled chart counts every activity).
const MAX_CHART_ROWS: usize = 20_000;

/// An HTML page in the making: the page groups a document's activities by role and opens with
/// the pooled figures, so it is written at the end; it keeps the figures of at most
/// [`MAX_SHOWN`] documents and at most [`MAX_LISTED`] activities of the run.
#[derive(Debug)]
pub struct Stream {
    window: Option<Selection>,
    documents: Vec<DocumentReport>,
    /// The open document's activities, as far as they are listed.
    open: Vec<ActivityReport>,
    /// Activities listed so far, over all documents.
    listed: usize,
    /// Period rows kept for the documents' charts so far.
    chart_rows: usize,
}

impl Stream {
    /// A page for a run whose window is `window`.
    pub fn new(window: Option<Selection>) -> Stream {
        Stream {
            window,
            documents: Vec::new(),
            open: Vec::new(),
            listed: 0,
            chart_rows: 0,
        }
    }

    /// One activity of the open document (kept while fewer than [`MAX_LISTED`] are, and the
    /// document is shown).
    pub fn activity(&mut self, activity: &ActivityReport) {
        if self.listed < MAX_LISTED && self.documents.len() < MAX_SHOWN {
            self.listed += 1;
            self.open.push(activity.clone());
        }
    }

    /// A finished document: its figures, with the activities kept for it (nothing once
    /// [`MAX_SHOWN`] documents are kept).
    pub fn document(&mut self, mut document: DocumentReport) {
        if self.documents.len() >= MAX_SHOWN {
            return;
        }
        document.activities = std::mem::take(&mut self.open);
        // Each person's chart while the page's charts stay under MAX_CHART_ROWS rows in all.
        if self.chart_rows + document.periods.len() > MAX_CHART_ROWS {
            document.periods = Vec::new();
        }
        self.chart_rows += document.periods.len();
        self.documents.push(document);
    }

    /// The end of the run: the page.
    pub fn finish(self, summary: Summary, out: &mut dyn Write) -> io::Result<()> {
        let report = Report {
            version: SCHEMA_VERSION,
            window: self.window,
            documents: self.documents,
            summary,
        };
        render(&report, out)
    }
}

/// Writes the report as one HTML page, its control and bidirectional characters (all from the
/// input: the page's own text has none but line feeds) written as escapes.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let page = page(report).into_string();
    out.write_all(visible_in_page(&page).as_bytes())?;
    writeln!(out)
}

/// The whole page.
fn page(report: &Report) -> Markup {
    let title = match report.documents.as_slice() {
        [one] => format!("rolemap — {}", one.label()),
        _ => format!("rolemap — {} documents", report.summary.documents),
    };
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light";
                meta name="generator" content=(concat!("rolemap ", env!("CARGO_PKG_VERSION")));
                title { (title) }
                // No favicon request, not even to the file's own folder.
                link rel="icon" href="data:,";
                style { (PreEscaped(stylesheet())) }
            }
            body {
                main {
                    @match report.documents.as_slice() {
                        [one] => (single(report, one)),
                        _ => (several(report)),
                    }
                }
                footer {
                    p {
                        "Made by rolemap " (env!("CARGO_PKG_VERSION"))
                        ". Each activity is matched against keyword lexicons for three patterns: "
                        "PM — what & why; EM — how & who; TPM — how & when, across teams. "
                        "A share is the role's part of the matched work; an activity no role owns is unmatched. "
                        "Periods are calendar periods."
                    }
                }
            }
        }
    }
}

/// The page for one document.
fn single(report: &Report, document: &DocumentReport) -> Markup {
    html! {
        header {
            p.kicker { "rolemap report · " (facts(document)) }
            @if let Some(window) = &report.window {
                p.kicker { (window_line(window, &report.summary.totals)) }
            }
            h1 #headline { (headline(&document.verdict, &document.roles, "your")) }
            p.verdict { (verdict_figures(&document.verdict, &document.roles, &document.totals)) }
            (check_line(document))
        }
        (document_body(report, document, "d0", 2))
    }
}

/// The page for several documents: the pooled headline, a table of people, the pooled trend,
/// then a section per person.
fn several(report: &Report) -> Markup {
    let s = &report.summary;
    html! {
        header {
            p.kicker {
                "rolemap report · " (s.documents) " documents · " (s.totals.activities) " activities ("
                (s.totals.matched) " matched, " (s.totals.unmatched) " unmatched)"
            }
            @if let Some(window) = &report.window {
                p.kicker { (window_line(window, &s.totals)) }
            }
            h1 #headline { (headline(&s.verdict, &s.roles, "the")) }
            p.verdict { "All " (s.documents) " documents — " (verdict_figures(&s.verdict, &s.roles, &s.totals)) }
            @if s.passed + s.failed > 0 {
                p.check.(if s.failed > 0 { "fail" } else { "pass" }) {
                    "Role checks: " (s.passed) " passed, " (s.failed) " failed"
                }
            }
        }
        section #people {
            h2 { "People" }
            @let unshown = s.documents.saturating_sub(report.documents.len());
            @if unshown > 0 {
                p.note {
                    "This page shows " (MAX_SHOWN) " documents at most; " (unshown)
                    (if unshown == 1 { " more is" } else { " more are" })
                    " counted in the figures and charts of all documents but not shown here "
                    "(--format csv or jsonl lists every one)."
                }
            }
            (people_table(report))
        }
        section #shares {
            h2 { "Where the work goes, all documents" }
            (share_figure(&s.roles, s.totals.matched, s.totals.unmatched, "all-share"))
        }
        (trend_section(&s.periods, s.by, &s.roles, "all", 2, "Over time, all documents"))
        @for (index, document) in report.documents.iter().enumerate() {
            section.person id=(format!("doc-{index}")) {
                h2 { (document.label()) }
                p.kicker { (facts(document)) }
                p.headline { (headline(&document.verdict, &document.roles, "their")) }
                p.verdict { (verdict_figures(&document.verdict, &document.roles, &document.totals)) }
                (check_line(document))
                (document_body(report, document, &format!("d{index}"), 3))
            }
        }
    }
}

/// `examples/brag.md · 48 activities (34 matched, 14 unmatched) in 83 lines`.
fn facts(document: &DocumentReport) -> String {
    format!("{} · {}", document.label(), counts_line(&document.totals))
}

fn check_line(document: &DocumentReport) -> Markup {
    html! {
        @if let (Some(expected), Some(check)) = (&document.expected, document.check) {
            @let pass = check == CheckOutcome::Pass;
            p.check.(if pass { "pass" } else { "fail" }) {
                "Role check: expected " (expected) " — " (if pass { "pass" } else { "FAIL" })
            }
        }
    }
}

/// A document's shares, jobs, trend and activities; `level` is the heading level of its
/// sections (2 on a one-document page, 3 inside a person's section).
fn document_body(report: &Report, document: &DocumentReport, id: &str, level: u8) -> Markup {
    let t = &document.totals;
    html! {
        section.shares {
            (heading(level, "Where the work goes"))
            (share_figure(&document.roles, t.matched, t.unmatched, &format!("{id}-share")))
            (roles_table(document))
        }
        @if !document.jobs.is_empty() {
            section.jobs {
                (heading(level, "Jobs"))
                (jobs_table(document))
            }
        }
        // A person's own chart, when it has more than one column to compare.
        @if report.documents.len() == 1 || document.periods.len() > 1 {
            (trend_section(&document.periods, document.by, &document.roles, id, level, "Over time"))
        }
        section.activities {
            (heading(level, "Activities by role"))
            (activity_groups(document))
        }
    }
}

fn heading(level: u8, text: &str) -> Markup {
    html! {
        @match level {
            2 => h2 { (text) },
            _ => h3 { (text) },
        }
    }
}

/// The CSS: the palette as custom properties, then the rules.
fn stylesheet() -> String {
    let mut css = String::from(":root{");
    for (index, swatch) in palette::ROLES.iter().enumerate() {
        let _ = write!(css, "--r{index}:{};--t{index}:{};", swatch.hex(), swatch.text_on());
    }
    let _ = writeln!(css, "--none:{}}}", palette::NEUTRAL.hex());
    for index in 0..palette::ROLES.len() {
        let _ = writeln!(
            css,
            ".s{index}{{background:var(--r{index})}}.f{index}{{fill:var(--r{index})}}\
             .k{index}{{stroke:var(--r{index})}}li.act.b{index}{{border-left-color:var(--r{index})}}\
             mark.m{index}{{background:color-mix(in srgb,var(--r{index}) 22%,#fff);border-color:var(--r{index})}}"
        );
    }
    css.push_str(CSS);
    css
}

const CSS: &str = r#"
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:#1b1b1b;background:#fff}
main{max-width:62rem;margin:0 auto;padding:1.5rem 1rem 2rem}
h1{font-size:1.65rem;line-height:1.25;margin:.35rem 0 .5rem}
h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-top:.7rem;border-top:1px solid #d8d8d8}
h3{font-size:1.08rem;margin:1.5rem 0 .5rem}
p{margin:.35rem 0}
.kicker{color:#555;font-size:.9rem}
.headline{font-size:1.12rem;font-weight:600}
.check.fail{color:#b00020;font-weight:600}.check.pass{color:#1d6b35;font-weight:600}
figure{margin:.8rem 0}
figcaption{font-size:.88rem;color:#333}
svg{display:block;height:auto;max-width:100%}
svg text{font-family:inherit;fill:#1b1b1b}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
table{border-collapse:collapse;font-size:.9rem;margin:.6rem 0}
th,td{padding:.32rem .55rem;border-bottom:1px solid #e3e3e3;text-align:left;vertical-align:top}
thead th{background:#f4f4f4;font-weight:600;white-space:nowrap}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;padding:0;margin:.45rem 0;font-size:.88rem}
.swatch{display:inline-block;width:.95em;height:.95em;border-radius:2px;vertical-align:-.12em;margin-right:.4em}
.swatch.none{background:var(--none)}
.swatch.energy{border:3px solid #1b1b1b;border-radius:50%;background:#fff}
.swatch.coarse{background:repeating-linear-gradient(135deg,#bbb 0 3px,#fff 3px 6px)}
.trend{font-weight:600;font-size:1.05rem}
.note{color:#555;font-size:.86rem}
mark{color:inherit;background:#eee;border-bottom:2px solid var(--none);padding:0 .08em;border-radius:2px}
mark.ic{background:none;border-bottom:2px dotted var(--none)}
ol.acts{list-style:none;padding:0;margin:0}
li.act{border-left:4px solid var(--none);background:#fafafa;padding:.35rem .65rem;margin:.35rem 0;border-radius:0 4px 4px 0}
li.act summary{cursor:pointer}
.when{display:inline-block;color:#555;font-size:.84rem;margin-right:.55em;font-variant-numeric:tabular-nums;white-space:nowrap}
.energy{font-weight:700;margin-left:.4em;white-space:nowrap}
.why{font-size:.86rem;color:#333;margin:.45rem 0 .15rem}
.why ul{margin:.25rem 0;padding-left:1.25rem}
.src{color:#666}
code{font-size:.92em;background:#f0f0f0;padding:0 .2em;border-radius:3px}
.chart .grid{stroke:#ddd;stroke-width:1}
.chart .axis{font-size:12px;fill:#555}
.chart .label{font-size:13px}
.chart .count{font-size:11.5px;fill:#666}
.chart .empty{fill:none;stroke:#bbb;stroke-dasharray:4 3}
.chart .coarse rect.bar{fill-opacity:.55}
.chart .coarse .outline{fill:none;stroke:#555;stroke-dasharray:5 3}
.chart .mark circle{fill:#fff;stroke-width:3}
.chart .mark text{font-size:11px;font-weight:700}
.bar-label{font-size:14px;font-weight:600}
table.roles td:first-child{white-space:nowrap}
table.roles td:last-child{min-width:14rem}
footer{color:#666;font-size:.8rem;max-width:62rem;margin:0 auto;padding:0 1rem 2rem}
@media (max-width:40rem){main{padding:1rem .75rem 1.5rem}h1{font-size:1.3rem}table{font-size:.8rem}th,td{padding:.25rem .35rem}}
@media print{
 body{font-size:10.5pt}
 main{max-width:none;padding:0}
 h2{break-after:avoid}
 figure,tr,li.act{break-inside:avoid}
 .scroll{overflow:visible}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 details::details-content{content-visibility:visible;display:block}
 li.act summary{list-style:none}
}
"#;

/// A stacked bar of the roles' shares, its legend and a text alternative. Its geometry is in
/// percentages, so it spans the page at any width with its labels at their size.
fn share_figure(roles: &[RoleSummary], matched: usize, unmatched: usize, id: &str) -> Markup {
    let described: Vec<String> = roles
        .iter()
        .map(|r| format!("{} {}", r.role, percent(r.share)))
        .collect();
    let desc = if matched == 0 {
        format!("No activity matched a role; {unmatched} unmatched.")
    } else {
        format!(
            "{} of the {matched} matched activities; {unmatched} unmatched.",
            described.join(", ")
        )
    };
    let mut x = 0.0;
    let segments: Vec<(usize, f64, f64, &RoleSummary)> = roles
        .iter()
        .enumerate()
        .filter(|(_, r)| r.share > 0.0)
        .map(|(i, r)| {
            let width = r.share * 100.0;
            let segment = (i, x, width, r);
            x += width;
            segment
        })
        .collect();
    html! {
        figure {
            svg.sharebar width="100%" height="44" role="img" aria-labelledby={(id) "-t " (id) "-d"} {
                title id={(id) "-t"} { "Share of the matched work by role" }
                desc id={(id) "-d"} { (desc) }
                @if segments.is_empty() {
                    rect x="0" y="0" width="100%" height="44" fill="#eee" {}
                    text.bar-label x="50%" y="27" text-anchor="middle" { "nothing matched" }
                }
                @for (i, x, width, role) in &segments {
                    rect class={"f" (slot(*i))} x={(fixed(*x)) "%"} y="0" width={(fixed(*width)) "%"} height="44" {
                        title { (role.role) " " (percent(role.share)) }
                    }
                    @if *width >= 14.0 {
                        text.bar-label x={(fixed(x + width / 2.0)) "%"} y="27" text-anchor="middle"
                            style={"fill:var(--t" (slot(*i)) ")"} {
                            (role.role) " " (percent(role.share))
                        }
                    }
                }
            }
            figcaption {
                ul.legend {
                    @for (i, role) in roles.iter().enumerate() {
                        li { span class={"swatch s" (slot(i))} {} (role.role) " — " (role.question) ": " (percent(role.share)) }
                    }
                }
            }
        }
    }
}

/// The palette slot of category `position`.
fn slot(position: usize) -> usize {
    position % palette::ROLES.len()
}

/// A number for an SVG attribute: one decimal.
fn fixed(value: f64) -> String {
    format!("{value:.1}")
}

/// The roles' rows as the terminal shows them.
fn roles_table(document: &DocumentReport) -> Markup {
    let energy = document.totals.energy_marked > 0;
    html! {
        div.scroll {
            table.roles {
                thead {
                    tr {
                        th { "role" } th.num { "activities" } th.num { "share" }
                        @if energy { th.num { "share of (+) lines" } }
                        th { "top terms" }
                    }
                }
                tbody {
                    @for (i, role) in document.roles.iter().enumerate() {
                        tr {
                            td { span class={"swatch s" (slot(i))} {} (role.role) " — " (role.question) }
                            td.num { (role.activities) }
                            td.num { (percent(role.share)) }
                            @if energy {
                                td.num { (percent(role.energy.share)) " (+" (role.energy.gives) " −" (role.energy.drains) ")" }
                            }
                            td { (role.top_terms.join(", ")) }
                        }
                    }
                    tr {
                        td { span.swatch.none {} "unmatched" }
                        td.num { (document.totals.unmatched) }
                        td.num { "–" }
                        @if energy { td {} }
                        td {}
                    }
                }
            }
        }
    }
}

/// A resume's jobs, one row each.
fn jobs_table(document: &DocumentReport) -> Markup {
    html! {
        div.scroll {
            table {
                thead {
                    tr {
                        th { "job" } th { "dates" } th.num { "activities" }
                        @for role in &document.roles { th.num { (role.role) " %" } }
                        th { "verdict" }
                    }
                }
                tbody {
                    @for job in &document.jobs {
                        tr {
                            td { (job.label()) }
                            td { (job.dates.as_deref().unwrap_or("")) }
                            td.num { (job.totals.activities) }
                            @for role in &job.roles { td.num { (percent(role.share)) } }
                            td { (short_verdict(&job.verdict)) }
                        }
                    }
                }
            }
        }
    }
}

/// `EM`, `EM (hybrid with TPM)`, `–`.
fn short_verdict(verdict: &Verdict) -> String {
    match (&verdict.role, &verdict.runner_up, verdict.hybrid) {
        (Some(role), Some(runner_up), true) => format!("{role} (hybrid with {runner_up})"),
        (Some(role), ..) => role.clone(),
        (None, ..) => "–".to_string(),
    }
}

/// One row per document: shares, verdict, expected role and check, linking to its section.
fn people_table(report: &Report) -> Markup {
    let checks = report.documents.iter().any(|d| d.expected.is_some());
    html! {
        div.scroll {
            table #people-table {
                thead {
                    tr {
                        th { "person" } th.num { "activities" }
                        @for role in &report.summary.roles { th.num { (role.role) " %" } }
                        th { "mix" }
                        th { "verdict" }
                        @if checks { th { "expected" } th { "check" } }
                    }
                }
                tbody {
                    @for (index, document) in report.documents.iter().enumerate() {
                        tr {
                            td { a href={"#doc-" (index)} { (document.label()) } }
                            td.num { (document.totals.activities) }
                            @for role in &document.roles { td.num { (percent(role.share)) } }
                            td { (mini_bar(&document.roles)) }
                            td { (short_verdict(&document.verdict)) }
                            @if checks {
                                td { (document.expected.as_deref().unwrap_or("")) }
                                td.check.(match document.check {
                                    Some(CheckOutcome::Fail) => "fail",
                                    Some(CheckOutcome::Pass) => "pass",
                                    None => "",
                                }) {
                                    (match document.check {
                                        Some(CheckOutcome::Pass) => "pass",
                                        Some(CheckOutcome::Fail) => "FAIL",
                                        None => "",
                                    })
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A small stacked bar for a table row; the row's numbers say the same, so it is hidden from
/// screen readers.
fn mini_bar(roles: &[RoleSummary]) -> Markup {
    const WIDTH: f64 = 96.0;
    let mut x = 0.0;
    let segments: Vec<(usize, f64, f64)> = roles
        .iter()
        .enumerate()
        .map(|(i, role)| {
            let width = role.share * WIDTH;
            x += width;
            (i, x - width, width)
        })
        .collect();
    html! {
        svg.mini viewBox={"0 0 " (WIDTH) " 12"} width=(WIDTH) height="12" aria-hidden="true" {
            rect x="0" y="0" width=(WIDTH) height="12" fill="#eee" {}
            @for (i, x, width) in segments {
                rect class={"f" (slot(i))} x=(fixed(x)) y="0" width=(fixed(width)) height="12" {}
            }
        }
    }
}

/// The trend: the sentence, the chart of stacked columns, a note on rows that are not periods of
/// the grain, and the numbers.
fn trend_section(
    periods: &[PeriodReport],
    grain: Granularity,
    roles: &[RoleSummary],
    id: &str,
    level: u8,
    title: &str,
) -> Markup {
    let sentence = trend_sentence(periods, grain);
    let sentence = sentence.strip_prefix("trend: ").unwrap_or(&sentence);
    html! {
        section.trend-section id={(id) "-trend"} {
            (heading(level, &format!("{title}, by {}", grain.name())))
            @if periods.is_empty() {
                p.note { "No activity counts, so there is nothing to chart." }
            } @else {
                p.trend { (capitalised_first(sentence)) "." }
                (period_chart(periods, grain, roles, id))
                @if let Some(note) = placement_note(periods, grain) {
                    p.note { (capitalised_first(&note)) "." }
                }
                (periods_table(periods, grain))
            }
        }
    }
}

fn capitalised_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Stacked columns, one per period, oldest first: each role's share of the period's matched
/// work, the number of matched activities under the label, and a ring above the column in the
/// colour (and with the letter) of the role the period's energy went to.
fn period_chart(periods: &[PeriodReport], grain: Granularity, roles: &[RoleSummary], id: &str) -> Markup {
    const TOP: f64 = 40.0;
    const PLOT: f64 = 190.0;
    const COLUMN: f64 = 40.0;
    const GAP: f64 = 18.0;
    let count = periods.len() as f64;
    // Labels wider than a column (many columns, or intervals such as `2018-03/2021-12`) slant.
    let longest = periods.iter().map(|p| p.period.to_string().len()).max().unwrap_or(0);
    let rotate = periods.len() > 10 || longest > 7;
    let labels_height = if rotate {
        24.0 + 6.5 * (longest + 5) as f64
    } else {
        48.0
    };
    // Room on the left for the first slanted label (about 7 px a character, at 40°).
    let left = if rotate {
        44.0_f64.max((longest + 5) as f64 * 7.0 * 0.77 - COLUMN / 2.0)
    } else {
        44.0
    };
    let width = left + count * (COLUMN + GAP) + 12.0;
    let height = TOP + PLOT + labels_height;
    let letters = role_letters(roles);
    let energised = periods.iter().any(|p| p.energy.role.is_some());
    let coarse = periods.iter().any(|p| p.period.kind(grain) != RowKind::Period);
    let desc: Vec<String> = periods.iter().map(describe_period).collect();
    // Narrow screens scroll the chart sideways rather than shrink its labels past reading.
    let min_width = format!("min-width:{}px", (width * 0.72).round());
    html! {
        figure {
            div.scroll {
                svg.chart viewBox={"0 0 " (fixed(width)) " " (fixed(height))} width=(fixed(width)) height=(fixed(height))
                    style=(min_width) role="img" aria-labelledby={(id) "-chart-t " (id) "-chart-d"} {
                    title id={(id) "-chart-t"} {
                        "Share of the matched work per " (grain.name()) ", oldest first"
                    }
                    desc id={(id) "-chart-d"} { (desc.join(" ")) }
                    @for step in [0.0, 0.25, 0.5, 0.75, 1.0] {
                        @let y = TOP + PLOT * (1.0 - step);
                        line.grid x1=(fixed(left - 4.0)) x2=(fixed(width - 6.0)) y1=(fixed(y)) y2=(fixed(y)) {}
                        @if step == 0.0 || step == 0.5 || step == 1.0 {
                            text.axis x=(fixed(left - 8.0)) y=(fixed(y + 4.0)) text-anchor="end" { (format!("{:.0}%", step * 100.0)) }
                        }
                    }
                    @for (index, period) in periods.iter().enumerate() {
                        @let x = left + GAP / 2.0 + index as f64 * (COLUMN + GAP);
                        @let centre = x + COLUMN / 2.0;
                        @let kind = period.period.kind(grain);
                        @let label = period.period.to_string();
                        g.column.coarse[kind != RowKind::Period] data-period=(label) {
                            @if period.matched == 0 {
                                rect.empty x=(fixed(x)) y=(fixed(TOP)) width=(fixed(COLUMN)) height=(fixed(PLOT)) {
                                    title { (label) ": nothing matched" }
                                }
                            } @else {
                                @for (i, y, h, role) in stack(period, TOP, PLOT) {
                                    rect class={"bar f" (slot(i))} x=(fixed(x)) y=(fixed(y)) width=(fixed(COLUMN)) height=(fixed(h)) {
                                        title { (label) ": " (role) " " (percent(period.roles[i].share)) " (" (period.roles[i].activities) " activities)" }
                                    }
                                }
                                @if kind != RowKind::Period {
                                    rect.outline x=(fixed(x)) y=(fixed(TOP)) width=(fixed(COLUMN)) height=(fixed(PLOT)) {}
                                }
                            }
                            @if let Some(energy) = &period.energy.role {
                                @if let Some(position) = roles.iter().position(|r| &r.role == energy) {
                                    g.mark {
                                        circle class={"k" (slot(position))} cx=(fixed(centre)) cy=(fixed(TOP - 18.0)) r="11" {
                                            title { (label) ": energy in " (energy) " (+" (period.energy.gives) " −" (period.energy.drains) ")" }
                                        }
                                        text x=(fixed(centre)) y=(fixed(TOP - 14.0)) text-anchor="middle" { (letters[position]) }
                                    }
                                }
                            }
                            @if rotate {
                                text.label transform={"translate(" (fixed(centre + 4.0)) "," (fixed(TOP + PLOT + 14.0)) ") rotate(-40)"}
                                    text-anchor="end" { (label) " (" (period.matched) ")" }
                            } @else {
                                text.label x=(fixed(centre)) y=(fixed(TOP + PLOT + 18.0)) text-anchor="middle" { (label) }
                                text.count x=(fixed(centre)) y=(fixed(TOP + PLOT + 34.0)) text-anchor="middle" { (period.matched) " matched" }
                            }
                        }
                    }
                }
            }
            figcaption {
                ul.legend {
                    @for (i, role) in roles.iter().enumerate() {
                        li { span class={"swatch s" (slot(i))} {} (role.role) }
                    }
                    @if energised {
                        li { span.swatch.energy {} "energy: the role most (+) activities went to (its letter)" }
                    }
                    @if coarse {
                        li {
                            span.swatch.coarse {}
                            "faded, dashed: activities dated only to a coarser period, by a span across years, or not at all"
                            " — not placed in a " (grain.name())
                        }
                    }
                }
                "Under each column: its matched activities. The numbers are in the table below."
            }
        }
    }
}

/// The stacked rectangles of a column: role position, top, height and label, bottom up.
fn stack(period: &PeriodReport, top: f64, plot: f64) -> Vec<(usize, f64, f64, &str)> {
    let mut bottom = top + plot;
    let mut rects = Vec::new();
    for (i, role) in period.roles.iter().enumerate() {
        if role.share <= 0.0 {
            continue;
        }
        let height = role.share * plot;
        bottom -= height;
        rects.push((i, bottom, height, role.role.as_str()));
    }
    rects
}

/// A period in words, for the chart's text alternative.
fn describe_period(period: &PeriodReport) -> String {
    if period.matched == 0 {
        return format!(
            "{}: {}, none matched.",
            period.period,
            counted(period.activities, "activity", "activities")
        );
    }
    let shares: Vec<String> = period
        .roles
        .iter()
        .map(|r| format!("{} {}", r.role, percent(r.share)))
        .collect();
    let energy = match &period.energy.role {
        Some(role) => format!(", energy in {role}"),
        None => String::new(),
    };
    format!(
        "{}: {} matched of {}, {}; verdict {}{energy}.",
        period.period,
        period.matched,
        period.activities,
        shares.join(", "),
        short_verdict(&period.verdict)
    )
}

/// The chart's numbers.
fn periods_table(periods: &[PeriodReport], grain: Granularity) -> Markup {
    let Some(first) = periods.first() else {
        return html! {};
    };
    html! {
        div.scroll {
            table.periods {
                thead {
                    tr {
                        th { (grain.name()) } th.num { "activities" } th.num { "matched" }
                        @for role in &first.roles { th.num { (role.role) " %" } }
                        th { "verdict" } th { "most (+) lines" }
                    }
                }
                tbody {
                    @for period in periods {
                        tr {
                            td { (period.period.to_string()) }
                            td.num { (period.activities) }
                            td.num { (period.matched) }
                            @for role in &period.roles {
                                td.num { (if period.matched == 0 { "–".to_string() } else { percent(role.share) }) }
                            }
                            td { (short_verdict(&period.verdict)) }
                            td {
                                @if let Some(role) = &period.energy.role {
                                    (role) " " (percent(period.energy.share)) " (+" (period.energy.gives) " −" (period.energy.drains) ")"
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Every activity, grouped by role in lexicon order, then the unmatched ones and the ones left
/// out, each in document order.
fn activity_groups(document: &DocumentReport) -> Markup {
    let roles = &document.roles;
    let of_role = |label: &str| -> Vec<&ActivityReport> {
        document
            .activities
            .iter()
            .filter(|a| a.in_window && a.role.as_deref() == Some(label))
            .collect()
    };
    let unmatched: Vec<&ActivityReport> = document
        .activities
        .iter()
        .filter(|a| a.in_window && a.role.is_none())
        .collect();
    let left_out: Vec<&ActivityReport> = document.activities.iter().filter(|a| !a.in_window).collect();
    let unlisted = document.totals.activities.saturating_sub(document.activities.len());
    html! {
        @if unlisted > 0 {
            p.note {
                "This page lists " (MAX_LISTED) " activities at most; " (unlisted)
                " more of this document are counted in the figures and charts above but not listed here "
                "(--format json lists every one)."
            }
        }
        @for (i, role) in roles.iter().enumerate() {
            @let activities = of_role(&role.role);
            @if !activities.is_empty() {
                div.group {
                    h4 { span class={"swatch s" (slot(i))} {} (role.role) " — " (role.question) " · " (activities.len()) }
                    ol.acts {
                        @for activity in activities { (activity_item(activity, roles, Some(i))) }
                    }
                }
            }
        }
        @if !unmatched.is_empty() {
            div.group {
                h4 { span.swatch.none {} "Unmatched — no role owns these · " (unmatched.len()) }
                ol.acts {
                    @for activity in unmatched { (activity_item(activity, roles, None)) }
                }
            }
        }
        @if !left_out.is_empty() {
            div.group {
                h4 { span.swatch.none {} "Left out by the window, a filter or an unchecked task box · " (left_out.len()) }
                ol.acts {
                    @for activity in left_out { (activity_item(activity, roles, None)) }
                }
            }
        }
    }
}

/// One activity: its date, text with matched terms highlighted and energy marker; opening it
/// shows the scores, every match with where its entry is defined, and the rules that applied.
fn activity_item(activity: &ActivityReport, roles: &[RoleSummary], role: Option<usize>) -> Markup {
    let border = role
        .map(|i| format!("act b{}", slot(i)))
        .unwrap_or_else(|| "act".to_string());
    let position = |label: &str| roles.iter().position(|r| r.role == label);
    html! {
        li class=(border) data-line=(activity.line) {
            details {
                summary {
                    @if let Some(date) = activity.date { span.when { (date.to_string()) } }
                    span.text { (highlighted(activity, roles)) }
                    @match activity.energy.map(|e| serde_json::to_value(e).ok()) {
                        Some(Some(serde_json::Value::String(mark))) if mark == "+" => span.energy title="gave energy" { "(+)" },
                        Some(Some(_)) => span.energy title="drained energy" { "(−)" },
                        _ => {},
                    }
                }
                div.why {
                    p {
                        "Line " (activity.line)
                        @if let Some(reason) = activity.excluded_by { " · left out: " (exclusion(reason)) }
                        " · scores: " (if scores_summary(activity).is_empty() { "none".to_string() } else { scores_summary(activity) })
                    }
                    @if activity.matches.is_empty() {
                        p { "No lexicon entry matched." }
                    } @else {
                        ul.matches {
                            @for m in &activity.matches {
                                li {
                                    code { (m.display()) }
                                    @match &m.category {
                                        Some(category) => {
                                            " → "
                                            @if let Some(p) = position(category) { span class={"swatch s" (slot(p))} {} }
                                            (category) " +" (m.weight)
                                        },
                                        None => { " → hands-on work (no role) " (m.weight) },
                                    }
                                    " · " span.src { (m.source) }
                                }
                            }
                        }
                    }
                    @if !activity.rules.is_empty() {
                        ul.rules {
                            @for rule in &activity.rules { li { (rule) } }
                        }
                    }
                }
            }
        }
    }
}

fn exclusion(reason: Exclusion) -> &'static str {
    match reason {
        Exclusion::OutsideWindow => "outside the window",
        Exclusion::Undated => "undated (--dated-only)",
        Exclusion::NotEnergising => "not marked (+) (--energy-only)",
        Exclusion::Unchecked => "an unchecked task (- [ ]): planned, not done",
    }
}

/// The activity's text with each match highlighted: a `<mark>` in the colour of the role it
/// credited, dotted for hands-on vocabulary and for a match a rule cancelled.
fn highlighted(activity: &ActivityReport, roles: &[RoleSummary]) -> Markup {
    let text = activity.text.as_str();
    let spans = surface::match_spans(&activity.text, &activity.matches);
    let mut at = 0;
    let mut pieces: Vec<(&str, Option<(String, String)>)> = Vec::new();
    for (range, index) in spans {
        if range.start > at {
            pieces.push((&text[at..range.start], None));
        }
        let m = &activity.matches[index];
        let class = match (&m.category, m.weight > 0.0) {
            (Some(category), true) => roles
                .iter()
                .position(|r| &r.role == category)
                .map_or("ic".to_string(), |p| format!("m{}", slot(p))),
            _ => "ic".to_string(),
        };
        let title = match &m.category {
            Some(category) => format!("{} → {category} +{}", m.display(), m.weight),
            None => format!("{} → hands-on work", m.display()),
        };
        pieces.push((&text[range.clone()], Some((class, title))));
        at = range.end;
    }
    pieces.push((&text[at..], None));
    html! {
        @for (piece, mark) in pieces {
            @match mark {
                Some((class, title)) => mark class=(class) title=(title) { (piece) },
                None => (piece),
            }
        }
    }
}
