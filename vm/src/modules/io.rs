//! `io`: in-memory streams `StringIO` and `BytesIO`, with their bytes in the VM heap.
//!
//! A stream is a native object with fields: 0 = storage (`RawBytes` chunk, or NULL while
//! empty), 1 = length, 2 = position, 3 = closed flag. Positions count bytes (as in
//! MicroPython, whose `StringIO` is a byte stream); `write` at a position overwrites and
//! extends, and returns the number of bytes written. Iterating yields lines.
//!
//! Invariants: `0 <= position`, `length <= capacity of the storage`; reads never go past
//! `length` (a position beyond it reads nothing).

use crate::builtin_module;
use crate::native_fn;
use crate::obj::exception::{TYPE_ERROR, VALUE_ERROR};
use crate::obj::native::{Attr, TypeId, TypeObj};
use crate::obj::native_obj as nobj;
use crate::obj::object::OBJECT_TYPE;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

builtin_module!(q::io, attr, [q::StringIO, q::BytesIO]);

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        q::StringIO => Value::from_static_type(&STRINGIO_TYPE),
        q::BytesIO => Value::from_static_type(&BYTESIO_TYPE),
        _ => return Ok(None),
    }))
}

crate::builtin_type!(pub STRINGIO_TYPE, TypeId::Other, q::StringIO, Some(&OBJECT_TYPE), attrs, Some(stringio_new), false);
crate::builtin_type!(pub BYTESIO_TYPE, TypeId::Other, q::BytesIO, Some(&OBJECT_TYPE), attrs, Some(bytesio_new), false);

const STORAGE: usize = 0;
const LEN: usize = 1;
const POS: usize = 2;
const CLOSED: usize = 3;

fn is_text(vm: &Vm, s: Value) -> bool {
    nobj::is_type(vm, s, &STRINGIO_TYPE)
}

fn new_stream(vm: &mut Vm, ty: &'static TypeObj, initial: &[u8]) -> PyResult<Value> {
    let s = nobj::new(vm, ty, &[Value::NULL, Value::int_unchecked(0), Value::int_unchecked(0), Value::FALSE])?;
    let mark = vm.push_temp(s);
    let r = write_at(vm, s, 0, initial);
    vm.pop_temps(mark);
    r?;
    // A new stream reads from the start of its initial value.
    nobj::set_field(vm, s, POS, Value::int_unchecked(0));
    Ok(s)
}

fn stringio_new(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let init = match a.get(1) {
        Some(v) if !v.is_none() => match vm.str_bytes(*v) {
            Some(b) => b.to_vec(),
            None => return Err(vm.raise_msg(&TYPE_ERROR, "initial value must be str")),
        },
        _ => Vec::new(),
    };
    new_stream(vm, &STRINGIO_TYPE, &init)
}

fn bytesio_new(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let init = match a.get(1) {
        Some(v) if !v.is_none() => match crate::methods::bytes::buffer(vm, *v) {
            Some(b) => b.to_vec(),
            None => return Err(vm.raise_msg(&TYPE_ERROR, "initial value must be bytes-like")),
        },
        _ => Vec::new(),
    };
    new_stream(vm, &BYTESIO_TYPE, &init)
}

fn int_field(vm: &Vm, s: Value, k: usize) -> usize {
    nobj::field(vm, s, k).as_small_int().unwrap_or(0).max(0) as usize
}

/// The stream (checked: a StringIO/BytesIO that is not closed).
fn open_stream(vm: &mut Vm, s: Value) -> PyResult<Value> {
    if !(nobj::is_type(vm, s, &STRINGIO_TYPE) || nobj::is_type(vm, s, &BYTESIO_TYPE)) {
        return Err(vm.raise_msg(&TYPE_ERROR, "expected a StringIO or BytesIO"));
    }
    if nobj::field(vm, s, CLOSED) == Value::TRUE {
        return Err(vm.raise_msg(&VALUE_ERROR, "I/O operation on closed file"));
    }
    Ok(s)
}

/// The stream's contents (a copy).
fn contents(vm: &Vm, s: Value) -> Vec<u8> {
    let n = int_field(vm, s, LEN);
    nobj::raw_bytes(vm, nobj::field(vm, s, STORAGE), n).to_vec()
}

/// Writes `data` at byte `pos`, growing the storage (zero-filling a gap) as needed.
fn write_at(vm: &mut Vm, s: Value, pos: usize, data: &[u8]) -> PyResult<()> {
    if data.is_empty() {
        return Ok(());
    }
    let len = int_field(vm, s, LEN);
    let end = pos + data.len();
    let storage = nobj::field(vm, s, STORAGE);
    if end > nobj::raw_capacity(vm, storage) {
        let old = contents(vm, s);
        let cap = (end + end / 2).max(16);
        let raw = nobj::new_raw(vm, cap, &old)?;
        nobj::set_field(vm, s, STORAGE, raw);
    }
    let storage = nobj::field(vm, s, STORAGE);
    let buf = nobj::raw_bytes_mut(vm, storage, end.max(len));
    if pos > len {
        buf[len..pos].fill(0);
    }
    buf[pos..end].copy_from_slice(data);
    nobj::set_field(vm, s, LEN, Value::int_unchecked(end.max(len) as i64));
    nobj::set_field(vm, s, POS, Value::int_unchecked(end as i64));
    Ok(())
}

