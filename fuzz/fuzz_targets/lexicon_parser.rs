//! Arbitrary text → a category file and a rules file, and a LIWC dictionary; whatever parses is
//! compiled and used. Must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| rolemap_fuzz::lexicon_parser(data));
