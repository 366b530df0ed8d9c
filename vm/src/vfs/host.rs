//! A host directory as a filesystem (read-write), rooted so that no path can escape it.
//!
//! Invariant: every path is normalized (no `..` above the root) before it is joined to the
//! root directory, so access stays inside it.

use super::{normalize, FileSystem, FsError, Loaded, NodeKind, Stat};
use crate::vm::Vm;
use std::path::PathBuf;

/// A host directory.
pub struct HostDir {
    root: PathBuf,
}

impl HostDir {
    /// A filesystem rooted at `root`.
    pub fn new(root: impl Into<PathBuf>) -> HostDir {
        HostDir { root: root.into() }
    }

    fn host_path(&self, path: &str) -> PathBuf {
        let rel = normalize(path);
        self.root.join(rel.trim_start_matches('/'))
    }
}

fn io_err(e: std::io::Error) -> FsError {
    match e.kind() {
        std::io::ErrorKind::NotFound => FsError::NotFound,
        std::io::ErrorKind::AlreadyExists => FsError::Exists,
        std::io::ErrorKind::PermissionDenied => FsError::ReadOnly,
        _ => match e.raw_os_error() {
            Some(20) => FsError::NotDir,
            Some(21) => FsError::IsDir,
            Some(28) => FsError::NoSpace,
            Some(39) => FsError::NotEmpty,
            _ => FsError::Io(e.to_string()),
        },
    }
}

impl FileSystem for HostDir {
    fn kind_name(&self) -> &'static str {
        "VfsPosix"
    }

    fn stat(&self, _vm: &Vm, path: &str) -> Result<Stat, FsError> {
        let m = std::fs::metadata(self.host_path(path)).map_err(io_err)?;
        Ok(Stat { kind: if m.is_dir() { NodeKind::Dir } else { NodeKind::File }, size: m.len() })
    }

    fn listdir(&self, _vm: &Vm, path: &str) -> Result<Vec<(String, NodeKind, u64)>, FsError> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(self.host_path(path)).map_err(io_err)? {
            let e = e.map_err(io_err)?;
            let m = e.metadata().map_err(io_err)?;
            let kind = if m.is_dir() { NodeKind::Dir } else { NodeKind::File };
            out.push((e.file_name().to_string_lossy().into_owned(), kind, m.len()));
        }
        out.sort();
        Ok(out)
    }

    fn load(&self, vm: &mut Vm, path: &str) -> Result<Loaded, FsError> {
        Ok(Loaded::Bytes(self.read(vm, path)?))
    }

    fn read(&self, _vm: &Vm, path: &str) -> Result<Vec<u8>, FsError> {
        let p = self.host_path(path);
        if p.is_dir() {
            return Err(FsError::IsDir);
        }
        std::fs::read(p).map_err(io_err)
    }

    fn write(&self, path: &str, data: &[u8]) -> Result<(), FsError> {
        std::fs::write(self.host_path(path), data).map_err(io_err)
    }

    fn mkdir(&self, path: &str) -> Result<(), FsError> {
        std::fs::create_dir(self.host_path(path)).map_err(io_err)
    }

    fn remove(&self, path: &str) -> Result<(), FsError> {
        std::fs::remove_file(self.host_path(path)).map_err(io_err)
    }

    fn rmdir(&self, path: &str) -> Result<(), FsError> {
        std::fs::remove_dir(self.host_path(path)).map_err(io_err)
    }

    fn rename(&self, from: &str, to: &str) -> Result<(), FsError> {
        std::fs::rename(self.host_path(from), self.host_path(to)).map_err(io_err)
    }

    fn read_only(&self) -> bool {
        false
    }
}
