//! `str`: constructor, indexing and methods.
//!
//! Text is UTF-8; indices count characters. ASCII strings (flagged at creation) index in
//! O(1); others are scanned.

use crate::obj::exception::{INDEX_ERROR, TYPE_ERROR};
use crate::obj::native::Attr;
use crate::obj::str as s;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Byte length of the UTF-8 sequence starting with `b`.
#[inline]
pub fn utf8_char_len(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xff => 4,
        _ => 1,
    }
}

/// Number of characters in UTF-8 text.
#[inline]
pub fn char_count(b: &[u8]) -> usize {
    b.iter().filter(|&&c| (c & 0xc0) != 0x80).count()
}

/// Byte offset of character `n` (or the length if past the end).
pub fn char_to_byte(b: &[u8], n: usize) -> usize {
    if b.is_ascii() {
        return n.min(b.len());
    }
    let mut count = 0;
    for (i, &c) in b.iter().enumerate() {
        if (c & 0xc0) != 0x80 {
            if count == n {
                return i;
            }
            count += 1;
        }
    }
    b.len()
}

/// Finds `needle` in `hay` at or after byte `start`.
pub fn find_bytes(hay: &[u8], needle: &[u8], start: usize) -> Option<usize> {
    if start > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(start);
    }
    hay[start..].windows(needle.len()).position(|w| w == needle).map(|p| p + start)
}

/// Finds the last `needle` in `hay[..end]`.
pub fn rfind_bytes(hay: &[u8], needle: &[u8], end: usize) -> Option<usize> {
    let end = end.min(hay.len());
    if needle.is_empty() {
        return Some(end);
    }
    hay[..end].windows(needle.len()).rposition(|w| w == needle)
}

fn text(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.str_bytes(v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let t = crate::runtime::types::type_name(vm, v);
            Err(vm.raise_fmt(&TYPE_ERROR, format_args!("can't convert '{t}' object to str implicitly")))
        }
    }
}

fn new_str(vm: &mut Vm, b: &[u8]) -> PyResult<Value> {
    s::new(vm, b)
}

/// `s[idx]` for ints and slices.
pub fn getitem(vm: &mut Vm, v: Value, idx: Value) -> PyResult<Value> {
    let b = text(vm, v)?;
    if crate::runtime::subscr::is_slice(vm, idx) {
        let n = char_count(&b);
        let (a, e, st) = crate::runtime::subscr::slice_indices(vm, idx, n)?;
        if st == 1 && b.is_ascii() {
            let (a, e) = (a as usize, (e.max(a)) as usize);
            return new_str(vm, &b[a..e]);
        }
        let chars: Vec<&str> = split_chars(&b);
        let mut out = Vec::new();
        for p in crate::runtime::subscr::slice_positions(a, e, st) {
            out.extend_from_slice(chars[p].as_bytes());
        }
        return new_str(vm, &out);
    }
    let n = char_count(&b);
    let i = match crate::runtime::subscr::index(vm, idx, n, "string") {
        Ok(i) => i,
        Err(e) => {
            if crate::runtime::types::isinstance_static(vm, vm.exc, &INDEX_ERROR) {
                return Err(vm.raise_msg(&INDEX_ERROR, "string index out of range"));
            }
            return Err(e);
        }
    };
    let start = char_to_byte(&b, i);
    let len = utf8_char_len(b[start]);
    new_str(vm, &b[start..start + len])
}

fn split_chars(b: &[u8]) -> Vec<&str> {
    std::str::from_utf8(b).map(|t| t.char_indices().map(|(i, c)| &t[i..i + c.len_utf8()]).collect()).unwrap_or_default()
}

/// `str(object='')` / `str(bytes, encoding)`.
pub fn make_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(&x) = args.get(1) else {
        return Ok(Value::qstr(1));
    };
    if args.len() > 2 || !kw.is_empty() {
        if let Some(b) = super::bytes::buffer(vm, x) {
            let b = b.to_vec();
            return match std::str::from_utf8(&b) {
                Ok(t) => new_str(vm, t.as_bytes()),
                Err(_) => Err(vm.raise_msg(&crate::obj::exception::UNICODE_ERROR, "invalid utf-8")),
            };
        }
    }
    vm.str_of(x)
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let f = text(vm, fmt)?;
    let out = super::strformat::percent(vm, &f, args, false)?;
    new_str(vm, &out)
}

/// Attributes of `str`.
pub fn attrs(name: Qstr) -> Option<Attr> {
    super::text::str_attrs(name)
}
