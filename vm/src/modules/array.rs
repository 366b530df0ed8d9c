//! `array`: typed arrays of numbers (`array.array`), as MicroPython's `py/objarray.c`.
//!
//! An array is a native object (`obj::native_obj`) with fields: 0 = typecode (a small int,
//! the ASCII code of one of `bBhHiIlLqQfd`), 1 = length in items (small int), 2 = item
//! storage (a `RawBytes` chunk, or NULL while the capacity is 0). Items are stored
//! little-endian with the native sizes of a 64-bit Unix build (`l`/`L` are 8 bytes).
//!
//! Invariants: `length * itemsize <= raw_capacity(storage)`; the typecode is always valid.
//!
//! MicroPython behaviours kept (they differ from CPython): integers are truncated to the
//! item size instead of raising OverflowError; slices must have step 1
//! (NotImplementedError otherwise); `x in array` raises NotImplementedError for numbers;
//! `==` is False against non-arrays and works only between arrays of the same integer item
//! type (NotImplementedError otherwise); ordering also accepts bytes-like right operands;
//! bytes and bytearray initialisers are copied raw (the length rounded down).

use crate::builtin_module;
use crate::builtin_type;
use crate::native_fn;
use crate::obj::exception::{NOT_IMPLEMENTED_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::obj::native::{Attr, TypeId};
use crate::obj::native_obj as nobj;
use crate::obj::object::OBJECT_TYPE;
use crate::qstr::{q, Qstr};
use crate::runtime::subscr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cmp::Ordering;

builtin_module!(q::array, module_attr, [q::array]);

builtin_type!(pub ARRAY_TYPE, TypeId::Array, q::array, Some(&OBJECT_TYPE), attrs, Some(make_new), false);

fn module_attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    Ok(match name {
        q::array => Some(Value::from_static_type(&ARRAY_TYPE)),
        _ => None,
    })
}

const F_TYPECODE: usize = 0;
const F_LEN: usize = 1;
const F_STORAGE: usize = 2;

