//! `mpyrom mem` on the bundled demo image: the three modes relate as the RAM model says
//! (copy = in place + the copied image; in place copies no source bytes), the JSON carries
//! the documented fields, the SVG is written, and bad arguments are clean errors.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn mpyrom(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mpyrom")).args(args).output().expect("run mpyrom")
}

fn demo_image() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../images/demo/demo.romfs")
}

/// The number after `"key": ` in `text`, starting the search at `from`.
fn number_after(text: &str, from: usize, key: &str) -> (usize, usize) {
    let pat = format!("\"{key}\": ");
    let at = text[from..].find(&pat).map(|p| p + from + pat.len()).unwrap_or_else(|| panic!("{key} missing"));
    let end = text[at..].find(|c: char| !c.is_ascii_digit()).map_or(text.len(), |e| e + at);
    (text[at..end].parse().expect("number"), end)
}

#[test]
fn copy_mode_costs_exactly_the_copied_image_more_than_in_place() {
    let image = demo_image();
    let o = mpyrom(&["mem", "--image", image.to_str().unwrap(), "-m", "main", "--json", "--target", "32"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(text.contains("\"name\": \"main\""), "{text}");
    let in_place = text.find("\"in_place\"").expect("in_place");
    let copy = text.find("\"copy\"").expect("copy");
    let dir = text.find("\"dir\"").expect("dir");
    let (ip_retained, _) = number_after(&text, in_place, "retained");
    let (ip_copied, _) = number_after(&text, in_place, "copied_source");
    let (ip_32, _) = number_after(&text, in_place, "retained_32bit");
    let (cp_retained, _) = number_after(&text, copy, "retained");
    let (cp_copied, _) = number_after(&text, copy, "copied_source");
    let (dir_copied, _) = number_after(&text, dir, "copied_source");
    let (ip_alloc, _) = number_after(&text, in_place, "allocated");
    let (ip_peak, _) = number_after(&text, in_place, "peak");
    assert_eq!(ip_copied, 0, "nothing is copied in place");
    assert!(cp_copied >= std::fs::metadata(&image).unwrap().len() as usize, "the whole image is in the heap");
    assert_eq!(cp_retained, ip_retained + cp_copied, "copy mode = in place + the bytes read into RAM");
    assert!(dir_copied > 0, "a directory import loads the .mpy bytes");
    assert!(ip_retained > 0 && ip_alloc >= ip_retained && ip_peak >= ip_retained);
    assert!(ip_32 > 0 && ip_32 < ip_retained, "the 32-bit estimate is smaller");
}

#[test]
fn every_top_level_module_is_measured_and_the_svg_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("mem.svg");
    let o = mpyrom(&["mem", "--image", demo_image().to_str().unwrap(), "--svg", svg.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    for module in ["main", "garden"] {
        assert!(text.lines().any(|l| l.starts_with(module) && l.contains("in-place")), "{module} missing:\n{text}");
    }
    assert!(text.contains("in place saves"), "{text}");
    let drawn = std::fs::read_to_string(&svg).unwrap();
    assert!(drawn.starts_with("<svg") && drawn.contains("<rect"), "{drawn}");
}

#[test]
fn the_object_list_accounts_for_every_retained_byte() {
    let image = demo_image();
    let o = mpyrom(&["mem", "--image", image.to_str().unwrap(), "-m", "main", "--json", "--objects"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    let in_place = text.find("\"in_place\"").expect("in_place");
    let (retained, _) = number_after(&text, in_place, "retained");
    let objects_at = text[in_place..].find("\"objects\": [").expect("objects") + in_place;
    // The in-place figures (and their object list) end where the copy-mode figures start.
    let objects_end = text.find("\"copy\"").expect("copy");
    let (mut sum, mut pos, mut n) = (0, objects_at, 0);
    while let Some(p) = text[pos..objects_end].find("\"bytes\": ") {
        let (b, end) = number_after(&text, pos + p, "bytes");
        sum += b;
        pos = end;
        n += 1;
    }
    assert!(n > 10, "{n} objects");
    let (replaced, _) = number_after(&text, in_place, "replaced");
    assert_eq!(sum, retained + replaced, "objects add up to the retained figure");
    assert!(text[objects_at..objects_end].contains("\"kind\": \"Module\""), "modules are listed");
    // The text form lists the same objects.
    let o = mpyrom(&["mem", "--image", image.to_str().unwrap(), "-m", "main", "--objects"]);
    let table = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(table.contains(&format!("= {retained}")), "{table}");
}

#[test]
fn bad_input_is_a_clean_error() {
    let o = mpyrom(&["mem", "--image", "/nonexistent.romfs"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("mpyrom: error:"));
    let o = mpyrom(&["mem", "--image", demo_image().to_str().unwrap(), "-m", "no_such_module"]);
    assert!(!o.status.success(), "a failed import fails the command");
    assert!(String::from_utf8_lossy(&o.stdout).contains("no module named"));
    let o = mpyrom(&["mem", "--image", demo_image().to_str().unwrap(), "--target", "16"]);
    assert_eq!(o.status.code(), Some(2));
}
