//! dict objects (and the same operations for any object whose storage is a map table).
//!
//! Layout (kind `Dict`): word 1 = the `MapTable` (or NULL while empty). One 16-byte chunk
//! per dict plus its table.
//!
//! Invariant: word 1 is the only reference to the table, so replacing the table on growth
//! may free the old one immediately.

use super::map::{self, Table};
use crate::heap::ObjKind;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const TABLE: usize = 1;

/// A new empty dict with room for `cap` entries.
pub fn new(vm: &mut Vm, cap: usize) -> PyResult<Value> {
    new_kind(vm, ObjKind::Dict, cap)
}

/// A new empty dict-like object of `kind` (`Dict`, `Set` or `FrozenSet`).
pub fn new_kind(vm: &mut Vm, kind: ObjKind, cap: usize) -> PyResult<Value> {
    let i = vm.alloc(kind, 1, 0)?;
    vm.heap.set_value(i + TABLE, Value::NULL);
    let d = Value::heap(i);
    if cap > 0 {
        let mark = vm.push_temp(d);
        let t = map::alloc_table(vm, cap);
        vm.pop_temps(mark);
        vm.heap.set_value(i + TABLE, Value::heap(t?));
    }
    Ok(d)
}

/// The table of a dict, if it has one.
#[inline]
pub fn table(vm: &Vm, d: Value) -> Option<Table> {
    let t = vm.heap.value(d.heap_index_unchecked() + TABLE);
    t.as_heap().map(|i| Table::at(vm, i))
}

/// Number of items.
#[inline]
pub fn len(vm: &Vm, d: Value) -> usize {
    table(vm, d).map_or(0, |t| t.live(vm))
}

/// Looks up `key`.
pub fn get(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    let Some(t) = table(vm, d) else {
        return Ok(None);
    };
    let h = crate::runtime::hash::hash_u32(vm, key)?;
    // Re-read the table: hashing may have run Python code.
    let Some(t2) = table(vm, d) else {
        return Ok(None);
    };
    let t = if t2.index == t.index { t } else { t2 };
    Ok(map::find(vm, t, key, h)?.map(|e| t.value(vm, e)))
}

/// Looks up a qstr key (identity fast path, then full lookup).
#[inline]
pub fn get_qstr(vm: &mut Vm, d: Value, q: Qstr) -> PyResult<Option<Value>> {
    let Some(t) = table(vm, d) else {
        return Ok(None);
    };
    let key = Value::qstr(q.0);
    // Small (linear) tables are searched by identity without a hash: reading a dynamic
    // qstr's hash from the pool costs more than the scan.
    let h = if t.indexed { vm.qstr_hash(q) } else { 0 };
    if let Some(e) = map::find_identity(vm, t, key, h) {
        return Ok(Some(t.value(vm, e)));
    }
    if !has_non_qstr_str_keys(vm, t) {
        return Ok(None);
    }
    let h = vm.qstr_hash(q);
    Ok(map::find(vm, t, key, h)?.map(|e| t.value(vm, e)))
}

/// Whether a table might hold str keys that are not qstrs (then identity lookups can miss).
fn has_non_qstr_str_keys(vm: &Vm, t: Table) -> bool {
    map::has_str_keys(vm, t)
}

/// `d[key] = value`.
pub fn set_item(vm: &mut Vm, d: Value, key: Value, value: Value) -> PyResult<()> {
    let h = crate::runtime::hash::hash_u32(vm, key)?;
    set_item_hashed(vm, d, key, value, h)
}

/// `d[q] = value` for a qstr key.
pub fn set_qstr(vm: &mut Vm, d: Value, q: Qstr, value: Value) -> PyResult<()> {
    let key = Value::qstr(q.0);
    if let Some(t) = table(vm, d) {
        let h = if t.indexed { vm.qstr_hash(q) } else { 0 };
        if let Some(e) = map::find_identity(vm, t, key, h) {
            t.set_value(vm, e, value);
            return Ok(());
        }
    }
    let h = vm.qstr_hash(q);
    set_item_hashed(vm, d, key, value, h)
}

