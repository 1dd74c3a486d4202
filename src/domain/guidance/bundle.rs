//! Building the guidance: load, check, render, and the JSON files the site serves.
use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::content::{ContentFile, ContentFiles};
use super::front_matter::{parse_module, ModuleSource};
use super::glossary_file::{check_terms, parse_glossary, phrases, TermEntry};
use super::glossary_links::GlossaryPhrase;
use super::index::{GlossaryEntry, GuidanceIndex, ModuleSummary};
use super::module::{Heading, Question, RenderedModule};
use super::paths::{module_json_path, GLOSSARY_SLUG, INDEX_JSON_PATH, SEARCH_JSON_PATH};
use super::render::{render_markdown, RenderOptions, RenderedMarkdown};
use super::search::SearchIndex;
use super::search_passages::search_index;
use super::source::Source;
use super::sources_file::parse_sources;
use super::sources_list::{render_sources, sources_heading};
use super::validate::{check_links, check_module, Known};

/// Everything the guidance pages need, built and checked.
#[derive(Debug, Clone)]
pub struct BuiltGuidance {
    pub index: GuidanceIndex,
    /// In reading order.
    pub modules: Vec<RenderedModule>,
    pub search: SearchIndex,
}

/// Loads `{content_dir}/guidance/NN-slug.md`, `{content_dir}/guidance/glossary.toml`
/// and `{content_dir}/sources.toml`, checks them and renders them. On failure, every
/// problem found, each naming its file.
pub fn build(content_dir: &Path) -> Result<BuiltGuidance, Vec<String>> {
    build_from(&ContentFiles::read(content_dir)?)
}

/// The files the site serves, as `(path relative to the site root, JSON)`:
/// `guidance/index.json`, `guidance/search.json` and `guidance/modules/{slug}.json`.
/// The build tool writes them.
pub fn site_bundle(content_dir: &Path) -> Result<Vec<(String, String)>, Vec<String>> {
    build(content_dir)?.files()
}

impl BuiltGuidance {
    /// The JSON files for this guidance; see [`site_bundle`].
    pub fn files(&self) -> Result<Vec<(String, String)>, Vec<String>> {
        let mut files = vec![
            (
                INDEX_JSON_PATH.to_string(),
                to_json(INDEX_JSON_PATH, &self.index)?,
            ),
            (
                SEARCH_JSON_PATH.to_string(),
                to_json(SEARCH_JSON_PATH, &self.search)?,
            ),
        ];
        for module in &self.modules {
            let path = module_json_path(&module.slug);
            let json = to_json(&path, module)?;
            files.push((path, json));
        }
        Ok(files)
    }
}

fn to_json<T: serde::Serialize>(path: &str, value: &T) -> Result<String, Vec<String>> {
    serde_json::to_string(value)
        .map_err(|error| vec![format!("{path}: cannot write JSON: {error}")])
}

/// [`build`] from files already in memory (tests use fixtures this way).
pub fn build_from(files: &ContentFiles) -> Result<BuiltGuidance, Vec<String>> {
    let mut problems = Vec::new();
    let sources =
        parse_sources(files.sources.as_ref()).unwrap_or_else(|found| take(&mut problems, found));
    let terms =
        parse_glossary(files.glossary.as_ref()).unwrap_or_else(|found| take(&mut problems, found));
    let modules = parse_modules(&files.modules, &mut problems);
    let phrases = phrases(&terms);
    let rendered: Vec<RenderedMarkdown> = modules
        .iter()
        .map(|module| render_body(module, &phrases))
        .collect();
    let known = known(&sources, &modules, &rendered, &terms);
    let glossary = glossary_entries(&terms, glossary_path(files), &known, &mut problems);
    for (module, body) in modules.iter().zip(&rendered) {
        problems.extend(check_module(module, body, &known));
    }
    if !problems.is_empty() {
        return Err(dedup(problems));
    }
    Ok(assemble(&modules, &rendered, glossary, &sources, &terms))
}

/// Moves `found` into `problems` and gives the empty value to carry on with, so one
/// broken file does not hide the problems in the others.
fn take<T: Default>(problems: &mut Vec<String>, found: Vec<String>) -> T {
    problems.extend(found);
    T::default()
}

fn glossary_path(files: &ContentFiles) -> &str {
    files
        .glossary
        .as_ref()
        .map_or("content/guidance/glossary.toml", |file| file.path.as_str())
}

/// Parses every module file and checks the set: slugs and orders unique, at least one.
fn parse_modules(files: &[ContentFile], problems: &mut Vec<String>) -> Vec<ModuleSource> {
    if files.is_empty() {
        problems.push("content/guidance: no modules (`NN-slug.md` files)".to_string());
    }
    let mut modules: Vec<ModuleSource> = Vec::new();
    for file in files {
        match parse_module(file) {
            Ok(module) => modules.push(module),
            Err(problem) => problems.push(problem),
        }
    }
    problems.extend(check_module_set(&modules));
    modules.sort_by_key(|module| module.order);
    modules
}

