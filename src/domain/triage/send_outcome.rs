//! What a send's outcome means for the officer. The browser only performs the fetch
//! and maps what it got into a plain [`Response`] or a [`NoAnswer`]; every decision
//! (which answers count as received, what each failure is called, what to do next)
//! lives here, with native tests. Any 2xx with a body that confirms the triage is a
//! success; a redirect, a page in place of a receipt, an error status, a timeout or a
//! lost connection is a failure explained in plain words.
use super::receipt::receipt_is_expected;

/// An HTTP answer from the receiver, as plain data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    /// The POST was answered with a redirect, which is not followed (the status is then 0).
    pub redirected: bool,
    pub body: String,
}

/// Why no answer came back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoAnswer {
    /// The browser knew it had no network, so nothing was sent.
    Offline,
    /// No answer within the time allowed.
    TimedOut { seconds: u32 },
    /// The request failed; `online` is whether the browser still thinks it has a network
    /// (if not, the connection went while sending).
    Failed { online: bool },
}

/// How a send ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendOutcome {
    /// A 2xx with an empty or JSON body that does not name another triage.
    Received,
    /// Answered with a redirect: often a sign-in page, or the service has moved.
    Redirected,
    /// A 2xx that is not a receipt for this triage: a page, or another reference.
    UnexpectedReceipt,
    /// A status outside 2xx, with the receiver's own message if it gave one.
    Refused { status: u16, said: Option<String> },
    Offline,
    TimedOut { seconds: u32 },
    /// The connection went while sending.
    ConnectionLost,
    /// The receiver could not be reached, or the browser refused (CORS, say).
    Unreachable,
}

/// The longest part of the receiver's own message that is repeated to the officer.
const MAX_SAID: usize = 300;

const OFFLINE: &str = "This computer is offline, so your triage has not been sent. Your answers are kept on this page. When the connection is back, press \u{201c}Try again\u{201d}.";
const CONNECTION_LOST: &str = "The connection was lost while sending. Your triage may not have arrived. Your answers are kept on this page. When the connection is back, press \u{201c}Try again\u{201d}: it sends the same reference, so the triage will not be recorded twice.";
const REDIRECTED: &str = "The receiving service did not take the triage: it answered by sending the form to another address (often a sign-in page, or the service has moved). Your triage may not have arrived. Try again; if the same happens, download your answers, send them to the stalking unit by email, and tell your IT service desk.";
const UNEXPECTED_RECEIPT: &str = "The receiving service answered, but not in the way this form expects, so it is not certain your triage arrived. Check with the stalking unit before sending again. Sending again is safe: it carries the same reference, so the triage will not be recorded twice.";
const UNREACHABLE: &str = "Your answers could not be sent, or the connection was lost before an answer came back. This computer may be offline, or the receiving service could not be reached or does not accept requests from this site. Trying again is safe: it sends the same reference, so the triage will not be recorded twice.";

impl SendOutcome {
    /// What an answer to the triage with reference `ours` means.
    pub fn from_response(response: &Response, ours: &str) -> SendOutcome {
        if response.redirected {
            return SendOutcome::Redirected;
        }
        if (200..300).contains(&response.status) {
            return if receipt_is_expected(&response.body, ours) { SendOutcome::Received } else { SendOutcome::UnexpectedReceipt };
        }
        SendOutcome::Refused { status: response.status, said: receiver_said(&response.body) }
    }

    /// What the lack of an answer means.
    pub fn from_no_answer(why: NoAnswer) -> SendOutcome {
        match why {
            NoAnswer::Offline => SendOutcome::Offline,
            NoAnswer::TimedOut { seconds } => SendOutcome::TimedOut { seconds },
            NoAnswer::Failed { online: false } => SendOutcome::ConnectionLost,
            NoAnswer::Failed { online: true } => SendOutcome::Unreachable,
        }
    }

    pub fn is_received(&self) -> bool {
        *self == SendOutcome::Received
    }

    /// What the officer is told when the triage was not (certainly) received; `None`
    /// when it was.
    pub fn message(&self) -> Option<String> {
        Some(match self {
            SendOutcome::Received => return None,
            SendOutcome::Redirected => REDIRECTED.to_string(),
            SendOutcome::UnexpectedReceipt => UNEXPECTED_RECEIPT.to_string(),
            SendOutcome::Refused { status, said } => explain_status(*status, said.as_deref()),
            SendOutcome::Offline => OFFLINE.to_string(),
            SendOutcome::TimedOut { seconds } => format!(
                "There was no answer from the receiving service within {seconds} seconds. Your answers may not have arrived. Trying again is safe: it sends the same reference, so the triage will not be recorded twice."
            ),
            SendOutcome::ConnectionLost => CONNECTION_LOST.to_string(),
            SendOutcome::Unreachable => UNREACHABLE.to_string(),
        })
    }
}

/// The receiver's own message in a JSON body (`error`, else `message`, else `detail`),
/// cut to [`MAX_SAID`] characters.
fn receiver_said(body: &str) -> Option<String> {
    let value = serde_json::from_str::<serde_json::Value>(body).ok()?;
    ["error", "message", "detail"]
        .iter()
        .find_map(|k| value.get(k).and_then(|m| m.as_str()).map(|m| m.chars().take(MAX_SAID).collect()))
}

/// A plain-English reason for a status outside 2xx.
fn explain_status(status: u16, said: Option<&str>) -> String {
    let said = said.map(|d| format!(" It said: \u{201c}{d}\u{201d}.")).unwrap_or_default();
    match status {
        413 => format!("The receiving service refused the answers because they are too large (error 413).{said} Shorten the longest answers and try again, or download your answers and email them to the stalking unit."),
        400..=499 => format!("The receiving service refused the answers (error {status}).{said} Try again; if it happens again, download your answers and email them to the stalking unit."),
        _ => format!("The receiving service had a problem (error {status}).{said} Your answers are safe on this page. Try again in a few minutes."),
    }
}

#[cfg(test)]
#[path = "send_outcome_tests.rs"]
mod tests;
