//! Unary and binary operators (`UNARY_OP`, `BINARY_OP`), dispatched on operand types.
//!
//! Order: small-int fast paths (inline in the loop), identity/containment/exception match,
//! comparisons, then numeric tower (bool/int → big int → float → complex), sequences,
//! sets, and finally user-class dunders (`__add__`, then the reflected `__radd__`; in-place
//! ops try `__iadd__` first). Error texts are MicroPython's.

use crate::heap::ObjKind;
use crate::obj::exception::{TYPE_ERROR, ZERO_DIVISION_ERROR};
use crate::obj::{float, int, list, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Binary operator numbers (bytecode-v6.md §5).
#[allow(missing_docs)]
pub mod bop {
    pub const LT: u8 = 0;
    pub const GT: u8 = 1;
    pub const EQ: u8 = 2;
    pub const LE: u8 = 3;
    pub const GE: u8 = 4;
    pub const NE: u8 = 5;
    pub const IN: u8 = 6;
    pub const IS: u8 = 7;
    pub const EXC_MATCH: u8 = 8;
    pub const INPLACE_FIRST: u8 = 9;
    pub const INPLACE_LAST: u8 = 21;
    pub const OR: u8 = 22;
    pub const XOR: u8 = 23;
    pub const AND: u8 = 24;
    pub const LSHIFT: u8 = 25;
    pub const RSHIFT: u8 = 26;
    pub const ADD: u8 = 27;
    pub const SUB: u8 = 28;
    pub const MUL: u8 = 29;
    pub const MATMUL: u8 = 30;
    pub const FLOORDIV: u8 = 31;
    pub const TRUEDIV: u8 = 32;
    pub const MOD: u8 = 33;
    pub const POW: u8 = 34;
}

/// Unary operator numbers.
#[allow(missing_docs)]
pub mod uop {
    pub const POS: u8 = 0;
    pub const NEG: u8 = 1;
    pub const INVERT: u8 = 2;
    pub const NOT: u8 = 3;
}

/// The dunder name of a binary operator (for dispatch to user classes and messages).
pub fn bop_name(op: u8) -> Qstr {
    match op {
        bop::LT => q::__lt__,
        bop::GT => q::__gt__,
        bop::EQ => q::__eq__,
        bop::LE => q::__le__,
        bop::GE => q::__ge__,
        bop::NE => q::__ne__,
        bop::IN => q::__contains__,
        bop::OR => q::__or__,
        bop::XOR => q::__xor__,
        bop::AND => q::__and__,
        bop::LSHIFT => q::__lshift__,
        bop::RSHIFT => q::__rshift__,
        bop::ADD => q::__add__,
        bop::SUB => q::__sub__,
        bop::MUL => q::__mul__,
        bop::MATMUL => q::__matmul__,
        bop::FLOORDIV => q::__floordiv__,
        bop::TRUEDIV => q::__truediv__,
        bop::MOD => q::__mod__,
        bop::POW => q::__pow__,
        9 => q::__ior__,
        10 => q::__ixor__,
        11 => q::__iand__,
        12 => q::__ilshift__,
        13 => q::__irshift__,
        14 => q::__iadd__,
        15 => q::__isub__,
        16 => q::__imul__,
        17 => q::__imatmul__,
        18 => q::__ifloordiv__,
        19 => q::__itruediv__,
        20 => q::__imod__,
        21 => q::__ipow__,
        _ => Qstr::NULL,
    }
}

/// The reflected dunder of an arithmetic operator.
fn reflected_name(op: u8) -> Qstr {
    match op {
        bop::OR => q::__ror__,
        bop::XOR => q::__rxor__,
        bop::AND => q::__rand__,
        bop::LSHIFT => q::__rlshift__,
        bop::RSHIFT => q::__rrshift__,
        bop::ADD => q::__radd__,
        bop::SUB => q::__rsub__,
        bop::MUL => q::__rmul__,
        bop::MATMUL => q::__rmatmul__,
        bop::FLOORDIV => q::__rfloordiv__,
        bop::TRUEDIV => q::__rtruediv__,
        bop::MOD => q::__rmod__,
        bop::POW => q::__rpow__,
        _ => Qstr::NULL,
    }
}

/// The inline fast path for two small ints; `None` means "take the general path".
#[inline(always)]
pub fn small_int_fast(op: u8, lhs: Value, rhs: Value) -> Option<Value> {
    if !(lhs.is_small_int() && rhs.is_small_int()) {
        return None;
    }
    let a = lhs.small_int_unchecked();
    let b = rhs.small_int_unchecked();
    let op = if (bop::INPLACE_FIRST..=bop::INPLACE_LAST).contains(&op) { op + 13 } else { op };
    match op {
        bop::LT => Some(Value::bool(a < b)),
        bop::GT => Some(Value::bool(a > b)),
        bop::EQ => Some(Value::bool(a == b)),
        bop::LE => Some(Value::bool(a <= b)),
        bop::GE => Some(Value::bool(a >= b)),
        bop::NE => Some(Value::bool(a != b)),
        bop::IS => Some(Value::bool(a == b)),
        bop::ADD => Value::small_int(a + b),
        bop::SUB => Value::small_int(a - b),
        bop::MUL => a.checked_mul(b).and_then(Value::small_int),
        bop::AND => Some(Value::int_unchecked(a & b)),
        bop::OR => Some(Value::int_unchecked(a | b)),
        bop::XOR => Some(Value::int_unchecked(a ^ b)),
        bop::FLOORDIV if b != 0 => {
            Value::small_int(a.div_euclid(b) - if b < 0 && a.rem_euclid(b) != 0 { 1 } else { 0 })
        }
        bop::MOD if b != 0 => {
            let r = a % b;
            Some(Value::int_unchecked(if r != 0 && (r < 0) != (b < 0) { r + b } else { r }))
        }
        bop::RSHIFT if b >= 0 => Some(Value::int_unchecked(a >> b.min(63))),
        bop::LSHIFT if (0..47).contains(&b) => {
            let r = (a as i128) << b;
            Value::small_int(i64::try_from(r).ok()?)
        }
        _ => None,
    }
}

/// `UNARY_OP`.
pub fn unary_op(vm: &mut Vm, op: u8, v: Value) -> PyResult<Value> {
    if op == uop::NOT {
        return Ok(Value::bool(!vm.is_true(v)?));
    }
    if let Some(i) = v.as_small_int() {
        return match op {
            uop::POS => Ok(v),
            uop::NEG => vm.new_int(-i),
            _ => Ok(Value::int_unchecked(!i)),
        };
    }
    if v.is_bool() {
        let i = (v == Value::TRUE) as i64;
        return unary_op(vm, op, Value::int_unchecked(i));
    }
    if let Some(x) = v.as_float() {
        return match op {
            uop::POS => Ok(v),
            uop::NEG => Ok(Value::float(-x)),
            _ => Err(unsupported_unary(vm, op, v)),
        };
    }
    if int::is_big(vm, v) {
        return int::big_unary(vm, op, v);
    }
    if float::is_complex(vm, v) {
        return float::complex_unary(vm, op, v);
    }
    let name = match op {
        uop::POS => q::__pos__,
        uop::NEG => q::__neg__,
        _ => q::__invert__,
    };
    if let Some(f) = super::attr::lookup_special(vm, v, name)? {
        return vm.call(f, &[v], &[]);
    }
    Err(unsupported_unary(vm, op, v))
}

#[cold]
fn unsupported_unary(vm: &mut Vm, op: u8, v: Value) -> crate::vm::Raised {
    let name = match op {
        uop::POS => "__pos__",
        uop::NEG => "__neg__",
        _ => "__invert__",
    };
    let t = super::types::type_name(vm, v);
    vm.raise_fmt(&TYPE_ERROR, format_args!("unsupported type for {name}: '{t}'"))
}

/// Raises MicroPython's "unsupported types" TypeError.
#[cold]
pub fn unsupported(vm: &mut Vm, op: u8, lhs: Value, rhs: Value) -> crate::vm::Raised {
    let name = vm.qstr_str(bop_name(op)).to_string();
    let a = super::types::type_name(vm, lhs);
    let b = super::types::type_name(vm, rhs);
    vm.raise_fmt(&TYPE_ERROR, format_args!("unsupported types for {name}: '{a}', '{b}'"))
}

/// Raises ZeroDivisionError("divide by zero").
#[cold]
pub fn divide_by_zero(vm: &mut Vm) -> crate::vm::Raised {
    vm.raise_msg(&ZERO_DIVISION_ERROR, "divide by zero")
}

/// `BINARY_OP`.
pub fn binary_op(vm: &mut Vm, op: u8, lhs: Value, rhs: Value) -> PyResult<Value> {
    match op {
        bop::IS => return Ok(Value::bool(lhs == rhs || super::compare::same_object(vm, lhs, rhs))),
        bop::IN => return Ok(Value::bool(super::compare::contains(vm, rhs, lhs)?)),
        bop::EXC_MATCH => return exception_match(vm, lhs, rhs).map(Value::bool),
        bop::LT..=bop::NE => return super::compare::rich_compare(vm, op, lhs, rhs),
        _ => {}
    }
    let inplace = (bop::INPLACE_FIRST..=bop::INPLACE_LAST).contains(&op);
    let base_op = if inplace { op + 13 } else { op };
    if let Some(r) = numeric(vm, base_op, lhs, rhs)? {
        return Ok(r);
    }
    if let Some(r) = sequence(vm, base_op, inplace, lhs, rhs)? {
        return Ok(r);
    }
    // User classes: in-place dunder, then the plain one, then the reflected one on rhs.
    if inplace {
        if let Some(f) = super::attr::lookup_special(vm, lhs, bop_name(op))? {
            let r = vm.call(f, &[lhs, rhs], &[])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    if let Some(f) = super::attr::lookup_special(vm, lhs, bop_name(base_op))? {
        let r = vm.call(f, &[lhs, rhs], &[])?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    let rname = reflected_name(base_op);
    if rname != Qstr::NULL {
        if let Some(f) = super::attr::lookup_special(vm, rhs, rname)? {
            let r = vm.call(f, &[rhs, lhs], &[])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    // Subclasses of builtin types: operate on the native base objects.
    let l2 = crate::obj::class::native_base_of(vm, lhs);
    let r2 = crate::obj::class::native_base_of(vm, rhs);
    if l2.is_some() || r2.is_some() {
        return binary_op(vm, op, l2.unwrap_or(lhs), r2.unwrap_or(rhs));
    }
    Err(unsupported(vm, base_op, lhs, rhs))
}

/// Numeric operands: returns `None` if either operand is not a number.
fn numeric(vm: &mut Vm, op: u8, lhs: Value, rhs: Value) -> PyResult<Option<Value>> {
    let lk = num_kind(vm, lhs);
    let rk = num_kind(vm, rhs);
    if lk == NumKind::None || rk == NumKind::None {
        return Ok(None);
    }
    let kind = lk.max(rk);
    match kind {
        NumKind::Int => int::binop(vm, op, int::normalize_bool(lhs), int::normalize_bool(rhs)).map(Some),
        NumKind::Float => {
            let a = float::to_f64(vm, lhs)?;
            let b = float::to_f64(vm, rhs)?;
            float::binop(vm, op, a, b).map(Some)
        }
        NumKind::Complex => float::complex_binop(vm, op, lhs, rhs).map(Some),
        NumKind::None => Ok(None),
    }
}

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum NumKind {
    None,
    Int,
    Float,
    Complex,
}

fn num_kind(vm: &Vm, v: Value) -> NumKind {
    if v.is_small_int() || v.is_bool() {
        NumKind::Int
    } else if v.is_float() {
        NumKind::Float
    } else if let Some(i) = v.as_heap() {
        match vm.heap.kind(i) {
            ObjKind::BigInt => NumKind::Int,
            ObjKind::Complex => NumKind::Complex,
            _ => NumKind::None,
        }
    } else {
        NumKind::None
    }
}

/// Sequence and set operators.
fn sequence(vm: &mut Vm, op: u8, inplace: bool, lhs: Value, rhs: Value) -> PyResult<Option<Value>> {
    if op == bop::MOD {
        if vm.is_str(lhs) {
            return crate::methods::str::percent_format(vm, lhs, rhs).map(Some);
        }
        if vm.is_bytes(lhs) {
            return crate::methods::bytes::percent_format(vm, lhs, rhs).map(Some);
        }
    }
    if vm.is_str(lhs) {
        if op == bop::ADD {
            if let Some(r) = vm.str_bytes(rhs) {
                let mut out = vm.str_bytes(lhs).unwrap_or(&[]).to_vec();
                out.extend_from_slice(r);
                return crate::obj::str::new(vm, &out).map(Some);
            }
        }
        if op == bop::MUL {
            if let Some(n) = int::as_repeat_count(vm, rhs) {
                let out = vm.str_bytes(lhs).unwrap_or(&[]).repeat(n);
                return crate::obj::str::new(vm, &out).map(Some);
            }
        }
        return Ok(None);
    }
    if op == bop::MUL && vm.is_str(rhs) {
        return sequence(vm, op, inplace, rhs, lhs);
    }
    if let Some(i) = lhs.as_heap() {
        match vm.heap.kind(i) {
            ObjKind::List => {
                if op == bop::ADD && list::is_list(vm, rhs) {
                    if inplace {
                        crate::methods::list::extend(vm, lhs, rhs)?;
                        return Ok(Some(lhs));
                    }
                    let mut items = list::to_vec(vm, lhs);
                    items.extend(list::to_vec(vm, rhs));
                    return list::new_from(vm, &items).map(Some);
                }
                if op == bop::ADD && inplace {
                    crate::methods::list::extend(vm, lhs, rhs)?;
                    return Ok(Some(lhs));
                }
                if op == bop::MUL {
                    if let Some(n) = int::as_repeat_count(vm, rhs) {
                        let items = list::to_vec(vm, lhs);
                        let all: Vec<Value> = (0..n).flat_map(|_| items.iter().copied()).collect();
                        if inplace {
                            list::replace_all(vm, lhs, &all)?;
                            return Ok(Some(lhs));
                        }
                        return list::new_from(vm, &all).map(Some);
                    }
                }
            }
            ObjKind::Tuple => {
                if op == bop::ADD && tuple::is_tuple(vm, rhs) {
                    let mut items = tuple::to_vec(vm, lhs);
                    items.extend(tuple::to_vec(vm, rhs));
                    return tuple::new_from(vm, &items).map(Some);
                }
                if op == bop::MUL {
                    if let Some(n) = int::as_repeat_count(vm, rhs) {
                        let items = tuple::to_vec(vm, lhs);
                        let all: Vec<Value> = (0..n).flat_map(|_| items.iter().copied()).collect();
                        return tuple::new_from(vm, &all).map(Some);
                    }
                }
            }
            ObjKind::Set | ObjKind::FrozenSet => {
                return crate::methods::set::binop(vm, op, inplace, lhs, rhs);
            }
            ObjKind::Dict if op == bop::OR => {
                return crate::methods::dict::union_op(vm, inplace, lhs, rhs);
            }
            _ => {}
        }
    }
    if vm.is_bytes(lhs) || crate::methods::bytes::is_bytearray(vm, lhs) {
        return crate::methods::bytes::binop(vm, op, inplace, lhs, rhs);
    }
    if op == bop::MUL {
        if let Some(i) = rhs.as_heap() {
            if matches!(vm.heap.kind(i), ObjKind::List | ObjKind::Tuple | ObjKind::Bytes | ObjKind::ByteArray)
                && int::as_repeat_count(vm, lhs).is_some()
            {
                return sequence(vm, op, false, rhs, lhs);
            }
        }
        if rhs.as_source_str().is_some() && int::as_repeat_count(vm, lhs).is_some() {
            return sequence(vm, op, false, rhs, lhs);
        }
    }
    Ok(None)
}

/// `BINARY_OP 8`: does exception `exc` match class (or tuple of classes) `cls`?
pub fn exception_match(vm: &mut Vm, exc: Value, cls: Value) -> PyResult<bool> {
    if tuple::is_tuple(vm, cls) {
        for c in tuple::to_vec(vm, cls) {
            if exception_match(vm, exc, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !super::types::is_exception_class(vm, cls) {
        return Err(vm.raise_msg(&TYPE_ERROR, "catching classes that do not inherit from BaseException is not allowed"));
    }
    Ok(super::types::isinstance(vm, exc, cls))
}
