use super::placeholder::Placeholder;
use leptos::prelude::*;

#[component]
pub fn TriagePage() -> impl IntoView {
    view! { <Placeholder title="SPO triage form" what="It will let you complete, check and send an SPO triage to legal services and the stalking unit."/> }
}
