//! Small fixed-layout objects that share the `Record` kind: property, staticmethod,
//! classmethod, super, slice, range and dict views. The header's aux field says which.
//!
//! Invariant: every payload word is a `Value`.

use crate::heap::ObjKind;
use crate::obj::native::TypeObj;
use crate::obj::object::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Which record a `Record` chunk is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum Record {
    /// fget, fset, fdel
    Property = 1,
    /// function
    StaticMethod = 2,
    /// function
    ClassMethod = 3,
    /// type, object
    Super = 4,
    /// start, stop, step
    Slice = 5,
    /// start, stop, step (ints)
    Range = 6,
    /// dict, which (0 keys, 1 values, 2 items)
    DictView = 7,
    /// handle, name, binary
    File = 8,
    /// filesystem index (into `Vm::filesystems`)
    Vfs = 9,
}

impl Record {
    fn from_aux(aux: u16) -> Option<Record> {
        Some(match aux {
            1 => Record::Property,
            2 => Record::StaticMethod,
            3 => Record::ClassMethod,
            4 => Record::Super,
            5 => Record::Slice,
            6 => Record::Range,
            7 => Record::DictView,
            8 => Record::File,
            9 => Record::Vfs,
            _ => return None,
        })
    }
}

/// A new record with the given fields (rooted while allocating).
pub fn new(vm: &mut Vm, which: Record, fields: &[Value]) -> PyResult<Value> {
    let mark = vm.push_temps(fields);
    let r = vm.alloc(ObjKind::Record, fields.len(), which as u16);
    vm.pop_temps(mark);
    let i = r?;
    for (k, f) in fields.iter().enumerate() {
        vm.heap.set_value(i + 1 + k, *f);
    }
    Ok(Value::heap(i))
}

/// Which record `v` is, if it is one.
#[inline]
pub fn which(vm: &Vm, v: Value) -> Option<Record> {
    let i = v.as_heap()?;
    let h = vm.heap.header(i);
    if h.kind() != ObjKind::Record {
        return None;
    }
    Record::from_aux(h.aux())
}

/// Field `k` of a record.
#[inline]
pub fn field(vm: &Vm, v: Value, k: usize) -> Value {
    vm.heap.value(v.heap_index_unchecked() + 1 + k)
}

/// Replaces field `k` of a record.
#[inline]
pub fn set_field(vm: &mut Vm, v: Value, k: usize, f: Value) {
    vm.heap.set_value(v.heap_index_unchecked() + 1 + k, f)
}

/// The type of the record at word `i`.
pub fn type_of_record(vm: &Vm, i: usize) -> &'static TypeObj {
    match Record::from_aux(vm.heap.header(i).aux()) {
        Some(Record::Property) => &PROPERTY_TYPE,
        Some(Record::StaticMethod) => &STATICMETHOD_TYPE,
        Some(Record::ClassMethod) => &CLASSMETHOD_TYPE,
        Some(Record::Super) => &SUPER_TYPE,
        Some(Record::Slice) => &SLICE_TYPE,
        Some(Record::Range) => &RANGE_TYPE,
        Some(Record::DictView) => &DICT_VIEW_TYPE,
        Some(Record::File) => crate::vfs::file::type_of_file(vm, Value::heap(i)),
        Some(Record::Vfs) => &crate::modules::vfs::VFS_TYPE,
        None => &OBJECT_TYPE,
    }
}
