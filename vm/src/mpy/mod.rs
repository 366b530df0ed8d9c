//! Reading `.mpy` v6 files without a VM: the header, qstr table, constant table and raw-code
//! tree, borrowed from the file's bytes (`mpy-v6.md`). The verifier (`verify`) and the
//! disassembler (`dis`) work on this structure; `opcodes` is the one opcode table.
//!
//! Invariants: nothing is copied from the file except small decoded numbers; every offset
//! is checked, so malformed input gives a [`MpyError`] naming the byte offset.

pub mod dis;
pub mod opcodes;
pub mod verify;

use crate::interp::code::Prelude;

/// Why a `.mpy` file cannot be read or run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MpyError {
    #[error("not a .mpy file (bad magic)")]
    BadMagic,
    #[error(".mpy version {0} is not supported (this VM runs version 6)")]
    Version(u8),
    #[error("native code (architecture {0}) cannot run on this VM: compile without -march/@native/@viper")]
    Native(u8),
    #[error("the file uses {0}-bit small ints, more than this VM's 48")]
    SmallIntBits(u8),
    #[error("truncated or corrupt .mpy file at byte {0}")]
    Corrupt(usize),
    #[error("function '{func}' at bytecode offset {offset}: {what}")]
    Invalid { func: String, offset: usize, what: String },
}

/// A constant-table entry.
#[derive(Debug, Clone, PartialEq)]
pub enum Const<'a> {
    None,
    False,
    True,
    Ellipsis,
    Str(&'a str),
    Bytes(&'a [u8]),
    Int(&'a str),
    Float(f64),
    Complex(f64, f64),
    Tuple(Vec<Const<'a>>),
}

/// A qstr-table entry: its text and the file offset of the entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QstrEntry<'a> {
    pub text: &'a str,
    pub offset: usize,
}

/// A parsed `.mpy` file.
#[derive(Debug, Clone)]
pub struct MpyFile<'a> {
    pub bytes: &'a [u8],
    pub small_int_bits: u8,
    pub qstrs: Vec<QstrEntry<'a>>,
    /// Constants, with the file offset of each entry.
    pub consts: Vec<(usize, Const<'a>)>,
    /// File offset of the outer raw code.
    pub root: usize,
}

/// One raw code: where its function data is, and its children's raw-code offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawCode {
    /// File offset of the raw code (its kind/length vuint).
    pub offset: usize,
    /// File offset and length of the function data (prelude + opcodes).
    pub data: usize,
    pub data_len: usize,
    pub children: Vec<usize>,
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, MpyError> {
        let b = *self.b.get(self.pos).ok_or(MpyError::Corrupt(self.pos))?;
        self.pos += 1;
        Ok(b)
    }
    fn uint(&mut self) -> Result<usize, MpyError> {
        let start = self.pos;
        let mut v: u64 = 0;
        for _ in 0..10 {
            let b = self.byte()?;
            v = (v << 7) | (b & 0x7f) as u64;
            if b & 0x80 == 0 {
                return usize::try_from(v).ok().filter(|&v| v <= self.b.len() << 3).ok_or(MpyError::Corrupt(start));
            }
        }
        Err(MpyError::Corrupt(start))
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], MpyError> {
        if n > self.b.len().saturating_sub(self.pos) {
            return Err(MpyError::Corrupt(self.pos));
        }
        let s = &self.b[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn text(&mut self, n: usize) -> Result<&'a str, MpyError> {
        let at = self.pos;
        let t = self.take(n)?;
        std::str::from_utf8(t).map_err(|_| MpyError::Corrupt(at))
    }
}

fn read_const<'a>(r: &mut Reader<'a>, depth: usize) -> Result<Const<'a>, MpyError> {
    let at = r.pos;
    if depth > 32 {
        return Err(MpyError::Corrupt(at));
    }
    Ok(match r.byte()? {
        1 => Const::None,
        2 => Const::False,
        3 => Const::True,
        4 => Const::Ellipsis,
        t @ (5 | 6) => {
            let n = r.uint()?;
            let data = r.take(n)?;
            if r.byte()? != 0 {
                return Err(MpyError::Corrupt(r.pos - 1));
            }
            if t == 5 {
                Const::Str(std::str::from_utf8(data).map_err(|_| MpyError::Corrupt(at))?)
            } else {
                Const::Bytes(data)
            }
        }
        t @ 7..=9 => {
            let n = r.uint()?;
            let text = r.text(n)?;
            match t {
                7 => Const::Int(text),
                8 => Const::Float(crate::methods::float::parse_float(text).ok_or(MpyError::Corrupt(at))?),
                _ => match text.strip_suffix(['j', 'J']) {
                    Some(body) => {
                        Const::Complex(0.0, crate::methods::float::parse_float(body).ok_or(MpyError::Corrupt(at))?)
                    }
                    None => Const::Complex(crate::methods::float::parse_float(text).ok_or(MpyError::Corrupt(at))?, 0.0),
                },
            }
        }
        10 => {
            let n = r.uint()?;
            let mut items = Vec::with_capacity(n.min(1024));
            for _ in 0..n {
                items.push(read_const(r, depth + 1)?);
            }
            Const::Tuple(items)
        }
        0 => return Err(MpyError::Native(0)),
        _ => return Err(MpyError::Corrupt(at)),
    })
}

