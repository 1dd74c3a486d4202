//! Native tests for the guidance UI's plain logic. The pages compile only for wasm
//! (see `src/lib.rs`), so their plain-Rust files are included here by path.
#[allow(dead_code)]
#[path = "../src/pages/guidance/progress.rs"]
mod progress;
#[allow(dead_code)]
#[path = "../src/pages/guidance/text.rs"]
mod text;

use spo_triage::domain::guidance::FORM_LINK_TARGETS;
use std::path::Path;

/// Every `<WhyWeAsk slug="…" anchor="…"/>` in the app's source, with its file.
fn why_we_ask_uses(dir: &Path, found: &mut Vec<(String, String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            why_we_ask_uses(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for (at, _) in text.match_indices("<WhyWeAsk") {
                let tag = &text[at..text[at..].find("/>").map_or(text.len(), |end| at + end)];
                let attr = |name: &str| {
                    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
                    Some(tag[start..start + tag[start..].find('"')?].to_string())
                };
                let file = path.display().to_string();
                match (attr("slug"), attr("anchor")) {
                    (Some(slug), Some(anchor)) => found.push((file, slug, anchor)),
                    _ => panic!("{file}: write WhyWeAsk's slug and anchor as string literals so this test can check them: {tag}"),
                }
            }
        }
    }
}

#[test]
fn every_why_we_ask_link_in_the_app_points_at_a_checked_guidance_section() {
    let mut uses = Vec::new();
    why_we_ask_uses(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut uses);
    // At least the usage example in why_we_ask.rs itself, so the scan is known to work.
    assert!(uses.iter().any(|(file, ..)| file.ends_with("why_we_ask.rs")), "the scan found no WhyWeAsk");
    for (file, slug, anchor) in uses {
        assert!(
            FORM_LINK_TARGETS.contains(&(slug.as_str(), anchor.as_str())),
            "{file}: WhyWeAsk slug=\"{slug}\" anchor=\"{anchor}\" is not in FORM_LINK_TARGETS"
        );
    }
}

#[test]
fn every_real_module_splits_at_its_sources_so_questions_sit_before_them() {
    let built = spo_triage::domain::guidance::build(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"))
        .expect("the guidance content builds");
    for module in &built.modules {
        let (body, sources) = text::split_at_sources(&module.html);
        assert!(!body.is_empty() && sources.contains("id=\"sources\""), "{}: no Sources list to split at", module.slug);
        assert!(!body.contains("guidance-sources"), "{}: a second Sources list", module.slug);
    }
    // The module page that also shows the pathway diagram.
    assert!(built.modules.iter().any(|m| m.slug == "authorisation-court-and-after"));
}
