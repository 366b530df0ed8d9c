//! The string hash used for every str/bytes representation (qstr, heap string, in-place
//! constant) so that equal strings always hash equally, whatever their storage.
//!
//! Invariant: `str_hash` is a `const fn`, so the static qstr table's hashes are computed
//! at compile time and agree bit for bit with hashes computed at run time.

/// 32-bit FNV-1a over the bytes.
pub const fn str_hash(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

#[cfg(test)]
mod tests {
    use super::str_hash;

    #[test]
    fn known_values() {
        assert_eq!(str_hash(b""), 0x811c_9dc5);
        assert_eq!(str_hash(b"a"), 0xe40c_292c);
        assert_ne!(str_hash(b"ab"), str_hash(b"ba"));
    }
}
