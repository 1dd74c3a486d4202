//! Check your answers: every answer under its section with a change link, the
//! declaration, and sending, with every failure kept on the page and a way to retry
//! or take the answers away.
use super::draft_conflict::DraftAlerts;
use super::questions_view::SectionQuestions;
use super::state::{use_triage, TriageState};
use super::submit::{download_email, email_to_send, payload, rules_now, submit};
use crate::domain::triage::{answer_sections, text_copy, validate_answers, validate_section, FieldError, SectionId};
use crate::ui::base::href;
use crate::ui::config_state::use_config;
use crate::ui::download::{download_text, today_stamp};
use crate::ui::fields::ErrorSummary;
use crate::ui::page::{use_title, PageHeading};
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

    // The rows as they will be sent, by section (the declaration is asked below).
    let sections = move || {
        let rules = state.rules.get()?;
        let list = state.triage.with(|t| answer_sections(t, &rules));
        Some(list.into_iter().filter(|s| s.section != SectionId::Declaration).map(|s| (s.section, s.rows)).collect::<Vec<_>>())
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
                    // An email still to be sent keeps the answers until the officer
                    // says it has gone (the confirmation page asks).
                    if sent.email.is_none() {
                        let _ = state.delete_draft(c.drafts.storage);
                    }
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
            let text = state.triage.with_untracked(|t| text_copy(t, &rules_now(&state, &c), &p.meta()));
            (format!("spo-triage-{}.txt", today_stamp()), "text/plain", format!("{}\n{}\n{}", c.protective_marking, text, c.protective_marking))
        };
        if let Err(e) = download_text(&name, mime, &text) {
            failure.update(|f| *f = Some(format!("{} {e}", f.clone().unwrap_or_default())));
        }
    };
    // After a failed send: the same triage as an email to send from Outlook.
    let download_eml = move |_| {
        let Some(c) = config.with_untracked(|c| c.ready().cloned()) else { return };
        let result = email_to_send(&payload(&state, &c), &c).ok_or_else(|| "The email could not be made.".to_string()).and_then(|e| download_email(&e));
        if let Err(e) = result {
            failure.update(|f| *f = Some(format!("{} {e}", f.clone().unwrap_or_default())));
        }
    };
    let by_email = move || config.with(|c| c.ready().is_some_and(|c| c.send_to().is_none()));
    view! {
        <p class="no-print"><a class="back-link" href=href("triage")>"Back to the task list"</a></p>
        <ErrorSummary errors=errors attempt=state.attempt/>
        <PageHeading caption="SPO triage">"Check your answers before sending"</PageHeading>
        <DraftAlerts/>
        <AdviceProgress/>
        {move || failure.get().map(|why| view! {
            <div class="notice notice--error" role="alert" id="send-failed" tabindex="-1">
                <h2 class="heading-m">"Your triage has not been sent"</h2>
                <p>{why}</p>
                <p>"Nothing has been lost: your answers are still here."</p>
                {move || back_online.get().then(|| view! { <p id="back-online"><strong>"This computer is back online: you can try again now."</strong></p> })}
                <button type="submit" form="send-form" class="button" id="try-again">"Try again"</button>
                <p>"You can also send it yourself: download it as an email addressed to legal services and the stalking unit, open the file (it opens in Outlook as a new email) and send it."</p>
                <button type="button" class="button button--secondary" id="download-eml" on:click=download_eml>"Download as an email to send (.eml)"</button>
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
            <SectionQuestions section=SectionId::Declaration/>
            <button class="button" type="submit" id="send" disabled=move || sending.get() aria-disabled=move || sending.get().to_string()>
                {move || match (sending.get(), by_email()) {
                    (true, true) => "Making the email…",
                    (true, false) => "Sending…",
                    (false, true) => "Make the email to send",
                    (false, false) => "Send the triage",
                }}
            </button>
            {move || by_email().then(|| view! {
                <p class="hint" id="send-by-email-hint">"This force takes triages by email: the form makes an email addressed to legal services and the stalking unit, for you to open and send from your own mailbox."</p>
            })}
            <p role="status" aria-live="polite" class="visually-hidden">{move || if sending.get() { "Sending your triage" } else { "" }}</p>
        </form>
    }
}

/// With legal advice in hand: what is still open, and what the next version will say
/// changed since the version the advice is on.
#[component]
fn AdviceProgress() -> impl IntoView {
    let state = use_triage();
    move || {
        let rules = state.rules.get()?;
        state.triage.with(|t| {
            let a = t.answering()?;
            let open: Vec<_> = a.still_open().into_iter().map(|c| (c.section, format!("{}: {}", c.kind.label(), c.label))).collect();
            let changed = a.changed(t, &rules);
            let next = a.on.version + 1;
            Some(view! {
                <div class="notice" id="advice-progress">
                    <h2 class="heading-m">{format!("Sending version {next} of {}", a.on.reference)}</h2>
                    {if open.is_empty() {
                        view! { <p id="still-open">"You have marked every comment from legal services as answered."</p> }.into_any()
                    } else {
                        view! {
                            <p>"These comments from legal services are not marked as answered. You can still send; they will be shown as not answered."</p>
                            <ul class="list" id="still-open">
                                {open.into_iter().map(|(section, text)| view! {
                                    <li><a href=href(&format!("triage/{}", section.slug()))>{text}</a></li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <h3 class="heading-s">{format!("Changed since version {}", a.on.version)}</h3>
                    {if changed.is_empty() {
                        view! { <p id="changed-since">"Nothing yet."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="list" id="changed-since">
                                {changed.into_iter().map(|c| view! { <li>{format!("{}: {}", c.change.label(), c.label)}</li> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </div>
            })
        })
    }
}

/// What stops sending: each section with problems (linking to its change link), then
/// the declaration.
fn problems(state: &TriageState, config: &crate::domain::config::Config) -> Vec<FieldError> {
    let ctx = rules_now(state, config);
    let (mut list, declaration) =
        state.triage.with_untracked(|t| (validate_answers(t, &ctx), validate_section(t, SectionId::Declaration, &ctx)));
    let mut errors: Vec<FieldError> = list
        .drain(..)
        .filter(|s| s.section != SectionId::Declaration)
        .map(|s| FieldError {
            field: format!("change-{}", s.section.slug()),
            message: format!("{}: {} answer{} need{} attention. Change this section", s.section.title(), s.errors.len(),
                if s.errors.len() == 1 { "" } else { "s" }, if s.errors.len() == 1 { "s" } else { "" }),
        })
        .collect();
    errors.extend(declaration);
    errors
}
