//! File objects returned by `open()`.
//!
//! A file object is a `Record` (aux `File`) holding a handle into `Vm::files`, where the
//! Rust side keeps the file's bytes and position. Files opened from a mapped ROMFS image
//! read straight from the mapping (the data is never copied as a whole); files from FAT
//! and host directories are read at open and, when written, written back on `flush` or
//! `close`.
//!
//! Invariants: a closed file's handle slot is `None` and every operation on it raises
//! ValueError; reads never go past the data.

use super::{FileSystem, FsError};
use crate::native_fn;
use crate::obj::exception::{OS_ERROR, TYPE_ERROR, VALUE_ERROR};
use crate::obj::native::{Attr, TypeId, TypeObj};
use crate::obj::record::{self, Record};
use crate::qstr::{q, Qstr};
use crate::source::{SharedBytes, SourceId};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::ops::Range;
use std::rc::Rc;

/// Where an open file's bytes are.
pub enum FileData {
    /// A private copy (files being written, and files from FAT or host directories).
    Owned(Vec<u8>),
    /// A sub-range of shared host bytes (a file of a mapped ROMFS image).
    Shared(SharedBytes),
    /// A range of a heap source (a file of a copied ROMFS image).
    Heap(SourceId, Range<usize>),
}

/// The Rust side of an open file.
pub struct OpenFile {
    pub data: FileData,
    pub pos: usize,
    pub readable: bool,
    pub writable: bool,
    pub binary: bool,
    /// Where to write the data back, for writable files.
    pub target: Option<(Rc<dyn FileSystem>, String)>,
    pub dirty: bool,
    /// Word index of the file object (to close the file when the object is collected).
    pub owner: usize,
}

impl OpenFile {
    /// The file's bytes.
    pub fn bytes<'a>(&'a self, vm: &'a Vm) -> &'a [u8] {
        match &self.data {
            FileData::Owned(v) => v,
            FileData::Shared(b) => (**b).as_ref(),
            FileData::Heap(id, r) => &vm.sources.bytes(&vm.heap, *id)[r.clone()],
        }
    }
}

crate::builtin_type!(pub TEXT_FILE_TYPE, TypeId::Other, q::TextIOWrapper, Some(&crate::obj::object::OBJECT_TYPE), attrs, None, false);
crate::builtin_type!(pub BINARY_FILE_TYPE, TypeId::Other, q::FileIO, Some(&crate::obj::object::OBJECT_TYPE), attrs, None, false);

/// Whether `v` is a file object.
pub fn is_file(vm: &Vm, v: Value) -> bool {
    record::which(vm, v) == Some(Record::File)
}

fn handle(vm: &mut Vm, f: Value) -> PyResult<usize> {
    if !is_file(vm, f) {
        return Err(vm.raise_msg(&TYPE_ERROR, "expected a file object"));
    }
    let h = record::field(vm, f, 0).as_small_int().unwrap_or(-1);
    match usize::try_from(h).ok().filter(|&h| vm.files.get(h).is_some_and(|s| s.is_some())) {
        Some(h) => Ok(h),
        None => Err(vm.raise_msg(&VALUE_ERROR, "I/O operation on closed file")),
    }
}

/// The open file behind a file object (for the VFS module, e.g. mounting a nested image).
pub fn open_file(vm: &Vm, f: Value) -> Option<&OpenFile> {
    let h = usize::try_from(record::field(vm, f, 0).as_small_int()?).ok()?;
    vm.files.get(h)?.as_ref()
}

/// Raises the OSError for a filesystem error.
pub fn os_error(vm: &mut Vm, e: &FsError) -> crate::vm::Raised {
    crate::modules::os_error(vm, e)
}

