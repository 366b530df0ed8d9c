//! A FAT volume on a block device, through the `fatfs` crate.
//!
//! The device is flash-like (`romfs::BlockDevice`: program-after-erase), so the adapter
//! below turns fatfs's sector writes into read-modify-erase-program cycles of whole erase
//! blocks. Whole-file writes go to a temporary name first and replace the old file only
//! once written completely, so a full volume or an I/O error never loses what was there.
//!
//! Invariants: all access goes through the single `fatfs::FileSystem` behind a `RefCell`
//! (the VM is single-threaded); paths are normalized by the VFS before they arrive.

use super::{FileSystem, FsError, Loaded, NodeKind, Stat};
use crate::vm::Vm;
use romfs::BlockDevice;
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};

/// `Read + Write + Seek` over a block device, with read-modify-write of erase blocks.
pub struct BlockIo {
    dev: Box<dyn BlockDevice>,
    pos: u64,
}

impl BlockIo {
    /// An adapter over `dev`.
    pub fn new(dev: Box<dyn BlockDevice>) -> BlockIo {
        BlockIo { dev, pos: 0 }
    }
}

fn io_err(e: romfs::DeviceError) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

impl Read for BlockIo {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let cap = self.dev.capacity();
        let n = (cap.saturating_sub(self.pos) as usize).min(buf.len());
        self.dev.read(self.pos, &mut buf[..n]).map_err(io_err)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl Write for BlockIo {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        let es = self.dev.erase_size();
        let cap = self.dev.capacity();
        if self.pos + data.len() as u64 > cap {
            return Err(std::io::Error::new(std::io::ErrorKind::WriteZero, "write past the end of the device"));
        }
        let mut done = 0usize;
        while done < data.len() {
            let at = self.pos + done as u64;
            let block = at - at % es;
            let within = (at - block) as usize;
            let n = (es as usize - within).min(data.len() - done);
            let mut buf = vec![0u8; es as usize];
            self.dev.read(block, &mut buf).map_err(io_err)?;
            if buf[within..within + n] != data[done..done + n] {
                buf[within..within + n].copy_from_slice(&data[done..done + n]);
                self.dev.erase(block, block + es).map_err(io_err)?;
                self.dev.write(block, &buf).map_err(io_err)?;
            }
            done += n;
        }
        self.pos += data.len() as u64;
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Seek for BlockIo {
    fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        let cap = self.dev.capacity() as i128;
        let new = match pos {
            SeekFrom::Start(p) => p as i128,
            SeekFrom::End(d) => cap + d as i128,
            SeekFrom::Current(d) => self.pos as i128 + d as i128,
        };
        if new < 0 || new > cap {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "seek outside the device"));
        }
        self.pos = new as u64;
        Ok(self.pos)
    }
}

/// A mounted FAT volume.
pub struct FatFs {
    fs: RefCell<fatfs::FileSystem<BlockIo>>,
}

fn map(e: std::io::Error) -> FsError {
    let text = e.to_string();
    match e.kind() {
        std::io::ErrorKind::NotFound => FsError::NotFound,
        std::io::ErrorKind::AlreadyExists => FsError::Exists,
        std::io::ErrorKind::WriteZero => FsError::NoSpace,
        _ if text.contains("space") => FsError::NoSpace,
        _ if text.contains("not empty") => FsError::NotEmpty,
        _ if text.contains("Is a directory") || text.contains("is a directory") => FsError::IsDir,
        _ if text.contains("Not a directory") || text.contains("not a directory") => FsError::NotDir,
        _ => FsError::Io(text),
    }
}

fn rel(path: &str) -> &str {
    path.trim_start_matches('/')
}

impl FatFs {
    /// Mounts the FAT volume on `dev`.
    pub fn mount(dev: Box<dyn BlockDevice>) -> Result<FatFs, FsError> {
        let fs = fatfs::FileSystem::new(BlockIo::new(dev), fatfs::FsOptions::new()).map_err(map)?;
        Ok(FatFs { fs: RefCell::new(fs) })
    }

    /// Formats `dev` as an empty FAT volume (what `mkfs` does).
    pub fn format(dev: Box<dyn BlockDevice>) -> Result<(), FsError> {
        let mut io = BlockIo::new(dev);
        fatfs::format_volume(&mut io, fatfs::FormatVolumeOptions::new()).map_err(map)
    }

    fn entry(&self, path: &str) -> Result<Stat, FsError> {
        let p = rel(path);
        if p.is_empty() {
            return Ok(Stat { kind: NodeKind::Dir, size: 0 });
        }
        let fs = self.fs.borrow();
        let (parent, name) = p.rsplit_once('/').unwrap_or(("", p));
        let root = fs.root_dir();
        let dir = if parent.is_empty() { root } else { root.open_dir(parent).map_err(map)? };
        for e in dir.iter() {
            let e = e.map_err(map)?;
            if e.file_name().eq_ignore_ascii_case(name) {
                return Ok(Stat { kind: if e.is_dir() { NodeKind::Dir } else { NodeKind::File }, size: e.len() });
            }
        }
        Err(FsError::NotFound)
    }
}

