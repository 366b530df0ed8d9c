//! Subscription: `obj[idx]`, `obj[idx] = v`, `del obj[idx]`, with ints and slices.
//!
//! Invariant: every index is checked against the current length before any heap access.

use crate::heap::ObjKind;
use crate::obj::exception::{INDEX_ERROR, KEY_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::obj::record::{self, Record};
use crate::obj::{dict, int, list, tuple};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Normalizes an index for a sequence of `len` items (negative counts from the end).
pub fn index(vm: &mut Vm, idx: Value, len: usize, what: &str) -> PyResult<usize> {
    let Some(i) = int::to_i64(vm, idx) else {
        if super::types::is_int(vm, idx) {
            return Err(vm.raise_fmt(&INDEX_ERROR, format_args!("{what} index out of range")));
        }
        let t = super::types::type_name(vm, idx);
        return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("{what} indices must be integers, not {t}")));
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.raise_fmt(&INDEX_ERROR, format_args!("{what} index out of range")));
    }
    Ok(j as usize)
}

/// Whether `v` is a slice object.
#[inline]
pub fn is_slice(vm: &Vm, v: Value) -> bool {
    record::which(vm, v) == Some(Record::Slice)
}

/// `slice.indices(len)`: normalized `(start, stop, step)`.
pub fn slice_indices(vm: &mut Vm, s: Value, len: usize) -> PyResult<(isize, isize, isize)> {
    let get = |vm: &mut Vm, v: Value| -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        match int::to_i64(vm, v) {
            Some(i) => Ok(Some(i)),
            None if super::types::is_int(vm, v) => {
                // Huge bounds clamp like CPython.
                let neg = int::compare(vm, v, Value::int_unchecked(0)) == std::cmp::Ordering::Less;
                Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 }))
            }
            None => {
                Err(vm.raise_msg(&TYPE_ERROR, "slice indices must be integers or None or have an __index__ method"))
            }
        }
    };
    let start = get(vm, record::field(vm, s, 0))?;
    let stop = get(vm, record::field(vm, s, 1))?;
    let step = get(vm, record::field(vm, s, 2))?.unwrap_or(1);
    if step == 0 {
        return Err(vm.raise_msg(&VALUE_ERROR, "slice step cannot be zero"));
    }
    let n = len as i64;
    let clamp = |x: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
        match x {
            None => default,
            Some(v) => {
                let v = if v < 0 { v + n } else { v };
                v.clamp(lo, hi)
            }
        }
    };
    let (start, stop) = if step > 0 {
        (clamp(start, 0, 0, n), clamp(stop, n, 0, n))
    } else {
        (clamp(start, n - 1, -1, n - 1), clamp(stop, -1, -1, n - 1))
    };
    Ok((start as isize, stop as isize, step as isize))
}

/// The positions selected by normalized slice indices.
pub fn slice_positions(start: isize, stop: isize, step: isize) -> impl Iterator<Item = usize> + Clone {
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    (0..count).map(move |k| (start + k as isize * step) as usize)
}

