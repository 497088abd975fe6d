//! rolemap maps a list of work activities to Product Manager (what & why), Engineering Manager
//! (how & who) and Technical Program Manager (how & when, across teams) patterns.
//!
//! The pipeline runs one way, one module per step:
//! [`input`] (sources → text) → [`activity`] (text → activities) → [`classify`] (activity →
//! scores and role, using the [`lexicon`] compiled by [`matcher`], whose literals a [`scanner`]
//! finds, over [`normalize`]d text; word entries meet their [`inflect`]ed forms through
//! [`families`]) → [`report`] (aggregate into the JSON-serialisable
//! breakdown, with [`periods`] rolling it up per calendar period) → [`render`] (table, JSON,
//! JSON Lines, CSV, Markdown, HTML), written to stdout or, by [`output`], to a file. [`dates`]
//! reads when activities happened; [`paste`] tells what a paste wraps around the work (an email's
//! greeting and signature, a page's properties) and [`doc_comments`] the comments a Google Doc
//! is exported with; [`spreadsheet`] reads CSV exports; [`html`] reads web pages as text, [`inline_html`] the HTML written inside Markdown and
//! [`confluence`] Confluence's wiki markup; [`eval`] and [`check`]
//! measure and lint lexicons; [`escape`] shows text from the input (control characters escaped,
//! long quotes cut) in tables and messages.
//!
//! ```
//! use rolemap::activity;
//! use rolemap::classify::Classifier;
//! use rolemap::lexicon::Lexicon;
//! use rolemap::report::{Expectation, Selection, build_document};
//!
//! let lexicon = Lexicon::builtin().expect("the built-in lexicon loads");
//! let mut classifier = Classifier::new(&lexicon, 0);
//! let parsed = activity::parse("- Wrote the PRD and ran user interviews\n- Held 1:1s with my direct reports\n");
//! let report = build_document("notes.md", &parsed, &mut classifier, &Selection::default(), &Expectation::default());
//! assert_eq!(report.activities[0].role.as_deref(), Some("PM"));
//! assert_eq!(report.activities[1].role.as_deref(), Some("EM"));
//! assert_eq!(report.totals.activities, 2);
//! ```

pub mod activity;
pub mod app;
pub mod builtin;
pub mod check;
pub mod classify;
pub mod cli;
pub mod confluence;
pub mod dates;
pub mod doc_comments;
pub mod escape;
pub mod eval;
pub mod families;
pub mod fit;
pub mod html;
pub mod inflect;
pub mod inline_html;
pub mod input;
pub mod layout;
pub mod lexicon;
pub mod literals;
pub mod markup;
pub mod matcher;
pub mod normalize;
pub mod options;
pub mod output;
pub mod paste;
pub mod periods;
pub mod places;
pub mod plan;
pub mod prefixes;
pub mod render;
pub mod report;
pub mod scanner;
pub mod spreadsheet;
pub mod stdio;
pub mod surface;
