//! Equality, ordering and containment.
//!
//! `eq` is Python `==` (numbers across int/float/complex, strings and bytes by content,
//! containers element-wise, user `__eq__`, identity otherwise). `rich_compare` implements
//! the six comparison operators with MicroPython's TypeError for unordered types.

use crate::heap::ObjKind;
use crate::obj::{dict, float, int, list, tuple};
use crate::qstr::Qstr;
use crate::runtime::binop::bop;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cmp::Ordering;

/// Whether `a` and `b` are the same object beyond bit identity (never: kept for clarity of
/// the `is` operator's definition).
#[inline]
pub fn same_object(_vm: &Vm, _a: Value, _b: Value) -> bool {
    false
}

/// The kind of `v` if it is a list or tuple.
fn seq_kind(vm: &Vm, v: Value) -> Option<ObjKind> {
    let i = v.as_heap()?;
    match vm.heap.kind(i) {
        k @ (ObjKind::List | ObjKind::Tuple) => Some(k),
        _ => None,
    }
}

/// Length of a list or tuple of kind `k` (read afresh: user `__eq__` may change a list).
fn seq_len(vm: &Vm, k: ObjKind, v: Value) -> usize {
    if k == ObjKind::List {
        list::len(vm, v)
    } else {
        tuple::len(vm, v)
    }
}

/// Item `i` of a list or tuple of kind `k`, if still in range.
fn seq_get(vm: &Vm, k: ObjKind, v: Value, i: usize) -> Option<Value> {
    (i < seq_len(vm, k, v)).then(|| if k == ObjKind::List { list::get(vm, v, i) } else { tuple::get(vm, v, i) })
}

fn is_number(vm: &Vm, v: Value) -> bool {
    v.is_small_int() || v.is_float() || v.is_bool() || int::is_big(vm, v) || float::is_complex(vm, v)
}

/// Compares two real numbers (ints, bools, floats); `None` when unordered (NaN).
pub fn num_cmp(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<Ordering>> {
    let a_int = !a.is_float();
    let b_int = !b.is_float();
    if a_int && b_int {
        return Ok(Some(int::compare(vm, a, b)));
    }
    if a.is_float() && b.is_float() {
        return Ok(a.float_unchecked().partial_cmp(&b.float_unchecked()));
    }
    // Mixed int/float: MicroPython converts the int to a float and compares floats (CPython
    // compares exactly; the two differ only beyond 2^53).
    let x = if a.is_float() { a.float_unchecked() } else { int::to_f64(vm, a)? };
    let y = if b.is_float() { b.float_unchecked() } else { int::to_f64(vm, b)? };
    Ok(x.partial_cmp(&y))
}

/// Python `a == b`.
pub fn eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(!(a.is_float() && a.float_unchecked().is_nan()));
    }
    if is_number(vm, a) && is_number(vm, b) {
        if float::is_complex(vm, a) || float::is_complex(vm, b) {
            let x = float::to_complex(vm, a)?;
            let y = float::to_complex(vm, b)?;
            return Ok(x == y);
        }
        return Ok(num_cmp(vm, a, b)? == Some(Ordering::Equal));
    }
    if let (Some(x), Some(y)) = (vm.str_bytes(a), vm.str_bytes(b)) {
        return Ok(x == y);
    }
    if let (Some(x), Some(y)) = (crate::methods::bytes::buffer(vm, a), crate::methods::bytes::buffer(vm, b)) {
        if !vm.is_str(a) && !vm.is_str(b) {
            return Ok(x == y);
        }
    }
    // User-defined __eq__ (either side).
    for (x, y) in [(a, b), (b, a)] {
        if let Some(f) = super::attr::lookup_special(vm, x, crate::qstr::q::__eq__)? {
            let r = vm.call(f, &[x, y], &[])?;
            if r != Value::NOT_IMPLEMENTED {
                return vm.is_true(r);
            }
        }
    }
    if let (Some(ka), Some(kb)) = (seq_kind(vm, a), seq_kind(vm, b)) {
        if ka != kb || seq_len(vm, ka, a) != seq_len(vm, kb, b) {
            return Ok(false);
        }
        let mut i = 0;
        while let (Some(x), Some(y)) = (seq_get(vm, ka, a, i), seq_get(vm, kb, b, i)) {
            if !(x == y || eq(vm, x, y)?) {
                return Ok(false);
            }
            i += 1;
        }
        return Ok(seq_len(vm, ka, a) == seq_len(vm, kb, b));
    }
    if let (Some(ia), Some(ib)) = (a.as_heap(), b.as_heap()) {
        let (ka, kb) = (vm.heap.kind(ia), vm.heap.kind(ib));
        if ka == ObjKind::Dict && kb == ObjKind::Dict {
            if dict::len(vm, a) != dict::len(vm, b) {
                return Ok(false);
            }
            for (k, v) in dict::items(vm, a) {
                match dict::get(vm, b, k)? {
                    Some(w) if w == v || eq(vm, v, w)? => {}
                    _ => return Ok(false),
                }
            }
            return Ok(true);
        }
        if matches!(ka, ObjKind::Set | ObjKind::FrozenSet) && matches!(kb, ObjKind::Set | ObjKind::FrozenSet) {
            return crate::methods::set::set_eq(vm, a, b);
        }
        if ka == ObjKind::Record && kb == ObjKind::Record {
            return crate::methods::range::record_eq(vm, a, b);
        }
    }
    // Subclasses of builtin types compare by their native base objects.
    let na = crate::obj::class::native_base_of(vm, a);
    let nb = crate::obj::class::native_base_of(vm, b);
    if na.is_some() || nb.is_some() {
        return eq(vm, na.unwrap_or(a), nb.unwrap_or(b));
    }
    Ok(false)
}

