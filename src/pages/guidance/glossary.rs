//! `/guidance/glossary`: every term with an anchor (`guidance/glossary#spo`), its
//! definition and sources. Module text links each term where it first appears.
use super::data::{self, LoadError};
use super::focus::use_focus_hash;
use crate::domain::guidance::paths::glossary_term_path;
use crate::domain::guidance::{GlossaryEntry, GuidanceIndex, Source};
use crate::ui::base::href;
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn GuidanceGlossary() -> impl IntoView {
    use_title(|| "Glossary".to_string());
    let index = LocalResource::new(data::index);
    use_focus_hash(move || index.get().and_then(|r| r.ok()).map(|_| ()));
    view! {
        <PageHeading>"Glossary"</PageHeading>
        <p class="lead">"What the terms used in the guidance and the triage form mean, with where each comes from."</p>
        {move || match index.get() {
            None => view! { <p class="loading" role="status">"Loading the glossary…"</p> }.into_any(),
            Some(Err(_)) => view! {
                <div class="notice notice--error" id="guidance-load-error"><p>{LoadError::Failed.message()}</p></div>
            }.into_any(),
            Some(Ok(index)) => view! { <Terms index=index/> }.into_any(),
        }}
        <p class="no-print"><a href=href("guidance")>"Back to the guidance contents"</a></p>
    }
}

#[component]
fn Terms(index: Arc<GuidanceIndex>) -> impl IntoView {
    view! {
        <nav class="contents-list glossary-index" aria-labelledby="glossary-index-title">
            <h2 class="contents-list__title" id="glossary-index-title">"Terms"</h2>
            <ul class="glossary-index__list">
                {index.glossary.iter().map(|term| view! {
                    <li><a href=href(&glossary_term_path(&term.id))>{term.term.clone()}</a></li>
                }).collect_view()}
            </ul>
        </nav>
        <div class="glossary">
            {index.glossary.iter().map(|term| view! { <Term term=term.clone() index=index.clone()/> }).collect_view()}
        </div>
    }
}

#[component]
fn Term(term: GlossaryEntry, index: Arc<GuidanceIndex>) -> impl IntoView {
    let sources: Vec<Source> = term.sources.iter().filter_map(|id| index.source(id).cloned()).collect();
    view! {
        <div class="glossary__entry">
            <h2 class="heading-m glossary__term" id=term.id.clone()>{term.term.clone()}</h2>
            // Rendered and checked at build time: safe to insert as HTML.
            <div class="glossary__definition" inner_html=term.definition_html.clone()></div>
            {(!sources.is_empty()).then(|| view! {
                <p class="glossary__sources">
                    <span class="glossary__sources-label">{if sources.len() == 1 { "Source: " } else { "Sources: " }}</span>
                    {sources.into_iter().enumerate().map(|(i, s)| view! {
                        {(i > 0).then_some("; ")}
                        <SourceName source=s/>
                    }).collect_view()}
                </p>
            })}
        </div>
    }
}

/// A source's title (a link when it has a web address), publisher and any caution.
#[component]
fn SourceName(source: Source) -> impl IntoView {
    let note = source.confidence.note();
    let title = match source.url.clone().filter(|u| u.starts_with("https://") || u.starts_with("http://")) {
        Some(url) => view! { <a href=url rel="noreferrer">{source.title.clone()}</a> }.into_any(),
        None => source.title.clone().into_any(),
    };
    view! {
        {title} ", " {source.publisher.clone()}
        {note.map(|n| view! { <span class="source-note">{format!(" ({n})")}</span> })}
    }
}
