//! `cargo xtask dev`: a debug build served with the development inbox, rebuilt when a
//! file under src/, content/, style/, public/ or index.html changes.
//!
//! Why a small polling watcher here rather than `trunk watch` as a child: trunk watch
//! builds straight into the folder it serves from, so after each of its builds the page
//! would run trunk's own loader, without boot.js, the content JSON or the CSP, until
//! xtask noticed (from trunk's log lines) and patched it. Here each build goes into
//! target/dev/stage, gets the same steps after trunk as the release build, and only
//! then replaces target/dev/dist, so a reload never sees half a build; the time of each
//! build is known exactly, and a change to content/ alone skips trunk. Polling about
//! 180 files four times a second costs nothing measurable and needs no new crate (no
//! `notify`, with its per-platform back ends), on Linux and Windows alike.
//!
//! Ctrl+C needs no handler: the terminal sends it to the whole foreground process
//! group (on Windows, to every process on the console), so trunk and cargo stop with
//! xtask, and a build cut short is only ever in target/dev/stage.
use crate::serve::{self, DevServer, Mode};
use crate::{root, site, tools};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

/// What is watched, relative to the repository root.
pub const WATCHED: [&str; 5] = ["src", "content", "style", "public", "index.html"];

const POLL: Duration = Duration::from_millis(250);
/// How long a change must stay still before building: editors write a file in steps
/// (a temporary file, then a rename).
const SETTLE: Duration = Duration::from_millis(150);

#[derive(Debug, PartialEq)]
pub struct Options {
    pub port: u16,
    pub base: String,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut i = 0;
        while i < args.len() {
            match args[i].as_str() {
                "--port" | "--base" if i + 1 < args.len() => i += 2,
                other => return Err(format!("cargo xtask dev: unknown or incomplete option {other:?} (it takes --port N and --base /path/)")),
            }
        }
        Ok(Options { port: serve::port(args)?, base: site::base_arg(args) })
    }
}

/// Each watched file's modification time and size.
pub type Snapshot = BTreeMap<PathBuf, (SystemTime, u64)>;

/// What a set of changes needs.
#[derive(Debug, PartialEq)]
pub enum Rebuild {
    /// Anything trunk reads: the app, the stylesheet, public/ or index.html.
    App,
    /// Only content/: the app does not embed it, so writing the content JSON is enough.
    Content,
}

pub fn run(args: &[String]) -> Result<(), String> {
    let options = Options::parse(args)?;
    let tools = tools::ensure(tools::Need::build())?;
    let root = root();
    let work = root.join("target").join("dev");
    let (stage, dist) = (work.join("stage"), work.join("dist"));
    site::fetch()?;
    let mut seen = snapshot(&root);
    let started = Instant::now();
    match build(&tools, &stage, &dist, &options.base) {
        Ok(()) => println!("xtask: first build took {}", secs(started.elapsed())),
        Err(e) => println!("xtask: the build failed: {e}\nxtask: fix it and save; each change starts a new build"),
    }
    let server = DevServer::start_with(&format!("127.0.0.1:{}", options.port), dist.clone(), options.base.clone(), root.join("inbox"), 8, Mode::Dev)?;
    let url = format!("http://127.0.0.1:{}{}", server.port, options.base);
    println!("xtask: serving the debug build at {url}  (inbox: POST /api/submissions -> {})", root.join("inbox").display());
    println!("xtask: watching src/, content/, style/, public/ and index.html; Ctrl+C stops");
    loop {
        std::thread::sleep(POLL);
        let mut now = snapshot(&root);
        if changes(&seen, &now).is_empty() {
            continue;
        }
        loop {
            std::thread::sleep(SETTLE);
            let again = snapshot(&root);
            if again == now {
                break;
            }
            now = again;
        }
        let changed = changes(&seen, &now);
        // Taken before building: a save during the build starts another one.
        seen = now;
        let saved_at = changed.iter().filter_map(|p| seen.get(p).map(|(t, _)| *t)).max();
        let begun = Instant::now();
        let kind = if dist.join("index.html").is_file() { rebuild_for(&changed) } else { Rebuild::App };
        let result = match kind {
            Rebuild::App => build(&tools, &stage, &dist, &options.base),
            Rebuild::Content => crate::content::write_into(&dist),
        };
        let what = describe(&changed);
        match result {
            Ok(()) => {
                let since_save = saved_at.and_then(|t| t.elapsed().ok()).map(|d| format!(", {} after the save", secs(d))).unwrap_or_default();
                let step = if kind == Rebuild::Content { "content rewritten" } else { "rebuilt" };
                println!("xtask: {step} in {}{since_save} ({what}); reload {url}", secs(begun.elapsed()));
            }
            Err(e) => println!("xtask: the build after {what} failed: {e}\nxtask: still serving the last good build; fix it and save"),
        }
        if changed.iter().any(|p| p.starts_with("src/domain")) {
            println!("xtask: note: the content JSON and schema are rendered by xtask's own copy of src/domain/; if this change affects them, restart cargo xtask dev");
        }
    }
}

