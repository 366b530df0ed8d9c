//! The `Vm`: the heap, the qstr pool, the sources, the call stack and the interpreter's
//! global state, plus GC-aware allocation.
//!
//! Rooting discipline (the heap collects only inside `Vm::alloc`): every `Value` that must
//! survive an allocation is reachable from a root: a frame's state (the whole state array
//! of every live frame is scanned, so values popped from the value stack stay rooted until
//! overwritten), the `temps` stack (native code pushes intermediate values there with
//! `push_temp` and truncates back with `pop_temps`), a field of the `Vm` listed in
//! `mark_roots`, or an object reachable from those. Native functions' arguments are rooted
//! by their caller.

use crate::heap::{Heap, HeapStats, ObjKind};
use crate::interp::frame::Frame;
use crate::qstr::{Pool, Qstr};
use crate::source::{Source, Sources};
use crate::value::Value;
use std::io::Write;

/// Marker error: a Python exception is in flight; it is stored in `Vm::exc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

/// The result of any operation that may raise a Python exception.
pub type PyResult<T> = Result<T, Raised>;

/// Settings a VM is created with.
#[derive(Clone, Debug)]
pub struct Config {
    /// Heap capacity in bytes (`-X heapsize`).
    pub heap_size: usize,
    /// Maximum depth of nested Python frames.
    pub max_frames: usize,
    /// Bytes of Rust stack the VM may use for native re-entry before raising RuntimeError.
    pub stack_budget: usize,
    /// Diagnostic: give every loaded module wide (u32) qstr tables, as modules loaded after
    /// the pool passed 2^15 names get anyway (tests use it to run that path cheaply).
    pub wide_qstr_tables: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config { heap_size: 2 * 1024 * 1024, max_frames: 1000, stack_budget: 64 * 1024 * 1024, wide_qstr_tables: false }
    }
}

/// The virtual machine.
pub struct Vm {
    pub heap: Heap,
    pub pool: Pool,
    pub sources: Sources,
    pub config: Config,
    /// Temporary roots for native code.
    pub temps: Vec<Value>,
    /// The call stack of bytecode frames.
    pub frames: Vec<Frame>,
    /// The exception in flight (meaningful only while a `Raised` propagates).
    pub exc: Value,
    /// The preallocated MemoryError instance, raised when the heap is exhausted.
    pub memory_error: Value,
    /// `sys.modules`.
    pub modules: Value,
    /// `sys.path`.
    pub sys_path: Value,
    /// `sys.argv`.
    pub sys_argv: Value,
    /// Automatic collection enabled (`gc.enable`/`gc.disable`).
    pub gc_enabled: bool,
    /// `micropython.heap_lock` depth: while non-zero, allocation raises MemoryError.
    pub heap_locked: u32,
    /// Where `print` writes.
    pub stdout: Box<dyn Write>,
    /// Where tracebacks and warnings go.
    pub stderr: Box<dyn Write>,
    /// Address of a local in the outermost VM entry (for the stack-depth check).
    pub stack_base: usize,
    /// Deepest stack use seen, in bytes.
    pub stack_peak: usize,
    /// State of the `random` module's generator (0: not seeded yet).
    pub random_state: u64,
    /// Callbacks queued by `micropython.schedule`: (function, argument) pairs, run at the
    /// next jump instruction or when the main program ends.
    pub scheduled: Vec<(Value, Value)>,
    /// `micropython.opt_level()`.
    pub opt_level: i64,
    /// The flash image the program was booted from (for the `ota` module).
    pub flash: Option<crate::modules::ota::FlashHost>,
    /// Python block devices behind `vfs.VfsFat` volumes, with their shadow buffers.
    pub py_block_devices: Vec<(Value, std::rc::Rc<std::cell::RefCell<crate::vfs::pyblock::Shadow>>)>,
    /// Inline caches for name and attribute lookups (RAM outside the heap).
    pub caches: crate::interp::cache::Caches,
    /// Other permanent roots (loaded code objects, the main module).
    pub extra_roots: Vec<Value>,
    /// Where non-builtin modules come from.
    pub importer: Option<std::rc::Rc<dyn crate::runtime::import::Importer>>,
    /// The mount table.
    pub vfs: crate::vfs::Vfs,
    /// While running a module as `__main__`: the module name to look up on the path.
    pub main_alias: Option<String>,
    /// Open files (indexed by the handle in a file object).
    pub files: Vec<Option<crate::vfs::file::OpenFile>>,
    /// Filesystem objects created from Python (`vfs.VfsRom(...)` etc.).
    pub filesystems: Vec<std::rc::Rc<dyn crate::vfs::FileSystem>>,
}

