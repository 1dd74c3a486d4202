//! A delivered payload read back into the form's answers, so the review shows it with
//! the question catalogue's own rows (as check answers does), pins comments to the
//! catalogue's questions, and compares versions answer by answer.
//!
//! The inverse of `Payload::build` for every payload the form sends: building again
//! from the result, on the submission's date, gives the same payload (a property test
//! says so). Answers a payload leaves out (blank, or hidden by another answer) come
//! back blank; ages, the youth route and the priority are worked out again.
use crate::domain::order::{FullDuration, Locality};
use crate::domain::triage::choices::{FullDurationChoice, LocalityChoice, YesNo, YesNoNotKnown};
use crate::domain::triage::dates::{CivilDate, DateInput};
use crate::domain::triage::model::*;
use crate::domain::triage::payload::*;

/// The answers a payload was built from, as far as it carries them.
pub fn triage_from_payload(p: &Payload) -> Triage {
    Triage {
        about_you: about_you(&p.officer),
        investigation: investigation(&p.investigation),
        people: p.people.iter().map(person).collect(),
        respondent: respondent(&p.respondent),
        youth_justice: p.youth_justice.as_ref().map(youth_justice).unwrap_or_default(),
        behaviour_risk: behaviour_risk(&p.behaviour_risk),
        existing_orders: existing_orders(&p.existing_orders),
        order_sought: order_sought(&p.order_sought),
        summary: CaseSummary { text: p.summary.clone() },
        conditions: p.conditions.clone(),
        acts: crate::domain::triage::payload_chronology::acts_from_answers(&p.chronology),
        citations: crate::domain::triage::payload_chronology::citations_from_answers(&p.citations),
        victim_views: victim_views(&p.victim_views),
        declaration: Declaration { confirmed: p.declaration_confirmed },
        completed_sections: Vec::new(),
        #[cfg(feature = "answering")]
        answering: None,
    }
}

