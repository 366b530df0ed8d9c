//! `mpyrom`: the command-line front end.
//!
//! Invariant: this binary stays thin. Every subcommand parses its arguments (clap derive),
//! calls into the `romfs` and `vm` libraries, and formats the result. Errors reach the
//! user as `mpyrom: error: …` on stderr with a non-zero exit status, never as a panic.

mod cmd;
mod error;
mod size;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

pub use error::CliError;

/// Pack MicroPython .mpy modules into ROMFS images and run them in place.
#[derive(Parser, Debug)]
#[command(name = "mpyrom", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Build a ROMFS image from a source directory.
    Build(cmd::image::BuildArgs),
    /// List a directory of an image.
    Ls(cmd::image::LsArgs),
    /// Print the whole directory tree of an image.
    Tree(cmd::image::TreeArgs),
    /// Write one file of an image to stdout.
    Cat(cmd::image::CatArgs),
    /// Extract every file of an image into a directory.
    Extract(cmd::image::ExtractArgs),
    /// Show every record of an image: offsets, kinds, sizes, alignment, padding, CRC.
    Info(cmd::image::InfoArgs),
    /// Check an image's structure and integrity record; exit 0 only if it is sound.
    Verify(cmd::image::VerifyArgs),
    /// Disassemble a .mpy file (or one inside an image) as MicroPython's `-v -v` dump.
    Dis(cmd::dis::DisArgs),
    /// Run a compiled program (.mpy) as __main__.
    Run(cmd::run::RunArgs),
    /// Measure the heap each module of an image costs to import: in place, copied, from a
    /// directory.
    Mem(cmd::mem::MemArgs),
    /// Build and inspect whole flash images laid out by a partition table.
    Flash(cmd::flash::FlashArgs),
    /// Update a flash image's A/B ROMFS slots: stage, confirm, status, diff.
    Ota(cmd::flash::OtaArgs),
    /// Create and inspect FAT volume images.
    Fat(cmd::fat::FatArgs),
    /// Boot the bundled demo image in place (the README's main command).
    Demo(cmd::demo::DemoArgs),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return error::report_clap(e),
    };
    let result = match cli.command {
        Command::Build(a) => cmd::image::build(a),
        Command::Ls(a) => cmd::image::ls(a),
        Command::Tree(a) => cmd::image::tree(a),
        Command::Cat(a) => cmd::image::cat(a),
        Command::Extract(a) => cmd::image::extract(a),
        Command::Info(a) => cmd::image::info(a),
        Command::Verify(a) => cmd::image::verify(a),
        Command::Run(a) => cmd::run::run(a),
        Command::Dis(a) => cmd::dis::dis(a),
        Command::Fat(a) => cmd::fat::fat(a),
        Command::Mem(a) => cmd::mem::mem(a),
        Command::Flash(a) => cmd::flash::flash(a),
        Command::Ota(a) => cmd::flash::ota_cmd(a),
        Command::Demo(a) => cmd::demo::demo(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => error::report(&e),
    }
}
