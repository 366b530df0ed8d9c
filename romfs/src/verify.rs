//! Whole-image verification: structure (every record of every directory parses, no kind-0
//! records, every file has in-bounds data) and the integrity record.

use crate::integrity::{self, Status};
use crate::reader::{EntryKind, Image};
use crate::record::{Kind, Records};
use crate::Error;

/// What a successful verification found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub files: usize,
    pub dirs: usize,
    pub file_bytes: u64,
    pub image_size: usize,
    pub integrity: Status,
}

/// Verifies the image at the start of `bytes` (the buffer may extend past it).
pub fn verify(bytes: &[u8]) -> Result<Report, Error> {
    let image = Image::new(bytes)?;
    // Every top-level record must parse, even those the walk skips.
    for r in image.top_records() {
        let r = r?;
        if r.kind == Kind::Unused {
            return Err(Error::Corrupt { offset: r.start, what: "record of kind 0" });
        }
    }
    let (mut files, mut dirs, mut file_bytes) = (0, 0, 0u64);
    let mut failure = None;
    image.walk(|_, e| match e.kind {
        EntryKind::File => {
            files += 1;
            file_bytes += e.size;
        }
        EntryKind::Dir => {
            dirs += 1;
            if failure.is_none() {
                if let Some(Err(err)) = Records::new(bytes, e.data_offset..e.record.end).find(|r| r.is_err()) {
                    failure = Some(err);
                }
            }
        }
    })?;
    if let Some(e) = failure {
        return Err(e);
    }
    let integrity = integrity::verify(&image)?;
    Ok(Report { files, dirs, file_bytes, image_size: image.size(), integrity })
}

/// Verifies and additionally requires the integrity record.
pub fn verify_strict(bytes: &[u8]) -> Result<Report, Error> {
    let r = verify(bytes)?;
    if r.integrity == Status::Absent {
        return Err(Error::NoIntegrity);
    }
    Ok(r)
}
