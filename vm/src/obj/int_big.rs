//! Big-int arithmetic on VM values: converts operands to sign/magnitude, calls the limb
//! routines of `crate::bigint`, and stores normalized results.

use crate::bigint;
use crate::obj::int::{from_limbs, sign_mag};
use crate::runtime::binop::{bop, divide_by_zero, uop};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Binary arithmetic where an operand (or the result) is big.
pub fn binop(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Value> {
    let (an, am) = sign_mag(vm, a);
    let (bn, bm) = sign_mag(vm, b);
    let (n, m) = match op {
        bop::ADD => bigint::add(an, &am, bn, &bm),
        bop::SUB => bigint::add(an, &am, !bn, &bm),
        bop::MUL => (an != bn, bigint::mul_mag(&am, &bm)),
        bop::FLOORDIV | bop::MOD => {
            if bm.is_empty() {
                return Err(divide_by_zero(vm));
            }
            let (qn, q, rn, r) = bigint::divmod_floor(an, &am, bn, &bm);
            if op == bop::FLOORDIV {
                (qn, q)
            } else {
                (rn, r)
            }
        }
        bop::TRUEDIV => {
            if bm.is_empty() {
                return Err(divide_by_zero(vm));
            }
            let x = crate::obj::int::to_f64(vm, a)?;
            let y = crate::obj::int::to_f64(vm, b)?;
            return Ok(Value::float(x / y));
        }
        bop::AND => bigint::bitwise('&', an, &am, bn, &bm),
        bop::OR => bigint::bitwise('|', an, &am, bn, &bm),
        bop::XOR => bigint::bitwise('^', an, &am, bn, &bm),
        bop::LSHIFT | bop::RSHIFT => {
            if bn {
                return Err(vm.raise_msg(&crate::obj::exception::VALUE_ERROR, "negative shift count"));
            }
            let Some(s) = bm.first().copied().filter(|_| bm.len() == 1) else {
                if op == bop::RSHIFT {
                    return Ok(Value::int_unchecked(if an { -1 } else { 0 }));
                }
                return Err(vm.raise_memory_error());
            };
            if op == bop::LSHIFT {
                if s > (1 << 32) {
                    return Err(vm.raise_memory_error());
                }
                bigint::shl(an, &am, s as usize)
            } else {
                bigint::shr(an, &am, s as usize)
            }
        }
        bop::POW => {
            if bn {
                let x = crate::obj::int::to_f64(vm, a)?;
                let y = crate::obj::int::to_f64(vm, b)?;
                if x == 0.0 {
                    return Err(divide_by_zero(vm));
                }
                return Ok(Value::float(x.powf(y)));
            }
            let Some(e) = bm.first().copied().filter(|_| bm.len() <= 1).or(if bm.is_empty() { Some(0) } else { None })
            else {
                return Err(vm.raise_memory_error());
            };
            pow(an, &am, e)
        }
        _ => return Err(crate::runtime::binop::unsupported(vm, op, a, b)),
    };
    from_limbs(vm, n, &m)
}

fn pow(neg: bool, base: &[u64], mut e: u64) -> (bool, Vec<u64>) {
    let mut result = vec![1u64];
    let mut b = base.to_vec();
    let rneg = neg && e % 2 == 1;
    while e > 0 {
        if e & 1 == 1 {
            result = bigint::mul_mag(&result, &b);
        }
        e >>= 1;
        if e > 0 {
            b = bigint::mul_mag(&b, &b);
        }
    }
    (rneg, result)
}

/// Unary operators on a big int.
pub fn unary(vm: &mut Vm, op: u8, v: Value) -> PyResult<Value> {
    let (n, m) = sign_mag(vm, v);
    match op {
        uop::POS => Ok(v),
        uop::NEG => from_limbs(vm, !n, &m),
        _ => {
            // ~x = -x - 1
            let (rn, rm) = bigint::add(!n, &m, true, &[1]);
            from_limbs(vm, rn, &rm)
        }
    }
}

/// `pow(base, exp, mod)`.
pub fn modpow(vm: &mut Vm, base: Value, exp: Value, m: Value) -> PyResult<Value> {
    let (bn, bm) = sign_mag(vm, base);
    let (en, em) = sign_mag(vm, exp);
    let (mn, mm) = sign_mag(vm, m);
    if mm.is_empty() {
        return Err(vm.raise_msg(&crate::obj::exception::VALUE_ERROR, "pow() 3rd argument cannot be 0"));
    }
    if en {
        return Err(vm.raise_msg(
            &crate::obj::exception::VALUE_ERROR,
            "pow() 2nd argument cannot be negative when 3rd argument specified",
        ));
    }
    // Reduce base into [0, |m|).
    let (_, _, _, mut b) = bigint::divmod_floor(bn, &bm, false, &mm);
    let mut result = vec![1u64];
    let (_, _, _, r1) = bigint::divmod_floor(false, &result, false, &mm);
    result = r1;
    let bits = bigint::bit_length(&em);
    for i in 0..bits {
        if (em[i / 64] >> (i % 64)) & 1 == 1 {
            let p = bigint::mul_mag(&result, &b);
            result = bigint::divrem_mag(&p, &mm).1;
        }
        let sq = bigint::mul_mag(&b, &b);
        b = bigint::divrem_mag(&sq, &mm).1;
    }
    // Python: the result takes the sign of the modulus.
    if mn && !result.is_empty() {
        let r = bigint::sub_mag(&mm, &result);
        return from_limbs(vm, true, &r);
    }
    from_limbs(vm, false, &result)
}
