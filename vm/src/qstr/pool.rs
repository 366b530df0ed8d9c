//! The dynamic qstr pool, stored in the VM heap.
//!
//! Layout: `meta` is a `RawBytes` chunk with two words per qstr: `len | hash << 32`, then
//! the text's location — bit 63 set: `(source << 32) | offset` of text used in place (a
//! `.mpy` qstr in a mapped image costs only these 16 bytes); bit 63 clear: the word index
//! of a `RawBytes` chunk holding a copy of the text. `index` is an open-addressing table of
//! `u32` slots holding `entry + 1` (0 = empty), kept at most 3/4 full.
//!
//! Invariants: entries are never removed; a text is present at most once (and never when it
//! is static); the VM marks `meta`, `index` and every copied-text chunk as roots.

use super::{find_static, Qstr, STATIC_COUNT};
use crate::hash::str_hash;
use crate::heap::{Heap, ObjKind};
use crate::source::{SourceId, Sources};

const IN_SOURCE: u64 = 1 << 63;

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

/// The pool (the handles of its heap chunks).
#[derive(Default)]
pub struct Pool {
    meta: Option<usize>,
    meta_cap: usize,
    index: Option<usize>,
    index_cap: usize,
    count: usize,
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

    /// Heap bytes the pool's own tables occupy (not counting copied text).
    pub fn table_bytes(&self, heap: &Heap) -> usize {
        [self.meta, self.index].iter().flatten().map(|&i| heap.header(i).words() * 8).sum()
    }

    fn entry_words(&self, heap: &Heap, n: usize) -> (u64, u64) {
        let m = self.meta.expect("entry of an empty pool");
        (heap.word(m + 1 + 2 * n), heap.word(m + 2 + 2 * n))
    }

    /// Where the text of `q` lives.
    pub fn text_of(&self, heap: &Heap, q: Qstr) -> QstrText {
        if let Some(t) = q.static_text() {
            return QstrText::Static(t);
        }
        let n = (q.0 - STATIC_COUNT) as usize;
        let (w0, w1) = self.entry_words(heap, n);
        let len = w0 as u32;
        if w1 & IN_SOURCE != 0 {
            QstrText::Source { source: (w1 >> 32) as u16, offset: w1 as u32, len }
        } else {
            QstrText::Heap { index: w1 as usize, len }
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

    /// The hash of `q`.
    #[inline]
    pub fn hash(&self, heap: &Heap, q: Qstr) -> u32 {
        if q.is_static() {
            super::HASH[q.0 as usize]
        } else {
            (self.entry_words(heap, (q.0 - STATIC_COUNT) as usize).0 >> 32) as u32
        }
    }

    /// Finds an existing qstr with this text.
    pub fn find(&self, heap: &Heap, sources: &Sources, text: &[u8]) -> Option<Qstr> {
        if let Some(q) = find_static(text) {
            return Some(q);
        }
        let index = self.index?;
        let hash = str_hash(text);
        let mask = self.index_cap - 1;
        let mut slot = hash as usize & mask;
        loop {
            let e = self.slot(heap, index, slot);
            if e == 0 {
                return None;
            }
            let q = Qstr(STATIC_COUNT + e - 1);
            if self.hash(heap, q) == hash && self.bytes(heap, sources, q) == text {
                return Some(q);
            }
            slot = (slot + 1) & mask;
        }
    }

    fn slot(&self, heap: &Heap, index: usize, slot: usize) -> u32 {
        let w = heap.word(index + 1 + slot / 2);
        (w >> (32 * (slot % 2))) as u32
    }

    fn set_slot(heap: &mut Heap, index: usize, slot: usize, v: u32) {
        let i = index + 1 + slot / 2;
        let shift = 32 * (slot % 2);
        let w = heap.word(i) & !(0xffff_ffffu64 << shift);
        heap.set_word(i, w | ((v as u64) << shift));
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
        let loc = IN_SOURCE | ((source as u64) << 32) | offset as u64;
        self.add(heap, str_hash(text), text.len() as u32, loc)
    }

    /// Interns text by copying it into the heap if it is new.
    /// Returns `None` if the heap is full (the caller may collect and retry).
    pub fn intern_copy(&mut self, heap: &mut Heap, sources: &Sources, text: &[u8]) -> Option<Qstr> {
        if let Some(q) = self.find(heap, sources, text) {
            return Some(q);
        }
        self.reserve(heap)?;
        let chunk = heap.alloc(ObjKind::RawBytes, text.len().div_ceil(8), 0)?;
        heap.bytes_mut(chunk + 1, 0, text.len()).copy_from_slice(text);
        let q = self.add(heap, str_hash(text), text.len() as u32, chunk as u64);
        if q.is_none() {
            heap.free(chunk);
        }
        q
    }

    /// Makes sure one more entry fits without allocating.
    fn reserve(&mut self, heap: &mut Heap) -> Option<()> {
        if self.count == self.meta_cap {
            let cap = (self.meta_cap * 2).max(16);
            let new = heap.alloc(ObjKind::RawBytes, cap * 2, 0)?;
            if let Some(old) = self.meta {
                for i in 0..self.count * 2 {
                    let w = heap.word(old + 1 + i);
                    heap.set_word(new + 1 + i, w);
                }
                heap.free(old);
            }
            self.meta = Some(new);
            self.meta_cap = cap;
        }
        if (self.count + 1) * 4 > self.index_cap * 3 {
            let cap = (self.index_cap * 2).max(32);
            let new = heap.alloc(ObjKind::RawBytes, cap / 2, 0)?;
            let mask = cap - 1;
            for n in 0..self.count {
                let hash = (self.entry_words(heap, n).0 >> 32) as usize;
                let mut slot = hash & mask;
                while self.slot(heap, new, slot) != 0 {
                    slot = (slot + 1) & mask;
                }
                Self::set_slot(heap, new, slot, n as u32 + 1);
            }
            if let Some(old) = self.index {
                heap.free(old);
            }
            self.index = Some(new);
            self.index_cap = cap;
        }
        Some(())
    }

    fn add(&mut self, heap: &mut Heap, hash: u32, len: u32, loc: u64) -> Option<Qstr> {
        self.reserve(heap)?;
        let n = self.count;
        let meta = self.meta?;
        heap.set_word(meta + 1 + 2 * n, len as u64 | (hash as u64) << 32);
        heap.set_word(meta + 2 + 2 * n, loc);
        let index = self.index?;
        let mask = self.index_cap - 1;
        let mut slot = hash as usize & mask;
        while self.slot(heap, index, slot) != 0 {
            slot = (slot + 1) & mask;
        }
        Self::set_slot(heap, index, slot, n as u32 + 1);
        self.count += 1;
        Some(Qstr(STATIC_COUNT + n as u32))
    }

    /// Marks the pool's chunks (called by the VM while collecting).
    pub fn mark(&self, heap: &mut Heap) {
        for c in [self.meta, self.index].into_iter().flatten() {
            heap.mark_index(c);
        }
        for n in 0..self.count {
            let (_, loc) = self.entry_words(heap, n);
            if loc & IN_SOURCE == 0 {
                heap.mark_index(loc as usize);
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
            assert_eq!(pool.hash(&heap, *q), str_hash(t.as_bytes()));
        }
        assert_eq!(pool.bytes(&heap, &sources, a), b"alpha");
        assert!(matches!(pool.text_of(&heap, a), QstrText::Source { offset: 0, len: 5, .. }));
    }
}
