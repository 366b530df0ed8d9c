//! `vfs`: mounting filesystems from Python (`mount`, `umount`, `VfsRom`, `VfsFat`,
//! `VfsPosix`).
//!
//! A filesystem object is a `Record` (aux `Vfs`) holding an index into `Vm::filesystems`.
//! `VfsRom` takes a bytes-like object (used in place: a heap `bytes` object becomes a heap
//! source without copying) or a file opened from a mounted ROMFS image (a nested image,
//! used in place from the outer mapping).

use crate::builtin_module;
use crate::native_fn;
use crate::obj::exception::{OS_ERROR, TYPE_ERROR};
use crate::obj::native::{no_attrs, TypeId};
use crate::obj::record::{self, Record};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vfs::file::FileData;
use crate::vfs::romfs::RomFs;
use crate::vfs::{FileSystem, FsError};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

builtin_module!(q::vfs, attr, [q::mount, q::umount, q::VfsRom, q::VfsFat, q::VfsPosix]);

crate::builtin_type!(pub VFS_TYPE, TypeId::Other, q::Vfs, Some(&crate::obj::object::OBJECT_TYPE), no_attrs, None, false);
crate::builtin_type!(pub VFS_ROM_TYPE, TypeId::Other, q::VfsRom, Some(&crate::obj::object::OBJECT_TYPE), no_attrs, Some(vfs_rom_new), false);
crate::builtin_type!(pub VFS_POSIX_TYPE, TypeId::Other, q::VfsPosix, Some(&crate::obj::object::OBJECT_TYPE), no_attrs, Some(vfs_posix_new), false);
crate::builtin_type!(pub VFS_FAT_TYPE, TypeId::Other, q::VfsFat, Some(&crate::obj::object::OBJECT_TYPE), fat_attrs, Some(vfs_fat_new), false);

fn fat_attrs(name: Qstr) -> Option<crate::obj::native::Attr> {
    match name {
        q::mkfs => Some(crate::obj::native::Attr::Static(&FAT_MKFS)),
        _ => None,
    }
}

// `vfs.VfsFat.mkfs(bdev)`: formats a Python block device as an empty FAT volume.
native_fn!(FAT_MKFS, q::mkfs, 1, 1, |vm, a, _| {
    let shadow = crate::vfs::pyblock::load(vm, a[0])?;
    let dev = crate::vfs::pyblock::ShadowDevice(shadow.clone());
    crate::vfs::fat::FatFs::format(Box::new(dev)).map_err(|e| super::os_error(vm, &e))?;
    crate::vfs::pyblock::register(vm, a[0], shadow);
    crate::vfs::pyblock::flush(vm)?;
    // The shadow is only needed again if the device is mounted (which loads it afresh).
    vm.py_block_devices.pop();
    Ok(Value::NONE)
});

/// Wraps a filesystem as a Python object.
pub fn fs_object(vm: &mut Vm, fs: Rc<dyn FileSystem>) -> PyResult<Value> {
    vm.filesystems.push(fs);
    let idx = Value::int_unchecked(vm.filesystems.len() as i64 - 1);
    record::new(vm, Record::Vfs, &[idx])
}

fn fs_of(vm: &mut Vm, v: Value) -> PyResult<Rc<dyn FileSystem>> {
    if record::which(vm, v) == Some(Record::Vfs) {
        if let Some(i) = record::field(vm, v, 0).as_small_int() {
            if let Some(fs) = vm.filesystems.get(i as usize) {
                return Ok(fs.clone());
            }
        }
    }
    Err(vm.raise_msg(&TYPE_ERROR, "expected a filesystem object"))
}

fn rom_error(vm: &mut Vm) -> crate::vm::Raised {
    // MicroPython raises OSError(ENODEV) for something that is not a ROMFS image.
    vm.raise_with(&OS_ERROR, Value::int_unchecked(19))
}

