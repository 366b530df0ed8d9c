//! Bytecode functions, closures, bound methods, cells, and the per-module `Code` object.
//!
//! `Code` (one per loaded `.mpy`): word 1 = source id, 2 = the word offset (from the
//! header) of the constant table, 3 = n_obj, 4 = the module's globals dict, 5 = offset of
//! the module's raw code, then the qstr table: `n_qstr` u16 entries, four per word, or u32
//! entries, two per word, when the header's aux field is 1 ("wide": a module whose names
//! could need ids or offsets of 15 bits or more), then the `n_obj` constant values. The
//! qstr table comes first so that the interpreter's most frequent lookup (a name operand)
//! needs no size field to find it. This is all the RAM a
//! loaded module needs besides the objects its code creates: bytecode, prelude and
//! per-function records stay in the source.
//!
//! Qstr-table entries are interned lazily: at load an entry whose text is in the source
//! holds `LAZY_QSTR | offset` (the offset of that text's length prefix in the source),
//! and the first use
//! interns it and stores the qstr id in its place. Names that only serve tracebacks,
//! keyword matching or `__name__` (file names, argument names) therefore cost no pool
//! entry until something needs them as qstrs; their text is read in place.
//!
//! `Function`: word 1 = its `Code`, word 2 = offset of its raw code element in the source;
//! functions with defaults or closed-over cells (header aux = 1) add word 3 = positional
//! defaults tuple, word 4 = keyword-only defaults dict, word 5 = cells tuple (each NULL when
//! absent). A plain function costs 24 bytes, one with extras 48.
//!
//! `BoundMethod`: word 1 = self, word 2 = function. `Cell`: word 1 = contents (NULL when
//! empty).
//!
//! Invariant: a wide entry is a qstr id below 2^24 or `LAZY_QSTR | offset` with the offset
//! below 2^30; a narrow entry is an id below 2^15 or `0x8000 | offset` with the offset
//! below `NARROW_LAZY_LIMIT`; so no table word has the heap tag's top bits and the
//! collector may scan them; a lazy entry's offset names a qstr's length prefix whose text `load` checked
//! (in bounds, UTF-8, NUL-terminated).

use crate::heap::ObjKind;
use crate::qstr::Qstr;
use crate::source::SourceId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Field offsets of `Code`.
pub mod code {
    pub const SOURCE: usize = 1;
    pub const CONST_START: usize = 2;
    pub const N_OBJ: usize = 3;
    pub const GLOBALS: usize = 4;
    pub const RAW_OFFSET: usize = 5;
    pub const QSTR_TABLE: usize = 6;
}

/// Marks a qstr-table entry not interned yet; the low 30 bits are the offset of its text's
/// length prefix.
pub const LAZY_QSTR: u32 = 1 << 30;
/// Largest source offset a lazy entry can hold (larger ones are interned at load).
pub const LAZY_OFFSET_LIMIT: u32 = LAZY_QSTR;

/// Largest lazy offset a narrow (u16) entry can hold: keeps every entry below 0xfff0.
pub const NARROW_LAZY_LIMIT: u32 = 0x7ff0;
/// Largest qstr id a narrow entry can hold.
pub const NARROW_ID_LIMIT: u32 = 0x8000;
const NARROW_LAZY: u32 = 0x8000;

/// Allocates a `Code` object with empty tables (`wide`: u32 qstr entries).
pub fn new_code(
    vm: &mut Vm,
    source: SourceId,
    n_qstr: usize,
    n_obj: usize,
    globals: Value,
    wide: bool,
) -> PyResult<Value> {
    let mark = vm.push_temp(globals);
    let table_words = if wide { n_qstr.div_ceil(2) } else { n_qstr.div_ceil(4) };
    let const_start = code::QSTR_TABLE + table_words;
    let words = const_start - 1 + n_obj;
    let r = vm.alloc(ObjKind::Code, words, wide as u16);
    vm.pop_temps(mark);
    let i = r?;
    vm.heap.set_word(i + code::SOURCE, source as u64);
    vm.heap.set_word(i + code::CONST_START, const_start as u64);
    vm.heap.set_word(i + code::N_OBJ, n_obj as u64);
    vm.heap.set_value(i + code::GLOBALS, globals);
    for k in 0..n_obj {
        vm.heap.set_value(i + const_start + k, Value::NONE);
    }
    Ok(Value::heap(i))
}

