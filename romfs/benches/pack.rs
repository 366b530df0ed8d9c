//! Packing and reading throughput: 10,000 files totalling 100 MB packed (no compilation)
//! at `--align 4` and `--align 4096`, and lookups of every file in the packed image.
//! Run with `cargo bench -p romfs --bench pack`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use romfs::pack::{pack, Options};
use romfs::tree::Node;

/// 100 directories of 100 files of 10 KB (deterministic contents).
fn big_tree() -> Vec<Node> {
    (0..100)
        .map(|d| Node::Dir {
            name: format!("dir{d:03}"),
            children: (0..100)
                .map(|f| Node::File {
                    name: format!("file{f:03}.bin"),
                    data: (0..10_000u32).map(|i| (i.wrapping_mul(31) ^ (d * 100 + f)) as u8).collect(),
                })
                .collect(),
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let tree = big_tree();
    let mut g = c.benchmark_group("pack_10k_files_100MB");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(100_000_000));
    for align in [4usize, 4096] {
        g.bench_function(format!("align{align}"), |b| {
            b.iter(|| pack(&tree, Options { align, ..Options::default() }).expect("pack").bytes.len())
        });
    }
    g.finish();
    let image = pack(&tree, Options::default()).expect("pack").bytes;
    let paths: Vec<String> =
        (0..100).flat_map(|d| (0..100).map(move |f| format!("dir{d:03}/file{f:03}.bin"))).collect();
    c.bench_function("lookup_all_10k_files", |b| {
        b.iter(|| {
            let img = romfs::Image::new(&image).expect("image");
            paths.iter().map(|p| img.lookup(p).expect("lookup").size).sum::<u64>()
        })
    });
}

criterion_group!(group, benches);
criterion_main!(group);
