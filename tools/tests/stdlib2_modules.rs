//! Differential tests of the `json`, `re`, `binascii`, `hashlib` and `array` modules.
//!
//! Every compiled program under `tests/diff/stdlib2/` runs through the `mpyrom` binary and
//! its stdout must equal the committed `.exp` file:
//! - `tests/diff/stdlib2/*.mpy`: programs that print the same in CPython and MicroPython;
//!   the `.exp` files are CPython 3.11's output.
//! - `tests/diff/stdlib2/micropython/*.mpy`: MicroPython-specific behaviours (error texts,
//!   quirks of its JSON parser and regex engine); the `.exp` files are the output of the
//!   MicroPython 1.29 Unix port.
//!
//! The `tools_` test checks that the committed fixtures are fresh: each `.py` recompiled
//! with `mpy-cross` gives the committed `.mpy`, and CPython still prints the `.exp` of the
//! CPython-compatible programs. It skips when the tools are missing unless
//! `MPYROM_REQUIRE_TOOLS=1`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The fixture directories and the fewest programs each must hold (so a lost directory
/// cannot make the test pass vacuously).
const DIRS: [(&str, usize); 2] = [("", 13), ("micropython", 5)];

fn fixture_dir(sub: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/diff/stdlib2");
    if sub.is_empty() {
        root
    } else {
        root.join(sub)
    }
}

/// The files in `dir` with extension `ext`, sorted.
fn files_with(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    v.sort();
    v
}

/// Runs one program; returns a description of the mismatch, if any.
fn check_program(mpy: &Path) -> Option<String> {
    let exp_path = mpy.with_extension("exp");
    let expected = match fs::read(&exp_path) {
        Ok(b) => b,
        Err(e) => return Some(format!("{}: no expected output: {e}", mpy.display())),
    };
    let out = match Command::new(env!("CARGO_BIN_EXE_mpyrom")).arg("run").arg(mpy).output() {
        Ok(o) => o,
        Err(e) => return Some(format!("{}: could not run mpyrom: {e}", mpy.display())),
    };
    if !out.status.success() {
        return Some(format!(
            "{}: exit status {:?}\nstderr:\n{}",
            mpy.display(),
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    if out.stdout != expected {
        return Some(format!(
            "{}: output differs\n--- got\n{}\n--- expected\n{}",
            mpy.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&expected)
        ));
    }
    None
}

fn check_dir(sub: &str, min: usize) {
    let dir = fixture_dir(sub);
    let programs = files_with(&dir, "mpy");
    assert!(programs.len() >= min, "{}: expected at least {min} programs, found {}", dir.display(), programs.len());
    let failures: Vec<String> = programs.iter().filter_map(|p| check_program(p)).collect();
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n\n")
    );
}

#[test]
fn stdlib2_programs_match_cpython() {
    check_dir(DIRS[0].0, DIRS[0].1);
}

#[test]
fn stdlib2_programs_match_micropython_specifics() {
    check_dir(DIRS[1].0, DIRS[1].1);
}

/// Whether an external tool runs (`tool --version`-style probe).
fn have(tool: &str, probe: &str) -> bool {
    Command::new(tool).arg(probe).output().is_ok()
}

fn tools_required() -> bool {
    std::env::var("MPYROM_REQUIRE_TOOLS").is_ok_and(|v| v == "1")
}

#[test]
fn tools_stdlib2_fixtures_are_fresh() {
    let (mpy_cross, python) = (have("mpy-cross", "--version"), have("python3", "--version"));
    if !(mpy_cross && python) {
        assert!(!tools_required(), "MPYROM_REQUIRE_TOOLS=1 but mpy-cross or python3 is missing");
        eprintln!("skipping: mpy-cross or python3 not found");
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut stale = Vec::new();
    for (sub, _) in DIRS {
        let dir = fixture_dir(sub);
        for py in files_with(&dir, "py") {
            let name = py.file_name().expect("file name");
            // Compile a copy under the same name so the embedded source name matches.
            let copy = tmp.path().join(name);
            fs::copy(&py, &copy).expect("copy source");
            let ok = Command::new("mpy-cross").arg(name).current_dir(tmp.path()).status().is_ok_and(|s| s.success());
            let fresh = fs::read(copy.with_extension("mpy")).ok();
            let committed = fs::read(py.with_extension("mpy")).ok();
            if !ok || fresh.is_none() || fresh != committed {
                stale.push(format!("{}: .mpy is not mpy-cross's output", py.display()));
            }
            if sub.is_empty() {
                let out = Command::new("python3").arg(name).current_dir(tmp.path()).output().expect("run python3");
                if Some(out.stdout) != fs::read(py.with_extension("exp")).ok() {
                    stale.push(format!("{}: .exp is not CPython's output", py.display()));
                }
            }
        }
    }
    assert!(stale.is_empty(), "stale fixtures:\n{}", stale.join("\n"));
}
