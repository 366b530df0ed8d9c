//! `mpyrom run`: run a `.mpy` program as `__main__` on the VM.

use crate::size::parse_size;
use crate::CliError;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// Shared, immutable image bytes.
pub type Shared = vm::SharedBytes;

/// Options shared by the commands that run programs.
#[derive(Args, Debug, Clone)]
pub struct VmOptions {
    /// Implementation options, as MicroPython's `-X` (e.g. `-X heapsize=256K`).
    #[arg(short = 'X', value_name = "OPTION")]
    pub x: Vec<String>,
    /// Print MicroPython's memory statistics at exit.
    #[arg(short = 'v', long = "verbose")]
    pub verbose: bool,
}

impl VmOptions {
    /// The VM configuration these options ask for.
    pub fn config(&self) -> Result<vm::Config, CliError> {
        let mut c = vm::Config::default();
        for opt in &self.x {
            match opt.split_once('=') {
                Some(("heapsize", v)) => {
                    let n = parse_size(v).ok_or_else(|| CliError::Msg(format!("invalid heap size '{v}'")))?;
                    if n < 1024 {
                        return Err(CliError::Msg(format!("heap size {n} is too small (minimum 1K)")));
                    }
                    c.heap_size =
                        usize::try_from(n).map_err(|_| CliError::Msg(format!("heap size '{v}' is too large")))?;
                }
                _ => return Err(CliError::Msg(format!("unknown -X option '{opt}' (supported: heapsize=SIZE)"))),
            }
        }
        Ok(c)
    }
}

