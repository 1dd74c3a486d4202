//! A long text box with label, hint, error and, when given a limit, a character count.
use super::{describedby, keep_value, Bind, CharacterCount, FormGroup, HintAndError};
use leptos::prelude::*;

#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    value: Bind<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(default = 5)] rows: u32,
    /// Show a character count against this limit (typing past it is not blocked).
    #[prop(optional, into)] max_chars: MaybeProp<usize>,
    #[prop(optional)] after_label: Option<ViewFn>,
    /// Label as a page heading (for a question page with one long answer).
    #[prop(optional)] label_is_heading: bool,
) -> impl IntoView {
    let hint = hint.get_untracked();
    let max_chars = max_chars.get_untracked();
    let count_id = format!("{id}-info");
    let input_id = id.clone();
    let describedby = describedby(&id, hint.is_some(), error, max_chars.map(|_| count_id.clone()));
    let label_view = if label_is_heading {
        view! { <h1 class="heading-xl label-wrapper" id="page-heading" tabindex="-1"><label class="label label--l" for=id.clone()>{label}</label></h1> }.into_any()
    } else {
        view! { <label class="label" for=id.clone()>{label}</label> }.into_any()
    };
    let text = Signal::derive(move || value.get());
    let node = NodeRef::<leptos::html::Textarea>::new();
    keep_value(node, move || value.get());
    view! {
        <FormGroup error=error>
            {label_view}
            {after_label.map(|v| v.run())}
            <HintAndError id=id.clone() hint=hint error=error/>
            <textarea
                class=move || if error.with(Option::is_some) { "textarea input--error" } else { "textarea" }
                id=input_id
                name=id
                rows=rows
                spellcheck="true"
                aria-describedby=describedby
                node_ref=node
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
            {max_chars.map(|max| view! { <CharacterCount id=count_id text=text max=max/> })}
        </FormGroup>
    }
}
