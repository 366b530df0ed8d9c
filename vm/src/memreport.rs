//! Heap usage by category, for `mpyrom mem` and the RAM regression benchmark.
//!
//! [`snapshot`] walks the whole arena once and sorts every allocated chunk into a
//! [`Category`]: what a user needs to see to understand where import RAM goes (the qstr
//! pool, per-module code records, function objects, namespaces, copied sources, and the
//! objects module bodies create). Two snapshots taken around an import give the bytes
//! the import retained, by category.
//!
//! The 32-bit model ([`Snapshot::bytes32`]): every word of a scanned chunk (header, values,
//! pointers) becomes 4 bytes, byte payloads (text, limbs, copied sources, qstr entries,
//! which are already 32-bit fields) keep their size, and each chunk is rounded up to 8
//! bytes (our heap's two-word minimum, with 4-byte words). It is an estimate of the same objects
//! laid out for a 32-bit MCU, not a measurement.
//!
//! Invariant: the sum over categories equals the heap's used bytes (the walk sees every
//! chunk exactly once).

use crate::heap::ObjKind;

/// Chunk rounding of the 32-bit model.
const BLOCK32_BYTES: usize = 8;
use crate::source::Source;
use crate::vm::Vm;

/// Where retained heap bytes go.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    /// Qstr pool entry segments (8 bytes per interned name).
    QstrPool,
    /// Qstr text copied into the heap (none when names are used in place).
    QstrText,
    /// Per-module code records: the qstr-number table and constant table of each `.mpy`.
    CodeRecords,
    /// Function objects (created when a `def` runs) and closures.
    Functions,
    /// Classes and their namespaces.
    Classes,
    /// Module objects, dicts and their tables (module globals, instance dicts).
    Namespaces,
    /// Source bytes read into the heap (a copied image or a `.mpy` loaded from a directory).
    CopiedSource,
    /// Everything else the program created: strings, tuples, lists, instances, numbers…
    Objects,
}

impl Category {
    /// All categories, in report order.
    pub const ALL: [Category; 8] = [
        Category::QstrPool,
        Category::QstrText,
        Category::CodeRecords,
        Category::Functions,
        Category::Classes,
        Category::Namespaces,
        Category::CopiedSource,
        Category::Objects,
    ];

    /// A short machine-readable name.
    pub fn key(self) -> &'static str {
        match self {
            Category::QstrPool => "qstr_pool",
            Category::QstrText => "qstr_text",
            Category::CodeRecords => "code_records",
            Category::Functions => "functions",
            Category::Classes => "classes",
            Category::Namespaces => "namespaces",
            Category::CopiedSource => "copied_source",
            Category::Objects => "objects",
        }
    }
}

/// Bytes per category (64-bit, as allocated) and the 32-bit estimate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    pub bytes: [usize; 8],
    pub bytes32: [usize; 8],
    /// Chunk count and bytes per object kind (indexed by the kind byte).
    pub kinds: Vec<(usize, usize)>,
}

impl Snapshot {
    /// Total bytes.
    pub fn total(&self) -> usize {
        self.bytes.iter().sum()
    }

    /// Total bytes in the 32-bit model.
    pub fn total32(&self) -> usize {
        self.bytes32.iter().sum()
    }

    /// `self - before`, per category (saturating: a category can shrink during an import).
    pub fn minus(&self, before: &Snapshot) -> Snapshot {
        let mut d = Snapshot::default();
        for k in 0..8 {
            d.bytes[k] = self.bytes[k].saturating_sub(before.bytes[k]);
            d.bytes32[k] = self.bytes32[k].saturating_sub(before.bytes32[k]);
        }
        d.kinds = (0..self.kinds.len().max(before.kinds.len()))
            .map(|k| {
                let a = self.kinds.get(k).copied().unwrap_or_default();
                let b = before.kinds.get(k).copied().unwrap_or_default();
                (a.0.saturating_sub(b.0), a.1.saturating_sub(b.1))
            })
            .collect();
        d
    }

