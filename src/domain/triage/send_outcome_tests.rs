//! An officer presses "Send the triage": what each kind of answer (or none) means.
use super::*;

const OURS: &str = "SPO-7KX4-M9QA";

fn answer(status: u16, body: &str) -> SendOutcome {
    SendOutcome::from_response(&Response { status, redirected: false, body: body.into() }, OURS)
}

fn told(outcome: &SendOutcome) -> String {
    outcome.message().expect("a failure is explained")
}

#[test]
fn a_2xx_with_nothing_in_it_is_received() {
    for status in [200, 201, 204] {
        assert_eq!(answer(status, ""), SendOutcome::Received, "{status}");
    }
    assert_eq!(answer(200, " \n"), SendOutcome::Received);
    assert_eq!(SendOutcome::Received.message(), None);
    assert!(SendOutcome::Received.is_received());
}

#[test]
fn power_automates_202_with_no_body_is_received() {
    assert_eq!(answer(202, ""), SendOutcome::Received);
}

#[test]
fn a_receipt_naming_this_triage_or_none_is_received() {
    assert_eq!(answer(201, r#"{"reference":"SPO-7KX4-M9QA"}"#), SendOutcome::Received);
    assert_eq!(answer(200, r#"{"reference":"SPO-7KX4-M9QA","duplicate":true}"#), SendOutcome::Received);
    assert_eq!(answer(200, r#"{"status":"accepted"}"#), SendOutcome::Received);
}

#[test]
fn a_receipt_naming_another_triage_is_not_certain() {
    let outcome = answer(201, r#"{"reference":"SPO-2222-3333"}"#);
    assert_eq!(outcome, SendOutcome::UnexpectedReceipt);
    assert!(!outcome.is_received());
    assert!(told(&outcome).starts_with("The receiving service answered, but not in the way this form expects"));
    assert!(told(&outcome).contains("Check with the stalking unit before sending again"));
}

#[test]
fn a_sign_in_page_with_200_is_not_a_receipt() {
    let outcome = answer(200, "<!doctype html><title>Sign in</title>");
    assert_eq!(outcome, SendOutcome::UnexpectedReceipt);
    assert!(told(&outcome).contains("it is not certain your triage arrived"));
}

#[test]
fn a_redirect_is_refused_and_explained() {
    // fetch with redirect "manual" reports an opaque redirect with status 0.
    let outcome = SendOutcome::from_response(&Response { status: 0, redirected: true, body: String::new() }, OURS);
    assert_eq!(outcome, SendOutcome::Redirected);
    assert!(told(&outcome).contains("sending the form to another address (often a sign-in page"));
    assert!(told(&outcome).contains("tell your IT service desk"));
}

#[test]
fn another_3xx_is_a_problem_at_the_receiver() {
    let outcome = answer(304, "");
    assert_eq!(outcome, SendOutcome::Refused { status: 304, said: None });
    assert_eq!(
        told(&outcome),
        "The receiving service had a problem (error 304). Your answers are safe on this page. Try again in a few minutes."
    );
}

#[test]
fn a_4xx_is_a_refusal_quoting_the_receivers_error() {
    let outcome = answer(400, r#"{"error":"body does not match the schema"}"#);
    assert_eq!(
        told(&outcome),
        "The receiving service refused the answers (error 400). It said: \u{201c}body does not match the schema\u{201d}. Try again; if it happens again, download your answers and email them to the stalking unit."
    );
    assert_eq!(
        told(&answer(403, "Forbidden")),
        "The receiving service refused the answers (error 403). Try again; if it happens again, download your answers and email them to the stalking unit."
    );
}

#[test]
fn too_large_says_to_shorten_the_answers() {
    let outcome = answer(413, r#"{"message":"payload too large"}"#);
    assert_eq!(
        told(&outcome),
        "The receiving service refused the answers because they are too large (error 413). It said: \u{201c}payload too large\u{201d}. Shorten the longest answers and try again, or download your answers and email them to the stalking unit."
    );
}

#[test]
fn a_5xx_says_to_try_later_quoting_message_or_detail() {
    assert_eq!(
        told(&answer(503, r#"{"detail":"down for maintenance"}"#)),
        "The receiving service had a problem (error 503). It said: \u{201c}down for maintenance\u{201d}. Your answers are safe on this page. Try again in a few minutes."
    );
    assert!(told(&answer(500, r#"{"message":"boom"}"#)).contains("It said: \u{201c}boom\u{201d}."));
    assert!(!told(&answer(502, "<html>Bad gateway</html>")).contains("It said"));
}

#[test]
fn the_receivers_words_are_taken_in_order_and_cut_short() {
    let both = answer(500, r#"{"detail":"third","message":"second","error":"first"}"#);
    assert_eq!(both, SendOutcome::Refused { status: 500, said: Some("first".into()) });
    // A message that is not text is passed over for the next.
    assert_eq!(answer(500, r#"{"error":7,"message":"second"}"#), SendOutcome::Refused { status: 500, said: Some("second".into()) });
    let long = format!(r#"{{"error":"{}"}}"#, "é".repeat(400));
    let SendOutcome::Refused { said: Some(said), .. } = answer(500, &long) else { panic!("refused") };
    assert_eq!(said.chars().count(), 300);
}

#[test]
fn no_answer_in_time_names_the_wait_and_says_retrying_is_safe() {
    let outcome = SendOutcome::from_no_answer(NoAnswer::TimedOut { seconds: 30 });
    assert_eq!(
        told(&outcome),
        "There was no answer from the receiving service within 30 seconds. Your answers may not have arrived. Trying again is safe: it sends the same reference, so the triage will not be recorded twice."
    );
}

#[test]
fn offline_before_sending_says_nothing_was_sent() {
    let outcome = SendOutcome::from_no_answer(NoAnswer::Offline);
    assert!(told(&outcome).starts_with("This computer is offline, so your triage has not been sent."));
    assert!(told(&outcome).contains("press \u{201c}Try again\u{201d}"));
}

#[test]
fn a_connection_lost_while_sending_may_have_arrived() {
    let outcome = SendOutcome::from_no_answer(NoAnswer::Failed { online: false });
    assert_eq!(outcome, SendOutcome::ConnectionLost);
    assert!(told(&outcome).starts_with("The connection was lost while sending. Your triage may not have arrived."));
}

#[test]
fn a_network_error_while_online_is_unreachable() {
    let outcome = SendOutcome::from_no_answer(NoAnswer::Failed { online: true });
    assert_eq!(outcome, SendOutcome::Unreachable);
    assert!(told(&outcome).contains("could not be reached or does not accept requests from this site"));
}
