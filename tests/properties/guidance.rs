//! Guidance search and Markdown: any query searches without panicking and finds what
//! the guidance says; anything written into a module is refused or rendered as text.
use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::select;

use spo_triage::domain::guidance::{build, build_from, search, BuiltGuidance, ContentFiles};

use crate::support::check;
use crate::text::any_text;

fn content() -> &'static Path {
    static DIR: OnceLock<std::path::PathBuf> = OnceLock::new();
    DIR.get_or_init(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("content"))
}

fn guidance() -> &'static BuiltGuidance {
    static BUILT: OnceLock<BuiltGuidance> = OnceLock::new();
    BUILT.get_or_init(|| {
        let mut built = build(content()).expect("content/guidance builds");
        built.search.prepare();
        built
    })
}

/// Words from the guidance's own text, so searches often find something.
fn guidance_words() -> Vec<String> {
    let mut words: Vec<String> = guidance()
        .modules
        .iter()
        .flat_map(|m| m.title.split_whitespace().chain(m.summary.split_whitespace()).map(str::to_string).collect::<Vec<_>>())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
        .collect();
    words.sort();
    words.dedup();
    words
}

#[test]
fn any_query_searches_safely_and_finds_the_guidance_own_words() {
    let query = prop_oneof![any_text(), select(guidance_words()).prop_map(|w| w.to_uppercase())];
    check("any search query", 400, (query, 0usize..30), |(query, limit)| {
        let hits = search(&guidance().search, &query, limit);
        prop_assert!(hits.len() <= limit);
        for hit in &hits {
            prop_assert!(hit.href().starts_with("guidance/"), "{}", hit.href());
            // Marks are byte ranges of the snippet, in order, so the page can wrap them.
            let parts: String = hit.snippet_parts().into_iter().map(|(text, _)| text).collect();
            prop_assert_eq!(&parts, &hit.snippet);
        }
        Ok(())
    });
    check("a word from a module title or summary is found", 100, select(guidance_words()), |word| {
        prop_assert!(!search(&guidance().search, &word, 5).is_empty(), "{}", word);
        Ok(())
    });
}

/// Markup that would run or restyle the page if it reached it as HTML.
const DANGEROUS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "<iframe src=//x>",
    "<style>*{}</style>",
];

#[test]
fn anything_written_into_a_module_is_refused_or_shown_as_text() {
    let files = ContentFiles::read(content()).expect("content reads");
    let dangerous = prop_oneof![
        any_text(),
        select(DANGEROUS).prop_map(str::to_string),
    ];
    check("text added to a guidance module", 8, (any::<proptest::sample::Index>(), dangerous), |(at, extra)| {
        let mut files = files.clone();
        let n = at.index(files.modules.len());
        files.modules[n].text.push_str(&format!("\n\n{extra}\n"));
        if let Ok(built) = build_from(&files) {
            for m in &built.modules {
                for tag in ["<script", "<img", "<iframe", "<style", "href=\"javascript:"] {
                    prop_assert!(!m.html.to_lowercase().contains(tag), "{} in {}", tag, m.slug);
                }
            }
        }
        Ok(())
    });
}
