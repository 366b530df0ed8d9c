//! `cmath`: complex math as MicroPython provides it (`phase`, `polar`, `rect`, `exp`, `log`,
//! `log10`, `sqrt`, `cos`, `sin`, constants `e` and `pi`). Arguments may be ints, floats or
//! complex numbers; results are complex except `phase` (float) and `polar` (a tuple).

use crate::builtin_module;
use crate::native_fn;
use crate::obj::float::{new_complex, to_complex, to_f64};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

builtin_module!(
    q::cmath,
    attr,
    [q::e, q::pi, q::phase, q::polar, q::rect, q::exp, q::log, q::log10, q::sqrt, q::cos, q::sin]
);

fn unary(vm: &mut Vm, a: &[Value], f: fn(f64, f64) -> (f64, f64)) -> PyResult<Value> {
    let (re, im) = to_complex(vm, a[0])?;
    let (r, i) = f(re, im);
    new_complex(vm, r, i)
}

fn exp(re: f64, im: f64) -> (f64, f64) {
    let m = re.exp();
    (m * im.cos(), m * im.sin())
}

fn log(re: f64, im: f64) -> (f64, f64) {
    (re.hypot(im).ln(), im.atan2(re))
}

fn sqrt(re: f64, im: f64) -> (f64, f64) {
    // Polar form, as MicroPython computes it (so sqrt(-4) has a tiny real part there too).
    let r = re.hypot(im).sqrt();
    let theta = im.atan2(re) / 2.0;
    (r * theta.cos(), r * theta.sin())
}

native_fn!(PHASE, q::phase, 1, 1, |vm, a, _| {
    let (re, im) = to_complex(vm, a[0])?;
    Ok(Value::float(im.atan2(re)))
});
native_fn!(POLAR, q::polar, 1, 1, |vm, a, _| {
    let (re, im) = to_complex(vm, a[0])?;
    crate::obj::tuple::new_from(vm, &[Value::float(re.hypot(im)), Value::float(im.atan2(re))])
});
native_fn!(RECT, q::rect, 2, 2, |vm, a, _| {
    let r = to_f64(vm, a[0])?;
    let phi = to_f64(vm, a[1])?;
    new_complex(vm, r * phi.cos(), r * phi.sin())
});
native_fn!(EXP, q::exp, 1, 1, |vm, a, _| unary(vm, a, exp));
native_fn!(LOG, q::log, 1, 1, |vm, a, _| unary(vm, a, log));
native_fn!(LOG10, q::log10, 1, 1, |vm, a, _| unary(vm, a, |re, im| {
    let (r, i) = log(re, im);
    (r / std::f64::consts::LN_10, i / std::f64::consts::LN_10)
}));
native_fn!(SQRT, q::sqrt, 1, 1, |vm, a, _| unary(vm, a, sqrt));
native_fn!(COS, q::cos, 1, 1, |vm, a, _| unary(vm, a, |re, im| (re.cos() * im.cosh(), -re.sin() * im.sinh())));
native_fn!(SIN, q::sin, 1, 1, |vm, a, _| unary(vm, a, |re, im| (re.sin() * im.cosh(), re.cos() * im.sinh())));

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let f = Value::from_static_fn;
    Ok(Some(match name {
        q::e => Value::float(std::f64::consts::E),
        q::pi => Value::float(std::f64::consts::PI),
        q::phase => f(&PHASE),
        q::polar => f(&POLAR),
        q::rect => f(&RECT),
        q::exp => f(&EXP),
        q::log => f(&LOG),
        q::log10 => f(&LOG10),
        q::sqrt => f(&SQRT),
        q::cos => f(&COS),
        q::sin => f(&SIN),
        _ => return Ok(None),
    }))
}
