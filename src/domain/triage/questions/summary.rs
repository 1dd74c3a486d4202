//! "Summary of the case": the short narrative the reviewers read first (facts item 79,
//! Cheshire form), limited to 5,000 characters so it stays short.
use super::question::{Entry, Kind, Question};
use crate::domain::triage::fields::SUMMARY;
use crate::field;

pub const TEXT: &str = "summary-text";

pub static QUESTIONS: &[Entry] = &[Entry::Ask(
    Question::new(TEXT, "Summary of the case", Kind::counted(SUMMARY, 12), field!(summary.text))
        .required("Enter a summary of the case"),
)];
