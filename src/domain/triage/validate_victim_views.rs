//! "The victim's views": recorded, never a gate.
use super::choices::{YesNo, YesNoNotKnown};
use super::context::RulesContext;
use super::field_ids as id;
use super::fields::{Errors, FieldError, Question, LONG, SHORT};
use super::model::Triage;

/// Officers should get the victim's views before applying (facts item 77), but consent
/// is not required (item 76, R8): any stance is accepted, and views not obtained only
/// need a reason why.
pub fn validate_victim_views(triage: &Triage, _ctx: &RulesContext) -> Vec<FieldError> {
    let v = &triage.victim_views;
    let mut e = Errors::default();
    e.choose(id::VICTIM_OBTAINED, &v.obtained, "Select yes if you have obtained the victim's views");
    match v.obtained {
        Some(YesNo::Yes) => {
            e.choose(id::VICTIM_STANCE, &v.stance, "Select the victim's view of the application");
            let q = Question {
                label: "Victim's views on the conditions",
                enter: "Enter the victim's views on the proposed conditions, or that they had none",
                limit: LONG,
            };
            e.required_text(id::VICTIM_VIEWS_ON_CONDITIONS, &v.views_on_conditions, q);
            e.choose(
                id::VICTIM_ADVOCATE,
                &v.advocate,
                "Select yes if an independent stalking advocate (ISA/C) is involved",
            );
            if v.advocate == Some(YesNoNotKnown::Yes) {
                let q = Question {
                    label: "Advocate's name and organisation",
                    enter: "Enter the advocate's name and organisation",
                    limit: SHORT,
                };
                e.required_text(id::VICTIM_ADVOCATE_NAME, &v.advocate_name, q);
            }
        }
        Some(YesNo::No) => {
            let q = Question {
                label: "Reason you have not obtained the victim's views",
                enter: "Enter why you have not obtained the victim's views",
                limit: LONG,
            };
            e.required_text(id::VICTIM_REASON_NOT_OBTAINED, &v.reason_not_obtained, q);
        }
        None => {}
    }
    e.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::choices::VictimStance;
    use crate::domain::triage::fixtures::{example_context, example_full_triage};
    use crate::domain::triage::model::VictimViews;
    use crate::domain::triage::test_support::{messages, pair};

    fn check(change: impl FnOnce(&mut Triage)) -> Vec<(String, String)> {
        let mut t = example_full_triage();
        change(&mut t);
        messages(validate_victim_views(&t, &example_context()))
    }

    #[test]
    fn complete_views_pass() {
        assert_eq!(check(|_| {}), vec![]);
    }

    #[test]
    fn a_victim_who_does_not_support_the_application_never_blocks_it() {
        assert_eq!(check(|t| t.victim_views.stance = Some(VictimStance::DoesNotSupport)), vec![]);
        assert_eq!(check(|t| t.victim_views.stance = Some(VictimStance::Mixed)), vec![]);
    }

    #[test]
    fn views_obtained_need_their_details() {
        let errors = check(|t| {
            t.victim_views = Default::default();
            t.victim_views.obtained = Some(YesNo::Yes);
        });
        assert_eq!(
            errors,
            vec![
                pair("victim-stance", "Select the victim's view of the application"),
                pair(
                    "victim-views-on-conditions",
                    "Enter the victim's views on the proposed conditions, or that they had none"
                ),
                pair("victim-advocate", "Select yes if an independent stalking advocate (ISA/C) is involved"),
            ]
        );
        let errors = check(|t| {
            t.victim_views.advocate = Some(YesNoNotKnown::Yes);
            t.victim_views.advocate_name = String::new();
        });
        assert_eq!(errors, vec![pair("victim-advocate-name", "Enter the advocate's name and organisation")]);
    }

    #[test]
    fn views_not_obtained_need_a_reason() {
        let errors = check(|t| t.victim_views = not_obtained(""));
        assert_eq!(
            errors,
            vec![pair("victim-reason-not-obtained", "Enter why you have not obtained the victim's views")]
        );
        assert_eq!(check(|t| t.victim_views = not_obtained("Victim in hospital; advocate to visit on Friday")), vec![]);
        let errors = check(|t| t.victim_views = Default::default());
        assert_eq!(errors, vec![pair("victim-views-obtained", "Select yes if you have obtained the victim's views")]);
    }

    fn not_obtained(reason: &str) -> VictimViews {
        VictimViews { obtained: Some(YesNo::No), reason_not_obtained: reason.into(), ..Default::default() }
    }
}
