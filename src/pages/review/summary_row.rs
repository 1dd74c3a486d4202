//! One row of a summary list (a question and its answer). Written once and called with
//! a ready-made value, so each list of rows adds data, not another copy of the markup's
//! code, to the review's app.
use leptos::prelude::*;

pub fn summary_row(key: String, value: AnyView) -> AnyView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{key}</dt>
            <dd class="summary-list__value">{value}</dd>
        </div>
    }
    .into_any()
}

/// A row whose answer is plain text.
pub fn text_row(key: &str, value: String) -> AnyView {
    summary_row(key.to_string(), value.into_any())
}
