//! "Proposed conditions": at least one, each with wording and a reason, and each
//! checked against the conditions catalogue for this case (the builder's own checks,
//! in `domain::conditions::checks`), so check answers and the task list hold back a
//! condition the builder would.
use super::conditions_context::{conditions_context, conditions_section_findings};
use super::context::RulesContext;
use super::field_ids as id;
use super::fields::{Errors, FieldError, Question, LONG};
use super::model::{filled, Triage};
use crate::domain::conditions::checks::lint_set;

/// An order prohibits or requires things (SPA s1(2); facts item 8), so at least one
/// condition; each must be necessary in itself (s2(2); facts item 14, R2), so each
/// needs its own reason; and the builder's blocking findings (an empty slot, a
/// condition no longer in the catalogue, a repeat) stop the application too.
pub fn validate_conditions(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
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
    let mut errors = e.0;
    for extra in catalogue_errors(triage, ctx) {
        if !errors.iter().any(|x| x.field == extra.field) {
            errors.push(extra);
        }
    }
    errors
}

/// The builder's blocking findings for the triage's conditions, once the catalogue has
/// loaded. Until then the task list shows what it knows, and sending waits for it
/// ([`catalogue_missing`]).
fn catalogue_errors(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    let Some(catalogue) = ctx.conditions_catalogue.as_deref().filter(|_| !triage.conditions.is_empty()) else {
        return Vec::new();
    };
    let findings = lint_set(&triage.conditions, catalogue, &conditions_context(triage, ctx.today));
    conditions_section_findings(findings)
        .into_iter()
        .filter(|f| f.severity.blocks())
        .map(|f| FieldError::new(f.field.unwrap_or_else(|| id::CONDITIONS_ADD.into()), f.message))
        .collect()
}

/// Conditions cannot be sent unchecked: with conditions and no catalogue yet, this is
/// the error that holds the triage back (check answers and sending).
pub fn catalogue_missing(triage: &Triage, ctx: &RulesContext) -> Option<FieldError> {
    (!triage.conditions.is_empty() && ctx.conditions_catalogue.is_none()).then(|| {
        FieldError::new(
            id::CONDITIONS_ADD,
            "The catalogue of conditions has not loaded, so the conditions cannot be checked. Reload the page and try again",
        )
    })
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

    #[test]
    fn a_condition_the_builder_would_refuse_stops_check_answers_and_reopens_the_section() {
        // A set imported with an empty slot: the builder refuses it, and so must the
        // triage's own validation (check answers and the task list use it).
        let ctx = example_context();
        let mut t = example_full_triage();
        t.mark_completed(crate::domain::triage::SectionId::Conditions, &ctx).unwrap();
        t.conditions[0].slots[0].text = String::new();
        let all = crate::domain::triage::validate_answers(&t, &ctx);
        let conditions = all.iter().find(|s| s.section == crate::domain::triage::SectionId::Conditions);
        assert!(conditions.is_some_and(|s| s.errors.iter().any(|e| e.field.starts_with("condition-1"))), "{all:?}");
        assert_eq!(t.refresh_completed(&ctx), vec![crate::domain::triage::SectionId::Conditions]);
    }

    #[test]
    fn a_condition_no_longer_in_the_catalogue_is_refused_with_its_name() {
        let errors = check(|t| t.conditions[0].template_id = "retired-condition".into());
        assert!(errors.iter().any(|(f, m)| f == "condition-1" && m.contains("retired-condition")), "{errors:?}");
    }

    #[test]
    fn without_the_catalogue_conditions_cannot_be_checked_and_are_held_back() {
        let mut ctx = example_context();
        ctx.conditions_catalogue = None;
        let mut t = example_full_triage();
        t.conditions[0].slots[0].text = String::new();
        // The task list keeps what it knows (the section is not reopened for want of a file)...
        assert_eq!(messages(validate_conditions(&t, &ctx)), vec![]);
        // ...but nothing is sent unchecked.
        let all = crate::domain::triage::validate_all(&t, &ctx);
        let errors: Vec<_> = all.into_iter().flat_map(|s| messages(s.errors)).collect();
        assert_eq!(
            errors,
            vec![pair(
                "conditions-add",
                "The catalogue of conditions has not loaded, so the conditions cannot be checked. Reload the page and try again"
            )]
        );
        assert!(crate::domain::triage::validate_answers(&t, &ctx).iter().any(|s| s.section == crate::domain::triage::SectionId::Conditions));
    }
}
