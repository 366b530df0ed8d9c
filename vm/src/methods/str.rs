//! `str`: constructor, indexing and methods.
//!
//! Text is UTF-8; indices count characters. ASCII strings (flagged at creation) index in
//! O(1); others are scanned.

use super::args::{check_kw, kwarg, opt_i64, to_i64};
use crate::native_fn;
use crate::obj::exception::{INDEX_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::obj::native::Attr;
use crate::obj::{list, str as s, tuple};
use crate::qstr::{q, Qstr};
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

macro_rules! str_methods {
    ($($q:path => $st:ident, $min:expr, $max:expr, $f:expr;)*) => {
        $(native_fn!($st, $q, $min, $max, kw, $f);)*
        /// Attributes of `str`.
        pub fn attrs(name: Qstr) -> Option<Attr> {
            match name {
                $($q => Some(Attr::Method(&$st)),)*
                _ => None,
            }
        }
    };
}

str_methods! {
    q::join => STR_JOIN, 2, 2, join;
    q::split => STR_SPLIT, 1, 3, |vm, a, k| split(vm, a, k, false);
    q::rsplit => STR_RSPLIT, 1, 3, |vm, a, k| split(vm, a, k, true);
    q::strip => STR_STRIP, 1, 2, |vm, a, _| strip(vm, a, true, true);
    q::lstrip => STR_LSTRIP, 1, 2, |vm, a, _| strip(vm, a, true, false);
    q::rstrip => STR_RSTRIP, 1, 2, |vm, a, _| strip(vm, a, false, true);
    q::upper => STR_UPPER, 1, 1, |vm, a, _| { let b = text(vm, a[0])?; new_str(vm, b.to_ascii_uppercase().as_slice()) };
    q::lower => STR_LOWER, 1, 1, |vm, a, _| { let b = text(vm, a[0])?; new_str(vm, b.to_ascii_lowercase().as_slice()) };
    q::find => STR_FIND, 2, 4, |vm, a, _| find(vm, a, false, false);
    q::rfind => STR_RFIND, 2, 4, |vm, a, _| find(vm, a, true, false);
    q::index => STR_INDEX, 2, 4, |vm, a, _| find(vm, a, false, true);
    q::rindex => STR_RINDEX, 2, 4, |vm, a, _| find(vm, a, true, true);
    q::count => STR_COUNT, 2, 4, count;
    q::replace => STR_REPLACE, 3, 4, replace;
    q::startswith => STR_STARTSWITH, 2, 3, |vm, a, _| affix(vm, a, true);
    q::endswith => STR_ENDSWITH, 2, 3, |vm, a, _| affix(vm, a, false);
    q::format => STR_FORMAT, 1, u16::MAX, |vm, a, k| { let f = text(vm, a[0])?; let out = super::strformat::format(vm, &f, &a[1..], k)?; new_str(vm, &out) };
    q::encode => STR_ENCODE, 1, 3, |vm, a, _| { let b = text(vm, a[0])?; s::new_bytes(vm, &b) };
    q::isdigit => STR_ISDIGIT, 1, 1, |vm, a, _| classify(vm, a[0], |c| c.is_ascii_digit());
    q::isalpha => STR_ISALPHA, 1, 1, |vm, a, _| classify(vm, a[0], |c| c.is_ascii_alphabetic());
    q::isspace => STR_ISSPACE, 1, 1, |vm, a, _| classify(vm, a[0], |c| c.is_ascii_whitespace());
    q::isalnum => STR_ISALNUM, 1, 1, |vm, a, _| classify(vm, a[0], |c| c.is_ascii_alphanumeric());
    q::isupper => STR_ISUPPER, 1, 1, |vm, a, _| case_check(vm, a[0], true);
    q::islower => STR_ISLOWER, 1, 1, |vm, a, _| case_check(vm, a[0], false);
    q::partition => STR_PARTITION, 2, 2, |vm, a, _| partition(vm, a, false);
    q::rpartition => STR_RPARTITION, 2, 2, |vm, a, _| partition(vm, a, true);
    q::center => STR_CENTER, 2, 3, |vm, a, _| justify(vm, a, 'c');
    q::ljust => STR_LJUST, 2, 3, |vm, a, _| justify(vm, a, 'l');
    q::rjust => STR_RJUST, 2, 3, |vm, a, _| justify(vm, a, 'r');
    q::zfill => STR_ZFILL, 2, 2, zfill;
    q::splitlines => STR_SPLITLINES, 1, 2, splitlines;
}

fn join(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let sep = text(vm, a[0])?;
    let items = crate::runtime::iter::collect_list(vm, a[1])?;
    let mark = vm.push_temp(items);
    let mut out = Vec::new();
    let r = (|| {
        for (k, v) in list::to_vec(vm, items).into_iter().enumerate() {
            if k > 0 {
                out.extend_from_slice(&sep);
            }
            match vm.str_bytes(v) {
                Some(b) => out.extend_from_slice(b),
                None => {
                    return Err(vm.raise_msg(
                        &TYPE_ERROR,
                        "join expects a list of str/bytes objects consistent with self object",
                    ));
                }
            }
        }
        new_str(vm, &out)
    })();
    vm.pop_temps(mark);
    r
}

fn split(vm: &mut Vm, a: &[Value], kw: &[Value], from_right: bool) -> PyResult<Value> {
    check_kw(vm, kw, &[q::sep, q::maxsplit])?;
    let b = text(vm, a[0])?;
    let sep = a.get(1).copied().or_else(|| kwarg(vm, kw, q::sep)).unwrap_or(Value::NONE);
    let maxsplit = opt_i64(vm, a.get(2).copied().or_else(|| kwarg(vm, kw, q::maxsplit)))?.unwrap_or(-1);
    let parts: Vec<Vec<u8>> = if sep.is_none() {
        split_whitespace(&b, maxsplit, from_right)
    } else {
        let sep = text(vm, sep)?;
        if sep.is_empty() {
            return Err(vm.raise_msg(&VALUE_ERROR, "empty separator"));
        }
        split_sep(&b, &sep, maxsplit, from_right)
    };
    let l = list::new(vm, parts.len())?;
    let mark = vm.push_temp(l);
    let r = (|| {
        for p in parts {
            let v = new_str(vm, &p)?;
            list::push(vm, l, v)?;
        }
        Ok(l)
    })();
    vm.pop_temps(mark);
    r
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
    let b = text(vm, a[0])?;
    let chars: Option<Vec<u8>> = match a.get(1) {
        Some(v) if !v.is_none() => Some(text(vm, *v)?),
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
    new_str(vm, &b[start..end])
}

/// Resolves optional `start`/`end` character arguments to byte offsets.
fn range_args(vm: &mut Vm, b: &[u8], start: Option<Value>, end: Option<Value>) -> PyResult<(usize, usize)> {
    let n = char_count(b) as i64;
    let norm = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let s = opt_i64(vm, start)?.map_or(0, norm);
    let e = opt_i64(vm, end)?.map_or(n, norm);
    Ok((char_to_byte(b, s as usize), char_to_byte(b, e.max(s) as usize)))
}

fn find(vm: &mut Vm, a: &[Value], from_right: bool, raise: bool) -> PyResult<Value> {
    let b = text(vm, a[0])?;
    let needle = text(vm, a[1])?;
    let (s, e) = range_args(vm, &b, a.get(2).copied(), a.get(3).copied())?;
    let hay = &b[..e];
    let pos = if from_right { rfind_bytes(hay, &needle, e).filter(|&p| p >= s) } else { find_bytes(hay, &needle, s) };
    match pos {
        Some(p) => vm.new_int(char_count(&b[..p]) as i64),
        None if raise => Err(vm.raise_msg(&VALUE_ERROR, "substring not found")),
        None => Ok(Value::int_unchecked(-1)),
    }
}

fn count(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = text(vm, a[0])?;
    let needle = text(vm, a[1])?;
    let (s, e) = range_args(vm, &b, a.get(2).copied(), a.get(3).copied())?;
    let hay = &b[s..e];
    if needle.is_empty() {
        return vm.new_int(char_count(hay) as i64 + 1);
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
    let b = text(vm, a[0])?;
    let old = text(vm, a[1])?;
    let new = text(vm, a[2])?;
    let max = opt_i64(vm, a.get(3).copied())?.unwrap_or(-1);
    let mut out = Vec::with_capacity(b.len());
    let mut n = 0;
    if old.is_empty() {
        let chars = split_chars(&b);
        for c in chars.iter() {
            if max < 0 || n < max {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.extend_from_slice(c.as_bytes());
        }
        if max < 0 || n < max {
            out.extend_from_slice(&new);
        }
        return new_str(vm, &out);
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
    new_str(vm, &out)
}

fn affix(vm: &mut Vm, a: &[Value], prefix: bool) -> PyResult<Value> {
    let b = text(vm, a[0])?;
    let start = match a.get(2) {
        Some(v) => {
            let n = char_count(&b) as i64;
            let x = to_i64(vm, *v)?;
            char_to_byte(&b, if x < 0 { (x + n).max(0) as usize } else { x as usize })
        }
        None => 0,
    };
    let hay = &b[start.min(b.len())..];
    let test = |vm: &mut Vm, v: Value| -> PyResult<bool> {
        let x = text(vm, v)?;
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
    let b = text(vm, v)?;
    Ok(Value::bool(!b.is_empty() && b.iter().all(|&c| f(c))))
}

fn case_check(vm: &mut Vm, v: Value, upper: bool) -> PyResult<Value> {
    let b = text(vm, v)?;
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
    let b = text(vm, a[0])?;
    let sep = text(vm, a[1])?;
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
            let v = new_str(vm, part)?;
            tuple::set(vm, t, k, v);
        }
        Ok(t)
    })();
    vm.pop_temps(mark);
    r
}

fn justify(vm: &mut Vm, a: &[Value], how: char) -> PyResult<Value> {
    let b = text(vm, a[0])?;
    let width = to_i64(vm, a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        Some(v) => {
            let f = text(vm, *v)?;
            if char_count(&f) != 1 {
                return Err(vm.raise_msg(&TYPE_ERROR, "The fill character must be exactly one character long"));
            }
            f
        }
        None => b" ".to_vec(),
    };
    let n = char_count(&b);
    if n >= width {
        return Ok(a[0]);
    }
    let pad = width - n;
    let (left, right) = match how {
        'l' => (0, pad),
        'r' => (pad, 0),
        _ => {
            let l = pad / 2 + (pad & width & 1);
            (l, pad - l)
        }
    };
    let mut out = fill.repeat(left);
    out.extend_from_slice(&b);
    out.extend(fill.repeat(right));
    new_str(vm, &out)
}

fn zfill(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = text(vm, a[0])?;
    let width = to_i64(vm, a[1])?.max(0) as usize;
    let n = char_count(&b);
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
    new_str(vm, &out)
}

fn splitlines(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = text(vm, a[0])?;
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
    let l = list::new(vm, parts.len())?;
    let mark = vm.push_temp(l);
    let r = (|| {
        for p in parts {
            let v = new_str(vm, &p)?;
            list::push(vm, l, v)?;
        }
        Ok(l)
    })();
    vm.pop_temps(mark);
    r
}
