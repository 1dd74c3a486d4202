//! Check your answers: every answer under its section with a change link, the
//! declaration, and sending, with every failure kept on the page and a way to retry
//! or take the answers away.
use super::draft_conflict::DraftAlerts;
use super::state::{use_triage, TriageState};
use super::submit::{payload, submit};
use crate::domain::triage::{field_ids, validate_answers, FieldError, SectionId};
use crate::ui::base::href;
use crate::ui::config_state::use_config;
use crate::ui::download::{download_text, today_stamp};
use crate::ui::fields::ErrorSummary;
use crate::ui::page::{use_title, PageHeading};
use crate::ui::storage;
use crate::ui::summary_row::SummaryRow;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

#[component]
pub fn CheckAnswers() -> impl IntoView {
    let state = use_triage();
    let config = use_config();
    state.clear_errors();
    let errors = state.errors;
    use_title(move || format!("{}Check your answers – SPO triage", if errors.with(|e| e.is_empty()) { "" } else { "Error: " }));
    let sending = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    // After an offline failure, say when the connection is back so the officer can retry.
    let back_online = RwSignal::new(false);
    let online = window_event_listener_untyped("online", move |_| back_online.set(failure.with_untracked(Option::is_some)));
    let offline = window_event_listener_untyped("offline", move |_| back_online.set(false));
    on_cleanup(move || {
        online.remove();
        offline.remove();
    });
    let navigate = use_navigate();

    let sections = move || {
        let c = config.with(|c| c.ready().cloned())?;
        Some(payload_preview(&state, &c))
    };
    let on_send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return;
        }
        let Some(c) = config.with_untracked(|c| c.ready().cloned()) else { return };
        let problems = problems(&state, &c);
        if !problems.is_empty() {
            state.show_errors(problems);
            return;
        }
        state.clear_errors();
        failure.set(None);
        back_online.set(false);
        sending.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            match submit(state, c.clone()).await {
                Ok(sent) => {
                    let _ = state.delete_draft(c.drafts.storage);
                    state.sent.set(Some(sent));
                    navigate("/triage/confirmation", Default::default());
                }
                Err(why) => failure.set(Some(why)),
            }
            sending.set(false);
        });
    };
    let download = move |json: bool| {
        let Some(c) = config.with_untracked(|c| c.ready().cloned()) else { return };
        let p = payload(&state, &c);
        let (name, mime, text) = if json {
            (format!("spo-triage-{}.json", today_stamp()), "application/json", p.to_json())
        } else {
            (format!("spo-triage-{}.txt", today_stamp()), "text/plain", format!("{}\n{}\n{}", c.protective_marking, p.to_text(), c.protective_marking))
        };
        if let Err(e) = download_text(&name, mime, &text) {
            failure.update(|f| *f = Some(format!("{} {e}", f.clone().unwrap_or_default())));
        }
    };
    let t = state.triage;
    view! {
        <p class="no-print"><a class="back-link" href=href("triage")>"Back to the task list"</a></p>
        <ErrorSummary errors=errors attempt=state.attempt/>
        <PageHeading caption="SPO triage">"Check your answers before sending"</PageHeading>
        <DraftAlerts/>
        {move || failure.get().map(|why| view! {
            <div class="notice notice--error" role="alert" id="send-failed" tabindex="-1">
                <h2 class="heading-m">"Your triage has not been sent"</h2>
                <p>{why}</p>
                <p>"Nothing has been lost: your answers are still here."</p>
                {move || back_online.get().then(|| view! { <p id="back-online"><strong>"This computer is back online: you can try again now."</strong></p> })}
                <button type="submit" form="send-form" class="button" id="try-again">"Try again"</button>
                <button type="button" class="button button--secondary" id="download-json" on:click=move |_| download(true)>"Download your answers (JSON)"</button>
                <button type="button" class="button button--secondary" id="download-text" on:click=move |_| download(false)>"Download a readable copy (text)"</button>
            </div>
        })}
        {move || sections().unwrap_or_default().into_iter().map(|(section, rows)| view! {
            <h2 class="heading-m" id=format!("answers-{}", section.slug())>{section.title()}</h2>
            <dl class="summary-list">
                {rows.into_iter().map(|(k, v)| {
                    let change = href(&format!("triage/{}", section.slug()));
                    view! { <SummaryRow key=k value=v change=change/> }
                }).collect_view()}
            </dl>
            <p class="no-print"><a id=format!("change-{}", section.slug()) href=href(&format!("triage/{}", section.slug()))>
                "Change all answers in " <span class="visually-hidden">"the section "</span>{section.title().to_lowercase()}</a></p>
        }).collect_view()}
        <form novalidate on:submit=on_send id="send-form">
            <h2 class="heading-m">"Declaration"</h2>
            <div class=move || if state.error_for(field_ids::DECLARATION_CONFIRMED).get().is_some() { "form-group form-group--error" } else { "form-group" }>
                {move || state.error_for(field_ids::DECLARATION_CONFIRMED).get().map(|m| view! {
                    <p class="error-message" id="declaration-confirmed-error"><span class="visually-hidden">"Error: "</span>{m}</p>
                })}
                <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" id=field_ids::DECLARATION_CONFIRMED
                        prop:checked=move || t.with(|t| t.declaration.confirmed)
                        on:change=move |ev| { let on = event_target_checked(&ev); t.update(|t| t.declaration.confirmed = on); } />
                    <label class="label checkboxes__label" for=field_ids::DECLARATION_CONFIRMED>
                        "I confirm that the information in this triage is correct to the best of my knowledge, and that it is based on the investigation's records."</label>
                </div>
            </div>
            <button class="button" type="submit" id="send" disabled=move || sending.get() aria-disabled=move || sending.get().to_string()>
                {move || if sending.get() { "Sending…" } else { "Send the triage" }}
            </button>
            <p role="status" aria-live="polite" class="visually-hidden">{move || if sending.get() { "Sending your triage" } else { "" }}</p>
        </form>
    }
}

