//! `mpyrom fat`: create and inspect FAT volume images (host files).

use crate::size::parse_size;
use crate::CliError;
use clap::{Args, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use vm::vfs::fat::FatFs;
use vm::vfs::NodeKind;

#[derive(Args, Debug)]
pub struct FatArgs {
    #[command(subcommand)]
    pub cmd: FatCmd,
}

#[derive(Subcommand, Debug)]
pub enum FatCmd {
    /// Create a formatted FAT image file, optionally filled from a host directory.
    Mkfs {
        /// The image file to create (overwritten).
        image: PathBuf,
        /// Volume size (e.g. 512K, 1M).
        #[arg(long, default_value = "1M")]
        size: String,
        /// Copy this host directory's contents into the volume.
        #[arg(long, value_name = "DIR")]
        from: Option<PathBuf>,
    },
    /// List a directory of a FAT image.
    Ls {
        image: PathBuf,
        #[arg(default_value = "/")]
        path: String,
    },
    /// Write a file of a FAT image to stdout.
    Cat { image: PathBuf, path: String },
}

fn open_dev(path: &std::path::Path) -> Result<Box<dyn romfs::BlockDevice>, CliError> {
    let dev = romfs::FileDevice::open(path, 512).map_err(|e| CliError::Msg(format!("{}: {e}", path.display())))?;
    Ok(Box::new(dev))
}

/// Creates and formats a FAT image file of `size` bytes, filled from `from` if given.
pub fn mkfs_file(image: &std::path::Path, size: u64, from: Option<&std::path::Path>) -> Result<usize, CliError> {
    if size < 64 * 1024 {
        return Err(CliError::Msg(format!("FAT volume size {size} is too small (minimum 64K)")));
    }
    let f = std::fs::File::create(image).map_err(|e| CliError::io(image, e))?;
    f.set_len(size).map_err(|e| CliError::io(image, e))?;
    drop(f);
    FatFs::format(open_dev(image)?).map_err(|e| CliError::Msg(format!("mkfs: {e}")))?;
    let fs = FatFs::mount(open_dev(image)?).map_err(|e| CliError::Msg(format!("mount: {e}")))?;
    match from {
        Some(dir) => fs.fill_from_dir(dir, "/").map_err(|e| CliError::Msg(format!("copying {}: {e}", dir.display()))),
        None => Ok(0),
    }
}

/// `mpyrom fat …`.
pub fn fat(a: FatArgs) -> Result<ExitCode, CliError> {
    match a.cmd {
        FatCmd::Mkfs { image, size, from } => {
            let n = parse_size(&size).ok_or_else(|| CliError::Msg(format!("invalid size '{size}'")))?;
            let files = mkfs_file(&image, n, from.as_deref())?;
            println!("Wrote {}: FAT volume of {n} bytes, {files} files", image.display());
        }
        FatCmd::Ls { image, path } => {
            let fs = FatFs::mount(open_dev(&image)?).map_err(|e| CliError::Msg(format!("{}: {e}", image.display())))?;
            let mut out = std::io::stdout().lock();
            for (name, kind, size) in fs.list(&path).map_err(|e| CliError::Msg(format!("{path}: {e}")))? {
                let _ = match kind {
                    NodeKind::Dir => writeln!(out, "{name}/"),
                    NodeKind::File => writeln!(out, "{name} ({size} bytes)"),
                };
            }
        }
        FatCmd::Cat { image, path } => {
            let fs = FatFs::mount(open_dev(&image)?).map_err(|e| CliError::Msg(format!("{}: {e}", image.display())))?;
            let data = fs.read_file(&path).map_err(|e| CliError::Msg(format!("{path}: {e}")))?;
            std::io::stdout().lock().write_all(&data).map_err(|e| CliError::io("stdout", e))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
