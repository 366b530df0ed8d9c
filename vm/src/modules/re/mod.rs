//! `re`: MicroPython's regular expressions (`extmod/modre.c` over the re1.5 engine).
//!
//! Module functions: `compile(pattern[, flags])`, `match`, `search`, `sub` (no module-level
//! `split`, as in MicroPython). Regex objects (`<re …>`): `match(string[, pos[, endpos]])`,
//! `search`, `split(string[, maxsplit])`, `sub(repl, string[, count])`. Match objects
//! (`<match num=N>`): `group(n)` (exactly one argument, as MicroPython), `groups()`,
//! `start([n])`, `end([n])`, `span([n])`.
//!
//! Layout (native objects, `obj::native_obj`): a regex holds 0 = its byte code (a
//! `RawBytes` chunk), 1 = the code length, 2 = the number of groups. A match holds 0 = the
//! subject (str or bytes), 1 = a tuple of 2×(groups+1) byte offsets (-1 when a group did
//! not take part).
//!
//! MicroPython behaviours kept (they differ from CPython): see `compile.rs` for the
//! syntax; `pos`/`endpos` are byte offsets and apply only to compiled regexes; `split` and
//! `sub` stop at the first empty match; `split` with groups raises NotImplementedError;
//! `sub` templates know `\N`, `\g<N>` and `\\` only (any other escaped character stands for
//! itself without the backslash).

mod compile;
mod exec;

