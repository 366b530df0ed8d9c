//! One module per family of subcommands.

pub mod image;
pub mod run;
