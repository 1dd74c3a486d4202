//! The JSON the form sends: whatever the answers, it matches the published schema,
//! reads back as the same payload, and passes the receiver's first checks.
use std::sync::OnceLock;

use proptest::collection::vec;
use proptest::prelude::*;

use spo_triage::domain::triage::fixtures::{example_context, example_meta};
use spo_triage::domain::triage::*;

use crate::models::{any_triage, valid_triage};
use crate::support::check;

fn validator() -> &'static jsonschema::Validator {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| jsonschema::validator_for(&payload_schema()).expect("the generated schema compiles"))
}

/// The metadata the browser adds, from random bytes as `crypto.getRandomValues` gives.
fn meta() -> impl Strategy<Value = SubmissionMeta> {
    (vec(any::<u8>(), 16), vec(any::<u8>(), 16), 0i64..8_000_000_000_000).prop_map(|(a, b, millis)| SubmissionMeta {
        submission_id: SubmissionId::from_random_bytes(&a).as_str().to_string(),
        reference: Reference::from_random_bytes(&b).as_str().to_string(),
        submitted_at: rfc3339_from_unix_millis(millis),
        ..example_meta()
    })
}

fn schema_errors(value: &serde_json::Value) -> Vec<String> {
    validator().iter_errors(value).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

#[test]
fn a_valid_triage_sends_a_payload_that_matches_the_schema() {
    let ctx = example_context();
    check("payload of a valid triage matches the schema and reads back", 64, (valid_triage(), meta()), |(t, meta)| {
        let payload = Payload::build(&t, &ctx, meta);
        prop_assert_eq!(payload.check(), Ok(()));
        let json = payload.to_json();
        let value: serde_json::Value = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let errors = schema_errors(&value);
        prop_assert!(errors.is_empty(), "{:?}", errors);
        prop_assert_eq!(serde_json::from_str::<Payload>(&json).ok(), Some(payload.clone()));
        // Everything the officer entered in a required answer is sent as typed.
        prop_assert_eq!(&payload.respondent.name, &t.respondent.name.trim().to_string());
        prop_assert_eq!(payload.people.len(), t.people.len());
        prop_assert!(!text_copy(&t, &ctx, &example_meta()).is_empty());
        Ok(())
    });
}

#[test]
fn any_answers_still_give_a_well_formed_payload() {
    let ctx = example_context();
    check("payload of any answers matches the schema", 64, (any_triage(), meta()), |(t, meta)| {
        let payload = Payload::build(&t, &ctx, meta);
        let value = serde_json::to_value(&payload).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let errors = schema_errors(&value);
        prop_assert!(errors.is_empty(), "{:?}", errors);
        let _ = answer_sections(&t, &ctx);
        Ok(())
    });
}
