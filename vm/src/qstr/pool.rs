//! The dynamic qstr pool, stored in the VM heap.
//!
//! Entries live in segments (`RawBytes` chunks) of 15 entries each, allocated as the pool
//! grows and never moved (like MicroPython's chained qstr pools). Fifteen 8-byte entries
//! plus the chunk header make a 128-byte chunk, so a pool wastes at most 14 entries. An
//! entry is 8 bytes: length (u16), source id (u16; `HEAP` when the text was copied into the
//! heap) and offset (u32): the text's offset in that source, or the word index of the
//! `RawBytes` chunk holding the copy. A `.mpy` qstr in a mapped image therefore costs 8
//! bytes. No hash is stored: lookup by text (when a module first uses a name) compares
//! lengths and then text, and a dynamic qstr's hash is computed from its text when an
//! indexed table needs it (names are short; small tables and the interpreter's caches need
//! no hash). Lookup by id is O(1) (segment = id / 15).
//!
//! Invariants: entries are never removed; a text is present at most once (and never when it
//! is static); texts are at most 65535 bytes; the VM marks the segments and every
//! copied-text chunk as roots.

use super::{find_static, Qstr, STATIC_COUNT};
use crate::hash::str_hash;
use crate::heap::{Heap, ObjKind};
use crate::source::{SourceId, Sources};

const ENTRY_BYTES: usize = 8;
const SEGMENT_ENTRIES: usize = 15;
const HEAP: u16 = u16::MAX;

/// Where a qstr's text lives.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum QstrText {
    /// Compiled into the binary.
    Static(&'static str),
    /// In place in a source.
    Source { source: SourceId, offset: u32, len: u32 },
    /// Copied into a heap chunk (payload at word `index + 1`).
    Heap { index: usize, len: u32 },
}

/// The pool: the heap indices of its segments (segment k holds 16·2^k entries).
#[derive(Default)]
pub struct Pool {
    segments: Vec<usize>,
    count: usize,
}

#[derive(Copy, Clone)]
struct Entry {
    len: u16,
    source: u16,
    offset: u32,
}

/// Segment number and position within it of entry `n`.
#[inline(always)]
fn locate(n: usize) -> (usize, usize) {
    (n / SEGMENT_ENTRIES, n % SEGMENT_ENTRIES)
}

impl Pool {
    /// Number of dynamic qstrs.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether there are no dynamic qstrs.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Heap bytes the pool's own segments occupy (not counting copied text).
    pub fn table_bytes(&self, heap: &Heap) -> usize {
        self.segments.iter().map(|&i| heap.header(i).words() * 8).sum()
    }

    #[inline(always)]
    fn entry(&self, heap: &Heap, n: usize) -> Entry {
        let (k, j) = locate(n);
        let b = heap.bytes(self.segments[k] + 1, j * ENTRY_BYTES, ENTRY_BYTES);
        Entry {
            len: u16::from_le_bytes([b[0], b[1]]),
            source: u16::from_le_bytes([b[2], b[3]]),
            offset: u32::from_le_bytes([b[4], b[5], b[6], b[7]]),
        }
    }

    /// Where the text of `q` lives.
    pub fn text_of(&self, heap: &Heap, q: Qstr) -> QstrText {
        if let Some(t) = q.static_text() {
            return QstrText::Static(t);
        }
        let e = self.entry(heap, (q.0 - STATIC_COUNT) as usize);
        if e.source == HEAP {
            QstrText::Heap { index: e.offset as usize, len: e.len as u32 }
        } else {
            QstrText::Source { source: e.source, offset: e.offset, len: e.len as u32 }
        }
    }

    /// The text of `q`.
    pub fn bytes<'a>(&self, heap: &'a Heap, sources: &'a Sources, q: Qstr) -> &'a [u8] {
        match self.text_of(heap, q) {
            QstrText::Static(t) => t.as_bytes(),
            QstrText::Source { source, offset, len } => {
                &sources.bytes(heap, source)[offset as usize..(offset + len) as usize]
            }
            QstrText::Heap { index, len } => heap.bytes(index + 1, 0, len as usize),
        }
    }

    /// The hash of `q` (computed from the text for dynamic qstrs).
    #[inline]
    pub fn hash(&self, heap: &Heap, sources: &Sources, q: Qstr) -> u32 {
        if q.is_static() {
            super::HASH[q.0 as usize]
        } else {
            str_hash(self.bytes(heap, sources, q))
        }
    }

    /// Finds an existing qstr with this text. A linear scan, as MicroPython's pool lookup:
    /// it runs when a module first uses a name, not in hot paths; each segment's entries
    /// are read as one byte slice and only equal lengths compare text.
    pub fn find(&self, heap: &Heap, sources: &Sources, text: &[u8]) -> Option<Qstr> {
        if let Some(q) = find_static(text) {
            return Some(q);
        }
        let len = u16::try_from(text.len()).ok()?.to_le_bytes();
        for (k, &seg) in self.segments.iter().enumerate() {
            let n = (self.count - k * SEGMENT_ENTRIES).min(SEGMENT_ENTRIES);
            let entries = heap.bytes(seg + 1, 0, n * ENTRY_BYTES);
            for (j, e) in entries.chunks_exact(ENTRY_BYTES).enumerate() {
                if e[0] == len[0] && e[1] == len[1] {
                    let q = Qstr(STATIC_COUNT + (k * SEGMENT_ENTRIES + j) as u32);
                    if self.bytes(heap, sources, q) == text {
                        return Some(q);
                    }
                }
            }
        }
        None
    }

