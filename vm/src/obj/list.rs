//! List objects.
//!
//! Layout (kind `List`): word 1 = length, word 2 = storage: a `ValArray` whose payload words
//! are the slots (capacity = payload words), or NULL when the capacity is 0.
//!
//! Invariants: `length <= capacity`; slots past the length hold NULL (so the collector never
//! keeps dead items alive); growing replaces the storage and frees the old one at once
//! (nothing but the list refers to its storage).

use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const LEN: usize = 1;
const STORAGE: usize = 2;

/// A new empty list with room for `cap` items.
pub fn new(vm: &mut Vm, cap: usize) -> PyResult<Value> {
    let i = vm.alloc(ObjKind::List, 2, 0)?;
    vm.heap.set_word(i + LEN, 0);
    vm.heap.set_value(i + STORAGE, Value::NULL);
    let l = Value::heap(i);
    if cap > 0 {
        let mark = vm.push_temp(l);
        let r = reserve(vm, l, cap);
        vm.pop_temps(mark);
        r?;
    }
    Ok(l)
}

/// A new list holding `items` (which the caller keeps rooted).
pub fn new_from(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let mark = vm.push_temps(items);
    let l = new(vm, items.len());
    vm.pop_temps(mark);
    let l = l?;
    let s = storage(vm, l);
    for (k, v) in items.iter().enumerate() {
        vm.heap.set_value(s + 1 + k, *v);
    }
    vm.heap.set_word(l.heap_index_unchecked() + LEN, items.len() as u64);
    Ok(l)
}

/// Length of a list.
#[inline]
pub fn len(vm: &Vm, l: Value) -> usize {
    vm.heap.word(l.heap_index_unchecked() + LEN) as usize
}

/// Capacity of a list.
#[inline]
pub fn capacity(vm: &Vm, l: Value) -> usize {
    match vm.heap.value(l.heap_index_unchecked() + STORAGE).as_heap() {
        Some(s) => vm.heap.header(s).words() - 1,
        None => 0,
    }
}

/// Word index of the storage chunk (valid only when the capacity is non-zero).
#[inline]
fn storage(vm: &Vm, l: Value) -> usize {
    vm.heap.value(l.heap_index_unchecked() + STORAGE).heap_index_unchecked()
}

/// Item `k` (the caller checks `k < len`).
#[inline]
pub fn get(vm: &Vm, l: Value, k: usize) -> Value {
    debug_assert!(k < len(vm, l));
    vm.heap.value(storage(vm, l) + 1 + k)
}

/// Replaces item `k` (the caller checks `k < len`).
#[inline]
pub fn set(vm: &mut Vm, l: Value, k: usize, v: Value) {
    debug_assert!(k < len(vm, l));
    let s = storage(vm, l);
    vm.heap.set_value(s + 1 + k, v);
}

/// The items as a word slice.
#[inline]
pub fn items(vm: &Vm, l: Value) -> &[u64] {
    let n = len(vm, l);
    if n == 0 {
        return &[];
    }
    vm.heap.words(storage(vm, l) + 1, n)
}

/// A new list of `src`'s items at `positions` (a list or tuple read through `get`), with no
/// temporary copy.
pub fn new_from_positions(
    vm: &mut Vm,
    src: Value,
    positions: impl Iterator<Item = usize> + Clone,
    get: fn(&Vm, Value, usize) -> Value,
) -> PyResult<Value> {
    let count = positions.clone().count();
    let mark = vm.push_temp(src);
    let l = new(vm, count);
    vm.pop_temps(mark);
    let l = l?;
    let s = storage(vm, l);
    for (k, p) in positions.enumerate() {
        let v = get(vm, src, p);
        vm.heap.set_value(s + 1 + k, v);
    }
    vm.heap.set_word(l.heap_index_unchecked() + LEN, count as u64);
    Ok(l)
}

/// The items as a vector.
pub fn to_vec(vm: &Vm, l: Value) -> Vec<Value> {
    items(vm, l).iter().map(|w| Value::from_bits(*w)).collect()
}

