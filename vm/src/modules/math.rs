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
        q::copysign,
        q::tau,
        q::expm1,
        q::cosh,
        q::sinh,
        q::tanh,
        q::acosh,
        q::asinh,
        q::atanh,
        q::frexp,
        q::ldexp,
        q::modf,
        q::isclose,
        q::factorial,
        q::erf,
        q::erfc,
        q::gamma,
        q::lgamma
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

// The special functions come from the `libm` crate (a port of musl's libm): Rust's std has
// no erf/gamma, and these are the same algorithms MicroPython's own libm uses.
native_fn!(EXPM1, q::expm1, 1, 1, |vm, a, _| unary(vm, a, f64::exp_m1, any));
native_fn!(COSH, q::cosh, 1, 1, |vm, a, _| unary(vm, a, f64::cosh, any));
native_fn!(SINH, q::sinh, 1, 1, |vm, a, _| unary(vm, a, f64::sinh, any));
native_fn!(TANH, q::tanh, 1, 1, |vm, a, _| unary(vm, a, f64::tanh, any));
native_fn!(ACOSH, q::acosh, 1, 1, |vm, a, _| unary(vm, a, f64::acosh, |x| x >= 1.0 || x.is_nan()));
native_fn!(ASINH, q::asinh, 1, 1, |vm, a, _| unary(vm, a, f64::asinh, any));
native_fn!(ATANH, q::atanh, 1, 1, |vm, a, _| unary(vm, a, f64::atanh, |x| (x > -1.0 && x < 1.0) || x.is_nan()));
native_fn!(ERF, q::erf, 1, 1, |vm, a, _| unary(vm, a, libm::erf, any));
native_fn!(ERFC, q::erfc, 1, 1, |vm, a, _| unary(vm, a, libm::erfc, any));
native_fn!(GAMMA, q::gamma, 1, 1, |vm, a, _| {
    unary(vm, a, libm::tgamma, |x| !(x <= 0.0 && x == x.floor()) && x != f64::NEG_INFINITY)
});
native_fn!(LGAMMA, q::lgamma, 1, 1, |vm, a, _| unary(vm, a, libm::lgamma, any));
native_fn!(FREXP, q::frexp, 1, 1, |vm, a, _| {
    let x = to_f64(vm, a[0])?;
    let (m, e) = libm::frexp(x);
    crate::obj::tuple::new_from(vm, &[Value::float(m), Value::int_unchecked(e as i64)])
});
native_fn!(LDEXP, q::ldexp, 2, 2, |vm, a, _| {
    let x = to_f64(vm, a[0])?;
    let e = crate::methods::args::to_i64(vm, a[1])?.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    Ok(Value::float(libm::ldexp(x, e)))
});
native_fn!(MODF, q::modf, 1, 1, |vm, a, _| {
    let x = to_f64(vm, a[0])?;
    let (frac, int) = libm::modf(x);
    crate::obj::tuple::new_from(vm, &[Value::float(frac), Value::float(int)])
});
native_fn!(ISCLOSE, q::isclose, 2, 2, kw, |vm, a, kw| {
    crate::methods::args::check_kw(vm, kw, &[q::rel_tol, q::abs_tol])?;
    let x = to_f64(vm, a[0])?;
    let y = to_f64(vm, a[1])?;
    let rel = match crate::methods::args::kwarg(vm, kw, q::rel_tol) {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match crate::methods::args::kwarg(vm, kw, q::abs_tol) {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.raise_msg(&VALUE_ERROR, "tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::FALSE);
    }
    let d = (x - y).abs();
    Ok(Value::bool(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs))
});
native_fn!(FACTORIAL, q::factorial, 1, 1, |vm, a, _| {
    let n = crate::methods::args::to_i64(vm, a[0])?;
    if n < 0 {
        return Err(vm.raise_msg(&VALUE_ERROR, "math domain error"));
    }
    let mut acc = Value::int_unchecked(1);
    for k in 2..=n {
        acc = crate::runtime::binop::binary_op(vm, crate::runtime::binop::bop::MUL, acc, Value::int_unchecked(k))?;
    }
    Ok(acc)
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
        q::tau => Value::float(std::f64::consts::TAU),
        q::expm1 => f(&EXPM1),
        q::cosh => f(&COSH),
        q::sinh => f(&SINH),
        q::tanh => f(&TANH),
        q::acosh => f(&ACOSH),
        q::asinh => f(&ASINH),
        q::atanh => f(&ATANH),
        q::frexp => f(&FREXP),
        q::ldexp => f(&LDEXP),
        q::modf => f(&MODF),
        q::isclose => f(&ISCLOSE),
        q::factorial => f(&FACTORIAL),
        q::erf => f(&ERF),
        q::erfc => f(&ERFC),
        q::gamma => f(&GAMMA),
        q::lgamma => f(&LGAMMA),
        _ => return Ok(None),
    }))
}
