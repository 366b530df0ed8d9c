//! The frozen modules embedded in the VM match a fresh `mpy-cross` compile of their sources
//! (`vm/frozen/*.py`). Skips without mpy-cross unless `MPYROM_REQUIRE_TOOLS=1`.

use std::path::Path;
use std::process::Command;

#[test]
fn tools_frozen_modules_are_fresh() {
    let have = Command::new("mpy-cross").arg("--version").output().is_ok_and(|o| o.status.success());
    if !have {
        assert!(std::env::var("MPYROM_REQUIRE_TOOLS").as_deref() != Ok("1"), "mpy-cross is required");
        eprintln!("skipped: mpy-cross not installed");
        return;
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("frozen");
    let tmp = tempfile::tempdir().unwrap();
    for name in vm::frozen::names() {
        let out = tmp.path().join(format!("{name}.mpy"));
        let src = format!("{name}.py");
        let o =
            Command::new("mpy-cross").current_dir(&dir).args(["-s", &src, "-o"]).arg(&out).arg(&src).output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let fresh = std::fs::read(&out).unwrap();
        assert_eq!(Some(fresh.as_slice()), vm::frozen::find(name), "{name}.mpy is stale: run vm/frozen/build.sh");
    }
}
