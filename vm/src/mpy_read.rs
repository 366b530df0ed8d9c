//! Tiny readers for the variable-length integers of `.mpy` data, used where the VM reads
//! in-place constants at run time.

/// Reads a big-endian 7-bit-group vuint at `*pos`, advancing it; `None` if truncated or
/// longer than 10 bytes.
#[inline]
pub fn read_vuint(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v: u64 = 0;
    for _ in 0..10 {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        v = (v << 7) | (b & 0x7f) as u64;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}
