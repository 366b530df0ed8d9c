//! RAM regression benchmark: imports `main` of the `../shared/bench/ram` application (its
//! image is committed as `tests/fixtures/ram_app.romfs`, built with `mpyrom build`) in place,
//! copied and from a directory, prints the figures next to MicroPython's, and fails if the
//! in-place or copy figure exceeds the budget in `tests/bench/ram_budget.txt`.
//! Run with `cargo bench -p mpyrom-tests --bench ram`.

use std::sync::Arc;
use vm::memreport::{measure_import, ImportFrom};

/// MicroPython 1.29 (64-bit unix port) retained bytes for `main`, from
/// `../shared/bench/ram/reference.txt`: in place (rom) and from a directory (mpy).
const MICROPYTHON_ROM: usize = 12096;
const MICROPYTHON_MPY: usize = 14976;

fn budget(key: &str) -> usize {
    let root = mpyrom_tests::repo_root();
    let text = std::fs::read_to_string(root.join("tests/bench/ram_budget.txt")).expect("budget file");
    text.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .and_then(|(_, v)| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no budget for {key}"))
}

fn run(from: ImportFrom) -> vm::memreport::ImportFigures {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || measure_import(vm::Config::default(), from, "main", false))
        .expect("thread")
        .join()
        .expect("measure")
}

fn main() {
    let root = mpyrom_tests::repo_root();
    let bytes = std::fs::read(root.join("tests/fixtures/ram_app.romfs")).expect("image");
    let shared: vm::SharedBytes = Arc::new(bytes.clone());
    let dir = tempfile::tempdir().expect("tempdir");
    let image = romfs::Image::new(&bytes).expect("image");
    image
        .walk(|path, e| {
            let target = dir.path().join(path.trim_start_matches('/'));
            match e.kind {
                romfs::EntryKind::Dir => std::fs::create_dir_all(&target).expect("mkdir"),
                romfs::EntryKind::File => std::fs::write(&target, image.data(e)).expect("write"),
            }
        })
        .expect("walk");
    let in_place = run(ImportFrom::Mapped(shared.clone()));
    let copy = run(ImportFrom::Copied(shared));
    let from_dir = run(ImportFrom::Dir(dir.path().to_path_buf()));
    for (name, f) in [("in place", &in_place), ("copy", &copy), ("dir", &from_dir)] {
        assert!(f.error.is_none(), "{name}: {:?}", f.error);
    }
    println!("module main     retained  allocated   peak   MicroPython retained");
    println!(
        "in place      {:>10} {:>10} {:>6}   {MICROPYTHON_ROM} (rom)",
        in_place.retained, in_place.allocated, in_place.peak
    );
    println!("copy          {:>10} {:>10} {:>6}", copy.retained, copy.allocated, copy.peak);
    println!(
        "dir           {:>10} {:>10} {:>6}   {MICROPYTHON_MPY} (mpy)",
        from_dir.retained, from_dir.allocated, from_dir.peak
    );
    let goal = MICROPYTHON_ROM * 60 / 100;
    println!(
        "in place / MicroPython rom = {:.1}% (goal: at most 60%, {goal} bytes: {})",
        100.0 * in_place.retained as f64 / MICROPYTHON_ROM as f64,
        if in_place.retained <= goal { "met" } else { "NOT met" }
    );
    let (b_in, b_copy) = (budget("in_place"), budget("copy"));
    if in_place.retained > b_in || copy.retained > b_copy {
        eprintln!(
            "RAM regression: in place {} (budget {b_in}), copy {} (budget {b_copy})",
            in_place.retained, copy.retained
        );
        std::process::exit(1);
    }
}
