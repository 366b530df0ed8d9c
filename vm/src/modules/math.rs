//! `math`: the float functions and constants MicroPython provides.

use crate::builtin_module;
use crate::native_fn;
use crate::obj::exception::VALUE_ERROR;
use crate::obj::float::to_f64;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

builtin_module!(
    q::math,
    attr,
    [
        q::pi,
        q::e,
        q::inf,
        q::nan,
        q::sqrt,
        q::sin,
        q::cos,
        q::tan,
        q::atan,
        q::atan2,
        q::exp,
        q::log,
        q::floor,
        q::ceil,
        q::fabs,
        q::pow,
        q::trunc,
        q::isnan,
        q::isinf,
        q::isfinite,
        q::radians,
        q::degrees,
        q::fmod,
        q::hypot,
        q::asin,
        q::acos,
        q::log10,
        q::log2,
        q::copysign
    ]
);

fn unary(vm: &mut Vm, a: &[Value], f: fn(f64) -> f64, domain: fn(f64) -> bool) -> PyResult<Value> {
    let x = to_f64(vm, a[0])?;
    if !domain(x) {
        return Err(vm.raise_msg(&VALUE_ERROR, "math domain error"));
    }
    Ok(Value::float(f(x)))
}

fn any(_: f64) -> bool {
    true
}

