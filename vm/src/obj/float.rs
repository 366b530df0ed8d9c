//! float arithmetic (floats live unboxed in the value word) and complex objects.
//!
//! Complex layout (kind `Complex`): words 1 and 2 = real and imaginary parts as float
//! values.
//!
//! Semantics follow MicroPython (which matches CPython for these): floor division and
//! modulo take the sign of the divisor; division by zero raises ZeroDivisionError("divide by
//! zero"); overflow gives inf rather than OverflowError.

use crate::heap::ObjKind;
use crate::obj::exception::TYPE_ERROR;
use crate::runtime::binop::{bop, divide_by_zero, uop};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Converts a number (bool, int, float) to f64.
pub fn to_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(x) = v.as_float() {
        return Ok(x);
    }
    crate::obj::int::to_f64(vm, v)
}

/// Python's float `divmod` (CPython's algorithm, which MicroPython follows).
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// Binary arithmetic on two floats.
pub fn binop(vm: &mut Vm, op: u8, a: f64, b: f64) -> PyResult<Value> {
    let r = match op {
        bop::ADD => a + b,
        bop::SUB => a - b,
        bop::MUL => a * b,
        bop::TRUEDIV => {
            if b == 0.0 {
                return Err(divide_by_zero(vm));
            }
            a / b
        }
        bop::FLOORDIV => {
            if b == 0.0 {
                return Err(divide_by_zero(vm));
            }
            float_divmod(a, b).0
        }
        bop::MOD => {
            if b == 0.0 {
                return Err(divide_by_zero(vm));
            }
            float_divmod(a, b).1
        }
        bop::POW => {
            if a == 0.0 && b < 0.0 {
                return Err(divide_by_zero(vm));
            }
            if a < 0.0 && b != b.floor() {
                return complex_pow(vm, (a, 0.0), (b, 0.0));
            }
            a.powf(b)
        }
        _ => {
            return Err(crate::runtime::binop::unsupported(vm, op, Value::float(a), Value::float(b)));
        }
    };
    Ok(Value::float(r))
}

// ---- complex ----

/// A new complex number.
pub fn new_complex(vm: &mut Vm, re: f64, im: f64) -> PyResult<Value> {
    let i = vm.alloc(ObjKind::Complex, 2, 0)?;
    vm.heap.set_value(i + 1, Value::float(re));
    vm.heap.set_value(i + 2, Value::float(im));
    Ok(Value::heap(i))
}

/// Whether `v` is a complex number.
#[inline]
pub fn is_complex(vm: &Vm, v: Value) -> bool {
    v.as_heap().is_some_and(|i| vm.heap.kind(i) == ObjKind::Complex)
}

/// `(real, imag)` of a complex.
pub fn complex_parts(vm: &Vm, v: Value) -> (f64, f64) {
    let i = v.heap_index_unchecked();
    (vm.heap.value(i + 1).float_unchecked(), vm.heap.value(i + 2).float_unchecked())
}

/// Any number as a complex pair.
pub fn to_complex(vm: &mut Vm, v: Value) -> PyResult<(f64, f64)> {
    if is_complex(vm, v) {
        return Ok(complex_parts(vm, v));
    }
    Ok((to_f64(vm, v)?, 0.0))
}

fn complex_pow(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.raise_msg(&crate::obj::exception::ZERO_DIVISION_ERROR, "0.0 to a complex power"));
        }
        if b.0 == 0.0 {
            return new_complex(vm, 1.0, 0.0);
        }
        return new_complex(vm, 0.0, 0.0);
    }
    let abs = a.0.hypot(a.1);
    let arg = a.1.atan2(a.0);
    let len = abs.powf(b.0) * (-b.1 * arg).exp();
    let phase = b.0 * arg + b.1 * abs.ln();
    new_complex(vm, len * phase.cos(), len * phase.sin())
}

/// Binary arithmetic with at least one complex operand.
pub fn complex_binop(vm: &mut Vm, op: u8, lhs: Value, rhs: Value) -> PyResult<Value> {
    let (a, b) = (to_complex(vm, lhs)?, to_complex(vm, rhs)?);
    let (re, im) = match op {
        bop::ADD => (a.0 + b.0, a.1 + b.1),
        bop::SUB => (a.0 - b.0, a.1 - b.1),
        bop::MUL => (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0),
        bop::TRUEDIV => {
            let d = b.0 * b.0 + b.1 * b.1;
            if d == 0.0 {
                return Err(divide_by_zero(vm));
            }
            ((a.0 * b.0 + a.1 * b.1) / d, (a.1 * b.0 - a.0 * b.1) / d)
        }
        bop::POW => return complex_pow(vm, a, b),
        _ => return Err(crate::runtime::binop::unsupported(vm, op, lhs, rhs)),
    };
    new_complex(vm, re, im)
}

/// Unary operators on a complex.
pub fn complex_unary(vm: &mut Vm, op: u8, v: Value) -> PyResult<Value> {
    let (re, im) = complex_parts(vm, v);
    match op {
        uop::POS => Ok(v),
        uop::NEG => new_complex(vm, -re, -im),
        _ => Err(vm.raise_msg(&TYPE_ERROR, "unsupported type for __invert__: 'complex'")),
    }
}

/// `repr` of a complex, as MicroPython prints it.
pub fn complex_repr(re: f64, im: f64) -> String {
    let part = |x: f64| {
        let s = crate::format::float_repr(x);
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    };
    if re == 0.0 && !re.is_sign_negative() {
        format!("{}j", part(im))
    } else {
        let sign = if im >= 0.0 || im.is_nan() { "+" } else { "" };
        format!("({}{}{}j)", part(re), sign, part(im))
    }
}
