//! The mpyrom virtual machine: loads MicroPython `.mpy` v6 files where they lie and
//! executes their bytecode in place.

pub mod format;
pub mod hash;
pub mod heap;
pub mod qstr;
pub mod source;
pub mod value;
