//! Block devices: flash-like storage that images are read from, written to and mounted
//! from, in the spirit of `embedded-storage`'s `NorFlash`.
//!
//! Semantics: erased bytes read `0xFF`; `erase` works on whole erase blocks; `write`
//! programs bytes that must be erased first (NOR flash can only clear bits: writing a byte
//! that would need a 0→1 transition fails with `NotErased`, like a verify-after-write
//! would on hardware). `memory_map` exposes the bytes when the storage is directly
//! addressable (execute-in-place); mounting then uses them without copying.
//!
//! Invariant: every operation is bounds-checked against `capacity()`.

use std::fs::File;
use std::path::Path;

/// Errors of block-device operations.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeviceError {
    #[error("access of {len} bytes at {offset:#x} is outside the device ({capacity} bytes)")]
    OutOfBounds { offset: u64, len: u64, capacity: u64 },
    #[error("erase range {from:#x}..{to:#x} is not aligned to the {erase_size}-byte erase block")]
    Unaligned { from: u64, to: u64, erase_size: u64 },
    #[error("write at {offset:#x} needs an erase first")]
    NotErased { offset: u64 },
    #[error("I/O: {0}")]
    Io(String),
    #[error("power lost")]
    PowerLost,
}

/// Flash-like storage.
pub trait BlockDevice {
    /// Bytes per erase block.
    fn erase_size(&self) -> u64;
    /// Smallest unit of a write (1 for byte-programmable storage).
    fn write_size(&self) -> u64 {
        1
    }
    /// Total size in bytes.
    fn capacity(&self) -> u64;
    /// Reads `buf.len()` bytes at `offset`.
    fn read(&self, offset: u64, buf: &mut [u8]) -> Result<(), DeviceError>;
    /// Programs `data` at `offset` (the bytes must be erased).
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), DeviceError>;
    /// Erases `[from, to)`, which must be aligned to the erase size.
    fn erase(&mut self, from: u64, to: u64) -> Result<(), DeviceError>;
    /// The device's bytes when it is memory-mappable.
    fn memory_map(&self) -> Option<&[u8]> {
        None
    }
}

pub(crate) fn check_range(offset: u64, len: u64, capacity: u64) -> Result<(), DeviceError> {
    if offset.checked_add(len).is_none_or(|end| end > capacity) {
        return Err(DeviceError::OutOfBounds { offset, len, capacity });
    }
    Ok(())
}

pub(crate) fn check_erase(from: u64, to: u64, erase_size: u64, capacity: u64) -> Result<(), DeviceError> {
    if from > to || !from.is_multiple_of(erase_size) || !to.is_multiple_of(erase_size) {
        return Err(DeviceError::Unaligned { from, to, erase_size });
    }
    check_range(from, to - from, capacity)
}

/// Programs `data` over `old` with NOR semantics.
pub(crate) fn program(old: &mut [u8], data: &[u8], offset: u64) -> Result<(), DeviceError> {
    for (i, (o, n)) in old.iter().zip(data.iter()).enumerate() {
        if *o & *n != *n {
            return Err(DeviceError::NotErased { offset: offset + i as u64 });
        }
    }
    for (o, n) in old.iter_mut().zip(data.iter()) {
        *o &= *n;
    }
    Ok(())
}

/// RAM-backed storage.
#[derive(Clone, Debug)]
pub struct RamDevice {
    pub data: Vec<u8>,
    erase_size: u64,
}

impl RamDevice {
    /// An erased device of `capacity` bytes.
    pub fn new(capacity: usize, erase_size: u64) -> RamDevice {
        RamDevice { data: vec![0xff; capacity], erase_size: erase_size.max(1) }
    }

    /// A device holding `data`.
    pub fn from_bytes(data: Vec<u8>, erase_size: u64) -> RamDevice {
        RamDevice { data, erase_size: erase_size.max(1) }
    }
}