/// `vfs.VfsRom(buffer_or_file)`.
fn vfs_rom_new(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(&obj) = a.get(1) else { return Err(vm.raise_msg(&TYPE_ERROR, "VfsRom needs a buffer")) };
    let fs = if crate::vfs::file::is_file(vm, obj) {
        let (shared, heap) = match crate::vfs::file::open_file(vm, obj).map(|f| &f.data) {
            Some(FileData::Shared(b)) => (Some(b.clone()), None),
            Some(FileData::Heap(id, r)) => (None, Some((*id, r.clone()))),
            Some(FileData::Owned(v)) => (
                Some(Rc::new(v.clone())).map(|r| std::sync::Arc::new((*r).clone()) as crate::source::SharedBytes),
                None,
            ),
            None => return Err(vm.raise_msg(&crate::obj::exception::VALUE_ERROR, "I/O operation on closed file")),
        };
        match (shared, heap) {
            (Some(b), _) => RomFs::mapped(b).map_err(|_| rom_error(vm))?,
            (None, Some((id, r))) => {
                let src = vm.sources.sub_source(id, r);
                let sid = vm.add_source(src)?;
                RomFs::copied(vm, sid).map_err(|_| rom_error(vm))?
            }
            _ => return Err(rom_error(vm)),
        }
    } else if let Some(i) = obj.as_heap().filter(|&i| vm.heap.kind(i) == crate::heap::ObjKind::Bytes) {
        // A heap bytes object: use it in place (the source keeps it alive).
        let len = vm.heap.word(i + 1) as u32 as usize;
        let sid = vm.add_source(crate::source::Source::Heap { index: i, offset: 8, len })?;
        RomFs::copied(vm, sid).map_err(|_| rom_error(vm))?
    } else if let Some(b) = crate::methods::bytes::buffer(vm, obj) {
        let b = b.to_vec();
        let sid = vm.load_heap_source(&b)?;
        RomFs::copied(vm, sid).map_err(|_| rom_error(vm))?
    } else {
        return Err(vm.raise_msg(&TYPE_ERROR, "object with buffer protocol required"));
    };
    fs_object(vm, Rc::new(fs))
}

/// `vfs.VfsPosix(root)`: a host directory.
fn vfs_posix_new(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let root = match a.get(1) {
        Some(v) => crate::methods::args::to_string(vm, *v)?,
        None => "/".to_string(),
    };
    fs_object(vm, Rc::new(crate::vfs::host::HostDir::new(root)))
}

/// `vfs.VfsFat(bdev)`: a FAT volume on a filesystem object the host provides, or on a
/// Python block device (see `vfs::pyblock`).
fn vfs_fat_new(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(&v) = a.get(1) else {
        return Err(vm.raise_msg(&TYPE_ERROR, "VfsFat needs a block device"));
    };
    if record::which(vm, v) == Some(Record::Vfs) {
        return Ok(v);
    }
    if crate::runtime::attr::find_attr(vm, v, q::readblocks)?.is_none() {
        return Err(vm.raise_msg(&TYPE_ERROR, "VfsFat needs a block device (readblocks, writeblocks, ioctl)"));
    }
    let shadow = crate::vfs::pyblock::load(vm, v)?;
    let fs = crate::vfs::fat::FatFs::mount(Box::new(crate::vfs::pyblock::ShadowDevice(shadow.clone())))
        .map_err(|e| super::os_error(vm, &e))?;
    crate::vfs::pyblock::register(vm, v, shadow);
    fs_object(vm, Rc::new(fs))
}

native_fn!(pub MOUNT, q::mount, 2, 2, kw, |vm, a, _| {
    let fs = fs_of(vm, a[0])?;
    let point = crate::methods::args::to_string(vm, a[1])?;
    vm.vfs.mount(&point, fs).map_err(|e| super::os_error(vm, &e))?;
    Ok(Value::NONE)
});
native_fn!(pub UMOUNT, q::umount, 1, 1, |vm, a, _| {
    crate::vfs::pyblock::flush(vm)?;
    let point = crate::methods::args::to_string(vm, a[0])?;
    vm.vfs.umount(&point).map_err(|_| super::os_error(vm, &FsError::Invalid))?;
    Ok(Value::NONE)
});

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        q::mount => Value::from_static_fn(&MOUNT),
        q::umount => Value::from_static_fn(&UMOUNT),
        q::VfsRom => Value::from_static_type(&VFS_ROM_TYPE),
        q::VfsPosix => Value::from_static_type(&VFS_POSIX_TYPE),
        q::VfsFat => Value::from_static_type(&VFS_FAT_TYPE),
        _ => return Ok(None),
    }))
}
