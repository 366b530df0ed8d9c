//! The mpyrom virtual machine: loads MicroPython `.mpy` v6 files where they lie and
//! executes their bytecode in place.
//!
//! Layout (one concept per module, as in MicroPython's `py/`): `value` (the NaN-boxed word),
//! `heap` (arena, allocator, collector), `qstr` (interned strings), `source` (the bytes code
//! runs from), `load` (linking a `.mpy`), `obj` (one file per object type), `methods`
//! (methods of the builtin types), `runtime` (protocols: attributes, operators, iteration,
//! import), `interp` (frames, the bytecode loop, calls, generators), `builtins` and
//! `modules` (the Python-visible library), `exec` (running programs).
//!
//! # Writing native code
//!
//! - A builtin function is a `static NativeFn` made with `native_fn!(NAME, q::name, min,
//!   max, [kw,] f)`; `f(vm, args, kw)` gets positional args (for methods `args[0]` is
//!   self) and keyword pairs flattened as `[name, value, …]` (see `methods::args`).
//!   Writing `q::name` anywhere in the source makes `name` a static qstr (the build script
//!   collects them); use `q::r#type` for Rust keywords and `q::super_` for `super`.
//! - A builtin type's methods come from its `attrs(Qstr) -> Option<Attr>` function; a
//!   builtin module is `builtin_module!(q::name, attr_fn, [names…])` registered in
//!   `modules::find_builtin`.
//! - A heap object of a module's own type (e.g. `array.array`, a compiled regex) is a
//!   native object: `obj::native_obj::new(vm, &TYPE, &fields)` (kind `Native`, fields are
//!   values, byte data in a `RawBytes` chunk from `native_obj::new_raw`). Operators, `len`,
//!   subscription, iteration and `repr` find the type's special methods (`__len__`,
//!   `__getitem__`, `__add__`, `__eq__`, `__repr__`, …) in its `attrs` table; methods must
//!   check their `self` with `native_obj::is_type` (they can be called unbound).
//! - Values: `Value::int_unchecked`, `vm.new_int(i64)`, `Value::float`, `Value::NONE`/
//!   `TRUE`/`FALSE`, `obj::str::from_str`, `obj::str::new_bytes`, `obj::tuple::new_from`,
//!   `obj::list::{new, push, to_vec}`, `obj::dict::{new, get, set_item, items}`.
//!   Inspect with `vm.str_text(v)`, `methods::bytes::buffer(vm, v)`, `obj::int::to_i64`,
//!   `obj::float::to_f64`, `runtime::types::type_name`.
//! - Protocols: `vm.call(f, args, kw)`, `vm.call_method(obj, q::name, args)`,
//!   `runtime::attr::{load_attr, find_attr}`, `runtime::iter::{get_iter, iter_next,
//!   collect_list}`, `runtime::compare::{eq, compare}`, `runtime::hash::hash`,
//!   `vm.is_true`, `vm.len_of`, `vm.repr_string`, `vm.str_string`,
//!   `runtime::binop::binary_op`.
//! - Errors: return `Err(vm.raise_msg(&exception::VALUE_ERROR, "text"))` (or `raise_fmt`,
//!   `raise_with`); use MicroPython's message texts.
//! - **GC rooting**: collection happens inside any allocation. A heap value held only in a
//!   Rust local across another allocation must be rooted: `let mark = vm.push_temp(v);
//!   … vm.pop_temps(mark);` (pop on every path, including errors). Arguments are rooted by
//!   the caller. Prefer building results in Rust (`Vec<u8>`, `String`) and allocating once.

pub mod bigint;
pub mod builtins;
pub mod exec;
pub mod format;
pub mod frozen;
pub mod hash;
pub mod heap;
pub mod interp;
pub mod load;
pub mod memreport;
pub mod methods;
pub mod modules;
pub mod mpy;
pub mod mpy_read;
pub mod obj;
pub mod qstr;
pub mod runtime;
pub mod source;
pub mod value;
pub mod vfs;
pub mod vm;

pub use exec::{mem_info as modules_mem_info, Exit};
pub use source::{SharedBytes, Source};
pub use value::Value;
pub use vm::{Config, PyResult, Raised, Vm};