    /// Bytes of one category.
    pub fn get(&self, c: Category) -> usize {
        self.bytes[c as usize]
    }

    /// (kind, chunks, bytes) for every object kind present, largest first.
    pub fn by_kind(&self) -> Vec<(ObjKind, usize, usize)> {
        let mut v: Vec<_> = self
            .kinds
            .iter()
            .enumerate()
            .filter(|(_, c)| c.1 > 0)
            .filter_map(|(k, c)| ObjKind::from_u8(k as u8).map(|kind| (kind, c.0, c.1)))
            .collect();
        v.sort_by_key(|k| std::cmp::Reverse(k.2));
        v
    }

    /// 32-bit bytes of one category.
    pub fn get32(&self, c: Category) -> usize {
        self.bytes32[c as usize]
    }
}

fn round_block(n: usize) -> usize {
    n.div_ceil(BLOCK32_BYTES) * BLOCK32_BYTES
}

/// The 32-bit size of a chunk of `words` 64-bit words of kind `kind`.
fn size32(kind: ObjKind, words: usize) -> usize {
    match kind {
        // Header + length word, then limbs that keep their size.
        ObjKind::BigInt => round_block(8 + (words.saturating_sub(2)) * 8),
        // Header, then bytes.
        ObjKind::Str | ObjKind::Bytes => round_block(4 + (words.saturating_sub(1)) * 8),
        // Header, then raw bytes.
        ObjKind::RawBytes => round_block(4 + (words.saturating_sub(1)) * 8),
        _ => round_block(words * 4),
    }
}

/// Which category each chunk belongs to: the pool's and the sources' chunks are known by
/// index, everything else by kind.
struct Classifier {
    segments: Vec<usize>,
    texts: Vec<usize>,
    copied: Vec<usize>,
}

impl Classifier {
    fn new(vm: &Vm) -> Classifier {
        let (segments, texts) = vm.pool.chunks(&vm.heap);
        let copied = vm
            .sources
            .iter()
            .filter_map(|s| match s {
                Source::Heap { index, .. } => Some(*index),
                Source::Mapped(_) => None,
            })
            .collect();
        Classifier { segments, texts, copied }
    }

    fn category(&self, kind: ObjKind, i: usize) -> Category {
        match kind {
            ObjKind::RawBytes if self.segments.contains(&i) => Category::QstrPool,
            ObjKind::RawBytes if self.texts.contains(&i) => Category::QstrText,
            ObjKind::RawBytes if self.copied.contains(&i) => Category::CopiedSource,
            ObjKind::Code => Category::CodeRecords,
            ObjKind::Function | ObjKind::Closure | ObjKind::Cell => Category::Functions,
            ObjKind::Class => Category::Classes,
            ObjKind::Module | ObjKind::Dict | ObjKind::MapTable => Category::Namespaces,
            _ => Category::Objects,
        }
    }
}

/// Every allocated chunk: (word index, header word), in heap order.
fn chunk_list(vm: &Vm) -> Vec<(usize, u64)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < vm.heap.len_words() {
        let h = vm.heap.header(i);
        if h.kind_byte() != ObjKind::Free as u8 {
            out.push((i, h.0));
        }
        i += h.words().max(1);
    }
    out
}

