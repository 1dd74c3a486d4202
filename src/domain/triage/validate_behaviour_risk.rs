//! "Stalking behaviour and risk": what the respondent did, the evidence for each of
//! the three tests, the risk assessment, mental health and immediate risk.
use super::context::RulesContext;
use super::field_ids as id;
use super::fields::{char_count, FieldError};
use super::model::{SectionId, Triage};
use super::validate::validate_section;

/// The fewest characters that can describe evidence: below this an answer is a
/// placeholder ("see file", "yes"), not evidence.
pub const MINIMUM_EVIDENCE_CHARS: usize = 20;

/// The whole section: the catalogue's checks and [`behaviour_risk_rules`].
pub fn validate_behaviour_risk(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    validate_section(triage, SectionId::BehaviourRisk, ctx)
}

/// R1: each of the three tests (SPA s1(1)(a)–(c); facts items 6, 13) needs real
/// evidence, not a placeholder. The catalogue asks for all three; this says what a
/// too-short answer is missing.
pub fn behaviour_risk_rules(triage: &Triage, _ctx: &RulesContext) -> Vec<FieldError> {
    let b = &triage.behaviour_risk;
    let tests = [
        (id::BEHAVIOUR_ACTS_EVIDENCE, "Evidence of acts associated with stalking", "describe what the respondent did, when, and to whom", &b.acts_evidence),
        (id::BEHAVIOUR_RISK_EVIDENCE, "Evidence of risk associated with stalking", "describe the risk of physical or psychological harm and who is at risk", &b.risk_evidence),
        (id::BEHAVIOUR_NECESSITY_EVIDENCE, "Why an order is necessary", "explain why other measures are not enough and what the order would prevent", &b.necessity_evidence),
    ];
    let mut e = Vec::new();
    for (field, name, what_to_add, text) in tests {
        let count = char_count(text.trim());
        if count > 0 && count < MINIMUM_EVIDENCE_CHARS {
            e.push(FieldError::new(
                field,
                format!("{name} must be at least {MINIMUM_EVIDENCE_CHARS} characters: {what_to_add} (you have entered {count})"),
            ));
        }
    }
    e
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
        messages(validate_behaviour_risk(&t, &example_context()))
    }

    #[test]
    fn complete_evidence_passes() {
        assert_eq!(check(|_| {}), vec![]);
    }

    #[test]
    fn all_three_tests_need_evidence() {
        let errors = check(|t| {
            t.behaviour_risk.acts_evidence = String::new();
            t.behaviour_risk.risk_evidence = " ".into();
            t.behaviour_risk.necessity_evidence = String::new();
        });
        assert_eq!(
            errors,
            vec![
                pair(
                    "behaviour-acts-evidence",
                    "Enter the evidence that the respondent has carried out acts associated with stalking"
                ),
                pair(
                    "behaviour-risk-evidence",
                    "Enter the evidence that the respondent poses a risk associated with stalking"
                ),
                pair(
                    "behaviour-necessity-evidence",
                    "Enter why an order is necessary to protect the person from that risk"
                ),
            ]
        );
    }

    #[test]
    fn evidence_under_20_characters_says_what_is_missing() {
        let errors = check(|t| {
            t.behaviour_risk.acts_evidence = "see file".into();
            t.behaviour_risk.risk_evidence = "high risk".into();
            t.behaviour_risk.necessity_evidence = "needed".into();
        });
        assert_eq!(
            errors,
            vec![
                pair(
                    "behaviour-acts-evidence",
                    "Evidence of acts associated with stalking must be at least 20 characters: describe what the respondent did, when, and to whom (you have entered 8)"
                ),
                pair(
                    "behaviour-risk-evidence",
                    "Evidence of risk associated with stalking must be at least 20 characters: describe the risk of physical or psychological harm and who is at risk (you have entered 9)"
                ),
                pair(
                    "behaviour-necessity-evidence",
                    "Why an order is necessary must be at least 20 characters: explain why other measures are not enough and what the order would prevent (you have entered 6)"
                ),
            ]
        );
        assert_eq!(check(|t| t.behaviour_risk.acts_evidence = "x".repeat(20)), vec![]);
    }

    #[test]
    fn behaviours_and_other_details_are_needed() {
        let errors = check(|t| t.behaviour_risk.behaviours.clear());
        assert_eq!(
            errors,
            vec![pair(
                "behaviour-seen",
                "Select the behaviours the respondent has shown, or select other and describe them"
            )]
        );
        let errors = check(|t| {
            t.behaviour_risk.behaviours = vec![Behaviour::Other];
            t.behaviour_risk.other_behaviour_details = String::new();
        });
        assert_eq!(errors, vec![pair("behaviour-other-details", "Enter the other behaviour the respondent has shown")]);
    }

    #[test]
    fn a_risk_tool_needs_its_outcome() {
        let errors = check(|t| t.behaviour_risk.risk_tool = None);
        assert_eq!(
            errors,
            vec![pair(
                "behaviour-risk-tool",
                "Select the risk assessment tool you used, or select that no tool was used"
            )]
        );
        let errors = check(|t| {
            t.behaviour_risk.risk_tool = Some(RiskTool::Other);
            t.behaviour_risk.risk_outcome = String::new();
        });
        assert_eq!(
            errors,
            vec![
                pair("behaviour-risk-tool-other", "Enter the name of the tool"),
                pair("behaviour-risk-outcome", "Enter the outcome of the risk assessment"),
            ]
        );
        let no_tool = check(|t| {
            t.behaviour_risk.risk_tool = Some(RiskTool::NoneUsed);
            t.behaviour_risk.risk_outcome = String::new();
        });
        assert_eq!(no_tool, vec![]);
    }

    #[test]
    fn mental_health_and_immediate_risk_need_details_when_yes() {
        let errors = check(|t| {
            t.behaviour_risk.mental_health = Some(YesNoNotKnown::Yes);
            t.behaviour_risk.mental_health_details = String::new();
            t.behaviour_risk.immediate_risk = Some(YesNo::Yes);
            t.behaviour_risk.immediate_risk_details = String::new();
        });
        assert_eq!(
            errors,
            vec![
                pair("behaviour-mental-health-details", "Enter the respondent's known mental health issues"),
                pair("behaviour-immediate-risk-details", "Enter what the immediate risk of harm is and to whom"),
            ]
        );
        let unanswered = check(|t| {
            t.behaviour_risk.mental_health = None;
            t.behaviour_risk.immediate_risk = None;
        });
        assert_eq!(
            unanswered,
            vec![
                pair("behaviour-mental-health", "Select whether the respondent has any known mental health issues"),
                pair("behaviour-immediate-risk", "Select yes if there is an immediate risk of harm"),
            ]
        );
    }
}
