//! Flash layouts in the ESP-IDF partition-table CSV convention.
//!
//! Each non-comment line is `Name, Type, SubType, Offset, Size, Flags`. Types are `app`,
//! `data` or a number; subtypes a name (`factory`, `ota_0`…, `nvs`, `phy`, `fat`, `spiffs`,
//! `littlefs`, `romfs`, `mpyrom_state`) or a number. Sizes and offsets take `0x…`, decimal,
//! or a `K`/`M` suffix; an empty offset places the partition right after the previous one,
//! aligned to the erase size. mpyrom needs two ROMFS slots (`romfs_a`, `romfs_b`: data
//! subtype `0x8f`, the one MicroPython uses on esp32) and an update-state partition
//! (`romfs_state`: data subtype `0x90`, at least two erase blocks); a FAT partition (data
//! subtype `fat`) is optional.
//!
//! Invariants of a validated [`Layout`]: partitions are sorted by offset, aligned to the
//! erase size, non-empty, inside the flash, non-overlapping, with unique names.

use std::fmt;

/// ESP-IDF's data subtype for MicroPython ROMFS partitions.
pub const SUBTYPE_ROMFS: u8 = 0x8f;
/// mpyrom's data subtype for the A/B update state.
pub const SUBTYPE_STATE: u8 = 0x90;
/// ESP-IDF's data subtype for FAT.
pub const SUBTYPE_FAT: u8 = 0x81;
/// Partition type `app`.
pub const TYPE_APP: u8 = 0x00;
/// Partition type `data`.
pub const TYPE_DATA: u8 = 0x01;

/// One partition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionSpec {
    pub name: String,
    pub ptype: u8,
    pub subtype: u8,
    pub offset: u64,
    pub size: u64,
    pub flags: String,
    /// 1-based line of the CSV file.
    pub line: usize,
}

/// A validated layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub flash_size: u64,
    pub erase_size: u64,
    pub partitions: Vec<PartitionSpec>,
}

