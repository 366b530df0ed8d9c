//! Heap behaviour: MemoryError on exhaustion with recovery, collection of cycles, exact
//! accounting (`mem_alloc + mem_free == heap size`) and RuntimeError on deep recursion.
//! Each fixture states its heap size on its first line (`# heapsize: 64K`).

use mpyrom_tests::{files_with_ext, repo_root, run_mpy_file};

fn heap_size_of(py: &std::path::Path) -> usize {
    let text = std::fs::read_to_string(py).expect("fixture source");
    let first = text.lines().next().unwrap_or_default();
    let size = first.strip_prefix("# heapsize: ").expect("fixture must start with '# heapsize: N'");
    let (num, mult) = match size.strip_suffix('K') {
        Some(n) => (n, 1024),
        None => (size, 1),
    };
    num.parse::<usize>().expect("heap size") * mult
}

#[test]
fn heap_fixtures_behave() {
    let dir = repo_root().join("tests/fixtures/heap");
    let files = files_with_ext(&dir, "mpy");
    assert!(files.len() >= 4);
    for f in files {
        let want = std::fs::read_to_string(f.with_extension("exp")).expect("expected output");
        let heap = heap_size_of(&f.with_extension("py"));
        let got = run_mpy_file(&f, heap);
        assert_eq!(got.stdout, want, "{} (stderr: {})", f.display(), got.stderr);
        assert_eq!(got.exit, vm::Exit::Ok, "{}", f.display());
        assert!(got.accounting_ok, "{}", f.display());
        assert_eq!(got.heap_check, Ok(()), "{}", f.display());
    }
}
