//! Reading and checking `content/sources.toml`.
use std::collections::HashSet;

use serde::Deserialize;

use super::content::ContentFile;
use super::front_matter::describe_toml_error;
use super::source::Source;
use super::sources_list::is_web_url;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    #[serde(default, rename = "source")]
    sources: Vec<Source>,
}

/// The sources, or every problem with them. A missing file is an error: every module
/// must cite at least one source.
pub(crate) fn parse_sources(file: Option<&ContentFile>) -> Result<Vec<Source>, Vec<String>> {
    let Some(file) = file else {
        return Err(vec![
            "content/sources.toml: missing: every module cites sources listed there".to_string(),
        ]);
    };
    let parsed: SourcesFile = toml::from_str(&file.text).map_err(|error| {
        vec![format!(
            "{}: {}",
            file.path,
            describe_toml_error(&error, &file.text, 0)
        )]
    })?;
    let problems = check_sources(&parsed.sources);
    if problems.is_empty() {
        Ok(parsed.sources)
    } else {
        Err(problems
            .into_iter()
            .map(|problem| format!("{}: {problem}", file.path))
            .collect())
    }
}

fn check_sources(sources: &[Source]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for source in sources {
        let id = &source.id;
        if !is_source_id(id) {
            problems.push(format!("source id `{id}`: use only letters, digits and -"));
        }
        if !seen.insert(id.as_str()) {
            problems.push(format!("source id `{id}` is listed twice"));
        }
        if source.title.trim().is_empty() || source.publisher.trim().is_empty() {
            problems.push(format!(
                "source `{id}`: title and publisher must not be empty"
            ));
        }
        if source.url.as_deref().is_some_and(|url| !is_web_url(url)) {
            problems.push(format!(
                "source `{id}`: url must start with https:// or http://"
            ));
        }
    }
    problems
}

/// Source ids keep their capitals (`SPA-s1`) but nothing that needs escaping in a URL.
fn is_source_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}
