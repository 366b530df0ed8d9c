//! The builtin type objects of the core types and `type_of`.
//!
//! Each builtin type is a static `TypeObj`; its methods live in `crate::methods::<family>`.
//! `type_of` maps any value to its type value (a static type or a heap user class).
//!
//! Invariant: `type_of` never allocates and never fails.

use crate::heap::ObjKind;
use crate::methods;
use crate::obj::native::{no_attrs, StaticObj, TypeId, TypeObj};
use crate::qstr::q;
use crate::value::{Special, Value};
use crate::vm::Vm;

/// Defines a builtin type.
#[macro_export]
macro_rules! builtin_type {
    ($vis:vis $name:ident, $id:expr, $q:expr, $base:expr, $attrs:expr, $make_new:expr, $subclassable:expr) => {
        $vis static $name: $crate::obj::native::TypeObj = $crate::obj::native::TypeObj {
            kind: $crate::obj::native::StaticKind::Type,
            id: $id,
            subclassable: $subclassable,
            name: $q,
            base: $base,
            attrs: $attrs,
            make_new: $make_new,
        };
    };
}

builtin_type!(pub OBJECT_TYPE, TypeId::Object, q::object, None, methods::object::attrs, Some(methods::object::make_new), true);
builtin_type!(pub TYPE_TYPE, TypeId::Type, q::r#type, Some(&OBJECT_TYPE), methods::object::type_attrs, Some(methods::object::type_make_new), true);
builtin_type!(pub NONE_TYPE, TypeId::NoneType, q::NoneType, Some(&OBJECT_TYPE), no_attrs, None, false);
builtin_type!(pub NOT_IMPLEMENTED_TYPE, TypeId::NotImplementedType, q::NotImplementedType, Some(&OBJECT_TYPE), no_attrs, None, false);
builtin_type!(pub ELLIPSIS_TYPE, TypeId::Ellipsis, q::ellipsis, Some(&OBJECT_TYPE), no_attrs, None, false);
builtin_type!(pub BOOL_TYPE, TypeId::Bool, q::bool, Some(&INT_TYPE), methods::int::attrs, Some(methods::int::bool_make_new), false);
builtin_type!(pub INT_TYPE, TypeId::Int, q::int, Some(&OBJECT_TYPE), methods::int::attrs, Some(methods::int::make_new), true);
builtin_type!(pub FLOAT_TYPE, TypeId::Float, q::float, Some(&OBJECT_TYPE), methods::float::attrs, Some(methods::float::make_new), true);
builtin_type!(pub COMPLEX_TYPE, TypeId::Complex, q::complex, Some(&OBJECT_TYPE), methods::float::complex_attrs, Some(methods::float::complex_make_new), false);
builtin_type!(pub STR_TYPE, TypeId::Str, q::str, Some(&OBJECT_TYPE), methods::str::attrs, Some(methods::str::make_new), true);
builtin_type!(pub BYTES_TYPE, TypeId::Bytes, q::bytes, Some(&OBJECT_TYPE), methods::bytes::attrs, Some(methods::bytes::make_new), true);
builtin_type!(pub BYTEARRAY_TYPE, TypeId::ByteArray, q::bytearray, Some(&OBJECT_TYPE), methods::bytes::bytearray_attrs, Some(methods::bytes::bytearray_make_new), true);
builtin_type!(pub TUPLE_TYPE, TypeId::Tuple, q::tuple, Some(&OBJECT_TYPE), methods::tuple::attrs, Some(methods::tuple::make_new), true);
builtin_type!(pub LIST_TYPE, TypeId::List, q::list, Some(&OBJECT_TYPE), methods::list::attrs, Some(methods::list::make_new), true);
builtin_type!(pub DICT_TYPE, TypeId::Dict, q::dict, Some(&OBJECT_TYPE), methods::dict::attrs, Some(methods::dict::make_new), true);
builtin_type!(pub SET_TYPE, TypeId::Set, q::set, Some(&OBJECT_TYPE), methods::set::attrs, Some(methods::set::make_new), true);
builtin_type!(pub FROZENSET_TYPE, TypeId::FrozenSet, q::frozenset, Some(&OBJECT_TYPE), methods::set::frozenset_attrs, Some(methods::set::frozenset_make_new), true);
builtin_type!(pub RANGE_TYPE, TypeId::Range, q::range, Some(&OBJECT_TYPE), methods::range::attrs, Some(methods::range::make_new), false);
builtin_type!(pub SLICE_TYPE, TypeId::Slice, q::slice, Some(&OBJECT_TYPE), methods::range::slice_attrs, Some(methods::range::slice_make_new), false);
builtin_type!(pub FUNCTION_TYPE, TypeId::Function, q::function, Some(&OBJECT_TYPE), no_attrs, None, false);
builtin_type!(pub NATIVE_FUNCTION_TYPE, TypeId::NativeFunction, q::function, Some(&OBJECT_TYPE), no_attrs, None, false);
builtin_type!(pub BOUND_METHOD_TYPE, TypeId::BoundMethod, q::bound_method, Some(&OBJECT_TYPE), no_attrs, None, false);
builtin_type!(pub GENERATOR_TYPE, TypeId::Generator, q::generator, Some(&OBJECT_TYPE), methods::generator::attrs, None, false);
builtin_type!(pub MODULE_TYPE, TypeId::Module, q::module, Some(&OBJECT_TYPE), no_attrs, None, false);
builtin_type!(pub PROPERTY_TYPE, TypeId::Property, q::property, Some(&OBJECT_TYPE), methods::object::property_attrs, Some(methods::object::property_make_new), false);
builtin_type!(pub STATICMETHOD_TYPE, TypeId::StaticMethod, q::staticmethod, Some(&OBJECT_TYPE), no_attrs, Some(methods::object::staticmethod_make_new), false);
builtin_type!(pub CLASSMETHOD_TYPE, TypeId::ClassMethod, q::classmethod, Some(&OBJECT_TYPE), no_attrs, Some(methods::object::classmethod_make_new), false);
builtin_type!(pub SUPER_TYPE, TypeId::Super, q::super_, Some(&OBJECT_TYPE), no_attrs, Some(methods::object::super_make_new), false);
builtin_type!(pub CELL_TYPE, TypeId::Cell, q::cell, Some(&OBJECT_TYPE), no_attrs, None, false);
builtin_type!(pub ITERATOR_TYPE, TypeId::Iterator, q::iterator, Some(&OBJECT_TYPE), no_attrs, None, false);
builtin_type!(pub DICT_VIEW_TYPE, TypeId::DictView, q::dict_view, Some(&OBJECT_TYPE), methods::dict::view_attrs, None, false);

/// The type of any value: a static type value or a heap user class.
pub fn type_of(vm: &Vm, v: Value) -> Value {
    match type_obj_of(vm, v) {
        Some(t) => Value::from_static_type(t),
        // Instances and exceptions store their class in word 1.
        None => vm.heap.value(v.heap_index_unchecked() + 1),
    }
}

/// The builtin type of a value, or `None` for instances of user classes and exceptions
/// (whose class is stored in the object).
pub fn type_obj_of(vm: &Vm, v: Value) -> Option<&'static TypeObj> {
    if v.is_float() {
        return Some(&FLOAT_TYPE);
    }
    if v.is_small_int() {
        return Some(&INT_TYPE);
    }
    if v.is_qstr() {
        return Some(&STR_TYPE);
    }
    if let Some(i) = v.as_heap() {
        return Some(match vm.heap.kind(i) {
            ObjKind::Str => &STR_TYPE,
            ObjKind::Bytes => &BYTES_TYPE,
            ObjKind::BigInt => &INT_TYPE,
            ObjKind::Tuple => &TUPLE_TYPE,
            ObjKind::List => &LIST_TYPE,
            ObjKind::ByteArray => &BYTEARRAY_TYPE,
            ObjKind::Dict if crate::obj::dict::is_ordered(vm, v) => &crate::modules::collections::ORDERED_DICT_TYPE,
            ObjKind::Dict => &DICT_TYPE,
            ObjKind::Set => &SET_TYPE,
            ObjKind::FrozenSet => &FROZENSET_TYPE,
            ObjKind::Function => &FUNCTION_TYPE,
            ObjKind::BoundMethod => &BOUND_METHOD_TYPE,
            ObjKind::Generator => &GENERATOR_TYPE,
            ObjKind::Module => &MODULE_TYPE,
            ObjKind::Complex => &COMPLEX_TYPE,
            ObjKind::Cell => &CELL_TYPE,
            ObjKind::Class => &TYPE_TYPE,
            ObjKind::Record => crate::obj::record::type_of_record(vm, i),
            ObjKind::Iter => crate::obj::iter::type_of_iter(vm, i),
            ObjKind::Native => crate::obj::native_obj::type_at(vm, i),
            ObjKind::Instance | ObjKind::Exception => return None,
            _ => &OBJECT_TYPE,
        });
    }
    if v.as_source_str().is_some() {
        return Some(if vm.is_str(v) { &STR_TYPE } else { &BYTES_TYPE });
    }
    if let Some(s) = v.as_static() {
        return Some(match s {
            StaticObj::Function(_) => &NATIVE_FUNCTION_TYPE,
            StaticObj::Type(_) => &TYPE_TYPE,
            StaticObj::Module(_) => &MODULE_TYPE,
        });
    }
    Some(match v.as_special() {
        Some(Special::None) => &NONE_TYPE,
        Some(Special::True) | Some(Special::False) => &BOOL_TYPE,
        Some(Special::Ellipsis) => &ELLIPSIS_TYPE,
        Some(Special::NotImplemented) => &NOT_IMPLEMENTED_TYPE,
        _ => &OBJECT_TYPE,
    })
}
