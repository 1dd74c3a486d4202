//! `cargo xtask serve` and `cargo xtask test`: everything set up and run from two
//! commands, on Linux and Windows; `dev` and `build` for contributors. See README.md.
mod advice_inbox;
mod bench;
mod boot;
mod content;
mod csp;
mod dev;
mod inbox;
mod inbox_pages;
#[cfg(test)]
mod inbox_load_tests;
mod noscript;
mod precompress;
mod prerender;
mod proc;
mod respond;
mod serve;
mod site;
mod sizes;
mod test;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

  serve [--port 8080] [--base /spo/] [--no-build]
        install what is missing, build the release site and serve it with the
        development inbox (POST /api/submissions stores bodies under inbox/)
  test [--native-only | --e2e-only] [--skip-sub] [--work NAME] [-- PLAYWRIGHT ARGS]
        native tests, release build, end-to-end tests in Chromium with axe-core
        (one spec: cargo xtask test --e2e-only -- tests/e2e/x.spec.ts)
  dev [--port 8080] [--base /spo/]
        debug build (no wasm-opt, no prerendering) served with the development inbox
        at http://127.0.0.1:8080/, rebuilt into target/dev/dist when a file in src/,
        content/, style/, public/ or index.html changes; reload to see it
  build [--base /spo/]
        build the release site into dist/ (for another base, target/dist-sub/)
        and stop; `serve --no-build` then serves it
  content [--dist DIR]
        write the generated content (guidance, catalogue, schema) into dist/ (or
        DIR), then refresh the force's name, marking, no-JavaScript contacts and the
        Content-Security-Policy in every page from DIR/config.json and rewrite the .gz/.br copies: run it after
        editing config.json in a built site
  bench [--runs 3] [--no-build]
        build the release site, serve it with gzip and measure it in Chromium
        (Lighthouse, first field usable, typing) beside a plain HTML form;
        writes target/bench/results.md and results.json
  sizes what each area's app is made of, by crate and module (installs twiggy);
        writes target/sizes/breakdown.md
  tools install what is missing and say what was found";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::run(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("dev") => dev::run(&args[1..]),
        Some("build") => site::build_command(&args[1..]).map(|_| ()),
        Some("content") => {
            let dist = flag(&args, "--dist").map(PathBuf::from).unwrap_or_else(|| root().join("dist"));
            site::complete(&dist)
        }
        Some("bench") => bench::run(&args[1..]),
        Some("sizes") => sizes::run(),
        Some("e2e-files") => test::write_e2e_files(),
        Some("tools") => tools::ensure(tools::Need::all()).map(|_| ()),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (xtask lives one level down).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().map(PathBuf::from).unwrap_or_default()
}

/// Value of `--name value` in the arguments.
pub fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}
