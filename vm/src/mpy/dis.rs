//! The disassembler: MicroPython's verbose bytecode dump (`micropython -v -v`, described in
//! `showbc-format.md`) produced from a `.mpy` file, block by block in breadth-first order.
//! Where MicroPython prints a memory address, this prints the offset of the item in the
//! file (or, with `base`, in the image that holds the file), in hex.

use super::opcodes::{self, Operand, BINARY_NAMES, UNARY_NAMES};
use super::{Const, MpyError, MpyFile, RawCode};
use std::fmt::Write;

/// The repr MicroPython prints for a constant.
pub fn const_repr(c: &Const<'_>) -> String {
    match c {
        Const::None => "None".into(),
        Const::False => "False".into(),
        Const::True => "True".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Str(s) => crate::format::str_repr(s),
        Const::Bytes(b) => crate::format::bytes_repr(b),
        Const::Int(t) => t.to_string(),
        Const::Float(x) => crate::format::float_repr(*x),
        Const::Complex(re, im) => crate::obj::float::complex_repr(*re, *im),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
    }
}

/// Disassembles every code block of `file`. Addresses are file offsets plus `base`.
pub fn disassemble(file: &MpyFile<'_>, base: usize) -> Result<String, MpyError> {
    let mut out = String::new();
    for rc in file.raw_codes()? {
        block(file, &rc, base, &mut out)?;
    }
    Ok(out)
}

fn block(file: &MpyFile<'_>, rc: &RawCode, base: usize, out: &mut String) -> Result<(), MpyError> {
    let data = file.data(rc);
    let p = file.prelude(rc)?;
    let name = file.func_name(rc);
    let filename = file.qstrs.first().map_or("", |q| q.text);
    let q = |i: u32| file.qstrs.get(i as usize).map_or("?", |q| q.text);
    let _ = writeln!(
        out,
        "File {filename}, code block '{name}' (descriptor: {:x}, bytecode @{:x} {} bytes)",
        base + rc.offset,
        base + rc.data,
        data.len()
    );
    let code_start = p.code_start as usize;
    let _ = writeln!(out, "Raw bytecode (code_info_size={code_start}, bytecode_size={}):", data.len() - code_start);
    for chunk in data.chunks(16) {
        for b in chunk {
            let _ = write!(out, " {b:02x}");
        }
        out.push('\n');
    }
    out.push_str("arg names:");
    for a in p.arg_name_indices(data) {
        let n = q(a);
        out.push(' ');
        out.push_str(if n.is_empty() { "*" } else { n });
    }
    out.push('\n');
    let _ = writeln!(out, "(N_STATE {})", p.n_state);
    let _ = writeln!(out, "(N_EXC_STACK {})", p.n_exc_stack);
    for c in p.cells(data) {
        let _ = writeln!(out, "(INIT_CELL {c})");
    }
    // Line table: running totals after each entry.
    out.push_str("  bc=0 line=1\n");
    let mut pos = p.info_start as usize;
    let skip = |pos: &mut usize| crate::interp::code::vuint(data, pos);
    skip(&mut pos);
    for _ in 0..p.n_pos_args + p.n_kwonly_args {
        skip(&mut pos);
    }
    let end = (p.info_start + p.n_info) as usize;
    let (mut bc, mut line) = (0u32, 1u32);
    while pos < end && pos < data.len() {
        let b = data[pos] as u32;
        pos += 1;
        let (bi, li) = if b & 0x80 == 0 {
            (b & 0x1f, b >> 5)
        } else {
            let b2 = data.get(pos).copied().unwrap_or(0) as u32;
            pos += 1;
            (b & 0x0f, ((b << 4) & 0x700) | b2)
        };
        bc += bi;
        line += li;
        let _ = writeln!(out, "  bc={bc} line={line}");
    }
    // Instructions.
    let code = &data[code_start..];
    let mut off = 0;
    while off < code.len() {
        let _ = write!(out, "{off:02} ");
        let insn = match opcodes::decode(code, off) {
            Ok(i) => i,
            Err(_) => {
                let _ = writeln!(out, "code {:x}, byte code 0x{:02x} not implemented\n", base + rc.data, code[off]);
                off += 1;
                continue;
            }
        };
        let name = insn.info.name;
        let child =
            |c: i64| rc.children.get(c as usize).map_or_else(|| format!("<child {c}>"), |o| format!("{:x}", base + o));
        match (insn.info.operand, insn.opcode) {
            (Operand::None, 0xd0..=0xd3) => {
                let _ = write!(out, "{name} {} {}", insn.arg, UNARY_NAMES[insn.arg as usize]);
            }
            (Operand::None, 0xd7..=0xf9) => {
                let _ = write!(out, "{name} {} {}", insn.arg, BINARY_NAMES[insn.arg as usize]);
            }
            (Operand::None, 0x70..=0xcf) => {
                let _ = write!(out, "{name} {}", insn.arg);
            }
            (Operand::None, _) => out.push_str(name),
            (Operand::Qstr, 0x10 | 0x1b | 0x1c) => {
                let _ = write!(out, "{name} '{}'", q(insn.arg as u32));
            }
            (Operand::Qstr, _) => {
                let _ = write!(out, "{name} {}", q(insn.arg as u32));
            }
            (Operand::Uint, 0x34..=0x37) => {
                let _ = write!(out, "{name} n={} nkw={}", insn.arg & 0xff, (insn.arg >> 8) & 0xff);
            }
            (Operand::Uint, _) | (Operand::Sint, _) => {
                let _ = write!(out, "{name} {}", insn.arg);
            }
            (Operand::Const, _) => {
                let (at, repr) = match file.consts.get(insn.arg as usize) {
                    Some((at, c)) => (base + at, const_repr(c)),
                    None => (0, "<bad const>".into()),
                };
                let _ = write!(out, "{name} {at:x}={repr}");
            }
            (Operand::Child, _) => {
                let _ = write!(out, "{name} {}", child(insn.arg));
            }
            (Operand::ChildByte, _) => {
                let _ = write!(out, "{name} {} {}", child(insn.arg), insn.extra);
            }
            (Operand::SignedJump, _) | (Operand::UnsignedJump, _) => {
                let _ = write!(out, "{name} {}", insn.arg);
            }
            (Operand::SignedJumpByte, _) => {
                let _ = write!(out, "{name} {} {}", insn.arg, insn.extra);
            }
        }
        out.push('\n');
        off += insn.len;
    }
    Ok(())
}

