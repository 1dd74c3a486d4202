//! Generated triages: valid ones (every rule passes on the example's date), built
//! from the example case with generated names, texts, dates, numbers and choices; and
//! arbitrary ones, with anything at all typed into every box.
use proptest::collection::{btree_set, vec};
use proptest::prelude::*;
use proptest::sample::select;

use spo_triage::domain::conditions::chosen::{ChosenCondition, SlotValue};
use spo_triage::domain::order::OrderType;
use spo_triage::domain::triage::fixtures::{example_full_triage, EXAMPLE_TODAY};
use spo_triage::domain::triage::*;

use crate::text::{any_text, huge_text, name, valid_text};

/// Limits from `fields.rs`: short answers, long answers, the summary (names are kept
/// short by [`name`]).
const SHORT: usize = 500;
const LONG: usize = 2_000;
const SUMMARY: usize = 5_000;

/// A date of birth typed into the three boxes: born between 1900 and `latest_year`.
fn date_of_birth(latest_year: i32) -> impl Strategy<Value = DateInput> {
    let earliest = CivilDate::new(1900, 1, 1).map(CivilDate::to_days).unwrap_or(0);
    let latest = CivilDate::new(latest_year, 1, 1).map(CivilDate::to_days).unwrap_or(earliest + 1);
    (earliest..=latest, any::<bool>()).prop_map(|(days, padded)| {
        let mut input = DateInput::from_date(CivilDate::from_days(days));
        if padded {
            // "03" and " 1990 " are typed as often as "3" and "1990".
            input.day = format!("{:0>2}", input.day);
            input.month = format!("{:0>2}", input.month);
            input.year = format!(" {} ", input.year);
        }
        input
    })
}

pub fn email() -> impl Strategy<Value = String> {
    ("[a-z][a-z0-9._+-]{0,20}[a-z0-9]", "[a-z][a-z0-9-]{0,10}[a-z0-9]", select(&["police.uk", "gov.uk", "pnn.police.uk"][..]))
        .prop_filter("no double dots", |(local, _, _)| !local.contains(".."))
        .prop_map(|(local, host, tld)| format!("{local}@{host}.{tld}"))
}

pub fn phone() -> impl Strategy<Value = String> {
    prop_oneof![
        "0[1-9][0-9]{3} [0-9]{3} [0-9]{3}",
        "07[0-9]{3} [0-9]{6}",
        r"\+44 ?[1-9][0-9]{3} ?[0-9]{6}",
        r"\+44 \(0\)[1-9][0-9]{2} [0-9]{3} [0-9]{4}",
    ]
}

fn about_you() -> impl Strategy<Value = AboutYou> {
    (name(), valid_text(2, 20, false), "[A-Z]{0,3} ?[0-9]{1,6}", email(), phone(), valid_text(2, SHORT, false))
        .prop_map(|(name, rank, collar_number, email, phone, team)| AboutYou { name, rank, collar_number, email, phone, team })
}

fn investigation() -> impl Strategy<Value = Investigation> {
    let references = btree_set("[0-9]{2}/[0-9]{6}/[0-9]{2}", 1..4).prop_map(|s| s.into_iter().collect::<Vec<_>>());
    let offences = btree_set(select(Offence::ALL), 1..4).prop_map(|s| s.into_iter().collect::<Vec<_>>());
    (
        select(YesNo::ALL),
        references,
        offences,
        valid_text(2, LONG, true),
        select(InvestigationStage::ALL),
        select(YesNo::ALL),
        valid_text(2, LONG, true),
    )
        .prop_map(|(substantive, crime_references, offences, other, stage, bail, bail_details)| Investigation {
            substantive: Some(substantive),
            crime_references,
            other_offence_details: if offences.contains(&Offence::Other) { other } else { String::new() },
            offences,
            stage: Some(stage),
            bail_in_place: Some(bail),
            bail_details,
        })
}

fn person() -> impl Strategy<Value = ProtectedPerson> {
    (name(), date_of_birth(2025), any::<bool>(), select(YesNoNotKnown::ALL), select(Relationship::ALL), select(PersonRole::ALL))
        .prop_map(|(name, date_of_birth, not_known, under_18, relationship, role)| ProtectedPerson {
            name,
            date_of_birth: if not_known { DateInput::default() } else { date_of_birth },
            date_of_birth_not_known: not_known,
            under_18_if_not_known: not_known.then_some(under_18),
            relationship: Some(relationship),
            role: Some(role),
        })
}

/// An adult respondent (born by 2007), so the Youth Justice section does not apply.
fn respondent() -> impl Strategy<Value = Respondent> {
    let connection = select(&[AreaConnection::LivesInArea, AreaConnection::BelievedInArea, AreaConnection::IntendsToCome][..]);
    (
        name(),
        prop_oneof![Just(String::new()), valid_text(2, SHORT, true)],
        date_of_birth(2006),
        valid_text(2, SHORT, true),
        connection,
        select(YesNoNotKnown::ALL),
        valid_text(2, LONG, true),
    )
        .prop_map(|(name, other_names, date_of_birth, address, area, spo, spo_details)| Respondent {
            name,
            other_names,
            date_of_birth,
            date_of_birth_not_known: false,
            address,
            area_connection: Some(area),
            existing_spo: Some(spo),
            existing_spo_details: if spo == YesNoNotKnown::Yes { spo_details } else { String::new() },
        })
}

