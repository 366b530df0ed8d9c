//! Core builtins: print, len, repr, isinstance, attribute functions, id, hash, callable.

use crate::methods::args::{check_kw, kwarg, to_string};
use crate::native_fn;
use crate::obj::exception::TYPE_ERROR;
use crate::obj::tuple;
use crate::qstr::q;
use crate::runtime::print::{write_value, Kind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::io::Write;

native_fn!(pub PRINT, q::print, 0, u16::MAX, kw, print);
native_fn!(pub OPEN, q::open, 1, 2, kw, |vm, a, kw| {
    let path = to_string(vm, a[0])?;
    let mode = match a.get(1).copied().or_else(|| kwarg(vm, kw, q::mode)) {
        Some(m) => to_string(vm, m)?,
        None => "r".to_string(),
    };
    crate::vfs::file::open(vm, &path, &mode)
});
native_fn!(pub LEN, q::len, 1, 1, |vm, a, _| {
    let n = vm.len_of(a[0])?;
    vm.new_int(n as i64)
});
native_fn!(pub REPR, q::repr, 1, 1, |vm, a, _| vm.repr(a[0]));
native_fn!(pub ISINSTANCE, q::isinstance, 2, 2, |vm, a, _| isinstance(vm, a[0], a[1], false));
native_fn!(pub ISSUBCLASS, q::issubclass, 2, 2, |vm, a, _| isinstance(vm, a[0], a[1], true));
native_fn!(pub HASATTR, q::hasattr, 2, 2, |vm, a, _| {
    let name = attr_name(vm, a[1])?;
    match crate::runtime::attr::find_attr(vm, a[0], name) {
        Ok(v) => Ok(Value::bool(v.is_some())),
        Err(e) => {
            if crate::runtime::types::isinstance_static(vm, vm.exc, &crate::obj::exception::ATTRIBUTE_ERROR) {
                vm.exc = Value::NULL;
                Ok(Value::FALSE)
            } else {
                Err(e)
            }
        }
    }
});
native_fn!(pub GETATTR, q::getattr, 2, 3, |vm, a, _| {
    let name = attr_name(vm, a[1])?;
    match a.get(2) {
        None => crate::runtime::attr::load_attr(vm, a[0], name),
        Some(&default) => match crate::runtime::attr::find_attr(vm, a[0], name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(default),
            Err(e) => {
                if crate::runtime::types::isinstance_static(vm, vm.exc, &crate::obj::exception::ATTRIBUTE_ERROR) {
                    vm.exc = Value::NULL;
                    Ok(default)
                } else {
                    Err(e)
                }
            }
        },
    }
});
native_fn!(pub SETATTR, q::setattr, 3, 3, |vm, a, _| {
    let name = attr_name(vm, a[1])?;
    crate::runtime::attr::store_attr(vm, a[0], name, a[2])?;
    Ok(Value::NONE)
});
native_fn!(pub DELATTR, q::delattr, 2, 2, |vm, a, _| {
    let name = attr_name(vm, a[1])?;
    crate::runtime::attr::delete_attr(vm, a[0], name)?;
    Ok(Value::NONE)
});
native_fn!(pub CALLABLE, q::callable, 1, 1, |vm, a, _| callable(vm, a[0]).map(Value::bool));
native_fn!(pub ID, q::id, 1, 1, |vm, a, _| {
    let v = a[0];
    let id = match v.as_heap() {
        Some(i) => (i * 8) as i64,
        None => (v.bits() & 0x0000_ffff_ffff_ffff) as i64,
    };
    vm.new_int(id)
});
native_fn!(pub HASH, q::hash, 1, 1, |vm, a, _| {
    let h = crate::runtime::hash::hash(vm, a[0])?;
    vm.new_int(h)
});

fn attr_name(vm: &mut Vm, v: Value) -> PyResult<crate::qstr::Qstr> {
    if !vm.is_str(v) {
        let _ = to_string(vm, v)?;
    }
    vm.str_to_qstr(v)
}

fn print(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_kw(vm, kw, &[q::sep, q::end, q::file, q::flush])?;
    let text_of = |vm: &mut Vm, v: Option<Value>, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) if v.is_none() => Ok(default.to_string()),
            Some(v) => to_string(vm, v),
        }
    };
    let sep = text_of(vm, kwarg(vm, kw, q::sep), " ")?;
    let end = text_of(vm, kwarg(vm, kw, q::end), "\n")?;
    let mut out = String::new();
    for (k, v) in args.iter().enumerate() {
        if k > 0 {
            out.push_str(&sep);
        }
        write_value(vm, &mut out, *v, Kind::Str)?;
    }
    out.push_str(&end);
    match kwarg(vm, kw, q::file) {
        Some(f) if !f.is_none() => {
            let s = crate::obj::str::from_str(vm, &out)?;
            vm.call_method(f, q::write, &[s])?;
        }
        _ => {
            let _ = vm.stdout.write_all(out.as_bytes());
        }
    }
    Ok(Value::NONE)
}

fn isinstance(vm: &mut Vm, obj: Value, cls: Value, sub: bool) -> PyResult<Value> {
    let check = |vm: &mut Vm, c: Value| -> PyResult<bool> {
        if !(c.as_static_type().is_some() || crate::obj::class::is_class(vm, c)) {
            let what = if sub { "issubclass" } else { "isinstance" };
            return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("{what}() arg 2 must be a class or a tuple of classes")));
        }
        // MicroPython's bool is not an int subclass as far as isinstance/issubclass go
        // (arithmetic on bools still works).
        let int_type = Value::from_static_type(&crate::obj::object::INT_TYPE);
        let bool_type = Value::from_static_type(&crate::obj::object::BOOL_TYPE);
        if c == int_type && (if sub { obj == bool_type } else { obj.is_bool() }) {
            return Ok(false);
        }
        if sub {
            if !(obj.as_static_type().is_some() || crate::obj::class::is_class(vm, obj)) {
                return Err(vm.raise_msg(&TYPE_ERROR, "issubclass() arg 1 must be a class"));
            }
            Ok(crate::obj::class::is_subclass(vm, obj, c))
        } else {
            Ok(crate::runtime::types::isinstance(vm, obj, c))
        }
    };
    if tuple::is_tuple(vm, cls) {
        for c in tuple::to_vec(vm, cls) {
            if check(vm, c)? {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    check(vm, cls).map(Value::bool)
}

/// Whether `v` can be called.
pub fn callable(vm: &mut Vm, v: Value) -> PyResult<bool> {
    use crate::heap::ObjKind;
    if let Some(s) = v.as_static() {
        return Ok(!matches!(s, crate::obj::native::StaticObj::Module(_)));
    }
    if let Some(i) = v.as_heap() {
        return Ok(match vm.heap.kind(i) {
            ObjKind::Function | ObjKind::BoundMethod | ObjKind::Class => true,
            ObjKind::Instance | ObjKind::Exception => {
                crate::runtime::attr::lookup_special(vm, v, q::__call__)?.is_some()
            }
            _ => false,
        });
    }
    Ok(false)
}
