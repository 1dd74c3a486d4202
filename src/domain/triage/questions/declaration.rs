//! "Declaration": the officer confirms the answers before sending; the authorising
//! officer relies on the form being complete and justified (facts item 76).
use super::question::{Entry, Kind, Question};
use crate::field;

pub const CONFIRMED: &str = "declaration-confirmed";

pub static QUESTIONS: &[Entry] = &[Entry::Ask(
    Question::new(
        CONFIRMED,
        "I confirm that the information in this triage is correct to the best of my knowledge, and that it is based on the investigation's records.",
        Kind::Checkbox,
        field!(declaration.confirmed),
    )
    .named("Confirmed that the information is correct to the best of my knowledge")
    .required("Confirm that the information you have given is correct to the best of your knowledge"),
)];
