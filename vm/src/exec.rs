//! Running code: linking a source as a module and executing its body, running a program as
//! `__main__`, and printing uncaught exceptions the way MicroPython does.

use crate::interp::code::Prelude;
use crate::interp::frame::{Frame, FrameKind};
use crate::interp::run::Outcome;
use crate::obj::{dict, exception, function, module, tuple};
use crate::qstr::q;
use crate::runtime::print::{write_value, Kind};
use crate::source::{Source, SourceId};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::io::Write;

/// How a program ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// Normal completion.
    Ok,
    /// `SystemExit` with this status.
    SystemExit(i32),
    /// An uncaught exception (already printed to stderr).
    Exception,
}

impl Vm {
    /// Registers a source; fails with MemoryError when all source ids are in use.
    pub fn add_source(&mut self, s: Source) -> PyResult<SourceId> {
        match self.sources.add(s) {
            Some(id) => Ok(id),
            None => Err(self.raise_memory_error()),
        }
    }

    /// Links the `.mpy` in `source` and runs its body in the namespace of a new module
    /// named `name` (registered in `sys.modules` first, so circular imports see it).
    /// Returns the module.
    pub fn exec_module(&mut self, source: SourceId, name: &str, file: Option<&str>) -> PyResult<Value> {
        self.exec_module_with(source, name, file, None)
    }

    /// As [`Vm::exec_module`]; `pkg_dir` makes the module a package (sets `__path__`).
    pub fn exec_module_with(
        &mut self,
        source: SourceId,
        name: &str,
        file: Option<&str>,
        pkg_dir: Option<&str>,
    ) -> PyResult<Value> {
        let mark = self.temps.len();
        let r = self.exec_module_inner(source, name, file, pkg_dir);
        self.pop_temps(mark);
        r
    }

    fn exec_module_inner(
        &mut self,
        source: SourceId,
        name: &str,
        file: Option<&str>,
        pkg_dir: Option<&str>,
    ) -> PyResult<Value> {
        let globals = dict::new(self, 8)?;
        self.push_temp(globals);
        let name_q = self.intern(name.as_bytes())?;
        let name_v = Value::qstr(name_q.0);
        dict::set_qstr(self, globals, q::__name__, name_v)?;
        if let Some(f) = file {
            let fv = crate::obj::str::from_str(self, f)?;
            dict::set_qstr(self, globals, q::__file__, fv)?;
        }
        if let Some(p) = pkg_dir {
            let pv = crate::obj::str::from_str(self, p)?;
            dict::set_qstr(self, globals, q::__path__, pv)?;
        }
        let m = module::new(self, name_v, globals)?;
        self.push_temp(m);
        let key = self.str_to_qstr(name_v)?;
        let modules = self.modules;
        dict::set_qstr(self, modules, key, m)?;
        let code = crate::load::link(self, source, globals)?;
        self.push_temp(code);
        match self.run_code_body(code, globals) {
            Ok(_) => {
                dict::shrink_to_fit(self, globals)?;
                Ok(m)
            }
            Err(e) => {
                // A failed import leaves no module behind.
                let _ = dict::remove(self, modules, Value::qstr(key.0));
                Err(e)
            }
        }
    }

    /// Runs the module body of `code` with `globals` as both globals and locals.
    fn run_code_body(&mut self, code: Value, globals: Value) -> PyResult<Value> {
        self.check_stack()?;
        let source = function::code_word(self, code, function::code::SOURCE) as u16;
        let raw_offset = function::code_word(self, code, function::code::RAW_OFFSET) as u32;
        let src = self.sources.bytes(&self.heap, source);
        let (start, len, _, _) = crate::interp::code::raw_code_header(src, raw_offset as usize);
        if start + len > src.len() {
            return Err(self.raise_msg(&exception::VALUE_ERROR, "truncated or corrupt .mpy file"));
        }
        let data = &src[start..start + len];
        let ptr = data.as_ptr();
        let p = Prelude::decode(data);
        let chunk = crate::interp::frame::alloc_frame(self, p.n_state, p.n_exc_stack, true)?;
        self.frames.push(Frame {
            chunk,
            code,
            func: Value::NULL,
            raw_offset,
            data: ptr,
            data_len: len as u32,
            code_start: p.code_start,
            ip: 0,
            op_ip: 0,
            sp: 0,
            n_state: p.n_state,
            exc_sp: 0,
            n_exc: p.n_exc_stack,
            locals: globals,
            globals,
            kind: FrameKind::Entry,
        });
        let depth = self.frames.len();
        match self.run_frames(depth, None)? {
            Outcome::Return(v) => Ok(v),
            Outcome::Yield(v) => Ok(v),
        }
    }

    /// Runs the `.mpy` in `source` as `__main__`; prints an uncaught exception.
    pub fn run_main(&mut self, source: SourceId, file: Option<&str>) -> Exit {
        self.mark_stack_base();
        let r = self.exec_module(source, "__main__", file).and_then(|_| self.run_scheduled());
        crate::vfs::file::close_all(self);
        match r {
            Ok(_) => {
                let _ = self.stdout.flush();
                Exit::Ok
            }
            Err(_) => {
                let _ = self.stdout.flush();
                let e = self.take_exc();
                self.handle_uncaught(e)
            }
        }
    }

