//! The real content in `content/`: skipped with a note while it has no modules, and
//! failing with every problem listed once it has any.
use std::path::PathBuf;
use std::time::Instant;

use super::super::{
    body_words, build, expected_minutes, search, BuiltGuidance, ContentFiles, FORM_LINK_TARGETS,
};

fn content_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// The built content, or `None` (with a note) when there are no modules yet.
fn real_content() -> Option<BuiltGuidance> {
    let dir = content_dir();
    let has_modules = ContentFiles::read(&dir)
        .map(|files| !files.modules.is_empty())
        .unwrap_or(false);
    if !has_modules {
        println!(
            "note: {} has no guidance modules yet; skipping the real-content test",
            dir.display()
        );
        return None;
    }
    match build(&dir) {
        Ok(built) => Some(built),
        Err(problems) => panic!(
            "the guidance content has {} problems:\n{}",
            problems.len(),
            problems.join("\n")
        ),
    }
}

#[test]
fn every_module_builds_with_front_matter_sources_and_the_right_minutes() {
    let Some(built) = real_content() else { return };
    let files = ContentFiles::read(&content_dir()).expect("read once already");
    for module in &built.modules {
        assert!(!module.sources.is_empty(), "{} has no sources", module.slug);
        assert!(!module.title.is_empty() && !module.summary.is_empty() && !module.owner.is_empty());
        assert!((2..=4).contains(&module.questions.len()), "{}", module.slug);
        let file = files
            .modules
            .iter()
            .find(|file| file.name.ends_with(&format!("-{}.md", module.slug)));
        let body = file
            .and_then(|file| file.text.splitn(3, "+++").nth(2))
            .expect("module file with a body");
        assert_eq!(
            module.minutes,
            expected_minutes(body_words(body)),
            "{}",
            module.slug
        );
    }
}

#[test]
fn every_section_the_form_links_to_exists() {
    let Some(built) = real_content() else { return };
    let missing: Vec<String> = FORM_LINK_TARGETS
        .iter()
        .filter(|(slug, id)| {
            let module = built.modules.iter().find(|module| module.slug == *slug);
            !module.is_some_and(|module| module.html.contains(&format!(" id=\"{id}\"")))
        })
        .map(|(slug, id)| format!("guide:{slug}#{id}"))
        .collect();
    assert!(
        missing.is_empty(),
        "the form links to sections that do not exist: {missing:?}"
    );
}

#[test]
fn the_site_bundle_serialises() {
    let Some(built) = real_content() else { return };
    let files = built.files().expect("serialises");
    assert_eq!(files.len(), 2 + built.modules.len());
}

#[test]
fn search_over_the_real_content_is_fast() {
    let Some(built) = real_content() else { return };
    let mut index = built.search;
    index.prepare();
    let queries = [
        "stalking",
        "interim order",
        "necessity",
        "youth justice",
        "breach",
        "victim views",
        "spo",
        "restraining",
        "notif",
        "the court",
    ];
    let runs = 100;
    let started = Instant::now();
    let mut found = 0;
    for query in queries.iter().cycle().take(runs) {
        found += search(&index, query, 10).len();
    }
    let average = started.elapsed() / runs as u32;
    assert!(found > 0, "the queries found nothing");
    // The goal is 1 ms in a release build; unoptimised test builds are several times
    // slower, so they get a looser bound that still catches an accidental full scan.
    let bound_micros = if cfg!(debug_assertions) { 5_000 } else { 1_000 };
    assert!(
        average.as_micros() < bound_micros,
        "average search took {average:?}"
    );
    println!("average search over the real content: {average:?}");
}

#[test]
fn the_trainers_module_the_examples_page_links_to_exists_and_covers_each_test_and_the_examples() {
    use super::super::paths::TRAINERS_MODULE_SLUG;
    let Some(built) = real_content() else { return };
    let module = built
        .modules
        .iter()
        .find(|m| m.slug == TRAINERS_MODULE_SLUG)
        .unwrap_or_else(|| panic!("no module {TRAINERS_MODULE_SLUG}: the examples page links to it"));
    let ids: Vec<&str> = module.contents.iter().map(|h| h.id.as_str()).collect();
    for id in ["what-the-court-must-find", "each-condition", "proportionality", "using-the-examples"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
}
