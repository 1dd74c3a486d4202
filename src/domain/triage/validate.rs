//! Running the rules: one section, or the whole triage grouped by section. Each
//! section's errors are the catalogue's checks (`questions::checks`) with its named
//! rules put in page order.
use super::chronology::{validate_chronology, validate_citations};
use super::context::RulesContext;
use super::fields::FieldError;
use super::model::{SectionId, Triage};
use super::questions::checks::{check_section, merge};
use super::status::section_applies;
use super::validate_about_you::about_you_rules;
use super::validate_behaviour_risk::behaviour_risk_rules;
use super::validate_conditions::{catalogue_missing, validate_conditions};
use super::validate_investigation::investigation_rules;
use super::validate_order_sought::order_sought_rules;
use super::validate_respondent::respondent_rules;

/// The errors of one section, in the order its questions appear. A section that does
/// not apply (the Youth Justice Service for an adult) asks nothing.
pub fn validate_section(triage: &Triage, section: SectionId, ctx: &RulesContext) -> Vec<FieldError> {
    if !section_applies(triage, section, ctx) {
        return Vec::new();
    }
    // Replies to legal advice on this section's answers are checked with them.
    let replies = triage.answering().map(|a| a.reply_errors(section)).unwrap_or_default();
    if section == SectionId::Conditions {
        // The conditions are the builder's: all its checks are named rules.
        let mut errors = validate_conditions(triage, ctx);
        errors.extend(citation_errors(triage, "citations-condition-"));
        errors.extend(replies);
        return errors;
    }
    if section == SectionId::Chronology {
        // Each act holds a list of evidence the catalogue cannot check: one named rule
        // checks the whole act, so its messages name the act and the evidence.
        let mut errors = validate_chronology(&triage.acts, ctx.today);
        errors.extend(replies);
        return errors;
    }
    let named: fn(&Triage, &RulesContext) -> Vec<FieldError> = match section {
        SectionId::AboutYou => about_you_rules,
        SectionId::Investigation => investigation_rules,
        SectionId::Respondent => respondent_rules,
        SectionId::BehaviourRisk => behaviour_risk_rules,
        SectionId::OrderSought => order_sought_rules,
        _ => |_, _| Vec::new(),
    };
    let mut errors = merge(check_section(section, triage, ctx), named(triage, ctx));
    if section == SectionId::BehaviourRisk {
        // The acts each test rests on are chosen under the test's evidence.
        let mut cited = citation_errors(triage, "citations-");
        cited.retain(|e| !e.field.starts_with("citations-condition-"));
        errors.extend(cited);
    }
    errors.extend(replies);
    errors
}

/// The citation errors whose fields start with `prefix`.
fn citation_errors(triage: &Triage, prefix: &str) -> Vec<FieldError> {
    let mut errors = validate_citations(&triage.citations, &triage.acts, triage.conditions.len());
    errors.retain(|e| e.field.starts_with(prefix));
    errors
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
        .map(|&section| {
            let mut errors = validate_section(triage, section, ctx);
            if section == SectionId::Conditions {
                errors.extend(catalogue_missing(triage, ctx));
            }
            SectionErrors { section, errors }
        })
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
