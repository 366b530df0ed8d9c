//! `IMPORT_NAME`, `IMPORT_FROM`, `IMPORT_STAR` and `__import__`.
//!
//! Builtin modules come from `crate::modules`; modules from `.mpy` files are found through
//! the importer installed on the VM (`Vm::importer`), which searches `sys.path` in the
//! mounted filesystems.

use crate::obj::exception::IMPORT_ERROR;
use crate::obj::native::StaticObj;
use crate::obj::{dict, module, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Finds and loads modules that are not builtin (from `.mpy` files on `sys.path`).
pub trait Importer {
    /// Imports the module `full` (a dotted name whose parent package, if any, is `parent`
    /// and already imported). `Ok(None)` means "not found".
    fn import(&self, vm: &mut Vm, full: &str, parent: Value) -> PyResult<Option<Value>>;
}

/// `IMPORT_NAME` from frame `fi`.
pub fn import_name(vm: &mut Vm, fi: usize, name: Qstr, fromlist: Value, level: Value) -> PyResult<Value> {
    import_name_from(vm, Some(fi), name, fromlist, level)
}

/// `__import__(name, globals, locals, fromlist, level)`.
pub fn import_name_from(vm: &mut Vm, fi: Option<usize>, name: Qstr, fromlist: Value, level: Value) -> PyResult<Value> {
    let level = level.as_small_int().unwrap_or(0);
    let full = if level > 0 { resolve_relative(vm, fi, name, level as usize)? } else { vm.qstr_str(name).to_string() };
    let has_fromlist = !(fromlist.is_none() || tuple::is_tuple(vm, fromlist) && tuple::len(vm, fromlist) == 0);
    // Import each dotted prefix in turn.
    let mut top = Value::NONE;
    let mut last = Value::NONE;
    let mut prefix = String::new();
    for (k, part) in full.split('.').enumerate() {
        if k > 0 {
            prefix.push('.');
        }
        prefix.push_str(part);
        let m = import_one(vm, &prefix, last)?;
        if k == 0 {
            top = m;
        }
        last = m;
    }
    Ok(if has_fromlist || level > 0 && full.is_empty() { last } else { top })
}

fn resolve_relative(vm: &mut Vm, fi: Option<usize>, name: Qstr, level: usize) -> PyResult<String> {
    let globals = fi.map(|i| vm.frames[i].globals).unwrap_or(Value::NULL);
    let pkg_name = if globals.is_heap() {
        let is_pkg = dict::get_qstr(vm, globals, q::__path__)?.is_some();
        let n = dict::get_qstr(vm, globals, q::__name__)?
            .and_then(|v| vm.str_text(v).map(str::to_string))
            .unwrap_or_default();
        if is_pkg {
            n
        } else {
            n.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
        }
    } else {
        String::new()
    };
    let mut base: &str = &pkg_name;
    for _ in 1..level {
        base = base.rsplit_once('.').map_or("", |(p, _)| p);
    }
    if base.is_empty() {
        return Err(vm.raise_msg(&IMPORT_ERROR, "can't perform relative import"));
    }
    let n = vm.qstr_str(name);
    Ok(if n.is_empty() { base.to_string() } else { format!("{base}.{n}") })
}

/// Imports one module by its full dotted name (`parent` is the already-imported parent
/// package, or None).
fn import_one(vm: &mut Vm, full: &str, parent: Value) -> PyResult<Value> {
    let key = vm.intern(full.as_bytes())?;
    let modules = vm.modules;
    if let Some(m) = dict::get_qstr(vm, modules, key)? {
        return Ok(m);
    }
    if !full.contains('.') {
        if let Some(m) = crate::modules::find_builtin(key) {
            return Ok(Value::from_static_module(m));
        }
        if let Some(bytes) = crate::frozen::find(full) {
            let id = vm.add_source(crate::source::Source::Mapped(std::sync::Arc::new(bytes)))?;
            let file = format!(".frozen/{full}.py");
            return vm.exec_module_with(id, full, Some(&file), None);
        }
    }
    if let Some(importer) = vm.importer.clone() {
        if let Some(m) = importer.import(vm, full, parent)? {
            return Ok(m);
        }
    }
    Err(vm.raise_fmt(&IMPORT_ERROR, format_args!("no module named '{full}'")))
}

/// `IMPORT_FROM`: `getattr(module, name)`, importing a submodule if needed.
pub fn import_from(vm: &mut Vm, m: Value, name: Qstr) -> PyResult<Value> {
    if let Some(v) = crate::runtime::attr::find_attr(vm, m, name)? {
        return Ok(v);
    }
    if module::is_module(vm, m) {
        let g = module::globals(vm, m);
        if dict::get_qstr(vm, g, q::__path__)?.is_some() {
            let pname = module::name(vm, m);
            let full = format!("{}.{}", vm.str_text(pname).unwrap_or(""), vm.qstr_str(name));
            return import_one(vm, &full, m);
        }
    }
    let n = vm.qstr_str(name).to_string();
    Err(vm.raise_fmt(&IMPORT_ERROR, format_args!("can't import name {n}")))
}

/// `IMPORT_STAR` into the namespace dict `dest`.
pub fn import_star(vm: &mut Vm, m: Value, dest: Value) -> PyResult<()> {
    if let Some(StaticObj::Module(md)) = m.as_static() {
        for &n in md.names {
            if let Some(v) = (md.attr)(vm, n)? {
                dict::set_qstr(vm, dest, n, v)?;
            }
        }
        return Ok(());
    }
    if !module::is_module(vm, m) {
        return Ok(());
    }
    let g = module::globals(vm, m);
    if let Some(all) = dict::get_qstr(vm, g, q::__all__)? {
        let names = crate::runtime::iter::collect_list(vm, all)?;
        let mark = vm.push_temp(names);
        for n in crate::obj::list::to_vec(vm, names) {
            let qn = vm.str_to_qstr(n)?;
            let v = crate::runtime::attr::load_attr(vm, m, qn)?;
            dict::set_qstr(vm, dest, qn, v)?;
        }
        vm.pop_temps(mark);
        return Ok(());
    }
    for (k, v) in dict::items(vm, g) {
        if vm.str_bytes(k).is_some_and(|b| !b.starts_with(b"_")) {
            dict::set_item(vm, dest, k, v)?;
        }
    }
    Ok(())
}
