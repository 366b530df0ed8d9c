//! The iteration protocol: `iter()`, `next()`, unpacking and `yield from` delegation.
//!
//! Builtin containers get native iterator objects (`obj::iter`); generators are their own
//! iterators; user classes use `__iter__`/`__next__` (or `__getitem__` with indices).
//! Exhaustion is `Ok(None)`, never a StopIteration in flight.

use crate::heap::ObjKind;
use crate::interp::generator;
use crate::interp::run::Outcome;
use crate::obj::exception::{TYPE_ERROR, VALUE_ERROR};
use crate::obj::iter::{self as it, IterKind};
use crate::obj::record::{self, Record};
use crate::obj::{dict, list, tuple};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `iter(obj)`.
pub fn get_iter(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let zero = Value::int_unchecked(0);
    if vm.is_str(obj) {
        return it::new(vm, IterKind::Str, &[obj, zero]);
    }
    if let Some(i) = obj.as_heap() {
        match vm.heap.kind(i) {
            ObjKind::List => return it::new(vm, IterKind::List, &[obj, zero]),
            ObjKind::Tuple => return it::new(vm, IterKind::Tuple, &[obj, zero]),
            ObjKind::Bytes | ObjKind::ByteArray => return it::new(vm, IterKind::Bytes, &[obj, zero]),
            ObjKind::Dict | ObjKind::Set | ObjKind::FrozenSet => {
                return it::new(vm, IterKind::Dict, &[obj, zero, zero])
            }
            ObjKind::Generator | ObjKind::Iter => return Ok(obj),
            ObjKind::Record => match record::which(vm, obj) {
                Some(Record::Range) => {
                    let (a, b, c) = (record::field(vm, obj, 0), record::field(vm, obj, 1), record::field(vm, obj, 2));
                    return it::new(vm, IterKind::Range, &[a, b, c]);
                }
                Some(Record::DictView) => {
                    let (d, w) = (record::field(vm, obj, 0), record::field(vm, obj, 1));
                    return it::new(vm, IterKind::Dict, &[d, zero, w]);
                }
                Some(Record::File) => return Ok(obj),
                _ => {}
            },
            ObjKind::Instance | ObjKind::Exception | ObjKind::Native => {
                if let Some(f) = super::attr::lookup_special(vm, obj, q::__iter__)? {
                    return vm.call(f, &[obj], &[]);
                }
                if super::attr::lookup_special(vm, obj, q::__getitem__)?.is_some() {
                    return it::new(vm, IterKind::GetItem, &[obj, zero]);
                }
                if let Some(nb) = crate::obj::class::native_base_of(vm, obj) {
                    return get_iter(vm, nb);
                }
            }
            _ => {}
        }
    }
    if vm.is_bytes(obj) {
        return it::new(vm, IterKind::Bytes, &[obj, zero]);
    }
    let t = super::types::type_name(vm, obj);
    Err(vm.raise_fmt(&TYPE_ERROR, format_args!("'{t}' object isn't iterable")))
}

/// What one step of an iterator produced.
pub enum Next {
    /// An item.
    Item(Value),
    /// Exhausted; the value carried by StopIteration (or a generator's return value).
    Done(Value),
}

/// `next(it)`: the next item, or `None` when exhausted.
#[inline]
pub fn iter_next(vm: &mut Vm, iter: Value) -> PyResult<Option<Value>> {
    match step(vm, iter)? {
        Next::Item(v) => Ok(Some(v)),
        Next::Done(_) => Ok(None),
    }
}

fn field(vm: &Vm, o: Value, k: usize) -> Value {
    vm.heap.value(o.heap_index_unchecked() + 1 + k)
}

fn set_field(vm: &mut Vm, o: Value, k: usize, v: Value) {
    vm.heap.set_value(o.heap_index_unchecked() + 1 + k, v)
}

