//! `set` and `frozenset`: constructors, methods and operators.

use crate::heap::ObjKind;
use crate::native_fn;
use crate::obj::exception::KEY_ERROR;
use crate::obj::native::Attr;
use crate::obj::{list, set};
use crate::qstr::{q, Qstr};
use crate::runtime::binop::bop;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn is_frozen(vm: &Vm, s: Value) -> bool {
    s.as_heap().is_some_and(|i| vm.heap.kind(i) == ObjKind::FrozenSet)
}

/// A new set (or frozenset, like `like`) holding `items`.
fn from_items(vm: &mut Vm, frozen: bool, items: &[Value]) -> PyResult<Value> {
    let s = if frozen { set::new_frozen(vm, items.len())? } else { set::new(vm, items.len())? };
    let mark = vm.push_temp(s);
    let r = (|| {
        for v in items {
            set::add(vm, s, *v)?;
        }
        Ok(s)
    })();
    vm.pop_temps(mark);
    r
}

/// The items of any iterable, collected into a rooted list and copied out.
fn iter_items(vm: &mut Vm, it: Value) -> PyResult<(Value, Vec<Value>)> {
    if set::is_set_like(vm, it) {
        return Ok((it, set::items(vm, it)));
    }
    let l = crate::runtime::iter::collect_list(vm, it)?;
    Ok((l, list::to_vec(vm, l)))
}

fn combine(vm: &mut Vm, a: Value, others: &[Value], op: u8, frozen: bool) -> PyResult<Value> {
    let mut acc = set::items(vm, a);
    let mark = vm.temps.len();
    for o in others {
        let (root, items) = iter_items(vm, *o)?;
        vm.push_temp(root);
        let other = from_items(vm, false, &items)?;
        vm.push_temp(other);
        let mut next = Vec::new();
        match op {
            bop::OR => {
                next = acc.clone();
                for v in items {
                    if !contains_vec(vm, &next, v)? {
                        next.push(v);
                    }
                }
            }
            bop::AND => {
                for v in acc.iter() {
                    if set::contains(vm, other, *v)? {
                        next.push(*v);
                    }
                }
            }
            bop::SUB => {
                for v in acc.iter() {
                    if !set::contains(vm, other, *v)? {
                        next.push(*v);
                    }
                }
            }
            _ => {
                let mine = from_items(vm, false, &acc)?;
                vm.push_temp(mine);
                for v in acc.iter() {
                    if !set::contains(vm, other, *v)? {
                        next.push(*v);
                    }
                }
                for v in items {
                    if !set::contains(vm, mine, v)? {
                        next.push(v);
                    }
                }
            }
        }
        acc = next;
    }
    let r = from_items(vm, frozen, &acc);
    vm.pop_temps(mark);
    r
}