/// Size in bytes of one item of `typecode`, or `None` for an unsupported typecode.
pub fn item_size(typecode: u8) -> Option<usize> {
    Some(match typecode {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// Whether `v` is an `array.array`.
pub fn is_array(vm: &Vm, v: Value) -> bool {
    nobj::is_type(vm, v, &ARRAY_TYPE)
}

pub fn typecode(vm: &Vm, a: Value) -> u8 {
    nobj::field(vm, a, F_TYPECODE).as_small_int().unwrap_or(b'B' as i64) as u8
}

fn itemsize(vm: &Vm, a: Value) -> usize {
    item_size(typecode(vm, a)).unwrap_or(1)
}

fn len(vm: &Vm, a: Value) -> usize {
    nobj::field(vm, a, F_LEN).as_small_int().unwrap_or(0) as usize
}

/// The bytes of an array (its buffer protocol), or `None` if `v` is not an array.
pub fn buffer(vm: &Vm, v: Value) -> Option<&[u8]> {
    if !is_array(vm, v) {
        return None;
    }
    let n = len(vm, v) * itemsize(vm, v);
    Some(nobj::raw_bytes(vm, nobj::field(vm, v, F_STORAGE), n))
}

/// The bytes of an array, writable (for memoryviews over arrays).
pub fn buffer_mut(vm: &mut Vm, v: Value) -> Option<&mut [u8]> {
    if !is_array(vm, v) {
        return None;
    }
    let n = len(vm, v) * itemsize(vm, v);
    let storage = nobj::field(vm, v, F_STORAGE);
    Some(nobj::raw_bytes_mut(vm, storage, n))
}

/// The readable buffer of any object with MicroPython's buffer protocol: bytes, bytearray,
/// str (its UTF-8 bytes), array and memoryview.
pub fn readable(vm: &Vm, v: Value) -> Option<&[u8]> {
    if let Some(b) = crate::methods::bytes::buffer(vm, v) {
        return Some(b);
    }
    if let Some(b) = vm.str_bytes(v) {
        return Some(b);
    }
    buffer(vm, v).or_else(|| crate::obj::memoryview::bytes(vm, v))
}

/// Like [`readable`], raising MicroPython's TypeError when `v` has no buffer.
pub fn readable_or_raise(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match readable(vm, v) {
        Some(b) => Ok(b.to_vec()),
        None => Err(vm.raise_msg(&TYPE_ERROR, "object with buffer protocol required")),
    }
}

/// The buffer's element typecode as MicroPython reports it (`B` for bytes-likes and str).
fn buffer_typecode(vm: &Vm, v: Value) -> Option<u8> {
    if is_array(vm, v) {
        return Some(typecode(vm, v));
    }
    readable(vm, v).map(|_| b'B')
}

/// A new array of `typecode` holding the raw item bytes `data` (a whole number of items).
pub fn new_array(vm: &mut Vm, typecode: u8, data: &[u8]) -> PyResult<Value> {
    let sz = item_size(typecode).unwrap_or(1);
    let a = nobj::new(vm, &ARRAY_TYPE, &[Value::int_unchecked(typecode as i64), Value::int_unchecked(0), Value::NULL])?;
    if !data.is_empty() {
        let mark = vm.push_temp(a);
        let r = nobj::new_raw(vm, data.len(), data);
        vm.pop_temps(mark);
        nobj::set_field(vm, a, F_STORAGE, r?);
    }
    nobj::set_field(vm, a, F_LEN, Value::int_unchecked((data.len() / sz) as i64));
    Ok(a)
}

/// Replaces the items of array `a` with the raw bytes `data` (a whole number of items),
/// growing the storage when needed (by at least 8 items, as MicroPython's `append`).
fn set_data(vm: &mut Vm, a: Value, data: &[u8]) -> PyResult<()> {
    let sz = itemsize(vm, a);
    let storage = nobj::field(vm, a, F_STORAGE);
    if data.len() > nobj::raw_capacity(vm, storage) {
        let mark = vm.push_temp(a);
        let r = nobj::new_raw(vm, data.len() + 8 * sz, data);
        vm.pop_temps(mark);
        let raw = r?;
        if let Some(old) = storage.as_heap() {
            // Only this array refers to its storage.
            vm.heap.free(old);
        }
        nobj::set_field(vm, a, F_STORAGE, raw);
    } else if !data.is_empty() {
        nobj::raw_bytes_mut(vm, storage, data.len()).copy_from_slice(data);
    }
    nobj::set_field(vm, a, F_LEN, Value::int_unchecked((data.len() / sz) as i64));
    Ok(())
}

/// Decodes item bytes of `typecode` into a Python number.
pub fn get_val(vm: &mut Vm, typecode: u8, b: &[u8]) -> PyResult<Value> {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    let u = u64::from_le_bytes(w);
    Ok(match typecode {
        b'b' => Value::int_unchecked(u as u8 as i8 as i64),
        b'B' => Value::int_unchecked(u as u8 as i64),
        b'h' => Value::int_unchecked(u as u16 as i16 as i64),
        b'H' => Value::int_unchecked(u as u16 as i64),
        b'i' => Value::int_unchecked(u as u32 as i32 as i64),
        b'I' => Value::int_unchecked(u as u32 as i64),
        b'l' | b'q' => vm.new_int(u as i64)?,
        b'L' | b'Q' => crate::obj::int::from_i128(vm, u as i128)?,
        b'f' => Value::float(f32::from_bits(u as u32) as f64),
        _ => Value::float(f64::from_bits(u)),
    })
}

/// Encodes a Python number as item bytes of `typecode` (integers truncated to the item size,
/// as MicroPython 1.x does).
pub fn set_val(vm: &mut Vm, typecode: u8, v: Value, out: &mut [u8]) -> PyResult<()> {
    match typecode {
        b'f' | b'd' => {
            let x = to_float(vm, v)?;
            if typecode == b'f' {
                out.copy_from_slice(&(x as f32).to_le_bytes());
            } else {
                out.copy_from_slice(&x.to_le_bytes());
            }
        }
        _ => {
            let bits = int_bits(vm, v)?;
            let n = out.len();
            out.copy_from_slice(&bits.to_le_bytes()[..n]);
        }
    }
    Ok(())
}

/// A number argument as f64 (int, bool or float), TypeError otherwise.
pub fn to_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(x) = v.as_float() {
        return Ok(x);
    }
    if crate::runtime::types::is_int(vm, v) {
        return crate::obj::int::to_f64(vm, v);
    }
    let t = crate::runtime::types::type_name(vm, v);
    Err(vm.raise_fmt(&TYPE_ERROR, format_args!("can't convert {t} to float")))
}

/// The low 64 bits of an int's two's complement (bool counts as int), TypeError otherwise.
pub fn int_bits(vm: &mut Vm, v: Value) -> PyResult<u64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i as u64);
    }
    if crate::runtime::types::is_int(vm, v) {
        let (neg, mag) = crate::obj::int::sign_mag(vm, v);
        let low = mag.first().copied().unwrap_or(0);
        return Ok(if neg { (!low).wrapping_add(1) } else { low });
    }
    crate::methods::args::to_i64(vm, v).map(|i| i as u64)
}

