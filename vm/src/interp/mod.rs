//! The interpreter: frames, the bytecode loop, calls, unwinding and generators.

pub mod cache;
pub mod call;
pub mod code;
pub mod frame;
pub mod generator;
pub mod raise;
pub mod run;
pub mod unwind;
