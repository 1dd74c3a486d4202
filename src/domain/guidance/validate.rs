//! The rules a module must meet before the site is built. Each function returns
//! messages without a file name; [`check_module`] adds it.
use std::collections::{HashMap, HashSet};

use super::front_matter::{is_id, FrontMatter, ModuleSource, QuestionEntry};
use super::links::LinkTarget;
use super::render::{HeadingFound, RenderedMarkdown, RAW_HTML_MESSAGE};
use super::sources_list::SOURCES_HEADING_ID;

/// A module body must be at least this many words: the course promises five-minute reads.
pub const MIN_BODY_WORDS: usize = 450;
/// A module body must be at most this many words.
pub const MAX_BODY_WORDS: usize = 950;
/// Reading speed used for `minutes`.
pub const WORDS_PER_MINUTE: usize = 200;
/// How many checks of understanding a module has.
pub const QUESTIONS: std::ops::RangeInclusive<usize> = 2..=4;

/// What the whole content holds, for cross-reference checks.
#[derive(Debug, Default)]
pub(crate) struct Known<'a> {
    pub sources: HashSet<&'a str>,
    /// Module slug → every heading id in it.
    pub sections: HashMap<&'a str, HashSet<String>>,
    pub terms: HashSet<&'a str>,
}

/// Words in a module body: the whitespace-separated tokens of the Markdown as written,
/// markup included (`##`, `|`, `{#id}`, link targets), so anyone can check the count
/// with `wc -w` on the body.
pub fn body_words(body: &str) -> usize {
    body.split_whitespace().count()
}

/// The `minutes` a body of `words` words must declare: `ceil(words / 200)`.
pub fn expected_minutes(words: usize) -> u32 {
    u32::try_from(words.div_ceil(WORDS_PER_MINUTE)).unwrap_or(u32::MAX)
}

/// Every problem with one module, each prefixed with its file's path.
pub(crate) fn check_module(
    module: &ModuleSource,
    rendered: &RenderedMarkdown,
    known: &Known,
) -> Vec<String> {
    let mut problems = check_front(&module.front, &known.sources);
    problems.extend(check_questions(&module.front.questions));
    problems.extend(check_length(module.front.minutes, &module.body));
    problems.extend(check_headings(&rendered.headings));
    problems.extend(rendered.problems.iter().cloned());
    problems.extend(check_links(
        &rendered.links,
        &module.front.sources,
        "this module's",
        known,
    ));
    problems
        .into_iter()
        .map(|problem| format!("{}: {problem}", module.path))
        .collect()
}

fn check_front(front: &FrontMatter, known_sources: &HashSet<&str>) -> Vec<String> {
    let mut problems = Vec::new();
    for (field, value) in [
        ("title", &front.title),
        ("summary", &front.summary),
        ("owner", &front.owner),
    ] {
        problems.extend(check_plain_text(field, value));
    }
    if !is_iso_date(&front.last_reviewed) {
        problems.push(format!(
            "`last_reviewed` is `{}`: write a date as YYYY-MM-DD",
            front.last_reviewed
        ));
    }
    if front.sources.is_empty() {
        problems.push(
            "no sources: list at least one id from content/sources.toml in `sources`".to_string(),
        );
    }
    let mut seen = HashSet::new();
    for id in &front.sources {
        if !known_sources.contains(id.as_str()) {
            problems.push(format!(
                "unknown source id `{id}` in `sources`: not in content/sources.toml"
            ));
        }
        if !seen.insert(id) {
            problems.push(format!("source id `{id}` is listed twice in `sources`"));
        }
    }
    problems
}

/// A plain-text field must not be empty and must not hold HTML: the UI escapes it,
/// but the rule is the same everywhere so writers learn one thing.
pub(crate) fn check_plain_text(field: &str, value: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if value.trim().is_empty() {
        problems.push(format!("`{field}` is empty"));
    }
    if looks_like_html(value) {
        problems.push(format!("`{field}`: {RAW_HTML_MESSAGE}"));
    }
    problems
}

/// Whether `text` has something a browser would read as a tag or comment: `<`
/// followed by a letter, `/`, `!` or `?`. "under 10 (<10)" is not a tag.
pub(crate) fn looks_like_html(text: &str) -> bool {
    text.as_bytes().windows(2).any(|pair| {
        pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || matches!(pair[1], b'/' | b'!' | b'?'))
    })
}

fn check_questions(questions: &[QuestionEntry]) -> Vec<String> {
    let mut problems = Vec::new();
    if !QUESTIONS.contains(&questions.len()) {
        problems.push(format!(
            "{} questions: a module needs {} to {} `[[question]]` tables",
            questions.len(),
            QUESTIONS.start(),
            QUESTIONS.end()
        ));
    }
    for (index, question) in questions.iter().enumerate() {
        let number = index + 1;
        problems.extend(
            check_question(question)
                .into_iter()
                .map(|problem| format!("question {number}: {problem}")),
        );
    }
    problems
}

