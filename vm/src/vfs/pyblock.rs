//! Block devices written in Python, for `vfs.VfsFat(bdev)` and `vfs.VfsFat.mkfs(bdev)`:
//! any object with MicroPython's block protocol (`readblocks(n, buf)`,
//! `writeblocks(n, buf)`, `ioctl(op, arg)` with op 4 = block count, 5 = block size).
//!
//! fatfs cannot call back into the VM while it works, so the device's blocks are read once,
//! when the filesystem is created, into a shadow buffer that fatfs reads and writes. Blocks
//! fatfs changes are marked dirty and written back through `writeblocks` after every
//! operation that can write (closing or flushing a file, mkdir, remove, rmdir, rename,
//! `os.sync`, unmounting). The shadow lives outside the VM heap, like the buffers of FAT
//! volumes on host block devices.
//!
//! Invariant: after a writing operation returns, the Python device holds every block fatfs
//! wrote (the shadow and the device agree).

use crate::value::Value;
use crate::vm::{PyResult, Vm};
use romfs::device::{BlockDevice, DeviceError};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

/// The shadow copy of a Python block device.
pub struct Shadow {
    data: Vec<u8>,
    block: usize,
    dirty: BTreeSet<usize>,
}

/// The fatfs side of a shadow.
pub struct ShadowDevice(pub Rc<RefCell<Shadow>>);

impl BlockDevice for ShadowDevice {
    fn erase_size(&self) -> u64 {
        self.0.borrow().block as u64
    }
    fn capacity(&self) -> u64 {
        self.0.borrow().data.len() as u64
    }
    fn read(&self, offset: u64, buf: &mut [u8]) -> Result<(), DeviceError> {
        let s = self.0.borrow();
        let o = offset as usize;
        let src = s.data.get(o..o + buf.len()).ok_or(DeviceError::OutOfBounds {
            offset,
            len: buf.len() as u64,
            capacity: s.data.len() as u64,
        })?;
        buf.copy_from_slice(src);
        Ok(())
    }
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), DeviceError> {
        let mut s = self.0.borrow_mut();
        let (o, cap, block) = (offset as usize, s.data.len(), s.block);
        let dst = s.data.get_mut(o..o + data.len()).ok_or(DeviceError::OutOfBounds {
            offset,
            len: data.len() as u64,
            capacity: cap as u64,
        })?;
        dst.copy_from_slice(data);
        for b in o / block..(o + data.len()).div_ceil(block) {
            s.dirty.insert(b);
        }
        Ok(())
    }
    fn erase(&mut self, from: u64, to: u64) -> Result<(), DeviceError> {
        let mut s = self.0.borrow_mut();
        let block = s.block as u64;
        if !from.is_multiple_of(block) || !to.is_multiple_of(block) || to < from || to as usize > s.data.len() {
            return Err(DeviceError::Unaligned { from, to, erase_size: block });
        }
        s.data[from as usize..to as usize].fill(0xff);
        for b in (from / block) as usize..(to / block) as usize {
            s.dirty.insert(b);
        }
        Ok(())
    }
}

/// Calls `bdev.ioctl(op, 0)` and returns a positive result.
fn ioctl(vm: &mut Vm, bdev: Value, op: i64) -> PyResult<Option<usize>> {
    let r = vm.call_method(bdev, crate::qstr::q::ioctl, &[Value::int_unchecked(op), Value::int_unchecked(0)])?;
    Ok(crate::obj::int::to_i64(vm, r).filter(|n| *n > 0).map(|n| n as usize))
}

/// Reads the whole device into a new shadow.
pub fn load(vm: &mut Vm, bdev: Value) -> PyResult<Rc<RefCell<Shadow>>> {
    let block = ioctl(vm, bdev, 5)?.unwrap_or(512);
    let Some(count) = ioctl(vm, bdev, 4)? else {
        return Err(vm.raise_msg(&crate::obj::exception::OS_ERROR, "block device reports no blocks"));
    };
    let total = block
        .checked_mul(count)
        .filter(|t| *t <= 1 << 30)
        .ok_or_else(|| vm.raise_msg(&crate::obj::exception::OS_ERROR, "block device too large"))?;
    let buf = crate::methods::bytes::new_bytearray(vm, &vec![0u8; total])?;
    let mark = vm.push_temp(buf);
    let r = vm.call_method(bdev, crate::qstr::q::readblocks, &[Value::int_unchecked(0), buf]);
    let data = crate::methods::bytes::buffer(vm, buf).map(<[u8]>::to_vec).unwrap_or_default();
    vm.pop_temps(mark);
    r?;
    Ok(Rc::new(RefCell::new(Shadow { data, block, dirty: BTreeSet::new() })))
}

/// Registers a device's shadow so that writes reach it (the device is rooted from then on).
pub fn register(vm: &mut Vm, bdev: Value, shadow: Rc<RefCell<Shadow>>) {
    vm.py_block_devices.push((bdev, shadow));
}

/// Writes the dirty blocks of every registered device back through `writeblocks`, in runs
/// of consecutive blocks.
pub fn flush(vm: &mut Vm) -> PyResult<()> {
    for k in 0..vm.py_block_devices.len() {
        let (bdev, shadow) = vm.py_block_devices[k].clone();
        let runs: Vec<(usize, Vec<u8>)> = {
            let mut s = shadow.borrow_mut();
            let dirty: Vec<usize> = std::mem::take(&mut s.dirty).into_iter().collect();
            let mut runs: Vec<(usize, usize)> = Vec::new();
            for b in dirty {
                match runs.last_mut() {
                    Some((_, end)) if *end == b => *end += 1,
                    _ => runs.push((b, b + 1)),
                }
            }
            runs.into_iter().map(|(a, z)| (a, s.data[a * s.block..z * s.block].to_vec())).collect()
        };
        for (first, bytes) in runs {
            let buf = crate::obj::str::new_bytes(vm, &bytes)?;
            let mark = vm.push_temp(buf);
            let r = vm.call_method(bdev, crate::qstr::q::writeblocks, &[Value::int_unchecked(first as i64), buf]);
            vm.pop_temps(mark);
            r?;
        }
    }
    Ok(())
}
