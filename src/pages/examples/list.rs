//! /examples: every worked case with its summary.
use super::order_summary;
use crate::domain::guidance::paths::{module_path, TRAINERS_MODULE_SLUG};
use crate::ui::base::href;
use crate::ui::conditions_editor::{loading_or_failure, use_examples};
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;

#[component]
pub fn ExamplesPage() -> impl IntoView {
    use_title(|| "Example conditions".to_string());
    let examples = use_examples();
    view! {
        <PageHeading>"Example conditions"</PageHeading>
        <p class="lead">"Worked sets of conditions for fictional cases, with commentary on what makes each condition clear, specific, necessary and enforceable, and weaker drafts beside better ones."</p>
        <p>"Use them for training and discussion. Every name, place and service in them is invented. Open any case in the conditions builder to try variations."</p>
        <p>"Training magistrates or legal advisers? "<a href=href(&module_path(TRAINERS_MODULE_SLUG))>"What the court must find, and how to use these examples in a session"</a>"."</p>
        {move || examples.with(|e| match e.ready() {
            Some(list) => view! {
                <ul class="example-list" id="example-list">
                    {list.iter().map(|case| view! {
                        <li class="example-list__item">
                            <h2 class="heading-m"><a href=href(&format!("examples/{}", case.slug))>{case.title.clone()}</a></h2>
                            <p>{case.summary.clone()}</p>
                            <p class="example-list__meta">{order_summary(case)}</p>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any(),
            None => loading_or_failure(e, "the example cases"),
        })}
    }
}
