//! `json`: `dumps`, `dump`, `loads`, `load`, as MicroPython's `extmod/modjson.c`.
//!
//! Output follows MicroPython's JSON printing: `", "` and `": "` separators by default
//! (`separators=(item, key)` keyword to change them); tuples print as arrays; dict keys
//! that are not str/bytes are printed and quoted (`{"1": 2}`); bytes print as strings;
//! strings escape only `"`, `\`, `\n`, `\r`, `\t` and other control characters (as
//! `\u00XX`), leaving non-ASCII text as UTF-8; floats print as `repr` does (`inf`, `nan`
//! included); any other object prints its `repr`.
//!
//! The parser is MicroPython's single-pass, non-recursive one: `,` and `:` count as
//! whitespace and brackets are not checked for pairing, so it accepts a superset of JSON;
//! anything it cannot read raises ValueError("syntax error in JSON") (numbers raise the
//! int/float parsing errors). Streams are any objects with `write`/`read` methods.
//!
//! GC rooting: while parsing, the container being filled, the pending dict key, the value
//! being inserted and every enclosing container occupy temp-root slots (the enclosing
//! containers form a stack that matches the temp stack's LIFO order).

use crate::builtin_module;
use crate::heap::ObjKind;
use crate::methods::args::{check_kw, kwarg};
use crate::native_fn;
use crate::obj::exception::{TYPE_ERROR, VALUE_ERROR};
use crate::obj::{dict, list, str as s, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

builtin_module!(q::json, attr, [q::dump, q::dumps, q::load, q::loads]);

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let f = Value::from_static_fn;
    Ok(Some(match name {
        q::dump => f(&DUMP),
        q::dumps => f(&DUMPS),
        q::load => f(&LOAD),
        q::loads => f(&LOADS),
        _ => return Ok(None),
    }))
}

// ---- output ----

/// The item and key separators.
struct Separators {
    item: String,
    key: String,
}

/// Reads the `separators` keyword (None or a 2-item tuple/list of str).
fn separators(vm: &mut Vm, kw: &[Value]) -> PyResult<Separators> {
    check_kw(vm, kw, &[q::separators])?;
    let v = kwarg(vm, kw, q::separators).unwrap_or(Value::NONE);
    if v.is_none() {
        return Ok(Separators { item: ", ".into(), key: ": ".into() });
    }
    let items = if list::is_list(vm, v) {
        list::to_vec(vm, v)
    } else if tuple::is_tuple(vm, v) {
        tuple::to_vec(vm, v)
    } else {
        let t = crate::runtime::types::type_name(vm, v);
        return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("object '{t}' isn't a tuple or list")));
    };
    if items.len() != 2 {
        let n = items.len();
        return Err(vm.raise_fmt(&VALUE_ERROR, format_args!("requested length 2 but object has length {n}")));
    }
    let item = crate::methods::args::to_string(vm, items[0])?;
    let key = crate::methods::args::to_string(vm, items[1])?;
    Ok(Separators { item, key })
}