fn behaviour_risk() -> impl Strategy<Value = BehaviourRisk> {
    let behaviours = btree_set(select(Behaviour::ALL), 1..5).prop_map(|s| s.into_iter().collect::<Vec<_>>());
    let evidence = || valid_text(20, LONG, true);
    (
        behaviours,
        valid_text(2, LONG, true),
        (evidence(), evidence(), evidence()),
        select(RiskTool::ALL),
        valid_text(2, SHORT, false),
        valid_text(2, LONG, true),
        (select(YesNoNotKnown::ALL), valid_text(2, LONG, true)),
        (select(YesNo::ALL), valid_text(2, LONG, true)),
    )
        .prop_map(|(behaviours, other, (acts, risk, necessity), tool, tool_other, outcome, mental, immediate)| {
            let ((mh, mh_details), (now, now_details)) = (mental, immediate);
            BehaviourRisk {
                other_behaviour_details: if behaviours.contains(&Behaviour::Other) { other } else { String::new() },
                behaviours,
                acts_evidence: acts,
                risk_evidence: risk,
                necessity_evidence: necessity,
                risk_tool: Some(tool),
                risk_tool_other: if tool == RiskTool::Other { tool_other } else { String::new() },
                risk_outcome: if tool == RiskTool::NoneUsed { String::new() } else { outcome },
                mental_health: Some(mh),
                mental_health_details: if mh == YesNoNotKnown::Yes { mh_details } else { String::new() },
                immediate_risk: Some(now),
                immediate_risk_details: if now == YesNo::Yes { now_details } else { String::new() },
            }
        })
}

fn existing_orders() -> impl Strategy<Value = ExistingOrders> {
    let order = (select(ExistingOrderKind::ALL), valid_text(2, LONG, true), valid_text(2, LONG, true))
        .prop_map(|(kind, details, why_not_enough)| ExistingOrder { kind: Some(kind), details, why_not_enough });
    prop_oneof![
        Just(ExistingOrders { any: Some(YesNo::No), orders: vec![] }),
        vec(order, 1..3).prop_map(|orders| ExistingOrders { any: Some(YesNo::Yes), orders }),
    ]
}

fn order_sought() -> impl Strategy<Value = OrderSought> {
    let months = (24u32..=1_200, any::<bool>())
        .prop_map(|(m, commas)| if commas && m >= 1_000 { format!("{},{:03}", m / 1_000, m % 1_000) } else { m.to_string() });
    (
        select(&[OrderType::InterimAndFull, OrderType::FullOnly][..]),
        select(FullDurationChoice::ALL),
        months,
        1u32..=520,
        select(LocalityChoice::ALL),
        valid_text(2, SHORT, true),
        select(YesNoNotKnown::ALL),
        valid_text(2, LONG, true),
    )
        .prop_map(|(order_type, duration, months, weeks, locality, where_, avoid, avoid_details)| OrderSought {
            order_type: Some(order_type),
            full_duration: Some(duration),
            full_months: if duration == FullDurationChoice::FixedPeriod { months } else { String::new() },
            interim_weeks: if order_type.includes_interim() { format!(" {weeks} ") } else { String::new() },
            locality: Some(locality),
            locality_description: if locality == LocalityChoice::Limited { where_ } else { String::new() },
            avoid_times: Some(avoid),
            avoid_details: if avoid == YesNoNotKnown::Yes { avoid_details } else { String::new() },
        })
}

/// A chosen condition as it arrives from the builder: any id and slot values, wording
/// and a reason.
pub fn condition() -> impl Strategy<Value = ChosenCondition> {
    let slot = ("[a-z][a-z-]{0,12}", valid_text(2, 200, false), proptest::option::of("metres|miles"), proptest::option::of("Map [A-Z]"))
        .prop_map(|(name, text, unit, map_reference)| SlotValue { name, text, unit, map_reference });
    (
        "[a-z][a-z-]{1,30}",
        select(&["prohibition", "requirement"][..]),
        vec(slot, 0..3),
        valid_text(2, LONG, true),
        valid_text(2, LONG, true),
        vec("[a-z][a-z-]{1,20}", 0..3),
    )
        .prop_map(|(template_id, kind, slots, wording, reason, confirmed)| ChosenCondition {
            template_id,
            kind: kind.to_string(),
            slots,
            wording,
            reason,
            confirmed,
        })
}

