//! int objects: small ints live in the value word; larger ones are `BigInt` heap objects.
//!
//! BigInt layout: word 1 = limb count (bits 0..32) | sign (bit 32: negative); then the
//! little-endian u64 magnitude limbs. The arithmetic itself is `crate::bigint` (pure
//! functions over limb slices); this module moves values in and out of the heap.
//!
//! Invariants: a BigInt never holds a value that fits a small int (results are normalized),
//! and its magnitude has no high zero limb; bool behaves as the int 0 or 1.

use crate::heap::ObjKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cmp::Ordering;

const SIGN_BIT: u64 = 1 << 32;

/// Whether `v` is a heap big int.
#[inline]
pub fn is_big(vm: &Vm, v: Value) -> bool {
    v.as_heap().is_some_and(|i| vm.heap.kind(i) == ObjKind::BigInt)
}

/// Maps True/False to 1/0 and leaves other values alone.
#[inline]
pub fn normalize_bool(v: Value) -> Value {
    if v == Value::TRUE {
        Value::int_unchecked(1)
    } else if v == Value::FALSE {
        Value::int_unchecked(0)
    } else {
        v
    }
}

/// `(negative, magnitude limbs)` of a big int.
#[inline]
pub fn big_parts(vm: &Vm, v: Value) -> (bool, &[u64]) {
    let i = v.heap_index_unchecked();
    let w = vm.heap.word(i + 1);
    let n = (w & 0xffff_ffff) as usize;
    (w & SIGN_BIT != 0, vm.heap.words(i + 2, n))
}

/// An int from a sign and magnitude (normalized to a small int when it fits).
pub fn from_limbs(vm: &mut Vm, neg: bool, mag: &[u64]) -> PyResult<Value> {
    let mut n = mag.len();
    while n > 0 && mag[n - 1] == 0 {
        n -= 1;
    }
    let mag = &mag[..n];
    if n == 0 {
        return Ok(Value::int_unchecked(0));
    }
    if n == 1 && mag[0] <= crate::value::SMALL_INT_MAX as u64 + neg as u64 {
        let m = mag[0] as i64;
        let v = if neg { m.wrapping_neg() } else { m };
        if let Some(s) = Value::small_int(v) {
            return Ok(s);
        }
    }
    let i = vm.alloc(ObjKind::BigInt, 1 + n, 0)?;
    vm.heap.set_word(i + 1, n as u64 | if neg { SIGN_BIT } else { 0 });
    vm.heap.words_mut(i + 2, n).copy_from_slice(mag);
    Ok(Value::heap(i))
}

/// An int from an i128.
pub fn from_i128(vm: &mut Vm, x: i128) -> PyResult<Value> {
    if let Ok(s) = i64::try_from(x) {
        if let Some(v) = Value::small_int(s) {
            return Ok(v);
        }
    }
    let m = x.unsigned_abs();
    from_limbs(vm, x < 0, &[m as u64, (m >> 64) as u64])
}

impl Vm {
    /// An int from an i64 (a small int when it fits).
    #[inline]
    pub fn new_int(&mut self, x: i64) -> PyResult<Value> {
        match Value::small_int(x) {
            Some(v) => Ok(v),
            None => from_i128(self, x as i128),
        }
    }
}

/// The value of an int (small, bool or big) as i128, if it fits.
pub fn to_i128(vm: &Vm, v: Value) -> Option<i128> {
    let v = normalize_bool(v);
    if let Some(i) = v.as_small_int() {
        return Some(i as i128);
    }
    if !is_big(vm, v) {
        return None;
    }
    let (neg, mag) = big_parts(vm, v);
    if mag.len() > 2 {
        return None;
    }
    let m = mag[0] as u128 | (mag.get(1).copied().unwrap_or(0) as u128) << 64;
    if m > i128::MAX as u128 {
        return None;
    }
    Some(if neg { -(m as i128) } else { m as i128 })
}

/// The value of an int as i64, if it fits.
pub fn to_i64(vm: &Vm, v: Value) -> Option<i64> {
    to_i128(vm, v).and_then(|x| i64::try_from(x).ok())
}

/// A repetition count for `seq * n` (negative counts are 0), or `None` if `v` is not an int.
pub fn as_repeat_count(vm: &Vm, v: Value) -> Option<usize> {
    let v = normalize_bool(v);
    if !(v.is_small_int() || is_big(vm, v)) {
        return None;
    }
    Some(to_i64(vm, v).map_or(usize::MAX >> 8, |n| n.max(0) as usize))
}

