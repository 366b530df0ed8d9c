//! Raising: turning an exception raised in a bytecode frame into a jump to its handler, or
//! into leaving the frame (bytecode-v6.md §6.1), with traceback entries added on the way.
//!
//! Invariant: when a handler takes the exception, the frame's stack is truncated to the
//! handler's saved height and the exception is pushed; when no handler does, the frame is
//! popped and its state released.

use super::code::{op, Prelude};
use super::frame::FrameKind;
use super::run::{exc_handler, exc_height};
use crate::obj::exception::{self, TYPE_ERROR};
use crate::obj::function;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Unwinds the in-flight exception from frame `fi` (raised at `at`) through the frame
    /// stack. Returns `Ok(true)` when a handler took it (the loop continues in the top
    /// frame) and `Ok(false)` when the entry frame was left (the caller returns `Raised`).
    pub(super) fn unwind_exception(
        &mut self,
        fi: usize,
        at: usize,
        from_throw: bool,
        entry_depth: usize,
    ) -> PyResult<bool> {
        let (mut fi, mut at, mut from_throw) = (fi, at, from_throw);
        loop {
            if self.handle_exception(fi, at, from_throw) {
                return Ok(true);
            }
            // Frame `fi` was popped.
            if self.frames.len() < entry_depth {
                return Ok(false);
            }
            fi = self.frames.len() - 1;
            at = self.frames[fi].op_ip as usize;
            from_throw = false;
        }
    }

    /// Turns the operand of `raise` into an exception instance.
    pub(super) fn make_raisable(&mut self, e: Value) -> PyResult<Value> {
        if exception::is_exception(self, e) {
            return Ok(e);
        }
        if crate::runtime::types::is_exception_class(self, e) {
            let inst = self.call(e, &[], &[])?;
            if exception::is_exception(self, inst) {
                return Ok(inst);
            }
        }
        Err(self.raise_msg(&TYPE_ERROR, "exceptions must derive from BaseException"))
    }

    /// Adds the traceback entry for frame `fi` at bytecode offset `at`.
    pub(crate) fn add_traceback_for(&mut self, fi: usize, at: u32) {
        let f = &self.frames[fi];
        let data = f.data();
        let prelude = Prelude::decode(data);
        let line = prelude.line_for(data, at);
        let (code, name_index) = (f.code, prelude.name_index(data) as usize);
        // Interning can only fail when the heap is full; the traceback then shows `?`.
        let name = function::code_qstr(self, code, name_index)
            .unwrap_or_else(|| crate::qstr::find_static(b"?").unwrap_or(crate::qstr::Qstr(1)));
        let file = function::code_qstr(self, code, 0)
            .unwrap_or_else(|| crate::qstr::find_static(b"?").unwrap_or(crate::qstr::Qstr(1)));
        let exc = self.exc;
        exception::add_traceback(self, exc, file, line, name);
    }

    /// Handles the in-flight exception in frame `fi`, raised by the instruction at `at`.
    /// Returns `true` if a handler in this frame takes it (the frame record is updated to
    /// resume there), `false` if the frame was popped and the exception propagates.
    pub(super) fn handle_exception(&mut self, fi: usize, at: usize, from_throw: bool) -> bool {
        let exc = self.exc;
        let data = self.frames[fi].data();
        let code_start = self.frames[fi].code_start as usize;
        let opcode = data.get(code_start + at).copied().unwrap_or(0);
        // Rule 1 of §6.1: StopIteration at FOR_ITER ends the loop; at YIELD_FROM it
        // delivers the return value.
        if !from_throw && crate::runtime::types::is_stop_iteration(self, exc) {
            if opcode == op::FOR_ITER {
                let mut pos = code_start + at + 1;
                let b0 = data.get(pos).copied().unwrap_or(0) as usize;
                pos += 1;
                let off = if b0 & 0x80 == 0 {
                    b0
                } else {
                    let b1 = data.get(pos).copied().unwrap_or(0) as usize;
                    pos += 1;
                    (b0 & 0x7f) | b1 << 7
                };
                let f = &mut self.frames[fi];
                f.sp -= 4;
                f.ip = (pos - code_start + off) as u32;
                self.exc = Value::NULL;
                return true;
            }
            if opcode == op::YIELD_FROM {
                let value = crate::runtime::types::stop_iteration_value(self, exc);
                let f = &self.frames[fi];
                let slot = f.state_base() + f.sp as usize - 1;
                self.heap.set_value(slot, value);
                self.frames[fi].ip = at as u32 + 1;
                self.exc = Value::NULL;
                return true;
            }
        }
        let exc = self.exc;
        let reraise = opcode == op::END_FINALLY || opcode == op::RAISE_LAST;
        let closing = from_throw && crate::runtime::types::is_generator_exit(self, exc);
        if !reraise && !closing {
            self.add_traceback_for(fi, at as u32);
        }
        if self.find_handler(fi, at as u32) {
            return true;
        }
        self.pop_frame_after_exception(fi);
        false
    }

    /// Looks for a handler in frame `fi` for the in-flight exception raised at `at`.
    pub(super) fn find_handler(&mut self, fi: usize, at: u32) -> bool {
        let exc = self.exc;
        let exc_base = self.frames[fi].exc_base();
        loop {
            let n = self.frames[fi].exc_sp as usize;
            if n == 0 {
                return false;
            }
            let e = n - 1;
            let w = self.heap.word(exc_base + 2 * e);
            if exc_handler(w) <= at {
                // Active entry: drop it.
                self.heap.set_value(exc_base + 2 * e + 1, Value::NULL);
                self.frames[fi].exc_sp -= 1;
                continue;
            }
            let height = exc_height(w);
            let f = &mut self.frames[fi];
            f.sp = height + 1;
            f.ip = exc_handler(w);
            let slot = f.state_base() + height as usize;
            self.heap.set_value(exc_base + 2 * e + 1, exc);
            self.heap.set_value(slot, exc);
            self.exc = Value::NULL;
            return true;
        }
    }

    /// Pops a frame that an exception is leaving.
    pub(super) fn pop_frame_after_exception(&mut self, fi: usize) {
        let f = self.frames.pop().expect("frame to pop");
        debug_assert_eq!(self.frames.len(), fi);
        match f.kind {
            FrameKind::Generator(g) => crate::interp::generator::finish(self, g),
            _ => super::frame::free_frame(self, f.chunk),
        }
    }
}
