//! Exception objects and the builtin exception hierarchy.
//!
//! Layout (kind `Exception`): word 1 = class (a builtin exception type or a user class
//! deriving from one), word 2 = args tuple, word 3 = traceback (a `ValArray` of
//! `(file qstr, line, function qstr)` small-int triples with its count in word 1, or NULL),
//! word 4 = attribute dict of user subclasses (or NULL).
//!
//! Invariant: `args` is always a tuple (possibly empty); the hierarchy below is
//! MicroPython 1.29's (unix standard build).

use crate::heap::ObjKind;
use crate::obj::native::{no_attrs, Attr, TypeId, TypeObj};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Raised, Vm};

const CLASS: usize = 1;
const ARGS: usize = 2;
const TRACEBACK: usize = 3;
const DICT: usize = 4;
const PAYLOAD: usize = 4;

macro_rules! exc_type {
    ($name:ident, $q:expr, $base:expr) => {
        #[doc = concat!("The builtin exception type `", stringify!($name), "`.")]
        pub static $name: TypeObj = TypeObj {
            kind: crate::obj::native::StaticKind::Type,
            id: TypeId::Exception,
            subclassable: true,
            name: $q,
            base: $base,
            attrs: exception_attrs,
            make_new: Some(make_new),
        };
    };
}

exc_type!(BASE_EXCEPTION, q::BaseException, Some(&crate::obj::object::OBJECT_TYPE));
exc_type!(SYSTEM_EXIT, q::SystemExit, Some(&BASE_EXCEPTION));
exc_type!(KEYBOARD_INTERRUPT, q::KeyboardInterrupt, Some(&BASE_EXCEPTION));
exc_type!(GENERATOR_EXIT, q::GeneratorExit, Some(&BASE_EXCEPTION));
exc_type!(EXCEPTION, q::Exception, Some(&BASE_EXCEPTION));
exc_type!(STOP_ASYNC_ITERATION, q::StopAsyncIteration, Some(&EXCEPTION));
exc_type!(STOP_ITERATION, q::StopIteration, Some(&EXCEPTION));
exc_type!(ARITHMETIC_ERROR, q::ArithmeticError, Some(&EXCEPTION));
exc_type!(OVERFLOW_ERROR, q::OverflowError, Some(&ARITHMETIC_ERROR));
exc_type!(ZERO_DIVISION_ERROR, q::ZeroDivisionError, Some(&ARITHMETIC_ERROR));
exc_type!(ASSERTION_ERROR, q::AssertionError, Some(&EXCEPTION));
exc_type!(ATTRIBUTE_ERROR, q::AttributeError, Some(&EXCEPTION));
exc_type!(EOF_ERROR, q::EOFError, Some(&EXCEPTION));
exc_type!(IMPORT_ERROR, q::ImportError, Some(&EXCEPTION));
exc_type!(LOOKUP_ERROR, q::LookupError, Some(&EXCEPTION));
exc_type!(INDEX_ERROR, q::IndexError, Some(&LOOKUP_ERROR));
exc_type!(KEY_ERROR, q::KeyError, Some(&LOOKUP_ERROR));
exc_type!(MEMORY_ERROR, q::MemoryError, Some(&EXCEPTION));
exc_type!(NAME_ERROR, q::NameError, Some(&EXCEPTION));
exc_type!(OS_ERROR, q::OSError, Some(&EXCEPTION));
exc_type!(RUNTIME_ERROR, q::RuntimeError, Some(&EXCEPTION));
exc_type!(NOT_IMPLEMENTED_ERROR, q::NotImplementedError, Some(&RUNTIME_ERROR));
exc_type!(SYNTAX_ERROR, q::SyntaxError, Some(&EXCEPTION));
exc_type!(INDENTATION_ERROR, q::IndentationError, Some(&SYNTAX_ERROR));
exc_type!(TYPE_ERROR, q::TypeError, Some(&EXCEPTION));
exc_type!(VALUE_ERROR, q::ValueError, Some(&EXCEPTION));
exc_type!(UNICODE_ERROR, q::UnicodeError, Some(&VALUE_ERROR));