/// The debug site into `stage`, then in place of `dist`.
fn build(tools: &tools::Tools, stage: &Path, dist: &Path, base: &str) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(stage);
    site::build_dev(tools, stage, base)?;
    swap_in(stage, dist)
}

/// Replace `dist` by `stage` with two renames, so a request sees one build or the other
/// (or, for a moment, a 404), never a mix.
pub fn swap_in(stage: &Path, dist: &Path) -> Result<(), String> {
    let old = dist.with_extension("old");
    let _ = std::fs::remove_dir_all(&old);
    // On Windows a rename fails while the server has a file open: try again shortly.
    let rename = |from: &Path, to: &Path| {
        let mut tries = 0;
        loop {
            match std::fs::rename(from, to) {
                Ok(()) => return Ok(()),
                Err(_) if tries < 20 => {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(e) => return Err(format!("cannot move {} to {}: {e}", from.display(), to.display())),
            }
        }
    };
    if dist.exists() {
        rename(dist, &old)?;
    }
    rename(stage, dist)?;
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}

/// Whether a change to this file (relative to the root) should start a build: it is
/// under a watched folder, and not an editor's swap, backup or lock file.
pub fn watched(rel: &Path) -> bool {
    let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
    let Some(first) = parts.next() else { return false };
    WATCHED.contains(&first.as_ref()) && !rel.components().any(|c| is_editor_file(&c.as_os_str().to_string_lossy()))
}

/// Hidden files (.#lock, .file.swp, .DS_Store), backups (file~), swap files, and vim's
/// write test file "4913".
fn is_editor_file(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || name == "4913" || [".swp", ".swx", ".swo", ".tmp"].iter().any(|s| name.ends_with(s))
}

/// The watched files under `root` now.
pub fn snapshot(root: &Path) -> Snapshot {
    let mut out = Snapshot::new();
    let mut todo: Vec<PathBuf> = WATCHED.iter().map(PathBuf::from).collect();
    while let Some(rel) = todo.pop() {
        if !watched(&rel) {
            continue;
        }
        let path = root.join(&rel);
        let Ok(meta) = std::fs::metadata(&path) else { continue };
        if meta.is_dir() {
            for entry in std::fs::read_dir(&path).into_iter().flatten().flatten() {
                todo.push(rel.join(entry.file_name()));
            }
        } else {
            out.insert(rel, (meta.modified().unwrap_or(SystemTime::UNIX_EPOCH), meta.len()));
        }
    }
    out
}

/// Files added, removed or changed between two snapshots.
pub fn changes(before: &Snapshot, after: &Snapshot) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = after.iter().filter(|(p, v)| before.get(*p) != Some(v)).map(|(p, _)| p.clone()).collect();
    out.extend(before.keys().filter(|p| !after.contains_key(*p)).cloned());
    out.sort();
    out
}

pub fn rebuild_for(changed: &[PathBuf]) -> Rebuild {
    if !changed.is_empty() && changed.iter().all(|p| p.starts_with("content")) {
        Rebuild::Content
    } else {
        Rebuild::App
    }
}

/// "src/pages/home.rs", or "src/pages/home.rs and 2 more".
fn describe(changed: &[PathBuf]) -> String {
    let first = changed.first().map(|p| p.to_string_lossy().replace('\\', "/")).unwrap_or_default();
    match changed.len() {
        0 | 1 => first,
        n => format!("{first} and {} more", n - 1),
    }
}