impl BlockDevice for RamDevice {
    fn erase_size(&self) -> u64 {
        self.erase_size
    }
    fn capacity(&self) -> u64 {
        self.data.len() as u64
    }
    fn read(&self, offset: u64, buf: &mut [u8]) -> Result<(), DeviceError> {
        check_range(offset, buf.len() as u64, self.capacity())?;
        buf.copy_from_slice(&self.data[offset as usize..offset as usize + buf.len()]);
        Ok(())
    }
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), DeviceError> {
        check_range(offset, data.len() as u64, self.capacity())?;
        program(&mut self.data[offset as usize..offset as usize + data.len()], data, offset)
    }
    fn erase(&mut self, from: u64, to: u64) -> Result<(), DeviceError> {
        check_erase(from, to, self.erase_size, self.capacity())?;
        self.data[from as usize..to as usize].fill(0xff);
        Ok(())
    }
    fn memory_map(&self) -> Option<&[u8]> {
        Some(&self.data)
    }
}

/// File-backed storage (positional reads and writes; not memory-mapped).
#[derive(Debug)]
pub struct FileDevice {
    file: File,
    capacity: u64,
    erase_size: u64,
}

impl FileDevice {
    /// Opens a file as a device (read-write).
    pub fn open(path: &Path, erase_size: u64) -> Result<FileDevice, DeviceError> {
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .map_err(|e| DeviceError::Io(e.to_string()))?;
        let capacity = file.metadata().map_err(|e| DeviceError::Io(e.to_string()))?.len();
        Ok(FileDevice { file, capacity, erase_size: erase_size.max(1) })
    }

    /// Opens a file as a device for reading only (writes fail).
    pub fn open_read_only(path: &Path, erase_size: u64) -> Result<FileDevice, DeviceError> {
        let file = File::open(path).map_err(|e| DeviceError::Io(e.to_string()))?;
        let capacity = file.metadata().map_err(|e| DeviceError::Io(e.to_string()))?.len();
        Ok(FileDevice { file, capacity, erase_size: erase_size.max(1) })
    }
}

impl BlockDevice for FileDevice {
    fn erase_size(&self) -> u64 {
        self.erase_size
    }
    fn capacity(&self) -> u64 {
        self.capacity
    }
    fn read(&self, offset: u64, buf: &mut [u8]) -> Result<(), DeviceError> {
        use std::os::unix::fs::FileExt;
        check_range(offset, buf.len() as u64, self.capacity)?;
        self.file.read_exact_at(buf, offset).map_err(|e| DeviceError::Io(e.to_string()))
    }
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), DeviceError> {
        use std::os::unix::fs::FileExt;
        check_range(offset, data.len() as u64, self.capacity)?;
        let mut old = vec![0u8; data.len()];
        self.file.read_exact_at(&mut old, offset).map_err(|e| DeviceError::Io(e.to_string()))?;
        program(&mut old, data, offset)?;
        self.file.write_all_at(&old, offset).map_err(|e| DeviceError::Io(e.to_string()))
    }
    fn erase(&mut self, from: u64, to: u64) -> Result<(), DeviceError> {
        use std::os::unix::fs::FileExt;
        check_erase(from, to, self.erase_size, self.capacity)?;
        let ff = vec![0xffu8; (to - from) as usize];
        self.file.write_all_at(&ff, from).map_err(|e| DeviceError::Io(e.to_string()))
    }
}

/// A memory-mapped file (addressable: mounting uses the mapping in place).
#[derive(Debug)]
pub struct MmapDevice {
    map: memmap2::MmapMut,
    erase_size: u64,
}

impl MmapDevice {
    /// Maps a file read-write.
    pub fn open(path: &Path, erase_size: u64) -> Result<MmapDevice, DeviceError> {
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
            .map_err(|e| DeviceError::Io(e.to_string()))?;
        // SAFETY: the mapping is private to this process's view of the file; mpyrom does not
        // modify the file through other handles while the device exists, and the bytes are
        // only ever read through bounds-checked slices.
        let map = unsafe { memmap2::MmapMut::map_mut(&file) }.map_err(|e| DeviceError::Io(e.to_string()))?;
        Ok(MmapDevice { map, erase_size: erase_size.max(1) })
    }

