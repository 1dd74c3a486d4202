//! Sending the advice to the review endpoint that config.json may set
//! (`review_endpoint`): what each outcome tells the reviewer. The answer is read as a
//! triage's is ([`SendOutcome`], which checks a receipt names the triage's reference);
//! only the words differ, as the reviewer's way round a failure is the advice file or
//! the email, and their advice stays on the page whatever happens.
use crate::domain::triage::SendOutcome;

/// `Ok` with what to say when the advice was received, `Err` with why not and what to do.
pub fn advice_sent(outcome: &SendOutcome) -> Result<&'static str, String> {
    const AGAIN: &str = "Your advice is kept on this page. Sending again is safe: the review inbox keeps one copy of each advice, the latest.";
    const INSTEAD: &str = "Your advice is kept on this page: download the advice file or the email instead, and tell your IT service desk if it happens again.";
    Err(match outcome {
        SendOutcome::Received => {
            return Ok("The advice has been sent to the review inbox. It is not sent to the officer from there: send them the advice file or the email too.")
        }
        SendOutcome::Redirected => format!("The review inbox did not take the advice: it answered by sending it to another address (often a sign-in page). {INSTEAD}"),
        SendOutcome::UnexpectedReceipt => format!("The review inbox answered, but not in the way this page expects, so it is not certain the advice arrived. {AGAIN}"),
        SendOutcome::Refused { status, said } => {
            let said = said.as_deref().map(|d| format!(" It said: \u{201c}{d}\u{201d}.")).unwrap_or_default();
            format!("The review inbox refused the advice (error {status}).{said} {INSTEAD}")
        }
        SendOutcome::Offline => format!("This computer is offline, so the advice has not been sent. {AGAIN}"),
        SendOutcome::TimedOut { seconds } => format!("There was no answer from the review inbox within {seconds} seconds, so the advice may not have arrived. {AGAIN}"),
        SendOutcome::ConnectionLost => format!("The connection was lost while sending, so the advice may not have arrived. {AGAIN}"),
        SendOutcome::Unreachable => format!("The advice could not be sent: the review inbox could not be reached, or does not accept requests from this site. {AGAIN}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::{NoAnswer, Response};

    const OURS: &str = "SPO-7KX4-M9QA";

    fn answer(status: u16, body: &str) -> SendOutcome {
        SendOutcome::from_response(&Response { status, redirected: false, body: body.into() }, OURS)
    }

    #[test]
    fn only_a_receipt_for_this_triage_counts_as_sent() {
        for body in ["", r#"{"reference":"SPO-7KX4-M9QA"}"#, r#"{"reference":"SPO-7KX4-M9QA","replaced":true}"#] {
            assert!(advice_sent(&answer(201, body)).is_ok(), "{body}");
        }
        let other = advice_sent(&answer(200, r#"{"reference":"SPO-2222-3333"}"#)).unwrap_err();
        assert!(other.contains("not certain the advice arrived"), "{other}");
        assert!(advice_sent(&answer(200, "<html>Sign in</html>")).is_err());
    }

    #[test]
    fn every_failure_says_the_advice_is_kept_and_what_to_do() {
        let failures = [
            answer(400, r#"{"error":"The body does not match the advice schema"}"#),
            answer(503, ""),
            SendOutcome::Redirected,
            SendOutcome::from_no_answer(NoAnswer::Offline),
            SendOutcome::from_no_answer(NoAnswer::TimedOut { seconds: 20 }),
            SendOutcome::from_no_answer(NoAnswer::Failed { online: false }),
            SendOutcome::from_no_answer(NoAnswer::Failed { online: true }),
        ];
        for outcome in failures {
            let why = advice_sent(&outcome).unwrap_err();
            assert!(why.contains("Your advice is kept on this page"), "{why}");
            assert!(why.contains("Sending again is safe") || why.contains("download the advice file"), "{why}");
            assert!(!why.contains("triage") && !why.contains("officer's answers"), "in the reviewer's words: {why}");
        }
        let refused = advice_sent(&answer(400, r#"{"error":"The body does not match the advice schema"}"#)).unwrap_err();
        assert!(refused.starts_with("The review inbox refused the advice (error 400). It said: \u{201c}The body does not match the advice schema\u{201d}."), "{refused}");
        assert!(advice_sent(&SendOutcome::from_no_answer(NoAnswer::TimedOut { seconds: 20 })).unwrap_err().contains("within 20 seconds"));
    }
}
