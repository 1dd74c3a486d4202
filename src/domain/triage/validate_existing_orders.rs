//! "Existing orders and measures": each with its details and why it is not enough.
use super::choices::YesNo;
use super::context::RulesContext;
use super::field_ids as id;
use super::fields::{Errors, FieldError, Question, LONG};
use super::model::{ExistingOrder, Triage};

/// Courts and legal teams have refused SPOs because bail or other orders were in place
/// (facts item 100), so each existing order needs its details and why it is not enough
/// to manage the risk (facts item 79, Cheshire triage; PRODUCT.md). An SPO should be
/// considered even so (item 78).
pub fn validate_existing_orders(triage: &Triage, _ctx: &RulesContext) -> Vec<FieldError> {
    let x = &triage.existing_orders;
    let mut e = Errors::default();
    e.choose(
        id::EXISTING_ORDERS_ANY,
        &x.any,
        "Select yes if the respondent is subject to any existing orders or measures",
    );
    if x.any != Some(YesNo::Yes) {
        return e.0;
    }
    if x.orders.is_empty() {
        let field = id::existing_order(0, id::EXISTING_ORDER_KIND);
        e.add(field, "Select the type of the existing order or measure");
    }
    for (i, order) in x.orders.iter().enumerate() {
        validate_order(&mut e, i, order);
    }
    e.0
}

fn validate_order(e: &mut Errors, i: usize, order: &ExistingOrder) {
    let n = i + 1;
    let field = |f: &str| id::existing_order(i, f);
    e.choose(&field(id::EXISTING_ORDER_KIND), &order.kind, &format!("Select the type of existing order {n}"));
    let label = format!("Details of existing order {n}");
    let enter = format!("Enter details of existing order {n}: who made it, when, and what it says");
    e.required_text(
        &field(id::EXISTING_ORDER_DETAILS),
        &order.details,
        Question { label: &label, enter: &enter, limit: LONG },
    );
    let label = format!("Why existing order {n} is not enough");
    let enter = format!("Enter why existing order {n} is not enough to manage the risk");
    e.required_text(
        &field(id::EXISTING_ORDER_WHY_NOT_ENOUGH),
        &order.why_not_enough,
        Question { label: &label, enter: &enter, limit: LONG },
    );
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert_eq!(errors, vec![pair("existing-orders-0-kind", "Select the type of the existing order or measure")]);
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
                    "Enter details of existing order 2: who made it, when, and what it says"
                ),
                pair("existing-orders-1-why-not-enough", "Enter why existing order 2 is not enough to manage the risk"),
                pair("existing-orders-2-kind", "Select the type of existing order 3"),
                pair(
                    "existing-orders-2-details",
                    "Enter details of existing order 3: who made it, when, and what it says"
                ),
                pair("existing-orders-2-why-not-enough", "Enter why existing order 3 is not enough to manage the risk"),
            ]
        );
    }
}
