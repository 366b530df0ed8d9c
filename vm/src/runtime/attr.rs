//! Attribute access: `LOAD_ATTR`, `LOAD_METHOD`, `LOAD_SUPER_METHOD`, `STORE_ATTR`,
//! `DELETE_ATTR`, and namespace (module/class-body) name access.
//!
//! Lookup order follows MicroPython: an instance's own dict first, then its class's
//! lookup order (user classes depth-first, then builtin bases), then `__getattr__`.
//! Descriptors: functions bind to the instance, `staticmethod` unwraps, `classmethod` binds
//! the class, `property` calls its getter; methods of a builtin base bind to the instance's
//! native base object.

use crate::heap::ObjKind;
use crate::obj::class::{self, Found};
use crate::obj::exception::{self, ATTRIBUTE_ERROR};
use crate::obj::native::{Attr, StaticObj, TypeObj};
use crate::obj::record::{self, Record};
use crate::obj::{dict, function, object};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

/// What a method lookup yields: `(callable, self)`; self is NULL for unbound callables.
pub type MethodPair = (Value, Value);

#[cold]
fn no_attr(vm: &mut Vm, obj: Value, name: Qstr) -> Raised {
    let n = vm.qstr_str(name).to_string();
    if class::is_class(vm, obj) || obj.as_static_type().is_some() {
        let cn = vm.qstr_str(class::class_name(vm, obj)).to_string();
        return vm.raise_fmt(&ATTRIBUTE_ERROR, format_args!("type object '{cn}' has no attribute '{n}'"));
    }
    let t = super::types::type_name(vm, obj);
    vm.raise_fmt(&ATTRIBUTE_ERROR, format_args!("'{t}' object has no attribute '{n}'"))
}

/// Resolves a class-level hit for an instance `obj` (or a class when `obj` is NULL) into a
/// method pair.
fn bind(vm: &mut Vm, obj: Value, cls: Value, found: Found) -> PyResult<MethodPair> {
    match found {
        Found::Native(t, a) => bind_native(vm, obj, cls, t, a),
        Found::Value(v) => {
            if let Some(i) = v.as_heap() {
                match vm.heap.kind(i) {
                    ObjKind::Function => return Ok((v, obj)),
                    ObjKind::Record => match record::which(vm, v) {
                        Some(Record::StaticMethod) => return Ok((record::field(vm, v, 0), Value::NULL)),
                        Some(Record::ClassMethod) => return Ok((record::field(vm, v, 0), cls)),
                        Some(Record::Property) if !obj.is_null() => {
                            let getter = record::field(vm, v, 0);
                            if getter.is_none() {
                                return Err(vm.raise_msg(&ATTRIBUTE_ERROR, "unreadable attribute"));
                            }
                            let r = vm.call(getter, &[obj], &[])?;
                            return Ok((r, Value::NULL));
                        }
                        _ => {}
                    },
                    _ => {}
                }
            } else if let Some(StaticObj::Function(_)) = v.as_static() {
                // A builtin function stored in a class dict binds like a method.
                return Ok((v, obj));
            }
            Ok((v, Value::NULL))
        }
    }
}

/// Resolves a builtin type's attribute for `obj` (NULL when looked up on the class).
fn bind_native(vm: &mut Vm, obj: Value, cls: Value, t: &'static TypeObj, a: Attr) -> PyResult<MethodPair> {
    let native_self = |vm: &Vm| -> Value {
        if obj.is_null() {
            return obj;
        }
        // Methods of a builtin base act on the instance's native base object.
        if t.id != crate::obj::native::TypeId::Object && t.id != crate::obj::native::TypeId::Exception {
            if let Some(b) = class::native_base_of(vm, obj) {
                return b;
            }
        }
        obj
    };
    match a {
        Attr::Method(f) => Ok((Value::from_static_fn(f), native_self(vm))),
        Attr::ClassMethod(f) => Ok((Value::from_static_fn(f), cls)),
        Attr::Static(f) => Ok((Value::from_static_fn(f), Value::NULL)),
        Attr::Getter(f) => {
            if obj.is_null() {
                return Ok((Value::from_static_fn(f), Value::NULL));
            }
            let s = native_self(vm);
            let r = vm.call_native(f, &[s], &[])?;
            Ok((r, Value::NULL))
        }
        Attr::Const(make) => Ok((make(), Value::NULL)),
    }
}