/// Every builtin exception type, for the builtins namespace.
pub static ALL: &[&TypeObj] = &[
    &BASE_EXCEPTION,
    &SYSTEM_EXIT,
    &KEYBOARD_INTERRUPT,
    &GENERATOR_EXIT,
    &EXCEPTION,
    &STOP_ASYNC_ITERATION,
    &STOP_ITERATION,
    &ARITHMETIC_ERROR,
    &OVERFLOW_ERROR,
    &ZERO_DIVISION_ERROR,
    &ASSERTION_ERROR,
    &ATTRIBUTE_ERROR,
    &EOF_ERROR,
    &IMPORT_ERROR,
    &LOOKUP_ERROR,
    &INDEX_ERROR,
    &KEY_ERROR,
    &MEMORY_ERROR,
    &NAME_ERROR,
    &OS_ERROR,
    &RUNTIME_ERROR,
    &NOT_IMPLEMENTED_ERROR,
    &SYNTAX_ERROR,
    &INDENTATION_ERROR,
    &TYPE_ERROR,
    &VALUE_ERROR,
    &UNICODE_ERROR,
];

crate::native_fn!(EXC_INIT, q::__init__, 1, u16::MAX, |vm, a, _| {
    if is_exception(vm, a[0]) {
        let t = crate::obj::tuple::new_from(vm, &a[1..])?;
        vm.heap.set_value(a[0].heap_index_unchecked() + ARGS, t);
    }
    Ok(Value::NONE)
});

/// Class-level attributes of exception types: `__init__` (which sets `args`); `args`,
/// `value` and `errno` are instance data (see `runtime::attr`).
fn exception_attrs(name: Qstr) -> Option<Attr> {
    match name {
        q::__init__ => Some(Attr::Method(&EXC_INIT)),
        _ => no_attrs(name),
    }
}

/// `ExcType(*args)`: builds an instance of the builtin exception type (or of the user class
/// `cls` deriving from one, when called through `__new__`).
fn make_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // args[0] is the class being instantiated.
    if !kw.is_empty() {
        return Err(vm.raise_msg(&TYPE_ERROR, "function doesn't take keyword arguments"));
    }
    let tuple = crate::obj::tuple::new_from(vm, &args[1..])?;
    new_with_args(vm, args[0], tuple)
}

/// A new exception of class `cls` (a builtin exception type or a user subclass) with the
/// given args tuple.
pub fn new_with_args(vm: &mut Vm, cls: Value, args: Value) -> PyResult<Value> {
    let mark = vm.push_temps(&[args, cls]);
    let r = vm.alloc(ObjKind::Exception, PAYLOAD, 0);
    vm.pop_temps(mark);
    let i = r?;
    vm.heap.set_value(i + CLASS, cls);
    vm.heap.set_value(i + ARGS, args);
    vm.heap.set_value(i + TRACEBACK, Value::NULL);
    vm.heap.set_value(i + DICT, Value::NULL);
    Ok(Value::heap(i))
}

/// A new instance of a builtin exception type with no arguments.
pub fn new_bare(vm: &mut Vm, ty: &'static TypeObj) -> PyResult<Value> {
    let empty = crate::obj::tuple::empty(vm)?;
    new_with_args(vm, Value::from_static_type(ty), empty)
}

/// A new instance of a builtin exception type with one argument.
pub fn new_with_value(vm: &mut Vm, ty: &'static TypeObj, arg: Value) -> PyResult<Value> {
    let args = crate::obj::tuple::new_from(vm, &[arg])?;
    new_with_args(vm, Value::from_static_type(ty), args)
}

/// A new instance of a builtin exception type whose one argument is the message `msg`.
pub fn new_with_msg(vm: &mut Vm, ty: &'static TypeObj, msg: &str) -> PyResult<Value> {
    let s = crate::obj::str::new(vm, msg.as_bytes())?;
    let mark = vm.push_temp(s);
    let r = new_with_value(vm, ty, s);
    vm.pop_temps(mark);
    r
}

/// Whether `v` is an exception instance.
#[inline]
pub fn is_exception(vm: &Vm, v: Value) -> bool {
    v.as_heap().is_some_and(|i| vm.heap.kind(i) == ObjKind::Exception)
}

/// The class of an exception instance.
pub fn class_of(vm: &Vm, exc: Value) -> Value {
    vm.heap.value(exc.heap_index_unchecked() + CLASS)
}

/// The args tuple of an exception instance.
pub fn args_of(vm: &Vm, exc: Value) -> Value {
    vm.heap.value(exc.heap_index_unchecked() + ARGS)
}

