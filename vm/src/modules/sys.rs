//! `sys`: argv, path, modules, exit, stdout/stderr, implementation, maxsize, byteorder.

use crate::builtin_module;
use crate::native_fn;
use crate::obj::exception::SYSTEM_EXIT;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

builtin_module!(
    q::sys,
    attr,
    [q::argv, q::path, q::modules, q::exit, q::maxsize, q::byteorder, q::implementation, q::version, q::platform]
);

native_fn!(EXIT, q::exit, 0, 1, |vm, a, _| {
    match a.first() {
        Some(&v) => Err(vm.raise_with(&SYSTEM_EXIT, v)),
        None => Err(vm.raise_bare(&SYSTEM_EXIT)),
    }
});

fn attr(vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        q::argv => vm.sys_argv,
        q::path => vm.sys_path,
        q::modules => vm.modules,
        q::exit => Value::from_static_fn(&EXIT),
        q::maxsize => vm.new_int(i64::MAX)?,
        q::byteorder => Value::qstr(q::little.0),
        q::platform => Value::qstr(q::mpyrom.0),
        q::version => crate::obj::str::from_str(vm, "3.4.0; mpyrom")?,
        q::implementation => {
            let name = Value::qstr(q::micropython.0);
            let ver = crate::obj::tuple::new_from(
                vm,
                &[Value::int_unchecked(1), Value::int_unchecked(29), Value::int_unchecked(0)],
            )?;
            crate::obj::tuple::new_from(vm, &[name, ver])?
        }
        _ => return Ok(None),
    }))
}
