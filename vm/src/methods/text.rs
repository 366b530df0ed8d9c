//! Methods shared by `str`, `bytes` and `bytearray` (MicroPython gives all three one method
//! table): searching, splitting, stripping, case, padding and joining.
//!
//! Each method takes its flavour from `self`: for `str`, indices count characters and other
//! operands must be `str`; for `bytes`/`bytearray`, indices count bytes, operands may be any
//! byte buffer, and results have `self`'s type. Results are built from owned copies so no
//! borrowed heap slice is held across an allocation.

use super::args::{check_kw, kwarg, opt_i64, to_i64};
use super::str::{char_count, char_to_byte, find_bytes, rfind_bytes};
use crate::native_fn;
use crate::obj::exception::{TYPE_ERROR, VALUE_ERROR};
use crate::obj::native::Attr;
use crate::obj::{list, str as s, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What kind of object a method runs on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flavor {
    Str,
    Bytes,
    ByteArray,
}

/// The flavour and an owned copy of `self`'s data.
fn this(vm: &mut Vm, v: Value) -> PyResult<(Flavor, Vec<u8>)> {
    if let Some(b) = vm.str_bytes(v) {
        return Ok((Flavor::Str, b.to_vec()));
    }
    let fl = if super::bytes::is_bytearray(vm, v) { Flavor::ByteArray } else { Flavor::Bytes };
    match super::bytes::buffer(vm, v) {
        Some(b) => Ok((fl, b.to_vec())),
        None => {
            let t = crate::runtime::types::type_name(vm, v);
            Err(vm.raise_fmt(&TYPE_ERROR, format_args!("descriptor needs a str or bytes object, not '{t}'")))
        }
    }
}

/// An operand of the same family as `self`.
fn operand(vm: &mut Vm, fl: Flavor, v: Value) -> PyResult<Vec<u8>> {
    let data = match fl {
        Flavor::Str => vm.str_bytes(v).map(<[u8]>::to_vec),
        _ => match crate::obj::int::to_i64(vm, v) {
            // A byte value stands for itself (`b.find(99)`).
            Some(n) if (0..256).contains(&n) => Some(vec![n as u8]),
            _ => super::bytes::buffer(vm, v).or_else(|| crate::modules::array::buffer(vm, v)).map(<[u8]>::to_vec),
        },
    };
    match data {
        Some(d) => Ok(d),
        None => {
            let t = crate::runtime::types::type_name(vm, v);
            let want = if fl == Flavor::Str { "str" } else { "bytes" };
            Err(vm.raise_fmt(&TYPE_ERROR, format_args!("can't convert '{t}' object to {want} implicitly")))
        }
    }
}

/// A new object of `self`'s type.
fn make(vm: &mut Vm, fl: Flavor, b: &[u8]) -> PyResult<Value> {
    match fl {
        Flavor::Str => s::new(vm, b),
        Flavor::Bytes => s::new_bytes(vm, b),
        Flavor::ByteArray => super::bytes::new_bytearray(vm, b),
    }
}

/// Length in index units (characters for str, bytes otherwise).
fn units(fl: Flavor, b: &[u8]) -> usize {
    if fl == Flavor::Str {
        char_count(b)
    } else {
        b.len()
    }
}

/// Byte offset of index unit `n`.
fn unit_byte(fl: Flavor, b: &[u8], n: usize) -> usize {
    if fl == Flavor::Str {
        char_to_byte(b, n)
    } else {
        n.min(b.len())
    }
}

/// The index units of `b` as byte ranges.
fn unit_slices(fl: Flavor, b: &[u8]) -> Vec<&[u8]> {
    if fl != Flavor::Str {
        return b.chunks(1).collect();
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let n = super::str::utf8_char_len(b[i]).min(b.len() - i);
        out.push(&b[i..i + n]);
        i += n;
    }
    out
}

fn new_list_of(vm: &mut Vm, fl: Flavor, parts: Vec<Vec<u8>>) -> PyResult<Value> {
    let l = list::new(vm, parts.len())?;
    let mark = vm.push_temp(l);
    let r = (|| {
        for p in parts {
            let v = make(vm, fl, &p)?;
            list::push(vm, l, v)?;
        }
        Ok(l)
    })();
    vm.pop_temps(mark);
    r
}

macro_rules! text_methods {
    ($($q:path => $st:ident, $min:expr, $max:expr, $f:expr;)*) => {
        $(native_fn!($st, $q, $min, $max, kw, $f);)*
        /// The shared method table, looked up by name.
        pub fn shared_attr(name: Qstr) -> Option<Attr> {
            match name {
                $($q => Some(Attr::Method(&$st)),)*
                _ => None,
            }
        }
    };
}

/// Attributes of `str`: the shared table plus `format` and `encode`.
pub fn str_attrs(name: Qstr) -> Option<Attr> {
    match name {
        q::format => Some(Attr::Method(&STR_FORMAT)),
        q::encode => Some(Attr::Method(&STR_ENCODE)),
        q::ljust => Some(Attr::Method(&STR_LJUST)),
        q::rjust => Some(Attr::Method(&STR_RJUST)),
        q::zfill => Some(Attr::Method(&STR_ZFILL)),
        _ => shared_attr(name),
    }
}

native_fn!(STR_FORMAT, q::format, 1, u16::MAX, kw, |vm, a, k| {
    let (fl, f) = this(vm, a[0])?;
    let out = super::strformat::format(vm, &f, &a[1..], k)?;
    make(vm, fl, &out)
});
native_fn!(STR_ENCODE, q::encode, 1, 3, kw, |vm, a, _| {
    let (_, b) = this(vm, a[0])?;
    s::new_bytes(vm, &b)
});
native_fn!(STR_LJUST, q::ljust, 2, 3, kw, |vm, a, _| justify(vm, a, 'l'));
native_fn!(STR_RJUST, q::rjust, 2, 3, kw, |vm, a, _| justify(vm, a, 'r'));
native_fn!(STR_ZFILL, q::zfill, 2, 2, kw, zfill);

text_methods! {
    q::join => STR_JOIN, 2, 2, join;
    q::split => STR_SPLIT, 1, 3, |vm, a, k| split(vm, a, k, false);
    q::rsplit => STR_RSPLIT, 1, 3, |vm, a, k| split(vm, a, k, true);
    q::strip => STR_STRIP, 1, 2, |vm, a, _| strip(vm, a, true, true);
    q::lstrip => STR_LSTRIP, 1, 2, |vm, a, _| strip(vm, a, true, false);
    q::rstrip => STR_RSTRIP, 1, 2, |vm, a, _| strip(vm, a, false, true);
    q::upper => STR_UPPER, 1, 1, |vm, a, _| { let (fl, b) = this(vm, a[0])?; make(vm, fl, b.to_ascii_uppercase().as_slice()) };
    q::lower => STR_LOWER, 1, 1, |vm, a, _| { let (fl, b) = this(vm, a[0])?; make(vm, fl, b.to_ascii_lowercase().as_slice()) };
    q::find => STR_FIND, 2, 4, |vm, a, _| find(vm, a, false, false);
    q::rfind => STR_RFIND, 2, 4, |vm, a, _| find(vm, a, true, false);
    q::index => STR_INDEX, 2, 4, |vm, a, _| find(vm, a, false, true);
    q::rindex => STR_RINDEX, 2, 4, |vm, a, _| find(vm, a, true, true);
    q::count => STR_COUNT, 2, 4, count;
    q::replace => STR_REPLACE, 3, 4, replace;
    q::startswith => STR_STARTSWITH, 2, 4, |vm, a, _| affix(vm, a, true);
    q::endswith => STR_ENDSWITH, 2, 4, |vm, a, _| affix(vm, a, false);
    q::isdigit => STR_ISDIGIT, 1, 1, |vm, a, _| classify(vm, a[0], |c| c.is_ascii_digit());
    q::isalpha => STR_ISALPHA, 1, 1, |vm, a, _| classify(vm, a[0], |c| c.is_ascii_alphabetic());
    q::isspace => STR_ISSPACE, 1, 1, |vm, a, _| classify(vm, a[0], |c| c.is_ascii_whitespace());
    q::isalnum => STR_ISALNUM, 1, 1, |vm, a, _| classify(vm, a[0], |c| c.is_ascii_alphanumeric());
    q::isupper => STR_ISUPPER, 1, 1, |vm, a, _| case_check(vm, a[0], true);
    q::islower => STR_ISLOWER, 1, 1, |vm, a, _| case_check(vm, a[0], false);
    q::partition => STR_PARTITION, 2, 2, |vm, a, _| partition(vm, a, false);
    q::rpartition => STR_RPARTITION, 2, 2, |vm, a, _| partition(vm, a, true);
    q::center => STR_CENTER, 2, 3, |vm, a, _| justify(vm, a, 'c');
    q::splitlines => STR_SPLITLINES, 1, 2, splitlines;
}
fn join(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (fl, sep) = this(vm, a[0])?;
    let items = crate::runtime::iter::collect_list(vm, a[1])?;
    let mark = vm.push_temp(items);
    let mut out = Vec::new();
    let r = (|| {
        for (k, v) in list::to_vec(vm, items).into_iter().enumerate() {
            if k > 0 {
                out.extend_from_slice(&sep);
            }
            let item = match fl {
                Flavor::Str => vm.str_bytes(v),
                _ => super::bytes::buffer(vm, v),
            };
            match item {
                Some(b) => out.extend_from_slice(b),
                None => {
                    return Err(vm.raise_msg(
                        &TYPE_ERROR,
                        "join expects a list of str/bytes objects consistent with self object",
                    ));
                }
            }
        }
        make(vm, fl, &out)
    })();
    vm.pop_temps(mark);
    r
}

fn split(vm: &mut Vm, a: &[Value], kw: &[Value], from_right: bool) -> PyResult<Value> {
    check_kw(vm, kw, &[q::sep, q::maxsplit])?;
    let (fl, b) = this(vm, a[0])?;
    let sep = a.get(1).copied().or_else(|| kwarg(vm, kw, q::sep)).unwrap_or(Value::NONE);
    let maxsplit = opt_i64(vm, a.get(2).copied().or_else(|| kwarg(vm, kw, q::maxsplit)))?.unwrap_or(-1);
    let parts: Vec<Vec<u8>> = if sep.is_none() {
        split_whitespace(&b, maxsplit, from_right)
    } else {
        let sep = operand(vm, fl, sep)?;
        if sep.is_empty() {
            return Err(vm.raise_msg(&VALUE_ERROR, "empty separator"));
        }
        split_sep(&b, &sep, maxsplit, from_right)
    };
    new_list_of(vm, fl, parts)
}

/// Splits on runs of whitespace.
pub fn split_whitespace(b: &[u8], maxsplit: i64, from_right: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    if from_right {
        let mut end = b.len();
        let mut n = 0;
        loop {
            while end > 0 && b[end - 1].is_ascii_whitespace() {
                end -= 1;
            }
            if end == 0 {
                break;
            }
            if maxsplit >= 0 && n == maxsplit {
                parts.push(b[..end].to_vec());
                break;
            }
            let mut start = end;
            while start > 0 && !b[start - 1].is_ascii_whitespace() {
                start -= 1;
            }
            parts.push(b[start..end].to_vec());
            n += 1;
            end = start;
        }
        parts.reverse();
        return parts;
    }
    let mut i = 0;
    let mut n = 0;
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        if maxsplit >= 0 && n == maxsplit {
            let mut end = b.len();
            while end > i && b[end - 1].is_ascii_whitespace() {
                end -= 1;
            }
            parts.push(b[i..end].to_vec());
            break;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        parts.push(b[start..i].to_vec());
        n += 1;
    }
    parts
}

/// Splits on a separator.
pub fn split_sep(b: &[u8], sep: &[u8], maxsplit: i64, from_right: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    if from_right {
        let mut end = b.len();
        let mut n = 0;
        while maxsplit < 0 || n < maxsplit {
            match rfind_bytes(b, sep, end) {
                Some(p) => {
                    parts.push(b[p + sep.len()..end].to_vec());
                    end = p;
                    n += 1;
                }
                None => break,
            }
        }
        parts.push(b[..end].to_vec());
        parts.reverse();
        return parts;
    }
    let mut start = 0;
    let mut n = 0;
    while maxsplit < 0 || n < maxsplit {
        match find_bytes(b, sep, start) {
            Some(p) => {
                parts.push(b[start..p].to_vec());
                start = p + sep.len();
                n += 1;
            }
            None => break,
        }
    }
    parts.push(b[start..].to_vec());
    parts
}

fn strip(vm: &mut Vm, a: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let (fl, b) = this(vm, a[0])?;
    let chars: Option<Vec<u8>> = match a.get(1) {
        Some(v) if !v.is_none() => Some(operand(vm, fl, *v)?),
        _ => None,
    };
    let keep = |c: u8| match &chars {
        Some(set) => !set.contains(&c),
        None => !c.is_ascii_whitespace(),
    };
    let mut start = 0;
    let mut end = b.len();
    if left {
        while start < end && !keep(b[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && !keep(b[end - 1]) {
            end -= 1;
        }
    }
    if start == 0 && end == b.len() {
        return Ok(a[0]);
    }
    make(vm, fl, &b[start..end])
}

/// Resolves optional `start`/`end` character arguments to byte offsets.
fn range_args(vm: &mut Vm, fl: Flavor, b: &[u8], start: Option<Value>, end: Option<Value>) -> PyResult<(usize, usize)> {
    let n = units(fl, b) as i64;
    let norm = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let s = opt_i64(vm, start)?.map_or(0, norm);
    let e = opt_i64(vm, end)?.map_or(n, norm);
    Ok((unit_byte(fl, b, s as usize), unit_byte(fl, b, e.max(s) as usize)))
}

fn find(vm: &mut Vm, a: &[Value], from_right: bool, raise: bool) -> PyResult<Value> {
    let (fl, b) = this(vm, a[0])?;
    let needle = operand(vm, fl, a[1])?;
    let (s, e) = range_args(vm, fl, &b, a.get(2).copied(), a.get(3).copied())?;
    let hay = &b[..e];
    let pos = if from_right { rfind_bytes(hay, &needle, e).filter(|&p| p >= s) } else { find_bytes(hay, &needle, s) };
    match pos {
        Some(p) => vm.new_int(units(fl, &b[..p]) as i64),
        None if raise => Err(vm.raise_msg(&VALUE_ERROR, "substring not found")),
        None => Ok(Value::int_unchecked(-1)),
    }
}

fn count(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (fl, b) = this(vm, a[0])?;
    let needle = operand(vm, fl, a[1])?;
    let (s, e) = range_args(vm, fl, &b, a.get(2).copied(), a.get(3).copied())?;
    let hay = &b[s..e];
    if needle.is_empty() {
        return vm.new_int(units(fl, hay) as i64 + 1);
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_bytes(hay, &needle, i) {
        n += 1;
        i = p + needle.len();
    }
    vm.new_int(n)
}

fn replace(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (fl, b) = this(vm, a[0])?;
    let old = operand(vm, fl, a[1])?;
    let new = operand(vm, fl, a[2])?;
    let max = opt_i64(vm, a.get(3).copied())?.unwrap_or(-1);
    let mut out = Vec::with_capacity(b.len());
    let mut n = 0;
    if old.is_empty() {
        for c in unit_slices(fl, &b) {
            if max < 0 || n < max {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.extend_from_slice(c);
        }
        if max < 0 || n < max {
            out.extend_from_slice(&new);
        }
        return make(vm, fl, &out);
    }
    let mut i = 0;
    while max < 0 || n < max {
        match find_bytes(&b, &old, i) {
            Some(p) => {
                out.extend_from_slice(&b[i..p]);
                out.extend_from_slice(&new);
                i = p + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[i..]);
    make(vm, fl, &out)
}

fn affix(vm: &mut Vm, a: &[Value], prefix: bool) -> PyResult<Value> {
    let (fl, b) = this(vm, a[0])?;
    let (start, end) = range_args(vm, fl, &b, a.get(2).copied(), a.get(3).copied())?;
    let hay = &b[start..end];
    let test = |vm: &mut Vm, v: Value| -> PyResult<bool> {
        let x = operand(vm, fl, v)?;
        Ok(if prefix { hay.starts_with(&x) } else { hay.ends_with(&x) })
    };
    if tuple::is_tuple(vm, a[1]) {
        for v in tuple::to_vec(vm, a[1]) {
            if test(vm, v)? {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    test(vm, a[1]).map(Value::bool)
}

fn classify(vm: &mut Vm, v: Value, f: impl Fn(u8) -> bool) -> PyResult<Value> {
    let (_, b) = this(vm, v)?;
    Ok(Value::bool(!b.is_empty() && b.iter().all(|&c| f(c))))
}

fn case_check(vm: &mut Vm, v: Value, upper: bool) -> PyResult<Value> {
    let (_, b) = this(vm, v)?;
    let mut cased = false;
    for &c in &b {
        if c.is_ascii_alphabetic() {
            cased = true;
            if c.is_ascii_uppercase() != upper {
                return Ok(Value::FALSE);
            }
        }
    }
    Ok(Value::bool(cased))
}

fn partition(vm: &mut Vm, a: &[Value], from_right: bool) -> PyResult<Value> {
    let (fl, b) = this(vm, a[0])?;
    let sep = operand(vm, fl, a[1])?;
    if sep.is_empty() {
        return Err(vm.raise_msg(&VALUE_ERROR, "empty separator"));
    }
    let pos = if from_right { rfind_bytes(&b, &sep, b.len()) } else { find_bytes(&b, &sep, 0) };
    let (x, y, z): (&[u8], &[u8], &[u8]) = match pos {
        Some(p) => (&b[..p], &sep, &b[p + sep.len()..]),
        None if from_right => (b"", b"", &b),
        None => (&b, b"", b""),
    };
    let t = tuple::alloc(vm, 3)?;
    let mark = vm.push_temp(t);
    let r = (|| {
        for (k, part) in [x, y, z].iter().enumerate() {
            let v = make(vm, fl, part)?;
            tuple::set(vm, t, k, v);
        }
        Ok(t)
    })();
    vm.pop_temps(mark);
    r
}

fn justify(vm: &mut Vm, a: &[Value], how: char) -> PyResult<Value> {
    let (fl, b) = this(vm, a[0])?;
    let width = to_i64(vm, a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        Some(v) => {
            let f = operand(vm, fl, *v)?;
            if units(fl, &f) != 1 {
                return Err(vm.raise_msg(&TYPE_ERROR, "The fill character must be exactly one character long"));
            }
            f
        }
        None => b" ".to_vec(),
    };
    let n = units(fl, &b);
    if n >= width {
        return Ok(a[0]);
    }
    let pad = width - n;
    let (left, right) = match how {
        'l' => (0, pad),
        'r' => (pad, 0),
        _ => {
            // MicroPython puts the odd padding character on the right (CPython: depends
            // on the width's parity).
            (pad / 2, pad - pad / 2)
        }
    };
    let mut out = fill.repeat(left);
    out.extend_from_slice(&b);
    out.extend(fill.repeat(right));
    make(vm, fl, &out)
}

fn zfill(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (fl, b) = this(vm, a[0])?;
    let width = to_i64(vm, a[1])?.max(0) as usize;
    let n = units(fl, &b);
    if n >= width {
        return Ok(a[0]);
    }
    let (sign, rest) = match b.first() {
        Some(b'+') | Some(b'-') => (&b[..1], &b[1..]),
        _ => (&b[..0], &b[..]),
    };
    let mut out = sign.to_vec();
    out.extend(std::iter::repeat_n(b'0', width - n));
    out.extend_from_slice(rest);
    make(vm, fl, &out)
}

fn splitlines(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (fl, b) = this(vm, a[0])?;
    let keepends = match a.get(1) {
        Some(v) => vm.is_true(*v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && i + 1 < b.len() && b[i + 1] == b'\n' {
                end += 1;
            }
            parts.push(if keepends { b[start..end].to_vec() } else { b[start..i].to_vec() });
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        parts.push(b[start..].to_vec());
    }
    new_list_of(vm, fl, parts)
}
