//! The bytecode loop.
//!
//! One loop runs every bytecode frame of a call chain: a Python-to-Python call pushes a
//! frame record and continues the loop, a return pops it, so Python recursion never
//! recurses on the Rust stack. Native code that calls Python re-enters the loop through
//! `Vm::call`, and the loop returns when the frame it was entered for finishes
//! (`entry_depth`).
//!
//! Register discipline: while a frame runs, its instruction pointer and stack height are
//! kept in locals (`ip`, `sp`) and written back to the frame record (`sync!`) before
//! anything that reads the frame stack (calls that push frames, yields, exception
//! handling). The state slots are written through a raw pointer into the frame chunk
//! (`st`), which is valid because the heap never moves and the chunk stays allocated while
//! the frame is on the stack.
//!
//! Invariants relied on: the verifier has checked every operand, jump target, local index
//! and the maximum stack depth against `n_state`. State-slot indices are still clamped (an
//! out-of-range index reaches a scratch word), so even a crafted file stays inside its
//! frame; the `checked` feature turns that clamp into an assertion. Raising and handler
//! lookup are in `raise`, return/break unwinding in `unwind`.

use super::code::op;
use super::frame::FrameKind;
use crate::obj::exception::{self, RUNTIME_ERROR};
use crate::obj::{function, list, tuple};
use crate::qstr::Qstr;
use crate::value::{Marker, Value};
use crate::vm::{PyResult, Raised, Vm};

/// How a run of the loop ended.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The entry frame returned this value.
    Return(Value),
    /// The entry frame (a generator's) yielded this value.
    Yield(Value),
}

const EXC_FINALLY: u64 = 1 << 47;

#[inline(always)]
fn exc_entry(handler: u32, height: u32, finally: bool) -> u64 {
    handler as u64 | (height as u64) << 32 | if finally { EXC_FINALLY } else { 0 }
}

#[inline(always)]
pub(super) fn exc_handler(w: u64) -> u32 {
    w as u32
}

#[inline(always)]
pub(super) fn exc_height(w: u64) -> u32 {
    ((w >> 32) & 0x7fff) as u32
}