/// The answers as they will be sent, by section (the declaration is asked below).
fn payload_preview(state: &TriageState, config: &crate::domain::config::Config) -> Vec<(SectionId, Vec<(String, String)>)> {
    let p = state.triage.with(|t| {
        let meta = crate::domain::triage::SubmissionMeta {
            submission_id: String::new(),
            reference: String::new(),
            submitted_at: crate::domain::triage::rfc3339_from_unix_millis(storage::now_millis()),
            app_version: String::new(),
            force_name: config.force.name.clone(),
        };
        crate::domain::triage::Payload::build(t, &TriageState::rules(config), meta)
    });
    p.answer_sections().into_iter().filter(|s| s.section != SectionId::Declaration).map(|s| (s.section, s.rows)).collect()
}

/// What stops sending: each section with problems (linking to its change link), then
/// the declaration.
fn problems(state: &TriageState, config: &crate::domain::config::Config) -> Vec<FieldError> {
    let ctx = TriageState::rules(config);
    let (mut list, declared) = state.triage.with_untracked(|t| (validate_answers(t, &ctx), t.declaration.confirmed));
    let mut errors: Vec<FieldError> = list
        .drain(..)
        .filter(|s| s.section != SectionId::Declaration)
        .map(|s| FieldError {
            field: format!("change-{}", s.section.slug()),
            message: format!("{}: {} answer{} need{} attention. Change this section", s.section.title(), s.errors.len(),
                if s.errors.len() == 1 { "" } else { "s" }, if s.errors.len() == 1 { "s" } else { "" }),
        })
        .collect();
    if !declared {
        errors.push(FieldError { field: field_ids::DECLARATION_CONFIRMED.into(), message: "Confirm that the information is correct to send the triage".into() });
    }
    errors
}
