//! Calling: dispatch on the callee, argument binding into a new frame, native calls, class
//! instantiation, and `*args`/`**kwargs` expansion.
//!
//! A call of a bytecode function from the interpreter only *sets up* the callee's frame
//! (`Setup::Pushed`) and the loop continues in it; everything else completes at once
//! (`Setup::Done`). `Vm::call` is the entry for native code: it runs a pushed frame to
//! completion with a nested run of the loop.

use super::code::{Prelude, SCOPE_DEFKWARGS, SCOPE_GENERATOR, SCOPE_VARARGS, SCOPE_VARKEYWORDS};
use super::frame::{Frame, FrameKind};
use super::run::Outcome;
use crate::heap::ObjKind;
use crate::obj::exception::{RUNTIME_ERROR, TYPE_ERROR};
use crate::obj::native::{NativeFn, StaticObj};
use crate::obj::{dict, function, tuple};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What a call set up.
pub enum Setup {
    /// The call completed with this result.
    Done(Value),
    /// A bytecode frame was pushed; the loop must run it.
    Pushed,
}

/// Builds `[first] + rest` in a stack buffer and passes it to `f`.
fn with_prepended<R>(first: Value, rest: &[Value], f: impl FnOnce(&[Value]) -> R) -> R {
    let mut buf = [Value::NULL; 16];
    if rest.len() < buf.len() {
        buf[0] = first;
        buf[1..=rest.len()].copy_from_slice(rest);
        f(&buf[..=rest.len()])
    } else {
        let mut v = Vec::with_capacity(rest.len() + 1);
        v.push(first);
        v.extend_from_slice(rest);
        f(&v)
    }
}

impl Vm {
    /// Calls `fun` with positional `args` and keyword pairs `kw` from native code.
    pub fn call(&mut self, fun: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
        self.check_stack()?;
        match self.call_setup(fun, args, kw, FrameKind::Entry)? {
            Setup::Done(v) => Ok(v),
            Setup::Pushed => {
                let depth = self.frames.len();
                match self.run_frames(depth, None)? {
                    Outcome::Return(v) => Ok(v),
                    Outcome::Yield(_) => Err(self.raise_msg(&RUNTIME_ERROR, "unexpected yield")),
                }
            }
        }
    }

    /// Calls a method pair from `LOAD_METHOD`: `meth(self, *args)` if `self_` is not NULL,
    /// else `meth(*args)`.
    pub fn call_method_value(&mut self, meth: Value, self_: Value, args: &[Value]) -> PyResult<Value> {
        if self_.is_null() {
            self.call(meth, args, &[])
        } else {
            with_prepended(self_, args, |a| self.call(meth, a, &[]))
        }
    }

    /// Looks up method `name` on `obj` and calls it.
    pub fn call_method(&mut self, obj: Value, name: crate::qstr::Qstr, args: &[Value]) -> PyResult<Value> {
        let (m, s) = crate::runtime::attr::load_method(self, obj, name)?;
        let mark = self.push_temp(m);
        self.push_temp(s);
        let r = self.call_method_value(m, s, args);
        self.pop_temps(mark);
        r
    }

    /// Dispatches a call on the callee's kind.
    pub fn call_setup(&mut self, fun: Value, args: &[Value], kw: &[Value], kind: FrameKind) -> PyResult<Setup> {
        if let Some(i) = fun.as_heap() {
            match self.heap.kind(i) {
                ObjKind::Function => return self.call_function(fun, args, kw, kind),
                ObjKind::BoundMethod => {
                    let (s, f) = function::bound_parts(self, fun);
                    return with_prepended(s, args, |a| self.call_setup(f, a, kw, kind));
                }
                ObjKind::Class => return crate::obj::class::instantiate(self, fun, args, kw, kind),
                _ => {}
            }
        } else if let Some(s) = fun.as_static() {
            return match s {
                StaticObj::Function(f) => Ok(Setup::Done(self.call_native(f, args, kw)?)),
                StaticObj::Type(t) => match t.make_new {
                    Some(make_new) => with_prepended(fun, args, |a| make_new(self, a, kw)).map(Setup::Done),
                    None => {
                        let name = self.qstr_str(t.name).to_string();
                        Err(self.raise_fmt(&TYPE_ERROR, format_args!("cannot create '{name}' instances")))
                    }
                },
                StaticObj::Module(_) => Err(self.raise_not_callable(fun)),
            };
        }
        // Instances with __call__.
        if let Some(call) = crate::runtime::attr::lookup_special(self, fun, crate::qstr::q::__call__)? {
            return with_prepended(fun, args, |a| self.call_setup(call, a, kw, kind));
        }
        Err(self.raise_not_callable(fun))
    }

