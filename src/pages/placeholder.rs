//! A page for an area not built yet, saying so plainly.
use crate::ui::base::href;
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;

#[component]
pub fn Placeholder(title: &'static str, what: &'static str) -> impl IntoView {
    use_title(move || title.to_string());
    view! {
        <PageHeading>{title}</PageHeading>
        <div class="notice" id="placeholder-notice">
            <p><strong>"This part of the service is not built yet."</strong> " " {what}</p>
        </div>
        <p><a href=href("")>"Back to the start page"</a></p>
    }
}
