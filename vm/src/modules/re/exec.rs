//! The backtracking engine: runs re1.5 byte code (see `compile.rs`) over a byte subject.
//!
//! It explores alternatives in exactly the order of re1.5's `recursiveloop` (the engine
//! MicroPython uses), so the first match found, and every group position, is the one
//! MicroPython reports. Instead of recursing it keeps an explicit stack of choice points and
//! saved group positions, bounded by [`MAX_BACKTRACK`] (MicroPython's recursion is bounded
//! by its C stack; both report "maximum recursion depth exceeded"), and the total work is
//! bounded by [`MAX_STEPS`] so a pathological pattern cannot hang the VM.
//!
//! Byte comparisons in classes are signed, as re1.5's `char` comparisons on the Unix port,
//! so bytes from 0x80 up sort below ASCII.

use super::compile::{op, SEARCH_PREFIX};

/// Most choice points and saved positions kept at once.
pub const MAX_BACKTRACK: usize = 100_000;
/// Most instructions executed by one match attempt.
pub const MAX_STEPS: u64 = 50_000_000;

/// Why a match could not be decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExecError {
    /// Too many pending alternatives (MicroPython: recursion depth).
    TooDeep,
    /// Too many steps.
    TooLong,
}

/// The text being matched: the whole subject, and where matching starts and stops.
#[derive(Clone, Copy)]
pub struct Subject<'a> {
    /// The whole subject (`^` matches only at its start).
    pub text: &'a [u8],
    /// Where the attempt starts.
    pub begin: usize,
    /// Where the subject ends for matching (`$` matches here).
    pub end: usize,
}

enum Frame {
    /// Resume at `pc` with input position `sp`.
    Branch { pc: usize, sp: usize },
    /// Restore group slot `slot` to `old`.
    Restore { slot: usize, old: Option<usize> },
}

/// Whether byte `c` is in the named class `name` (`d w s`, upper case negated).
fn named_class(name: u8, c: u8) -> bool {
    let hit = match name | 0x20 {
        b'd' => c.is_ascii_digit(),
        b's' => c == b' ' || (b'\t'..=b'\r').contains(&c),
        _ => c.is_ascii_alphanumeric() || c == b'_',
    };
    hit == (name & 0x20 != 0)
}

/// Whether `c` matches the class whose pair count is at `code[at]`.
fn class_match(code: &[u8], at: usize, c: u8) -> bool {
    let positive = code[at - 1] == op::CLASS;
    let count = code[at] as usize;
    for k in 0..count {
        let lo = code[at + 1 + 2 * k];
        let hi = code[at + 2 + 2 * k];
        let hit = if lo == 0 { named_class(hi, c) } else { (lo as i8..=hi as i8).contains(&(c as i8)) };
        if hit {
            return positive;
        }
    }
    !positive
}

/// Runs `code` over `subj`. `caps` holds one slot per group boundary (2 per group, group 0
/// first) and receives the positions of the match. Returns whether it matched.
pub fn run(code: &[u8], subj: Subject, caps: &mut [Option<usize>], anchored: bool) -> Result<bool, ExecError> {
    run_with_budget(code, subj, caps, anchored, MAX_STEPS)
}

/// [`run`] with an explicit step budget.
pub fn run_with_budget(
    code: &[u8],
    subj: Subject,
    caps: &mut [Option<usize>],
    anchored: bool,
    max_steps: u64,
) -> Result<bool, ExecError> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut pc = if anchored { SEARCH_PREFIX } else { 0 };
    let mut sp = subj.begin;
    let mut steps: u64 = 0;
    let arg = |pc: usize| code.get(pc + 1).copied().unwrap_or(0);
    loop {
        steps += 1;
        if steps > max_steps {
            return Err(ExecError::TooLong);
        }
        if stack.len() > MAX_BACKTRACK {
            return Err(ExecError::TooDeep);
        }
        let opcode = code.get(pc).copied().unwrap_or(op::MATCH);
        let ok = if opcode < op::ASSERTS && sp >= subj.end {
            false
        } else {
            match opcode {
                op::CHAR => {
                    let hit = subj.text[sp] == arg(pc);
                    pc += 2;
                    sp += 1;
                    hit
                }
                op::ANY => {
                    pc += 1;
                    sp += 1;
                    true
                }
                op::CLASS | op::CLASS_NOT => {
                    let hit = class_match(code, pc + 1, subj.text[sp]);
                    pc += 2 + 2 * arg(pc) as usize;
                    sp += 1;
                    hit
                }
                op::NAMED_CLASS => {
                    let hit = named_class(arg(pc), subj.text[sp]);
                    pc += 2;
                    sp += 1;
                    hit
                }
                op::MATCH => return Ok(true),
                op::JMP => {
                    pc = jump(pc, arg(pc));
                    true
                }
                op::SPLIT => {
                    stack.push(Frame::Branch { pc: jump(pc, arg(pc)), sp });
                    pc += 2;
                    true
                }
                op::RSPLIT => {
                    stack.push(Frame::Branch { pc: pc + 2, sp });
                    pc = jump(pc, arg(pc));
                    true
                }
                op::SAVE => {
                    let slot = arg(pc) as usize;
                    pc += 2;
                    if let Some(c) = caps.get_mut(slot) {
                        stack.push(Frame::Restore { slot, old: *c });
                        *c = Some(sp);
                    }
                    true
                }
                op::BOL => {
                    pc += 1;
                    sp == 0
                }
                op::EOL => {
                    pc += 1;
                    sp == subj.end
                }
                // Unknown opcode: the compiler never emits one.
                _ => false,
            }
        };
        if ok {
            continue;
        }
        // Backtrack to the latest choice point, undoing group positions on the way.
        loop {
            match stack.pop() {
                None => return Ok(false),
                Some(Frame::Restore { slot, old }) => caps[slot] = old,
                Some(Frame::Branch { pc: p, sp: s }) => {
                    pc = p;
                    sp = s;
                    break;
                }
            }
        }
    }
}

