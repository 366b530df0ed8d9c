//! `Value`: one NaN-boxed 64-bit word for every Python value.
//!
//! Encoding. A word whose top 13 bits are all ones (`0xFFF8 << 48`, a negative quiet NaN)
//! is *tagged*: bits 50..48 are the tag and bits 47..0 the payload. Every other word is an
//! IEEE-754 double. Floats are canonicalised when boxed (every NaN becomes
//! `0x7FF8_0000_0000_0000`), so no float ever collides with the tagged space.
//!
//! | tag | meaning | payload |
//! |---|---|---|
//! | 0 | special constant | `Special` discriminant (NULL = 0, None, False, True, …) |
//! | 1 | small int | 48-bit two's complement |
//! | 2 | heap object | word index of the object's header in the arena |
//! | 3 | qstr (interned str) | qstr id |
//! | 4 | static native object | address of a `'static` native function, type or module |
//! | 5 | in-place str/bytes constant | source id (bits 47..32) and offset (bits 31..0) of the constant's entry in that source |
//! | 6 | VM-internal marker | bytecode address or unwind counter (never seen by Python code) |
//!
//! Invariants: floats and small ints never allocate; `Value::NULL` is the "empty slot"
//! sentinel of the bytecode spec and is never visible to Python code; a tag-2 payload always
//! names a live heap object while the value is reachable from a GC root.

use core::fmt;

const TAG_MASK: u64 = 0xFFF8_0000_0000_0000;
const TAG_SHIFT: u32 = 48;
const PAYLOAD_MASK: u64 = (1 << 48) - 1;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

const TAG_SPECIAL: u64 = 0;
const TAG_SMALL_INT: u64 = 1;
const TAG_HEAP: u64 = 2;
const TAG_QSTR: u64 = 3;
const TAG_STATIC: u64 = 4;
const TAG_SOURCE_STR: u64 = 5;
const TAG_MARKER: u64 = 6;

const fn tagged(tag: u64, payload: u64) -> u64 {
    TAG_MASK | (tag << TAG_SHIFT) | (payload & PAYLOAD_MASK)
}

/// Smallest small int (−2^47).
pub const SMALL_INT_MIN: i64 = -(1 << 47);
/// Largest small int (2^47 − 1).
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

/// A Python value in one machine word.
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

/// The special constants of tag 0.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Special {
    Null = 0,
    None = 1,
    False = 2,
    True = 3,
    Ellipsis = 4,
    NotImplemented = 5,
}

/// VM-internal stack markers (tag 6), used by the unwinding machinery of §6 of the spec.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Marker {
    /// A bytecode offset to resume at (pushed by `UNWIND_JUMP`).
    Address(u32),
    /// The small-int unwind counter: negative for a return in progress, otherwise the
    /// remaining `UNWIND_JUMP` count.
    Unwind(i32),
}

impl Value {
    /// The empty-slot sentinel (`LOAD_NULL`, unbound locals).
    pub const NULL: Value = Value(tagged(TAG_SPECIAL, Special::Null as u64));
    /// `None`.
    pub const NONE: Value = Value(tagged(TAG_SPECIAL, Special::None as u64));
    /// `False`.
    pub const FALSE: Value = Value(tagged(TAG_SPECIAL, Special::False as u64));
    /// `True`.
    pub const TRUE: Value = Value(tagged(TAG_SPECIAL, Special::True as u64));
    /// `...`.
    pub const ELLIPSIS: Value = Value(tagged(TAG_SPECIAL, Special::Ellipsis as u64));
    /// `NotImplemented`.
    pub const NOT_IMPLEMENTED: Value = Value(tagged(TAG_SPECIAL, Special::NotImplemented as u64));

    /// The raw bits (for hashing by identity and for storing in heap words).
    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Rebuilds a value from bits previously produced by [`Value::bits`].
    #[inline(always)]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    #[inline(always)]
    const fn tag(self) -> u64 {
        (self.0 >> TAG_SHIFT) & 7
    }

    #[inline(always)]
    const fn is_tagged(self) -> bool {
        self.0 & TAG_MASK == TAG_MASK
    }

    #[inline(always)]
    const fn has_tag(self, tag: u64) -> bool {
        self.0 & !PAYLOAD_MASK == tagged(tag, 0)
    }

    #[inline(always)]
    const fn payload(self) -> u64 {
        self.0 & PAYLOAD_MASK
    }

    // ---- floats ----

