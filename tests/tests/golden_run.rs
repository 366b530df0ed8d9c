//! Every golden program (compiled by mpy-cross, with the output the real MicroPython
//! printed) runs on the VM and prints exactly that output; the heap accounting identity and
//! the heap's consistency check hold afterwards.

use mpyrom_tests::{files_with_ext, repo_root, run_mpy_file};

#[test]
fn golden_programs_print_micropython_output() {
    let dir = repo_root().join("tests/fixtures/golden_run");
    let files = files_with_ext(&dir, "mpy");
    assert!(files.len() >= 8, "golden fixtures missing");
    let mut failures = Vec::new();
    for f in &files {
        let want = std::fs::read_to_string(f.with_extension("out")).expect("expected output");
        let got = run_mpy_file(f, 2 << 20);
        if got.stdout != want || got.exit != vm::Exit::Ok {
            failures.push(format!("{}:\n--- want\n{want}--- got\n{}{}", f.display(), got.stdout, got.stderr));
        }
        assert!(got.accounting_ok, "{}: accounting identity broken", f.display());
        assert_eq!(got.heap_check, Ok(()), "{}", f.display());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
