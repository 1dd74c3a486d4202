//! `cargo xtask sizes`: what each area's app is made of (issue #14). Builds the release
//! binaries, runs wasm-bindgen and wasm-opt -Oz on each as the site build does but
//! keeping the function names, and has twiggy (installed on first use, never by the
//! test run) list every function and data segment; then adds them up by crate, and by
//! module of this crate, into target/sizes/breakdown.md. The sizes are of the
//! uncompressed wasm; brotli shrinks code and text by about two thirds.
use crate::{proc, root, tools};
use spo_triage::domain::areas::AreaBuild;
use std::collections::BTreeMap;
use std::path::Path;

const TWIGGY_VERSION: &str = "0.8.0";
/// How many rows of each table.
const ROWS: usize = 18;

pub fn run() -> Result<(), String> {
    let tools = tools::ensure(tools::Need::build())?;
    ensure_twiggy()?;
    let root = root();
    let work = root.join("target").join("sizes");
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    crate::site::fetch()?;
    // The plain form without the default features (AreaBuild), last, so its file is
    // the one target/ keeps under its name.
    proc::run(&root, "cargo", &["build", "--release", "--target", "wasm32-unknown-unknown", "--bins", "--offline"], &[])?;
    proc::run(&root, "cargo", &["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", "triage", "--no-default-features", "--offline"], &[])?;
    let wasm_opt = tools.node_bin.join(tools::exe("wasm-opt")).to_string_lossy().into_owned();
    let mut report = String::from(
        "# What each area's app is made of\n\nFrom `cargo xtask sizes`: the release wasm after wasm-bindgen and `wasm-opt -Oz`, with names kept; bytes before compression.\n",
    );
    for build in AreaBuild::all() {
        let name = build.bin;
        let built = root.join("target/wasm32-unknown-unknown/release").join(format!("{name}.wasm"));
        let out = work.join(name);
        let out_arg = out.to_string_lossy().into_owned();
        proc::run(&root, "wasm-bindgen", &["--target", "web", "--out-dir", &out_arg, "--out-name", name, &built.to_string_lossy()], &[])?;
        let bound = out.join(format!("{name}_bg.wasm")).to_string_lossy().into_owned();
        let named = out.join(format!("{name}_named.wasm")).to_string_lossy().into_owned();
        // The features the site build's wasm-opt finds enabled by rustc 1.95's target.
        let features = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"];
        let mut args = vec!["-Oz", "--debuginfo"];
        args.extend(features);
        args.extend([bound.as_str(), "-o", named.as_str()]);
        proc::run(&root, &wasm_opt, &args, &[])?;
        let csv = proc::output("twiggy", &["top", "-n", "1000000", "-f", "csv", &named]).ok_or("twiggy could not read the wasm")?;
        let items = parse_csv(&csv);
        report.push_str(&table(name, &items, &Path::new(&named).metadata().map(|m| m.len()).unwrap_or(0)));
    }
    let file = work.join("breakdown.md");
    std::fs::write(&file, &report).map_err(|e| format!("{}: {e}", file.display()))?;
    println!("{report}\nxtask: written to {}", file.display());
    Ok(())
}

fn ensure_twiggy() -> Result<(), String> {
    let found = proc::output("twiggy", &["--version"]).unwrap_or_default();
    if found.contains(TWIGGY_VERSION) {
        return Ok(());
    }
    println!("xtask: installing twiggy {TWIGGY_VERSION}, to list what the wasm holds");
    proc::run(&root(), "cargo", &["install", "twiggy", "--version", TWIGGY_VERSION, "--locked"], &[])
}

/// (name, bytes) of every item twiggy lists, names and custom sections left out.
fn parse_csv(csv: &str) -> Vec<(String, u64)> {
    csv.lines()
        .skip(1)
        .filter_map(|line| {
            // Name,ShallowSize,ShallowSizePercent,...: the name may hold commas.
            let mut fields: Vec<&str> = line.rsplitn(5, ',').collect();
            fields.reverse();
            let (name, bytes) = (fields.first()?, fields.get(1)?.parse::<u64>().ok()?);
            // CSV quoting: a name with a comma or a quote is quoted, its quotes doubled.
            let name = match name.strip_prefix('"').and_then(|n| n.strip_suffix('"')) {
                Some(inner) => inner.replace("\"\"", "\""),
                None => name.to_string(),
            };
            (!name.contains("function names") && !name.starts_with("custom section")).then_some((name, bytes))
        })
        .collect()
}

