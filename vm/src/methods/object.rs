//! `object`, `type`, `property`, `staticmethod`, `classmethod` and `super`.

use crate::native_fn;
use crate::obj::class;
use crate::obj::exception::TYPE_ERROR;
use crate::obj::native::{Attr, NativeFn, TypeId, TypeObj};
use crate::obj::record::{self, Record};
use crate::obj::{object, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

native_fn!(pub OBJECT_INIT, q::__init__, 1, u16::MAX, kw, |_, _, _| Ok(Value::NONE));
native_fn!(OBJECT_NEW, q::__new__, 1, u16::MAX, kw, object_new);
native_fn!(OBJECT_EQ, q::__eq__, 2, 2, |_, a, _| Ok(if a[0] == a[1] { Value::TRUE } else { Value::NOT_IMPLEMENTED }));
native_fn!(OBJECT_HASH, q::__hash__, 1, 1, |vm, a, _| {
    let h = a[0].as_heap().map_or(0, |i| i as i64);
    vm.new_int(h)
});
native_fn!(OBJECT_REPR, q::__repr__, 1, 1, |vm, a, _| {
    let t = crate::runtime::types::type_name(vm, a[0]);
    let addr = a[0].as_heap().unwrap_or(0) * 8;
    crate::obj::str::from_str(vm, &format!("<{t} object at {addr:x}>"))
});
native_fn!(OBJECT_STR, q::__str__, 1, 1, |vm, a, _| vm.str_of(a[0]));
native_fn!(OBJECT_SETATTR, q::__setattr__, 3, 3, |vm, a, _| {
    let name = vm.str_to_qstr(a[1])?;
    crate::runtime::attr::set_in_dict_slot(vm, a[0], name, a[2])?;
    Ok(Value::NONE)
});
native_fn!(OBJECT_DELATTR, q::__delattr__, 2, 2, |vm, a, _| {
    let name = vm.str_to_qstr(a[1])?;
    crate::runtime::attr::delete_from_dict_slot(vm, a[0], name)?;
    Ok(Value::NONE)
});
native_fn!(NATIVE_BASE_INIT, q::__init__, 1, u16::MAX, kw, native_base_init);

/// Attributes of `object`.
pub fn attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::__init__ => Attr::Method(&OBJECT_INIT),
        q::__new__ => Attr::Static(&OBJECT_NEW),
        q::__eq__ => Attr::Method(&OBJECT_EQ),
        q::__hash__ => Attr::Method(&OBJECT_HASH),
        q::__repr__ => Attr::Method(&OBJECT_REPR),
        q::__str__ => Attr::Method(&OBJECT_STR),
        q::__setattr__ => Attr::Method(&OBJECT_SETATTR),
        q::__delattr__ => Attr::Method(&OBJECT_DELATTR),
        _ => return None,
    })
}

/// `object.__new__(cls)`: a bare instance of `cls`.
fn object_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = args[0];
    if class::is_class(vm, cls) {
        if let Some(t) = class::exception_base(vm, cls) {
            let _ = t;
            let e = tuple::empty(vm)?;
            return crate::obj::exception::new_with_args(vm, cls, e);
        }
        return class::new_instance(vm, cls);
    }
    make_new(vm, &[cls], &[])
}

/// `object()`.
pub fn make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.raise_msg(&TYPE_ERROR, "function takes 0 positional arguments but 1 were given"));
    }
    class::new_instance(vm, Value::from_static_type(&object::OBJECT_TYPE))
}

/// Attributes of `type`.
pub fn type_attrs(_name: Qstr) -> Option<Attr> {
    None
}

/// `type(x)` and `type(name, bases, dict)`.
pub fn type_make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.len() {
        2 => Ok(object::type_of(vm, args[1])),
        4 => {
            let name = vm.str_to_qstr(args[1])?;
            if !tuple::is_tuple(vm, args[2]) || !crate::obj::dict::is_dict(vm, args[3]) {
                return Err(vm.raise_msg(&TYPE_ERROR, "type() argument types"));
            }
            class::new_class(vm, name, args[2], args[3])
        }
        _ => Err(vm.raise_msg(&TYPE_ERROR, "type() takes 1 or 3 arguments")),
    }
}

// ---- property ----

native_fn!(PROPERTY_GETTER, q::getter, 2, 2, |vm, a, _| property_with(vm, a[0], 0, a[1]));
native_fn!(PROPERTY_SETTER, q::setter, 2, 2, |vm, a, _| property_with(vm, a[0], 1, a[1]));
native_fn!(PROPERTY_DELETER, q::deleter, 2, 2, |vm, a, _| property_with(vm, a[0], 2, a[1]));

fn property_with(vm: &mut Vm, p: Value, k: usize, f: Value) -> PyResult<Value> {
    let mut fields = [record::field(vm, p, 0), record::field(vm, p, 1), record::field(vm, p, 2)];
    fields[k] = f;
    record::new(vm, Record::Property, &fields)
}

/// Attributes of `property`.
pub fn property_attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::getter => Attr::Method(&PROPERTY_GETTER),
        q::setter => Attr::Method(&PROPERTY_SETTER),
        q::deleter => Attr::Method(&PROPERTY_DELETER),
        _ => return None,
    })
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn property_make_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    use super::args::arg_or;
    super::args::check_kw(vm, kw, &[q::fget, q::fset, q::fdel, q::doc])?;
    let fget = arg_or(vm, &args[1..], kw, 0, q::fget, Value::NONE);
    let fset = arg_or(vm, &args[1..], kw, 1, q::fset, Value::NONE);
    let fdel = arg_or(vm, &args[1..], kw, 2, q::fdel, Value::NONE);
    record::new(vm, Record::Property, &[fget, fset, fdel])
}

/// `staticmethod(f)`.
pub fn staticmethod_make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = args.get(1).copied().unwrap_or(Value::NONE);
    record::new(vm, Record::StaticMethod, &[f])
}

/// `classmethod(f)`.
pub fn classmethod_make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = args.get(1).copied().unwrap_or(Value::NONE);
    record::new(vm, Record::ClassMethod, &[f])
}

/// `super(cls, obj)` (the compiler always passes both).
pub fn super_make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.raise_msg(&TYPE_ERROR, "super() requires 2 arguments"));
    }
    record::new(vm, Record::Super, &[args[1], args[2]])
}

/// The `__init__` that constructs a builtin base of an instance (used by
/// `super().__init__(...)` when the next class in line is a builtin type).
pub fn native_init_for(_t: &'static TypeObj) -> &'static NativeFn {
    &NATIVE_BASE_INIT
}

fn native_base_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let inst = args[0];
    let cls = object::type_of(vm, inst);
    let t = if class::is_class(vm, cls) { class::native_base_type(vm, cls) } else { None };
    if let Some(t) = t {
        if t.id != TypeId::Object {
            class::init_native_base(vm, t, inst, &args[1..], kw)?;
        }
    }
    Ok(Value::NONE)
}
