//! `struct`: `calcsize`, `pack`, `pack_into`, `unpack`, `unpack_from`, as MicroPython
//! provides them.
//!
//! A format is an optional byte-order prefix (`@` native with alignment, the default; `<`,
//! `>`/`!` and `=` standard sizes without alignment) and items `[count]code`. Codes: `b B h
//! H i I l L q Q` integers (truncated to the field size when packing, as MicroPython does),
//! `e f d` floats, `s` bytes (the count is the field length), `P` a pointer-sized unsigned
//! int, `x` a pad byte. Native sizes are those of the 64-bit unix port (`l`, `L`, `P`: 8).
//!
//! Value encoding is shared with `array` (`array::get_val`/`set_val`, little-endian); this
//! file lays fields out and swaps bytes for big-endian formats.

use crate::builtin_module;
use crate::methods::args::to_i64;
use crate::native_fn;
use crate::obj::exception::{TYPE_ERROR, VALUE_ERROR};
use crate::obj::{str as s, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

builtin_module!(q::r#struct, attr, [q::calcsize, q::pack, q::pack_into, q::unpack, q::unpack_from]);

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let f = Value::from_static_fn;
    Ok(Some(match name {
        q::calcsize => f(&CALCSIZE),
        q::pack => f(&PACK),
        q::pack_into => f(&PACK_INTO),
        q::unpack => f(&UNPACK),
        q::unpack_from => f(&UNPACK_FROM),
        _ => return Ok(None),
    }))
}

/// One field of a parsed format.
#[derive(Clone, Copy, Debug)]
struct Field {
    /// The code as `array` encodes it (`l`/`L`/`P` mapped to a sized code), or `s`/`x`/`e`.
    code: u8,
    /// Byte offset in the packed data.
    offset: usize,
    /// Size in bytes (for `s`, the whole string field).
    size: usize,
}

/// A parsed format: fields, total size, byte order.
struct Layout {
    fields: Vec<Field>,
    size: usize,
    big_endian: bool,
}

impl Layout {
    /// Number of values the format packs or unpacks.
    fn values(&self) -> usize {
        self.fields.iter().filter(|f| f.code != b'x').count()
    }
}

/// Size and alignment of `code` (native or standard), mapped to the code used to encode it.
fn code_info(code: u8, native: bool) -> Option<(u8, usize, usize)> {
    let (mapped, size) = match code {
        b'b' | b'B' | b'x' | b's' => (code, 1),
        b'h' | b'H' | b'e' => (code, 2),
        b'i' | b'I' | b'f' => (code, 4),
        b'l' if native => (b'q', 8),
        b'L' if native => (b'Q', 8),
        b'l' => (b'i', 4),
        b'L' => (b'I', 4),
        b'q' | b'Q' | b'd' => (code, 8),
        b'P' => (b'Q', 8),
        _ => return None,
    };
    Some((mapped, size, if native { size } else { 1 }))
}

fn parse(vm: &mut Vm, fmt: Value) -> PyResult<Layout> {
    let text = match vm.str_bytes(fmt).or_else(|| crate::methods::bytes::buffer(vm, fmt)) {
        Some(t) => t.to_vec(),
        None => return Err(vm.raise_msg(&TYPE_ERROR, "format must be str or bytes")),
    };
    let mut i = 0;
    let (native, big_endian) = match text.first() {
        Some(b'<') | Some(b'=') => (false, false),
        Some(b'>') | Some(b'!') => (false, true),
        Some(b'@') => (true, false),
        _ => (true, false),
    };
    if matches!(text.first(), Some(b'<' | b'=' | b'>' | b'!' | b'@')) {
        i = 1;
    }
    let mut fields = Vec::new();
    let mut offset = 0usize;
    while i < text.len() {
        let c = text[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < text.len() && text[i].is_ascii_digit() {
            let d = (text[i] - b'0') as usize;
            count = Some(count.unwrap_or(0).saturating_mul(10).saturating_add(d));
            i += 1;
        }
        let Some(&code) = text.get(i) else {
            return Err(vm.raise_msg(&VALUE_ERROR, "bad format string"));
        };
        i += 1;
        let Some((mapped, size, align)) = code_info(code, native) else {
            return Err(vm.raise_msg(&VALUE_ERROR, "bad typecode"));
        };
        offset = offset.div_ceil(align) * align;
        if code == b's' {
            let n = count.unwrap_or(1);
            fields.push(Field { code: b's', offset, size: n });
            offset += n;
            continue;
        }
        for _ in 0..count.unwrap_or(1) {
            fields.push(Field { code: mapped, offset, size });
            offset += size;
            if offset > 1 << 30 {
                return Err(vm.raise_msg(&VALUE_ERROR, "format too large"));
            }
        }
    }
    Ok(Layout { fields, size: offset, big_endian })
}

/// IEEE half precision from f64 (round to nearest even).
fn f16_bits(x: f64) -> u16 {
    let f = x as f32;
    let b = f.to_bits();
    let sign = ((b >> 16) & 0x8000) as u16;
    let exp = ((b >> 23) & 0xff) as i32;
    let man = b & 0x7f_ffff;
    if exp == 0xff {
        return sign | 0x7c00 | if man != 0 { 0x200 } else { 0 };
    }
    let e = exp - 127 + 15;
    if e >= 0x1f {
        return sign | 0x7c00;
    }
    if e <= 0 {
        if e < -10 {
            return sign;
        }
        let m = man | 0x80_0000;
        let shift = (14 - e) as u32;
        let half = 1u32 << (shift - 1);
        let rest = m & ((1 << shift) - 1);
        let mut v = m >> shift;
        if rest > half || (rest == half && v & 1 == 1) {
            v += 1;
        }
        return sign | v as u16;
    }
    let mut v = ((e as u32) << 10) | (man >> 13);
    let rest = man & 0x1fff;
    if rest > 0x1000 || (rest == 0x1000 && v & 1 == 1) {
        v += 1;
    }
    sign | v as u16
}

/// f64 from IEEE half precision.
fn f16_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let man = (h & 0x3ff) as f64;
    sign * match exp {
        0 => man * 2f64.powi(-24),
        0x1f if man == 0.0 => f64::INFINITY,
        0x1f => f64::NAN,
        _ => (1.0 + man / 1024.0) * 2f64.powi(exp - 15),
    }
}

fn pack_fields(vm: &mut Vm, layout: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    if values.len() < layout.values() {
        return Err(vm.raise_msg(&VALUE_ERROR, "not enough arguments"));
    }
    let mut vals = values.iter();
    for f in &layout.fields {
        let dst = &mut out[f.offset..f.offset + f.size];
        match f.code {
            b'x' => dst.fill(0),
            b's' => {
                let v = *vals.next().unwrap_or(&Value::NONE);
                let Some(b) = crate::methods::bytes::buffer(vm, v).map(<[u8]>::to_vec) else {
                    return Err(vm.raise_msg(&TYPE_ERROR, "a bytes-like object is required"));
                };
                let n = b.len().min(f.size);
                dst[..n].copy_from_slice(&b[..n]);
                dst[n..].fill(0);
            }
            b'e' => {
                let v = *vals.next().unwrap_or(&Value::NONE);
                let x = crate::modules::array::to_float(vm, v)?;
                let h = f16_bits(x);
                dst.copy_from_slice(&if layout.big_endian { h.to_be_bytes() } else { h.to_le_bytes() });
            }
            code => {
                let v = *vals.next().unwrap_or(&Value::NONE);
                crate::modules::array::set_val(vm, code, v, dst)?;
                if layout.big_endian {
                    dst.reverse();
                }
            }
        }
    }
    Ok(())
}

fn unpack_fields(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult<Value> {
    let mut out = Vec::with_capacity(layout.values());
    let mark = vm.temps.len();
    let r = (|| {
        for f in &layout.fields {
            let src = &data[f.offset..f.offset + f.size];
            let v = match f.code {
                b'x' => continue,
                b's' => s::new_bytes(vm, src)?,
                b'e' => {
                    let h = if layout.big_endian {
                        u16::from_be_bytes([src[0], src[1]])
                    } else {
                        u16::from_le_bytes([src[0], src[1]])
                    };
                    Value::float(f16_value(h))
                }
                code => {
                    let mut le = src.to_vec();
                    if layout.big_endian {
                        le.reverse();
                    }
                    crate::modules::array::get_val(vm, code, &le)?
                }
            };
            vm.push_temp(v);
            out.push(v);
        }
        tuple::new_from(vm, &out)
    })();
    vm.pop_temps(mark);
    r
}

/// The bytes of a readable buffer argument (bytes, bytearray, array, memoryview…).
fn readable(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match crate::modules::array::readable(vm, v).filter(|_| !vm.is_str(v)) {
        Some(b) => Ok(b.to_vec()),
        None => Err(vm.raise_msg(&TYPE_ERROR, "object with buffer protocol required")),
    }
}

/// The start offset argument (negative counts from the end), checked against the buffer.
fn offset_arg(vm: &mut Vm, v: Option<Value>, len: usize, need: usize) -> PyResult<usize> {
    let off = match v {
        Some(v) => to_i64(vm, v)?,
        None => 0,
    };
    let off = if off < 0 { off + len as i64 } else { off };
    if off < 0 || off as usize > len || len - (off as usize) < need {
        return Err(vm.raise_msg(&VALUE_ERROR, "buffer too small"));
    }
    Ok(off as usize)
}

native_fn!(CALCSIZE, q::calcsize, 1, 1, |vm, a, _| {
    let l = parse(vm, a[0])?;
    vm.new_int(l.size as i64)
});
native_fn!(PACK, q::pack, 1, u16::MAX, |vm, a, _| {
    let l = parse(vm, a[0])?;
    let mut out = vec![0u8; l.size];
    pack_fields(vm, &l, &a[1..], &mut out)?;
    s::new_bytes(vm, &out)
});
native_fn!(PACK_INTO, q::pack_into, 3, u16::MAX, |vm, a, _| {
    let l = parse(vm, a[0])?;
    let len = readable(vm, a[1])?.len();
    let off = offset_arg(vm, Some(a[2]), len, l.size)?;
    let mut packed = vec![0u8; l.size];
    pack_fields(vm, &l, &a[3..], &mut packed)?;
    if crate::methods::bytes::is_bytearray(vm, a[1]) {
        let mut data = readable(vm, a[1])?;
        data[off..off + l.size].copy_from_slice(&packed);
        crate::methods::bytes::set_bytearray(vm, a[1], &data)?;
    } else if crate::obj::memoryview::is_memoryview(vm, a[1]) {
        let data = crate::obj::str::new_bytes(vm, &packed)?;
        let mark = vm.push_temp(data);
        let start = Value::int_unchecked(off as i64);
        let stop = Value::int_unchecked((off + l.size) as i64);
        let r = crate::obj::record::new(vm, crate::obj::record::Record::Slice, &[start, stop, Value::NONE])
            .and_then(|sl| crate::runtime::subscr::set_item(vm, a[1], sl, data));
        vm.pop_temps(mark);
        r?;
    } else {
        return Err(vm.raise_msg(&TYPE_ERROR, "object with buffer protocol required"));
    }
    Ok(Value::NONE)
});
native_fn!(UNPACK, q::unpack, 2, 2, |vm, a, _| {
    let l = parse(vm, a[0])?;
    let data = readable(vm, a[1])?;
    if data.len() < l.size {
        return Err(vm.raise_msg(&VALUE_ERROR, "buffer too small"));
    }
    unpack_fields(vm, &l, &data[..l.size])
});
native_fn!(UNPACK_FROM, q::unpack_from, 2, 3, kw, |vm, a, kw| {
    let l = parse(vm, a[0])?;
    let data = readable(vm, a[1])?;
    let off_arg = a.get(2).copied().or_else(|| crate::methods::args::kwarg(vm, kw, q::offset));
    let off = offset_arg(vm, off_arg, data.len(), l.size)?;
    unpack_fields(vm, &l, &data[off..off + l.size])
});
