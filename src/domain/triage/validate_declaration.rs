//! "Declaration": confirmed before the triage is submitted.
use super::context::RulesContext;
use super::field_ids as id;
use super::fields::{Errors, FieldError};
use super::model::Triage;

/// The officer confirms the answers before submitting; the authorising officer relies
/// on the form being complete and justified (facts item 76).
pub fn validate_declaration(triage: &Triage, _ctx: &RulesContext) -> Vec<FieldError> {
    let mut e = Errors::default();
    if !triage.declaration.confirmed {
        e.add(
            id::DECLARATION_CONFIRMED,
            "Confirm that the information you have given is correct to the best of your knowledge",
        );
    }
    e.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::fixtures::{example_context, example_full_triage};
    use crate::domain::triage::test_support::{messages, pair};

    #[test]
    fn the_declaration_must_be_confirmed_before_submitting() {
        let mut t = example_full_triage();
        assert_eq!(validate_declaration(&t, &example_context()), vec![]);
        t.declaration.confirmed = false;
        assert_eq!(
            messages(validate_declaration(&t, &example_context())),
            vec![pair(
                "declaration-confirmed",
                "Confirm that the information you have given is correct to the best of your knowledge"
            )]
        );
    }
}
