//! The load-time verifier: checks every function of a `.mpy` file so the interpreter can
//! run it without per-instruction checks of operands, indices and jump targets.
//!
//! For each raw code: the prelude lies inside the function data and its cell list names
//! locals inside `n_state`; every opcode is known and its operand lies inside the code;
//! qstr and constant indices are inside their tables, child indices inside the raw code's
//! children; jump targets are instruction starts inside the function; local and deref
//! numbers are inside `n_state`. Then an abstract interpretation over the control-flow
//! graph (exception handlers included) bounds the value-stack height at every
//! instruction: it never goes below what an instruction pops and never above `n_state`,
//! and `SETUP_*` nesting never exceeds `n_exc_stack`.
//!
//! The height model (`bytecode-v6.md` §4, §6): the state before each instruction is the
//! range of possible stack heights and the stack of open exception blocks (each with its
//! saved height). A handler is entered at its block's saved height + 1 (an exception, or
//! `None` on the normal path into a finally), and a finally or with cleanup also at + 2 (a
//! return value or jump address under an unwind marker). `END_FINALLY` and
//! `POP_EXCEPT_JUMP` close the innermost block and continue from the lowest height that
//! reaches them (only the normal path falls through them);
//! `UNWIND_JUMP` closes blocks and lands at the outermost one's. Paths that join must
//! agree on the block structure; height ranges merge by union. The upper bound holds on
//! every path; an instruction's pops are checked against the largest height that reaches
//! it (mpy-cross's `async with` cleanup pops a slot that only its unwinding path pushed), so
//! the interpreter clamps state-slot indices as the last line of defence: a crafted file
//! that underflows on an unchecked path reads and writes a scratch word, never memory
//! outside its frame (`tests/tests/crafted.rs`).
//!
//! Errors name the function and the bytecode offset.

use super::opcodes::{self, DecodeError, Insn, Operand};
use super::{MpyError, MpyFile, RawCode};

/// Verifies every function of `file`.
pub fn verify(file: &MpyFile<'_>) -> Result<(), MpyError> {
    for rc in file.raw_codes()? {
        verify_function(file, &rc)?;
    }
    Ok(())
}

/// Verification facts about one function (for tests and tools).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    pub instructions: usize,
    pub max_stack: usize,
    pub max_exc: usize,
}

