//! MicroPython-only behaviour (modules CPython lacks, so the differential corpus cannot hold
//! them): each program in `tests/fixtures/mp_only` prints what the real MicroPython 1.29
//! printed (`NAME.out`).

use mpyrom_tests::{files_with_ext, repo_root, run_mpy_file};

#[test]
fn micropython_only_programs_print_micropython_output() {
    let files = files_with_ext(&repo_root().join("tests/fixtures/mp_only"), "mpy");
    assert!(!files.is_empty());
    for f in &files {
        let want = std::fs::read_to_string(f.with_extension("out")).expect("expected output");
        let got = run_mpy_file(f, 2 << 20);
        assert_eq!(got.stdout, want, "{}: {}", f.display(), got.stderr);
        assert!(got.accounting_ok);
    }
}
