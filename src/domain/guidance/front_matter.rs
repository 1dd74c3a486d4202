//! A module file split into its TOML front matter and Markdown body.
use serde::Deserialize;

use super::content::ContentFile;
use super::module::Question;

/// The `+++` block at the top of a module, exactly as written.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FrontMatter {
    pub title: String,
    pub summary: String,
    pub minutes: u32,
    pub last_reviewed: String,
    pub owner: String,
    pub sources: Vec<String>,
    /// `[[question]]` tables; missing means none, which validation reports.
    #[serde(default, rename = "question")]
    pub questions: Vec<QuestionEntry>,
}

/// A `[[question]]` table. Separate from [`Question`] so typos in content are refused
/// (`deny_unknown_fields`) without making the browser's JSON strict.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct QuestionEntry {
    pub prompt: String,
    pub options: Vec<String>,
    pub answer: usize,
    pub explanation: String,
}

impl From<&QuestionEntry> for Question {
    fn from(entry: &QuestionEntry) -> Self {
        Question {
            prompt: entry.prompt.clone(),
            options: entry.options.clone(),
            answer: entry.answer,
            explanation: entry.explanation.clone(),
        }
    }
}

/// A module file after splitting, before rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ModuleSource {
    /// For messages.
    pub path: String,
    /// From the file name's `NN-`.
    pub order: u32,
    /// The file name after `NN-`, without `.md`.
    pub slug: String,
    pub front: FrontMatter,
    /// The Markdown after the closing `+++`.
    pub body: String,
}

/// Reads order, slug, front matter and body from a module file.
pub(crate) fn parse_module(file: &ContentFile) -> Result<ModuleSource, String> {
    let (order, slug) =
        parse_file_name(&file.name).map_err(|problem| format!("{}: {problem}", file.path))?;
    let text = file
        .text
        .trim_start_matches('\u{feff}')
        .replace("\r\n", "\n");
    let (front_text, body) =
        split_front_matter(&text).map_err(|problem| format!("{}: {problem}", file.path))?;
    let front = toml::from_str::<FrontMatter>(front_text).map_err(|error| {
        format!(
            "{}: front matter: {}",
            file.path,
            describe_toml_error(&error, front_text, 1)
        )
    })?;
    Ok(ModuleSource {
        path: file.path.clone(),
        order,
        slug,
        front,
        body: body.to_string(),
    })
}

/// `03-three-tests.md` → `(3, "three-tests")`.
pub(crate) fn parse_file_name(name: &str) -> Result<(u32, String), String> {
    let expected = "the file name must be `NN-slug.md`, e.g. `03-three-tests.md`";
    let stem = name
        .strip_suffix(".md")
        .ok_or_else(|| expected.to_string())?;
    let (number, slug) = stem.split_once('-').ok_or_else(|| expected.to_string())?;
    let order = match number.parse::<u32>() {
        Ok(order) if number.len() == 2 && order >= 1 => order,
        _ => return Err(format!("{expected}, with NN from 01")),
    };
    if !is_id(slug) {
        return Err(format!(
            "slug `{slug}`: {expected}, the slug using only a-z, 0-9 and -"
        ));
    }
    Ok((order, slug.to_string()))
}

/// Whether `text` is usable as a slug or element id: lowercase letters, digits and
/// single hyphens inside. Ids go into URLs and must survive being typed by hand.
pub(crate) fn is_id(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Splits `+++\n{toml}\n+++\n{body}`.
fn split_front_matter(text: &str) -> Result<(&str, &str), String> {
    let rest = text
        .strip_prefix("+++\n")
        .ok_or("missing front matter: the file must start with a line `+++`")?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Ok((&rest[..offset], &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    Err("front matter has no closing `+++` line".to_string())
}

/// A TOML error on one line, with its line number in the file: the full `Display`
/// form spans several lines and would drown a list of errors.
pub(crate) fn describe_toml_error(
    error: &toml::de::Error,
    text: &str,
    lines_before: usize,
) -> String {
    let message = error.message().trim();
    match error.span() {
        Some(span) => {
            let start = span.start.min(text.len());
            let line = text.as_bytes()[..start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1
                + lines_before;
            format!("line {line}: {message}")
        }
        None => message.to_string(),
    }
}