/// One step of any iterator.
pub fn step(vm: &mut Vm, iter: Value) -> PyResult<Next> {
    let done = Next::Done(Value::NONE);
    let Some(i) = iter.as_heap() else {
        return Err(not_iterator(vm, iter));
    };
    match vm.heap.kind(i) {
        ObjKind::Iter => {}
        ObjKind::Record if record::which(vm, iter) == Some(Record::File) => {
            return Ok(match crate::vfs::file::next_line(vm, iter)? {
                Some(l) => Next::Item(l),
                None => done,
            });
        }
        ObjKind::Generator => {
            return Ok(match generator::resume(vm, iter, Value::NONE, None)? {
                Outcome::Yield(v) => Next::Item(v),
                Outcome::Return(v) => Next::Done(v),
            });
        }
        ObjKind::Instance | ObjKind::Exception | ObjKind::Native => {
            let Some(f) = super::attr::lookup_special(vm, iter, q::__next__)? else {
                return Err(not_iterator(vm, iter));
            };
            return match vm.call(f, &[iter], &[]) {
                Ok(v) => Ok(Next::Item(v)),
                Err(r) => {
                    let e = vm.exc;
                    if super::types::is_stop_iteration(vm, e) {
                        vm.exc = Value::NULL;
                        Ok(Next::Done(super::types::stop_iteration_value(vm, e)))
                    } else {
                        Err(r)
                    }
                }
            };
        }
        _ => return Err(not_iterator(vm, iter)),
    }
    let kind = IterKind::from_aux(vm.heap.header(i).aux());
    let pos = |vm: &Vm| field(vm, iter, 1).as_small_int().unwrap_or(0) as usize;
    match kind {
        Some(IterKind::List) => {
            let (l, p) = (field(vm, iter, 0), pos(vm));
            if p < list::len(vm, l) {
                set_field(vm, iter, 1, Value::int_unchecked(p as i64 + 1));
                return Ok(Next::Item(list::get(vm, l, p)));
            }
            Ok(done)
        }
        Some(IterKind::Tuple) => {
            let (t, p) = (field(vm, iter, 0), pos(vm));
            if p < tuple::len(vm, t) {
                set_field(vm, iter, 1, Value::int_unchecked(p as i64 + 1));
                return Ok(Next::Item(tuple::get(vm, t, p)));
            }
            Ok(done)
        }
        Some(IterKind::Range) => {
            let (cur, stop, stp) = (field(vm, iter, 0), field(vm, iter, 1), field(vm, iter, 2));
            if let (Some(c), Some(e), Some(s)) = (cur.as_small_int(), stop.as_small_int(), stp.as_small_int()) {
                if (s > 0 && c < e) || (s < 0 && c > e) {
                    let n = vm.new_int(c + s)?;
                    set_field(vm, iter, 0, n);
                    return Ok(Next::Item(cur));
                }
                return Ok(done);
            }
            crate::methods::range::big_range_step(vm, iter)
        }
        Some(IterKind::Str) => {
            let (s, p) = (field(vm, iter, 0), pos(vm));
            let bytes = vm.str_bytes(s).unwrap_or(&[]);
            if p >= bytes.len() {
                return Ok(done);
            }
            let n = crate::methods::str::utf8_char_len(bytes[p]);
            let ch = bytes[p..(p + n).min(bytes.len())].to_vec();
            set_field(vm, iter, 1, Value::int_unchecked((p + n) as i64));
            Ok(Next::Item(crate::obj::str::new(vm, &ch)?))
        }
        Some(IterKind::Bytes) => {
            let (b, p) = (field(vm, iter, 0), pos(vm));
            let data = crate::methods::bytes::buffer(vm, b).unwrap_or(&[]);
            if p < data.len() {
                let x = data[p];
                set_field(vm, iter, 1, Value::int_unchecked(p as i64 + 1));
                return Ok(Next::Item(Value::int_unchecked(x as i64)));
            }
            Ok(done)
        }
        Some(IterKind::Dict) => {
            let (d, p) = (field(vm, iter, 0), pos(vm));
            let which = field(vm, iter, 2).as_small_int().unwrap_or(0);
            match dict::next_entry(vm, d, p) {
                Some((next, k, v)) => {
                    set_field(vm, iter, 1, Value::int_unchecked(next as i64));
                    Ok(Next::Item(match which {
                        0 => k,
                        1 => v,
                        _ => tuple::new_from(vm, &[k, v])?,
                    }))
                }
                None => Ok(done),
            }
        }
        Some(IterKind::Enumerate) => {
            let inner = field(vm, iter, 0);
            match iter_next(vm, inner)? {
                Some(v) => {
                    let n = field(vm, iter, 1);
                    let mark = vm.push_temp(v);
                    let r = (|| {
                        let n1 = super::binop::binary_op(vm, super::binop::bop::ADD, n, Value::int_unchecked(1))?;
                        set_field(vm, iter, 1, n1);
                        tuple::new_from(vm, &[n, v])
                    })();
                    vm.pop_temps(mark);
                    Ok(Next::Item(r?))
                }
                None => Ok(done),
            }
        }
        Some(IterKind::Zip) => {
            let its = field(vm, iter, 0);
            let n = tuple::len(vm, its);
            if n == 0 {
                return Ok(done);
            }
            let out = tuple::alloc(vm, n)?;
            let mark = vm.push_temp(out);
            let r = (|| {
                for k in 0..n {
                    let sub = tuple::get(vm, its, k);
                    match iter_next(vm, sub)? {
                        Some(v) => tuple::set(vm, out, k, v),
                        None => return Ok(done),
                    }
                }
                Ok(Next::Item(out))
            })();
            vm.pop_temps(mark);
            r
        }
        Some(IterKind::Map) => {
            let (f, its) = (field(vm, iter, 0), field(vm, iter, 1));
            let n = tuple::len(vm, its);
            let args_list = list::new(vm, n)?;
            let mark = vm.push_temp(args_list);
            let r = (|| {
                for k in 0..n {
                    let sub = tuple::get(vm, its, k);
                    match iter_next(vm, sub)? {
                        Some(v) => list::push(vm, args_list, v)?,
                        None => return Ok(done),
                    }
                }
                let args = list::to_vec(vm, args_list);
                Ok(Next::Item(vm.call(f, &args, &[])?))
            })();
            vm.pop_temps(mark);
            r
        }
        Some(IterKind::Filter) => {
            let (f, inner) = (field(vm, iter, 0), field(vm, iter, 1));
            loop {
                let Some(v) = iter_next(vm, inner)? else {
                    return Ok(done);
                };
                let mark = vm.push_temp(v);
                let keep = if f.is_none() { vm.is_true(v) } else { vm.call(f, &[v], &[]).and_then(|r| vm.is_true(r)) };
                vm.pop_temps(mark);
                if keep? {
                    return Ok(Next::Item(v));
                }
            }
        }
        Some(IterKind::Reversed) => {
            let (seq, p) = (field(vm, iter, 0), pos(vm));
            if p == 0 {
                return Ok(done);
            }
            set_field(vm, iter, 1, Value::int_unchecked(p as i64 - 1));
            let idx = Value::int_unchecked(p as i64 - 1);
            Ok(Next::Item(super::subscr::get_item(vm, seq, idx)?))
        }
        Some(IterKind::GetItem) => {
            let (obj, p) = (field(vm, iter, 0), pos(vm));
            match super::subscr::get_item(vm, obj, Value::int_unchecked(p as i64)) {
                Ok(v) => {
                    set_field(vm, iter, 1, Value::int_unchecked(p as i64 + 1));
                    Ok(Next::Item(v))
                }
                Err(r) => {
                    let e = vm.exc;
                    if super::types::isinstance_static(vm, e, &crate::obj::exception::INDEX_ERROR)
                        || super::types::is_stop_iteration(vm, e)
                    {
                        vm.exc = Value::NULL;
                        Ok(done)
                    } else {
                        Err(r)
                    }
                }
            }
        }
        Some(IterKind::Callable) => {
            let (f, sentinel) = (field(vm, iter, 0), field(vm, iter, 1));
            let v = vm.call(f, &[], &[])?;
            if v == sentinel || super::compare::eq(vm, v, sentinel)? {
                return Ok(done);
            }
            Ok(Next::Item(v))
        }
        None => Err(not_iterator(vm, iter)),
    }
}

