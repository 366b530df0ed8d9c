//! A/B ROMFS slots with power-fail-safe update state, test boots and rollback, over any
//! [`BlockDevice`] and a validated [`Layout`].
//!
//! The state is a 32-byte record ([`StateRecord`], a `zerocopy` struct, little-endian),
//! stored twice: one copy at the start of each of the first two erase blocks of the
//! `romfs_state` partition. A new state always goes to the copy that does *not* hold the
//! newest valid record, with the next sequence number, after erasing that block; so at
//! every instant the other copy is intact, and a torn write only ever destroys the copy
//! being written (its CRC fails and readers fall back to the other one).
//!
//! Protocol (as MCUboot's test/revert and ESP-IDF's rollback):
//! - `stage` writes the new image into the inactive slot (only the erase blocks whose
//!   content changes), reads it back and verifies it (CRC of the whole image and the ROMFS
//!   structure and integrity record), and only then records it as *pending*. If a pending
//!   image is being replaced, the state first forgets it, so a half-written slot is never
//!   pending.
//! - `boot` tries a pending image once: it records "tried" before booting it. A pending
//!   image found already tried (the previous boot did not confirm it) is rolled back. An
//!   image that fails verification is never booted; the other slot is used if valid.
//! - `confirm` makes the pending image the active one.
//!
//! Invariant: after any sequence of operations cut at any point by power loss, `boot`
//! selects a slot whose image verifies, and it is the old or the new image as the state
//! allows.

use crate::device::{BlockDevice, DeviceError};
use crate::layout::{Layout, PartitionSpec};
use zerocopy::byteorder::little_endian::U32;
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// Record magic.
pub const MAGIC: [u8; 4] = *b"MRST";
/// No pending slot.
pub const NONE: u8 = 0xff;
const FLAG_TRIED: u8 = 1;
const CRC: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

/// The on-flash state record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned)]
#[repr(C)]
pub struct StateRecord {
    pub magic: [u8; 4],
    pub version: u8,
    /// The confirmed slot (0 = A, 1 = B).
    pub active: u8,
    /// The slot to test on the next boot, or `NONE`.
    pub pending: u8,
    /// Bit 0: the pending slot has been booted once (without a confirm since).
    pub flags: u8,
    pub seq: U32,
    /// Image length in each slot (0: no image).
    pub len: [U32; 2],
    /// CRC-32 of each slot's image.
    pub image_crc: [U32; 2],
    /// CRC-32 of the 28 bytes before this field.
    pub crc: U32,
}

const RECORD_LEN: usize = std::mem::size_of::<StateRecord>();

/// The decoded state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct State {
    pub seq: u32,
    pub active: usize,
    pub pending: Option<usize>,
    pub tried: bool,
    pub len: [u32; 2],
    pub image_crc: [u32; 2],
}

impl State {
    fn record(&self) -> StateRecord {
        let mut r = StateRecord {
            magic: MAGIC,
            version: 1,
            active: self.active as u8,
            pending: self.pending.map_or(NONE, |p| p as u8),
            flags: if self.tried { FLAG_TRIED } else { 0 },
            seq: U32::new(self.seq),
            len: [U32::new(self.len[0]), U32::new(self.len[1])],
            image_crc: [U32::new(self.image_crc[0]), U32::new(self.image_crc[1])],
            crc: U32::new(0),
        };
        r.crc = U32::new(CRC.checksum(&r.as_bytes()[..RECORD_LEN - 4]));
        r
    }

    fn from_record(r: &StateRecord) -> Option<State> {
        let ok = r.magic == MAGIC
            && r.version == 1
            && r.active <= 1
            && (r.pending == NONE || r.pending <= 1)
            && r.crc.get() == CRC.checksum(&r.as_bytes()[..RECORD_LEN - 4]);
        ok.then(|| State {
            seq: r.seq.get(),
            active: r.active as usize,
            pending: (r.pending != NONE).then_some(r.pending as usize),
            tried: r.flags & FLAG_TRIED != 0,
            len: [r.len[0].get(), r.len[1].get()],
            image_crc: [r.image_crc[0].get(), r.image_crc[1].get()],
        })
    }
}

