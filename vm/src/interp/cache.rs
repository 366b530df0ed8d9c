//! RAM caches of the interpreter (outside the heap, like MicroPython's map lookup cache),
//! keyed by bytecode position.
//!
//! - Global cache: for a `LOAD_GLOBAL`/`LOAD_NAME` site, the globals table and the entry
//!   where the name was found (validated on use: same table, entry still holds the name),
//!   or "absent from globals, found in builtins" (valid while the table has had no
//!   insertion since).
//! - Class cache: for an attribute site, the class seen last and what the class-level lookup
//!   found, valid while no class dict has changed (`class_version`).
//!
//! Invariants: cached heap values are never used without validation against the live
//! table; all caches are cleared at every collection, so they never hold references to
//! freed objects and are not GC roots; the empty tuple (the one real root here) is marked.

use crate::obj::class::Found;
use crate::value::Value;

const GLOBAL_SLOTS: usize = 1024;
const CLASS_SLOTS: usize = 1024;

/// A global-lookup cache entry.
#[derive(Copy, Clone, Default)]
pub struct GlobalEntry {
    pub site: usize,
    pub table: usize,
    /// Entry number, or `usize::MAX` for "not in globals".
    pub entry: usize,
    /// Table `used` count when the absence was recorded.
    pub used: usize,
    pub builtin: Value,
}

/// A class-lookup cache entry.
#[derive(Copy, Clone)]
pub struct ClassEntry {
    pub site: usize,
    pub class: Value,
    pub version: u64,
    pub found: Option<Found>,
}

/// The VM's caches.
pub struct Caches {
    /// The shared empty tuple.
    pub empty_tuple: Value,
    /// Bumped whenever a class dict changes.
    pub class_version: u64,
    globals: Box<[GlobalEntry]>,
    classes: Box<[Option<ClassEntry>]>,
    /// Decoded preludes by (source, raw-code offset), direct-mapped. Sources never change,
    /// so entries stay valid for the VM's life and survive collections.
    preludes: Box<[Option<PreludeEntry>]>,
    /// The last child looked up under each raw code, direct-mapped by (source, raw-code
    /// offset): `MAKE_FUNCTION` for child k usually follows child k-1, so the next lookup
    /// skips one sibling subtree instead of k. Never stale: sources never change.
    children: Box<[Option<(u64, u32, u32)>]>,
}

/// A cached decode of a function's raw-code header and prelude.
#[derive(Copy, Clone)]
pub struct PreludeEntry {
    pub key: u64,
    pub data_start: u32,
    pub data_len: u32,
    pub prelude: super::code::Prelude,
}

const PRELUDE_SLOTS: usize = 512;
const CHILD_SLOTS: usize = 256;

impl Default for Caches {
    fn default() -> Self {
        Caches {
            empty_tuple: Value::NULL,
            class_version: 1,
            globals: vec![GlobalEntry::default(); GLOBAL_SLOTS].into_boxed_slice(),
            classes: vec![None; CLASS_SLOTS].into_boxed_slice(),
            preludes: vec![None; PRELUDE_SLOTS].into_boxed_slice(),
            children: vec![None; CHILD_SLOTS].into_boxed_slice(),
        }
    }
}

#[inline(always)]
fn slot_of(site: usize, n: usize) -> usize {
    (site ^ (site >> 10)) & (n - 1)
}

impl Caches {
    /// Marks the heap values the caches must keep alive.
    pub fn mark(&self, heap: &mut crate::heap::Heap) {
        heap.mark(self.empty_tuple);
    }

    /// Forgets every cached lookup (called at each collection).
    pub fn clear(&mut self) {
        for g in self.globals.iter_mut() {
            g.site = 0;
        }
        for c in self.classes.iter_mut() {
            *c = None;
        }
    }

    /// The nearest cached child at or before `c` of the raw code `key` (`source << 32 |
    /// raw offset`): `(index, offset)`.
    #[inline]
    pub fn child(&self, key: u64, c: u32) -> Option<(u32, u32)> {
        let slot = (key ^ (key >> 29)) as usize % CHILD_SLOTS;
        self.children[slot].filter(|e| e.0 == key && e.1 <= c).map(|e| (e.1, e.2))
    }

    /// Records child `index` of raw code `key` at `offset`.
    #[inline]
    pub fn set_child(&mut self, key: u64, index: u32, offset: u32) {
        let slot = (key ^ (key >> 29)) as usize % CHILD_SLOTS;
        self.children[slot] = Some((key, index, offset));
    }

    /// The cached prelude for `key` (`source << 32 | raw offset`).
    #[inline(always)]
    pub fn prelude(&self, key: u64) -> Option<PreludeEntry> {
        let slot = (key ^ (key >> 29)) as usize % PRELUDE_SLOTS;
        self.preludes[slot].filter(|e| e.key == key)
    }

    /// Records a decoded prelude.
    #[inline]
    pub fn set_prelude(&mut self, e: PreludeEntry) {
        let slot = (e.key ^ (e.key >> 29)) as usize % PRELUDE_SLOTS;
        self.preludes[slot] = Some(e);
    }

    /// The global entry for `site`, if one was recorded.
    #[inline(always)]
    pub fn global(&self, site: usize) -> Option<&GlobalEntry> {
        let e = &self.globals[slot_of(site, GLOBAL_SLOTS)];
        (e.site == site).then_some(e)
    }

    /// Records a global lookup.
    #[inline]
    pub fn set_global(&mut self, e: GlobalEntry) {
        self.globals[slot_of(e.site, GLOBAL_SLOTS)] = e;
    }

    /// The class-lookup result for `site` and `class`, if still valid.
    #[inline(always)]
    pub fn class(&self, site: usize, class: Value) -> Option<Option<Found>> {
        match &self.classes[slot_of(site, CLASS_SLOTS)] {
            Some(e) if e.site == site && e.class == class && e.version == self.class_version => Some(e.found),
            _ => None,
        }
    }

    /// Records a class lookup.
    #[inline]
    pub fn set_class(&mut self, site: usize, class: Value, found: Option<Found>) {
        let version = self.class_version;
        self.classes[slot_of(site, CLASS_SLOTS)] = Some(ClassEntry { site, class, version, found });
    }
}
