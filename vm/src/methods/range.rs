//! `range` and `slice` objects.

use super::args::to_i64;
use crate::native_fn;
use crate::obj::exception::{INDEX_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::obj::native::Attr;
use crate::obj::record::{self, Record};
use crate::qstr::{q, Qstr};
use crate::runtime::iter::Next;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn parts(vm: &mut Vm, r: Value) -> PyResult<(i64, i64, i64)> {
    let a = to_i64(vm, record::field(vm, r, 0))?;
    let b = to_i64(vm, record::field(vm, r, 1))?;
    let c = to_i64(vm, record::field(vm, r, 2))?;
    Ok((a, b, c))
}

/// Number of items in a range.
pub fn range_len(vm: &mut Vm, r: Value) -> PyResult<usize> {
    let (a, b, c) = parts(vm, r)?;
    Ok(len_of(a, b, c))
}

fn len_of(a: i64, b: i64, c: i64) -> usize {
    let (a, b, c) = (a as i128, b as i128, c as i128);
    let n = if c > 0 { (b - a + c - 1) / c } else { (a - b - c - 1) / (-c) };
    n.max(0) as usize
}

native_fn!(RANGE_START, q::start, 1, 1, |vm, a, _| Ok(record::field(vm, a[0], 0)));
native_fn!(RANGE_STOP, q::stop, 1, 1, |vm, a, _| Ok(record::field(vm, a[0], 1)));
native_fn!(RANGE_STEP, q::step, 1, 1, |vm, a, _| Ok(record::field(vm, a[0], 2)));
native_fn!(RANGE_INDEX, q::index, 2, 2, |vm, a, _| {
    let (s, e, st) = parts(vm, a[0])?;
    if let Some(x) = crate::obj::int::to_i64(vm, a[1]) {
        let n = len_of(s, e, st) as i64;
        if (x - s) % st == 0 && (0..n).contains(&((x - s) / st)) {
            return vm.new_int((x - s) / st);
        }
    }
    Err(vm.raise_msg(&VALUE_ERROR, "object not in range"))
});
native_fn!(RANGE_COUNT, q::count, 2, 2, |vm, a, _| {
    let c = range_contains(vm, a[0], a[1])?;
    Ok(Value::int_unchecked(c as i64))
});

/// Attributes of `range`.
pub fn attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::start => Attr::Getter(&RANGE_START),
        q::stop => Attr::Getter(&RANGE_STOP),
        q::step => Attr::Getter(&RANGE_STEP),
        q::index => Attr::Method(&RANGE_INDEX),
        q::count => Attr::Method(&RANGE_COUNT),
        _ => return None,
    })
}

/// `range(stop)` / `range(start, stop[, step])`.
pub fn make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = &args[1..];
    let int = |vm: &mut Vm, v: Value| -> PyResult<Value> {
        if crate::runtime::types::is_int(vm, v) {
            Ok(crate::obj::int::normalize_bool(v))
        } else {
            let t = crate::runtime::types::type_name(vm, v);
            Err(vm.raise_fmt(&TYPE_ERROR, format_args!("'{t}' object cannot be interpreted as an integer")))
        }
    };
    let (s, e, st) = match a.len() {
        1 => (Value::int_unchecked(0), int(vm, a[0])?, Value::int_unchecked(1)),
        2 => (int(vm, a[0])?, int(vm, a[1])?, Value::int_unchecked(1)),
        3 => (int(vm, a[0])?, int(vm, a[1])?, int(vm, a[2])?),
        n => return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("range expected at most 3 arguments, got {n}"))),
    };
    if st == Value::int_unchecked(0) {
        return Err(vm.raise_msg(&VALUE_ERROR, "zero step"));
    }
    record::new(vm, Record::Range, &[s, e, st])
}

/// `r[idx]`.
pub fn range_getitem(vm: &mut Vm, r: Value, idx: Value) -> PyResult<Value> {
    let (s, e, st) = parts(vm, r)?;
    let n = len_of(s, e, st);
    if crate::runtime::subscr::is_slice(vm, idx) {
        let (a, b, c) = crate::runtime::subscr::slice_indices(vm, idx, n)?;
        let start = s + a as i64 * st;
        let stop = s + b as i64 * st;
        let step = st * c as i64;
        let f = [vm.new_int(start)?, vm.new_int(stop)?, vm.new_int(step)?];
        return record::new(vm, Record::Range, &f);
    }
    let i = match crate::runtime::subscr::index(vm, idx, n, "range") {
        Ok(i) => i,
        Err(e) => {
            if crate::runtime::types::isinstance_static(vm, vm.exc, &INDEX_ERROR) {
                return Err(vm.raise_msg(&INDEX_ERROR, "range object index out of range"));
            }
            return Err(e);
        }
    };
    vm.new_int(s + i as i64 * st)
}