fn ordering_result(op: u8, o: Ordering) -> bool {
    match op {
        bop::LT => o == Ordering::Less,
        bop::GT => o == Ordering::Greater,
        bop::LE => o != Ordering::Greater,
        _ => o != Ordering::Less,
    }
}

/// Orders two values for `sorted`/`min`/`max` and the comparison operators; `None` means
/// the types are not ordered (the caller raises TypeError) or a NaN was involved.
pub fn compare(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Option<bool>> {
    let real = |vm: &Vm, v: Value| v.is_small_int() || v.is_float() || v.is_bool() || int::is_big(vm, v);
    if real(vm, a) && real(vm, b) {
        return Ok(Some(match num_cmp(vm, a, b)? {
            Some(o) => ordering_result(op, o),
            None => false,
        }));
    }
    if let (Some(x), Some(y)) = (vm.str_bytes(a), vm.str_bytes(b)) {
        return Ok(Some(ordering_result(op, x.cmp(y))));
    }
    if !vm.is_str(a) && !vm.is_str(b) {
        if let (Some(x), Some(y)) = (crate::methods::bytes::buffer(vm, a), crate::methods::bytes::buffer(vm, b)) {
            return Ok(Some(ordering_result(op, x.cmp(y))));
        }
    }
    if let (Some(ka), Some(kb)) = (seq_kind(vm, a), seq_kind(vm, b)) {
        if ka == kb {
            // Lexicographic: the first differing element decides.
            let mut i = 0;
            while let (Some(x), Some(y)) = (seq_get(vm, ka, a, i), seq_get(vm, kb, b, i)) {
                if x.is_small_int() && y.is_small_int() {
                    if x != y {
                        return Ok(Some(ordering_result(op, x.small_int_unchecked().cmp(&y.small_int_unchecked()))));
                    }
                } else if !(x == y || eq(vm, x, y)?) {
                    return match compare(vm, op, x, y)? {
                        Some(r) => Ok(Some(r)),
                        None => Err(super::binop::unsupported(vm, op, x, y)),
                    };
                }
                i += 1;
            }
            return Ok(Some(ordering_result(op, seq_len(vm, ka, a).cmp(&seq_len(vm, kb, b)))));
        }
    }
    if let (Some(ia), Some(ib)) = (a.as_heap(), b.as_heap()) {
        let sets = |k: ObjKind| matches!(k, ObjKind::Set | ObjKind::FrozenSet);
        if sets(vm.heap.kind(ia)) && sets(vm.heap.kind(ib)) {
            return crate::methods::set::set_compare(vm, op, a, b).map(Some);
        }
    }
    // User dunders, then the reflection.
    let (name, rname): (Qstr, Qstr) = match op {
        bop::LT => (crate::qstr::q::__lt__, crate::qstr::q::__gt__),
        bop::GT => (crate::qstr::q::__gt__, crate::qstr::q::__lt__),
        bop::LE => (crate::qstr::q::__le__, crate::qstr::q::__ge__),
        _ => (crate::qstr::q::__ge__, crate::qstr::q::__le__),
    };
    if let Some(f) = super::attr::lookup_special(vm, a, name)? {
        let r = vm.call(f, &[a, b], &[])?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(Some(vm.is_true(r)?));
        }
    }
    if let Some(f) = super::attr::lookup_special(vm, b, rname)? {
        let r = vm.call(f, &[b, a], &[])?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(Some(vm.is_true(r)?));
        }
    }
    let na = crate::obj::class::native_base_of(vm, a);
    let nb = crate::obj::class::native_base_of(vm, b);
    if na.is_some() || nb.is_some() {
        return compare(vm, op, na.unwrap_or(a), nb.unwrap_or(b));
    }
    Ok(None)
}

