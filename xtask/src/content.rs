//! Content rendered at build time: guidance modules and search index, the conditions
//! catalogue and example cases, and the JSON Schemas generated from the payload's and the
//! advice file's types.
//! Written next to the app in dist/ and fetched only by the pages that need them, so
//! none of it weighs on the triage form's first load.
use crate::root;
use std::path::Path;

pub fn write_into(dist: &Path) -> Result<(), String> {
    let content = root().join("content");
    let mut files: Vec<(String, String)> = Vec::new();
    let mut problems = Vec::new();
    match spo_triage::domain::guidance::site_bundle(&content) {
        Ok(f) => files.extend(f),
        Err(e) => problems.extend(e.into_iter().map(|p| format!("guidance: {p}"))),
    }
    match spo_triage::domain::conditions::site_bundle(&content) {
        Ok(f) => files.extend(f),
        Err(e) => problems.extend(e.into_iter().map(|p| format!("conditions: {p}"))),
    }
    if !problems.is_empty() {
        return Err(format!("the content has problems:\n  {}", problems.join("\n  ")));
    }
    let schema = spo_triage::domain::triage::payload_schema();
    files.push((
        spo_triage::domain::version::schema_path(),
        serde_json::to_string_pretty(&schema).map_err(|e| e.to_string())?,
    ));
    // The advice file's schema, published beside the payload's (issue #16).
    files.push((
        spo_triage::domain::review::advice_schema_path(),
        serde_json::to_string_pretty(&spo_triage::domain::review::advice_schema()).map_err(|e| e.to_string())?,
    ));
    for (rel, text) in &files {
        let path = dist.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!("xtask: wrote {} content files into {}", files.len(), dist.display());
    Ok(())
}
