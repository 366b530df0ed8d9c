//! Importing `.mpy` modules and packages from the VFS along `sys.path`.
//!
//! A module `a.b` is `<dir>/a/b.mpy` or the package `<dir>/a/b/__init__.mpy`, searched in
//! each `sys.path` entry in order (a submodule is searched in its package's directory).
//! A `.py` file found instead raises ImportError: this VM has no compiler.

use super::NodeKind;
use crate::obj::exception::IMPORT_ERROR;
use crate::obj::{dict, list, module};
use crate::qstr::q;
use crate::runtime::import::Importer;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The importer over the VM's mount table.
pub struct VfsImporter;

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else if dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

fn is_kind(vm: &Vm, path: &str, kind: NodeKind) -> bool {
    match vm.vfs.resolve(path) {
        Some((fs, rel)) => fs.stat(vm, &rel).is_ok_and(|s| s.kind == kind),
        None => false,
    }
}

impl Importer for VfsImporter {
    fn import(&self, vm: &mut Vm, full: &str, parent: Value) -> PyResult<Option<Value>> {
        let alias = if full == "__main__" { vm.main_alias.clone() } else { None };
        let leaf = alias.as_deref().unwrap_or_else(|| full.rsplit('.').next().unwrap_or(full));
        let leaf = leaf.to_string();
        let leaf = leaf.as_str();
        // Directories to search: the parent package's, or sys.path.
        let dirs: Vec<String> = if parent.is_none() || parent.is_null() {
            let path = vm.sys_path;
            list::to_vec(vm, path).into_iter().filter_map(|v| vm.str_text(v).map(str::to_string)).collect()
        } else {
            let g = if module::is_module(vm, parent) { module::globals(vm, parent) } else { return Ok(None) };
            match dict::get_qstr(vm, g, q::__path__)? {
                Some(p) => vm.str_text(p).map(|s| vec![s.to_string()]).unwrap_or_default(),
                None => return Ok(None),
            }
        };
        for dir in dirs {
            let base = join(&dir, leaf);
            let pkg_init = join(&base, "__init__.mpy");
            if is_kind(vm, &base, NodeKind::Dir) && is_kind(vm, &pkg_init, NodeKind::File) {
                return load(vm, full, &pkg_init, Some(&base)).map(Some);
            }
            let file = format!("{base}.mpy");
            if is_kind(vm, &file, NodeKind::File) {
                return load(vm, full, &file, None).map(Some);
            }
            let py = format!("{base}.py");
            if is_kind(vm, &py, NodeKind::File) {
                return Err(vm.raise_fmt(
                    &IMPORT_ERROR,
                    format_args!("can't import '{py}': this VM runs only compiled .mpy files (no compiler); build the image with mpy-cross"),
                ));
            }
        }
        Ok(None)
    }
}

/// Loads the module file `path` as module `full` (a package when `pkg_dir` is given).
fn load(vm: &mut Vm, full: &str, path: &str, pkg_dir: Option<&str>) -> PyResult<Value> {
    let (fs, rel) = match vm.vfs.resolve(path) {
        Some(x) => x,
        None => return Err(vm.raise_fmt(&IMPORT_ERROR, format_args!("no module named '{full}'"))),
    };
    let id = match fs.load(vm, &rel) {
        Ok(super::Loaded::Source(s)) => vm.add_source(s)?,
        Ok(super::Loaded::Bytes(b)) => vm.load_heap_source(&b)?,
        Err(e) => return Err(crate::modules::os_error(vm, &e)),
    };
    vm.exec_module_with(id, full, Some(path), pkg_dir)
}
