//! Modules loaded after the qstr pool passed 2^15 names get wide (u32) qstr tables; the
//! programs must behave exactly as with the usual narrow (u16) tables. Runs the `classes`
//! and `functions` areas of the differential corpus with wide tables forced (interning
//! 33,000 names first would take minutes in a debug build; the threshold itself and the
//! narrow tables' fallback are exercised by `tests/diff/modules/qstr_pool_past_16_bits`).

use mpyrom_tests::{expected_output, files_with_ext, known_failures, program_id, repo_root, run_mpy_file_after};

fn force_wide(m: &mut vm::Vm) {
    m.config.wide_qstr_tables = true;
}

#[test]
fn wide_qstr_tables_run_the_corpus_unchanged() {
    let corpus = repo_root().join("tests/diff");
    let known = known_failures(&corpus);
    let mut ran = 0;
    for area in ["classes", "functions"] {
        for mpy in files_with_ext(&corpus.join(area), "mpy") {
            if known.contains_key(&program_id(&corpus, &mpy)) {
                continue;
            }
            let exp = expected_output(&mpy).expect("expected output");
            let out = run_mpy_file_after(&mpy, 8 << 20, force_wide);
            assert_eq!(out.stdout, exp, "{}", mpy.display());
            ran += 1;
        }
    }
    assert!(ran >= 60, "only {ran} programs ran");
}
