//! "Existing orders and measures": each with its details and why it is not enough.
//! Every check comes from the catalogue (`questions/existing_orders.rs`).
use super::context::RulesContext;
use super::fields::FieldError;
use super::model::{SectionId, Triage};
use super::validate::validate_section;

/// The whole section, from the catalogue.
pub fn validate_existing_orders(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    validate_section(triage, SectionId::ExistingOrders, ctx)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use crate::domain::triage::choices::*;
    #[allow(unused_imports)]
    use crate::domain::triage::model::*;
    use crate::domain::triage::choices::ExistingOrderKind;
    use crate::domain::triage::fixtures::{example_context, example_full_triage};
    use crate::domain::triage::test_support::{messages, pair};

    fn check(change: impl FnOnce(&mut Triage)) -> Vec<(String, String)> {
        let mut t = example_full_triage();
        change(&mut t);
        messages(validate_existing_orders(&t, &example_context()))
    }

    #[test]
    fn complete_orders_pass() {
        assert_eq!(check(|_| {}), vec![]);
    }

    #[test]
    fn the_question_must_be_answered_and_no_needs_nothing_more() {
        let errors = check(|t| t.existing_orders = Default::default());
        assert_eq!(
            errors,
            vec![pair(
                "existing-orders-any",
                "Select yes if the respondent is subject to any existing orders or measures"
            )]
        );
        assert_eq!(check(|t| t.existing_orders.any = Some(YesNo::No)), vec![]);
    }

    #[test]
    fn yes_needs_at_least_one_order() {
        let errors = check(|t| t.existing_orders.orders.clear());
        assert_eq!(errors, vec![pair("existing-orders-0-kind", "Select the type of order or measure 1")]);
    }

    #[test]
    fn every_existing_order_needs_a_reason_it_is_not_enough() {
        let errors = check(|t| {
            t.existing_orders
                .orders
                .push(ExistingOrder { kind: Some(ExistingOrderKind::RestrainingOrder), ..Default::default() });
            t.existing_orders.orders.push(ExistingOrder::default());
        });
        assert_eq!(
            errors,
            vec![
                pair(
                    "existing-orders-1-details",
                    "Enter the details of order or measure 2: who made it, when, and what it says"
                ),
                pair("existing-orders-1-why-not-enough", "Enter why order or measure 2 is not enough to manage the risk"),
                pair("existing-orders-2-kind", "Select the type of order or measure 3"),
                pair(
                    "existing-orders-2-details",
                    "Enter the details of order or measure 3: who made it, when, and what it says"
                ),
                pair("existing-orders-2-why-not-enough", "Enter why order or measure 3 is not enough to manage the risk"),
            ]
        );
    }
}