    /// Boxes a float (NaNs are canonicalised).
    #[inline(always)]
    pub fn float(x: f64) -> Value {
        if x.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(x.to_bits())
        }
    }

    /// Whether this is a float.
    #[inline(always)]
    pub const fn is_float(self) -> bool {
        !self.is_tagged()
    }

    /// The float, if this is one.
    #[inline(always)]
    pub fn as_float(self) -> Option<f64> {
        if self.is_float() {
            Some(f64::from_bits(self.0))
        } else {
            None
        }
    }

    /// The float without checking (the caller has checked `is_float`).
    #[inline(always)]
    pub fn float_unchecked(self) -> f64 {
        f64::from_bits(self.0)
    }

    // ---- small ints ----

    /// Boxes a small int, if it fits in 48 bits.
    #[inline(always)]
    pub const fn small_int(i: i64) -> Option<Value> {
        if i >= SMALL_INT_MIN && i <= SMALL_INT_MAX {
            Some(Value(tagged(TAG_SMALL_INT, i as u64)))
        } else {
            None
        }
    }

    /// Boxes a small int known to fit (panics in debug builds otherwise).
    #[inline(always)]
    pub const fn int_unchecked(i: i64) -> Value {
        debug_assert!(i >= SMALL_INT_MIN && i <= SMALL_INT_MAX);
        Value(tagged(TAG_SMALL_INT, i as u64))
    }

    /// Whether this is a small int.
    #[inline(always)]
    pub const fn is_small_int(self) -> bool {
        self.has_tag(TAG_SMALL_INT)
    }

    /// The small int, if this is one.
    #[inline(always)]
    pub const fn as_small_int(self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.small_int_unchecked())
        } else {
            None
        }
    }

    /// The small int without checking the tag.
    #[inline(always)]
    pub const fn small_int_unchecked(self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }

    // ---- specials ----

    /// A `bool`.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// Whether this is the NULL sentinel.
    #[inline(always)]
    pub const fn is_null(self) -> bool {
        self.0 == Value::NULL.0
    }

    /// Whether this is `None`.
    #[inline(always)]
    pub const fn is_none(self) -> bool {
        self.0 == Value::NONE.0
    }

    /// Whether this is `True` or `False`.
    #[inline(always)]
    pub const fn is_bool(self) -> bool {
        self.0 == Value::TRUE.0 || self.0 == Value::FALSE.0
    }

    /// The special constant, if this is one.
    pub fn as_special(self) -> Option<Special> {
        if !self.has_tag(TAG_SPECIAL) {
            return None;
        }
        Some(match self.payload() {
            0 => Special::Null,
            1 => Special::None,
            2 => Special::False,
            3 => Special::True,
            4 => Special::Ellipsis,
            5 => Special::NotImplemented,
            _ => return None,
        })
    }

    // ---- heap objects ----

    /// A reference to the heap object whose header is at word `index`.
    #[inline(always)]
    pub const fn heap(index: usize) -> Value {
        Value(tagged(TAG_HEAP, index as u64))
    }

    /// Whether this refers to a heap object.
    #[inline(always)]
    pub const fn is_heap(self) -> bool {
        self.has_tag(TAG_HEAP)
    }

    /// The heap word index, if this refers to a heap object.
    #[inline(always)]
    pub const fn as_heap(self) -> Option<usize> {
        if self.is_heap() {
            Some(self.payload() as usize)
        } else {
            None
        }
    }

    /// The heap word index without checking the tag.
    #[inline(always)]
    pub const fn heap_index_unchecked(self) -> usize {
        self.payload() as usize
    }

    // ---- qstrs ----

    /// An interned string.
    #[inline(always)]
    pub const fn qstr(id: u32) -> Value {
        Value(tagged(TAG_QSTR, id as u64))
    }

    /// Whether this is an interned string.
    #[inline(always)]
    pub const fn is_qstr(self) -> bool {
        self.has_tag(TAG_QSTR)
    }

    /// The qstr id, if this is an interned string.
    #[inline(always)]
    pub const fn as_qstr(self) -> Option<u32> {
        if self.is_qstr() {
            Some(self.payload() as u32)
        } else {
            None
        }
    }

    // ---- static native objects ----

    /// A static native object (function, type or module descriptor).
    #[inline(always)]
    pub fn from_static(addr: usize) -> Value {
        debug_assert!(addr as u64 <= PAYLOAD_MASK && addr != 0);
        Value(tagged(TAG_STATIC, addr as u64))
    }

    /// The address of a static native object, if this is one.
    #[inline(always)]
    pub const fn as_static_addr(self) -> Option<usize> {
        if self.has_tag(TAG_STATIC) {
            Some(self.payload() as usize)
        } else {
            None
        }
    }

    // ---- in-place constants ----

    /// A str/bytes constant that lives in a source (an image or file buffer) at `offset`.
    #[inline(always)]
    pub const fn source_str(source: u16, offset: u32) -> Value {
        Value(tagged(TAG_SOURCE_STR, ((source as u64) << 32) | offset as u64))
    }

    /// `(source, offset)` of an in-place constant.
    #[inline(always)]
    pub const fn as_source_str(self) -> Option<(u16, u32)> {
        if self.has_tag(TAG_SOURCE_STR) {
            let p = self.payload();
            Some(((p >> 32) as u16, p as u32))
        } else {
            None
        }
    }

    // ---- markers ----

    /// A VM-internal marker.
    #[inline(always)]
    pub const fn marker(m: Marker) -> Value {
        match m {
            Marker::Address(a) => Value(tagged(TAG_MARKER, a as u64)),
            Marker::Unwind(c) => Value(tagged(TAG_MARKER, (1 << 40) | (c as u32 as u64))),
        }
    }

    /// The marker, if this is one.
    #[inline(always)]
    pub const fn as_marker(self) -> Option<Marker> {
        if !self.has_tag(TAG_MARKER) {
            return None;
        }
        let p = self.payload();
        if p & (1 << 40) != 0 {
            Some(Marker::Unwind(p as u32 as i32))
        } else {
            Some(Marker::Address(p as u32))
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(x) = self.as_float() {
            return write!(f, "Float({x})");
        }
        match self.tag() {
            TAG_SPECIAL => write!(f, "{:?}", self.as_special()),
            TAG_SMALL_INT => write!(f, "Int({})", self.small_int_unchecked()),
            TAG_HEAP => write!(f, "Heap({})", self.payload()),
            TAG_QSTR => write!(f, "Qstr({})", self.payload()),
            TAG_STATIC => write!(f, "Static({:#x})", self.payload()),
            TAG_SOURCE_STR => write!(f, "SourceStr({:?})", self.as_source_str()),
            TAG_MARKER => write!(f, "Marker({:?})", self.as_marker()),
            _ => write!(f, "Invalid({:#x})", self.0),
        }
    }
}

