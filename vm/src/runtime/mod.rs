//! Runtime helpers shared by the interpreter and the builtins: truth, attributes, operators,
//! comparison, hashing, iteration, subscription, printing and import.

pub mod attr;
pub mod binop;
pub mod compare;
pub mod hash;
pub mod import;
pub mod iter;
pub mod mapping;
pub mod print;
pub mod subscr;
pub mod types;

use crate::heap::ObjKind;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Python truth value of `v`.
    pub fn is_true(&mut self, v: Value) -> PyResult<bool> {
        if v == Value::TRUE {
            return Ok(true);
        }
        if v == Value::FALSE || v.is_none() {
            return Ok(false);
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        if let Some(x) = v.as_float() {
            return Ok(x != 0.0);
        }
        if let Some(b) = self.str_bytes(v) {
            return Ok(!b.is_empty());
        }
        if let Some(b) = self.bytes_data(v) {
            return Ok(!b.is_empty());
        }
        let Some(i) = v.as_heap() else {
            return Ok(true);
        };
        match self.heap.kind(i) {
            ObjKind::List => Ok(crate::obj::list::len(self, v) > 0),
            ObjKind::Tuple => Ok(crate::obj::tuple::len(self, v) > 0),
            ObjKind::Dict | ObjKind::Set | ObjKind::FrozenSet => Ok(crate::obj::dict::len(self, v) > 0),
            ObjKind::ByteArray => Ok(crate::methods::bytes::buffer(self, v).is_some_and(|b| !b.is_empty())),
            ObjKind::Complex => {
                let (re, im) = crate::obj::float::complex_parts(self, v);
                Ok(re != 0.0 || im != 0.0)
            }
            ObjKind::Record if crate::obj::record::which(self, v) == Some(crate::obj::record::Record::Range) => {
                Ok(crate::methods::range::range_len(self, v)? > 0)
            }
            ObjKind::Instance | ObjKind::Exception | ObjKind::Native => {
                if let Some(f) = attr::lookup_special(self, v, q::__bool__)? {
                    let r = self.call(f, &[v], &[])?;
                    return self.is_true(r);
                }
                if let Some(f) = attr::lookup_special(self, v, q::__len__)? {
                    let r = self.call(f, &[v], &[])?;
                    return self.is_true(r);
                }
                if let Some(nb) = crate::obj::class::native_base_of(self, v) {
                    return self.is_true(nb);
                }
                Ok(true)
            }
            _ => Ok(true),
        }
    }

    /// `len(v)`.
    pub fn len_of(&mut self, v: Value) -> PyResult<usize> {
        if let Some(b) = self.str_bytes(v) {
            return Ok(crate::methods::str::char_count(b));
        }
        if let Some(b) = crate::methods::bytes::buffer(self, v) {
            return Ok(b.len());
        }
        if let Some(i) = v.as_heap() {
            match self.heap.kind(i) {
                ObjKind::List => return Ok(crate::obj::list::len(self, v)),
                ObjKind::Tuple => return Ok(crate::obj::tuple::len(self, v)),
                ObjKind::Dict | ObjKind::Set | ObjKind::FrozenSet => return Ok(crate::obj::dict::len(self, v)),
                ObjKind::Record => match crate::obj::record::which(self, v) {
                    Some(crate::obj::record::Record::Range) => return crate::methods::range::range_len(self, v),
                    Some(crate::obj::record::Record::DictView) => {
                        let d = crate::obj::record::field(self, v, 0);
                        return Ok(crate::obj::dict::len(self, d));
                    }
                    _ => {}
                },
                ObjKind::Instance | ObjKind::Exception | ObjKind::Native => {
                    if let Some(f) = attr::lookup_special(self, v, q::__len__)? {
                        let r = self.call(f, &[v], &[])?;
                        return match crate::obj::int::to_i64(self, r) {
                            Some(n) if n >= 0 => Ok(n as usize),
                            _ => {
                                Err(self.raise_msg(&crate::obj::exception::VALUE_ERROR, "__len__() should return >= 0"))
                            }
                        };
                    }
                    if let Some(nb) = crate::obj::class::native_base_of(self, v) {
                        return self.len_of(nb);
                    }
                }
                _ => {}
            }
        }
        let t = types::type_name(self, v);
        Err(self.raise_fmt(&crate::obj::exception::TYPE_ERROR, format_args!("object of type '{t}' has no len()")))
    }
}

/// Marks roots held by runtime state beyond the `Vm` fields (caches, module registries).
pub fn extra_roots(vm: &mut Vm) {
    vm.caches.mark(&mut vm.heap);
    for v in vm.extra_roots.iter() {
        vm.heap.mark(*v);
    }
}
