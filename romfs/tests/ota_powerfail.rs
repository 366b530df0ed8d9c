//! Power-fail simulation for A/B updates: a flash device that loses power at its k-th
//! program or erase (keeping a torn last operation: half the bytes programmed, half the
//! block erased), for every k through stage → boot → confirm → boot → stage → boot → boot
//! (rollback) → boot, for several image sizes. After each cut a simulated reboot must boot
//! a slot whose image verifies and is one of the images written, and the FAT partition
//! beside the slots is untouched. Also: corruption of a staged image or of either state
//! copy is detected, and an update changing one module of a 20-module image aligned to the
//! erase size rewrites few blocks.

use romfs::device::{BlockDevice, DeviceError};
use romfs::layout::Layout;
use romfs::ota;
use romfs::pack::{pack, Options};
use romfs::tree::Node;

const ERASE: u64 = 4096;
const FLASH: u64 = 512 * 1024;
const LAYOUT: &str = "\
romfs_state, data, mpyrom_state, 0x1000, 8K,
romfs_a, data, romfs, , 160K,
romfs_b, data, romfs, , 160K,
vfs, data, fat, , 64K,
";

/// NOR flash in RAM that can lose power at operation `cut_at`.
struct CutFlash {
    data: Vec<u8>,
    ops: usize,
    cut_at: Option<usize>,
    dead: bool,
}

impl CutFlash {
    fn new() -> CutFlash {
        CutFlash { data: vec![0xff; FLASH as usize], ops: 0, cut_at: None, dead: false }
    }

    /// Counts an operation; true if power fails during it.
    fn tick(&mut self) -> Result<bool, DeviceError> {
        if self.dead {
            return Err(DeviceError::PowerLost);
        }
        self.ops += 1;
        Ok(self.cut_at == Some(self.ops))
    }
}

impl BlockDevice for CutFlash {
    fn erase_size(&self) -> u64 {
        ERASE
    }
    fn capacity(&self) -> u64 {
        FLASH
    }
    fn read(&self, offset: u64, buf: &mut [u8]) -> Result<(), DeviceError> {
        let o = offset as usize;
        buf.copy_from_slice(self.data.get(o..o + buf.len()).ok_or(DeviceError::PowerLost)?);
        Ok(())
    }
    fn write(&mut self, offset: u64, bytes: &[u8]) -> Result<(), DeviceError> {
        let torn = self.tick()?;
        let n = if torn { bytes.len() / 2 } else { bytes.len() };
        for (i, b) in bytes[..n].iter().enumerate() {
            let cell = &mut self.data[offset as usize + i];
            if *cell & b != *b {
                return Err(DeviceError::NotErased { offset: offset + i as u64 });
            }
            *cell &= b;
        }
        if torn {
            self.dead = true;
            return Err(DeviceError::PowerLost);
        }
        Ok(())
    }
    fn erase(&mut self, from: u64, to: u64) -> Result<(), DeviceError> {
        assert!(from.is_multiple_of(ERASE) && to.is_multiple_of(ERASE));
        let torn = self.tick()?;
        let end = if torn { from + (to - from) / 2 } else { to };
        self.data[from as usize..end as usize].fill(0xff);
        if torn {
            self.dead = true;
            return Err(DeviceError::PowerLost);
        }
        Ok(())
    }
}

/// A ROMFS image of `n` modules of `size` bytes; `variant` changes one module's content.
fn image(n: usize, size: usize, variant: u8) -> Vec<u8> {
    let files = (0..n)
        .map(|k| Node::File {
            name: format!("mod{k:02}.mpy"),
            data: (0..size).map(|i| (i * 7 + k * 13) as u8 ^ if k == n / 2 { variant } else { 0 }).collect(),
        })
        .collect::<Vec<_>>();
    pack(&[Node::Dir { name: "lib".into(), children: files }], Options { align: ERASE as usize, crc: true })
        .expect("pack")
        .bytes
}

