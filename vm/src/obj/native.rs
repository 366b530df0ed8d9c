//! Static native objects: builtin functions, builtin types and builtin modules.
//!
//! They live in the binary (like MicroPython's ROM objects) and cost no heap. A `Value`
//! with the static tag carries the address of one of these `#[repr(C)]` structs, each of
//! which starts with a `StaticKind` byte saying which struct it is.
//!
//! Invariant: a static-tagged `Value` is only ever made by `Value::from_static_fn`,
//! `from_static_type` or `from_static_module` from a `&'static` reference, so the address
//! always points at a live struct of the kind its first byte names.

use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Which static struct a static `Value` points at.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum StaticKind {
    Function = 1,
    Type = 2,
    Module = 3,
}

/// The signature of every native function: positional arguments (for methods, `self`
/// first) and keyword arguments as flattened `(name, value)` pairs.
pub type NativeFnPtr = fn(&mut Vm, &[Value], &[Value]) -> PyResult<Value>;

/// A builtin function or method.
#[repr(C)]
pub struct NativeFn {
    pub kind: StaticKind,
    /// Whether keyword arguments are accepted (otherwise the caller raises TypeError).
    pub takes_kw: bool,
    /// Minimum number of positional arguments (including `self` for methods).
    pub min_args: u16,
    /// Maximum number of positional arguments (`u16::MAX`: unlimited).
    pub max_args: u16,
    pub name: Qstr,
    pub f: NativeFnPtr,
}

impl NativeFn {
    /// A native function descriptor (use in `static` items).
    pub const fn new(name: Qstr, min_args: u16, max_args: u16, takes_kw: bool, f: NativeFnPtr) -> NativeFn {
        NativeFn { kind: StaticKind::Function, takes_kw, min_args, max_args, name, f }
    }
}

/// What a builtin type's attribute table yields.
#[derive(Copy, Clone)]
pub enum Attr {
    /// A method: bound to the instance when looked up on one.
    Method(&'static NativeFn),
    /// A classmethod: bound to the type.
    ClassMethod(&'static NativeFn),
    /// A staticmethod or plain class attribute function: never bound.
    Static(&'static NativeFn),
    /// A computed attribute of instances (e.g. `complex.real`).
    Getter(&'static NativeFn),
    /// A constant class attribute.
    Const(fn() -> Value),
}

/// Identifies a builtin type for fast dispatch.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum TypeId {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    NativeFunction,
    BoundMethod,
    Generator,
    Module,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Cell,
    Iterator,
    DictView,
    MemoryView,
    Array,
    /// A builtin exception class (the `TypeObj` itself tells which).
    Exception,
    /// Any other native type (modules' helper types).
    Other,
}

/// A builtin type.
#[repr(C)]
pub struct TypeObj {
    pub kind: StaticKind,
    pub id: TypeId,
    /// Whether user classes may derive from it.
    pub subclassable: bool,
    pub name: Qstr,
    pub base: Option<&'static TypeObj>,
    /// Attribute lookup on the type (methods, class attributes).
    pub attrs: fn(Qstr) -> Option<Attr>,
    /// The constructor (`type(...)` call), or `None` if the type cannot be instantiated.
    pub make_new: Option<NativeFnPtr>,
}

impl TypeObj {
    /// Whether `self` is `other` or derives from it.
    pub fn is_subtype_of(&'static self, other: &'static TypeObj) -> bool {
        let mut t = Some(self);
        while let Some(x) = t {
            if std::ptr::eq(x, other) {
                return true;
            }
            t = x.base;
        }
        false
    }
}

/// A builtin module.
#[repr(C)]
pub struct ModuleObj {
    pub kind: StaticKind,
    pub name: Qstr,
    /// Attribute lookup; `None` means "no such attribute".
    pub attr: fn(&mut Vm, Qstr) -> PyResult<Option<Value>>,
    /// Names for `dir()` and `from m import *`.
    pub names: &'static [Qstr],
}

/// No attributes.
pub fn no_attrs(_: Qstr) -> Option<Attr> {
    None
}

/// A static object, decoded from a static-tagged value.
#[derive(Copy, Clone)]
pub enum StaticObj {
    Function(&'static NativeFn),
    Type(&'static TypeObj),
    Module(&'static ModuleObj),
}

impl Value {
    /// The value of a builtin function.
    #[inline]
    pub fn from_static_fn(f: &'static NativeFn) -> Value {
        Value::from_static(f as *const NativeFn as usize)
    }

    /// The value of a builtin type.
    #[inline]
    pub fn from_static_type(t: &'static TypeObj) -> Value {
        Value::from_static(t as *const TypeObj as usize)
    }

    /// The value of a builtin module.
    #[inline]
    pub fn from_static_module(m: &'static ModuleObj) -> Value {
        Value::from_static(m as *const ModuleObj as usize)
    }

    /// Decodes a static object.
    #[inline]
    pub fn as_static(self) -> Option<StaticObj> {
        let addr = self.as_static_addr()?;
        // SAFETY: static-tagged values are only created from `&'static` references to the
        // `#[repr(C)]` structs above (see the module invariant); each starts with its
        // `StaticKind` byte, so reading that byte and then the matching struct is valid.
        unsafe {
            let kind = *(addr as *const StaticKind);
            Some(match kind {
                StaticKind::Function => StaticObj::Function(&*(addr as *const NativeFn)),
                StaticKind::Type => StaticObj::Type(&*(addr as *const TypeObj)),
                StaticKind::Module => StaticObj::Module(&*(addr as *const ModuleObj)),
            })
        }
    }

    /// The builtin type, if this value is one.
    #[inline]
    pub fn as_static_type(self) -> Option<&'static TypeObj> {
        match self.as_static()? {
            StaticObj::Type(t) => Some(t),
            _ => None,
        }
    }
}

/// Defines a `static NativeFn`.
#[macro_export]
macro_rules! native_fn {
    ($vis:vis $static_name:ident, $qstr:expr, $min:expr, $max:expr, $f:expr) => {
        $vis static $static_name: $crate::obj::native::NativeFn =
            $crate::obj::native::NativeFn::new($qstr, $min, $max, false, $f);
    };
    ($vis:vis $static_name:ident, $qstr:expr, $min:expr, $max:expr, kw, $f:expr) => {
        $vis static $static_name: $crate::obj::native::NativeFn =
            $crate::obj::native::NativeFn::new($qstr, $min, $max, true, $f);
    };
}
