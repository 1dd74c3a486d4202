//! A source the guidance cites, as listed in `content/sources.toml`.
use serde::{Deserialize, Serialize};

/// How far a source can be relied on (see `../shared/domain/facts.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// An Act or statutory instrument.
    Legislation,
    /// Statutory or official guidance, explanatory notes, case law.
    Official,
    /// A report or draft the facts were checked against; not authoritative.
    Seed,
    /// A summary by someone else of an official text.
    Secondary,
}

impl Confidence {
    /// The caution shown beside a source a reader should check before relying on it,
    /// or `None` when the source is primary or official.
    pub fn note(self) -> Option<&'static str> {
        match self {
            Confidence::Legislation | Confidence::Official => None,
            Confidence::Secondary => Some("secondary source: confirm before relying on it"),
            Confidence::Seed => {
                Some("background report or draft, not final guidance: confirm before relying on it")
            }
        }
    }
}

/// One entry of `content/sources.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id the content cites, e.g. `SPA-s1`.
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// Where to read it, when it is public.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub confidence: Confidence,
}

impl Source {
    /// The element id the source has in a module's "Sources" list, e.g. `source-SPA-s1`.
    pub fn anchor(&self) -> String {
        source_anchor(&self.id)
    }
}

/// The element id for a source id; shared with link rewriting so the two always agree.
pub fn source_anchor(id: &str) -> String {
    format!("source-{id}")
}
