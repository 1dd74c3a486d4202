//! Sending the triage: the same submission id and reference on every retry, a timeout,
//! any 2xx counted as success, and every failure explained in plain words.
use super::state::{Pending, Sent, TriageState, PENDING_KEY};
use crate::domain::config::Config;
use crate::domain::triage::{priority, receipt_is_expected, rfc3339_from_unix_millis, text_copy, Payload, Priority, Reference, SubmissionId, SubmissionMeta};
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
    state.triage.with_untracked(|t| Payload::build(t, &rules_now(state, config), meta))
}

/// The rules as the pages use them (with the conditions catalogue once loaded).
pub fn rules_now(state: &TriageState, config: &Config) -> crate::domain::triage::RulesContext {
    state.rules.get_untracked().map(|r| (*r).clone()).unwrap_or_else(|| TriageState::rules(config))
}

/// Said when the browser knows it has no network: nothing was sent.
const OFFLINE: &str = "This computer is offline, so your triage has not been sent. Your answers are kept on this page. When the connection is back, press \u{201c}Try again\u{201d}.";
/// Said when the network went while sending.
const CONNECTION_LOST: &str = "The connection was lost while sending. Your triage may not have arrived. Your answers are kept on this page. When the connection is back, press \u{201c}Try again\u{201d}: it sends the same reference, so the triage will not be recorded twice.";

fn online() -> bool {
    window().navigator().on_line()
}

/// POST the payload. `Ok` only when a 2xx came back with a body that confirms it.
pub async fn submit(state: TriageState, config: Config) -> Result<Sent, String> {
    let payload = payload(&state, &config);
    let json = payload.to_json();
    if !online() {
        return Err(OFFLINE.to_string());
    }
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
        Ok(a) if a.redirected => Err(
            "The receiving service did not take the triage: it answered by sending the form to another address (often a sign-in page, or the service has moved). Your triage may not have arrived. Try again; if the same happens, download your answers, send them to the stalking unit by email, and tell your IT service desk.".to_string(),
        ),
        Ok(a) if (200..300).contains(&a.status) && !receipt_is_expected(&a.body, &payload.reference) => Err(
            "The receiving service answered, but not in the way this form expects, so it is not certain your triage arrived. Check with the stalking unit before sending again. Sending again is safe: it carries the same reference, so the triage will not be recorded twice.".to_string(),
        ),
        Ok(a) if (200..300).contains(&a.status) => Ok(Sent {
            reference: payload.reference.clone(),
            submitted_at: payload.submitted_at.clone(),
            text_copy: state.triage.with_untracked(|t| text_copy(t, &rules_now(&state, &config), &payload.meta())),
            json,
            urgent: state.triage.with_untracked(priority) == Priority::Urgent,
        }),
        Ok(a) => Err(explain_status(a.status, &a.body)),
        Err(FetchFailure::TimedOut(s)) => Err(format!(
            "There was no answer from the receiving service within {s} seconds. Your answers may not have arrived. Trying again is safe: it sends the same reference, so the triage will not be recorded twice."
        )),
        Err(FetchFailure::Unreachable) if !online() => Err(CONNECTION_LOST.to_string()),
        Err(FetchFailure::Unreachable) => Err(
            "Your answers could not be sent, or the connection was lost before an answer came back. This computer may be offline, or the receiving service could not be reached or does not accept requests from this site. Trying again is safe: it sends the same reference, so the triage will not be recorded twice.".to_string(),
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
        413 => format!("The receiving service refused the answers because they are too large (error 413).{said} Shorten the longest answers and try again, or download your answers and email them to the stalking unit."),
        400..=499 => format!("The receiving service refused the answers (error {status}).{said} Try again; if it happens again, download your answers and email them to the stalking unit."),
        _ => format!("The receiving service had a problem (error {status}).{said} Your answers are safe on this page. Try again in a few minutes."),
    }
}
