//! Building the release site: trunk for the app, then the generated content, the
//! loader (boot.js), the prerendered pages, and what reads config.json. Also the debug
//! site for `cargo xtask dev`, from the same steps less prerendering and compression.
use crate::boot::AreaApp;
use crate::tools::{self, Tools};
use spo_triage::domain::areas::{Area, AreaBuild};
use crate::{content, proc, root};
use std::path::{Path, PathBuf};

/// `cargo xtask build [--base /spo/]` and the build half of `serve`: the tools, then
/// the release site into the folder for its base. Returns the base and the folder.
pub fn build_command(args: &[String]) -> Result<(String, PathBuf), String> {
    let base = base_arg(args);
    let dist = dist_for(&base);
    let tools = tools::ensure(tools::Need::build())?;
    build(&tools, &dist, &base)?;
    println!("xtask: built the site for {base} into {}", dist.display());
    Ok((base, dist))
}

/// `--base`, normalised; "/" if not given.
pub fn base_arg(args: &[String]) -> String {
    normalise_base(&crate::flag(args, "--base").unwrap_or_else(|| "/".into()))
}

/// Where the release site for `base` goes: `dist/` for the root, the folder to copy to
/// a server; a sub-path build goes under target/ so it never replaces that one.
pub fn dist_for(base: &str) -> PathBuf {
    if base == "/" {
        root().join("dist")
    } else {
        root().join("target").join("dist-sub")
    }
}

/// Build the release site into `dist` for hosting under `base` ("/" or "/spo/").
pub fn build(tools: &Tools, dist: &Path, base: &str) -> Result<(), String> {
    // trunk runs cargo with --offline (Trunk.toml), so fetch everything first.
    fetch()?;
    let apps = trunk(tools, dist, base, true)?;
    app_and_content(dist, &apps)?;
    match tools.chromium.clone().or_else(tools::chromium_if_possible) {
        Some(chromium) => {
            crate::prerender::run(dist, base, &chromium)?;
        }
        None => println!("xtask: warning: no Chromium, so no page is prerendered; every page waits for the app to start"),
    }
    complete(dist)
}

/// The debug site for `cargo xtask dev`: trunk without --release (so no wasm-opt and
/// no minifying), the same content, loader and config steps as the release build so
/// the page behaves as deployed, but no prerendering (seconds of Chromium per build)
/// and no compressed copies (brotli on a debug wasm is slow, and loopback needs none).
/// Call `fetch` once first.
pub fn build_dev(tools: &Tools, dist: &Path, base: &str) -> Result<(), String> {
    let apps = trunk(tools, dist, base, false)?;
    app_and_content(dist, &apps)?;
    config_steps(dist).map(|_| ())
}

/// `cargo fetch --locked`: trunk runs cargo with --offline.
pub fn fetch() -> Result<(), String> {
    proc::run(&root(), "cargo", &["fetch", "--locked"], &[])
}

/// Every app (`spo_triage::domain::areas::AreaBuild`), each its own binary built by
/// trunk: the site area from index.html, with the styles and copied files, into `dist`;
/// each other from a page that holds only its Rust link, into its own folder, then its
/// two files copied beside the site's. Cargo builds first (the apps with the default
/// features in one run, so it links them two at a time, then the plain form without
/// them) instead of trunk asking for each binary in turn.
fn trunk(tools: &Tools, dist: &Path, base: &str, release: bool) -> Result<Vec<AreaApp>, String> {
    let env = trunk_env(tools, release);
    let builds = AreaBuild::all();
    for default_features in [true, false] {
        let mut cargo = vec!["build", "--target", "wasm32-unknown-unknown", "--offline"];
        if release {
            cargo.push("--release");
        }
        if !default_features {
            cargo.push("--no-default-features");
        }
        for b in builds.iter().filter(|b| b.default_features == default_features) {
            cargo.extend(["--bin", b.bin]);
        }
        proc::run(&root(), "cargo", &cargo, &env)?;
    }
    let mut apps = Vec::new();
    let work = root().join("target").join("areas").join(if release { "release" } else { "debug" });
    for build in builds {
        let area = build.area;
        let (page, out) = if build.bin == Area::Site.name() {
            (root().join("index.html"), dist.to_path_buf())
        } else {
            let page = work.join(format!("{}.html", build.bin));
            std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
            std::fs::write(&page, area_page(&build)).map_err(|e| format!("{}: {e}", page.display()))?;
            (page, work.join(build.bin))
        };
        trunk_build(&page, &out, base, release, &env)?;
        let built = out.join("index.html");
        let html = std::fs::read_to_string(&built).map_err(|e| format!("{}: {e}", built.display()))?;
        let (js, wasm) = crate::boot::loader_files(&html)?;
        if area != Area::Site {
            for file in [&js, &wasm] {
                let name = file.rsplit('/').next().unwrap_or_default();
                std::fs::copy(out.join(name), dist.join(name)).map_err(|e| format!("{name}: {e}"))?;
            }
        }
        if release {
            minify(tools, &dist.join(js.rsplit('/').next().unwrap_or_default()))?;
        }
        apps.push(AreaApp { area, bin: build.bin.to_string(), js, wasm });
    }
    Ok(apps)
}