fn text(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

fn yes_no(value: Option<bool>) -> Option<YesNo> {
    value.map(|yes| if yes { YesNo::Yes } else { YesNo::No })
}

/// A `YYYY-MM-DD` date as the officer would have typed it; blank when missing or unreadable.
fn date(value: &Option<String>) -> DateInput {
    value.as_deref().and_then(CivilDate::parse_iso).map(DateInput::from_date).unwrap_or_default()
}

fn about_you(o: &OfficerAnswers) -> AboutYou {
    AboutYou {
        name: o.name.clone(),
        rank: o.rank.clone(),
        collar_number: o.collar_number.clone(),
        email: o.email.clone(),
        phone: o.phone.clone(),
        team: o.team.clone(),
    }
}

fn investigation(i: &InvestigationAnswers) -> Investigation {
    Investigation {
        substantive: yes_no(i.substantive),
        crime_references: i.crime_references.clone(),
        offences: i.offences.clone(),
        other_offence_details: text(&i.other_offence_details),
        stage: i.stage,
        bail_in_place: yes_no(i.bail_in_place),
        bail_details: text(&i.bail_details),
    }
}

/// With no date of birth the officer ticked "not known" (the form asks for one or the
/// other), and answered whether they are under 18: "not known" when the payload has no
/// answer.
fn person(p: &PersonAnswers) -> ProtectedPerson {
    let not_known = p.date_of_birth.is_none();
    ProtectedPerson {
        name: p.name.clone(),
        date_of_birth: date(&p.date_of_birth),
        date_of_birth_not_known: not_known,
        under_18_if_not_known: not_known.then_some(match p.under_18 {
            Some(true) => YesNoNotKnown::Yes,
            Some(false) => YesNoNotKnown::No,
            None => YesNoNotKnown::NotKnown,
        }),
        relationship: p.relationship,
        role: p.role,
    }
}

/// The respondent's "under 18" answer is sent only when it was asked, that is when the
/// date of birth is not known.
fn respondent(r: &RespondentAnswers) -> Respondent {
    Respondent {
        name: r.name.clone(),
        other_names: text(&r.other_names),
        date_of_birth: date(&r.date_of_birth),
        date_of_birth_not_known: r.date_of_birth.is_none() && r.under_18.is_some(),
        under_18_if_not_known: r.under_18,
        address: r.address.clone(),
        area_connection: r.area_connection,
        existing_spo: r.existing_spo,
        existing_spo_details: text(&r.existing_spo_details),
        sex_offender_notification: r.sex_offender_notification,
    }
}

fn youth_justice(y: &YouthJusticeAnswers) -> YouthJustice {
    YouthJustice {
        contacted: yes_no(y.contacted),
        contact_date: date(&y.contact_date),
        contact_name: text(&y.contact_name),
        contact_view: text(&y.contact_view),
        reason_not_contacted: text(&y.reason_not_contacted),
    }
}

fn behaviour_risk(b: &BehaviourRiskAnswers) -> BehaviourRisk {
    BehaviourRisk {
        behaviours: b.behaviours.clone(),
        other_behaviour_details: text(&b.other_behaviour_details),
        acts_evidence: b.acts_evidence.clone(),
        risk_evidence: b.risk_evidence.clone(),
        necessity_evidence: b.necessity_evidence.clone(),
        risk_tool: b.risk_tool,
        risk_tool_other: text(&b.risk_tool_other),
        risk_outcome: text(&b.risk_outcome),
        mental_health: b.mental_health,
        mental_health_details: text(&b.mental_health_details),
        mental_health_checks: text(&b.mental_health_checks),
        immediate_risk: yes_no(b.immediate_risk),
        immediate_risk_details: text(&b.immediate_risk_details),
    }
}

fn existing_orders(x: &ExistingOrdersAnswers) -> ExistingOrders {
    ExistingOrders {
        any: yes_no(x.any),
        orders: x
            .orders
            .iter()
            .map(|o| ExistingOrder { kind: o.kind, details: o.details.clone(), why_not_enough: o.why_not_enough.clone() })
            .collect(),
    }
}

fn order_sought(o: &OrderSoughtAnswers) -> OrderSought {
    let (full_duration, full_months) = match &o.full_duration {
        Some(FullDuration::FixedMonths { months }) => (Some(FullDurationChoice::FixedPeriod), months.to_string()),
        Some(FullDuration::UntilFurtherOrder) => (Some(FullDurationChoice::UntilFurtherOrder), String::new()),
        None => (None, String::new()),
    };
    let (locality, locality_description) = match &o.locality {
        Some(Locality::WholeUk) => (Some(LocalityChoice::WholeUk), String::new()),
        Some(Locality::Limited { description }) => (Some(LocalityChoice::Limited), description.clone()),
        None => (None, String::new()),
    };
    OrderSought {
        order_type: o.order_type,
        full_duration,
        full_months,
        interim_weeks: o.interim_duration.map(|d| d.weeks.to_string()).unwrap_or_default(),
        locality,
        locality_description,
        avoid_times: o.avoid_times,
        avoid_details: text(&o.avoid_details),
    }
}

fn victim_views(v: &VictimViewsAnswers) -> VictimViews {
    VictimViews {
        obtained: yes_no(v.obtained),
        stance: v.stance,
        views_on_conditions: text(&v.views_on_conditions),
        advocate: v.advocate,
        advocate_name: text(&v.advocate_name),
        reason_not_obtained: text(&v.reason_not_obtained),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::review::rows::submission_context;
    use crate::domain::triage::fixtures::{example_context, example_full_triage, example_meta};

    fn rebuilt(t: &Triage) -> (Payload, Payload) {
        let ctx = example_context();
        let sent = Payload::build(t, &ctx, example_meta());
        let again = Payload::build(&triage_from_payload(&sent), &submission_context(&sent, &ctx), example_meta());
        (sent, again)
    }

    #[test]
    fn the_example_payload_reads_back_to_the_same_answers() {
        let (sent, again) = rebuilt(&example_full_triage());
        assert_eq!(sent, again);
    }

    #[test]
    fn unknown_dates_of_birth_and_other_branches_read_back() {
        let mut t = example_full_triage();
        t.people[1].date_of_birth = DateInput::default();
        t.people[1].date_of_birth_not_known = true;
        t.people[1].under_18_if_not_known = Some(YesNoNotKnown::NotKnown);
        t.respondent.date_of_birth = DateInput::default();
        t.respondent.date_of_birth_not_known = true;
        t.respondent.under_18_if_not_known = Some(YesNoNotKnown::No);
        t.order_sought.full_duration = Some(FullDurationChoice::UntilFurtherOrder);
        t.order_sought.full_months = String::new();
        t.order_sought.locality = Some(LocalityChoice::Limited);
        t.order_sought.locality_description = "Exampleshire".into();
        t.victim_views.obtained = Some(YesNo::No);
        t.victim_views.reason_not_obtained = "Victim abroad".into();
        let (sent, again) = rebuilt(&t);
        assert_eq!(sent, again);
    }
}
