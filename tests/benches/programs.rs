//! Interpreter benchmarks: each program of `tests/bench/programs` (method calls, dict-heavy
//! code, string formatting, exceptions and closures, big ints, `yield from` chains) run to
//! completion in a fresh VM with a 64 MB heap, output discarded.
//! Run with `cargo bench -p mpyrom-tests --bench programs`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use std::sync::Arc;

fn benches(c: &mut Criterion) {
    let dir = mpyrom_tests::repo_root().join("tests/bench/programs");
    let mut g = c.benchmark_group("program");
    g.sample_size(10);
    for f in mpyrom_tests::files_with_ext(&dir, "mpy") {
        let name = f.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let bytes = Arc::new(std::fs::read(&f).expect("program"));
        g.bench_function(name, |b| {
            b.iter_batched(
                || {
                    vm::Vm::with_output(
                        vm::Config { heap_size: 64 << 20, ..vm::Config::default() },
                        Box::new(std::io::sink()),
                        Box::new(std::io::sink()),
                    )
                },
                |mut m| {
                    let src = m.add_source(vm::Source::Mapped(bytes.clone())).expect("source");
                    assert_eq!(m.run_main(src, None), vm::Exit::Ok);
                    m
                },
                BatchSize::LargeInput,
            )
        });
    }
    g.finish();
}

criterion_group!(group, benches);
criterion_main!(group);
