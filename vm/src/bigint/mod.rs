//! Interim arbitrary-precision integer routines (schoolbook algorithms over u64 limbs),
//! standing in until the optimised limb library lands. Magnitudes are little-endian `u64`
//! limbs without high zero limbs; zero is empty.

use std::cmp::Ordering;

fn trim(mut v: Vec<u64>) -> Vec<u64> {
    while v.last() == Some(&0) {
        v.pop();
    }
    v
}

/// Compares magnitudes.
pub fn cmp_mag(a: &[u64], b: &[u64]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

/// Compares signed values.
pub fn cmp_signed(an: bool, a: &[u64], bn: bool, b: &[u64]) -> Ordering {
    let an = an && !a.is_empty();
    let bn = bn && !b.is_empty();
    match (an, bn) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => cmp_mag(a, b),
        (true, true) => cmp_mag(b, a),
    }
}

/// a + b (magnitudes).
pub fn add_mag(a: &[u64], b: &[u64]) -> Vec<u64> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u128;
    for (i, &x) in a.iter().enumerate() {
        let s = x as u128 + *b.get(i).unwrap_or(&0) as u128 + carry;
        out.push(s as u64);
        carry = s >> 64;
    }
    if carry > 0 {
        out.push(carry as u64);
    }
    out
}

/// a - b for a >= b (magnitudes).
pub fn sub_mag(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i128;
    for (i, &x) in a.iter().enumerate() {
        let mut d = x as i128 - *b.get(i).unwrap_or(&0) as i128 - borrow;
        borrow = 0;
        if d < 0 {
            d += 1 << 64;
            borrow = 1;
        }
        out.push(d as u64);
    }
    trim(out)
}

/// a * b (magnitudes).
pub fn mul_mag(a: &[u64], b: &[u64]) -> Vec<u64> {
    if a.is_empty() || b.is_empty() {
        return vec![];
    }
    let mut out = vec![0u64; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u128;
        for (j, &y) in b.iter().enumerate() {
            let t = out[i + j] as u128 + x as u128 * y as u128 + carry;
            out[i + j] = t as u64;
            carry = t >> 64;
        }
        let mut k = i + b.len();
        while carry > 0 {
            let t = out[k] as u128 + carry;
            out[k] = t as u64;
            carry = t >> 64;
            k += 1;
        }
    }
    trim(out)
}

/// Divides a magnitude by a small divisor: (quotient, remainder).
pub fn divrem_small(a: &[u64], d: u64) -> (Vec<u64>, u64) {
    let mut q = vec![0u64; a.len()];
    let mut r = 0u128;
    for i in (0..a.len()).rev() {
        let cur = (r << 64) | a[i] as u128;
        q[i] = (cur / d as u128) as u64;
        r = cur % d as u128;
    }
    (trim(q), r as u64)
}

fn shl_bits(a: &[u64], n: usize) -> Vec<u64> {
    if a.is_empty() {
        return vec![];
    }
    let (words, bits) = (n / 64, n % 64);
    let mut out = vec![0u64; words];
    let mut carry = 0u64;
    for &x in a {
        out.push((x << bits) | carry);
        carry = if bits == 0 { 0 } else { x >> (64 - bits) };
    }
    if carry > 0 {
        out.push(carry);
    }
    trim(out)
}

fn shr_bits(a: &[u64], n: usize) -> Vec<u64> {
    let (words, bits) = (n / 64, n % 64);
    if words >= a.len() {
        return vec![];
    }
    let mut out = Vec::with_capacity(a.len() - words);
    for i in words..a.len() {
        let lo = a[i] >> bits;
        let hi = if bits == 0 { 0 } else { a.get(i + 1).map_or(0, |x| x << (64 - bits)) };
        out.push(lo | hi);
    }
    trim(out)
}

/// Truncating division of magnitudes (binary long division): (quotient, remainder).
pub fn divrem_mag(a: &[u64], b: &[u64]) -> (Vec<u64>, Vec<u64>) {
    if cmp_mag(a, b) == Ordering::Less {
        return (vec![], a.to_vec());
    }
    if b.len() == 1 {
        let (q, r) = divrem_small(a, b[0]);
        return (q, if r == 0 { vec![] } else { vec![r] });
    }
    let shift = bit_length(a) - bit_length(b);
    let mut rem = a.to_vec();
    let mut q = vec![0u64; shift / 64 + 1];
    let mut d = shl_bits(b, shift);
    for s in (0..=shift).rev() {
        if cmp_mag(&rem, &d) != Ordering::Less {
            rem = sub_mag(&rem, &d);
            q[s / 64] |= 1 << (s % 64);
        }
        d = shr_bits(&d, 1);
    }
    (trim(q), rem)
}