/// Verifies one function and reports what was found.
pub fn verify_function(file: &MpyFile<'_>, rc: &RawCode) -> Result<Facts, MpyError> {
    let name = file.func_name(rc);
    let fail = |offset: usize, what: String| MpyError::Invalid { func: name.clone(), offset, what };
    let data = file.data(rc);
    let p = file.prelude(rc).map_err(|_| fail(0, "prelude extends past the function data".into()))?;
    let n_state = p.n_state as usize;
    let code_start = p.code_start as usize;
    if code_start > data.len() {
        return Err(fail(0, "prelude extends past the function data".into()));
    }
    let n_args = (p.n_pos_args + p.n_kwonly_args) as usize;
    let varargs = (p.scope_flags & 0x04 != 0) as usize + (p.scope_flags & 0x08 != 0) as usize;
    if n_args + varargs > n_state {
        return Err(fail(0, format!("{} arguments do not fit {n_state} state slots", n_args + varargs)));
    }
    // Source info: name and argument names are qstr indices.
    let mut pos = p.info_start as usize;
    let info_end = (p.info_start + p.n_info) as usize;
    for _ in 0..=n_args {
        let at = pos;
        let q = crate::interp::code::vuint(data, &mut pos) as usize;
        if pos > info_end || q >= file.qstrs.len() {
            return Err(fail(0, format!("bad name index in the source info at byte {at}")));
        }
    }
    for &c in p.cells(data) {
        if c as usize >= n_state {
            return Err(fail(0, format!("cell local {c} is outside {n_state} state slots")));
        }
    }
    let code = &data[code_start..];
    // Pass 1: decode every instruction, check operands.
    let mut insns: Vec<Insn> = Vec::new();
    let mut starts = vec![false; code.len() + 1];
    let mut off = 0;
    while off < code.len() {
        let insn = opcodes::decode(code, off).map_err(|e| match e {
            DecodeError::Unknown(b) => fail(off, format!("unknown opcode 0x{b:02x}")),
            DecodeError::Truncated => fail(off, "operand runs past the end of the code".into()),
            DecodeError::Overflow => fail(off, "operand too large".into()),
        })?;
        check_operand(file, rc, &insn, n_state, code.len()).map_err(|w| fail(off, w))?;
        starts[off] = true;
        off += insn.len;
        insns.push(insn);
    }
    if insns.is_empty() {
        return Err(fail(0, "no code".into()));
    }
    for i in &insns {
        if is_jump(i) && !starts[i.arg as usize] {
            return Err(fail(i.off, format!("jump target {} is not the start of an instruction", i.arg)));
        }
    }
    // Pass 2: stack heights, with the stack of open exception blocks.
    let index_of = |off: usize| insns.binary_search_by_key(&off, |i| i.off).ok();
    let mut states: Vec<Option<St>> = vec![None; insns.len()];
    states[0] = Some(St { lo: 0, hi: 0, blocks: Vec::new() });
    let mut work = vec![0usize];
    let (mut max_stack, mut max_exc) = (0i64, 0usize);
    let limit = n_state as i64;
    let mut steps = 0usize;
    while let Some(k) = work.pop() {
        steps += 1;
        if steps > 64 * insns.len() + 1024 {
            return Err(fail(insns[k].off, "stack heights do not settle".into()));
        }
        let i = insns[k];
        let st = states[k].clone().expect("queued instructions have a state");
        let (pops, pushes) = effect(&i);
        if st.hi < pops {
            return Err(fail(
                i.off,
                format!("stack underflow: {} needs {pops} values, {} present", i.info.name, st.hi),
            ));
        }
        let (lo2, hi2) = ((st.lo - pops).max(0) + pushes, st.hi - pops + pushes);
        let top = st.hi.max(hi2);
        max_stack = max_stack.max(top);
        if top > limit {
            return Err(fail(i.off, format!("stack height {top} exceeds {n_state} state slots")));
        }
        let to = |off: i64| index_of(off as usize).unwrap_or(usize::MAX);
        let fall = k + 1;
        let at = |lo: i64, hi: i64| St { lo: lo.max(0), hi, blocks: st.blocks.clone() };
        let mut next: Vec<(usize, St)> = Vec::new();
        match i.opcode {
            // Return and raise end the path (their unwinding enters handlers, which the
            // SETUP edges already cover).
            0x63..=0x66 => {}
            0x42 => next.push((to(i.arg), at(lo2, hi2))),
            0x43 | 0x44 => {
                next.push((fall, at(lo2, hi2)));
                next.push((to(i.arg), at(lo2, hi2)));
            }
            0x45 | 0x46 => {
                next.push((fall, at(st.lo - 1, st.hi - 1)));
                next.push((to(i.arg), at(st.lo, st.hi)));
            }
            0x4b => {
                next.push((fall, at(st.lo + 1, st.hi + 1)));
                next.push((to(i.arg), at(st.lo - 4, st.hi - 4)));
            }
            0x47..=0x49 => {
                // Saved height: the stack when the handler is entered (SETUP_WITH: after
                // pushing the exit method and self).
                let (slo, shi) = if i.opcode == 0x47 { (st.lo + 1, st.hi + 1) } else { (st.lo, st.hi) };
                let mut inner = St { lo: lo2, hi: hi2, blocks: st.blocks.clone() };
                inner.blocks.push(Block { lo: slo, hi: shi });
                max_exc = max_exc.max(inner.blocks.len());
                // An exception enters at saved + 1; a finally or with cleanup may also be
                // entered by a return or break with a value or address under an unwind
                // marker: saved + 2.
                let extra = if i.opcode == 0x48 { 1 } else { 2 };
                let handler = St { lo: slo + 1, hi: shi + extra, blocks: inner.blocks.clone() };
                next.push((fall, inner));
                next.push((to(i.arg), handler));
            }
            0x4a | 0x5d => {
                // Closing a block: execution continues at the block's saved height (an
                // END_FINALLY only falls through after popping the `None` above it).
                let mut blocks = st.blocks.clone();
                if blocks.pop().is_none() {
                    return Err(fail(i.off, format!("{} with no open exception block", i.info.name)));
                }
                // Only the normal path falls through an END_FINALLY (TOS `None`) or reaches
                // a POP_EXCEPT_JUMP; unwinding paths (one slot higher) return or jump from
                // inside. So execution continues from the lowest height.
                let h = if i.opcode == 0x5d { st.lo - 1 } else { st.lo };
                let out = St { lo: h.max(0), hi: h, blocks };
                next.push((if i.opcode == 0x5d { fall } else { to(i.arg) }, out));
            }
            0x40 => {
                let n = (i.extra & 0x7f) as usize;
                if n == 0 || n > st.blocks.len() {
                    return Err(fail(i.off, format!("UNWIND_JUMP leaves {n} blocks but {} are open", st.blocks.len())));
                }
                let mut blocks = st.blocks.clone();
                let outer = blocks[blocks.len() - n];
                blocks.truncate(blocks.len() - n);
                let d = if i.extra & 0x80 != 0 { 4 } else { 0 };
                if outer.hi - d < 0 {
                    return Err(fail(i.off, "UNWIND_JUMP below the bottom of the stack".into()));
                }
                next.push((to(i.arg), St { lo: (outer.lo - d).max(0), hi: outer.hi - d, blocks }));
            }
            _ => next.push((fall, at(lo2, hi2))),
        }
        if max_exc > p.n_exc_stack as usize {
            return Err(fail(i.off, format!("exception blocks nest deeper than N_EXC_STACK {}", p.n_exc_stack)));
        }
        for (t, s) in next {
            if t >= insns.len() {
                return Err(fail(i.off, "control runs off the end of the code".into()));
            }
            let merged = match &states[t] {
                None => s,
                Some(old) => match old.merge(&s) {
                    Some(m) => m,
                    None => {
                        return Err(fail(insns[t].off, "paths join with different exception blocks".into()));
                    }
                },
            };
            if states[t].as_ref() != Some(&merged) {
                states[t] = Some(merged);
                work.push(t);
            }
        }
    }
    Ok(Facts { instructions: insns.len(), max_stack: max_stack.max(0) as usize, max_exc })
}

