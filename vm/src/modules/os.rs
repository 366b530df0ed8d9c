//! `os`: the filesystem functions of MicroPython's `os` over the VM's mount table.

use crate::builtin_module;
use crate::native_fn;
use crate::obj::{list, tuple};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vfs::{FsError, NodeKind};
use crate::vm::{PyResult, Vm};

builtin_module!(
    q::os,
    attr,
    [
        q::listdir,
        q::ilistdir,
        q::stat,
        q::getcwd,
        q::chdir,
        q::mkdir,
        q::remove,
        q::rmdir,
        q::rename,
        q::statvfs,
        q::sync,
        q::sep,
        q::mount,
        q::umount
    ]
);

fn path_arg(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<String> {
    match a.get(i) {
        Some(v) => crate::methods::args::to_string(vm, *v),
        None => Ok(".".to_string()),
    }
}

fn err(vm: &mut Vm, e: FsError) -> crate::vm::Raised {
    super::os_error(vm, &e)
}

/// The entries of a directory, including mount points directly below it.
pub fn entries(vm: &mut Vm, path: &str) -> PyResult<Vec<(String, NodeKind, u64)>> {
    let abs = vm.vfs.absolute(path);
    let mut out = match vm.vfs.resolve(&abs) {
        Some((fs, rel)) => match fs.listdir(vm, &rel) {
            Ok(e) => e,
            Err(e) => return Err(err(vm, e)),
        },
        None if abs == "/" => Vec::new(),
        None => return Err(err(vm, FsError::NotFound)),
    };
    for m in vm.vfs.child_mounts(&abs) {
        if !out.iter().any(|(n, _, _)| *n == m) {
            out.push((m, NodeKind::Dir, 0));
        }
    }
    Ok(out)
}

native_fn!(LISTDIR, q::listdir, 0, 1, |vm, a, _| {
    let p = path_arg(vm, a, 0)?;
    let names = entries(vm, &p)?;
    let l = list::new(vm, names.len())?;
    let mark = vm.push_temp(l);
    let r = (|| {
        for (n, _, _) in names {
            let s = crate::obj::str::from_str(vm, &n)?;
            list::push(vm, l, s)?;
        }
        Ok(l)
    })();
    vm.pop_temps(mark);
    r
});
native_fn!(ILISTDIR, q::ilistdir, 0, 1, |vm, a, _| {
    let p = path_arg(vm, a, 0)?;
    let names = entries(vm, &p)?;
    let l = list::new(vm, names.len())?;
    let mark = vm.push_temp(l);
    let r = (|| {
        for (n, kind, size) in names {
            let s = crate::obj::str::from_str(vm, &n)?;
            let t = Value::int_unchecked(if kind == NodeKind::Dir { 0x4000 } else { 0x8000 });
            let sz = vm.new_int(size as i64)?;
            let item = tuple::new_from(vm, &[s, t, Value::int_unchecked(0), sz])?;
            list::push(vm, l, item)?;
        }
        crate::runtime::iter::get_iter(vm, l)
    })();
    vm.pop_temps(mark);
    r
});
native_fn!(STAT, q::stat, 1, 1, |vm, a, _| {
    let p = path_arg(vm, a, 0)?;
    let abs = vm.vfs.absolute(&p);
    let st = match vm.vfs.resolve(&abs) {
        Some((fs, rel)) => fs.stat(vm, &rel),
        None if abs == "/" => Ok(crate::vfs::Stat { kind: NodeKind::Dir, size: 0 }),
        None => Err(FsError::NotFound),
    };
    let st = st.map_err(|e| err(vm, e))?;
    let mode = Value::int_unchecked(if st.kind == NodeKind::Dir { 0x4000 } else { 0x8000 });
    let size = vm.new_int(st.size as i64)?;
    let z = Value::int_unchecked(0);
    tuple::new_from(vm, &[mode, z, z, z, z, z, size, z, z, z])
});
native_fn!(GETCWD, q::getcwd, 0, 0, |vm, _, _| {
    let cwd = if vm.vfs.cwd.is_empty() { "/".to_string() } else { vm.vfs.cwd.clone() };
    crate::obj::str::from_str(vm, &cwd)
});
native_fn!(CHDIR, q::chdir, 1, 1, |vm, a, _| {
    let p = path_arg(vm, a, 0)?;
    let abs = vm.vfs.absolute(&p);
    let is_dir = abs == "/"
        || vm.vfs.resolve(&abs).is_some_and(|(fs, rel)| fs.stat(vm, &rel).is_ok_and(|s| s.kind == NodeKind::Dir));
    if !is_dir {
        return Err(err(vm, FsError::NotFound));
    }
    vm.vfs.cwd = abs;
    Ok(Value::NONE)
});

fn on_fs(
    vm: &mut Vm,
    path: &str,
    f: impl FnOnce(&dyn crate::vfs::FileSystem, &str) -> Result<(), FsError>,
) -> PyResult<Value> {
    let r = match vm.vfs.resolve(path) {
        Some((fs, rel)) => f(&*fs, &rel).map(|_| Value::NONE).map_err(|e| err(vm, e)),
        None => Err(err(vm, FsError::NotFound)),
    };
    crate::vfs::pyblock::flush(vm)?;
    r
}

native_fn!(MKDIR, q::mkdir, 1, 2, |vm, a, _| {
    let p = path_arg(vm, a, 0)?;
    on_fs(vm, &p, |fs, rel| fs.mkdir(rel))
});
native_fn!(REMOVE, q::remove, 1, 1, |vm, a, _| {
    let p = path_arg(vm, a, 0)?;
    on_fs(vm, &p, |fs, rel| fs.remove(rel))
});
native_fn!(RMDIR, q::rmdir, 1, 1, |vm, a, _| {
    let p = path_arg(vm, a, 0)?;
    on_fs(vm, &p, |fs, rel| fs.rmdir(rel))
});
native_fn!(RENAME, q::rename, 2, 2, |vm, a, _| {
    let from = path_arg(vm, a, 0)?;
    let to = path_arg(vm, a, 1)?;
    let (Some((fa, ra)), Some((fb, rb))) = (vm.vfs.resolve(&from), vm.vfs.resolve(&to)) else {
        return Err(err(vm, FsError::NotFound));
    };
    if !std::rc::Rc::ptr_eq(&fa, &fb) {
        return Err(vm.raise_with(&crate::obj::exception::OS_ERROR, Value::int_unchecked(18)));
    }
    fa.rename(&ra, &rb).map_err(|e| err(vm, e))?;
    crate::vfs::pyblock::flush(vm)?;
    Ok(Value::NONE)
});
native_fn!(STATVFS, q::statvfs, 1, 1, |vm, a, _| {
    let p = path_arg(vm, a, 0)?;
    let Some((fs, _)) = vm.vfs.resolve(&p) else { return Err(err(vm, FsError::NotFound)) };
    let (bsize, blocks, bfree) = fs.statvfs(vm).map_err(|e| err(vm, e))?;
    let f = [
        vm.new_int(bsize as i64)?,
        vm.new_int(bsize as i64)?,
        vm.new_int(blocks as i64)?,
        vm.new_int(bfree as i64)?,
        vm.new_int(bfree as i64)?,
        Value::int_unchecked(0),
        Value::int_unchecked(0),
        Value::int_unchecked(0),
        Value::int_unchecked(if fs.read_only() { 1 } else { 0 }),
        Value::int_unchecked(255),
    ];
    tuple::new_from(vm, &f)
});
native_fn!(SYNC, q::sync, 0, 0, |vm, _, _| {
    crate::vfs::pyblock::flush(vm)?;
    Ok(Value::NONE)
});

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    let f = Value::from_static_fn;
    Ok(Some(match name {
        q::listdir => f(&LISTDIR),
        q::ilistdir => f(&ILISTDIR),
        q::stat => f(&STAT),
        q::getcwd => f(&GETCWD),
        q::chdir => f(&CHDIR),
        q::mkdir => f(&MKDIR),
        q::remove => f(&REMOVE),
        q::rmdir => f(&RMDIR),
        q::rename => f(&RENAME),
        q::statvfs => f(&STATVFS),
        q::sync => f(&SYNC),
        q::sep => crate::obj::str::from_str(_vm, "/")?,
        q::mount => f(&super::vfs::MOUNT),
        q::umount => f(&super::vfs::UMOUNT),
        _ => return Ok(None),
    }))
}