/// Number of significant bits.
pub fn bit_length(a: &[u64]) -> usize {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() - 1) * 64 + (64 - top.leading_zeros() as usize),
    }
}

/// Signed addition.
pub fn add(an: bool, a: &[u64], bn: bool, b: &[u64]) -> (bool, Vec<u64>) {
    if an == bn {
        return (an, add_mag(a, b));
    }
    match cmp_mag(a, b) {
        Ordering::Less => (bn, sub_mag(b, a)),
        _ => (an, sub_mag(a, b)),
    }
}

/// Floor division and modulo (Python semantics).
pub fn divmod_floor(an: bool, a: &[u64], bn: bool, b: &[u64]) -> (bool, Vec<u64>, bool, Vec<u64>) {
    let (q, r) = divrem_mag(a, b);
    if an == bn || r.is_empty() {
        return (an != bn && !q.is_empty(), q, bn && !r.is_empty(), r);
    }
    // Signs differ and there is a remainder: q = -(|q| + 1), r = |b| - |r| with b's sign.
    (true, add_mag(&q, &[1]), bn, sub_mag(b, &r))
}

/// Two's-complement bitwise operation on signed values.
pub fn bitwise(op: char, an: bool, a: &[u64], bn: bool, b: &[u64]) -> (bool, Vec<u64>) {
    let n = a.len().max(b.len()) + 1;
    let twos = |neg: bool, m: &[u64]| -> Vec<u64> {
        let mut v: Vec<u64> = (0..n).map(|i| *m.get(i).unwrap_or(&0)).collect();
        if neg {
            for x in v.iter_mut() {
                *x = !*x;
            }
            for x in v.iter_mut() {
                let (s, c) = x.overflowing_add(1);
                *x = s;
                if !c {
                    break;
                }
            }
        }
        v
    };
    let (x, y) = (twos(an, a), twos(bn, b));
    let mut r: Vec<u64> = x
        .iter()
        .zip(y.iter())
        .map(|(p, q)| match op {
            '&' => p & q,
            '|' => p | q,
            _ => p ^ q,
        })
        .collect();
    let neg = r[n - 1] >> 63 == 1;
    if neg {
        for v in r.iter_mut() {
            *v = !*v;
        }
        for v in r.iter_mut() {
            let (s, c) = v.overflowing_add(1);
            *v = s;
            if !c {
                break;
            }
        }
    }
    (neg, trim(r))
}

/// Left shift of a signed value.
pub fn shl(neg: bool, a: &[u64], n: usize) -> (bool, Vec<u64>) {
    (neg, shl_bits(a, n))
}

/// Arithmetic right shift of a signed value (floors).
pub fn shr(neg: bool, a: &[u64], n: usize) -> (bool, Vec<u64>) {
    if !neg {
        return (false, shr_bits(a, n));
    }
    // -((|a| - 1) >> n) - 1
    let m1 = sub_mag(a, &[1]);
    let s = shr_bits(&m1, n);
    (true, add_mag(&s, &[1]))
}

/// Correctly rounded conversion to f64; None on overflow.
pub fn to_f64(neg: bool, a: &[u64]) -> Option<f64> {
    let bits = bit_length(a);
    let mag = if bits <= 64 {
        a.first().copied().unwrap_or(0) as f64
    } else {
        // Keep 64 top bits plus a sticky bit, then let the hardware round once.
        let shift = bits - 64;
        let top = shr_bits(a, shift);
        let sticky = shl_bits(&top, shift) != a;
        let t = top[0] | sticky as u64;
        let f = (t >> 11) as f64 * 2048.0 + (t & 0x7ff) as f64;
        let _ = f;
        // Round to 53 bits manually: t has 64 bits.
        let keep = t >> 11;
        let rest = t & 0x7ff;
        let half = 0x400;
        let rounded = if rest > half || (rest == half && (keep & 1 == 1)) { keep + 1 } else { keep };
        let e = shift as i32 + 11;
        if e > 1100 {
            return None;
        }
        (rounded as f64) * 2f64.powi(e)
    };
    if mag.is_infinite() {
        return None;
    }
    Some(if neg { -mag } else { mag })
}