/// Compares two ints.
pub fn compare(vm: &Vm, a: Value, b: Value) -> Ordering {
    let (a, b) = (normalize_bool(a), normalize_bool(b));
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return x.cmp(&y);
    }
    let (an, am) = sign_mag(vm, a);
    let (bn, bm) = sign_mag(vm, b);
    crate::bigint::cmp_signed(an, &am, bn, &bm)
}

/// Sign and magnitude of any int as an owned pair (for mixed small/big operations).
pub fn sign_mag(vm: &Vm, v: Value) -> (bool, Vec<u64>) {
    let v = normalize_bool(v);
    if let Some(i) = v.as_small_int() {
        let m = i.unsigned_abs();
        return (i < 0, if m == 0 { vec![] } else { vec![m] });
    }
    let (neg, mag) = big_parts(vm, v);
    (neg, mag.to_vec())
}

/// Converts an int to f64. Too large a magnitude gives an infinity, as in MicroPython
/// (CPython raises OverflowError).
pub fn to_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    let v = normalize_bool(v);
    if let Some(i) = v.as_small_int() {
        return Ok(i as f64);
    }
    let (neg, mag) = big_parts(vm, v);
    Ok(crate::bigint::to_f64(neg, mag).unwrap_or(if neg { f64::NEG_INFINITY } else { f64::INFINITY }))
}

/// Decimal (or other radix) text of an int.
pub fn to_string_radix(vm: &Vm, v: Value, radix: u32) -> String {
    let v = normalize_bool(v);
    if let Some(i) = v.as_small_int() {
        return match radix {
            2 => format_signed(i, |m| format!("{m:b}")),
            8 => format_signed(i, |m| format!("{m:o}")),
            16 => format_signed(i, |m| format!("{m:x}")),
            _ => i.to_string(),
        };
    }
    let (neg, mag) = big_parts(vm, v);
    let digits = crate::bigint::to_str_radix(mag, radix);
    if neg {
        format!("-{digits}")
    } else {
        digits
    }
}

fn format_signed(i: i64, f: impl Fn(u64) -> String) -> String {
    if i < 0 {
        format!("-{}", f(i.unsigned_abs()))
    } else {
        f(i as u64)
    }
}

/// Binary arithmetic on two ints (bools already normalized).
pub fn binop(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    use crate::runtime::binop::bop;
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        let (x, y) = (x as i128, y as i128);
        return match op {
            bop::ADD => from_i128(vm, x + y),
            bop::SUB => from_i128(vm, x - y),
            bop::MUL => from_i128(vm, x * y),
            bop::AND => from_i128(vm, x & y),
            bop::OR => from_i128(vm, x | y),
            bop::XOR => from_i128(vm, x ^ y),
            bop::FLOORDIV | bop::MOD if y == 0 => Err(crate::runtime::binop::divide_by_zero(vm)),
            bop::FLOORDIV => from_i128(vm, x.div_euclid(y) - if y < 0 && x.rem_euclid(y) != 0 { 1 } else { 0 }),
            bop::MOD => {
                let r = x % y;
                from_i128(vm, if r != 0 && (r < 0) != (y < 0) { r + y } else { r })
            }
            bop::TRUEDIV => {
                if y == 0 {
                    return Err(crate::runtime::binop::divide_by_zero(vm));
                }
                Ok(Value::float(x as f64 / y as f64))
            }
            bop::POW if y < 0 => {
                if x == 0 {
                    return Err(crate::runtime::binop::divide_by_zero(vm));
                }
                Ok(Value::float((x as f64).powf(y as f64)))
            }
            bop::LSHIFT | bop::RSHIFT if y < 0 => {
                Err(vm.raise_msg(&crate::obj::exception::VALUE_ERROR, "negative shift count"))
            }
            bop::RSHIFT => from_i128(vm, x >> y.min(127)),
            bop::LSHIFT if y < 64 && x.unsigned_abs() < (1u128 << 63) => from_i128(vm, x << y),
            _ => big_binop(vm, op, a, b),
        };
    }
    big_binop(vm, op, a, b)
}

/// Arithmetic where at least one operand (or the result) needs a big int.
fn big_binop(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    crate::obj::int_big::binop(vm, op, a, b)
}

/// Unary operators on a big int.
pub fn big_unary(vm: &mut Vm, op: u8, v: Value) -> PyResult<Value> {
    crate::obj::int_big::unary(vm, op, v)
}