/// The comparison operators of `BINARY_OP 0..=5`.
pub fn rich_compare(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    match op {
        bop::EQ => return Ok(Value::bool(eq(vm, a, b)?)),
        bop::NE => {
            if let Some(f) = super::attr::lookup_special(vm, a, crate::qstr::q::__ne__)? {
                let r = vm.call(f, &[a, b], &[])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
            return Ok(Value::bool(!eq(vm, a, b)?));
        }
        _ => {}
    }
    match compare(vm, op, a, b)? {
        Some(r) => Ok(Value::bool(r)),
        None => Err(super::binop::unsupported(vm, op, a, b)),
    }
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    if let Some(hay) = vm.str_bytes(container) {
        let Some(needle) = vm.str_bytes(item) else {
            let t = super::types::type_name(vm, item);
            return Err(vm.raise_fmt(
                &crate::obj::exception::TYPE_ERROR,
                format_args!("'in <string>' requires string as left operand, not {t}"),
            ));
        };
        return Ok(crate::methods::str::find_bytes(hay, needle, 0).is_some());
    }
    if let Some(i) = container.as_heap() {
        match vm.heap.kind(i) {
            ObjKind::List | ObjKind::Tuple => {
                let items = if vm.heap.kind(i) == ObjKind::List {
                    list::to_vec(vm, container)
                } else {
                    tuple::to_vec(vm, container)
                };
                for x in items {
                    if x == item || eq(vm, x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            ObjKind::Dict => return Ok(dict::get(vm, container, item)?.is_some()),
            ObjKind::Set | ObjKind::FrozenSet => return crate::obj::set::contains(vm, container, item),
            _ => {}
        }
    }
    if let Some(b) = crate::methods::bytes::buffer(vm, container) {
        let b = b.to_vec();
        if let Some(n) = int::to_i64(vm, item) {
            return Ok((0..256).contains(&n) && b.contains(&(n as u8)));
        }
        if let Some(needle) = crate::methods::bytes::buffer(vm, item) {
            return Ok(crate::methods::str::find_bytes(&b, needle, 0).is_some());
        }
        return Err(vm.raise_msg(&crate::obj::exception::TYPE_ERROR, "a bytes-like object is required"));
    }
    if crate::obj::record::which(vm, container) == Some(crate::obj::record::Record::Range) {
        return crate::methods::range::range_contains(vm, container, item);
    }
    if let Some(f) = super::attr::lookup_special(vm, container, crate::qstr::q::__contains__)? {
        let r = vm.call(f, &[container, item], &[])?;
        return vm.is_true(r);
    }
    if let Some(nb) = crate::obj::class::native_base_of(vm, container) {
        return contains(vm, nb, item);
    }
    // Fall back to iteration.
    let it = super::iter::get_iter(vm, container)?;
    let mark = vm.push_temp(it);
    let r = (|| {
        while let Some(x) = super::iter::iter_next(vm, it)? {
            if x == item || eq(vm, x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    })();
    vm.pop_temps(mark);
    r
}
