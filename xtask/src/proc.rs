//! Running programs: one place that prints what runs and turns failures into messages.
use std::path::Path;
use std::process::{Command, Stdio};

/// Run a command in `dir`, inheriting output; error if it fails.
pub fn run(dir: &Path, program: &str, args: &[&str], env: &[(&str, String)]) -> Result<(), String> {
    println!("xtask: $ {program} {}", args.join(" "));
    let status = command(program)
        .args(args)
        .current_dir(dir)
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
        .status()
        .map_err(|e| format!("could not start {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{program} {} failed ({status})", args.join(" ")))
    }
}

/// Run a command quietly and return its stdout if it succeeds.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = command(program).args(args).stdin(Stdio::null()).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// On Windows, npm and npx are `.cmd` scripts that `Command` will not find by bare name.
pub fn command(program: &str) -> Command {
    if cfg!(windows) && matches!(program, "npm" | "npx") {
        let mut c = Command::new("cmd");
        c.args(["/C", program]);
        c
    } else {
        Command::new(program)
    }
}

/// `PATH` with `dir` in front, so trunk finds the pinned wasm-opt.
pub fn path_with(dir: &Path) -> String {
    let old = std::env::var_os("PATH").unwrap_or_default();
    let mut paths = vec![dir.to_path_buf()];
    paths.extend(std::env::split_paths(&old));
    std::env::join_paths(paths).map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()
}