    #[cold]
    fn raise_not_callable(&mut self, fun: Value) -> crate::vm::Raised {
        let t = crate::runtime::types::type_name(self, fun);
        self.raise_fmt(&TYPE_ERROR, format_args!("'{t}' object isn't callable"))
    }

    /// Calls a native function, checking its argument counts.
    pub fn call_native(&mut self, f: &'static NativeFn, args: &[Value], kw: &[Value]) -> PyResult<Value> {
        if !kw.is_empty() && !f.takes_kw {
            return Err(self.raise_msg(&TYPE_ERROR, "function doesn't take keyword arguments"));
        }
        let n = args.len();
        if n < f.min_args as usize {
            let missing = f.min_args as usize - n;
            return Err(
                self.raise_fmt(&TYPE_ERROR, format_args!("function missing {missing} required positional arguments"))
            );
        }
        if f.max_args != u16::MAX && n > f.max_args as usize {
            return Err(if f.min_args == f.max_args {
                self.raise_fmt(
                    &TYPE_ERROR,
                    format_args!("function takes {} positional arguments but {n} were given", f.max_args),
                )
            } else {
                self.raise_fmt(&TYPE_ERROR, format_args!("function expected at most {} arguments, got {n}", f.max_args))
            });
        }
        (f.f)(self, args, kw)
    }

    /// Calls a bytecode function: binds the arguments into a new frame and pushes it, or,
    /// for a generator function, returns a new generator.
    fn call_function(&mut self, func: Value, args: &[Value], kw: &[Value], kind: FrameKind) -> PyResult<Setup> {
        if self.frames.len() >= self.config.max_frames {
            return Err(self.raise_msg(&RUNTIME_ERROR, "maximum recursion depth exceeded"));
        }
        let is_gen = self.push_bound_frame(func, args, kw, kind)?;
        if is_gen {
            let f = self.frames.pop().expect("generator frame");
            let g = super::generator::new(self, func, &f)?;
            return Ok(Setup::Done(g));
        }
        Ok(Setup::Pushed)
    }

    /// The function data (start, length in the source) and decoded prelude of the raw code
    /// at `raw_offset` of `source`, through the prelude cache.
    #[inline]
    pub(crate) fn function_data(&mut self, source: u16, raw_offset: u32) -> (usize, usize, Prelude) {
        let key = (source as u64) << 32 | raw_offset as u64;
        if let Some(e) = self.caches.prelude(key) {
            return (e.data_start as usize, e.data_len as usize, e.prelude);
        }
        let src = self.sources.bytes(&self.heap, source);
        let (data_start, data_len, _, _) = super::code::raw_code_header(src, raw_offset as usize);
        let p = Prelude::decode(&src[data_start..data_start + data_len]);
        let e =
            super::cache::PreludeEntry { key, data_start: data_start as u32, data_len: data_len as u32, prelude: p };
        self.caches.set_prelude(e);
        (data_start, data_len, p)
    }

    /// Pushes a frame for `func` with the arguments bound (spec §10). Returns whether the
    /// function is a generator (its frame is then on top but must not run).
    pub(crate) fn push_bound_frame(
        &mut self,
        func: Value,
        args: &[Value],
        kw: &[Value],
        kind: FrameKind,
    ) -> PyResult<bool> {
        let (code, raw_offset, dpos, dkw, cells) = function::parts(self, func);
        let source = function::code_word(self, code, function::code::SOURCE) as u16;
        let globals = function::code_globals(self, code);
        let (data_start, data_len, p) = self.function_data(source, raw_offset);
        let src = self.sources.bytes(&self.heap, source);
        let data_ptr = src[data_start..data_start + data_len].as_ptr();
        let chunk = super::frame::alloc_frame(self, p.n_state, p.n_exc_stack, p.scope_flags & SCOPE_GENERATOR == 0)?;
        let kind = if p.scope_flags & SCOPE_GENERATOR != 0 { FrameKind::Normal } else { kind };
        self.frames.push(Frame {
            chunk,
            code,
            func,
            raw_offset,
            data: data_ptr,
            data_len: data_len as u32,
            code_start: p.code_start,
            ip: 0,
            op_ip: 0,
            sp: 0,
            n_state: p.n_state,
            exc_sp: 0,
            n_exc: p.n_exc_stack,
            locals: Value::NULL,
            globals,
            kind,
        });
        if let Err(e) = self.bind_args(&p, dpos, dkw, cells, args, kw) {
            let f = self.frames.pop().expect("frame being bound");
            super::frame::free_frame(self, f.chunk);
            return Err(e);
        }
        Ok(p.scope_flags & SCOPE_GENERATOR != 0)
    }

