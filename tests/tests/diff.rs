//! The differential corpus (`tests/diff/<area>/<name>.mpy`): every program runs on the VM as
//! `__main__` and its stdout must equal `<name>.exp.mp` (MicroPython's output, for the
//! programs where MicroPython and CPython differ) or else `<name>.exp` (CPython 3.11's).
//!
//! `tests/diff/KNOWN_FAILURES` lists programs that do not pass yet, one per line as
//! `area/name  reason`. The test fails when an unlisted program fails *and* when a listed
//! program passes, so the list can only shrink and always tells the truth. The heap
//! accounting identity and the heap's own consistency check must hold after every program,
//! passing or not.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use mpyrom_tests::{expected_output, files_with_ext, known_failures, program_id, repo_root, run_mpy_file};

/// Heap for each program: generous, the corpus is about semantics, not memory.
const HEAP: usize = 8 << 20;

/// Runs `files` on all cores; returns (id, Err(description)) for every failure.
fn run_all(corpus: &Path, files: &[PathBuf]) -> Vec<(String, Result<(), String>)> {
    let next = Mutex::new(0usize);
    let results = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).min(8);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().expect("lock");
                    let i = *n;
                    *n += 1;
                    i
                };
                let Some(f) = files.get(i) else { break };
                let id = program_id(corpus, f);
                let outcome = match expected_output(f) {
                    None => Err("no .exp file".to_string()),
                    Some(want) => {
                        let got = run_mpy_file(f, HEAP);
                        if !got.accounting_ok {
                            Err("heap accounting identity broken".into())
                        } else if let Err(e) = got.heap_check {
                            Err(format!("heap check: {e}"))
                        } else if got.stdout != want {
                            Err(first_difference(&want, &got.stdout, &got.stderr))
                        } else {
                            Ok(())
                        }
                    }
                };
                results.lock().expect("lock").push((id, outcome));
            });
        }
    });
    let mut r = results.into_inner().expect("lock");
    r.sort_by(|a, b| a.0.cmp(&b.0));
    r
}

fn first_difference(want: &str, got: &str, stderr: &str) -> String {
    let (w, g): (Vec<_>, Vec<_>) = (want.lines().collect(), got.lines().collect());
    let line = (0..w.len().max(g.len())).find(|&i| w.get(i) != g.get(i)).unwrap_or(0);
    format!(
        "line {}: want {:?}, got {:?}{}",
        line + 1,
        w.get(line).copied().unwrap_or("<end>"),
        g.get(line).copied().unwrap_or("<end>"),
        if stderr.is_empty() { String::new() } else { format!(" (stderr: {})", stderr.trim()) }
    )
}

#[test]
fn differential_corpus_matches_expected_output() {
    let corpus = repo_root().join("tests/diff");
    let files: Vec<PathBuf> = files_with_ext(&corpus, "mpy")
        .into_iter()
        // `stdlib2/` is run by tools/tests/stdlib2_modules.rs with its own conventions.
        .filter(|f| !f.strip_prefix(&corpus).is_ok_and(|r| r.starts_with("stdlib2")))
        .collect();
    assert!(files.len() >= 300, "corpus too small: {} programs", files.len());
    let known = known_failures(&corpus);
    let results = run_all(&corpus, &files);
    let mut unexpected = Vec::new();
    let mut now_passing = Vec::new();
    let mut passed = 0;
    for (id, outcome) in &results {
        match (outcome, known.contains_key(id)) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => now_passing.push(id.clone()),
            (Err(e), false) => unexpected.push(format!("{id}: {e}")),
            (Err(_), true) => {}
        }
    }
    let missing: Vec<_> = known.keys().filter(|k| !results.iter().any(|(id, _)| id == *k)).collect();
    println!("{passed} of {} programs pass; {} known failures", results.len(), known.len());
    assert!(unexpected.is_empty(), "{} unexpected failures:\n{}", unexpected.len(), unexpected.join("\n"));
    assert!(now_passing.is_empty(), "listed in KNOWN_FAILURES but passing now (remove them): {now_passing:?}");
    assert!(missing.is_empty(), "KNOWN_FAILURES names programs that do not exist: {missing:?}");
}