impl Default for Value {
    /// The NULL sentinel.
    fn default() -> Self {
        Value::NULL
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_round_trip_and_never_look_tagged() {
        for x in [0.0, -0.0, 1.5, -2.25e300, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE] {
            let v = Value::float(x);
            assert!(v.is_float());
            assert_eq!(v.as_float().unwrap().to_bits(), x.to_bits());
        }
        let nan = Value::float(-f64::NAN);
        assert!(nan.is_float() && nan.as_float().unwrap().is_nan());
        // The x86 default NaN lies in the tagged space and must be canonicalised.
        let x86_nan = f64::from_bits(0xFFF8_0000_0000_0000);
        assert!(Value::float(x86_nan).is_float());
    }

    #[test]
    fn small_ints() {
        for i in [0, 1, -1, SMALL_INT_MIN, SMALL_INT_MAX, 12345, -99999] {
            let v = Value::small_int(i).unwrap();
            assert!(v.is_small_int() && !v.is_float());
            assert_eq!(v.as_small_int(), Some(i));
        }
        assert!(Value::small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::small_int(SMALL_INT_MIN - 1).is_none());
    }

    #[test]
    fn tags_are_distinct() {
        let vals = [
            Value::NULL,
            Value::NONE,
            Value::TRUE,
            Value::int_unchecked(0),
            Value::heap(0),
            Value::qstr(0),
            Value::source_str(0, 0),
            Value::marker(Marker::Address(0)),
        ];
        for (i, a) in vals.iter().enumerate() {
            for (j, b) in vals.iter().enumerate() {
                assert_eq!(i == j, a == b);
            }
            assert!(!a.is_float());
        }
        assert_eq!(Value::marker(Marker::Unwind(-1)).as_marker(), Some(Marker::Unwind(-1)));
        assert_eq!(Value::marker(Marker::Unwind(3)).as_marker(), Some(Marker::Unwind(3)));
        assert_eq!(Value::marker(Marker::Address(77)).as_marker(), Some(Marker::Address(77)));
        assert_eq!(Value::source_str(7, 0xdead_beef).as_source_str(), Some((7, 0xdead_beef)));
    }
}
