//! `mpyrom mem`: how much heap importing each module of an image costs, three ways (in
//! place from the mapped image, from the image read into RAM, from the same files in a
//! directory), split by category, with a 32-bit estimate, as text, JSON or SVG.
//!
//! The measuring itself is `vm::memreport::measure_import`; this file picks the modules,
//! runs each measurement in a fresh VM and formats the results.

use crate::cmd::run::{on_vm_thread, VmOptions};
use crate::CliError;
use clap::Args;
use romfs::reader::EntryKind;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use vm::format::json_escape;
use vm::memreport::{measure_import, Category, ImportFigures, ImportFrom};

/// Arguments of `mpyrom mem`.
#[derive(Args, Debug)]
pub struct MemArgs {
    #[command(flatten)]
    pub vm: VmOptions,
    /// The ROMFS image holding the application.
    #[arg(long, value_name = "IMAGE")]
    pub image: PathBuf,
    /// Measure only this module (default: every top-level module and package of the image,
    /// each in a fresh VM).
    #[arg(short = 'm', long = "module", value_name = "MODULE")]
    pub module: Option<String>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also give the figures for a 32-bit target (`--target 32`): the same objects with
    /// 4-byte words (see the README's RAM model).
    #[arg(long, value_name = "BITS", value_parser = clap::builder::PossibleValuesParser::new(["32", "64"]))]
    pub target: Option<String>,
    /// Draw the per-module bars (in place, copy, directory; by category) into this SVG file.
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,
    /// Also list every object the in-place import retained (kind, bytes, category and
    /// contents), so each byte of the figure can be traced.
    #[arg(long)]
    pub objects: bool,
}

/// One module's figures in the three modes.
struct Row {
    name: String,
    in_place: ImportFigures,
    copy: ImportFigures,
    dir: ImportFigures,
}

/// The modules at the top of the image: `name.mpy` files and packages (`name/__init__.mpy`).
fn top_level_modules(bytes: &[u8]) -> Result<Vec<String>, CliError> {
    let image = romfs::Image::new(bytes)?;
    let mut names = Vec::new();
    for e in image.root() {
        let e = e?;
        let name = String::from_utf8_lossy(e.name).into_owned();
        match e.kind {
            EntryKind::File => {
                if let Some(stem) = name.strip_suffix(".mpy") {
                    names.push(stem.to_string());
                }
            }
            EntryKind::Dir => {
                if image.lookup(&format!("{name}/__init__.mpy")).is_ok() {
                    names.push(name);
                }
            }
        }
    }
    names.sort();
    Ok(names)
}

