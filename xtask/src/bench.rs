//! `cargo xtask bench`: the performance benchmark of issue #6. Builds the release site,
//! serves it (and the plain HTML comparison page in `bench/static-form/`) with the build's compressed copies as
//! an intranet server would, and runs `bench/run.mjs` (Lighthouse and Playwright in
//! Chromium). Not part of `cargo xtask test`: it takes minutes and its figures depend on
//! the machine. Results: target/bench/results.md and results.json.
use crate::serve::DevServer;
use crate::{flag, proc, root, site, tools};

pub fn run(args: &[String]) -> Result<(), String> {
    let runs: u32 = flag(args, "--runs")
        .unwrap_or_else(|| "3".into())
        .parse()
        .map_err(|_| "--runs takes a number")?;
    if runs < 3 {
        return Err("--runs must be at least 3: the figures are medians".into());
    }
    let tools = tools::ensure(tools::Need::all())?;
    let root = root();
    let work = root.join("target").join("bench");
    let dist = work.join("dist");
    if !args.iter().any(|a| a == "--no-build") || !dist.join("index.html").exists() {
        site::build(&tools, &dist, "/")?;
    }
    ensure_bench_packages()?;
    let app = DevServer::start("127.0.0.1:0", dist, "/".into(), work.join("inbox"), 8)?;
    let plain = DevServer::start(
        "127.0.0.1:0",
        root.join("bench").join("static-form"),
        "/".into(),
        work.join("inbox-plain"),
        4,
    )?;
    let chromium = tools
        .chromium
        .as_ref()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let env = [
        ("SPO_BENCH_APP", format!("http://127.0.0.1:{}/", app.port)),
        (
            "SPO_BENCH_STATIC",
            format!("http://127.0.0.1:{}/", plain.port),
        ),
        ("SPO_BENCH_RUNS", runs.to_string()),
        ("SPO_BENCH_OUT", work.to_string_lossy().into_owned()),
        ("CHROMIUM_PATH", chromium.clone()),
        // chrome-launcher (used by Lighthouse) reads this.
        ("CHROME_PATH", chromium),
    ];
    let outcome = proc::run(&root, "node", &["bench/run.mjs"], &env);
    app.stop();
    plain.stop();
    outcome?;
    println!(
        "xtask: results in {} and {}",
        work.join("results.md").display(),
        work.join("results.json").display()
    );
    Ok(())
}

/// Lighthouse and playwright-core for the benchmark live in bench/node_modules, apart
/// from the test packages, so the test run never installs Lighthouse.
fn ensure_bench_packages() -> Result<(), String> {
    crate::tools::npm_ci_if_changed(&root().join("bench"), false, &[])
}