#[cold]
fn not_iterator(vm: &mut Vm, v: Value) -> crate::vm::Raised {
    let t = super::types::type_name(vm, v);
    vm.raise_fmt(&TYPE_ERROR, format_args!("'{t}' object isn't an iterator"))
}

/// Appends every item of `iterable` to `list`.
pub fn extend_list(vm: &mut Vm, l: Value, iterable: Value) -> PyResult<()> {
    if let Some(i) = iterable.as_heap() {
        if matches!(vm.heap.kind(i), ObjKind::List | ObjKind::Tuple) {
            let items =
                if vm.heap.kind(i) == ObjKind::List { list::to_vec(vm, iterable) } else { tuple::to_vec(vm, iterable) };
            list::reserve(vm, l, list::len(vm, l) + items.len())?;
            for v in items {
                list::push(vm, l, v)?;
            }
            return Ok(());
        }
    }
    let iter = get_iter(vm, iterable)?;
    let mark = vm.push_temp(iter);
    let r = (|| {
        while let Some(v) = iter_next(vm, iter)? {
            list::push(vm, l, v)?;
        }
        Ok(())
    })();
    vm.pop_temps(mark);
    r
}

/// A new list of every item of `iterable`.
pub fn collect_list(vm: &mut Vm, iterable: Value) -> PyResult<Value> {
    let l = list::new(vm, 0)?;
    let mark = vm.push_temp(l);
    let r = extend_list(vm, l, iterable);
    vm.pop_temps(mark);
    r.map(|_| l)
}

