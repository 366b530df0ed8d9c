//! Mark and sweep.
//!
//! The VM drives a collection: `begin_collection`, then `mark` every root value, then
//! `finish_collection` (drain the mark stack, sweep, rebuild the free lists).
//!
//! Invariants: marking follows only heap-tagged values found in scanned chunks, so it is
//! precise for every value the VM stores; the mark stack lives outside the arena (it is the
//! collector's working memory, like the C stack of MicroPython's collector); the sweep
//! coalesces adjacent free chunks and leaves no mark bit set.

use super::{Header, Heap, ObjKind, BLOCK_WORDS, NIL, SMALL_CLASSES};
use crate::value::Value;

impl Heap {
    /// Starts a collection.
    pub fn begin_collection(&mut self) {
        self.mark_stack.clear();
    }

    /// Marks a root (or any value reachable from one). Non-heap values are ignored.
    #[inline]
    pub fn mark(&mut self, v: Value) {
        if let Some(i) = v.as_heap() {
            self.mark_index(i);
        }
    }

    /// Marks the chunk at word `i`.
    #[inline]
    pub fn mark_index(&mut self, i: usize) {
        if i >= self.heap_words {
            debug_assert!(false, "reference {i} outside the heap");
            return;
        }
        let h = Header(self.arena.get(i));
        if h.marked() {
            return;
        }
        debug_assert!(h.kind_byte() != ObjKind::Free as u8, "reference {i} to a free chunk");
        self.arena.set(i, h.with_mark(true).0);
        if ObjKind::from_u8(h.kind_byte()).is_some_and(ObjKind::is_scanned) {
            self.mark_stack.push(i);
        }
    }

    fn drain_mark_stack(&mut self) {
        while let Some(i) = self.mark_stack.pop() {
            let words = Header(self.arena.get(i)).words();
            for j in i + 1..i + words {
                let v = Value::from_bits(self.arena.get(j));
                if let Some(k) = v.as_heap() {
                    self.mark_index(k);
                }
            }
        }
    }

    /// Finishes a collection: traces everything reachable from the marked roots, frees the
    /// rest, and returns the number of bytes freed.
    pub fn finish_collection(&mut self) -> usize {
        self.drain_mark_stack();
        let before = self.used_blocks;
        self.small_free = [NIL; SMALL_CLASSES + 1];
        self.large_free = NIL;
        self.carve_blocks = 0;
        let mut best_start = NIL;
        let mut best_blocks = 0;
        let mut i = 0;
        let len = self.heap_words;
        let mut run_start = NIL;
        let mut run_blocks = 0;
        let mut used = 0;
        while i < len {
            let h = Header(self.arena.get(i));
            let blocks = h.blocks();
            let live = h.kind_byte() != ObjKind::Free as u8 && h.marked();
            if live {
                self.arena.set(i, h.with_mark(false).0);
                used += blocks;
                if run_start != NIL {
                    self.close_run(run_start, run_blocks, &mut best_start, &mut best_blocks);
                    run_start = NIL;
                }
            } else {
                #[cfg(feature = "gc-stress")]
                if h.kind_byte() != ObjKind::Free as u8 {
                    // Poison: a stale reference into a freed chunk reads an invalid tag.
                    for j in i + 1..i + blocks * BLOCK_WORDS {
                        self.arena.set(j, 0xFFFF_DEAD_DEAD_DEAD);
                    }
                }
                if run_start == NIL {
                    run_start = i;
                    run_blocks = 0;
                }
                run_blocks += blocks;
            }
            i += blocks * BLOCK_WORDS;
        }
        if run_start != NIL {
            self.close_run(run_start, run_blocks, &mut best_start, &mut best_blocks);
        }
        if best_start != NIL {
            self.carve_start = best_start;
            self.carve_blocks = best_blocks;
            self.arena.set(best_start, Header::new(ObjKind::Free, best_blocks, 0).0);
        }
        self.used_blocks = used;
        self.collections += 1;
        (before - used) * super::BLOCK_BYTES
    }

    /// Ends a run of free chunks: the largest run becomes the carve region, the others go
    /// to the free lists.
    fn close_run(&mut self, start: usize, blocks: usize, best_start: &mut usize, best_blocks: &mut usize) {
        if blocks > *best_blocks {
            if *best_start != NIL {
                self.push_free(*best_start, *best_blocks);
            }
            *best_start = start;
            *best_blocks = blocks;
            self.arena.set(start, Header::new(ObjKind::Free, blocks, 0).0);
        } else {
            self.push_free(start, blocks);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreachable_chunks_are_freed_and_reachable_kept() {
        let mut h = Heap::new(8192);
        let leaf = h.alloc(ObjKind::Str, 2, 0).unwrap();
        let tup = h.alloc(ObjKind::Tuple, 2, 0).unwrap();
        h.set_word(tup + 1, 1);
        h.set_value(tup + 2, Value::heap(leaf));
        let garbage = h.alloc(ObjKind::Tuple, 10, 0).unwrap();
        // A cycle that is unreachable.
        let c1 = h.alloc(ObjKind::Tuple, 1, 0).unwrap();
        let c2 = h.alloc(ObjKind::Tuple, 1, 0).unwrap();
        h.set_value(c1 + 1, Value::heap(c2));
        h.set_value(c2 + 1, Value::heap(c1));
        let used_before = h.stats().used;
        h.begin_collection();
        h.mark(Value::heap(tup));
        let freed = h.finish_collection();
        assert_eq!(freed, used_before - h.stats().used);
        assert_eq!(h.stats().used, (3 + 3) * 8);
        assert_eq!(h.kind(leaf), ObjKind::Str);
        assert_eq!(h.kind(tup), ObjKind::Tuple);
        assert_eq!(h.kind(garbage), ObjKind::Free);
        h.check().unwrap();
        let s = h.stats();
        assert_eq!(s.used + s.free, s.total);
    }

    #[test]
    fn collection_makes_room_again() {
        let mut h = Heap::new(1024);
        let mut n = 0;
        while h.alloc(ObjKind::Tuple, 3, 0).is_some() {
            n += 1;
        }
        h.begin_collection();
        h.finish_collection();
        assert_eq!(h.stats().used, 0);
        let mut m = 0;
        while h.alloc(ObjKind::Tuple, 3, 0).is_some() {
            m += 1;
        }
        assert_eq!(n, m);
        // And a large request fits after a full collection (coalescing worked).
        h.begin_collection();
        h.finish_collection();
        assert!(h.alloc(ObjKind::RawBytes, 120, 0).is_some());
        h.check().unwrap();
    }

    #[test]
    fn raw_integers_in_scanned_chunks_are_not_followed() {
        let mut h = Heap::new(1024);
        let t = h.alloc(ObjKind::Tuple, 2, 0).unwrap();
        h.set_word(t + 1, 12345); // a raw length, not a reference
        h.set_value(t + 2, Value::int_unchecked(7));
        h.begin_collection();
        h.mark(Value::heap(t));
        h.finish_collection();
        h.check().unwrap();
        assert_eq!(h.stats().used, 24);
    }
}
