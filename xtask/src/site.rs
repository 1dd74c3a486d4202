//! Building the release site: trunk for the app, then the generated content, the
//! loader (boot.js), the prerendered pages, and what reads config.json.
use crate::tools::{self, Tools};
use crate::{content, proc, root};
use std::path::Path;

/// Build the release site into `dist` for hosting under `base` ("/" or "/spo/").
pub fn build(tools: &Tools, dist: &Path, base: &str) -> Result<(), String> {
    let root = root();
    // trunk runs cargo with --offline (Trunk.toml), so fetch everything first.
    proc::run(&root, "cargo", &["fetch", "--locked"], &[])?;
    let dist_arg = dist.to_string_lossy().into_owned();
    proc::run(
        &root,
        "trunk",
        &["build", "--release", "--dist", &dist_arg, "--public-url", base],
        &[("PATH", proc::path_with(&tools.node_bin)), ("TRUNK_OFFLINE", "true".into())],
    )?;
    content::write_into(dist)?;
    let index = dist.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    std::fs::write(&index, crate::boot::apply(&page)?).map_err(|e| format!("{}: {e}", index.display()))?;
    match tools.chromium.clone().or_else(tools::chromium_if_possible) {
        Some(chromium) => {
            crate::prerender::run(dist, base, &chromium)?;
        }
        None => println!("xtask: warning: no Chromium, so no page is prerendered; every page waits for the app to start"),
    }
    complete(dist)
}

/// Every page of the site: index.html and the prerendered `ROUTE/index.html`s.
pub fn pages(dist: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut out = Vec::new();
    let mut dirs = vec![dist.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.file_name().is_some_and(|n| n == "index.html") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// What follows trunk, and all of `cargo xtask content --dist DIR` (after a deployer
/// edits config.json): the generated content, the steps that read config.json, then
/// the compressed copies, last so that none is left stale beside a rewritten file.
pub fn complete(dist: &Path) -> Result<(), String> {
    content::write_into(dist)?;
    finish(dist)?;
    let n = crate::precompress::write_beside(dist)?;
    println!("xtask: wrote .gz and .br copies of {n} files in {}", dist.display());
    Ok(())
}

/// The steps that read the built config.json: the contacts in the no-JavaScript
/// message and the Content-Security-Policy (meta tag and `security-headers.txt`).
fn finish(dist: &Path) -> Result<(), String> {
    crate::noscript::write_into(dist)?;
    let policy = crate::csp::write_into(dist)?;
    println!("xtask: Content-Security-Policy: {policy}");
    println!("xtask: headers to send are in {}", dist.join(crate::csp::HEADERS_FILE).display());
    Ok(())
}

/// Normalise a base path to "/", or "/name/" with both slashes.
pub fn normalise_base(base: &str) -> String {
    let trimmed = base.trim().trim_matches('/');
    if trimmed.is_empty() {
        "/".to_string()
    } else {
        format!("/{trimmed}/")
    }
}
