//! Reading and checking `content/guidance/glossary.toml`.
use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use super::content::ContentFile;
use super::front_matter::{describe_toml_error, is_id};
use super::glossary_links::GlossaryPhrase;
use super::validate::check_plain_text;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default, rename = "term")]
    terms: Vec<TermEntry>,
}

/// A `[[term]]` table as written.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TermEntry {
    pub id: String,
    pub term: String,
    /// Phrases that link here; when absent, the term itself.
    #[serde(default, rename = "match")]
    pub matches: Vec<String>,
    // Defaults so a missing definition or source list gets a plain message, not a TOML one.
    #[serde(default)]
    pub definition: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// The terms, or why the file cannot be read. Per-term problems come from [`check_terms`].
pub(crate) fn parse_glossary(file: Option<&ContentFile>) -> Result<Vec<TermEntry>, Vec<String>> {
    let Some(file) = file else {
        return Err(vec!["content/guidance/glossary.toml: missing".to_string()]);
    };
    let parsed: GlossaryFile = toml::from_str(&file.text).map_err(|error| {
        vec![format!(
            "{}: {}",
            file.path,
            describe_toml_error(&error, &file.text, 0)
        )]
    })?;
    let terms = parsed
        .terms
        .into_iter()
        .map(|mut term| {
            if term.matches.is_empty() {
                term.matches.push(term.term.clone());
            }
            term
        })
        .collect();
    Ok(terms)
}

/// Problems with the terms themselves (not their definitions' links), without a file name.
pub(crate) fn check_terms(terms: &[TermEntry], known_sources: &HashSet<&str>) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    let mut phrase_owner: HashMap<&str, &str> = HashMap::new();
    for term in terms {
        let id = term.id.as_str();
        if !is_id(id) {
            problems.push(format!(
                "term id `{id}`: use only a-z, 0-9 and single hyphens"
            ));
        }
        if !ids.insert(id) {
            problems.push(format!("term id `{id}` is used twice"));
        }
        problems.extend(
            check_plain_text("term", &term.term)
                .into_iter()
                .map(|problem| format!("term `{id}`: {problem}")),
        );
        if term.definition.trim().is_empty() {
            problems.push(format!("term `{id}` has no definition"));
        }
        if term.sources.is_empty() {
            problems.push(format!("term `{id}` has no sources"));
        }
        for source in term
            .sources
            .iter()
            .filter(|source| !known_sources.contains(source.as_str()))
        {
            problems.push(format!(
                "term `{id}`: unknown source id `{source}`: not in content/sources.toml"
            ));
        }
        for phrase in &term.matches {
            if phrase.trim().is_empty() {
                problems.push(format!("term `{id}` has an empty `match` phrase"));
            } else if let Some(other) = phrase_owner.insert(phrase, id).filter(|other| *other != id)
            {
                problems.push(format!(
                    "phrase `{phrase}` matches two terms: `{other}` and `{id}`"
                ));
            }
        }
    }
    problems
}

/// Every phrase that auto-links, with its term.
pub(crate) fn phrases(terms: &[TermEntry]) -> Vec<GlossaryPhrase> {
    terms
        .iter()
        .flat_map(|term| {
            term.matches
                .iter()
                .filter(|phrase| !phrase.trim().is_empty())
                .map(|phrase| GlossaryPhrase {
                    term_id: term.id.clone(),
                    phrase: phrase.clone(),
                })
        })
        .collect()
}
