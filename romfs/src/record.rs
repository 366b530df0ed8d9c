//! ROMFS records: a kind varuint, a length varuint, then `length` bytes of payload.
//!
//! Invariant: a parsed record's payload range lies entirely inside the limit it was parsed
//! against, and every record occupies at least two bytes, so walking a sequence of
//! records always terminates.

use crate::{varuint, Error};
use std::ops::Range;

/// Kind of the filesystem record that wraps a whole image ("RM1").
pub const KIND_FILESYSTEM: u64 = 0x14a6b1;
/// The first three bytes of every image: the filesystem kind's encoding.
pub const HEADER: [u8; 3] = [0xd2, 0xcd, 0x31];

/// Record kinds MicroPython defines (plus ours).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// 0: marks corruption.
    Unused,
    /// 1: padding or comments.
    Padding,
    /// 2: file data, stored in the payload.
    Verbatim,
    /// 3: file data elsewhere in the filesystem payload (size, offset).
    Indirect,
    /// 4: a directory (name, then nested records).
    Dir,
    /// 5: a file (name, then nested records).
    File,
    /// mpyrom's integrity record (a kind MicroPython skips).
    Integrity,
    /// Any other kind: skipped.
    Other(u64),
}

impl Kind {
    /// The kind of a kind number.
    pub fn from_u64(k: u64) -> Kind {
        match k {
            0 => Kind::Unused,
            1 => Kind::Padding,
            2 => Kind::Verbatim,
            3 => Kind::Indirect,
            4 => Kind::Dir,
            5 => Kind::File,
            crate::integrity::KIND => Kind::Integrity,
            k => Kind::Other(k),
        }
    }

    /// Its number.
    pub fn number(self) -> u64 {
        match self {
            Kind::Unused => 0,
            Kind::Padding => 1,
            Kind::Verbatim => 2,
            Kind::Indirect => 3,
            Kind::Dir => 4,
            Kind::File => 5,
            Kind::Integrity => crate::integrity::KIND,
            Kind::Other(k) => k,
        }
    }

    /// A short name for listings.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Unused => "unused",
            Kind::Padding => "padding",
            Kind::Verbatim => "data",
            Kind::Indirect => "indirect",
            Kind::Dir => "dir",
            Kind::File => "file",
            Kind::Integrity => "integrity",
            Kind::Other(_) => "unknown",
        }
    }
}

/// One parsed record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub kind: Kind,
    /// Offset of the record's first byte.
    pub start: usize,
    /// The payload's byte range.
    pub payload: Range<usize>,
}

impl Record {
    /// Offset just past the record.
    pub fn end(&self) -> usize {
        self.payload.end
    }
}

/// Parses the record at `pos`, which must end at or before `limit`.
pub fn parse(bytes: &[u8], pos: usize, limit: usize) -> Result<Record, Error> {
    let limit = limit.min(bytes.len());
    let mut p = pos;
    let kind = varuint::decode(bytes, &mut p, limit)?;
    let len = varuint::decode(bytes, &mut p, limit)?;
    let end = (p as u64).checked_add(len).filter(|&e| e <= limit as u64).ok_or(Error::OutOfBounds { offset: pos })?;
    Ok(Record { kind: Kind::from_u64(kind), start: pos, payload: p..end as usize })
}

/// Iterates over the records in `bytes[range]`.
pub struct Records<'a> {
    bytes: &'a [u8],
    pos: usize,
    limit: usize,
    failed: bool,
}

impl<'a> Records<'a> {
    /// The records in `range` of `bytes`.
    pub fn new(bytes: &'a [u8], range: Range<usize>) -> Records<'a> {
        Records { bytes, pos: range.start, limit: range.end.min(bytes.len()), failed: false }
    }
}

impl Iterator for Records<'_> {
    type Item = Result<Record, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.limit {
            return None;
        }
        match parse(self.bytes, self.pos, self.limit) {
            Ok(r) => {
                self.pos = r.end();
                Some(Ok(r))
            }
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}