impl Vm {
    /// A VM with an empty heap of `config.heap_size` bytes, writing to the process's
    /// stdout and stderr.
    pub fn new(config: Config) -> Vm {
        Self::with_output(config, Box::new(std::io::stdout()), Box::new(std::io::stderr()))
    }

    /// A VM writing to the given sinks.
    pub fn with_output(config: Config, stdout: Box<dyn Write>, stderr: Box<dyn Write>) -> Vm {
        let heap = Heap::new(config.heap_size);
        let mut vm = Vm {
            heap,
            pool: Pool::default(),
            sources: Sources::default(),
            config,
            temps: Vec::new(),
            frames: Vec::new(),
            exc: Value::NULL,
            memory_error: Value::NULL,
            modules: Value::NULL,
            sys_path: Value::NULL,
            sys_argv: Value::NULL,
            gc_enabled: true,
            heap_locked: 0,
            stdout,
            stderr,
            stack_base: 0,
            stack_peak: 0,
            caches: Default::default(),
            random_state: 0,
            scheduled: Vec::new(),
            opt_level: 0,
            flash: None,
            py_block_devices: Vec::new(),
            extra_roots: Vec::new(),
            importer: None,
            vfs: Default::default(),
            main_alias: None,
            files: Vec::new(),
            filesystems: Vec::new(),
        };
        vm.init_runtime();
        vm
    }

    /// Creates the objects every VM needs (MemoryError instance, sys state).
    fn init_runtime(&mut self) {
        // These allocations are tiny; a heap too small for them is a configuration error
        // that surfaces as MemoryError on first use.
        self.memory_error =
            crate::obj::exception::new_bare(self, &crate::obj::exception::MEMORY_ERROR).unwrap_or(Value::NULL);
        self.modules = crate::obj::dict::new(self, 8).unwrap_or(Value::NULL);
        self.sys_path = crate::obj::list::new(self, 0).unwrap_or(Value::NULL);
        self.sys_argv = crate::obj::list::new(self, 0).unwrap_or(Value::NULL);
        self.exc = Value::NULL;
    }

    // ---- allocation ----

    /// Allocates a chunk, collecting garbage if the heap is full. Raises MemoryError if it
    /// still does not fit.
    #[inline]
    pub fn alloc(&mut self, kind: ObjKind, payload_words: usize, aux: u16) -> PyResult<usize> {
        self.alloc_filled(kind, payload_words, aux, 0)
    }

    /// Like `alloc`, with every payload word set to `fill`.
    #[inline]
    pub fn alloc_filled(&mut self, kind: ObjKind, payload_words: usize, aux: u16, fill: u64) -> PyResult<usize> {
        #[cfg(feature = "gc-stress")]
        if self.heap_locked == 0 && self.gc_enabled {
            self.collect();
        }
        if self.heap_locked == 0 {
            if let Some(i) = self.heap.alloc_filled(kind, payload_words, aux, fill) {
                return Ok(i);
            }
        }
        self.alloc_slow(kind, payload_words, aux, fill)
    }

    #[cold]
    fn alloc_slow(&mut self, kind: ObjKind, payload_words: usize, aux: u16, fill: u64) -> PyResult<usize> {
        if self.heap_locked == 0 && self.gc_enabled {
            self.collect();
            if let Some(i) = self.heap.alloc_filled(kind, payload_words, aux, fill) {
                return Ok(i);
            }
        }
        Err(self.raise_memory_error())
    }

    /// Raises the preallocated MemoryError.
    #[cold]
    pub fn raise_memory_error(&mut self) -> Raised {
        let e = self.memory_error;
        if e.is_heap() {
            crate::obj::exception::clear_traceback(self, e);
        }
        self.exc = e;
        Raised
    }