/// `d[key] = value` with the key's hash already computed.
pub fn set_item_hashed(vm: &mut Vm, d: Value, key: Value, value: Value, h: u32) -> PyResult<()> {
    let di = d.heap_index_unchecked();
    let t = match table(vm, d) {
        Some(t) => t,
        None => {
            let mark = vm.push_temp(key);
            vm.push_temp(value);
            vm.push_temp(d);
            let r = map::alloc_table(vm, 2);
            vm.pop_temps(mark);
            let t = r?;
            vm.heap.set_value(di + TABLE, Value::heap(t));
            Table::at(vm, t)
        }
    };
    if let Some(e) = map::find(vm, t, key, h)? {
        // Equality may have run Python code; the table may have changed.
        let t = table(vm, d).unwrap_or(t);
        t.set_value(vm, e, value);
        return Ok(());
    }
    let t = table(vm, d).unwrap_or(t);
    let mark = vm.push_temp(d);
    let r = map::append(vm, t, key, value, h);
    vm.pop_temps(mark);
    let (t, _) = r?;
    vm.heap.set_value(di + TABLE, Value::heap(t.index));
    Ok(())
}

/// Removes `key`; returns its value if it was present.
pub fn remove(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    let Some(_) = table(vm, d) else {
        return Ok(None);
    };
    let h = crate::runtime::hash::hash_u32(vm, key)?;
    let Some(t) = table(vm, d) else {
        return Ok(None);
    };
    match map::find(vm, t, key, h)? {
        Some(e) => {
            let t = table(vm, d).unwrap_or(t);
            let v = t.value(vm, e);
            map::delete(vm, t, e, h);
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

/// Shrinks the table to exactly its live entries (used once a class or module namespace is
/// complete: they rarely grow afterwards, and the slack would be retained for good).
pub fn shrink_to_fit(vm: &mut Vm, d: Value) -> PyResult<()> {
    let Some(t) = table(vm, d) else { return Ok(()) };
    let live = t.live(vm);
    if live == 0 {
        // An empty namespace (a class body of just `pass`) needs no table at all.
        clear(vm, d);
        return Ok(());
    }
    if t.cap <= live || live > map::LINEAR_MAX {
        return Ok(());
    }
    let mark = vm.push_temp(d);
    let r = map::rebuild_exact(vm, t, live);
    vm.pop_temps(mark);
    let nt = r?;
    vm.heap.set_value(d.heap_index_unchecked() + TABLE, Value::heap(nt.index));
    Ok(())
}

/// Removes every item.
pub fn clear(vm: &mut Vm, d: Value) {
    if let Some(t) = table(vm, d) {
        vm.heap.set_value(d.heap_index_unchecked() + TABLE, Value::NULL);
        vm.heap.free(t.index);
    }
}

/// The live entry at or after position `pos`: `(next position, key, value)`.
#[inline]
pub fn next_entry(vm: &Vm, d: Value, pos: usize) -> Option<(usize, Value, Value)> {
    let t = table(vm, d)?;
    let e = map::next_live(vm, t, pos)?;
    Some((e + 1, t.key(vm, e), t.value(vm, e)))
}

/// Copies all `(key, value)` pairs out.
pub fn items(vm: &Vm, d: Value) -> Vec<(Value, Value)> {
    let mut out = Vec::with_capacity(len(vm, d));
    let mut pos = 0;
    while let Some((next, k, v)) = next_entry(vm, d, pos) {
        out.push((k, v));
        pos = next;
    }
    out
}

/// Whether `v` is a dict (not a subclass instance).
#[inline]
pub fn is_dict(vm: &Vm, v: Value) -> bool {
    v.as_heap().is_some_and(|i| vm.heap.kind(i) == ObjKind::Dict)
}

/// Header flag of a dict created by `collections.OrderedDict` (its type and repr differ;
/// its behaviour does not: every dict keeps insertion order).
pub const FLAG_ORDERED: u8 = 1;

/// Marks a dict as an `OrderedDict`.
pub fn set_ordered(vm: &mut Vm, d: Value) {
    if let Some(i) = d.as_heap() {
        let h = vm.heap.header(i);
        vm.heap.set_header(i, h.with_flags(h.flags() | FLAG_ORDERED));
    }
}

/// Whether a dict was created by `collections.OrderedDict`.
pub fn is_ordered(vm: &Vm, d: Value) -> bool {
    d.as_heap().is_some_and(|i| vm.heap.header(i).flags() & FLAG_ORDERED != 0)
}
