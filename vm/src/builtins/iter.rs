//! Iteration builtins: iter, next, enumerate, zip, map, filter, reversed, sorted, min, max,
//! sum, any, all.

use crate::methods::args::{check_kw, kwarg};
use crate::native_fn;
use crate::obj::exception::{STOP_ITERATION, TYPE_ERROR, VALUE_ERROR};
use crate::obj::iter::{self as it, IterKind};
use crate::obj::{list, tuple};
use crate::qstr::q;
use crate::runtime::binop::{binary_op, bop};
use crate::runtime::iter::{collect_list, get_iter, iter_next};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

native_fn!(pub ITER, q::iter, 1, 2, |vm, a, _| {
    if a.len() == 2 {
        return it::new(vm, IterKind::Callable, &[a[0], a[1]]);
    }
    get_iter(vm, a[0])
});
native_fn!(pub NEXT, q::next, 1, 2, |vm, a, _| {
    match crate::runtime::iter::step(vm, a[0])? {
        crate::runtime::iter::Next::Item(v) => Ok(v),
        crate::runtime::iter::Next::Done(value) => match a.get(1) {
            Some(&d) => Ok(d),
            None if value.is_none() => Err(vm.raise_bare(&STOP_ITERATION)),
            None => Err(vm.raise_with(&STOP_ITERATION, value)),
        },
    }
});
native_fn!(pub ENUMERATE, q::enumerate, 1, 2, kw, |vm, a, kw| {
    let start = a.get(1).copied().or_else(|| kwarg(vm, kw, q::start)).unwrap_or(Value::int_unchecked(0));
    let i = get_iter(vm, a[0])?;
    // The new iterator is only referenced from Rust until `it::new` returns: root it.
    let mark = vm.push_temp(i);
    let r = it::new(vm, IterKind::Enumerate, &[i, start]);
    vm.pop_temps(mark);
    r
});
native_fn!(pub ZIP, q::zip, 0, u16::MAX, |vm, a, _| {
    let t = tuple::alloc(vm, a.len())?;
    let mark = vm.push_temp(t);
    let r = (|| {
        for (k, v) in a.iter().enumerate() {
            let i = get_iter(vm, *v)?;
            tuple::set(vm, t, k, i);
        }
        it::new(vm, IterKind::Zip, &[t])
    })();
    vm.pop_temps(mark);
    r
});
native_fn!(pub MAP, q::map, 2, u16::MAX, |vm, a, _| {
    let t = tuple::alloc(vm, a.len() - 1)?;
    let mark = vm.push_temp(t);
    let r = (|| {
        for (k, v) in a[1..].iter().enumerate() {
            let i = get_iter(vm, *v)?;
            tuple::set(vm, t, k, i);
        }
        it::new(vm, IterKind::Map, &[a[0], t])
    })();
    vm.pop_temps(mark);
    r
});
native_fn!(pub FILTER, q::filter, 2, 2, |vm, a, _| {
    let i = get_iter(vm, a[1])?;
    let mark = vm.push_temp(i);
    let r = it::new(vm, IterKind::Filter, &[a[0], i]);
    vm.pop_temps(mark);
    r
});
native_fn!(pub REVERSED, q::reversed, 1, 1, |vm, a, _| {
    if let Some(f) = crate::runtime::attr::lookup_special(vm, a[0], q::__reversed__)? {
        return vm.call(f, &[a[0]], &[]);
    }
    let n = vm.len_of(a[0])?;
    it::new(vm, IterKind::Reversed, &[a[0], Value::int_unchecked(n as i64)])
});
native_fn!(pub SORTED, q::sorted, 1, 1, kw, |vm, a, kw| {
    check_kw(vm, kw, &[q::key, q::reverse])?;
    let l = collect_list(vm, a[0])?;
    let mark = vm.push_temp(l);
    let key = kwarg(vm, kw, q::key).unwrap_or(Value::NONE);
    let reverse = match kwarg(vm, kw, q::reverse) {
        Some(r) => vm.is_true(r),
        None => Ok(false),
    };
    let r = reverse.and_then(|rev| crate::methods::list::sort_list(vm, l, key, rev));
    vm.pop_temps(mark);
    r.map(|_| l)
});
native_fn!(pub MIN, q::min, 1, u16::MAX, kw, |vm, a, kw| min_max(vm, a, kw, bop::LT));
native_fn!(pub MAX, q::max, 1, u16::MAX, kw, |vm, a, kw| min_max(vm, a, kw, bop::GT));
native_fn!(pub SUM, q::sum, 1, 2, kw, |vm, a, kw| {
    let mut acc = a.get(1).copied().or_else(|| kwarg(vm, kw, q::start)).unwrap_or(Value::int_unchecked(0));
    if vm.is_str(acc) {
        return Err(vm.raise_msg(&TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let i = get_iter(vm, a[0])?;
    let mark = vm.push_temp(i);
    let slot = vm.push_temp(acc);
    let r = (|| {
        while let Some(v) = iter_next(vm, i)? {
            acc = match crate::runtime::binop::small_int_fast(bop::ADD, acc, v) {
                Some(r) => r,
                None => binary_op(vm, bop::ADD, acc, v)?,
            };
            vm.temps[slot] = acc;
        }
        Ok(acc)
    })();
    vm.pop_temps(mark);
    r
});
native_fn!(pub ANY, q::any, 1, 1, |vm, a, _| any_all(vm, a[0], true));
native_fn!(pub ALL, q::all, 1, 1, |vm, a, _| any_all(vm, a[0], false));

fn any_all(vm: &mut Vm, iterable: Value, any: bool) -> PyResult<Value> {
    let i = get_iter(vm, iterable)?;
    let mark = vm.push_temp(i);
    let r = (|| {
        while let Some(v) = iter_next(vm, i)? {
            if vm.is_true(v)? == any {
                return Ok(Value::bool(any));
            }
        }
        Ok(Value::bool(!any))
    })();
    vm.pop_temps(mark);
    r
}

fn min_max(vm: &mut Vm, args: &[Value], kw: &[Value], op: u8) -> PyResult<Value> {
    check_kw(vm, kw, &[q::key, q::default])?;
    let key = kwarg(vm, kw, q::key).filter(|k| !k.is_none());
    let default = kwarg(vm, kw, q::default);
    let items = if args.len() == 1 { collect_list(vm, args[0])? } else { list::new_from(vm, args)? };
    let mark = vm.push_temp(items);
    let r = (|| {
        let values = list::to_vec(vm, items);
        if values.is_empty() {
            return match default {
                Some(d) => Ok(d),
                None => {
                    let name = if op == bop::LT { "min" } else { "max" };
                    Err(vm.raise_fmt(&VALUE_ERROR, format_args!("{name}() arg is an empty sequence")))
                }
            };
        }
        let mut best = values[0];
        let mut best_key = match key {
            Some(k) => vm.call(k, &[best], &[])?,
            None => best,
        };
        let slot = vm.push_temp(best_key);
        for v in &values[1..] {
            let k = match key {
                Some(kf) => vm.call(kf, &[*v], &[])?,
                None => *v,
            };
            let better = match crate::runtime::compare::compare(vm, op, k, best_key)? {
                Some(b) => b,
                None => return Err(crate::runtime::binop::unsupported(vm, op, k, best_key)),
            };
            if better {
                best = *v;
                best_key = k;
                vm.temps[slot] = k;
            }
        }
        Ok(best)
    })();
    vm.pop_temps(mark);
    r
}
