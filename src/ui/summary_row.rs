//! One row of a summary list (GOV.UK "summary list"): a question, its answer and,
//! on check-your-answers pages, a link to change it.
use leptos::prelude::*;

#[component]
pub fn SummaryRow(
    #[prop(into)] key: String,
    #[prop(into)] value: String,
    /// Where "Change" goes; its hidden text names the answer for screen reader users.
    #[prop(optional, into)]
    change: Option<String>,
) -> impl IntoView {
    let hidden = format!(" {}", key.to_lowercase());
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{key}</dt>
            <dd class="summary-list__value">{value}</dd>
            {change.map(|href| view! {
                <dd class="summary-list__actions no-print">
                    <a href=href>"Change"<span class="visually-hidden">{hidden}</span></a>
                </dd>
            })}
        </div>
    }
}