/// The update story, stopping at the first error (the power cut). `marks` receives the
/// operation count after each step.
fn story(
    dev: &mut CutFlash,
    layout: &Layout,
    new: &[u8],
    newer: &[u8],
    marks: &mut Vec<usize>,
) -> Result<(), ota::OtaError> {
    ota::stage(dev, layout, new)?;
    marks.push(dev.ops); // 0: new staged
    ota::boot(dev, layout)?;
    marks.push(dev.ops); // 1: trial boot of new
    ota::confirm(dev, layout)?;
    marks.push(dev.ops); // 2: new confirmed
    ota::boot(dev, layout)?;
    marks.push(dev.ops); // 3
    ota::stage(dev, layout, newer)?;
    marks.push(dev.ops); // 4: newer staged
    ota::boot(dev, layout)?; // trial, never confirmed
    marks.push(dev.ops); // 5
    ota::boot(dev, layout)?; // rolls back
    marks.push(dev.ops); // 6: back on new
    ota::boot(dev, layout)?;
    marks.push(dev.ops); // 7
    Ok(())
}

fn fat_region(dev: &CutFlash, layout: &Layout) -> Vec<u8> {
    let p = layout.fat().unwrap();
    dev.data[p.offset as usize..(p.offset + p.size) as usize].to_vec()
}

#[test]
fn every_power_cut_leaves_a_bootable_verified_image() {
    let layout = Layout::parse(LAYOUT, FLASH, ERASE).unwrap();
    let mut cuts_tried = 0;
    for (n, size) in [(1, 300), (6, 2000), (20, 3000)] {
        // `new` changes one module (incremental); `newer` changes every module (full rewrite).
        let (old, new, newer) = (image(n, size, 0), image(n, size, 0x55), image(n, size + 100, 0xaa));
        let mut base = CutFlash::new();
        ota::init(&mut base, &layout, Some(&old)).unwrap();
        // Something on the FAT partition before the updates.
        let fat = layout.fat().unwrap();
        base.data[fat.offset as usize..fat.offset as usize + 11].copy_from_slice(b"user data 1");
        base.ops = 0;
        let mut full = CutFlash { data: base.data.clone(), ops: 0, cut_at: None, dead: false };
        let mut m = Vec::new();
        story(&mut full, &layout, &new, &newer, &mut m).unwrap();
        let total = full.ops;
        assert!(total > 10);
        for k in 1..=total {
            let mut dev = CutFlash { data: base.data.clone(), ops: 0, cut_at: Some(k), dead: false };
            assert!(
                story(&mut dev, &layout, &new, &newer, &mut Vec::new()).is_err(),
                "cut {k} of {total} did not stop the story"
            );
            // Power returns: the bootloader runs.
            dev.dead = false;
            dev.cut_at = None;
            let choice =
                ota::boot(&mut dev, &layout).unwrap_or_else(|e| panic!("size {n}x{size}, cut {k}/{total}: {e}"));
            let p = layout.slot(choice.slot);
            let booted = &dev.data[p.offset as usize..p.offset as usize + choice.image_len];
            assert!(
                booted == old.as_slice() || booted == new.as_slice() || booted == newer.as_slice(),
                "cut {k}: booted an image that was never written"
            );
            romfs::verify::verify(booted).unwrap();
            // What the state allows: the old image until `new` is staged; `new` once it is
            // confirmed and until `newer` is staged; `new` again once `newer` was rolled back.
            if k <= m[0] {
                assert_eq!(booted, old.as_slice(), "cut {k}: before the first stage completed");
            }
            if (m[2] < k && k <= m[4]) || k > m[6] {
                assert_eq!(booted, new.as_slice(), "cut {k}: the confirmed image must boot");
            }
            assert_eq!(fat_region(&dev, &layout), fat_region(&base, &layout), "cut {k}: FAT partition changed");
            // A second reboot agrees with itself (no oscillation into an unverified slot).
            let again = ota::boot(&mut dev, &layout).unwrap();
            let p2 = layout.slot(again.slot);
            romfs::verify::verify(&dev.data[p2.offset as usize..p2.offset as usize + again.image_len]).unwrap();
            cuts_tried += 1;
        }
        // Without power loss the story ends on the confirmed `new` image (newer rolled back).
        let choice = ota::boot(&mut full, &layout).unwrap();
        let p = layout.slot(choice.slot);
        assert_eq!(&full.data[p.offset as usize..p.offset as usize + choice.image_len], new.as_slice());
    }
    println!("power cuts tried: {cuts_tried}");
    assert!(cuts_tried > 100);
}