/// What an item belongs to: this crate's module two levels down, a crate, the data.
pub fn owner(name: &str) -> String {
    if name.starts_with("data segment") {
        return "text and tables (data segments)".into();
    }
    // Find the first path that names a crate: `<T as tachys::view::Render>::build`
    // belongs to tachys, `spo_triage::pages::triage::x` to pages::triage.
    let cleaned: String = strip_disambiguators(name);
    let mut rest = cleaned.as_str();
    loop {
        let trimmed = rest.trim_start_matches(['<', '&', '*', '(', ' ']);
        let trimmed = trimmed.strip_prefix("mut ").or_else(|| trimmed.strip_prefix("dyn ")).or_else(|| trimmed.strip_prefix("const ")).unwrap_or(trimmed);
        if trimmed == rest {
            break;
        }
        rest = trimmed;
    }
    let mut path = rest.split("::");
    let krate = path.next().unwrap_or_default();
    let krate: String = krate.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
    match krate.as_str() {
        "spo_triage" => {
            let parts: Vec<&str> = path.take(2).map(|p| p.split(['<', '{', ' ']).next().unwrap_or(p)).collect();
            format!("spo_triage::{}", parts.join("::"))
        }
        "" => "other".into(),
        k if ["T", "F", "I", "E", "V", "A", "R", "S", "Match"].contains(&k) => {
            // `<T as crate::Trait>`: the trait's crate.
            let after = cleaned.split(" as ").nth(1).unwrap_or_default();
            let k: String = after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if k.is_empty() { "other".into() } else { k }
        }
        k => k.to_string(),
    }
}

/// `core[c5930c85a12de822]::fmt` → `core::fmt`.
fn strip_disambiguators(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '[' && chars.peek().is_some_and(|n| n.is_ascii_hexdigit()) {
            for n in chars.by_ref() {
                if n == ']' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn table(area: &str, items: &[(String, u64)], file_bytes: &u64) -> String {
    let mut by: BTreeMap<String, u64> = BTreeMap::new();
    for (name, bytes) in items {
        *by.entry(owner(name)).or_default() += bytes;
    }
    let total: u64 = by.values().sum();
    let mut rows: Vec<(String, u64)> = by.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1));
    let mut out = format!("\n## {area}: {} KB of code and data ({} KB file with names)\n\n| Part | KB | Share |\n|---|---:|---:|\n", total / 1000, file_bytes / 1000);
    for (owner, bytes) in rows.iter().take(ROWS) {
        out.push_str(&format!("| {owner} | {:.1} | {:.1}% |\n", *bytes as f64 / 1000.0, 100.0 * *bytes as f64 / total.max(1) as f64));
    }
    let rest: u64 = rows.iter().skip(ROWS).map(|r| r.1).sum();
    out.push_str(&format!("| the rest ({} parts) | {:.1} | {:.1}% |\n", rows.len().saturating_sub(ROWS), rest as f64 / 1000.0, 100.0 * rest as f64 / total.max(1) as f64));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_item_goes_to_its_crate_or_module() {
        for (name, owner_is) in [
            ("spo_triage::pages::triage::questions_view::field::h1234", "spo_triage::pages::triage"),
            ("spo_triage[abc123]::domain::triage::model::_::<impl serde_core::de::Deserialize for X>::deserialize", "spo_triage::domain::triage"),
            ("<T as tachys[0a1b]::view::any_view::IntoAny>::into_any", "tachys"),
            ("<F as leptos_router::matching::choose_view::ChooseView>::choose::{{closure}}", "leptos_router"),
            ("reactive_graph::effect::effect::Effect<X>::new", "reactive_graph"),
            ("<&mut serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::deserialize_seq", "serde_json"),
            ("core[c5930c85a12de822]::num::dec2flt::lemire::compute_float::<f64>", "core"),
            ("data segment \".rodata.70\"", "text and tables (data segments)"),
        ] {
            assert_eq!(owner(name), owner_is, "{name}");
        }
    }

    #[test]
    fn names_with_commas_are_read_whole() {
        // As twiggy 0.8 writes it.
        let csv = "Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent\n\"\"\"function names\"\" subsection\",814294,24.49,,\n\"<(A, B) as core::fmt::Debug>::fmt\",120,0.1,,\n\"data segment \"\".rodata\"\"\",500,1.0,,\nplain::name,7,0.1,,\n";
        assert_eq!(parse_csv(csv), vec![("<(A, B) as core::fmt::Debug>::fmt".to_string(), 120), ("data segment \".rodata\"".to_string(), 500), ("plain::name".to_string(), 7)]);
    }
}
