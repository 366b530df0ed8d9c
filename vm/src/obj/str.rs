//! str and bytes objects: storage, access and hashing.
//!
//! A str value is a qstr (interned), an in-place constant (tag 5, the text stays in its
//! source), or a heap `Str` chunk: the UTF-8 bytes follow the header directly; header flag
//! bit 0 = all ASCII, flag bits 1..5 = the unused bytes at the end of the chunk (0..=8; 8
//! only for an empty body in a minimum-size chunk), so the length is exact without a
//! length word. bytes values are in-place constants or heap `Bytes` chunks with the same
//! layout. No hash is cached: a length/hash word would cost 8 bytes on every string a
//! program keeps, and hashes are only needed by indexed (larger) tables, where hashing a
//! short key is cheap (linear tables compare keys directly).
//!
//! Invariants: str text is always valid UTF-8; str and bytes bodies are immutable after
//! construction; every representation of the same text has the same hash
//! (`hash::str_hash`), so dicts can mix them.

use crate::hash::str_hash;
use crate::heap::{Header, ObjKind};
use crate::mpy_read::read_vuint;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Header flag: the str is pure ASCII (so char index = byte index).
pub const FLAG_ASCII: u8 = 1;
const PAD_SHIFT: u8 = 1;
const PAD_MASK: u8 = 0xf;

/// Allocates a `Str` or `Bytes` chunk for `len` bytes and records the padding.
fn alloc_body(vm: &mut Vm, kind: ObjKind, len: usize) -> PyResult<usize> {
    let i = vm.alloc(kind, len.div_ceil(8), 0)?;
    let h = vm.heap.header(i);
    let pad = (h.words() - 1) * 8 - len;
    vm.heap.set_header(i, h.with_flags((pad as u8) << PAD_SHIFT));
    Ok(i)
}

/// Byte length of the `Str` or `Bytes` chunk at `i`.
#[inline(always)]
fn body_len(h: Header) -> usize {
    (h.words() - 1) * 8 - ((h.flags() >> PAD_SHIFT) & PAD_MASK) as usize
}

/// Allocates a heap object of `kind` (`Str` or `Bytes`) holding `bytes`.
fn alloc_bytes_obj(vm: &mut Vm, kind: ObjKind, bytes: &[u8]) -> PyResult<Value> {
    let i = alloc_body(vm, kind, bytes.len())?;
    vm.heap.bytes_mut(i + 1, 0, bytes.len()).copy_from_slice(bytes);
    if kind == ObjKind::Str && bytes.is_ascii() {
        let h = vm.heap.header(i);
        vm.heap.set_header(i, h.with_flags(h.flags() | FLAG_ASCII));
    }
    Ok(Value::heap(i))
}

/// A new str from UTF-8 bytes (the caller guarantees validity).
pub fn new(vm: &mut Vm, utf8: &[u8]) -> PyResult<Value> {
    if utf8.is_empty() {
        return Ok(Value::qstr(1));
    }
    let h = str_hash(utf8);
    if let Some(q) = crate::qstr::find_static_hashed(utf8, h) {
        return Ok(Value::qstr(q.0));
    }
    alloc_bytes_obj(vm, ObjKind::Str, utf8)
}

/// A new str from a `&str`.
pub fn from_str(vm: &mut Vm, s: &str) -> PyResult<Value> {
    new(vm, s.as_bytes())
}

/// A new bytes object.
pub fn new_bytes(vm: &mut Vm, bytes: &[u8]) -> PyResult<Value> {
    alloc_bytes_obj(vm, ObjKind::Bytes, bytes)
}

/// Decodes an in-place constant: (is_str, payload offset, length) within its source.
#[inline]
fn source_const(bytes: &[u8], offset: u32) -> Option<(bool, usize, usize)> {
    let mut pos = offset as usize;
    let kind = *bytes.get(pos)?;
    pos += 1;
    let len = read_vuint(bytes, &mut pos)? as usize;
    Some((kind == 5, pos, len))
}