impl FileSystem for FatFs {
    fn kind_name(&self) -> &'static str {
        "VfsFat"
    }

    fn stat(&self, _vm: &Vm, path: &str) -> Result<Stat, FsError> {
        self.entry(path)
    }

    fn listdir(&self, _vm: &Vm, path: &str) -> Result<Vec<(String, NodeKind, u64)>, FsError> {
        let fs = self.fs.borrow();
        let p = rel(path);
        let root = fs.root_dir();
        let dir = if p.is_empty() { root } else { root.open_dir(p).map_err(map)? };
        let mut out = Vec::new();
        for e in dir.iter() {
            let e = e.map_err(map)?;
            let name = e.file_name();
            if name == "." || name == ".." {
                continue;
            }
            out.push((name, if e.is_dir() { NodeKind::Dir } else { NodeKind::File }, e.len()));
        }
        Ok(out)
    }

    fn load(&self, vm: &mut Vm, path: &str) -> Result<Loaded, FsError> {
        Ok(Loaded::Bytes(self.read(vm, path)?))
    }

    fn read(&self, _vm: &Vm, path: &str) -> Result<Vec<u8>, FsError> {
        if self.entry(path)?.kind == NodeKind::Dir {
            return Err(FsError::IsDir);
        }
        let fs = self.fs.borrow();
        let mut f = fs.root_dir().open_file(rel(path)).map_err(map)?;
        let mut out = Vec::new();
        f.read_to_end(&mut out).map_err(map)?;
        Ok(out)
    }

    fn write(&self, path: &str, data: &[u8]) -> Result<(), FsError> {
        let p = rel(path);
        let existed = self.entry(path).ok();
        if existed.is_some_and(|s| s.kind == NodeKind::Dir) {
            return Err(FsError::IsDir);
        }
        let fs = self.fs.borrow();
        let root = fs.root_dir();
        let tmp = match p.rsplit_once('/') {
            Some((d, n)) => format!("{d}/{n}.new~"),
            None => format!("{p}.new~"),
        };
        let result = (|| {
            let mut f = root.create_file(&tmp)?;
            f.truncate()?;
            f.write_all(data)?;
            f.flush()
        })();
        if let Err(e) = result {
            // Nothing is lost: the old file was not touched; drop the partial copy.
            let _ = root.remove(&tmp);
            return Err(map(e));
        }
        if existed.is_some() {
            root.remove(p).map_err(map)?;
        }
        root.rename(&tmp, &root, p).map_err(map)
    }

    fn mkdir(&self, path: &str) -> Result<(), FsError> {
        if self.entry(path).is_ok() {
            return Err(FsError::Exists);
        }
        self.fs.borrow().root_dir().create_dir(rel(path)).map(|_| ()).map_err(map)
    }

    fn remove(&self, path: &str) -> Result<(), FsError> {
        if self.entry(path)?.kind == NodeKind::Dir {
            return Err(FsError::IsDir);
        }
        self.fs.borrow().root_dir().remove(rel(path)).map_err(map)
    }

    fn rmdir(&self, path: &str) -> Result<(), FsError> {
        if self.entry(path)?.kind != NodeKind::Dir {
            return Err(FsError::NotDir);
        }
        self.fs.borrow().root_dir().remove(rel(path)).map_err(map)
    }

    fn rename(&self, from: &str, to: &str) -> Result<(), FsError> {
        let fs = self.fs.borrow();
        let root = fs.root_dir();
        root.rename(rel(from), &root, rel(to)).map_err(map)
    }

    fn statvfs(&self, _vm: &Vm) -> Result<(u64, u64, u64), FsError> {
        let fs = self.fs.borrow();
        let s = fs.stats().map_err(map)?;
        Ok((s.cluster_size() as u64, s.total_clusters() as u64, s.free_clusters() as u64))
    }

    fn read_only(&self) -> bool {
        false
    }
}

impl FatFs {
    /// Copies a host directory tree into the volume (for building data partitions).
    pub fn fill_from_dir(&self, host: &std::path::Path, path: &str) -> Result<usize, FsError> {
        let mut count = 0;
        let mut names: Vec<_> =
            std::fs::read_dir(host).map_err(|e| FsError::Io(e.to_string()))?.filter_map(|e| e.ok()).collect();
        names.sort_by_key(|e| e.file_name());
        for e in names {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let target = format!("{}/{name}", path.trim_end_matches('/'));
            let p = e.path();
            if p.is_dir() {
                self.mkdir(&target)?;
                count += self.fill_from_dir(&p, &target)?;
            } else {
                let data = std::fs::read(&p).map_err(|e| FsError::Io(e.to_string()))?;
                self.write(&target, &data)?;
                count += 1;
            }
        }
        Ok(count)
    }

    /// Lists a directory (for the CLI).
    pub fn list(&self, path: &str) -> Result<Vec<(String, NodeKind, u64)>, FsError> {
        let fs = self.fs.borrow();
        let p = rel(path);
        let root = fs.root_dir();
        let dir = if p.is_empty() { root } else { root.open_dir(p).map_err(map)? };
        let mut out = Vec::new();
        for e in dir.iter() {
            let e = e.map_err(map)?;
            let name = e.file_name();
            if name != "." && name != ".." {
                out.push((name, if e.is_dir() { NodeKind::Dir } else { NodeKind::File }, e.len()));
            }
        }
        Ok(out)
    }

    /// Reads a whole file (for the CLI).
    pub fn read_file(&self, path: &str) -> Result<Vec<u8>, FsError> {
        let fs = self.fs.borrow();
        let mut f = fs.root_dir().open_file(rel(path)).map_err(map)?;
        let mut out = Vec::new();
        f.read_to_end(&mut out).map_err(map)?;
        Ok(out)
    }
}
