//! `cargo xtask test`: native tests, the release build (at / and under /spo/), then
//! the end-to-end tests in Chromium with axe-core against both builds. Exits non-zero
//! on any failure and ends with one line: "summary: N passed, M failed".
use crate::serve::DevServer;
use crate::{proc, root, site, tools};
use std::io::{BufRead, BufReader};
use std::process::Stdio;

#[derive(Default)]
struct Counts {
    passed: u64,
    failed: u64,
    skipped: u64,
}

pub fn run(args: &[String]) -> Result<(), String> {
    let native_only = args.iter().any(|a| a == "--native-only");
    let e2e_only = args.iter().any(|a| a == "--e2e-only");
    // `--work NAME` keeps this run's builds and inbox under target/NAME, so several
    // people can run the end-to-end tests at once; `--skip-sub` skips the /spo/ build.
    let work_name = crate::flag(args, "--work");
    let skip_sub = args.iter().any(|a| a == "--skip-sub");
    // Anything after `--` goes to Playwright, e.g. `cargo xtask test --e2e-only -- --grep inbox`.
    let pw_extra: Vec<String> = args.iter().skip_while(|a| *a != "--").skip(1).cloned().collect();
    let tools = tools::ensure(if native_only { tools::Need { build: false, browser: false } } else { tools::Need::all() })?;
    let mut counts = Counts::default();
    let mut failures = Vec::new();

    if !e2e_only {
        match native_tests(&mut counts) {
            Ok(()) => {}
            Err(e) => failures.push(e),
        }
    }
    if !native_only {
        let root = root();
        let (dist_root, dist_sub, work) = match &work_name {
            Some(n) => (root.join("target").join(n).join("dist"), root.join("target").join(n).join("dist-sub"), root.join("target").join(n)),
            None => (root.join("dist"), root.join("target").join("dist-sub"), root.join("target").join("e2e")),
        };
        site::build(&tools, &dist_root, "/")?;
        if !skip_sub {
            site::build(&tools, &dist_sub, "/spo/")?;
        }
        let mut pw = pw_extra.clone();
        if skip_sub {
            pw.extend(["--project".to_string(), "root".to_string()]);
        }
        // With no arguments for Playwright the whole suite runs, and only then do the
        // accessibility statement's figures get compared (tests/e2e/figures-reporter.ts).
        let full_suite = pw_extra.is_empty();
        match e2e(&tools, &dist_root, &dist_sub, &work, &pw, full_suite, &mut counts) {
            Ok(()) => {}
            Err(e) => failures.push(e),
        }
    }
    println!();
    println!("summary: {} passed, {} failed, {} skipped", counts.passed, counts.failed, counts.skipped);
    if failures.is_empty() && counts.failed == 0 {
        Ok(())
    } else {
        Err(failures.join("; "))
    }
}

/// `cargo test --workspace`, echoing its output and adding up its result lines.
fn native_tests(counts: &mut Counts) -> Result<(), String> {
    println!("xtask: $ cargo test --workspace");
    let mut child = proc::command("cargo")
        .args(["test", "--workspace", "--locked"])
        .current_dir(root())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start cargo test: {e}"))?;
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(rest) = line.strip_prefix("test result: ") {
                counts.passed += number_before(rest, " passed");
                counts.failed += number_before(rest, " failed");
                counts.skipped += number_before(rest, " ignored");
            }
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if status.success() {
        Ok(())
    } else {
        Err("native tests failed".into())
    }
}

fn number_before(text: &str, word: &str) -> u64 {
    text.split(';')
        .find_map(|part| {
            let idx = part.find(word)?;
            part[..idx].split_whitespace().last()?.parse().ok()
        })
        .unwrap_or(0)
}

