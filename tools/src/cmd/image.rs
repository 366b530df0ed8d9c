//! Image subcommands: build, ls, tree, cat, extract, info, verify.

use crate::CliError;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct BuildArgs {
    /// Source directory.
    pub src: PathBuf,
    /// Output image.
    #[arg(short = 'o', long)]
    pub output: PathBuf,
}
#[derive(Args, Debug)]
pub struct LsArgs {
    pub image: PathBuf,
}
#[derive(Args, Debug)]
pub struct TreeArgs {
    pub image: PathBuf,
}
#[derive(Args, Debug)]
pub struct CatArgs {
    pub image: PathBuf,
    pub path: String,
}
#[derive(Args, Debug)]
pub struct ExtractArgs {
    pub image: PathBuf,
    pub dir: PathBuf,
}
#[derive(Args, Debug)]
pub struct InfoArgs {
    pub image: PathBuf,
}
#[derive(Args, Debug)]
pub struct VerifyArgs {
    pub image: PathBuf,
}

fn pending() -> Result<ExitCode, CliError> {
    Err(romfs::Error::Unimplemented("image commands").into())
}
pub fn build(_: BuildArgs) -> Result<ExitCode, CliError> {
    pending()
}
pub fn ls(_: LsArgs) -> Result<ExitCode, CliError> {
    pending()
}
pub fn tree(_: TreeArgs) -> Result<ExitCode, CliError> {
    pending()
}
pub fn cat(_: CatArgs) -> Result<ExitCode, CliError> {
    pending()
}
pub fn extract(_: ExtractArgs) -> Result<ExitCode, CliError> {
    pending()
}
pub fn info(_: InfoArgs) -> Result<ExitCode, CliError> {
    pending()
}
pub fn verify(_: VerifyArgs) -> Result<ExitCode, CliError> {
    pending()
}
