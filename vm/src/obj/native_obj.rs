//! Heap objects of native types defined outside the core (kind `Native`), such as the
//! objects of library modules (`array.array`, compiled regexes, hash objects).
//!
//! Layout: word 1 = the object's static `TypeObj` (a static-tagged value, which the
//! collector ignores); words 2.. = fields, each a `Value` (small ints, heap references).
//! Byte data (array items, regex code, hash state) lives in a separate `RawBytes` chunk
//! referenced from a field, with its length kept in another field.
//!
//! Protocols: the runtime treats a native object like an instance of a class whose methods
//! are the type's `attrs` table: operators, `len`, subscription, iteration, `repr` and
//! hashing look up the matching special method (`__len__`, `__getitem__`, …) there
//! (`runtime::attr::lookup_special`).
//!
//! Invariants: word 1 always holds a `&'static TypeObj` value; every field is a `Value`.

use crate::heap::ObjKind;
use crate::obj::native::TypeObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Word offset of the first field.
const FIELDS: usize = 2;

/// A new native object of type `ty` with the given fields (the caller keeps them rooted).
pub fn new(vm: &mut Vm, ty: &'static TypeObj, fields: &[Value]) -> PyResult<Value> {
    let mark = vm.push_temps(fields);
    let r = vm.alloc(ObjKind::Native, 1 + fields.len(), 0);
    vm.pop_temps(mark);
    let i = r?;
    vm.heap.set_value(i + 1, Value::from_static_type(ty));
    for (k, f) in fields.iter().enumerate() {
        vm.heap.set_value(i + FIELDS + k, *f);
    }
    Ok(Value::heap(i))
}

/// The type of the native object at word `i` (`object` if word 1 is corrupt).
pub fn type_at(vm: &Vm, i: usize) -> &'static TypeObj {
    vm.heap.value(i + 1).as_static_type().unwrap_or(&crate::obj::object::OBJECT_TYPE)
}

/// The type of `v` if it is a native object.
#[inline]
pub fn type_of(vm: &Vm, v: Value) -> Option<&'static TypeObj> {
    let i = v.as_heap()?;
    if vm.heap.kind(i) != ObjKind::Native {
        return None;
    }
    Some(type_at(vm, i))
}

/// Whether `v` is a native object of exactly type `ty`.
#[inline]
pub fn is_type(vm: &Vm, v: Value, ty: &'static TypeObj) -> bool {
    type_of(vm, v).is_some_and(|t| std::ptr::eq(t, ty))
}

/// Field `k` of a native object (the caller checks the type).
#[inline]
pub fn field(vm: &Vm, v: Value, k: usize) -> Value {
    vm.heap.value(v.heap_index_unchecked() + FIELDS + k)
}

/// Replaces field `k` of a native object.
#[inline]
pub fn set_field(vm: &mut Vm, v: Value, k: usize, f: Value) {
    vm.heap.set_value(v.heap_index_unchecked() + FIELDS + k, f)
}

/// A new `RawBytes` chunk with room for at least `cap` bytes, holding `data` at its start.
/// Returns the chunk as a value (store it in a field at once; it is not rooted).
pub fn new_raw(vm: &mut Vm, cap: usize, data: &[u8]) -> PyResult<Value> {
    let cap = cap.max(data.len());
    let i = vm.alloc(ObjKind::RawBytes, cap.div_ceil(8).max(1), 0)?;
    vm.heap.bytes_mut(i + 1, 0, data.len()).copy_from_slice(data);
    Ok(Value::heap(i))
}

/// The capacity in bytes of a `RawBytes` chunk value (0 for NULL or non-chunks).
pub fn raw_capacity(vm: &Vm, raw: Value) -> usize {
    match raw.as_heap() {
        Some(i) if vm.heap.kind(i) == ObjKind::RawBytes => (vm.heap.header(i).words() - 1) * 8,
        _ => 0,
    }
}

/// The first `n` bytes of a `RawBytes` chunk value (empty if `raw` is not one or `n` is
/// more than its capacity).
pub fn raw_bytes(vm: &Vm, raw: Value, n: usize) -> &[u8] {
    if n == 0 || n > raw_capacity(vm, raw) {
        return &[];
    }
    vm.heap.bytes(raw.heap_index_unchecked() + 1, 0, n)
}

/// Mutable form of [`raw_bytes`].
pub fn raw_bytes_mut(vm: &mut Vm, raw: Value, n: usize) -> &mut [u8] {
    if n == 0 || n > raw_capacity(vm, raw) {
        return &mut [];
    }
    vm.heap.bytes_mut(raw.heap_index_unchecked() + 1, 0, n)
}