fn e2e(
    tools: &tools::Tools,
    dist_root: &std::path::Path,
    dist_sub: &std::path::Path,
    work: &std::path::Path,
    extra: &[String],
    full_suite: bool,
    counts: &mut Counts,
) -> Result<(), String> {
    let inbox_root = work.join("inbox-root");
    let inbox_sub = work.join("inbox-sub");
    for d in [&inbox_root, &inbox_sub] {
        let _ = std::fs::remove_dir_all(d);
    }
    let sample = write_sample_payload(work)?;
    let results = work.join("results.json");
    let _ = std::fs::remove_file(&results);
    let server_root = DevServer::start("127.0.0.1:0", dist_root.to_path_buf(), "/".into(), inbox_root.clone(), 16)?;
    let server_sub = DevServer::start("127.0.0.1:0", dist_sub.to_path_buf(), "/spo/".into(), inbox_sub.clone(), 8)?;
    // The built site as force IT would change it: config.json edited by hand (a new
    // force name, an endpoint on another origin), nothing rebuilt, served by a server
    // that sends no headers of its own (tests/e2e/configure-built-site.spec.ts).
    let edited = edited_site(dist_root, work)?;
    let server_edited = DevServer::start_with("127.0.0.1:0", edited, "/".into(), work.join("inbox-edited"), 4, crate::serve::Mode::NoHeaders)?;
    let chromium = tools.chromium.as_ref().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    let env = [
        ("SPO_ROOT_URL", format!("http://127.0.0.1:{}/", server_root.port)),
        ("SPO_SUB_URL", format!("http://127.0.0.1:{}/spo/", server_sub.port)),
        ("SPO_EDITED_URL", format!("http://127.0.0.1:{}/", server_edited.port)),
        ("SPO_INBOX_ROOT", inbox_root.to_string_lossy().into_owned()),
        ("SPO_INBOX_SUB", inbox_sub.to_string_lossy().into_owned()),
        ("SPO_RESULTS_JSON", results.to_string_lossy().into_owned()),
        ("SPO_SAMPLE_PAYLOAD", sample),
        ("SPO_SAMPLE_DRAFT", write_sample_draft(work)?),
        ("SPO_ANSWERS_TABLE", write_answers_table(work)?),
        ("CHROMIUM_PATH", chromium),
        ("SPO_TEST_OUTPUT", work.join("test-output").to_string_lossy().into_owned()),
        ("SPO_DIST_ROOT", dist_root.to_string_lossy().into_owned()),
        ("SPO_FULL_SUITE", if full_suite { "1" } else { "0" }.to_string()),
    ];
    let sizes = work.join("sizes");
    let _ = std::fs::remove_dir_all(&sizes);
    let playwright = tools.node_bin.join(tools::exe("playwright"));
    let mut args = vec!["test".to_string()];
    args.extend(extra.iter().cloned());
    let arg_refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let outcome = proc::run(&root(), &playwright.to_string_lossy(), &arg_refs, &env);
    server_root.stop();
    server_sub.stop();
    server_edited.stop();
    // The size gates' figures, one line per area, printed on every run
    // (tests/e2e/budget.spec.ts).
    let mut lines: Vec<String> = std::fs::read_dir(&sizes)
        .map(|d| d.flatten().filter_map(|e| std::fs::read_to_string(e.path()).ok()).collect())
        .unwrap_or_default();
    lines.sort();
    for line in lines {
        println!("xtask: {}", line.trim());
    }
    if let Ok(text) = std::fs::read_to_string(&results) {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) {
            let stat = |k: &str| v["stats"][k].as_u64().unwrap_or(0);
            counts.passed += stat("expected") + stat("flaky");
            counts.failed += stat("unexpected");
            counts.skipped += stat("skipped");
        }
    } else if outcome.is_err() {
        counts.failed += 1;
    }
    outcome.map_err(|e| format!("end-to-end tests failed: {e}"))
}

/// The force name and endpoint the edited copy of the site is given.
pub const EDITED_FORCE: &str = "Testshire Constabulary";
pub const EDITED_ENDPOINT: &str = "https://intake.testshire.example/api/submissions";
pub const EDITED_SUPPORT_PHONE: &str = "01632 960 999";

