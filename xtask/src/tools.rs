//! Install what a fresh machine lacks, and skip what is already there at the right
//! version: the wasm target, trunk, wasm-bindgen-cli (equal to Cargo.lock), the npm
//! packages (wasm-opt from binaryen, Playwright, axe-core) and Debian's Chromium.
use crate::proc::{self, output};
use crate::root;
use std::path::PathBuf;

pub const TRUNK_VERSION: &str = "0.21.14";
/// The Chromium that Playwright drives: Debian's, since no browser can be downloaded here.
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Which tools a command needs.
pub struct Need {
    pub build: bool,
    pub browser: bool,
}

impl Need {
    pub fn all() -> Need {
        Need { build: true, browser: true }
    }
    pub fn build() -> Need {
        Need { build: true, browser: false }
    }
}

/// What was found, for the callers.
pub struct Tools {
    /// `node_modules/.bin`, put on PATH for trunk (wasm-opt) and used for Playwright.
    pub node_bin: PathBuf,
    pub chromium: Option<PathBuf>,
}

pub fn ensure(need: Need) -> Result<Tools, String> {
    let root = root();
    if need.build {
        ensure_wasm_target()?;
        ensure_trunk()?;
        ensure_wasm_bindgen()?;
    }
    ensure_node_modules()?;
    let chromium = if need.browser { Some(ensure_chromium()?) } else { None };
    Ok(Tools { node_bin: root.join("node_modules").join(".bin"), chromium })
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    proc::run(&root(), "rustup", &["target", "add", "wasm32-unknown-unknown"], &[])
}

fn ensure_trunk() -> Result<(), String> {
    let found = output("trunk", &["--version"]).unwrap_or_default();
    if found == format!("trunk {TRUNK_VERSION}") {
        return Ok(());
    }
    println!("xtask: installing trunk {TRUNK_VERSION} (found: {}); this takes about 11 minutes on 2 cores", if found.is_empty() { "none" } else { &found });
    proc::run(&root(), "cargo", &["install", "trunk", "--version", TRUNK_VERSION, "--locked"], &[])
}

/// The wasm-bindgen version in Cargo.lock: the CLI must equal it exactly.
pub fn locked_wasm_bindgen() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.trim().strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".into())
}

fn ensure_wasm_bindgen() -> Result<(), String> {
    let want = locked_wasm_bindgen()?;
    let found = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if found == format!("wasm-bindgen {want}") {
        return Ok(());
    }
    println!("xtask: installing wasm-bindgen-cli {want} (found: {})", if found.is_empty() { "none" } else { &found });
    // --locked has failed here when the registry mirror lacked a locked dependency;
    // a plain install then works (toolchain.md).
    proc::run(&root(), "cargo", &["install", "wasm-bindgen-cli", "--version", &want, "--locked"], &[])
        .or_else(|_| proc::run(&root(), "cargo", &["install", "wasm-bindgen-cli", "--version", &want, "--force"], &[]))
}

/// The test packages (Playwright, axe-core, wasm-opt), installed by `npm ci` when the lock file changed.
fn ensure_node_modules() -> Result<(), String> {
    let root = root();
    if output("node", &["--version"]).is_none() || output("npm", &["--version"]).is_none() {
        return Err("Node.js 20 or later and npm are needed: install them (Debian: apt-get install nodejs npm; Windows: the Node.js installer) and run this again".into());
    }
    let wasm_opt_ok = output(&root.join("node_modules/.bin").join(exe("wasm-opt")).to_string_lossy(), &["--version"])
        .is_some_and(|v| v.contains("version_132"));
    // No browser download: Playwright drives Debian's Chromium.
    npm_ci_if_changed(&root, !wasm_opt_ok, &[("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1".into())])
}

/// `npm ci` in `dir` unless its package-lock.json equals the copy taken after the
/// last `npm ci` there: compared by content, not modification time, which a checkout
/// or a copy can reorder.
pub fn npm_ci_if_changed(dir: &std::path::Path, force: bool, env: &[(&str, String)]) -> Result<(), String> {
    let marker = dir.join("node_modules").join(".xtask-package-lock.json");
    let lock = dir.join("package-lock.json");
    let lock_text = std::fs::read(&lock).map_err(|e| format!("{}: {e}", lock.display()))?;
    if !force && std::fs::read(&marker).is_ok_and(|m| m == lock_text) {
        return Ok(());
    }
    proc::run(dir, "npm", &["ci", "--no-audit", "--no-fund"], env)?;
    std::fs::write(&marker, &lock_text).map_err(|e| format!("{}: {e}", marker.display()))
}

fn ensure_chromium() -> Result<PathBuf, String> {
    if let Ok(p) = std::env::var("CHROMIUM_PATH") {
        return Ok(PathBuf::from(p));
    }
    let path = PathBuf::from(CHROMIUM);
    if path.exists() {
        return Ok(path);
    }
    if cfg!(target_os = "linux") && output("id", &["-u"]).as_deref() == Some("0") && output("apt-get", &["--version"]).is_some() {
        println!("xtask: installing Debian's Chromium with apt-get");
        proc::run(&root(), "apt-get", &["update"], &[])?;
        proc::run(&root(), "apt-get", &["install", "-y", "--no-install-recommends", "chromium", "chromium-driver"], &[("DEBIAN_FRONTEND", "noninteractive".into())])?;
        if path.exists() {
            return Ok(path);
        }
    }
    Err(format!(
        "the end-to-end tests need Chromium at {CHROMIUM}. Install it (Debian or Ubuntu, as root: apt-get install chromium chromium-driver), or set CHROMIUM_PATH to a Chromium or Edge executable, then run this again"
    ))
}

/// Chromium for prerendering when it can be had (found, or installed as root), else
/// `None` with the reason printed: the site then works without prerendered pages.
pub fn chromium_if_possible() -> Option<PathBuf> {
    match ensure_chromium() {
        Ok(p) => Some(p),
        Err(e) => {
            println!("xtask: {e}");
            None
        }
    }
}

pub fn exe(name: &str) -> String {
    if cfg!(windows) {
        format!("{name}.cmd")
    } else {
        name.to_string()
    }
}
