//! Running the rules: one section, or the whole triage grouped by section.
use super::context::RulesContext;
use super::fields::FieldError;
use super::model::{SectionId, Triage};
use super::validate_about_you::validate_about_you;
use super::validate_behaviour_risk::validate_behaviour_risk;
use super::validate_conditions::validate_conditions;
use super::validate_declaration::validate_declaration;
use super::validate_existing_orders::validate_existing_orders;
use super::validate_investigation::validate_investigation;
use super::validate_order_sought::validate_order_sought;
use super::validate_people::validate_people;
use super::validate_respondent::validate_respondent;
use super::validate_summary::validate_summary;
use super::validate_victim_views::validate_victim_views;
use super::validate_youth_justice::validate_youth_justice;

/// The errors of one section, in the order its questions appear.
pub fn validate_section(triage: &Triage, section: SectionId, ctx: &RulesContext) -> Vec<FieldError> {
    let rule = match section {
        SectionId::AboutYou => validate_about_you,
        SectionId::Investigation => validate_investigation,
        SectionId::People => validate_people,
        SectionId::Respondent => validate_respondent,
        SectionId::YouthJustice => validate_youth_justice,
        SectionId::BehaviourRisk => validate_behaviour_risk,
        SectionId::ExistingOrders => validate_existing_orders,
        SectionId::OrderSought => validate_order_sought,
        SectionId::Summary => validate_summary,
        SectionId::Conditions => validate_conditions,
        SectionId::VictimViews => validate_victim_views,
        SectionId::Declaration => validate_declaration,
    };
    rule(triage, ctx)
}

/// The errors of one section, for "Check your answers" and the submit page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionErrors {
    pub section: SectionId,
    pub errors: Vec<FieldError>,
}

/// Every section's errors, in task-list order, leaving out sections without errors.
/// Empty means the triage can be submitted (the declaration is included).
pub fn validate_all(triage: &Triage, ctx: &RulesContext) -> Vec<SectionErrors> {
    validate_sections(triage, &SectionId::ALL, ctx)
}

/// As [`validate_all`] without the declaration: for "Check your answers", which the
/// officer reads before confirming it.
pub fn validate_answers(triage: &Triage, ctx: &RulesContext) -> Vec<SectionErrors> {
    let answers: Vec<SectionId> = SectionId::ALL.into_iter().filter(|s| *s != SectionId::Declaration).collect();
    validate_sections(triage, &answers, ctx)
}

fn validate_sections(triage: &Triage, sections: &[SectionId], ctx: &RulesContext) -> Vec<SectionErrors> {
    sections
        .iter()
        .map(|&section| SectionErrors { section, errors: validate_section(triage, section, ctx) })
        .filter(|s| !s.errors.is_empty())
        .collect()
}

/// Whether the triage can be submitted.
pub fn is_ready_to_submit(triage: &Triage, ctx: &RulesContext) -> bool {
    validate_all(triage, ctx).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::fixtures::{example_context, example_full_triage};

    #[test]
    fn the_example_case_is_ready_to_submit() {
        let t = example_full_triage();
        assert_eq!(validate_all(&t, &example_context()), vec![]);
        assert!(is_ready_to_submit(&t, &example_context()));
    }

    #[test]
    fn an_empty_triage_has_errors_in_every_section_that_asks_something() {
        let errors = validate_all(&Triage::default(), &example_context());
        let sections: Vec<SectionId> = errors.iter().map(|s| s.section).collect();
        let expected: Vec<SectionId> = SectionId::ALL.into_iter().filter(|s| *s != SectionId::YouthJustice).collect();
        assert_eq!(sections, expected);
    }

    #[test]
    fn check_your_answers_leaves_the_declaration_to_last() {
        let mut t = example_full_triage();
        t.declaration.confirmed = false;
        assert_eq!(validate_answers(&t, &example_context()), vec![]);
        assert_eq!(validate_all(&t, &example_context())[0].section, SectionId::Declaration);
    }
}
