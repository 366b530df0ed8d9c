//! `list`: constructor, methods, slice assignment, and the sort shared with `sorted()`.

use super::args::{check_kw, kwarg, to_i64};
use crate::native_fn;
use crate::obj::exception::{INDEX_ERROR, VALUE_ERROR};
use crate::obj::list;
use crate::obj::native::Attr;
use crate::qstr::{q, Qstr};
use crate::runtime::compare::{compare, eq};
use crate::runtime::subscr::{slice_indices, slice_positions};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

macro_rules! methods {
    ($($q:path => $st:ident, $min:expr, $max:expr, $kw:tt, $f:expr;)*) => {
        $(methods!(@one $st, $q, $min, $max, $kw, $f);)*
        /// Attributes of `list`.
        pub fn attrs(name: Qstr) -> Option<Attr> {
            match name {
                $($q => Some(Attr::Method(&$st)),)*
                _ => None,
            }
        }
    };
    (@one $st:ident, $q:path, $min:expr, $max:expr, kw, $f:expr) => { native_fn!($st, $q, $min, $max, kw, $f); };
    (@one $st:ident, $q:path, $min:expr, $max:expr, nokw, $f:expr) => { native_fn!($st, $q, $min, $max, $f); };
}

methods! {
    q::append => LIST_APPEND, 2, 2, nokw, |vm, a, _| { list::push(vm, a[0], a[1])?; Ok(Value::NONE) };
    q::extend => LIST_EXTEND, 2, 2, nokw, |vm, a, _| { extend(vm, a[0], a[1])?; Ok(Value::NONE) };
    q::insert => LIST_INSERT, 3, 3, nokw, insert;
    q::pop => LIST_POP, 1, 2, nokw, pop;
    q::remove => LIST_REMOVE, 2, 2, nokw, remove;
    q::index => LIST_INDEX, 2, 4, nokw, index;
    q::count => LIST_COUNT, 2, 2, nokw, |vm, a, _| {
        let mut n = 0;
        for v in list::to_vec(vm, a[0]) {
            if v == a[1] || eq(vm, v, a[1])? { n += 1; }
        }
        vm.new_int(n)
    };
    q::sort => LIST_SORT, 1, 1, kw, |vm, a, kw| {
        check_kw(vm, kw, &[q::key, q::reverse])?;
        let key = kwarg(vm, kw, q::key).unwrap_or(Value::NONE);
        let rev = match kwarg(vm, kw, q::reverse) { Some(r) => vm.is_true(r)?, None => false };
        sort_list(vm, a[0], key, rev)?;
        Ok(Value::NONE)
    };
    q::reverse => LIST_REVERSE, 1, 1, nokw, |vm, a, _| {
        let mut items = list::to_vec(vm, a[0]);
        items.reverse();
        list::replace_all(vm, a[0], &items)?;
        Ok(Value::NONE)
    };
    q::copy => LIST_COPY, 1, 1, nokw, |vm, a, _| { let items = list::to_vec(vm, a[0]); list::new_from(vm, &items) };
    q::clear => LIST_CLEAR, 1, 1, nokw, |vm, a, _| { list::set_len(vm, a[0], 0); Ok(Value::NONE) };
}

/// `list(iterable=())`.
pub fn make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.get(1) {
        None => list::new(vm, 0),
        Some(&it) => crate::runtime::iter::collect_list(vm, it),
    }
}

/// `l.extend(iterable)`.
pub fn extend(vm: &mut Vm, l: Value, iterable: Value) -> PyResult<()> {
    if iterable == l {
        let items = list::to_vec(vm, l);
        for v in items {
            list::push(vm, l, v)?;
        }
        return Ok(());
    }
    crate::runtime::iter::extend_list(vm, l, iterable)
}

fn insert(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = list::len(vm, a[0]) as i64;
    let mut i = to_i64(vm, a[1])?;
    if i < 0 {
        i = (i + n).max(0);
    }
    list::insert(vm, a[0], i.min(n) as usize, a[2])?;
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = list::len(vm, a[0]);
    if n == 0 {
        return Err(vm.raise_msg(&INDEX_ERROR, "pop from empty list"));
    }
    let i = match a.get(1) {
        Some(&idx) => crate::runtime::subscr::index(vm, idx, n, "list")?,
        None => n - 1,
    };
    Ok(list::remove_at(vm, a[0], i))
}

fn remove(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let items = list::to_vec(vm, a[0]);
    for (k, v) in items.into_iter().enumerate() {
        if v == a[1] || eq(vm, v, a[1])? {
            list::remove_at(vm, a[0], k);
            return Ok(Value::NONE);
        }
    }
    Err(vm.raise_msg(&VALUE_ERROR, "object not in list"))
}

fn index(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let items = list::to_vec(vm, a[0]);
    match position_in(vm, &items, a)? {
        Some(k) => vm.new_int(k as i64),
        None => Err(vm.raise_msg(&VALUE_ERROR, "object not in list")),
    }
}

/// The `index(x[, start[, end]])` search shared by list and tuple: `a` is the method's
/// arguments, `items` a snapshot of the sequence.
pub fn position_in(vm: &mut Vm, items: &[Value], a: &[Value]) -> PyResult<Option<usize>> {
    let n = items.len() as i64;
    let norm = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let start = match a.get(2) {
        Some(v) => norm(to_i64(vm, *v)?),
        None => 0,
    };
    let end = match a.get(3) {
        Some(v) => norm(to_i64(vm, *v)?),
        None => n,
    };
    for k in start..end {
        let v = items[k as usize];
        if v == a[1] || eq(vm, v, a[1])? {
            return Ok(Some(k as usize));
        }
    }
    Ok(None)
}

