//! Qstrs: interned strings, identified by a number.
//!
//! Ids below `STATIC_COUNT` are static (compiled into the binary, costing no heap): first
//! MicroPython's fixed `.mpy` list (1..=165), then every name the VM uses. Higher ids are
//! dynamic and live in the `Pool`, whose storage is in the VM heap.
//!
//! Invariant: a text has at most one id, so qstr equality is id equality; the hash of a
//! qstr equals `hash::str_hash` of its text, like every other string representation.

mod pool;

pub use pool::{Pool, QstrText};

include!(concat!(env!("OUT_DIR"), "/qstr_gen.rs"));

/// An interned string's id.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[repr(transparent)]
pub struct Qstr(pub u32);

impl Qstr {
    /// The null qstr (never a valid name).
    pub const NULL: Qstr = Qstr(0);

    /// Whether this is a static qstr.
    #[inline(always)]
    pub fn is_static(self) -> bool {
        self.0 < STATIC_COUNT
    }

    /// The text of a static qstr.
    #[inline]
    pub fn static_text(self) -> Option<&'static str> {
        TEXT.get(self.0 as usize).copied()
    }
}

/// Finds the static qstr with this text.
pub fn find_static(text: &[u8]) -> Option<Qstr> {
    find_static_hashed(text, crate::hash::str_hash(text))
}

/// Finds the static qstr with this text, given its hash (`hash::str_hash`).
#[inline]
pub fn find_static_hashed(text: &[u8], hash: u32) -> Option<Qstr> {
    let start = BY_HASH.partition_point(|&(h, _)| h < hash);
    BY_HASH[start..]
        .iter()
        .take_while(|&&(h, _)| h == hash)
        .find(|&&(_, id)| TEXT[id as usize].as_bytes() == text)
        .map(|&(_, id)| Qstr(id as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mpy_static_numbers_match_the_spec() {
        assert_eq!(TEXT[1], "");
        assert_eq!(TEXT[3], "\n");
        assert_eq!(TEXT[4], " ");
        assert_eq!(TEXT[7], "<module>");
        assert_eq!(TEXT[107], "len");
        assert_eq!(TEXT[123], "print");
        assert_eq!(TEXT[165], "zip");
        assert_eq!(MPY_STATIC_END, 166);
        assert_eq!(q::len, Qstr(107));
        assert_eq!(q::__init__.static_text(), Some("__init__"));
    }

    #[test]
    fn lookup_and_hashes() {
        for id in 1..STATIC_COUNT {
            let t = TEXT[id as usize];
            assert_eq!(find_static(t.as_bytes()), Some(Qstr(id)), "{t:?}");
            assert_eq!(HASH[id as usize], crate::hash::str_hash(t.as_bytes()));
        }
        assert_eq!(find_static(b"definitely not a qstr name"), None);
        assert_eq!(find_static(b"<lambda>").map(|q| q.static_text()), Some(Some("<lambda>")));
    }
}