    /// Binds arguments into the top frame's locals.
    fn bind_args(
        &mut self,
        p: &Prelude,
        dpos: Value,
        dkw: Value,
        cells: Value,
        args: &[Value],
        kw: &[Value],
    ) -> PyResult<()> {
        let fi = self.frames.len() - 1;
        let base = self.frames[fi].state_base();
        let (data_ptr, data_len) = (self.frames[fi].data, self.frames[fi].data_len as usize);
        // SAFETY: the function data lives in a registered source, which is never freed or
        // changed while the VM exists (see `Frame::data`); the slice does not outlive this call.
        let data: &[u8] = unsafe { std::slice::from_raw_parts(data_ptr, data_len) };
        let n_state = p.n_state as usize;
        let local = |i: usize| base + n_state - 1 - i;
        let n_cells = if cells.is_null() { 0 } else { tuple::len(self, cells) };
        let n_pos = p.n_pos_args as usize;
        let n_kwonly = p.n_kwonly_args as usize;
        let n_def = p.n_def_pos_args as usize;
        let flags = p.scope_flags;
        let n_args = n_cells + args.len();
        // Fast path: exactly the positional parameters, nothing else to do.
        if n_args == n_pos && kw.is_empty() && flags & !SCOPE_GENERATOR == 0 && n_kwonly == 0 {
            for k in 0..n_cells {
                let c = tuple::get(self, cells, k);
                self.heap.set_value(local(k), c);
            }
            for (k, a) in args.iter().enumerate() {
                self.heap.set_value(local(n_cells + k), *a);
            }
            return self.make_cells(p, data, base, n_state);
        }
        let pos_arg = |vm: &Vm, i: usize| if i < n_cells { tuple::get(vm, cells, i) } else { args[i - n_cells] };
        let mut n_args = n_args;
        let varargs_slot = n_pos + n_kwonly;
        let varkw_slot = varargs_slot + (flags & SCOPE_VARARGS != 0) as usize;
        if n_args > n_pos {
            if flags & SCOPE_VARARGS == 0 {
                let fname = self.frame_name(fi);
                return Err(self.raise_fmt(
                    &TYPE_ERROR,
                    format_args!("{fname}() takes {n_pos} positional arguments but {n_args} were given"),
                ));
            }
            let t = tuple::alloc(self, n_args - n_pos)?;
            for i in n_pos..n_args {
                let v = pos_arg(self, i);
                tuple::set(self, t, i - n_pos, v);
            }
            self.heap.set_value(local(varargs_slot), t);
            n_args = n_pos;
        } else {
            if flags & SCOPE_VARARGS != 0 {
                let t = tuple::empty(self)?;
                self.heap.set_value(local(varargs_slot), t);
            }
            if kw.is_empty() && flags & SCOPE_DEFKWARGS == 0 {
                if n_args + n_def >= n_pos {
                    for i in n_args..n_pos {
                        let d = tuple::get(self, dpos, i - (n_pos - n_def));
                        self.heap.set_value(local(i), d);
                    }
                } else {
                    let fname = self.frame_name(fi);
                    let want = n_pos - n_def;
                    return Err(self.raise_fmt(
                        &TYPE_ERROR,
                        format_args!("{fname}() takes {want} positional arguments but {n_args} were given"),
                    ));
                }
            }
        }
        for i in 0..n_args {
            let v = pos_arg(self, i);
            self.heap.set_value(local(i), v);
        }
        if !kw.is_empty() || flags & SCOPE_DEFKWARGS != 0 {
            let mut varkw = Value::NULL;
            if flags & SCOPE_VARKEYWORDS != 0 {
                varkw = dict::new(self, 0)?;
                self.heap.set_value(local(varkw_slot), varkw);
            }
            let code = self.frames[fi].code;
            for pair in kw.chunks(2) {
                let (k, v) = (pair[0], pair[1]);
                let kq = self.str_to_qstr(k)?;
                // Argument names are interned on their first keyword use, so later calls
                // compare ids.
                let mut pos = None;
                for (j, n) in p.arg_name_indices(data).enumerate() {
                    match function::code_qstr(self, code, n as usize) {
                        Some(q) if q == kq => {
                            pos = Some(j);
                            break;
                        }
                        Some(_) => {}
                        None => return Err(self.raise_memory_error()),
                    }
                }
                match pos {
                    Some(j) => {
                        if !self.heap.value(local(j)).is_null() {
                            let kname = self.qstr_str(kq).to_string();
                            return Err(self.raise_fmt(
                                &TYPE_ERROR,
                                format_args!("function got multiple values for argument '{kname}'"),
                            ));
                        }
                        self.heap.set_value(local(j), v);
                    }
                    None => {
                        if varkw.is_null() {
                            let kname = self.qstr_str(kq).to_string();
                            return Err(
                                self.raise_fmt(&TYPE_ERROR, format_args!("unexpected keyword argument '{kname}'"))
                            );
                        }
                        let key = Value::qstr(kq.0);
                        if dict::get(self, varkw, key)?.is_some() {
                            let kname = self.qstr_str(kq).to_string();
                            return Err(self.raise_fmt(
                                &TYPE_ERROR,
                                format_args!("function got multiple values for argument '{kname}'"),
                            ));
                        }
                        dict::set_item(self, varkw, key, v)?;
                    }
                }
            }
            for t in 0..n_def {
                let i = n_pos - n_def + t;
                if self.heap.value(local(i)).is_null() {
                    let d = tuple::get(self, dpos, t);
                    self.heap.set_value(local(i), d);
                }
            }
            for j in (0..n_pos).rev() {
                if self.heap.value(local(j)).is_null() {
                    return Err(
                        self.raise_fmt(&TYPE_ERROR, format_args!("function missing required positional argument #{j}"))
                    );
                }
            }
            for t in 0..n_kwonly {
                let i = n_pos + t;
                if self.heap.value(local(i)).is_null() {
                    let name_index = p.arg_name_indices(data).nth(i).unwrap_or(0);
                    let name = match function::code_qstr(self, code, name_index as usize) {
                        Some(q) => q,
                        None => return Err(self.raise_memory_error()),
                    };
                    let d = if flags & SCOPE_DEFKWARGS != 0 && !dkw.is_null() {
                        dict::get_qstr(self, dkw, name)?
                    } else {
                        None
                    };
                    match d {
                        Some(d) => self.heap.set_value(local(i), d),
                        None => {
                            let kname = self.qstr_str(name).to_string();
                            return Err(self.raise_fmt(
                                &TYPE_ERROR,
                                format_args!("function missing required keyword argument '{kname}'"),
                            ));
                        }
                    }
                }
            }
        } else {
            if n_kwonly > 0 {
                return Err(self.raise_msg(&TYPE_ERROR, "function missing keyword-only argument"));
            }
            if flags & SCOPE_VARKEYWORDS != 0 {
                let d = dict::new(self, 0)?;
                self.heap.set_value(local(varkw_slot), d);
            }
        }
        self.make_cells(p, data, base, n_state)
    }

