//! Warnings that never block: things the officer should know or check, and the
//! submission's priority.
use serde::{Deserialize, Serialize};

use super::choices::{ExistingOrderKind, RiskTool, VictimStance, YesNo, YesNoNotKnown};
use super::context::RulesContext;
use super::field_ids as id;
use super::model::{SectionId, Triage};
use super::youth::{youth_route, YouthRoute};
use crate::domain::order::OrderType;

/// A warning shown beside a field (and on "Check your answers"); never stops submission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// The section whose page shows it.
    pub section: SectionId,
    /// The HTML id of the field it is about.
    pub field: String,
    pub message: String,
}

impl Notice {
    fn new(section: SectionId, field: impl Into<String>, message: impl Into<String>) -> Notice {
        Notice { section, field: field.into(), message: message.into() }
    }
}

/// How quickly the receiving team should pick the submission up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    /// An immediate risk of harm was reported.
    Urgent,
    Routine,
}

/// Urgent when the officer reports an immediate risk of harm (PRODUCT.md: mark the
/// submission urgent; facts item 31).
pub fn priority(triage: &Triage) -> Priority {
    if triage.behaviour_risk.immediate_risk == Some(YesNo::Yes) {
        Priority::Urgent
    } else {
        Priority::Routine
    }
}

/// Every notice for the triage as it stands, in task-list order.
pub fn notices(triage: &Triage, ctx: &RulesContext) -> Vec<Notice> {
    let mut out = Vec::new();
    people_under_18(triage, ctx, &mut out);
    respondent_age(triage, ctx, &mut out);
    existing_spo(triage, &mut out);
    immediate_risk(triage, &mut out);
    risk_tool(triage, &mut out);
    bail_not_listed(triage, &mut out);
    times_to_avoid(triage, &mut out);
    victim_stance(triage, &mut out);
    out.sort_by_key(|n| n.section);
    out
}

/// The notices for one section's page.
pub fn notices_for(triage: &Triage, section: SectionId, ctx: &RulesContext) -> Vec<Notice> {
    notices(triage, ctx).into_iter().filter(|n| n.section == section).collect()
}

/// Facts items 106 and 108: protecting a child. Item 106 is the draft APP (seed 004),
/// so the notice says so.
fn people_under_18(triage: &Triage, ctx: &RulesContext, out: &mut Vec<Notice>) {
    for (i, person) in triage.people.iter().enumerate() {
        if person.under_18(ctx.today) == Some(true) {
            out.push(Notice::new(
                SectionId::People,
                id::person(i, id::PERSON_NAME),
                format!(
                    "Person {} is under 18. Draft national guidance (the College of Policing's consultation \
                     draft APP) says their welfare is paramount, conditions must not conflict with family court \
                     orders, and any exception allowing contact with a child must be narrowly defined. Consider a \
                     referral to children's social care",
                    i + 1
                ),
            ));
        }
    }
}

/// Facts items 33, 58, 109 (youth court: likely, unverified), 103–104 (YJS), 57 (under 10).
fn respondent_age(triage: &Triage, ctx: &RulesContext, out: &mut Vec<Notice>) {
    match youth_route(triage, ctx.today) {
        YouthRoute::Youth { age } => {
            let (field, who) = match age {
                Some(age) => (id::date_part(id::RESPONDENT_DOB, super::dates::DatePart::Day), format!("The respondent is {age}")),
                None => (id::RESPONDENT_UNDER_18.to_string(), "You have said the respondent is under 18".to_string()),
            };
            out.push(Notice::new(
                SectionId::Respondent,
                field,
                format!(
                    "{who}. Draft national guidance asks you to contact the Youth Justice Service early and record \
                     that contact. A youth court is likely \
                     to hear the application (likely; to be confirmed with your legal services)"
                ),
            ))
        }
        YouthRoute::Unknown if triage.respondent.date_of_birth_not_known => out.push(Notice::new(
            SectionId::Respondent,
            id::RESPONDENT_DOB_NOT_KNOWN,
            "The respondent's age is not known. If they may be under 18, contact the Youth Justice Service early; \
             if they may be under 10, an order should not be sought (the Act sets no minimum age; the limit \
             comes from draft national guidance and the age of criminal responsibility)",
        )),
        _ => {}
    }
}