/// The decoded structure of a file for tools, as JSON: blocks with their names, offsets,
/// prelude fields and instructions.
pub fn to_json(file: &MpyFile<'_>, base: usize) -> Result<String, MpyError> {
    let esc = crate::format::json_escape;
    let mut blocks = Vec::new();
    for rc in file.raw_codes()? {
        let data = file.data(&rc);
        let p = file.prelude(&rc)?;
        let code = &data[p.code_start as usize..];
        let mut insns = Vec::new();
        let mut off = 0;
        while off < code.len() {
            match opcodes::decode(code, off) {
                Ok(i) => {
                    insns.push(format!(
                        "{{\"offset\": {}, \"opcode\": {}, \"name\": \"{}\", \"arg\": {}, \"extra\": {}}}",
                        i.off, i.opcode, i.info.name, i.arg, i.extra
                    ));
                    off += i.len;
                }
                Err(_) => {
                    insns.push(format!("{{\"offset\": {off}, \"opcode\": {}, \"name\": null}}", code[off]));
                    off += 1;
                }
            }
        }
        let args: Vec<String> = p
            .arg_name_indices(data)
            .map(|a| format!("\"{}\"", esc(file.qstrs.get(a as usize).map_or("?", |q| q.text))))
            .collect();
        let children: Vec<String> = rc.children.iter().map(|c| (base + c).to_string()).collect();
        blocks.push(format!(
            "  {{\"name\": \"{}\", \"descriptor\": {}, \"data\": {}, \"data_len\": {}, \"n_state\": {}, \"n_exc_stack\": {}, \"scope_flags\": {}, \"n_pos_args\": {}, \"n_kwonly_args\": {}, \"n_def_pos_args\": {}, \"args\": [{}], \"cells\": {:?}, \"children\": [{}], \"code\": [{}]}}",
            esc(&file.func_name(&rc)),
            base + rc.offset,
            base + rc.data,
            rc.data_len,
            p.n_state,
            p.n_exc_stack,
            p.scope_flags,
            p.n_pos_args,
            p.n_kwonly_args,
            p.n_def_pos_args,
            args.join(", "),
            p.cells(data),
            children.join(", "),
            insns.join(", ")
        ));
    }
    let qstrs: Vec<String> = file.qstrs.iter().map(|q| format!("\"{}\"", esc(q.text))).collect();
    let consts: Vec<String> = file.consts.iter().map(|(_, c)| format!("\"{}\"", esc(&const_repr(c)))).collect();
    Ok(format!(
        "{{\"small_int_bits\": {}, \"qstrs\": [{}], \"consts\": [{}], \"blocks\": [\n{}\n]}}\n",
        file.small_int_bits,
        qstrs.join(", "),
        consts.join(", "),
        blocks.join(",\n")
    ))
}
