//! The image subcommands, run as a user would run them: build, verify, ls, tree, cat,
//! extract, info; interop with images made by `mpremote romfs build`; error handling on
//! corrupt images and unsafe names.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn mpyrom(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mpyrom")).args(args).output().expect("run mpyrom")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/romfs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every file under `dir` with its bytes, by relative path.
fn tree_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.push((rel, std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn mpremote_image_lists_and_extracts_byte_exactly() {
    let image = fixtures().join("mpremote.romfs");
    let o = mpyrom(&["ls", image.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "config.csv\nhelper.py\nlib/\nmain.py\n");
    let o = mpyrom(&["verify", image.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("no integrity record"));
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("x");
    let o = mpyrom(&["extract", image.to_str().unwrap(), out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(tree_of(&out), tree_of(&fixtures().join("mpremote_src")));
    let o = mpyrom(&["cat", image.to_str().unwrap(), "/lib/pkg/__init__.py"]);
    assert_eq!(o.stdout, b"VERSION = \"1.0\"\n");
}

#[test]
fn build_verify_and_read_back() {
    let tmp = tempfile::tempdir().unwrap();
    let img = tmp.path().join("app.romfs");
    let src = fixtures().join("mpremote_src");
    let o = mpyrom(&["build", src.to_str().unwrap(), "-o", img.to_str().unwrap(), "--no-compile", "--align", "64"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("|-- config.csv"));
    let o = mpyrom(&["verify", "--require-crc", img.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = mpyrom(&["info", "--json", img.to_str().unwrap()]);
    let json = stdout(&o);
    assert!(json.contains("\"integrity\": \"valid"), "{json}");
    assert_eq!(json.matches("\"data_alignment\": ").count(), 5);
    for cap in json.split("\"data_alignment\": ").skip(1) {
        let n: usize = cap.split(|c: char| !c.is_ascii_digit()).next().unwrap().parse().unwrap();
        assert!(n >= 64, "file data not aligned to 64: {n}");
    }
    let out = tmp.path().join("back");
    assert!(mpyrom(&["extract", img.to_str().unwrap(), out.to_str().unwrap()]).status.success());
    assert_eq!(tree_of(&out), tree_of(&src));
    // Deterministic: a second build is byte-identical.
    let img2 = tmp.path().join("app2.romfs");
    mpyrom(&["build", src.to_str().unwrap(), "-o", img2.to_str().unwrap(), "--no-compile", "--align", "64"]);
    assert_eq!(std::fs::read(&img).unwrap(), std::fs::read(&img2).unwrap());
}

#[test]
fn corrupt_images_are_errors_not_panics() {
    let tmp = tempfile::tempdir().unwrap();
    let img = tmp.path().join("app.romfs");
    let src = fixtures().join("mpremote_src");
    assert!(mpyrom(&["build", src.to_str().unwrap(), "-o", img.to_str().unwrap(), "--no-compile"]).status.success());
    let good = std::fs::read(&img).unwrap();
    for (i, xor) in [(10usize, 0x40u8), (good.len() / 2, 1), (good.len() - 3, 0x10)] {
        let mut bad = good.clone();
        bad[i] ^= xor;
        std::fs::write(&img, &bad).unwrap();
        let o = mpyrom(&["verify", img.to_str().unwrap()]);
        assert!(!o.status.success(), "corruption at {i} not detected");
        assert!(stderr(&o).starts_with("mpyrom: error: "), "{}", stderr(&o));
        for cmd in ["ls", "tree", "info"] {
            let o = mpyrom(&[cmd, img.to_str().unwrap()]);
            assert!(o.status.code().is_some(), "{cmd} crashed");
        }
    }
    std::fs::write(&img, b"not an image at all").unwrap();
    let o = mpyrom(&["ls", img.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not a ROMFS image"));
    let o = mpyrom(&["verify", tmp.path().join("missing").to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).starts_with("mpyrom: error: "));
}

#[test]
fn extract_refuses_names_that_escape() {
    let tree = vec![romfs::tree::Node::File { name: "zz".into(), data: b"evil".to_vec() }];
    let mut bytes = romfs::pack::pack(&tree, romfs::pack::Options { align: 1, crc: false }).unwrap().bytes;
    let pos = bytes.windows(2).position(|w| w == b"zz").unwrap();
    bytes[pos..pos + 2].copy_from_slice(b"..");
    let tmp = tempfile::tempdir().unwrap();
    let img = tmp.path().join("evil.romfs");
    std::fs::write(&img, &bytes).unwrap();
    let out = tmp.path().join("out");
    let o = mpyrom(&["extract", img.to_str().unwrap(), out.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("refusing"), "{}", stderr(&o));
    assert!(!out.exists(), "nothing is written when a name is unsafe");
}

#[test]
fn bad_arguments_are_usage_errors() {
    let o = mpyrom(&["build", "/nonexistent-dir", "-o", "/tmp/x.romfs"]);
    assert!(!o.status.success());
    assert!(stderr(&o).starts_with("mpyrom: error: "));
    let o = mpyrom(&["build", ".", "-o", "/tmp/x.romfs", "--align", "3", "--no-compile"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("power of two"), "{}", stderr(&o));
    let o = mpyrom(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("mpyrom: error: "));
}

/// Whether a tool is usable; with `MPYROM_REQUIRE_TOOLS=1` a missing tool fails the test.
fn have_tool(name: &str) -> bool {
    let ok = Command::new(name).arg("--help").output().is_ok_and(|o| o.status.success() || !o.stdout.is_empty());
    if !ok && std::env::var("MPYROM_REQUIRE_TOOLS").as_deref() == Ok("1") {
        panic!("{name} is required (MPYROM_REQUIRE_TOOLS=1) but not available");
    }
    ok
}

#[test]
fn tools_mpremote_built_image_matches_source() {
    if !have_tool("mpremote") || !have_tool("mpy-cross") {
        eprintln!("skipping: mpremote/mpy-cross not installed");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    std::fs::create_dir_all(src.join("pkg")).unwrap();
    std::fs::write(src.join("main.py"), "import pkg\nprint(pkg.V)\n").unwrap();
    std::fs::write(src.join("pkg/__init__.py"), "V = 42\n").unwrap();
    std::fs::write(src.join("data.txt"), "x".repeat(500)).unwrap();
    let img = tmp.path().join("mp.romfs");
    let o = Command::new("mpremote")
        .args(["romfs", "-o", img.to_str().unwrap(), "build", src.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = mpyrom(&["tree", img.to_str().unwrap()]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("main.mpy") && stdout(&o).contains("__init__.mpy"), "{}", stdout(&o));
    let o = mpyrom(&["cat", img.to_str().unwrap(), "data.txt"]);
    assert_eq!(o.stdout, "x".repeat(500).as_bytes());
    assert!(mpyrom(&["verify", img.to_str().unwrap()]).status.success());
    let mine = tmp.path().join("mine.romfs");
    let o = mpyrom(&["build", src.to_str().unwrap(), "-o", mine.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("main.py -> .mpy"));
}
