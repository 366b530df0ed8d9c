//! Replays the committed fuzz corpus (`romfs/fuzz/corpus/reader`) through the fuzz entry
//! point, plus a bounded number of deterministic mutations and truncations of each file,
//! so stable CI exercises what `cargo +nightly fuzz run reader` would start from.

use std::path::Path;

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn fuzz_corpus_and_its_mutations_never_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/reader");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("corpus").flatten().map(|e| e.path()).collect();
    files.sort();
    assert!(files.len() >= 4, "corpus missing");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut runs = 0;
    for f in &files {
        let data = std::fs::read(f).expect("read corpus file");
        romfs::fuzz::check_image(&data);
        for _ in 0..1500 {
            let mut m = data.clone();
            if m.is_empty() {
                m.push(rng.next() as u8);
            }
            match rng.next() % 4 {
                0 => {
                    let i = rng.next() as usize % m.len();
                    m[i] ^= 1 << (rng.next() % 8);
                }
                1 => {
                    let i = rng.next() as usize % m.len();
                    m[i] = rng.next() as u8;
                }
                2 => m.truncate(rng.next() as usize % (m.len() + 1)),
                _ => {
                    let i = rng.next() as usize % m.len();
                    let n = (rng.next() % 8) as usize;
                    for k in 0..n {
                        m.insert(i, (rng.next() >> k) as u8);
                    }
                }
            }
            romfs::fuzz::check_image(&m);
            runs += 1;
        }
    }
    assert!(runs >= 6000);
}
