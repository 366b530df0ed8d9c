//! Malformed `.mpy` input never panics the reader, the verifier or the disassembler:
//! random byte mutations, insertions and truncations of real mpy-cross output.

use proptest::prelude::*;
use std::path::Path;

fn seeds() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/dis");
    let mut out: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "mpy"))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    out.sort();
    out
}

fn exercise(bytes: &[u8]) {
    if let Ok(f) = vm::mpy::MpyFile::parse(bytes) {
        let _ = vm::mpy::verify::verify(&f);
        let _ = vm::mpy::dis::disassemble(&f, 0);
        let _ = vm::mpy::dis::to_json(&f, 0);
    }
}

#[test]
fn every_seed_verifies() {
    for s in seeds() {
        let f = vm::mpy::MpyFile::parse(&s).unwrap();
        vm::mpy::verify::verify(&f).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn mutations_never_panic(seed in 0usize..16, edits in proptest::collection::vec((any::<usize>(), any::<u8>(), 0u8..3), 1..8)) {
        let seeds = seeds();
        let mut b = seeds[seed % seeds.len()].clone();
        for (pos, val, kind) in edits {
            if b.is_empty() {
                break;
            }
            let p = pos % b.len();
            match kind {
                0 => b[p] = val,
                1 => b.insert(p, val),
                _ => b.truncate(p),
            }
        }
        exercise(&b);
    }
}
