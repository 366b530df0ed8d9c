//! `repr()` and `str()` of every value, written into a Rust `String`.
//!
//! Texts follow MicroPython, which matches CPython for the builtin data types; objects
//! without a literal form print as MicroPython prints them (`<class 'A'>`,
//! `<A object at 7f…>`). User `__repr__`/`__str__` are called through the VM.

use crate::heap::ObjKind;
use crate::obj::native::StaticObj;
use crate::obj::record::{self, Record};
use crate::obj::{class, dict, exception, float, int, list, tuple};
use crate::qstr::q;
use crate::value::{Special, Value};
use crate::vm::{PyResult, Vm};
use std::fmt::Write;

/// Which of the two texts.
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Kind {
    Repr,
    Str,
}

impl Vm {
    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        let mut out = String::new();
        write_value(self, &mut out, v, Kind::Repr)?;
        Ok(out)
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: Value) -> PyResult<String> {
        if let Some(s) = self.str_text(v) {
            return Ok(s.to_string());
        }
        let mut out = String::new();
        write_value(self, &mut out, v, Kind::Str)?;
        Ok(out)
    }

    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: Value) -> PyResult<Value> {
        let s = self.repr_string(v)?;
        crate::obj::str::from_str(self, &s)
    }

    /// `str(v)` as a str value.
    pub fn str_of(&mut self, v: Value) -> PyResult<Value> {
        if self.is_str(v) {
            return Ok(v);
        }
        let s = self.str_string(v)?;
        crate::obj::str::from_str(self, &s)
    }
}

fn write_seq(
    vm: &mut Vm,
    out: &mut String,
    items: &[Value],
    open: &str,
    close: &str,
    single_comma: bool,
) -> PyResult<()> {
    out.push_str(open);
    for (k, v) in items.iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        write_value(vm, out, *v, Kind::Repr)?;
    }
    if single_comma && items.len() == 1 {
        out.push(',');
    }
    out.push_str(close);
    Ok(())
}

