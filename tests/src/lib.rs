//! Shared helpers for the cross-crate integration tests in `tests/tests/`: running `.mpy`
//! programs in-process with captured output, and walking fixture directories.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::{Arc, Mutex};

/// A `Write` sink shared between the VM and the test.
#[derive(Clone, Default)]
pub struct Capture(pub Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().map_err(|_| std::io::Error::other("poisoned"))?.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Capture {
    /// The captured text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().map(|b| b.clone()).unwrap_or_default()).into_owned()
    }
}

/// What a program run produced.
#[derive(Debug, Clone)]
pub struct RunOutput {
    pub stdout: String,
    pub stderr: String,
    pub exit: vm::Exit,
    /// `mem_alloc + mem_free == heap size` held at the end.
    pub accounting_ok: bool,
    /// The heap's own consistency check at the end.
    pub heap_check: Result<(), String>,
}

/// Runs a `.mpy` file as `__main__` in a fresh VM with `heap_size` bytes, on a thread with a
/// large stack. Sibling modules can be imported (the host root is mounted at `/` and the
/// file's directory is on `sys.path`).
pub fn run_mpy_file(path: &Path, heap_size: usize) -> RunOutput {
    run_mpy_file_after(path, heap_size, |_| {})
}

/// As [`run_mpy_file`], calling `setup` on the fresh VM before the program runs.
pub fn run_mpy_file_after(path: &Path, heap_size: usize, setup: fn(&mut vm::Vm)) -> RunOutput {
    let path = path.to_path_buf();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run_inner(&path, heap_size, setup))
        .expect("spawn VM thread")
        .join()
        .expect("VM thread panicked")
}

fn run_inner(path: &Path, heap_size: usize, setup: fn(&mut vm::Vm)) -> RunOutput {
    let out = Capture::default();
    let err = Capture::default();
    let config = vm::Config { heap_size, ..vm::Config::default() };
    let mut m = vm::Vm::with_output(config, Box::new(out.clone()), Box::new(err.clone()));
    m.importer = Some(Rc::new(vm::vfs::importer::VfsImporter));
    m.vfs.mount("/", Rc::new(vm::vfs::host::HostDir::new("/"))).expect("mount host root");
    let abs = std::fs::canonicalize(path).expect("fixture path");
    let dir = abs.parent().map(|p| p.display().to_string()).unwrap_or_default();
    m.vfs.cwd = dir.clone();
    m.set_sys_path(&[&dir]).expect("sys.path");
    let bytes = std::fs::read(path).expect("read fixture");
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    m.set_argv(&name, &[]).expect("argv");
    setup(&mut m);
    let src = m.add_source(vm::Source::Mapped(Arc::new(bytes))).expect("source");
    let exit = m.run_main(src, Some(&name));
    let _ = m.stdout.flush();
    let s = m.heap_stats();
    RunOutput {
        stdout: out.text(),
        stderr: err.text(),
        exit,
        accounting_ok: s.used + s.free == s.total,
        heap_check: m.heap.check(),
    }
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf()
}

/// Every file under `dir` (recursively) with extension `ext`, sorted.
pub fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// What to mount before running a module.
pub enum Mount {
    /// A ROMFS image from a host file, memory-mapped (in place).
    RomMapped(PathBuf),
    /// A ROMFS image from a host file, read into the VM heap.
    RomCopied(PathBuf),
    /// A FAT volume image (read-write).
    Fat(PathBuf),
    /// A host directory.
    Host(PathBuf),
}

/// The result of a boot, with the VM kept for inspection.
pub struct Booted {
    pub out: RunOutput,
    /// For every bytecode function object alive at the end: whether its code is in a
    /// mapped (in-place) source.
    pub function_sources_mapped: Vec<bool>,
    /// Heap bytes of `RawBytes` chunks (copied sources, qstr text, buffers).
    pub raw_bytes_in_heap: usize,
    /// Number of sources executing from the heap (copies).
    pub heap_sources: usize,
}

