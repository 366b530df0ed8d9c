//! Reading a bytecode function's data at run time: prelude, operands, line numbers and
//! child raw codes, straight from the source bytes.
//!
//! Invariant: callers only use these on code that passed the load-time verifier, so the
//! reads stay inside the function data; they still bounds-check through slices and fall
//! back to neutral values instead of panicking.

/// Opcode values: defined once, with the opcode table, in `mpy::opcodes`.
pub use crate::mpy::opcodes::op;

/// Scope flag: the function is a generator.
pub const SCOPE_GENERATOR: u32 = 0x01;
/// Scope flag: the function takes `**kw`.
pub const SCOPE_VARKEYWORDS: u32 = 0x02;
/// Scope flag: the function takes `*args`.
pub const SCOPE_VARARGS: u32 = 0x04;
/// Scope flag: the function has keyword-only defaults.
pub const SCOPE_DEFKWARGS: u32 = 0x08;

/// A decoded prelude (mpy-v6.md §7).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Prelude {
    pub n_state: u32,
    pub n_exc_stack: u32,
    pub scope_flags: u32,
    pub n_pos_args: u32,
    pub n_kwonly_args: u32,
    pub n_def_pos_args: u32,
    /// Offset (within the function data) of the source info: simple name, arg names, lines.
    pub info_start: u32,
    pub n_info: u32,
    pub n_cell: u32,
    /// Offset of the first opcode within the function data.
    pub code_start: u32,
}

#[inline]
fn byte(data: &[u8], pos: &mut usize) -> u8 {
    let b = data.get(*pos).copied().unwrap_or(0);
    *pos += 1;
    b
}

/// Reads a vuint at `*pos` (out-of-range reads yield 0 bytes, which end the number).
#[inline]
pub fn vuint(data: &[u8], pos: &mut usize) -> u32 {
    let mut v: u32 = 0;
    loop {
        let b = byte(data, pos);
        v = (v << 7) | (b & 0x7f) as u32;
        if b & 0x80 == 0 {
            return v;
        }
    }
}

impl Prelude {
    /// Decodes the prelude at the start of a function's data.
    pub fn decode(data: &[u8]) -> Prelude {
        let mut pos = 0;
        let z = byte(data, &mut pos);
        let mut s = ((z >> 3) & 0xf) as u32;
        let mut e = ((z >> 2) & 1) as u32;
        let mut a = (z & 3) as u32;
        let (mut f, mut k, mut d) = (0u32, 0u32, 0u32);
        let mut z = z;
        let mut n = 0;
        while z & 0x80 != 0 && n < 16 {
            z = byte(data, &mut pos);
            let zz = z as u32;
            s |= ((zz & 0x30) >> 4) << (4 + 2 * n);
            e |= ((zz >> 1) & 1) << (1 + n);
            f |= ((zz >> 6) & 1) << n;
            a |= ((zz >> 2) & 1) << (2 + n);
            k |= ((zz >> 3) & 1) << n;
            d |= (zz & 1) << n;
            n += 1;
        }
        let (mut n_info, mut n_cell, mut m) = (0u32, 0u32, 0);
        loop {
            let z = byte(data, &mut pos) as u32;
            n_info |= ((z >> 1) & 0x3f) << (6 * m);
            n_cell |= (z & 1) << m;
            m += 1;
            if z & 0x80 == 0 || m >= 5 {
                break;
            }
        }
        let info_start = pos as u32;
        Prelude {
            n_state: s + 1,
            n_exc_stack: e,
            scope_flags: f,
            n_pos_args: a,
            n_kwonly_args: k,
            n_def_pos_args: d,
            info_start,
            n_info,
            n_cell,
            code_start: info_start + n_info + n_cell,
        }
    }

    /// The qstr-table index of the function's simple name.
    pub fn name_index(&self, data: &[u8]) -> u32 {
        let mut pos = self.info_start as usize;
        vuint(data, &mut pos)
    }

    /// The qstr-table indices of the argument names (positional, then keyword-only).
    pub fn arg_name_indices<'a>(&self, data: &'a [u8]) -> impl Iterator<Item = u32> + 'a {
        let mut pos = self.info_start as usize;
        vuint(data, &mut pos);
        let n = self.n_pos_args + self.n_kwonly_args;
        (0..n).map(move |_| vuint(data, &mut pos))
    }

    /// The cell list: local numbers that become cells on entry.
    pub fn cells<'a>(&self, data: &'a [u8]) -> &'a [u8] {
        let start = (self.info_start + self.n_info) as usize;
        data.get(start..start + self.n_cell as usize).unwrap_or(&[])
    }

    /// The line number of the opcode at bytecode offset `bc`.
    pub fn line_for(&self, data: &[u8], bc: u32) -> u32 {
        let mut pos = self.info_start as usize;
        vuint(data, &mut pos);
        for _ in 0..self.n_pos_args + self.n_kwonly_args {
            vuint(data, &mut pos);
        }
        let end = (self.info_start + self.n_info) as usize;
        let (mut line, mut rem) = (1u32, bc);
        while pos < end {
            let b = byte(data, &mut pos) as u32;
            let (bi, li) = if b & 0x80 == 0 {
                (b & 0x1f, b >> 5)
            } else {
                let b2 = byte(data, &mut pos) as u32;
                (b & 0x0f, ((b << 4) & 0x700) | b2)
            };
            if rem >= bi {
                rem -= bi;
                line += li;
            } else {
                break;
            }
        }
        line
    }
}

/// The header of a raw code element at `offset` in a source: `(function data start,
/// function data length, children start, child count)`.
pub fn raw_code_header(src: &[u8], offset: usize) -> (usize, usize, usize, usize) {
    let mut pos = offset;
    let kind_len = vuint(src, &mut pos) as usize;
    let code_len = kind_len >> 3;
    let has_children = kind_len & 4 != 0;
    let data = pos;
    pos += code_len;
    let n_children = if has_children { vuint(src, &mut pos) as usize } else { 0 };
    (data, code_len, pos, n_children)
}

/// The offset of child `c` of the raw code at `offset` (skips earlier siblings' subtrees by
/// reading their headers only).
pub fn nth_child(src: &[u8], offset: usize, c: usize) -> usize {
    let (_, _, pos, _) = raw_code_header(src, offset);
    nth_child_from(src, pos, 0, c)
}

/// The offset of child `c`, given that child `from` (≤ `c`) starts at `pos`.
pub fn nth_child_from(src: &[u8], mut pos: usize, from: usize, c: usize) -> usize {
    for _ in from..c {
        pos = skip_raw_code(src, pos);
    }
    pos
}

fn skip_raw_code(src: &[u8], offset: usize) -> usize {
    // Iterative: a work counter of raw codes still to skip.
    let mut pending = 1usize;
    let mut pos = offset;
    while pending > 0 && pos < src.len() {
        let (_, _, children_start, n) = raw_code_header(src, pos);
        pending = pending - 1 + n;
        pos = children_start;
    }
    pos
}