/// A str (StringIO) or bytes (BytesIO) result.
fn result(vm: &mut Vm, s: Value, b: &[u8]) -> PyResult<Value> {
    if is_text(vm, s) {
        crate::obj::str::new(vm, b)
    } else {
        crate::obj::str::new_bytes(vm, b)
    }
}

/// Reads up to `n` bytes (all when `None`) from the position.
fn read_n(vm: &mut Vm, s: Value, n: Option<usize>) -> Vec<u8> {
    let data = contents(vm, s);
    let pos = int_field(vm, s, POS).min(data.len());
    let end = n.map_or(data.len(), |n| (pos + n).min(data.len()));
    nobj::set_field(vm, s, POS, Value::int_unchecked(end as i64));
    data[pos..end].to_vec()
}

fn read_line(vm: &mut Vm, s: Value) -> Vec<u8> {
    let data = contents(vm, s);
    let pos = int_field(vm, s, POS).min(data.len());
    let end = data[pos..].iter().position(|&c| c == b'\n').map_or(data.len(), |p| pos + p + 1);
    nobj::set_field(vm, s, POS, Value::int_unchecked(end as i64));
    data[pos..end].to_vec()
}

native_fn!(WRITE, q::write, 2, 2, |vm, a, _| {
    let s = open_stream(vm, a[0])?;
    let data = if is_text(vm, s) {
        match vm.str_bytes(a[1]) {
            Some(b) => b.to_vec(),
            None => return Err(vm.raise_msg(&TYPE_ERROR, "can't write non-str to StringIO")),
        }
    } else {
        match crate::methods::bytes::buffer(vm, a[1]).or_else(|| crate::modules::array::buffer(vm, a[1])) {
            Some(b) => b.to_vec(),
            None => return Err(vm.raise_msg(&TYPE_ERROR, "a bytes-like object is required")),
        }
    };
    let pos = int_field(vm, s, POS);
    write_at(vm, s, pos, &data)?;
    vm.new_int(data.len() as i64)
});
native_fn!(READ, q::read, 1, 2, |vm, a, _| {
    let s = open_stream(vm, a[0])?;
    let n = match a.get(1) {
        Some(v) if !v.is_none() => {
            let n = crate::methods::args::to_i64(vm, *v)?;
            (n >= 0).then_some(n as usize)
        }
        _ => None,
    };
    let b = read_n(vm, s, n);
    result(vm, s, &b)
});
native_fn!(READLINE, q::readline, 1, 2, |vm, a, _| {
    let s = open_stream(vm, a[0])?;
    let b = read_line(vm, s);
    result(vm, s, &b)
});
native_fn!(GETVALUE, q::getvalue, 1, 1, |vm, a, _| {
    let s = open_stream(vm, a[0])?;
    let b = contents(vm, s);
    result(vm, s, &b)
});
native_fn!(SEEK, q::seek, 2, 3, |vm, a, _| {
    let s = open_stream(vm, a[0])?;
    let off = crate::methods::args::to_i64(vm, a[1])?;
    let whence = match a.get(2) {
        Some(v) => crate::methods::args::to_i64(vm, *v)?,
        None => 0,
    };
    let base = match whence {
        0 => 0,
        1 => int_field(vm, s, POS) as i64,
        2 => int_field(vm, s, LEN) as i64,
        _ => return Err(vm.raise_msg(&VALUE_ERROR, "invalid whence")),
    };
    let pos = (base + off).max(0);
    nobj::set_field(vm, s, POS, Value::int_unchecked(pos));
    vm.new_int(pos)
});
native_fn!(TELL, q::tell, 1, 1, |vm, a, _| {
    let s = open_stream(vm, a[0])?;
    vm.new_int(int_field(vm, s, POS) as i64)
});
native_fn!(FLUSH, q::flush, 1, 1, |vm, a, _| {
    open_stream(vm, a[0])?;
    Ok(Value::NONE)
});
native_fn!(CLOSE, q::close, 1, 1, |vm, a, _| {
    nobj::set_field(vm, a[0], CLOSED, Value::TRUE);
    Ok(Value::NONE)
});
native_fn!(ENTER, q::__enter__, 1, 1, |_, a, _| Ok(a[0]));
native_fn!(EXIT, q::__exit__, 1, 4, |vm, a, _| {
    nobj::set_field(vm, a[0], CLOSED, Value::TRUE);
    Ok(Value::NONE)
});
native_fn!(ITER, q::__iter__, 1, 1, |_, a, _| Ok(a[0]));
native_fn!(NEXT, q::__next__, 1, 1, |vm, a, _| {
    let s = open_stream(vm, a[0])?;
    let b = read_line(vm, s);
    if b.is_empty() {
        return Err(vm.raise_bare(&crate::obj::exception::STOP_ITERATION));
    }
    result(vm, s, &b)
});

fn attrs(name: Qstr) -> Option<Attr> {
    Some(Attr::Method(match name {
        q::write => &WRITE,
        q::read => &READ,
        q::readline => &READLINE,
        q::getvalue => &GETVALUE,
        q::seek => &SEEK,
        q::tell => &TELL,
        q::flush => &FLUSH,
        q::close => &CLOSE,
        q::__enter__ => &ENTER,
        q::__exit__ => &EXIT,
        q::__iter__ => &ITER,
        q::__next__ => &NEXT,
        _ => return None,
    }))
}
