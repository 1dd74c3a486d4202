//! What a lawyer looks for first in a triage, above the full answers: the priority,
//! the respondent's age route, an existing SPO, the evidence for each of the three
//! tests (SPA s1(1)(a)–(c), facts item 6), existing orders and why each is not enough
//! (item 79), and the conditions with the catalogue's checks run again.
use crate::domain::conditions::catalogue::Catalogue;
use crate::domain::conditions::checks::{lint_set, Finding};
use crate::domain::triage::conditions_context::{conditions_context, conditions_section_findings};
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::notices::Priority;
use crate::domain::triage::payload::Payload;
use crate::domain::triage::questions::{behaviour_risk as b, existing_orders as x, order_sought as o, respondent as r};
use crate::domain::triage::target::Target;
use crate::domain::triage::youth::YouthRouteKind;

use super::rows::{review_rows, submission_context, ReviewRow};
use super::triage_from_payload::triage_from_payload;

/// The headline of a review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstLook {
    /// An immediate risk of harm was reported.
    pub urgent: bool,
    pub youth_route: YouthRouteKind,
    /// A youth court is likely (facts items 33, 58, 109: UNVERIFIED for England and Wales).
    pub youth_court_likely: bool,
    /// The rows that matter most, pinned as in the full answers, in this order: the
    /// immediate risk, the respondent's age, an existing SPO, the three tests'
    /// evidence, existing orders, the orders sought.
    pub rows: Vec<ReviewRow>,
}

/// The questions shown first, in order (an existing order's by its group).
const FIRST: &[&str] = &[
    b::IMMEDIATE_RISK,
    b::IMMEDIATE_RISK_DETAILS,
    r::DOB,
    r::DOB_NOT_KNOWN,
    r::UNDER_18,
    r::EXISTING_SPO,
    r::EXISTING_SPO_DETAILS,
    b::ACTS_EVIDENCE,
    b::RISK_EVIDENCE,
    b::NECESSITY_EVIDENCE,
    x::ANY,
    x::GROUP,
    o::ORDER_TYPE,
];

fn rank(row: &ReviewRow) -> Option<usize> {
    let Target::Answer(a) = &row.target else { return None };
    FIRST.iter().position(|q| match a.item {
        None => a.question == *q,
        Some(_) => a.question.starts_with(&format!("{q}-")),
    })
}

/// The headline of `payload`, judged on the day it was sent.
pub fn first_look(payload: &Payload, ctx: &RulesContext) -> FirstLook {
    let mut rows: Vec<(usize, ReviewRow)> = review_rows(payload, ctx).into_iter().filter_map(|row| Some((rank(&row)?, row))).collect();
    rows.sort_by_key(|(rank, _)| *rank);
    FirstLook {
        urgent: payload.priority == Priority::Urgent,
        youth_route: payload.respondent.youth_route,
        youth_court_likely: payload.respondent.youth_court_likely,
        rows: rows.into_iter().map(|(_, row)| row).collect(),
    }
}

/// The conditions builder's checks on the payload's conditions, run again against the
/// catalogue as the form ran them (the durations are checked with the order sought).
pub fn condition_findings(payload: &Payload, catalogue: &Catalogue, ctx: &RulesContext) -> Vec<Finding> {
    let day = submission_context(payload, ctx).today;
    let triage = triage_from_payload(payload);
    conditions_section_findings(lint_set(&payload.conditions, catalogue, &conditions_context(&triage, day)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::review::fixtures::example_payload;
    use crate::domain::triage::fixtures::{example_context, example_full_triage};

    #[test]
    fn the_headline_leads_with_risk_age_existing_orders_and_the_three_tests() {
        let look = first_look(&example_payload(), &example_context());
        assert!(!look.urgent);
        assert_eq!(look.youth_route, YouthRouteKind::NotYouth);
        let labels: Vec<&str> = look.rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Immediate risk of harm",
                "Respondent's date of birth",
                "Already subject to an SPO",
                "Evidence of acts associated with stalking",
                "Acts test (a) rests on",
                "Evidence of risk associated with stalking",
                "Acts test (b) rests on",
                "Why an order is necessary",
                "Acts test (c) rests on",
                "Orders or measures in place",
                "Order or measure 1: Type",
                "Order or measure 1: Details",
                "Order or measure 1: Why it is not enough",
                "Orders sought",
            ]
        );
    }

    #[test]
    fn the_conditions_are_checked_again_as_the_form_checked_them() {
        let ctx = example_context();
        let catalogue = ctx.conditions_catalogue.clone().expect("the real catalogue");
        let mut t = example_full_triage();
        t.conditions[0].reason = "  ".into();
        t.conditions[1].wording = "Go near Meadow Road.".into();
        let payload = crate::domain::triage::payload::Payload::build(&t, &ctx, crate::domain::triage::fixtures::example_meta());
        let in_form = conditions_section_findings(lint_set(&t.conditions, &catalogue, &conditions_context(&t, ctx.today)));
        let again = condition_findings(&payload, &catalogue, &ctx);
        assert!(!again.is_empty());
        assert_eq!(again, in_form);
    }
}
