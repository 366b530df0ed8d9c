//! The packer: lays a file tree out as a ROMFS image, aligning every file's data.
//!
//! Each file record holds its data in a nested verbatim-data record, preceded, when
//! needed, by a padding record (or, for a one-byte shift, a `0x80`-padded length
//! varuint) so the data starts at a multiple of `align` from the image start. The width of
//! every length varuint depends on the contents, whose positions depend on the widths:
//! the layout is solved by fixed-point iteration (widths start minimal and only grow;
//! a field wider than its value needs is padded with `0x80` bytes, which is valid), so it
//! terminates. An odd total size is made even with a 3-byte padding record before the
//! integrity record, which, when enabled, ends the image.
//!
//! Invariant: the output is a function of the tree and the options only (deterministic).

use crate::integrity;
use crate::record::{HEADER, KIND_FILESYSTEM};
use crate::tree::{normalize, Node};
use crate::{varuint, Error};

/// Packing options.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Alignment of file data from the image start (power of two, 1..=4096).
    pub align: usize,
    /// Append the integrity record.
    pub crc: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { align: 4, crc: true }
    }
}

/// Where one file ended up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilePlacement {
    pub path: String,
    pub data_offset: usize,
    pub size: usize,
    /// Bytes spent aligning this file's data.
    pub padding: usize,
}

/// A packed image and its layout.
#[derive(Clone, Debug)]
pub struct Packed {
    pub bytes: Vec<u8>,
    pub files: Vec<FilePlacement>,
    pub dirs: usize,
    /// Bytes spent on alignment and parity padding.
    pub padding: usize,
}

struct Pass<'a> {
    out: Vec<u8>,
    widths: &'a mut Vec<usize>,
    next_width: usize,
    grew: bool,
    align: usize,
    files: Vec<FilePlacement>,
    padding: usize,
}

impl Pass<'_> {
    /// Reserves the length field of the next record; returns (field position, width id).
    fn open(&mut self, kind: u64) -> (usize, usize) {
        varuint::encode(&mut self.out, kind);
        let id = self.next_width;
        self.next_width += 1;
        if id == self.widths.len() {
            self.widths.push(1);
        }
        let pos = self.out.len();
        self.out.extend(std::iter::repeat_n(0u8, self.widths[id]));
        (pos, id)
    }

    /// Writes the length of a record opened with `open`.
    fn close(&mut self, (pos, id): (usize, usize)) {
        let width = self.widths[id];
        let len = (self.out.len() - pos - width) as u64;
        let need = varuint::encoded_len(len);
        if need > width {
            self.widths[id] = need;
            self.grew = true;
            return;
        }
        let mut field = Vec::with_capacity(width);
        varuint::encode_padded(&mut field, len, width);
        self.out[pos..pos + width].copy_from_slice(&field);
    }

    fn padding_record(&mut self, size: usize) {
        debug_assert!(size >= 2);
        self.out.push(0x01);
        if size <= 129 {
            self.out.push((size - 2) as u8);
            self.out.extend(std::iter::repeat_n(0u8, size - 2));
        } else {
            varuint::encode_padded(&mut self.out, (size - 3) as u64, 2);
            self.out.extend(std::iter::repeat_n(0u8, size - 3));
        }
        self.padding += size;
    }

    fn nodes(&mut self, nodes: &[Node], prefix: &str) -> usize {
        let mut dirs = 0;
        for n in nodes {
            match n {
                Node::Dir { name, children } => {
                    dirs += 1;
                    let field = self.open(4);
                    varuint::encode(&mut self.out, name.len() as u64);
                    self.out.extend_from_slice(name.as_bytes());
                    dirs += self.nodes(children, &format!("{prefix}/{name}"));
                    self.close(field);
                }
                Node::File { name, data } => {
                    let field = self.open(5);
                    varuint::encode(&mut self.out, name.len() as u64);
                    self.out.extend_from_slice(name.as_bytes());
                    let len_width = varuint::encoded_len(data.len() as u64);
                    let base = self.out.len() + 1 + len_width;
                    let shift = (self.align - base % self.align) % self.align;
                    let mut extra = 0;
                    match shift {
                        0 => {}
                        1 => extra = 1,
                        s => self.padding_record(s),
                    }
                    self.padding += extra;
                    self.out.push(0x02);
                    varuint::encode_padded(&mut self.out, data.len() as u64, len_width + extra);
                    let data_offset = self.out.len();
                    self.out.extend_from_slice(data);
                    self.files.push(FilePlacement {
                        path: format!("{prefix}/{name}"),
                        data_offset,
                        size: data.len(),
                        padding: shift,
                    });
                    self.close(field);
                }
            }
        }
        dirs
    }
}

/// Packs `nodes` (the root directory's entries) into an image.
pub fn pack(nodes: &[Node], opts: Options) -> Result<Packed, Error> {
    if !opts.align.is_power_of_two() || opts.align > 4096 {
        return Err(Error::BadAlign(opts.align));
    }
    let mut nodes = nodes.to_vec();
    normalize_tree(&mut nodes)?;
    let mut widths: Vec<usize> = Vec::new();
    for _round in 0..64 {
        let mut pass = Pass {
            out: Vec::new(),
            widths: &mut widths,
            next_width: 0,
            grew: false,
            align: opts.align,
            files: Vec::new(),
            padding: 0,
        };
        pass.out.extend_from_slice(&HEADER);
        debug_assert_eq!(varuint::encoded_len(KIND_FILESYSTEM), HEADER.len());
        let id = pass.next_width;
        pass.next_width += 1;
        if id == pass.widths.len() {
            pass.widths.push(1);
        }
        let root_pos = pass.out.len();
        let root_width = pass.widths[id];
        pass.out.extend(std::iter::repeat_n(0u8, root_width));
        let dirs = pass.nodes(&nodes, "");
        let tail = if opts.crc { integrity::RECORD_LEN } else { 0 };
        if (pass.out.len() + tail) % 2 == 1 {
            pass.padding_record(3);
        }
        let root_len = (pass.out.len() + tail - root_pos - root_width) as u64;
        if varuint::encoded_len(root_len) > root_width {
            pass.widths[id] = varuint::encoded_len(root_len);
            pass.grew = true;
        }
        if pass.grew {
            continue;
        }
        let mut field = Vec::new();
        varuint::encode_padded(&mut field, root_len, root_width);
        pass.out[root_pos..root_pos + root_width].copy_from_slice(&field);
        if opts.crc {
            let rec = integrity::encode_record(&pass.out);
            pass.out.extend_from_slice(&rec);
        }
        debug_assert_eq!(pass.out.len() % 2, 0);
        return Ok(Packed { bytes: pass.out, files: pass.files, dirs, padding: pass.padding });
    }
    Err(Error::Build("layout did not converge".into()))
}

fn normalize_tree(nodes: &mut [Node]) -> Result<(), Error> {
    normalize(nodes)?;
    for n in nodes.iter_mut() {
        if let Node::Dir { children, .. } = n {
            normalize_tree(children)?;
        }
    }
    Ok(())
}
