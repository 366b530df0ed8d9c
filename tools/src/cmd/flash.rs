//! `mpyrom flash build|info` and `mpyrom ota stage|confirm|status|diff`: whole-flash images
//! laid out by a partition CSV, with A/B ROMFS slots (the logic is `romfs::ota`).

use crate::size::parse_size;
use crate::CliError;
use clap::{Args, Subcommand};
use romfs::layout::Layout;
use romfs::ota;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Layout options shared by the flash and OTA commands.
#[derive(Args, Debug, Clone)]
pub struct LayoutArgs {
    /// Partition table (ESP-IDF CSV convention; see images/layouts/).
    #[arg(long, value_name = "CSV")]
    pub layout: PathBuf,
    /// Erase-block size of the flash.
    #[arg(long, value_name = "SIZE", default_value = "4K")]
    pub erase_size: String,
}

#[derive(Args, Debug)]
pub struct FlashArgs {
    #[command(subcommand)]
    pub command: FlashCommand,
}

#[derive(Subcommand, Debug)]
pub enum FlashCommand {
    /// Write a whole flash image: 0xFF everywhere, the ROMFS image in slot A, the update
    /// state "A active, confirmed", and the FAT partition formatted and filled.
    Build {
        #[command(flatten)]
        layout: LayoutArgs,
        /// Flash size (e.g. 4M).
        #[arg(long, value_name = "SIZE")]
        flash_size: String,
        /// ROMFS image for slot A.
        #[arg(long, value_name = "IMAGE")]
        romfs: Option<PathBuf>,
        /// Copy this directory into the FAT partition.
        #[arg(long, value_name = "DIR")]
        fat: Option<PathBuf>,
        /// Output file.
        #[arg(short, long, value_name = "FLASH.bin")]
        output: PathBuf,
    },
    /// Show the partitions, the update state and each slot's image.
    Info {
        /// The flash image.
        flash: PathBuf,
        #[command(flatten)]
        layout: LayoutArgs,
    },
}

#[derive(Args, Debug)]
pub struct OtaArgs {
    #[command(subcommand)]
    pub command: OtaCommand,
}

#[derive(Subcommand, Debug)]
pub enum OtaCommand {
    /// Write NEW.romfs into the inactive slot (only changed erase blocks), verify it by
    /// reading it back, and mark it pending: the next boot tries it once.
    Stage {
        flash: PathBuf,
        #[command(flatten)]
        layout: LayoutArgs,
        /// The new ROMFS image.
        image: PathBuf,
    },
    /// Make the pending image permanent.
    Confirm {
        flash: PathBuf,
        #[command(flatten)]
        layout: LayoutArgs,
    },
    /// Print the update state.
    Status {
        flash: PathBuf,
        #[command(flatten)]
        layout: LayoutArgs,
    },
    /// How many erase blocks and bytes updating OLD to NEW in place would write.
    Diff {
        old: PathBuf,
        new: PathBuf,
        /// Erase-block size.
        #[arg(long, value_name = "SIZE", default_value = "4K")]
        erase_size: String,
    },
}

fn size_arg(text: &str, what: &str) -> Result<u64, CliError> {
    parse_size(text).filter(|n| *n > 0).ok_or_else(|| CliError::Msg(format!("invalid {what} '{text}'")))
}

/// Reads and validates a layout for a flash of `flash_size` bytes.
pub fn load_layout(args: &LayoutArgs, flash_size: u64) -> Result<Layout, CliError> {
    let erase = size_arg(&args.erase_size, "erase size")?;
    let csv = std::fs::read_to_string(&args.layout).map_err(|e| CliError::io(&args.layout, e))?;
    Layout::parse(&csv, flash_size, erase).map_err(|e| CliError::Msg(format!("{}: {e}", args.layout.display())))
}

fn open_flash(path: &Path, layout_args: &LayoutArgs) -> Result<(romfs::FileDevice, Layout), CliError> {
    let len = std::fs::metadata(path).map_err(|e| CliError::io(path, e))?.len();
    let layout = load_layout(layout_args, len)?;
    let dev = romfs::FileDevice::open(path, layout.erase_size)
        .map_err(|e| CliError::Msg(format!("{}: {e}", path.display())))?;
    Ok((dev, layout))
}

fn ota_err(path: &Path, e: ota::OtaError) -> CliError {
    CliError::Msg(format!("{}: {e}", path.display()))
}

fn print_state(state: &ota::State, slots: &[ota::SlotStatus; 2]) {
    println!(
        "state: seq {}, active slot {}, pending {}",
        state.seq,
        ota::slot_name(state.active),
        match state.pending {
            Some(p) if state.tried =>
                format!("slot {} (tried once, not confirmed: the next boot rolls back)", ota::slot_name(p)),
            Some(p) => format!("slot {} (the next boot tries it)", ota::slot_name(p)),
            None => "none".into(),
        }
    );
    for (k, s) in slots.iter().enumerate() {
        let what = match s {
            ota::SlotStatus::Empty => "empty".to_string(),
            ota::SlotStatus::Valid { len } => {
                format!("valid ROMFS image, {len} bytes, CRC-32 {:#010x}", state.image_crc[k])
            }
            ota::SlotStatus::Corrupt(why) => format!("CORRUPT: {why}"),
        };
        println!("slot {}: {what}", ota::slot_name(k));
    }
}

