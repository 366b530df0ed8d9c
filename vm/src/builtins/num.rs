//! Numeric builtins: abs, divmod, pow, round, hex, oct, bin, chr, ord.

use crate::methods::args::to_i64;
use crate::native_fn;
use crate::obj::exception::{TYPE_ERROR, VALUE_ERROR};
use crate::obj::{float, int, tuple};
use crate::qstr::q;
use crate::runtime::binop::{binary_op, bop, unary_op, uop};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

native_fn!(pub ABS, q::abs, 1, 1, |vm, a, _| abs(vm, a[0]));
native_fn!(pub DIVMOD, q::divmod, 2, 2, |vm, a, _| {
    let d = binary_op(vm, bop::FLOORDIV, a[0], a[1])?;
    let mark = vm.push_temp(d);
    let m = binary_op(vm, bop::MOD, a[0], a[1]);
    vm.pop_temps(mark);
    let m = m?;
    tuple::new_from(vm, &[d, m])
});
native_fn!(pub POW, q::pow, 2, 3, |vm, a, _| {
    if a.len() == 3 && !a[2].is_none() {
        return int_big_modpow(vm, a[0], a[1], a[2]);
    }
    binary_op(vm, bop::POW, a[0], a[1])
});
native_fn!(pub ROUND, q::round, 1, 2, round);
native_fn!(pub HEX, q::hex, 1, 1, |vm, a, _| radix(vm, a[0], 16, "0x"));
native_fn!(pub OCT, q::oct, 1, 1, |vm, a, _| radix(vm, a[0], 8, "0o"));
native_fn!(pub BIN, q::bin, 1, 1, |vm, a, _| radix(vm, a[0], 2, "0b"));
native_fn!(pub CHR, q::chr, 1, 1, |vm, a, _| {
    let n = to_i64(vm, a[0])?;
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => crate::obj::str::from_str(vm, c.encode_utf8(&mut [0; 4])),
        None => Err(vm.raise_msg(&VALUE_ERROR, "chr() arg not in range(0x110000)")),
    }
});
native_fn!(pub ORD, q::ord, 1, 1, |vm, a, _| {
    if let Some(s) = vm.str_text(a[0]) {
        let mut chars = s.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return vm.new_int(c as i64);
        }
        let n = s.chars().count();
        return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("ord() expected a character, but string of length {n} found")));
    }
    if let Some(b) = crate::methods::bytes::buffer(vm, a[0]) {
        if b.len() == 1 {
            let x = b[0] as i64;
            return vm.new_int(x);
        }
    }
    let t = crate::runtime::types::type_name(vm, a[0]);
    Err(vm.raise_fmt(&TYPE_ERROR, format_args!("ord() expected a character, but {t} found")))
});

fn abs(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(i) = v.as_small_int() {
        return vm.new_int(i.abs());
    }
    if let Some(x) = v.as_float() {
        return Ok(Value::float(x.abs()));
    }
    if v.is_bool() {
        return Ok(int::normalize_bool(v));
    }
    if int::is_big(vm, v) {
        let (neg, _) = int::big_parts(vm, v);
        return if neg { unary_op(vm, uop::NEG, v) } else { Ok(v) };
    }
    if float::is_complex(vm, v) {
        let (re, im) = float::complex_parts(vm, v);
        return Ok(Value::float(re.hypot(im)));
    }
    if let Some(f) = crate::runtime::attr::lookup_special(vm, v, q::__abs__)? {
        return vm.call(f, &[v], &[]);
    }
    let t = crate::runtime::types::type_name(vm, v);
    Err(vm.raise_fmt(&TYPE_ERROR, format_args!("unsupported type for __abs__: '{t}'")))
}

fn radix(vm: &mut Vm, v: Value, r: u32, prefix: &str) -> PyResult<Value> {
    if !crate::runtime::types::is_int(vm, v) {
        let t = crate::runtime::types::type_name(vm, v);
        return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("'{t}' object cannot be interpreted as an integer")));
    }
    let s = int::to_string_radix(vm, v, r);
    let out = match s.strip_prefix('-') {
        Some(rest) => format!("-{prefix}{rest}"),
        None => format!("{prefix}{s}"),
    };
    crate::obj::str::from_str(vm, &out)
}

/// Rounds half to even at `digits` decimal places, as CPython does.
fn round(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = a[0];
    let digits = match a.get(1) {
        Some(d) if !d.is_none() => Some(to_i64(vm, *d)?),
        _ => None,
    };
    if crate::runtime::types::is_int(vm, x) {
        let Some(nd) = digits else {
            return Ok(int::normalize_bool(x));
        };
        if nd >= 0 {
            return Ok(int::normalize_bool(x));
        }
        // Round to a multiple of 10^-nd, half to even.
        let p = crate::methods::int::parse_int(vm, &format!("1{}", "0".repeat((-nd) as usize)), 10)?;
        let mark = vm.push_temp(p);
        let r = (|| {
            let q = binary_op(vm, bop::FLOORDIV, x, p)?;
            vm.push_temp(q);
            let rem = binary_op(vm, bop::MOD, x, p)?;
            vm.push_temp(rem);
            let twice = binary_op(vm, bop::MUL, rem, Value::int_unchecked(2))?;
            let c = int::compare(vm, twice, p);
            let odd = binary_op(vm, bop::MOD, q, Value::int_unchecked(2))? == Value::int_unchecked(1);
            let up = c == std::cmp::Ordering::Greater || (c == std::cmp::Ordering::Equal && odd);
            let q = if up { binary_op(vm, bop::ADD, q, Value::int_unchecked(1))? } else { q };
            binary_op(vm, bop::MUL, q, p)
        })();
        vm.pop_temps(mark);
        return r;
    }
    let Some(f) = x.as_float() else {
        if let Some(fun) = crate::runtime::attr::lookup_special(vm, x, q::__round__)? {
            let mut args = vec![x];
            args.extend(a.get(1).copied());
            return vm.call(fun, &args, &[]);
        }
        let t = crate::runtime::types::type_name(vm, x);
        return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("type {t} doesn't define __round__ method")));
    };
    match digits {
        None => {
            let r = f.round_ties_even();
            crate::methods::int::float_to_int(vm, r)
        }
        Some(nd) => {
            if !f.is_finite() || nd > 308 {
                return Ok(x);
            }
            // Use the exact decimal expansion through formatting (correctly rounded).
            if nd >= 0 {
                let s = format!("{:.*}", nd as usize, f);
                Ok(Value::float(s.parse().unwrap_or(f)))
            } else {
                let p = 10f64.powi((-nd) as i32);
                Ok(Value::float((f / p).round_ties_even() * p))
            }
        }
    }
}

fn int_big_modpow(vm: &mut Vm, base: Value, exp: Value, m: Value) -> PyResult<Value> {
    for v in [base, exp, m] {
        if !crate::runtime::types::is_int(vm, v) {
            return Err(vm.raise_msg(&TYPE_ERROR, "pow() 3rd argument not allowed unless all arguments are integers"));
        }
    }
    crate::obj::int_big::modpow(vm, base, exp, m)
}
