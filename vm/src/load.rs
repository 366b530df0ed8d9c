//! Linking a `.mpy` file into the VM: the per-module qstr table and constant table are
//! built in the heap; bytecode, prelude, qstr text and str/bytes constants stay in the
//! source bytes.
//!
//! Invariants: str and bytes constants become in-place values (tag 5) pointing at their
//! entry in the source, so they cost no heap; inline qstrs are interned with their text
//! borrowed from the source; only the `Code` object (tables) is allocated, plus objects for
//! int/float/complex/tuple constants.

use crate::mpy_read::read_vuint;
use crate::obj::exception::VALUE_ERROR;
use crate::obj::{function, tuple};
use crate::qstr::Qstr;
use crate::source::SourceId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Why a `.mpy` file cannot be linked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("incompatible .mpy file")]
    Incompatible,
    #[error("native code in .mpy unsupported")]
    Native,
    #[error("truncated or corrupt .mpy file at byte {0}")]
    Corrupt(usize),
    #[error("invalid .mpy file: {0}")]
    Rejected(String),
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn uint(&mut self) -> Result<usize, LinkError> {
        read_vuint(self.b, &mut self.pos).map(|v| v as usize).ok_or(LinkError::Corrupt(self.pos))
    }
    fn byte(&mut self) -> Result<u8, LinkError> {
        let b = *self.b.get(self.pos).ok_or(LinkError::Corrupt(self.pos))?;
        self.pos += 1;
        Ok(b)
    }
    fn skip(&mut self, n: usize) -> Result<(), LinkError> {
        if n > self.b.len().saturating_sub(self.pos) {
            return Err(LinkError::Corrupt(self.pos));
        }
        self.pos += n;
        Ok(())
    }
}

/// A constant-table entry as read from the file.
enum ConstEntry {
    Simple(Value),
    InPlace(u32),
    Int(String),
    Float(f64),
    Complex(f64, f64),
    Tuple(Vec<ConstEntry>),
}

fn read_const(r: &mut Reader<'_>, depth: usize) -> Result<ConstEntry, LinkError> {
    if depth > 32 {
        return Err(LinkError::Corrupt(r.pos));
    }
    let at = r.pos as u32;
    let t = r.byte()?;
    Ok(match t {
        1 => ConstEntry::Simple(Value::NONE),
        2 => ConstEntry::Simple(Value::FALSE),
        3 => ConstEntry::Simple(Value::TRUE),
        4 => ConstEntry::Simple(Value::ELLIPSIS),
        5 | 6 => {
            let n = r.uint()?;
            r.skip(n)?;
            if r.byte()? != 0 {
                return Err(LinkError::Corrupt(r.pos - 1));
            }
            if t == 5 && std::str::from_utf8(&r.b[r.pos - 1 - n..r.pos - 1]).is_err() {
                return Err(LinkError::Corrupt(at as usize));
            }
            ConstEntry::InPlace(at)
        }
        7..=9 => {
            let n = r.uint()?;
            let start = r.pos;
            r.skip(n)?;
            let text = std::str::from_utf8(&r.b[start..start + n]).map_err(|_| LinkError::Corrupt(start))?;
            match t {
                7 => ConstEntry::Int(text.to_string()),
                8 => ConstEntry::Float(crate::methods::float::parse_float(text).ok_or(LinkError::Corrupt(start))?),
                _ => {
                    let (body, imag) = match text.strip_suffix(['j', 'J']) {
                        Some(b) => (b, true),
                        None => (text, false),
                    };
                    let x = crate::methods::float::parse_float(body).ok_or(LinkError::Corrupt(start))?;
                    if imag {
                        ConstEntry::Complex(0.0, x)
                    } else {
                        ConstEntry::Complex(x, 0.0)
                    }
                }
            }
        }
        10 => {
            let n = r.uint()?;
            if n > r.b.len() {
                return Err(LinkError::Corrupt(r.pos));
            }
            let mut items = Vec::with_capacity(n);
            for _ in 0..n {
                items.push(read_const(r, depth + 1)?);
            }
            ConstEntry::Tuple(items)
        }
        0 => return Err(LinkError::Native),
        _ => return Err(LinkError::Corrupt(at as usize)),
    })
}

fn make_const(vm: &mut Vm, source: SourceId, c: &ConstEntry) -> PyResult<Value> {
    Ok(match c {
        ConstEntry::Simple(v) => *v,
        ConstEntry::InPlace(off) => Value::source_str(source, *off),
        ConstEntry::Int(text) => crate::methods::int::parse_int(vm, text, 10)?,
        ConstEntry::Float(x) => Value::float(*x),
        ConstEntry::Complex(re, im) => crate::obj::float::new_complex(vm, *re, *im)?,
        ConstEntry::Tuple(items) => {
            let t = tuple::alloc(vm, items.len())?;
            let mark = vm.push_temp(t);
            for (k, item) in items.iter().enumerate() {
                let v = match make_const(vm, source, item) {
                    Ok(v) => v,
                    Err(e) => {
                        vm.pop_temps(mark);
                        return Err(e);
                    }
                };
                tuple::set(vm, t, k, v);
            }
            vm.pop_temps(mark);
            t
        }
    })
}

