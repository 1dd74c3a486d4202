//! "Declaration": confirmed before the triage is submitted. The check comes from the
//! catalogue (`questions/declaration.rs`).
use super::context::RulesContext;
use super::fields::FieldError;
use super::model::{SectionId, Triage};
use super::validate::validate_section;

/// The whole section, from the catalogue.
pub fn validate_declaration(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    validate_section(triage, SectionId::Declaration, ctx)
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
