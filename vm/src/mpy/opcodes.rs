//! The one opcode table of `.mpy` v6 bytecode (`bytecode-v6.md` §2–§5), and a bounds-checked
//! instruction decoder built on it. The verifier and the disassembler use both; the
//! interpreter's opcode constants (`interp::code::op`) name the same bytes.
//!
//! Invariant: `decode` never reads outside the slice it is given; a truncated operand is an
//! error, never a panic.

/// How an opcode's operand is encoded.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Operand {
    /// No operand bytes.
    None,
    /// A vuint index into the qstr table.
    Qstr,
    /// A vuint.
    Uint,
    /// `LOAD_CONST_SMALL_INT`'s signed vuint.
    Sint,
    /// A vuint constant-table index.
    Const,
    /// A vuint child index.
    Child,
    /// A vuint child index and a byte (closure cell count).
    ChildByte,
    /// A signed 1- or 2-byte jump offset.
    SignedJump,
    /// An unsigned 1- or 2-byte jump offset.
    UnsignedJump,
    /// A signed jump offset and a byte (`UNWIND_JUMP`).
    SignedJumpByte,
}

/// Static facts about one opcode byte.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct OpInfo {
    /// The name the disassembler prints (multi-opcodes print their base name).
    pub name: &'static str,
    pub operand: Operand,
}

const fn op(name: &'static str, operand: Operand) -> Option<OpInfo> {
    Some(OpInfo { name, operand })
}

/// The table entry for opcode byte `b`, or `None` for unused bytes.
pub const fn info(b: u8) -> Option<OpInfo> {
    use Operand::*;
    match b {
        0x10 => op("LOAD_CONST_STRING", Qstr),
        0x11 => op("LOAD_NAME", Qstr),
        0x12 => op("LOAD_GLOBAL", Qstr),
        0x13 => op("LOAD_ATTR", Qstr),
        0x14 => op("LOAD_METHOD", Qstr),
        0x15 => op("LOAD_SUPER_METHOD", Qstr),
        0x16 => op("STORE_NAME", Qstr),
        0x17 => op("STORE_GLOBAL", Qstr),
        0x18 => op("STORE_ATTR", Qstr),
        0x19 => op("DELETE_NAME", Qstr),
        0x1a => op("DELETE_GLOBAL", Qstr),
        0x1b => op("IMPORT_NAME", Qstr),
        0x1c => op("IMPORT_FROM", Qstr),
        0x20 => op("MAKE_CLOSURE", ChildByte),
        0x21 => op("MAKE_CLOSURE_DEFARGS", ChildByte),
        0x22 => op("LOAD_CONST_SMALL_INT", Sint),
        0x23 => op("LOAD_CONST_OBJ", Const),
        0x24 => op("LOAD_FAST_N", Uint),
        0x25 => op("LOAD_DEREF", Uint),
        0x26 => op("STORE_FAST_N", Uint),
        0x27 => op("STORE_DEREF", Uint),
        0x28 => op("DELETE_FAST", Uint),
        0x29 => op("DELETE_DEREF", Uint),
        0x2a => op("BUILD_TUPLE", Uint),
        0x2b => op("BUILD_LIST", Uint),
        0x2c => op("BUILD_MAP", Uint),
        0x2d => op("BUILD_SET", Uint),
        0x2e => op("BUILD_SLICE", Uint),
        0x2f => op("STORE_COMP", Uint),
        0x30 => op("UNPACK_SEQUENCE", Uint),
        0x31 => op("UNPACK_EX", Uint),
        0x32 => op("MAKE_FUNCTION", Child),
        0x33 => op("MAKE_FUNCTION_DEFARGS", Child),
        0x34 => op("CALL_FUNCTION", Uint),
        0x35 => op("CALL_FUNCTION_VAR_KW", Uint),
        0x36 => op("CALL_METHOD", Uint),
        0x37 => op("CALL_METHOD_VAR_KW", Uint),
        0x40 => op("UNWIND_JUMP", SignedJumpByte),
        0x42 => op("JUMP", SignedJump),
        0x43 => op("POP_JUMP_IF_TRUE", SignedJump),
        0x44 => op("POP_JUMP_IF_FALSE", SignedJump),
        0x45 => op("JUMP_IF_TRUE_OR_POP", UnsignedJump),
        0x46 => op("JUMP_IF_FALSE_OR_POP", UnsignedJump),
        0x47 => op("SETUP_WITH", UnsignedJump),
        0x48 => op("SETUP_EXCEPT", UnsignedJump),
        0x49 => op("SETUP_FINALLY", UnsignedJump),
        0x4a => op("POP_EXCEPT_JUMP", UnsignedJump),
        0x4b => op("FOR_ITER", UnsignedJump),
        0x50 => op("LOAD_CONST_FALSE", None),
        0x51 => op("LOAD_CONST_NONE", None),
        0x52 => op("LOAD_CONST_TRUE", None),
        0x53 => op("LOAD_NULL", None),
        0x54 => op("LOAD_BUILD_CLASS", None),
        0x55 => op("LOAD_SUBSCR", None),
        0x56 => op("STORE_SUBSCR", None),
        0x57 => op("DUP_TOP", None),
        0x58 => op("DUP_TOP_TWO", None),
        0x59 => op("POP_TOP", None),
        0x5a => op("ROT_TWO", None),
        0x5b => op("ROT_THREE", None),
        0x5c => op("WITH_CLEANUP", None),
        0x5d => op("END_FINALLY", None),
        0x5e => op("GET_ITER", None),
        0x5f => op("GET_ITER_STACK", None),
        0x62 => op("STORE_MAP", None),
        0x63 => op("RETURN_VALUE", None),
        0x64 => op("RAISE_LAST", None),
        0x65 => op("RAISE_OBJ", None),
        0x66 => op("RAISE_FROM", None),
        0x67 => op("YIELD_VALUE", None),
        0x68 => op("YIELD_FROM", None),
        0x69 => op("IMPORT_STAR", None),
        0x70..=0xaf => op("LOAD_CONST_SMALL_INT", None),
        0xb0..=0xbf => op("LOAD_FAST", None),
        0xc0..=0xcf => op("STORE_FAST", None),
        0xd0..=0xd3 => op("UNARY_OP", None),
        0xd7..=0xf9 => op("BINARY_OP", None),
        _ => Option::None,
    }
}

