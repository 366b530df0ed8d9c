//! `collections`: `namedtuple`, `OrderedDict` and `deque`, as MicroPython provides them.
//!
//! - `namedtuple(name, fields)` makes a class whose native base is `tuple`; its dict holds
//!   `_fields` (the field names) and native `__new__`/`__repr__`. Field attributes are read
//!   through [`namedtuple_field`] (the attribute lookup calls it when a name is not found),
//!   and instances reject attribute assignment, as tuples do.
//! - `OrderedDict` builds a dict flagged as ordered (all dicts keep insertion order; the
//!   flag only changes its type and repr).
//! - `deque(iterable=(), maxlen=None)` is a native object holding a list and the maxlen;
//!   appending past `maxlen` drops from the other end.
//!
//! Invariants: a deque's field 0 is always a list, field 1 a small int (-1: unbounded).

use crate::builtin_module;
use crate::methods::args::{kwarg, to_i64};
use crate::native_fn;
use crate::obj::exception::{ATTRIBUTE_ERROR, INDEX_ERROR, TYPE_ERROR};
use crate::obj::native::{Attr, TypeId};
use crate::obj::object::{DICT_TYPE, OBJECT_TYPE, TUPLE_TYPE};
use crate::obj::{class, dict, list, native_obj, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

builtin_module!(q::collections, attr, [q::namedtuple, q::OrderedDict, q::deque]);

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        q::namedtuple => Value::from_static_fn(&NAMEDTUPLE),
        q::OrderedDict => Value::from_static_type(&ORDERED_DICT_TYPE),
        q::deque => Value::from_static_type(&DEQUE_TYPE),
        _ => return Ok(None),
    }))
}

// ---- namedtuple ----

native_fn!(NAMEDTUPLE, q::namedtuple, 2, 2, |vm, a, _| {
    let name = vm.str_to_qstr(a[0])?;
    // Fields: a str of names separated by spaces or commas, or an iterable of str.
    let names: Vec<Value> = if vm.is_str(a[1]) {
        let text = vm.str_text(a[1]).unwrap_or("").to_string();
        let mut out = Vec::new();
        for part in text.split([' ', ',']).filter(|p| !p.is_empty()) {
            out.push(Value::qstr(vm.intern(part.as_bytes())?.0));
        }
        out
    } else {
        let l = crate::runtime::iter::collect_list(vm, a[1])?;
        let mut out = Vec::new();
        for v in list::to_vec(vm, l) {
            out.push(Value::qstr(vm.str_to_qstr(v)?.0));
        }
        out
    };
    let fields = tuple::new_from(vm, &names)?;
    let mark = vm.push_temp(fields);
    let r = (|| {
        let d = dict::new(vm, 3)?;
        vm.push_temp(d);
        dict::set_qstr(vm, d, q::_fields, fields)?;
        dict::set_qstr(vm, d, q::__new__, Value::from_static_fn(&NT_NEW))?;
        dict::set_qstr(vm, d, q::__repr__, Value::from_static_fn(&NT_REPR))?;
        let bases = tuple::new_from(vm, &[Value::from_static_type(&TUPLE_TYPE)])?;
        vm.push_temp(bases);
        class::new_class(vm, name, bases, d)
    })();
    vm.pop_temps(mark);
    r
});

/// The `_fields` tuple of a namedtuple class, if `cls` is one.
fn fields_of(vm: &mut Vm, cls: Value) -> PyResult<Option<Value>> {
    if !class::is_class(vm, cls) || class::native_base_type(vm, cls).map(|t| t.id) != Some(TypeId::Tuple) {
        return Ok(None);
    }
    match class::lookup(vm, cls, q::_fields)? {
        Some(class::Found::Value(f)) if tuple::is_tuple(vm, f) => Ok(Some(f)),
        _ => Ok(None),
    }
}

/// The value of field `name` of a namedtuple instance (`None` if `obj` is not one or has no
/// such field).
pub fn namedtuple_field(vm: &mut Vm, obj: Value, cls: Value, name: Qstr) -> PyResult<Option<Value>> {
    let Some(fields) = fields_of(vm, cls)? else { return Ok(None) };
    let Some(k) = tuple::to_vec(vm, fields).iter().position(|f| *f == Value::qstr(name.0)) else { return Ok(None) };
    let Some(base) = class::native_base_of(vm, obj) else { return Ok(None) };
    Ok((k < tuple::len(vm, base)).then(|| tuple::get(vm, base, k)))
}