/// Facts item 17 (R10): a new order must not be incompatible with an existing one;
/// item 22: the existing order can be varied instead.
fn existing_spo(triage: &Triage, out: &mut Vec<Notice>) {
    let message = match triage.respondent.existing_spo {
        Some(YesNoNotKnown::Yes) => {
            "The respondent is already subject to a Stalking Protection Order. New conditions must not be \
             incompatible with that order's conditions, and applying to vary the existing order may be the \
             better route: check with your legal services"
        }
        Some(YesNoNotKnown::NotKnown) => {
            "Check whether the respondent is already subject to a Stalking Protection Order (for example on the \
             PNC) before you submit: new conditions must not be incompatible with an existing order"
        }
        _ => return,
    };
    out.push(Notice::new(SectionId::Respondent, id::RESPONDENT_EXISTING_SPO, message));
}

/// Facts item 31: consider an interim order where there is an immediate risk of harm.
fn immediate_risk(triage: &Triage, out: &mut Vec<Notice>) {
    if priority(triage) != Priority::Urgent {
        return;
    }
    out.push(Notice::new(
        SectionId::BehaviourRisk,
        id::BEHAVIOUR_IMMEDIATE_RISK,
        "This triage will be marked urgent. If anyone is in immediate danger, act now under your force's \
         safeguarding procedures: do not wait for an order",
    ));
    if triage.order_sought.order_type == Some(OrderType::FullOnly) {
        out.push(Notice::new(
            SectionId::OrderSought,
            id::ORDER_TYPE,
            "You have reported an immediate risk of harm: consider applying for an interim order as well, which \
             the court can make while the full application is decided",
        ));
    }
}

/// Facts item 76: the authorising officer expects a risk assessment with a screening tool.
fn risk_tool(triage: &Triage, out: &mut Vec<Notice>) {
    if triage.behaviour_risk.risk_tool == Some(RiskTool::NoneUsed) {
        out.push(Notice::new(
            SectionId::BehaviourRisk,
            id::BEHAVIOUR_RISK_TOOL,
            "No risk assessment tool was used. The authorising officer will expect a risk assessment using a \
             screening tool as well as professional judgement",
        ));
    }
}

/// Facts items 79 and 100: bail has been treated as a reason to refuse an order, so
/// the application should say why it is not enough.
fn bail_not_listed(triage: &Triage, out: &mut Vec<Notice>) {
    let inv = &triage.investigation;
    let on_bail = inv.substantive == Some(YesNo::Yes) && inv.bail_in_place == Some(YesNo::Yes);
    let x = &triage.existing_orders;
    let listed =
        x.any == Some(YesNo::Yes) && x.orders.iter().any(|o| o.kind == Some(ExistingOrderKind::BailConditions));
    if on_bail && !listed {
        out.push(Notice::new(
            SectionId::ExistingOrders,
            id::EXISTING_ORDERS_ANY,
            "You said the respondent is on bail. Add the bail conditions here and say why they are not enough to \
             manage the risk: courts have refused orders because bail was thought to be enough",
        ));
    }
}

/// Facts item 15 (R3): conditions must avoid religion, work and education times as far
/// as practicable.
fn times_to_avoid(triage: &Triage, out: &mut Vec<Notice>) {
    if triage.order_sought.avoid_times == Some(YesNoNotKnown::Yes) {
        out.push(Notice::new(
            SectionId::OrderSought,
            id::ORDER_AVOID_TIMES,
            "Check each proposed condition against these times: as far as practicable, conditions must avoid \
             conflict with the respondent's religious beliefs and interference with the times they normally \
             work or attend an educational establishment",
        ));
    }
}

