//! The CLI's error type and how errors are shown.
//!
//! Invariant: every failure path of every subcommand ends here and prints exactly one
//! `mpyrom: error: …` line (plus optional context lines) on stderr.

use std::process::ExitCode;

/// An error a subcommand reports to the user.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A ROMFS image is malformed or an image operation failed.
    #[error("{0}")]
    Romfs(#[from] romfs::Error),
    /// Any other failure, already phrased for the user.
    #[error("{0}")]
    Msg(String),
}

impl CliError {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl AsRef<std::path::Path>, source: std::io::Error) -> Self {
        CliError::Io { path: path.as_ref().display().to_string(), source }
    }
}

/// Prints a subcommand's error and returns the failing exit status.
pub fn report(e: &CliError) -> ExitCode {
    eprintln!("mpyrom: error: {e}");
    ExitCode::from(1)
}

/// Prints a clap parse result: help and version go to stdout with status 0; usage errors
/// are rephrased as `mpyrom: error: …` with status 2.
pub fn report_clap(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
        _ => {
            let text = e.render().to_string();
            let text = text.trim_start_matches("error: ");
            eprint!("mpyrom: error: {text}");
            if !text.ends_with('\n') {
                eprintln!();
            }
            ExitCode::from(2)
        }
    }
}
