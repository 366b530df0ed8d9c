//! The builtins namespace: builtin functions (one file per family), builtin types and
//! exception classes, looked up by qstr without any heap (like MicroPython's ROM table).

mod class;
mod core;
mod iter;
mod num;

pub use class::BUILD_CLASS;

use crate::obj::exception;
use crate::obj::object::*;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::Vm;

/// Looks a builtin name up.
pub fn lookup(vm: &Vm, name: Qstr) -> Option<Value> {
    let f = Value::from_static_fn;
    let t = Value::from_static_type;
    Some(match name {
        // types
        q::object => t(&OBJECT_TYPE),
        q::r#type => t(&TYPE_TYPE),
        q::bool => t(&BOOL_TYPE),
        q::int => t(&INT_TYPE),
        q::float => t(&FLOAT_TYPE),
        q::complex => t(&COMPLEX_TYPE),
        q::str => t(&STR_TYPE),
        q::bytes => t(&BYTES_TYPE),
        q::bytearray => t(&BYTEARRAY_TYPE),
        q::memoryview => t(&crate::obj::memoryview::MEMORYVIEW_TYPE),
        q::tuple => t(&TUPLE_TYPE),
        q::list => t(&LIST_TYPE),
        q::dict => t(&DICT_TYPE),
        q::set => t(&SET_TYPE),
        q::frozenset => t(&FROZENSET_TYPE),
        q::range => t(&RANGE_TYPE),
        q::slice => t(&SLICE_TYPE),
        q::property => t(&PROPERTY_TYPE),
        q::staticmethod => t(&STATICMETHOD_TYPE),
        q::classmethod => t(&CLASSMETHOD_TYPE),
        q::super_ => t(&SUPER_TYPE),
        q::enumerate => f(&iter::ENUMERATE),
        q::zip => f(&iter::ZIP),
        q::map => f(&iter::MAP),
        q::filter => f(&iter::FILTER),
        q::reversed => f(&iter::REVERSED),
        // functions
        q::print => f(&core::PRINT),
        q::open => f(&core::OPEN),
        q::len => f(&core::LEN),
        q::repr => f(&core::REPR),
        q::isinstance => f(&core::ISINSTANCE),
        q::issubclass => f(&core::ISSUBCLASS),
        q::hasattr => f(&core::HASATTR),
        q::getattr => f(&core::GETATTR),
        q::setattr => f(&core::SETATTR),
        q::delattr => f(&core::DELATTR),
        q::callable => f(&core::CALLABLE),
        q::id => f(&core::ID),
        q::hash => f(&core::HASH),
        q::globals => f(&class::GLOBALS),
        q::locals => f(&class::LOCALS),
        q::__build_class__ => f(&class::BUILD_CLASS),
        q::__import__ => f(&class::IMPORT),
        q::dir => f(&class::DIR),
        q::iter => f(&iter::ITER),
        q::next => f(&iter::NEXT),
        q::sorted => f(&iter::SORTED),
        q::min => f(&iter::MIN),
        q::max => f(&iter::MAX),
        q::sum => f(&iter::SUM),
        q::any => f(&iter::ANY),
        q::all => f(&iter::ALL),
        q::abs => f(&num::ABS),
        q::divmod => f(&num::DIVMOD),
        q::pow => f(&num::POW),
        q::round => f(&num::ROUND),
        q::hex => f(&num::HEX),
        q::oct => f(&num::OCT),
        q::bin => f(&num::BIN),
        q::chr => f(&num::CHR),
        q::ord => f(&num::ORD),
        q::NotImplemented => Value::NOT_IMPLEMENTED,
        q::Ellipsis => Value::ELLIPSIS,
        q::__name__ => Value::qstr(q::builtins.0),
        _ => {
            let _ = vm;
            return exception::ALL.iter().find(|e| e.name == name).map(|e| t(e));
        }
    })
}