/// Errors of OTA operations.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OtaError {
    #[error("device: {0}")]
    Device(#[from] DeviceError),
    #[error("no valid update state (both copies are missing or corrupt): run `mpyrom flash build` first")]
    NoState,
    #[error("image of {len} bytes does not fit the {slot}-byte slot")]
    TooBig { len: usize, slot: u64 },
    #[error("the image is not a valid ROMFS image: {0}")]
    BadImage(crate::Error),
    #[error("slot {slot} failed verification after writing: {why}")]
    VerifyFailed { slot: char, why: String },
    #[error("no image is pending: nothing to confirm")]
    NothingPending,
    #[error("no bootable image: {0}")]
    NoBootableImage(String),
}

/// Slot letter.
pub fn slot_name(k: usize) -> char {
    if k == 0 {
        'A'
    } else {
        'B'
    }
}

fn read_part(dev: &dyn BlockDevice, p: &PartitionSpec, off: u64, buf: &mut [u8]) -> Result<(), DeviceError> {
    dev.read(p.offset + off, buf)
}

/// Both state copies (decoded when valid).
pub fn read_copies(dev: &dyn BlockDevice, layout: &Layout) -> Result<[Option<State>; 2], OtaError> {
    let p = layout.state();
    let mut out = [None, None];
    for (k, slot) in out.iter_mut().enumerate() {
        let mut buf = [0u8; RECORD_LEN];
        read_part(dev, p, k as u64 * layout.erase_size, &mut buf)?;
        if let Ok(r) = StateRecord::read_from_bytes(&buf) {
            *slot = State::from_record(&r);
        }
    }
    Ok(out)
}

/// The newest valid state and the copy holding it.
pub fn read_state(dev: &dyn BlockDevice, layout: &Layout) -> Result<(State, usize), OtaError> {
    let copies = read_copies(dev, layout)?;
    match copies {
        [Some(a), Some(b)] => Ok(if b.seq.wrapping_sub(a.seq) as i32 > 0 { (b, 1) } else { (a, 0) }),
        [Some(a), None] => Ok((a, 0)),
        [None, Some(b)] => Ok((b, 1)),
        [None, None] => Err(OtaError::NoState),
    }
}

/// Writes `state` (with the next sequence number) into the copy not holding the newest one.
pub fn write_state(dev: &mut dyn BlockDevice, layout: &Layout, state: &State) -> Result<State, OtaError> {
    let (target, seq) = match read_state(dev, layout) {
        Ok((cur, copy)) => (1 - copy, cur.seq.wrapping_add(1)),
        Err(OtaError::NoState) => (0, 1),
        Err(e) => return Err(e),
    };
    let mut s = *state;
    s.seq = seq;
    let p = layout.state();
    let at = p.offset + target as u64 * layout.erase_size;
    dev.erase(at, at + layout.erase_size)?;
    dev.write(at, s.record().as_bytes())?;
    Ok(s)
}

/// Checks the image in slot `k` against the recorded length and CRC, and its ROMFS
/// structure and integrity record.
pub fn verify_slot(dev: &dyn BlockDevice, layout: &Layout, state: &State, k: usize) -> Result<Vec<u8>, String> {
    let len = state.len[k] as usize;
    if len == 0 {
        return Err("empty slot".into());
    }
    let p = layout.slot(k);
    if len as u64 > p.size {
        return Err("recorded length exceeds the slot".into());
    }
    let mut buf = vec![0u8; len];
    read_part(dev, p, 0, &mut buf).map_err(|e| e.to_string())?;
    let crc = CRC.checksum(&buf);
    if crc != state.image_crc[k] {
        return Err(format!("image CRC {crc:#010x} does not match the recorded {:#010x}", state.image_crc[k]));
    }
    crate::verify::verify(&buf).map_err(|e| e.to_string())?;
    Ok(buf)
}

/// What writing an image into a slot cost.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteStats {
    /// Erase blocks the image spans.
    pub blocks_total: usize,
    /// Blocks erased.
    pub blocks_erased: usize,
    /// Blocks programmed.
    pub blocks_programmed: usize,
    /// Bytes programmed.
    pub bytes_programmed: usize,
}