/// Sorts every allocated chunk of the heap into a category.
pub fn snapshot(vm: &Vm) -> Snapshot {
    let classes = Classifier::new(vm);
    let mut snap = Snapshot { kinds: vec![(0, 0); 256], ..Snapshot::default() };
    for (i, word) in chunk_list(vm) {
        let h = crate::heap::Header(word);
        let Some(kind) = ObjKind::from_u8(h.kind_byte()) else { continue };
        let (cat, bytes) = (classes.category(kind, i), h.words() * 8);
        snap.bytes[cat as usize] += bytes;
        let k = &mut snap.kinds[kind as usize];
        k.0 += 1;
        k.1 += bytes;
        snap.bytes32[cat as usize] += size32(kind, h.words());
    }
    snap
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot_covers_the_used_heap_exactly() {
        let mut vm = Vm::new(crate::vm::Config { heap_size: 1 << 20, ..Default::default() });
        let l = crate::obj::list::new(&mut vm, 10).expect("list");
        vm.push_temp(l);
        crate::obj::str::from_str(&mut vm, "a string that lives on the heap").expect("str");
        let s = snapshot(&vm);
        assert_eq!(s.total(), vm.heap_stats().used);
        assert!(s.get(Category::Objects) > 0);
        assert!(s.total32() <= s.total() + 16 * 8, "32-bit model never grows much");
    }
}

/// Where `measure_import` imports from.
pub enum ImportFrom {
    /// A ROMFS image used in place (mapped), mounted at `/rom`.
    Mapped(crate::source::SharedBytes),
    /// The same image read into the heap while measuring, mounted at `/rom`.
    Copied(crate::source::SharedBytes),
    /// A host directory (the image's files), mounted at `/rom`.
    Dir(std::path::PathBuf),
}

/// One heap chunk an import left behind.
#[derive(Clone, Debug)]
pub struct RetainedObject {
    /// Its object kind.
    pub kind: ObjKind,
    /// Its size, header included.
    pub bytes: usize,
    /// Its report category.
    pub category: Category,
    /// A short description: keys of a table, repr of a string, tuple, class, function.
    pub detail: String,
}

/// What one import cost.
#[derive(Clone, Debug, Default)]
pub struct ImportFigures {
    /// Heap bytes still used after the import and a collection.
    pub retained: usize,
    /// Bytes allocated during the import (everything, freed or not).
    pub allocated: usize,
    /// Highest heap use during the import, above the starting point.
    pub peak: usize,
    /// `retained`, by category.
    pub by_category: Snapshot,
    /// The retained chunks themselves (those allocated by the import), in heap order; empty
    /// unless `measure_import` was asked to list them (describing them allocates).
    pub objects: Vec<RetainedObject>,
    /// Bytes of chunks that existed before the import and were freed by it (a table that
    /// grew into a new chunk): `objects` add up to `retained` plus this.
    pub replaced: usize,
    /// The exception text when the import failed.
    pub error: Option<String>,
}