/// A copy of the built site with only config.json changed, as a deployer would do it
/// with a text editor.
fn edited_site(dist: &std::path::Path, work: &std::path::Path) -> Result<std::path::PathBuf, String> {
    let copy = work.join("dist-edited");
    let _ = std::fs::remove_dir_all(&copy);
    copy_dir(dist, &copy)?;
    let file = copy.join("config.json");
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut config: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    config["force"]["name"] = EDITED_FORCE.into();
    config["endpoint"]["url"] = EDITED_ENDPOINT.into();
    config["contacts"]["service_support"]["phone"] = EDITED_SUPPORT_PHONE.into();
    std::fs::write(&file, serde_json::to_string_pretty(&config).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    // The server's own compressed copy of the old file must not be served instead.
    for ext in ["gz", "br"] {
        let _ = std::fs::remove_file(copy.join(format!("config.json.{ext}")));
    }
    Ok(copy)
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?.flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target).map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
    Ok(())
}

/// A valid payload built by the domain from its fixture, for the inbox tests.
fn write_sample_payload(work: &std::path::Path) -> Result<String, String> {
    use spo_triage::domain::triage::{fixtures, Payload};
    let (triage, ctx) = (fixtures::example_full_triage(), fixtures::example_context());
    let payload = Payload::build(&triage, &ctx, fixtures::example_meta()).with_notification(&triage, &ctx, "OFFICIAL-SENSITIVE");
    let path = work.join("sample-payload.json");
    std::fs::create_dir_all(work).map_err(|e| e.to_string())?;
    let text = serde_json::to_string_pretty(&payload).map_err(|e| e.to_string())?;
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path.to_string_lossy().into_owned())
}

/// `cargo xtask e2e-files`: the files the end-to-end tests read, written to
/// target/e2e, for running one spec against `cargo xtask serve` while working.
pub fn write_e2e_files() -> Result<(), String> {
    let work = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e");
    for path in [write_sample_payload(&work)?, write_sample_draft(&work)?, write_answers_table(&work)?] {
        println!("wrote {path}");
    }
    Ok(())
}

/// The same complete fictional triage as a saved draft, so the fault tests start at
/// "Check your answers" without typing every section (they set `saved_at` to now).
fn write_sample_draft(work: &std::path::Path) -> Result<String, String> {
    use spo_triage::domain::triage::{fixtures, SavedTriage};
    let saved = SavedTriage::new(fixtures::example_full_triage(), "2025-06-02T10:15:00.000Z", env!("CARGO_PKG_VERSION"));
    let path = work.join("sample-draft.json");
    std::fs::write(&path, saved.to_json()).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path.to_string_lossy().into_owned())
}

/// The example case box by box, by the labels the officer sees, for the tests' page
/// object to type in (the case is written once, in the Rust fixture).
fn write_answers_table(work: &std::path::Path) -> Result<String, String> {
    use spo_triage::domain::triage::{fixtures, questions::table::answers_table};
    let ctx = fixtures::example_context();
    let catalogue = ctx.conditions_catalogue.clone().ok_or("the conditions catalogue in content/ does not load")?;
    let table = answers_table(&fixtures::example_full_triage(), &ctx, &catalogue);
    let path = work.join("answers-table.json");
    let text = serde_json::to_string_pretty(&table).map_err(|e| e.to_string())?;
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::number_before;

    #[test]
    fn reads_cargo_result_lines() {
        let line = "ok. 12 passed; 3 failed; 2 ignored; 0 measured; 0 filtered out; finished in 0.01s";
        assert_eq!(number_before(line, " passed"), 12);
        assert_eq!(number_before(line, " failed"), 3);
        assert_eq!(number_before(line, " ignored"), 2);
        assert_eq!(number_before("FAILED. 1 passed; 1 failed; 0 ignored", " failed"), 1);
    }
}
