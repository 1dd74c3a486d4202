//! Keeping answers: where the draft lives, save to and open from a file (whatever the
//! storage policy), and deleting the draft from this computer.
use super::state::{use_triage, TriageState};
use crate::domain::config::DraftStorage;
use crate::domain::triage::answering::HOLDS_ADVICE;
use crate::domain::triage::{rfc3339_from_unix_millis, DraftError, SavedTriage};
use crate::domain::version::APP_VERSION;
use crate::ui::config_state::{use_config, ConfigState};
use crate::ui::download::{download_text, today_stamp};
use crate::ui::open_file::read_text;
use crate::ui::storage;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn DraftTools() -> impl IntoView {
    let state = use_triage();
    let config = use_config();
    let message = RwSignal::new(None::<(bool, String)>);
    let waiting = RwSignal::new(None::<SavedTriage>);
    let confirm_delete = RwSignal::new(false);
    let policy = move || config.with(|c| c.ready().map(|c| (c.drafts.storage, c.drafts.expiry_hours)));
    let has_answers = move || state.triage.with(|t| t.has_any_answers());

    let save_file = move |_| {
        let saved = SavedTriage::new(state.triage.get_untracked(), &rfc3339_from_unix_millis(storage::now_millis()), APP_VERSION);
        message.set(Some(match download_text(&format!("spo-triage-draft-{}.json", today_stamp()), "application/json", &saved.to_json()) {
            Ok(()) => (true, "Your answers have been saved to a file. Keep it somewhere secure: it holds personal details.".into()),
            Err(e) => (false, e),
        }));
    };
    let opened = move |text: &str| match SavedTriage::parse(text) {
        // Answers with advice this build cannot hold: opened by the advice build instead.
        Err(DraftError::HoldsAdvice) if super::advice_build::open_file_there(text) => {}
        Err(e) => message.set(Some((false, format!("{e}. Your current answers have not been changed.")))),
        Ok(saved) if has_answers() => {
            message.set(None);
            waiting.set(Some(saved));
        }
        Ok(saved) => replace(state, saved, message, config),
    };
    let open_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        spawn_local(async move {
            let text = read_text(file).await.unwrap_or_default();
            opened(&text);
        });
    };
    // A draft file chosen in the plain build, which reloaded as this one to open it.
    if HOLDS_ADVICE {
        Effect::new(move |_| {
            if state.ready.get() {
                if let Some(text) = super::advice_build::take_file() {
                    opened(&text);
                }
            }
        });
    }
    let delete = move |_| {
        let Some((p, _)) = policy() else { return };
        confirm_delete.set(false);
        message.set(Some(match state.delete_draft(p) {
            Ok(()) => (true, "Your draft has been deleted from this computer.".into()),
            Err(e) => (false, e),
        }));
    };
    view! {
        <section class="draft-tools no-print" aria-labelledby="draft-tools-title">
            <h2 class="heading-m" id="draft-tools-title">"Your draft"</h2>
            <p id="draft-policy">{move || policy().map(|(p, h)| match (p, h) {
                (DraftStorage::ThisComputer, Some(h)) => format!("{}. Drafts are deleted after {h} hours.", p.describe()),
                _ => format!("{}.", p.describe()),
            })}
            {move || state.draft.with(|d| d.last_saved.clone()).map(|w| format!(" Last saved {w}."))}</p>
            <div role="status" aria-live="polite" id="draft-message">
                {move || message.get().map(|(ok, m)| view! { <p class=if ok { "notice notice--success" } else { "notice notice--error" }>{m}</p> })}
            </div>
            {move || waiting.get().map(|saved| {
                let s2 = saved.clone();
                view! {
                    <div class="notice notice--warning" id="replace-question">
                        <p><strong>"Replace your current answers with the answers in the file?"</strong></p>
                        <button type="button" class="button button--warning" id="replace-yes" on:click=move |_| { waiting.set(None); replace(state, s2.clone(), message, config); }>"Replace my answers"</button>
                        <button type="button" class="button button--secondary" on:click=move |_| { waiting.set(None); message.set(Some((true, "Your current answers have been kept.".into()))); }>"Keep my current answers"</button>
                    </div>
                }
            })}
            <button type="button" class="button button--secondary" id="save-to-file" on:click=save_file>"Save to a file"</button>
            <div class="form-group">
                <label class="label" for="open-file">"Open a saved file"</label>
                <input type="file" id="open-file" class="file-input" accept=".json,application/json" on:change=open_file/>
            </div>
            {move || if confirm_delete.get() {
                view! {
                    <div class="notice notice--warning">
                        <p><strong>"Delete this draft from this computer? This cannot be undone."</strong></p>
                        <button type="button" class="button button--warning" id="delete-draft-yes" on:click=delete>"Yes, delete it"</button>
                        <button type="button" class="button button--secondary" on:click=move |_| confirm_delete.set(false)>"No, keep it"</button>
                    </div>
                }.into_any()
            } else {
                view! { <button type="button" class="button button--warning" id="delete-draft" on:click=move |_| confirm_delete.set(true)>"Delete this draft from this computer"</button> }.into_any()
            }}
        </section>
    }
}

fn replace(state: TriageState, saved: SavedTriage, message: RwSignal<Option<(bool, String)>>, config: RwSignal<ConfigState>) {
    state.triage.set(saved.triage);
    state.pending.set(None);
    message.set(Some((true, "The saved answers have been opened.".into())));
    // A file may come from another day: sections it marks complete are checked again.
    if let Some(c) = config.with_untracked(|c| c.ready().cloned()) {
        state.triage.update(|t| {
            t.refresh_completed(&TriageState::rules(&c));
        });
    }
}

