//! `/guidance/{slug}`: one module with its contents list, the text (rendered at build
//! time), checks of understanding, its sources, "Mark as complete", print, and
//! previous and next links. Opening it with `#section` moves to that section.
use super::data::{self, LoadError, Loaded};
use super::focus::use_focus_hash;
use super::pathway::PathwayDiagram;
use super::progress::Status;
use super::progress_store::{CannotSaveNotice, ProgressStore};
use super::questions::{Questions, QUESTIONS_ID};
use super::text::{long_date, split_at_sources};
use crate::domain::guidance::paths::{module_path, section_path};
use crate::domain::guidance::{Heading, RenderedModule};
use crate::ui::base::href;
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// The module whose page also shows the pathway diagram.
const PATHWAY_MODULE: &str = "authorisation-court-and-after";

/// What the page can show now.
#[derive(Clone)]
enum Shown {
    Loading,
    Ready(Arc<RenderedModule>),
    Failed(LoadError),
}

#[component]
pub fn GuidanceModule() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("slug").unwrap_or_default()));
    // The slug travels with the result, so an answer for the previous module is never
    // shown under the next one's address.
    let loaded = LocalResource::new(move || {
        let slug = slug.get();
        async move {
            let result: Loaded<RenderedModule> = data::module(&slug).await;
            (slug, result)
        }
    });
    let shown = move || match loaded.get() {
        Some((for_slug, result)) if for_slug == slug.get() => match result {
            Ok(module) => Shown::Ready(module),
            Err(e) => Shown::Failed(e),
        },
        _ => Shown::Loading,
    };
    let ready_slug = Memo::new(move |_| match shown() {
        Shown::Ready(m) => Some(m.slug.clone()),
        _ => None,
    });
    let store = ProgressStore::load();
    Effect::new(move |_| {
        if let Some(slug) = ready_slug.get() {
            store.update(|p| p.open(&slug));
        }
    });
    use_focus_hash(move || ready_slug.get());
    use_title(move || match shown() {
        Shown::Loading => "Guidance module".to_string(),
        Shown::Ready(m) => m.title.clone(),
        Shown::Failed(LoadError::NotFound) => "Module not found".to_string(),
        Shown::Failed(LoadError::Failed) => "Guidance could not be loaded".to_string(),
    });
    // A caption while loading too, so the heading does not move down when the module
    // arrives (a layout shift the benchmark measured).
    let caption = move || match shown() {
        Shown::Loading => Some(view! { <span class="caption">"Guidance"</span> }.into_any()),
        Shown::Ready(m) => Some(view! { <span class="caption">{format!("Guidance module {}", m.order)}</span> }.into_any()),
        Shown::Failed(_) => None,
    };
    let heading = move || match shown() {
        Shown::Loading => "Guidance module".to_string(),
        Shown::Ready(m) => m.title.clone(),
        Shown::Failed(LoadError::NotFound) => "Module not found".to_string(),
        Shown::Failed(LoadError::Failed) => "Guidance could not be loaded".to_string(),
    };
    view! {
        {caption}
        <PageHeading>{heading}</PageHeading>
        {move || match shown() {
            Shown::Loading => view! { <p class="loading" role="status">"Loading the module…"</p> }.into_any(),
            Shown::Failed(e) => view! {
                <div class="notice notice--error" id="guidance-load-error"><p>{e.message()}</p></div>
                <p><a href=href("guidance")>"Go to the list of guidance modules"</a></p>
            }.into_any(),
            Shown::Ready(m) => view! { <ModuleBody module=m store=store/> }.into_any(),
        }}
    }
}

