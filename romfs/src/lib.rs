//! MicroPython ROMFS images ("RM1" records): format, zero-copy reader, aligned packer,
//! integrity record, block devices and mounting, flash layouts and A/B OTA slots.
//!
//! This crate knows nothing about the VM. Invariants shared by every module: input bytes
//! are never trusted (every length and offset is checked, hostile input yields `Error`),
//! and reading never copies file data.

pub mod device;
pub mod fuzz;
pub mod integrity;
pub mod layout;
pub mod ota;
pub mod pack;
pub mod reader;
pub mod record;
pub mod tree;
pub mod varuint;
pub mod verify;

pub use device::{BlockDevice, DeviceError, FileDevice, MmapDevice, Mounted, Partition, RamDevice, ReadOnlyMap};
pub use reader::{DirIter, Entry, EntryKind, Image};

/// Errors from reading, building or verifying an image.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("not a ROMFS image (missing \"RM1\" header)")]
    NotRomfs,
    #[error("image truncated at byte {offset}")]
    Truncated { offset: usize },
    #[error("number too large at byte {offset}")]
    Overflow { offset: usize },
    #[error("record at byte {offset} extends past its container")]
    OutOfBounds { offset: usize },
    #[error("corrupt image at byte {offset}: {what}")]
    Corrupt { offset: usize, what: &'static str },
    #[error("directories nested too deeply")]
    TooDeep,
    #[error("{0}: no such file or directory")]
    NotFound(String),
    #[error("{0}: not a directory")]
    NotADirectory(String),
    #[error("{0}: is a directory")]
    IsADirectory(String),
    #[error("integrity check failed: stored CRC {expected:#010x}, computed {actual:#010x}")]
    CrcMismatch { expected: u32, actual: u32 },
    #[error("image has no integrity record")]
    NoIntegrity,
    #[error("invalid name {0:?}")]
    BadName(String),
    #[error("alignment {0} is not a power of two between 1 and 4096")]
    BadAlign(usize),
    #[error("{0}")]
    Build(String),
    #[error("device: {0}")]
    Device(#[from] DeviceError),
}
