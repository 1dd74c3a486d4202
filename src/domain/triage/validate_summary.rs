//! "Summary of the case": the short narrative the reviewers read first.
use super::context::RulesContext;
use super::field_ids as id;
use super::fields::{Errors, FieldError, Question, SUMMARY};
use super::model::Triage;

/// A short case summary is part of the triage (facts item 79, Cheshire form), limited
/// to 5,000 characters so it stays short; the UI shows the count.
pub fn validate_summary(triage: &Triage, _ctx: &RulesContext) -> Vec<FieldError> {
    let mut e = Errors::default();
    let q = Question { label: "Summary of the case", enter: "Enter a summary of the case", limit: SUMMARY };
    e.required_text(id::SUMMARY_TEXT, &triage.summary.text, q);
    e.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::fixtures::{example_context, example_full_triage};
    use crate::domain::triage::test_support::{messages, pair};

    fn check(text: &str) -> Vec<(String, String)> {
        let mut t = example_full_triage();
        t.summary.text = text.into();
        messages(validate_summary(&t, &example_context()))
    }

    #[test]
    fn a_summary_is_required_and_at_most_5000_characters() {
        assert_eq!(check(""), vec![pair("summary-text", "Enter a summary of the case")]);
        assert_eq!(check(&"a".repeat(5_000)), vec![]);
        assert_eq!(
            check(&"a".repeat(5_012)),
            vec![pair("summary-text", "Summary of the case must be 5,000 characters or fewer: remove 12 characters")]
        );
        assert_eq!(check("Paragraph one.\n\nParagraph two."), vec![]);
    }
}
