//! Generator methods: `send`, `throw`, `close`, `__next__`.

use crate::interp::generator::{self, Status};
use crate::interp::run::Outcome;
use crate::native_fn;
use crate::obj::exception::{self, GENERATOR_EXIT, RUNTIME_ERROR, STOP_ITERATION};
use crate::obj::native::Attr;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn finish(vm: &mut Vm, o: Outcome) -> PyResult<Value> {
    match o {
        Outcome::Yield(v) => Ok(v),
        Outcome::Return(v) if v.is_none() => Err(vm.raise_bare(&STOP_ITERATION)),
        Outcome::Return(v) => Err(vm.raise_with(&STOP_ITERATION, v)),
    }
}

native_fn!(GEN_SEND, q::send, 2, 2, |vm, a, _| {
    let o = generator::resume(vm, a[0], a[1], None)?;
    finish(vm, o)
});
native_fn!(GEN_NEXT, q::__next__, 1, 1, |vm, a, _| {
    let o = generator::resume(vm, a[0], Value::NONE, None)?;
    finish(vm, o)
});
native_fn!(GEN_THROW, q::throw, 2, 4, |vm, a, _| {
    let exc = make_exc(vm, a[1], a.get(2).copied())?;
    let o = generator::resume(vm, a[0], Value::NONE, Some(exc))?;
    finish(vm, o)
});
native_fn!(GEN_CLOSE, q::close, 1, 1, |vm, a, _| close(vm, a[0]));

fn make_exc(vm: &mut Vm, t: Value, v: Option<Value>) -> PyResult<Value> {
    if exception::is_exception(vm, t) {
        return Ok(t);
    }
    let args: Vec<Value> = v.filter(|v| !v.is_none()).into_iter().collect();
    let e = vm.call(t, &args, &[])?;
    if !exception::is_exception(vm, e) {
        return Err(vm.raise_msg(&crate::obj::exception::TYPE_ERROR, "exceptions must derive from BaseException"));
    }
    Ok(e)
}

/// `gen.close()`.
pub fn close(vm: &mut Vm, g: Value) -> PyResult<Value> {
    match generator::status(vm, g) {
        Status::Created => {
            generator::finish(vm, g);
            return Ok(Value::NONE);
        }
        Status::Finished => return Ok(Value::NONE),
        _ => {}
    }
    let e = exception::new_bare(vm, &GENERATOR_EXIT)?;
    match generator::resume(vm, g, Value::NONE, Some(e)) {
        Ok(Outcome::Yield(_)) => Err(vm.raise_msg(&RUNTIME_ERROR, "generator ignored GeneratorExit")),
        Ok(Outcome::Return(_)) => Ok(Value::NONE),
        Err(r) => {
            let x = vm.exc;
            if crate::runtime::types::is_generator_exit(vm, x) || crate::runtime::types::is_stop_iteration(vm, x) {
                vm.exc = Value::NULL;
                Ok(Value::NONE)
            } else {
                Err(r)
            }
        }
    }
}

/// Attributes of generators.
pub fn attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::send => Attr::Method(&GEN_SEND),
        q::throw => Attr::Method(&GEN_THROW),
        q::close => Attr::Method(&GEN_CLOSE),
        q::__next__ => Attr::Method(&GEN_NEXT),
        _ => return None,
    })
}
