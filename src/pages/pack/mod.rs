//! The Pack area (issue #17): the court pack drafted in the browser from a delivered
//! triage and the advice on it. `/pack` opens the files and shows what the pack holds
//! and what is missing for court; `/pack/court` asks the court details; each document
//! has a print page (`/pack/document/<file stem>`) and a Word download. The drafting is
//! the domain's (`crate::domain::pack`); these pages collect and show.
mod court;
mod document;
mod downloads;
mod open;
mod overview;
mod state;

pub use court::CourtPage;
pub use document::DocumentPage;
pub use state::provide_pack_state;

use crate::ui::fields::ErrorSummary;
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;
use state::use_pack;

#[component]
pub fn PackPage() -> impl IntoView {
    let state = use_pack();
    // Errors belong to the page they were made on.
    state.clear_errors();
    let errors = state.errors;
    let reference = Memo::new(move |_| state.case.with(|c| c.as_ref().map(|c| c.payload.reference.clone())));
    use_title(move || {
        let error = if errors.with(|e| e.is_empty()) { "" } else { "Error: " };
        match reference.get() {
            Some(r) => format!("{error}Court pack for {r} – Court pack"),
            None => format!("{error}Draft the court pack – Court pack"),
        }
    });
    view! {
        <ErrorSummary errors=errors attempt=state.attempt/>
        {move || match reference.get() {
            None => view! {
                <PageHeading caption="Court pack">"Draft the court pack"</PageHeading>
                <open::OpenCase/>
            }.into_any(),
            Some(r) => view! {
                <PageHeading caption="Court pack">{format!("Court pack for {r}")}</PageHeading>
                <overview::Overview/>
            }.into_any(),
        }}
    }
}
