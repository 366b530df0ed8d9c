//! Module objects made from `.mpy` files (builtin modules are static `ModuleObj`s).
//!
//! Layout (kind `Module`): word 1 = name (str value), word 2 = globals dict.

use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A new module object named `name` with globals `d`.
pub fn new(vm: &mut Vm, name: Value, d: Value) -> PyResult<Value> {
    let mark = vm.push_temp(name);
    vm.push_temp(d);
    let r = vm.alloc(ObjKind::Module, 2, 0);
    vm.pop_temps(mark);
    let i = r?;
    vm.heap.set_value(i + 1, name);
    vm.heap.set_value(i + 2, d);
    Ok(Value::heap(i))
}

/// The globals dict of a module.
pub fn globals(vm: &Vm, m: Value) -> Value {
    vm.heap.value(m.heap_index_unchecked() + 2)
}

/// The name of a module.
pub fn name(vm: &Vm, m: Value) -> Value {
    vm.heap.value(m.heap_index_unchecked() + 1)
}

/// Whether `v` is a heap module.
pub fn is_module(vm: &Vm, v: Value) -> bool {
    v.as_heap().is_some_and(|i| vm.heap.kind(i) == ObjKind::Module)
}