/// The abstract state before an instruction: the range of possible stack heights and the
/// open exception blocks (each with the range of its saved height).
#[derive(Clone, Debug, PartialEq, Eq)]
struct St {
    lo: i64,
    hi: i64,
    blocks: Vec<Block>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Block {
    lo: i64,
    hi: i64,
}

impl St {
    /// The least state covering both (`None` if the block structures differ).
    fn merge(&self, o: &St) -> Option<St> {
        if self.blocks.len() != o.blocks.len() {
            return None;
        }
        let blocks =
            self.blocks.iter().zip(&o.blocks).map(|(a, b)| Block { lo: a.lo.min(b.lo), hi: a.hi.max(b.hi) }).collect();
        Some(St { lo: self.lo.min(o.lo), hi: self.hi.max(o.hi), blocks })
    }
}

fn is_jump(i: &Insn) -> bool {
    matches!(i.info.operand, Operand::SignedJump | Operand::UnsignedJump | Operand::SignedJumpByte)
}

/// Values an instruction pops and pushes on its fall-through path.
fn effect(i: &Insn) -> (i64, i64) {
    let a = i.arg;
    let calls = |a: i64| (a & 0xff) + 2 * ((a >> 8) & 0xff);
    match i.opcode {
        0x10..=0x12 | 0x22 | 0x23 | 0x24 | 0x25 | 0x50..=0x54 | 0x70..=0xbf => (0, 1),
        0x13 => (1, 1),
        0x14 => (1, 2),
        0x15 => (3, 2),
        0x16 | 0x17 | 0x26 | 0x27 | 0xc0..=0xcf => (1, 0),
        0x18 => (2, 0),
        0x19 | 0x1a | 0x28 | 0x29 => (0, 0),
        0x1b => (2, 1),
        0x1c => (1, 2),
        0x20 => (i.extra as i64, 1),
        0x21 => (i.extra as i64 + 2, 1),
        0x2a | 0x2b | 0x2d | 0x2e => (a, 1),
        0x2c => (0, 1),
        // STORE_COMP: kind in the low 2 bits (1 = dict pops key and value).
        0x2f => (if a & 3 == 1 { 2 } else { 1 }, 0),
        0x30 => (1, a),
        0x31 => (1, (a & 0xff) + ((a >> 8) & 0xff) + 1),
        0x32 => (0, 1),
        0x33 => (2, 1),
        0x34 => (calls(a) + 1, 1),
        0x35 => (calls(a) + 2, 1),
        0x36 => (calls(a) + 2, 1),
        0x37 => (calls(a) + 3, 1),
        0x40 | 0x42 | 0x48 | 0x49 | 0x4a => (0, 0),
        0x43 | 0x44 => (1, 0),
        // JUMP_IF_*_OR_POP and FOR_ITER: handled per edge by the caller.
        0x45 | 0x46 => (1, 1),
        0x4b => (4, 4),
        0x47 => (1, 3),
        0x55 => (2, 1),
        0x56 => (3, 0),
        0x57 => (1, 2),
        0x58 => (2, 4),
        0x59 => (1, 0),
        0x5a => (2, 2),
        0x5b => (3, 3),
        0x5c => (3, 1),
        0x5d => (1, 0),
        0x5e => (1, 1),
        0x5f => (1, 4),
        0x62 => (3, 1),
        0x63 | 0x65 => (1, 0),
        0x64 => (0, 0),
        0x66 => (2, 0),
        0x67 => (1, 1),
        0x68 => (2, 1),
        0x69 => (1, 0),
        0xd0..=0xd3 => (1, 1),
        0xd7..=0xf9 => (2, 1),
        _ => (0, 0),
    }
}

fn check_operand(file: &MpyFile<'_>, rc: &RawCode, i: &Insn, n_state: usize, code_len: usize) -> Result<(), String> {
    match i.info.operand {
        Operand::Qstr if i.arg as usize >= file.qstrs.len() => {
            Err(format!("qstr index {} outside the table of {}", i.arg, file.qstrs.len()))
        }
        Operand::Const if i.arg as usize >= file.consts.len() => {
            Err(format!("constant index {} outside the table of {}", i.arg, file.consts.len()))
        }
        Operand::Child | Operand::ChildByte if i.arg as usize >= rc.children.len() => {
            Err(format!("child index {} but the function has {} children", i.arg, rc.children.len()))
        }
        Operand::SignedJump | Operand::UnsignedJump | Operand::SignedJumpByte
            if i.arg < 0 || i.arg as usize >= code_len =>
        {
            Err(format!("jump target {} outside the code", i.arg))
        }
        _ => match i.opcode {
            // Local and cell numbers.
            0x24..=0x29 | 0xb0..=0xcf if i.arg as usize >= n_state => {
                Err(format!("local {} outside {n_state} state slots", i.arg))
            }
            0x2e if !(2..=3).contains(&i.arg) => Err(format!("BUILD_SLICE {} (must be 2 or 3)", i.arg)),
            _ => Ok(()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal module: `x = 1` compiled by mpy-cross 1.29 (qstrs: file, <module>, x).
    fn module(code: &[u8], n_state_sig: u8) -> Vec<u8> {
        let mut data = vec![n_state_sig, 0x02, 0x01];
        data.extend_from_slice(code);
        let mut f = vec![b'M', 6, 0, 31, 3, 0];
        for q in ["t.py", "<module>", "x"] {
            f.push((q.len() << 1) as u8);
            f.extend_from_slice(q.as_bytes());
            f.push(0);
        }
        f.push((data.len() << 3) as u8);
        f.extend_from_slice(&data);
        f
    }

    fn check(code: &[u8], sig: u8) -> Result<(), MpyError> {
        let bytes = module(code, sig);
        let f = MpyFile::parse(&bytes)?;
        verify(&f)
    }

    #[test]
    fn accepts_valid_code_and_names_the_fault_in_invalid_code() {
        // LOAD_CONST_SMALL_INT 1; STORE_NAME x; LOAD_CONST_NONE; RETURN_VALUE (n_state 1).
        assert_eq!(check(&[0x81, 0x16, 0x02, 0x51, 0x63], 0x00), Ok(()));
        let err = |r: Result<(), MpyError>| match r {
            Err(MpyError::Invalid { offset, what, .. }) => (offset, what),
            other => panic!("{other:?}"),
        };
        assert!(err(check(&[0x81, 0x16, 0x07, 0x51, 0x63], 0x00)).1.contains("qstr index 7"));
        assert!(err(check(&[0x00, 0x51, 0x63], 0x00)).1.contains("unknown opcode"));
        assert!(err(check(&[0x81, 0x81, 0x59, 0x59, 0x51, 0x63], 0x00)).1.contains("exceeds 1 state slots"));
        assert!(err(check(&[0x59, 0x51, 0x63], 0x00)).1.contains("underflow"));
        assert_eq!(
            err(check(&[0x42, 0x41, 0x16, 0x02, 0x51, 0x63], 0x00)),
            (0, "jump target 3 is not the start of an instruction".into())
        );
        assert!(err(check(&[0x23, 0x00, 0x63], 0x00)).1.contains("constant index"));
        assert!(err(check(&[0x32, 0x00, 0x63], 0x00)).1.contains("child index"));
        assert!(err(check(&[0x81, 0x16], 0x00)).1.contains("past the end"));
        assert!(err(check(&[0x51, 0x63, 0x42], 0x00)).1.contains("past the end"));
        assert!(err(check(&[0x51, 0x5d, 0x51, 0x63], 0x00)).1.contains("no open exception block"));
    }
}
