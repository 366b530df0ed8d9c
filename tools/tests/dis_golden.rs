//! `mpyrom dis` prints exactly MicroPython's verbose dump (addresses aside) for the shared
//! golden programs and for our programs covering every opcode; `--json` and image paths
//! work; malformed files are clean errors.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn mpyrom(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mpyrom")).args(args).output().expect("run mpyrom")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/dis")
}

/// Replaces the hex address after each marker with `ADDR`, as the golden files do.
fn normalize(text: &str) -> String {
    const MARKERS: [&str; 7] = [
        "descriptor: ",
        "bytecode @",
        "MAKE_FUNCTION_DEFARGS ",
        "MAKE_CLOSURE_DEFARGS ",
        "MAKE_FUNCTION ",
        "MAKE_CLOSURE ",
        "LOAD_CONST_OBJ ",
    ];
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let mut l = line.to_string();
        for m in MARKERS {
            if let Some(p) = l.find(m) {
                let start = p + m.len();
                let end = start + l[start..].find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(l.len() - start);
                if end > start {
                    l.replace_range(start..end, "ADDR");
                }
            }
        }
        out.push_str(&l);
    }
    out
}

#[test]
fn dis_matches_micropython_for_every_fixture() {
    let mut n = 0;
    let mut dir: Vec<_> = std::fs::read_dir(fixtures()).unwrap().flatten().map(|e| e.path()).collect();
    dir.sort();
    for mpy in dir.iter().filter(|p| p.extension().is_some_and(|e| e == "mpy")) {
        let want = std::fs::read_to_string(mpy.with_extension("showbc")).unwrap();
        let o = mpyrom(&["dis", mpy.to_str().unwrap()]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let got = normalize(&String::from_utf8_lossy(&o.stdout));
        for (k, (g, w)) in got.lines().zip(want.lines()).enumerate() {
            assert_eq!(g, w, "{}: line {}", mpy.display(), k + 1);
        }
        assert_eq!(got.lines().count(), want.lines().count(), "{}", mpy.display());
        n += 1;
    }
    assert!(n >= 10, "only {n} fixtures");
}

#[test]
fn dis_reads_inside_images_and_emits_json() {
    let image = Path::new(env!("CARGO_MANIFEST_DIR")).join("../images/demo/demo.romfs");
    let target = format!("{}:/garden/zones.mpy", image.display());
    let o = mpyrom(&["dis", &target, "--verify"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(text.starts_with("File garden/zones.py, code block '<module>'"), "{text}");
    let o = mpyrom(&["dis", "--json", fixtures().join("all_ops_b.mpy").to_str().unwrap()]);
    let json = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(json.contains("\"name\": \"gen\"") && json.contains("\"YIELD_FROM\""), "{json}");
}

#[test]
fn malformed_files_are_clean_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.mpy");
    let mut bytes = std::fs::read(fixtures().join("all_ops_a.mpy")).unwrap();
    let last = bytes.len() - 1;
    bytes[last] = 0x00;
    std::fs::write(&bad, &bytes).unwrap();
    let o = mpyrom(&["dis", "--verify", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(
        err.starts_with("mpyrom: error:") && err.contains("unknown opcode 0x00") && err.contains("bytecode offset"),
        "{err}"
    );
    std::fs::write(&bad, b"M\x05\x00\x1f").unwrap();
    let o = mpyrom(&["dis", bad.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("version 5"));
    let o = mpyrom(&["run", bad.to_str().unwrap()]);
    assert_ne!(o.status.code(), Some(0));
}
