//! The hash table behind dicts, sets, module globals, class dicts and instance attributes.
//!
//! Two layouts share kind `MapTable`, told apart by header flag bit 0:
//!
//! - **Linear** (capacity up to `LINEAR_MAX`): the header's aux field holds `used` (bits
//!   0..8) and `live` (bits 8..16); the `capacity` entries of two words (key, value) follow
//!   the header directly, in insertion order, and are searched linearly. The capacity is
//!   implied by the chunk size. Such a table costs 16 bytes per entry plus its 8-byte
//!   header, which keeps the instance, class and module dicts that dominate MicroPython
//!   programs compact.
//! - **Indexed** (flag set, capacity `2^aux`): word 1 = `used` (bits 0..24) | `live` (bits
//!   24..48); then the entries; then an index of `2 × capacity` u32 slots (two per word)
//!   holding `entry + 1` (0 = empty, `TOMBSTONE` = deleted), probed linearly from the key's
//!   hash.
//!
//! Invariants: a deleted entry has key NULL (value NULL); `live <= used <= capacity`; index
//! words never look like heap references (slot values are below 2^24, the tombstone word
//! pattern has tag 7), so the collector may scan the whole chunk; keys compare by identity
//! first, qstr-vs-qstr by id, and otherwise by Python equality.