impl Vm {
    /// Runs frames until the frame at index `entry_depth - 1` finishes. If `pending` is set,
    /// that exception is raised in the top frame first (generator `throw`).
    pub fn run_frames(&mut self, entry_depth: usize, pending: Option<Value>) -> PyResult<Outcome> {
        let mut pending = pending;
        'frame: loop {
            let fi = self.frames.len() - 1;
            let (bc, st, n_state, exc_base) = {
                let f = &self.frames[fi];
                // SAFETY: `data` points at `data_len` bytes of function data (see
                // `Frame::data`); `code_start <= data_len` was checked by the verifier.
                let bc = unsafe { f.data.add(f.code_start as usize) };
                (bc, self.heap.ptr(f.state_base()), f.n_state as usize, f.exc_base())
            };
            let mut ip = self.frames[fi].ip as usize;
            let mut sp = self.frames[fi].sp as usize;
            let mut op_ip = ip;

            // Where an out-of-range slot access goes instead of outside the frame. The
            // verifier keeps valid code in range; this keeps even a crafted file that slips
            // past its lower-bound check (see `mpy::verify`) inside memory it owns.
            let mut scratch: u64 = 0;
            let scratch_ptr: *mut u64 = &mut scratch;
            macro_rules! slot {
                ($i:expr) => {{
                    let i: usize = $i;
                    #[cfg(feature = "checked")]
                    assert!(i < n_state, "state slot out of range");
                    if i < n_state {
                        st.wrapping_add(i)
                    } else {
                        scratch_ptr
                    }
                }};
            }
            macro_rules! get {
                ($i:expr) => {
                    // SAFETY: `slot!` yields a pointer to one of the chunk's n_state slots (the
                    // chunk stays allocated while its frame runs) or to `scratch`.
                    Value::from_bits(unsafe { *slot!($i) })
                };
            }
            macro_rules! put {
                ($i:expr, $v:expr) => {{
                    let v: Value = $v;
                    // SAFETY: as in `get!`.
                    unsafe { *slot!($i) = v.bits() }
                }};
            }
            macro_rules! push {
                ($v:expr) => {{
                    put!(sp, $v);
                    sp = sp.wrapping_add(1);
                }};
            }
            macro_rules! pop {
                () => {{
                    sp = sp.wrapping_sub(1);
                    get!(sp)
                }};
            }
            macro_rules! top {
                () => {
                    get!(sp.wrapping_sub(1))
                };
            }
            macro_rules! set_top {
                ($v:expr) => {
                    put!(sp.wrapping_sub(1), $v)
                };
            }
            macro_rules! local {
                ($n:expr) => {
                    n_state - 1 - ($n as usize)
                };
            }
            macro_rules! byte {
                () => {{
                    // SAFETY: the verifier checked that every operand lies inside the
                    // bytecode.
                    let b = unsafe { *bc.add(ip) };
                    ip += 1;
                    b
                }};
            }
            macro_rules! uint {
                () => {{
                    let mut v: usize = 0;
                    loop {
                        let b = byte!();
                        v = (v << 7) | (b & 0x7f) as usize;
                        if b & 0x80 == 0 {
                            break v;
                        }
                    }
                }};
            }
            macro_rules! uoff {
                () => {{
                    let b0 = byte!() as usize;
                    if b0 & 0x80 == 0 {
                        b0
                    } else {
                        (b0 & 0x7f) | (byte!() as usize) << 7
                    }
                }};
            }
            macro_rules! soff {
                () => {{
                    let b0 = byte!() as isize;
                    if b0 & 0x80 == 0 {
                        b0 - 0x40
                    } else {
                        ((b0 & 0x7f) | (byte!() as isize) << 7) - 0x4000
                    }
                }};
            }
            macro_rules! qstr {
                () => {{
                    let k = uint!();
                    tri!(self.frame_qstr(fi, k))
                }};
            }
            macro_rules! sync {
                () => {{
                    let f = &mut self.frames[fi];
                    f.ip = ip as u32;
                    f.sp = sp as u32;
                    f.op_ip = op_ip as u32;
                }};
            }

            macro_rules! return_value {
                ($v:expr) => {{
                    let v: Value = $v;
                    match self.finish_frame(fi, v) {
                        Ok(r) => {
                            if fi + 1 == entry_depth {
                                return Ok(Outcome::Return(r));
                            }
                            let c = self.frames.last_mut().expect("caller frame");
                            let slot = c.state_base() + c.sp as usize;
                            c.sp += 1;
                            self.heap.set_value(slot, r);
                            continue 'frame;
                        }
                        Err(Raised) => {
                            if fi + 1 == entry_depth {
                                return Err(Raised);
                            }
                            let ci = self.frames.len() - 1;
                            let at = self.frames[ci].op_ip as usize;
                            if self.unwind_exception(ci, at, false, entry_depth)? {
                                continue 'frame;
                            }
                            return Err(Raised);
                        }
                    }
                }};
            }

            // The exception to handle, if any, comes from `pending` (a throw into a
            // generator) or from the dispatch loop breaking out.
            let mut from_throw = false;
            if let Some(e) = pending.take() {
                self.exc = e;
                from_throw = true;
            }

            'dispatch: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(Raised) => break 'dispatch,
                        }
                    };
                }
                macro_rules! raise {
                    ($r:expr) => {{
                        let _: Raised = $r;
                        break 'dispatch;
                    }};
                }
                if from_throw {
                    // SAFETY: a suspended generator's ip is at an instruction inside the
                    // bytecode.
                    let at_yield_from = unsafe { *bc.add(ip) } == op::YIELD_FROM;
                    if !at_yield_from {
                        break 'dispatch;
                    }
                    // A throw into a generator suspended in `yield from` goes to the inner
                    // iterator first (PEP 380); only what it raises comes back here.
                    from_throw = false;
                    op_ip = ip;
                    let thrown = self.exc;
                    self.exc = Value::NULL;
                    let _yielded = pop!();
                    let it = top!();
                    sync!();
                    match tri!(crate::runtime::iter::delegate(self, it, Value::NONE, Some(thrown))) {
                        Outcome::Yield(y) => {
                            push!(y);
                            sync!();
                            super::generator::suspend(self, fi);
                            return Ok(Outcome::Yield(y));
                        }
                        Outcome::Return(r) => {
                            set_top!(r);
                            ip += 1;
                        }
                    }
                }
                op_ip = ip;
                let opcode = byte!();
                match opcode {
                    op::LOAD_CONST_FALSE => push!(Value::FALSE),
                    op::LOAD_CONST_NONE => push!(Value::NONE),
                    op::LOAD_CONST_TRUE => push!(Value::TRUE),
                    op::LOAD_NULL => push!(Value::NULL),
                    0x70..=0xaf => push!(Value::int_unchecked(opcode as i64 - 0x80)),
                    op::LOAD_CONST_SMALL_INT => {
                        let b0 = byte!();
                        let mut v: i64 = if b0 & 0x40 != 0 { -1 } else { 0 };
                        v = (v << 7) | (b0 & 0x7f) as i64;
                        let mut b = b0;
                        while b & 0x80 != 0 {
                            b = byte!();
                            v = (v << 7) | (b & 0x7f) as i64;
                        }
                        push!(tri!(self.new_int(v)));
                    }
                    op::LOAD_CONST_STRING => {
                        let q = qstr!();
                        push!(Value::qstr(q.0));
                    }
                    op::LOAD_CONST_OBJ => {
                        let k = uint!();
                        let c = self.frames[fi].code;
                        push!(function::code_const(self, c, k));
                    }
                    0xb0..=0xbf => {
                        let v = get!(local!(opcode - 0xb0));
                        if v.is_null() {
                            raise!(self.raise_unbound_local());
                        }
                        push!(v);
                    }
                    op::LOAD_FAST_N => {
                        let n = uint!();
                        let v = get!(local!(n));
                        if v.is_null() {
                            raise!(self.raise_unbound_local());
                        }
                        push!(v);
                    }
                    0xc0..=0xcf => {
                        let v = pop!();
                        put!(local!(opcode - 0xc0), v);
                    }
                    op::STORE_FAST_N => {
                        let n = uint!();
                        let v = pop!();
                        put!(local!(n), v);
                    }
                    op::DELETE_FAST => {
                        let n = uint!();
                        if get!(local!(n)).is_null() {
                            raise!(self.raise_unbound_local());
                        }
                        put!(local!(n), Value::NULL);
                    }
                    op::LOAD_DEREF => {
                        let n = uint!();
                        let v = function::cell_get(self, get!(local!(n)));
                        if v.is_null() {
                            raise!(self.raise_unbound_local());
                        }
                        push!(v);
                    }
                    op::STORE_DEREF => {
                        let n = uint!();
                        let v = pop!();
                        let cell = get!(local!(n));
                        function::cell_set(self, cell, v);
                    }
                    op::DELETE_DEREF => {
                        let n = uint!();
                        let cell = get!(local!(n));
                        if function::cell_get(self, cell).is_null() {
                            raise!(self.raise_unbound_local());
                        }
                        function::cell_set(self, cell, Value::NULL);
                    }
                    op::LOAD_NAME => {
                        let q = qstr!();
                        let v = tri!(self.load_name(fi, q));
                        push!(v);
                    }
                    op::LOAD_GLOBAL => {
                        let q = qstr!();
                        let site = bc as usize + op_ip;
                        let v = tri!(self.load_global(fi, q, site));
                        push!(v);
                    }
                    op::STORE_NAME => {
                        let q = qstr!();
                        let v = pop!();
                        let d = self.frames[fi].locals;
                        tri!(crate::runtime::attr::store_in_namespace(self, d, q, v));
                    }
                    op::STORE_GLOBAL => {
                        let q = qstr!();
                        let v = pop!();
                        let d = self.frames[fi].globals;
                        tri!(crate::obj::dict::set_qstr(self, d, q, v));
                    }
                    op::DELETE_NAME | op::DELETE_GLOBAL => {
                        let q = qstr!();
                        let d =
                            if opcode == op::DELETE_NAME { self.frames[fi].locals } else { self.frames[fi].globals };
                        let removed = tri!(crate::runtime::attr::delete_from_namespace(self, d, q));
                        if !removed {
                            let k = Value::qstr(q.0);
                            raise!(self.raise_with(&exception::KEY_ERROR, k));
                        }
                    }
                    op::LOAD_ATTR => {
                        let q = qstr!();
                        let o = top!();
                        let site = bc as usize + op_ip;
                        let v = tri!(crate::runtime::attr::load_attr_at(self, o, q, site));
                        set_top!(v);
                    }
                    op::LOAD_METHOD => {
                        let q = qstr!();
                        let o = top!();
                        let site = bc as usize + op_ip;
                        let (m, s) = tri!(crate::runtime::attr::load_method_at(self, o, q, site));
                        set_top!(m);
                        push!(s);
                    }
                    op::LOAD_SUPER_METHOD => {
                        let q = qstr!();
                        let self_ = pop!();
                        let cls = pop!();
                        let (m, s) = tri!(crate::runtime::attr::load_super_method(self, cls, self_, q));
                        set_top!(m);
                        push!(s);
                    }
                    op::STORE_ATTR => {
                        let q = qstr!();
                        let o = pop!();
                        let v = pop!();
                        if v.is_null() {
                            tri!(crate::runtime::attr::delete_attr(self, o, q));
                        } else {
                            let site = bc as usize + op_ip;
                            tri!(crate::runtime::attr::store_attr_at(self, o, q, v, site));
                        }
                    }
                    op::LOAD_SUBSCR => {
                        let idx = pop!();
                        let o = top!();
                        let v = tri!(crate::runtime::subscr::get_item(self, o, idx));
                        set_top!(v);
                    }
                    op::STORE_SUBSCR => {
                        let idx = pop!();
                        let o = pop!();
                        let v = pop!();
                        if v.is_null() {
                            tri!(crate::runtime::subscr::del_item(self, o, idx));
                        } else {
                            tri!(crate::runtime::subscr::set_item(self, o, idx, v));
                        }
                    }
                    op::DUP_TOP => {
                        let v = top!();
                        push!(v);
                    }
                    op::DUP_TOP_TWO => {
                        let a = get!(sp.wrapping_sub(2));
                        let b = get!(sp.wrapping_sub(1));
                        push!(a);
                        push!(b);
                    }
                    op::POP_TOP => {
                        sp = sp.wrapping_sub(1);
                    }
                    op::ROT_TWO => {
                        let a = get!(sp.wrapping_sub(1));
                        let b = get!(sp.wrapping_sub(2));
                        put!(sp.wrapping_sub(1), b);
                        put!(sp.wrapping_sub(2), a);
                    }
                    op::ROT_THREE => {
                        let c = get!(sp.wrapping_sub(1));
                        let b = get!(sp.wrapping_sub(2));
                        let a = get!(sp.wrapping_sub(3));
                        put!(sp.wrapping_sub(3), c);
                        put!(sp.wrapping_sub(2), a);
                        put!(sp.wrapping_sub(1), b);
                    }
                    0xd0..=0xd3 => {
                        let v = top!();
                        let r = tri!(crate::runtime::binop::unary_op(self, opcode - 0xd0, v));
                        set_top!(r);
                    }
                    0xd7..=0xf9 => {
                        let rhs = pop!();
                        let lhs = top!();
                        let bop = opcode - 0xd7;
                        let r = match crate::runtime::binop::small_int_fast(bop, lhs, rhs) {
                            Some(r) => r,
                            None => tri!(crate::runtime::binop::binary_op(self, bop, lhs, rhs)),
                        };
                        set_top!(r);
                    }
                    op::BUILD_TUPLE => {
                        let n = uint!();
                        let t = tri!(tuple::alloc(self, n));
                        for k in 0..n {
                            let v = get!(sp.wrapping_sub(n).wrapping_add(k));
                            tuple::set(self, t, k, v);
                        }
                        sp = sp.wrapping_sub(n);
                        push!(t);
                    }
                    op::BUILD_LIST => {
                        let n = uint!();
                        let l = tri!(list::new(self, n));
                        for k in 0..n {
                            let v = get!(sp.wrapping_sub(n).wrapping_add(k));
                            tri!(list::push(self, l, v));
                        }
                        sp = sp.wrapping_sub(n);
                        push!(l);
                    }
                    op::BUILD_MAP => {
                        let n = uint!();
                        let d = tri!(crate::obj::dict::new(self, n));
                        push!(d);
                    }
                    op::STORE_MAP => {
                        let k = pop!();
                        let v = pop!();
                        let d = top!();
                        tri!(crate::obj::dict::set_item(self, d, k, v));
                    }
                    op::BUILD_SET => {
                        let n = uint!();
                        let s = tri!(crate::obj::set::new(self, n));
                        // Root the set while adding (the items stay rooted in their slots).
                        let mark = self.push_temp(s);
                        for k in 0..n {
                            let v = get!(sp.wrapping_sub(n).wrapping_add(k));
                            if let Err(e) = crate::obj::set::add(self, s, v) {
                                self.pop_temps(mark);
                                raise!(e);
                            }
                        }
                        self.pop_temps(mark);
                        sp = sp.wrapping_sub(n);
                        push!(s);
                    }
                    op::BUILD_SLICE => {
                        let n = uint!();
                        let step = if n == 3 { pop!() } else { Value::NONE };
                        let stop = pop!();
                        let start = top!();
                        let s = tri!(crate::obj::record::new(
                            self,
                            crate::obj::record::Record::Slice,
                            &[start, stop, step]
                        ));
                        set_top!(s);
                    }
                    op::STORE_COMP => {
                        let a = uint!();
                        let kind = a & 3;
                        let k = a >> 2;
                        let coll = get!(sp.wrapping_sub(1).wrapping_sub(k));
                        match kind {
                            0 => {
                                let v = pop!();
                                tri!(list::push(self, coll, v));
                            }
                            1 => {
                                let key = pop!();
                                let v = pop!();
                                tri!(crate::obj::dict::set_item(self, coll, key, v));
                            }
                            _ => {
                                let v = pop!();
                                tri!(crate::obj::set::add(self, coll, v));
                            }
                        }
                    }
                    op::UNPACK_SEQUENCE => {
                        let n = uint!();
                        let seq = pop!();
                        let items = tri!(crate::runtime::iter::unpack(self, seq, n, None));
                        for k in 0..n {
                            put!(sp + k, items[n - 1 - k]);
                        }
                        sp = sp.wrapping_add(n);
                    }
                    op::UNPACK_EX => {
                        let a = uint!();
                        let before = a & 0xff;
                        let after = (a >> 8) & 0xff;
                        let seq = pop!();
                        let items = tri!(crate::runtime::iter::unpack(self, seq, before + after, Some(before)));
                        // items: before values, the middle list, after values.
                        let total = before + after + 1;
                        for k in 0..total {
                            put!(sp + k, items[total - 1 - k]);
                        }
                        sp = sp.wrapping_add(total);
                    }
                    op::MAKE_FUNCTION | op::MAKE_FUNCTION_DEFARGS | op::MAKE_CLOSURE | op::MAKE_CLOSURE_DEFARGS => {
                        let child = uint!();
                        let n_cells = if opcode == op::MAKE_CLOSURE || opcode == op::MAKE_CLOSURE_DEFARGS {
                            byte!() as usize
                        } else {
                            0
                        };
                        let cells = if n_cells > 0 {
                            let t = tri!(tuple::alloc(self, n_cells));
                            for k in 0..n_cells {
                                let v = get!(sp.wrapping_sub(n_cells).wrapping_add(k));
                                tuple::set(self, t, k, v);
                            }
                            sp = sp.wrapping_sub(n_cells);
                            put!(sp, t);
                            t
                        } else {
                            Value::NULL
                        };
                        let (dpos, dkw) = if opcode == op::MAKE_FUNCTION_DEFARGS || opcode == op::MAKE_CLOSURE_DEFARGS {
                            let dkw = get!(sp.wrapping_sub(1));
                            let dpos = get!(sp.wrapping_sub(2));
                            (dpos, dkw)
                        } else {
                            (Value::NULL, Value::NULL)
                        };
                        let f = tri!(self.make_function(fi, child, dpos, dkw, cells));
                        if opcode == op::MAKE_FUNCTION_DEFARGS || opcode == op::MAKE_CLOSURE_DEFARGS {
                            sp = sp.wrapping_sub(2);
                        }
                        push!(f);
                    }
                    op::CALL_FUNCTION | op::CALL_METHOD | op::CALL_FUNCTION_VAR_KW | op::CALL_METHOD_VAR_KW => {
                        let a = uint!();
                        let n = a & 0xff;
                        let nkw = (a >> 8) & 0xff;
                        let is_method = opcode == op::CALL_METHOD || opcode == op::CALL_METHOD_VAR_KW;
                        let var = opcode == op::CALL_FUNCTION_VAR_KW || opcode == op::CALL_METHOD_VAR_KW;
                        let nargs_slots = n + 2 * nkw + var as usize;
                        let base = sp.wrapping_sub(nargs_slots).wrapping_sub(if is_method { 2 } else { 1 });
                        let fun = get!(base);
                        let self_ = if is_method { get!(base + 1) } else { Value::NULL };
                        let first = base + if is_method { 2 } else { 1 };
                        sync!();
                        let setup = if var {
                            let star_bits = get!(sp.wrapping_sub(1));
                            let mut raw = Vec::with_capacity(n + 2 * nkw + 1);
                            if !self_.is_null() {
                                raw.push(self_);
                            }
                            for k in 0..n + 2 * nkw {
                                raw.push(get!(first + k));
                            }
                            let skip = !self_.is_null() as usize;
                            tri!(self.call_var_kw(fun, &raw, skip, n, nkw, star_bits))
                        } else {
                            let mut buf = [Value::NULL; 16];
                            let mut big = Vec::new();
                            let total = n + 2 * nkw + !self_.is_null() as usize;
                            let args: &mut [Value] = if total <= buf.len() {
                                &mut buf[..total]
                            } else {
                                big.resize(total, Value::NULL);
                                &mut big[..]
                            };
                            let mut w = 0;
                            if !self_.is_null() {
                                args[0] = self_;
                                w = 1;
                            }
                            for k in 0..n + 2 * nkw {
                                args[w + k] = get!(first + k);
                            }
                            let npos = n + w;
                            let (pos, kw) = args.split_at(npos);
                            tri!(self.call_setup(fun, pos, kw, FrameKind::Normal))
                        };
                        sp = base;
                        match setup {
                            super::call::Setup::Done(v) => push!(v),
                            super::call::Setup::Pushed => {
                                self.frames[fi].sp = sp as u32;
                                self.frames[fi].ip = ip as u32;
                                continue 'frame;
                            }
                        }
                    }
                    op::JUMP => {
                        let off = soff!();
                        ip = (ip as isize + off) as usize;
                        // Like MicroPython, scheduled callbacks run at jumps.
                        if !self.scheduled.is_empty() {
                            sync!();
                            tri!(self.run_scheduled());
                        }
                    }
                    op::POP_JUMP_IF_TRUE | op::POP_JUMP_IF_FALSE => {
                        let off = soff!();
                        let v = pop!();
                        let t = if v == Value::TRUE {
                            true
                        } else if v == Value::FALSE {
                            false
                        } else {
                            tri!(self.is_true(v))
                        };
                        if t == (opcode == op::POP_JUMP_IF_TRUE) {
                            ip = (ip as isize + off) as usize;
                        }
                        if !self.scheduled.is_empty() {
                            sync!();
                            tri!(self.run_scheduled());
                        }
                    }
                    op::JUMP_IF_TRUE_OR_POP | op::JUMP_IF_FALSE_OR_POP => {
                        let off = uoff!();
                        let v = top!();
                        let t = tri!(self.is_true(v));
                        if t == (opcode == op::JUMP_IF_TRUE_OR_POP) {
                            ip += off;
                        } else {
                            sp = sp.wrapping_sub(1);
                        }
                    }
                    op::SETUP_EXCEPT | op::SETUP_FINALLY => {
                        let off = uoff!();
                        let f = &mut self.frames[fi];
                        let e = f.exc_sp as usize;
                        f.exc_sp += 1;
                        self.heap.set_word(
                            exc_base + 2 * e,
                            exc_entry((ip + off) as u32, sp as u32, opcode == op::SETUP_FINALLY),
                        );
                        self.heap.set_value(exc_base + 2 * e + 1, Value::NULL);
                    }
                    op::SETUP_WITH => {
                        let off = uoff!();
                        let mgr = top!();
                        sync!();
                        let (exit, exit_self) =
                            tri!(crate::runtime::attr::load_method(self, mgr, crate::qstr::q::__exit__));
                        let (enter, enter_self) =
                            tri!(crate::runtime::attr::load_method(self, mgr, crate::qstr::q::__enter__));
                        set_top!(exit);
                        push!(exit_self);
                        let r = tri!(self.call_method_value(enter, enter_self, &[]));
                        let f = &mut self.frames[fi];
                        let e = f.exc_sp as usize;
                        f.exc_sp += 1;
                        self.heap.set_word(exc_base + 2 * e, exc_entry((ip + off) as u32, sp as u32, true));
                        self.heap.set_value(exc_base + 2 * e + 1, Value::NULL);
                        push!(r);
                    }
                    op::WITH_CLEANUP => {
                        let t = top!();
                        sync!();
                        if t.is_none() {
                            let exit_self = get!(sp.wrapping_sub(2));
                            let exit = get!(sp.wrapping_sub(3));
                            tri!(self.call_method_value(exit, exit_self, &[Value::NONE, Value::NONE, Value::NONE]));
                            put!(sp.wrapping_sub(3), Value::NONE);
                            sp = sp.wrapping_sub(2);
                        } else if let Some(Marker::Unwind(_)) = t.as_marker() {
                            let x = get!(sp.wrapping_sub(2));
                            let exit_self = get!(sp.wrapping_sub(3));
                            let exit = get!(sp.wrapping_sub(4));
                            tri!(self.call_method_value(exit, exit_self, &[Value::NONE, Value::NONE, Value::NONE]));
                            put!(sp.wrapping_sub(4), x);
                            put!(sp.wrapping_sub(3), t);
                            sp = sp.wrapping_sub(2);
                        } else {
                            let exc = t;
                            let exit_self = get!(sp.wrapping_sub(2));
                            let exit = get!(sp.wrapping_sub(3));
                            let ty = crate::obj::object::type_of(self, exc);
                            let r = tri!(self.call_method_value(exit, exit_self, &[ty, exc, Value::NONE]));
                            let swallow = tri!(self.is_true(r));
                            put!(sp.wrapping_sub(3), if swallow { Value::NONE } else { exc });
                            sp = sp.wrapping_sub(2);
                        }
                    }
                    op::END_FINALLY => {
                        // Pop the entry of this finally block.
                        {
                            let f = &mut self.frames[fi];
                            if f.exc_sp > 0 {
                                f.exc_sp -= 1;
                                let e = f.exc_sp as usize;
                                self.heap.set_value(exc_base + 2 * e + 1, Value::NULL);
                            }
                        }
                        let t = pop!();
                        if t.is_none() {
                            // Normal exit.
                        } else if let Some(Marker::Unwind(c)) = t.as_marker() {
                            if c < 0 {
                                // A return in progress: the value is on top of the stack.
                                match self.unwind_return(fi, op_ip as u32, &mut sp) {
                                    Some(handler) => ip = handler,
                                    None => {
                                        let v = pop!();
                                        return_value!(v);
                                    }
                                }
                            } else {
                                match self.unwind_jump(fi, c as u32, op_ip as u32, &mut sp) {
                                    Some(handler) => ip = handler,
                                    None => {
                                        let target = pop!();
                                        let Some(Marker::Address(a)) = target.as_marker() else {
                                            raise!(self.raise_msg(&RUNTIME_ERROR, "corrupt unwind state"));
                                        };
                                        if c as u32 & 0x80 != 0 {
                                            sp = sp.wrapping_sub(4);
                                        }
                                        ip = a as usize;
                                    }
                                }
                            }
                        } else {
                            // An exception: re-raise it without a new traceback entry.
                            self.exc = t;
                            break 'dispatch;
                        }
                    }
                    op::POP_EXCEPT_JUMP => {
                        let off = uoff!();
                        let f = &mut self.frames[fi];
                        if f.exc_sp > 0 {
                            f.exc_sp -= 1;
                            let e = f.exc_sp as usize;
                            self.heap.set_value(exc_base + 2 * e + 1, Value::NULL);
                        }
                        ip += off;
                    }
                    op::UNWIND_JUMP => {
                        let off = soff!();
                        let u = byte!() as u32;
                        let target = (ip as isize - 1 + off) as usize;
                        push!(Value::marker(Marker::Address(target as u32)));
                        match self.unwind_jump(fi, u, op_ip as u32, &mut sp) {
                            Some(handler) => ip = handler,
                            None => {
                                let _ = pop!();
                                if u & 0x80 != 0 {
                                    sp = sp.wrapping_sub(4);
                                }
                                ip = target;
                            }
                        }
                    }
                    op::GET_ITER => {
                        let o = top!();
                        sync!();
                        let it = tri!(crate::runtime::iter::get_iter(self, o));
                        set_top!(it);
                    }
                    op::GET_ITER_STACK => {
                        let o = pop!();
                        sync!();
                        let it = tri!(crate::runtime::iter::get_iter(self, o));
                        push!(Value::NULL);
                        push!(it);
                        push!(Value::NULL);
                        push!(Value::NULL);
                    }
                    op::FOR_ITER => {
                        let off = uoff!();
                        let it = get!(sp.wrapping_sub(3));
                        sync!();
                        match tri!(crate::runtime::iter::iter_next(self, it)) {
                            Some(v) => push!(v),
                            None => {
                                sp = sp.wrapping_sub(4);
                                ip += off;
                            }
                        }
                    }
                    op::RETURN_VALUE => {
                        if self.frames[fi].exc_sp > 0 {
                            if let Some(handler) = self.unwind_return(fi, op_ip as u32, &mut sp) {
                                ip = handler;
                                continue 'dispatch;
                            }
                        }
                        let v = pop!();
                        sync!();
                        return_value!(v);
                    }
                    op::RAISE_LAST => {
                        let mut found = Value::NULL;
                        let n = self.frames[fi].exc_sp as usize;
                        for e in (0..n).rev() {
                            let p = self.heap.value(exc_base + 2 * e + 1);
                            if !p.is_null() {
                                found = p;
                                break;
                            }
                        }
                        if found.is_null() {
                            raise!(self.raise_msg(&RUNTIME_ERROR, "no active exception to reraise"));
                        }
                        self.exc = found;
                        sync!();
                        break 'dispatch;
                    }
                    op::RAISE_OBJ | op::RAISE_FROM => {
                        if opcode == op::RAISE_FROM {
                            let cause = pop!();
                            if !cause.is_none() {
                                let _ = writeln!(self.stderr, "Warning: exception chaining not supported");
                            }
                        }
                        let e = pop!();
                        sync!();
                        let exc = tri!(self.make_raisable(e));
                        self.exc = exc;
                        break 'dispatch;
                    }
                    op::YIELD_VALUE => {
                        let v = top!();
                        sync!();
                        self.frames[fi].ip = ip as u32;
                        super::generator::suspend(self, fi);
                        debug_assert_eq!(fi + 1, entry_depth, "generator frames are entry frames");
                        return Ok(Outcome::Yield(v));
                    }
                    op::YIELD_FROM => {
                        let send = pop!();
                        let it = top!();
                        sync!();
                        match tri!(crate::runtime::iter::delegate(self, it, send, None)) {
                            Outcome::Yield(y) => {
                                push!(y);
                                // Resume at this YIELD_FROM again.
                                ip = op_ip;
                                sync!();
                                super::generator::suspend(self, fi);
                                debug_assert_eq!(fi + 1, entry_depth, "generator frames are entry frames");
                                return Ok(Outcome::Yield(y));
                            }
                            Outcome::Return(r) => set_top!(r),
                        }
                    }
                    op::LOAD_BUILD_CLASS => {
                        push!(Value::from_static_fn(&crate::builtins::BUILD_CLASS))
                    }
                    op::IMPORT_NAME => {
                        let q = qstr!();
                        let fromlist = pop!();
                        let level = top!();
                        sync!();
                        let m = tri!(crate::runtime::import::import_name(self, fi, q, fromlist, level));
                        set_top!(m);
                    }
                    op::IMPORT_FROM => {
                        let q = qstr!();
                        let m = top!();
                        sync!();
                        let v = tri!(crate::runtime::import::import_from(self, m, q));
                        push!(v);
                    }
                    op::IMPORT_STAR => {
                        let m = pop!();
                        sync!();
                        let d = self.frames[fi].locals;
                        tri!(crate::runtime::import::import_star(self, m, d));
                    }
                    _ => {
                        raise!(self.raise_msg(&exception::NOT_IMPLEMENTED_ERROR, "opcode"));
                    }
                }
            }

            // ---- exception handling ----
            let f = &mut self.frames[fi];
            f.ip = ip as u32;
            f.sp = sp as u32;
            f.op_ip = op_ip as u32;
            let at = if from_throw { ip } else { op_ip };
            if self.unwind_exception(fi, at, from_throw, entry_depth)? {
                continue 'frame;
            }
            return Err(Raised);
        }
    }

    /// Resolves qstr-table entry `k` of frame `fi`'s module (interning it on first use).
    #[inline(always)]
    fn frame_qstr(&mut self, fi: usize, k: usize) -> PyResult<Qstr> {
        let code = self.frames[fi].code;
        let e = function::code_qstr_entry(self, code, k);
        if e & function::LAZY_QSTR == 0 {
            return Ok(Qstr(e));
        }
        self.frame_qstr_first_use(code, k)
    }

    /// The first use of a lazy qstr-table entry: intern it (kept out of the loop's code).
    #[cold]
    #[inline(never)]
    fn frame_qstr_first_use(&mut self, code: Value, k: usize) -> PyResult<Qstr> {
        match function::code_qstr(self, code, k) {
            Some(q) => Ok(q),
            None => Err(self.raise_memory_error()),
        }
    }

    #[cold]
    fn raise_unbound_local(&mut self) -> Raised {
        self.raise_msg(&exception::NAME_ERROR, "local variable referenced before assignment")
    }

    /// `LOAD_NAME`: locals dict, then globals, then builtins.
    fn load_name(&mut self, fi: usize, q: Qstr) -> PyResult<Value> {
        let (locals, globals) = (self.frames[fi].locals, self.frames[fi].globals);
        if locals.is_heap() && locals != globals {
            if let Some(v) = crate::runtime::attr::load_from_namespace(self, locals, q)? {
                return Ok(v);
            }
        }
        if let Some(v) = crate::obj::dict::get_qstr(self, globals, q)? {
            return Ok(v);
        }
        self.load_builtin(q)
    }

    /// `LOAD_GLOBAL`: globals, then builtins, through the per-site cache.
    #[inline]
    fn load_global(&mut self, fi: usize, q: Qstr, site: usize) -> PyResult<Value> {
        let globals = self.frames[fi].globals;
        let table = crate::obj::dict::table(self, globals);
        if let (Some(e), Some(t)) = (self.caches.global(site), table) {
            if e.table == t.index {
                if e.entry != usize::MAX {
                    if e.entry < t.used(self) && t.key(self, e.entry) == Value::qstr(q.0) {
                        return Ok(t.value(self, e.entry));
                    }
                } else if e.used == t.used(self) {
                    return Ok(e.builtin);
                }
            }
        }
        self.load_global_slow(globals, q, site)
    }

    #[cold]
    fn load_global_slow(&mut self, globals: Value, q: Qstr, site: usize) -> PyResult<Value> {
        use crate::interp::cache::GlobalEntry;
        if let Some(t) = crate::obj::dict::table(self, globals) {
            let h = self.qstr_hash(q);
            if let Some(e) = crate::obj::map::find_identity(self, t, Value::qstr(q.0), h) {
                self.caches.set_global(GlobalEntry { site, table: t.index, entry: e, used: 0, builtin: Value::NULL });
                return Ok(t.value(self, e));
            }
        }
        if let Some(v) = crate::obj::dict::get_qstr(self, globals, q)? {
            return Ok(v);
        }
        let v = self.load_builtin(q)?;
        if let Some(t) = crate::obj::dict::table(self, globals) {
            // Builtins are static values: caching them needs no root.
            if !v.is_heap() {
                let used = t.used(self);
                self.caches.set_global(GlobalEntry { site, table: t.index, entry: usize::MAX, used, builtin: v });
            }
        }
        Ok(v)
    }

    fn load_builtin(&mut self, q: Qstr) -> PyResult<Value> {
        match crate::builtins::lookup(self, q) {
            Some(v) => Ok(v),
            None => {
                let name = self.qstr_str(q).to_string();
                Err(self.raise_fmt(&exception::NAME_ERROR, format_args!("name '{name}' isn't defined")))
            }
        }
    }

    /// `MAKE_FUNCTION*`/`MAKE_CLOSURE*` for child `child` of frame `fi`'s raw code.
    fn make_function(&mut self, fi: usize, child: usize, dpos: Value, dkw: Value, cells: Value) -> PyResult<Value> {
        let f = &self.frames[fi];
        let code = f.code;
        let source = function::code_word(self, code, function::code::SOURCE) as u16;
        let key = (source as u64) << 32 | f.raw_offset as u64;
        let src = self.sources.bytes(&self.heap, source);
        let child_off = match self.caches.child(key, child as u32) {
            Some((k, pos)) => super::code::nth_child_from(src, pos as usize, k as usize, child),
            None => super::code::nth_child(src, f.raw_offset as usize, child),
        } as u32;
        self.caches.set_child(key, child as u32, child_off);
        // code, dpos, dkw and cells are all still in the frame's state slots or frame record.
        function::new_function(self, code, child_off, dpos, dkw, cells)
    }
}

use std::io::Write;
