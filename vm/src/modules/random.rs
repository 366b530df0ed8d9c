//! `random`: `seed`, `getrandbits`, `randrange`, `randint`, `choice`, `random`, `uniform`.
//!
//! The generator is xorshift64* (hand-written: a few lines, and its state must live in the
//! VM, not in a global crate RNG). Like MicroPython's, it is for device programs, not for
//! cryptography; sequences differ from CPython's and MicroPython's, so programs should rely
//! on ranges, not values. `seed()` without an argument seeds from the clock.

use crate::builtin_module;
use crate::methods::args::to_i64;
use crate::native_fn;
use crate::obj::exception::{INDEX_ERROR, VALUE_ERROR};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

builtin_module!(q::random, attr, [q::seed, q::getrandbits, q::randrange, q::randint, q::choice, q::random, q::uniform]);

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let f = Value::from_static_fn;
    Ok(Some(match name {
        q::seed => f(&SEED),
        q::getrandbits => f(&GETRANDBITS),
        q::randrange => f(&RANDRANGE),
        q::randint => f(&RANDINT),
        q::choice => f(&CHOICE),
        q::random => f(&RANDOM),
        q::uniform => f(&UNIFORM),
        _ => return Ok(None),
    }))
}

fn mix(seed: u64) -> u64 {
    // splitmix64 finaliser: any seed (even 0) gives a well-mixed non-zero state.
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (z ^ (z >> 31)) | 1
}

fn next(vm: &mut Vm) -> u64 {
    if vm.random_state == 0 {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        vm.random_state = mix(t.as_nanos() as u64);
    }
    let mut x = vm.random_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    vm.random_state = x;
    x.wrapping_mul(0x2545_f491_4f6c_dd1d)
}

/// A uniform integer in `[0, n)` (n > 0), without modulo bias.
fn below(vm: &mut Vm, n: u64) -> u64 {
    let zone = u64::MAX - (u64::MAX % n);
    loop {
        let r = next(vm);
        if r < zone {
            return r % n;
        }
    }
}

fn float01(vm: &mut Vm) -> f64 {
    (next(vm) >> 11) as f64 / (1u64 << 53) as f64
}

native_fn!(SEED, q::seed, 0, 1, |vm, a, _| {
    vm.random_state = match a.first() {
        Some(v) if !v.is_none() => mix(to_i64(vm, *v)? as u64),
        _ => 0,
    };
    Ok(Value::NONE)
});
native_fn!(GETRANDBITS, q::getrandbits, 1, 1, |vm, a, _| {
    let n = to_i64(vm, a[0])?;
    if !(0..=32).contains(&n) {
        return Err(vm.raise_msg(&VALUE_ERROR, "bits must be 32 or less"));
    }
    let r = if n == 0 { 0 } else { next(vm) >> (64 - n) };
    Ok(Value::int_unchecked(r as i64))
});

fn randrange(vm: &mut Vm, start: i64, stop: i64, step: i64) -> PyResult<Value> {
    if step == 0 {
        return Err(vm.raise_msg(&VALUE_ERROR, "zero step for randrange()"));
    }
    let n =
        if step > 0 { (stop - start + step - 1).div_euclid(step) } else { (start - stop - step - 1).div_euclid(-step) };
    if n <= 0 {
        return Err(vm.raise_msg(&VALUE_ERROR, "empty range for randrange()"));
    }
    let k = below(vm, n as u64) as i64;
    vm.new_int(start + k * step)
}

native_fn!(RANDRANGE, q::randrange, 1, 3, |vm, a, _| {
    let x = to_i64(vm, a[0])?;
    match a.len() {
        1 => randrange(vm, 0, x, 1),
        2 => {
            let y = to_i64(vm, a[1])?;
            randrange(vm, x, y, 1)
        }
        _ => {
            let (y, s) = (to_i64(vm, a[1])?, to_i64(vm, a[2])?);
            randrange(vm, x, y, s)
        }
    }
});
native_fn!(RANDINT, q::randint, 2, 2, |vm, a, _| {
    let (lo, hi) = (to_i64(vm, a[0])?, to_i64(vm, a[1])?);
    randrange(vm, lo, hi.saturating_add(1), 1)
});
native_fn!(CHOICE, q::choice, 1, 1, |vm, a, _| {
    let n = vm.len_of(a[0])?;
    if n == 0 {
        return Err(vm.raise_msg(&INDEX_ERROR, "empty sequence"));
    }
    let k = below(vm, n as u64) as i64;
    crate::runtime::subscr::get_item(vm, a[0], Value::int_unchecked(k))
});
native_fn!(RANDOM, q::random, 0, 0, |vm, _, _| Ok(Value::float(float01(vm))));
native_fn!(UNIFORM, q::uniform, 2, 2, |vm, a, _| {
    let lo = crate::modules::array::to_float(vm, a[0])?;
    let hi = crate::modules::array::to_float(vm, a[1])?;
    let r = float01(vm);
    Ok(Value::float(lo + (hi - lo) * r))
});
