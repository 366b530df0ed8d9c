//! VM glue for `%`-formatting and `str.format`: fetches arguments, converts them with
//! `str()`/`repr()`/int/float, and applies format specs.
//!
//! Interim implementation covering the common specs; the format-spec and
//! percent-spec machinery moves to `crate::format` when that lands.

use crate::obj::exception::{KEY_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::obj::{dict, int, tuple};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A parsed format spec (subset).
#[derive(Default, Clone)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    /// The thousands separator (`,` or `_`), if any.
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(s: &str) -> Option<Spec> {
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut spec = Spec::default();
    if c.len() >= 2 && matches!(c[1], '<' | '>' | '^' | '=') {
        spec.fill = Some(c[0]);
        spec.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && matches!(c[0], '<' | '>' | '^' | '=') {
        spec.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        spec.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        spec.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        spec.zero = true;
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    spec.width = c[start..i].iter().collect::<String>().parse().unwrap_or(0);
    if i < c.len() && matches!(c[i], ',' | '_') {
        spec.grouping = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let start = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        spec.precision = Some(c[start..i].iter().collect::<String>().parse().ok()?);
    }
    if i < c.len() {
        spec.ty = Some(c[i]);
        i += 1;
    }
    (i == c.len()).then_some(spec)
}

fn pad(body: &str, spec: &Spec, default_align: char) -> String {
    let n = body.chars().count();
    if n >= spec.width {
        return body.to_string();
    }
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && spec.fill.is_none() { '=' } else { default_align });
    let padn = spec.width - n;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{body}{}", f(padn)),
        '^' => format!("{}{body}{}", f(padn / 2), f(padn - padn / 2)),
        '=' => {
            let (sign, rest) = match body.chars().next() {
                Some(c @ ('+' | '-' | ' ')) => (c.to_string(), &body[1..]),
                _ => (String::new(), body),
            };
            let (prefix, rest) =
                if rest.len() > 1 && rest.starts_with('0') && matches!(&rest[1..2], "x" | "X" | "o" | "b") {
                    (&rest[..2], &rest[2..])
                } else {
                    ("", rest)
                };
            format!("{sign}{prefix}{}{rest}", f(padn))
        }
        _ => format!("{}{body}", f(padn)),
    }
}

fn group_digits(digits: &str, sep: char) -> String {
    let (int_part, rest) = match digits.find('.') {
        Some(p) => (&digits[..p], &digits[p..]),
        None => (digits, ""),
    };
    let mut out = String::new();
    for (k, ch) in int_part.chars().enumerate() {
        if k > 0 && (int_part.len() - k) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out + rest
}

fn format_float(x: f64, spec: &Spec, ty: char) -> String {
    let prec = spec.precision.unwrap_or(6);
    let body = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        if x > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else {
        match ty {
            'f' | 'F' | '%' => {
                let v = if ty == '%' { x * 100.0 } else { x };
                let s = format!("{v:.prec$}");
                if ty == '%' {
                    s + "%"
                } else {
                    s
                }
            }
            'e' | 'E' => {
                let s = format!("{x:.prec$e}");
                let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
                let e: i32 = e.parse().unwrap_or(0);
                let s = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
                if ty == 'E' {
                    s.to_uppercase()
                } else {
                    s
                }
            }
            'g' | 'G' | 'n' | 'r' => {
                if ty == 'r' {
                    crate::format::float_repr(x)
                } else {
                    let p = if prec == 0 { 1 } else { prec };
                    let e = if x == 0.0 {
                        0
                    } else {
                        format!("{:.*e}", p - 1, x).split_once('e').map_or(0, |(_, e)| e.parse::<i32>().unwrap_or(0))
                    };
                    let s = if e < -4 || e >= p as i32 {
                        let s = format!("{:.*e}", p - 1, x);
                        let (m, ex) = s.split_once('e').unwrap_or((&s, "0"));
                        let m = if spec.alt || !m.contains('.') {
                            m.to_string()
                        } else {
                            m.trim_end_matches('0').trim_end_matches('.').to_string()
                        };
                        let ex: i32 = ex.parse().unwrap_or(0);
                        format!("{m}e{}{:02}", if ex < 0 { '-' } else { '+' }, ex.abs())
                    } else {
                        let d = (p as i32 - 1 - e).max(0) as usize;
                        let s = format!("{x:.d$}");
                        if spec.alt || !s.contains('.') {
                            s
                        } else {
                            s.trim_end_matches('0').trim_end_matches('.').to_string()
                        }
                    };
                    if ty == 'G' {
                        s.to_uppercase()
                    } else {
                        s
                    }
                }
            }
            _ => crate::format::float_repr(x),
        }
    };
    let body = match spec.grouping {
        Some(g) => group_digits(&body, g),
        None => body,
    };
    let signed = match (spec.sign, body.starts_with('-')) {
        (Some('+'), false) => format!("+{body}"),
        (Some(' '), false) => format!(" {body}"),
        _ => body,
    };
    pad(&signed, spec, '>')
}

fn format_int_text(vm: &mut Vm, v: Value, spec: &Spec) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    let (radix, prefix) = match ty {
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'o' => (8, "0o"),
        'b' => (2, "0b"),
        'c' => {
            let n = super::args::to_i64(vm, v)?;
            let c = char::from_u32(n as u32).unwrap_or('?').to_string();
            return Ok(pad(&c, spec, '<'));
        }
        _ => (10, ""),
    };
    let s = int::to_string_radix(vm, v, radix);
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d.to_string()),
        None => (false, s),
    };
    let digits = if ty == 'X' { digits.to_uppercase() } else { digits };
    let digits = match spec.grouping {
        Some(g) => group_digits(&digits, g),
        None => digits,
    };
    let mut body = String::new();
    if neg {
        body.push('-');
    } else if spec.sign == Some('+') {
        body.push('+');
    } else if spec.sign == Some(' ') {
        body.push(' ');
    }
    if spec.alt {
        body.push_str(prefix);
    }
    body.push_str(&digits);
    Ok(pad(&body, spec, '>'))
}

