//! "The investigation": whether there is one, its crime references, offences, stage and bail.
use super::context::RulesContext;
use super::field_ids as id;
use super::fields::{matches_crime_reference, FieldError};
use super::model::{filled, SectionId, Triage};
use super::questions::{group_shown, investigation::CRIME_REFERENCE};
use super::validate::validate_section;

/// The whole section: the catalogue's checks and [`investigation_rules`].
pub fn validate_investigation(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    validate_section(triage, SectionId::Investigation, ctx)
}

/// Each crime reference in the force's format, and no repeats. Blank extra rows from
/// "add another" are ignored (the catalogue asks for at least one).
pub fn investigation_rules(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    let mut e = Vec::new();
    if !group_shown(SectionId::Investigation, CRIME_REFERENCE, triage) {
        return e;
    }
    let references = &triage.investigation.crime_references;
    for (i, reference) in references.iter().enumerate().filter(|(_, r)| filled(r)) {
        let field = id::crime_reference(i);
        let label = format!("Crime reference {}", i + 1);
        if !matches_crime_reference(ctx.crime_reference_pattern.as_ref(), reference) {
            e.push(FieldError::new(field, format_message(&label, ctx)));
        } else if let Some(first) = references[..i].iter().position(|r| same_reference(r, reference)) {
            e.push(FieldError::new(field, format!("{label} is the same as crime reference {}: remove it", first + 1)));
        }
    }
    e
}

fn format_message(label: &str, ctx: &RulesContext) -> String {
    let example = ctx.crime_reference_example.trim();
    if example.is_empty() {
        format!("{label} is not in your force's crime reference format: check it and enter it again")
    } else {
        format!("{label} must look like {example}")
    }
}

fn same_reference(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use crate::domain::triage::choices::*;
    #[allow(unused_imports)]
    use crate::domain::triage::model::*;
    use crate::domain::triage::choices::InvestigationStage;
    use crate::domain::triage::fixtures::{example_context, example_full_triage};
    use crate::domain::triage::test_support::{messages, pair};

    fn check(change: impl FnOnce(&mut Triage)) -> Vec<(String, String)> {
        let mut t = example_full_triage();
        change(&mut t);
        messages(validate_investigation(&t, &example_context()))
    }

    #[test]
    fn a_complete_investigation_passes() {
        assert_eq!(check(|_| {}), vec![]);
    }

    #[test]
    fn the_first_question_must_be_answered() {
        let errors = check(|t| t.investigation = Default::default());
        assert_eq!(
            errors,
            vec![pair("investigation-substantive", "Select yes if there is a substantive investigation")]
        );
    }

    #[test]
    fn no_substantive_investigation_needs_nothing_more() {
        let errors = check(|t| {
            t.investigation = Default::default();
            t.investigation.substantive = Some(YesNo::No);
        });
        assert_eq!(errors, vec![]);
    }

    #[test]
    fn a_substantive_investigation_needs_its_details() {
        let errors = check(|t| {
            t.investigation = Default::default();
            t.investigation.substantive = Some(YesNo::Yes);
            t.investigation.crime_references = vec![String::new()];
        });
        assert_eq!(
            errors,
            vec![
                pair("investigation-crime-reference-0", "Enter at least one crime reference"),
                pair("investigation-offences", "Select the offences being investigated"),
                pair("investigation-stage", "Select the stage the investigation has reached"),
                pair("investigation-bail", "Select yes if the respondent is on bail"),
            ]
        );
    }

    #[test]
    fn crime_references_must_match_the_forces_format() {
        let errors = check(|t| {
            t.investigation.crime_references =
                vec!["24/123456/25".into(), "2024-99".into(), " ".into(), "24/123456/25".into()];
        });
        assert_eq!(
            errors,
            vec![
                pair("investigation-crime-reference-1", "Crime reference 2 must look like 24/123456/25"),
                pair(
                    "investigation-crime-reference-3",
                    "Crime reference 4 is the same as crime reference 1: remove it"
                ),
            ]
        );
    }

    #[test]
    fn without_an_example_the_format_message_still_helps() {
        let mut ctx = example_context();
        ctx.crime_reference_example = String::new();
        let mut t = example_full_triage();
        t.investigation.crime_references = vec!["nope".into()];
        assert_eq!(
            messages(validate_investigation(&t, &ctx)),
            vec![pair(
                "investigation-crime-reference-0",
                "Crime reference 1 is not in your force's crime reference format: check it and enter it again"
            )]
        );
    }

    #[test]
    fn other_offences_and_bail_need_details() {
        let errors = check(|t| {
            t.investigation.offences = vec![Offence::Other];
            t.investigation.other_offence_details = String::new();
            t.investigation.stage = Some(InvestigationStage::Charged);
            t.investigation.bail_in_place = Some(YesNo::Yes);
            t.investigation.bail_details = String::new();
        });
        assert_eq!(
            errors,
            vec![
                pair("investigation-other-offence-details", "Enter the other offences being investigated"),
                pair("investigation-bail-details", "Enter the bail conditions and when bail ends"),
            ]
        );
    }
}
