//! `dict` and dict views: constructor and methods.

use crate::native_fn;
use crate::obj::exception::{KEY_ERROR, TYPE_ERROR};
use crate::obj::native::Attr;
use crate::obj::record::{self, Record};
use crate::obj::{dict, list, tuple};
use crate::qstr::{q, Qstr};
use crate::runtime::print::{write_value, Kind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn view(vm: &mut Vm, d: Value, which: i64) -> PyResult<Value> {
    record::new(vm, Record::DictView, &[d, Value::int_unchecked(which)])
}

native_fn!(DICT_KEYS, q::keys, 1, 1, |vm, a, _| view(vm, a[0], 0));
native_fn!(DICT_VALUES, q::values, 1, 1, |vm, a, _| view(vm, a[0], 1));
native_fn!(DICT_ITEMS, q::items, 1, 1, |vm, a, _| view(vm, a[0], 2));
native_fn!(DICT_GET, q::get, 2, 3, |vm, a, _| Ok(
    dict::get(vm, a[0], a[1])?.unwrap_or(a.get(2).copied().unwrap_or(Value::NONE))
));
native_fn!(DICT_POP, q::pop, 2, 3, |vm, a, _| match dict::remove(vm, a[0], a[1])? {
    Some(v) => Ok(v),
    None => match a.get(2) {
        Some(&d) => Ok(d),
        None => Err(vm.raise_with(&KEY_ERROR, a[1])),
    },
});
native_fn!(DICT_POPITEM, q::popitem, 1, 1, |vm, a, _| {
    let items = dict::items(vm, a[0]);
    match items.last() {
        Some(&(k, v)) => {
            let t = tuple::new_from(vm, &[k, v])?;
            dict::remove(vm, a[0], k)?;
            Ok(t)
        }
        None => Err(vm.raise_msg(&KEY_ERROR, "popitem(): dictionary is empty")),
    }
});
native_fn!(DICT_SETDEFAULT, q::setdefault, 2, 3, |vm, a, _| match dict::get(vm, a[0], a[1])? {
    Some(v) => Ok(v),
    None => {
        let d = a.get(2).copied().unwrap_or(Value::NONE);
        dict::set_item(vm, a[0], a[1], d)?;
        Ok(d)
    }
});
native_fn!(DICT_UPDATE, q::update, 1, 2, kw, |vm, a, kw| {
    if let Some(&other) = a.get(1) {
        update_from(vm, a[0], other)?;
    }
    for p in kw.chunks(2) {
        dict::set_item(vm, a[0], p[0], p[1])?;
    }
    Ok(Value::NONE)
});
native_fn!(DICT_COPY, q::copy, 1, 1, |vm, a, _| copy(vm, a[0]));
native_fn!(DICT_CLEAR, q::clear, 1, 1, |vm, a, _| {
    dict::clear(vm, a[0]);
    Ok(Value::NONE)
});
native_fn!(DICT_FROMKEYS, q::fromkeys, 2, 3, |vm, a, _| {
    let d = dict::new(vm, 0)?;
    let mark = vm.push_temp(d);
    let r = (|| {
        let keys = crate::runtime::iter::collect_list(vm, a[1])?;
        vm.push_temp(keys);
        let v = a.get(2).copied().unwrap_or(Value::NONE);
        for k in list::to_vec(vm, keys) {
            dict::set_item(vm, d, k, v)?;
        }
        Ok(d)
    })();
    vm.pop_temps(mark);
    r
});

/// Attributes of `dict`.
pub fn attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::keys => Attr::Method(&DICT_KEYS),
        q::values => Attr::Method(&DICT_VALUES),
        q::items => Attr::Method(&DICT_ITEMS),
        q::get => Attr::Method(&DICT_GET),
        q::pop => Attr::Method(&DICT_POP),
        q::popitem => Attr::Method(&DICT_POPITEM),
        q::setdefault => Attr::Method(&DICT_SETDEFAULT),
        q::update => Attr::Method(&DICT_UPDATE),
        q::copy => Attr::Method(&DICT_COPY),
        q::clear => Attr::Method(&DICT_CLEAR),
        q::fromkeys => Attr::ClassMethod(&DICT_FROMKEYS),
        _ => return None,
    })
}