use crate::builtin_module;
use crate::builtin_type;
use crate::native_fn;
use crate::obj::exception::{INDEX_ERROR, NOT_IMPLEMENTED_ERROR, RUNTIME_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::obj::native::{Attr, NativeFn, TypeId};
use crate::obj::native_obj as nobj;
use crate::obj::object::OBJECT_TYPE;
use crate::obj::{list, str as s, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use exec::{ExecError, Subject};

builtin_module!(q::re, module_attr, [q::compile, q::r#match, q::search, q::sub]);

builtin_type!(pub RE_TYPE, TypeId::Other, q::re, Some(&OBJECT_TYPE), re_attrs, None, false);
builtin_type!(pub MATCH_TYPE, TypeId::Other, q::r#match, Some(&OBJECT_TYPE), match_attrs, None, false);

fn module_attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let f = Value::from_static_fn;
    Ok(Some(match name {
        q::compile => f(&COMPILE),
        q::r#match => f(&MATCH),
        q::search => f(&SEARCH),
        q::sub => f(&SUB),
        _ => return Ok(None),
    }))
}

const RE_CODE: usize = 0;
const RE_CODE_LEN: usize = 1;
const RE_GROUPS: usize = 2;

const M_SUBJECT: usize = 0;
const M_CAPS: usize = 1;

// ---- regex objects ----

fn text_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.str_bytes(v).or_else(|| vm.bytes_data(v)) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let t = crate::runtime::types::type_name(vm, v);
            Err(vm.raise_fmt(&TYPE_ERROR, format_args!("can't convert '{t}' object to str implicitly")))
        }
    }
}

fn compile_value(vm: &mut Vm, pattern: Value) -> PyResult<Value> {
    let text = text_arg(vm, pattern)?;
    let prog = match compile::compile(&text) {
        Ok(p) => p,
        Err(e) => return Err(vm.raise_msg(&VALUE_ERROR, &e.to_string())),
    };
    let raw = nobj::new_raw(vm, prog.code.len(), &prog.code)?;
    let mark = vm.push_temp(raw);
    let r = nobj::new(
        vm,
        &RE_TYPE,
        &[raw, Value::int_unchecked(prog.code.len() as i64), Value::int_unchecked(prog.groups as i64)],
    );
    vm.pop_temps(mark);
    r
}

/// `args[0]` as a regex: the object itself, or a new one compiled from a pattern. Returns
/// the regex and whether it was already compiled.
fn regex_of(vm: &mut Vm, v: Value) -> PyResult<(Value, bool)> {
    if nobj::is_type(vm, v, &RE_TYPE) {
        return Ok((v, true));
    }
    Ok((compile_value(vm, v)?, false))
}

fn code_of(vm: &Vm, re: Value) -> Vec<u8> {
    let n = nobj::field(vm, re, RE_CODE_LEN).as_small_int().unwrap_or(0) as usize;
    nobj::raw_bytes(vm, nobj::field(vm, re, RE_CODE), n).to_vec()
}

fn groups_of(vm: &Vm, re: Value) -> usize {
    nobj::field(vm, re, RE_GROUPS).as_small_int().unwrap_or(0) as usize
}

/// Runs a regex; returns the group positions of a match.
fn execute(
    vm: &mut Vm,
    code: &[u8],
    groups: usize,
    subj: Subject,
    anchored: bool,
) -> PyResult<Option<Vec<Option<usize>>>> {
    let mut caps = vec![None; (groups + 1) * 2];
    match exec::run(code, subj, &mut caps, anchored) {
        Ok(true) => Ok(Some(caps)),
        Ok(false) => Ok(None),
        Err(ExecError::TooDeep) => Err(vm.raise_msg(&RUNTIME_ERROR, "maximum recursion depth exceeded")),
        Err(ExecError::TooLong) => Err(vm.raise_msg(&RUNTIME_ERROR, "regex match too complex")),
    }
}

/// A new match object for `subject` (the caller keeps it rooted).
fn new_match(vm: &mut Vm, subject: Value, caps: &[Option<usize>]) -> PyResult<Value> {
    let offsets: Vec<Value> = caps.iter().map(|c| Value::int_unchecked(c.map_or(-1, |x| x as i64))).collect();
    let t = tuple::new_from(vm, &offsets)?;
    let mark = vm.push_temp(t);
    let r = nobj::new(vm, &MATCH_TYPE, &[subject, t]);
    vm.pop_temps(mark);
    r
}

/// `match`/`search` (module functions and regex methods share it).
fn exec_helper(vm: &mut Vm, a: &[Value], anchored: bool) -> PyResult<Value> {
    let (re, compiled) = regex_of(vm, a[0])?;
    let mark = vm.push_temp(re);
    let r = (|| {
        let text = text_arg(vm, a[1])?;
        let len = text.len() as i64;
        let mut begin = 0i64;
        let mut end = len;
        if compiled {
            if let Some(&p) = a.get(2) {
                begin = crate::methods::args::to_i64(vm, p)?.clamp(0, len);
                if let Some(&e) = a.get(3) {
                    end = crate::methods::args::to_i64(vm, e)?.clamp(begin, len);
                }
            }
        }
        let subj = Subject { text: &text, begin: begin as usize, end: end as usize };
        let code = code_of(vm, re);
        match execute(vm, &code, groups_of(vm, re), subj, anchored)? {
            Some(caps) => new_match(vm, a[1], &caps),
            None => Ok(Value::NONE),
        }
    })();
    vm.pop_temps(mark);
    r
}

native_fn!(COMPILE, q::compile, 1, 2, |vm, a, _| compile_value(vm, a[0]));
native_fn!(MATCH, q::r#match, 2, 4, |vm, a, _| exec_helper(vm, a, true));
native_fn!(SEARCH, q::search, 2, 4, |vm, a, _| exec_helper(vm, a, false));

/// A str or bytes value of the same kind as `like` holding `bytes`.
fn new_text_like(vm: &mut Vm, like: Value, bytes: &[u8]) -> PyResult<Value> {
    if vm.str_bytes(like).is_some() {
        s::from_str(vm, &String::from_utf8_lossy(bytes))
    } else {
        s::new_bytes(vm, bytes)
    }
}

native_fn!(SPLIT, q::split, 2, 3, |vm, a, _| {
    check_type(vm, a[0], &RE_TYPE)?;
    let re = a[0];
    let text = text_arg(vm, a[1])?;
    let mut maxsplit = match a.get(2) {
        Some(&m) => crate::methods::args::to_i64(vm, m)?,
        None => 0,
    };
    let code = code_of(vm, re);
    let groups = groups_of(vm, re);
    let out = list::new(vm, 0)?;
    let mark = vm.push_temp(out);
    let r = (|| {
        let mut begin = 0;
        loop {
            let subj = Subject { text: &text, begin, end: text.len() };
            let Some(caps) = execute(vm, &code, groups, subj, false)? else {
                break;
            };
            let (Some(m0), Some(m1)) = (caps[0], caps[1]) else {
                break;
            };
            if m0 == m1 {
                break;
            }
            let piece = new_text_like(vm, a[1], &text[begin..m0])?;
            list::push(vm, out, piece)?;
            if groups > 0 {
                return Err(vm.raise_msg(&NOT_IMPLEMENTED_ERROR, "splitting with sub-captures"));
            }
            begin = m1;
            if maxsplit > 0 {
                maxsplit -= 1;
                if maxsplit == 0 {
                    break;
                }
            }
        }
        let rest = new_text_like(vm, a[1], &text[begin..])?;
        list::push(vm, out, rest)
    })();
    vm.pop_temps(mark);
    r.map(|_| out)
});

/// Appends the expansion of a `sub` template for one match.
fn expand_template(vm: &mut Vm, out: &mut Vec<u8>, repl: &[u8], text: &[u8], caps: &[Option<usize>]) -> PyResult<()> {
    // re1.5 reads a NUL-terminated template.
    let repl = repl.split(|&b| b == 0).next().unwrap_or(&[]);
    let at = |i: usize| repl.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < repl.len() {
        if repl[i] != b'\\' {
            out.push(repl[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut g_format = false;
        if at(i) == b'g' && at(i + 1) == b'<' {
            i += 2;
            g_format = true;
        }
        if at(i).is_ascii_digit() {
            let mut n: u64 = 0;
            while at(i).is_ascii_digit() {
                n = n.saturating_mul(10).saturating_add((at(i) - b'0') as u64);
                i += 1;
            }
            if g_format && at(i) == b'>' {
                i += 1;
            }
            let k = usize::try_from(n).unwrap_or(usize::MAX);
            if k >= caps.len() / 2 {
                let v = vm.new_int(n.min(i64::MAX as u64) as i64)?;
                return Err(vm.raise_with(&INDEX_ERROR, v));
            }
            if let (Some(s0), Some(s1)) = (caps[2 * k], caps[2 * k + 1]) {
                out.extend_from_slice(text.get(s0..s1).unwrap_or(&[]));
            }
        } else if at(i) == b'\\' {
            out.push(b'\\');
            i += 1;
        }
    }
    Ok(())
}

/// Whether `v` is text (a template) rather than a callable replacement.
fn is_text(vm: &Vm, v: Value) -> bool {
    vm.str_bytes(v).is_some() || vm.bytes_data(v).is_some()
}

fn sub_helper(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let (re, _) = regex_of(vm, a[0])?;
    let mark = vm.push_temp(re);
    let r = sub_with(vm, re, a[1], a[2], a.get(3).copied());
    vm.pop_temps(mark);
    r
}

fn sub_with(vm: &mut Vm, re: Value, repl: Value, where_: Value, count: Option<Value>) -> PyResult<Value> {
    let mut count = match count {
        Some(c) => crate::methods::args::to_i64(vm, c)?,
        None => 0,
    };
    let text = text_arg(vm, where_)?;
    let code = code_of(vm, re);
    let groups = groups_of(vm, re);
    let mut out: Option<Vec<u8>> = None;
    let mut begin = 0;
    loop {
        let subj = Subject { text: &text, begin, end: text.len() };
        let Some(caps) = execute(vm, &code, groups, subj, false)? else {
            break;
        };
        let (Some(m0), Some(m1)) = (caps[0], caps[1]) else {
            break;
        };
        if m0 == m1 {
            break;
        }
        let buf = out.get_or_insert_with(Vec::new);
        buf.extend_from_slice(&text[begin..m0]);
        let template = if is_text(vm, repl) {
            text_arg(vm, repl)?
        } else {
            let m = new_match(vm, where_, &caps)?;
            let mark = vm.push_temp(m);
            let r = vm.call(repl, &[m], &[]);
            vm.pop_temps(mark);
            let v = r?;
            text_arg(vm, v)?
        };
        let mut expanded = Vec::new();
        expand_template(vm, &mut expanded, &template, &text, &caps)?;
        if let Some(buf) = out.as_mut() {
            buf.extend_from_slice(&expanded);
        }
        begin = m1;
        if count > 0 {
            count -= 1;
            if count == 0 {
                break;
            }
        }
    }
    let Some(mut buf) = out else {
        // No substitution: the subject itself.
        return Ok(where_);
    };
    buf.extend_from_slice(&text[begin..]);
    new_text_like(vm, where_, &buf)
}

native_fn!(SUB, q::sub, 3, 5, |vm, a, _| sub_helper(vm, a));

native_fn!(RE_REPR, q::__repr__, 1, 1, |vm, a, _| {
    let addr = a[0].as_heap().unwrap_or(0) * 8;
    s::from_str(vm, &format!("<re {addr:x}>"))
});

/// Checks that a method's self is of the given native type.
fn check_type(vm: &mut Vm, v: Value, ty: &'static crate::obj::native::TypeObj) -> PyResult<()> {
    if nobj::is_type(vm, v, ty) {
        return Ok(());
    }
    let t = crate::runtime::types::type_name(vm, v);
    let want = vm.qstr_str(ty.name).to_string();
    Err(vm.raise_fmt(&TYPE_ERROR, format_args!("'{t}' object isn't a '{want}' object")))
}

native_fn!(RE_MATCH, q::r#match, 2, 4, |vm, a, _| {
    check_type(vm, a[0], &RE_TYPE)?;
    exec_helper(vm, a, true)
});
native_fn!(RE_SEARCH, q::search, 2, 4, |vm, a, _| {
    check_type(vm, a[0], &RE_TYPE)?;
    exec_helper(vm, a, false)
});
native_fn!(RE_SUB, q::sub, 3, 5, |vm, a, _| {
    check_type(vm, a[0], &RE_TYPE)?;
    sub_helper(vm, a)
});

fn re_attrs(name: Qstr) -> Option<Attr> {
    let f: &'static NativeFn = match name {
        q::r#match => &RE_MATCH,
        q::search => &RE_SEARCH,
        q::split => &SPLIT,
        q::sub => &RE_SUB,
        q::__repr__ => &RE_REPR,
        _ => return None,
    };
    Some(Attr::Method(f))
}

// ---- match objects ----

/// The group offsets of a match object: `(start, end)` per group, `None` when unmatched.
fn spans(vm: &Vm, m: Value) -> Vec<Option<(usize, usize)>> {
    let caps = tuple::to_vec(vm, nobj::field(vm, m, M_CAPS));
    caps.chunks(2)
        .map(|c| {
            let a = c[0].as_small_int()?;
            let b = c.get(1)?.as_small_int()?;
            (a >= 0 && b >= a).then_some((a as usize, b as usize))
        })
        .collect()
}

/// Group number `n` of match `m` (IndexError when out of range).
fn group_index(vm: &mut Vm, m: Value, n: Value) -> PyResult<usize> {
    let count = spans(vm, m).len();
    let k = crate::methods::args::to_i64(vm, n)?;
    if k < 0 || k as usize >= count {
        return Err(vm.raise_with(&INDEX_ERROR, n));
    }
    Ok(k as usize)
}

fn group_value(vm: &mut Vm, m: Value, k: usize) -> PyResult<Value> {
    let Some((a, b)) = spans(vm, m).get(k).copied().flatten() else {
        return Ok(Value::NONE);
    };
    let subject = nobj::field(vm, m, M_SUBJECT);
    let text = text_arg(vm, subject)?;
    let part = text.get(a..b).unwrap_or(&[]).to_vec();
    new_text_like(vm, subject, &part)
}

native_fn!(M_GROUP, q::group, 2, 2, |vm, a, _| {
    check_type(vm, a[0], &MATCH_TYPE)?;
    let k = group_index(vm, a[0], a[1])?;
    group_value(vm, a[0], k)
});

native_fn!(M_GROUPS, q::groups, 1, 1, |vm, a, _| {
    check_type(vm, a[0], &MATCH_TYPE)?;
    let n = spans(vm, a[0]).len();
    let mut items = Vec::with_capacity(n.saturating_sub(1));
    let mark = vm.temps.len();
    for k in 1..n {
        match group_value(vm, a[0], k) {
            Ok(v) => {
                vm.push_temp(v);
                items.push(v);
            }
            Err(e) => {
                vm.pop_temps(mark);
                return Err(e);
            }
        }
    }
    let r = tuple::new_from(vm, &items);
    vm.pop_temps(mark);
    r
});

/// `(start, end)` of a group for `span`/`start`/`end`, as char indices for str subjects
/// (-1 when the group did not take part).
fn span_of(vm: &mut Vm, a: &[Value]) -> PyResult<(i64, i64)> {
    check_type(vm, a[0], &MATCH_TYPE)?;
    let k = match a.get(1) {
        Some(&n) => group_index(vm, a[0], n)?,
        None => 0,
    };
    let Some((s0, s1)) = spans(vm, a[0]).get(k).copied().flatten() else {
        return Ok((-1, -1));
    };
    let subject = nobj::field(vm, a[0], M_SUBJECT);
    if let Some(t) = vm.str_bytes(subject) {
        let chars = |n: usize| crate::methods::str::char_count(&t[..n.min(t.len())]) as i64;
        return Ok((chars(s0), chars(s1)));
    }
    Ok((s0 as i64, s1 as i64))
}

native_fn!(M_SPAN, q::span, 1, 2, |vm, a, _| {
    let (x, y) = span_of(vm, a)?;
    tuple::new_from(vm, &[Value::int_unchecked(x), Value::int_unchecked(y)])
});
native_fn!(M_START, q::start, 1, 2, |vm, a, _| { Ok(Value::int_unchecked(span_of(vm, a)?.0)) });
native_fn!(M_END, q::end, 1, 2, |vm, a, _| { Ok(Value::int_unchecked(span_of(vm, a)?.1)) });

native_fn!(M_REPR, q::__repr__, 1, 1, |vm, a, _| {
    check_type(vm, a[0], &MATCH_TYPE)?;
    let n = spans(vm, a[0]).len();
    s::from_str(vm, &format!("<match num={n}>"))
});

fn match_attrs(name: Qstr) -> Option<Attr> {
    let f: &'static NativeFn = match name {
        q::group => &M_GROUP,
        q::groups => &M_GROUPS,
        q::span => &M_SPAN,
        q::start => &M_START,
        q::end => &M_END,
        q::__repr__ => &M_REPR,
        _ => return None,
    };
    Some(Attr::Method(f))
}
