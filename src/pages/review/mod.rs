//! The Review area (issue #16): legal services or the stalking unit open a delivered
//! triage, read it headed by what a lawyer looks for first, pin comments to answers and
//! conditions, decide, and return an advice file and a printable advice note. A later
//! version shows what changed and, with the earlier advice, what was answered
//! (`changes`); once the advice is to proceed, the authorising officer records their
//! decision in it (`authorise`). Every rule is the domain's (`crate::domain::review`);
//! these pages collect and show.
mod advise;
mod answer;
mod authorise;
mod changes;
mod note;
mod open;
mod read;
mod state;
mod summary_row;

pub use answer::AnswerAdvice;
pub use state::provide_review_state;

use crate::ui::config_state::use_config;
use crate::ui::fields::ErrorSummary;
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;
use state::use_review;

#[component]
pub fn ReviewPage() -> impl IntoView {
    let state = use_review();
    let config = use_config();
    let errors = state.errors;
    // A review kept by the drafts policy comes back once the config says where it is.
    let restored = StoredValue::new(false);
    Effect::new(move |_| {
        if let Some(c) = config.with(|c| c.ready().cloned()) {
            if !restored.get_value() {
                restored.set_value(true);
                state.restore(&c);
            }
        }
    });
    use_title(move || {
        let error = if errors.with(|e| e.is_empty()) { "" } else { "Error: " };
        match state.payload.with(|p| p.as_ref().map(|p| p.reference.clone())) {
            Some(r) => format!("{error}Review {r} – Review a triage"),
            None => format!("{error}Open a triage – Review a triage"),
        }
    });
    let close = move |_| {
        if let Some(c) = config.with_untracked(|c| c.ready().cloned()) {
            state.close(&c);
        }
    };
    view! {
        <ErrorSummary errors=errors attempt=state.attempt/>
        {move || match state.payload.with(|p| p.as_ref().map(|p| p.reference.clone())) {
            None => view! {
                <PageHeading caption="For legal services and the stalking unit">"Review a triage"</PageHeading>
                <open::OpenTriage/>
            }.into_any(),
            Some(reference) => view! {
                <PageHeading caption="Review a triage">{format!("Review of {reference}")}</PageHeading>
                <div class="no-print">
                    <p><button type="button" class="button button--secondary" id="close-review" on:click=close>"Close this triage and open another"</button></p>
                    <changes::LaterVersion/>
                    <read::TriageReading/>
                    <advise::AddComment/>
                    <advise::DecideAndReturn/>
                    <authorise::Authorise/>
                    <h2 class="heading-l">"The advice note"</h2>
                    <p><button type="button" class="button button--secondary" id="print-note" on:click=|_| { let _ = window().print(); }>"Print the advice note"</button></p>
                </div>
                <note::AdviceNote/>
            }.into_any(),
        }}
    }
}
