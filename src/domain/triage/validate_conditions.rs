//! "Proposed conditions": at least one, each with wording and a reason. The builder
//! (domain::conditions) checks the conditions themselves; this only checks they arrived.
use super::context::RulesContext;
use super::field_ids as id;
use super::fields::{Errors, FieldError, Question, LONG};
use super::model::{filled, Triage};

/// An order prohibits or requires things (SPA s1(2); facts item 8), so at least one
/// condition; each must be necessary in itself (s2(2); facts item 14, R2), so each
/// needs its own reason.
pub fn validate_conditions(triage: &Triage, _ctx: &RulesContext) -> Vec<FieldError> {
    let mut e = Errors::default();
    if triage.conditions.is_empty() {
        e.add(id::CONDITIONS_ADD, "Add at least one condition using the conditions builder");
    }
    for (i, condition) in triage.conditions.iter().enumerate() {
        let n = i + 1;
        if !filled(&condition.wording) {
            let message =
                format!("Condition {n} has no wording: open it in the conditions builder and fill in its details");
            e.add(id::condition(i, id::CONDITION_WORDING), message);
        }
        let label = format!("Reason condition {n} is necessary");
        let enter = format!("Enter why condition {n} is necessary to protect the person from the risk");
        e.required_text(
            &id::condition(i, id::CONDITION_REASON),
            &condition.reason,
            Question { label: &label, enter: &enter, limit: LONG },
        );
    }
    e.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::fixtures::{example_context, example_full_triage};
    use crate::domain::triage::test_support::{messages, pair};

    fn check(change: impl FnOnce(&mut Triage)) -> Vec<(String, String)> {
        let mut t = example_full_triage();
        change(&mut t);
        messages(validate_conditions(&t, &example_context()))
    }

    #[test]
    fn complete_conditions_pass() {
        assert_eq!(check(|_| {}), vec![]);
    }

    #[test]
    fn at_least_one_condition_is_needed() {
        assert_eq!(
            check(|t| t.conditions.clear()),
            vec![pair("conditions-add", "Add at least one condition using the conditions builder")]
        );
    }

    #[test]
    fn each_condition_needs_wording_and_its_own_reason() {
        let errors = check(|t| {
            t.conditions[1].wording = String::new();
            t.conditions[1].reason = " ".into();
        });
        assert_eq!(
            errors,
            vec![
                pair(
                    "condition-2",
                    "Condition 2 has no wording: open it in the conditions builder and fill in its details"
                ),
                pair("condition-2-reason", "Enter why condition 2 is necessary to protect the person from the risk"),
            ]
        );
    }
}
