//! `micropython`: const, mem_info, mem_total, mem_current, mem_peak, heap_lock/unlock,
//! opt_level, schedule (callbacks run at the next jump, as MicroPython checks for pending
//! callbacks there, or when the program ends), kbd_intr.

use crate::builtin_module;
use crate::native_fn;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::io::Write;

builtin_module!(
    q::micropython,
    attr,
    [
        q::r#const,
        q::mem_info,
        q::mem_total,
        q::mem_current,
        q::mem_peak,
        q::heap_lock,
        q::heap_unlock,
        q::opt_level,
        q::schedule,
        q::kbd_intr
    ]
);

native_fn!(CONST, q::r#const, 1, 1, |_, a, _| Ok(a[0]));
native_fn!(OPT_LEVEL, q::opt_level, 0, 1, |vm, a, _| match a.first() {
    Some(&v) => {
        vm.opt_level = crate::methods::args::to_i64(vm, v)?;
        Ok(Value::NONE)
    }
    None => vm.new_int(vm.opt_level),
});
native_fn!(SCHEDULE, q::schedule, 2, 2, |vm, a, _| {
    // MicroPython's queue holds 4 entries on most ports.
    if vm.scheduled.len() >= 4 {
        return Err(vm.raise_msg(&crate::obj::exception::RUNTIME_ERROR, "schedule queue full"));
    }
    vm.scheduled.push((a[0], a[1]));
    Ok(Value::NONE)
});
// There is no keyboard to interrupt from: the character is accepted and ignored.
native_fn!(KBD_INTR, q::kbd_intr, 1, 1, |vm, a, _| {
    crate::methods::args::to_i64(vm, a[0])?;
    Ok(Value::NONE)
});
native_fn!(MEM_TOTAL, q::mem_total, 0, 0, |vm, _, _| {
    let n = vm.heap_stats().total_allocated;
    vm.new_int(n as i64)
});
native_fn!(MEM_CURRENT, q::mem_current, 0, 0, |vm, _, _| {
    let n = vm.heap_stats().used;
    vm.new_int(n as i64)
});
native_fn!(MEM_PEAK, q::mem_peak, 0, 0, |vm, _, _| {
    let n = vm.heap_stats().peak;
    vm.new_int(n as i64)
});
native_fn!(MEM_INFO, q::mem_info, 0, 1, |vm, _, _| {
    let text = mem_info_text(vm);
    let _ = vm.stdout.write_all(text.as_bytes());
    Ok(Value::NONE)
});
native_fn!(HEAP_LOCK, q::heap_lock, 0, 0, |vm, _, _| {
    vm.heap_locked += 1;
    Ok(Value::NONE)
});
native_fn!(HEAP_UNLOCK, q::heap_unlock, 0, 0, |vm, _, _| {
    vm.heap_locked = vm.heap_locked.saturating_sub(1);
    let n = vm.heap_locked as i64;
    vm.new_int(n)
});

/// The memory-statistics lines MicroPython prints at exit with `-v` and from `mem_info()`.
pub fn mem_info_text(vm: &Vm) -> String {
    let s = vm.heap_stats();
    let (one, two, max_blk, max_free) = vm.heap.block_stats();
    format!(
        "mem: total={}, current={}, peak={}\nstack: {} out of {}\nGC: total: {}, used: {}, free: {}\n No. of 1-blocks: {}, 2-blocks: {}, max blk sz: {}, max free sz: {}\n",
        s.total_allocated, s.used, s.peak, vm.stack_peak, vm.config.stack_budget, s.total, s.used, s.free, one, two, max_blk, max_free
    )
}

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let f = Value::from_static_fn;
    Ok(Some(match name {
        q::r#const => f(&CONST),
        q::mem_info => f(&MEM_INFO),
        q::mem_total => f(&MEM_TOTAL),
        q::mem_current => f(&MEM_CURRENT),
        q::mem_peak => f(&MEM_PEAK),
        q::heap_lock => f(&HEAP_LOCK),
        q::heap_unlock => f(&HEAP_UNLOCK),
        q::opt_level => f(&OPT_LEVEL),
        q::schedule => f(&SCHEDULE),
        q::kbd_intr => f(&KBD_INTR),
        _ => return Ok(None),
    }))
}
