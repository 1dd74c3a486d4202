//! Sending the triage: the same submission id and reference on every retry, a timeout,
//! any 2xx counted as success, and every failure explained in plain words.
use super::state::{Pending, Sent, TriageState, PENDING_KEY};
use crate::domain::config::Config;
use crate::domain::triage::{priority, rfc3339_from_unix_millis, Payload, Priority, Reference, SubmissionId, SubmissionMeta};
use crate::domain::version::APP_VERSION;
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
    let _ = storage::write(config.drafts.storage, PENDING_KEY, &serde_json::to_string(&p).unwrap_or_default());
    state.pending.set(Some(p.clone()));
    p
}

/// The payload for this triage now.
pub fn payload(state: &TriageState, config: &Config) -> Payload {
    let p = pending(state, config);
    let meta = SubmissionMeta {
        submission_id: p.submission_id,
        reference: p.reference,
        submitted_at: rfc3339_from_unix_millis(storage::now_millis()),
        app_version: APP_VERSION.to_string(),
        force_name: config.force.name.clone(),
    };
    state.triage.with_untracked(|t| Payload::build(t, &TriageState::rules(config), meta))
}

/// POST the payload. `Ok` only when a 2xx came back.
pub async fn submit(state: TriageState, config: Config) -> Result<Sent, String> {
    let payload = payload(&state, &config);
    let json = payload.to_json();
    let answer = send(Call {
        method: "POST",
        url: &config.endpoint.url,
        body: Some(&json),
        json: true,
        credentials: config.endpoint.send_credentials,
        timeout_seconds: config.endpoint.timeout_seconds,
        read_headers: &[],
    })
    .await;
    match answer {
        Ok(a) if (200..300).contains(&a.status) => Ok(Sent {
            reference: payload.reference.clone(),
            submitted_at: payload.submitted_at.clone(),
            text_copy: payload.to_text(),
            json,
            urgent: state.triage.with_untracked(priority) == Priority::Urgent,
        }),
        Ok(a) => Err(explain_status(a.status, &a.body)),
        Err(FetchFailure::TimedOut(s)) => Err(format!(
            "There was no answer from the receiving service within {s} seconds. Your answers may not have arrived. Trying again is safe: it sends the same reference, so the triage will not be recorded twice."
        )),
        Err(FetchFailure::Unreachable) => Err(
            "Your answers could not be sent. This computer may be offline, or the receiving service could not be reached or does not accept requests from this site.".to_string(),
        ),
    }
}

/// A plain-English reason for a non-2xx answer, with the receiver's own message if it gave one.
fn explain_status(status: u16, body: &str) -> String {
    let detail = serde_json::from_str::<serde_json::Value>(body).ok().and_then(|v| {
        ["error", "message", "detail"].iter().find_map(|k| v.get(k).and_then(|m| m.as_str()).map(|m| m.chars().take(300).collect::<String>()))
    });
    let said = detail.map(|d| format!(" It said: \u{201c}{d}\u{201d}.")).unwrap_or_default();
    match status {
        400..=499 => format!("The receiving service refused the answers (error {status}).{said} Try again; if it happens again, download your answers and email them to the stalking unit."),
        _ => format!("The receiving service had a problem (error {status}).{said} Your answers are safe on this page. Try again in a few minutes."),
    }
}