pub fn mem(a: MemArgs) -> Result<ExitCode, CliError> {
    let config = a.vm.config()?;
    let map =
        romfs::ReadOnlyMap::open(&a.image, 4096).map_err(|e| CliError::Msg(format!("{}: {e}", a.image.display())))?;
    let bytes: vm::SharedBytes = Arc::new(map);
    let modules = match &a.module {
        Some(m) => vec![m.clone()],
        None => {
            top_level_modules((*bytes).as_ref()).map_err(|e| CliError::Msg(format!("{}: {e}", a.image.display())))?
        }
    };
    if modules.is_empty() {
        return Err(CliError::Msg(format!("{}: no .mpy modules at the top of the image", a.image.display())));
    }
    let dir = tempfile::tempdir().map_err(|e| CliError::Msg(format!("temporary directory: {e}")))?;
    crate::cmd::image::extract_image((*bytes).as_ref(), dir.path())?;
    let mut rows = Vec::new();
    for name in modules {
        let measure = |from: ImportFrom, list: bool| -> Result<ImportFigures, CliError> {
            let (config, name) = (config.clone(), name.clone());
            on_vm_thread(move || measure_import(config, from, &name, list))
        };
        rows.push(Row {
            in_place: measure(ImportFrom::Mapped(bytes.clone()), a.objects)?,
            copy: measure(ImportFrom::Copied(bytes.clone()), false)?,
            dir: measure(ImportFrom::Dir(dir.path().to_path_buf()), false)?,
            name,
        });
    }
    let bits32 = a.target.as_deref() == Some("32");
    let text = if a.json {
        json(&rows, bits32, a.objects)
    } else {
        let mut t = table(&rows, bits32, (*bytes).as_ref().len());
        if a.objects {
            t.push_str(&objects_table(&rows));
        }
        t
    };
    print!("{text}");
    if let Some(path) = &a.svg {
        std::fs::write(path, svg(&rows)).map_err(|e| CliError::io(path, e))?;
    }
    let failed = rows.iter().any(|r| r.in_place.error.is_some() || r.copy.error.is_some() || r.dir.error.is_some());
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn table(rows: &[Row], bits32: bool, image_len: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "heap bytes to import each module (64-bit; after gc.collect())");
    let _ = writeln!(
        out,
        "{:<16} {:<9} {:>9} {:>10} {:>9}{}",
        "module",
        "mode",
        "retained",
        "allocated",
        "peak",
        if bits32 { format!(" {:>11}", "retained/32") } else { String::new() }
    );
    for r in rows {
        for (mode, f) in [("in-place", &r.in_place), ("copy", &r.copy), ("dir", &r.dir)] {
            match &f.error {
                Some(e) => {
                    let _ = writeln!(out, "{:<16} {:<9} error: {e}", r.name, mode);
                }
                None => {
                    let _ = writeln!(
                        out,
                        "{:<16} {:<9} {:>9} {:>10} {:>9}{}",
                        r.name,
                        mode,
                        f.retained,
                        f.allocated,
                        f.peak,
                        if bits32 { format!(" {:>11}", f.by_category.total32()) } else { String::new() }
                    );
                }
            }
        }
    }
    let _ = writeln!(out, "\nretained bytes by category");
    let _ = write!(out, "{:<16} {:<9}", "module", "mode");
    for c in Category::ALL {
        let _ = write!(out, " {:>13}", c.key());
    }
    out.push('\n');
    for r in rows {
        for (mode, f) in [("in-place", &r.in_place), ("copy", &r.copy), ("dir", &r.dir)] {
            if f.error.is_some() {
                continue;
            }
            let _ = write!(out, "{:<16} {:<9}", r.name, mode);
            for c in Category::ALL {
                let _ = write!(out, " {:>13}", f.by_category.get(c));
            }
            out.push('\n');
        }
    }
    out.push('\n');
    for r in rows {
        if r.in_place.error.is_some() {
            continue;
        }
        let kinds: Vec<String> =
            r.in_place.by_category.by_kind().iter().map(|(k, n, b)| format!("{k:?} {b} ({n})")).collect();
        let _ = writeln!(out, "{} in place, by object kind: bytes (chunks): {}", r.name, kinds.join(", "));
    }
    out.push('\n');
    for r in rows {
        if r.in_place.error.is_some() || r.copy.error.is_some() {
            continue;
        }
        let saved = r.copy.retained.saturating_sub(r.in_place.retained);
        let _ = writeln!(
            out,
            "{}: in place saves {saved} bytes against the copied image ({:.1}% of the copy-mode cost; the image is {image_len} bytes)",
            r.name,
            100.0 * saved as f64 / r.copy.retained.max(1) as f64
        );
        if r.dir.error.is_none() {
            let saved = r.dir.retained.saturating_sub(r.in_place.retained);
            let _ = writeln!(
                out,
                "{}: in place saves {saved} bytes against loading the .mpy files from a directory ({:.1}%)",
                r.name,
                100.0 * saved as f64 / r.dir.retained.max(1) as f64
            );
        }
    }
    out
}

/// The in-place import's retained objects, one per line, for `--objects`.
fn objects_table(rows: &[Row]) -> String {
    let mut out = String::new();
    for r in rows {
        let f = &r.in_place;
        if f.error.is_some() {
            continue;
        }
        let total: usize = f.objects.iter().map(|o| o.bytes).sum();
        let _ = writeln!(
            out,
            "\n{}: the {} objects retained in place: {total} bytes, less {} bytes of older chunks the import freed (a table that grew) = {}",
            r.name,
            f.objects.len(),
            f.replaced,
            total - f.replaced.min(total)
        );
        let _ = writeln!(out, "{:>6}  {:<11} {:<13} contents", "bytes", "kind", "category");
        for o in &f.objects {
            let _ =
                writeln!(out, "{:>6}  {:<11} {:<13} {}", o.bytes, format!("{:?}", o.kind), o.category.key(), o.detail);
        }
    }
    out
}

