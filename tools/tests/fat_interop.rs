//! FAT volumes interoperate with the standard tools: an image made by `mpyrom fat mkfs` is
//! read by mtools (`mdir`, `mcopy`), and one made by `mkfs.fat` and filled by `mcopy` is
//! read by mpyrom. The tests skip when mtools/dosfstools are missing (Debian packages
//! `mtools` and `dosfstools`), unless `MPYROM_REQUIRE_FAT_TOOLS=1`.

use std::path::Path;
use std::process::Command;

fn mpyrom(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_mpyrom")).args(args).output().expect("run mpyrom")
}

fn have(tool: &str) -> bool {
    let found =
        Command::new("sh").args(["-c", &format!("command -v {tool}")]).output().is_ok_and(|o| o.status.success())
            || Path::new("/usr/sbin").join(tool).exists();
    if !found && std::env::var("MPYROM_REQUIRE_FAT_TOOLS").as_deref() == Ok("1") {
        panic!("{tool} is required (MPYROM_REQUIRE_FAT_TOOLS=1)");
    }
    found
}

fn tool(name: &str) -> String {
    let sbin = Path::new("/usr/sbin").join(name);
    if sbin.exists() {
        sbin.display().to_string()
    } else {
        name.to_string()
    }
}

#[test]
fn mtools_read_a_volume_made_by_mpyrom() {
    if !have("mdir") || !have("mcopy") {
        eprintln!("skipped: mtools not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir_all(src.join("logs")).unwrap();
    std::fs::write(src.join("config.txt"), b"interval=5\n").unwrap();
    std::fs::write(src.join("logs/day1.csv"), b"t,v\n1,2\n").unwrap();
    let img = dir.path().join("data.img");
    let o = mpyrom(&["fat", "mkfs", img.to_str().unwrap(), "--size", "1M", "--from", src.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = Command::new("mdir").args(["-b", "-i", img.to_str().unwrap(), "::/"]).output().unwrap();
    let listing = String::from_utf8_lossy(&o.stdout).to_lowercase();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(listing.contains("config.txt") && listing.contains("logs"), "{listing}");
    let o = Command::new("mcopy").args(["-i", img.to_str().unwrap(), "::/logs/day1.csv", "-"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(o.stdout, b"t,v\n1,2\n");
}

#[test]
fn mpyrom_reads_a_volume_made_by_mkfs_fat() {
    if !have("mkfs.fat") || !have("mcopy") {
        eprintln!("skipped: dosfstools/mtools not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let img = dir.path().join("std.img");
    let o = Command::new(tool("mkfs.fat")).args(["-C", img.to_str().unwrap(), "1024"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let file = dir.path().join("hello.txt");
    std::fs::write(&file, b"written by mcopy\n").unwrap();
    let o = Command::new("mcopy")
        .args(["-i", img.to_str().unwrap(), file.to_str().unwrap(), "::/hello.txt"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = mpyrom(&["fat", "ls", img.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).to_lowercase().contains("hello.txt"));
    let o = mpyrom(&["fat", "cat", img.to_str().unwrap(), "/hello.txt"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(o.stdout, b"written by mcopy\n");
}
