//! A regex entry and a sample of text → the sample repeated into long lines; the regex's
//! searches must grow linearly with the line. Must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| rolemap_fuzz::regex_timing(data));