/// Arguments of `mpyrom run`.
#[derive(Args, Debug)]
pub struct RunArgs {
    #[command(flatten)]
    pub vm: VmOptions,
    /// Boot a ROMFS image like a device: mounted at `/rom` in place (memory-mapped),
    /// `sys.path` = `/rom`, `/rom/lib`; the module `-m MODULE` (default `main`) runs as
    /// `__main__`.
    #[arg(long, value_name = "IMAGE", conflicts_with_all = ["file", "dir"])]
    pub image: Option<PathBuf>,
    /// With `--image`: read the image into the VM heap instead of mapping it (to compare).
    #[arg(long, requires = "image")]
    pub copy: bool,
    /// With `--image`: mount this FAT volume image (read-write) at `/flash` and put
    /// `/flash`, `/flash/lib` on `sys.path`.
    #[arg(long, value_name = "FAT_IMAGE", requires = "image")]
    pub fat: Option<PathBuf>,
    /// Boot a whole flash image like a device: the update state picks the slot (a pending
    /// image is tried once; an unconfirmed one is rolled back), its image is verified and
    /// mounted in place at `/rom`, the FAT partition at `/flash`. Needs `--layout`.
    #[arg(long, value_name = "FLASH.bin", conflicts_with_all = ["file", "dir", "image"], requires = "layout")]
    pub flash: Option<PathBuf>,
    /// With `--flash`: the partition table.
    #[arg(long, value_name = "CSV", requires = "flash")]
    pub layout: Option<PathBuf>,
    /// With `--flash`: the erase-block size.
    #[arg(long, value_name = "SIZE", default_value = "4K", requires = "flash")]
    pub erase_size: String,
    /// Run the application in this host directory (mounted at `/`, `sys.path` = `/`,
    /// `/lib`); its module `-m MODULE` (default `main`) runs as `__main__`.
    #[arg(long, value_name = "PATH", conflicts_with = "file")]
    pub dir: Option<PathBuf>,
    /// The module to run with `--image` or `--dir`.
    #[arg(short = 'm', long = "module", value_name = "MODULE")]
    pub module: Option<String>,
    /// The compiled program (`mpy-cross` output). Modules next to it can be imported.
    #[arg(required_unless_present_any = ["dir", "image", "flash"])]
    pub file: Option<PathBuf>,
    /// Arguments for the program (`sys.argv[1:]`).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// Where the program comes from.
enum Program {
    /// A `.mpy` file on the host; the host root is mounted at `/`.
    File { bytes: Vec<u8>, path: String, dir: String },
    /// A module in a host directory mounted at `/`.
    Dir { root: PathBuf, module: String },
    /// A module in a ROMFS image mounted at `/rom` (and an optional FAT volume at `/flash`).
    /// `range` selects the image inside a larger file (a flash slot); `fat_range` likewise.
    Image {
        path: PathBuf,
        range: Option<(u64, u64)>,
        copy: bool,
        module: String,
        fat: Option<PathBuf>,
        fat_range: Option<(u64, u64)>,
        /// The flash image and layout, when booted with `--flash` (for the `ota` module).
        flash: Option<(PathBuf, romfs::layout::Layout)>,
    },
}

/// Stack reserved for the VM thread: native re-entry (dunder methods, `sorted(key=…)`)
/// recurses on it; the VM raises RuntimeError well before it is exhausted.
pub const VM_THREAD_STACK: usize = 256 << 20;

/// Runs `f` on a thread with a large stack.
pub fn on_vm_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, CliError> {
    std::thread::Builder::new()
        .name("vm".into())
        .stack_size(VM_THREAD_STACK)
        .spawn(f)
        .map_err(|e| CliError::Msg(format!("cannot start the VM thread: {e}")))?
        .join()
        .map_err(|_| CliError::Msg("internal error: the VM thread panicked".into()))
}

/// Maps a program's end to the process exit status.
pub fn exit_code(e: &vm::Exit) -> ExitCode {
    match e {
        vm::Exit::Ok => ExitCode::SUCCESS,
        vm::Exit::SystemExit(n) => ExitCode::from((*n & 0xff) as u8),
        vm::Exit::Exception => ExitCode::from(1),
    }
}

/// `mpyrom run FILE.mpy` / `mpyrom run --dir PATH [-m MODULE]`.
pub fn run(a: RunArgs) -> Result<ExitCode, CliError> {
    let config = a.vm.config()?;
    if a.module.is_some() && a.dir.is_none() && a.image.is_none() && a.flash.is_none() {
        return Err(CliError::Msg("-m MODULE needs --image, --flash or --dir".into()));
    }
    let program = match (&a.dir, &a.file) {
        _ if a.flash.is_some() => {
            let path = a.flash.clone().unwrap_or_default();
            let layout_args = crate::cmd::flash::LayoutArgs {
                layout: a.layout.clone().unwrap_or_default(),
                erase_size: a.erase_size.clone(),
            };
            let len = std::fs::metadata(&path).map_err(|e| CliError::io(&path, e))?.len();
            let layout = crate::cmd::flash::load_layout(&layout_args, len)?;
            let mut dev = romfs::FileDevice::open(&path, layout.erase_size)
                .map_err(|e| CliError::Msg(format!("{}: {e}", path.display())))?;
            // The bootloader's step: choose and verify the slot, updating the state.
            let choice =
                romfs::ota::boot(&mut dev, &layout).map_err(|e| CliError::Msg(format!("{}: {e}", path.display())))?;
            for note in &choice.notes {
                eprintln!("mpyrom: {note}");
            }
            let slot = layout.slot(choice.slot);
            Program::Image {
                path: path.clone(),
                range: Some((slot.offset, choice.image_len as u64)),
                copy: a.copy,
                module: a.module.clone().unwrap_or_else(|| "main".into()),
                fat: layout.fat().map(|_| path.clone()),
                fat_range: layout.fat().map(|p| (p.offset, p.size)),
                flash: Some((path.clone(), layout.clone())),
            }
        }
        _ if a.image.is_some() => {
            let path = a.image.clone().unwrap_or_default();
            // Check the image before starting the VM: a corrupt image is a tool error.
            let map =
                romfs::ReadOnlyMap::open(&path, 4096).map_err(|e| CliError::Msg(format!("{}: {e}", path.display())))?;
            romfs::verify::verify(map.as_ref()).map_err(|e| CliError::Msg(format!("{}: {e}", path.display())))?;
            Program::Image {
                path,
                range: None,
                copy: a.copy,
                module: a.module.clone().unwrap_or_else(|| "main".into()),
                fat: a.fat.clone(),
                fat_range: None,
                flash: None,
            }
        }
        (Some(root), _) => {
            if !root.is_dir() {
                return Err(CliError::Msg(format!("{}: not a directory", root.display())));
            }
            Program::Dir { root: root.clone(), module: a.module.clone().unwrap_or_else(|| "main".into()) }
        }
        (None, Some(file)) => {
            let bytes = std::fs::read(file).map_err(|e| CliError::io(file, e))?;
            let abs = std::fs::canonicalize(file).map_err(|e| CliError::io(file, e))?;
            let dir = abs.parent().map(|p| p.display().to_string()).unwrap_or_else(|| "/".into());
            Program::File { bytes, path: file.display().to_string(), dir }
        }
        (None, None) => return Err(CliError::Msg("no program given".into())),
    };
    let verbose = a.vm.verbose;
    let args = a.args.clone();
    let exit = on_vm_thread(move || run_program(config, program, args, verbose))?.map_err(CliError::Msg)?;
    Ok(exit_code(&exit))
}

/// Mounts a ROMFS image file, or the image at `range` (offset, length) of a larger file (a
/// flash slot): memory-mapped (in place) or read into the VM heap (`copy`).
pub fn mount_image_range(
    machine: &mut vm::Vm,
    path: &std::path::Path,
    range: Option<(u64, u64)>,
    copy: bool,
) -> Result<std::rc::Rc<dyn vm::vfs::FileSystem>, String> {
    let map = romfs::ReadOnlyMap::open(path, 4096).map_err(|e| format!("{}: {e}", path.display()))?;
    let base: Shared = Arc::new(map);
    let whole = (*base).as_ref().len();
    let bytes: Shared = match range {
        Some((off, len)) => {
            let (off, len) = (off as usize, len as usize);
            if off.checked_add(len).is_none_or(|end| end > whole) {
                return Err(format!("{}: image range outside the file", path.display()));
            }
            Arc::new(vm::vfs::romfs::SubSlice::new(base, off..off + len))
        }
        None => base,
    };
    if copy {
        let src = machine
            .load_heap_source((*bytes).as_ref())
            .map_err(|_| "heap too small for the image (--copy)".to_string())?;
        let fs = vm::vfs::romfs::RomFs::copied(machine, src).map_err(|e| e.to_string())?;
        Ok(std::rc::Rc::new(fs))
    } else {
        let fs = vm::vfs::romfs::RomFs::mapped(bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(std::rc::Rc::new(fs))
    }
}

fn run_program(config: vm::Config, program: Program, args: Vec<String>, verbose: bool) -> Result<vm::Exit, String> {
    let stdout = Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
    let mut machine = vm::Vm::with_output(config, stdout, Box::new(std::io::stderr()));
    machine.importer = Some(std::rc::Rc::new(vm::vfs::importer::VfsImporter));
    let exit = match program {
        Program::File { bytes, path, dir } => {
            machine.vfs.mount("/", std::rc::Rc::new(vm::vfs::host::HostDir::new("/"))).map_err(|e| e.to_string())?;
            machine.vfs.cwd = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_else(|_| "/".into());
            machine.set_argv(&path, &args).map_err(|_| "heap too small to start".to_string())?;
            machine.set_sys_path(&[&dir]).map_err(|_| "heap too small to start".to_string())?;
            let src =
                machine.add_source(vm::Source::Mapped(Arc::new(bytes))).map_err(|_| "too many sources".to_string())?;
            machine.run_main(src, Some(&path))
        }
        Program::Image { path, range, copy, module, fat, fat_range, flash } => {
            machine.flash = flash.map(|(path, layout)| vm::modules::ota::FlashHost { path, layout });
            let fs = mount_image_range(&mut machine, &path, range, copy)?;
            machine.vfs.mount("/rom", fs).map_err(|e| e.to_string())?;
            let mut sys_path = vec!["/rom", "/rom/lib"];
            if let Some(fat) = fat {
                let dev = romfs::FileDevice::open(&fat, 512).map_err(|e| format!("{}: {e}", fat.display()))?;
                let dev: Box<dyn romfs::BlockDevice> = match fat_range {
                    Some((off, len)) => {
                        Box::new(romfs::Partition::new(dev, off, len).map_err(|e| format!("{}: {e}", fat.display()))?)
                    }
                    None => Box::new(dev),
                };
                let fs = vm::vfs::fat::FatFs::mount(dev).map_err(|e| format!("{}: {e}", fat.display()))?;
                machine.vfs.mount("/flash", std::rc::Rc::new(fs)).map_err(|e| e.to_string())?;
                sys_path.extend(["/flash", "/flash/lib"]);
            }
            machine.vfs.cwd = "/".into();
            machine.set_argv(&module, &args).map_err(|_| "heap too small to start".to_string())?;
            machine.set_sys_path(&sys_path).map_err(|_| "heap too small to start".to_string())?;
            machine.run_main_module(&module)
        }
        Program::Dir { root, module } => {
            machine.vfs.mount("/", std::rc::Rc::new(vm::vfs::host::HostDir::new(root))).map_err(|e| e.to_string())?;
            machine.vfs.cwd = "/".into();
            machine.set_argv(&module, &args).map_err(|_| "heap too small to start".to_string())?;
            machine.set_sys_path(&["/", "/lib"]).map_err(|_| "heap too small to start".to_string())?;
            machine.run_main_module(&module)
        }
    };
    if verbose {
        let text = vm::modules_mem_info(&machine);
        let _ = machine.stdout.write_all(text.as_bytes());
    }
    let _ = machine.stdout.flush();
    Ok(exit)
}