/// `open(path, mode='r')`.
pub fn open(vm: &mut Vm, path: &str, mode: &str) -> PyResult<Value> {
    let mut readable = false;
    let mut writable = false;
    let mut append = false;
    let mut truncate = false;
    let mut binary = false;
    for c in mode.chars() {
        match c {
            'r' => readable = true,
            'w' => {
                writable = true;
                truncate = true;
            }
            'a' => {
                writable = true;
                append = true;
            }
            'x' => {
                writable = true;
                truncate = true;
            }
            '+' => {
                readable = true;
                writable = true;
            }
            'b' => binary = true,
            't' => binary = false,
            _ => return Err(vm.raise_fmt(&VALUE_ERROR, format_args!("invalid mode: '{mode}'"))),
        }
    }
    if !readable && !writable {
        return Err(vm.raise_fmt(&VALUE_ERROR, format_args!("invalid mode: '{mode}'")));
    }
    let Some((fs, rel)) = vm.vfs.resolve(path) else {
        return Err(os_error(vm, &FsError::NotFound));
    };
    let abs = vm.vfs.absolute(path);
    let data = if truncate {
        if fs.read_only() {
            return Err(os_error(vm, &FsError::ReadOnly));
        }
        if matches!(fs.stat(vm, &rel), Ok(s) if s.kind == super::NodeKind::Dir) {
            return Err(os_error(vm, &FsError::IsDir));
        }
        FileData::Owned(Vec::new())
    } else {
        let stat = fs.stat(vm, &rel);
        match stat {
            Err(FsError::NotFound) if append => FileData::Owned(Vec::new()),
            Err(e) => return Err(os_error(vm, &e)),
            Ok(s) if s.kind == super::NodeKind::Dir => return Err(os_error(vm, &FsError::IsDir)),
            Ok(_) => match read_in_place(vm, &fs, &rel) {
                Some(d) if !writable => d,
                _ => match fs.read(vm, &rel) {
                    Ok(d) => FileData::Owned(d),
                    Err(e) => return Err(os_error(vm, &e)),
                },
            },
        }
    };
    if writable && fs.read_only() {
        return Err(os_error(vm, &FsError::ReadOnly));
    }
    let mut of = OpenFile {
        data,
        pos: 0,
        readable,
        writable,
        binary,
        target: writable.then(|| (fs.clone(), rel.clone())),
        dirty: truncate,
        owner: usize::MAX,
    };
    if truncate {
        // The file exists (empty) from the moment it is opened, as on a device.
        if let Err(e) = fs.write(&rel, &[]) {
            return Err(os_error(vm, &e));
        }
    }
    if append {
        of.pos = of.bytes(vm).len();
    }
    let slot = match vm.files.iter().position(|s| s.is_none()) {
        Some(i) => {
            vm.files[i] = Some(of);
            i
        }
        None => {
            vm.files.push(Some(of));
            vm.files.len() - 1
        }
    };
    let name = crate::obj::str::from_str(vm, &abs);
    let name = match name {
        Ok(n) => n,
        Err(e) => {
            vm.files[slot] = None;
            return Err(e);
        }
    };
    let mark = vm.push_temp(name);
    let r = record::new(vm, Record::File, &[Value::int_unchecked(slot as i64), name, Value::bool(binary)]);
    vm.pop_temps(mark);
    match r {
        Ok(f) => {
            if let Some(of) = vm.files[slot].as_mut() {
                of.owner = f.heap_index_unchecked();
            }
            Ok(f)
        }
        Err(e) => {
            vm.files[slot] = None;
            Err(e)
        }
    }
}

/// Closes (writing back) every open file whose object did not survive the collection that
/// just finished, like MicroPython's file finalizers; errors are ignored, as there.
pub fn finalize_dead(vm: &mut Vm) {
    for h in 0..vm.files.len() {
        let dead = match &vm.files[h] {
            Some(of) => {
                of.owner != usize::MAX && vm.heap.header(of.owner).kind_byte() == crate::heap::ObjKind::Free as u8
            }
            None => false,
        };
        if dead {
            let _ = flush_handle(vm, h);
            vm.files[h] = None;
        }
    }
}

/// Writes back and closes every open file (at exit).
pub fn close_all(vm: &mut Vm) {
    for h in 0..vm.files.len() {
        if vm.files[h].is_some() {
            let _ = flush_handle(vm, h);
            vm.files[h] = None;
        }
    }
}

/// The data of a ROMFS file without copying, if the filesystem is a ROMFS.
fn read_in_place(vm: &Vm, fs: &Rc<dyn FileSystem>, rel: &str) -> Option<FileData> {
    let any: &dyn std::any::Any = fs.as_any()?;
    let rom = any.downcast_ref::<super::romfs::RomFs>()?;
    let range = rom.file_range(vm, rel).ok()?;
    Some(match rom.mapped_bytes() {
        Some(b) => FileData::Shared(std::sync::Arc::new(super::romfs::SubSlice::new(b.clone(), range))),
        None => FileData::Heap(rom.heap_source()?, range),
    })
}

