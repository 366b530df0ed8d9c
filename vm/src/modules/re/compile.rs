//! Regex compiler: pattern text to the byte code of MicroPython's re1.5 engine.
//!
//! The code is the same instruction set and layout re1.5 emits (one opcode byte, then a
//! byte argument for `Char`, `NamedClass`, `Save` and the jumps, whose offsets are signed
//! bytes relative to the next instruction), so the engine in `exec.rs` reproduces
//! MicroPython's matching order exactly, quirks included:
//! - Supported: literals, `.`, `[...]`/`[^...]` with ranges and `\d\w\s\D\W\S`, `\d\w\s`
//!   and their negations, `*` `+` `?` and their lazy forms, `|`, `(...)`, `(?:...)`, `^`,
//!   `$`.
//! - Everything else is a literal: `{m,n}` matches the text `{m,n}`; `\n` (a backslash and
//!   `n`) matches `n`; `(?=...)` is a capturing group starting with `?`.
//! - Errors: anything re1.5's size pass rejects (trailing backslash, unterminated class,
//!   missing `)`, quantifier with nothing to repeat, an offset or count outside a signed
//!   byte) is "regex too complex"; an unmatched `)` is "error in regex".
//!
//! Program layout: a 5-byte prefix (`RSplit +3; Any; Jmp -5`) that makes the match
//! unanchored, which `match` skips; then `Save 0`, the body, `Save 1`, `Match`.

/// Instruction opcodes (re1.5 numbering).
pub mod op {
    pub const CHAR: u8 = 1;
    pub const ANY: u8 = 2;
    pub const CLASS: u8 = 3;
    pub const CLASS_NOT: u8 = 4;
    pub const NAMED_CLASS: u8 = 5;
    /// Opcodes below this consume a byte of input.
    pub const ASSERTS: u8 = 0x50;
    pub const BOL: u8 = 0x50;
    pub const EOL: u8 = 0x51;
    pub const JMP: u8 = 0x60;
    pub const SPLIT: u8 = 0x61;
    pub const RSPLIT: u8 = 0x62;
    pub const SAVE: u8 = 0x7e;
    pub const MATCH: u8 = 0x7f;
}

/// Length of the unanchored-search prefix that `match` skips.
pub const SEARCH_PREFIX: usize = 5;

/// A compiled program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Program {
    /// The byte code.
    pub code: Vec<u8>,
    /// Number of capturing groups.
    pub groups: usize,
}

/// Why a pattern did not compile (the texts are MicroPython's ValueError messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CompileError {
    #[error("regex too complex")]
    TooComplex,
    #[error("error in regex")]
    Error,
}

/// Deepest group nesting accepted (re1.5 recurses per group; this bounds our stack).
const MAX_NESTING: usize = 200;

/// Whether `c` after a backslash names a class (`d D w W s S`).
fn is_named_class(c: u8) -> bool {
    c | 0x20 == b'd' || c | 0x24 == b'w'
}

/// Compiles a pattern.
pub fn compile(pattern: &[u8]) -> Result<Program, CompileError> {
    // re1.5 reads a NUL-terminated pattern: text after a NUL is not seen.
    let pattern = pattern.split(|&b| b == 0).next().unwrap_or(&[]);
    let mut c =
        Compiler { re: pattern, code: vec![op::RSPLIT, 3, op::ANY, op::JMP, (-5i8) as u8, op::SAVE, 0], groups: 0 };
    let end = c.body(0, 0).ok_or(CompileError::TooComplex)?;
    if end < pattern.len() {
        // Stopped at an unmatched ')'.
        return Err(CompileError::Error);
    }
    c.code.extend_from_slice(&[op::SAVE, 1, op::MATCH]);
    Ok(Program { code: c.code, groups: c.groups })
}

struct Compiler<'a> {
    re: &'a [u8],
    code: Vec<u8>,
    groups: usize,
}

