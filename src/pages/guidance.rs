use super::placeholder::Placeholder;
use leptos::prelude::*;

#[component]
pub fn GuidanceContents() -> impl IntoView {
    view! { <Placeholder title="Guidance" what="It will hold ten short modules on SPOs, with progress, search and checks of understanding."/> }
}

#[component]
pub fn GuidanceModule() -> impl IntoView {
    view! { <Placeholder title="Guidance module" what="Guidance modules will appear here."/> }
}
