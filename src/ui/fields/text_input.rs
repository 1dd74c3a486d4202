//! A single-line text input with label, hint and error.
use super::{describedby, keep_value, Bind, FormGroup, HintAndError};
use leptos::prelude::*;

#[component]
pub fn TextInput(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    value: Bind<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    /// A width class such as "input--w10" (characters) or "" for full width.
    #[prop(optional)] width: &'static str,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional, into)] autocomplete: MaybeProp<&'static str>,
    #[prop(optional, into)] inputmode: MaybeProp<&'static str>,
    /// Extra content after the label, such as a "Why we ask this" link.
    #[prop(optional)] after_label: Option<ViewFn>,
) -> impl IntoView {
    let hint = hint.get_untracked();
    let input_id = id.clone();
    let describedby = describedby(&id, hint.is_some(), error, None);
    let node = NodeRef::<leptos::html::Input>::new();
    keep_value(node, move || value.get());
    view! {
        <FormGroup error=error>
            <label class="label" for=id.clone()>{label}</label>
            {after_label.map(|v| v.run())}
            <HintAndError id=id.clone() hint=hint error=error/>
            <input
                class=move || format!("input {width}{}", if error.with(Option::is_some) { " input--error" } else { "" })
                id=input_id
                name=id
                type=input_type
                autocomplete=autocomplete.get_untracked().unwrap_or("off")
                inputmode=inputmode.get_untracked()
                spellcheck="false"
                aria-describedby=describedby
                node_ref=node
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </FormGroup>
    }
}
