//! Unwinding for `return`, `break` and `continue` through `finally` and `with` blocks
//! (bytecode-v6.md §6.3–6.4), and finishing a frame that returns.
//!
//! Stack conventions: during a return the value is on top of the stack; during a jump the
//! target `Marker::Address` is. A finally block entered by unwinding sees that item plus a
//! `Marker::Unwind` counter on top (−1 for a return, the remaining count for a jump), and
//! its `END_FINALLY` resumes the unwinding.

use super::frame::FrameKind;
use crate::obj::exception::TYPE_ERROR;
use crate::value::{Marker, Value};
use crate::vm::{PyResult, Vm};

const EXC_FINALLY: u64 = 1 << 47;

impl Vm {
    /// Reads exception entry `e` of frame `fi`: `(handler, saved height, is_finally)`.
    #[inline]
    fn exc_entry(&self, fi: usize, e: usize) -> (u32, u32, bool) {
        let w = self.heap.word(self.frames[fi].exc_base() + 2 * e);
        (w as u32, ((w >> 32) & 0x7fff) as u32, w & EXC_FINALLY != 0)
    }

    /// Pops the top exception entry of frame `fi`.
    #[inline]
    fn pop_exc_entry(&mut self, fi: usize) {
        let f = &mut self.frames[fi];
        f.exc_sp -= 1;
        let slot = f.exc_base() + 2 * f.exc_sp as usize + 1;
        self.heap.set_value(slot, Value::NULL);
    }

    /// Abandons the pending state of an active finally block: the stack is `… S top`;
    /// S is one slot (None or an exception) or two (value/address, Unwind marker).
    fn cancel_active_finally(&mut self, fi: usize, sp: &mut usize) {
        let base = self.frames[fi].state_base();
        let top = self.heap.value(base + *sp - 1);
        let below = self.heap.value(base + *sp - 2);
        if matches!(below.as_marker(), Some(Marker::Unwind(_))) {
            self.heap.set_value(base + *sp - 3, top);
            *sp -= 2;
        } else {
            self.heap.set_value(base + *sp - 2, top);
            *sp -= 1;
        }
    }

    /// Continues a return through the exception entries of frame `fi` (the instruction at
    /// `p` is returning; the value is on top of the stack). Returns the handler to run next,
    /// or `None` when the frame may now return.
    pub(crate) fn unwind_return(&mut self, fi: usize, p: u32, sp: &mut usize) -> Option<usize> {
        while self.frames[fi].exc_sp > 0 {
            let e = self.frames[fi].exc_sp as usize - 1;
            let (handler, height, finally) = self.exc_entry(fi, e);
            if finally {
                if handler > p {
                    let base = self.frames[fi].state_base();
                    let v = self.heap.value(base + *sp - 1);
                    *sp = height as usize;
                    self.heap.set_value(base + *sp, v);
                    self.heap.set_value(base + *sp + 1, Value::marker(Marker::Unwind(-1)));
                    *sp += 2;
                    return Some(handler as usize);
                }
                self.cancel_active_finally(fi, sp);
            }
            self.pop_exc_entry(fi);
        }
        None
    }

    /// Continues a break/continue with counter `cnt` (the instruction at `p`; the target
    /// address is on top of the stack). Returns the handler to run next, or `None` when the
    /// unwinding is complete (the caller pops the address and jumps).
    pub(crate) fn unwind_jump(&mut self, fi: usize, cnt: u32, p: u32, sp: &mut usize) -> Option<usize> {
        let mut cnt = cnt;
        while cnt & 0x7f != 0 {
            cnt -= 1;
            if self.frames[fi].exc_sp == 0 {
                break;
            }
            let e = self.frames[fi].exc_sp as usize - 1;
            let (handler, _height, finally) = self.exc_entry(fi, e);
            if finally {
                if handler > p {
                    let base = self.frames[fi].state_base();
                    self.heap.set_value(base + *sp, Value::marker(Marker::Unwind(cnt as i32)));
                    *sp += 1;
                    return Some(handler as usize);
                }
                self.cancel_active_finally(fi, sp);
            }
            self.pop_exc_entry(fi);
        }
        None
    }

    /// Pops frame `fi` after it returned `v`, freeing its chunk (unless a generator owns
    /// it), and returns what its caller receives.
    pub(crate) fn finish_frame(&mut self, fi: usize, v: Value) -> PyResult<Value> {
        let f = self.frames.pop().expect("frame to finish");
        debug_assert_eq!(self.frames.len(), fi);
        match f.kind {
            FrameKind::Generator(g) => {
                super::generator::finish(self, g);
                Ok(v)
            }
            FrameKind::Init(inst, args) => {
                super::frame::free_frame(self, f.chunk);
                if !v.is_none() {
                    let t = crate::runtime::types::type_name(self, v);
                    return Err(self.raise_fmt(&TYPE_ERROR, format_args!("__init__() should return None, not '{t}'")));
                }
                crate::obj::class::finish_native_base(self, inst, args)?;
                Ok(inst)
            }
            FrameKind::Normal | FrameKind::Entry => {
                super::frame::free_frame(self, f.chunk);
                Ok(v)
            }
        }
    }
}
