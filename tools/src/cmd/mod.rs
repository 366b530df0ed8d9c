//! One module per family of subcommands.

pub mod demo;
pub mod dis;
pub mod fat;
pub mod flash;
pub mod image;
pub mod mem;
pub mod run;
