//! What the guidance landing page, the glossary page and progress need:
//! the list of modules, the glossary and every source.
use serde::{Deserialize, Serialize};

use super::source::Source;

/// `guidance/index.json`: everything that is not a module body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct GuidanceIndex {
    /// In reading order.
    pub modules: Vec<ModuleSummary>,
    /// In the order of `glossary.toml`.
    pub glossary: Vec<GlossaryEntry>,
    /// Every source in `content/sources.toml`, so the glossary page can show a
    /// term's sources.
    pub sources: Vec<Source>,
}

/// One module as listed on the landing page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleSummary {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// Reading time in minutes.
    pub minutes: u32,
    /// Position in the course, from the file name's `NN-` (1 is first).
    pub order: u32,
}

/// A glossary term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryEntry {
    /// Element id on the glossary page, e.g. `spo`.
    pub id: String,
    /// The term as shown, e.g. `Stalking Protection Order`.
    pub term: String,
    /// Phrases in module text that link to this term (case-sensitive, whole words).
    #[serde(rename = "match")]
    pub matches: Vec<String>,
    /// The definition as written (Markdown source), for plain-text uses.
    pub definition: String,
    /// The definition rendered to safe HTML (no raw HTML, checked links).
    pub definition_html: String,
    /// Source ids; look them up in [`GuidanceIndex::sources`].
    pub sources: Vec<String>,
}

impl GuidanceIndex {
    /// The source with this id, if any.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// The module after `slug` in reading order: where "continue" goes.
    pub fn module_after(&self, slug: &str) -> Option<&ModuleSummary> {
        let position = self.modules.iter().position(|module| module.slug == slug)?;
        self.modules.get(position + 1)
    }
}