/// Facts items 76–77 (R8): consent is not required.
fn victim_stance(triage: &Triage, out: &mut Vec<Notice>) {
    let v = &triage.victim_views;
    let unsupported = matches!(v.stance, Some(VictimStance::DoesNotSupport | VictimStance::Mixed));
    if v.obtained == Some(YesNo::Yes) && unsupported {
        out.push(Notice::new(
            SectionId::VictimViews,
            id::VICTIM_STANCE,
            "You can still apply: the victim's consent is not needed. Record their views and concerns, and \
             consider whether the application could make the respondent's behaviour escalate",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::dates::{CivilDate, DateInput};
    use crate::domain::triage::fixtures::{example_context, example_full_triage};

    fn fields(t: &Triage) -> Vec<String> {
        notices(t, &example_context()).into_iter().map(|n| n.field).collect()
    }

    fn message_for(t: &Triage, field: &str) -> String {
        notices(t, &example_context()).into_iter().find(|n| n.field == field).map(|n| n.message).unwrap_or_default()
    }

    #[test]
    fn the_example_case_has_only_its_expected_notices() {
        let t = example_full_triage();
        assert_eq!(fields(&t), Vec::<String>::new());
        assert_eq!(priority(&t), Priority::Routine);
    }

    #[test]
    fn an_immediate_risk_makes_the_triage_urgent_and_suggests_an_interim_order() {
        let mut t = example_full_triage();
        t.behaviour_risk.immediate_risk = Some(YesNo::Yes);
        t.behaviour_risk.immediate_risk_details = "Threat to attend the victim's home tonight".into();
        assert_eq!(priority(&t), Priority::Urgent);
        assert_eq!(fields(&t), vec!["behaviour-immediate-risk"]);
        t.order_sought.order_type = Some(OrderType::FullOnly);
        assert_eq!(fields(&t), vec!["behaviour-immediate-risk", "order-type"]);
        assert_eq!(
            message_for(&t, "order-type"),
            "You have reported an immediate risk of harm: consider applying for an interim order as well, which \
             the court can make while the full application is decided"
        );
    }

    #[test]
    fn an_existing_spo_is_flagged_but_does_not_block() {
        let mut t = example_full_triage();
        t.respondent.existing_spo = Some(YesNoNotKnown::Yes);
        t.respondent.existing_spo_details = "Interim SPO, Exampletown Magistrates, 1 May 2025".into();
        assert_eq!(
            message_for(&t, "respondent-existing-spo"),
            "The respondent is already subject to a Stalking Protection Order. New conditions must not be \
             incompatible with that order's conditions, and applying to vary the existing order may be the \
             better route: check with your legal services"
        );
        assert!(crate::domain::triage::validate::is_ready_to_submit(&t, &example_context()));
    }

    #[test]
    fn a_youth_respondent_is_flagged_for_a_youth_court_as_likely_only() {
        let mut t = example_full_triage();
        let today = example_context().today;
        t.respondent.date_of_birth = DateInput::from_date(CivilDate::new(today.year - 16, 1, 1).unwrap());
        let message = message_for(&t, "respondent-dob-day");
        assert!(message.starts_with("The respondent is 16."), "{message}");
        assert!(message.contains("likely; to be confirmed"), "{message}");
    }

    #[test]
    fn a_victim_who_does_not_support_is_told_consent_is_not_needed() {
        let mut t = example_full_triage();
        t.victim_views.stance = Some(VictimStance::DoesNotSupport);
        assert!(message_for(&t, "victim-stance").contains("consent is not needed"));
    }

    #[test]
    fn other_notices_appear_where_they_apply() {
        let mut t = example_full_triage();
        t.people[1].date_of_birth = DateInput::from_date(CivilDate::new(2015, 3, 3).unwrap());
        t.respondent.date_of_birth_not_known = true;
        t.behaviour_risk.risk_tool = Some(RiskTool::NoneUsed);
        t.investigation.bail_in_place = Some(YesNo::Yes);
        t.existing_orders.orders.retain(|o| o.kind != Some(ExistingOrderKind::BailConditions));
        t.order_sought.avoid_times = Some(YesNoNotKnown::Yes);
        assert_eq!(
            fields(&t),
            vec![
                "people-1-name",
                "respondent-dob-not-known",
                "behaviour-risk-tool",
                "existing-orders-any",
                "order-avoid-times"
            ]
        );
    }
}
