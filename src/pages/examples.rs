use super::placeholder::Placeholder;
use leptos::prelude::*;

#[component]
pub fn ExamplesPage() -> impl IntoView {
    view! { <Placeholder title="Example conditions" what="It will show worked example sets of conditions for fictional cases, with commentary."/> }
}
