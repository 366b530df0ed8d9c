//! `mpyrom demo`: boots the bundled demo image (a plant-watering controller, built from
//! `images/demo/app`) in place, the way a device boots its ROMFS partition.

use crate::CliError;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// The bundled image (rebuilt by `images/demo/build.sh`).
static DEMO_IMAGE: &[u8] = include_bytes!("../../../images/demo/demo.romfs");

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Boot this image instead of the bundled one.
    #[arg(long, value_name = "IMAGE")]
    pub image: Option<PathBuf>,
    #[command(flatten)]
    pub vm: super::run::VmOptions,
}

/// `mpyrom demo`.
pub fn demo(a: DemoArgs) -> Result<ExitCode, CliError> {
    let config = a.vm.config()?;
    let (bytes, name): (crate::cmd::run::Shared, String) = match &a.image {
        Some(p) => {
            let map = romfs::ReadOnlyMap::open(p, 4096).map_err(|e| CliError::Msg(format!("{}: {e}", p.display())))?;
            (Arc::new(map), p.display().to_string())
        }
        None => (Arc::new(DEMO_IMAGE), "the bundled demo image".to_string()),
    };
    let report = romfs::verify::verify((*bytes).as_ref()).map_err(|e| CliError::Msg(format!("{name}: {e}")))?;
    println!(
        "mpyrom demo: booting {name} ({} bytes, {} files, {}), mounted in place at /rom",
        report.image_size,
        report.files,
        match report.integrity {
            romfs::integrity::Status::Valid { .. } => "integrity record valid",
            romfs::integrity::Status::Absent => "no integrity record",
        }
    );
    println!("----");
    let exit = crate::cmd::run::on_vm_thread(move || -> Result<(vm::Exit, String), String> {
        let stdout = Box::new(std::io::BufWriter::new(std::io::stdout()));
        let mut m = vm::Vm::with_output(config, stdout, Box::new(std::io::stderr()));
        m.importer = Some(std::rc::Rc::new(vm::vfs::importer::VfsImporter));
        let fs = vm::vfs::romfs::RomFs::mapped(bytes).map_err(|e| e.to_string())?;
        m.vfs.mount("/rom", std::rc::Rc::new(fs)).map_err(|e| e.to_string())?;
        m.vfs.cwd = "/".into();
        m.set_sys_path(&["/rom", "/rom/lib"]).map_err(|_| "heap too small".to_string())?;
        m.set_argv("main", &[]).map_err(|_| "heap too small".to_string())?;
        let exit = m.run_main_module("main");
        let _ = m.stdout.flush();
        m.collect();
        let s = m.heap_stats();
        let in_place: usize = m.sources.iter().filter(|s| matches!(s, vm::Source::Mapped(_))).count();
        let summary = format!(
            "heap: {} bytes in use of {} after the run (peak {}); {} modules ran in place from the image",
            s.used,
            s.total,
            s.peak,
            in_place.saturating_sub(0)
        );
        Ok((exit, summary))
    })?
    .map_err(CliError::Msg)?;
    println!("----");
    println!("{}", exit.1);
    Ok(crate::cmd::run::exit_code(&exit.0))
}