pub fn flash(a: FlashArgs) -> Result<ExitCode, CliError> {
    match a.command {
        FlashCommand::Build { layout, flash_size, romfs, fat, output } => {
            let size = size_arg(&flash_size, "flash size")?;
            let layout = load_layout(&layout, size)?;
            let image = match &romfs {
                Some(p) => Some(std::fs::read(p).map_err(|e| CliError::io(p, e))?),
                None => None,
            };
            let f = std::fs::File::create(&output).map_err(|e| CliError::io(&output, e))?;
            f.set_len(size).map_err(|e| CliError::io(&output, e))?;
            drop(f);
            let mut dev = romfs::FileDevice::open(&output, layout.erase_size)
                .map_err(|e| CliError::Msg(format!("{}: {e}", output.display())))?;
            use romfs::BlockDevice;
            dev.erase(0, size).map_err(|e| CliError::Msg(e.to_string()))?;
            ota::init(&mut dev, &layout, image.as_deref()).map_err(|e| ota_err(&output, e))?;
            drop(dev);
            let mut files = 0;
            if let Some(p) = layout.fat() {
                let part = |path: &Path| -> Result<Box<dyn romfs::BlockDevice>, CliError> {
                    let d = romfs::FileDevice::open(path, 512).map_err(|e| CliError::Msg(e.to_string()))?;
                    let part = romfs::Partition::new(d, p.offset, p.size).map_err(|e| CliError::Msg(e.to_string()))?;
                    Ok(Box::new(part))
                };
                vm::vfs::fat::FatFs::format(part(&output)?).map_err(|e| CliError::Msg(format!("FAT: {e}")))?;
                if let Some(dir) = &fat {
                    let fs =
                        vm::vfs::fat::FatFs::mount(part(&output)?).map_err(|e| CliError::Msg(format!("FAT: {e}")))?;
                    files = fs
                        .fill_from_dir(dir, "/")
                        .map_err(|e| CliError::Msg(format!("copying {}: {e}", dir.display())))?;
                }
            } else if fat.is_some() {
                return Err(CliError::Msg("--fat given but the layout has no FAT partition".into()));
            }
            println!(
                "Wrote {}: {} bytes, slot A {}, FAT {}",
                output.display(),
                size,
                image.as_ref().map_or("empty".to_string(), |i| format!("holds a {}-byte image", i.len())),
                layout.fat().map_or("none".to_string(), |p| format!("{} KiB with {files} files", p.size / 1024))
            );
            Ok(ExitCode::SUCCESS)
        }
        FlashCommand::Info { flash, layout } => {
            let (dev, layout) = open_flash(&flash, &layout)?;
            println!("{} ({} bytes, erase size {})", flash.display(), layout.flash_size, layout.erase_size);
            println!("{:<12} {:<5} {:<5} {:<10} {:<10}", "name", "type", "sub", "offset", "size");
            for p in &layout.partitions {
                println!("{p}");
            }
            let (state, slots, copies) = ota::status(&dev, &layout).map_err(|e| ota_err(&flash, e))?;
            print_state(&state, &slots);
            for (k, c) in copies.iter().enumerate() {
                println!("state copy {k}: {}", c.map_or("invalid or erased".to_string(), |s| format!("seq {}", s.seq)));
            }
            let bad = slots.iter().any(|s| matches!(s, ota::SlotStatus::Corrupt(_)));
            Ok(if bad { ExitCode::FAILURE } else { ExitCode::SUCCESS })
        }
    }
}

pub fn ota_cmd(a: OtaArgs) -> Result<ExitCode, CliError> {
    match a.command {
        OtaCommand::Stage { flash, layout, image } => {
            let (mut dev, layout) = open_flash(&flash, &layout)?;
            let bytes = std::fs::read(&image).map_err(|e| CliError::io(&image, e))?;
            let s = ota::stage(&mut dev, &layout, &bytes).map_err(|e| ota_err(&flash, e))?;
            println!(
                "staged {} ({} bytes) in slot {}: {} of {} erase blocks erased, {} programmed ({} bytes); verified; pending (the next boot tries it)",
                image.display(),
                bytes.len(),
                ota::slot_name(s.slot),
                s.stats.blocks_erased,
                s.stats.blocks_total,
                s.stats.blocks_programmed,
                s.stats.bytes_programmed
            );
            Ok(ExitCode::SUCCESS)
        }
        OtaCommand::Confirm { flash, layout } => {
            let (mut dev, layout) = open_flash(&flash, &layout)?;
            let s = ota::confirm(&mut dev, &layout).map_err(|e| ota_err(&flash, e))?;
            println!("confirmed: slot {} is now the active image", ota::slot_name(s.active));
            Ok(ExitCode::SUCCESS)
        }
        OtaCommand::Status { flash, layout } => {
            let (dev, layout) = open_flash(&flash, &layout)?;
            let (state, slots, _) = ota::status(&dev, &layout).map_err(|e| ota_err(&flash, e))?;
            print_state(&state, &slots);
            Ok(ExitCode::SUCCESS)
        }
        OtaCommand::Diff { old, new, erase_size } => {
            let erase = size_arg(&erase_size, "erase size")?;
            let a = std::fs::read(&old).map_err(|e| CliError::io(&old, e))?;
            let b = std::fs::read(&new).map_err(|e| CliError::io(&new, e))?;
            let d = ota::diff(&a, &b, erase);
            println!(
                "{} -> {}: {} of {} erase blocks change ({} erased, {} programmed, {} bytes programmed); a full rewrite is {} blocks, {} bytes",
                old.display(),
                new.display(),
                d.blocks_programmed.max(d.blocks_erased),
                d.blocks_total,
                d.blocks_erased,
                d.blocks_programmed,
                d.bytes_programmed,
                d.blocks_total,
                b.len()
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