/// Appends `text` as a JSON string literal, escaped as MicroPython does.
pub fn write_json_str(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 32 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends the JSON text of `v`.
fn write_value(vm: &mut Vm, out: &mut String, v: Value, seps: &Separators) -> PyResult<()> {
    vm.check_stack()?;
    if v.is_none() {
        out.push_str("null");
        return Ok(());
    }
    if v.is_bool() {
        out.push_str(if v == Value::TRUE { "true" } else { "false" });
        return Ok(());
    }
    if let Some(t) = vm.str_bytes(v).or_else(|| vm.bytes_data(v)) {
        let text = String::from_utf8_lossy(t).into_owned();
        write_json_str(out, &text);
        return Ok(());
    }
    if let Some(i) = v.as_heap() {
        match vm.heap.kind(i) {
            ObjKind::List | ObjKind::Tuple => {
                let items = if vm.heap.kind(i) == ObjKind::List { list::to_vec(vm, v) } else { tuple::to_vec(vm, v) };
                // Python code (a __repr__) may change the container while it prints:
                // keep every item of the snapshot alive.
                let mark = vm.temps.len();
                vm.temps.extend_from_slice(&items);
                let r = write_items(vm, out, &items, seps);
                vm.pop_temps(mark);
                return r;
            }
            ObjKind::Dict => {
                let entries = dict::items(vm, v);
                let mark = vm.temps.len();
                for (key, val) in &entries {
                    vm.temps.push(*key);
                    vm.temps.push(*val);
                }
                let r = write_entries(vm, out, &entries, seps);
                vm.pop_temps(mark);
                return r;
            }
            _ => {}
        }
    }
    let text = vm.repr_string(v)?;
    out.push_str(&text);
    Ok(())
}

/// Appends `[items…]` (the caller keeps the items rooted).
fn write_items(vm: &mut Vm, out: &mut String, items: &[Value], seps: &Separators) -> PyResult<()> {
    out.push('[');
    for (k, x) in items.iter().enumerate() {
        if k > 0 {
            out.push_str(&seps.item);
        }
        write_value(vm, out, *x, seps)?;
    }
    out.push(']');
    Ok(())
}

/// Appends `{key: value…}`; keys that are not str/bytes are quoted (the caller keeps the
/// entries rooted).
fn write_entries(vm: &mut Vm, out: &mut String, entries: &[(Value, Value)], seps: &Separators) -> PyResult<()> {
    out.push('{');
    for (k, (key, val)) in entries.iter().enumerate() {
        if k > 0 {
            out.push_str(&seps.item);
        }
        let quote = vm.str_bytes(*key).is_none() && vm.bytes_data(*key).is_none();
        if quote {
            out.push('"');
        }
        write_value(vm, out, *key, seps)?;
        if quote {
            out.push('"');
        }
        out.push_str(&seps.key);
        write_value(vm, out, *val, seps)?;
    }
    out.push('}');
    Ok(())
}

native_fn!(DUMPS, q::dumps, 1, 1, kw, |vm, a, kw| {
    let seps = separators(vm, kw)?;
    let mut out = String::new();
    write_value(vm, &mut out, a[0], &seps)?;
    s::from_str(vm, &out)
});

native_fn!(DUMP, q::dump, 2, 2, kw, |vm, a, kw| {
    let seps = separators(vm, kw)?;
    let mut out = String::new();
    write_value(vm, &mut out, a[0], &seps)?;
    let text = s::from_str(vm, &out)?;
    let mark = vm.push_temp(text);
    let r = vm.call_method(a[1], q::write, &[text]);
    vm.pop_temps(mark);
    r?;
    Ok(Value::NONE)
});

// ---- input ----

/// A parse failure: the syntax error, or an exception already raised by number parsing.
enum Fail {
    Syntax,
    Raised(crate::vm::Raised),
}

impl From<crate::vm::Raised> for Fail {
    fn from(r: crate::vm::Raised) -> Fail {
        Fail::Raised(r)
    }
}

/// A byte cursor; 0 stands for the end of input, as in MicroPython (NUL is not valid JSON).
struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn cur(&self) -> u8 {
        self.data.get(self.pos).copied().unwrap_or(0)
    }
    fn at_end(&self) -> bool {
        self.cur() == 0
    }
    /// Advances and returns the new current byte.
    fn next(&mut self) -> u8 {
        if self.pos < self.data.len() {
            self.pos += 1;
        }
        self.cur()
    }
}

/// Whether `c` is MicroPython's `unichar_isspace`.
fn is_space(c: u8) -> bool {
    c == b' ' || (b'\t'..=b'\r').contains(&c)
}

/// Parses a JSON document.
pub fn parse(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    let mark = vm.temps.len();
    let r = parse_rooted(vm, data, mark);
    vm.pop_temps(mark);
    match r {
        Ok(v) => Ok(v),
        Err(Fail::Raised(e)) => Err(e),
        Err(Fail::Syntax) => Err(vm.raise_msg(&VALUE_ERROR, "syntax error in JSON")),
    }
}