/// Word index of the qstr table of a `Code`.
#[inline(always)]
fn qstr_table_base(c: Value) -> usize {
    c.heap_index_unchecked() + code::QSTR_TABLE
}

/// Whether a `Code`'s qstr table has u32 entries.
#[inline(always)]
fn is_wide(vm: &Vm, c: Value) -> bool {
    vm.heap.header(c.heap_index_unchecked()).aux() != 0
}

/// Raw qstr-table entry `k` of a `Code`: a qstr id, or `LAZY_QSTR | offset`.
#[inline(always)]
pub fn code_qstr_entry(vm: &Vm, c: Value, k: usize) -> u32 {
    let base = qstr_table_base(c);
    if is_wide(vm, c) {
        (vm.heap.word(base + k / 2) >> (32 * (k % 2))) as u32
    } else {
        let e = (vm.heap.word(base + k / 4) >> (16 * (k % 4))) as u16 as u32;
        if e & NARROW_LAZY != 0 {
            LAZY_QSTR | (e & !NARROW_LAZY)
        } else {
            e
        }
    }
}

/// Sets raw qstr-table entry `k` of a `Code`. Returns `false` (storing nothing) when a
/// narrow table cannot hold the entry.
pub fn set_code_qstr_entry(vm: &mut Vm, c: Value, k: usize, e: u32) -> bool {
    let base = qstr_table_base(c);
    let (i, shift, mask, stored) = if is_wide(vm, c) {
        (base + k / 2, 32 * (k % 2), 0xffff_ffffu64, e)
    } else {
        let stored = if e & LAZY_QSTR != 0 {
            let off = e & !LAZY_QSTR;
            if off >= NARROW_LAZY_LIMIT {
                return false;
            }
            NARROW_LAZY | off
        } else if e < NARROW_ID_LIMIT {
            e
        } else {
            return false;
        };
        (base + k / 4, 16 * (k % 4), 0xffffu64, stored)
    };
    let w = vm.heap.word(i) & !(mask << shift);
    vm.heap.set_word(i, w | (stored as u64) << shift);
    true
}

/// Qstr-table entry `k` of a `Code` as a qstr, interning it on first use. `None` only when
/// the heap is full even after a collection (no exception is raised: callers decide).
#[inline(always)]
pub fn code_qstr(vm: &mut Vm, c: Value, k: usize) -> Option<Qstr> {
    let e = code_qstr_entry(vm, c, k);
    if e & LAZY_QSTR == 0 {
        return Some(Qstr(e));
    }
    intern_lazy(vm, c, k, e & !LAZY_QSTR)
}

#[cold]
fn intern_lazy(vm: &mut Vm, c: Value, k: usize, offset: u32) -> Option<Qstr> {
    let source = code_word(vm, c, code::SOURCE) as SourceId;
    let (start, len) = lazy_text(vm, source, offset);
    let q = crate::load::intern_in_place(vm, source, start as u32, len as u32)?;
    // A narrow table that cannot hold the id keeps the lazy entry: later uses find the
    // same id again (slower, still correct).
    set_code_qstr_entry(vm, c, k, q.0);
    Some(q)
}

/// The text of qstr-table entry `k` of a `Code`, read in place without interning.
pub fn code_qstr_text(vm: &Vm, c: Value, k: usize) -> &str {
    let e = code_qstr_entry(vm, c, k);
    if e & LAZY_QSTR == 0 {
        return vm.qstr_str(Qstr(e));
    }
    let source = code_word(vm, c, code::SOURCE) as SourceId;
    let (start, len) = lazy_text(vm, source, e & !LAZY_QSTR);
    let src = vm.sources.bytes(&vm.heap, source);
    src.get(start..start + len).and_then(|t| std::str::from_utf8(t).ok()).unwrap_or("?")
}

/// Decodes the length prefix at `offset` of `source`: the text's start and length.
fn lazy_text(vm: &Vm, source: SourceId, offset: u32) -> (usize, usize) {
    let src = vm.sources.bytes(&vm.heap, source);
    let mut pos = offset as usize;
    let mut v = 0usize;
    while let Some(&b) = src.get(pos) {
        pos += 1;
        v = (v << 7) | (b & 0x7f) as usize;
        if b & 0x80 == 0 {
            break;
        }
    }
    (pos, v >> 1)
}

/// Constant `k` of a `Code`.
#[inline(always)]
pub fn code_const(vm: &Vm, c: Value, k: usize) -> Value {
    let i = c.heap_index_unchecked();
    vm.heap.value(i + vm.heap.word(i + code::CONST_START) as usize + k)
}

