//! Methods of the builtin types, one file per family, and the helpers they share.

pub mod args;
pub mod bytes;
pub mod dict;
pub mod float;
pub mod generator;
pub mod int;
pub mod list;
pub mod object;
pub mod range;
pub mod set;
pub mod str;
pub mod strformat;
pub mod text;
pub mod tuple;
