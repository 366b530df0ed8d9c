//! Throughput of reading and verifying `.mpy` files (`mpy::MpyFile::parse` + `verify`) over
//! the differential corpus (~680 files compiled by mpy-cross), in bytes per second.
//! Run with `cargo bench -p vm --bench load`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

fn corpus() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/diff")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "mpy") {
                out.push(std::fs::read(&p).expect("read"));
            }
        }
    }
    out
}

fn verify_all(c: &mut Criterion) {
    let files = corpus();
    let total: usize = files.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("mpy");
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function(format!("parse_and_verify_{}_files", files.len()), |b| {
        b.iter(|| {
            for f in &files {
                let m = vm::mpy::MpyFile::parse(f).expect("parse");
                vm::mpy::verify::verify(&m).expect("verify");
            }
        })
    });
    g.finish();
}

criterion_group!(benches, verify_all);
criterion_main!(benches);
