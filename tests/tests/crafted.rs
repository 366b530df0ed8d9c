//! Crafted `.mpy` files that pass the verifier but underflow the value stack on some path
//! (`tests/fixtures/crafted`) run to a normal exit or a Python exception: no panic, no
//! out-of-bounds access, and the heap stays consistent.

use mpyrom_tests::{files_with_ext, repo_root, run_mpy_file};

#[test]
fn crafted_files_never_crash_the_vm() {
    let files = files_with_ext(&repo_root().join("tests/fixtures/crafted"), "mpy");
    assert!(files.len() >= 2);
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        let file = vm::mpy::MpyFile::parse(&bytes).unwrap();
        assert!(vm::mpy::verify::verify(&file).is_ok(), "{}: the point is that the verifier accepts it", f.display());
        // `run_mpy_file` runs the VM on its own thread and fails the test if it panics.
        let out = run_mpy_file(f, 1 << 20);
        assert!(out.accounting_ok, "{}", f.display());
        assert_eq!(out.heap_check, Ok(()), "{}", f.display());
    }
}
