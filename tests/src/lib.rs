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
    let path = path.to_path_buf();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run_inner(&path, heap_size))
        .expect("spawn VM thread")
        .join()
        .expect("VM thread panicked")
}

fn run_inner(path: &Path, heap_size: usize) -> RunOutput {
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
