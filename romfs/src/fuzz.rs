//! The fuzzing entry point: exercises every reader path on arbitrary bytes. It must never
//! panic, read out of bounds or loop forever; `romfs/fuzz` drives it with libFuzzer and a
//! unit test replays the committed corpus.

use crate::reader::{EntryKind, Image};

/// Runs the reader and verifier over `data`.
pub fn check_image(data: &[u8]) {
    let _ = crate::verify::verify(data);
    let Ok(image) = Image::new(data) else { return };
    let mut paths = Vec::new();
    let _ = image.walk(|p, e| {
        if paths.len() < 64 {
            paths.push((p.to_string(), e.kind));
        }
    });
    for (p, kind) in &paths {
        if let Ok(e) = image.lookup(p) {
            let d = image.data(&e);
            assert!(d.len() as u64 == e.size || e.kind == EntryKind::Dir);
        }
        if *kind == EntryKind::Dir {
            if let Ok(it) = image.read_dir(p) {
                for e in it.take(64) {
                    let _ = e;
                }
            }
        }
    }
    let _ = image.lookup("/main.mpy");
    let _ = image.lookup("lib/x/y");
    for e in image.root().take(64) {
        let _ = e;
    }
}
