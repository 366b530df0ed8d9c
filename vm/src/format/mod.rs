//! Text formatting shared by the disassembler and the runtime: `repr` of floats, strings
//! and bytes exactly as MicroPython (and, where they agree, CPython) prints them.
//!
//! Invariant: these functions are pure (no heap, no VM state) so that every caller gets the
//! same text for the same value.

mod float;
mod repr;

pub use float::float_repr;
pub use repr::{bytes_repr, str_repr};
