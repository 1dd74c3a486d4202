//! A single-line text input with label, hint and error.
use super::{described_by, keep_value, Bind, ErrorMessage, Hint};
use leptos::prelude::*;

#[component]
pub fn TextInput(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    value: Bind<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: Option<String>,
    /// A width class such as "input--w10" (characters) or "" for full width.
    #[prop(optional)] width: &'static str,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    /// Extra content after the label, such as a "Why we ask this" link.
    #[prop(optional)] after_label: Option<ViewFn>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let input_id = id.clone();
    let describedby = {
        let id = id.clone();
        move || described_by(&id, has_hint, error.with(Option::is_some), None)
    };
    let node = NodeRef::<leptos::html::Input>::new();
    keep_value(node, move || value.get());
    view! {
        <div class=move || if error.with(Option::is_some) { "form-group form-group--error" } else { "form-group" }>
            <label class="label" for=id.clone()>{label}</label>
            {after_label.map(|v| v.run())}
            {hint.map(|h| view! { <Hint id=hint_id text=h/> })}
            {move || error.get().map(|m| view! { <ErrorMessage id=error_id.clone() message=m/> })}
            <input
                class=move || format!("input {width}{}", if error.with(Option::is_some) { " input--error" } else { "" })
                id=input_id
                name=id
                type=input_type
                autocomplete=autocomplete.unwrap_or("off")
                inputmode=inputmode
                spellcheck="false"
                aria-describedby=describedby
                node_ref=node
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </div>
    }
}
