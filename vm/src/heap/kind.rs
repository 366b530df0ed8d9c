//! Object kinds and the chunk header word.
//!
//! Every chunk of the arena, allocated or free, starts with one header word:
//!
//! | bits | field |
//! |---|---|
//! | 0..8 | kind (`ObjKind`) |
//! | 8 | GC mark |
//! | 9..16 | flags (kind-specific) |
//! | 16..48 | size in blocks (one block = one 8-byte word) |
//! | 48..64 | aux (kind-specific 16 bits) |
//!
//! Invariant: the chunks tile the arena exactly, so the sweep can walk it header to header.
//! A one-word chunk can only be free (allocations take at least two words); it is in no
//! free list until the sweep merges it with a neighbour.
//! Payload words of a *scanned* kind hold only `Value`s or raw integers below 2^48 (which
//! the marker ignores because they cannot carry the heap tag); byte-bodied kinds are never
//! scanned.

/// Words per allocation block.
pub const BLOCK_WORDS: usize = 1;
/// Bytes per allocation block.
pub const BLOCK_BYTES: usize = BLOCK_WORDS * 8;

/// What a chunk holds.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ObjKind {
    /// A free chunk (word 1 links the free list).
    Free = 0,
    // ---- byte bodies (never scanned) ----
    /// Immutable str: word 1 = byte length | hash << 32 (0 = not yet computed); then UTF-8.
    Str,
    /// Immutable bytes: same layout as `Str`.
    Bytes,
    /// Big int: word 1 = limb count | sign << 63; then little-endian u64 limbs.
    BigInt,
    /// Untyped byte storage (bytearray bodies, sources read into RAM, qstr text).
    RawBytes,
    // ---- scanned bodies ----
    /// Tuple: word 1 = length; then the items.
    Tuple,
    /// Growable storage for lists, dicts and sets: all payload words are values.
    ValArray,
    /// List: word 1 = length; word 2 = storage (`ValArray`) or NULL.
    List,
    /// bytearray: word 1 = length; word 2 = storage (`RawBytes`) or NULL.
    ByteArray,
    /// dict: see `obj::dict`.
    Dict,
    /// set: see `obj::set`.
    Set,
    /// frozenset: same layout as `Set`.
    FrozenSet,
    /// The open-addressing index and entries of a dict or set.
    MapTable,
    /// Instance of a user class: word 1 = class; word 2 = attribute dict; word 3 = native base object.
    Instance,
    /// A user class: see `obj::class`.
    Class,
    /// A bytecode function: see `obj::function`.
    Function,
    /// A closure: function plus captured cells.
    Closure,
    /// A cell (word 1 = contents, NULL when empty).
    Cell,
    /// A bound method: word 1 = self, word 2 = function.
    BoundMethod,
    /// A generator object.
    Generator,
    /// A bytecode frame's state (locals, value stack and exception entries).
    Frame,
    /// A module object.
    Module,
    /// A loaded `.mpy` file: qstr table and constant table.
    Code,
    /// complex: words 1 and 2 = real and imaginary parts as float values.
    Complex,
    /// An exception instance.
    Exception,
    /// property / staticmethod / classmethod / super / slice / range and other small fixed
    /// records: the aux field says which (`obj::Record`).
    Record,
    /// A native iterator; the aux field says which (`obj::IterKind`).
    Iter,
    /// A qstr pool entry (text stored inline or as a reference into a source).
    QstrEntry,
    /// An object of a native type defined outside the core (e.g. a module's type): word 1 =
    /// its static `TypeObj` value; the other words are values (see `obj::native_obj`).
    Native,
}

impl ObjKind {
    /// Decodes a kind byte; an unknown byte means heap corruption, so this returns `None`.
    pub fn from_u8(b: u8) -> Option<ObjKind> {
        use ObjKind::*;
        const ALL: [ObjKind; 29] = [
            Free,
            Str,
            Bytes,
            BigInt,
            RawBytes,
            Tuple,
            ValArray,
            List,
            ByteArray,
            Dict,
            Set,
            FrozenSet,
            MapTable,
            Instance,
            Class,
            Function,
            Closure,
            Cell,
            BoundMethod,
            Generator,
            Frame,
            Module,
            Code,
            Complex,
            Exception,
            Record,
            Iter,
            QstrEntry,
            Native,
        ];
        let k = *ALL.get(b as usize)?;
        debug_assert_eq!(k as u8, b, "ObjKind table out of order");
        Some(k)
    }

