//! The field-logger application (`images/logger`): JSON config in ROMFS, asyncio tasks,
//! struct frames with CRC-32, a CSV log written to the FAT volume. Booted in place and from
//! a heap copy, it prints exactly what CPython prints for its sources (through the shim in
//! `images/logger/cpython_shim.py`), and its log is on the volume afterwards.

use mpyrom_tests::{boot, repo_root, Mount};

fn run(copy: bool) {
    let tmp = tempfile::tempdir().unwrap();
    let fat = tmp.path().join("flash.img");
    std::fs::File::create(&fat).unwrap().set_len(256 * 1024).unwrap();
    vm::vfs::fat::FatFs::format(Box::new(romfs::FileDevice::open(&fat, 512).unwrap())).unwrap();
    let image = repo_root().join("images/logger/logger.romfs");
    let rom = if copy { Mount::RomCopied(image) } else { Mount::RomMapped(image) };
    let b = boot(
        vec![("/rom", rom), ("/flash", Mount::Fat(fat.clone()))],
        &["/rom", "/rom/lib", "/flash", "/flash/lib"],
        "main",
        1 << 20,
    );
    let want = std::fs::read_to_string(repo_root().join("images/logger/expected_output.txt")).unwrap();
    assert_eq!(b.out.stdout, want, "{}", b.out.stderr);
    assert!(b.out.accounting_ok);
    let fs = vm::vfs::fat::FatFs::mount(Box::new(romfs::FileDevice::open(&fat, 512).unwrap())).unwrap();
    let log = String::from_utf8(fs.read_file("/log.csv").unwrap()).unwrap();
    assert_eq!(log.lines().count(), 16, "{log}");
    assert!(log.starts_with("seq,channel,raw,value\n0,temp,"));
    if !copy {
        assert!(b.function_sources_mapped.iter().all(|m| *m), "the app runs in place");
    }
}

#[test]
fn logger_runs_in_place_and_writes_its_log() {
    run(false);
}

#[test]
fn logger_runs_from_a_heap_copy() {
    run(true);
}
