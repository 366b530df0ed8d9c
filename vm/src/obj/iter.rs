//! Native iterator objects (kind `Iter`; the header's aux field says which).
//!
//! Every payload word is a `Value` (positions are small ints), so the collector scans them
//! like any other object. The stepping logic lives in `runtime::iter`.

use crate::heap::ObjKind;
use crate::obj::native::TypeObj;
use crate::obj::object::ITERATOR_TYPE;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Which native iterator.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum IterKind {
    /// list, index
    List = 1,
    /// tuple, index
    Tuple = 2,
    /// str, byte offset
    Str = 3,
    /// bytes/bytearray, index
    Bytes = 4,
    /// current, stop, step
    Range = 5,
    /// dict/set, position, which (0 keys, 1 values, 2 items)
    Dict = 6,
    /// iterator, count
    Enumerate = 7,
    /// tuple of iterators
    Zip = 8,
    /// function, tuple of iterators
    Map = 9,
    /// function (or None), iterator
    Filter = 10,
    /// sequence, next index (counting down)
    Reversed = 11,
    /// object with `__getitem__`, index
    GetItem = 12,
    /// callable, sentinel
    Callable = 13,
}

impl IterKind {
    /// Decodes the aux field.
    pub fn from_aux(aux: u16) -> Option<IterKind> {
        use IterKind::*;
        Some(match aux {
            1 => List,
            2 => Tuple,
            3 => Str,
            4 => Bytes,
            5 => Range,
            6 => Dict,
            7 => Enumerate,
            8 => Zip,
            9 => Map,
            10 => Filter,
            11 => Reversed,
            12 => GetItem,
            13 => Callable,
            _ => return None,
        })
    }
}

/// A new native iterator with the given fields (the caller keeps them rooted).
pub fn new(vm: &mut Vm, kind: IterKind, fields: &[Value]) -> PyResult<Value> {
    // The fields may be referenced only from the caller's Rust locals: root them while
    // allocating.
    let mark = vm.push_temps(fields);
    let r = vm.alloc(ObjKind::Iter, fields.len(), kind as u16);
    vm.pop_temps(mark);
    let i = r?;
    for (k, f) in fields.iter().enumerate() {
        vm.heap.set_value(i + 1 + k, *f);
    }
    Ok(Value::heap(i))
}

/// The type of the iterator at word `i` (MicroPython reports them all as `iterator`).
pub fn type_of_iter(_vm: &Vm, _i: usize) -> &'static TypeObj {
    &ITERATOR_TYPE
}