fn contains_vec(vm: &mut Vm, items: &[Value], v: Value) -> PyResult<bool> {
    for x in items {
        if *x == v || crate::runtime::compare::eq(vm, *x, v)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn update(vm: &mut Vm, s: Value, others: &[Value], op: u8) -> PyResult<()> {
    let r = combine(vm, s, others, op, false)?;
    let mark = vm.push_temp(r);
    let items = set::items(vm, r);
    crate::obj::dict::clear(vm, s);
    let out = (|| {
        for v in items {
            set::add(vm, s, v)?;
        }
        Ok(())
    })();
    vm.pop_temps(mark);
    out
}

native_fn!(SET_ADD, q::add, 2, 2, |vm, a, _| {
    set::add(vm, a[0], a[1])?;
    Ok(Value::NONE)
});
native_fn!(SET_REMOVE, q::remove, 2, 2, |vm, a, _| {
    if set::discard(vm, a[0], a[1])? {
        Ok(Value::NONE)
    } else {
        Err(vm.raise_with(&KEY_ERROR, a[1]))
    }
});
native_fn!(SET_DISCARD, q::discard, 2, 2, |vm, a, _| {
    set::discard(vm, a[0], a[1])?;
    Ok(Value::NONE)
});
native_fn!(SET_POP, q::pop, 1, 1, |vm, a, _| {
    match set::items(vm, a[0]).first() {
        Some(&v) => {
            set::discard(vm, a[0], v)?;
            Ok(v)
        }
        None => Err(vm.raise_msg(&KEY_ERROR, "pop from an empty set")),
    }
});
native_fn!(SET_CLEAR, q::clear, 1, 1, |vm, a, _| {
    crate::obj::dict::clear(vm, a[0]);
    Ok(Value::NONE)
});
native_fn!(SET_COPY, q::copy, 1, 1, |vm, a, _| {
    let items = set::items(vm, a[0]);
    let f = is_frozen(vm, a[0]);
    from_items(vm, f, &items)
});
native_fn!(SET_UNION, q::union, 1, u16::MAX, |vm, a, _| {
    let f = is_frozen(vm, a[0]);
    combine(vm, a[0], &a[1..], bop::OR, f)
});
native_fn!(SET_INTERSECTION, q::intersection, 1, u16::MAX, |vm, a, _| {
    let f = is_frozen(vm, a[0]);
    combine(vm, a[0], &a[1..], bop::AND, f)
});
native_fn!(SET_DIFFERENCE, q::difference, 1, u16::MAX, |vm, a, _| {
    let f = is_frozen(vm, a[0]);
    combine(vm, a[0], &a[1..], bop::SUB, f)
});
native_fn!(SET_SYMDIFF, q::symmetric_difference, 2, 2, |vm, a, _| {
    let f = is_frozen(vm, a[0]);
    combine(vm, a[0], &a[1..], bop::XOR, f)
});
native_fn!(SET_UPDATE, q::update, 1, u16::MAX, |vm, a, _| {
    update(vm, a[0], &a[1..], bop::OR)?;
    Ok(Value::NONE)
});
native_fn!(SET_IUPDATE, q::intersection_update, 2, u16::MAX, |vm, a, _| {
    update(vm, a[0], &a[1..], bop::AND)?;
    Ok(Value::NONE)
});
native_fn!(SET_DUPDATE, q::difference_update, 2, u16::MAX, |vm, a, _| {
    update(vm, a[0], &a[1..], bop::SUB)?;
    Ok(Value::NONE)
});
native_fn!(SET_SUPDATE, q::symmetric_difference_update, 2, 2, |vm, a, _| {
    update(vm, a[0], &a[1..], bop::XOR)?;
    Ok(Value::NONE)
});
native_fn!(SET_ISSUBSET, q::issubset, 2, 2, |vm, a, _| subset(vm, a[0], a[1]).map(Value::bool));
native_fn!(SET_ISSUPERSET, q::issuperset, 2, 2, |vm, a, _| subset(vm, a[1], a[0]).map(Value::bool));
native_fn!(SET_ISDISJOINT, q::isdisjoint, 2, 2, |vm, a, _| {
    let (root, items) = iter_items(vm, a[1])?;
    let mark = vm.push_temp(root);
    let mut r = Ok(Value::TRUE);
    for v in items {
        match set::contains(vm, a[0], v) {
            Ok(true) => {
                r = Ok(Value::FALSE);
                break;
            }
            Ok(false) => {}
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    vm.pop_temps(mark);
    r
});

fn subset(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let (root, items) = iter_items(vm, b)?;
    let mark = vm.push_temp(root);
    let r = (|| {
        let other = from_items(vm, false, &items)?;
        vm.push_temp(other);
        let (root_a, mine) = iter_items(vm, a)?;
        vm.push_temp(root_a);
        for v in mine {
            if !set::contains(vm, other, v)? {
                return Ok(false);
            }
        }
        Ok(true)
    })();
    vm.pop_temps(mark);
    r
}

/// Attributes of `set`.
pub fn attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::add => Attr::Method(&SET_ADD),
        q::remove => Attr::Method(&SET_REMOVE),
        q::discard => Attr::Method(&SET_DISCARD),
        q::pop => Attr::Method(&SET_POP),
        q::clear => Attr::Method(&SET_CLEAR),
        q::update => Attr::Method(&SET_UPDATE),
        q::intersection_update => Attr::Method(&SET_IUPDATE),
        q::difference_update => Attr::Method(&SET_DUPDATE),
        q::symmetric_difference_update => Attr::Method(&SET_SUPDATE),
        _ => return frozenset_attrs(name),
    })
}

/// Attributes of `frozenset`.
pub fn frozenset_attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::copy => Attr::Method(&SET_COPY),
        q::union => Attr::Method(&SET_UNION),
        q::intersection => Attr::Method(&SET_INTERSECTION),
        q::difference => Attr::Method(&SET_DIFFERENCE),
        q::symmetric_difference => Attr::Method(&SET_SYMDIFF),
        q::issubset => Attr::Method(&SET_ISSUBSET),
        q::issuperset => Attr::Method(&SET_ISSUPERSET),
        q::isdisjoint => Attr::Method(&SET_ISDISJOINT),
        _ => return None,
    })
}

/// `set(iterable=())`.
pub fn make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.get(1) {
        None => set::new(vm, 0),
        Some(&it) => {
            let (root, items) = iter_items(vm, it)?;
            let mark = vm.push_temp(root);
            let r = from_items(vm, false, &items);
            vm.pop_temps(mark);
            r
        }
    }
}

/// `frozenset(iterable=())`.
pub fn frozenset_make_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.get(1) {
        None => set::new_frozen(vm, 0),
        Some(&it) => {
            let (root, items) = iter_items(vm, it)?;
            let mark = vm.push_temp(root);
            let r = from_items(vm, true, &items);
            vm.pop_temps(mark);
            r
        }
    }
}

/// `|`, `&`, `-`, `^` (and in-place forms) for sets.
pub fn binop(vm: &mut Vm, op: u8, inplace: bool, a: Value, b: Value) -> PyResult<Option<Value>> {
    if !set::is_set_like(vm, b) || !matches!(op, bop::OR | bop::AND | bop::SUB | bop::XOR) {
        return Ok(None);
    }
    if inplace && !is_frozen(vm, a) {
        update(vm, a, &[b], op)?;
        return Ok(Some(a));
    }
    let f = is_frozen(vm, a);
    combine(vm, a, &[b], op, f).map(Some)
}

/// Set equality.
pub fn set_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if crate::obj::dict::len(vm, a) != crate::obj::dict::len(vm, b) {
        return Ok(false);
    }
    subset(vm, a, b)
}

/// `<`, `>`, `<=`, `>=` for sets (subset relations).
pub fn set_compare(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<bool> {
    let (la, lb) = (crate::obj::dict::len(vm, a), crate::obj::dict::len(vm, b));
    Ok(match op {
        bop::LE => subset(vm, a, b)?,
        bop::GE => subset(vm, b, a)?,
        bop::LT => la < lb && subset(vm, a, b)?,
        _ => la > lb && subset(vm, b, a)?,
    })
}