/// The attribute dict slot of an exception instance.
pub fn dict_slot(exc: Value) -> usize {
    exc.heap_index_unchecked() + DICT
}

/// Drops the traceback (before re-raising a reused instance like the MemoryError).
pub fn clear_traceback(vm: &mut Vm, exc: Value) {
    vm.heap.set_value(exc.heap_index_unchecked() + TRACEBACK, Value::NULL);
}

/// Appends a traceback entry. Silently does nothing if the heap is full (a traceback is
/// best-effort, as in MicroPython).
pub fn add_traceback(vm: &mut Vm, exc: Value, file: Qstr, line: u32, func: Qstr) {
    let Some(e) = exc.as_heap() else { return };
    if vm.heap.kind(e) != ObjKind::Exception || exc == vm.memory_error {
        return;
    }
    let tb = vm.heap.value(e + TRACEBACK);
    let (arr, count, cap) = match tb.as_heap() {
        Some(a) => {
            let count = vm.heap.word(a + 1) as usize;
            (a, count, (vm.heap.header(a).words() - 2) / 3)
        }
        None => (0, 0, 0),
    };
    let arr = if count == cap {
        let new_cap = (cap * 2).max(4);
        let Some(n) = vm.heap.alloc(ObjKind::ValArray, 1 + 3 * new_cap, 0) else {
            return;
        };
        if cap > 0 {
            for k in 0..1 + 3 * count {
                let w = vm.heap.word(arr + 1 + k);
                vm.heap.set_word(n + 1 + k, w);
            }
        }
        vm.heap.set_value(e + TRACEBACK, Value::heap(n));
        n
    } else {
        arr
    };
    let base = arr + 2 + 3 * count;
    vm.heap.set_value(base, Value::int_unchecked(file.0 as i64));
    vm.heap.set_value(base + 1, Value::int_unchecked(line as i64));
    vm.heap.set_value(base + 2, Value::int_unchecked(func.0 as i64));
    vm.heap.set_word(arr + 1, (count + 1) as u64);
}

/// The traceback entries `(file, line, function)`, innermost last as MicroPython prints
/// them (entries are recorded innermost first).
pub fn traceback(vm: &Vm, exc: Value) -> Vec<(Qstr, u32, Qstr)> {
    let mut out = Vec::new();
    let Some(e) = exc.as_heap() else { return out };
    if let Some(a) = vm.heap.value(e + TRACEBACK).as_heap() {
        let count = vm.heap.word(a + 1) as usize;
        for k in 0..count {
            let b = a + 2 + 3 * k;
            let g = |j: usize| vm.heap.value(b + j).as_small_int().unwrap_or(0);
            out.push((Qstr(g(0) as u32), g(1) as u32, Qstr(g(2) as u32)));
        }
    }
    out
}

impl Vm {
    /// Raises `exc` (an exception instance).
    #[inline]
    pub fn raise(&mut self, exc: Value) -> Raised {
        self.exc = exc;
        Raised
    }

    /// Raises a new instance of `ty` with the message `msg`.
    #[cold]
    pub fn raise_msg(&mut self, ty: &'static TypeObj, msg: &str) -> Raised {
        match new_with_msg(self, ty, msg) {
            Ok(e) => self.raise(e),
            Err(r) => r,
        }
    }

    /// Raises a new instance of `ty` with a formatted message.
    #[cold]
    pub fn raise_fmt(&mut self, ty: &'static TypeObj, args: std::fmt::Arguments<'_>) -> Raised {
        let s = std::fmt::format(args);
        self.raise_msg(ty, &s)
    }

    /// Raises a new instance of `ty` with no arguments.
    #[cold]
    pub fn raise_bare(&mut self, ty: &'static TypeObj) -> Raised {
        match new_bare(self, ty) {
            Ok(e) => self.raise(e),
            Err(r) => r,
        }
    }

    /// Raises a new instance of `ty` with one argument.
    #[cold]
    pub fn raise_with(&mut self, ty: &'static TypeObj, arg: Value) -> Raised {
        match new_with_value(self, ty, arg) {
            Ok(e) => self.raise(e),
            Err(r) => r,
        }
    }

    /// Takes the in-flight exception (after a `Raised`), leaving NULL.
    #[inline]
    pub fn take_exc(&mut self) -> Value {
        std::mem::replace(&mut self.exc, Value::NULL)
    }
}
