//! Bytecode frames.
//!
//! A frame's Python-visible state (locals, value stack, exception entries) lives in a
//! `Frame` heap chunk: `n_state` value slots (local `i` is slot `n_state - 1 - i`; the value
//! stack grows up from slot 0), then `n_exc_stack` exception entries of two words
//! (`handler | saved_height << 32 | is_finally << 47`, then the saved exception). The
//! interpreter's bookkeeping (instruction pointer, stack height, which code) lives in the
//! Rust-side `Frame` record on `Vm::frames` — the equivalent of MicroPython's C stack.
//!
//! Invariants: every slot of a frame chunk holds NULL, a valid value or a marker, so the
//! collector scans the whole chunk; a frame chunk is referenced by exactly one `Frame`
//! record, or by its generator object while suspended; frames of ordinary calls are freed
//! as soon as they return.

use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Why a frame was entered, which decides what happens when it returns.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// Called from bytecode: the result is pushed on the caller's stack.
    Normal,
    /// Called from native code: the interpreter loop returns the result.
    Entry,
    /// A generator's frame (the generator object owns the chunk).
    Generator(Value),
    /// A class's `__init__`: the result must be None and the instance is what the caller
    /// receives. The second value is the args tuple kept for a native base's deferred
    /// construction (or NULL).
    Init(Value, Value),
}

/// The Rust-side record of an active frame.
#[derive(Clone, Debug)]
pub struct Frame {
    /// The `Frame` heap chunk.
    pub chunk: usize,
    /// The `Code` object of the module the code belongs to.
    pub code: Value,
    /// The function object being run (NULL for a module body).
    pub func: Value,
    /// Offset of the function's raw code element in its source.
    pub raw_offset: u32,
    /// Pointer to the function data (prelude) in its source.
    pub data: *const u8,
    /// Length of the function data.
    pub data_len: u32,
    /// Offset of the first opcode within the function data.
    pub code_start: u32,
    /// Offset (from the first opcode) of the next instruction to run.
    pub ip: u32,
    /// Offset of the instruction being run (for tracebacks and unwinding).
    pub op_ip: u32,
    /// Value-stack height.
    pub sp: u32,
    /// Number of state slots.
    pub n_state: u32,
    /// Exception entries in use.
    pub exc_sp: u32,
    /// Exception entry capacity.
    pub n_exc: u32,
    /// The locals dict (module and class bodies) or NULL.
    pub locals: Value,
    /// The globals dict.
    pub globals: Value,
    /// Why the frame was entered.
    pub kind: FrameKind,
}

impl Frame {
    /// Marks everything the frame refers to.
    pub fn mark(&self, heap: &mut crate::heap::Heap) {
        if heap.is_stack(self.chunk) {
            heap.mark_stack_chunk(self.chunk);
        } else {
            heap.mark_index(self.chunk);
        }
        heap.mark(self.code);
        heap.mark(self.func);
        heap.mark(self.locals);
        heap.mark(self.globals);
        match self.kind {
            FrameKind::Generator(g) => heap.mark(g),
            FrameKind::Init(a, b) => {
                heap.mark(a);
                heap.mark(b);
            }
            _ => {}
        }
    }

    /// Word index of state slot 0.
    #[inline(always)]
    pub fn state_base(&self) -> usize {
        self.chunk + 1
    }

    /// Word index of exception entry 0.
    #[inline(always)]
    pub fn exc_base(&self) -> usize {
        self.chunk + 1 + self.n_state as usize
    }

    /// The function data (prelude + bytecode).
    ///
    /// The returned slice borrows the frame record, but the bytes live in a source that is
    /// never freed or changed while the VM exists.
    #[inline(always)]
    pub fn data(&self) -> &[u8] {
        // SAFETY: `data` points at `data_len` bytes of function data inside a registered
        // source: either host bytes kept alive by `Vm::sources` (never removed), or a heap
        // `RawBytes` chunk that is a permanent root and never written after loading. The
        // verifier checked the length against the source at load time.
        unsafe { std::slice::from_raw_parts(self.data, self.data_len as usize) }
    }
}

/// Allocates a frame chunk with every state slot NULL and no exception entries.
pub fn alloc_chunk(vm: &mut Vm, n_state: u32, n_exc: u32) -> PyResult<usize> {
    let words = n_state as usize + 2 * n_exc as usize;
    // State slots start NULL (unbound locals); exception entries are written before use.
    vm.alloc_filled(ObjKind::Frame, words.max(1), 0, Value::NULL.bits())
}

/// A frame's state: on the frame stack when it can be (frames that end before their
/// caller), else in a heap chunk (generator frames, which outlive the call; or a full
/// stack region).
pub fn alloc_frame(vm: &mut Vm, n_state: u32, n_exc: u32, on_stack: bool) -> PyResult<usize> {
    if on_stack {
        let words = n_state as usize + 2 * n_exc as usize;
        if let Some(c) = vm.heap.stack_alloc(words.max(1), Value::NULL.bits()) {
            return Ok(c);
        }
    }
    alloc_chunk(vm, n_state, n_exc)
}

/// Releases a frame's state (frame stack or heap).
#[inline]
pub fn free_frame(vm: &mut Vm, chunk: usize) {
    if vm.heap.is_stack(chunk) {
        vm.heap.stack_free(chunk);
    } else {
        vm.heap.free(chunk);
    }
}
