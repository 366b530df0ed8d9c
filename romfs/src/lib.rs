//! MicroPython ROMFS images ("RM1" records).
//!
//! This crate knows nothing about the VM: it reads, writes and verifies images and
//! provides the block-device abstraction that images are mounted from.

/// Errors from reading, building or verifying an image.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Placeholder until the reader lands.
    #[error("not implemented: {0}")]
    Unimplemented(&'static str),
}