fn check_module_set(modules: &[ModuleSource]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut slugs: HashMap<&str, &str> = HashMap::new();
    let mut orders: HashMap<u32, &str> = HashMap::new();
    for module in modules {
        let path = module.path.as_str();
        if module.slug == GLOSSARY_SLUG {
            problems.push(format!(
                "{path}: the slug `{GLOSSARY_SLUG}` is the glossary's page: choose another"
            ));
        }
        if let Some(other) = slugs.insert(&module.slug, path) {
            problems.push(format!(
                "{path}: slug `{}` is also used by {other}",
                module.slug
            ));
        }
        if let Some(other) = orders.insert(module.order, path) {
            problems.push(format!(
                "{path}: number {:02} is also used by {other}",
                module.order
            ));
        }
    }
    problems
}

fn render_body(module: &ModuleSource, phrases: &[GlossaryPhrase]) -> RenderedMarkdown {
    render_markdown(
        &module.body,
        &RenderOptions {
            page_slug: &module.slug,
            glossary: phrases,
        },
    )
}

fn known<'a>(
    sources: &'a [Source],
    modules: &'a [ModuleSource],
    rendered: &[RenderedMarkdown],
    terms: &'a [TermEntry],
) -> Known<'a> {
    let sections = modules
        .iter()
        .zip(rendered)
        .map(|(module, body)| {
            let ids = body
                .headings
                .iter()
                .filter_map(|heading| heading.id.clone())
                .collect::<HashSet<_>>();
            (module.slug.as_str(), ids)
        })
        .collect();
    Known {
        sources: sources.iter().map(|source| source.id.as_str()).collect(),
        sections,
        terms: terms.iter().map(|term| term.id.as_str()).collect(),
    }
}

/// Renders and checks each term's definition. Definitions do not auto-link other
/// terms: the glossary page would become a sea of links.
fn glossary_entries(
    terms: &[TermEntry],
    path: &str,
    known: &Known,
    problems: &mut Vec<String>,
) -> Vec<GlossaryEntry> {
    problems.extend(
        check_terms(terms, &known.sources)
            .into_iter()
            .map(|problem| format!("{path}: {problem}")),
    );
    terms
        .iter()
        .map(|term| {
            let rendered = render_markdown(
                &term.definition,
                &RenderOptions {
                    page_slug: GLOSSARY_SLUG,
                    glossary: &[],
                },
            );
            let mut found = rendered.problems.clone();
            found.extend(check_links(
                &rendered.links,
                &term.sources,
                "this term's",
                known,
            ));
            problems.extend(
                found
                    .into_iter()
                    .map(|problem| format!("{path}: term `{}`: {problem}", term.id)),
            );
            GlossaryEntry {
                id: term.id.clone(),
                term: term.term.clone(),
                matches: term.matches.clone(),
                definition: term.definition.clone(),
                definition_html: rendered.html,
                sources: term.sources.clone(),
            }
        })
        .collect()
}

fn assemble(
    modules: &[ModuleSource],
    rendered: &[RenderedMarkdown],
    glossary: Vec<GlossaryEntry>,
    sources: &[Source],
    terms: &[TermEntry],
) -> BuiltGuidance {
    let built: Vec<RenderedModule> = modules
        .iter()
        .zip(rendered)
        .enumerate()
        .map(|(at, (module, body))| rendered_module(module, body, sources, neighbours(modules, at)))
        .collect();
    let index = GuidanceIndex {
        modules: modules.iter().map(summary).collect(),
        glossary,
        sources: sources.to_vec(),
    };
    let search = search_index(modules, rendered, terms);
    BuiltGuidance {
        index,
        modules: built,
        search,
    }
}

type Neighbour = Option<(String, String)>;

fn neighbours(modules: &[ModuleSource], at: usize) -> (Neighbour, Neighbour) {
    let link = |module: &ModuleSource| (module.slug.clone(), module.front.title.clone());
    let prev = at
        .checked_sub(1)
        .and_then(|before| modules.get(before))
        .map(link);
    (prev, modules.get(at + 1).map(link))
}

fn summary(module: &ModuleSource) -> ModuleSummary {
    ModuleSummary {
        slug: module.slug.clone(),
        title: module.front.title.clone(),
        summary: module.front.summary.clone(),
        minutes: module.front.minutes,
        order: module.order,
    }
}

fn rendered_module(
    module: &ModuleSource,
    body: &RenderedMarkdown,
    all_sources: &[Source],
    (prev, next): (Neighbour, Neighbour),
) -> RenderedModule {
    let sources: Vec<Source> = module
        .front
        .sources
        .iter()
        .filter_map(|id| all_sources.iter().find(|source| &source.id == id).cloned())
        .collect();
    let mut contents: Vec<Heading> = body
        .headings
        .iter()
        .filter(|heading| heading.level == 2)
        .filter_map(|heading| {
            heading.id.clone().map(|id| Heading {
                id,
                text: heading.text.clone(),
            })
        })
        .collect();
    contents.push(sources_heading());
    let front = &module.front;
    RenderedModule {
        slug: module.slug.clone(),
        order: module.order,
        title: front.title.clone(),
        summary: front.summary.clone(),
        minutes: front.minutes,
        last_reviewed: front.last_reviewed.clone(),
        owner: front.owner.clone(),
        html: format!("{}{}", body.html, render_sources(&sources)),
        sources,
        contents,
        questions: front.questions.iter().map(Question::from).collect(),
        prev,
        next,
    }
}

/// Drops repeated messages (a broken link used twice), keeping the first order.
fn dedup(problems: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    problems
        .into_iter()
        .filter(|problem| seen.insert(problem.clone()))
        .collect()
}