    /// Flushes changes to the file.
    pub fn flush(&self) -> Result<(), DeviceError> {
        self.map.flush().map_err(|e| DeviceError::Io(e.to_string()))
    }
}

impl BlockDevice for MmapDevice {
    fn erase_size(&self) -> u64 {
        self.erase_size
    }
    fn capacity(&self) -> u64 {
        self.map.len() as u64
    }
    fn read(&self, offset: u64, buf: &mut [u8]) -> Result<(), DeviceError> {
        check_range(offset, buf.len() as u64, self.capacity())?;
        buf.copy_from_slice(&self.map[offset as usize..offset as usize + buf.len()]);
        Ok(())
    }
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), DeviceError> {
        check_range(offset, data.len() as u64, self.capacity())?;
        program(&mut self.map[offset as usize..offset as usize + data.len()], data, offset)
    }
    fn erase(&mut self, from: u64, to: u64) -> Result<(), DeviceError> {
        check_erase(from, to, self.erase_size, self.capacity())?;
        self.map[from as usize..to as usize].fill(0xff);
        Ok(())
    }
    fn memory_map(&self) -> Option<&[u8]> {
        Some(&self.map)
    }
}

/// A window `[offset, offset + len)` of another device (a flash partition).
#[derive(Debug)]
pub struct Partition<D> {
    pub dev: D,
    offset: u64,
    len: u64,
}

impl<D: BlockDevice> Partition<D> {
    /// A partition of `dev`; fails if it does not fit or is not erase-aligned.
    pub fn new(dev: D, offset: u64, len: u64) -> Result<Partition<D>, DeviceError> {
        check_range(offset, len, dev.capacity())?;
        let es = dev.erase_size();
        if !offset.is_multiple_of(es) || !len.is_multiple_of(es) {
            return Err(DeviceError::Unaligned { from: offset, to: offset + len, erase_size: es });
        }
        Ok(Partition { dev, offset, len })
    }
}

impl<D: BlockDevice> BlockDevice for Partition<D> {
    fn erase_size(&self) -> u64 {
        self.dev.erase_size()
    }
    fn write_size(&self) -> u64 {
        self.dev.write_size()
    }
    fn capacity(&self) -> u64 {
        self.len
    }
    fn read(&self, offset: u64, buf: &mut [u8]) -> Result<(), DeviceError> {
        check_range(offset, buf.len() as u64, self.len)?;
        self.dev.read(self.offset + offset, buf)
    }
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), DeviceError> {
        check_range(offset, data.len() as u64, self.len)?;
        self.dev.write(self.offset + offset, data)
    }
    fn erase(&mut self, from: u64, to: u64) -> Result<(), DeviceError> {
        check_erase(from, to, self.erase_size(), self.len)?;
        self.dev.erase(self.offset + from, self.offset + to)
    }
    fn memory_map(&self) -> Option<&[u8]> {
        self.dev.memory_map().map(|m| &m[self.offset as usize..(self.offset + self.len) as usize])
    }
}

impl<D: BlockDevice + ?Sized> BlockDevice for Box<D> {
    fn erase_size(&self) -> u64 {
        (**self).erase_size()
    }
    fn write_size(&self) -> u64 {
        (**self).write_size()
    }
    fn capacity(&self) -> u64 {
        (**self).capacity()
    }
    fn read(&self, offset: u64, buf: &mut [u8]) -> Result<(), DeviceError> {
        (**self).read(offset, buf)
    }
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), DeviceError> {
        (**self).write(offset, data)
    }
    fn erase(&mut self, from: u64, to: u64) -> Result<(), DeviceError> {
        (**self).erase(from, to)
    }
    fn memory_map(&self) -> Option<&[u8]> {
        (**self).memory_map()
    }
}