native_fn!(SQRT, q::sqrt, 1, 1, |vm, a, _| unary(vm, a, f64::sqrt, |x| x >= 0.0 || x.is_nan()));
native_fn!(SIN, q::sin, 1, 1, |vm, a, _| unary(vm, a, f64::sin, |x| !x.is_infinite()));
native_fn!(COS, q::cos, 1, 1, |vm, a, _| unary(vm, a, f64::cos, |x| !x.is_infinite()));
native_fn!(TAN, q::tan, 1, 1, |vm, a, _| unary(vm, a, f64::tan, |x| !x.is_infinite()));
native_fn!(ASIN, q::asin, 1, 1, |vm, a, _| unary(vm, a, f64::asin, |x| (-1.0..=1.0).contains(&x) || x.is_nan()));
native_fn!(ACOS, q::acos, 1, 1, |vm, a, _| unary(vm, a, f64::acos, |x| (-1.0..=1.0).contains(&x) || x.is_nan()));
native_fn!(ATAN, q::atan, 1, 1, |vm, a, _| unary(vm, a, f64::atan, any));
native_fn!(EXP, q::exp, 1, 1, |vm, a, _| unary(vm, a, f64::exp, any));
native_fn!(LOG10, q::log10, 1, 1, |vm, a, _| unary(vm, a, f64::log10, |x| x > 0.0 || x.is_nan()));
native_fn!(LOG2, q::log2, 1, 1, |vm, a, _| unary(vm, a, f64::log2, |x| x > 0.0 || x.is_nan()));
native_fn!(FABS, q::fabs, 1, 1, |vm, a, _| unary(vm, a, f64::abs, any));
native_fn!(RADIANS, q::radians, 1, 1, |vm, a, _| unary(vm, a, f64::to_radians, any));
native_fn!(DEGREES, q::degrees, 1, 1, |vm, a, _| unary(vm, a, f64::to_degrees, any));
native_fn!(ISNAN, q::isnan, 1, 1, |vm, a, _| Ok(Value::bool(to_f64(vm, a[0])?.is_nan())));
native_fn!(ISINF, q::isinf, 1, 1, |vm, a, _| Ok(Value::bool(to_f64(vm, a[0])?.is_infinite())));
native_fn!(ISFINITE, q::isfinite, 1, 1, |vm, a, _| Ok(Value::bool(to_f64(vm, a[0])?.is_finite())));
native_fn!(LOG, q::log, 1, 2, |vm, a, _| {
    let x = to_f64(vm, a[0])?;
    if x <= 0.0 {
        return Err(vm.raise_msg(&VALUE_ERROR, "math domain error"));
    }
    match a.get(1) {
        Some(&b) => {
            let b = to_f64(vm, b)?;
            if b <= 0.0 || b == 1.0 {
                return Err(vm.raise_msg(&VALUE_ERROR, "math domain error"));
            }
            Ok(Value::float(x.ln() / b.ln()))
        }
        None => Ok(Value::float(x.ln())),
    }
});
native_fn!(ATAN2, q::atan2, 2, 2, |vm, a, _| {
    let y = to_f64(vm, a[0])?;
    let x = to_f64(vm, a[1])?;
    Ok(Value::float(y.atan2(x)))
});
native_fn!(HYPOT, q::hypot, 2, 2, |vm, a, _| {
    let y = to_f64(vm, a[0])?;
    let x = to_f64(vm, a[1])?;
    Ok(Value::float(y.hypot(x)))
});
native_fn!(COPYSIGN, q::copysign, 2, 2, |vm, a, _| {
    let y = to_f64(vm, a[0])?;
    let x = to_f64(vm, a[1])?;
    Ok(Value::float(y.copysign(x)))
});
native_fn!(FMOD, q::fmod, 2, 2, |vm, a, _| {
    let x = to_f64(vm, a[0])?;
    let y = to_f64(vm, a[1])?;
    if y == 0.0 || x.is_infinite() {
        return Err(vm.raise_msg(&VALUE_ERROR, "math domain error"));
    }
    Ok(Value::float(x % y))
});
native_fn!(POW, q::pow, 2, 2, |vm, a, _| {
    let x = to_f64(vm, a[0])?;
    let y = to_f64(vm, a[1])?;
    if x == 0.0 && y < 0.0 || x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(vm.raise_msg(&VALUE_ERROR, "math domain error"));
    }
    Ok(Value::float(x.powf(y)))
});
native_fn!(FLOOR, q::floor, 1, 1, |vm, a, _| {
    if crate::runtime::types::is_int(vm, a[0]) {
        return Ok(crate::obj::int::normalize_bool(a[0]));
    }
    let x = to_f64(vm, a[0])?;
    crate::methods::int::float_to_int(vm, x.floor())
});
native_fn!(CEIL, q::ceil, 1, 1, |vm, a, _| {
    if crate::runtime::types::is_int(vm, a[0]) {
        return Ok(crate::obj::int::normalize_bool(a[0]));
    }
    let x = to_f64(vm, a[0])?;
    crate::methods::int::float_to_int(vm, x.ceil())
});
native_fn!(TRUNC, q::trunc, 1, 1, |vm, a, _| {
    if crate::runtime::types::is_int(vm, a[0]) {
        return Ok(crate::obj::int::normalize_bool(a[0]));
    }
    let x = to_f64(vm, a[0])?;
    crate::methods::int::float_to_int(vm, x.trunc())
});

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let f = Value::from_static_fn;
    Ok(Some(match name {
        q::pi => Value::float(std::f64::consts::PI),
        q::e => Value::float(std::f64::consts::E),
        q::inf => Value::float(f64::INFINITY),
        q::nan => Value::float(f64::NAN),
        q::sqrt => f(&SQRT),
        q::sin => f(&SIN),
        q::cos => f(&COS),
        q::tan => f(&TAN),
        q::asin => f(&ASIN),
        q::acos => f(&ACOS),
        q::atan => f(&ATAN),
        q::atan2 => f(&ATAN2),
        q::exp => f(&EXP),
        q::log => f(&LOG),
        q::log10 => f(&LOG10),
        q::log2 => f(&LOG2),
        q::floor => f(&FLOOR),
        q::ceil => f(&CEIL),
        q::trunc => f(&TRUNC),
        q::fabs => f(&FABS),
        q::pow => f(&POW),
        q::fmod => f(&FMOD),
        q::hypot => f(&HYPOT),
        q::copysign => f(&COPYSIGN),
        q::isnan => f(&ISNAN),
        q::isinf => f(&ISINF),
        q::isfinite => f(&ISFINITE),
        q::radians => f(&RADIANS),
        q::degrees => f(&DEGREES),
        _ => return Ok(None),
    }))
}