#[test]
fn corruption_is_detected_and_the_other_slot_boots() {
    let layout = Layout::parse(LAYOUT, FLASH, ERASE).unwrap();
    let (old, new) = (image(6, 2000, 0), image(6, 2000, 0x55));
    let mut dev = CutFlash::new();
    ota::init(&mut dev, &layout, Some(&old)).unwrap();
    let staged = ota::stage(&mut dev, &layout, &new).unwrap();
    // A bit flips in the staged slot: the trial boot refuses it and boots the old image.
    let p = layout.slot(staged.slot);
    dev.data[p.offset as usize + 5000] ^= 0x10;
    let choice = ota::boot(&mut dev, &layout).unwrap();
    assert_eq!(choice.slot, 1 - staged.slot);
    assert!(choice.notes.iter().any(|n| n.contains("failed verification")), "{:?}", choice.notes);
    let (_, slots, _) = ota::status(&dev, &layout).unwrap();
    assert!(matches!(
        slots[staged.slot],
        ota::SlotStatus::Valid { .. } | ota::SlotStatus::Empty | ota::SlotStatus::Corrupt(_)
    ));
    // A bit flips in either state copy: the other copy is used.
    for copy in 0..2u64 {
        let mut d = CutFlash::new();
        ota::init(&mut d, &layout, Some(&old)).unwrap();
        ota::stage(&mut d, &layout, &new).unwrap();
        let (before, newest) = ota::read_state(&d, &layout).unwrap();
        let st = layout.state();
        d.data[(st.offset + copy * ERASE + 9) as usize] ^= 0x01;
        let copies = ota::read_copies(&d, &layout).unwrap();
        assert!(copies[copy as usize].is_none(), "the flipped copy is detected");
        let (after, _) = ota::read_state(&d, &layout).unwrap();
        if copy as usize == newest {
            assert_eq!(after.seq, before.seq - 1, "falls back to the previous state");
        } else {
            assert_eq!(after, before);
        }
        let choice = ota::boot(&mut d, &layout).unwrap();
        let p = layout.slot(choice.slot);
        romfs::verify::verify(&d.data[p.offset as usize..p.offset as usize + choice.image_len]).unwrap();
    }
    // An active slot that rots is replaced by the other valid one.
    let mut d = CutFlash::new();
    ota::init(&mut d, &layout, Some(&old)).unwrap();
    ota::stage(&mut d, &layout, &new).unwrap();
    ota::confirm(&mut d, &layout).unwrap();
    let (s, _) = ota::read_state(&d, &layout).unwrap();
    let p = layout.slot(s.active);
    d.data[p.offset as usize + 100] ^= 0x80;
    let choice = ota::boot(&mut d, &layout).unwrap();
    assert_eq!(choice.slot, 1 - s.active);
}

#[test]
fn one_changed_module_rewrites_few_blocks() {
    let (old, new) = (image(20, 3000, 0), image(20, 3000, 0x55));
    let d = ota::diff(&old, &new, ERASE);
    println!(
        "20-module image ({} bytes, {} blocks): one module changed -> {} blocks erased, {} programmed, {} bytes",
        new.len(),
        d.blocks_total,
        d.blocks_erased,
        d.blocks_programmed,
        d.bytes_programmed
    );
    assert!(d.blocks_programmed * 5 <= d.blocks_total, "{d:?}");
    // The same through stage on a device.
    let layout = Layout::parse(LAYOUT, FLASH, ERASE).unwrap();
    let mut dev = CutFlash::new();
    ota::init(&mut dev, &layout, Some(&old)).unwrap();
    let first = ota::stage(&mut dev, &layout, &old).unwrap();
    ota::confirm(&mut dev, &layout).unwrap();
    // Slot B now holds `old`; the next stage goes to slot A, which also holds `old`.
    let second = ota::stage(&mut dev, &layout, &new).unwrap();
    assert_eq!(first.stats.blocks_total, second.stats.blocks_total);
    assert!(second.stats.blocks_erased <= d.blocks_erased + 1, "{:?}", second.stats);
    assert!(second.stats.blocks_programmed * 5 <= second.stats.blocks_total, "{:?}", second.stats);
}