    /// Interns text that lives in place in a source (`text` is those same bytes).
    /// Returns `None` if the heap is full (the caller may collect and retry).
    pub fn intern_in_source(
        &mut self,
        heap: &mut Heap,
        sources: &Sources,
        text: &[u8],
        source: SourceId,
        offset: u32,
    ) -> Option<Qstr> {
        if let Some(q) = self.find(heap, sources, text) {
            return Some(q);
        }
        self.add(heap, Entry { len: u16::try_from(text.len()).ok()?, source, offset })
    }

    /// Interns text by copying it into the heap if it is new.
    /// Returns `None` if the heap is full (the caller may collect and retry) or the text is
    /// longer than 65535 bytes.
    pub fn intern_copy(&mut self, heap: &mut Heap, sources: &Sources, text: &[u8]) -> Option<Qstr> {
        if let Some(q) = self.find(heap, sources, text) {
            return Some(q);
        }
        let len = u16::try_from(text.len()).ok()?;
        self.reserve(heap)?;
        let chunk = heap.alloc(ObjKind::RawBytes, text.len().div_ceil(8), 0)?;
        heap.bytes_mut(chunk + 1, 0, text.len()).copy_from_slice(text);
        let offset = u32::try_from(chunk).ok()?;
        self.add(heap, Entry { len, source: HEAP, offset })
    }

    /// Makes sure one more entry fits without allocating.
    fn reserve(&mut self, heap: &mut Heap) -> Option<()> {
        let (k, _) = locate(self.count);
        if k == self.segments.len() {
            let seg = heap.alloc(ObjKind::RawBytes, (SEGMENT_ENTRIES * ENTRY_BYTES).div_ceil(8), 0)?;
            self.segments.push(seg);
        }
        Some(())
    }

    fn add(&mut self, heap: &mut Heap, e: Entry) -> Option<Qstr> {
        self.reserve(heap)?;
        let n = self.count;
        let (k, j) = locate(n);
        let b = heap.bytes_mut(self.segments[k] + 1, j * ENTRY_BYTES, ENTRY_BYTES);
        b[0..2].copy_from_slice(&e.len.to_le_bytes());
        b[2..4].copy_from_slice(&e.source.to_le_bytes());
        b[4..8].copy_from_slice(&e.offset.to_le_bytes());
        self.count += 1;
        Some(Qstr(STATIC_COUNT + n as u32))
    }

    /// The heap chunks the pool owns: its entry segments and the chunks holding copied text.
    pub fn chunks(&self, heap: &Heap) -> (Vec<usize>, Vec<usize>) {
        let texts = (0..self.count).map(|n| self.entry(heap, n)).filter(|e| e.source == HEAP);
        (self.segments.clone(), texts.map(|e| e.offset as usize).collect())
    }

    /// Marks the pool's chunks (called by the VM while collecting).
    pub fn mark(&self, heap: &mut Heap) {
        for &s in &self.segments {
            heap.mark_index(s);
        }
        for n in 0..self.count {
            let e = self.entry(heap, n);
            if e.source == HEAP {
                heap.mark_index(e.offset as usize);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Source;
    use std::sync::Arc;

    #[test]
    fn segments_are_located_in_constant_time() {
        assert_eq!(locate(0), (0, 0));
        assert_eq!(locate(14), (0, 14));
        assert_eq!(locate(15), (1, 0));
        assert_eq!(locate(166), (11, 1));
        // A segment is a whole number of words with no padding.
        assert_eq!((SEGMENT_ENTRIES * ENTRY_BYTES) % 8, 0);
    }

    #[test]
    fn intern_is_unique_and_survives_growth_and_gc() {
        let mut heap = Heap::new(1 << 16);
        let mut sources = Sources::default();
        let data: Vec<u8> = b"alpha\0beta\0".to_vec();
        let sid = sources.add(Source::Mapped(Arc::new(data.clone()))).unwrap();
        let mut pool = Pool::default();
        let a = pool.intern_in_source(&mut heap, &sources, &data[0..5], sid, 0).unwrap();
        let b = pool.intern_in_source(&mut heap, &sources, &data[6..10], sid, 6).unwrap();
        assert_ne!(a, b);
        assert_eq!(pool.intern_copy(&mut heap, &sources, b"alpha"), Some(a));
        assert_eq!(pool.intern_copy(&mut heap, &sources, b"len"), Some(super::super::q::len));
        let mut ids = vec![];
        for i in 0..500 {
            ids.push(pool.intern_copy(&mut heap, &sources, format!("name{i}").as_bytes()).unwrap());
        }
        heap.begin_collection();
        pool.mark(&mut heap);
        heap.finish_collection();
        heap.check().unwrap();
        for (i, q) in ids.iter().enumerate() {
            let t = format!("name{i}");
            assert_eq!(pool.bytes(&heap, &sources, *q), t.as_bytes());
            assert_eq!(pool.find(&heap, &sources, t.as_bytes()), Some(*q));
            assert_eq!(pool.hash(&heap, &sources, *q), str_hash(t.as_bytes()));
        }
        assert_eq!(pool.bytes(&heap, &sources, a), b"alpha");
        assert!(matches!(pool.text_of(&heap, a), QstrText::Source { offset: 0, len: 5, .. }));
        // 502 entries of 8 bytes in 34 segments of 15, each with an 8-byte header.
        assert_eq!(pool.table_bytes(&heap), 34 * (15 * 8 + 8));
    }
}