#[component]
fn ModuleBody(module: Arc<RenderedModule>, store: ProgressStore) -> impl IntoView {
    let slug = module.slug.clone();
    let (body, sources) = split_at_sources(&module.html);
    let (body, sources) = (body.to_string(), sources.to_string());
    let status = {
        let slug = slug.clone();
        Memo::new(move |_| store.progress.with(|p| p.status(&slug)))
    };
    let contents = contents_entries(&module.contents, !module.questions.is_empty());
    let print = |_| {
        let _ = window().print();
    };
    view! {
        <p class="lead">{module.summary.clone()}</p>
        <ul class="module-meta">
            <li>{format!("{} minute read", module.minutes)}</li>
            <li>"Last reviewed " {long_date(&module.last_reviewed)}</li>
            <li>"Kept up to date by " {module.owner.clone()}</li>
        </ul>
        <div class="module-tools no-print">
            <p class="module-tools__status">"Your progress: "
                <strong class=move || status.get().class() id="module-status">{move || status.get().label()}</strong>
            </p>
            <button type="button" class="button button--secondary module-tools__print" on:click=print>"Print this module"</button>
        </div>
        <nav class="contents-list" aria-labelledby="module-contents-title">
            <h2 class="contents-list__title" id="module-contents-title">"Contents"</h2>
            <ol class="contents-list__list">
                {contents.into_iter().map(|(id, text)| view! {
                    <li><a href=href(&section_path(&slug, &id))>{text}</a></li>
                }).collect_view()}
            </ol>
        </nav>
        {(module.slug == PATHWAY_MODULE).then(|| view! { <PathwayDiagram id="module-pathway" steps_in_details=true/> })}
        <div class="guidance-body" inner_html=body></div>
        {(!module.questions.is_empty()).then(|| view! { <Questions questions=module.questions.clone()/> })}
        <div class="guidance-body" inner_html=sources></div>
        <CompletePanel slug=module.slug.clone() store=store/>
        <Pagination prev=module.prev.clone() next=module.next.clone()/>
        <p class="no-print"><a href=href("guidance")>"All guidance modules"</a></p>
    }
}

/// The contents list: the module's sections, with "Check your understanding" just
/// before the sources when the module has questions.
fn contents_entries(headings: &[Heading], has_questions: bool) -> Vec<(String, String)> {
    let mut entries: Vec<(String, String)> = headings.iter().map(|h| (h.id.clone(), h.text.clone())).collect();
    if has_questions {
        let at = entries.iter().position(|(id, _)| id == "sources").unwrap_or(entries.len());
        entries.insert(at, (QUESTIONS_ID.to_string(), "Check your understanding".to_string()));
    }
    entries
}

/// "Mark as complete", and back. One button whose words change, so focus stays on it.
#[component]
fn CompletePanel(slug: String, store: ProgressStore) -> impl IntoView {
    let completed = {
        let slug = slug.clone();
        Memo::new(move |_| store.progress.with(|p| p.status(&slug)) == Status::Completed)
    };
    let toggle = move |_| {
        let slug = slug.clone();
        if completed.get_untracked() {
            store.update(|p| p.reopen(&slug));
        } else {
            store.update(|p| p.complete(&slug));
        }
    };
    view! {
        <div class="module-complete no-print">
            <p class="module-complete__status" role="status" id="module-complete-status">
                {move || completed.get().then_some("You have marked this module as complete.")}
            </p>
            <button type="button" class=move || if completed.get() { "button button--secondary" } else { "button" }
                id="mark-complete" on:click=toggle>
                {move || if completed.get() { "Mark as not complete" } else { "Mark as complete" }}
            </button>
            {move || (!store.can_save.get()).then(|| view! { <CannotSaveNotice/> })}
        </div>
    }
}

/// Previous and next modules, as two large blocks (the GOV.UK "block" pagination idea).
#[component]
fn Pagination(prev: Option<(String, String)>, next: Option<(String, String)>) -> impl IntoView {
    let arrow = |d: &'static str| {
        view! {
            <svg class="pagination__icon" xmlns="http://www.w3.org/2000/svg" width="15" height="13" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
                <path d=d fill="none" stroke="currentColor" stroke-width="2"></path>
            </svg>
        }
    };
    view! {
        <nav class="pagination no-print" aria-label="Previous and next modules">
            {prev.map(|(slug, title)| view! {
                <div class="pagination__prev">
                    <a class="pagination__link" href=href(&module_path(&slug)) rel="prev">
                        {arrow("M7 1 1.5 6.5 7 12M2 6.5h12.5")}
                        <span class="pagination__title">"Previous"<span class="visually-hidden">" module:"</span></span>
                        <span class="pagination__label">{title}</span>
                    </a>
                </div>
            })}
            {next.map(|(slug, title)| view! {
                <div class="pagination__next">
                    <a class="pagination__link" href=href(&module_path(&slug)) rel="next">
                        {arrow("M8 1l5.5 5.5L8 12M13 6.5H0.5")}
                        <span class="pagination__title">"Next"<span class="visually-hidden">" module:"</span></span>
                        <span class="pagination__label">{title}</span>
                    </a>
                </div>
            })}
        </nav>
    }
}