/// Writes `image` at the start of partition `p`, erasing and programming only the blocks
/// whose content changes.
fn write_image(dev: &mut dyn BlockDevice, p: &PartitionSpec, erase: u64, image: &[u8]) -> Result<WriteStats, OtaError> {
    let mut stats = WriteStats::default();
    let blocks = (image.len() as u64).div_ceil(erase);
    stats.blocks_total = blocks as usize;
    let mut cur = vec![0u8; erase as usize];
    for b in 0..blocks {
        let off = b * erase;
        let end = (off + erase).min(image.len() as u64);
        let mut want = vec![0xffu8; erase as usize];
        want[..(end - off) as usize].copy_from_slice(&image[off as usize..end as usize]);
        dev.read(p.offset + off, &mut cur)?;
        if cur == want {
            continue;
        }
        let needs_erase = cur.iter().zip(&want).any(|(c, w)| c & w != *w);
        if needs_erase {
            dev.erase(p.offset + off, p.offset + off + erase)?;
            stats.blocks_erased += 1;
            cur.fill(0xff);
        }
        // Program only the bytes that differ from what is there now.
        let first = cur.iter().zip(&want).position(|(c, w)| c != w);
        let last = cur.iter().zip(&want).rposition(|(c, w)| c != w);
        if let (Some(a), Some(z)) = (first, last) {
            dev.write(p.offset + off + a as u64, &want[a..=z])?;
            stats.blocks_programmed += 1;
            stats.bytes_programmed += z + 1 - a;
        }
    }
    Ok(stats)
}

/// Initialises a blank device: `image` (if any) in slot A, state "A active, confirmed".
pub fn init(dev: &mut dyn BlockDevice, layout: &Layout, image: Option<&[u8]>) -> Result<State, OtaError> {
    let mut state = State { seq: 0, active: 0, pending: None, tried: false, len: [0, 0], image_crc: [0, 0] };
    if let Some(img) = image {
        check_image(layout, img)?;
        write_image(dev, layout.slot(0), layout.erase_size, img)?;
        state.len[0] = img.len() as u32;
        state.image_crc[0] = CRC.checksum(img);
        verify_slot(dev, layout, &state, 0).map_err(|why| OtaError::VerifyFailed { slot: 'A', why })?;
    }
    let p = layout.state();
    dev.erase(p.offset, p.offset + 2 * layout.erase_size)?;
    write_state(dev, layout, &state)
}

fn check_image(layout: &Layout, image: &[u8]) -> Result<(), OtaError> {
    let slot = layout.slot(0).size.min(layout.slot(1).size);
    if image.len() as u64 > slot || image.len() > u32::MAX as usize {
        return Err(OtaError::TooBig { len: image.len(), slot });
    }
    crate::verify::verify(image).map_err(OtaError::BadImage)?;
    Ok(())
}

/// The result of staging an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Staged {
    pub slot: usize,
    pub stats: WriteStats,
    pub state: State,
}

/// Writes `image` into the inactive slot, verifies it, and marks it pending.
pub fn stage(dev: &mut dyn BlockDevice, layout: &Layout, image: &[u8]) -> Result<Staged, OtaError> {
    check_image(layout, image)?;
    let (mut state, _) = read_state(dev, layout)?;
    let target = 1 - state.active;
    if state.pending.is_some() || state.len[target] != 0 {
        // Forget the slot's old content before overwriting it.
        state.pending = None;
        state.tried = false;
        state.len[target] = 0;
        state.image_crc[target] = 0;
        state = write_state(dev, layout, &state)?;
    }
    let stats = write_image(dev, layout.slot(target), layout.erase_size, image)?;
    state.len[target] = image.len() as u32;
    state.image_crc[target] = CRC.checksum(image);
    verify_slot(dev, layout, &state, target).map_err(|why| OtaError::VerifyFailed { slot: slot_name(target), why })?;
    state.pending = Some(target);
    state.tried = false;
    let state = write_state(dev, layout, &state)?;
    Ok(Staged { slot: target, stats, state })
}

/// Makes the pending image permanent (after verifying it once more).
pub fn confirm(dev: &mut dyn BlockDevice, layout: &Layout) -> Result<State, OtaError> {
    let (mut state, _) = read_state(dev, layout)?;
    let Some(p) = state.pending else { return Err(OtaError::NothingPending) };
    verify_slot(dev, layout, &state, p).map_err(|why| OtaError::VerifyFailed { slot: slot_name(p), why })?;
    state.active = p;
    state.pending = None;
    state.tried = false;
    write_state(dev, layout, &state)
}

/// What `boot` decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BootChoice {
    pub slot: usize,
    /// The slot is being tried (pending, not yet confirmed).
    pub trial: bool,
    /// What happened on the way, for the user (rollback, failed verification…).
    pub notes: Vec<String>,
    pub state: State,
    /// The verified image bytes.
    pub image_len: usize,
}

