//! `float` and `complex`: constructors and methods.

use super::args::kwarg;
use crate::native_fn;
use crate::obj::exception::{TYPE_ERROR, VALUE_ERROR};
use crate::obj::float;
use crate::obj::native::Attr;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

native_fn!(FLOAT_IS_INTEGER, q::is_integer, 1, 1, |_, a, _| {
    let x = a[0].as_float().unwrap_or(0.0);
    Ok(Value::bool(x.is_finite() && x == x.trunc()))
});

/// Attributes of `float`.
pub fn attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::is_integer => Attr::Method(&FLOAT_IS_INTEGER),
        _ => return None,
    })
}

/// Parses float text as Python's `float()` does.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let cleaned: String = if t.contains('_') {
        // Underscores only between digits.
        let b = t.as_bytes();
        for (i, c) in b.iter().enumerate() {
            if *c == b'_' && !(i > 0 && b[i - 1].is_ascii_digit() && i + 1 < b.len() && b[i + 1].is_ascii_digit()) {
                return None;
            }
        }
        t.replace('_', "")
    } else {
        t.to_string()
    };
    let lower = cleaned.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.is_empty()
        || body.starts_with(['+', '-'])
        || !body.bytes().all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-'))
    {
        return None;
    }
    body.parse::<f64>().ok().map(|x| sign * x)
}

/// `float(x=0.0)`.
pub fn make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(&x) = args.get(1) else {
        return Ok(Value::float(0.0));
    };
    to_float(vm, x)
}

/// `float(x)` for one argument.
pub fn to_float(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if x.is_float() {
        return Ok(x);
    }
    if crate::runtime::types::is_int(vm, x) {
        return Ok(Value::float(float::to_f64(vm, x)?));
    }
    let text = match vm.str_text(x) {
        Some(s) => Some(s.to_string()),
        None => super::bytes::buffer(vm, x).map(|b| String::from_utf8_lossy(b).into_owned()),
    };
    if let Some(s) = text {
        return match parse_float(&s) {
            Some(f) => Ok(Value::float(f)),
            None => {
                let shown = crate::format::str_repr(&s);
                Err(vm.raise_fmt(&VALUE_ERROR, format_args!("could not convert string to float: {shown}")))
            }
        };
    }
    if let Some(f) = crate::runtime::attr::lookup_special(vm, x, q::__float__)? {
        return vm.call(f, &[x], &[]);
    }
    if let Some(nb) = crate::obj::class::native_base_of(vm, x) {
        return to_float(vm, nb);
    }
    let t = crate::runtime::types::type_name(vm, x);
    Err(vm.raise_fmt(&TYPE_ERROR, format_args!("can't convert {t} to float")))
}

native_fn!(COMPLEX_REAL, q::real, 1, 1, |vm, a, _| Ok(Value::float(float::complex_parts(vm, a[0]).0)));
native_fn!(COMPLEX_IMAG, q::imag, 1, 1, |vm, a, _| Ok(Value::float(float::complex_parts(vm, a[0]).1)));
native_fn!(COMPLEX_CONJUGATE, q::conjugate, 1, 1, |vm, a, _| {
    let (re, im) = float::complex_parts(vm, a[0]);
    float::new_complex(vm, re, -im)
});

/// Attributes of `complex`.
pub fn complex_attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::real => Attr::Getter(&COMPLEX_REAL),
        q::imag => Attr::Getter(&COMPLEX_IMAG),
        q::conjugate => Attr::Method(&COMPLEX_CONJUGATE),
        _ => return None,
    })
}

/// `complex(real=0, imag=0)`.
pub fn complex_make_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let re = args.get(1).copied().or_else(|| kwarg(vm, kw, q::real)).unwrap_or(Value::int_unchecked(0));
    let im = args.get(2).copied().or_else(|| kwarg(vm, kw, q::imag)).unwrap_or(Value::int_unchecked(0));
    if let Some(s) = vm.str_text(re) {
        let s = s.trim().trim_start_matches('(').trim_end_matches(')').to_string();
        return parse_complex(vm, &s);
    }
    let a = float::to_complex(vm, re)?;
    let b = float::to_complex(vm, im)?;
    float::new_complex(vm, a.0 - b.1, a.1 + b.0)
}

fn parse_complex(vm: &mut Vm, s: &str) -> PyResult<Value> {
    let bad = |vm: &mut Vm| vm.raise_msg(&VALUE_ERROR, "complex() arg is a malformed string");
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        // Split "a+bj" at the last sign that is not an exponent sign.
        let b = body.as_bytes();
        let mut split = None;
        for i in (1..b.len()).rev() {
            if (b[i] == b'+' || b[i] == b'-') && !matches!(b[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (parse_float(&body[..i]), parse_float_or_unit(&body[i..])),
            None => (Some(0.0), parse_float_or_unit(body)),
        };
        return match (re, im) {
            (Some(r), Some(i)) => float::new_complex(vm, r, i),
            _ => Err(bad(vm)),
        };
    }
    match parse_float(s) {
        Some(r) => float::new_complex(vm, r, 0.0),
        None => Err(bad(vm)),
    }
}

fn parse_float_or_unit(s: &str) -> Option<f64> {
    match s {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => parse_float(s),
    }
}