/// Formats one value with a format spec (`format(v, spec)`).
pub fn format_value(vm: &mut Vm, v: Value, spec_text: &str) -> PyResult<String> {
    if let Some(f) = crate::runtime::attr::lookup_special(vm, v, crate::qstr::q::__format__)? {
        let s = crate::obj::str::from_str(vm, spec_text)?;
        let r = vm.call(f, &[v, s], &[])?;
        return super::args::to_string(vm, r);
    }
    if spec_text.is_empty() {
        return vm.str_string(v);
    }
    let Some(spec) = parse_spec(spec_text) else {
        return Err(vm.raise_msg(&VALUE_ERROR, "Invalid format specifier"));
    };
    if crate::runtime::types::is_int(vm, v) && !v.is_bool() || v.is_bool() && spec.ty.is_some() {
        return match spec.ty {
            Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
                let x = crate::obj::float::to_f64(vm, v)?;
                Ok(format_float(x, &spec, spec.ty.unwrap_or('g')))
            }
            _ => format_int_text(vm, int::normalize_bool(v), &spec),
        };
    }
    if let Some(x) = v.as_float() {
        return match spec.ty {
            None => {
                let mut s2 = spec.clone();
                if s2.precision.is_some() {
                    s2.ty = Some('g');
                    Ok(format_float(x, &s2, 'g'))
                } else {
                    Ok(format_float(x, &s2, 'r'))
                }
            }
            Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'n')) => Ok(format_float(x, &spec, t)),
            Some(t) => {
                Err(vm.raise_fmt(&VALUE_ERROR, format_args!("Unknown format code '{t}' for object of type 'float'")))
            }
        };
    }
    let s = vm.str_string(v)?;
    let s: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s,
    };
    Ok(pad(&s, &spec, '<'))
}

/// `str.format(*args, **kw)` on UTF-8 `fmt`.
pub fn format(vm: &mut Vm, fmt: &[u8], args: &[Value], kw: &[Value]) -> PyResult<Vec<u8>> {
    let mut auto = 0usize;
    format_counted(vm, fmt, args, kw, &mut auto)
}

