//! Saved drafts and "Save to a file": any triage reopens exactly as saved, and any
//! file at all is either opened or refused with a message, never a panic.
use proptest::prelude::*;

use spo_triage::domain::triage::fixtures::example_full_triage;
use spo_triage::domain::triage::{DraftError, SavedTriage};

use crate::json::{any_json, damaged};
use crate::models::{any_triage, valid_triage};
use crate::support::check;
use crate::text::any_answer;

fn message_is_plain(e: &DraftError) -> Result<(), TestCaseError> {
    let m = e.to_string();
    prop_assert!(!m.is_empty() && m.len() < 300 && !m.chars().any(char::is_control), "{:?}", m);
    Ok(())
}

#[test]
fn a_valid_triage_reopens_unchanged() {
    check("a valid triage saved to a file reopens unchanged", 64, valid_triage(), |t| {
        let saved = SavedTriage::new(t.clone(), "2025-06-02T10:15:00.000Z", "0.1.0");
        let reopened = SavedTriage::parse(&saved.to_json());
        prop_assert_eq!(reopened.as_ref().map(|s| &s.triage), Ok(&t));
        prop_assert_eq!(reopened, Ok(saved));
        Ok(())
    });
}

#[test]
fn any_answers_reopen_as_typed() {
    check("answers with anything typed reopen as typed", 60, any_triage(), |t| {
        let json = SavedTriage::new(t.clone(), "x", "y").to_json();
        // Windows editors add a byte order mark when a file is saved again.
        for text in [json.clone(), format!("\u{feff}{json}")] {
            prop_assert_eq!(SavedTriage::parse(&text).map(|s| s.triage), Ok(t.clone()));
        }
        Ok(())
    });
}

#[test]
fn any_file_is_opened_or_refused_with_a_message() {
    check("any text as a draft file", 400, any_answer(), |text| {
        if let Err(e) = SavedTriage::parse(&text) {
            message_is_plain(&e)?;
        }
        Ok(())
    });
    check("any JSON as a draft file", 400, any_json(), |value| {
        if let Err(e) = SavedTriage::parse(&value.to_string()) {
            message_is_plain(&e)?;
        }
        Ok(())
    });
    let good = serde_json::from_str(&SavedTriage::new(example_full_triage(), "x", "y").to_json()).unwrap_or_default();
    check("a damaged draft file", 250, damaged(good), |text| {
        match SavedTriage::parse(&text) {
            // Damage that keeps it readable (a changed answer) opens: saving it again
            // and reopening gives the same.
            Ok(saved) => prop_assert_eq!(SavedTriage::parse(&saved.to_json()), Ok(saved)),
            Err(e) => message_is_plain(&e)?,
        }
        Ok(())
    });
}
