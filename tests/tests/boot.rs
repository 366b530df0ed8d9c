//! Booting an application like a device: the demo image runs in place from a mapped ROMFS
//! image, from a copy in the heap, from a FAT volume and from a host directory, and prints
//! what CPython prints for its sources each time. In-place execution is proved through the
//! heap: no function's bytecode lives in a heap copy. Error paths give the exceptions a user
//! would expect.

use mpyrom_tests::{boot, repo_root, Mount};
use std::path::PathBuf;

fn demo_image() -> PathBuf {
    repo_root().join("images/demo/demo.romfs")
}

fn expected() -> String {
    std::fs::read_to_string(repo_root().join("images/demo/expected_output.txt")).unwrap()
}

/// The demo app's compiled files and data, as a host directory tree.
fn demo_tree(into: &std::path::Path) {
    let bytes = std::fs::read(demo_image()).unwrap();
    let image = romfs::Image::new(&bytes).unwrap();
    image
        .walk(|path, e| {
            let target = into.join(path.trim_start_matches('/'));
            match e.kind {
                romfs::EntryKind::Dir => std::fs::create_dir_all(&target).unwrap(),
                romfs::EntryKind::File => {
                    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
                    std::fs::write(&target, image.data(e)).unwrap()
                }
            }
        })
        .unwrap();
}

#[test]
fn demo_runs_in_place_from_a_mapped_image() {
    let b = boot(vec![("/rom", Mount::RomMapped(demo_image()))], &["/rom", "/rom/lib"], "main", 2 << 20);
    assert_eq!(b.out.stdout, expected(), "stderr: {}", b.out.stderr);
    assert_eq!(b.out.exit, vm::Exit::Ok);
    assert!(!b.function_sources_mapped.is_empty());
    assert!(b.function_sources_mapped.iter().all(|m| *m), "a function's code was copied into the heap");
    assert_eq!(b.heap_sources, 0, "nothing may be copied into the heap in place");
    assert!(b.out.accounting_ok);
    assert_eq!(b.out.heap_check, Ok(()));
}

#[test]
fn demo_runs_from_a_copy_in_the_heap() {
    let size = std::fs::metadata(demo_image()).unwrap().len() as usize;
    let b = boot(vec![("/rom", Mount::RomCopied(demo_image()))], &["/rom", "/rom/lib"], "main", 2 << 20);
    assert_eq!(b.out.stdout, expected(), "stderr: {}", b.out.stderr);
    assert!(b.function_sources_mapped.iter().all(|m| !*m), "copy mode must execute from the heap copy");
    assert!(b.raw_bytes_in_heap >= size, "the image copy must be in the heap ({} < {size})", b.raw_bytes_in_heap);
    assert!(b.out.accounting_ok);
}

#[test]
fn demo_runs_from_a_fat_volume_and_a_host_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let tree = tmp.path().join("tree");
    demo_tree(&tree);
    let b = boot(vec![("/", Mount::Host(tree.clone()))], &["/", "/lib"], "main", 2 << 20);
    assert_eq!(b.out.stdout, expected(), "stderr: {}", b.out.stderr);
    let fat = tmp.path().join("data.img");
    std::fs::File::create(&fat).unwrap().set_len(1 << 20).unwrap();
    let dev = || Box::new(romfs::FileDevice::open(&fat, 512).unwrap());
    vm::vfs::fat::FatFs::format(dev()).unwrap();
    vm::vfs::fat::FatFs::mount(dev()).unwrap().fill_from_dir(&tree, "/").unwrap();
    let b = boot(vec![("/flash", Mount::Fat(fat.clone()))], &["/flash", "/flash/lib"], "main", 2 << 20);
    assert_eq!(b.out.stdout, expected(), "stderr: {}", b.out.stderr);
    assert!(b.out.accounting_ok);
}

fn run_script(
    dir: &std::path::Path,
    name: &str,
    source: &str,
    mounts: Vec<(&'static str, Mount)>,
    path: &'static [&'static str],
) -> String {
    let py = dir.join(format!("{name}.py"));
    std::fs::write(&py, source).unwrap();
    let status =
        std::process::Command::new("mpy-cross").arg("-o").arg(dir.join(format!("{name}.mpy"))).arg(&py).status();
    if !status.is_ok_and(|s| s.success()) {
        return String::from("<mpy-cross unavailable>");
    }
    let b = boot(mounts, path, name, 1 << 20);
    format!("{}{}", b.out.stdout, b.out.stderr)
}

#[test]
fn tools_error_paths_are_python_exceptions() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("app");
    std::fs::create_dir_all(dir.join("brokenpkg")).unwrap();
    let script = r#"
import os
try:
    import no_such_module
except ImportError as e:
    print("ImportError", e)
try:
    import brokenpkg
except ImportError as e:
    print("ImportError brokenpkg")
try:
    open("/rom/new.txt", "w")
except OSError as e:
    print("OSError", e)
try:
    os.remove("/rom/main.mpy")
except OSError as e:
    print("OSError", e.errno)
"#;
    let out = run_script(
        &dir,
        "errs",
        script,
        vec![("/", Mount::Host(dir.clone())), ("/rom", Mount::RomMapped(demo_image()))],
        &["/"],
    );
    if out == "<mpy-cross unavailable>" {
        assert!(std::env::var("MPYROM_REQUIRE_TOOLS").as_deref() != Ok("1"), "mpy-cross required");
        return;
    }
    assert_eq!(
        out,
        "ImportError no module named 'no_such_module'\nImportError brokenpkg\nOSError [Errno 30] EROFS\nOSError 30\n"
    );
}