fn format_counted(vm: &mut Vm, fmt: &[u8], args: &[Value], kw: &[Value], auto: &mut usize) -> PyResult<Vec<u8>> {
    let fmt = String::from_utf8_lossy(fmt).into_owned();
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth != 0 {
                return Err(vm.raise_msg(&VALUE_ERROR, "Single '{' encountered in format string"));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            let (head, spec) = match field.find(':') {
                Some(p) => (&field[..p], &field[p + 1..]),
                None => (&field[..], ""),
            };
            let (name, conv) = match head.find('!') {
                Some(p) => (&head[..p], head[p + 1..].chars().next()),
                None => (head, None),
            };
            let (base, rest) = match name.find(['.', '[']) {
                Some(p) => (&name[..p], &name[p..]),
                None => (name, ""),
            };
            // The field's own argument is numbered before any nested fields in its spec.
            let auto_index = if base.is_empty() {
                *auto += 1;
                Some(*auto - 1)
            } else {
                None
            };
            let spec = if spec.contains('{') {
                String::from_utf8_lossy(&format_counted(vm, spec.as_bytes(), args, kw, auto)?).into_owned()
            } else {
                spec.to_string()
            };
            let mut v = if let Some(i) = auto_index {
                args.get(i).copied()
            } else if let Ok(n) = base.parse::<usize>() {
                args.get(n).copied()
            } else {
                super::args::kwarg(
                    vm,
                    kw,
                    vm.pool.find(&vm.heap, &vm.sources, base.as_bytes()).unwrap_or(crate::qstr::Qstr::NULL),
                )
                .or_else(|| kw.chunks(2).find(|p| vm.str_bytes(p[0]) == Some(base.as_bytes())).map(|p| p[1]))
            };
            let Some(mut val) = v.take() else {
                if base.is_empty() || base.parse::<usize>().is_ok() {
                    return Err(vm.raise_msg(&crate::obj::exception::INDEX_ERROR, "tuple index out of range"));
                }
                let k = crate::obj::str::from_str(vm, base)?;
                return Err(vm.raise_with(&KEY_ERROR, k));
            };
            let mut r = rest;
            while !r.is_empty() {
                if let Some(after) = r.strip_prefix('.') {
                    let end = after.find(['.', '[']).unwrap_or(after.len());
                    let q = vm.intern(&after.as_bytes()[..end])?;
                    val = crate::runtime::attr::load_attr(vm, val, q)?;
                    r = &after[end..];
                } else if let Some(after) = r.strip_prefix('[') {
                    let end = after.find(']').unwrap_or(after.len());
                    let key = &after[..end];
                    let k = match key.parse::<i64>() {
                        Ok(n) => Value::int_unchecked(n),
                        Err(_) => crate::obj::str::from_str(vm, key)?,
                    };
                    val = crate::runtime::subscr::get_item(vm, val, k)?;
                    r = after.get(end + 1..).unwrap_or("");
                } else {
                    break;
                }
            }
            let val = match conv {
                Some('r') => vm.repr(val)?,
                Some('s') => vm.str_of(val)?,
                _ => val,
            };
            out.push_str(&format_value(vm, val, &spec)?);
            i = j;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.raise_msg(&VALUE_ERROR, "Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out.into_bytes())
}

/// `fmt % args` (for str when `bytes` is false, for bytes otherwise).
pub fn percent(vm: &mut Vm, fmt: &[u8], args: Value, bytes: bool) -> PyResult<Vec<u8>> {
    let items: Vec<Value> = if tuple::is_tuple(vm, args) { tuple::to_vec(vm, args) } else { vec![args] };
    let mapping = !tuple::is_tuple(vm, args) && dict::is_dict(vm, args);
    let mut next = 0usize;
    let mut out: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= fmt.len() {
            return Err(vm.raise_msg(&VALUE_ERROR, "incomplete format"));
        }
        let mut key: Option<String> = None;
        if fmt[i] == b'(' {
            let end = fmt[i..].iter().position(|&b| b == b')').map(|p| p + i).unwrap_or(fmt.len());
            key = Some(String::from_utf8_lossy(&fmt[i + 1..end]).into_owned());
            i = end + 1;
        }
        let mut spec = Spec::default();
        while i < fmt.len() && matches!(fmt[i], b'-' | b'+' | b' ' | b'#' | b'0') {
            match fmt[i] {
                b'-' => spec.align = Some('<'),
                b'+' => spec.sign = Some('+'),
                b' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                b'#' => spec.alt = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        let mut take = |vm: &mut Vm| -> PyResult<Value> {
            if let Some(k) = &key {
                let kv = crate::obj::str::from_str(vm, k)?;
                return match dict::get(vm, args, kv)? {
                    Some(v) => Ok(v),
                    None => Err(vm.raise_with(&KEY_ERROR, kv)),
                };
            }
            if mapping && items.len() == 1 && next == 0 {
                next += 1;
                return Ok(items[0]);
            }
            let v = items.get(next).copied();
            next += 1;
            v.ok_or_else(|| vm.raise_msg(&TYPE_ERROR, "not enough arguments for format string"))
        };
        if i < fmt.len() && fmt[i] == b'*' {
            let w = take(vm)?;
            spec.width = super::args::to_i64(vm, w)?.max(0) as usize;
            i += 1;
        } else {
            let start = i;
            while i < fmt.len() && fmt[i].is_ascii_digit() {
                i += 1;
            }
            spec.width = std::str::from_utf8(&fmt[start..i]).ok().and_then(|s| s.parse().ok()).unwrap_or(0);
        }
        if i < fmt.len() && fmt[i] == b'.' {
            i += 1;
            if i < fmt.len() && fmt[i] == b'*' {
                let p = take(vm)?;
                spec.precision = Some(super::args::to_i64(vm, p)?.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while i < fmt.len() && fmt[i].is_ascii_digit() {
                    i += 1;
                }
                spec.precision =
                    Some(std::str::from_utf8(&fmt[start..i]).ok().and_then(|s| s.parse().ok()).unwrap_or(0));
            }
        }
        if i >= fmt.len() {
            return Err(vm.raise_msg(&VALUE_ERROR, "incomplete format"));
        }
        let ty = fmt[i] as char;
        i += 1;
        if ty == '%' {
            out.push(b'%');
            continue;
        }
        if spec.zero && spec.align.is_none() {
            spec.align = Some('=');
            spec.fill = Some('0');
        }
        let v = take(vm)?;
        let text = match ty {
            's' | 'r' | 'a' => {
                let s = if ty == 's' {
                    if bytes {
                        match super::bytes::buffer(vm, v) {
                            Some(b) => String::from_utf8_lossy(b).into_owned(),
                            None => vm.str_string(v)?,
                        }
                    } else {
                        vm.str_string(v)?
                    }
                } else {
                    vm.repr_string(v)?
                };
                let s: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                let mut sp = spec.clone();
                sp.fill = Some(' ');
                if sp.align == Some('=') {
                    sp.align = None;
                }
                pad(&s, &sp, '>')
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let iv = if let Some(f) = v.as_float() {
                    crate::methods::int::float_to_int(vm, f)?
                } else if crate::runtime::types::is_int(vm, v) {
                    v
                } else {
                    let t = crate::runtime::types::type_name(vm, v);
                    return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("%{ty} format: a number is required, not {t}")));
                };
                let mut sp = spec.clone();
                sp.ty = Some(match ty {
                    'x' | 'X' | 'o' => ty,
                    _ => 'd',
                });
                if let Some(p) = spec.precision {
                    let s = int::to_string_radix(vm, iv, 10);
                    let (neg, d) = match s.strip_prefix('-') {
                        Some(d) => (true, d.to_string()),
                        None => (false, s),
                    };
                    let d = format!("{}{}", "0".repeat(p.saturating_sub(d.len())), d);
                    pad(&format!("{}{d}", if neg { "-" } else { "" }), &sp, '>')
                } else {
                    format_int_text(vm, iv, &sp)?
                }
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = crate::obj::float::to_f64(vm, v).map_err(|_| {
                    vm.exc = Value::NULL;
                    vm.raise_msg(&TYPE_ERROR, "must be real number, not str")
                })?;
                format_float(x, &spec, ty)
            }
            'c' => {
                if let Some(s) = vm.str_text(v) {
                    pad(s, &spec, '>')
                } else {
                    let n = super::args::to_i64(vm, v)?;
                    pad(&char::from_u32(n as u32).unwrap_or('?').to_string(), &spec, '>')
                }
            }
            _ => {
                return Err(vm.raise_fmt(
                    &VALUE_ERROR,
                    format_args!("unsupported format character '{ty}' (0x{:x}) at index {}", ty as u32, i - 1),
                ));
            }
        };
        out.extend_from_slice(text.as_bytes());
    }
    if next < items.len() && !mapping {
        return Err(vm.raise_msg(&TYPE_ERROR, "not all arguments converted during string formatting"));
    }
    Ok(out)
}
