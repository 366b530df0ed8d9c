//! `mpyrom run`: run a `.mpy` program as `__main__` on the VM.

use crate::size::parse_size;
use crate::CliError;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

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
                    let n = parse_size(v)
                        .ok_or_else(|| CliError::Msg(format!("invalid heap size '{v}'")))?;
                    if n < 1024 {
                        return Err(CliError::Msg(format!(
                            "heap size {n} is too small (minimum 1K)"
                        )));
                    }
                    c.heap_size = usize::try_from(n)
                        .map_err(|_| CliError::Msg(format!("heap size '{v}' is too large")))?;
                }
                _ => {
                    return Err(CliError::Msg(format!(
                        "unknown -X option '{opt}' (supported: heapsize=SIZE)"
                    )))
                }
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
    /// The compiled program (`mpy-cross` output).
    pub file: PathBuf,
    /// Arguments for the program (`sys.argv[1:]`).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// Stack reserved for the VM thread: native re-entry (dunder methods, `sorted(key=…)`)
/// recurses on it; the VM raises RuntimeError well before it is exhausted.
pub const VM_THREAD_STACK: usize = 256 << 20;

/// Runs `f` on a thread with a large stack.
pub fn on_vm_thread<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, CliError> {
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

/// `mpyrom run FILE.mpy`.
pub fn run(a: RunArgs) -> Result<ExitCode, CliError> {
    let config = a.vm.config()?;
    let bytes = std::fs::read(&a.file).map_err(|e| CliError::io(&a.file, e))?;
    let file = a.file.display().to_string();
    let verbose = a.vm.verbose;
    let args = a.args.clone();
    let exit = on_vm_thread(move || -> Result<vm::Exit, String> {
        let stdout = Box::new(std::io::BufWriter::with_capacity(
            1 << 16,
            std::io::stdout(),
        ));
        let mut machine = vm::Vm::with_output(config, stdout, Box::new(std::io::stderr()));
        machine
            .set_argv(&file, &args)
            .map_err(|_| "heap too small to start".to_string())?;
        let src = machine
            .add_source(vm::Source::Mapped(Arc::new(bytes)))
            .map_err(|_| "too many sources".to_string())?;
        let exit = machine.run_main(src, Some(&file));
        if verbose {
            let text = vm::modules_mem_info(&machine);
            let _ = machine.stdout.write_all(text.as_bytes());
        }
        let _ = machine.stdout.flush();
        Ok(exit)
    })?
    .map_err(CliError::Msg)?;
    Ok(exit_code(&exit))
}