/// Temp slots (relative to the mark): the container being filled, the pending dict key, the
/// value being inserted; the enclosing containers follow.
const TOP: usize = 0;
const KEY: usize = 1;
const NEXT: usize = 2;

fn parse_rooted(vm: &mut Vm, data: &[u8], mark: usize) -> Result<Value, Fail> {
    for _ in 0..3 {
        vm.push_temp(Value::NULL);
    }
    let slot = |vm: &Vm, k: usize| vm.temps[mark + k];
    let mut c = Cursor { data, pos: 0 };
    let mut text = Vec::new();
    loop {
        if c.at_end() {
            return Err(Fail::Syntax);
        }
        let cur = c.cur();
        c.next();
        let mut enter = false;
        let next = match cur {
            b',' | b':' | b' ' | b'\t' | b'\n' | b'\r' => continue,
            b'n' => word(&mut c, b"ull", Value::NONE)?,
            b'f' => word(&mut c, b"alse", Value::FALSE)?,
            b't' => word(&mut c, b"rue", Value::TRUE)?,
            b'"' => {
                read_string(&mut c, &mut text)?;
                let t = String::from_utf8_lossy(&text).into_owned();
                s::from_str(vm, &t)?
            }
            b'-' | b'0'..=b'9' => read_number(vm, &mut c, cur)?,
            b'[' => {
                enter = true;
                list::new(vm, 0)?
            }
            b'{' => {
                enter = true;
                dict::new(vm, 0)?
            }
            b']' | b'}' => {
                if slot(vm, TOP).is_null() {
                    return Err(Fail::Syntax);
                }
                if vm.temps.len() == mark + 3 {
                    break;
                }
                // Back to the enclosing container.
                let outer = vm.temps[vm.temps.len() - 1];
                vm.pop_temps(vm.temps.len() - 1);
                vm.temps[mark + TOP] = outer;
                continue;
            }
            _ => return Err(Fail::Syntax),
        };
        vm.temps[mark + NEXT] = next;
        let top = slot(vm, TOP);
        if top.is_null() {
            vm.temps[mark + TOP] = next;
            if !enter {
                break;
            }
            continue;
        }
        if list::is_list(vm, top) {
            list::push(vm, top, next)?;
        } else if slot(vm, KEY).is_null() {
            vm.temps[mark + KEY] = next;
            if enter {
                return Err(Fail::Syntax);
            }
        } else {
            let key = slot(vm, KEY);
            dict::set_item(vm, top, key, next)?;
            vm.temps[mark + KEY] = Value::NULL;
        }
        if enter {
            vm.push_temp(top);
            vm.temps[mark + TOP] = next;
        }
    }
    while is_space(c.cur()) {
        c.next();
    }
    if !c.at_end() || slot(vm, TOP).is_null() || vm.temps.len() != mark + 3 {
        return Err(Fail::Syntax);
    }
    Ok(slot(vm, TOP))
}

/// Matches the rest of a literal word (`null`, `true`, `false`).
fn word(c: &mut Cursor, rest: &[u8], v: Value) -> Result<Value, Fail> {
    if c.cur() != rest[0] {
        return Err(Fail::Syntax);
    }
    for &b in &rest[1..] {
        if c.next() != b {
            return Err(Fail::Syntax);
        }
    }
    c.next();
    Ok(v)
}