/// The target of a jump at `pc` with signed offset byte `off`.
fn jump(pc: usize, off: u8) -> usize {
    (pc as isize + 2 + off as i8 as isize).max(0) as usize
}

#[cfg(test)]
mod tests {
    use super::super::compile::compile;
    use super::*;

    fn find(pat: &str, text: &str, anchored: bool) -> Option<Vec<Option<(usize, usize)>>> {
        let p = compile(pat.as_bytes()).unwrap_or_else(|e| panic!("{pat}: {e}"));
        let mut caps = vec![None; (p.groups + 1) * 2];
        let subj = Subject { text: text.as_bytes(), begin: 0, end: text.len() };
        if !run(&p.code, subj, &mut caps, anchored).ok()? {
            return None;
        }
        Some(caps.chunks(2).map(|c| Some((c[0]?, c[1]?))).collect::<Vec<_>>())
    }

    #[test]
    fn greedy_lazy_and_alternation() {
        assert_eq!(find("a+", "caaat", false), Some(vec![Some((1, 4))]));
        assert_eq!(find("a+?", "caaat", false), Some(vec![Some((1, 2))]));
        assert_eq!(find("a*?t", "aat", true), Some(vec![Some((0, 3))]));
        assert_eq!(find("(a|ab)(c|bcd)", "abcd", true), Some(vec![Some((0, 4)), Some((0, 1)), Some((1, 4))]));
        assert_eq!(find("(x)?y", "y", true), Some(vec![Some((0, 1)), None]));
        assert_eq!(find("^b", "ab", false), None);
        assert_eq!(find("b$", "abb", false), Some(vec![Some((2, 3))]));
        assert_eq!(find("[^\\d]+", "12ab3", false), Some(vec![Some((2, 4))]));
        assert_eq!(find("\\W", "ab-c", false), Some(vec![Some((2, 3))]));
    }

    #[test]
    fn runaway_patterns_are_bounded() {
        let p = compile(b"(a*)*b").unwrap_or_else(|e| panic!("{e}"));
        let mut caps = vec![None; 4];
        let subj = Subject { text: b"aaa", begin: 0, end: 3 };
        assert_eq!(run(&p.code, subj, &mut caps, true), Err(ExecError::TooDeep));
    }

    use proptest::prelude::*;

    const TOKENS: &[&str] = &[
        "a", "b", ".", "[ab]", "[^a]", "[a-c]", "\\d", "\\w", "\\S", "*", "+", "?", "*?", "+?", "|", "(", ")", "(?:",
        "^", "$", "\\", "[", "]", "-", "{2}",
    ];

    proptest! {
        /// Any pattern either fails to compile or runs to a result whose groups lie within
        /// the subject, in order, and never panics.
        #[test]
        fn arbitrary_patterns_are_safe(
            toks in proptest::collection::vec(0..TOKENS.len(), 0..12),
            text in "[ab1 -]{0,20}",
            anchored in any::<bool>(),
        ) {
            let pat: String = toks.iter().map(|&k| TOKENS[k]).collect();
            let Ok(p) = compile(pat.as_bytes()) else { return Ok(()); };
            let mut caps = vec![None; (p.groups + 1) * 2];
            let subj = Subject { text: text.as_bytes(), begin: 0, end: text.len() };
            if let Ok(true) = run_with_budget(&p.code, subj, &mut caps, anchored, 100_000) {
                let (s0, s1) = (caps[0].unwrap_or(usize::MAX), caps[1].unwrap_or(0));
                prop_assert!(s0 <= s1 && s1 <= text.len());
                for pair in caps.chunks(2) {
                    if let (Some(a), Some(b)) = (pair[0], pair[1]) {
                        prop_assert!(a <= b && b <= text.len());
                    }
                }
            }
        }
    }
}
