//! Frozen modules: Python modules compiled by `mpy-cross` and embedded in the binary
//! (`vm/frozen/*.py`, rebuilt by `vm/frozen/build.sh`). They run in place from the
//! executable's read-only data, like a ROMFS image, and are found after the built-in
//! modules and before `sys.path` (MicroPython's `.frozen` entry comes first too).

/// (module name, compiled `.mpy`).
static FROZEN: &[(&str, &[u8])] = &[("asyncio", include_bytes!("../frozen/asyncio.mpy"))];

/// The compiled bytes of frozen module `name`.
pub fn find(name: &str) -> Option<&'static [u8]> {
    FROZEN.iter().find(|(n, _)| *n == name).map(|(_, b)| *b)
}

/// The names of all frozen modules.
pub fn names() -> impl Iterator<Item = &'static str> {
    FROZEN.iter().map(|(n, _)| *n)
}