/// `obj[idx]`.
pub fn get_item(vm: &mut Vm, obj: Value, idx: Value) -> PyResult<Value> {
    if let Some(i) = obj.as_heap() {
        match vm.heap.kind(i) {
            ObjKind::List => {
                if let Some(k) = idx.as_small_int() {
                    let n = list::len(vm, obj) as i64;
                    let j = if k < 0 { k + n } else { k };
                    if j >= 0 && j < n {
                        return Ok(list::get(vm, obj, j as usize));
                    }
                }
                if is_slice(vm, idx) {
                    let n = list::len(vm, obj);
                    let (a, b, c) = slice_indices(vm, idx, n)?;
                    return list::new_from_positions(vm, obj, slice_positions(a, b, c), list::get);
                }
                let n = list::len(vm, obj);
                let j = index(vm, idx, n, "list")?;
                return Ok(list::get(vm, obj, j));
            }
            ObjKind::Tuple => {
                if is_slice(vm, idx) {
                    let items = tuple::to_vec(vm, obj);
                    let (a, b, c) = slice_indices(vm, idx, items.len())?;
                    let sel: Vec<Value> = slice_positions(a, b, c).map(|p| items[p]).collect();
                    return tuple::new_from(vm, &sel);
                }
                let n = tuple::len(vm, obj);
                let j = index(vm, idx, n, "tuple")?;
                return Ok(tuple::get(vm, obj, j));
            }
            ObjKind::Dict => {
                return match dict::get(vm, obj, idx)? {
                    Some(v) => Ok(v),
                    None => Err(vm.raise_with(&KEY_ERROR, idx)),
                };
            }
            ObjKind::Record if record::which(vm, obj) == Some(Record::Range) => {
                return crate::methods::range::range_getitem(vm, obj, idx);
            }
            ObjKind::Instance | ObjKind::Exception | ObjKind::Native => {
                if let Some(f) = super::attr::lookup_special(vm, obj, q::__getitem__)? {
                    return vm.call(f, &[obj, idx], &[]);
                }
                if let Some(nb) = crate::obj::class::native_base_of(vm, obj) {
                    return get_item(vm, nb, idx);
                }
            }
            _ => {}
        }
    }
    if vm.is_str(obj) {
        return crate::methods::str::getitem(vm, obj, idx);
    }
    if crate::methods::bytes::buffer(vm, obj).is_some() {
        return crate::methods::bytes::getitem(vm, obj, idx);
    }
    let t = super::types::type_name(vm, obj);
    Err(vm.raise_fmt(&TYPE_ERROR, format_args!("'{t}' object isn't subscriptable")))
}

/// `obj[idx] = v`.
pub fn set_item(vm: &mut Vm, obj: Value, idx: Value, v: Value) -> PyResult<()> {
    if let Some(i) = obj.as_heap() {
        match vm.heap.kind(i) {
            ObjKind::List => {
                if is_slice(vm, idx) {
                    return crate::methods::list::set_slice(vm, obj, idx, v);
                }
                let n = list::len(vm, obj);
                let j = index(vm, idx, n, "list")?;
                list::set(vm, obj, j, v);
                return Ok(());
            }
            ObjKind::Dict => return dict::set_item(vm, obj, idx, v),
            ObjKind::ByteArray => return crate::methods::bytes::bytearray_setitem(vm, obj, idx, v),
            ObjKind::Instance | ObjKind::Exception | ObjKind::Native => {
                if let Some(f) = super::attr::lookup_special(vm, obj, q::__setitem__)? {
                    vm.call(f, &[obj, idx, v], &[])?;
                    return Ok(());
                }
                if let Some(nb) = crate::obj::class::native_base_of(vm, obj) {
                    return set_item(vm, nb, idx, v);
                }
            }
            _ => {}
        }
    }
    let t = super::types::type_name(vm, obj);
    Err(vm.raise_fmt(&TYPE_ERROR, format_args!("'{t}' object doesn't support item assignment")))
}

/// `del obj[idx]`.
pub fn del_item(vm: &mut Vm, obj: Value, idx: Value) -> PyResult<()> {
    if let Some(i) = obj.as_heap() {
        match vm.heap.kind(i) {
            ObjKind::List => {
                if is_slice(vm, idx) {
                    return crate::methods::list::del_slice(vm, obj, idx);
                }
                let n = list::len(vm, obj);
                let j = index(vm, idx, n, "list")?;
                list::remove_at(vm, obj, j);
                return Ok(());
            }
            ObjKind::Dict => {
                return match dict::remove(vm, obj, idx)? {
                    Some(_) => Ok(()),
                    None => Err(vm.raise_with(&KEY_ERROR, idx)),
                };
            }
            ObjKind::ByteArray => return crate::methods::bytes::bytearray_delitem(vm, obj, idx),
            ObjKind::Instance | ObjKind::Exception | ObjKind::Native => {
                if let Some(f) = super::attr::lookup_special(vm, obj, q::__delitem__)? {
                    vm.call(f, &[obj, idx], &[])?;
                    return Ok(());
                }
                if let Some(nb) = crate::obj::class::native_base_of(vm, obj) {
                    return del_item(vm, nb, idx);
                }
            }
            _ => {}
        }
    }
    let t = super::types::type_name(vm, obj);
    Err(vm.raise_fmt(&TYPE_ERROR, format_args!("'{t}' object doesn't support item deletion")))
}
