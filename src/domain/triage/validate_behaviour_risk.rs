//! "Stalking behaviour and risk": what the respondent did, the evidence for each of
//! the three tests, the risk assessment, mental health and immediate risk.
use super::choices::{Behaviour, RiskTool, YesNo, YesNoNotKnown};
use super::context::RulesContext;
use super::field_ids as id;
use super::fields::{char_count, Errors, FieldError, Question, LONG, SHORT};
use super::model::Triage;

/// The fewest characters that can describe evidence: below this an answer is a
/// placeholder ("see file", "yes"), not evidence.
pub const MINIMUM_EVIDENCE_CHARS: usize = 20;

/// The behaviours and evidence the three tests rest on (SPA s1(1)(a)–(c) and s2(1);
/// facts items 6, 13, R1), with the risk assessment the authorising officer checks
/// (facts item 76) and the mental health question from the Cheshire triage (item 79).
pub fn validate_behaviour_risk(triage: &Triage, _ctx: &RulesContext) -> Vec<FieldError> {
    let b = &triage.behaviour_risk;
    let mut e = Errors::default();
    // Facts items 12 and 83: the s2A(3) list is examples, so "other" is allowed, but
    // at least one behaviour must be named for test (a).
    if b.behaviours.is_empty() {
        e.add(id::BEHAVIOUR_SEEN, "Select the behaviours the respondent has shown, or select other and describe them");
    }
    if b.behaviours.contains(&Behaviour::Other) {
        let q = Question {
            label: "Other behaviour",
            enter: "Enter the other behaviour the respondent has shown",
            limit: LONG,
        };
        e.required_text(id::BEHAVIOUR_OTHER, &b.other_behaviour_details, q);
    }
    for test in &THREE_TESTS {
        evidence(&mut e, test, (test.answer)(triage));
    }
    risk_tool(&mut e, triage);
    e.choose(
        id::BEHAVIOUR_MENTAL_HEALTH,
        &b.mental_health,
        "Select whether the respondent has any known mental health issues",
    );
    if b.mental_health == Some(YesNoNotKnown::Yes) {
        let q = Question {
            label: "Mental health issues",
            enter: "Enter the respondent's known mental health issues",
            limit: LONG,
        };
        e.required_text(id::BEHAVIOUR_MENTAL_HEALTH_DETAILS, &b.mental_health_details, q);
    }
    e.choose(id::BEHAVIOUR_IMMEDIATE_RISK, &b.immediate_risk, "Select yes if there is an immediate risk of harm");
    if b.immediate_risk == Some(YesNo::Yes) {
        let q = Question {
            label: "Immediate risk of harm",
            enter: "Enter what the immediate risk of harm is and to whom",
            limit: LONG,
        };
        e.required_text(id::BEHAVIOUR_IMMEDIATE_RISK_DETAILS, &b.immediate_risk_details, q);
    }
    e.0
}

/// One of the three tests and how its evidence is asked for.
struct Test {
    field: &'static str,
    label: &'static str,
    enter: &'static str,
    /// Said after "must be at least 20 characters:" to say what is missing.
    what_to_add: &'static str,
    answer: fn(&Triage) -> &str,
}

/// Facts item 6 (SPA s1(1)(a)–(c)); the statutory terms of art are kept word for word.
const THREE_TESTS: [Test; 3] = [
    Test {
        field: id::BEHAVIOUR_ACTS_EVIDENCE,
        label: "Evidence of acts associated with stalking",
        enter: "Enter the evidence that the respondent has carried out acts associated with stalking",
        what_to_add: "describe what the respondent did, when, and to whom",
        answer: |t| &t.behaviour_risk.acts_evidence,
    },
    Test {
        field: id::BEHAVIOUR_RISK_EVIDENCE,
        label: "Evidence of risk associated with stalking",
        enter: "Enter the evidence that the respondent poses a risk associated with stalking",
        what_to_add: "describe the risk of physical or psychological harm and who is at risk",
        answer: |t| &t.behaviour_risk.risk_evidence,
    },
    Test {
        field: id::BEHAVIOUR_NECESSITY_EVIDENCE,
        label: "Why an order is necessary",
        enter: "Enter why an order is necessary to protect the person from that risk",
        what_to_add: "explain why other measures are not enough and what the order would prevent",
        answer: |t| &t.behaviour_risk.necessity_evidence,
    },
];

/// R1: each test needs real evidence, not a placeholder.
fn evidence(e: &mut Errors, test: &Test, text: &str) {
    let q = Question { label: test.label, enter: test.enter, limit: LONG };
    if !e.required_text(test.field, text, q) {
        return;
    }
    let count = char_count(text.trim());
    if count < MINIMUM_EVIDENCE_CHARS {
        e.add(
            test.field,
            format!(
                "{} must be at least {MINIMUM_EVIDENCE_CHARS} characters: {} (you have entered {count})",
                test.label, test.what_to_add
            ),
        );
    }
}

/// Facts items 76 and 93: the tool used and what it found.
fn risk_tool(e: &mut Errors, triage: &Triage) {
    let b = &triage.behaviour_risk;
    e.choose(
        id::BEHAVIOUR_RISK_TOOL,
        &b.risk_tool,
        "Select the risk assessment tool you used, or select that no tool was used",
    );
    if b.risk_tool == Some(RiskTool::Other) {
        let q = Question {
            label: "Name of the risk tool",
            enter: "Enter the name of the risk assessment tool you used",
            limit: SHORT,
        };
        e.required_text(id::BEHAVIOUR_RISK_TOOL_OTHER, &b.risk_tool_other, q);
    }
    if b.risk_tool.is_some_and(|t| t != RiskTool::NoneUsed) {
        let q = Question {
            label: "Risk assessment outcome",
            enter: "Enter the outcome or risk level the tool gave",
            limit: LONG,
        };
        e.required_text(id::BEHAVIOUR_RISK_OUTCOME, &b.risk_outcome, q);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
                pair("behaviour-risk-tool-other", "Enter the name of the risk assessment tool you used"),
                pair("behaviour-risk-outcome", "Enter the outcome or risk level the tool gave"),
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