/// What is wrong with a layout (with the CSV line where it applies).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LayoutError {
    #[error("line {line}: {what}")]
    Syntax { line: usize, what: String },
    #[error("line {line}: partition '{name}' at {offset:#x} is not aligned to the {erase:#x}-byte erase size")]
    Misaligned { line: usize, name: String, offset: u64, erase: u64 },
    #[error("line {line}: partition '{name}' has size 0 or a size not a multiple of the {erase:#x}-byte erase size")]
    BadSize { line: usize, name: String, erase: u64 },
    #[error("line {line}: partition '{name}' ends at {end:#x}, past the end of the {flash:#x}-byte flash")]
    TooBig { line: usize, name: String, end: u64, flash: u64 },
    #[error("line {line}: partition '{name}' overlaps '{other}' (line {other_line})")]
    Overlap { line: usize, name: String, other: String, other_line: usize },
    #[error("line {line}: duplicate partition name '{name}'")]
    Duplicate { line: usize, name: String },
    #[error("missing partition '{0}' (mpyrom needs romfs_a, romfs_b and romfs_state)")]
    Missing(&'static str),
    #[error("line {line}: partition '{name}' must be {what}")]
    WrongKind { line: usize, name: String, what: &'static str },
    #[error("flash size {flash:#x} or erase size {erase:#x} is invalid (erase size: a power of two dividing the flash size)")]
    BadGeometry { flash: u64, erase: u64 },
}

/// Parses `0x1000`, `4096`, `4K`, `1M`.
pub fn parse_size(text: &str) -> Option<u64> {
    let t = text.trim();
    let (num, mul) = match t.chars().last()? {
        'k' | 'K' => (&t[..t.len() - 1], 1024),
        'm' | 'M' => (&t[..t.len() - 1], 1024 * 1024),
        _ => (t, 1),
    };
    let n = if let Some(h) = num.strip_prefix("0x").or_else(|| num.strip_prefix("0X")) {
        u64::from_str_radix(h, 16).ok()?
    } else {
        num.parse::<u64>().ok()?
    };
    n.checked_mul(mul)
}

fn parse_type(t: &str) -> Option<u8> {
    match t {
        "app" => Some(TYPE_APP),
        "data" => Some(TYPE_DATA),
        _ => parse_size(t).and_then(|n| u8::try_from(n).ok()),
    }
}

fn parse_subtype(ptype: u8, s: &str) -> Option<u8> {
    let named = match (ptype, s) {
        (TYPE_APP, "factory") => Some(0x00),
        (TYPE_APP, "test") => Some(0x20),
        (TYPE_APP, o) if o.starts_with("ota_") => o[4..].parse::<u8>().ok().filter(|n| *n < 16).map(|n| 0x10 + n),
        (TYPE_DATA, "ota") => Some(0x00),
        (TYPE_DATA, "phy") => Some(0x01),
        (TYPE_DATA, "nvs") => Some(0x02),
        (TYPE_DATA, "coredump") => Some(0x03),
        (TYPE_DATA, "nvs_keys") => Some(0x04),
        (TYPE_DATA, "efuse") => Some(0x05),
        (TYPE_DATA, "fat") => Some(SUBTYPE_FAT),
        (TYPE_DATA, "spiffs") => Some(0x82),
        (TYPE_DATA, "littlefs") => Some(0x83),
        (TYPE_DATA, "romfs") => Some(SUBTYPE_ROMFS),
        (TYPE_DATA, "mpyrom_state") => Some(SUBTYPE_STATE),
        _ => None,
    };
    named.or_else(|| parse_size(s).and_then(|n| u8::try_from(n).ok()))
}

impl Layout {
    /// Parses and validates a layout for a flash of `flash_size` bytes erased in
    /// `erase_size` blocks.
    pub fn parse(csv: &str, flash_size: u64, erase_size: u64) -> Result<Layout, LayoutError> {
        if erase_size == 0 || !erase_size.is_power_of_two() || flash_size == 0 || !flash_size.is_multiple_of(erase_size)
        {
            return Err(LayoutError::BadGeometry { flash: flash_size, erase: erase_size });
        }
        let mut parts: Vec<PartitionSpec> = Vec::new();
        let mut next = 0u64;
        for (i, raw) in csv.lines().enumerate() {
            let line = i + 1;
            let text = raw.split('#').next().unwrap_or("").trim();
            if text.is_empty() {
                continue;
            }
            let cols: Vec<&str> = text.split(',').map(str::trim).collect();
            if cols.len() < 5 {
                return Err(LayoutError::Syntax {
                    line,
                    what: format!("expected Name, Type, SubType, Offset, Size[, Flags], got {} fields", cols.len()),
                });
            }
            let syntax = |what: String| LayoutError::Syntax { line, what };
            let name = cols[0].to_string();
            if name.is_empty() || name.len() > 16 {
                return Err(syntax(format!("partition name '{name}' must have 1 to 16 characters")));
            }
            let ptype = parse_type(cols[1]).ok_or_else(|| syntax(format!("unknown type '{}'", cols[1])))?;
            let subtype =
                parse_subtype(ptype, cols[2]).ok_or_else(|| syntax(format!("unknown subtype '{}'", cols[2])))?;
            let size = parse_size(cols[4]).ok_or_else(|| syntax(format!("bad size '{}'", cols[4])))?;
            let offset = if cols[3].is_empty() {
                next.div_ceil(erase_size) * erase_size
            } else {
                parse_size(cols[3]).ok_or_else(|| syntax(format!("bad offset '{}'", cols[3])))?
            };
            next = offset.saturating_add(size);
            let flags = cols.get(5).map(|s| s.to_string()).unwrap_or_default();
            parts.push(PartitionSpec { name, ptype, subtype, offset, size, flags, line });
        }
        let layout = Layout { flash_size, erase_size, partitions: parts };
        layout.validate()?;
        let mut layout = layout;
        layout.partitions.sort_by_key(|p| p.offset);
        Ok(layout)
    }

    fn validate(&self) -> Result<(), LayoutError> {
        let erase = self.erase_size;
        for (k, p) in self.partitions.iter().enumerate() {
            if let Some(q) = self.partitions[..k].iter().find(|q| q.name == p.name) {
                let _ = q;
                return Err(LayoutError::Duplicate { line: p.line, name: p.name.clone() });
            }
            if !p.offset.is_multiple_of(erase) {
                return Err(LayoutError::Misaligned { line: p.line, name: p.name.clone(), offset: p.offset, erase });
            }
            if p.size == 0 || !p.size.is_multiple_of(erase) {
                return Err(LayoutError::BadSize { line: p.line, name: p.name.clone(), erase });
            }
            let end = p.offset.saturating_add(p.size);
            if end > self.flash_size {
                return Err(LayoutError::TooBig { line: p.line, name: p.name.clone(), end, flash: self.flash_size });
            }
            for q in &self.partitions[..k] {
                if p.offset < q.offset + q.size && q.offset < end {
                    return Err(LayoutError::Overlap {
                        line: p.line,
                        name: p.name.clone(),
                        other: q.name.clone(),
                        other_line: q.line,
                    });
                }
            }
        }
        for (name, subtype, what) in [
            ("romfs_a", SUBTYPE_ROMFS, "data, subtype romfs (0x8f)"),
            ("romfs_b", SUBTYPE_ROMFS, "data, subtype romfs (0x8f)"),
            ("romfs_state", SUBTYPE_STATE, "data, subtype mpyrom_state (0x90), at least two erase blocks"),
        ] {
            let p = self.find(name).ok_or(LayoutError::Missing(name))?;
            let small_state = name == "romfs_state" && p.size < 2 * erase;
            if p.ptype != TYPE_DATA || p.subtype != subtype || small_state {
                return Err(LayoutError::WrongKind { line: p.line, name: p.name.clone(), what });
            }
        }
        Ok(())
    }

    /// The partition called `name`.
    pub fn find(&self, name: &str) -> Option<&PartitionSpec> {
        self.partitions.iter().find(|p| p.name == name)
    }

    /// The FAT data partition, if the layout has one.
    pub fn fat(&self) -> Option<&PartitionSpec> {
        self.partitions.iter().find(|p| p.ptype == TYPE_DATA && p.subtype == SUBTYPE_FAT)
    }

    /// ROMFS slot `k` (0 = A, 1 = B).
    pub fn slot(&self, k: usize) -> &PartitionSpec {
        // Validation guarantees both slots exist.
        self.find(if k == 0 { "romfs_a" } else { "romfs_b" }).expect("validated layout has both slots")
    }

    /// The update-state partition.
    pub fn state(&self) -> &PartitionSpec {
        self.find("romfs_state").expect("validated layout has a state partition")
    }
}

impl fmt::Display for PartitionSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = match self.ptype {
            TYPE_APP => "app".to_string(),
            TYPE_DATA => "data".to_string(),
            n => format!("{n:#04x}"),
        };
        write!(
            f,
            "{:<12} {:<5} {:#04x}  {:#09x}  {:#09x} ({} KiB)",
            self.name,
            t,
            self.subtype,
            self.offset,
            self.size,
            self.size / 1024
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "# Name, Type, SubType, Offset, Size, Flags\nnvs, data, nvs, 0x9000, 0x6000,\nfactory, app, factory, 0x10000, 1M,\nromfs_state, data, mpyrom_state, , 8K,\nromfs_a, data, 0x8f, , 256K,\nromfs_b, data, romfs, , 256K,\nvfs, data, fat, , 512K,\n";

    #[test]
    fn parses_auto_offsets_and_sizes() {
        let l = Layout::parse(GOOD, 4 << 20, 4096).unwrap();
        assert_eq!(l.state().offset, 0x110000);
        assert_eq!(l.slot(0).offset, 0x112000);
        assert_eq!(l.slot(1).offset, 0x152000);
        assert_eq!(l.fat().unwrap().size, 512 * 1024);
    }

    #[test]
    fn errors_name_the_line() {
        let overlap = GOOD.replace("romfs_b, data, romfs, , 256K", "romfs_b, data, romfs, 0x120000, 256K");
        assert!(matches!(Layout::parse(&overlap, 4 << 20, 4096), Err(LayoutError::Overlap { line: 6, .. })));
        let mis = GOOD.replace("nvs, data, nvs, 0x9000", "nvs, data, nvs, 0x9100");
        assert!(matches!(Layout::parse(&mis, 4 << 20, 4096), Err(LayoutError::Misaligned { line: 2, .. })));
        assert!(matches!(Layout::parse(GOOD, 1 << 20, 4096), Err(LayoutError::TooBig { .. })));
        let missing = GOOD.replace("romfs_b", "other");
        assert_eq!(Layout::parse(&missing, 4 << 20, 4096), Err(LayoutError::Missing("romfs_b")));
        let dup = GOOD.replace("vfs,", "nvs,");
        assert!(matches!(Layout::parse(&dup, 4 << 20, 4096), Err(LayoutError::Duplicate { line: 7, .. })));
        assert!(matches!(Layout::parse("x, data", 4 << 20, 4096), Err(LayoutError::Syntax { line: 1, .. })));
        assert!(matches!(Layout::parse(GOOD, 4 << 20, 3000), Err(LayoutError::BadGeometry { .. })));
    }
}
