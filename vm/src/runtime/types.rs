//! Type queries used across the runtime: names, `isinstance`, exception classification.
//!
//! Invariant: these functions never allocate and never run Python code.

use crate::heap::ObjKind;
use crate::interp::code::Prelude;
use crate::obj::class;
use crate::obj::exception::{self, GENERATOR_EXIT, STOP_ITERATION};
use crate::obj::native::{TypeId, TypeObj};
use crate::obj::{function, object, tuple};
use crate::value::Value;
use crate::vm::Vm;

/// The type name of a value, as used in error messages.
pub fn type_name(vm: &Vm, v: Value) -> String {
    let t = object::type_of(vm, v);
    vm.qstr_str(class::class_name(vm, t)).to_string()
}

/// Whether `v` is an instance of class value `cls` (a builtin type or user class).
pub fn isinstance(vm: &Vm, v: Value, cls: Value) -> bool {
    let t = object::type_of(vm, v);
    class::is_subclass(vm, t, cls)
}

/// Whether `v` is an instance of the builtin type `t` (including subclasses).
pub fn isinstance_static(vm: &Vm, v: Value, t: &'static TypeObj) -> bool {
    isinstance(vm, v, Value::from_static_type(t))
}

/// Whether `v` is an exception class (builtin or user-defined).
pub fn is_exception_class(vm: &Vm, v: Value) -> bool {
    class::exception_base(vm, v).is_some()
}

/// Whether exception instance `exc` is a StopIteration (or subclass).
pub fn is_stop_iteration(vm: &Vm, exc: Value) -> bool {
    exc.is_heap() && exception::is_exception(vm, exc) && isinstance_static(vm, exc, &STOP_ITERATION)
}

/// Whether exception instance `exc` is a GeneratorExit (or subclass).
pub fn is_generator_exit(vm: &Vm, exc: Value) -> bool {
    exc.is_heap() && exception::is_exception(vm, exc) && isinstance_static(vm, exc, &GENERATOR_EXIT)
}

/// The value a StopIteration carries (its first argument, or None).
pub fn stop_iteration_value(vm: &Vm, exc: Value) -> Value {
    let args = exception::args_of(vm, exc);
    if tuple::len(vm, args) > 0 {
        tuple::get(vm, args, 0)
    } else {
        Value::NONE
    }
}

/// Whether `v` is an int (small, big or bool).
#[inline]
pub fn is_int(vm: &Vm, v: Value) -> bool {
    v.is_small_int() || v.is_bool() || v.as_heap().is_some_and(|i| vm.heap.kind(i) == ObjKind::BigInt)
}

/// The simple name of a bytecode function (read in place; not interned).
pub fn function_name(vm: &Vm, f: Value) -> &str {
    let (code, raw_offset, _, _, _) = function::parts(vm, f);
    let source = function::code_word(vm, code, function::code::SOURCE) as u16;
    let src = vm.sources.bytes(&vm.heap, source);
    let (start, len, _, _) = crate::interp::code::raw_code_header(src, raw_offset as usize);
    let data = &src[start..start + len];
    let p = Prelude::decode(data);
    function::code_qstr_text(vm, code, p.name_index(data) as usize)
}

/// Whether a builtin type is the given id.
#[inline]
pub fn is_type(t: &TypeObj, id: TypeId) -> bool {
    t.id == id
}
