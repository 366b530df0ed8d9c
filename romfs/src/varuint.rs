//! ROMFS varuints: big-endian 7-bit groups, bit 7 set on every byte but the last. Leading
//! `0x80` bytes are padding and do not change the value (MicroPython accepts them; the
//! packer uses them to make a length field wider without changing what it says).
//!
//! Invariant: decoding never reads past the given limit and fails on values that do not
//! fit in a u64 (more than 64 significant bits).

use crate::Error;

/// Decodes a varuint at `*pos`, reading no byte at or beyond `limit`.
pub fn decode(bytes: &[u8], pos: &mut usize, limit: usize) -> Result<u64, Error> {
    let limit = limit.min(bytes.len());
    let start = *pos;
    let mut v: u64 = 0;
    loop {
        if *pos >= limit {
            return Err(Error::Truncated { offset: start });
        }
        let b = bytes[*pos];
        *pos += 1;
        if v >> 57 != 0 {
            return Err(Error::Overflow { offset: start });
        }
        v = (v << 7) | (b & 0x7f) as u64;
        if b & 0x80 == 0 {
            return Ok(v);
        }
    }
}

/// Number of bytes of the shortest encoding of `v`.
pub fn encoded_len(v: u64) -> usize {
    let bits = 64 - v.leading_zeros() as usize;
    bits.div_ceil(7).max(1)
}

/// Appends the encoding of `v`, padded with leading `0x80` bytes to exactly `width` bytes
/// (`width` at least `encoded_len(v)`).
pub fn encode_padded(out: &mut Vec<u8>, v: u64, width: usize) {
    let n = encoded_len(v);
    debug_assert!(width >= n, "varuint width {width} too small for {v}");
    out.extend(std::iter::repeat_n(0x80, width.saturating_sub(n)));
    for k in (0..n).rev() {
        let group = ((v >> (7 * k)) & 0x7f) as u8;
        out.push(if k > 0 { group | 0x80 } else { group });
    }
}

/// Appends the shortest encoding of `v`.
pub fn encode(out: &mut Vec<u8>, v: u64) {
    encode_padded(out, v, encoded_len(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_encodings() {
        let cases: &[(u64, &[u8])] = &[
            (0, &[0x00]),
            (5, &[0x05]),
            (127, &[0x7f]),
            (128, &[0x81, 0x00]),
            (215, &[0x81, 0x57]),
            (16384, &[0x81, 0x80, 0x00]),
            (0x14a6b1, &[0xd2, 0xcd, 0x31]),
        ];
        for (v, bytes) in cases {
            let mut out = Vec::new();
            encode(&mut out, *v);
            assert_eq!(&out, bytes, "encode {v}");
            let mut pos = 0;
            assert_eq!(decode(bytes, &mut pos, bytes.len()).unwrap(), *v);
            assert_eq!(pos, bytes.len());
        }
    }

    #[test]
    fn padding_is_accepted() {
        let mut out = Vec::new();
        encode_padded(&mut out, 5, 4);
        assert_eq!(out, [0x80, 0x80, 0x80, 0x05]);
        let mut pos = 0;
        assert_eq!(decode(&out, &mut pos, out.len()).unwrap(), 5);
        assert_eq!(pos, 4);
    }

    #[test]
    fn truncation_and_overflow_are_errors() {
        let mut pos = 0;
        assert!(matches!(decode(&[0x81, 0x82], &mut pos, 2), Err(Error::Truncated { offset: 0 })));
        let mut pos = 0;
        assert!(matches!(decode(&[0x81, 0x00], &mut pos, 1), Err(Error::Truncated { .. })));
        let huge = [0xff; 12];
        let mut pos = 0;
        assert!(matches!(decode(&huge, &mut pos, 12), Err(Error::Overflow { .. }) | Err(Error::Truncated { .. })));
        let mut pos = 0;
        let max = [0x81, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f];
        assert_eq!(decode(&max, &mut pos, 10).unwrap(), u64::MAX);
    }
}