/// Printed names of the unary operators (`UNARY_OP n NAME`; `not` prints empty).
pub const UNARY_NAMES: [&str; 4] = ["__pos__", "__neg__", "__invert__", ""];

/// Printed names of the binary operators, by number (`bytecode-v6.md` §5).
pub const BINARY_NAMES: [&str; 35] = [
    "__lt__",
    "__gt__",
    "__eq__",
    "__le__",
    "__ge__",
    "__ne__",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "__iadd__",
    "__isub__",
    "",
    "",
    "",
    "",
    "",
    "",
    "__or__",
    "__xor__",
    "__and__",
    "__lshift__",
    "__rshift__",
    "__add__",
    "__sub__",
    "__mul__",
    "__matmul__",
    "__floordiv__",
    "__truediv__",
    "__mod__",
    "__pow__",
];

/// One decoded instruction.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Insn {
    /// Offset of the opcode from the first opcode.
    pub off: usize,
    pub opcode: u8,
    pub info: OpInfo,
    /// The operand: a vuint, a signed int, or (for jumps) the absolute target offset.
    pub arg: i64,
    /// The extra byte of `MAKE_CLOSURE*` and `UNWIND_JUMP`.
    pub extra: u8,
    /// Total length in bytes.
    pub len: usize,
}

/// Why an instruction could not be decoded.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The byte is not an opcode.
    Unknown(u8),
    /// The operand runs past the end of the code.
    Truncated,
    /// A vuint operand does not fit 32 bits.
    Overflow,
}

fn vuint(code: &[u8], pos: &mut usize) -> Result<i64, DecodeError> {
    let mut v: u64 = 0;
    for _ in 0..5 {
        let b = *code.get(*pos).ok_or(DecodeError::Truncated)?;
        *pos += 1;
        v = (v << 7) | (b & 0x7f) as u64;
        if b & 0x80 == 0 {
            return if v > u32::MAX as u64 { Err(DecodeError::Overflow) } else { Ok(v as i64) };
        }
    }
    Err(DecodeError::Overflow)
}