/// Conversion from a finite, integral f64.
pub fn from_f64(x: f64) -> Option<(bool, Vec<u64>)> {
    if !x.is_finite() {
        return None;
    }
    let neg = x < 0.0;
    let x = x.abs().trunc();
    if x < 1.8e19 {
        return Some((neg, trim(vec![x as u64])));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    Some((neg, shl_bits(&[mant], exp as usize)))
}

/// Digits in radix 2..=36 (lowercase).
pub fn to_str_radix(a: &[u64], radix: u32) -> String {
    if a.is_empty() {
        return "0".into();
    }
    let (chunk, per) = match radix {
        10 => (10_000_000_000_000_000_000u64, 19),
        16 => (1 << 60, 15),
        8 => (1 << 63, 21),
        2 => (1 << 63, 63),
        r => ((r as u64).pow(12), 12),
    };
    let mut parts = Vec::new();
    let mut cur = a.to_vec();
    while !cur.is_empty() {
        let (q, r) = divrem_small(&cur, chunk);
        parts.push(r);
        cur = q;
    }
    let digit = |d: u64| std::char::from_digit(d as u32, radix).unwrap_or('?');
    let mut out = String::new();
    for (k, p) in parts.iter().rev().enumerate() {
        let mut s = String::new();
        let mut v = *p;
        for _ in 0..per {
            s.push(digit(v % radix as u64));
            v /= radix as u64;
        }
        let s: String = s.chars().rev().collect();
        if k == 0 {
            out.push_str(s.trim_start_matches('0'));
        } else {
            out.push_str(&s);
        }
    }
    if out.is_empty() {
        "0".into()
    } else {
        out
    }
}

/// Text that is not a valid int literal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseIntError;

/// Parses an int literal as `int(text, base)` does.
pub fn parse_int(text: &str, base: u32) -> Result<(bool, Vec<u64>), ParseIntError> {
    let t = text.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &body[2..]),
        (0 | 8, Some("0o")) => (8, &body[2..]),
        (0 | 2, Some("0b")) => (2, &body[2..]),
        (0, _) => {
            if body.len() > 1 && body.starts_with('0') && body.bytes().any(|c| c != b'0' && c != b'_') {
                return Err(ParseIntError);
            }
            (10, body)
        }
        (b, _) => (b, body),
    };
    let digits = digits.strip_prefix('_').filter(|_| base != 10 || body.len() != digits.len()).unwrap_or(digits);
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return Err(ParseIntError);
    }
    let mut mag: Vec<u64> = vec![];
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(base).ok_or(ParseIntError)? as u64;
        mag = add_mag(&mul_mag(&mag, &[base as u64]), &[d]);
        mag = trim(mag);
    }
    Ok((neg && !mag.is_empty(), mag))
}

/// `int.to_bytes`; None when the value does not fit.
pub fn to_bytes(neg: bool, a: &[u64], len: usize, little: bool, signed: bool) -> Option<Vec<u8>> {
    if neg && !signed {
        return None;
    }
    let mut bytes: Vec<u8> = a.iter().flat_map(|w| w.to_le_bytes()).collect();
    bytes.resize(len.max(bytes.len()) + 1, 0);
    if neg {
        for b in bytes.iter_mut() {
            *b = !*b;
        }
        for b in bytes.iter_mut() {
            let (s, c) = b.overflowing_add(1);
            *b = s;
            if !c {
                break;
            }
        }
    }
    let fill = if neg { 0xff } else { 0 };
    if bytes[len..].iter().any(|&b| b != fill) {
        return None;
    }
    if signed && len > 0 && ((bytes[len - 1] >> 7) == 1) != neg {
        return None;
    }
    if len == 0 && (neg || !a.is_empty()) {
        return None;
    }
    bytes.truncate(len);
    if !little {
        bytes.reverse();
    }
    Some(bytes)
}

/// `int.from_bytes`.
pub fn from_bytes(data: &[u8], little: bool, signed: bool) -> (bool, Vec<u64>) {
    let mut b: Vec<u8> = data.to_vec();
    if !little {
        b.reverse();
    }
    let neg = signed && b.last().is_some_and(|&x| x >> 7 == 1);
    if neg {
        for x in b.iter_mut() {
            *x = !*x;
        }
        for x in b.iter_mut() {
            let (s, c) = x.overflowing_add(1);
            *x = s;
            if !c {
                break;
            }
        }
    }
    let mut mag = Vec::new();
    for chunk in b.chunks(8) {
        let mut w = [0u8; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        mag.push(u64::from_le_bytes(w));
    }
    let mag = trim(mag);
    (neg && !mag.is_empty(), mag)
}