/// Mounts `mounts` at the given points, sets `sys.path`, and runs `module` as `__main__`.
pub fn boot(
    mounts: Vec<(&'static str, Mount)>,
    sys_path: &'static [&'static str],
    module: &str,
    heap_size: usize,
) -> Booted {
    let module = module.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || boot_inner(mounts, sys_path, &module, heap_size))
        .expect("spawn")
        .join()
        .expect("VM thread panicked")
}

fn boot_inner(mounts: Vec<(&'static str, Mount)>, sys_path: &[&str], module: &str, heap_size: usize) -> Booted {
    let out = Capture::default();
    let err = Capture::default();
    let config = vm::Config { heap_size, ..vm::Config::default() };
    let mut m = vm::Vm::with_output(config, Box::new(out.clone()), Box::new(err.clone()));
    m.importer = Some(Rc::new(vm::vfs::importer::VfsImporter));
    for (point, mount) in mounts {
        let fs: Rc<dyn vm::vfs::FileSystem> = match mount {
            Mount::RomMapped(p) => {
                let map = romfs::ReadOnlyMap::open(&p, 4096).expect("map image");
                Rc::new(vm::vfs::romfs::RomFs::mapped(Arc::new(map)).expect("romfs"))
            }
            Mount::RomCopied(p) => {
                let bytes = std::fs::read(&p).expect("read image");
                let src = m.load_heap_source(&bytes).expect("heap too small for image");
                Rc::new(vm::vfs::romfs::RomFs::copied(&m, src).expect("romfs"))
            }
            Mount::Fat(p) => {
                let dev = romfs::FileDevice::open(&p, 512).expect("fat device");
                Rc::new(vm::vfs::fat::FatFs::mount(Box::new(dev)).expect("fat"))
            }
            Mount::Host(p) => Rc::new(vm::vfs::host::HostDir::new(p)),
        };
        m.vfs.mount(point, fs).expect("mount");
    }
    m.vfs.cwd = "/".into();
    m.set_sys_path(sys_path).expect("sys.path");
    m.set_argv(module, &[]).expect("argv");
    let exit = m.run_main_module(module);
    let _ = m.stdout.flush();
    let mut function_sources_mapped = Vec::new();
    let mut raw = 0;
    let mut i = 0;
    while i < m.heap.len_words() {
        let h = m.heap.header(i);
        match h.kind() {
            vm::heap::ObjKind::Function => {
                let code = m.heap.value(i + vm::obj::function::fun::CODE);
                let src = vm::obj::function::code_word(&m, code, vm::obj::function::code::SOURCE) as u16;
                function_sources_mapped.push(m.sources.is_mapped(src));
            }
            vm::heap::ObjKind::RawBytes => raw += h.words() * 8,
            _ => {}
        }
        i += h.words().max(1);
    }
    let heap_sources = m.sources.iter().filter(|s| matches!(s, vm::Source::Heap { .. })).count();
    let s = m.heap_stats();
    Booted {
        out: RunOutput {
            stdout: out.text(),
            stderr: err.text(),
            exit,
            accounting_ok: s.used + s.free == s.total,
            heap_check: m.heap.check(),
        },
        function_sources_mapped,
        raw_bytes_in_heap: raw,
        heap_sources,
    }
}

/// A corpus program's id: its path under `corpus` without the extension (`area/name`).
pub fn program_id(corpus: &Path, mpy: &Path) -> String {
    let rel = mpy.strip_prefix(corpus).unwrap_or(mpy).with_extension("");
    rel.to_string_lossy().replace('\\', "/")
}

/// `corpus/KNOWN_FAILURES`: program id to reason (one `area/name  reason` per line).
pub fn known_failures(corpus: &Path) -> std::collections::BTreeMap<String, String> {
    let text = std::fs::read_to_string(corpus.join("KNOWN_FAILURES")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (id, reason) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
            (id.to_string(), reason.trim().to_string())
        })
        .collect()
}

/// A corpus program's expected stdout: `NAME.exp.mp` (MicroPython's, where it differs from
/// CPython) or else `NAME.exp` (CPython's).
pub fn expected_output(mpy: &Path) -> Option<String> {
    let mp = mpy.with_extension("exp.mp");
    std::fs::read_to_string(&mp).or_else(|_| std::fs::read_to_string(mpy.with_extension("exp"))).ok()
}
