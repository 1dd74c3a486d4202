//! Saving the set as a file and opening a saved one. A file that is not a saved set,
//! is damaged or comes from another version is refused with the domain's message,
//! and a good file never replaces the conditions already in the builder unasked.
use super::browser::now_rfc3339;
use crate::ui::open_file::read_text;
use crate::ui::download::{download_text, today_stamp};
use super::state::{empty_set, BuilderState};
use crate::domain::conditions::set_file::{open, OpenedSet};
use crate::ui::conditions_editor::{focus_later, use_catalogue};
use crate::ui::fields::{ErrorMessage, Hint};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// Id of the file input, so error summaries can link to it.
pub const SET_FILE_FIELD: &str = "set-file";
const CONFIRM_ID: &str = "set-file-confirm";

fn describe(n: usize) -> String {
    if n == 1 { "1 condition".into() } else { format!("{n} conditions") }
}

#[component]
pub fn SetFiles(
    state: BuilderState,
    /// The problem with the last file chosen, shown here and in the page's error summary.
    file_error: RwSignal<Option<String>>,
    /// Goes up each time a file is refused, so the error summary takes focus.
    attempt: RwSignal<u32>,
) -> impl IntoView {
    let catalogue = use_catalogue();
    let status = RwSignal::new(String::new());
    let notices = RwSignal::new(Vec::<String>::new());
    let pending = RwSignal::new(None::<OpenedSet>);
    let apply = move |opened: OpenedSet| {
        let count = opened.set.conditions.len();
        state.set.set(opened.set);
        notices.set(opened.notices);
        pending.set(None);
        status.set(format!("Opened the saved set: {}.", describe(count)));
    };
    let save = move |_| {
        let mut set = state.set.get_untracked();
        set.saved_at = now_rfc3339();
        let name = format!("spo-conditions-set-{}.json", today_stamp());
        if download_text(&name, "application/json", &set.to_json()).is_ok() {
            status.set(format!("The set has been saved as {name}. Open it here later to carry on."));
        } else {
            status.set("The set could not be saved as a file.".into());
        }
    };
    let chosen = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        status.set(String::new());
        spawn_local(async move {
            let text = read_text(file).await;
            let Some(cat) = catalogue.with_untracked(|c| c.ready().cloned()) else {
                file_error.set(Some("The list of conditions has not loaded yet, so the file cannot be opened. Wait a moment and choose the file again.".into()));
                attempt.update(|a| *a += 1);
                return;
            };
            let outcome = match text {
                Some(t) => open(&t, &cat).map_err(|e| e.message()),
                None => Err("The file could not be read. Choose the file again, or try another copy.".into()),
            };
            match outcome {
                Err(message) => {
                    pending.set(None);
                    file_error.set(Some(message));
                    attempt.update(|a| *a += 1);
                }
                Ok(opened) => {
                    file_error.set(None);
                    if state.set.with_untracked(|s| s.conditions.is_empty()) {
                        apply(opened);
                    } else {
                        pending.set(Some(opened));
                        focus_later(CONFIRM_ID.to_string());
                    }
                }
            }
        });
    };
    let describedby = move || {
        let mut ids = vec![format!("{SET_FILE_FIELD}-hint")];
        if file_error.with(Option::is_some) {
            ids.push(format!("{SET_FILE_FIELD}-error"));
        }
        ids.join(" ")
    };
    view! {
        <section class="set-files no-print" aria-labelledby="set-files-title">
            <h2 class="heading-l" id="set-files-title">"Save or open a set"</h2>
            <p>"Save the set as a file to keep it, share it with a colleague or open it again later. The file holds the conditions and your answers about the order."</p>
            <button type="button" class="button button--secondary" id="save-set" on:click=save>"Save this set as a file"</button>
            <div class=move || if file_error.with(Option::is_some) { "form-group form-group--error" } else { "form-group" }>
                <label class="label" for=SET_FILE_FIELD>"Open a saved set"</label>
                <Hint id=format!("{SET_FILE_FIELD}-hint") text="Choose a file saved from this builder. Its name ends in .json.".to_string()/>
                {move || file_error.get().map(|m| view! { <ErrorMessage id=format!("{SET_FILE_FIELD}-error") message=m/> })}
                <input class=move || if file_error.with(Option::is_some) { "file-upload input--error" } else { "file-upload" }
                    type="file" id=SET_FILE_FIELD name=SET_FILE_FIELD accept=".json,application/json"
                    aria-describedby=describedby on:change=chosen/>
            </div>
            {move || pending.get().map(|opened| {
                let current = state.set.with_untracked(|s| s.conditions.len());
                let incoming = opened.set.conditions.len();
                view! {
                    <div class="notice notice--warning confirm" id=CONFIRM_ID tabindex="-1" role="group" aria-labelledby="set-file-confirm-title">
                        <h3 class="heading-s" id="set-file-confirm-title">"Replace the conditions in the builder?"</h3>
                        <p>"The builder already holds " {describe(current)} ". Opening this file replaces them with the saved set of " {describe(incoming)} "."</p>
                        <button type="button" class="button" on:click=move |_| {
                            if let Some(o) = pending.get_untracked() { apply(o); }
                            focus_later("set-files-title".into());
                        }>"Replace them with the saved set"</button>
                        <button type="button" class="button button--secondary" on:click=move |_| {
                            pending.set(None);
                            status.set("The saved set was not opened. The builder still holds your conditions.".into());
                            focus_later(SET_FILE_FIELD.into());
                        }>"Keep the current set"</button>
                    </div>
                }
            })}
            <div role="status" id="set-files-status">
                {move || (!status.get().is_empty()).then(|| view! { <p class="notice notice--success">{status.get()}</p> })}
            </div>
            {move || {
                let list = notices.get();
                (!list.is_empty()).then(|| view! {
                    <div class="notice notice--warning" id="set-file-notices">
                        <h3 class="heading-s">"Some conditions need your attention"</h3>
                        <ul class="list">{list.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
        </section>
        <ClearSet state=state notices=notices/>
    }
}

/// "Clear this set", after asking.
#[component]
fn ClearSet(state: BuilderState, notices: RwSignal<Vec<String>>) -> impl IntoView {
    let asking = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    view! {
        <section class="clear-set no-print" aria-labelledby="clear-set-title">
            <h2 class="heading-l" id="clear-set-title">"Start again"</h2>
            {move || if asking.get() {
                let n = state.set.with_untracked(|s| s.conditions.len());
                view! {
                    <div class="notice notice--warning confirm" id="clear-confirm" tabindex="-1">
                        <p>"This removes all " {describe(n)} " and your answers about the order from the builder. Save the set as a file first if you may need it."</p>
                        <button type="button" class="button button--warning" id="clear-yes" on:click=move |_| {
                            state.set.set(empty_set());
                            notices.set(Vec::new());
                            asking.set(false);
                            status.set("The set has been cleared.".into());
                            focus_later("clear-set".into());
                        }>"Yes, clear this set"</button>
                        <button type="button" class="button button--secondary" on:click=move |_| {
                            asking.set(false);
                            focus_later("clear-set".into());
                        }>"Cancel"</button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="button button--warning" id="clear-set" on:click=move |_| {
                        status.set(String::new());
                        asking.set(true);
                        focus_later("clear-confirm".into());
                    }>"Clear this set"</button>
                }.into_any()
            }}
            <div role="status" id="clear-status">
                {move || (!status.get().is_empty()).then(|| view! { <p>{status.get()}</p> })}
            </div>
        </section>
    }
}
