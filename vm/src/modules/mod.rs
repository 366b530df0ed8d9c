//! Builtin modules, one file per module. Each is a static `ModuleObj` (no heap) whose
//! attributes are resolved by a function; mutable state (e.g. `sys.path`) lives on the VM.

pub mod array;
mod binascii;
mod cmath;
pub mod collections;
pub mod errno;
mod gc;
mod hashlib;
mod heapq;
pub mod io;
mod json;
mod math;
pub mod micropython;
pub mod os;
pub mod ota;
mod random;
mod re;
mod structmod;
mod sys;
mod time;
pub mod vfs;

use crate::obj::native::ModuleObj;
use crate::qstr::{q, Qstr};

/// The builtin module named `name`, if there is one.
pub fn find_builtin(name: Qstr) -> Option<&'static ModuleObj> {
    Some(match name {
        q::sys => &sys::MODULE,
        q::gc => &gc::MODULE,
        q::micropython => &micropython::MODULE,
        q::math => &math::MODULE,
        q::cmath => &cmath::MODULE,
        q::collections => &collections::MODULE,
        q::errno => &errno::MODULE,
        q::heapq => &heapq::MODULE,
        q::io => &io::MODULE,
        q::random => &random::MODULE,
        q::time => &time::MODULE,
        q::r#struct => &structmod::MODULE,
        q::os => &os::MODULE,
        q::ota => &ota::MODULE,
        q::vfs => &vfs::MODULE,
        q::array => &array::MODULE,
        q::binascii => &binascii::MODULE,
        q::hashlib => &hashlib::MODULE,
        q::json => &json::MODULE,
        q::re => &re::MODULE,
        _ => return None,
    })
}

/// Defines a `static MODULE: ModuleObj`.
#[macro_export]
macro_rules! builtin_module {
    ($name:expr, $attr:expr, [$($n:expr),* $(,)?]) => {
        /// The module object.
        pub static MODULE: $crate::obj::native::ModuleObj = $crate::obj::native::ModuleObj {
            kind: $crate::obj::native::StaticKind::Module,
            name: $name,
            attr: $attr,
            names: &[$($n),*],
        };
    };
}

pub use micropython::mem_info_text;

/// Raises `OSError(errno)` for a filesystem error, as MicroPython does.
pub fn os_error(vm: &mut crate::vm::Vm, e: &crate::vfs::FsError) -> crate::vm::Raised {
    let errno = crate::value::Value::int_unchecked(e.errno());
    vm.raise_with(&crate::obj::exception::OS_ERROR, errno)
}