/// `x in range`.
pub fn range_contains(vm: &mut Vm, r: Value, x: Value) -> PyResult<bool> {
    let (s, e, st) = parts(vm, r)?;
    let Some(x) = crate::obj::int::to_i64(vm, x).filter(|_| crate::runtime::types::is_int(vm, x) || x.is_small_int())
    else {
        if let Some(f) = x.as_float() {
            if f == f.trunc() && f.abs() < 9e15 {
                let i = f as i64;
                return Ok(len_of(s, e, st) > 0
                    && (i - s) % st == 0
                    && ((i - s) / st) >= 0
                    && (((i - s) / st) as usize) < len_of(s, e, st));
            }
        }
        return Ok(false);
    };
    let n = len_of(s, e, st) as i64;
    Ok((x - s) % st == 0 && (0..n).contains(&((x - s) / st)))
}

/// One step of a range iterator whose bounds are big ints.
pub fn big_range_step(vm: &mut Vm, it: Value) -> PyResult<Next> {
    use crate::runtime::binop::{binary_op, bop};
    let f = |vm: &Vm, k: usize| vm.heap.value(it.heap_index_unchecked() + 1 + k);
    let (cur, stop, step) = (f(vm, 0), f(vm, 1), f(vm, 2));
    let pos = crate::obj::int::compare(vm, step, Value::int_unchecked(0)) == std::cmp::Ordering::Greater;
    let c = crate::obj::int::compare(vm, cur, stop);
    if (pos && c != std::cmp::Ordering::Less) || (!pos && c != std::cmp::Ordering::Greater) {
        return Ok(Next::Done(Value::NONE));
    }
    let next = binary_op(vm, bop::ADD, cur, step)?;
    vm.heap.set_value(it.heap_index_unchecked() + 1, next);
    Ok(Next::Item(cur))
}

native_fn!(SLICE_START, q::start, 1, 1, |vm, a, _| Ok(record::field(vm, a[0], 0)));
native_fn!(SLICE_STOP, q::stop, 1, 1, |vm, a, _| Ok(record::field(vm, a[0], 1)));
native_fn!(SLICE_STEP, q::step, 1, 1, |vm, a, _| Ok(record::field(vm, a[0], 2)));
native_fn!(SLICE_INDICES, q::indices, 2, 2, |vm, a, _| {
    let n = to_i64(vm, a[1])?.max(0) as usize;
    let (x, y, z) = crate::runtime::subscr::slice_indices(vm, a[0], n)?;
    let f = [vm.new_int(x as i64)?, vm.new_int(y as i64)?, vm.new_int(z as i64)?];
    crate::obj::tuple::new_from(vm, &f)
});

/// Attributes of `slice`.
pub fn slice_attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::start => Attr::Getter(&SLICE_START),
        q::stop => Attr::Getter(&SLICE_STOP),
        q::step => Attr::Getter(&SLICE_STEP),
        q::indices => Attr::Method(&SLICE_INDICES),
        _ => return None,
    })
}

/// `slice(stop)` / `slice(start, stop[, step])`.
pub fn slice_make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = &args[1..];
    let (s, e, st) = match a.len() {
        1 => (Value::NONE, a[0], Value::NONE),
        2 => (a[0], a[1], Value::NONE),
        3 => (a[0], a[1], a[2]),
        _ => return Err(vm.raise_msg(&TYPE_ERROR, "slice expected at most 3 arguments")),
    };
    record::new(vm, Record::Slice, &[s, e, st])
}

/// Equality of ranges and slices (by their fields).
pub fn record_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let (wa, wb) = (record::which(vm, a), record::which(vm, b));
    if wa != wb || !matches!(wa, Some(Record::Range) | Some(Record::Slice)) {
        return Ok(false);
    }
    if wa == Some(Record::Range) {
        // MicroPython compares ranges by identity (CPython: by the sequence they produce).
        return Ok(a == b);
    }
    for k in 0..3 {
        let (x, y) = (record::field(vm, a, k), record::field(vm, b, k));
        if !crate::runtime::compare::eq(vm, x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}
