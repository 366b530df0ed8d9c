//! User classes and their instances.
//!
//! Class layout (kind `Class`): word 1 = name (qstr value), 2 = bases tuple (the shared
//! empty tuple when there are none), 3 = class dict, 4 = the builtin base type whose
//! storage instances carry (NULL if only `object`), 5 = flags. Attribute lookup walks the
//! bases depth-first, left to right, as MicroPython does; nothing else is stored, so a
//! class costs 48 bytes plus its dict.
//!
//! Derived names: every class body stores `__module__` (the module's `__name__`) and
//! `__qualname__` (the class name) into the class dict. When a class is built they are
//! removed again if they hold exactly those values, and the flags word records it (with
//! the module name's qstr id in bits 32..56); lookup answers them from the flags at the
//! same point of the lookup order, and the entries are put back before the dict itself
//! becomes visible (`__dict__`, `dir`, deletion). That saves 32 bytes per class.
//!
//! Instance layout (kind `Instance`): word 1 = class, 2 = attribute dict (NULL until the
//! first attribute is set), 3 = the native base object (e.g. the list of a `list`
//! subclass; NULL until constructed). Instances of exception subclasses are `Exception`
//! objects whose class word names the user class.
//!
//! Invariant: a class's bases never change after creation (MicroPython does not allow
//! assigning `__bases__`), and a class is never its own ancestor, so the depth-first walk
//! terminates (it is also depth-limited against corrupt input).

use super::exception::{self, TYPE_ERROR};
use super::native::{StaticObj, TypeId, TypeObj};
use super::{dict, tuple};
use crate::heap::ObjKind;
use crate::interp::call::Setup;
use crate::interp::frame::FrameKind;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const NAME: usize = 1;
const BASES: usize = 2;
const DICT: usize = 3;
const NATIVE_BASE: usize = 4;
const FLAGS: usize = 5;
/// Flags-word bit: `__qualname__` (the class name) was removed from the dict.
const ELIDED_QUALNAME: u64 = 1;
/// Flags-word bit: `__module__` was removed; its qstr id is in bits 32..56.
const ELIDED_MODULE: u64 = 2;
const MODULE_SHIFT: u32 = 32;

/// The module name recorded in a flags word with `ELIDED_MODULE` set.
#[inline]
fn elided_module(flags: u64) -> Value {
    Value::qstr(((flags >> MODULE_SHIFT) & 0xff_ffff) as u32)
}
/// Deepest inheritance chain walked.
const MAX_DEPTH: usize = 64;

const INST_CLASS: usize = 1;
const INST_DICT: usize = 2;
const INST_NATIVE: usize = 3;

/// Whether `v` is a user class.
#[inline]
pub fn is_class(vm: &Vm, v: Value) -> bool {
    v.as_heap().is_some_and(|i| vm.heap.kind(i) == ObjKind::Class)
}

/// The name of a user class.
pub fn name(vm: &Vm, cls: Value) -> Qstr {
    Qstr(vm.heap.value(cls.heap_index_unchecked() + NAME).as_qstr().unwrap_or(0))
}

/// The bases tuple of a user class.
pub fn bases(vm: &Vm, cls: Value) -> Value {
    vm.heap.value(cls.heap_index_unchecked() + BASES)
}

/// The lookup order of a class: itself, then its bases depth-first left to right, without
/// repeats (builtin bases contribute their builtin ancestors).
pub fn mro(vm: &Vm, cls: Value) -> Vec<Value> {
    fn walk(vm: &Vm, c: Value, out: &mut Vec<Value>, depth: usize) {
        if depth > MAX_DEPTH || out.contains(&c) {
            return;
        }
        if let Some(t) = c.as_static_type() {
            let mut x = Some(t);
            while let Some(tt) = x {
                let tv = Value::from_static_type(tt);
                if !out.contains(&tv) {
                    out.push(tv);
                }
                x = tt.base;
            }
            return;
        }
        out.push(c);
        for b in tuple::to_vec(vm, bases(vm, c)) {
            walk(vm, b, out, depth + 1);
        }
    }
    let mut out = Vec::new();
    walk(vm, cls, &mut out, 0);
    out
}