/// The raw item bytes for the values produced by iterating `iterable`.
fn encode_iterable(vm: &mut Vm, typecode: u8, iterable: Value) -> PyResult<Vec<u8>> {
    let sz = item_size(typecode).unwrap_or(1);
    let it = crate::runtime::iter::get_iter(vm, iterable)?;
    let mark = vm.push_temp(it);
    let mut out = Vec::new();
    let r = (|| {
        while let Some(x) = crate::runtime::iter::iter_next(vm, it)? {
            let at = out.len();
            if at >= vm.heap_stats().total {
                // Could never fit in the heap: fail before using unbounded host memory.
                return Err(vm.raise_memory_error());
            }
            out.resize(at + sz, 0);
            set_val(vm, typecode, x, &mut out[at..])?;
        }
        Ok(())
    })();
    vm.pop_temps(mark);
    r.map(|_| out)
}

/// `array(typecode[, initializer])`.
fn make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = args.len().saturating_sub(1);
    if !(1..=2).contains(&n) {
        let msg = if n < 1 {
            "function missing 1 required positional arguments"
        } else {
            "function expected at most 2 arguments, got 3"
        };
        return Err(vm.raise_msg(&TYPE_ERROR, msg));
    }
    let code = crate::methods::args::to_string(vm, args[1])?;
    let tc = code.bytes().next().unwrap_or(0);
    if item_size(tc).is_none() {
        return Err(vm.raise_msg(&VALUE_ERROR, "bad typecode"));
    }
    let Some(&init) = args.get(2) else {
        return new_array(vm, tc, &[]);
    };
    let sz = item_size(tc).unwrap_or(1);
    let raw = if vm.is_bytes(init) || crate::methods::bytes::is_bytearray(vm, init) {
        // Raw initialisation; the length is rounded down to whole items.
        let b = crate::methods::bytes::buffer(vm, init).unwrap_or(&[]);
        b[..b.len() / sz * sz].to_vec()
    } else {
        encode_iterable(vm, tc, init)?
    };
    new_array(vm, tc, &raw)
}

/// Checks that a method's self is an array (methods can be called unbound).
fn check_self(vm: &mut Vm, v: Value) -> PyResult<()> {
    if is_array(vm, v) {
        return Ok(());
    }
    let t = crate::runtime::types::type_name(vm, v);
    Err(vm.raise_fmt(&TYPE_ERROR, format_args!("'{t}' object isn't an array")))
}

fn self_data(vm: &Vm, a: Value) -> Vec<u8> {
    buffer(vm, a).unwrap_or(&[]).to_vec()
}

native_fn!(APPEND, q::append, 2, 2, |vm, a, _| {
    check_self(vm, a[0])?;
    let tc = typecode(vm, a[0]);
    let sz = itemsize(vm, a[0]);
    let mut data = self_data(vm, a[0]);
    let at = data.len();
    data.resize(at + sz, 0);
    set_val(vm, tc, a[1], &mut data[at..])?;
    set_data(vm, a[0], &data)?;
    Ok(Value::NONE)
});