    /// Replaces the locals named in the cell list with cells holding their values.
    #[inline]
    fn make_cells(&mut self, p: &Prelude, data: &[u8], base: usize, n_state: usize) -> PyResult<()> {
        for &c in p.cells(data) {
            let slot = base + n_state - 1 - c as usize;
            let v = self.heap.value(slot);
            let cell = function::new_cell(self, v)?;
            self.heap.set_value(slot, cell);
        }
        Ok(())
    }

    /// The simple name of frame `fi`'s function.
    pub(crate) fn frame_name(&self, fi: usize) -> String {
        let f = &self.frames[fi];
        let data = f.data();
        let p = Prelude::decode(data);
        function::code_qstr_text(self, f.code, p.name_index(data) as usize).to_string()
    }

    /// `CALL_FUNCTION_VAR_KW`: expands `*iterable` positional arguments (star bitmap) and
    /// `**mapping` keyword pairs (NULL key), then calls. `raw` holds `[self] + positional +
    /// keyword pairs`; `skip` is 1 when a self is present.
    pub(crate) fn call_var_kw(
        &mut self,
        fun: Value,
        raw: &[Value],
        skip: usize,
        n: usize,
        nkw: usize,
        star_bits: Value,
    ) -> PyResult<Setup> {
        let bits = star_bits.as_small_int().unwrap_or(0) as u64;
        let mark = self.temps.len();
        let pos_list = crate::obj::list::new(self, n)?;
        self.push_temp(pos_list);
        let kw_list = crate::obj::list::new(self, 2 * nkw)?;
        self.push_temp(kw_list);
        let result = (|| {
            if skip == 1 {
                crate::obj::list::push(self, pos_list, raw[0])?;
            }
            for i in 0..n {
                let a = raw[skip + i];
                if bits & (1 << i) != 0 {
                    crate::runtime::iter::extend_list(self, pos_list, a)?;
                } else {
                    crate::obj::list::push(self, pos_list, a)?;
                }
            }
            for k in 0..nkw {
                let key = raw[skip + n + 2 * k];
                let val = raw[skip + n + 2 * k + 1];
                if key.is_null() {
                    crate::runtime::mapping::extend_kw_pairs(self, kw_list, val)?;
                } else {
                    crate::obj::list::push(self, kw_list, key)?;
                    crate::obj::list::push(self, kw_list, val)?;
                }
            }
            let pos = crate::obj::list::to_vec(self, pos_list);
            let kw = crate::obj::list::to_vec(self, kw_list);
            self.call_setup(fun, &pos, &kw, FrameKind::Normal)
        })();
        self.pop_temps(mark);
        result
    }
}
