//! `gc`: collect, mem_alloc, mem_free, enable, disable, isenabled.

use crate::builtin_module;
use crate::native_fn;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

builtin_module!(q::gc, attr, [q::collect, q::mem_alloc, q::mem_free, q::enable, q::disable, q::isenabled]);

native_fn!(COLLECT, q::collect, 0, 1, |vm, _, _| {
    vm.collect();
    Ok(Value::NONE)
});
native_fn!(MEM_ALLOC, q::mem_alloc, 0, 0, |vm, _, _| {
    let n = vm.heap_stats().used;
    vm.new_int(n as i64)
});
native_fn!(MEM_FREE, q::mem_free, 0, 0, |vm, _, _| {
    let n = vm.heap_stats().free;
    vm.new_int(n as i64)
});
native_fn!(ENABLE, q::enable, 0, 0, |vm, _, _| {
    vm.gc_enabled = true;
    Ok(Value::NONE)
});
native_fn!(DISABLE, q::disable, 0, 0, |vm, _, _| {
    vm.gc_enabled = false;
    Ok(Value::NONE)
});
native_fn!(ISENABLED, q::isenabled, 0, 0, |vm, _, _| Ok(Value::bool(vm.gc_enabled)));

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let f = Value::from_static_fn;
    Ok(Some(match name {
        q::collect => f(&COLLECT),
        q::mem_alloc => f(&MEM_ALLOC),
        q::mem_free => f(&MEM_FREE),
        q::enable => f(&ENABLE),
        q::disable => f(&DISABLE),
        q::isenabled => f(&ISENABLED),
        _ => return Ok(None),
    }))
}
