//! `heapq`: `heappush`, `heappop`, `heapify` on lists (MicroPython's three functions).
//!
//! A min-heap by `<`: sift-down moves an item toward the root while it is less than its
//! parent; sift-up (used by pop and heapify) walks the smaller child down to a leaf, then
//! sifts the item back up, which is the comparison order MicroPython and CPython use, so
//! heaps of equal-comparing items come out in the same order.

use crate::builtin_module;
use crate::native_fn;
use crate::obj::exception::{INDEX_ERROR, TYPE_ERROR};
use crate::obj::list;
use crate::qstr::{q, Qstr};
use crate::runtime::binop::bop;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

builtin_module!(q::heapq, attr, [q::heappush, q::heappop, q::heapify]);

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        q::heappush => Value::from_static_fn(&HEAPPUSH),
        q::heappop => Value::from_static_fn(&HEAPPOP),
        q::heapify => Value::from_static_fn(&HEAPIFY),
        _ => return Ok(None),
    }))
}

fn heap_list(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if list::is_list(vm, v) && v.as_heap().is_some_and(|i| vm.heap.kind(i) == crate::heap::ObjKind::List) {
        Ok(v)
    } else {
        Err(vm.raise_msg(&TYPE_ERROR, "heap must be a list"))
    }
}

fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a.small_int_unchecked() < b.small_int_unchecked());
    }
    match crate::runtime::compare::compare(vm, bop::LT, a, b)? {
        Some(r) => Ok(r),
        None => Err(crate::runtime::binop::unsupported(vm, bop::LT, a, b)),
    }
}

/// Item at `k`, if the list still has it (a comparison may have shrunk the list).
fn at(vm: &mut Vm, h: Value, k: usize) -> PyResult<Value> {
    if k < list::len(vm, h) {
        Ok(list::get(vm, h, k))
    } else {
        Err(vm.raise_msg(&INDEX_ERROR, "heap changed during operation"))
    }
}

fn sift_down(vm: &mut Vm, h: Value, start: usize, mut pos: usize) -> PyResult<()> {
    let item = at(vm, h, pos)?;
    while pos > start {
        let parent_pos = (pos - 1) / 2;
        let parent = at(vm, h, parent_pos)?;
        if !less(vm, item, parent)? {
            break;
        }
        list::set(vm, h, pos, parent);
        pos = parent_pos;
    }
    list::set(vm, h, pos, item);
    Ok(())
}

fn sift_up(vm: &mut Vm, h: Value, mut pos: usize) -> PyResult<()> {
    let start = pos;
    let end = list::len(vm, h);
    let item = at(vm, h, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        if child + 1 < end {
            let (l, r) = (at(vm, h, child)?, at(vm, h, child + 1)?);
            if !less(vm, l, r)? {
                child += 1;
            }
        }
        let c = at(vm, h, child)?;
        list::set(vm, h, pos, c);
        pos = child;
        child = 2 * pos + 1;
    }
    list::set(vm, h, pos, item);
    sift_down(vm, h, start, pos)
}

native_fn!(HEAPPUSH, q::heappush, 2, 2, |vm, a, _| {
    let h = heap_list(vm, a[0])?;
    list::push(vm, h, a[1])?;
    let n = list::len(vm, h);
    sift_down(vm, h, 0, n - 1)?;
    Ok(Value::NONE)
});
native_fn!(HEAPPOP, q::heappop, 1, 1, |vm, a, _| {
    let h = heap_list(vm, a[0])?;
    let n = list::len(vm, h);
    if n == 0 {
        return Err(vm.raise_msg(&INDEX_ERROR, "empty heap"));
    }
    let first = list::get(vm, h, 0);
    let last = list::remove_at(vm, h, n - 1);
    if n > 1 {
        list::set(vm, h, 0, last);
        let mark = vm.push_temp(first);
        let r = sift_up(vm, h, 0);
        vm.pop_temps(mark);
        r?;
    }
    Ok(first)
});
native_fn!(HEAPIFY, q::heapify, 1, 1, |vm, a, _| {
    let h = heap_list(vm, a[0])?;
    let n = list::len(vm, h);
    for i in (0..n / 2).rev() {
        sift_up(vm, h, i)?;
    }
    Ok(Value::NONE)
});