/// Reads a string body after the opening quote into `out` (consumes the closing quote).
fn read_string(c: &mut Cursor, out: &mut Vec<u8>) -> Result<(), Fail> {
    out.clear();
    // A pending high surrogate from a `\u` escape, combined with a following low one.
    let mut high: Option<u32> = None;
    while !c.at_end() && c.cur() != b'"' {
        let mut b = c.cur();
        if b == b'\\' {
            b = c.next();
            let simple = match b {
                b'b' => Some(0x08),
                b'f' => Some(0x0c),
                b'n' => Some(b'\n'),
                b'r' => Some(b'\r'),
                b't' => Some(b'\t'),
                b'u' => None,
                other => Some(other),
            };
            match simple {
                Some(x) => b = x,
                None => {
                    let mut num: u32 = 0;
                    for _ in 0..4 {
                        // MicroPython's digit decoding (no validation).
                        let mut d = (c.next() | 0x20).wrapping_sub(b'0');
                        if d > 9 {
                            d = d.wrapping_sub(b'a' - (b'9' + 1));
                        }
                        num = num.wrapping_shl(4) | d as u32;
                    }
                    push_code_point(out, &mut high, num);
                    c.next();
                    continue;
                }
            }
        }
        flush_surrogate(out, &mut high);
        out.push(b);
        c.next();
    }
    flush_surrogate(out, &mut high);
    if c.at_end() {
        return Err(Fail::Syntax);
    }
    c.next();
    Ok(())
}

/// Appends a `\u` code point as UTF-8, pairing surrogates (a lone one becomes U+FFFD).
fn push_code_point(out: &mut Vec<u8>, high: &mut Option<u32>, cp: u32) {
    if let Some(h) = high.take() {
        if (0xdc00..0xe000).contains(&cp) {
            let full = 0x10000 + ((h - 0xd800) << 10) + (cp - 0xdc00);
            push_char(out, full);
            return;
        }
        push_char(out, 0xfffd);
    }
    if (0xd800..0xdc00).contains(&cp) {
        *high = Some(cp);
    } else {
        push_char(out, cp);
    }
}

fn flush_surrogate(out: &mut Vec<u8>, high: &mut Option<u32>) {
    if high.take().is_some() {
        push_char(out, 0xfffd);
    }
}

fn push_char(out: &mut Vec<u8>, cp: u32) {
    let ch = char::from_u32(cp).unwrap_or('\u{fffd}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
}

/// Reads a number starting with `first` (already consumed).
fn read_number(vm: &mut Vm, c: &mut Cursor, first: u8) -> Result<Value, Fail> {
    let mut text = String::new();
    text.push(first as char);
    let mut is_float = false;
    loop {
        let b = c.cur();
        match b {
            b'.' | b'e' | b'E' => is_float = true,
            b'+' | b'-' | b'0'..=b'9' => {}
            _ => break,
        }
        text.push(b as char);
        c.next();
    }
    if is_float {
        match crate::methods::float::parse_float(&text) {
            Some(x) => Ok(Value::float(x)),
            None => Err(Fail::Raised(vm.raise_msg(&VALUE_ERROR, "invalid syntax for number"))),
        }
    } else {
        Ok(crate::methods::int::parse_int(vm, &text, 10)?)
    }
}

native_fn!(LOADS, q::loads, 1, 1, |vm, a, _| {
    let data = super::array::readable_or_raise(vm, a[0])?;
    parse(vm, &data)
});

native_fn!(LOAD, q::load, 1, 1, |vm, a, _| {
    let content = vm.call_method(a[0], q::read, &[])?;
    let data = match vm.str_bytes(content).or_else(|| vm.bytes_data(content)) {
        Some(b) => b.to_vec(),
        None => return Err(vm.raise_msg(&TYPE_ERROR, "read() must return str or bytes")),
    };
    parse(vm, &data)
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_escapes_follow_micropython() {
        let mut out = String::new();
        write_json_str(&mut out, "a\"b\\c\n\x01é\x7f");
        assert_eq!(out, "\"a\\\"b\\\\c\\n\\u0001é\x7f\"");
    }

    #[test]
    fn surrogate_pairs_combine() {
        let mut out = Vec::new();
        let mut high = None;
        push_code_point(&mut out, &mut high, 0xd83d);
        push_code_point(&mut out, &mut high, 0xde00);
        flush_surrogate(&mut out, &mut high);
        assert_eq!(std::str::from_utf8(&out).ok(), Some("😀"));
    }
}
