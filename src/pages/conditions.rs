use super::placeholder::Placeholder;
use leptos::prelude::*;

#[component]
pub fn ConditionsPage() -> impl IntoView {
    view! { <Placeholder title="Conditions builder" what="It will let you build clear, specific and enforceable prohibitions and requirements from a catalogue."/> }
}
