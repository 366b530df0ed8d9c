//! `memoryview`: a window on another object's bytes, without copying them.
//!
//! A memoryview is a native object with fields: 0 = the base object (bytes, bytearray,
//! array, or a binary file opened from a ROMFS image, whose bytes stay in the mapping),
//! 1 = byte offset into the base, 2 = length in items, 3 = typecode (`B`, or the array's),
//! 4 = writable flag. Slicing (step 1) makes a new view on the same base; item access
//! decodes with the typecode (shared with `array`).
//!
//! Invariants: every access re-reads the base and checks `offset + len * itemsize` against
//! its current size (a bytearray may have shrunk), so a view never reads or writes out of
//! bounds.

use crate::native_fn;
use crate::obj::exception::{INDEX_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::obj::native::{Attr, TypeId};
use crate::obj::native_obj as nobj;
use crate::obj::object::OBJECT_TYPE;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

crate::builtin_type!(pub MEMORYVIEW_TYPE, TypeId::Other, q::memoryview, Some(&OBJECT_TYPE), attrs, Some(make_new), false);

const BASE: usize = 0;
const OFFSET: usize = 1;
const LEN: usize = 2;
const TYPECODE: usize = 3;
const WRITABLE: usize = 4;

/// Whether `v` is a memoryview.
pub fn is_memoryview(vm: &Vm, v: Value) -> bool {
    nobj::is_type(vm, v, &MEMORYVIEW_TYPE)
}

fn field(vm: &Vm, v: Value, k: usize) -> usize {
    nobj::field(vm, v, k).as_small_int().unwrap_or(0).max(0) as usize
}

fn typecode(vm: &Vm, v: Value) -> u8 {
    field(vm, v, TYPECODE) as u8
}

fn itemsize(vm: &Vm, v: Value) -> usize {
    crate::modules::array::item_size(typecode(vm, v)).unwrap_or(1)
}

/// All bytes of a base object.
fn base_bytes(vm: &Vm, base: Value) -> Option<&[u8]> {
    if let Some(b) = crate::methods::bytes::buffer(vm, base) {
        return Some(b);
    }
    if let Some(b) = crate::modules::array::buffer(vm, base) {
        return Some(b);
    }
    if crate::vfs::file::is_file(vm, base) {
        return crate::vfs::file::open_file(vm, base).map(|f| f.bytes(vm));
    }
    None
}

/// The bytes a memoryview shows (`None` if `v` is not one, or its base shrank under it).
pub fn bytes(vm: &Vm, v: Value) -> Option<&[u8]> {
    if !is_memoryview(vm, v) {
        return None;
    }
    let base = nobj::field(vm, v, BASE);
    let (off, n) = (field(vm, v, OFFSET), field(vm, v, LEN) * itemsize(vm, v));
    base_bytes(vm, base)?.get(off..off + n)
}

/// The writable bytes of a view's base, clipped to the view.
fn bytes_mut(vm: &mut Vm, v: Value) -> Option<&mut [u8]> {
    let base = nobj::field(vm, v, BASE);
    let (off, n) = (field(vm, v, OFFSET), field(vm, v, LEN) * itemsize(vm, v));
    let all: &mut [u8] = if crate::methods::bytes::is_bytearray(vm, base) {
        let i = base.heap_index_unchecked();
        let len = vm.heap.word(i + 1) as usize;
        let st = vm.heap.value(i + 2).as_heap()?;
        vm.heap.bytes_mut(st + 1, 0, len)
    } else {
        crate::modules::array::buffer_mut(vm, base)?
    };
    all.get_mut(off..off + n)
}

fn new_view(vm: &mut Vm, base: Value, offset: usize, len: usize, typecode: u8, writable: bool) -> PyResult<Value> {
    let fields = [
        base,
        Value::int_unchecked(offset as i64),
        Value::int_unchecked(len as i64),
        Value::int_unchecked(typecode as i64),
        Value::bool(writable),
    ];
    nobj::new(vm, &MEMORYVIEW_TYPE, &fields)
}

/// `memoryview(obj)`.
fn make_new(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(&obj) = a.get(1) else {
        return Err(vm.raise_msg(&TYPE_ERROR, "function missing 1 required positional arguments"));
    };
    if is_memoryview(vm, obj) {
        let (base, off, n) = (nobj::field(vm, obj, BASE), field(vm, obj, OFFSET), field(vm, obj, LEN));
        let (tc, w) = (typecode(vm, obj), nobj::field(vm, obj, WRITABLE) == Value::TRUE);
        return new_view(vm, base, off, n, tc, w);
    }
    if crate::modules::array::is_array(vm, obj) {
        let tc = crate::modules::array::typecode(vm, obj);
        let n = crate::modules::array::buffer(vm, obj).map_or(0, |b| b.len())
            / crate::modules::array::item_size(tc).unwrap_or(1);
        return new_view(vm, obj, 0, n, tc, true);
    }
    let writable = crate::methods::bytes::is_bytearray(vm, obj);
    match base_bytes(vm, obj).map(|b| b.len()) {
        Some(n) if !vm.is_str(obj) => new_view(vm, obj, 0, n, b'B', writable),
        _ => Err(vm.raise_msg(&TYPE_ERROR, "object with buffer protocol required")),
    }
}

fn data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match bytes(vm, v) {
        Some(b) => Ok(b.to_vec()),
        None => Err(vm.raise_msg(&VALUE_ERROR, "memoryview base changed size")),
    }
}

