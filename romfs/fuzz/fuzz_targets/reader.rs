//! libFuzzer target: arbitrary bytes through every reader and verifier path.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    romfs::fuzz::check_image(data);
});
