//! Arbitrary bytes → decode → activities → classification → report; totals must add up.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| rolemap_fuzz::activity_parser(data));
