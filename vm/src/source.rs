//! Sources: the byte buffers that code and in-place constants are executed from.
//!
//! A source is either *mapped* (bytes outside the heap: a memory-mapped image or a
//! buffer the host owns; nothing is copied) or *heap* (bytes read into a `RawBytes` chunk
//! of the VM heap, counted in its accounting).
//!
//! Invariants: sources are only ever added, never removed or changed, so a `(source,
//! offset)` pair stays valid for the VM's life; heap sources are GC roots.

use crate::heap::Heap;
use std::sync::Arc;

/// Shared, immutable bytes that outlive the VM's use of them (an mmap, a `Vec`, a static).
pub type SharedBytes = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// One registered source.
#[derive(Clone)]
pub enum Source {
    /// Bytes outside the heap, used in place.
    Mapped(SharedBytes),
    /// Bytes in a `RawBytes` heap chunk: `len` bytes starting `offset` bytes into the
    /// payload (which starts at word `index + 1`).
    Heap { index: usize, offset: usize, len: usize },
}

/// The registry of sources, indexed by a 16-bit id.
#[derive(Default)]
pub struct Sources {
    list: Vec<Source>,
}

/// A source id.
pub type SourceId = u16;

impl Sources {
    /// Registers a source; `None` when all 65536 ids are used.
    pub fn add(&mut self, s: Source) -> Option<SourceId> {
        let id = u16::try_from(self.list.len()).ok()?;
        self.list.push(s);
        Some(id)
    }

    /// The bytes of source `id`.
    #[inline]
    pub fn bytes<'a>(&'a self, heap: &'a Heap, id: SourceId) -> &'a [u8] {
        match &self.list[id as usize] {
            Source::Mapped(b) => (**b).as_ref(),
            Source::Heap { index, offset, len } => heap.bytes(*index + 1, *offset, *len),
        }
    }

    /// A source for `range` of source `id` (same storage, no copy).
    pub fn sub_source(&self, id: SourceId, range: std::ops::Range<usize>) -> Source {
        match &self.list[id as usize] {
            Source::Mapped(b) => {
                let base = b.clone();
                Source::Mapped(std::sync::Arc::new(crate::vfs::romfs::SubSlice::new(base, range)))
            }
            Source::Heap { index, offset, .. } => {
                Source::Heap { index: *index, offset: offset + range.start, len: range.len() }
            }
        }
    }

    /// Whether source `id` is used in place (not copied into the heap).
    pub fn is_mapped(&self, id: SourceId) -> bool {
        matches!(self.list[id as usize], Source::Mapped(_))
    }

    /// Every registered source.
    pub fn iter(&self) -> impl Iterator<Item = &Source> {
        self.list.iter()
    }
}