/// wasm-bindgen's JS glue, minified with terser (npm, pinned in package.json): trunk
/// 0.21's own minifier cannot parse it and ships it whole. About 70 KB becomes 33 KB,
/// 2 KiB less per area after brotli.
fn minify(tools: &Tools, file: &Path) -> Result<(), String> {
    let terser = tools.node_bin.join(tools::exe("terser"));
    let file = file.to_string_lossy().into_owned();
    proc::run(&root(), &terser.to_string_lossy(), &[&file, "--module", "--compress", "--mangle", "--output", &file], &[])
}

/// The page trunk builds an app from: its Rust link only (paths from
/// target/areas/<profile>/ back to the project).
fn area_page(build: &AreaBuild) -> String {
    let bin = build.bin;
    let features = if build.default_features { "" } else { " data-cargo-no-default-features" };
    format!(
        "<!DOCTYPE html>\n<html><head><base data-trunk-public-url>\n<link data-trunk rel=\"rust\" href=\"../../../Cargo.toml\" data-bin=\"{bin}\"{features} data-type=\"main\" data-wasm-opt=\"z\">\n</head><body></body></html>\n"
    )
}

fn trunk_env(tools: &Tools, release: bool) -> Vec<(&'static str, String)> {
    let mut env = vec![("PATH", proc::path_with(&tools.node_bin)), ("TRUNK_OFFLINE", "true".into())];
    if !release {
        // No DWARF in the debug wasm: wasm-bindgen drops it anyway (index.html has no
        // data-keep-debug), and with it rustc wrote a 170 MB wasm that wasm-bindgen took
        // about 10 s to read on every rebuild. Function names stay (the name section).
        env.push(("CARGO_PROFILE_DEV_DEBUG", "0".into()));
    }
    env
}

fn trunk_build(page: &Path, dist: &Path, base: &str, release: bool, env: &[(&str, String)]) -> Result<(), String> {
    let page_arg = page.to_string_lossy().into_owned();
    let dist_arg = dist.to_string_lossy().into_owned();
    let mut args = vec!["build", &page_arg];
    if release {
        args.push("--release");
    }
    args.extend(["--dist", &dist_arg, "--public-url", base]);
    proc::run(&root(), "trunk", &args, env)
}

/// What both builds do after trunk: the generated content, and boot.js in place of
/// trunk's loader.
fn app_and_content(dist: &Path, apps: &[AreaApp]) -> Result<(), String> {
    content::write_into(dist)?;
    let index = dist.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    std::fs::write(&index, crate::boot::apply(&page, apps)?).map_err(|e| format!("{}: {e}", index.display()))
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
    let policy = config_steps(dist)?;
    println!("xtask: Content-Security-Policy: {policy}");
    println!("xtask: headers to send are in {}", dist.join(crate::csp::HEADERS_FILE).display());
    Ok(())
}

/// The no-JavaScript contacts, then the policy (returned).
fn config_steps(dist: &Path) -> Result<String, String> {
    crate::noscript::write_into(dist)?;
    crate::csp::write_into(dist)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_base_picks_the_folder() {
        assert_eq!(base_arg(&[]), "/");
        assert_eq!(base_arg(&args(&["--base", "spo"])), "/spo/");
        assert_eq!(base_arg(&args(&["--port", "9000", "--base", "/spo/"])), "/spo/");
        assert_eq!(dist_for("/"), root().join("dist"));
        assert_eq!(dist_for("/spo/"), root().join("target").join("dist-sub"));
    }
}
