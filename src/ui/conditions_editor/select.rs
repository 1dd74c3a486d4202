//! A drop-down list with label, hint and error, built like the shared fields (the
//! shared set has no select): used for a distance's unit and the catalogue filters.
use crate::ui::fields::{Bind, ErrorMessage, Hint};
use leptos::prelude::*;

#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    /// Each choice as (value, label); the value "" means nothing chosen.
    options: Vec<(String, String)>,
    value: Bind<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: Option<String>,
    /// Extra classes on the form group, e.g. for an inline layout.
    #[prop(optional)] group_class: &'static str,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let describedby = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let options = options
        .into_iter()
        .map(|(v, text)| {
            let chosen = v.clone();
            view! { <option value=v prop:selected=move || value.get() == chosen>{text}</option> }
        })
        .collect_view();
    view! {
        <div class=move || format!("form-group {group_class}{}", if error.with(Option::is_some) { " form-group--error" } else { "" })>
            <label class="label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <Hint id=hint_id text=h/> })}
            {move || error.get().map(|m| view! { <ErrorMessage id=error_id.clone() message=m/> })}
            <select
                class=move || if error.with(Option::is_some) { "select input--error" } else { "select" }
                id=id.clone()
                name=id
                aria-describedby=describedby
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {options}
            </select>
        </div>
    }
}
