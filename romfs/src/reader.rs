//! The zero-copy image reader.
//!
//! `Image::new` checks the "RM1" header and that the filesystem payload lies inside the
//! buffer (which may be longer than the image, e.g. a flash partition). Lookups and
//! directory iteration borrow from the buffer and never allocate.
//!
//! Semantics follow MicroPython's `vfs_rom.c`: unknown record kinds are skipped; a record
//! of kind 0 means corruption; a file's data is its first verbatim or indirect data record;
//! indirect offsets count from the start of the filesystem payload. Unlike MicroPython,
//! every length and offset is checked: corrupt input yields an error, never an
//! out-of-bounds read, a panic or a loop that does not terminate.

use crate::record::{self, Kind, Record, Records};
use crate::{varuint, Error};
use std::ops::Range;

/// Maximum directory nesting accepted (guards walks over hostile images).
pub const MAX_DEPTH: usize = 64;

/// A parsed image header over a byte buffer.
#[derive(Clone, Copy)]
pub struct Image<'a> {
    bytes: &'a [u8],
    payload: (usize, usize),
}

/// What a directory entry is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum EntryKind {
    File,
    Dir,
}

/// A file or directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry<'a> {
    /// The name bytes (ROMFS names are arbitrary bytes; mpyrom writes UTF-8).
    pub name: &'a [u8],
    pub kind: EntryKind,
    /// File size (0 for directories).
    pub size: u64,
    /// Offset of the file data from the image start (for directories: of their records).
    pub data_offset: usize,
    /// The record this entry comes from.
    pub record: Range<usize>,
    /// For a directory: the byte range of its nested records. For a file: its data.
    contents: Range<usize>,
}

impl<'a> Entry<'a> {
    /// The name as text, if it is UTF-8.
    pub fn name_str(&self) -> Option<&'a str> {
        std::str::from_utf8(self.name).ok()
    }
}

