//! A drop-down list with label, hint and error: used for a distance's unit and the
//! catalogue filters.
use super::{describedby, Bind, FormGroup, HintAndError};
use leptos::prelude::*;

#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    /// Each choice as (value, label); the value "" means nothing chosen.
    options: Vec<(String, String)>,
    value: Bind<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    /// Extra classes on the form group, e.g. for an inline layout.
    #[prop(optional)] group_class: &'static str,
) -> impl IntoView {
    let hint = hint.get_untracked();
    let describedby = describedby(&id, hint.is_some(), error, None);
    let options = options
        .into_iter()
        .map(|(v, text)| {
            let chosen = v.clone();
            view! { <option value=v prop:selected=move || value.get() == chosen>{text}</option> }
        })
        .collect_view();
    view! {
        <FormGroup error=error class=group_class>
            <label class="label" for=id.clone()>{label}</label>
            <HintAndError id=id.clone() hint=hint error=error/>
            <select
                class=move || if error.with(Option::is_some) { "select input--error" } else { "select" }
                id=id.clone()
                name=id
                aria-describedby=describedby
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {options}
            </select>
        </FormGroup>
    }
}
