//! Opening a delivered triage: choose or drop its JSON file, or paste it. Checked
//! against the payload's rules before anything is shown; a file that is not a triage,
//! is damaged, or comes from a newer version is refused with the reason, and nothing
//! is half-opened.
use super::state::use_review;
use crate::domain::review::parse_triage;
use crate::domain::triage::FieldError;
use crate::ui::config_state::use_config;
use crate::ui::fields::TextArea;
use crate::ui::open_file::read_text;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn OpenTriage() -> impl IntoView {
    let state = use_review();
    let config = use_config();
    let pasted = RwSignal::new(String::new());
    let open = move |text: String, field: &'static str| {
        let Some(c) = config.with_untracked(|c| c.ready().cloned()) else { return };
        match parse_triage(&text) {
            Ok(payload) => state.open(payload, &c),
            Err(problems) => state.show_errors(
                problems.into_iter().map(|message| FieldError { field: field.to_string(), message }).collect(),
            ),
        }
    };
    let chosen = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        spawn_local(async move {
            match read_text(file).await {
                Some(text) => open(text, "triage-file"),
                None => state.show_errors(vec![FieldError { field: "triage-file".into(), message: "The file could not be read. Choose it again, or paste its text below".into() }]),
            }
        });
    };
    // A closure over the review's own errors, not a derived signal owned by this part:
    // opening a triage removes this part while its class and message may still update.
    let errors = state.errors;
    let file_error = move || errors.with(|e| e.iter().find(|x| x.field == "triage-file").map(|x| x.message.clone()));
    view! {
        <p>"Open the triage's JSON file, as the force's flow delivered it (attached to the email, or saved from the inbox). Nothing is uploaded: the file is read in this browser."</p>
        <div class=move || if file_error().is_some() { "form-group form-group--error" } else { "form-group" }>
            <label class="label label--m" for="triage-file">"Choose or drop the triage's file"</label>
            <div class="hint" id="triage-file-hint">"A file ending .json, named like SPO-7KX4-M9QA.json"</div>
            {move || file_error().map(|m| view! { <p class="error-message" id="triage-file-error"><span class="visually-hidden">"Error: "</span>{m}</p> })}
            <input type="file" id="triage-file" class="file-input" accept=".json,application/json"
                aria-describedby=move || if file_error().is_some() { "triage-file-hint triage-file-error" } else { "triage-file-hint" }
                on:change=chosen/>
        </div>
        <TextArea id="triage-text" label="Or paste the triage's JSON" value=crate::ui::fields::Bind::new(move || pasted.get(), move |v| pasted.set(v))
            error=state.error_for("triage-text") rows=6/>
        <button type="button" class="button button--secondary" id="open-pasted" on:click=move |_| open(pasted.get_untracked(), "triage-text")>"Open the pasted triage"</button>
    }
}
