//! libFuzzer target: arbitrary bytes through the .mpy reader, verifier and disassembler.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(f) = vm::mpy::MpyFile::parse(data) {
        let _ = vm::mpy::verify::verify(&f);
        let _ = vm::mpy::dis::disassemble(&f, 0);
    }
});