fn json_objects(f: &ImportFigures) -> String {
    let items: Vec<String> = f
        .objects
        .iter()
        .map(|o| {
            format!(
                "{{\"kind\": \"{:?}\", \"bytes\": {}, \"category\": \"{}\", \"detail\": \"{}\"}}",
                o.kind,
                o.bytes,
                o.category.key(),
                json_escape(&o.detail)
            )
        })
        .collect();
    format!("[{}]", items.join(", "))
}

fn json_figures(f: &ImportFigures, bits32: bool, objects: bool) -> String {
    let mut s = format!("{{\"retained\": {}, \"allocated\": {}, \"peak\": {}", f.retained, f.allocated, f.peak);
    s.push_str(", \"by_category\": {");
    let cats: Vec<String> =
        Category::ALL.iter().map(|c| format!("\"{}\": {}", c.key(), f.by_category.get(*c))).collect();
    s.push_str(&cats.join(", "));
    s.push('}');
    if bits32 {
        let _ = write!(s, ", \"retained_32bit\": {}", f.by_category.total32());
    }
    if let Some(e) = &f.error {
        let _ = write!(s, ", \"error\": \"{}\"", json_escape(e));
    }
    if objects {
        let _ = write!(s, ", \"replaced\": {}, \"objects\": {}", f.replaced, json_objects(f));
    }
    s.push('}');
    s
}

fn json(rows: &[Row], bits32: bool, objects: bool) -> String {
    let items: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                "    {{\"name\": \"{}\", \"in_place\": {}, \"copy\": {}, \"dir\": {}}}",
                json_escape(&r.name),
                json_figures(&r.in_place, bits32, objects),
                json_figures(&r.copy, bits32, false),
                json_figures(&r.dir, bits32, false)
            )
        })
        .collect();
    format!("{{\"word_bits\": {}, \"modules\": [\n{}\n]}}\n", if bits32 { 32 } else { 64 }, items.join(",\n"))
}

const COLOURS: [&str; 8] = ["#4e79a7", "#a0cbe8", "#f28e2b", "#ffbe7d", "#59a14f", "#8cd17d", "#e15759", "#b6992d"];

fn svg(rows: &[Row]) -> String {
    let bar_h = 18;
    let label_w = 200;
    let width = 900;
    let max =
        rows.iter().flat_map(|r| [r.in_place.retained, r.copy.retained, r.dir.retained]).max().unwrap_or(1).max(1);
    let scale = (width - label_w - 80) as f64 / max as f64;
    let height = 60 + rows.len() * (3 * (bar_h + 4) + 16) + 40;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n<text x=\"10\" y=\"20\" font-size=\"15\">Heap retained after import (bytes, by category)</text>\n"
    );
    let mut y = 40;
    for r in rows {
        for (mode, f) in [("in place", &r.in_place), ("copy", &r.copy), ("dir", &r.dir)] {
            let _ = writeln!(s, "<text x=\"10\" y=\"{}\">{} ({mode})</text>", y + 13, json_escape(&r.name));
            let mut x = label_w as f64;
            for (k, c) in Category::ALL.iter().enumerate() {
                let w = f.by_category.get(*c) as f64 * scale;
                if w > 0.0 {
                    let _ = writeln!(
                        s,
                        "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{bar_h}\" fill=\"{}\"><title>{}: {} bytes</title></rect>",
                        COLOURS[k],
                        c.key(),
                        f.by_category.get(*c)
                    );
                }
                x += w;
            }
            let _ = writeln!(s, "<text x=\"{:.1}\" y=\"{}\">{}</text>", x + 6.0, y + 13, f.retained);
            y += bar_h + 4;
        }
        y += 16;
    }
    let mut x = 10;
    for (k, c) in Category::ALL.iter().enumerate() {
        let _ = writeln!(s, "<rect x=\"{x}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{}\"/>", COLOURS[k]);
        let _ = writeln!(s, "<text x=\"{}\" y=\"{}\">{}</text>", x + 16, y + 11, c.key());
        x += 16 + 8 * c.key().len() + 14;
    }
    s.push_str("</svg>\n");
    s
}
