//! Text formatting shared by the disassembler and the runtime: `repr` of floats, strings
//! and bytes exactly as MicroPython (and, where they agree, CPython) prints them.
//!
//! Invariant: these functions are pure (no heap, no VM state) so that every caller gets the
//! same text for the same value.

mod float;
mod repr;

pub use float::float_repr;
pub use repr::{bytes_repr, str_repr};

/// `text` as the body of a JSON string (quotes, backslashes and control characters escaped).
pub fn json_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}
