//! Argument helpers for native functions: keyword lookup and conversions with
//! MicroPython's error messages.

use crate::obj::exception::TYPE_ERROR;
use crate::obj::int;
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The value of keyword argument `name` in the flattened pairs `kw`.
pub fn kwarg(vm: &Vm, kw: &[Value], name: Qstr) -> Option<Value> {
    let want = vm.qstr_bytes(name);
    kw.chunks(2).find(|p| p[0] == Value::qstr(name.0) || vm.str_bytes(p[0]) == Some(want)).map(|p| p[1])
}

/// Raises TypeError for any keyword not in `allowed`.
pub fn check_kw(vm: &mut Vm, kw: &[Value], allowed: &[Qstr]) -> PyResult<()> {
    for p in kw.chunks(2) {
        let ok = allowed.iter().any(|a| p[0] == Value::qstr(a.0) || vm.str_bytes(p[0]) == Some(vm.qstr_bytes(*a)));
        if !ok {
            let n = vm.str_text(p[0]).unwrap_or("?").to_string();
            return Err(vm.raise_fmt(&TYPE_ERROR, format_args!("unexpected keyword argument '{n}'")));
        }
    }
    Ok(())
}

/// Positional argument `i`, or keyword `name`, or `default`.
pub fn arg_or(vm: &Vm, args: &[Value], kw: &[Value], i: usize, name: Qstr, default: Value) -> Value {
    args.get(i).copied().or_else(|| kwarg(vm, kw, name)).unwrap_or(default)
}

/// Converts an int (or bool) argument to i64; TypeError otherwise, OverflowError if huge.
pub fn to_i64(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(i);
    }
    if let Some(i) = int::to_i64(vm, v) {
        return Ok(i);
    }
    if crate::runtime::types::is_int(vm, v) {
        return Err(
            vm.raise_msg(&crate::obj::exception::OVERFLOW_ERROR, "overflow converting long int to machine word")
        );
    }
    if let Some(nb) = crate::obj::class::native_base_of(vm, v) {
        return to_i64(vm, nb);
    }
    let t = crate::runtime::types::type_name(vm, v);
    Err(vm.raise_fmt(&TYPE_ERROR, format_args!("can't convert {t} to int")))
}

/// Converts an optional int argument (None means `None`).
pub fn opt_i64(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => to_i64(vm, v).map(Some),
    }
}

/// A str argument's text (TypeError otherwise).
pub fn to_string(vm: &mut Vm, v: Value) -> PyResult<String> {
    match vm.str_text(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let t = crate::runtime::types::type_name(vm, v);
            Err(vm.raise_fmt(&TYPE_ERROR, format_args!("can't convert '{t}' object to str implicitly")))
        }
    }
}