native_fn!(MV_LEN, q::__len__, 1, 1, |vm, a, _| vm.new_int(field(vm, a[0], LEN) as i64));
native_fn!(MV_GETITEM, q::__getitem__, 2, 2, |vm, a, _| {
    let v = a[0];
    let n = field(vm, v, LEN);
    if crate::runtime::subscr::is_slice(vm, a[1]) {
        let (start, stop, step) = crate::runtime::subscr::slice_indices(vm, a[1], n)?;
        if step != 1 {
            return Err(vm.raise_msg(
                &crate::obj::exception::NOT_IMPLEMENTED_ERROR,
                "only slices with step=1 (aka None) are supported",
            ));
        }
        let (start, stop) = (start as usize, (stop.max(start)) as usize);
        let sz = itemsize(vm, v);
        let (base, off, tc) = (nobj::field(vm, v, BASE), field(vm, v, OFFSET), typecode(vm, v));
        let w = nobj::field(vm, v, WRITABLE) == Value::TRUE;
        return new_view(vm, base, off + start * sz, stop - start, tc, w);
    }
    let k = index(vm, a[1], n)?;
    let sz = itemsize(vm, v);
    let d = data(vm, v)?;
    let tc = typecode(vm, v);
    crate::modules::array::get_val(vm, tc, &d[k * sz..(k + 1) * sz])
});
native_fn!(MV_SETITEM, q::__setitem__, 3, 3, |vm, a, _| {
    let v = a[0];
    if nobj::field(vm, v, WRITABLE) != Value::TRUE {
        return Err(vm.raise_msg(&TYPE_ERROR, "'memoryview' object doesn't support item assignment"));
    }
    let n = field(vm, v, LEN);
    let sz = itemsize(vm, v);
    let tc = typecode(vm, v);
    if crate::runtime::subscr::is_slice(vm, a[1]) {
        let (start, stop, step) = crate::runtime::subscr::slice_indices(vm, a[1], n)?;
        let (start, stop) = (start as usize, (stop.max(start)) as usize);
        let src = match crate::modules::array::readable(vm, a[2]) {
            Some(b) => b.to_vec(),
            None => return Err(vm.raise_msg(&TYPE_ERROR, "object with buffer protocol required")),
        };
        if step != 1 || src.len() != (stop - start) * sz {
            return Err(vm.raise_msg(&VALUE_ERROR, "memoryview slice assignment: sizes differ"));
        }
        return match bytes_mut(vm, v) {
            Some(dst) => {
                dst[start * sz..stop * sz].copy_from_slice(&src);
                Ok(Value::NONE)
            }
            None => Err(vm.raise_msg(&VALUE_ERROR, "memoryview base changed size")),
        };
    }
    let k = index(vm, a[1], n)?;
    let mut item = vec![0u8; sz];
    crate::modules::array::set_val(vm, tc, a[2], &mut item)?;
    match bytes_mut(vm, v) {
        Some(dst) => {
            dst[k * sz..(k + 1) * sz].copy_from_slice(&item);
            Ok(Value::NONE)
        }
        None => Err(vm.raise_msg(&VALUE_ERROR, "memoryview base changed size")),
    }
});
native_fn!(MV_ITER, q::__iter__, 1, 1, |vm, a, _| {
    let v = a[0];
    let n = field(vm, v, LEN);
    let sz = itemsize(vm, v);
    let tc = typecode(vm, v);
    let d = data(vm, v)?;
    let items = crate::obj::list::new(vm, n)?;
    let mark = vm.push_temp(items);
    let r = (|| {
        for k in 0..n {
            let x = crate::modules::array::get_val(vm, tc, &d[k * sz..(k + 1) * sz])?;
            crate::obj::list::push(vm, items, x)?;
        }
        crate::runtime::iter::get_iter(vm, items)
    })();
    vm.pop_temps(mark);
    r
});
native_fn!(MV_HEX, q::hex, 1, 1, |vm, a, _| {
    let d = data(vm, a[0])?;
    let text: String = d.iter().map(|b| format!("{b:02x}")).collect();
    crate::obj::str::from_str(vm, &text)
});
native_fn!(MV_TOBYTES, q::tobytes, 1, 1, |vm, a, _| {
    let d = data(vm, a[0])?;
    crate::obj::str::new_bytes(vm, &d)
});

fn index(vm: &mut Vm, idx: Value, n: usize) -> PyResult<usize> {
    match crate::runtime::subscr::index(vm, idx, n, "memoryview") {
        Ok(k) => Ok(k),
        Err(e) => {
            if crate::runtime::types::isinstance_static(vm, vm.exc, &INDEX_ERROR) {
                return Err(vm.raise_msg(&INDEX_ERROR, "memoryview index out of range"));
            }
            Err(e)
        }
    }
}

fn attrs(name: Qstr) -> Option<Attr> {
    Some(Attr::Method(match name {
        q::__len__ => &MV_LEN,
        q::__getitem__ => &MV_GETITEM,
        q::__setitem__ => &MV_SETITEM,
        q::__iter__ => &MV_ITER,
        q::hex => &MV_HEX,
        q::tobytes => &MV_TOBYTES,
        _ => return None,
    }))
}