/// The dict of a user class.
pub fn class_dict(vm: &Vm, cls: Value) -> Value {
    vm.heap.value(cls.heap_index_unchecked() + DICT)
}

/// The builtin base type whose storage instances carry, if any.
pub fn native_base_type(vm: &Vm, cls: Value) -> Option<&'static TypeObj> {
    vm.heap.value(cls.heap_index_unchecked() + NATIVE_BASE).as_static_type()
}

/// Creates a class (`type(name, bases, dict)` and `__build_class__`).
pub fn new_class(vm: &mut Vm, name: Qstr, bases: Value, cdict: Value) -> PyResult<Value> {
    // Validate the bases and find the native base.
    let base_list = tuple::to_vec(vm, bases);
    let mut native: Option<&'static TypeObj> = None;
    for b in &base_list {
        if is_class(vm, *b) {
            if let Some(t) = native_base_type(vm, *b) {
                merge_native(vm, &mut native, t)?;
            }
        } else if let Some(t) = b.as_static_type() {
            if !t.subclassable {
                let n = vm.qstr_str(t.name).to_string();
                return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("type '{n}' is not an acceptable base type")));
            }
            if t.id != TypeId::Object {
                merge_native(vm, &mut native, t)?;
            }
        } else {
            return Err(vm.raise_msg(&TYPE_ERROR, "bases must be types"));
        }
    }
    let bases = if base_list.is_empty() { tuple::empty(vm)? } else { bases };
    let mark = vm.push_temp(bases);
    vm.push_temp(cdict);
    let r = vm.alloc(ObjKind::Class, 5, 0);
    vm.pop_temps(mark);
    let i = r?;
    vm.heap.set_value(i + NAME, Value::qstr(name.0));
    vm.heap.set_value(i + BASES, bases);
    vm.heap.set_value(i + DICT, cdict);
    vm.heap.set_value(i + NATIVE_BASE, native.map_or(Value::NULL, Value::from_static_type));
    vm.heap.set_word(i + FLAGS, 0);
    Ok(Value::heap(i))
}

fn merge_native(vm: &mut Vm, native: &mut Option<&'static TypeObj>, t: &'static TypeObj) -> PyResult<()> {
    match native {
        None => *native = Some(t),
        Some(n) if t.is_subtype_of(n) => *native = Some(t),
        Some(n) if n.is_subtype_of(t) => {}
        Some(_) => return Err(vm.raise_msg(&TYPE_ERROR, "multiple bases have instance lay-out conflict")),
    }
    Ok(())
}

