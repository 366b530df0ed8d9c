//! Flash images and OTA through the CLI, as a user would do it: build a 4 MiB flash with the
//! demo image in slot A and a FAT partition, boot it, stage the logger image, boot it once
//! (trial), reboot without confirming (rollback to the demo), stage again, boot, confirm,
//! reboot (the logger stays); a corrupted slot is reported and not booted; layout errors
//! name the CSV line.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn mpyrom(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mpyrom")).args(args).output().expect("run mpyrom")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn build_boot_stage_rollback_confirm() {
    let tmp = tempfile::tempdir().unwrap();
    let flash = tmp.path().join("flash.bin");
    let f = flash.to_str().unwrap();
    let layout = root().join("images/layouts/esp32-4MiB.csv");
    let l = layout.to_str().unwrap();
    let demo = root().join("images/demo/demo.romfs");
    let logger = root().join("images/logger/logger.romfs");
    let demo_out = std::fs::read_to_string(root().join("images/demo/expected_output.txt")).unwrap();
    let logger_out = std::fs::read_to_string(root().join("images/logger/expected_output.txt")).unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("keep.txt"), "kept across updates\n").unwrap();

    let o = mpyrom(&[
        "flash",
        "build",
        "--layout",
        l,
        "--flash-size",
        "4M",
        "--romfs",
        demo.to_str().unwrap(),
        "--fat",
        data.to_str().unwrap(),
        "-o",
        f,
    ]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(std::fs::metadata(&flash).unwrap().len(), 4 << 20);
    let boot = || mpyrom(&["run", "--flash", f, "--layout", l]);
    let o = boot();
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(text(&o), demo_out);

    let o = mpyrom(&["ota", "stage", f, "--layout", l, logger.to_str().unwrap()]);
    assert!(o.status.success() && text(&o).contains("pending"), "{}{}", text(&o), err(&o));
    let o = boot();
    assert_eq!(text(&o), logger_out, "trial boot runs the new image: {}", err(&o));
    assert!(err(&o).contains("trying pending slot B"));
    let o = boot();
    assert_eq!(text(&o), demo_out, "unconfirmed: rolled back");
    assert!(err(&o).contains("rolled back"));

    mpyrom(&["ota", "stage", f, "--layout", l, logger.to_str().unwrap()]);
    assert_eq!(text(&boot()), logger_out);
    let o = mpyrom(&["ota", "confirm", f, "--layout", l]);
    assert!(o.status.success(), "{}", err(&o));
    assert_eq!(text(&boot()), logger_out, "confirmed image stays");
    assert_eq!(text(&boot()), logger_out);
    let o = mpyrom(&["ota", "status", f, "--layout", l]);
    assert!(text(&o).contains("active slot B, pending none"), "{}", text(&o));

    // The FAT partition kept the file written before the updates, next to the logger's log.
    let o = mpyrom(&["flash", "info", f, "--layout", l]);
    assert!(o.status.success(), "{}", text(&o));

    // Rot in slot B (now active): info reports it, boot falls back to slot A's demo image.
    let mut bytes = std::fs::read(&flash).unwrap();
    bytes[0x282000 + 700] ^= 0x04;
    std::fs::write(&flash, &bytes).unwrap();
    let o = mpyrom(&["flash", "info", f, "--layout", l]);
    assert!(!o.status.success() && text(&o).contains("slot B: CORRUPT"), "{}", text(&o));
    let o = boot();
    assert_eq!(text(&o), demo_out, "{}", err(&o));
    assert!(err(&o).contains("failed verification"));
}

#[test]
fn diff_reports_blocks_and_layout_errors_name_the_line() {
    let demo = root().join("images/demo/demo.romfs");
    let logger = root().join("images/logger/logger.romfs");
    let o = mpyrom(&["ota", "diff", demo.to_str().unwrap(), logger.to_str().unwrap(), "--erase-size", "4K"]);
    assert!(o.status.success() && text(&o).contains("erase blocks change"), "{}", text(&o));
    let o = mpyrom(&["ota", "diff", logger.to_str().unwrap(), logger.to_str().unwrap()]);
    assert!(text(&o).contains(": 0 of"), "{}", text(&o));

    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.csv");
    std::fs::write(&bad, "romfs_state, data, mpyrom_state, 0x1000, 8K,\nromfs_a, data, romfs, 0x2000, 64K,\nromfs_b, data, romfs, , 64K,\n").unwrap();
    let out = tmp.path().join("f.bin");
    let o = mpyrom(&[
        "flash",
        "build",
        "--layout",
        bad.to_str().unwrap(),
        "--flash-size",
        "1M",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(
        err(&o).starts_with("mpyrom: error:") && err(&o).contains("line 2") && err(&o).contains("overlaps"),
        "{}",
        err(&o)
    );
    let o = mpyrom(&["run", "--flash", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "--flash needs --layout");
}

#[test]
fn a_running_program_confirms_its_own_update() {
    let tmp = tempfile::tempdir().unwrap();
    let flash = tmp.path().join("flash.bin");
    let f = flash.to_str().unwrap();
    let layout = root().join("images/layouts/2MiB-fat.csv");
    let l = layout.to_str().unwrap();
    let demo = root().join("images/demo/demo.romfs");
    let app = root().join("tests/fixtures/ota_app/ota_app.romfs");
    assert!(mpyrom(&[
        "flash",
        "build",
        "--layout",
        l,
        "--flash-size",
        "2M",
        "--romfs",
        demo.to_str().unwrap(),
        "-o",
        f
    ])
    .status
    .success());
    assert!(mpyrom(&["ota", "stage", f, "--layout", l, app.to_str().unwrap()]).status.success());
    let o = mpyrom(&["run", "--flash", f, "--layout", l]);
    assert_eq!(
        text(&o),
        "running; active A pending B tried True\nself-test passed: confirming slot B\nnow ('B', None, False)\n",
        "{}",
        err(&o)
    );
    // The next boot keeps the self-confirmed image (no rollback).
    let o = mpyrom(&["run", "--flash", f, "--layout", l]);
    assert_eq!(text(&o), "running; active B pending None tried False\nnow ('B', None, False)\n");
    // Without a flash image the module raises OSError.
    let o = mpyrom(&["run", "--image", app.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(text(&o).contains("ENODEV") || err(&o).contains("ENODEV"), "{}{}", text(&o), err(&o));
}
