//! Namespace builtins: `__build_class__`, `__import__`, `globals`, `locals`, `dir`.

use crate::interp::frame::FrameKind;
use crate::interp::run::Outcome;
use crate::native_fn;
use crate::obj::exception::TYPE_ERROR;
use crate::obj::{class, dict, function, list, tuple};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

native_fn!(pub BUILD_CLASS, q::__build_class__, 2, u16::MAX, kw, build_class);
native_fn!(pub GLOBALS, q::globals, 0, 0, |vm, _, _| Ok(vm.frames.last().map_or(Value::NONE, |f| f.globals)));
native_fn!(pub LOCALS, q::locals, 0, 0, |vm, _, _| Ok(vm.frames.last().map_or(Value::NONE, |f| if f.locals.is_null() { f.globals } else { f.locals })));
native_fn!(pub IMPORT, q::__import__, 1, 5, kw, |vm, a, _| {
    let name = vm.str_to_qstr(a[0])?;
    let fromlist = a.get(3).copied().unwrap_or(Value::NONE);
    let level = a.get(4).copied().unwrap_or(Value::int_unchecked(0));
    let fi = vm.frames.len().checked_sub(1);
    crate::runtime::import::import_name_from(vm, fi, name, fromlist, level)
});
native_fn!(pub DIR, q::dir, 0, 1, dir);

/// `__build_class__(body, name, *bases)`.
fn build_class(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.raise_msg(&TYPE_ERROR, "function doesn't take keyword arguments"));
    }
    let body = args[0];
    let name = vm.str_to_qstr(args[1])?;
    let bases = tuple::new_from(vm, &args[2..])?;
    let mark = vm.push_temp(bases);
    let r = (|| {
        let d = dict::new(vm, 4)?;
        vm.push_temp(d);
        if !function::is_function(vm, body) {
            return Err(vm.raise_msg(&TYPE_ERROR, "__build_class__: func must be a function"));
        }
        vm.check_stack()?;
        vm.push_bound_frame(body, &[], &[], FrameKind::Entry)?;
        if let Some(f) = vm.frames.last_mut() {
            f.locals = d;
        }
        let depth = vm.frames.len();
        let cell = match vm.run_frames(depth, None)? {
            Outcome::Return(v) => v,
            Outcome::Yield(_) => Value::NONE,
        };
        vm.push_temp(cell);
        // A metaclass other than `type` is not supported (MicroPython does the same).
        let cls = class::new_class(vm, name, bases, d)?;
        vm.push_temp(cls);
        class::elide_derived_names(vm, cls)?;
        dict::shrink_to_fit(vm, d)?;
        if cell.as_heap().is_some_and(|i| vm.heap.kind(i) == crate::heap::ObjKind::Cell) {
            function::cell_set(vm, cell, cls);
        }
        Ok(cls)
    })();
    vm.pop_temps(mark);
    r
}

/// `dir([obj])`: sorted names.
fn dir(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut names: Vec<Value> = Vec::new();
    let ns = match args.first() {
        None => vm.frames.last().map(|f| if f.locals.is_null() { f.globals } else { f.locals }),
        Some(&o) if class::is_class(vm, o) => Some(class::materialize_dict(vm, o)?),
        Some(&o) => class::dict_slot(vm, o).map(|s| vm.heap.value(s)).filter(|d| d.is_heap()),
    };
    if let Some(d) = ns {
        names.extend(dict::items(vm, d).into_iter().map(|(k, _)| k));
    }
    if let Some(&o) = args.first() {
        if class::is_class(vm, o) || (!o.is_heap() && o.as_static().is_none()) {
        } else if let Some(c) = Some(crate::obj::object::type_of(vm, o)).filter(|c| class::is_class(vm, *c)) {
            for cc in class::mro(vm, c) {
                if class::is_class(vm, cc) {
                    let cd = class::materialize_dict(vm, cc)?;
                    names.extend(dict::items(vm, cd).into_iter().map(|(k, _)| k));
                }
            }
        }
    }
    let l = list::new(vm, names.len())?;
    let mark = vm.push_temp(l);
    for n in names {
        let present = crate::runtime::compare::contains(vm, l, n)?;
        if !present {
            list::push(vm, l, n)?;
        }
    }
    crate::methods::list::sort_list(vm, l, Value::NONE, false)?;
    vm.pop_temps(mark);
    Ok(l)
}