/// How an image was mounted.
#[derive(Debug)]
pub enum Mounted<'a> {
    /// The device's mapped bytes, used in place.
    Mapped(&'a [u8]),
    /// The image read into RAM (the device is not addressable).
    Copied(Vec<u8>),
}

impl Mounted<'_> {
    /// The image bytes.
    pub fn bytes(&self) -> &[u8] {
        match self {
            Mounted::Mapped(b) => b,
            Mounted::Copied(v) => v,
        }
    }

    /// Whether the image is used in place.
    pub fn is_mapped(&self) -> bool {
        matches!(self, Mounted::Mapped(_))
    }
}

/// Mounts the ROMFS image at the start of `dev`: in place when the device is mapped,
/// otherwise by reading exactly the image into RAM. Checks the header either way.
pub fn mount<D: BlockDevice + ?Sized>(dev: &D) -> Result<Mounted<'_>, crate::Error> {
    if let Some(m) = dev.memory_map() {
        let image = crate::Image::new(m)?;
        return Ok(Mounted::Mapped(&m[..image.size()]));
    }
    let mut head = vec![0u8; 16.min(dev.capacity() as usize)];
    dev.read(0, &mut head)?;
    if head.len() < 4 || head[..3] != crate::record::HEADER {
        return Err(crate::Error::NotRomfs);
    }
    let mut p = 3;
    let len = crate::varuint::decode(&head, &mut p, head.len())?;
    let total =
        (p as u64).checked_add(len).filter(|&t| t <= dev.capacity()).ok_or(crate::Error::Truncated { offset: 0 })?;
    let mut data = vec![0u8; total as usize];
    dev.read(0, &mut data)?;
    crate::Image::new(&data)?;
    Ok(Mounted::Copied(data))
}

/// A read-only memory-mapped file (an image file used in place). Its bytes can be shared
/// with the VM directly (`AsRef<[u8]>`).
#[derive(Debug)]
pub struct ReadOnlyMap {
    map: memmap2::Mmap,
    erase_size: u64,
}

impl ReadOnlyMap {
    /// Maps a file read-only.
    pub fn open(path: &Path, erase_size: u64) -> Result<ReadOnlyMap, DeviceError> {
        let file = File::open(path).map_err(|e| DeviceError::Io(e.to_string()))?;
        // SAFETY: the file is mapped read-only and mpyrom never writes it while mapped;
        // another process truncating it would be a usage error outside our control (the
        // same caveat as every mmap user), and reads are bounds-checked slices.
        let map = unsafe { memmap2::Mmap::map(&file) }.map_err(|e| DeviceError::Io(e.to_string()))?;
        Ok(ReadOnlyMap { map, erase_size: erase_size.max(1) })
    }
}

impl AsRef<[u8]> for ReadOnlyMap {
    fn as_ref(&self) -> &[u8] {
        &self.map
    }
}

impl BlockDevice for ReadOnlyMap {
    fn erase_size(&self) -> u64 {
        self.erase_size
    }
    fn capacity(&self) -> u64 {
        self.map.len() as u64
    }
    fn read(&self, offset: u64, buf: &mut [u8]) -> Result<(), DeviceError> {
        check_range(offset, buf.len() as u64, self.capacity())?;
        buf.copy_from_slice(&self.map[offset as usize..offset as usize + buf.len()]);
        Ok(())
    }
    fn write(&mut self, _offset: u64, _data: &[u8]) -> Result<(), DeviceError> {
        Err(DeviceError::Io("device is read-only".into()))
    }
    fn erase(&mut self, _from: u64, _to: u64) -> Result<(), DeviceError> {
        Err(DeviceError::Io("device is read-only".into()))
    }
    fn memory_map(&self) -> Option<&[u8]> {
        Some(&self.map)
    }
}
