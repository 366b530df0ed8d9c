//! `binascii`: hex and base64 conversions and CRC-32, as MicroPython's
//! `extmod/modbinascii.c`.
//!
//! Inputs are any object with the buffer protocol (bytes, bytearray, str, array); outputs
//! are bytes. MicroPython behaviours kept: `unhexlify` skips whitespace and reports every
//! malformed input (odd length included) as ValueError("non-hex digit"); `a2b_base64`
//! ignores characters outside the alphabet and raises ValueError("incorrect padding");
//! `hexlify`'s separator is the first byte of `sep`.

use super::array::readable_or_raise;
use crate::builtin_module;
use crate::methods::args::{check_kw, kwarg};
use crate::native_fn;
use crate::obj::exception::{TYPE_ERROR, VALUE_ERROR};
use crate::obj::str::new_bytes;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

builtin_module!(q::binascii, attr, [q::hexlify, q::unhexlify, q::a2b_base64, q::b2a_base64, q::crc32]);

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let f = Value::from_static_fn;
    Ok(Some(match name {
        q::hexlify => f(&HEXLIFY),
        q::unhexlify => f(&UNHEXLIFY),
        q::a2b_base64 => f(&A2B_BASE64),
        q::b2a_base64 => f(&B2A_BASE64),
        q::crc32 => f(&CRC32),
        _ => return Ok(None),
    }))
}

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// Lowercase hex of `data`, with `sep` between the bytes when given.
pub fn hexlify(data: &[u8], sep: Option<u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    for (k, b) in data.iter().enumerate() {
        if k > 0 {
            if let Some(s) = sep {
                out.push(s);
            }
        }
        out.push(HEX_DIGITS[(b >> 4) as usize]);
        out.push(HEX_DIGITS[(b & 15) as usize]);
    }
    out
}

/// Decodes hex digit pairs, skipping whitespace between pairs; `None` on a malformed input.
pub fn unhexlify(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 2);
    let mut it = data.iter();
    while let Some(&c1) = it.next() {
        if is_space(c1) {
            continue;
        }
        let hi = (c1 as char).to_digit(16)?;
        let lo = (*it.next()? as char).to_digit(16)?;
        out.push((hi << 4 | lo) as u8);
    }
    Some(out)
}

/// MicroPython's `unichar_isspace`: space and `\t` to `\r`.
fn is_space(c: u8) -> bool {
    c == b' ' || (b'\t'..=b'\r').contains(&c)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with `=` padding, plus `\n` when `newline`.
pub fn b2a_base64(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// Decodes base64 as MicroPython does: characters outside the alphabet are skipped, and
/// decoding stops at a pad that completes a group. `None` means incorrect padding.
pub fn a2b_base64(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() * 3 / 4 + 1);
    let mut shift: u32 = 0;
    let mut nbits = 0;
    let mut had_pad = false;
    for &c in data {
        if c == b'=' {
            if nbits == 2 || (nbits == 4 && had_pad) {
                nbits = 0;
                break;
            }
            had_pad = true;
        }
        let Some(s) = sextet(c) else {
            continue;
        };
        had_pad = false;
        shift = (shift << 6 | s) & 0xff_ffff;
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            out.push((shift >> nbits) as u8);
        }
    }
    (nbits == 0).then_some(out)
}

/// The CRC-32 (ISO-HDLC, as zlib) of `data`, continuing from a previous result `crc`.
pub fn crc32(data: &[u8], crc: u32) -> u32 {
    const TABLE: [u32; 256] = {
        let mut t = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
                k += 1;
            }
            t[i] = c;
            i += 1;
        }
        t
    };
    let mut c = !crc;
    for &b in data {
        c = TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

native_fn!(HEXLIFY, q::hexlify, 1, 2, |vm, a, _| {
    let data = readable_or_raise(vm, a[0])?;
    let sep = match a.get(1) {
        None => None,
        Some(&s) => match vm.str_bytes(s).or_else(|| vm.bytes_data(s)) {
            Some(b) => Some(b.first().copied().unwrap_or(0)),
            None => {
                let t = crate::runtime::types::type_name(vm, s);
                return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("can't convert '{t}' object to str implicitly")));
            }
        },
    };
    new_bytes(vm, &hexlify(&data, sep))
});

native_fn!(UNHEXLIFY, q::unhexlify, 1, 1, |vm, a, _| {
    let data = readable_or_raise(vm, a[0])?;
    match unhexlify(&data) {
        Some(out) => new_bytes(vm, &out),
        None => Err(vm.raise_msg(&VALUE_ERROR, "non-hex digit")),
    }
});

native_fn!(A2B_BASE64, q::a2b_base64, 1, 1, |vm, a, _| {
    let data = readable_or_raise(vm, a[0])?;
    match a2b_base64(&data) {
        Some(out) => new_bytes(vm, &out),
        None => Err(vm.raise_msg(&VALUE_ERROR, "incorrect padding")),
    }
});

native_fn!(B2A_BASE64, q::b2a_base64, 1, 2, kw, |vm, a, kw| {
    check_kw(vm, kw, &[q::newline])?;
    let newline = match a.get(1).copied().or_else(|| kwarg(vm, kw, q::newline)) {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    let data = readable_or_raise(vm, a[0])?;
    new_bytes(vm, &b2a_base64(&data, newline))
});

native_fn!(CRC32, q::crc32, 1, 2, |vm, a, _| {
    let data = readable_or_raise(vm, a[0])?;
    // The running value is truncated to 32 bits, as mp_obj_get_int_truncated.
    let init = match a.get(1) {
        Some(&v) => super::array::int_bits(vm, v)? as u32,
        None => 0,
    };
    vm.new_int(crc32(&data, init) as i64)
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_every_length() {
        let data: Vec<u8> = (0..=255u8).collect();
        for n in 0..40 {
            let enc = b2a_base64(&data[..n], false);
            assert_eq!(enc.len(), n.div_ceil(3) * 4);
            assert_eq!(a2b_base64(&enc).as_deref(), Some(&data[..n]));
        }
        assert_eq!(b2a_base64(b"hello", true), b"aGVsbG8=\n");
        assert_eq!(a2b_base64(b"aGVsbG8"), None);
        assert_eq!(a2b_base64(b"aG Vs\nbG8=").as_deref(), Some(&b"hello"[..]));
    }

    #[test]
    fn hex_and_crc() {
        assert_eq!(hexlify(b"\x01\xab", Some(b':')), b"01:ab");
        assert_eq!(unhexlify(b"01 AB").as_deref(), Some(&b"\x01\xab"[..]));
        assert_eq!(unhexlify(b"abc"), None);
        assert_eq!(crc32(b"hello", 0), 907_060_870);
        assert_eq!(crc32(b"lo", crc32(b"hel", 0)), 907_060_870);
    }

    use proptest::prelude::*;

    proptest! {
        #[test]
        fn encodings_round_trip(data in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(a2b_base64(&b2a_base64(&data, true)), Some(data.clone()));
            prop_assert_eq!(unhexlify(&hexlify(&data, None)), Some(data.clone()));
            let (a, b) = data.split_at(data.len() / 2);
            prop_assert_eq!(crc32(b, crc32(a, 0)), crc32(&data, 0));
        }

        #[test]
        fn decoders_never_panic(data in proptest::collection::vec(any::<u8>(), 0..100)) {
            let _ = a2b_base64(&data);
            let _ = unhexlify(&data);
        }
    }
}
