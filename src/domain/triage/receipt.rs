//! Reading a receiver's 2xx answer. Any 2xx with an empty or JSON body is a receipt
//! (Power Automate answers 202 with nothing). A body that is not JSON, typically a
//! sign-in or error page from a proxy answering in the receiver's place, or JSON naming
//! another triage's reference, means the triage may not have arrived.
use serde::de::IgnoredAny;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// Whether a 2xx body confirms the triage with reference `ours` was taken in. Read
/// without `serde_json::Value`, which the triage's app otherwise does without.
pub fn receipt_is_expected(body: &str, ours: &str) -> bool {
    let body = body.trim_start_matches('\u{feff}').trim();
    if body.is_empty() {
        return true;
    }
    if body.starts_with('[') {
        return serde_json::from_str::<IgnoredAny>(body).is_ok();
    }
    // Anything but an object (a page, a bare string or number) fails here.
    let Ok(object) = serde_json::from_str::<BTreeMap<String, &RawValue>>(body) else { return false };
    match object.get("reference").map(|raw| raw.get()) {
        None | Some("null") => true,
        Some(raw) => serde_json::from_str::<String>(raw).is_ok_and(|r| r == ours),
    }
}

#[cfg(test)]
mod tests {
    use super::receipt_is_expected;

    const OURS: &str = "SPO-7KX4-M9QA";

    #[test]
    fn empty_and_json_bodies_are_receipts() {
        for body in ["", "  \n", "{}", "[]", r#"{"reference":"SPO-7KX4-M9QA"}"#, r#"{"reference":"SPO-7KX4-M9QA","duplicate":true}"#, r#"{"status":"accepted"}"#, r#"{"reference":null}"#] {
            assert!(receipt_is_expected(body, OURS), "{body:?}");
        }
    }

    #[test]
    fn pages_and_other_references_are_not() {
        for body in ["<!doctype html><title>Sign in</title>", "OK", "\"ok\"", "true", "42", "{", r#"{"reference":"SPO-2222-3333"}"#, r#"{"reference":7}"#] {
            assert!(!receipt_is_expected(body, OURS), "{body:?}");
        }
    }
}