/// Whether `obj` is a namedtuple instance (whose attributes cannot be assigned).
pub fn is_namedtuple_instance(vm: &mut Vm, obj: Value, cls: Value) -> PyResult<bool> {
    let _ = obj;
    Ok(fields_of(vm, cls)?.is_some())
}

native_fn!(NT_NEW, q::__new__, 1, u16::MAX, kw, |vm, a, kw| {
    let cls = a[0];
    let Some(fields) = fields_of(vm, cls)? else {
        return Err(vm.raise_msg(&TYPE_ERROR, "not a namedtuple class"));
    };
    let names = tuple::to_vec(vm, fields);
    let args = &a[1..];
    if args.len() > names.len() {
        return Err(vm.raise_fmt(
            &TYPE_ERROR,
            format_args!("function takes {} positional arguments but {} were given", names.len(), args.len()),
        ));
    }
    let mut values: Vec<Value> = args.to_vec();
    for (k, n) in names.iter().enumerate().skip(args.len()) {
        let name = Qstr(n.as_qstr().unwrap_or(0));
        match kwarg(vm, kw, name) {
            Some(v) => values.push(v),
            None => {
                return Err(
                    vm.raise_fmt(&TYPE_ERROR, format_args!("function missing required positional argument #{}", k + 1))
                )
            }
        }
    }
    if kw.len() / 2 + args.len() > names.len() {
        return Err(vm.raise_msg(&TYPE_ERROR, "unexpected keyword argument"));
    }
    let t = tuple::new_from(vm, &values)?;
    let mark = vm.push_temp(t);
    let r = class::new_instance(vm, cls);
    vm.pop_temps(mark);
    let inst = r?;
    class::set_native_base(vm, inst, t);
    Ok(inst)
});

native_fn!(NT_REPR, q::__repr__, 1, 1, |vm, a, _| {
    let cls = crate::obj::object::type_of(vm, a[0]);
    let name = vm.qstr_str(class::class_name(vm, cls)).to_string();
    let fields = fields_of(vm, cls)?.map(|f| tuple::to_vec(vm, f)).unwrap_or_default();
    let base = class::native_base_of(vm, a[0]).unwrap_or(Value::NONE);
    let items = if tuple::is_tuple(vm, base) { tuple::to_vec(vm, base) } else { Vec::new() };
    let mut out = format!("{name}(");
    for (k, (f, v)) in fields.iter().zip(items.iter()).enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        out.push_str(vm.qstr_str(Qstr(f.as_qstr().unwrap_or(0))));
        out.push('=');
        out.push_str(&vm.repr_string(*v)?);
    }
    out.push(')');
    crate::obj::str::from_str(vm, &out)
});

// ---- OrderedDict ----

crate::builtin_type!(pub ORDERED_DICT_TYPE, TypeId::Dict, q::OrderedDict, Some(&DICT_TYPE), crate::obj::native::no_attrs, Some(ordered_dict_new), true);

/// `OrderedDict(...)`: a dict (all dicts keep insertion order) flagged so that its type and
/// repr say `OrderedDict`, as on MicroPython.
fn ordered_dict_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = crate::methods::dict::make_new(vm, a, kw)?;
    dict::set_ordered(vm, d);
    Ok(d)
}

// ---- deque ----

crate::builtin_type!(pub DEQUE_TYPE, TypeId::Other, q::deque, Some(&OBJECT_TYPE), deque_attrs, Some(deque_new), false);

fn deque_new(vm: &mut Vm, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let maxlen = match a.get(2).copied().or_else(|| kwarg(vm, kw, q::maxlen)) {
        Some(v) if !v.is_none() => to_i64(vm, v)?.max(0),
        _ => -1,
    };
    let items = match a.get(1) {
        Some(&it) => crate::runtime::iter::collect_list(vm, it)?,
        None => list::new(vm, 0)?,
    };
    let mark = vm.push_temp(items);
    if maxlen >= 0 {
        while list::len(vm, items) > maxlen as usize {
            list::remove_at(vm, items, 0);
        }
    }
    let r = native_obj::new(vm, &DEQUE_TYPE, &[items, Value::int_unchecked(maxlen)]);
    vm.pop_temps(mark);
    r
}

fn items(vm: &Vm, d: Value) -> Value {
    native_obj::field(vm, d, 0)
}

fn maxlen(vm: &Vm, d: Value) -> i64 {
    native_obj::field(vm, d, 1).as_small_int().unwrap_or(-1)
}