/// What a class-level lookup found.
#[derive(Copy, Clone)]
pub enum Found {
    /// A value from a user class's dict.
    Value(Value),
    /// An entry of a builtin type's attribute table.
    Native(&'static TypeObj, super::native::Attr),
}

/// Looks `name` up along the lookup order of `cls` (a user class or a builtin type).
pub fn lookup(vm: &mut Vm, cls: Value, name: Qstr) -> PyResult<Option<Found>> {
    lookup_from(vm, cls, name, 0)
}

fn lookup_from(vm: &mut Vm, cls: Value, name: Qstr, depth: usize) -> PyResult<Option<Found>> {
    if let Some(t) = cls.as_static_type() {
        return Ok(lookup_static(t, name).map(|(t, a)| Found::Native(t, a)));
    }
    if depth > MAX_DEPTH || !is_class(vm, cls) {
        return Ok(None);
    }
    let d = class_dict(vm, cls);
    if let Some(v) = dict::get_qstr(vm, d, name)? {
        return Ok(Some(Found::Value(v)));
    }
    if let Some(v) = elided_name(vm, cls, name) {
        return Ok(Some(Found::Value(v)));
    }
    let bases = bases(vm, cls);
    let n = tuple::len(vm, bases);
    for k in 0..n {
        let b = tuple::get(vm, bases, k);
        if let Some(found) = lookup_from(vm, b, name, depth + 1)? {
            return Ok(Some(found));
        }
    }
    if n == 0 {
        return Ok(lookup_static(&crate::obj::object::OBJECT_TYPE, name).map(|(t, a)| Found::Native(t, a)));
    }
    Ok(None)
}

/// The value of `__qualname__` or `__module__` when it was removed from `cls`'s dict.
#[inline]
fn elided_name(vm: &Vm, cls: Value, name: Qstr) -> Option<Value> {
    if name != q::__qualname__ && name != q::__module__ {
        return None;
    }
    let flags = vm.heap.word(cls.heap_index_unchecked() + FLAGS);
    if name == q::__qualname__ && flags & ELIDED_QUALNAME != 0 {
        return Some(vm.heap.value(cls.heap_index_unchecked() + NAME));
    }
    if name == q::__module__ && flags & ELIDED_MODULE != 0 {
        return Some(elided_module(flags));
    }
    None
}

/// Removes `__qualname__` and `__module__` from a freshly built class's dict when they
/// hold what they always hold (see the module docs).
pub fn elide_derived_names(vm: &mut Vm, cls: Value) -> PyResult<()> {
    let d = class_dict(vm, cls);
    let mut flags = 0;
    let own_name = vm.heap.value(cls.heap_index_unchecked() + NAME);
    if dict::get_qstr(vm, d, q::__qualname__)? == Some(own_name) {
        dict::remove(vm, d, Value::qstr(q::__qualname__.0))?;
        flags |= ELIDED_QUALNAME;
    }
    if let Some(m) = dict::get_qstr(vm, d, q::__module__)?.and_then(|m| m.as_qstr()).filter(|m| *m < 1 << 24) {
        dict::remove(vm, d, Value::qstr(q::__module__.0))?;
        flags |= ELIDED_MODULE | (m as u64) << MODULE_SHIFT;
    }
    vm.heap.set_word(cls.heap_index_unchecked() + FLAGS, flags);
    Ok(())
}

/// The class dict with any removed derived names put back (for code that shows the dict
/// itself to the program).
pub fn materialize_dict(vm: &mut Vm, cls: Value) -> PyResult<Value> {
    let d = class_dict(vm, cls);
    let i = cls.heap_index_unchecked();
    let flags = vm.heap.word(i + FLAGS);
    if flags & (ELIDED_QUALNAME | ELIDED_MODULE) != 0 {
        if flags & ELIDED_MODULE != 0 {
            dict::set_qstr(vm, d, q::__module__, elided_module(flags))?;
        }
        if flags & ELIDED_QUALNAME != 0 {
            let n = vm.heap.value(i + NAME);
            dict::set_qstr(vm, d, q::__qualname__, n)?;
        }
        vm.heap.set_word(i + FLAGS, 0);
        vm.caches.class_version += 1;
    }
    Ok(d)
}

/// Looks `name` up in the bases of `cls` (not `cls` itself): MicroPython's `super()`.
pub fn lookup_in_bases(vm: &mut Vm, cls: Value, name: Qstr) -> PyResult<Option<Found>> {
    if !is_class(vm, cls) {
        return Ok(None);
    }
    let bases = bases(vm, cls);
    let n = tuple::len(vm, bases);
    for k in 0..n {
        let b = tuple::get(vm, bases, k);
        if let Some(found) = lookup_from(vm, b, name, 1)? {
            return Ok(Some(found));
        }
    }
    Ok(lookup_static(&crate::obj::object::OBJECT_TYPE, name).map(|(t, a)| Found::Native(t, a)))
}

/// Looks `name` up in a builtin type and its builtin bases.
pub fn lookup_static(t: &'static TypeObj, name: Qstr) -> Option<(&'static TypeObj, super::native::Attr)> {
    let mut x = Some(t);
    while let Some(tt) = x {
        if let Some(a) = (tt.attrs)(name) {
            return Some((tt, a));
        }
        x = tt.base;
    }
    None
}

/// Whether class value `a` is `b` or derives from it (both may be builtin types or user
/// classes).
pub fn is_subclass(vm: &Vm, a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    if let Some(bt) = b.as_static_type() {
        if bt.id == TypeId::Object {
            return true;
        }
        if let Some(at) = a.as_static_type() {
            return at.is_subtype_of(bt);
        }
    }
    if is_class(vm, a) {
        return mro(vm, a).iter().any(|c| {
            *c == b || b.as_static_type().is_some_and(|bt| c.as_static_type().is_some_and(|ct| ct.is_subtype_of(bt)))
        });
    }
    false
}

/// The instance dict slot of an instance or exception (word index), if it has one.
pub fn dict_slot(vm: &Vm, obj: Value) -> Option<usize> {
    let i = obj.as_heap()?;
    match vm.heap.kind(i) {
        ObjKind::Instance => Some(i + INST_DICT),
        ObjKind::Exception => Some(exception::dict_slot(obj)),
        ObjKind::Class => Some(i + DICT),
        ObjKind::Module => Some(i + 2),
        _ => None,
    }
}

/// The native base object of an instance of a class derived from a builtin type.
pub fn native_base_of(vm: &Vm, obj: Value) -> Option<Value> {
    let i = obj.as_heap()?;
    if vm.heap.kind(i) != ObjKind::Instance {
        return None;
    }
    let v = vm.heap.value(i + INST_NATIVE);
    if v.is_null() {
        None
    } else {
        Some(v)
    }
}

/// Sets the native base object of an instance.
pub fn set_native_base(vm: &mut Vm, obj: Value, base: Value) {
    vm.heap.set_value(obj.heap_index_unchecked() + INST_NATIVE, base);
}

/// A new instance of `cls` with no attributes (and no native base object yet).
pub fn new_instance(vm: &mut Vm, cls: Value) -> PyResult<Value> {
    let mark = vm.push_temp(cls);
    let r = vm.alloc(ObjKind::Instance, 3, 0);
    vm.pop_temps(mark);
    let i = r?;
    vm.heap.set_value(i + INST_CLASS, cls);
    vm.heap.set_value(i + INST_DICT, Value::NULL);
    vm.heap.set_value(i + INST_NATIVE, Value::NULL);
    Ok(Value::heap(i))
}

/// Calls a user class: `__new__` if defined, then `__init__` (pushed as a frame when it is
/// a bytecode function, so construction does not recurse on the Rust stack).
pub fn instantiate(vm: &mut Vm, cls: Value, args: &[Value], kw: &[Value], kind: FrameKind) -> PyResult<Setup> {
    let native = native_base_type(vm, cls);
    let is_exc = native.is_some_and(|t| t.id == TypeId::Exception);
    let mut custom_new = false;
    let inst = match lookup(vm, cls, q::__new__)? {
        Some(Found::Value(newf)) => {
            custom_new = true;
            let newf = unwrap_static(vm, newf);
            let mut a = vec![cls];
            a.extend_from_slice(args);
            let r = vm.call(newf, &a, kw)?;
            if !is_subclass(vm, crate::obj::object::type_of(vm, r), cls) {
                return Ok(Setup::Done(r));
            }
            r
        }
        _ if is_exc => {
            let t = tuple::new_from(vm, args)?;
            exception::new_with_args(vm, cls, t)?
        }
        _ => new_instance(vm, cls)?,
    };
    let mark = vm.push_temp(inst);
    let r = run_init(vm, cls, inst, native, is_exc, custom_new, args, kw, kind);
    vm.pop_temps(mark);
    r
}

#[allow(clippy::too_many_arguments)]
fn run_init(
    vm: &mut Vm,
    cls: Value,
    inst: Value,
    native: Option<&'static TypeObj>,
    is_exc: bool,
    custom_new: bool,
    args: &[Value],
    kw: &[Value],
    kind: FrameKind,
) -> PyResult<Setup> {
    match lookup(vm, cls, q::__init__)? {
        Some(Found::Value(init)) if crate::obj::function::is_function(vm, init) => {
            // Keep the args for a deferred native construction.
            let saved = if native.is_some() && !is_exc { tuple::new_from(vm, args)? } else { Value::NULL };
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(inst);
            a.extend_from_slice(args);
            let init_kind = FrameKind::Init(inst, saved);
            let _ = kind;
            let mark = vm.push_temp(saved);
            let r = vm.push_bound_frame(init, &a, kw, init_kind);
            vm.pop_temps(mark);
            if r? {
                // A generator __init__: MicroPython calls it and complains about the result.
                let f = vm.frames.pop().expect("frame");
                crate::interp::frame::free_frame(vm, f.chunk);
                return Err(vm.raise_msg(&TYPE_ERROR, "__init__() should return None, not 'generator'"));
            }
            Ok(Setup::Pushed)
        }
        Some(Found::Value(init)) => {
            let mut a = vec![inst];
            a.extend_from_slice(args);
            let r = vm.call(init, &a, kw)?;
            if !r.is_none() {
                return Err(vm.raise_msg(&TYPE_ERROR, "__init__() should return None"));
            }
            let saved = if native.is_some() && !is_exc { tuple::new_from(vm, args)? } else { Value::NULL };
            finish_native_base(vm, inst, saved)?;
            Ok(Setup::Done(inst))
        }
        _ => {
            // No Python __init__.
            if let Some(t) = native {
                // A custom `__new__` may have made the native base object already.
                if !is_exc && native_base_of(vm, inst).is_none() {
                    let base = construct_native(vm, t, args, kw)?;
                    set_native_base(vm, inst, base);
                }
            } else if !custom_new && (!args.is_empty() || !kw.is_empty()) {
                // object.__init__ takes no arguments unless __new__ consumed them.
                let n = args.len() + 1;
                return Err(
                    vm.raise_fmt(&TYPE_ERROR, format_args!("function takes 1 positional arguments but {n} were given"))
                );
            }
            Ok(Setup::Done(inst))
        }
    }
}

/// Constructs a native base object by calling the builtin type's constructor.
fn construct_native(vm: &mut Vm, t: &'static TypeObj, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let make_new = t.make_new.expect("subclassable types have constructors");
    let mut a = vec![Value::from_static_type(t)];
    a.extend_from_slice(args);
    make_new(vm, &a, kw)
}

/// After a bytecode `__init__` returned: constructs the native base object with the
/// original arguments if `__init__` did not (through `super().__init__`).
pub fn finish_native_base(vm: &mut Vm, inst: Value, saved_args: Value) -> PyResult<()> {
    if saved_args.is_null() || !inst.is_heap() || vm.heap.kind(inst.heap_index_unchecked()) != ObjKind::Instance {
        return Ok(());
    }
    if native_base_of(vm, inst).is_some() {
        return Ok(());
    }
    let cls = vm.heap.value(inst.heap_index_unchecked() + INST_CLASS);
    if let Some(t) = native_base_type(vm, cls) {
        let args = tuple::to_vec(vm, saved_args);
        let base = construct_native(vm, t, &args, &[])?;
        set_native_base(vm, inst, base);
    }
    Ok(())
}

/// `native_type.__init__(self, *args)` called on an instance of a subclass (through
/// `super().__init__(...)`): constructs the native base object with these arguments.
pub fn init_native_base(vm: &mut Vm, t: &'static TypeObj, inst: Value, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if t.id == TypeId::Exception {
        if exception::is_exception(vm, inst) {
            let tup = tuple::new_from(vm, args)?;
            vm.heap.set_value(inst.heap_index_unchecked() + 2, tup);
        }
        return Ok(());
    }
    if vm.heap.kind(inst.heap_index_unchecked()) == ObjKind::Instance {
        let base = construct_native(vm, t, args, kw)?;
        set_native_base(vm, inst, base);
    }
    Ok(())
}

/// Unwraps a staticmethod record (MicroPython treats `__new__` as static).
fn unwrap_static(vm: &Vm, v: Value) -> Value {
    match super::record::which(vm, v) {
        Some(super::record::Record::StaticMethod) => super::record::field(vm, v, 0),
        _ => v,
    }
}

/// The builtin exception type a class derives from, if any.
pub fn exception_base(vm: &Vm, cls: Value) -> Option<&'static TypeObj> {
    if let Some(t) = cls.as_static_type() {
        return (t.id == TypeId::Exception).then_some(t);
    }
    if is_class(vm, cls) {
        return native_base_type(vm, cls).filter(|t| t.id == TypeId::Exception);
    }
    None
}

/// Name of any class-like value (builtin type or user class).
pub fn class_name(vm: &Vm, cls: Value) -> Qstr {
    if let Some(StaticObj::Type(t)) = cls.as_static() {
        return t.name;
    }
    if is_class(vm, cls) {
        return name(vm, cls);
    }
    q::object
}