/// Sets constant `k` of a `Code` (while loading).
pub fn set_code_const(vm: &mut Vm, c: Value, k: usize, v: Value) {
    let i = c.heap_index_unchecked();
    let at = i + vm.heap.word(i + code::CONST_START) as usize + k;
    vm.heap.set_value(at, v);
}

/// The globals dict of the module a `Code` belongs to.
#[inline(always)]
pub fn code_globals(vm: &Vm, c: Value) -> Value {
    vm.heap.value(c.heap_index_unchecked() + code::GLOBALS)
}

/// A field of a `Code` as a raw word.
#[inline(always)]
pub fn code_word(vm: &Vm, c: Value, field: usize) -> u64 {
    vm.heap.word(c.heap_index_unchecked() + field)
}

/// Field offsets of `Function`.
pub mod fun {
    pub const CODE: usize = 1;
    pub const RAW_OFFSET: usize = 2;
    pub const DEFAULTS: usize = 3;
    pub const KWDEFAULTS: usize = 4;
    pub const CELLS: usize = 5;
}

/// A new function for the raw code at `raw_offset` of `code` (the caller keeps `code`,
/// `dpos`, `dkw` and `cells` rooted).
pub fn new_function(
    vm: &mut Vm,
    code: Value,
    raw_offset: u32,
    dpos: Value,
    dkw: Value,
    cells: Value,
) -> PyResult<Value> {
    let extras = !(dpos.is_null() && dkw.is_null() && cells.is_null());
    let i = vm.alloc(ObjKind::Function, if extras { 5 } else { 2 }, extras as u16)?;
    vm.heap.set_value(i + fun::CODE, code);
    vm.heap.set_word(i + fun::RAW_OFFSET, raw_offset as u64);
    if extras {
        vm.heap.set_value(i + fun::DEFAULTS, dpos);
        vm.heap.set_value(i + fun::KWDEFAULTS, dkw);
        vm.heap.set_value(i + fun::CELLS, cells);
    }
    Ok(Value::heap(i))
}

/// Whether `v` is a bytecode function.
#[inline(always)]
pub fn is_function(vm: &Vm, v: Value) -> bool {
    v.as_heap().is_some_and(|i| vm.heap.kind(i) == ObjKind::Function)
}

/// The parts of a function: `(code, raw offset, defaults, kwdefaults, cells)`.
#[inline]
pub fn parts(vm: &Vm, f: Value) -> (Value, u32, Value, Value, Value) {
    let i = f.heap_index_unchecked();
    let code = vm.heap.value(i + fun::CODE);
    let off = vm.heap.word(i + fun::RAW_OFFSET) as u32;
    if vm.heap.header(i).aux() != 0 {
        (code, off, vm.heap.value(i + fun::DEFAULTS), vm.heap.value(i + fun::KWDEFAULTS), vm.heap.value(i + fun::CELLS))
    } else {
        (code, off, Value::NULL, Value::NULL, Value::NULL)
    }
}

/// A new bound method.
pub fn new_bound_method(vm: &mut Vm, self_: Value, func: Value) -> PyResult<Value> {
    let mark = vm.push_temp(self_);
    vm.push_temp(func);
    let r = vm.alloc(ObjKind::BoundMethod, 2, 0);
    vm.pop_temps(mark);
    let i = r?;
    vm.heap.set_value(i + 1, self_);
    vm.heap.set_value(i + 2, func);
    Ok(Value::heap(i))
}

/// `(self, function)` of a bound method.
#[inline]
pub fn bound_parts(vm: &Vm, m: Value) -> (Value, Value) {
    let i = m.heap_index_unchecked();
    (vm.heap.value(i + 1), vm.heap.value(i + 2))
}

/// A new cell holding `v` (NULL for an empty cell).
pub fn new_cell(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let mark = vm.push_temp(v);
    let r = vm.alloc(ObjKind::Cell, 1, 0);
    vm.pop_temps(mark);
    let i = r?;
    vm.heap.set_value(i + 1, v);
    Ok(Value::heap(i))
}

/// The contents of a cell.
#[inline(always)]
pub fn cell_get(vm: &Vm, c: Value) -> Value {
    vm.heap.value(c.heap_index_unchecked() + 1)
}

/// Replaces the contents of a cell.
#[inline(always)]
pub fn cell_set(vm: &mut Vm, c: Value, v: Value) {
    vm.heap.set_value(c.heap_index_unchecked() + 1, v)
}
