//! Searching the modules and glossary as you type (and with the Search button). The
//! index (`guidance/search.json`) is fetched the first time the box is used, or when
//! the search page opens, so it never slows other pages. Results are built as text
//! nodes, with matched words in `<mark>` elements made from the search's ranges.
use super::data::{self, Loaded};
use super::text::results_summary;
use crate::domain::guidance::{search, Hit, SearchIndex};
use crate::ui::base::href;
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::time::Duration;

/// How many results are listed; the count says how many there were in all.
const SHOWN: usize = 25;
/// How long typing must pause before the result count is announced.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(600);

/// `/guidance/search`: the search on a page of its own; `?q=` holds the words.
#[component]
pub fn GuidanceSearch() -> impl IntoView {
    use_title(|| "Search the guidance".to_string());
    view! {
        <PageHeading>"Search the guidance"</PageHeading>
        <SearchPanel load_now=true/>
        <p><a href=href("guidance")>"Back to the guidance contents"</a></p>
    }
}

/// The search box, a count of results announced politely, and the results.
#[component]
pub fn SearchPanel(
    /// Fetch the index at once (the search page) rather than on first use.
    #[prop(optional)]
    load_now: bool,
) -> impl IntoView {
    let initial = use_query_map().with_untracked(|q| q.get("q")).unwrap_or_default();
    let query = RwSignal::new(initial.clone());
    let index = RwSignal::new_local(None::<Loaded<SearchIndex>>);
    let requested = StoredValue::new(false);
    let ensure_index = move || {
        if requested.get_value() {
            return;
        }
        requested.set_value(true);
        spawn_local(async move {
            let result = data::search_index().await;
            // Let a later keystroke try again after a failure.
            requested.set_value(result.is_ok());
            index.set(Some(result));
        });
    };
    if load_now || !initial.trim().is_empty() {
        ensure_index();
    }

    // All hits: the index is small (about a hundred passages), so counting is cheap.
    let hits = Memo::new(move |_| {
        let q = query.get();
        if q.trim().is_empty() {
            return None;
        }
        index.with(|ix| match ix {
            Some(Ok(ix)) => Some(search(ix, &q, ix.passages.len())),
            _ => None,
        })
    });
    let summary = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return String::new();
        }
        match (hits.get(), index.with(|ix| ix.as_ref().map(|r| r.is_err()))) {
            (Some(hits), _) => results_summary(hits.len(), hits.len().min(SHOWN), &q),
            (None, Some(true)) => "The search could not be loaded. Check your connection and try again.".to_string(),
            (None, _) => "Loading the search…".to_string(),
        }
    };

    // The count is shown at once, and announced once typing pauses.
    let announced = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let announce_later = move |text: String, delay: Duration| {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || announced.set(text), delay).ok();
        pending.set_value(handle);
    };
    Effect::new(move |_| announce_later(summary(), ANNOUNCE_AFTER));

    let navigate = use_navigate();
    let location = use_location();
    let keep_in_address = move |q: &str| {
        let path = location.pathname.get_untracked();
        let to = if q.is_empty() {
            path
        } else {
            format!("{path}?q={}", String::from(js_sys::encode_uri_component(q)))
        };
        navigate(&to, NavigateOptions { resolve: false, replace: true, scroll: false, ..Default::default() });
    };
    let on_input = {
        let keep_in_address = keep_in_address.clone();
        move |ev: leptos::ev::Event| {
            ensure_index();
            let q = event_target_value(&ev);
            keep_in_address(&q);
            query.set(q);
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        ensure_index();
        keep_in_address(&query.get_untracked());
        announce_later(summary(), Duration::from_millis(50));
    };

    let results = move || {
        hits.get().filter(|h| !h.is_empty()).map(|hits| {
            view! {
                <ol class="search-results" id="search-results">
                    {hits.into_iter().take(SHOWN).map(|hit| view! { <SearchResult hit=hit/> }).collect_view()}
                </ol>
            }
        })
    };
    view! {
        <form class="search-form" role="search" aria-label="Guidance" on:submit=on_submit>
            <label class="label" for="guidance-search">"Search the modules and glossary"</label>
            <div class="hint" id="guidance-search-hint">"Results appear as you type."</div>
            <div class="search-form__row">
                <input class="input search-form__input" type="search" id="guidance-search" name="q"
                    autocomplete="off" spellcheck="false" aria-describedby="guidance-search-hint"
                    prop:value=move || query.get() on:input=on_input on:focus=move |_| ensure_index()/>
                <button type="submit" class="button search-form__button">"Search"</button>
            </div>
        </form>
        <p class="search-summary" id="search-summary" aria-hidden="true">{summary}</p>
        <p class="visually-hidden" role="status" aria-live="polite" id="search-status">{move || announced.get()}</p>
        {results}
    }
}

/// One result: where it is (section and module) and the passage with marked words.
#[component]
fn SearchResult(hit: Hit) -> impl IntoView {
    let link_text = if hit.heading.is_empty() { hit.title.clone() } else { hit.heading.clone() };
    let place = match (hit.slug.as_str(), hit.heading.is_empty()) {
        ("glossary", _) => "Glossary term".to_string(),
        (_, true) => "Module introduction".to_string(),
        (_, false) => format!("Module: {}", hit.title),
    };
    let parts: Vec<(String, bool)> = hit.snippet_parts().into_iter().map(|(t, m)| (t.to_string(), m)).collect();
    view! {
        <li class="search-results__item">
            <a class="search-results__link" href=href(&hit.href())>{link_text}</a>
            <p class="search-results__place">{place}</p>
            <p class="search-results__snippet">
                {parts.into_iter().map(|(text, marked)| if marked {
                    view! { <mark>{text}</mark> }.into_any()
                } else {
                    text.into_any()
                }).collect_view()}
            </p>
        </li>
    }
}