/// `l[slice] = iterable`.
pub fn set_slice(vm: &mut Vm, l: Value, s: Value, v: Value) -> PyResult<()> {
    // Lists and tuples are read directly; other iterables are collected first.
    let src = if list::is_list(vm, v) || crate::obj::tuple::is_tuple(vm, v) {
        v
    } else {
        crate::runtime::iter::collect_list(vm, v)?
    };
    let mark = vm.push_temp(src);
    let r = (|| {
        let new_items = if list::is_list(vm, src) { list::to_vec(vm, src) } else { crate::obj::tuple::to_vec(vm, src) };
        let n = list::len(vm, l);
        let (a, b, c) = slice_indices(vm, s, n)?;
        if c == 1 {
            let (a, b) = (a as usize, (b.max(a)) as usize);
            if b - a == new_items.len() {
                // Same length: overwrite in place, no reallocation.
                for (k, x) in new_items.into_iter().enumerate() {
                    list::set(vm, l, a + k, x);
                }
                return Ok(());
            }
            let mut items = list::to_vec(vm, l);
            items.splice(a..b, new_items);
            return list::replace_all(vm, l, &items);
        }
        let pos: Vec<usize> = slice_positions(a, b, c).collect();
        if pos.len() != new_items.len() {
            return Err(vm.raise_fmt(
                &VALUE_ERROR,
                format_args!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new_items.len(),
                    pos.len()
                ),
            ));
        }
        for (p, x) in pos.into_iter().zip(new_items) {
            list::set(vm, l, p, x);
        }
        Ok(())
    })();
    vm.pop_temps(mark);
    r
}

/// `del l[slice]`.
pub fn del_slice(vm: &mut Vm, l: Value, s: Value) -> PyResult<()> {
    let items = list::to_vec(vm, l);
    let (a, b, c) = slice_indices(vm, s, items.len())?;
    let drop: std::collections::HashSet<usize> = slice_positions(a, b, c).collect();
    let kept: Vec<Value> = items.into_iter().enumerate().filter(|(k, _)| !drop.contains(k)).map(|(_, v)| v).collect();
    list::replace_all(vm, l, &kept)
}

/// Sorts a list in place with MicroPython's algorithm (`key` may be None).
pub fn sort_list(vm: &mut Vm, l: Value, key: Value, reverse: bool) -> PyResult<()> {
    let items = list::to_vec(vm, l);
    let keys_list = if key.is_none() {
        None
    } else {
        let kl = list::new(vm, items.len())?;
        vm.push_temp(kl);
        for v in &items {
            let k = vm.call(key, &[*v], &[]);
            let k = match k {
                Ok(k) => k,
                Err(e) => {
                    vm.temps.pop();
                    return Err(e);
                }
            };
            list::push(vm, kl, k)?;
        }
        Some(kl)
    };
    let keys = match keys_list {
        Some(kl) => list::to_vec(vm, kl),
        None => items.clone(),
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    // `x < y` on keys; an error is parked in `err` and ends the sort.
    let mut less = |vm: &mut Vm, x: usize, y: usize| -> bool {
        if err.is_some() {
            return false;
        }
        let (a, b) = (keys[x], keys[y]);
        if a.is_small_int() && b.is_small_int() {
            return a.small_int_unchecked() < b.small_int_unchecked();
        }
        match compare(vm, crate::runtime::binop::bop::LT, a, b) {
            Ok(Some(r)) => r,
            Ok(None) => {
                err = Some(crate::runtime::binop::unsupported(vm, crate::runtime::binop::bop::LT, a, b));
                false
            }
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    if order.len() > 1 {
        quicksort(vm, &mut order, !reverse, &mut less);
    }
    if keys_list.is_some() {
        vm.temps.pop();
    }
    if let Some(e) = err {
        return Err(e);
    }
    let sorted: Vec<Value> = order.into_iter().map(|i| items[i]).collect();
    list::replace_all(vm, l, &sorted)
}

/// MicroPython's sort: a quicksort with the last element as pivot, so equal keys end in the
/// same (unstable) order as on MicroPython. An element moves left past the pivot while
/// `(elem < pivot) == less_result` (`less_result` is false for `reverse=True`). Recurses on
/// the smaller part only, so the depth stays O(log n). Keys are computed once per element
/// (MicroPython calls the key function at every comparison; the order is the same for any
/// key function without side effects).
fn quicksort(vm: &mut Vm, v: &mut [usize], less_result: bool, less: &mut impl FnMut(&mut Vm, usize, usize) -> bool) {
    // Indices as in MicroPython: `head` is one before the first element, `tail` the last.
    let (mut head, mut tail) = (-1isize, v.len() as isize - 1);
    while tail - head > 1 {
        let (mut h, mut t) = (head, tail);
        let pivot = v[tail as usize];
        loop {
            loop {
                h += 1;
                if !(h < t && less(vm, v[h as usize], pivot) == less_result) {
                    break;
                }
            }
            loop {
                t -= 1;
                if !(h < t && less(vm, pivot, v[t as usize]) == less_result) {
                    break;
                }
            }
            if h >= t {
                break;
            }
            v.swap(h as usize, t as usize);
        }
        v.swap(h as usize, tail as usize);
        if t - head < tail - h {
            let (lo, hi) = ((head + 1) as usize, (t + 1) as usize);
            quicksort(vm, &mut v[lo..hi.max(lo)], less_result, less);
            head = h;
        } else {
            let (lo, hi) = ((h + 1) as usize, (tail + 1) as usize);
            quicksort(vm, &mut v[lo..hi.max(lo)], less_result, less);
            tail = t;
        }
    }
}
