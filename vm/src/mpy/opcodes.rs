//! The one opcode table of `.mpy` v6 bytecode (`bytecode-v6.md` §2–§5), and a bounds-checked
//! instruction decoder built on it. The verifier and the disassembler use both; the
//! interpreter's opcode constants (`interp::code::op`) name the same bytes.
//!
//! Invariant: `decode` never reads outside the slice it is given; a truncated operand is an
//! error, never a panic.

/// Opcode values (bytecode-v6.md §3), used by the interpreter; each matches its table entry.
#[allow(missing_docs)]
pub mod op {
    pub const LOAD_CONST_STRING: u8 = 0x10;
    pub const LOAD_NAME: u8 = 0x11;
    pub const LOAD_GLOBAL: u8 = 0x12;
    pub const LOAD_ATTR: u8 = 0x13;
    pub const LOAD_METHOD: u8 = 0x14;
    pub const LOAD_SUPER_METHOD: u8 = 0x15;
    pub const STORE_NAME: u8 = 0x16;
    pub const STORE_GLOBAL: u8 = 0x17;
    pub const STORE_ATTR: u8 = 0x18;
    pub const DELETE_NAME: u8 = 0x19;
    pub const DELETE_GLOBAL: u8 = 0x1a;
    pub const IMPORT_NAME: u8 = 0x1b;
    pub const IMPORT_FROM: u8 = 0x1c;
    pub const MAKE_CLOSURE: u8 = 0x20;
    pub const MAKE_CLOSURE_DEFARGS: u8 = 0x21;
    pub const LOAD_CONST_SMALL_INT: u8 = 0x22;
    pub const LOAD_CONST_OBJ: u8 = 0x23;
    pub const LOAD_FAST_N: u8 = 0x24;
    pub const LOAD_DEREF: u8 = 0x25;
    pub const STORE_FAST_N: u8 = 0x26;
    pub const STORE_DEREF: u8 = 0x27;
    pub const DELETE_FAST: u8 = 0x28;
    pub const DELETE_DEREF: u8 = 0x29;
    pub const BUILD_TUPLE: u8 = 0x2a;
    pub const BUILD_LIST: u8 = 0x2b;
    pub const BUILD_MAP: u8 = 0x2c;
    pub const BUILD_SET: u8 = 0x2d;
    pub const BUILD_SLICE: u8 = 0x2e;
    pub const STORE_COMP: u8 = 0x2f;
    pub const UNPACK_SEQUENCE: u8 = 0x30;
    pub const UNPACK_EX: u8 = 0x31;
    pub const MAKE_FUNCTION: u8 = 0x32;
    pub const MAKE_FUNCTION_DEFARGS: u8 = 0x33;
    pub const CALL_FUNCTION: u8 = 0x34;
    pub const CALL_FUNCTION_VAR_KW: u8 = 0x35;
    pub const CALL_METHOD: u8 = 0x36;
    pub const CALL_METHOD_VAR_KW: u8 = 0x37;
    pub const UNWIND_JUMP: u8 = 0x40;
    pub const JUMP: u8 = 0x42;
    pub const POP_JUMP_IF_TRUE: u8 = 0x43;
    pub const POP_JUMP_IF_FALSE: u8 = 0x44;
    pub const JUMP_IF_TRUE_OR_POP: u8 = 0x45;
    pub const JUMP_IF_FALSE_OR_POP: u8 = 0x46;
    pub const SETUP_WITH: u8 = 0x47;
    pub const SETUP_EXCEPT: u8 = 0x48;
    pub const SETUP_FINALLY: u8 = 0x49;
    pub const POP_EXCEPT_JUMP: u8 = 0x4a;
    pub const FOR_ITER: u8 = 0x4b;
    pub const LOAD_CONST_FALSE: u8 = 0x50;
    pub const LOAD_CONST_NONE: u8 = 0x51;
    pub const LOAD_CONST_TRUE: u8 = 0x52;
    pub const LOAD_NULL: u8 = 0x53;
    pub const LOAD_BUILD_CLASS: u8 = 0x54;
    pub const LOAD_SUBSCR: u8 = 0x55;
    pub const STORE_SUBSCR: u8 = 0x56;
    pub const DUP_TOP: u8 = 0x57;
    pub const DUP_TOP_TWO: u8 = 0x58;
    pub const POP_TOP: u8 = 0x59;
    pub const ROT_TWO: u8 = 0x5a;
    pub const ROT_THREE: u8 = 0x5b;
    pub const WITH_CLEANUP: u8 = 0x5c;
    pub const END_FINALLY: u8 = 0x5d;
    pub const GET_ITER: u8 = 0x5e;
    pub const GET_ITER_STACK: u8 = 0x5f;
    pub const STORE_MAP: u8 = 0x62;
    pub const RETURN_VALUE: u8 = 0x63;
    pub const RAISE_LAST: u8 = 0x64;
    pub const RAISE_OBJ: u8 = 0x65;
    pub const RAISE_FROM: u8 = 0x66;
    pub const YIELD_VALUE: u8 = 0x67;
    pub const YIELD_FROM: u8 = 0x68;
    pub const IMPORT_STAR: u8 = 0x69;
    pub const LOAD_CONST_SMALL_INT_MULTI: u8 = 0x70;
    pub const LOAD_FAST_MULTI: u8 = 0xb0;
    pub const STORE_FAST_MULTI: u8 = 0xc0;
    pub const UNARY_OP_MULTI: u8 = 0xd0;
    pub const BINARY_OP_MULTI: u8 = 0xd7;
}

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
    fn interpreter_constants_match_the_table() {
        for (value, name) in [
            (op::LOAD_CONST_STRING, "LOAD_CONST_STRING"),
            (op::LOAD_NAME, "LOAD_NAME"),
            (op::LOAD_GLOBAL, "LOAD_GLOBAL"),
            (op::LOAD_ATTR, "LOAD_ATTR"),
            (op::LOAD_METHOD, "LOAD_METHOD"),
            (op::LOAD_SUPER_METHOD, "LOAD_SUPER_METHOD"),
            (op::STORE_NAME, "STORE_NAME"),
            (op::STORE_GLOBAL, "STORE_GLOBAL"),
            (op::STORE_ATTR, "STORE_ATTR"),
            (op::DELETE_NAME, "DELETE_NAME"),
            (op::DELETE_GLOBAL, "DELETE_GLOBAL"),
            (op::IMPORT_NAME, "IMPORT_NAME"),
            (op::IMPORT_FROM, "IMPORT_FROM"),
            (op::MAKE_CLOSURE, "MAKE_CLOSURE"),
            (op::MAKE_CLOSURE_DEFARGS, "MAKE_CLOSURE_DEFARGS"),
            (op::LOAD_CONST_SMALL_INT, "LOAD_CONST_SMALL_INT"),
            (op::LOAD_CONST_OBJ, "LOAD_CONST_OBJ"),
            (op::LOAD_FAST_N, "LOAD_FAST_N"),
            (op::LOAD_DEREF, "LOAD_DEREF"),
            (op::STORE_FAST_N, "STORE_FAST_N"),
            (op::STORE_DEREF, "STORE_DEREF"),
            (op::DELETE_FAST, "DELETE_FAST"),
            (op::DELETE_DEREF, "DELETE_DEREF"),
            (op::BUILD_TUPLE, "BUILD_TUPLE"),
            (op::BUILD_LIST, "BUILD_LIST"),
            (op::BUILD_MAP, "BUILD_MAP"),
            (op::BUILD_SET, "BUILD_SET"),
            (op::BUILD_SLICE, "BUILD_SLICE"),
            (op::STORE_COMP, "STORE_COMP"),
            (op::UNPACK_SEQUENCE, "UNPACK_SEQUENCE"),
            (op::UNPACK_EX, "UNPACK_EX"),
            (op::MAKE_FUNCTION, "MAKE_FUNCTION"),
            (op::MAKE_FUNCTION_DEFARGS, "MAKE_FUNCTION_DEFARGS"),
            (op::CALL_FUNCTION, "CALL_FUNCTION"),
            (op::CALL_FUNCTION_VAR_KW, "CALL_FUNCTION_VAR_KW"),
            (op::CALL_METHOD, "CALL_METHOD"),
            (op::CALL_METHOD_VAR_KW, "CALL_METHOD_VAR_KW"),
            (op::UNWIND_JUMP, "UNWIND_JUMP"),
            (op::JUMP, "JUMP"),
            (op::POP_JUMP_IF_TRUE, "POP_JUMP_IF_TRUE"),
            (op::POP_JUMP_IF_FALSE, "POP_JUMP_IF_FALSE"),
            (op::JUMP_IF_TRUE_OR_POP, "JUMP_IF_TRUE_OR_POP"),
            (op::JUMP_IF_FALSE_OR_POP, "JUMP_IF_FALSE_OR_POP"),
            (op::SETUP_WITH, "SETUP_WITH"),
            (op::SETUP_EXCEPT, "SETUP_EXCEPT"),
            (op::SETUP_FINALLY, "SETUP_FINALLY"),
            (op::POP_EXCEPT_JUMP, "POP_EXCEPT_JUMP"),
            (op::FOR_ITER, "FOR_ITER"),
            (op::LOAD_CONST_FALSE, "LOAD_CONST_FALSE"),
            (op::LOAD_CONST_NONE, "LOAD_CONST_NONE"),
            (op::LOAD_CONST_TRUE, "LOAD_CONST_TRUE"),
            (op::LOAD_NULL, "LOAD_NULL"),
            (op::LOAD_BUILD_CLASS, "LOAD_BUILD_CLASS"),
            (op::LOAD_SUBSCR, "LOAD_SUBSCR"),
            (op::STORE_SUBSCR, "STORE_SUBSCR"),
            (op::DUP_TOP, "DUP_TOP"),
            (op::DUP_TOP_TWO, "DUP_TOP_TWO"),
            (op::POP_TOP, "POP_TOP"),
            (op::ROT_TWO, "ROT_TWO"),
            (op::ROT_THREE, "ROT_THREE"),
            (op::WITH_CLEANUP, "WITH_CLEANUP"),
            (op::END_FINALLY, "END_FINALLY"),
            (op::GET_ITER, "GET_ITER"),
            (op::GET_ITER_STACK, "GET_ITER_STACK"),
            (op::STORE_MAP, "STORE_MAP"),
            (op::RETURN_VALUE, "RETURN_VALUE"),
            (op::RAISE_LAST, "RAISE_LAST"),
            (op::RAISE_OBJ, "RAISE_OBJ"),
            (op::RAISE_FROM, "RAISE_FROM"),
            (op::YIELD_VALUE, "YIELD_VALUE"),
            (op::YIELD_FROM, "YIELD_FROM"),
            (op::IMPORT_STAR, "IMPORT_STAR"),
            (op::LOAD_CONST_SMALL_INT_MULTI, "LOAD_CONST_SMALL_INT_MULTI"),
            (op::LOAD_FAST_MULTI, "LOAD_FAST_MULTI"),
            (op::STORE_FAST_MULTI, "STORE_FAST_MULTI"),
            (op::UNARY_OP_MULTI, "UNARY_OP_MULTI"),
            (op::BINARY_OP_MULTI, "BINARY_OP_MULTI"),
        ] {
            assert_eq!(info(value).map(|i| i.name), Some(name.trim_end_matches("_MULTI")), "{value:#04x}");
        }
    }

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
