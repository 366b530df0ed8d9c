//! Generator objects and their resumption.
//!
//! Layout (kind `Generator`): word 1 = the function, word 2 = its frame chunk (NULL once
//! finished), word 3 = saved ip, word 4 = saved stack height, word 5 = saved exception-entry
//! count, word 6 = status.
//!
//! A generator's frame runs in a nested run of the interpreter loop, entered by `resume`
//! and left at each yield (the frame record is popped; the chunk stays with the generator).
//!
//! Invariants: only a running generator has a frame record on the stack; a finished
//! generator holds no chunk.

use super::frame::{Frame, FrameKind};
use super::run::Outcome;
use crate::heap::ObjKind;
use crate::obj::exception::{RUNTIME_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::obj::function;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const FUNC: usize = 1;
const CHUNK: usize = 2;
const IP: usize = 3;
const SP: usize = 4;
const EXC_SP: usize = 5;
const STATUS: usize = 6;

/// Generator status.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Status {
    Created = 0,
    Suspended = 1,
    Running = 2,
    Finished = 3,
}

/// Makes a generator from a frame that was just bound (and popped) for `func`.
pub fn new(vm: &mut Vm, func: Value, f: &Frame) -> PyResult<Value> {
    // The chunk is only referenced by `f` now: root it through a temp while allocating.
    let chunk = Value::heap(f.chunk);
    let mark = vm.push_temp(chunk);
    vm.push_temp(func);
    let r = vm.alloc(ObjKind::Generator, 6, 0);
    vm.pop_temps(mark);
    let g = r?;
    vm.heap.set_value(g + FUNC, func);
    vm.heap.set_value(g + CHUNK, chunk);
    vm.heap.set_word(g + IP, 0);
    vm.heap.set_word(g + SP, 0);
    vm.heap.set_word(g + EXC_SP, 0);
    vm.heap.set_word(g + STATUS, Status::Created as u64);
    Ok(Value::heap(g))
}

/// Whether `v` is a generator.
#[inline]
pub fn is_generator(vm: &Vm, v: Value) -> bool {
    v.as_heap().is_some_and(|i| vm.heap.kind(i) == ObjKind::Generator)
}

/// The status of a generator.
pub fn status(vm: &Vm, g: Value) -> Status {
    match vm.heap.word(g.heap_index_unchecked() + STATUS) {
        0 => Status::Created,
        1 => Status::Suspended,
        2 => Status::Running,
        _ => Status::Finished,
    }
}

fn set_status(vm: &mut Vm, g: Value, s: Status) {
    vm.heap.set_word(g.heap_index_unchecked() + STATUS, s as u64);
}

/// Saves the top frame (a generator's, at index `fi`) into its generator and pops it.
pub fn suspend(vm: &mut Vm, fi: usize) {
    let f = vm.frames.pop().expect("generator frame");
    debug_assert_eq!(vm.frames.len(), fi);
    if let FrameKind::Generator(g) = f.kind {
        let i = g.heap_index_unchecked();
        vm.heap.set_word(i + IP, f.ip as u64);
        vm.heap.set_word(i + SP, f.sp as u64);
        vm.heap.set_word(i + EXC_SP, f.exc_sp as u64);
        set_status(vm, g, Status::Suspended);
    }
}

/// Marks a generator finished and frees its frame chunk.
pub fn finish(vm: &mut Vm, g: Value) {
    let i = g.heap_index_unchecked();
    if let Some(c) = vm.heap.value(i + CHUNK).as_heap() {
        vm.heap.set_value(i + CHUNK, Value::NULL);
        vm.heap.free(c);
    }
    set_status(vm, g, Status::Finished);
}

/// Resumes a generator with `send` (or raises `throw` inside it).
pub fn resume(vm: &mut Vm, g: Value, send: Value, throw: Option<Value>) -> PyResult<Outcome> {
    match status(vm, g) {
        Status::Finished => {
            if let Some(e) = throw {
                return Err(vm.raise(e));
            }
            return Ok(Outcome::Return(Value::NONE));
        }
        Status::Running => return Err(vm.raise_msg(&VALUE_ERROR, "generator already executing")),
        Status::Created if throw.is_none() && !send.is_none() => {
            return Err(vm.raise_msg(&TYPE_ERROR, "can't send non-None value to a just-started generator"));
        }
        _ => {}
    }
    vm.check_stack()?;
    let started = status(vm, g) == Status::Suspended;
    let i = g.heap_index_unchecked();
    let func = vm.heap.value(i + FUNC);
    let chunk = vm.heap.value(i + CHUNK).heap_index_unchecked();
    let (code, raw_offset, _, _, _) = function::parts(vm, func);
    let source = function::code_word(vm, code, function::code::SOURCE) as u16;
    let globals = function::code_globals(vm, code);
    let (data_start, data_len, p) = vm.function_data(source, raw_offset);
    let src = vm.sources.bytes(&vm.heap, source);
    let data_ptr = src[data_start..data_start + data_len].as_ptr();
    let sp = vm.heap.word(i + SP) as u32;
    vm.frames.push(Frame {
        chunk,
        code,
        func,
        raw_offset,
        data: data_ptr,
        data_len: data_len as u32,
        code_start: p.code_start,
        ip: vm.heap.word(i + IP) as u32,
        op_ip: vm.heap.word(i + IP) as u32,
        sp,
        n_state: p.n_state,
        exc_sp: vm.heap.word(i + EXC_SP) as u32,
        n_exc: p.n_exc_stack,
        locals: Value::NULL,
        globals,
        kind: FrameKind::Generator(g),
    });
    if started && throw.is_none() {
        // The sent value replaces the yielded value on top of the stack.
        vm.heap.set_value(chunk + 1 + sp as usize - 1, send);
    }
    set_status(vm, g, Status::Running);
    let depth = vm.frames.len();
    match vm.run_frames(depth, throw) {
        Ok(o) => Ok(o),
        Err(r) => {
            if status(vm, g) != Status::Finished {
                finish(vm, g);
            }
            let e = vm.exc;
            if crate::runtime::types::is_stop_iteration(vm, e) {
                return Err(vm.raise_msg(&RUNTIME_ERROR, "generator raised StopIteration"));
            }
            Err(r)
        }
    }
}
