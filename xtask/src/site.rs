//! Building the release site: trunk for the app, then the generated content.
use crate::tools::Tools;
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
    complete(dist)
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
