//! Sending the triage: the same submission id and reference on every retry, a timeout,
//! and the browser's answer handed to the domain's [`SendOutcome`], which says what it
//! means in plain words.
use super::state::{EmailToSend, Pending, Sent, TriageState, PENDING_KEY};
use crate::domain::config::Config;
use crate::domain::triage::{
    priority, rfc3339_from_unix_millis, text_copy, NoAnswer, Payload, Priority, Reference, Response, SendOutcome, SubmissionId,
    SubmissionMeta,
};
use crate::domain::triage::notification::{eml_file_name, handoff_email};
use crate::domain::version::APP_VERSION;
use crate::ui::download::download_text;
use crate::ui::fetch::{send, Call, FetchFailure};
use crate::ui::storage;
use leptos::prelude::*;

/// 16 random bytes from the browser's cryptographic generator.
fn random_bytes() -> [u8; 16] {
    let mut buf = [0u8; 16];
    if let Ok(crypto) = window().crypto() {
        let _ = crypto.get_random_values_with_u8_array(&mut buf);
    }
    buf
}

/// The id and reference for this triage: made once, kept with the draft, reused on retry.
pub fn pending(state: &TriageState, config: &Config) -> Pending {
    if let Some(p) = state.pending.get_untracked() {
        return p;
    }
    let p = Pending {
        submission_id: SubmissionId::from_random_bytes(&random_bytes()).as_str().to_string(),
        reference: Reference::from_random_bytes(&random_bytes()).as_str().to_string(),
    };
    let _ = storage::drafts(config).write(PENDING_KEY, &serde_json::to_string(&p).unwrap_or_default());
    state.pending.set(Some(p.clone()));
    p
}

/// The payload for this triage now, with its ready-made message.
pub fn payload(state: &TriageState, config: &Config) -> Payload {
    let p = pending(state, config);
    let meta = SubmissionMeta {
        submission_id: p.submission_id,
        reference: p.reference,
        submitted_at: rfc3339_from_unix_millis(storage::now_millis()),
        app_version: APP_VERSION.to_string(),
        force_name: config.force.name.clone(),
    };
    let rules = rules_now(state, config);
    state.triage.with_untracked(|t| {
        let p = Payload::build(t, &rules, meta);
        // Answering legal advice: the next version of the same case.
        let p = match t.answering() {
            Some(a) => a.next_version(p, t, &rules),
            None => p,
        };
        p.with_notification(t, &rules, &config.protective_marking)
    })
}

/// The payload as an email addressed to legal services and the stalking unit.
pub fn email_to_send(payload: &Payload, config: &Config) -> Option<EmailToSend> {
    let email = handoff_email(payload, config)?;
    Some(EmailToSend { file_name: eml_file_name(payload), eml: email.to_eml(), to: email.to })
}

/// Save the email as a file for the officer to open in their email program.
pub fn download_email(email: &EmailToSend) -> Result<(), String> {
    download_text(&email.file_name, "message/rfc822", &email.eml)
}

/// The rules as the pages use them (with the conditions catalogue once loaded).
pub fn rules_now(state: &TriageState, config: &Config) -> crate::domain::triage::RulesContext {
    state.rules.get_untracked().map(|r| (*r).clone()).unwrap_or_else(|| TriageState::rules(config))
}

fn online() -> bool {
    window().navigator().on_line()
}

/// POST the payload, or with email delivery make the email to send. `Ok` only when a
/// 2xx came back with a body that confirms it (or the email was saved); what each
/// answer means is [`SendOutcome`]'s to say, this only fetches.
pub async fn submit(state: TriageState, config: Config) -> Result<Sent, String> {
    let payload = payload(&state, &config);
    let json = payload.to_json();
    let Some(endpoint) = config.send_to().cloned() else {
        let email = email_to_send(&payload, &config).ok_or_else(|| "The email could not be made.".to_string())?;
        download_email(&email)?;
        return Ok(sent(&state, &config, &payload, json, Some(email)));
    };
    let outcome = if !online() {
        SendOutcome::from_no_answer(NoAnswer::Offline)
    } else {
        let answer = send(Call {
            method: "POST",
            url: &endpoint.url,
            body: Some(&json),
            json: true,
            credentials: endpoint.send_credentials,
            timeout_seconds: endpoint.timeout_seconds,
            read_headers: &[],
        })
        .await;
        match answer {
            Ok(a) => SendOutcome::from_response(&Response { status: a.status, redirected: a.redirected, body: a.body }, &payload.reference),
            Err(FetchFailure::TimedOut(seconds)) => SendOutcome::from_no_answer(NoAnswer::TimedOut { seconds }),
            Err(FetchFailure::Unreachable) => SendOutcome::from_no_answer(NoAnswer::Failed { online: online() }),
        }
    };
    if let Some(why) = outcome.message() {
        return Err(why);
    }
    Ok(sent(&state, &config, &payload, json, None))
}

fn sent(state: &TriageState, config: &Config, payload: &Payload, json: String, email: Option<EmailToSend>) -> Sent {
    Sent {
        reference: payload.reference.clone(),
        submitted_at: payload.submitted_at.clone(),
        text_copy: state.triage.with_untracked(|t| text_copy(t, &rules_now(state, config), &payload.meta())),
        json,
        urgent: state.triage.with_untracked(priority) == Priority::Urgent,
        email,
    }
}
