//! The mpyrom virtual machine: loads MicroPython `.mpy` v6 files where they lie and
//! executes their bytecode in place.
//!
//! Layout (one concept per module, as in MicroPython's `py/`): `value` (the NaN-boxed word),
//! `heap` (arena, allocator, collector), `qstr` (interned strings), `source` (the bytes code
//! runs from), `load` (linking a `.mpy`), `obj` (one file per object type), `methods`
//! (methods of the builtin types), `runtime` (protocols: attributes, operators, iteration,
//! import), `interp` (frames, the bytecode loop, calls, generators), `builtins` and
//! `modules` (the Python-visible library), `exec` (running programs).

pub mod bigint;
pub mod builtins;
pub mod exec;
pub mod format;
pub mod hash;
pub mod heap;
pub mod interp;
pub mod load;
pub mod methods;
pub mod modules;
pub mod mpy_read;
pub mod obj;
pub mod qstr;
pub mod runtime;
pub mod source;
pub mod value;
pub mod vm;

pub use exec::{mem_info as modules_mem_info, Exit};
pub use source::{SharedBytes, Source};
pub use value::Value;
pub use vm::{Config, PyResult, Raised, Vm};