fn flush_handle(vm: &mut Vm, h: usize) -> PyResult<()> {
    let Some(of) = vm.files[h].as_mut() else { return Ok(()) };
    if !of.dirty {
        return Ok(());
    }
    let Some((fs, path)) = of.target.clone() else { return Ok(()) };
    let FileData::Owned(data) = &of.data else { return Ok(()) };
    let data = data.clone();
    of.dirty = false;
    fs.write(&path, &data).map_err(|e| os_error(vm, &e))?;
    super::pyblock::flush(vm)
}

fn text_out(vm: &mut Vm, binary: bool, bytes: &[u8]) -> PyResult<Value> {
    if binary {
        crate::obj::str::new_bytes(vm, bytes)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => crate::obj::str::from_str(vm, s),
            Err(_) => Err(vm.raise_msg(&crate::obj::exception::UNICODE_ERROR, "invalid utf-8")),
        }
    }
}

fn read(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = handle(vm, a[0])?;
    let n = match a.get(1) {
        Some(v) if !v.is_none() => crate::methods::args::to_i64(vm, *v)?,
        _ => -1,
    };
    let of = vm.files[h].as_ref().expect("open file");
    if !of.readable {
        return Err(vm.raise_with(&OS_ERROR, Value::int_unchecked(9)));
    }
    let (binary, pos) = (of.binary, of.pos);
    let bytes = of.bytes(vm);
    let avail = bytes.len().saturating_sub(pos);
    let mut take = if n < 0 { avail } else { (n as usize).min(avail) };
    if !binary && n >= 0 {
        // `n` counts characters for text files.
        let s = &bytes[pos..];
        let mut chars = 0;
        let mut i = 0;
        while i < s.len() && chars < n as usize {
            i += crate::methods::str::utf8_char_len(s[i]);
            chars += 1;
        }
        take = i.min(avail);
    }
    let chunk = bytes[pos..pos + take].to_vec();
    if let Some(of) = vm.files[h].as_mut() {
        of.pos += take;
    }
    text_out(vm, binary, &chunk)
}

fn readline(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = handle(vm, a[0])?;
    let of = vm.files[h].as_ref().expect("open file");
    let (binary, pos) = (of.binary, of.pos);
    let bytes = of.bytes(vm);
    let rest = &bytes[pos.min(bytes.len())..];
    let end = rest.iter().position(|&b| b == b'\n').map_or(rest.len(), |p| p + 1);
    let line = rest[..end].to_vec();
    if let Some(of) = vm.files[h].as_mut() {
        of.pos += end;
    }
    text_out(vm, binary, &line)
}

/// Reads the next line for iteration: `None` at end of file.
pub fn next_line(vm: &mut Vm, f: Value) -> PyResult<Option<Value>> {
    let line = readline(vm, &[f], &[])?;
    if vm.is_true(line)? {
        Ok(Some(line))
    } else {
        Ok(None)
    }
}

fn readlines(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let l = crate::obj::list::new(vm, 0)?;
    let mark = vm.push_temp(l);
    let r = (|| {
        while let Some(line) = next_line(vm, a[0])? {
            crate::obj::list::push(vm, l, line)?;
        }
        Ok(l)
    })();
    vm.pop_temps(mark);
    r
}

fn readinto(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = handle(vm, a[0])?;
    if !crate::methods::bytes::is_bytearray(vm, a[1]) {
        return Err(vm.raise_msg(&TYPE_ERROR, "object with buffer protocol required"));
    }
    let cap = crate::methods::bytes::buffer(vm, a[1]).map_or(0, |b| b.len());
    let of = vm.files[h].as_ref().expect("open file");
    let pos = of.pos;
    let bytes = of.bytes(vm);
    let n = cap.min(bytes.len().saturating_sub(pos));
    let mut content = crate::methods::bytes::buffer(vm, a[1]).unwrap_or(&[]).to_vec();
    content[..n].copy_from_slice(&vm.files[h].as_ref().expect("open file").bytes(vm)[pos..pos + n]);
    crate::methods::bytes::set_bytearray(vm, a[1], &content)?;
    if let Some(of) = vm.files[h].as_mut() {
        of.pos += n;
    }
    vm.new_int(n as i64)
}

