//! set and frozenset objects: a `Set`/`FrozenSet` chunk with the same layout as a dict
//! (word 1 = map table), whose entries' values are unused (None).
//!
//! Invariant: a frozenset is never mutated after construction.

use super::dict;
use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A new empty set with room for `cap` items.
pub fn new(vm: &mut Vm, cap: usize) -> PyResult<Value> {
    dict::new_kind(vm, ObjKind::Set, cap)
}

/// A new empty frozenset (to be filled before it escapes).
pub fn new_frozen(vm: &mut Vm, cap: usize) -> PyResult<Value> {
    dict::new_kind(vm, ObjKind::FrozenSet, cap)
}

/// Adds an item.
pub fn add(vm: &mut Vm, s: Value, v: Value) -> PyResult<()> {
    dict::set_item(vm, s, v, Value::NONE)
}

/// Whether the set holds `v`.
pub fn contains(vm: &mut Vm, s: Value, v: Value) -> PyResult<bool> {
    // A set used as a key is looked up as the equal frozenset, as in Python.
    Ok(dict::get(vm, s, v)?.is_some())
}

/// Removes an item; whether it was present.
pub fn discard(vm: &mut Vm, s: Value, v: Value) -> PyResult<bool> {
    Ok(dict::remove(vm, s, v)?.is_some())
}

/// The items, in insertion order.
pub fn items(vm: &Vm, s: Value) -> Vec<Value> {
    dict::items(vm, s).into_iter().map(|(k, _)| k).collect()
}

/// Whether `v` is a set or frozenset (not a subclass instance).
pub fn is_set_like(vm: &Vm, v: Value) -> bool {
    v.as_heap().is_some_and(|i| matches!(vm.heap.kind(i), ObjKind::Set | ObjKind::FrozenSet))
}