/// Unpacks `seq` into exactly `n` items (`UNPACK_SEQUENCE`), or, with `star = Some(before)`,
/// into `before` items, a list of the middle, and `n - before` items (`UNPACK_EX`).
pub fn unpack(vm: &mut Vm, seq: Value, n: usize, star: Option<usize>) -> PyResult<Vec<Value>> {
    let items_list = match seq.as_heap().map(|i| vm.heap.kind(i)) {
        Some(ObjKind::Tuple) | Some(ObjKind::List) => None,
        _ => Some(collect_list(vm, seq)?),
    };
    let items = match items_list {
        Some(l) => list::to_vec(vm, l),
        None if tuple::is_tuple(vm, seq) => tuple::to_vec(vm, seq),
        None => list::to_vec(vm, seq),
    };
    let mark = vm.push_temp(items_list.unwrap_or(Value::NULL));
    let r = (|| match star {
        None => {
            if items.len() < n {
                let got = items.len();
                return Err(vm.raise_fmt(&VALUE_ERROR, format_args!("need more than {got} values to unpack")));
            }
            if items.len() > n {
                return Err(vm.raise_fmt(&VALUE_ERROR, format_args!("too many values to unpack (expected {n})")));
            }
            Ok(items.clone())
        }
        Some(before) => {
            if items.len() < n {
                let got = items.len();
                return Err(vm.raise_fmt(&VALUE_ERROR, format_args!("need more than {got} values to unpack")));
            }
            let after = n - before;
            let middle = list::new_from(vm, &items[before..items.len() - after])?;
            let mut out = items[..before].to_vec();
            out.push(middle);
            out.extend_from_slice(&items[items.len() - after..]);
            Ok(out)
        }
    })();
    vm.pop_temps(mark);
    r
}

/// One step of `yield from it` (bytecode-v6.md §8.2): sends `send` (or throws `throw`)
/// into the sub-iterator.
pub fn delegate(vm: &mut Vm, iter: Value, send: Value, throw: Option<Value>) -> PyResult<Outcome> {
    if generator::is_generator(vm, iter) {
        return generator::resume(vm, iter, send, throw);
    }
    let finish = |vm: &mut Vm, r: PyResult<Value>| -> PyResult<Outcome> {
        match r {
            Ok(v) => Ok(Outcome::Yield(v)),
            Err(e) => {
                let x = vm.exc;
                if super::types::is_stop_iteration(vm, x) {
                    vm.exc = Value::NULL;
                    Ok(Outcome::Return(super::types::stop_iteration_value(vm, x)))
                } else {
                    Err(e)
                }
            }
        }
    };
    match throw {
        None if send.is_none() => Ok(match step(vm, iter)? {
            Next::Item(v) => Outcome::Yield(v),
            Next::Done(v) => Outcome::Return(v),
        }),
        None => {
            let r = vm.call_method(iter, q::send, &[send]);
            finish(vm, r)
        }
        Some(t) => {
            if super::types::is_generator_exit(vm, t) {
                if let Some(close) = super::attr::find_attr(vm, iter, q::close)? {
                    let r = vm.call(close, &[], &[])?;
                    return Ok(Outcome::Return(r));
                }
                return Err(vm.raise(t));
            }
            match super::attr::find_attr(vm, iter, q::throw)? {
                Some(th) => {
                    let r = vm.call(th, &[t], &[]);
                    finish(vm, r)
                }
                None => Err(vm.raise(t)),
            }
        }
    }
}
