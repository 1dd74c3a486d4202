//! Guidance: eleven short modules (the last for magistrates' trainers), a glossary and
//! the sources they cite, written in `content/` and rendered at build time.
//!
//! Shared with the browser (compiled for wasm too): the JSON types the site serves
//! ([`GuidanceIndex`], [`RenderedModule`], [`SearchIndex`]), the search, the page
//! paths and the form's link targets. Build-time only (native): reading, checking and
//! rendering the content ([`build`], [`site_bundle`]).
//!
//! Content format (`content/guidance/NN-slug.md`): TOML front matter between `+++`
//! lines (`title`, `summary`, `minutes`, `last_reviewed`, `owner`, `sources`,
//! `[[question]]` tables), then Markdown. `## Heading {#id}` on every section; links
//! `[text](source:ID)`, `[text](guide:slug#id)`, `[text](glossary:id)`, `https://`
//! and `mailto:`. No raw HTML and no images. `minutes` is the body's
//! whitespace-separated word count (Markdown as written) divided by 200, rounded up,
//! and the body is 450 to 950 words.
mod form_links;
mod index;
mod module;
pub mod paths;
mod search;
mod source;

pub use form_links::FORM_LINK_TARGETS;
pub use index::{GlossaryEntry, GuidanceIndex, ModuleSummary};
pub use module::{Heading, Question, RenderedModule};
pub use search::{search, Hit, Passage, SearchIndex, SearchPage, SNIPPET_LEN};
pub use source::{source_anchor, Confidence, Source};

#[cfg(not(target_arch = "wasm32"))]
mod bundle;
#[cfg(not(target_arch = "wasm32"))]
mod content;
// Also in the browser: the triage's message to legal services is escaped with it.
mod escape;
#[cfg(not(target_arch = "wasm32"))]
mod front_matter;
#[cfg(not(target_arch = "wasm32"))]
mod glossary_file;
#[cfg(not(target_arch = "wasm32"))]
mod glossary_links;
#[cfg(not(target_arch = "wasm32"))]
mod links;
#[cfg(not(target_arch = "wasm32"))]
mod render;
#[cfg(not(target_arch = "wasm32"))]
mod search_passages;
#[cfg(not(target_arch = "wasm32"))]
mod sources_file;
#[cfg(not(target_arch = "wasm32"))]
mod sources_list;
#[cfg(not(target_arch = "wasm32"))]
mod validate;

#[cfg(not(target_arch = "wasm32"))]
pub use bundle::{build, build_from, site_bundle, BuiltGuidance};
#[cfg(not(target_arch = "wasm32"))]
pub use content::{ContentFile, ContentFiles};
pub use escape::escape_html;
#[cfg(not(target_arch = "wasm32"))]
pub use validate::{
    body_words, expected_minutes, is_iso_date, MAX_BODY_WORDS, MIN_BODY_WORDS, WORDS_PER_MINUTE,
};

#[cfg(test)]
mod tests;
