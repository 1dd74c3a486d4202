//! `/guidance`: the modules in reading order with their reading time and status, the
//! trainee's progress ("3 of 10 modules completed", continue, reset), the search box
//! and links to the glossary and the pathway diagram.
use super::data::{self, LoadError};
use super::progress_store::{CannotSaveNotice, ProgressStore};
use super::search::SearchPanel;
use super::text::completed_summary;
use crate::domain::guidance::paths::module_path;
use crate::domain::guidance::{GuidanceIndex, ModuleSummary};
use crate::ui::base::href;
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn GuidanceContents() -> impl IntoView {
    use_title(|| "Guidance".to_string());
    let index = LocalResource::new(data::index);
    let store = ProgressStore::load();
    view! {
        <PageHeading>"Guidance"</PageHeading>
        <p class="lead">"Short modules on Stalking Protection Orders, each about a five-minute read. Work through them in order or search for what you need, and check your understanding as you go."</p>
        {move || match index.get() {
            None => view! { <p class="loading" role="status">"Loading the modules…"</p> }.into_any(),
            Some(Err(_)) => view! {
                <div class="notice notice--error" id="guidance-load-error"><p>{LoadError::Failed.message()}</p></div>
            }.into_any(),
            Some(Ok(index)) => view! {
                <ProgressPanel index=index.clone() store=store/>
                <div class="search-section">
                    <h2 class="heading-l" id="search-title">"Search the guidance"</h2>
                    <SearchPanel/>
                </div>
                <ModuleList index=index store=store/>
            }.into_any(),
        }}
        <div class="more-guidance">
            <h2 class="heading-l" id="more-title">"More guidance"</h2>
            <ul class="list">
                <li><a href=href("guidance/pathway")>"The SPO pathway: a diagram from report to order and after"</a></li>
                <li><a href=href("guidance/glossary")>"Glossary of terms"</a></li>
                <li><a href=href("guidance/search")>"Search page"</a></li>
            </ul>
        </div>
    }
}

fn slugs(index: &GuidanceIndex) -> Vec<&str> {
    index.modules.iter().map(|m| m.slug.as_str()).collect()
}

fn title_of<'a>(index: &'a GuidanceIndex, slug: &str) -> Option<&'a ModuleSummary> {
    index.modules.iter().find(|m| m.slug == slug)
}

/// "3 of 10 modules completed", where to carry on, and resetting progress.
#[component]
fn ProgressPanel(index: Arc<GuidanceIndex>, store: ProgressStore) -> impl IntoView {
    let summary = {
        let index = index.clone();
        move || store.progress.with(|p| completed_summary(p.completed_count(&slugs(&index)), index.modules.len()))
    };
    let next_step = move || {
        store.progress.with(|p| {
            let order = slugs(&index);
            let (lead, slug) = if let Some(slug) = p.continue_with(&order) {
                ("Continue where you left off: ", slug)
            } else if p.completed_count(&order) == 0 {
                ("Start with the first module: ", *order.first()?)
            } else if let Some(slug) = p.next_to_read(&order) {
                ("Next module to read: ", slug)
            } else {
                return Some(view! { <p id="progress-next">"You have completed every module. Well done."</p> }.into_any());
            };
            let module = title_of(&index, slug)?;
            Some(view! {
                <p id="progress-next">
                    <a class="continue-link" href=href(&module_path(slug))>{lead}{module.title.clone()}</a>
                </p>
            }.into_any())
        })
    };
    view! {
        <div class="progress-panel">
            <h2 class="heading-l" id="progress-title" tabindex="-1">"Your progress"</h2>
            <p class="progress-panel__summary" id="progress-summary">{summary}</p>
            {next_step}
            {move || (!store.can_save.get()).then(|| view! { <CannotSaveNotice/> })}
            <p class="hint">"Progress is kept in this browser, on this computer only. It records which modules you have opened and completed, and nothing else."</p>
            <ResetProgress store=store/>
        </div>
    }
}

/// "Reset my progress", with a confirmation step in the page.
#[component]
fn ResetProgress(store: ProgressStore) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let done = RwSignal::new(false);
    let has_progress = move || store.progress.with(|p| !p.is_empty());
    let ask = move |_| {
        done.set(false);
        confirming.set(true);
        focus_after_render("reset-confirm-title");
    };
    let cancel = move |_| {
        confirming.set(false);
        focus_after_render("reset-progress");
    };
    let confirm = move |_| {
        store.reset();
        confirming.set(false);
        done.set(true);
        focus_after_render("progress-title");
    };
    view! {
        {move || match (confirming.get(), has_progress()) {
            (true, _) => Some(view! {
                <div class="reset-confirm" role="group" aria-labelledby="reset-confirm-title">
                    <h3 class="heading-m reset-confirm__title" id="reset-confirm-title" tabindex="-1">"Reset your progress?"</h3>
                    <p>"This clears the record of which modules you have opened and completed on this computer. You cannot undo it."</p>
                    <div class="button-group">
                        <button type="button" class="button button--warning" id="confirm-reset" on:click=confirm>"Yes, reset my progress"</button>
                        <button type="button" class="button button--secondary" id="cancel-reset" on:click=cancel>"No, keep my progress"</button>
                    </div>
                </div>
            }.into_any()),
            (false, true) => Some(view! {
                <button type="button" class="button button--secondary" id="reset-progress" on:click=ask>"Reset my progress"</button>
            }.into_any()),
            (false, false) => None,
        }}
        <p role="status" id="reset-status" class="reset-status">{move || done.get().then_some("Your progress has been reset.")}</p>
    }
}

/// Focus the element with this id once the change just made is on screen.
fn focus_after_render(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// The modules in reading order, each with its reading time and status.
#[component]
fn ModuleList(index: Arc<GuidanceIndex>, store: ProgressStore) -> impl IntoView {
    view! {
        <div class="modules">
            <h2 class="heading-l" id="modules-title">"Modules"</h2>
            <ol class="module-list" id="module-list">
                {index.modules.iter().map(|m| {
                    let slug = m.slug.clone();
                    let status = Memo::new(move |_| store.progress.with(|p| p.status(&slug)));
                    view! {
                        <li class="module-list__item">
                            <span class="caption">{format!("Module {}", m.order)}</span>
                            <h3 class="heading-m module-list__title"><a href=href(&module_path(&m.slug))>{m.title.clone()}</a></h3>
                            <p class="module-list__summary">{m.summary.clone()}</p>
                            <p class="module-list__meta">
                                <span>{format!("{} minute read", m.minutes)}</span>
                                <span class="visually-hidden">". Status: "</span>
                                <strong class=move || status.get().class()>{move || status.get().label()}</strong>
                            </p>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </div>
    }
}
