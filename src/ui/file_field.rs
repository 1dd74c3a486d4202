//! A labelled box for choosing a JSON file (a triage, an advice file), read as text in
//! the browser when chosen: nothing is uploaded. Its errors are shown above it and in
//! the page's summary. Used by the officer's "Open advice" page and the Pack area.
use crate::domain::triage::FieldError;
use crate::ui::open_file::read_text;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A chosen file: its name and text.
pub type Chosen = RwSignal<Option<(String, String)>>;

/// A labelled file input whose file is read as text when chosen; its errors are shown
/// above it and in the summary.
#[component]
pub fn FileField(id: &'static str, label: &'static str, hint: &'static str, chosen: Chosen, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let error = Signal::derive(move || errors.with(|e| e.iter().find(|x| x.field == id).map(|x| x.message.clone())));
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            chosen.set(None);
            return;
        };
        let name = file.name();
        spawn_local(async move {
            match read_text(file).await {
                Some(text) => {
                    chosen.set(Some((name, text)));
                    errors.update(|e| e.retain(|x| x.field != id));
                }
                None => {
                    chosen.set(None);
                    errors.update(|e| e.push(FieldError::new(id, "The file could not be read. Choose it again")));
                }
            }
        });
    };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    // The chosen file's name is part of the box's description, so it is read out with it.
    let describedby = {
        let (h, e) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = h.clone();
            if error.with(Option::is_some) {
                ids.push_str(&format!(" {e}"));
            }
            if chosen.with(Option::is_some) {
                ids.push_str(&format!(" {id}-chosen"));
            }
            ids
        }
    };
    view! {
        <div class=move || if error.with(Option::is_some) { "form-group form-group--error" } else { "form-group" }>
            <label class="label label--m" for=id>{label}</label>
            <div class="hint" id=hint_id>{hint}</div>
            {move || error.get().map(|m| view! { <p class="error-message" id=error_id.clone()><span class="visually-hidden">"Error: "</span>{m}</p> })}
            <input type="file" id=id class="file-input" accept=".json,application/json" aria-describedby=describedby on:change=on_change/>
            {move || chosen.get().map(|(name, _)| view! { <p class="hint" id=format!("{id}-chosen")>{format!("Chosen: {name}")}</p> })}
        </div>
    }
}
