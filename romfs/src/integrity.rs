//! mpyrom's integrity record: a CRC-32 over the image bytes that precede it.
//!
//! Record kind `0x6d72` ("mr"; encoded as the varuint `81 da 72`), a kind MicroPython's
//! reader skips, so MicroPython still mounts the image. It is the last record of the root
//! payload. Payload (16 bytes, little-endian, read and written as a `zerocopy` struct):
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 4 | magic `MRCK` |
//! | 4 | 1 | version (1) |
//! | 5 | 3 | reserved (0) |
//! | 8 | 4 | covered length: the offset of this record (bytes `[0, covered)` are covered) |
//! | 12 | 4 | CRC-32/ISO-HDLC of the covered bytes |
//!
//! Invariants: the covered length equals the record's own offset, and the record ends the
//! image; `verify` checks both, so truncating, extending or editing any covered byte (or
//! the record itself) is detected. If a corrupted length field hides the record from the
//! structural walk, `verify` still finds its fixed encoding and reports the image corrupt.

use crate::record::{self, Kind};
use crate::{reader::Image, varuint, Error};
use zerocopy::byteorder::little_endian::U32;
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// The record kind.
pub const KIND: u64 = 0x6d72;
/// The payload magic.
pub const MAGIC: [u8; 4] = *b"MRCK";
/// Total encoded size of the record (kind 3 bytes + length 1 byte + payload 16 bytes).
pub const RECORD_LEN: usize = 20;
/// The CRC algorithm.
pub const CRC: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

/// The record payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned)]
#[repr(C)]
pub struct Payload {
    pub magic: [u8; 4],
    pub version: u8,
    pub reserved: [u8; 3],
    pub covered: U32,
    pub crc: U32,
}

/// Encodes the integrity record for an image whose first `covered` bytes are `bytes`.
pub fn encode_record(bytes: &[u8]) -> Vec<u8> {
    let p = Payload {
        magic: MAGIC,
        version: 1,
        reserved: [0; 3],
        covered: U32::new(bytes.len() as u32),
        crc: U32::new(CRC.checksum(bytes)),
    };
    let mut out = Vec::with_capacity(RECORD_LEN);
    varuint::encode(&mut out, KIND);
    varuint::encode(&mut out, std::mem::size_of::<Payload>() as u64);
    out.extend_from_slice(p.as_bytes());
    debug_assert_eq!(out.len(), RECORD_LEN);
    out
}

/// What verification found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// The record is present and the CRC matches.
    Valid { crc: u32, covered: usize },
    /// No integrity record (e.g. an image made by `mpremote romfs build`).
    Absent,
}

/// Whether 16 bytes are an integrity payload for a record at `record_start` (magic,
/// version, zero padding and the covered length all agree: never true by accident).
fn looks_like_payload(b: &[u8], record_start: usize) -> bool {
    Payload::read_from_bytes(b).is_ok_and(|p| {
        p.magic == MAGIC && p.version == 1 && p.reserved == [0; 3] && p.covered.get() as usize == record_start
    })
}

fn payload_at(bytes: &[u8], start: usize) -> Option<Payload> {
    let r = record::parse(bytes, start, bytes.len()).ok()?;
    if r.kind != Kind::Integrity || r.end() - start != RECORD_LEN {
        return None;
    }
    let p = Payload::read_from_bytes(&bytes[r.payload]).ok()?;
    (p.magic == MAGIC).then_some(p)
}

/// Verifies the integrity record of `image` (whose buffer may extend past the image).
pub fn verify(image: &Image<'_>) -> Result<Status, Error> {
    let bytes = image.bytes();
    let end = image.size();
    let mut found = None;
    let mut last_end = image.payload_offset();
    let mut count_after = 0;
    for r in image.top_records() {
        let r = r?;
        if found.is_some() {
            count_after += 1;
        }
        if r.kind == Kind::Integrity {
            found = Some(r.start);
            count_after = 0;
        }
        last_end = r.end();
    }
    let Some(start) = found else {
        // The record may be hidden by a corrupted length or kind: look for its payload at
        // the end of the image and of the buffer.
        for tail in [end, bytes.len()] {
            if tail >= RECORD_LEN && looks_like_payload(&bytes[tail - 16..tail], tail - RECORD_LEN) {
                return Err(Error::Corrupt { offset: tail - RECORD_LEN, what: "integrity record not reachable" });
            }
        }
        return Ok(Status::Absent);
    };
    if count_after > 0 || last_end != end || start + RECORD_LEN != end {
        return Err(Error::Corrupt { offset: start, what: "integrity record is not the last record" });
    }
    let p = payload_at(bytes, start).ok_or(Error::Corrupt { offset: start, what: "malformed integrity record" })?;
    if p.version != 1 || p.reserved != [0; 3] {
        return Err(Error::Corrupt { offset: start, what: "unknown integrity record version" });
    }
    if p.covered.get() as usize != start {
        return Err(Error::CrcMismatch { expected: p.crc.get(), actual: 0 });
    }
    let actual = CRC.checksum(&bytes[..start]);
    if actual != p.crc.get() {
        return Err(Error::CrcMismatch { expected: p.crc.get(), actual });
    }
    Ok(Status::Valid { crc: actual, covered: start })
}
