//! "Summary of the case": the short narrative the reviewers read first. The check
//! comes from the catalogue (`questions/summary.rs`).
use super::context::RulesContext;
use super::fields::FieldError;
use super::model::{SectionId, Triage};
use super::validate::validate_section;

/// The whole section, from the catalogue.
pub fn validate_summary(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    validate_section(triage, SectionId::Summary, ctx)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use crate::domain::triage::choices::*;
    #[allow(unused_imports)]
    use crate::domain::triage::model::*;
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
