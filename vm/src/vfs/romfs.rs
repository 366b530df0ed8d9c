//! A mounted ROMFS image as a filesystem.
//!
//! The image is either *mapped* (host bytes kept alive by an `Arc`: a memory-mapped file or
//! device; module files are handed to the VM as sub-slices, so bytecode, qstr text and
//! str/bytes constants execute in place) or *copied* (the image was read into one heap
//! chunk, counted in the VM's accounting; modules execute from that chunk, again without
//! further copies).
//!
//! Invariants: the filesystem is read-only (writes fail with EROFS); the image header was
//! checked at mount time and every lookup re-checks bounds through the `romfs` reader.

use super::{FileSystem, FsError, Loaded, NodeKind, Stat};
use crate::source::{SharedBytes, Source, SourceId};
use crate::vm::Vm;
use romfs::{EntryKind, Image};
use std::ops::Range;
use std::sync::Arc;

/// Where the image bytes are.
#[derive(Clone)]
pub enum ImageBytes {
    /// Host bytes used in place.
    Mapped(SharedBytes),
    /// A heap source holding a copy of the image.
    Heap(SourceId),
}

/// A mounted ROMFS image.
pub struct RomFs {
    bytes: ImageBytes,
}

/// A sub-range of shared bytes (a file inside a mapped image), itself shareable.
pub struct SubSlice {
    base: SharedBytes,
    range: Range<usize>,
}

impl SubSlice {
    /// `range` of `base`.
    pub fn new(base: SharedBytes, range: Range<usize>) -> SubSlice {
        SubSlice { base, range }
    }
}

impl AsRef<[u8]> for SubSlice {
    fn as_ref(&self) -> &[u8] {
        &(*self.base).as_ref()[self.range.clone()]
    }
}

fn map_err(e: romfs::Error) -> FsError {
    match e {
        romfs::Error::NotFound(_) => FsError::NotFound,
        romfs::Error::NotADirectory(_) => FsError::NotDir,
        romfs::Error::IsADirectory(_) => FsError::IsDir,
        other => FsError::Io(other.to_string()),
    }
}

impl RomFs {
    /// A filesystem over mapped bytes; fails if they are not a ROMFS image.
    pub fn mapped(bytes: SharedBytes) -> Result<RomFs, romfs::Error> {
        Image::new((*bytes).as_ref())?;
        Ok(RomFs { bytes: ImageBytes::Mapped(bytes) })
    }

    /// A filesystem over an image copied into the heap source `source`.
    pub fn copied(vm: &Vm, source: SourceId) -> Result<RomFs, romfs::Error> {
        Image::new(vm.sources.bytes(&vm.heap, source))?;
        Ok(RomFs { bytes: ImageBytes::Heap(source) })
    }

    /// Whether the image is used in place.
    pub fn is_mapped(&self) -> bool {
        matches!(self.bytes, ImageBytes::Mapped(_))
    }

    fn with_image<R>(&self, vm: &Vm, f: impl FnOnce(&Image<'_>) -> Result<R, FsError>) -> Result<R, FsError> {
        let bytes: &[u8] = match &self.bytes {
            ImageBytes::Mapped(b) => (**b).as_ref(),
            ImageBytes::Heap(id) => vm.sources.bytes(&vm.heap, *id),
        };
        let image = Image::new(bytes).map_err(map_err)?;
        f(&image)
    }

    /// The byte range of a file's data within the image.
    pub fn file_range(&self, vm: &Vm, path: &str) -> Result<Range<usize>, FsError> {
        self.with_image(vm, |image| {
            let e = image.lookup(path).map_err(map_err)?;
            if e.kind != EntryKind::File {
                return Err(FsError::IsDir);
            }
            Ok(e.data_offset..e.data_offset + e.size as usize)
        })
    }

    /// The heap source of a copied image.
    pub fn heap_source(&self) -> Option<SourceId> {
        match &self.bytes {
            ImageBytes::Heap(id) => Some(*id),
            ImageBytes::Mapped(_) => None,
        }
    }

    /// The image bytes when mapped.
    pub fn mapped_bytes(&self) -> Option<&SharedBytes> {
        match &self.bytes {
            ImageBytes::Mapped(b) => Some(b),
            ImageBytes::Heap(_) => None,
        }
    }
}

impl FileSystem for RomFs {
    fn kind_name(&self) -> &'static str {
        "VfsRom"
    }

    fn stat(&self, vm: &Vm, path: &str) -> Result<Stat, FsError> {
        self.with_image(vm, |image| {
            let e = image.lookup(path).map_err(map_err)?;
            Ok(Stat { kind: if e.kind == EntryKind::Dir { NodeKind::Dir } else { NodeKind::File }, size: e.size })
        })
    }

    fn listdir(&self, vm: &Vm, path: &str) -> Result<Vec<(String, NodeKind, u64)>, FsError> {
        self.with_image(vm, |image| {
            let mut out = Vec::new();
            for e in image.read_dir(path).map_err(map_err)? {
                let e = e.map_err(map_err)?;
                let kind = if e.kind == EntryKind::Dir { NodeKind::Dir } else { NodeKind::File };
                out.push((String::from_utf8_lossy(e.name).into_owned(), kind, e.size));
            }
            Ok(out)
        })
    }

    fn load(&self, vm: &mut Vm, path: &str) -> Result<Loaded, FsError> {
        let range = self.file_range(vm, path)?;
        Ok(Loaded::Source(match &self.bytes {
            ImageBytes::Mapped(b) => Source::Mapped(Arc::new(SubSlice { base: b.clone(), range })),
            ImageBytes::Heap(id) => vm.sources.sub_source(*id, range),
        }))
    }

    fn read(&self, vm: &Vm, path: &str) -> Result<Vec<u8>, FsError> {
        self.with_image(vm, |image| {
            let e = image.lookup(path).map_err(map_err)?;
            if e.kind != EntryKind::File {
                return Err(FsError::IsDir);
            }
            Ok(image.data(&e).to_vec())
        })
    }

    fn as_any(&self) -> Option<&dyn std::any::Any> {
        Some(self)
    }

    fn statvfs(&self, vm: &Vm) -> Result<(u64, u64, u64), FsError> {
        self.with_image(vm, |image| Ok((1, image.size() as u64, 0)))
    }
}
