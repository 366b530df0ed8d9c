//! `bytes` and `bytearray`: constructors, buffer access, indexing and core methods.
//!
//! bytearray layout (kind `ByteArray`): word 1 = length, word 2 = storage (`RawBytes`, whose
//! capacity is its payload size) or NULL.

use super::args::to_i64;
use crate::heap::ObjKind;
use crate::native_fn;
use crate::obj::exception::{TYPE_ERROR, VALUE_ERROR};
use crate::obj::native::Attr;
use crate::obj::str as s;
use crate::qstr::{q, Qstr};
use crate::runtime::binop::bop;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Whether `v` is a bytearray.
pub fn is_bytearray(vm: &Vm, v: Value) -> bool {
    v.as_heap().is_some_and(|i| vm.heap.kind(i) == ObjKind::ByteArray)
}

/// The bytes of a bytes or bytearray object (or a subclass instance of either).
pub fn buffer(vm: &Vm, v: Value) -> Option<&[u8]> {
    if let Some(b) = vm.bytes_data(v) {
        return Some(b);
    }
    let i = v.as_heap()?;
    match vm.heap.kind(i) {
        ObjKind::ByteArray => {
            let n = vm.heap.word(i + 1) as usize;
            match vm.heap.value(i + 2).as_heap() {
                Some(st) => Some(vm.heap.bytes(st + 1, 0, n)),
                None => Some(&[]),
            }
        }
        ObjKind::Instance => buffer(vm, crate::obj::class::native_base_of(vm, v)?),
        _ => None,
    }
}

/// A new bytearray holding `data`.
pub fn new_bytearray(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    let i = vm.alloc(ObjKind::ByteArray, 2, 0)?;
    vm.heap.set_word(i + 1, 0);
    vm.heap.set_value(i + 2, Value::NULL);
    let ba = Value::heap(i);
    set_bytearray(vm, ba, data)?;
    Ok(ba)
}

/// Replaces a bytearray's contents.
pub fn set_bytearray(vm: &mut Vm, ba: Value, data: &[u8]) -> PyResult<()> {
    let i = ba.heap_index_unchecked();
    let cap = vm.heap.value(i + 2).as_heap().map_or(0, |st| (vm.heap.header(st).words() - 1) * 8);
    if data.len() > cap {
        let mark = vm.push_temp(ba);
        let r = vm.alloc(ObjKind::RawBytes, (data.len() + data.len() / 2 + 8).div_ceil(8), 0);
        vm.pop_temps(mark);
        let st = r?;
        if let Some(old) = vm.heap.value(i + 2).as_heap() {
            vm.heap.free(old);
        }
        vm.heap.set_value(i + 2, Value::heap(st));
    }
    if let Some(st) = vm.heap.value(i + 2).as_heap() {
        vm.heap.bytes_mut(st + 1, 0, data.len()).copy_from_slice(data);
    }
    vm.heap.set_word(i + 1, data.len() as u64);
    Ok(())
}

fn new_like(vm: &mut Vm, like: Value, data: &[u8]) -> PyResult<Value> {
    if is_bytearray(vm, like) {
        new_bytearray(vm, data)
    } else {
        s::new_bytes(vm, data)
    }
}