impl<'a> Image<'a> {
    /// Parses the header of an image at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Result<Image<'a>, Error> {
        if bytes.len() < 4 || bytes[..3] != record::HEADER {
            return Err(Error::NotRomfs);
        }
        let r = record::parse(bytes, 0, bytes.len()).map_err(|e| match e {
            Error::OutOfBounds { .. } => Error::Truncated { offset: 0 },
            e => e,
        })?;
        if r.kind.number() != record::KIND_FILESYSTEM {
            return Err(Error::NotRomfs);
        }
        Ok(Image { bytes, payload: (r.payload.start, r.payload.end) })
    }

    /// The underlying buffer.
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The image's total size in bytes (header + payload).
    pub fn size(&self) -> usize {
        self.payload.1
    }

    /// The image bytes (without whatever follows in the buffer).
    pub fn image_bytes(&self) -> &'a [u8] {
        &self.bytes[..self.payload.1]
    }

    /// Offset of the filesystem payload from the image start.
    pub fn payload_offset(&self) -> usize {
        self.payload.0
    }

    /// The filesystem payload's range.
    pub fn payload_range(&self) -> Range<usize> {
        self.payload.0..self.payload.1
    }

    /// The records at the top level of the filesystem.
    pub fn top_records(&self) -> Records<'a> {
        Records::new(self.bytes, self.payload_range())
    }

    /// The root directory's entries.
    pub fn root(&self) -> DirIter<'a> {
        DirIter { image: *self, records: self.top_records() }
    }

    /// Decodes a directory or file record into an entry.
    fn entry_of(&self, r: &Record) -> Result<Entry<'a>, Error> {
        let mut p = r.payload.start;
        let name_len = varuint::decode(self.bytes, &mut p, r.payload.end)? as usize;
        if name_len > r.payload.end - p {
            return Err(Error::OutOfBounds { offset: r.start });
        }
        let name = &self.bytes[p..p + name_len];
        let rest = p + name_len..r.payload.end;
        match r.kind {
            Kind::Dir => Ok(Entry {
                name,
                kind: EntryKind::Dir,
                size: 0,
                data_offset: rest.start,
                record: r.start..r.end(),
                contents: rest,
            }),
            _ => {
                let data = self.file_data(rest, r.start)?;
                Ok(Entry {
                    name,
                    kind: EntryKind::File,
                    size: data.len() as u64,
                    data_offset: data.start,
                    record: r.start..r.end(),
                    contents: data,
                })
            }
        }
    }

    /// Finds a file's data range among its nested records.
    fn file_data(&self, nested: Range<usize>, record_start: usize) -> Result<Range<usize>, Error> {
        for r in Records::new(self.bytes, nested) {
            let r = r?;
            match r.kind {
                Kind::Unused => return Err(Error::Corrupt { offset: r.start, what: "record of kind 0" }),
                Kind::Verbatim => return Ok(r.payload),
                Kind::Indirect => {
                    let mut p = r.payload.start;
                    let size = varuint::decode(self.bytes, &mut p, r.payload.end)?;
                    let offset = varuint::decode(self.bytes, &mut p, r.payload.end)?;
                    let start = (self.payload.0 as u64).checked_add(offset);
                    let end = start.and_then(|s| s.checked_add(size));
                    return match (start, end) {
                        (Some(s), Some(e)) if e <= self.payload.1 as u64 => Ok(s as usize..e as usize),
                        _ => Err(Error::OutOfBounds { offset: r.start }),
                    };
                }
                _ => {}
            }
        }
        Err(Error::Corrupt { offset: record_start, what: "file record without data" })
    }

    /// The entries of the directory `path` ("/" or "" for the root).
    pub fn read_dir(&self, path: &str) -> Result<DirIter<'a>, Error> {
        let trimmed = path.trim_matches('/');
        if trimmed.is_empty() {
            return Ok(self.root());
        }
        let e = self.lookup(path)?;
        if e.kind != EntryKind::Dir {
            return Err(Error::NotADirectory(path.to_string()));
        }
        Ok(DirIter { image: *self, records: Records::new(self.bytes, e.contents) })
    }

    /// Looks a path up ("/a/b.mpy"; a leading slash is optional).
    pub fn lookup(&self, path: &str) -> Result<Entry<'a>, Error> {
        let mut range = self.payload_range();
        let mut components = path.split('/').filter(|c| !c.is_empty()).peekable();
        if components.peek().is_none() {
            return Ok(Entry {
                name: b"",
                kind: EntryKind::Dir,
                size: 0,
                data_offset: range.start,
                record: 0..self.payload.1,
                contents: range,
            });
        }
        for depth in 0.. {
            let Some(name) = components.next() else { break };
            if depth >= MAX_DEPTH {
                return Err(Error::TooDeep);
            }
            let mut found = None;
            for r in Records::new(self.bytes, range.clone()) {
                let r = r?;
                match r.kind {
                    Kind::Unused => return Err(Error::Corrupt { offset: r.start, what: "record of kind 0" }),
                    Kind::Dir | Kind::File => {
                        let e = self.entry_of(&r)?;
                        if e.name == name.as_bytes() {
                            found = Some(e);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let e = found.ok_or_else(|| Error::NotFound(path.to_string()))?;
            if components.peek().is_none() {
                return Ok(e);
            }
            if e.kind != EntryKind::Dir {
                return Err(Error::NotADirectory(path.to_string()));
            }
            range = e.contents;
        }
        Err(Error::NotFound(path.to_string()))
    }

    /// The data of a file entry (a sub-slice of the buffer: no copy).
    pub fn data(&self, e: &Entry<'a>) -> &'a [u8] {
        match e.kind {
            EntryKind::File => &self.bytes[e.contents.clone()],
            EntryKind::Dir => &[],
        }
    }

    /// Reads a file's data by path.
    pub fn read(&self, path: &str) -> Result<&'a [u8], Error> {
        let e = self.lookup(path)?;
        if e.kind != EntryKind::File {
            return Err(Error::IsADirectory(path.to_string()));
        }
        Ok(self.data(&e))
    }

    /// Visits every entry depth-first (without recursion), with its full path.
    pub fn walk(&self, mut visit: impl FnMut(&str, &Entry<'a>)) -> Result<(), Error> {
        let mut stack: Vec<(String, Records<'a>)> = vec![(String::new(), self.top_records())];
        while let Some((prefix, records)) = stack.last_mut() {
            let prefix = prefix.clone();
            match records.next() {
                None => {
                    stack.pop();
                }
                Some(r) => {
                    let r = r?;
                    match r.kind {
                        Kind::Unused => return Err(Error::Corrupt { offset: r.start, what: "record of kind 0" }),
                        Kind::Dir | Kind::File => {
                            let e = self.entry_of(&r)?;
                            let name = String::from_utf8_lossy(e.name);
                            let path = format!("{prefix}/{name}");
                            visit(&path, &e);
                            if e.kind == EntryKind::Dir {
                                if stack.len() >= MAX_DEPTH {
                                    return Err(Error::TooDeep);
                                }
                                stack.push((path, Records::new(self.bytes, e.contents.clone())));
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        Ok(())
    }
}

/// Iterator over a directory's entries.
pub struct DirIter<'a> {
    image: Image<'a>,
    records: Records<'a>,
}

impl<'a> Iterator for DirIter<'a> {
    type Item = Result<Entry<'a>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let r = match self.records.next()? {
                Ok(r) => r,
                Err(e) => return Some(Err(e)),
            };
            match r.kind {
                Kind::Unused => return Some(Err(Error::Corrupt { offset: r.start, what: "record of kind 0" })),
                Kind::Dir | Kind::File => return Some(self.image.entry_of(&r)),
                _ => continue,
            }
        }
    }
}
