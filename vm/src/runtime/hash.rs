//! `hash()`: Python hash values, consistent with equality across representations and
//! numeric types (hash(1) == hash(1.0) == hash(True)).

use crate::heap::ObjKind;
use crate::obj::exception::TYPE_ERROR;
use crate::obj::{int, tuple};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of a float (so that equal ints and floats hash alike).
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | h >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    h = ((h << e) & MODULUS) | h >> (61 - e);
    let mut r = h as i64;
    if x < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// CPython's hash of an int magnitude and sign.
pub fn hash_int_parts(neg: bool, mag: &[u64]) -> i64 {
    let mut h: u64 = 0;
    for &limb in mag.iter().rev() {
        // h = (h * 2^64 + limb) mod M, done in two 32-bit steps.
        for half in [limb >> 32, limb & 0xffff_ffff] {
            h = ((((h as u128) << 32) | half as u128) % MODULUS as u128) as u64;
        }
    }
    let mut r = h as i64;
    if neg {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

/// Python `hash(v)`.
pub fn hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(if i == -1 { -2 } else { i });
    }
    if v.is_bool() {
        return Ok((v == Value::TRUE) as i64);
    }
    if let Some(x) = v.as_float() {
        return Ok(hash_f64(x));
    }
    if v.is_qstr() || v.as_source_str().is_some() {
        return Ok(vm.str_hash(v) as i64);
    }
    if v.is_none() {
        return Ok(0x3c9d_1b3f);
    }
    if let Some(i) = v.as_heap() {
        match vm.heap.kind(i) {
            ObjKind::Str | ObjKind::Bytes => return Ok(vm.str_hash(v) as i64),
            ObjKind::BigInt => {
                let (neg, mag) = int::big_parts(vm, v);
                return Ok(hash_int_parts(neg, mag));
            }
            ObjKind::Tuple => {
                let mut acc: u64 = 0x345678;
                for x in tuple::to_vec(vm, v) {
                    let h = hash(vm, x)? as u64;
                    acc = (acc ^ h).wrapping_mul(1_000_003);
                }
                return Ok((acc >> 1) as i64);
            }
            ObjKind::FrozenSet => {
                let mut acc: u64 = 0;
                for x in crate::obj::set::items(vm, v) {
                    acc ^= (hash(vm, x)? as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
                }
                return Ok((acc >> 1) as i64);
            }
            ObjKind::Complex => {
                let (re, im) = crate::obj::float::complex_parts(vm, v);
                return Ok(hash_f64(re).wrapping_add(hash_f64(im).wrapping_mul(1_000_003)));
            }
            ObjKind::List | ObjKind::Dict | ObjKind::Set | ObjKind::ByteArray => {
                let t = super::types::type_name(vm, v);
                return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("unhashable type: '{t}'")));
            }
            ObjKind::Instance | ObjKind::Exception | ObjKind::Native => {
                if let Some(f) = super::attr::lookup_special(vm, v, crate::qstr::q::__hash__)? {
                    if f.is_none() {
                        let t = super::types::type_name(vm, v);
                        return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("unhashable type: '{t}'")));
                    }
                    let r = vm.call(f, &[v], &[])?;
                    return match int::to_i64(vm, r) {
                        Some(h) => Ok(h),
                        None => Err(vm.raise_msg(&TYPE_ERROR, "__hash__() should return an int")),
                    };
                }
                if super::attr::lookup_special(vm, v, crate::qstr::q::__eq__)?.is_some() {
                    let t = super::types::type_name(vm, v);
                    return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("unhashable type: '{t}'")));
                }
                if let Some(nb) = crate::obj::class::native_base_of(vm, v) {
                    return hash(vm, nb);
                }
            }
            _ => {}
        }
        return Ok(i as i64);
    }
    Ok((v.bits() >> 3) as i64 & 0x7fff_ffff_ffff)
}

/// The 32-bit hash used to index dict and set tables.
#[inline]
pub fn hash_u32(vm: &mut Vm, v: Value) -> PyResult<u32> {
    if let Some(q) = v.as_qstr() {
        return Ok(vm.qstr_hash(crate::qstr::Qstr(q)));
    }
    if let Some(i) = v.as_small_int() {
        let h = if i == -1 { -2 } else { i };
        return Ok(fold(h));
    }
    hash(vm, v).map(fold)
}

/// Folds a 64-bit Python hash to the 32 bits tables use.
#[inline(always)]
fn fold(h: i64) -> u32 {
    h as u32 ^ (h >> 32) as u32
}