fn push(vm: &mut Vm, d: Value, v: Value, left: bool) -> PyResult<()> {
    let l = items(vm, d);
    if left {
        list::insert(vm, l, 0, v)?;
    } else {
        list::push(vm, l, v)?;
    }
    let max = maxlen(vm, d);
    if max >= 0 && list::len(vm, l) > max as usize {
        let n = list::len(vm, l);
        list::remove_at(vm, l, if left { n - 1 } else { 0 });
    }
    Ok(())
}

fn take(vm: &mut Vm, d: Value, left: bool) -> PyResult<Value> {
    let l = items(vm, d);
    let n = list::len(vm, l);
    if n == 0 {
        return Err(vm.raise_msg(&INDEX_ERROR, "empty"));
    }
    Ok(list::remove_at(vm, l, if left { 0 } else { n - 1 }))
}

native_fn!(DEQUE_APPEND, q::append, 2, 2, |vm, a, _| push(vm, a[0], a[1], false).map(|_| Value::NONE));
native_fn!(DEQUE_APPENDLEFT, q::appendleft, 2, 2, |vm, a, _| push(vm, a[0], a[1], true).map(|_| Value::NONE));
native_fn!(DEQUE_POP, q::pop, 1, 1, |vm, a, _| take(vm, a[0], false));
native_fn!(DEQUE_POPLEFT, q::popleft, 1, 1, |vm, a, _| take(vm, a[0], true));
native_fn!(DEQUE_EXTEND, q::extend, 2, 2, |vm, a, _| {
    let src = crate::runtime::iter::collect_list(vm, a[1])?;
    let mark = vm.push_temp(src);
    let r = (|| {
        for v in list::to_vec(vm, src) {
            push(vm, a[0], v, false)?;
        }
        Ok(Value::NONE)
    })();
    vm.pop_temps(mark);
    r
});
native_fn!(DEQUE_LEN, q::__len__, 1, 1, |vm, a, _| {
    let n = list::len(vm, items(vm, a[0]));
    vm.new_int(n as i64)
});
native_fn!(DEQUE_BOOL, q::__bool__, 1, 1, |vm, a, _| Ok(Value::bool(list::len(vm, items(vm, a[0])) > 0)));
native_fn!(DEQUE_ITER, q::__iter__, 1, 1, |vm, a, _| {
    let l = items(vm, a[0]);
    crate::runtime::iter::get_iter(vm, l)
});
native_fn!(DEQUE_GETITEM, q::__getitem__, 2, 2, |vm, a, _| {
    let l = items(vm, a[0]);
    let n = list::len(vm, l);
    let k = crate::runtime::subscr::index(vm, a[1], n, "deque")?;
    Ok(list::get(vm, l, k))
});
native_fn!(DEQUE_SETITEM, q::__setitem__, 3, 3, |vm, a, _| {
    let l = items(vm, a[0]);
    let n = list::len(vm, l);
    let k = crate::runtime::subscr::index(vm, a[1], n, "deque")?;
    list::set(vm, l, k, a[2]);
    Ok(Value::NONE)
});
native_fn!(DEQUE_REPR, q::__repr__, 1, 1, |vm, a, _| {
    let l = items(vm, a[0]);
    let body = vm.repr_string(l)?;
    let max = maxlen(vm, a[0]);
    let text = if max >= 0 { format!("deque({body}, maxlen={max})") } else { format!("deque({body})") };
    crate::obj::str::from_str(vm, &text)
});

fn deque_attrs(name: Qstr) -> Option<Attr> {
    Some(Attr::Method(match name {
        q::append => &DEQUE_APPEND,
        q::appendleft => &DEQUE_APPENDLEFT,
        q::pop => &DEQUE_POP,
        q::popleft => &DEQUE_POPLEFT,
        q::extend => &DEQUE_EXTEND,
        q::__len__ => &DEQUE_LEN,
        q::__bool__ => &DEQUE_BOOL,
        q::__iter__ => &DEQUE_ITER,
        q::__getitem__ => &DEQUE_GETITEM,
        q::__setitem__ => &DEQUE_SETITEM,
        q::__repr__ => &DEQUE_REPR,
        _ => return None,
    }))
}

/// Raises the AttributeError for assigning to a namedtuple field.
pub fn cant_set(vm: &mut Vm) -> crate::vm::Raised {
    vm.raise_msg(&ATTRIBUTE_ERROR, "can't set attribute")
}
