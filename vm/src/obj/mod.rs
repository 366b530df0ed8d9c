//! Object types: one file per type (layout and core operations). Methods exposed to Python
//! live in `crate::methods`.

pub mod class;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod int;
pub mod int_big;
pub mod iter;
pub mod list;
pub mod map;
pub mod memoryview;
pub mod module;
pub mod native;
pub mod native_obj;
pub mod object;
pub mod record;
pub mod set;
pub mod str;
pub mod tuple;
