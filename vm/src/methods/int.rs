//! `int` and `bool`: constructors and methods.

use super::args::{kwarg, to_i64};
use crate::native_fn;
use crate::obj::exception::{OVERFLOW_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::obj::int;
use crate::obj::native::Attr;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

native_fn!(INT_BIT_LENGTH, q::bit_length, 1, 1, |vm, a, _| {
    let (_, mag) = int::sign_mag(vm, a[0]);
    let bits = crate::bigint::bit_length(&mag);
    vm.new_int(bits as i64)
});
native_fn!(INT_TO_BYTES, q::to_bytes, 1, 3, kw, to_bytes);
native_fn!(INT_FROM_BYTES, q::from_bytes, 2, 3, kw, from_bytes);
native_fn!(INT_CONJUGATE, q::conjugate, 1, 1, |_, a, _| Ok(int::normalize_bool(a[0])));

/// Attributes of `int`.
pub fn attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::bit_length => Attr::Method(&INT_BIT_LENGTH),
        q::to_bytes => Attr::Method(&INT_TO_BYTES),
        q::from_bytes => Attr::ClassMethod(&INT_FROM_BYTES),
        q::conjugate => Attr::Method(&INT_CONJUGATE),
        _ => return None,
    })
}

fn byteorder_is_little(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v.and_then(|v| vm.str_text(v).map(str::to_string)) {
        None => Ok(false),
        Some(s) if s == "little" => Ok(true),
        Some(s) if s == "big" => Ok(false),
        Some(_) => Err(vm.raise_msg(&VALUE_ERROR, "byteorder must be either 'little' or 'big'")),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let length = match args.get(1).copied().or_else(|| kwarg(vm, kw, q::length)) {
        Some(v) => to_i64(vm, v)?,
        None => 1,
    };
    let little = byteorder_is_little(vm, args.get(2).copied().or_else(|| kwarg(vm, kw, q::byteorder)))?;
    let signed = match kwarg(vm, kw, q::signed) {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.raise_msg(&VALUE_ERROR, "length argument must be non-negative"));
    }
    let (neg, mag) = int::sign_mag(vm, args[0]);
    match crate::bigint::to_bytes(neg, &mag, length as usize, little, signed) {
        Some(b) => crate::obj::str::new_bytes(vm, &b),
        None if neg && !signed => Err(vm.raise_msg(&OVERFLOW_ERROR, "can't convert negative int to unsigned")),
        None => Err(vm.raise_msg(&OVERFLOW_ERROR, "int too big to convert")),
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let data = match super::bytes::buffer(vm, args[1]) {
        Some(b) => b.to_vec(),
        None => {
            let l = crate::runtime::iter::collect_list(vm, args[1])?;
            let mut out = Vec::new();
            for v in crate::obj::list::to_vec(vm, l) {
                out.push(to_i64(vm, v)? as u8);
            }
            out
        }
    };
    let little = byteorder_is_little(vm, args.get(2).copied().or_else(|| kwarg(vm, kw, q::byteorder)))?;
    let signed = match kwarg(vm, kw, q::signed) {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let (neg, mag) = crate::bigint::from_bytes(&data, little, signed);
    int::from_limbs(vm, neg, &mag)
}

/// Parses Python int literal text in `base` (0 = from the prefix).
pub fn parse_int(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    match crate::bigint::parse_int(text, base) {
        Ok((neg, mag)) => int::from_limbs(vm, neg, &mag),
        Err(_) => {
            let shown = crate::format::str_repr(text);
            Err(vm.raise_fmt(&VALUE_ERROR, format_args!("invalid syntax for integer with base {base}: {shown}")))
        }
    }
}

/// `int(x=0)` / `int(x, base)`.
pub fn make_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = args.get(1).copied().or_else(|| kwarg(vm, kw, q::x));
    let base = args.get(2).copied().or_else(|| kwarg(vm, kw, q::base));
    let Some(x) = x else {
        return Ok(Value::int_unchecked(0));
    };
    if let Some(b) = base {
        let b = to_i64(vm, b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.raise_msg(&VALUE_ERROR, "int() arg 2 must be >= 2 and <= 36"));
        }
        let text = match vm.str_text(x) {
            Some(s) => s.to_string(),
            None => match super::bytes::buffer(vm, x) {
                Some(b) => String::from_utf8_lossy(b).into_owned(),
                None => return Err(vm.raise_msg(&TYPE_ERROR, "can't convert non-string with explicit base")),
            },
        };
        return parse_int(vm, &text, b as u32);
    }
    to_int(vm, x)
}

/// `int(x)` for one argument.
pub fn to_int(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if x.is_small_int() || int::is_big(vm, x) {
        return Ok(x);
    }
    if x.is_bool() {
        return Ok(int::normalize_bool(x));
    }
    if let Some(f) = x.as_float() {
        return float_to_int(vm, f);
    }
    if let Some(s) = vm.str_text(x) {
        let s = s.to_string();
        return parse_int(vm, &s, 10);
    }
    if let Some(b) = super::bytes::buffer(vm, x) {
        let s = String::from_utf8_lossy(b).into_owned();
        return parse_int(vm, &s, 10);
    }
    if let Some(f) = crate::runtime::attr::lookup_special(vm, x, q::__int__)? {
        return vm.call(f, &[x], &[]);
    }
    if let Some(nb) = crate::obj::class::native_base_of(vm, x) {
        return to_int(vm, nb);
    }
    let t = crate::runtime::types::type_name(vm, x);
    Err(vm.raise_fmt(&TYPE_ERROR, format_args!("can't convert {t} to int")))
}

/// Truncates a float to an int.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.raise_msg(&VALUE_ERROR, "cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.raise_msg(&OVERFLOW_ERROR, "cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e15 {
        return vm.new_int(t as i64);
    }
    let (neg, mag) = crate::bigint::from_f64(t).unwrap_or((false, vec![]));
    int::from_limbs(vm, neg, &mag)
}

/// `bool(x=False)`.
pub fn bool_make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.get(1) {
        None => Ok(Value::FALSE),
        Some(v) => Ok(Value::bool(vm.is_true(*v)?)),
    }
}