fn write(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = handle(vm, a[0])?;
    let data = match (vm.str_bytes(a[1]), crate::methods::bytes::buffer(vm, a[1])) {
        (Some(s), _) => s.to_vec(),
        (None, Some(b)) => b.to_vec(),
        _ => return Err(vm.raise_msg(&TYPE_ERROR, "object with buffer protocol required")),
    };
    let count = if vm.is_str(a[1]) { crate::methods::str::char_count(&data) } else { data.len() };
    let of = vm.files[h].as_mut().expect("open file");
    if !of.writable {
        return Err(vm.raise_with(&OS_ERROR, Value::int_unchecked(9)));
    }
    if let FileData::Owned(v) = &mut of.data {
        let end = of.pos + data.len();
        if v.len() < end {
            v.resize(end, 0);
        }
        v[of.pos..end].copy_from_slice(&data);
        of.pos = end;
        of.dirty = true;
    }
    vm.new_int(count as i64)
}

fn seek(vm: &mut Vm, a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let h = handle(vm, a[0])?;
    let off = crate::methods::args::to_i64(vm, a[1])?;
    let whence = match a.get(2) {
        Some(v) => crate::methods::args::to_i64(vm, *v)?,
        None => 0,
    };
    let of = vm.files[h].as_ref().expect("open file");
    let len = of.bytes(vm).len() as i64;
    let base = match whence {
        0 => 0,
        1 => of.pos as i64,
        2 => len,
        _ => return Err(vm.raise_with(&OS_ERROR, Value::int_unchecked(22))),
    };
    let new = (base + off).max(0);
    if let Some(of) = vm.files[h].as_mut() {
        of.pos = new as usize;
    }
    vm.new_int(new)
}

native_fn!(FILE_READ, q::read, 1, 2, read);
native_fn!(FILE_READLINE, q::readline, 1, 2, readline);
native_fn!(FILE_READLINES, q::readlines, 1, 1, readlines);
native_fn!(FILE_READINTO, q::readinto, 2, 3, readinto);
native_fn!(FILE_WRITE, q::write, 2, 2, write);
native_fn!(FILE_SEEK, q::seek, 2, 3, seek);
native_fn!(FILE_TELL, q::tell, 1, 1, |vm, a, _| {
    let h = handle(vm, a[0])?;
    let p = vm.files[h].as_ref().map_or(0, |f| f.pos);
    vm.new_int(p as i64)
});
native_fn!(FILE_FLUSH, q::flush, 1, 1, |vm, a, _| {
    let h = handle(vm, a[0])?;
    flush_handle(vm, h)?;
    Ok(Value::NONE)
});
native_fn!(FILE_CLOSE, q::close, 1, 1, |vm, a, _| {
    close(vm, a[0])?;
    Ok(Value::NONE)
});
native_fn!(FILE_ENTER, q::__enter__, 1, 1, |_, a, _| Ok(a[0]));
native_fn!(FILE_EXIT, q::__exit__, 1, 4, |vm, a, _| {
    close(vm, a[0])?;
    Ok(Value::NONE)
});

/// Closes a file object (writing back pending data). Closing twice is harmless.
pub fn close(vm: &mut Vm, f: Value) -> PyResult<()> {
    let h = record::field(vm, f, 0).as_small_int().unwrap_or(-1);
    let Some(h) = usize::try_from(h).ok().filter(|&h| vm.files.get(h).is_some_and(|s| s.is_some())) else {
        return Ok(());
    };
    let r = flush_handle(vm, h);
    vm.files[h] = None;
    r
}

fn attrs(name: Qstr) -> Option<Attr> {
    Some(match name {
        q::read => Attr::Method(&FILE_READ),
        q::readline => Attr::Method(&FILE_READLINE),
        q::readlines => Attr::Method(&FILE_READLINES),
        q::readinto => Attr::Method(&FILE_READINTO),
        q::write => Attr::Method(&FILE_WRITE),
        q::seek => Attr::Method(&FILE_SEEK),
        q::tell => Attr::Method(&FILE_TELL),
        q::flush => Attr::Method(&FILE_FLUSH),
        q::close => Attr::Method(&FILE_CLOSE),
        q::__enter__ => Attr::Method(&FILE_ENTER),
        q::__exit__ => Attr::Method(&FILE_EXIT),
        _ => return None,
    })
}

/// The type of a file record.
pub fn type_of_file(vm: &Vm, f: Value) -> &'static TypeObj {
    if record::field(vm, f, 2) == Value::TRUE {
        &BINARY_FILE_TYPE
    } else {
        &TEXT_FILE_TYPE
    }
}
