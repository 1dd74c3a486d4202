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
        select(YesNoNotKnown::ALL),
    )
        .prop_map(|(name, other_names, date_of_birth, address, area, spo, spo_details, sex_offender)| Respondent {
            name,
            other_names,
            date_of_birth,
            date_of_birth_not_known: false,
            under_18_if_not_known: None,
            address,
            area_connection: Some(area),
            existing_spo: Some(spo),
            existing_spo_details: if spo == YesNoNotKnown::Yes { spo_details } else { String::new() },
            sex_offender_notification: Some(sex_offender),
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
                mental_health_checks: if mh == YesNoNotKnown::NotKnown { mh_details.clone() } else { String::new() },
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

/// The example case's conditions (from the real catalogue) with a generated name in
/// the first one's slot and generated reasons: what the builder would accept.
fn valid_conditions() -> impl Strategy<Value = Vec<ChosenCondition>> {
    (1..=2usize, name(), vec(valid_text(20, LONG, true), 2)).prop_map(|(count, person, reasons)| {
        let catalogue = spo_triage::domain::triage::fixtures::example_context().conditions_catalogue;
        let mut conditions = example_full_triage().conditions;
        conditions.truncate(count);
        if let Some(slot) = conditions[0].slots.first_mut() {
            slot.text = person;
        }
        for (c, reason) in conditions.iter_mut().zip(reasons) {
            if let Some(catalogue) = catalogue.as_deref() {
                c.refresh_wording(catalogue);
            }
            c.reason = reason;
        }
        conditions
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
        valid_conditions(),
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

/// Every box the officer can type in, read from the question catalogue (so a new
/// question is covered at once), and the conditions' wording and reasons.
pub fn typed_boxes(t: &Triage) -> Vec<questions::Slot> {
    SectionId::ALL
        .iter()
        .flat_map(|s| questions::slots(*s, t))
        .filter(|s| matches!(s.question.kind, questions::Kind::Text { .. } | questions::Kind::LongText { .. } | questions::Kind::Date { .. }))
        .collect()
}

/// Types `text` into box `at` of [`typed_boxes`] (or a condition's wording or reason,
/// numbered after them): into one of a date's three boxes, chosen by `part`.
pub fn type_into(t: &mut Triage, boxes: &[questions::Slot], at: usize, part: usize, text: String) {
    if let Some(slot) = boxes.get(at) {
        let answer = match slot.question.read(t, slot.item) {
            questions::Answer::Date(mut d) => {
                *[&mut d.day, &mut d.month, &mut d.year][part % 3] = text;
                questions::Answer::Date(d)
            }
            _ => questions::Answer::Text(text),
        };
        slot.question.write(t, slot.item, answer);
        return;
    }
    let n = at - boxes.len();
    if let Some(c) = t.conditions.get_mut(n / 2) {
        *if n % 2 == 0 { &mut c.wording } else { &mut c.reason } = text;
    }
}

/// A triage with anything typed anywhere: a valid one (or the empty one) with up to
/// eight of its typed answers replaced by [`any_text`] or, now and then, a paste of up
/// to a million characters, and any youth-justice answers.
pub fn any_triage() -> impl Strategy<Value = Triage> {
    let base = prop_oneof![4 => valid_triage(), 1 => Just(Triage::default())];
    let youth = (proptest::option::of(select(YesNo::ALL)), any::<bool>());
    let edits = vec((any::<prop::sample::Index>(), 0..3usize, prop_oneof![60 => any_text(), 1 => huge_text()]), 0..8);
    (base, edits, youth).prop_map(|(mut t, edits, (contacted, blank_dob))| {
        t.youth_justice.contacted = contacted;
        t.respondent.date_of_birth_not_known = blank_dob;
        let boxes = typed_boxes(&t);
        let count = boxes.len() + 2 * t.conditions.len();
        for (at, part, text) in edits {
            type_into(&mut t, &boxes, at.index(count), part, text);
        }
        t
    })
}

/// The date the generated triages are judged on.
pub const TODAY: CivilDate = EXAMPLE_TODAY;
