//! `ota`: lets a program booted from a flash image (`mpyrom run --flash`) inspect, stage and
//! confirm A/B ROMFS updates itself, with the same logic as `mpyrom ota` (`romfs::ota`).
//!
//! - `ota.status()` → `(active, pending, tried)`: slot letters `'A'`/`'B'`, pending `None`
//!   when nothing is pending.
//! - `ota.stage(image)` writes a bytes-like ROMFS image into the inactive slot, verifies it
//!   and marks it pending; returns the slot letter.
//! - `ota.confirm()` makes the pending (running) image permanent.
//!
//! Without a flash image every function raises `OSError(ENODEV)`.

use crate::builtin_module;
use crate::native_fn;
use crate::obj::exception::OS_ERROR;
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use romfs::ota;

/// The flash image a VM was booted from.
pub struct FlashHost {
    pub path: std::path::PathBuf,
    pub layout: romfs::layout::Layout,
}

builtin_module!(q::ota, attr, [q::status, q::stage, q::confirm]);

fn attr(_vm: &mut Vm, name: Qstr) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        q::status => Value::from_static_fn(&STATUS),
        q::stage => Value::from_static_fn(&STAGE),
        q::confirm => Value::from_static_fn(&CONFIRM),
        _ => return Ok(None),
    }))
}

fn device(vm: &mut Vm) -> PyResult<(romfs::FileDevice, romfs::layout::Layout)> {
    let Some(host) = vm.flash.as_ref() else {
        return Err(vm.raise_msg(&OS_ERROR, "[Errno 19] ENODEV: not booted from a flash image"));
    };
    let (path, layout) = (host.path.clone(), host.layout.clone());
    match romfs::FileDevice::open(&path, layout.erase_size) {
        Ok(d) => Ok((d, layout)),
        Err(e) => Err(vm.raise_fmt(&OS_ERROR, format_args!("{e}"))),
    }
}

fn letter(k: usize) -> Value {
    Value::qstr(if k == 0 { q::A.0 } else { q::B.0 })
}

native_fn!(STATUS, q::status, 0, 0, |vm, _, _| {
    let (dev, layout) = device(vm)?;
    let st = match ota::read_state(&dev, &layout) {
        Ok((s, _)) => s,
        Err(e) => return Err(vm.raise_fmt(&OS_ERROR, format_args!("{e}"))),
    };
    let pending = st.pending.map_or(Value::NONE, letter);
    crate::obj::tuple::new_from(vm, &[letter(st.active), pending, Value::bool(st.tried)])
});
native_fn!(STAGE, q::stage, 1, 1, |vm, a, _| {
    let image = crate::modules::array::readable_or_raise(vm, a[0])?;
    let (mut dev, layout) = device(vm)?;
    match ota::stage(&mut dev, &layout, &image) {
        Ok(s) => Ok(letter(s.slot)),
        Err(e) => Err(vm.raise_fmt(&OS_ERROR, format_args!("{e}"))),
    }
});
native_fn!(CONFIRM, q::confirm, 0, 0, |vm, _, _| {
    let (mut dev, layout) = device(vm)?;
    match ota::confirm(&mut dev, &layout) {
        Ok(s) => Ok(letter(s.active)),
        Err(e) => Err(vm.raise_fmt(&OS_ERROR, format_args!("{e}"))),
    }
});
