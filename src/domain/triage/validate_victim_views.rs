//! "The victim's views": recorded, never a gate. Every check comes from the catalogue
//! (`questions/victim_views.rs`).
use super::context::RulesContext;
use super::fields::FieldError;
use super::model::{SectionId, Triage};
use super::validate::validate_section;

/// The whole section, from the catalogue.
pub fn validate_victim_views(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    validate_section(triage, SectionId::VictimViews, ctx)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use crate::domain::triage::choices::*;
    #[allow(unused_imports)]
    use crate::domain::triage::model::*;
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
            vec![pair("victim-reason-not-obtained", "Enter why you have not been able to get the victim's views")]
        );
        assert_eq!(check(|t| t.victim_views = not_obtained("Victim in hospital; advocate to visit on Friday")), vec![]);
        let errors = check(|t| t.victim_views = Default::default());
        assert_eq!(errors, vec![pair("victim-views-obtained", "Select yes if you have got the victim's views")]);
    }

    fn not_obtained(reason: &str) -> VictimViews {
        VictimViews { obtained: Some(YesNo::No), reason_not_obtained: reason.into(), ..Default::default() }
    }
}
