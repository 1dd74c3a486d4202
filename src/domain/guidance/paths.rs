//! Where guidance pages live, relative to the site's `<base href>`.
//!
//! Links inside rendered guidance are relative with no leading slash, because the
//! site is often served under a sub-path (`/spo/`) and the page's `<base href>`
//! resolves them. A bare `#fragment` would resolve against the base, not the current
//! page, so even links within a module carry the module's path.

/// The glossary's page name; no module may use it as a slug.
pub const GLOSSARY_SLUG: &str = "glossary";

/// The module for magistrates' trainers, which the worked examples' list links to
/// (issue #18); the real-content tests check it exists.
pub const TRAINERS_MODULE_SLUG: &str = "for-magistrates-trainers";

/// A module's page, e.g. `guidance/three-tests`.
pub fn module_path(slug: &str) -> String {
    format!("guidance/{slug}")
}

/// A section of a module, e.g. `guidance/three-tests#necessity`.
pub fn section_path(slug: &str, id: &str) -> String {
    format!("guidance/{slug}#{id}")
}

/// A glossary term, e.g. `guidance/glossary#spo`.
pub fn glossary_term_path(term_id: &str) -> String {
    section_path(GLOSSARY_SLUG, term_id)
}

/// The JSON file the site serves for a module, e.g. `guidance/modules/three-tests.json`.
pub fn module_json_path(slug: &str) -> String {
    format!("guidance/modules/{slug}.json")
}

/// The JSON file listing modules, glossary and sources.
pub const INDEX_JSON_PATH: &str = "guidance/index.json";

/// The JSON file holding the search index.
pub const SEARCH_JSON_PATH: &str = "guidance/search.json";