/// Writes `repr(v)` or `str(v)` to `out`.
pub fn write_value(vm: &mut Vm, out: &mut String, v: Value, kind: Kind) -> PyResult<()> {
    vm.check_stack()?;
    if let Some(i) = v.as_small_int() {
        let _ = write!(out, "{i}");
        return Ok(());
    }
    if let Some(x) = v.as_float() {
        out.push_str(&crate::format::float_repr(x));
        return Ok(());
    }
    if let Some(s) = vm.str_text(v) {
        if kind == Kind::Str {
            out.push_str(s);
        } else {
            out.push_str(&crate::format::str_repr(s));
        }
        return Ok(());
    }
    if let Some(sp) = v.as_special() {
        out.push_str(match sp {
            Special::None => "None",
            Special::True => "True",
            Special::False => "False",
            Special::Ellipsis => "Ellipsis",
            Special::NotImplemented => "NotImplemented",
            Special::Null => "<NULL>",
        });
        return Ok(());
    }
    if let Some(s) = v.as_static() {
        match s {
            StaticObj::Type(t) => {
                let _ = write!(out, "<class '{}'>", vm.qstr_str(t.name));
            }
            StaticObj::Function(f) => {
                let _ = write!(out, "<function {}>", vm.qstr_str(f.name));
            }
            StaticObj::Module(m) => {
                let _ = write!(out, "<module '{}'>", vm.qstr_str(m.name));
            }
        }
        return Ok(());
    }
    if let Some(b) = vm.bytes_data(v) {
        out.push_str(&crate::format::bytes_repr(b));
        return Ok(());
    }
    let Some(i) = v.as_heap() else {
        out.push_str("<?>");
        return Ok(());
    };
    match vm.heap.kind(i) {
        ObjKind::BigInt => out.push_str(&int::to_string_radix(vm, v, 10)),
        ObjKind::Complex => {
            let (re, im) = float::complex_parts(vm, v);
            out.push_str(&float::complex_repr(re, im));
        }
        ObjKind::Tuple => {
            let items = tuple::to_vec(vm, v);
            write_seq(vm, out, &items, "(", ")", true)?;
        }
        ObjKind::List => {
            let items = list::to_vec(vm, v);
            write_seq(vm, out, &items, "[", "]", false)?;
        }
        ObjKind::Dict => {
            let ordered = dict::is_ordered(vm, v);
            out.push_str(if ordered { "OrderedDict({" } else { "{" });
            for (k, (key, val)) in dict::items(vm, v).into_iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                write_value(vm, out, key, Kind::Repr)?;
                out.push_str(": ");
                write_value(vm, out, val, Kind::Repr)?;
            }
            out.push_str(if ordered { "})" } else { "}" });
        }
        ObjKind::Set | ObjKind::FrozenSet => {
            let items = crate::obj::set::items(vm, v);
            let frozen = vm.heap.kind(i) == ObjKind::FrozenSet;
            if items.is_empty() {
                out.push_str(if frozen { "frozenset()" } else { "set()" });
            } else {
                if frozen {
                    out.push_str("frozenset(");
                }
                write_seq(vm, out, &items, "{", "}", false)?;
                if frozen {
                    out.push(')');
                }
            }
        }
        ObjKind::ByteArray => {
            let b = crate::methods::bytes::buffer(vm, v).unwrap_or(&[]).to_vec();
            let _ = write!(out, "bytearray({})", crate::format::bytes_repr(&b));
        }
        ObjKind::Record => match record::which(vm, v) {
            Some(Record::Range) => {
                let (a, b, c) = (record::field(vm, v, 0), record::field(vm, v, 1), record::field(vm, v, 2));
                out.push_str("range(");
                write_value(vm, out, a, Kind::Repr)?;
                out.push_str(", ");
                write_value(vm, out, b, Kind::Repr)?;
                if c != Value::int_unchecked(1) {
                    out.push_str(", ");
                    write_value(vm, out, c, Kind::Repr)?;
                }
                out.push(')');
            }
            Some(Record::Slice) => {
                out.push_str("slice(");
                for k in 0..3 {
                    if k > 0 {
                        out.push_str(", ");
                    }
                    let f = record::field(vm, v, k);
                    write_value(vm, out, f, Kind::Repr)?;
                }
                out.push(')');
            }
            Some(Record::DictView) => crate::methods::dict::write_view(vm, out, v)?,
            _ => {
                let t = super::types::type_name(vm, v);
                let _ = write!(out, "<{t} object at {i:x}>");
            }
        },
        ObjKind::Class => {
            let n = vm.qstr_str(class::name(vm, v)).to_string();
            let _ = write!(out, "<class '{n}'>");
        }
        ObjKind::Function => {
            let n = super::types::function_name(vm, v);
            let _ = write!(out, "<function {} at 0x{:x}>", n, i * 8);
        }
        ObjKind::BoundMethod => {
            let _ = write!(out, "<bound_method {:x}>", i * 8);
        }
        ObjKind::Generator => {
            let _ = write!(out, "<generator object at {:x}>", i * 8);
        }
        ObjKind::Module => {
            let name = vm.heap.value(i + 1);
            let n = vm.str_text(name).unwrap_or("?").to_string();
            let _ = write!(out, "<module '{n}'>");
        }
        ObjKind::Exception => {
            let cls = exception::class_of(vm, v);
            let method = if kind == Kind::Str { q::__str__ } else { q::__repr__ };
            if let Some(f) = user_method(vm, v, method)? {
                return call_text(vm, out, f, v);
            }
            let args = exception::args_of(vm, v);
            let n = tuple::len(vm, args);
            if kind == Kind::Str && cls == Value::from_static_type(&exception::OS_ERROR) && (1..3).contains(&n) {
                if let Some(errno) = tuple::get(vm, args, 0).as_small_int() {
                    if let Some(name) = crate::vfs::errno_name(errno) {
                        let _ = write!(out, "[Errno {errno}] {name}");
                        if n > 1 {
                            out.push_str(": ");
                            let a1 = tuple::get(vm, args, 1);
                            write_value(vm, out, a1, Kind::Str)?;
                        }
                        return Ok(());
                    }
                }
            }
            if kind == Kind::Str {
                if n == 1 {
                    let a = tuple::get(vm, args, 0);
                    write_value(vm, out, a, Kind::Str)?;
                } else if n > 1 {
                    write_value(vm, out, args, Kind::Repr)?;
                }
            } else {
                out.push_str(vm.qstr_str(class::class_name(vm, cls)));
                write_value(vm, out, args, Kind::Repr)?;
            }
        }
        ObjKind::Instance | ObjKind::Native => {
            let method = if kind == Kind::Str { q::__str__ } else { q::__repr__ };
            if let Some(f) = user_method(vm, v, method)? {
                return call_text(vm, out, f, v);
            }
            if kind == Kind::Str {
                if let Some(f) = user_method(vm, v, q::__repr__)? {
                    return call_text(vm, out, f, v);
                }
            }
            if let Some(nb) = class::native_base_of(vm, v) {
                return write_value(vm, out, nb, kind);
            }
            let t = super::types::type_name(vm, v);
            let _ = write!(out, "<{t} object at {:x}>", i * 8);
        }
        _ => {
            let t = super::types::type_name(vm, v);
            let _ = write!(out, "<{t} object at {:x}>", i * 8);
        }
    }
    Ok(())
}

fn user_method(vm: &mut Vm, v: Value, name: crate::qstr::Qstr) -> PyResult<Option<Value>> {
    super::attr::lookup_special(vm, v, name)
}

fn call_text(vm: &mut Vm, out: &mut String, f: Value, v: Value) -> PyResult<()> {
    let r = vm.call(f, &[v], &[])?;
    match vm.str_text(r) {
        Some(s) => {
            out.push_str(s);
            Ok(())
        }
        None => Err(vm.raise_msg(&exception::TYPE_ERROR, "__str__ returned non-string")),
    }
}
