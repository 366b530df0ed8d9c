//! `mpyrom dis`: MicroPython's verbose bytecode dump of a `.mpy` file, from the host or from
//! inside a ROMFS image (`IMAGE.romfs:/path/mod.mpy`), or its structure as JSON. Addresses
//! MicroPython would print are offsets in the file (or the image) in hex.

use crate::CliError;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct DisArgs {
    /// `FILE.mpy`, or `IMAGE.romfs:/path/in/image.mpy`.
    pub target: String,
    /// Print the decoded structure as JSON instead of the text dump.
    #[arg(long)]
    pub json: bool,
    /// Also run the load-time verifier and report its verdict (exit 1 if it rejects).
    #[arg(long)]
    pub verify: bool,
}

pub fn dis(a: DisArgs) -> Result<ExitCode, CliError> {
    // An image path with an inner path: IMAGE:/inner (the image must exist as a file).
    let (bytes, base) = match a.target.split_once(':').filter(|(img, _)| PathBuf::from(img).is_file()) {
        Some((img, inner)) => {
            let path = PathBuf::from(img);
            let data = std::fs::read(&path).map_err(|e| CliError::io(&path, e))?;
            let image = romfs::Image::new(&data).map_err(|e| CliError::Msg(format!("{img}: {e}")))?;
            let entry = image.lookup(inner).map_err(|e| CliError::Msg(format!("{img}: {e}")))?;
            let file = image.data(&entry);
            let base = file.as_ptr() as usize - data.as_ptr() as usize;
            (file.to_vec(), base)
        }
        None => {
            let path = PathBuf::from(&a.target);
            (std::fs::read(&path).map_err(|e| CliError::io(&path, e))?, 0)
        }
    };
    let file = vm::mpy::MpyFile::parse(&bytes).map_err(|e| CliError::Msg(format!("{}: {e}", a.target)))?;
    let text = if a.json { vm::mpy::dis::to_json(&file, base) } else { vm::mpy::dis::disassemble(&file, base) };
    print!("{}", text.map_err(|e| CliError::Msg(format!("{}: {e}", a.target)))?);
    if a.verify {
        return match vm::mpy::verify::verify(&file) {
            Ok(()) => {
                eprintln!("{}: verified", a.target);
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => Err(CliError::Msg(format!("{}: {e}", a.target))),
        };
    }
    Ok(ExitCode::SUCCESS)
}