/// `LOAD_METHOD`.
pub fn load_method(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<MethodPair> {
    load_method_at(vm, obj, name, 0)
}

/// `LOAD_METHOD` at bytecode site `site` (0: uncached).
#[inline]
pub fn load_method_at(vm: &mut Vm, obj: Value, name: Qstr, site: usize) -> PyResult<MethodPair> {
    match find_method_at(vm, obj, name, site)? {
        Some(pair) => Ok(pair),
        None => Err(no_attr(vm, obj, name)),
    }
}

/// `LOAD_ATTR`.
pub fn load_attr(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Value> {
    load_attr_at(vm, obj, name, 0)
}

/// `LOAD_ATTR` at bytecode site `site` (0: uncached).
#[inline]
pub fn load_attr_at(vm: &mut Vm, obj: Value, name: Qstr, site: usize) -> PyResult<Value> {
    let (m, s) = load_method_at(vm, obj, name, site)?;
    if s.is_null() {
        return Ok(m);
    }
    function::new_bound_method(vm, s, m)
}

/// A class-level lookup, cached per bytecode site (`site` 0: uncached).
#[inline]
pub fn class_lookup_at(vm: &mut Vm, cls: Value, name: Qstr, site: usize) -> PyResult<Option<Found>> {
    if site != 0 {
        if let Some(found) = vm.caches.class(site, cls) {
            return Ok(found);
        }
        let found = class::lookup(vm, cls, name)?;
        vm.caches.set_class(site, cls, found);
        return Ok(found);
    }
    class::lookup(vm, cls, name)
}

/// Looks an attribute up without raising AttributeError (`None` when missing).
pub fn find_attr(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
    match find_method(vm, obj, name)? {
        None => Ok(None),
        Some((m, s)) if s.is_null() => Ok(Some(m)),
        Some((m, s)) => Ok(Some(function::new_bound_method(vm, s, m)?)),
    }
}

/// The general lookup behind `LOAD_METHOD` and `LOAD_ATTR`.
pub fn find_method(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Option<MethodPair>> {
    find_method_at(vm, obj, name, 0)
}

/// [`find_method`] with a cache site.
pub fn find_method_at(vm: &mut Vm, obj: Value, name: Qstr, site: usize) -> PyResult<Option<MethodPair>> {
    if let Some(i) = obj.as_heap() {
        match vm.heap.kind(i) {
            ObjKind::Instance | ObjKind::Exception => return find_on_instance(vm, obj, name, site),
            ObjKind::Class => return find_on_class(vm, obj, name),
            ObjKind::Module => {
                let d = vm.heap.value(i + 2);
                if let Some(v) = dict::get_qstr(vm, d, name)? {
                    return Ok(Some((v, Value::NULL)));
                }
                if name == q::__dict__ {
                    return Ok(Some((d, Value::NULL)));
                }
                return Ok(None);
            }
            ObjKind::Function if name == q::__name__ => {
                let n = crate::runtime::types::function_name(vm, obj).as_bytes().to_vec();
                let q = vm.intern(&n)?;
                return Ok(Some((Value::qstr(q.0), Value::NULL)));
            }
            ObjKind::Record if record::which(vm, obj) == Some(Record::Super) => {
                let cls = record::field(vm, obj, 0);
                let inst = record::field(vm, obj, 1);
                return find_super(vm, cls, inst, name);
            }
            _ => {}
        }
    }
    if let Some(s) = obj.as_static() {
        match s {
            StaticObj::Type(t) => return find_on_class(vm, Value::from_static_type(t), name),
            StaticObj::Module(m) => {
                if name == q::__name__ {
                    return Ok(Some((Value::qstr(m.name.0), Value::NULL)));
                }
                return Ok((m.attr)(vm, name)?.map(|v| (v, Value::NULL)));
            }
            StaticObj::Function(f) => {
                if name == q::__name__ {
                    return Ok(Some((Value::qstr(f.name.0), Value::NULL)));
                }
                return Ok(None);
            }
        }
    }
    // Any other builtin object: its type's attribute table.
    let t = object::type_obj_of(vm, obj).unwrap_or(&object::OBJECT_TYPE);
    if name == q::__class__ {
        return Ok(Some((Value::from_static_type(t), Value::NULL)));
    }
    match class::lookup_static(t, name) {
        Some((owner, a)) => Ok(Some(bind_native(vm, obj, Value::from_static_type(t), owner, a)?)),
        None => Ok(None),
    }
}

fn find_on_instance(vm: &mut Vm, obj: Value, name: Qstr, site: usize) -> PyResult<Option<MethodPair>> {
    let cls = vm.heap.value(obj.heap_index_unchecked() + 1);
    if let Some(slot) = class::dict_slot(vm, obj) {
        let d = vm.heap.value(slot);
        if d.is_heap() {
            if let Some(v) = dict::get_qstr(vm, d, name)? {
                return Ok(Some((v, Value::NULL)));
            }
        }
    }
    if let Some(found) = class_lookup_at(vm, cls, name, site)? {
        return Ok(Some(bind(vm, obj, cls, found)?));
    }
    if let Some(v) = crate::modules::collections::namedtuple_field(vm, obj, cls, name)? {
        return Ok(Some((v, Value::NULL)));
    }
    // Instance data of exceptions and special names.
    if exception::is_exception(vm, obj) {
        match name {
            q::args => return Ok(Some((exception::args_of(vm, obj), Value::NULL))),
            q::value | q::errno | q::code => {
                let args = exception::args_of(vm, obj);
                let v = if crate::obj::tuple::len(vm, args) > 0 {
                    crate::obj::tuple::get(vm, args, 0)
                } else {
                    Value::NONE
                };
                return Ok(Some((v, Value::NULL)));
            }
            _ => {}
        }
    }
    match name {
        q::__class__ => return Ok(Some((cls, Value::NULL))),
        q::__dict__ => {
            if let Some(slot) = class::dict_slot(vm, obj) {
                let mut d = vm.heap.value(slot);
                if d.is_null() {
                    d = dict::new(vm, 0)?;
                    vm.heap.set_value(slot, d);
                }
                return Ok(Some((d, Value::NULL)));
            }
        }
        _ => {}
    }
    if name != q::__getattr__ {
        if let Some(found) = class_lookup_at(vm, cls, q::__getattr__, site.wrapping_mul(3))? {
            let (f, s) = bind(vm, obj, cls, found)?;
            let r = vm.call_method_value(f, s, &[Value::qstr(name.0)])?;
            return Ok(Some((r, Value::NULL)));
        }
    }
    Ok(None)
}

fn find_on_class(vm: &mut Vm, cls: Value, name: Qstr) -> PyResult<Option<MethodPair>> {
    if let Some(found) = class::lookup(vm, cls, name)? {
        return match found {
            Found::Value(v) => match record::which(vm, v) {
                Some(Record::StaticMethod) => Ok(Some((record::field(vm, v, 0), Value::NULL))),
                Some(Record::ClassMethod) => Ok(Some((record::field(vm, v, 0), cls))),
                _ => Ok(Some((v, Value::NULL))),
            },
            Found::Native(t, a) => Ok(Some(bind_native(vm, Value::NULL, cls, t, a)?)),
        };
    }
    match name {
        q::__name__ => Ok(Some((Value::qstr(class::class_name(vm, cls).0), Value::NULL))),
        q::__class__ => Ok(Some((object::type_of(vm, cls), Value::NULL))),
        q::__bases__ if class::is_class(vm, cls) => Ok(Some((class::bases(vm, cls), Value::NULL))),
        q::__dict__ if class::is_class(vm, cls) => Ok(Some((class::materialize_dict(vm, cls)?, Value::NULL))),
        q::__mro__ if class::is_class(vm, cls) => {
            let order = class::mro(vm, cls);
            Ok(Some((crate::obj::tuple::new_from(vm, &order)?, Value::NULL)))
        }
        _ => Ok(None),
    }
}

/// `super(cls, inst).name`: looks `name` up in the bases of `cls`, as MicroPython does.
fn find_super(vm: &mut Vm, cls: Value, inst: Value, name: Qstr) -> PyResult<Option<MethodPair>> {
    let inst_cls =
        if class::is_class(vm, inst) || inst.as_static_type().is_some() { inst } else { object::type_of(vm, inst) };
    let Some(found) = class::lookup_in_bases(vm, cls, name)? else { return Ok(None) };
    if let Found::Native(t, _) = found {
        // `super().__init__(...)` reaching a builtin base constructs the native base object.
        if name == q::__init__ {
            if t.id == crate::obj::native::TypeId::Object {
                return Ok(Some((Value::from_static_fn(&crate::methods::object::OBJECT_INIT), inst)));
            }
            return Ok(Some((Value::from_static_type(t), inst)));
        }
    }
    Ok(Some(bind(vm, inst, inst_cls, found)?))
}

/// `LOAD_SUPER_METHOD`: the method pair for `super(cls, self).name`.
pub fn load_super_method(vm: &mut Vm, cls: Value, self_: Value, name: Qstr) -> PyResult<MethodPair> {
    match find_super(vm, cls, self_, name)? {
        Some((m, s)) => {
            // A builtin type returned for `__init__` means "construct the native base".
            if let Some(t) = m.as_static_type() {
                return Ok((Value::from_static_fn(crate::methods::object::native_init_for(t)), s));
            }
            Ok((m, s))
        }
        None => {
            let n = vm.qstr_str(name).to_string();
            Err(vm.raise_fmt(&ATTRIBUTE_ERROR, format_args!("'super' object has no attribute '{n}'")))
        }
    }
}

/// Looks a special method up on the class of an instance (not the instance dict), for
/// operator dispatch. Returns the unbound function.
pub fn lookup_special(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
    let Some(i) = obj.as_heap() else {
        return Ok(None);
    };
    match vm.heap.kind(i) {
        ObjKind::Instance | ObjKind::Exception => {}
        ObjKind::Native => {
            // A native type's special methods come from its own attribute table (not
            // `object`'s defaults, which the runtime's fallbacks already implement).
            let t = crate::obj::native_obj::type_at(vm, i);
            return Ok(match (t.attrs)(name) {
                Some(Attr::Method(f)) => Some(Value::from_static_fn(f)),
                _ => None,
            });
        }
        _ => return Ok(None),
    }
    let cls = vm.heap.value(i + 1);
    match class::lookup(vm, cls, name)? {
        Some(Found::Value(v)) => Ok(Some(v)),
        _ => Ok(None),
    }
}

/// `STORE_ATTR` (and `setattr`).
pub fn store_attr(vm: &mut Vm, obj: Value, name: Qstr, v: Value) -> PyResult<()> {
    store_attr_at(vm, obj, name, v, 0)
}

/// `STORE_ATTR` at bytecode site `site` (0: uncached).
pub fn store_attr_at(vm: &mut Vm, obj: Value, name: Qstr, v: Value, site: usize) -> PyResult<()> {
    let Some(i) = obj.as_heap() else {
        return Err(no_attr(vm, obj, name));
    };
    match vm.heap.kind(i) {
        ObjKind::Instance | ObjKind::Exception => {
            let cls = vm.heap.value(i + 1);
            if cls.as_static_type().is_some_and(|t| t.id == crate::obj::native::TypeId::Object) {
                // Bare `object()` instances have no attribute dict.
                return Err(no_attr(vm, obj, name));
            }
            if crate::modules::collections::is_namedtuple_instance(vm, obj, cls)? {
                return Err(crate::modules::collections::cant_set(vm));
            }
            if let Some(Found::Value(p)) = class_lookup_at(vm, cls, name, site)? {
                if record::which(vm, p) == Some(Record::Property) {
                    let setter = record::field(vm, p, 1);
                    if setter.is_none() {
                        return Err(vm.raise_msg(&ATTRIBUTE_ERROR, "can't set attribute"));
                    }
                    vm.call(setter, &[obj, v], &[])?;
                    return Ok(());
                }
            }
            if let Some(Found::Value(f)) = class_lookup_at(vm, cls, q::__setattr__, site.wrapping_mul(3))? {
                vm.call(f, &[obj, Value::qstr(name.0), v], &[])?;
                return Ok(());
            }
            set_in_dict_slot(vm, obj, name, v)
        }
        ObjKind::Class => {
            vm.caches.class_version += 1;
            set_in_dict_slot(vm, obj, name, v)
        }
        ObjKind::Module => set_in_dict_slot(vm, obj, name, v),
        _ => Err(no_attr(vm, obj, name)),
    }
}

/// Stores into an object's own dict, creating it if needed.
pub fn set_in_dict_slot(vm: &mut Vm, obj: Value, name: Qstr, v: Value) -> PyResult<()> {
    let Some(slot) = class::dict_slot(vm, obj) else {
        return Err(no_attr(vm, obj, name));
    };
    let mut d = vm.heap.value(slot);
    if d.is_null() {
        let mark = vm.push_temp(v);
        let r = dict::new(vm, 2);
        vm.pop_temps(mark);
        d = r?;
        vm.heap.set_value(slot, d);
    }
    dict::set_qstr(vm, d, name, v)
}

/// `del obj.name`.
pub fn delete_attr(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<()> {
    if let Some(i) = obj.as_heap() {
        if matches!(vm.heap.kind(i), ObjKind::Instance | ObjKind::Exception) {
            let cls = vm.heap.value(i + 1);
            if let Some(Found::Value(p)) = class::lookup(vm, cls, name)? {
                if record::which(vm, p) == Some(Record::Property) {
                    let deleter = record::field(vm, p, 2);
                    if deleter.is_none() {
                        return Err(vm.raise_msg(&ATTRIBUTE_ERROR, "can't delete attribute"));
                    }
                    vm.call(deleter, &[obj], &[])?;
                    return Ok(());
                }
            }
            if let Some(Found::Value(f)) = class::lookup(vm, cls, q::__delattr__)? {
                vm.call(f, &[obj, Value::qstr(name.0)], &[])?;
                return Ok(());
            }
        }
        if vm.heap.kind(i) == ObjKind::Class {
            vm.caches.class_version += 1;
        }
    }
    delete_from_dict_slot(vm, obj, name)
}

/// Removes `name` from an object's own dict (AttributeError when absent).
pub fn delete_from_dict_slot(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<()> {
    if class::is_class(vm, obj) {
        class::materialize_dict(vm, obj)?;
    }
    if let Some(slot) = class::dict_slot(vm, obj) {
        let d = vm.heap.value(slot);
        if d.is_heap() && dict::remove(vm, d, Value::qstr(name.0))?.is_some() {
            return Ok(());
        }
    }
    Err(no_attr(vm, obj, name))
}

/// `STORE_NAME` into a namespace dict.
#[inline]
pub fn store_in_namespace(vm: &mut Vm, d: Value, name: Qstr, v: Value) -> PyResult<()> {
    dict::set_qstr(vm, d, name, v)
}

/// `LOAD_NAME` from a namespace dict.
#[inline]
pub fn load_from_namespace(vm: &mut Vm, d: Value, name: Qstr) -> PyResult<Option<Value>> {
    dict::get_qstr(vm, d, name)
}

/// `DELETE_NAME`/`DELETE_GLOBAL`: whether the name was there.
pub fn delete_from_namespace(vm: &mut Vm, d: Value, name: Qstr) -> PyResult<bool> {
    Ok(dict::remove(vm, d, Value::qstr(name.0))?.is_some())
}