impl Vm {
    /// The text of a str value (qstr, in-place constant or heap str), or `None` if `v` is not
    /// a str (nor a subclass instance of str).
    #[inline]
    pub fn str_bytes(&self, v: Value) -> Option<&[u8]> {
        if let Some(q) = v.as_qstr() {
            return Some(self.qstr_bytes(Qstr(q)));
        }
        if let Some(i) = v.as_heap() {
            let h = self.heap.header(i);
            return match h.kind() {
                ObjKind::Str => Some(self.heap.bytes(i + 1, 0, body_len(h))),
                ObjKind::Instance => self.str_bytes(crate::obj::class::native_base_of(self, v)?),
                _ => None,
            };
        }
        if let Some((src, off)) = v.as_source_str() {
            let bytes = self.sources.bytes(&self.heap, src);
            let (is_str, pos, len) = source_const(bytes, off)?;
            return if is_str { bytes.get(pos..pos + len) } else { None };
        }
        None
    }

    /// The text of a str value as `&str`.
    #[inline]
    pub fn str_text(&self, v: Value) -> Option<&str> {
        // SAFETY-free: str bodies are valid UTF-8 by invariant; fall back to a checked
        // conversion so a corrupt .mpy cannot break the invariant.
        self.str_bytes(v).and_then(|b| std::str::from_utf8(b).ok())
    }

    /// The contents of a bytes value (heap bytes or in-place constant).
    #[inline]
    pub fn bytes_data(&self, v: Value) -> Option<&[u8]> {
        if let Some(i) = v.as_heap() {
            let h = self.heap.header(i);
            return match h.kind() {
                ObjKind::Bytes => Some(self.heap.bytes(i + 1, 0, body_len(h))),
                ObjKind::Instance => self.bytes_data(crate::obj::class::native_base_of(self, v)?),
                _ => None,
            };
        }
        if let Some((src, off)) = v.as_source_str() {
            let bytes = self.sources.bytes(&self.heap, src);
            let (is_str, pos, len) = source_const(bytes, off)?;
            return if is_str { None } else { bytes.get(pos..pos + len) };
        }
        None
    }

    /// Whether `v` is a str (any representation; not subclasses).
    #[inline]
    pub fn is_str(&self, v: Value) -> bool {
        if v.is_qstr() {
            return true;
        }
        if let Some(i) = v.as_heap() {
            return self.heap.kind(i) == ObjKind::Str;
        }
        if let Some((src, off)) = v.as_source_str() {
            return self.sources.bytes(&self.heap, src).get(off as usize) == Some(&5);
        }
        false
    }

    /// Whether `v` is a bytes object (any representation; not subclasses).
    #[inline]
    pub fn is_bytes(&self, v: Value) -> bool {
        if let Some(i) = v.as_heap() {
            return self.heap.kind(i) == ObjKind::Bytes;
        }
        if let Some((src, off)) = v.as_source_str() {
            return self.sources.bytes(&self.heap, src).get(off as usize) == Some(&6);
        }
        false
    }

    /// Hash of a str or bytes value.
    pub fn str_hash(&mut self, v: Value) -> u32 {
        if let Some(q) = v.as_qstr() {
            return self.qstr_hash(Qstr(q));
        }
        if let Some(i) = v.as_heap() {
            let h = self.heap.header(i);
            if matches!(h.kind(), ObjKind::Str | ObjKind::Bytes) {
                return str_hash(self.heap.bytes(i + 1, 0, body_len(h)));
            }
        }
        let b = self.str_bytes(v).or_else(|| self.bytes_data(v)).unwrap_or(&[]);
        str_hash(b)
    }

    /// Whether a str value is known to be pure ASCII (char index = byte index).
    pub fn str_is_ascii(&self, v: Value) -> bool {
        if let Some(i) = v.as_heap() {
            if self.heap.kind(i) == ObjKind::Str {
                return Header(self.heap.word(i)).flags() & FLAG_ASCII != 0;
            }
        }
        self.str_bytes(v).is_some_and(|b| b.is_ascii())
    }

    /// Interns a str value: returns its qstr (interning heap text if needed).
    pub fn str_to_qstr(&mut self, v: Value) -> PyResult<Qstr> {
        if let Some(q) = v.as_qstr() {
            return Ok(Qstr(q));
        }
        let text = self.str_bytes(v).map(|b| b.to_vec()).unwrap_or_default();
        self.intern(&text)
    }
}
