//! The conditions catalogue and the example cases, fetched once when a page first
//! needs them (so they never weigh on the triage form's first load) and shared.
use crate::domain::conditions::catalogue::Catalogue;
use crate::domain::conditions::examples::ExampleCase;
use crate::ui::base::asset;
use crate::ui::fetch::{send, Call, FetchFailure};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Where a file the pages need stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<T> {
    NotStarted,
    Loading,
    Ready(T),
    /// It could not be loaded or read: a message the officer can act on.
    Failed(String),
}

impl<T> Loaded<T> {
    pub fn ready(&self) -> Option<&T> {
        match self {
            Loaded::Ready(t) => Some(t),
            _ => None,
        }
    }
}

/// The shared catalogue and examples.
#[derive(Clone, Copy)]
pub struct ConditionsData {
    pub catalogue: RwSignal<Loaded<Arc<Catalogue>>>,
    pub examples: RwSignal<Loaded<Arc<Vec<ExampleCase>>>>,
}

/// Put the (not yet loaded) catalogue and examples in context, once: the first caller
/// (the triage's rules or the builder) provides it, and later callers share it.
pub fn provide_conditions_data() -> ConditionsData {
    if let Some(existing) = use_context::<ConditionsData>() {
        return existing;
    }
    let data = ConditionsData { catalogue: RwSignal::new(Loaded::NotStarted), examples: RwSignal::new(Loaded::NotStarted) };
    provide_context(data);
    data
}

fn data() -> ConditionsData {
    use_context::<ConditionsData>().unwrap_or_else(provide_conditions_data)
}

/// The catalogue as it stands, without starting to load it: the triage's rules read it
/// once it is there.
pub fn catalogue_state() -> RwSignal<Loaded<Arc<Catalogue>>> {
    data().catalogue
}

/// The catalogue, starting to load it if no page has asked for it yet.
pub fn use_catalogue() -> RwSignal<Loaded<Arc<Catalogue>>> {
    let state = data().catalogue;
    start(state, "conditions/catalogue.json", "the list of conditions", |body| Catalogue::from_json(body).map(Arc::new));
    state
}

/// The example cases, starting to load them if no page has asked for them yet.
pub fn use_examples() -> RwSignal<Loaded<Arc<Vec<ExampleCase>>>> {
    let state = data().examples;
    start(state, "conditions/examples.json", "the example cases", |body| ExampleCase::list_from_json(body).map(Arc::new));
    state
}

fn start<T: Send + Sync + 'static>(
    state: RwSignal<Loaded<T>>,
    file: &'static str,
    what: &'static str,
    read: fn(&str) -> Result<T, String>,
) {
    let retry = state.with_untracked(|s| matches!(s, Loaded::NotStarted | Loaded::Failed(_)));
    if !retry {
        return;
    }
    state.set(Loaded::Loading);
    spawn_local(async move {
        let url = asset(file);
        let outcome = match send(Call::get(&url)).await {
            Ok(a) if (200..300).contains(&a.status) => read(&a.body).map_or_else(Loaded::Failed, Loaded::Ready),
            Ok(a) => Loaded::Failed(format!("Sorry, {what} could not be loaded: the server answered {}. Reload the page; if it happens again, tell your IT service desk.", a.status)),
            Err(FetchFailure::TimedOut(s)) => Loaded::Failed(format!("Sorry, {what} did not load within {s} seconds. Check your connection and reload the page.")),
            Err(FetchFailure::Unreachable) => Loaded::Failed(format!("Sorry, {what} could not be loaded because the server could not be reached. Check your connection and reload the page.")),
        };
        state.set(outcome);
    });
}

/// A standard view for a file still loading or that failed to load.
pub fn loading_or_failure<T>(state: &Loaded<T>, what: &'static str) -> AnyView {
    match state {
        Loaded::Failed(message) => view! {
            <div class="notice notice--error" role="alert"><p>{message.clone()}</p></div>
        }
        .into_any(),
        _ => view! { <p class="loading" role="status">"Loading " {what} "…"</p> }.into_any(),
    }
}
