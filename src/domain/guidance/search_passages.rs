//! The search index built from rendered modules and the glossary.
use super::front_matter::ModuleSource;
use super::glossary_file::TermEntry;
use super::paths::GLOSSARY_SLUG;
use super::render::{render_markdown, squash_spaces, RenderOptions, RenderedMarkdown};
use super::search::{Passage, SearchIndex, SearchPage};

/// Passages: per module its opening passage (summary and text before the first
/// heading) and one per heading with an id; then one per glossary term.
pub(crate) fn search_index(
    modules: &[ModuleSource],
    rendered: &[RenderedMarkdown],
    terms: &[TermEntry],
) -> SearchIndex {
    let mut pages = Vec::new();
    let mut passages = Vec::new();
    for (page, (module, body)) in modules.iter().zip(rendered).enumerate() {
        pages.push(SearchPage {
            slug: module.slug.clone(),
            title: module.front.title.clone(),
        });
        for plain in &body.passages {
            let text = match plain.heading_id.is_empty() {
                true => squash_spaces(&format!("{} {}", module.front.summary, plain.text)),
                false => plain.text.clone(),
            };
            let heading = plain.heading.clone();
            passages.push(Passage {
                page,
                heading_id: plain.heading_id.clone(),
                heading,
                keywords: Vec::new(),
                text,
            });
        }
    }
    let glossary_page = pages.len();
    pages.push(SearchPage {
        slug: GLOSSARY_SLUG.to_string(),
        title: "Glossary".to_string(),
    });
    passages.extend(
        terms
            .iter()
            .map(|term| glossary_passage(glossary_page, term)),
    );
    SearchIndex::new(pages, passages)
}

fn glossary_passage(page: usize, term: &TermEntry) -> Passage {
    let definition = render_markdown(
        &term.definition,
        &RenderOptions {
            page_slug: GLOSSARY_SLUG,
            glossary: &[],
        },
    );
    let text = definition
        .passages
        .iter()
        .map(|plain| plain.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let keywords = term
        .matches
        .iter()
        .filter(|phrase| **phrase != term.term)
        .cloned()
        .collect();
    Passage {
        page,
        heading_id: term.id.clone(),
        heading: term.term.clone(),
        keywords,
        text,
    }
}