/// `array.extend(iterable)`: raw bytes from any buffer, else items from iteration.
fn extend(vm: &mut Vm, a: Value, src: Value) -> PyResult<()> {
    let tc = typecode(vm, a);
    let sz = itemsize(vm, a);
    let mut data = self_data(vm, a);
    match readable(vm, src) {
        Some(b) => data.extend_from_slice(&b[..b.len() / sz * sz]),
        None => {
            let more = encode_iterable(vm, tc, src)?;
            data.extend_from_slice(&more);
        }
    }
    set_data(vm, a, &data)
}

native_fn!(EXTEND, q::extend, 2, 2, |vm, a, _| {
    check_self(vm, a[0])?;
    extend(vm, a[0], a[1])?;
    Ok(Value::NONE)
});

native_fn!(LEN, q::__len__, 1, 1, |vm, a, _| {
    check_self(vm, a[0])?;
    Ok(Value::int_unchecked(len(vm, a[0]) as i64))
});

/// The `[start, stop)` item range of a step-1 slice (NotImplementedError for other steps).
fn fast_slice(vm: &mut Vm, idx: Value, n: usize) -> PyResult<(usize, usize)> {
    let (start, stop, step) = subscr::slice_indices(vm, idx, n)?;
    if step != 1 {
        return Err(vm.raise_msg(&NOT_IMPLEMENTED_ERROR, "only slices with step=1 (aka None) are supported"));
    }
    let start = start.max(0) as usize;
    Ok((start, (stop.max(0) as usize).max(start)))
}

native_fn!(GETITEM, q::__getitem__, 2, 2, |vm, a, _| {
    check_self(vm, a[0])?;
    let (arr, idx) = (a[0], a[1]);
    let (tc, sz, n) = (typecode(vm, arr), itemsize(vm, arr), len(vm, arr));
    if subscr::is_slice(vm, idx) {
        let (start, stop) = fast_slice(vm, idx, n)?;
        let part = self_data(vm, arr)[start * sz..stop * sz].to_vec();
        return new_array(vm, tc, &part);
    }
    let k = subscr::index(vm, idx, n, "array")?;
    let item = buffer(vm, arr).unwrap_or(&[])[k * sz..(k + 1) * sz].to_vec();
    get_val(vm, tc, &item)
});

native_fn!(SETITEM, q::__setitem__, 3, 3, |vm, a, _| {
    check_self(vm, a[0])?;
    let (arr, idx, v) = (a[0], a[1], a[2]);
    let (tc, sz, n) = (typecode(vm, arr), itemsize(vm, arr), len(vm, arr));
    let mut data = self_data(vm, arr);
    if subscr::is_slice(vm, idx) {
        let (start, stop) = fast_slice(vm, idx, n)?;
        let src: Vec<u8> = if is_array(vm, v) || crate::methods::bytes::is_bytearray(vm, v) {
            let src_sz = buffer_typecode(vm, v).and_then(item_size).unwrap_or(1);
            if src_sz != sz {
                return Err(vm.raise_msg(&VALUE_ERROR, "lhs and rhs should be compatible"));
            }
            readable(vm, v).unwrap_or(&[]).to_vec()
        } else if vm.is_bytes(v) {
            if sz != 1 {
                return Err(vm.raise_msg(&VALUE_ERROR, "lhs and rhs should be compatible"));
            }
            vm.bytes_data(v).unwrap_or(&[]).to_vec()
        } else {
            return Err(vm.raise_msg(&NOT_IMPLEMENTED_ERROR, "array/bytes required on right side"));
        };
        data.splice(start * sz..stop * sz, src);
        set_data(vm, arr, &data)?;
        return Ok(Value::NONE);
    }
    let k = subscr::index(vm, idx, n, "array")?;
    set_val(vm, tc, v, &mut data[k * sz..(k + 1) * sz])?;
    set_data(vm, arr, &data)?;
    Ok(Value::NONE)
});

native_fn!(REPR, q::__repr__, 1, 1, |vm, a, _| {
    check_self(vm, a[0])?;
    let arr = a[0];
    let (tc, sz) = (typecode(vm, arr), itemsize(vm, arr));
    let data = self_data(vm, arr);
    let mut out = format!("array('{}'", tc as char);
    if !data.is_empty() {
        out.push_str(", [");
        for (k, item) in data.chunks(sz).enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            let v = get_val(vm, tc, item)?;
            let mark = vm.push_temp(v);
            let text = vm.repr_string(v);
            vm.pop_temps(mark);
            out.push_str(&text?);
        }
        out.push(']');
    }
    out.push(')');
    crate::obj::str::from_str(vm, &out)
});