impl<'a> MpyFile<'a> {
    /// Parses the header and the tables; the raw-code tree is read on demand.
    pub fn parse(bytes: &'a [u8]) -> Result<MpyFile<'a>, MpyError> {
        let mut r = Reader { b: bytes, pos: 0 };
        if r.byte()? != b'M' {
            return Err(MpyError::BadMagic);
        }
        let version = r.byte()?;
        if version != 6 {
            return Err(MpyError::Version(version));
        }
        let feat = r.byte()?;
        let small_int_bits = r.byte()?;
        if feat & 0x80 != 0 {
            return Err(MpyError::Corrupt(2));
        }
        let arch = (feat >> 2) & 0x0f;
        if arch != 0 {
            return Err(MpyError::Native(arch));
        }
        if feat & 0x40 != 0 {
            r.uint()?;
        }
        if small_int_bits > 48 {
            return Err(MpyError::SmallIntBits(small_int_bits));
        }
        let n_qstr = r.uint()?;
        let n_obj = r.uint()?;
        let mut qstrs = Vec::with_capacity(n_qstr.min(4096));
        for _ in 0..n_qstr {
            let offset = r.pos;
            let v = r.uint()?;
            let text = if v & 1 == 1 {
                let id = (v >> 1) as u32;
                if id == 0 || id >= crate::qstr::MPY_STATIC_END {
                    return Err(MpyError::Corrupt(offset));
                }
                crate::qstr::Qstr(id).static_text().ok_or(MpyError::Corrupt(offset))?
            } else {
                let t = r.text(v >> 1)?;
                if r.byte()? != 0 {
                    return Err(MpyError::Corrupt(r.pos - 1));
                }
                t
            };
            qstrs.push(QstrEntry { text, offset });
        }
        let mut consts = Vec::with_capacity(n_obj.min(4096));
        for _ in 0..n_obj {
            let at = r.pos;
            consts.push((at, read_const(&mut r, 0)?));
        }
        Ok(MpyFile { bytes, small_int_bits, qstrs, consts, root: r.pos })
    }

    /// Reads the raw code at `offset`: its function data and the offsets of its children.
    pub fn raw_code(&self, offset: usize) -> Result<RawCode, MpyError> {
        let mut r = Reader { b: self.bytes, pos: offset };
        let kind_len = r.uint()?;
        if kind_len & 3 != 0 {
            return Err(MpyError::Native(0));
        }
        let data_len = kind_len >> 3;
        let data = r.pos;
        r.take(data_len)?;
        let mut children = Vec::new();
        if kind_len & 4 != 0 {
            let n = r.uint()?;
            let mut pos = r.pos;
            for _ in 0..n {
                children.push(pos);
                pos = self.skip(pos)?;
            }
        }
        Ok(RawCode { offset, data, data_len, children })
    }

    /// The offset just after the raw code (and its whole subtree) at `offset`.
    fn skip(&self, offset: usize) -> Result<usize, MpyError> {
        let mut pending = 1usize;
        let mut r = Reader { b: self.bytes, pos: offset };
        while pending > 0 {
            pending -= 1;
            let kind_len = r.uint()?;
            if kind_len & 3 != 0 {
                return Err(MpyError::Native(0));
            }
            r.take(kind_len >> 3)?;
            if kind_len & 4 != 0 {
                pending = pending.checked_add(r.uint()?).ok_or(MpyError::Corrupt(r.pos))?;
            }
        }
        Ok(r.pos)
    }

    /// Every raw code of the file, breadth first from the root (children in index order),
    /// which is the order MicroPython prints its compiled blocks in.
    pub fn raw_codes(&self) -> Result<Vec<RawCode>, MpyError> {
        let mut out = Vec::new();
        let mut queue = std::collections::VecDeque::from([self.root]);
        while let Some(off) = queue.pop_front() {
            let rc = self.raw_code(off)?;
            queue.extend(rc.children.iter().copied());
            out.push(rc);
            if out.len() > self.bytes.len() {
                return Err(MpyError::Corrupt(off));
            }
        }
        Ok(out)
    }

    /// The function data of a raw code.
    pub fn data(&self, rc: &RawCode) -> &'a [u8] {
        &self.bytes[rc.data..rc.data + rc.data_len]
    }

    /// The decoded prelude of a raw code, checked to lie inside its data.
    pub fn prelude(&self, rc: &RawCode) -> Result<Prelude, MpyError> {
        let data = self.data(rc);
        let p = Prelude::decode(data);
        let bad = |what: &str| MpyError::Invalid { func: "?".into(), offset: 0, what: what.into() };
        if p.code_start as usize > data.len() || p.info_start as usize > data.len() {
            return Err(bad("prelude extends past the function data"));
        }
        Ok(p)
    }

    /// The simple name of a raw code (for messages).
    pub fn func_name(&self, rc: &RawCode) -> String {
        let data = self.data(rc);
        let p = Prelude::decode(data);
        let idx = p.name_index(data) as usize;
        self.qstrs.get(idx).map_or_else(|| "?".to_string(), |q| q.text.to_string())
    }
}
