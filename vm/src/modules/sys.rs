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
    [
        q::argv,
        q::path,
        q::modules,
        q::exit,
        q::maxsize,
        q::byteorder,
        q::implementation,
        q::version,
        q::platform,
        q::stdout,
        q::stderr,
        q::print_exception,
        q::exc_info,
        q::version_info
    ]
);

/// `sys.stdout`: an object with `write` and `flush`.
pub static STDOUT: crate::obj::native::ModuleObj = crate::obj::native::ModuleObj {
    kind: crate::obj::native::StaticKind::Module,
    name: q::stdout,
    attr: stream_attr_out,
    names: &[q::write, q::flush],
};

/// `sys.implementation`: `name` and `version` (MicroPython uses an attribute tuple).
pub static IMPLEMENTATION: crate::obj::native::ModuleObj = crate::obj::native::ModuleObj {
    kind: crate::obj::native::StaticKind::Module,
    name: q::implementation,
    attr: implementation_attr,
    names: &[q::name, q::version],
};

fn implementation_attr(vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    Ok(match name {
        q::name => Some(Value::qstr(q::micropython.0)),
        q::version => Some(crate::obj::tuple::new_from(
            vm,
            &[Value::int_unchecked(1), Value::int_unchecked(29), Value::int_unchecked(0)],
        )?),
        _ => None,
    })
}

/// `sys.stderr`.
pub static STDERR: crate::obj::native::ModuleObj = crate::obj::native::ModuleObj {
    kind: crate::obj::native::StaticKind::Module,
    name: q::stderr,
    attr: stream_attr_err,
    names: &[q::write, q::flush],
};

native_fn!(WRITE_OUT, q::write, 1, 1, |vm, a, _| write_to(vm, a[0], false));
native_fn!(WRITE_ERR, q::write, 1, 1, |vm, a, _| write_to(vm, a[0], true));
native_fn!(FLUSH, q::flush, 0, 0, |vm, _, _| {
    let _ = std::io::Write::flush(&mut vm.stdout);
    Ok(Value::NONE)
});

fn write_to(vm: &mut Vm, v: Value, err: bool) -> PyResult<Value> {
    let data = match vm.str_bytes(v) {
        Some(b) => b.to_vec(),
        None => match crate::methods::bytes::buffer(vm, v) {
            Some(b) => b.to_vec(),
            None => {
                return Err(vm.raise_msg(&crate::obj::exception::TYPE_ERROR, "object with buffer protocol required"))
            }
        },
    };
    let n = crate::methods::str::char_count(&data);
    if err {
        let _ = std::io::Write::flush(&mut vm.stdout);
        let _ = std::io::Write::write_all(&mut vm.stderr, &data);
    } else {
        let _ = std::io::Write::write_all(&mut vm.stdout, &data);
    }
    vm.new_int(n as i64)
}

fn stream_attr_out(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    Ok(match name {
        q::write => Some(Value::from_static_fn(&WRITE_OUT)),
        q::flush => Some(Value::from_static_fn(&FLUSH)),
        _ => None,
    })
}

fn stream_attr_err(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    Ok(match name {
        q::write => Some(Value::from_static_fn(&WRITE_ERR)),
        q::flush => Some(Value::from_static_fn(&FLUSH)),
        _ => None,
    })
}

native_fn!(PRINT_EXCEPTION, q::print_exception, 1, 2, |vm, a, _| {
    let text = vm.exception_text(a[0]);
    match a.get(1) {
        Some(&f) if !f.is_none() => {
            let s = crate::obj::str::from_str(vm, &text)?;
            vm.call_method(f, q::write, &[s])?;
        }
        _ => {
            let _ = std::io::Write::write_all(&mut vm.stdout, text.as_bytes());
        }
    }
    Ok(Value::NONE)
});

native_fn!(EXIT, q::exit, 0, 1, |vm, a, _| {
    match a.first() {
        Some(&v) => Err(vm.raise_with(&SYSTEM_EXIT, v)),
        None => Err(vm.raise_bare(&SYSTEM_EXIT)),
    }
});

native_fn!(EXC_INFO, q::exc_info, 0, 0, |vm, _, _| {
    let exc = handled_exception(vm);
    if exc.is_null() {
        return crate::obj::tuple::new_from(vm, &[Value::NONE, Value::NONE, Value::NONE]);
    }
    let t = crate::obj::object::type_of(vm, exc);
    crate::obj::tuple::new_from(vm, &[t, exc, Value::NONE])
});

/// The exception being handled by the innermost active `except` or `finally` block, or NULL.
fn handled_exception(vm: &Vm) -> Value {
    for f in vm.frames.iter().rev() {
        let base = f.exc_base();
        for e in (0..f.exc_sp as usize).rev() {
            let p = vm.heap.value(base + 2 * e + 1);
            if !p.is_null() {
                return p;
            }
        }
    }
    Value::NULL
}

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
        q::stdout => Value::from_static_module(&STDOUT),
        q::stderr => Value::from_static_module(&STDERR),
        q::print_exception => Value::from_static_fn(&PRINT_EXCEPTION),
        q::exc_info => Value::from_static_fn(&EXC_INFO),
        q::version_info => crate::obj::tuple::new_from(
            vm,
            &[Value::int_unchecked(3), Value::int_unchecked(4), Value::int_unchecked(0)],
        )?,
        q::implementation => Value::from_static_module(&IMPLEMENTATION),
        _ => return Ok(None),
    }))
}
