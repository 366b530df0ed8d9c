//! `repr(str)` and `repr(bytes)` with MicroPython's quoting and escaping rules.
//!
//! Quote with `'`, or with `"` when the text contains `'` and no `"`. Escapes: `\\`, the
//! chosen quote, `\n`, `\r`, `\t`; other bytes below 0x20 and 0x7f as `\xNN`. A str prints
//! every other character raw (UTF-8); bytes print 0x20..=0x7e raw and the rest as `\xNN`.

fn choose_quote(bytes: &[u8]) -> u8 {
    if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    }
}

fn push_escape(out: &mut String, b: u8, quote: u8) -> bool {
    match b {
        b'\\' => out.push_str("\\\\"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        b'\t' => out.push_str("\\t"),
        _ if b == quote => {
            out.push('\\');
            out.push(b as char);
        }
        0..=0x1f | 0x7f => out.push_str(&format!("\\x{b:02x}")),
        _ => return false,
    }
    true
}

/// Python `repr()` of a str given as UTF-8 text.
pub fn str_repr(text: &str) -> String {
    let quote = choose_quote(text.as_bytes());
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote as char);
    for ch in text.chars() {
        if ch.is_ascii() && push_escape(&mut out, ch as u8, quote) {
            continue;
        }
        out.push(ch);
    }
    out.push(quote as char);
    out
}

/// Python `repr()` of a bytes object.
pub fn bytes_repr(bytes: &[u8]) -> String {
    let quote = choose_quote(bytes);
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in bytes {
        if push_escape(&mut out, b, quote) {
            continue;
        }
        if (0x20..0x7f).contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_quoting() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("tab\there\n\\"), "'tab\\there\\n\\\\'");
        assert_eq!(str_repr("\x01\x7f"), "'\\x01\\x7f'");
        assert_eq!(str_repr("é"), "'é'");
    }

    #[test]
    fn bytes_quoting() {
        assert_eq!(bytes_repr(b"\x00\x01"), "b'\\x00\\x01'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"\xff\x80ok"), "b'\\xff\\x80ok'");
        assert_eq!(bytes_repr(b""), "b''");
    }
}