native_fn!(ADD, q::__add__, 2, 2, |vm, a, _| {
    check_self(vm, a[0])?;
    let tc = typecode(vm, a[0]);
    let sz = itemsize(vm, a[0]);
    let mut data = self_data(vm, a[0]);
    let rhs = readable_or_raise(vm, a[1])?;
    data.extend_from_slice(&rhs[..rhs.len() / sz * sz]);
    new_array(vm, tc, &data)
});

native_fn!(IADD, q::__iadd__, 2, 2, |vm, a, _| {
    check_self(vm, a[0])?;
    extend(vm, a[0], a[1])?;
    Ok(a[0])
});

native_fn!(CONTAINS, q::__contains__, 2, 2, |vm, a, _| {
    check_self(vm, a[0])?;
    let item = a[1];
    if readable(vm, item).is_some() {
        // Sub-sequence search is only supported by bytearray.
        return Ok(Value::FALSE);
    }
    if item.is_float() || crate::runtime::types::is_int(vm, item) {
        return Err(vm.raise_bare(&NOT_IMPLEMENTED_ERROR));
    }
    Ok(Value::FALSE)
});

/// Shared comparison: only compatible integer representations compare (bytewise); `==`
/// allows mixed signedness, ordering needs unsigned items.
fn compare(vm: &mut Vm, a: Value, b: Value, accept: fn(Ordering) -> bool, eq: bool) -> PyResult<Value> {
    let Some(rhs_code) = buffer_typecode(vm, b) else {
        return Ok(Value::FALSE);
    };
    let lhs_code = typecode(vm, a);
    let unsigned = lhs_code.is_ascii_uppercase() || rhs_code.is_ascii_uppercase();
    let (l, r) = (lhs_code.to_ascii_lowercase(), rhs_code.to_ascii_lowercase());
    if l != r || l == b'f' || l == b'd' || !(eq || unsigned) {
        return Err(vm.raise_bare(&NOT_IMPLEMENTED_ERROR));
    }
    let x = self_data(vm, a);
    let y = readable(vm, b).unwrap_or(&[]);
    Ok(Value::bool(accept(x.as_slice().cmp(y))))
}

native_fn!(EQ, q::__eq__, 2, 2, |vm, a, _| {
    check_self(vm, a[0])?;
    // MicroPython only runs an array's equality against another array.
    if !is_array(vm, a[1]) {
        return Ok(Value::FALSE);
    }
    compare(vm, a[0], a[1], Ordering::is_eq, true)
});
native_fn!(LT, q::__lt__, 2, 2, |vm, a, _| {
    check_self(vm, a[0])?;
    compare(vm, a[0], a[1], Ordering::is_lt, false)
});
native_fn!(LE, q::__le__, 2, 2, |vm, a, _| {
    check_self(vm, a[0])?;
    compare(vm, a[0], a[1], Ordering::is_le, false)
});
native_fn!(GT, q::__gt__, 2, 2, |vm, a, _| {
    check_self(vm, a[0])?;
    compare(vm, a[0], a[1], Ordering::is_gt, false)
});
native_fn!(GE, q::__ge__, 2, 2, |vm, a, _| {
    check_self(vm, a[0])?;
    compare(vm, a[0], a[1], Ordering::is_ge, false)
});

fn attrs(name: Qstr) -> Option<Attr> {
    Some(Attr::Method(match name {
        q::append => &APPEND,
        q::extend => &EXTEND,
        q::__len__ => &LEN,
        q::__getitem__ => &GETITEM,
        q::__setitem__ => &SETITEM,
        q::__repr__ => &REPR,
        q::__add__ => &ADD,
        q::__iadd__ => &IADD,
        q::__contains__ => &CONTAINS,
        q::__eq__ => &EQ,
        q::__lt__ => &LT,
        q::__le__ => &LE,
        q::__gt__ => &GT,
        q::__ge__ => &GE,
        _ => return None,
    }))
}