/// `to - at - 2`: a jump offset from the instruction at `at` to `to`.
fn rel(at: usize, to: usize) -> isize {
    to as isize - at as isize - 2
}

impl Compiler<'_> {
    /// The pattern byte at `i` (0 past the end, like the C string terminator).
    fn at(&self, i: usize) -> u8 {
        self.re.get(i).copied().unwrap_or(0)
    }

    fn pc(&self) -> usize {
        self.code.len()
    }

    /// Stores a signed-byte argument, failing when it does not fit.
    fn set_checked(&mut self, at: usize, val: isize) -> Option<()> {
        let b = i8::try_from(val).ok()?;
        self.code[at] = b as u8;
        Some(())
    }

    /// Inserts two placeholder bytes at `at`.
    fn insert2(&mut self, at: usize) {
        self.code.splice(at..at, [0, 0]);
    }

    /// Compiles a sequence of alternatives from `i` up to the end or a `)`; returns the
    /// position it stopped at, or `None` on an error.
    fn body(&mut self, mut i: usize, depth: usize) -> Option<usize> {
        if depth > MAX_NESTING {
            return None;
        }
        let start = self.pc();
        let mut term = self.pc();
        let mut alt_label: Option<usize> = None;
        while i < self.re.len() && self.re[i] != b')' {
            match self.re[i] {
                b'\\' if is_named_class(self.at(i + 1)) => {
                    i += 1;
                    term = self.pc();
                    self.code.extend_from_slice(&[op::NAMED_CLASS, self.re[i]]);
                }
                b'\\' => {
                    i += 1;
                    if i >= self.re.len() {
                        return None; // trailing backslash
                    }
                    term = self.pc();
                    self.code.extend_from_slice(&[op::CHAR, self.re[i]]);
                }
                b'.' => {
                    term = self.pc();
                    self.code.push(op::ANY);
                }
                b'[' => {
                    term = self.pc();
                    i = self.class(i + 1)?;
                }
                b'(' => {
                    term = self.pc();
                    let capture = !(self.at(i + 1) == b'?' && self.at(i + 2) == b':');
                    let mut group = 0;
                    if capture {
                        self.groups += 1;
                        group = self.groups;
                        self.code.extend_from_slice(&[op::SAVE, 0]);
                        let at = self.pc() - 1;
                        self.set_checked(at, 2 * group as isize)?;
                    } else {
                        i += 2;
                    }
                    i = self.body(i + 1, depth + 1)?;
                    if self.at(i) != b')' {
                        return None; // no matching paren
                    }
                    if capture {
                        self.code.extend_from_slice(&[op::SAVE, 0]);
                        let at = self.pc() - 1;
                        self.set_checked(at, 2 * group as isize + 1)?;
                    }
                }
                b'?' => {
                    if self.pc() == term {
                        return None; // nothing to repeat
                    }
                    self.insert2(term);
                    if self.at(i + 1) == b'?' {
                        self.code[term] = op::RSPLIT;
                        i += 1;
                    } else {
                        self.code[term] = op::SPLIT;
                    }
                    self.set_checked(term + 1, rel(term, self.pc()))?;
                    term = self.pc();
                }
                b'*' => {
                    if self.pc() == term {
                        return None;
                    }
                    self.insert2(term);
                    let jmp = self.pc();
                    self.code.extend_from_slice(&[op::JMP, 0]);
                    self.set_checked(jmp + 1, rel(jmp, term))?;
                    if self.at(i + 1) == b'?' {
                        self.code[term] = op::RSPLIT;
                        i += 1;
                    } else {
                        self.code[term] = op::SPLIT;
                    }
                    self.set_checked(term + 1, rel(term, self.pc()))?;
                    term = self.pc();
                }
                b'+' => {
                    if self.pc() == term {
                        return None;
                    }
                    let at = self.pc();
                    if self.at(i + 1) == b'?' {
                        self.code.extend_from_slice(&[op::SPLIT, 0]);
                        i += 1;
                    } else {
                        self.code.extend_from_slice(&[op::RSPLIT, 0]);
                    }
                    self.set_checked(at + 1, rel(at, term))?;
                    term = self.pc();
                }
                b'|' => {
                    if let Some(label) = alt_label {
                        self.set_checked(label, rel(label, self.pc()) + 1)?;
                    }
                    self.insert2(start);
                    self.code.extend_from_slice(&[op::JMP, 0]);
                    alt_label = Some(self.pc() - 1);
                    self.code[start] = op::SPLIT;
                    self.set_checked(start + 1, rel(start, self.pc()))?;
                    term = self.pc();
                }
                b'^' => {
                    self.code.push(op::BOL);
                    term = self.pc();
                }
                b'$' => {
                    self.code.push(op::EOL);
                    term = self.pc();
                }
                c => {
                    term = self.pc();
                    self.code.extend_from_slice(&[op::CHAR, c]);
                }
            }
            i += 1;
        }
        if let Some(label) = alt_label {
            self.set_checked(label, rel(label, self.pc()) + 1)?;
        }
        Some(i)
    }

    /// Compiles a class whose body starts at `i` (after `[`); returns the position of the
    /// closing `]`.
    fn class(&mut self, mut i: usize) -> Option<usize> {
        let head = self.pc();
        if self.at(i) == b'^' {
            self.code.push(op::CLASS_NOT);
            i += 1;
        } else {
            self.code.push(op::CLASS);
        }
        self.code.push(0); // pair count
        let mut count: isize = 0;
        while self.at(i) != b']' {
            let mut c = self.at(i);
            let mut named = false;
            if c == b'\\' {
                i += 1;
                c = self.at(i);
                if is_named_class(c) {
                    // A named class inside a class: the pair (0, letter).
                    named = true;
                    self.code.extend_from_slice(&[0, c]);
                }
            }
            if !named {
                if i >= self.re.len() {
                    return None; // unterminated class
                }
                if self.at(i + 1) == b'-' && self.at(i + 2) != b']' {
                    i += 2;
                    if i >= self.re.len() {
                        return None; // range running off the end
                    }
                }
                self.code.extend_from_slice(&[c, self.re[i]]);
            }
            i += 1;
            count += 1;
        }
        self.set_checked(head + 1, count)?;
        Some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_matches_re15() {
        let p = compile(b"a").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.code, [0x62, 3, 2, 0x60, 0xfb, 0x7e, 0, 1, b'a', 0x7e, 1, 0x7f]);
        // a*: Split over the char, then a jump back.
        let p = compile(b"a*").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(&p.code[7..13], &[0x61, 4, 1, b'a', 0x60, 0xfa]);
        // a|b
        let p = compile(b"a|b").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(&p.code[7..15], &[0x61, 4, 1, b'a', 0x60, 2, 1, b'b']);
        let p = compile(b"(a)(?:b)").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.groups, 1);
        assert_eq!(&p.code[7..15], &[0x7e, 2, 1, b'a', 0x7e, 3, 1, b'b']);
        let p = compile(b"[^a-c\\d]").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(&p.code[7..13], &[4, 2, b'a', b'c', 0, b'd']);
    }

    #[test]
    fn errors_follow_micropython() {
        for bad in [&b"*a"[..], b"a**", b"(a", b"[a", b"a\\", b"^*", b"a|*", b"[a-"] {
            assert_eq!(compile(bad), Err(CompileError::TooComplex), "{bad:?}");
        }
        assert_eq!(compile(b"a)"), Err(CompileError::Error));
        assert!(compile(b"a{2}").is_ok());
        let long = vec![b'a'; 200];
        let mut pat = b"(".to_vec();
        pat.extend_from_slice(&long);
        pat.extend_from_slice(b")*");
        assert_eq!(compile(&pat), Err(CompileError::TooComplex));
    }
}
