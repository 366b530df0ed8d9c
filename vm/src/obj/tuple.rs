//! Tuple objects.
//!
//! Layout (kind `Tuple`): the items follow the header directly; the length is the chunk's
//! size in words minus one, minus the header's flags field (the words of slack: only the
//! empty tuple has any, one, because chunks are at least two words). Storing no length word
//! saves 8 bytes per tuple, which matters because programs keep many small tuples (the
//! shared RAM app retains 43). The empty tuple is a single shared object created lazily
//! (like MicroPython's static `()`), so `()` costs nothing per use.
//!
//! Invariant: tuples are immutable once handed to Python code; the heap allocates chunks of
//! exactly the requested size (or the two-word minimum), so the length is exact.

use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A tuple of `len` items, all NULL, to be filled with [`set`] before it escapes.
pub fn alloc(vm: &mut Vm, len: usize) -> PyResult<Value> {
    if len == 0 {
        return empty(vm);
    }
    let i = vm.alloc(ObjKind::Tuple, len, 0)?;
    debug_assert_eq!(vm.heap.header(i).words(), len + 1);
    for k in 0..len {
        vm.heap.set_value(i + 1 + k, Value::NULL);
    }
    Ok(Value::heap(i))
}

/// The shared empty tuple.
pub fn empty(vm: &mut Vm) -> PyResult<Value> {
    let e = vm.caches.empty_tuple;
    if e.is_heap() {
        return Ok(e);
    }
    let i = vm.alloc(ObjKind::Tuple, 0, 0)?;
    let slack = vm.heap.header(i).words() - 1;
    let h = vm.heap.header(i).with_flags(slack as u8);
    vm.heap.set_header(i, h);
    let v = Value::heap(i);
    vm.caches.empty_tuple = v;
    Ok(v)
}

/// A tuple holding `items` (which the caller keeps rooted).
pub fn new_from(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    // The items may be referenced only from the caller's locals: root them while allocating.
    let mark = vm.push_temps(items);
    let t = alloc(vm, items.len());
    vm.pop_temps(mark);
    let t = t?;
    if let Some(i) = t.as_heap() {
        for (k, v) in items.iter().enumerate() {
            vm.heap.set_value(i + 1 + k, *v);
        }
    }
    Ok(t)
}

/// Sets item `k` of a tuple under construction.
#[inline]
pub fn set(vm: &mut Vm, t: Value, k: usize, v: Value) {
    vm.heap.set_value(t.heap_index_unchecked() + 1 + k, v);
}

/// Length of a tuple.
#[inline]
pub fn len(vm: &Vm, t: Value) -> usize {
    let h = vm.heap.header(t.heap_index_unchecked());
    h.words() - 1 - h.flags() as usize
}

/// Item `k` of a tuple (unchecked against the length by release builds).
#[inline]
pub fn get(vm: &Vm, t: Value, k: usize) -> Value {
    debug_assert!(k < len(vm, t));
    vm.heap.value(t.heap_index_unchecked() + 1 + k)
}

/// The items of a tuple as a word slice.
#[inline]
pub fn items(vm: &Vm, t: Value) -> &[u64] {
    let i = t.heap_index_unchecked();
    vm.heap.words(i + 1, len(vm, t))
}

/// Copies the items out (for callers that must allocate while iterating).
pub fn to_vec(vm: &Vm, t: Value) -> Vec<Value> {
    items(vm, t).iter().map(|w| Value::from_bits(*w)).collect()
}

/// Whether `v` is a tuple (not a subclass instance).
#[inline]
pub fn is_tuple(vm: &Vm, v: Value) -> bool {
    v.as_heap().is_some_and(|i| vm.heap.kind(i) == ObjKind::Tuple)
}
