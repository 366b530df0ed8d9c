//! VFS behaviour beyond booting: a ROMFS image stored as a file inside a mapped ROMFS image
//! mounts and imports in place (no copy), and a FAT volume that fills up gives `OSError`
//! with `ENOSPC` while the files already on it stay intact, on the volume and on disk.
//! Fixtures: `tests/fixtures/vfs` (sources in `src/`, rebuilt by `regen.sh`).

use mpyrom_tests::{boot, repo_root, Mount};
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    repo_root().join("tests/fixtures/vfs")
}

#[test]
fn nested_image_mounts_and_imports_in_place() {
    let b = boot(vec![("/rom", Mount::RomMapped(fixtures().join("outer.romfs")))], &["/rom"], "nested", 1 << 20);
    assert_eq!(b.out.stdout, "hello from the nested image, device\n['greet.mpy']\n", "{}", b.out.stderr);
    assert_eq!(b.out.exit, vm::Exit::Ok);
    assert_eq!(b.heap_sources, 0, "nothing was copied into the heap");
    assert!(!b.function_sources_mapped.is_empty());
    assert!(b.function_sources_mapped.iter().all(|m| *m), "every function runs from the mapping");
    assert!(b.out.accounting_ok);
}

#[test]
fn memoryview_on_a_romfs_file_reads_the_mapping() {
    let b = boot(vec![("/rom", Mount::RomMapped(fixtures().join("outer.romfs")))], &["/rom"], "mv_rom", 1 << 20);
    assert_eq!(
        b.out.stdout, "view costs less than the file: True True\n148 d2cd3181 True\nread-only\n",
        "{}",
        b.out.stderr
    );
}

#[test]
fn full_fat_volume_raises_enospc_and_loses_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let img = tmp.path().join("small.img");
    std::fs::File::create(&img).unwrap().set_len(128 * 1024).unwrap();
    let dev = || Box::new(romfs::FileDevice::open(&img, 512).unwrap());
    vm::vfs::fat::FatFs::format(dev()).unwrap();
    let host = tmp.path().join("seed");
    std::fs::create_dir_all(&host).unwrap();
    std::fs::write(host.join("keep.txt"), "calibration=42\n").unwrap();
    vm::vfs::fat::FatFs::mount(dev()).unwrap().fill_from_dir(&host, "/").unwrap();
    // The program runs from a host directory holding fat_full.mpy; the volume is at /flash.
    let b =
        boot(vec![("/", Mount::Host(fixtures())), ("/flash", Mount::Fat(img.clone()))], &["/"], "fat_full", 1 << 20);
    assert_eq!(
        b.out.stdout, "OSError 28 True\nTrue 'calibration=42\\n'\n['after.txt', 'keep.txt']\n",
        "{}",
        b.out.stderr
    );
    // The volume is still consistent for the next mount.
    let fs = vm::vfs::fat::FatFs::mount(dev()).unwrap();
    assert_eq!(fs.read_file("/keep.txt").unwrap(), b"calibration=42\n");
    assert_eq!(fs.read_file("/after.txt").unwrap(), b"still writable");
}
