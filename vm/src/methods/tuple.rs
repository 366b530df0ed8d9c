//! `tuple`: constructor and methods.

use crate::native_fn;
use crate::obj::exception::VALUE_ERROR;
use crate::obj::native::Attr;
use crate::obj::tuple;
use crate::qstr::{q, Qstr};
use crate::runtime::compare::eq;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

native_fn!(TUPLE_COUNT, q::count, 2, 2, |vm, a, _| {
    let mut n = 0;
    for v in tuple::to_vec(vm, a[0]) {
        if v == a[1] || eq(vm, v, a[1])? {
            n += 1;
        }
    }
    vm.new_int(n)
});
native_fn!(TUPLE_INDEX, q::index, 2, 4, |vm, a, _| {
    let items = tuple::to_vec(vm, a[0]);
    match super::list::position_in(vm, &items, a)? {
        Some(k) => vm.new_int(k as i64),
        None => Err(vm.raise_msg(&VALUE_ERROR, "object not in sequence")),
    }
});

/// Attributes of `tuple`.
pub fn attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::count => Attr::Method(&TUPLE_COUNT),
        q::index => Attr::Method(&TUPLE_INDEX),
        _ => return None,
    })
}

/// `tuple(iterable=())`.
pub fn make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.get(1) {
        None => tuple::empty(vm),
        Some(&it) if tuple::is_tuple(vm, it) => Ok(it),
        Some(&it) => {
            let l = crate::runtime::iter::collect_list(vm, it)?;
            let mark = vm.push_temp(l);
            let items = crate::obj::list::to_vec(vm, l);
            let r = tuple::new_from(vm, &items);
            vm.pop_temps(mark);
            r
        }
    }
}
