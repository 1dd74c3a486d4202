//! "Stalking behaviour and risk": what the respondent did and the evidence for the
//! three tests (SPA s1(1)(a)–(c); facts items 6, 13), the risk assessment the
//! authorising officer checks (item 76), mental health (the Cheshire triage, item 79)
//! and immediate risk. The evidence's minimum length and the risk outcome's rule are
//! named rules (`validate_behaviour_risk`).
use super::question::{Entry, Input, Kind, Question};
use crate::domain::triage::choices::{Behaviour, RiskTool, YesNo, YesNoNotKnown};
use crate::domain::triage::fields::{LONG, SHORT};
use crate::field;

pub const SEEN: &str = "behaviour-seen";
pub const OTHER: &str = "behaviour-other-details";
pub const ACTS_EVIDENCE: &str = "behaviour-acts-evidence";
pub const RISK_EVIDENCE: &str = "behaviour-risk-evidence";
pub const NECESSITY_EVIDENCE: &str = "behaviour-necessity-evidence";
pub const RISK_TOOL: &str = "behaviour-risk-tool";
pub const RISK_TOOL_OTHER: &str = "behaviour-risk-tool-other";
pub const RISK_OUTCOME: &str = "behaviour-risk-outcome";
pub const MENTAL_HEALTH: &str = "behaviour-mental-health";
pub const MENTAL_HEALTH_DETAILS: &str = "behaviour-mental-health-details";
pub const MENTAL_HEALTH_CHECKS: &str = "behaviour-mental-health-checks";
pub const IMMEDIATE_RISK: &str = "behaviour-immediate-risk";
pub const IMMEDIATE_RISK_DETAILS: &str = "behaviour-immediate-risk-details";

pub static QUESTIONS: &[Entry] = &[
    Entry::Ask(
        Question::new(SEEN, "Which behaviours have you seen?", Kind::Checkboxes { choices: Behaviour::LABELS }, field!(behaviour_risk.behaviours))
            .named("Behaviours seen")
            .hint("Select all that apply. These are examples of acts associated with stalking, not a complete list.")
            .why("recognising-stalking", "behaviours")
            .required("Select the behaviours the respondent has shown, or select other and describe them"),
    ),
    Entry::Ask(
        Question::new(OTHER, "Describe the other behaviour", Kind::long(LONG, 3), field!(behaviour_risk.other_behaviour_details))
            .named("Other behaviour")
            .under(SEEN, Behaviour::Other as usize)
            .required("Enter the other behaviour the respondent has shown"),
    ),
    // Facts item 6: the statutory terms of art are kept word for word.
    Entry::Ask(
        Question::new(ACTS_EVIDENCE, "1. What acts associated with stalking has the respondent carried out?", Kind::counted(LONG, 5), field!(behaviour_risk.acts_evidence))
            .named("Evidence of acts associated with stalking")
            .why("three-tests", "acts")
            .required("Enter the evidence that the respondent has carried out acts associated with stalking"),
    ),
    Entry::Ask(
        Question::new(RISK_EVIDENCE, "2. What risk associated with stalking does the respondent pose, and to whom?", Kind::counted(LONG, 5), field!(behaviour_risk.risk_evidence))
            .named("Evidence of risk associated with stalking")
            .hint("The risk can be of physical or psychological harm.")
            .why("three-tests", "risk")
            .required("Enter the evidence that the respondent poses a risk associated with stalking"),
    ),
    Entry::Ask(
        Question::new(NECESSITY_EVIDENCE, "3. Why is an order necessary to protect the person from that risk?", Kind::counted(LONG, 5), field!(behaviour_risk.necessity_evidence))
            .named("Why an order is necessary")
            .hint("Say why other measures are not enough.")
            .why("three-tests", "necessity")
            .required("Enter why an order is necessary to protect the person from that risk"),
    ),
    Entry::Ask(
        Question::new(RISK_TOOL, "Which risk assessment tool did you use?", Kind::radios(RiskTool::LABELS), field!(behaviour_risk.risk_tool))
            .named("Risk assessment tool")
            .why("recognising-stalking", "risk-tools")
            .required("Select the risk assessment tool you used, or select that no tool was used"),
    ),
    Entry::Ask(
        Question::new(RISK_TOOL_OTHER, "Name of the tool", Kind::line(SHORT, 20, Input::Text), field!(behaviour_risk.risk_tool_other))
            .under(RISK_TOOL, RiskTool::Other as usize)
            .required("Enter the name of the tool"),
    ),
    // Shown unless no tool was used: the outcome of a tool that was not used is nothing.
    Entry::Ask(
        Question::new(RISK_OUTCOME, "Outcome of the risk assessment", Kind::long(LONG, 2), field!(behaviour_risk.risk_outcome))
            .hint("For example, the risk level and the date of the assessment")
            .when(|t, _| t.behaviour_risk.risk_tool.is_some_and(|tool| tool != RiskTool::NoneUsed))
            .required("Enter the outcome of the risk assessment"),
    ),
    Entry::Ask(
        Question::new(MENTAL_HEALTH, "Does the respondent have known mental health issues?", Kind::inline(YesNoNotKnown::LABELS), field!(behaviour_risk.mental_health))
            .named("Known mental health issues")
            .why("using-the-triage-form", "mental-health")
            .required("Select whether the respondent has any known mental health issues"),
    ),
    Entry::Ask(
        Question::new(MENTAL_HEALTH_DETAILS, "Give details of their mental health issues", Kind::long(LONG, 3), field!(behaviour_risk.mental_health_details))
            .named("Mental health issues")
            .under(MENTAL_HEALTH, YesNoNotKnown::Yes as usize)
            .required("Enter the respondent's known mental health issues"),
    ),
    // Module 05 asks officers to say what they checked when the answer is "not known",
    // so legal services can judge whether an assessment condition is worth proposing.
    Entry::Ask(
        Question::new(MENTAL_HEALTH_CHECKS, "What did you check?", Kind::long(LONG, 3), field!(behaviour_risk.mental_health_checks))
            .named("Mental health checks made")
            .hint("For example, police systems, the custody record, or asking the victim or a liaison and diversion service")
            .under(MENTAL_HEALTH, YesNoNotKnown::NotKnown as usize)
            .required("Enter what you checked to find out about the respondent's mental health"),
    ),
    Entry::Ask(
        Question::new(IMMEDIATE_RISK, "Is there an immediate risk of harm?", Kind::inline(YesNo::LABELS), field!(behaviour_risk.immediate_risk))
            .named("Immediate risk of harm")
            .why("interim-and-full-orders", "when-interim")
            .required("Select yes if there is an immediate risk of harm"),
    ),
    Entry::Ask(
        Question::new(IMMEDIATE_RISK_DETAILS, "What is the immediate risk?", Kind::long(LONG, 3), field!(behaviour_risk.immediate_risk_details))
            .named("Immediate risk")
            .under(IMMEDIATE_RISK, YesNo::Yes as usize)
            .required("Enter what the immediate risk of harm is and to whom"),
    ),
];
