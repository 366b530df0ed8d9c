//! The raw arena: one fixed-capacity allocation of 64-bit words that every heap object
//! lives in.
//!
//! Why hand-written: the VM's heap must account for every byte it hands out and must be a
//! fixed size (`-X heapsize`), like a microcontroller's; Rust's allocator offers neither.
//!
//! Invariants: the allocation never moves or grows, so a word index (and a raw pointer
//! derived from `base`) stays valid for the arena's whole life; all access goes through the
//! methods below, which bounds-check; the arena is only written through `&mut self` methods
//! (or raw pointers whose users document why no shared borrow overlaps the write).

use std::alloc::{alloc, dealloc, Layout};
use std::ptr::NonNull;

/// A fixed block of words.
pub struct Arena {
    base: NonNull<u64>,
    len: usize,
}

// SAFETY: the arena owns its allocation exclusively (like a Box<[u64]>); moving it to
// another thread moves that ownership.
unsafe impl Send for Arena {}

impl Arena {
    /// Allocates `len` words, every one set to `fill`.
    pub fn new(len: usize, fill: u64) -> Arena {
        let len = len.max(2);
        let layout = Layout::array::<u64>(len).expect("arena size overflows");
        // SAFETY: the layout has a non-zero size (len >= 2).
        let ptr = unsafe { alloc(layout) } as *mut u64;
        let base = NonNull::new(ptr).unwrap_or_else(|| std::alloc::handle_alloc_error(layout));
        for i in 0..len {
            // SAFETY: i < len, inside the fresh allocation.
            unsafe { base.as_ptr().add(i).write(fill) };
        }
        Arena { base, len }
    }

    /// Number of words.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Reads word `i`.
    #[inline(always)]
    pub fn get(&self, i: usize) -> u64 {
        assert!(i < self.len, "heap word {i} out of bounds");
        // SAFETY: bounds-checked above.
        unsafe { self.base.as_ptr().add(i).read() }
    }

    /// Writes word `i`.
    #[inline(always)]
    pub fn set(&mut self, i: usize, w: u64) {
        assert!(i < self.len, "heap word {i} out of bounds");
        // SAFETY: bounds-checked above.
        unsafe { self.base.as_ptr().add(i).write(w) }
    }

    /// The words `[start, start + n)` as a slice.
    #[inline(always)]
    pub fn words(&self, start: usize, n: usize) -> &[u64] {
        assert!(start <= self.len && n <= self.len - start, "heap range out of bounds");
        // SAFETY: in bounds; writes need `&mut self`, so none can happen while the slice lives.
        unsafe { std::slice::from_raw_parts(self.base.as_ptr().add(start), n) }
    }

    /// The words `[start, start + n)` as a mutable slice.
    #[inline(always)]
    pub fn words_mut(&mut self, start: usize, n: usize) -> &mut [u64] {
        assert!(start <= self.len && n <= self.len - start, "heap range out of bounds");
        // SAFETY: in bounds; `&mut self` guarantees exclusivity for the slice's lifetime.
        unsafe { std::slice::from_raw_parts_mut(self.base.as_ptr().add(start), n) }
    }

    /// `n` bytes starting `byte_off` bytes after word `start`.
    #[inline(always)]
    pub fn bytes(&self, start: usize, byte_off: usize, n: usize) -> &[u8] {
        let total = self.len.checked_sub(start).expect("heap range out of bounds") * 8;
        assert!(byte_off <= total && n <= total - byte_off, "heap byte range out of bounds");
        // SAFETY: in bounds (checked in bytes); u8 has no alignment or validity requirement;
        // writes need `&mut self`, so none can happen while the slice lives.
        unsafe { std::slice::from_raw_parts((self.base.as_ptr().add(start) as *const u8).add(byte_off), n) }
    }

    /// Mutable form of [`Arena::bytes`].
    #[inline(always)]
    pub fn bytes_mut(&mut self, start: usize, byte_off: usize, n: usize) -> &mut [u8] {
        let total = self.len.checked_sub(start).expect("heap range out of bounds") * 8;
        assert!(byte_off <= total && n <= total - byte_off, "heap byte range out of bounds");
        // SAFETY: as in `bytes`, and `&mut self` guarantees exclusivity.
        unsafe { std::slice::from_raw_parts_mut((self.base.as_ptr().add(start) as *mut u8).add(byte_off), n) }
    }

    /// Raw pointer to word `i`, for the interpreter's frame and bytecode access.
    ///
    /// The pointer stays valid for the arena's life (it never moves). Users must not create
    /// it for an index past the end and must not write through it while a slice returned by
    /// `words`/`bytes` overlaps the written word.
    #[inline(always)]
    pub fn ptr(&self, i: usize) -> *mut u64 {
        assert!(i <= self.len, "heap word {i} out of bounds");
        // SAFETY: i <= len, so the result is inside or one past the allocation.
        unsafe { self.base.as_ptr().add(i) }
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        let layout = Layout::array::<u64>(self.len).expect("arena layout was valid at creation");
        // SAFETY: allocated in `new` with this same layout and not freed before.
        unsafe { dealloc(self.base.as_ptr() as *mut u8, layout) }
    }
}
