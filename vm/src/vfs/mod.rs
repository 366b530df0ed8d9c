//! The virtual filesystem: a mount table like MicroPython's `vfs`, mapping absolute paths
//! to mounted filesystems (ROMFS images, FAT volumes, host directories).
//!
//! Invariants: mount points are absolute, normalized paths without a trailing slash ("/"
//! only for the root); a path resolves to the mount with the longest matching prefix; the
//! path handed to a filesystem is relative to its root and starts with "/".

pub mod fat;
pub mod file;
pub mod host;
pub mod importer;
pub mod pyblock;
pub mod romfs;

use crate::source::Source;
use crate::vm::Vm;
use std::rc::Rc;

/// What a path names.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum NodeKind {
    File,
    Dir,
}

/// File metadata.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Stat {
    pub kind: NodeKind,
    pub size: u64,
}

/// Filesystem errors, mapped to `OSError(errno)` for Python code.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FsError {
    #[error("no such file or directory")]
    NotFound,
    #[error("not a directory")]
    NotDir,
    #[error("is a directory")]
    IsDir,
    #[error("file exists")]
    Exists,
    #[error("read-only filesystem")]
    ReadOnly,
    #[error("no space left on device")]
    NoSpace,
    #[error("invalid argument")]
    Invalid,
    #[error("directory not empty")]
    NotEmpty,
    #[error("I/O error: {0}")]
    Io(String),
}

impl FsError {
    /// The errno MicroPython reports for this error.
    pub fn errno(&self) -> i64 {
        match self {
            FsError::NotFound => 2,
            FsError::Io(_) => 5,
            FsError::Exists => 17,
            FsError::NotDir => 20,
            FsError::IsDir => 21,
            FsError::Invalid => 22,
            FsError::NoSpace => 28,
            FsError::ReadOnly => 30,
            FsError::NotEmpty => 39,
        }
    }
}

/// What `FileSystem::load` produced.
pub enum Loaded {
    /// A source the VM can execute from without copying (a mapped image's file).
    Source(Source),
    /// Bytes read from storage, to be copied into the VM heap (counted in its accounting).
    Bytes(Vec<u8>),
}

/// A mounted filesystem. Paths are relative to the filesystem root and start with "/".
pub trait FileSystem {
    /// A short description for `repr` (e.g. `VfsRom`).
    fn kind_name(&self) -> &'static str;
    /// Metadata of a path.
    fn stat(&self, vm: &Vm, path: &str) -> Result<Stat, FsError>;
    /// Entries of a directory: (name, kind, size).
    fn listdir(&self, vm: &Vm, path: &str) -> Result<Vec<(String, NodeKind, u64)>, FsError>;
    /// The bytes of a file to execute from: in place when the filesystem is memory-mapped,
    /// otherwise the bytes to copy into the heap.
    fn load(&self, vm: &mut Vm, path: &str) -> Result<Loaded, FsError>;
    /// Reads a whole file.
    fn read(&self, vm: &Vm, path: &str) -> Result<Vec<u8>, FsError>;
    /// Replaces (or creates) a file.
    fn write(&self, _path: &str, _data: &[u8]) -> Result<(), FsError> {
        Err(FsError::ReadOnly)
    }
    /// Creates a directory.
    fn mkdir(&self, _path: &str) -> Result<(), FsError> {
        Err(FsError::ReadOnly)
    }
    /// Removes a file.
    fn remove(&self, _path: &str) -> Result<(), FsError> {
        Err(FsError::ReadOnly)
    }
    /// Removes an empty directory.
    fn rmdir(&self, _path: &str) -> Result<(), FsError> {
        Err(FsError::ReadOnly)
    }
    /// Renames a file or directory.
    fn rename(&self, _from: &str, _to: &str) -> Result<(), FsError> {
        Err(FsError::ReadOnly)
    }
    /// `statvfs`: (block size, total blocks, free blocks).
    fn statvfs(&self, _vm: &Vm) -> Result<(u64, u64, u64), FsError> {
        Ok((512, 0, 0))
    }
    /// Whether the filesystem is read-only.
    fn read_only(&self) -> bool {
        true
    }
    /// Downcasting support (the ROMFS filesystem serves files in place).
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        None
    }
}