/// Imports `module` into a fresh VM, the way `../shared/bench/ram` measures MicroPython:
/// collect, take the figures, import (mounting a copied image counts as part of it),
/// collect, take them again. `sys.path` is `/rom`, `/rom/lib`; the module's output is
/// discarded. `list_objects` also describes every retained chunk (`ImportFigures::objects`).
/// Run it on a thread with a large stack (as `mpyrom run` does).
pub fn measure_import(config: crate::vm::Config, from: ImportFrom, module: &str, list_objects: bool) -> ImportFigures {
    use std::rc::Rc;
    let mut m = Vm::with_output(config, Box::new(std::io::sink()), Box::new(std::io::sink()));
    m.importer = Some(Rc::new(crate::vfs::importer::VfsImporter));
    let fail = |e: String| ImportFigures { error: Some(e), ..Default::default() };
    if let Err(e) = m.set_sys_path(&["/rom", "/rom/lib"]) {
        return fail(format!("sys.path: {e:?}"));
    }
    let mount = |m: &mut Vm, fs: Rc<dyn crate::vfs::FileSystem>| m.vfs.mount("/rom", fs).map_err(|e| format!("{e:?}"));
    let pre = match &from {
        ImportFrom::Mapped(bytes) => crate::vfs::romfs::RomFs::mapped(bytes.clone())
            .map_err(|e| e.to_string())
            .and_then(|fs| mount(&mut m, Rc::new(fs))),
        ImportFrom::Dir(path) => mount(&mut m, Rc::new(crate::vfs::host::HostDir::new(path))),
        ImportFrom::Copied(_) => Ok(()),
    };
    if let Err(e) = pre {
        return fail(e);
    }
    m.collect();
    let before = snapshot(&m);
    let before_chunks = chunk_list(&m);
    let s0 = m.heap_stats();
    m.heap.reset_peak();
    if let ImportFrom::Copied(bytes) = &from {
        let copied = m
            .load_heap_source((**bytes).as_ref())
            .map_err(|_| "heap too small for the image".to_string())
            .and_then(|src| crate::vfs::romfs::RomFs::copied(&m, src).map_err(|e| e.to_string()))
            .and_then(|fs| mount(&mut m, Rc::new(fs)));
        if let Err(e) = copied {
            return fail(e);
        }
    }
    let importer = m.importer.clone();
    let result = match importer {
        Some(imp) => imp.import(&mut m, module, crate::value::Value::NONE),
        None => Ok(None),
    };
    let error = match result {
        Ok(Some(_)) => None,
        Ok(None) => Some(format!("ImportError: no module named '{module}'")),
        Err(_) => {
            let e = m.take_exc();
            Some(m.exception_text(e).trim_end().lines().last().unwrap_or("").to_string())
        }
    };
    let s1 = m.heap_stats();
    m.collect();
    let after = snapshot(&m);
    let s2 = m.heap_stats();
    let objects = if list_objects { retained_objects(&mut m, &before_chunks) } else { Vec::new() };
    let after_chunks = chunk_list(&m);
    let replaced = before_chunks
        .iter()
        .filter(|c| after_chunks.binary_search(c).is_err())
        .map(|(_, w)| crate::heap::Header(*w).words() * 8)
        .sum();
    ImportFigures {
        retained: s2.used.saturating_sub(s0.used),
        allocated: (s1.total_allocated - s0.total_allocated) as usize,
        peak: s2.peak.max(s1.peak).saturating_sub(s0.used),
        by_category: after.minus(&before),
        objects,
        replaced,
        error,
    }
}

/// The chunks allocated after `before` was taken (same index and header = same chunk),
/// each with its category and a short description of its contents.
fn retained_objects(vm: &mut Vm, before: &[(usize, u64)]) -> Vec<RetainedObject> {
    let classes = Classifier::new(vm);
    let mut out = Vec::new();
    for (i, word) in chunk_list(vm) {
        if before.binary_search(&(i, word)).is_ok() {
            continue;
        }
        let h = crate::heap::Header(word);
        let Some(kind) = ObjKind::from_u8(h.kind_byte()) else { continue };
        let v = crate::value::Value::heap(i);
        let category = classes.category(kind, i);
        let detail = match kind {
            ObjKind::MapTable => {
                let t = crate::obj::map::Table::at(vm, i);
                let keys: Vec<_> = (0..t.used(vm)).map(|e| t.key(vm, e)).filter(|k| !k.is_null()).collect();
                let keys: Vec<String> = keys.into_iter().map(|k| vm.repr_string(k).unwrap_or_default()).collect();
                format!("{} of {} entries: {}", t.live(vm), t.cap, keys.join(" "))
            }
            ObjKind::Str | ObjKind::Bytes | ObjKind::Tuple | ObjKind::Class | ObjKind::Function | ObjKind::Module => {
                vm.repr_string(v).unwrap_or_default()
            }
            ObjKind::List => format!("{} items", crate::obj::list::len(vm, v)),
            ObjKind::RawBytes if category == Category::QstrPool => "qstr pool segment".to_string(),
            _ => String::new(),
        };
        let detail = match detail.char_indices().nth(72) {
            Some((cut, _)) => format!("{}…", &detail[..cut]),
            None => detail,
        };
        out.push(RetainedObject { kind, bytes: h.words() * 8, category, detail });
    }
    out
}