fn victim_views() -> impl Strategy<Value = VictimViews> {
    (
        select(YesNo::ALL),
        select(VictimStance::ALL),
        valid_text(2, LONG, true),
        select(YesNoNotKnown::ALL),
        valid_text(2, SHORT, false),
        valid_text(2, LONG, true),
    )
        .prop_map(|(obtained, stance, views, advocate, advocate_name, reason)| {
            let yes = obtained == YesNo::Yes;
            VictimViews {
                obtained: Some(obtained),
                stance: yes.then_some(stance),
                views_on_conditions: if yes { views } else { String::new() },
                advocate: yes.then_some(advocate),
                advocate_name: if yes && advocate == YesNoNotKnown::Yes { advocate_name } else { String::new() },
                reason_not_obtained: if yes { String::new() } else { reason },
            }
        })
}

/// A triage that passes every rule on [`EXAMPLE_TODAY`] with the example's context.
pub fn valid_triage() -> impl Strategy<Value = Triage> {
    (
        about_you(),
        investigation(),
        vec(person(), 1..4),
        respondent(),
        behaviour_risk(),
        existing_orders(),
        order_sought(),
        valid_text(2, SUMMARY, true),
        vec(condition(), 1..4),
        victim_views(),
    )
        .prop_map(|(about_you, investigation, people, respondent, behaviour_risk, orders, sought, summary, conditions, views)| {
            let mut t = example_full_triage();
            (t.about_you, t.investigation, t.people, t.respondent) = (about_you, investigation, people, respondent);
            (t.behaviour_risk, t.existing_orders, t.order_sought) = (behaviour_risk, orders, sought);
            (t.summary.text, t.conditions, t.victim_views) = (summary, conditions, views);
            t.declaration.confirmed = true;
            t
        })
}

/// Every typed answer of a triage, to overwrite with generated text.
pub fn typed_answers(t: &mut Triage) -> Vec<&mut String> {
    let mut out: Vec<&mut String> = Vec::new();
    let a = &mut t.about_you;
    out.extend([&mut a.name, &mut a.rank, &mut a.collar_number, &mut a.email, &mut a.phone, &mut a.team]);
    let i = &mut t.investigation;
    out.extend(i.crime_references.iter_mut());
    out.extend([&mut i.other_offence_details, &mut i.bail_details]);
    for p in &mut t.people {
        out.extend([&mut p.name, &mut p.date_of_birth.day, &mut p.date_of_birth.month, &mut p.date_of_birth.year]);
    }
    let r = &mut t.respondent;
    out.extend([&mut r.name, &mut r.other_names, &mut r.address, &mut r.existing_spo_details]);
    out.extend([&mut r.date_of_birth.day, &mut r.date_of_birth.month, &mut r.date_of_birth.year]);
    let y = &mut t.youth_justice;
    out.extend([&mut y.contact_name, &mut y.contact_view, &mut y.reason_not_contacted]);
    out.extend([&mut y.contact_date.day, &mut y.contact_date.month, &mut y.contact_date.year]);
    let b = &mut t.behaviour_risk;
    out.extend([
        &mut b.other_behaviour_details,
        &mut b.acts_evidence,
        &mut b.risk_evidence,
        &mut b.necessity_evidence,
        &mut b.risk_tool_other,
        &mut b.risk_outcome,
        &mut b.mental_health_details,
        &mut b.immediate_risk_details,
    ]);
    for o in &mut t.existing_orders.orders {
        out.extend([&mut o.details, &mut o.why_not_enough]);
    }
    let o = &mut t.order_sought;
    out.extend([&mut o.full_months, &mut o.interim_weeks, &mut o.locality_description, &mut o.avoid_details]);
    out.push(&mut t.summary.text);
    for c in &mut t.conditions {
        out.extend([&mut c.wording, &mut c.reason]);
    }
    let v = &mut t.victim_views;
    out.extend([&mut v.views_on_conditions, &mut v.advocate_name, &mut v.reason_not_obtained]);
    out
}

/// A triage with anything typed anywhere: a valid one (or the empty one) with up to
/// eight of its typed answers replaced by [`any_text`] or, now and then, a paste of up
/// to a million characters, and any youth-justice answers.
pub fn any_triage() -> impl Strategy<Value = Triage> {
    let base = prop_oneof![4 => valid_triage(), 1 => Just(Triage::default())];
    let youth = (proptest::option::of(select(YesNo::ALL)), any::<bool>());
    let edits = vec((any::<prop::sample::Index>(), prop_oneof![60 => any_text(), 1 => huge_text()]), 0..8);
    (base, edits, youth).prop_map(|(mut t, edits, (contacted, blank_dob))| {
        t.youth_justice.contacted = contacted;
        t.respondent.date_of_birth_not_known = blank_dob;
        let mut answers = typed_answers(&mut t);
        if !answers.is_empty() {
            for (at, text) in edits {
                let at = at.index(answers.len());
                *answers[at] = text;
            }
        }
        t
    })
}

/// The date the generated triages are judged on.
pub const TODAY: CivilDate = EXAMPLE_TODAY;