    /// Whether the marker scans this kind's payload words for references.
    #[inline]
    pub fn is_scanned(self) -> bool {
        !matches!(
            self,
            ObjKind::Free | ObjKind::Str | ObjKind::Bytes | ObjKind::BigInt | ObjKind::RawBytes | ObjKind::QstrEntry
        )
    }
}

const KIND_MASK: u64 = 0xff;
const MARK_BIT: u64 = 1 << 8;
const FLAGS_SHIFT: u32 = 9;
const FLAGS_MASK: u64 = 0x7f;
const SIZE_SHIFT: u32 = 16;
const SIZE_MASK: u64 = 0xffff_ffff;
const AUX_SHIFT: u32 = 48;

/// A decoded-on-demand chunk header.
#[derive(Copy, Clone, PartialEq, Eq)]
pub struct Header(pub u64);

impl Header {
    /// A header for a chunk of `blocks` blocks.
    #[inline]
    pub fn new(kind: ObjKind, blocks: usize, aux: u16) -> Header {
        debug_assert!(blocks as u64 <= SIZE_MASK);
        Header(kind as u64 | ((blocks as u64) << SIZE_SHIFT) | ((aux as u64) << AUX_SHIFT))
    }

    /// The kind byte (unchecked).
    #[inline(always)]
    pub fn kind_byte(self) -> u8 {
        (self.0 & KIND_MASK) as u8
    }

    /// The kind.
    #[inline(always)]
    pub fn kind(self) -> ObjKind {
        ObjKind::from_u8(self.kind_byte()).expect("corrupt heap header")
    }

    /// Size in blocks.
    #[inline(always)]
    pub fn blocks(self) -> usize {
        ((self.0 >> SIZE_SHIFT) & SIZE_MASK) as usize
    }

    /// Size in words.
    #[inline(always)]
    pub fn words(self) -> usize {
        self.blocks() * BLOCK_WORDS
    }

    /// The mark bit.
    #[inline(always)]
    pub fn marked(self) -> bool {
        self.0 & MARK_BIT != 0
    }

    /// With the mark bit set or cleared.
    #[inline(always)]
    pub fn with_mark(self, m: bool) -> Header {
        if m {
            Header(self.0 | MARK_BIT)
        } else {
            Header(self.0 & !MARK_BIT)
        }
    }

    /// Kind-specific flags (7 bits).
    #[inline(always)]
    pub fn flags(self) -> u8 {
        ((self.0 >> FLAGS_SHIFT) & FLAGS_MASK) as u8
    }

    /// With new flags.
    #[inline(always)]
    pub fn with_flags(self, f: u8) -> Header {
        Header((self.0 & !(FLAGS_MASK << FLAGS_SHIFT)) | (((f as u64) & FLAGS_MASK) << FLAGS_SHIFT))
    }

    /// Kind-specific 16-bit field.
    #[inline(always)]
    pub fn aux(self) -> u16 {
        (self.0 >> AUX_SHIFT) as u16
    }

    /// With a new aux field.
    #[inline(always)]
    pub fn with_aux(self, aux: u16) -> Header {
        Header((self.0 & !(0xffff << AUX_SHIFT)) | ((aux as u64) << AUX_SHIFT))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_fields_are_independent() {
        let h = Header::new(ObjKind::Tuple, 12345, 0xbeef).with_flags(0x55).with_mark(true);
        assert_eq!(h.kind(), ObjKind::Tuple);
        assert_eq!(h.blocks(), 12345);
        assert_eq!(h.aux(), 0xbeef);
        assert_eq!(h.flags(), 0x55);
        assert!(h.marked());
        let h = h.with_mark(false).with_aux(1).with_flags(0);
        assert_eq!((h.kind(), h.blocks(), h.aux(), h.flags(), h.marked()), (ObjKind::Tuple, 12345, 1, 0, false));
    }

    #[test]
    fn kinds_round_trip() {
        for b in 0..=255u8 {
            if let Some(k) = ObjKind::from_u8(b) {
                assert_eq!(k as u8, b);
            }
        }
        assert_eq!(ObjKind::from_u8(ObjKind::QstrEntry as u8), Some(ObjKind::QstrEntry));
    }
}