fn svint(code: &[u8], pos: &mut usize) -> Result<i64, DecodeError> {
    let first = *code.get(*pos).ok_or(DecodeError::Truncated)?;
    let mut v: i64 = if first & 0x40 != 0 { -1 } else { 0 };
    for _ in 0..10 {
        let b = *code.get(*pos).ok_or(DecodeError::Truncated)?;
        *pos += 1;
        v = v.checked_mul(128).ok_or(DecodeError::Overflow)? | (b & 0x7f) as i64;
        if b & 0x80 == 0 {
            return Ok(v);
        }
    }
    Err(DecodeError::Overflow)
}

fn jump(code: &[u8], pos: &mut usize, signed: bool) -> Result<i64, DecodeError> {
    let b0 = *code.get(*pos).ok_or(DecodeError::Truncated)? as i64;
    *pos += 1;
    if b0 & 0x80 == 0 {
        return Ok(if signed { b0 - 0x40 } else { b0 });
    }
    let b1 = *code.get(*pos).ok_or(DecodeError::Truncated)? as i64;
    *pos += 1;
    let off = (b0 & 0x7f) | (b1 << 7);
    Ok(if signed { off - 0x4000 } else { off })
}

/// Decodes the instruction at `off` of `code` (the opcodes of one function).
pub fn decode(code: &[u8], off: usize) -> Result<Insn, DecodeError> {
    let opcode = *code.get(off).ok_or(DecodeError::Truncated)?;
    let info = info(opcode).ok_or(DecodeError::Unknown(opcode))?;
    let mut pos = off + 1;
    let mut extra = 0u8;
    let arg = match info.operand {
        Operand::None => match opcode {
            0x70..=0xaf => opcode as i64 - 0x80,
            0xb0..=0xbf => opcode as i64 - 0xb0,
            0xc0..=0xcf => opcode as i64 - 0xc0,
            0xd0..=0xd3 => opcode as i64 - 0xd0,
            0xd7..=0xf9 => opcode as i64 - 0xd7,
            _ => 0,
        },
        Operand::Qstr | Operand::Uint | Operand::Const | Operand::Child => vuint(code, &mut pos)?,
        Operand::ChildByte => {
            let c = vuint(code, &mut pos)?;
            extra = *code.get(pos).ok_or(DecodeError::Truncated)?;
            pos += 1;
            c
        }
        Operand::Sint => svint(code, &mut pos)?,
        Operand::SignedJump | Operand::UnsignedJump => {
            let d = jump(code, &mut pos, info.operand == Operand::SignedJump)?;
            pos as i64 + d
        }
        Operand::SignedJumpByte => {
            let d = jump(code, &mut pos, true)?;
            let base = pos as i64;
            extra = *code.get(pos).ok_or(DecodeError::Truncated)?;
            pos += 1;
            base + d
        }
    };
    Ok(Insn { off, opcode, info, arg, extra, len: pos - off })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operands_decode_as_the_spec_says() {
        assert_eq!(decode(&[0x22, 0x80, 0x40], 0).unwrap().arg, 64);
        assert_eq!(decode(&[0x22, 0xff, 0x3f], 0).unwrap().arg, -65);
        assert_eq!(decode(&[0x22, 0x87, 0x68], 0).unwrap().arg, 1000);
        assert_eq!(decode(&[0x34, 0x82, 0x03], 0).unwrap().arg, 0x103);
        // JUMP with a 1-byte signed offset: target = 2 + (0x36 - 0x40).
        assert_eq!(decode(&[0x42, 0x36], 0).unwrap().arg, -8);
        let u = decode(&[0x40, 0x45, 0x82], 0).unwrap();
        assert_eq!((u.arg, u.extra, u.len), (2 + 5, 0x82, 3));
        assert_eq!(decode(&[0x00], 0), Err(DecodeError::Unknown(0)));
        assert_eq!(decode(&[0x23, 0x80], 0), Err(DecodeError::Truncated));
        assert_eq!(decode(&[0x23, 0xff, 0xff, 0xff, 0xff, 0x7f], 0), Err(DecodeError::Overflow));
    }
}