/// Attributes of dict views.
pub fn view_attrs(_name: Qstr) -> Option<Attr> {
    None
}

fn copy(vm: &mut Vm, d: Value) -> PyResult<Value> {
    let items = dict::items(vm, d);
    let n = dict::new(vm, items.len())?;
    let mark = vm.push_temp(n);
    let r = (|| {
        for (k, v) in items {
            dict::set_item(vm, n, k, v)?;
        }
        Ok(n)
    })();
    vm.pop_temps(mark);
    r
}

/// `d.update(other)`: from a mapping or an iterable of pairs.
pub fn update_from(vm: &mut Vm, d: Value, other: Value) -> PyResult<()> {
    let is_mapping = dict::is_dict(vm, other)
        || crate::obj::class::native_base_of(vm, other).is_some_and(|b| dict::is_dict(vm, b))
        || crate::runtime::attr::find_attr(vm, other, q::keys)?.is_some();
    if is_mapping {
        for (k, v) in crate::runtime::mapping::items_of(vm, other)? {
            dict::set_item(vm, d, k, v)?;
        }
        return Ok(());
    }
    let pairs = crate::runtime::iter::collect_list(vm, other)?;
    let mark = vm.push_temp(pairs);
    let r = (|| {
        for p in list::to_vec(vm, pairs) {
            let kv = crate::runtime::iter::unpack(vm, p, 2, None)?;
            dict::set_item(vm, d, kv[0], kv[1])?;
        }
        Ok(())
    })();
    vm.pop_temps(mark);
    r
}

/// `dict(mapping_or_iterable=(), **kw)`.
pub fn make_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let d = dict::new(vm, 0)?;
    let mark = vm.push_temp(d);
    let r = (|| {
        if let Some(&other) = args.get(1) {
            update_from(vm, d, other)?;
        }
        for p in kw.chunks(2) {
            dict::set_item(vm, d, p[0], p[1])?;
        }
        Ok(d)
    })();
    vm.pop_temps(mark);
    r
}

/// `a | b` and `a |= b` for dicts.
pub fn union_op(vm: &mut Vm, inplace: bool, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !dict::is_dict(vm, b) {
        return Ok(None);
    }
    let target = if inplace { a } else { copy(vm, a)? };
    let mark = vm.push_temp(target);
    let r = update_from(vm, target, b);
    vm.pop_temps(mark);
    r.map(|_| Some(target))
}

/// Writes `dict_keys([...])` and friends.
pub fn write_view(vm: &mut Vm, out: &mut String, v: Value) -> PyResult<()> {
    let d = record::field(vm, v, 0);
    let which = record::field(vm, v, 1).as_small_int().unwrap_or(0);
    out.push_str(match which {
        0 => "dict_keys([",
        1 => "dict_values([",
        _ => "dict_items([",
    });
    for (k, (key, val)) in dict::items(vm, d).into_iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        match which {
            0 => write_value(vm, out, key, Kind::Repr)?,
            1 => write_value(vm, out, val, Kind::Repr)?,
            _ => {
                out.push('(');
                write_value(vm, out, key, Kind::Repr)?;
                out.push_str(", ");
                write_value(vm, out, val, Kind::Repr)?;
                out.push(')');
            }
        }
    }
    out.push_str("])");
    Ok(())
}

/// Raises TypeError for an unhashable dict key type (used by set/dict constructors).
pub fn unhashable(vm: &mut Vm, v: Value) -> crate::vm::Raised {
    let t = crate::runtime::types::type_name(vm, v);
    vm.raise_fmt(&TYPE_ERROR, format_args!("unhashable type: '{t}'"))
}