/// Chooses the slot to boot, updating the state as a device's bootloader would.
pub fn boot(dev: &mut dyn BlockDevice, layout: &Layout) -> Result<BootChoice, OtaError> {
    let (mut state, _) = read_state(dev, layout)?;
    let mut notes = Vec::new();
    if let Some(p) = state.pending {
        if state.tried {
            notes.push(format!(
                "slot {} was tried and not confirmed: rolled back to slot {}",
                slot_name(p),
                slot_name(state.active)
            ));
            state.pending = None;
            state.tried = false;
            state = write_state(dev, layout, &state)?;
        } else {
            match verify_slot(dev, layout, &state, p) {
                Ok(img) => {
                    state.tried = true;
                    state = write_state(dev, layout, &state)?;
                    notes.push(format!("trying pending slot {} (run `mpyrom ota confirm` to keep it)", slot_name(p)));
                    return Ok(BootChoice { slot: p, trial: true, notes, state, image_len: img.len() });
                }
                Err(why) => {
                    notes.push(format!("pending slot {} failed verification ({why}): not booted", slot_name(p)));
                    state.pending = None;
                    state = write_state(dev, layout, &state)?;
                }
            }
        }
    }
    let a = state.active;
    match verify_slot(dev, layout, &state, a) {
        Ok(img) => Ok(BootChoice { slot: a, trial: false, notes, state, image_len: img.len() }),
        Err(why) => {
            notes.push(format!("active slot {} failed verification ({why})", slot_name(a)));
            let other = 1 - a;
            match verify_slot(dev, layout, &state, other) {
                Ok(img) => {
                    notes.push(format!("booting slot {} instead", slot_name(other)));
                    state.active = other;
                    state.pending = None;
                    state.tried = false;
                    state = write_state(dev, layout, &state)?;
                    Ok(BootChoice { slot: other, trial: false, notes, state, image_len: img.len() })
                }
                Err(why2) => {
                    Err(OtaError::NoBootableImage(format!("{}; slot {}: {why2}", notes.join("; "), slot_name(other))))
                }
            }
        }
    }
}

/// A slot's condition, for `status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlotStatus {
    Empty,
    Valid { len: usize },
    Corrupt(String),
}

/// What `status` reports: the newest state, each slot's condition, and both state copies.
pub type Status = (State, [SlotStatus; 2], [Option<State>; 2]);

/// The state and the condition of both slots (read only).
pub fn status(dev: &dyn BlockDevice, layout: &Layout) -> Result<Status, OtaError> {
    let copies = read_copies(dev, layout)?;
    let (state, _) = read_state(dev, layout)?;
    let slot = |k: usize| {
        if state.len[k] == 0 {
            SlotStatus::Empty
        } else {
            match verify_slot(dev, layout, &state, k) {
                Ok(b) => SlotStatus::Valid { len: b.len() },
                Err(e) => SlotStatus::Corrupt(e),
            }
        }
    };
    Ok((state, [slot(0), slot(1)], copies))
}

/// How many erase blocks and bytes an update from `old` to `new` would write in place of
/// `old` (the same block-by-block comparison `stage` uses).
pub fn diff(old: &[u8], new: &[u8], erase: u64) -> WriteStats {
    let e = erase.max(1) as usize;
    let mut stats = WriteStats { blocks_total: new.len().div_ceil(e), ..WriteStats::default() };
    for b in 0..stats.blocks_total {
        let (off, end) = (b * e, ((b + 1) * e).min(new.len()));
        let get = |img: &[u8], i: usize| img.get(i).copied().unwrap_or(0xff);
        let want: Vec<u8> = (off..off + e).map(|i| if i < end { new[i] } else { 0xff }).collect();
        let cur: Vec<u8> = (off..off + e).map(|i| get(old, i)).collect();
        if cur == want {
            continue;
        }
        let needs_erase = cur.iter().zip(&want).any(|(c, w)| c & w != *w);
        let base: Vec<u8> = if needs_erase { vec![0xff; e] } else { cur };
        if needs_erase {
            stats.blocks_erased += 1;
        }
        let first = base.iter().zip(&want).position(|(c, w)| c != w);
        let last = base.iter().zip(&want).rposition(|(c, w)| c != w);
        if let (Some(a), Some(z)) = (first, last) {
            stats.blocks_programmed += 1;
            stats.bytes_programmed += z + 1 - a;
        }
    }
    stats
}