/// Makes room for at least `cap` items.
pub fn reserve(vm: &mut Vm, l: Value, cap: usize) -> PyResult<()> {
    let old_cap = capacity(vm, l);
    if cap <= old_cap {
        return Ok(());
    }
    let n = len(vm, l);
    // Storage payload words: round the block count so no slack word is wasted.
    let words = crate::heap::Heap::blocks_for(cap) * crate::heap::BLOCK_WORDS - 1;
    let new = vm.alloc(ObjKind::ValArray, words, 0)?;
    for k in 0..words {
        vm.heap.set_value(new + 1 + k, Value::NULL);
    }
    let li = l.heap_index_unchecked();
    if old_cap > 0 {
        let old = storage(vm, l);
        for k in 0..n {
            let w = vm.heap.word(old + 1 + k);
            vm.heap.set_word(new + 1 + k, w);
        }
        vm.heap.free(old);
    }
    vm.heap.set_value(li + STORAGE, Value::heap(new));
    Ok(())
}

/// Appends an item (growing by about 1.5×, as MicroPython grows by a quarter plus 4).
#[inline]
pub fn push(vm: &mut Vm, l: Value, v: Value) -> PyResult<()> {
    let n = len(vm, l);
    if n == capacity(vm, l) {
        let mark = vm.push_temp(v);
        let r = reserve(vm, l, n + n / 2 + 4);
        vm.pop_temps(mark);
        r?;
    }
    let s = storage(vm, l);
    vm.heap.set_value(s + 1 + n, v);
    vm.heap.set_word(l.heap_index_unchecked() + LEN, (n + 1) as u64);
    Ok(())
}

/// Sets the length (shrinking clears the dropped slots; growing requires the capacity and
/// the caller fills the new slots).
pub fn set_len(vm: &mut Vm, l: Value, new_len: usize) {
    let n = len(vm, l);
    if new_len < n {
        let s = storage(vm, l);
        for k in new_len..n {
            vm.heap.set_value(s + 1 + k, Value::NULL);
        }
    }
    debug_assert!(new_len <= capacity(vm, l) || new_len == 0);
    vm.heap.set_word(l.heap_index_unchecked() + LEN, new_len as u64);
}

/// Removes and returns item `k`, shifting the rest down.
pub fn remove_at(vm: &mut Vm, l: Value, k: usize) -> Value {
    let n = len(vm, l);
    let s = storage(vm, l);
    let v = vm.heap.value(s + 1 + k);
    for j in k..n - 1 {
        let w = vm.heap.word(s + 2 + j);
        vm.heap.set_word(s + 1 + j, w);
    }
    vm.heap.set_value(s + n, Value::NULL);
    vm.heap.set_word(l.heap_index_unchecked() + LEN, (n - 1) as u64);
    v
}

/// Inserts `v` before index `k` (`k <= len`).
pub fn insert(vm: &mut Vm, l: Value, k: usize, v: Value) -> PyResult<()> {
    push(vm, l, v)?;
    let n = len(vm, l);
    let s = storage(vm, l);
    for j in (k..n - 1).rev() {
        let w = vm.heap.word(s + 1 + j);
        vm.heap.set_word(s + 2 + j, w);
    }
    vm.heap.set_value(s + 1 + k, v);
    Ok(())
}

/// Replaces the whole contents with `items` (the caller keeps them rooted).
pub fn replace_all(vm: &mut Vm, l: Value, items: &[Value]) -> PyResult<()> {
    set_len(vm, l, 0);
    reserve(vm, l, items.len())?;
    let s = if items.is_empty() { 0 } else { storage(vm, l) };
    for (k, v) in items.iter().enumerate() {
        vm.heap.set_value(s + 1 + k, *v);
    }
    vm.heap.set_word(l.heap_index_unchecked() + LEN, items.len() as u64);
    Ok(())
}

/// Whether `v` is a list (not a subclass instance).
#[inline]
pub fn is_list(vm: &Vm, v: Value) -> bool {
    v.as_heap().is_some_and(|i| vm.heap.kind(i) == ObjKind::List)
}