    /// Turns an uncaught exception into an exit status, printing it unless it is SystemExit.
    pub fn handle_uncaught(&mut self, e: Value) -> Exit {
        if crate::runtime::types::isinstance_static(self, e, &exception::SYSTEM_EXIT) {
            let args = exception::args_of(self, e);
            let code = if tuple::len(self, args) == 0 { Value::NONE } else { tuple::get(self, args, 0) };
            if code.is_none() {
                return Exit::SystemExit(0);
            }
            if let Some(n) = crate::obj::int::to_i64(self, code) {
                return Exit::SystemExit(n as i32);
            }
            let text = self.str_string(code).unwrap_or_default();
            let _ = writeln!(self.stderr, "{text}");
            return Exit::SystemExit(1);
        }
        self.print_exception(e);
        Exit::Exception
    }

    /// Prints a traceback and the exception as MicroPython does (to stderr).
    pub fn print_exception(&mut self, e: Value) {
        let out = self.exception_text(e);
        let _ = self.stdout.flush();
        let _ = self.stderr.write_all(out.as_bytes());
        let _ = self.stderr.flush();
    }

    /// The traceback text MicroPython prints for an exception.
    pub fn exception_text(&mut self, e: Value) -> String {
        let mut out = String::new();
        let tb = exception::traceback(self, e);
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for (file, line, func) in tb.iter().rev() {
                let _ = std::fmt::Write::write_fmt(
                    &mut out,
                    format_args!("  File \"{}\", line {}, in {}\n", self.qstr_str(*file), line, self.qstr_str(*func)),
                );
            }
        }
        let cls = crate::obj::object::type_of(self, e);
        out.push_str(self.qstr_str(crate::obj::class::class_name(self, cls)));
        let mut msg = String::new();
        let saved = self.exc;
        if write_value(self, &mut msg, e, Kind::Str).is_err() {
            msg = String::from("<exception str() failed>");
            self.exc = saved;
        }
        if !msg.is_empty() {
            out.push_str(": ");
            out.push_str(&msg);
        }
        out.push('\n');
        out
    }
}

impl Vm {
    /// Sets `sys.argv` to `[program] + args`.
    pub fn set_argv(&mut self, program: &str, args: &[String]) -> PyResult<()> {
        let argv = self.sys_argv;
        crate::obj::list::set_len(self, argv, 0);
        let p = crate::obj::str::from_str(self, program)?;
        crate::obj::list::push(self, argv, p)?;
        for a in args {
            let v = crate::obj::str::from_str(self, a)?;
            crate::obj::list::push(self, argv, v)?;
        }
        Ok(())
    }
}

impl Vm {
    /// Sets `sys.path`.
    pub fn set_sys_path(&mut self, entries: &[&str]) -> PyResult<()> {
        let path = self.sys_path;
        crate::obj::list::set_len(self, path, 0);
        for e in entries {
            let v = crate::obj::str::from_str(self, e)?;
            crate::obj::list::push(self, path, v)?;
        }
        Ok(())
    }

    /// Imports `module` through the importer and runs it as `__main__`.
    pub fn run_main_module(&mut self, module: &str) -> Exit {
        self.mark_stack_base();
        let r = (|| {
            let importer = match self.importer.clone() {
                Some(i) => i,
                None => return Err(self.raise_msg(&exception::IMPORT_ERROR, "no importer")),
            };
            // Run under the name __main__ but find the file by the module's name.
            self.main_alias = Some(module.to_string());
            let r = importer.import(self, "__main__", Value::NONE);
            self.main_alias = None;
            let r = match r {
                Ok(m) => self.run_scheduled().map(|_| m),
                Err(e) => Err(e),
            };
            crate::vfs::file::close_all(self);
            match r? {
                Some(m) => Ok(m),
                None => Err(self.raise_fmt(&exception::IMPORT_ERROR, format_args!("no module named '{module}'"))),
            }
        })();
        let _ = self.stdout.flush();
        match r {
            Ok(_) => Exit::Ok,
            Err(_) => {
                let e = self.take_exc();
                self.handle_uncaught(e)
            }
        }
    }
}

/// MicroPython's `-v` memory statistics lines.
pub fn mem_info(vm: &Vm) -> String {
    crate::modules::mem_info_text(vm)
}

impl Vm {
    /// Copies `bytes` into a heap chunk (counted in the heap) and registers it as a source.
    pub fn load_heap_source(&mut self, bytes: &[u8]) -> PyResult<SourceId> {
        let i = self.alloc(crate::heap::ObjKind::RawBytes, bytes.len().div_ceil(8), 0)?;
        self.heap.bytes_mut(i + 1, 0, bytes.len()).copy_from_slice(bytes);
        self.add_source(Source::Heap { index: i, offset: 0, len: bytes.len() })
    }
}
