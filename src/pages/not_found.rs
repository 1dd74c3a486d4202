use crate::ui::base::href;
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    use_title(|| "Page not found".to_string());
    view! {
        <PageHeading>"Page not found"</PageHeading>
        <p>"If you typed the web address, check it is correct."</p>
        <p>"If you followed a link, the page may have moved. Go to the " <a href=href("")>"start page"</a> "."</p>
    }
}