fn secs(d: Duration) -> String {
    format!("{:.1} s", d.as_secs_f64())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn paths(list: &[&str]) -> Vec<PathBuf> {
        list.iter().map(PathBuf::from).collect()
    }

    /// A fresh folder under the system's temporary folder.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-dev-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn options_have_defaults_and_take_port_and_base() {
        assert_eq!(Options::parse(&[]).unwrap(), Options { port: 8080, base: "/".into() });
        assert_eq!(Options::parse(&args(&["--port", "9000", "--base", "spo"])).unwrap(), Options { port: 9000, base: "/spo/".into() });
        assert!(Options::parse(&args(&["--port", "x"])).is_err());
        assert!(Options::parse(&args(&["--port"])).is_err(), "a flag without its value");
        assert!(Options::parse(&args(&["--release"])).is_err(), "an unknown option is refused, not ignored");
    }

    #[test]
    fn the_sources_are_watched_and_editor_files_are_not() {
        for p in ["src/pages/home.rs", "src/domain/triage/rules.rs", "content/guidance/x.md", "style/main.css", "public/boot.js", "index.html"] {
            assert!(watched(Path::new(p)), "{p}");
        }
        for p in [
            "target/debug/x", "xtask/src/dev.rs", "dist/index.html", "tests/e2e/a.spec.ts", "README.md", "Cargo.toml",
            "src/pages/.home.rs.swp", "src/pages/home.rs~", "src/pages/4913", "src/.#home.rs", "content/.DS_Store",
            "src/.hidden/x.rs", "style/main.css.tmp", "index.html.swx",
        ] {
            assert!(!watched(Path::new(p)), "{p}");
        }
    }

    #[test]
    fn content_alone_skips_trunk() {
        assert_eq!(rebuild_for(&paths(&["content/guidance/a.md", "content/glossary.toml"])), Rebuild::Content);
        assert_eq!(rebuild_for(&paths(&["content/guidance/a.md", "src/pages/home.rs"])), Rebuild::App);
        assert_eq!(rebuild_for(&paths(&["index.html"])), Rebuild::App);
        assert_eq!(rebuild_for(&paths(&["public/config.json"])), Rebuild::App, "trunk copies public/ files");
        assert_eq!(rebuild_for(&[]), Rebuild::App);
    }

    #[test]
    fn snapshots_show_added_changed_and_removed_files_only_where_watched() {
        let root = scratch("snapshot");
        for dir in ["src/pages", "content", "style", "target", "xtask"] {
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        std::fs::write(root.join("src/pages/home.rs"), "a").unwrap();
        std::fs::write(root.join("style/main.css"), "a").unwrap();
        std::fs::write(root.join("index.html"), "a").unwrap();
        std::fs::write(root.join("target/out"), "a").unwrap();
        let before = snapshot(&root);
        assert_eq!(before.keys().cloned().collect::<Vec<_>>(), paths(&["index.html", "src/pages/home.rs", "style/main.css"]));
        assert!(changes(&before, &snapshot(&root)).is_empty(), "nothing changed");

        // A different size is seen even where the clock ticks in whole seconds.
        std::fs::write(root.join("src/pages/home.rs"), "ab").unwrap();
        std::fs::write(root.join("content/new.md"), "a").unwrap();
        std::fs::remove_file(root.join("style/main.css")).unwrap();
        std::fs::write(root.join("target/out"), "changed").unwrap();
        std::fs::write(root.join("xtask/x.rs"), "a").unwrap();
        std::fs::write(root.join("src/pages/.home.rs.swp"), "a").unwrap();
        let after = snapshot(&root);
        assert_eq!(changes(&before, &after), paths(&["content/new.md", "src/pages/home.rs", "style/main.css"]));
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn a_swap_replaces_the_served_folder_whole() {
        let root = scratch("swap");
        let (stage, dist) = (root.join("stage"), root.join("dist"));
        std::fs::create_dir_all(&stage).unwrap();
        std::fs::write(stage.join("index.html"), "first").unwrap();
        swap_in(&stage, &dist).unwrap();
        assert_eq!(std::fs::read_to_string(dist.join("index.html")).unwrap(), "first");
        assert!(!stage.exists());

        std::fs::create_dir_all(&stage).unwrap();
        std::fs::write(stage.join("index.html"), "second").unwrap();
        std::fs::write(dist.join("stale.js"), "old").unwrap();
        swap_in(&stage, &dist).unwrap();
        assert_eq!(std::fs::read_to_string(dist.join("index.html")).unwrap(), "second");
        assert!(!dist.join("stale.js").exists(), "nothing of the last build is left");
        assert!(!root.join("dist.old").exists());
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn describes_what_changed() {
        assert_eq!(describe(&paths(&["src/pages/home.rs"])), "src/pages/home.rs");
        assert_eq!(describe(&paths(&["src/a.rs", "src/b.rs", "style/main.css"])), "src/a.rs and 2 more");
    }
}