/// Reads the header and tables of the `.mpy` in `source` and builds its `Code` object,
/// whose module body is the raw code that follows the tables. `globals` becomes the
/// module's namespace.
pub fn link(vm: &mut Vm, source: SourceId, globals: Value) -> PyResult<Value> {
    match link_inner(vm, source, globals) {
        Ok(r) => r,
        Err(e) => Err(vm.raise_msg(&VALUE_ERROR, &e.to_string())),
    }
}

fn link_inner(vm: &mut Vm, source: SourceId, globals: Value) -> Result<PyResult<Value>, LinkError> {
    let bytes = vm.sources.bytes(&vm.heap, source);
    // Every function is verified before anything runs (see `mpy::verify`).
    if let Err(e) = crate::mpy::MpyFile::parse(bytes).and_then(|f| crate::mpy::verify::verify(&f)) {
        return Err(LinkError::Rejected(e.to_string()));
    }
    let mut r = Reader { b: bytes, pos: 0 };
    if r.byte()? != b'M' || r.byte()? != 6 {
        return Err(LinkError::Incompatible);
    }
    let feat = r.byte()?;
    let _small_int_bits = r.byte()?;
    if feat & 0x80 != 0 || feat & 0x40 != 0 {
        return Err(LinkError::Incompatible);
    }
    if (feat >> 2) & 0x0f != 0 {
        return Err(LinkError::Native);
    }
    let n_qstr = r.uint()?;
    let n_obj = r.uint()?;
    if n_qstr > bytes.len() || n_obj > bytes.len() {
        return Err(LinkError::Corrupt(r.pos));
    }
    // qstr entries: (static id) or (prefix offset, text offset, len) of inline text.
    let mut qentries: Vec<Result<Qstr, (u32, u32, u32)>> = Vec::with_capacity(n_qstr);
    for _ in 0..n_qstr {
        let prefix = r.pos;
        let v = r.uint()?;
        if v & 1 == 1 {
            let id = v >> 1;
            if id == 0 || id >= crate::qstr::MPY_STATIC_END as usize {
                return Err(LinkError::Corrupt(r.pos));
            }
            qentries.push(Ok(Qstr(id as u32)));
        } else {
            let len = v >> 1;
            let start = r.pos;
            r.skip(len)?;
            if r.byte()? != 0 || std::str::from_utf8(&bytes[start..start + len]).is_err() {
                return Err(LinkError::Corrupt(start));
            }
            qentries.push(Err((prefix as u32, start as u32, len as u32)));
        }
    }
    let mut consts = Vec::with_capacity(n_obj);
    for _ in 0..n_obj {
        consts.push(read_const(&mut r, 0)?);
    }
    let raw_offset = r.pos;
    Ok(build_code(vm, source, globals, qentries, consts, raw_offset))
}

fn build_code(
    vm: &mut Vm,
    source: SourceId,
    globals: Value,
    qentries: Vec<Result<Qstr, (u32, u32, u32)>>,
    consts: Vec<ConstEntry>,
    raw_offset: usize,
) -> PyResult<Value> {
    // Narrow (u16) entries unless some entry could not fit one: an inline text too far into
    // the file to stay lazy, or a pool so large that ids may reach 2^15.
    let wide = vm.config.wide_qstr_tables
        || vm.pool.len() + qentries.len() + crate::qstr::STATIC_COUNT as usize >= function::NARROW_ID_LIMIT as usize
        || qentries.iter().any(|e| matches!(e, Err((prefix, _, _)) if *prefix >= function::NARROW_LAZY_LIMIT));
    let code = function::new_code(vm, source, qentries.len(), consts.len(), globals, wide)?;
    let mark = vm.push_temp(code);
    let r = (|| {
        vm.heap.set_word(code.heap_index_unchecked() + function::code::RAW_OFFSET, raw_offset as u64);
        for (k, e) in qentries.iter().enumerate() {
            // Inline texts are interned on first use (see `obj::function`), unless their
            // offset does not fit a lazy entry.
            let entry = match e {
                Ok(q) => q.0,
                Err((prefix, _, _)) if *prefix < function::LAZY_OFFSET_LIMIT => function::LAZY_QSTR | prefix,
                Err((_, off, len)) => match intern_in_place(vm, source, *off, *len) {
                    Some(q) => q.0,
                    None => return Err(vm.raise_memory_error()),
                },
            };
            let stored = function::set_code_qstr_entry(vm, code, k, entry);
            debug_assert!(stored, "qstr entry {entry:#x} does not fit the table");
        }
        for (k, c) in consts.iter().enumerate() {
            let v = make_const(vm, source, c)?;
            function::set_code_const(vm, code, k, v);
        }
        Ok(code)
    })();
    vm.pop_temps(mark);
    r
}

/// Interns the qstr text at `off..off + len` of `source` in place, collecting once if the
/// pool needs room; `None` when the heap stays full.
pub(crate) fn intern_in_place(vm: &mut Vm, source: SourceId, off: u32, len: u32) -> Option<Qstr> {
    for attempt in 0..2 {
        let text = &vm.sources.bytes(&vm.heap, source)[off as usize..(off + len) as usize];
        // The text is copied only for the borrow checker's sake; the pool stores the offset.
        let text = text.to_vec();
        if let Some(q) = vm.pool.intern_in_source(&mut vm.heap, &vm.sources, &text, source, off) {
            return Some(q);
        }
        if attempt == 0 {
            vm.collect();
        }
    }
    None
}