/// Collects the bytes of `bytes(x)`'s argument.
fn bytes_from(vm: &mut Vm, x: Value) -> PyResult<Vec<u8>> {
    if let Some(b) =
        buffer(vm, x).or_else(|| crate::modules::array::buffer(vm, x)).or_else(|| crate::obj::memoryview::bytes(vm, x))
    {
        return Ok(b.to_vec());
    }
    if let Some(n) = crate::obj::int::to_i64(vm, x) {
        if n < 0 {
            return Err(vm.raise_msg(&VALUE_ERROR, "negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    if vm.is_str(x) {
        return Err(vm.raise_msg(&TYPE_ERROR, "string argument without an encoding"));
    }
    let l = crate::runtime::iter::collect_list(vm, x)?;
    let mut out = Vec::new();
    for v in crate::obj::list::to_vec(vm, l) {
        let n = to_i64(vm, v)?;
        if !(0..256).contains(&n) {
            return Err(vm.raise_msg(&VALUE_ERROR, "bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

/// `bytes()`, `bytes(n)`, `bytes(iterable)`, `bytes(str, encoding)`.
pub fn make_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(&x) = args.get(1) else {
        return s::new_bytes(vm, b"");
    };
    if let Some(t) = vm.str_bytes(x) {
        if args.len() < 3 && kw.is_empty() {
            return Err(vm.raise_msg(&TYPE_ERROR, "string argument without an encoding"));
        }
        let t = t.to_vec();
        return s::new_bytes(vm, &t);
    }
    let b = bytes_from(vm, x)?;
    s::new_bytes(vm, &b)
}

/// `bytearray()`, `bytearray(n)`, `bytearray(iterable)`, `bytearray(str, encoding)`.
pub fn bytearray_make_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(&x) = args.get(1) else {
        return new_bytearray(vm, b"");
    };
    if let Some(t) = vm.str_bytes(x) {
        if args.len() < 3 && kw.is_empty() {
            return Err(vm.raise_msg(&TYPE_ERROR, "string argument without an encoding"));
        }
        let t = t.to_vec();
        return new_bytearray(vm, &t);
    }
    let b = bytes_from(vm, x)?;
    new_bytearray(vm, &b)
}

/// `b[idx]`.
pub fn getitem(vm: &mut Vm, v: Value, idx: Value) -> PyResult<Value> {
    let data = buffer(vm, v).unwrap_or(&[]).to_vec();
    if crate::runtime::subscr::is_slice(vm, idx) {
        let (a, b, c) = crate::runtime::subscr::slice_indices(vm, idx, data.len())?;
        let out: Vec<u8> = crate::runtime::subscr::slice_positions(a, b, c).map(|p| data[p]).collect();
        return new_like(vm, v, &out);
    }
    let i = crate::runtime::subscr::index(vm, idx, data.len(), "bytes")?;
    Ok(Value::int_unchecked(data[i] as i64))
}

/// `ba[idx] = v`.
pub fn bytearray_setitem(vm: &mut Vm, ba: Value, idx: Value, v: Value) -> PyResult<()> {
    let mut data = buffer(vm, ba).unwrap_or(&[]).to_vec();
    if crate::runtime::subscr::is_slice(vm, idx) {
        let src = bytes_from(vm, v)?;
        let (a, b, c) = crate::runtime::subscr::slice_indices(vm, idx, data.len())?;
        if c == 1 {
            data.splice(a as usize..(b.max(a)) as usize, src);
        } else {
            let pos: Vec<usize> = crate::runtime::subscr::slice_positions(a, b, c).collect();
            if pos.len() != src.len() {
                return Err(vm.raise_msg(&VALUE_ERROR, "attempt to assign sequence of wrong size to extended slice"));
            }
            for (p, x) in pos.into_iter().zip(src) {
                data[p] = x;
            }
        }
        return set_bytearray(vm, ba, &data);
    }
    let i = crate::runtime::subscr::index(vm, idx, data.len(), "bytearray")?;
    let x = to_i64(vm, v)?;
    if !(0..256).contains(&x) {
        return Err(vm.raise_msg(&VALUE_ERROR, "bytes must be in range(0, 256)"));
    }
    data[i] = x as u8;
    set_bytearray(vm, ba, &data)
}

/// `del ba[idx]`.
pub fn bytearray_delitem(vm: &mut Vm, ba: Value, idx: Value) -> PyResult<()> {
    let mut data = buffer(vm, ba).unwrap_or(&[]).to_vec();
    if crate::runtime::subscr::is_slice(vm, idx) {
        let (a, b, c) = crate::runtime::subscr::slice_indices(vm, idx, data.len())?;
        let drop: std::collections::HashSet<usize> = crate::runtime::subscr::slice_positions(a, b, c).collect();
        let kept: Vec<u8> = data.into_iter().enumerate().filter(|(k, _)| !drop.contains(k)).map(|(_, x)| x).collect();
        return set_bytearray(vm, ba, &kept);
    }
    let i = crate::runtime::subscr::index(vm, idx, data.len(), "bytearray")?;
    data.remove(i);
    set_bytearray(vm, ba, &data)
}

/// `+` and `*` for bytes-like operands.
pub fn binop(vm: &mut Vm, op: u8, inplace: bool, a: Value, b: Value) -> PyResult<Option<Value>> {
    let Some(x) = buffer(vm, a).map(|x| x.to_vec()) else {
        return Ok(None);
    };
    match op {
        bop::ADD => {
            let Some(y) = buffer(vm, b) else {
                return Ok(None);
            };
            let mut out = x;
            out.extend_from_slice(y);
            if inplace && is_bytearray(vm, a) {
                set_bytearray(vm, a, &out)?;
                return Ok(Some(a));
            }
            new_like(vm, a, &out).map(Some)
        }
        bop::MUL => match crate::obj::int::as_repeat_count(vm, b) {
            Some(n) => {
                let out = x.repeat(n);
                new_like(vm, a, &out).map(Some)
            }
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `bytes % args`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = buffer(vm, fmt).unwrap_or(&[]).to_vec();
    let out = super::strformat::percent(vm, &f, args, true)?;
    s::new_bytes(vm, &out)
}

native_fn!(BYTES_DECODE, q::decode, 1, 3, |vm, a, _| {
    let b = buffer(vm, a[0]).unwrap_or(&[]).to_vec();
    match std::str::from_utf8(&b) {
        Ok(t) => s::from_str(vm, t),
        Err(_) => Err(vm.raise_msg(&crate::obj::exception::UNICODE_ERROR, "invalid utf-8")),
    }
});
native_fn!(BYTES_HEX, q::hex, 1, 2, |vm, a, _| {
    let b = buffer(vm, a[0]).unwrap_or(&[]).to_vec();
    let sep = match a.get(1) {
        Some(v) => vm.str_text(*v).unwrap_or("").to_string(),
        None => String::new(),
    };
    let parts: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    s::from_str(vm, &parts.join(&sep))
});
native_fn!(BYTEARRAY_APPEND, q::append, 2, 2, |vm, a, _| {
    let mut data = buffer(vm, a[0]).unwrap_or(&[]).to_vec();
    let x = to_i64(vm, a[1])?;
    if !(0..256).contains(&x) {
        return Err(vm.raise_msg(&VALUE_ERROR, "bytes must be in range(0, 256)"));
    }
    data.push(x as u8);
    set_bytearray(vm, a[0], &data)?;
    Ok(Value::NONE)
});
native_fn!(BYTEARRAY_EXTEND, q::extend, 2, 2, |vm, a, _| {
    let mut data = buffer(vm, a[0]).unwrap_or(&[]).to_vec();
    data.extend(bytes_from(vm, a[1])?);
    set_bytearray(vm, a[0], &data)?;
    Ok(Value::NONE)
});

native_fn!(BYTES_FROMHEX, q::fromhex, 2, 2, |vm, a, _| {
    let Some(text) = vm.str_bytes(a[1]).map(<[u8]>::to_vec) else {
        let t = crate::runtime::types::type_name(vm, a[1]);
        return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("can't convert '{t}' object to str implicitly")));
    };
    let out = match parse_hex(&text) {
        Some(b) => b,
        None => return Err(vm.raise_msg(&VALUE_ERROR, "non-hex digit found")),
    };
    let is_bytearray = std::ptr::eq(
        a[0].as_static_type().unwrap_or(&crate::obj::object::BYTES_TYPE),
        &crate::obj::object::BYTEARRAY_TYPE,
    );
    if is_bytearray {
        new_bytearray(vm, &out)
    } else {
        s::new_bytes(vm, &out)
    }
});

/// Decodes hex digit pairs, skipping whitespace between pairs (as `bytes.fromhex` does).
fn parse_hex(text: &[u8]) -> Option<Vec<u8>> {
    let digits: Vec<u8> = text.iter().copied().filter(|c| !c.is_ascii_whitespace()).collect();
    if !digits.len().is_multiple_of(2) {
        return None;
    }
    digits
        .chunks(2)
        .map(|p| {
            let hi = (p[0] as char).to_digit(16)?;
            let lo = (p[1] as char).to_digit(16)?;
            Some((hi * 16 + lo) as u8)
        })
        .collect()
}

/// Attributes of `bytes`: its own plus the table shared with `str` (`format` included, as in
/// MicroPython; no `encode`).
pub fn attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::decode => Attr::Method(&BYTES_DECODE),
        q::hex => Attr::Method(&BYTES_HEX),
        q::fromhex => Attr::ClassMethod(&BYTES_FROMHEX),
        _ => return super::text::shared_attr(name),
    })
}

/// Attributes of `bytearray`.
pub fn bytearray_attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::append => Attr::Method(&BYTEARRAY_APPEND),
        q::extend => Attr::Method(&BYTEARRAY_EXTEND),
        _ => return attrs(name),
    })
}