fn check_question(question: &QuestionEntry) -> Vec<String> {
    let mut problems = check_plain_text("prompt", &question.prompt);
    problems.extend(check_plain_text("explanation", &question.explanation));
    if question.options.len() < 2 {
        problems.push("needs at least 2 `options`".to_string());
    }
    for option in &question.options {
        problems.extend(check_plain_text("options", option));
    }
    if question.answer >= question.options.len() {
        problems.push(format!(
            "`answer` is {} but the options are numbered 0 to {}",
            question.answer,
            question.options.len().saturating_sub(1)
        ));
    }
    problems
}

fn check_length(minutes: u32, body: &str) -> Vec<String> {
    let words = body_words(body);
    let mut problems = Vec::new();
    let expected = expected_minutes(words);
    if minutes != expected {
        problems.push(format!(
            "`minutes` is {minutes} but the body has {words} words: set it to {expected} (words / {WORDS_PER_MINUTE}, rounded up)"
        ));
    }
    if !(MIN_BODY_WORDS..=MAX_BODY_WORDS).contains(&words) {
        problems.push(format!(
            "the body has {words} words: keep it between {MIN_BODY_WORDS} and {MAX_BODY_WORDS} (a five-minute read)"
        ));
    }
    problems
}

fn check_headings(headings: &[HeadingFound]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for heading in headings {
        let text = &heading.text;
        if heading.level == 1 {
            problems.push(format!(
                "heading `# {text}`: use `##` for sections; the title comes from the front matter"
            ));
        }
        match &heading.id {
            None if heading.level == 2 => problems.push(format!(
                "heading `## {text}` has no id: write it as `## {text} {{#{}}}`",
                suggest_id(text)
            )),
            None => {}
            Some(id) => problems.extend(check_heading_id(id, &mut seen)),
        }
    }
    problems
}

fn check_heading_id(id: &str, seen: &mut HashSet<String>) -> Vec<String> {
    let mut problems = Vec::new();
    if !is_id(id) {
        problems.push(format!(
            "heading id `{id}`: use only a-z, 0-9 and single hyphens"
        ));
    }
    if id == SOURCES_HEADING_ID || id.starts_with("source-") {
        problems.push(format!(
            "heading id `{id}` is reserved for the Sources list"
        ));
    }
    if !seen.insert(id.to_string()) {
        problems.push(format!("heading id `{id}` is used twice"));
    }
    problems
}

/// An id a writer can paste: lowercase words joined by hyphens.
fn suggest_id(text: &str) -> String {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.join("-")
}

/// Checks where each allowed link points. `whose` names the list of sources a
/// `source:` link must come from ("this module's", "this term's").
pub(crate) fn check_links(
    links: &[LinkTarget],
    allowed_sources: &[String],
    whose: &str,
    known: &Known,
) -> Vec<String> {
    links
        .iter()
        .filter_map(|link| check_link(link, allowed_sources, whose, known))
        .collect()
}

fn check_link(
    link: &LinkTarget,
    allowed_sources: &[String],
    whose: &str,
    known: &Known,
) -> Option<String> {
    match link {
        LinkTarget::Source(id) if !known.sources.contains(id.as_str()) => Some(format!(
            "unknown source id `{id}` in link `source:{id}`: not in content/sources.toml"
        )),
        LinkTarget::Source(id) if !allowed_sources.contains(id) => Some(format!(
            "link `source:{id}` cites a source that is not in {whose} `sources`: add it there"
        )),
        LinkTarget::Guide { slug, id } => check_guide_link(slug, id.as_deref(), known),
        LinkTarget::Glossary(id) if !known.terms.contains(id.as_str()) => Some(format!(
            "link `glossary:{id}` points at a term that is not in glossary.toml"
        )),
        _ => None,
    }
}

fn check_guide_link(slug: &str, id: Option<&str>, known: &Known) -> Option<String> {
    let Some(ids) = known.sections.get(slug) else {
        return Some(format!(
            "link `guide:{slug}` points at a module that does not exist"
        ));
    };
    match id {
        Some(id) if !ids.contains(id) => Some(format!(
            "link `guide:{slug}#{id}` points at a heading id that module does not have"
        )),
        _ => None,
    }
}

/// Whether `text` is a real calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
        return false;
    }
    let (Ok(year), Ok(month), Ok(day)) = (
        year.parse::<u32>(),
        month.parse::<u32>(),
        day.parse::<u32>(),
    ) else {
        return false;
    };
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