    /// Runs the callbacks queued by `micropython.schedule` (each once, in order).
    pub fn run_scheduled(&mut self) -> PyResult<()> {
        while !self.scheduled.is_empty() {
            let (f, a) = self.scheduled.remove(0);
            let mark = self.push_temps(&[f, a]);
            let r = self.call(f, &[a], &[]);
            self.pop_temps(mark);
            r?;
        }
        Ok(())
    }

    /// Runs a full collection.
    pub fn collect(&mut self) -> usize {
        self.caches.clear();
        self.heap.begin_collection();
        self.mark_roots();
        let freed = self.heap.finish_collection();
        if !self.files.is_empty() {
            crate::vfs::file::finalize_dead(self);
        }
        freed
    }

    fn mark_roots(&mut self) {
        let heap = &mut self.heap;
        for v in &self.temps {
            heap.mark(*v);
        }
        for f in &self.frames {
            f.mark(heap);
        }
        for v in [self.exc, self.memory_error, self.modules, self.sys_path, self.sys_argv] {
            heap.mark(v);
        }
        for (f, a) in &self.scheduled {
            heap.mark(*f);
            heap.mark(*a);
        }
        for (dev, _) in &self.py_block_devices {
            heap.mark(*dev);
        }
        self.pool.mark(heap);
        for s in self.sources.iter() {
            if let Source::Heap { index, .. } = s {
                heap.mark_index(*index);
            }
        }
        crate::runtime::extra_roots(self);
    }

    /// Heap statistics.
    pub fn heap_stats(&self) -> HeapStats {
        self.heap.stats()
    }

    // ---- temp roots ----

    /// Roots every heap value of `items` until `pop_temps(mark)`; returns `mark`. For
    /// constructors whose inputs may be referenced only from Rust locals.
    #[inline]
    pub fn push_temps(&mut self, items: &[Value]) -> usize {
        let mark = self.temps.len();
        self.temps.extend(items.iter().copied().filter(|v| v.is_heap()));
        mark
    }

    /// Roots `v` until `pop_temps` truncates below it; returns its position.
    #[inline]
    pub fn push_temp(&mut self, v: Value) -> usize {
        self.temps.push(v);
        self.temps.len() - 1
    }

    /// Drops temp roots back to `len`.
    #[inline]
    pub fn pop_temps(&mut self, len: usize) {
        self.temps.truncate(len);
    }

    // ---- qstrs ----

    /// Interns a string (copying it into the heap if it is new).
    pub fn intern(&mut self, text: &[u8]) -> PyResult<Qstr> {
        if let Some(q) = self.pool.intern_copy(&mut self.heap, &self.sources, text) {
            return Ok(q);
        }
        if self.gc_enabled && self.heap_locked == 0 {
            self.collect();
            if let Some(q) = self.pool.intern_copy(&mut self.heap, &self.sources, text) {
                return Ok(q);
            }
        }
        Err(self.raise_memory_error())
    }

    /// The text of a qstr.
    #[inline]
    pub fn qstr_bytes(&self, q: Qstr) -> &[u8] {
        self.pool.bytes(&self.heap, &self.sources, q)
    }

    /// The text of a qstr as `&str` (qstrs are always valid UTF-8).
    #[inline]
    pub fn qstr_str(&self, q: Qstr) -> &str {
        std::str::from_utf8(self.qstr_bytes(q)).unwrap_or("?")
    }

    /// The hash of a qstr.
    #[inline]
    pub fn qstr_hash(&self, q: Qstr) -> u32 {
        self.pool.hash(&self.heap, &self.sources, q)
    }

    // ---- stack depth ----

    /// Records the current Rust stack position as the base for depth checks (called at the
    /// outermost entry into the VM).
    pub fn mark_stack_base(&mut self) {
        let here = 0u8;
        self.stack_base = &here as *const u8 as usize;
    }

    /// Raises RuntimeError if native re-entry has used more than the stack budget.
    #[inline]
    pub fn check_stack(&mut self) -> PyResult<()> {
        let here = 0u8;
        let addr = &here as *const u8 as usize;
        let used = self.stack_base.saturating_sub(addr);
        if used > self.stack_peak {
            self.stack_peak = used;
        }
        if used > self.config.stack_budget {
            return Err(self.raise_msg(&crate::obj::exception::RUNTIME_ERROR, "maximum recursion depth exceeded"));
        }
        Ok(())
    }
}