/// MicroPython's name for an errno value.
pub fn errno_name(n: i64) -> Option<&'static str> {
    Some(match n {
        1 => "EPERM",
        2 => "ENOENT",
        5 => "EIO",
        9 => "EBADF",
        11 => "EAGAIN",
        12 => "ENOMEM",
        13 => "EACCES",
        17 => "EEXIST",
        18 => "EXDEV",
        19 => "ENODEV",
        20 => "ENOTDIR",
        21 => "EISDIR",
        22 => "EINVAL",
        28 => "ENOSPC",
        30 => "EROFS",
        39 => "ENOTEMPTY",
        95 => "EOPNOTSUPP",
        110 => "ETIMEDOUT",
        _ => return None,
    })
}

/// One mount.
pub struct Mount {
    pub point: String,
    pub fs: Rc<dyn FileSystem>,
}

/// The mount table and current directory.
#[derive(Default)]
pub struct Vfs {
    pub mounts: Vec<Mount>,
    pub cwd: String,
}

/// Normalizes an absolute path: collapses `.`/`..`/`//`; never goes above "/".
pub fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for p in path.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            x => parts.push(x),
        }
    }
    let mut out = String::from("/");
    out.push_str(&parts.join("/"));
    out
}

impl Vfs {
    /// Makes `path` absolute against the current directory and normalizes it.
    pub fn absolute(&self, path: &str) -> String {
        if path.starts_with('/') {
            normalize(path)
        } else {
            let cwd = if self.cwd.is_empty() { "/" } else { &self.cwd };
            normalize(&format!("{cwd}/{path}"))
        }
    }

    /// Mounts `fs` at `point`.
    pub fn mount(&mut self, point: &str, fs: Rc<dyn FileSystem>) -> Result<(), FsError> {
        let point = normalize(point);
        if self.mounts.iter().any(|m| m.point == point) {
            return Err(FsError::Exists);
        }
        self.mounts.push(Mount { point, fs });
        Ok(())
    }

    /// Unmounts whatever is mounted at `point`.
    pub fn umount(&mut self, point: &str) -> Result<(), FsError> {
        let point = normalize(point);
        let before = self.mounts.len();
        self.mounts.retain(|m| m.point != point);
        if self.mounts.len() == before {
            Err(FsError::Invalid)
        } else {
            Ok(())
        }
    }

    /// Finds the mount holding `path` (absolute) and the path inside it.
    pub fn resolve(&self, path: &str) -> Option<(Rc<dyn FileSystem>, String)> {
        let path = self.absolute(path);
        let mut best: Option<&Mount> = None;
        for m in &self.mounts {
            let inside = m.point == "/" || path == m.point || path.starts_with(&format!("{}/", m.point));
            if inside && best.is_none_or(|b| m.point.len() > b.point.len()) {
                best = Some(m);
            }
        }
        let m = best?;
        let rel = if m.point == "/" { path.clone() } else { path[m.point.len()..].to_string() };
        Some((m.fs.clone(), if rel.is_empty() { "/".into() } else { rel }))
    }

    /// Mount points directly below the directory `path` (they appear in its listing).
    pub fn child_mounts(&self, path: &str) -> Vec<String> {
        let path = self.absolute(path);
        self.mounts
            .iter()
            .filter_map(|m| {
                let parent = m.point.rsplit_once('/').map(|(p, _)| if p.is_empty() { "/" } else { p })?;
                (parent == path && m.point != "/").then(|| m.point.rsplit('/').next().unwrap_or("").to_string())
            })
            .collect()
    }
}