use crate::heap::{Header, ObjKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Largest capacity searched linearly (no index).
pub const LINEAR_MAX: usize = 32;
/// Largest capacity a *growing* table stays linear at: beyond it growth switches to an
/// indexed table. Linear tables between this and `LINEAR_MAX` only come from trimming a
/// finished namespace to its size (`dict::shrink_to_fit`), where a scan of up to 32 words
/// costs less than the index would in RAM (a 17-name module namespace: 288 bytes linear
/// against 784 indexed).
const GROW_LINEAR_MAX: usize = 16;
const FLAG_INDEXED: u8 = 1;
/// Set (sticky) once a str key that is not a qstr was stored: only then can a lookup by
/// qstr identity miss an equal key, so only then must a miss fall back to equality.
const FLAG_STR_KEYS: u8 = 2;
const TOMBSTONE: u32 = u32::MAX;
const FIELD_MASK: u64 = (1 << 24) - 1;
/// Largest capacity (entry counts are 24-bit fields).
pub const MAX_CAPACITY: usize = 1 << 23;

/// A table's geometry.
#[derive(Copy, Clone, Debug)]
pub struct Table {
    pub index: usize,
    pub cap: usize,
    pub indexed: bool,
    /// Word index of entry 0.
    base: usize,
}

impl Table {
    /// Reads the geometry of the table chunk at `index`.
    #[inline]
    pub fn at(vm: &Vm, index: usize) -> Table {
        let h = vm.heap.header(index);
        if h.flags() & FLAG_INDEXED != 0 {
            Table { index, cap: 1 << h.aux(), indexed: true, base: index + 2 }
        } else {
            Table { index, cap: (h.words() - 1) / 2, indexed: false, base: index + 1 }
        }
    }

    #[inline]
    pub fn used(self, vm: &Vm) -> usize {
        if self.indexed {
            (vm.heap.word(self.index + 1) & FIELD_MASK) as usize
        } else {
            (vm.heap.header(self.index).aux() & 0xff) as usize
        }
    }

    #[inline]
    pub fn live(self, vm: &Vm) -> usize {
        if self.indexed {
            ((vm.heap.word(self.index + 1) >> 24) & FIELD_MASK) as usize
        } else {
            (vm.heap.header(self.index).aux() >> 8) as usize
        }
    }

    #[inline]
    fn set_counts(self, vm: &mut Vm, used: usize, live: usize) {
        if self.indexed {
            vm.heap.set_word(self.index + 1, used as u64 | (live as u64) << 24);
        } else {
            debug_assert!(used <= LINEAR_MAX && live <= used);
            let h = vm.heap.header(self.index).with_aux((used | live << 8) as u16);
            vm.heap.set_header(self.index, h);
        }
    }

    /// Word index of entry `e`'s key (its value follows).
    #[inline]
    pub fn entry(self, e: usize) -> usize {
        self.base + 2 * e
    }

    #[inline]
    pub fn key(self, vm: &Vm, e: usize) -> Value {
        vm.heap.value(self.entry(e))
    }

    #[inline]
    pub fn value(self, vm: &Vm, e: usize) -> Value {
        vm.heap.value(self.entry(e) + 1)
    }

    #[inline]
    pub fn set_value(self, vm: &mut Vm, e: usize, v: Value) {
        vm.heap.set_value(self.entry(e) + 1, v)
    }

    #[inline]
    fn index_base(self) -> usize {
        self.base + 2 * self.cap
    }

    #[inline]
    fn slot(self, vm: &Vm, s: usize) -> u32 {
        (vm.heap.word(self.index_base() + s / 2) >> (32 * (s % 2))) as u32
    }

    #[inline]
    fn set_slot(self, vm: &mut Vm, s: usize, v: u32) {
        let i = self.index_base() + s / 2;
        let shift = 32 * (s % 2);
        let w = vm.heap.word(i) & !(0xffff_ffffu64 << shift);
        vm.heap.set_word(i, w | (v as u64) << shift);
    }
}

/// Allocates an empty table for at least `cap` entries.
pub fn alloc_table(vm: &mut Vm, cap: usize) -> PyResult<usize> {
    alloc_table_as(vm, cap, cap > LINEAR_MAX)
}

fn alloc_table_as(vm: &mut Vm, cap: usize, indexed: bool) -> PyResult<usize> {
    let cap = cap.max(1);
    if cap > MAX_CAPACITY {
        return Err(vm.raise_memory_error());
    }
    if !indexed {
        // The payload is just the entries (the counts live in the header).
        let i = vm.alloc(ObjKind::MapTable, 2 * cap, 0)?;
        for k in 0..2 * cap {
            vm.heap.set_value(i + 1 + k, Value::NULL);
        }
        return Ok(i);
    }
    let cap = cap.next_power_of_two();
    let words = 1 + 2 * cap + cap;
    let i = vm.alloc(ObjKind::MapTable, words, cap.trailing_zeros() as u16)?;
    let h = vm.heap.header(i);
    vm.heap.set_header(i, h.with_flags(FLAG_INDEXED));
    for k in 0..2 * cap {
        vm.heap.set_value(i + 2 + k, Value::NULL);
    }
    Ok(i)
}

/// Whether two keys are equal (identity, then qstr ids, then Python equality).
#[inline]
pub fn keys_equal(vm: &mut Vm, stored: Value, probe: Value) -> PyResult<bool> {
    if stored == probe {
        return Ok(true);
    }
    if (stored.is_qstr() && probe.is_qstr()) || (stored.is_small_int() && probe.is_small_int()) {
        return Ok(false);
    }
    crate::runtime::compare::eq(vm, stored, probe)
}

/// Finds the entry holding `key` (whose hash is `hash`).
pub fn find(vm: &mut Vm, t: Table, key: Value, hash: u32) -> PyResult<Option<usize>> {
    if !t.indexed {
        let used = t.used(vm);
        // Identity pass first: the common case (qstr keys) never calls into equality.
        for e in 0..used {
            if t.key(vm, e) == key {
                return Ok(Some(e));
            }
        }
        for e in 0..used {
            let k = t.key(vm, e);
            if !k.is_null() && keys_equal(vm, k, key)? {
                return Ok(Some(e));
            }
        }
        return Ok(None);
    }
    let mask = 2 * t.cap - 1;
    let mut s = hash as usize & mask;
    loop {
        let slot = t.slot(vm, s);
        if slot == 0 {
            return Ok(None);
        }
        if slot != TOMBSTONE {
            let e = (slot - 1) as usize;
            let k = t.key(vm, e);
            if !k.is_null() && keys_equal(vm, k, key)? {
                return Ok(Some(e));
            }
        }
        s = (s + 1) & mask;
    }
}

/// Finds a qstr key by identity only (valid when every str key of the table is a qstr,
/// which holds for tables whose str keys all came through `STORE_NAME`/`STORE_ATTR`; used
/// by the fast paths, which fall back to [`find`] on a miss). `hash` is only used, and only
/// needs to be right, for indexed tables.
#[inline]
pub fn find_identity(vm: &Vm, t: Table, key: Value, hash: u32) -> Option<usize> {
    if !t.indexed {
        let used = t.used(vm);
        let words = vm.heap.words(t.base, 2 * used);
        return (0..used).find(|&e| words[2 * e] == key.bits());
    }
    let mask = 2 * t.cap - 1;
    let mut s = hash as usize & mask;
    loop {
        let slot = t.slot(vm, s);
        if slot == 0 {
            return None;
        }
        if slot != TOMBSTONE {
            let e = (slot - 1) as usize;
            if t.key(vm, e) == key {
                return Some(e);
            }
        }
        s = (s + 1) & mask;
    }
}

/// Appends a new entry (the key is known to be absent). Returns the table (which may have
/// been replaced by a larger one) and the entry number.
pub fn append(vm: &mut Vm, t: Table, key: Value, value: Value, hash: u32) -> PyResult<(Table, usize)> {
    let mut t = t;
    if t.used(vm) == t.cap {
        let mark = vm.push_temp(key);
        vm.push_temp(value);
        let r = rebuild(vm, t, t.live(vm) + 1);
        vm.pop_temps(mark);
        t = r?;
    }
    let e = t.used(vm);
    let live = t.live(vm);
    let str_like = key.as_heap().is_some_and(|i| matches!(vm.heap.kind(i), ObjKind::Str | ObjKind::Instance));
    if key.as_source_str().is_some() || str_like {
        mark_str_keys(vm, t);
    }
    vm.heap.set_value(t.entry(e), key);
    vm.heap.set_value(t.entry(e) + 1, value);
    t.set_counts(vm, e + 1, live + 1);
    if t.indexed {
        insert_index(vm, t, e, hash);
    }
    Ok((t, e))
}

fn insert_index(vm: &mut Vm, t: Table, e: usize, hash: u32) {
    let mask = 2 * t.cap - 1;
    let mut s = hash as usize & mask;
    loop {
        let slot = t.slot(vm, s);
        if slot == 0 || slot == TOMBSTONE {
            t.set_slot(vm, s, e as u32 + 1);
            return;
        }
        s = (s + 1) & mask;
    }
}

/// Deletes entry `e` (whose key hashes to `hash`).
pub fn delete(vm: &mut Vm, t: Table, e: usize, hash: u32) {
    if t.indexed {
        let mask = 2 * t.cap - 1;
        let mut s = hash as usize & mask;
        loop {
            let slot = t.slot(vm, s);
            if slot == 0 {
                break;
            }
            if slot == e as u32 + 1 {
                t.set_slot(vm, s, TOMBSTONE);
                break;
            }
            s = (s + 1) & mask;
        }
    }
    vm.heap.set_value(t.entry(e), Value::NULL);
    vm.heap.set_value(t.entry(e) + 1, Value::NULL);
    let (used, live) = (t.used(vm), t.live(vm));
    t.set_counts(vm, used, live - 1);
}

/// Rebuilds into a new table with room for `need` live entries (compacting deleted ones);
/// frees the old table. Hashes are computed before anything is moved, so a user `__hash__`
/// that runs Python code sees a consistent table.
pub fn rebuild(vm: &mut Vm, t: Table, need: usize) -> PyResult<Table> {
    let cap = (need + need / 2).max(2);
    rebuild_as(vm, t, cap, cap > GROW_LINEAR_MAX)
}

/// Rebuilds into a table of capacity `cap` (at least the live entries).
pub fn rebuild_exact(vm: &mut Vm, t: Table, cap: usize) -> PyResult<Table> {
    let cap = cap.max(t.live(vm)).max(1);
    rebuild_as(vm, t, cap, cap > LINEAR_MAX)
}

fn rebuild_as(vm: &mut Vm, t: Table, cap: usize, indexed: bool) -> PyResult<Table> {
    debug_assert!(cap >= t.live(vm).max(1), "both callers size the table for the live entries");
    let used = t.used(vm);
    let mut hashes = Vec::new();
    if indexed {
        for e in 0..used {
            let k = t.key(vm, e);
            if !k.is_null() {
                hashes.push(crate::runtime::hash::hash_u32(vm, k)?);
            }
        }
    }
    let new_index = alloc_table_as(vm, cap, indexed)?;
    let new = Table::at(vm, new_index);
    let mut n = 0;
    for e in 0..used {
        let k = t.key(vm, e);
        if k.is_null() {
            continue;
        }
        let v = t.value(vm, e);
        vm.heap.set_value(new.entry(n), k);
        vm.heap.set_value(new.entry(n) + 1, v);
        n += 1;
    }
    new.set_counts(vm, n, n);
    if has_str_keys(vm, t) {
        mark_str_keys(vm, new);
    }
    if new.indexed {
        for (e, h) in hashes.iter().enumerate().take(n) {
            insert_index(vm, new, e, *h);
        }
    }
    vm.heap.free(t.index);
    Ok(new)
}

fn mark_str_keys(vm: &mut Vm, t: Table) {
    let h = vm.heap.header(t.index);
    vm.heap.set_header(t.index, h.with_flags(h.flags() | FLAG_STR_KEYS));
}

/// Whether a str key that is not a qstr was ever stored in the table.
#[inline]
pub fn has_str_keys(vm: &Vm, t: Table) -> bool {
    vm.heap.header(t.index).flags() & FLAG_STR_KEYS != 0
}

/// The next live entry at or after `e`.
#[inline]
pub fn next_live(vm: &Vm, t: Table, mut e: usize) -> Option<usize> {
    let used = t.used(vm);
    while e < used {
        if !t.key(vm, e).is_null() {
            return Some(e);
        }
        e += 1;
    }
    None
}

/// Whether the chunk at `index` is a table (for debug checks).
pub fn is_table(vm: &Vm, index: usize) -> bool {
    Header(vm.heap.word(index)).kind_byte() == ObjKind::MapTable as u8
}
