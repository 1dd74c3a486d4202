//! The JSON the form posts to the force's endpoint (PRODUCT.md, "The JSON contract").
//!
//! One versioned payload: typed values, dates as `YYYY-MM-DD`, derived ages and the
//! youth route included, and nothing the officer did not enter: blank optional
//! answers, and answers to questions hidden by another answer (for example a reason
//! for not contacting the Youth Justice Service after answering that they were
//! contacted), are left out. The JSON Schema is generated from these types
//! (`schema.rs`), so they are the single source of truth for receivers.
//!
//! Build a payload only from a triage that passed `validate_all`: `build` never fails
//! or invents answers, so an unanswered question is simply missing.
use serde::{Deserialize, Serialize};

use super::choices::*;
use super::context::RulesContext;
use super::dates::{is_rfc3339, CivilDate};
use super::model::{ProtectedPerson, SectionId, Triage};
use super::questions::{group, group_shown, shown};
use super::status::section_applies;
use super::notices::{priority, Priority};
use super::reference::{is_valid_reference, is_valid_uuid_v4};
use super::validate_order_sought::{full_duration, interim_duration};
use super::youth::{youth_route, YouthRouteKind};
use crate::domain::conditions::chosen::ChosenCondition;
use crate::domain::order::{FullDuration, InterimDuration, Locality, OrderType};
use crate::domain::version::SCHEMA_VERSION;

/// What the app adds to the answers when the officer submits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmissionMeta {
    /// A UUID v4, the same on every retry ([`super::reference::SubmissionId`]).
    pub submission_id: String,
    /// The human reference, e.g. `SPO-7KX4-M9QA`.
    pub reference: String,
    /// RFC 3339, e.g. from [`super::dates::rfc3339_from_unix_millis`].
    pub submitted_at: String,
    pub app_version: String,
    pub force_name: String,
}

/// A submitted triage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Payload {
    /// The payload's major version; the schema is published as `spo-triage.v{N}.json`.
    pub schema_version: u32,
    /// A UUID v4, sent again on every retry so the receiver can drop duplicates.
    pub submission_id: String,
    /// The reference the officer was shown, e.g. `SPO-7KX4-M9QA`.
    pub reference: String,
    /// When the officer submitted, RFC 3339.
    pub submitted_at: String,
    pub app_version: String,
    /// The force applying, from config.
    pub force: String,
    /// `urgent` when an immediate risk of harm was reported.
    pub priority: Priority,
    pub officer: OfficerAnswers,
    pub investigation: InvestigationAnswers,
    pub people: Vec<PersonAnswers>,
    pub respondent: RespondentAnswers,
    /// Present when the respondent is 10 to 17 (or their age is unknown and the officer answered).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub youth_justice: Option<YouthJusticeAnswers>,
    pub behaviour_risk: BehaviourRiskAnswers,
    pub existing_orders: ExistingOrdersAnswers,
    pub order_sought: OrderSoughtAnswers,
    /// The case summary as typed.
    pub summary: String,
    pub conditions: Vec<ChosenCondition>,
    /// The chronology of acts in date order (issue #17). Added in 1.x: optional.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chronology: Vec<super::payload_chronology::ActAnswers>,
    /// Which acts each test rests on and what each condition answers. Added in 1.x: optional.
    #[serde(default, skip_serializing_if = "super::payload_chronology::CitationAnswers::is_empty")]
    pub citations: super::payload_chronology::CitationAnswers,
    pub victim_views: VictimViewsAnswers,
    /// The officer confirmed the declaration.
    pub declaration_confirmed: bool,
    /// The answers ready to read: an email subject, plain text, an HTML document and a
    /// Teams card, for flows that forward them as they are. Added in 1.x: optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification: Option<super::notification::Notification>,
    /// Which version of its case this is, what it follows and what changed, when the
    /// officer sends the triage again after advice. Added in 1.x: optional; a first
    /// submission has none (see `case.rs`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case: Option<super::case::CaseVersion>,
}

/// The officer in the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OfficerAnswers {
    pub name: String,
    pub rank: String,
    pub collar_number: String,
    pub email: String,
    pub phone: String,
    pub team: String,
}

/// The investigation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InvestigationAnswers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substantive: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub crime_references: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offences: Vec<Offence>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_offence_details: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<InvestigationStage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bail_in_place: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bail_details: Option<String>,
}

/// A person to protect, with their age where the date of birth is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PersonAnswers {
    pub name: String,
    /// `YYYY-MM-DD`; missing when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<String>,
    /// Whole years on the day of submission, derived from the date of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
    /// From the date of birth, or the officer's answer when it is not known; missing when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub under_18: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship: Option<Relationship>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<PersonRole>,
}

/// The respondent, with their age and the route it sends the case on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RespondentAnswers {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_names: Option<String>,
    /// `YYYY-MM-DD`; missing when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
    pub youth_route: YouthRouteKind,
    /// A youth court is likely to hear the application (likely; to be confirmed).
    pub youth_court_likely: bool,
    pub address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_connection: Option<AreaConnection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub existing_spo: Option<YesNoNotKnown>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub existing_spo_details: Option<String>,
    /// The officer's answer to "Is the respondent under 18?", asked only when the date
    /// of birth is not known; the youth route follows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub under_18: Option<YesNoNotKnown>,
    /// Subject to sex offender notification under Part 2 of the Sexual Offences Act
    /// 2003: the SPO's own notification requirements then do not apply while it lasts
    /// (SPA s9(5)–(7)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex_offender_notification: Option<YesNoNotKnown>,
}

/// Contact with the Youth Justice Service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct YouthJusticeAnswers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacted: Option<bool>,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_view: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_not_contacted: Option<String>,
}

/// Behaviours, the evidence for the three tests, and the risk picture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BehaviourRiskAnswers {
    pub behaviours: Vec<Behaviour>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_behaviour_details: Option<String>,
    /// Evidence that the respondent has carried out "acts associated with stalking".
    pub acts_evidence: String,
    /// Evidence that the respondent poses a "risk associated with stalking".
    pub risk_evidence: String,
    /// Why an order is necessary to protect the person from that risk.
    pub necessity_evidence: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_tool: Option<RiskTool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_tool_other: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_outcome: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mental_health: Option<YesNoNotKnown>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mental_health_details: Option<String>,
    /// What the officer checked, when mental health issues are not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mental_health_checks: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub immediate_risk: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub immediate_risk_details: Option<String>,
}

/// Existing orders and measures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExistingOrdersAnswers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub any: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub orders: Vec<ExistingOrderAnswers>,
}

/// One existing order or measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExistingOrderAnswers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ExistingOrderKind>,
    pub details: String,
    pub why_not_enough: String,
}

/// The order applied for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OrderSoughtAnswers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_type: Option<OrderType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_duration: Option<FullDuration>,
    /// Present when an interim order is sought.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interim_duration: Option<InterimDuration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<Locality>,
    /// Anything in the respondent's religion, work or education times the conditions must avoid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avoid_times: Option<YesNoNotKnown>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avoid_details: Option<String>,
}

/// The victim's views (consent is not required).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VictimViewsAnswers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obtained: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<VictimStance>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views_on_conditions: Option<String>,
    /// An independent stalking advocate or caseworker (ISA/C) is involved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advocate: Option<YesNoNotKnown>,
    /// The advocate's name and organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advocate_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_not_obtained: Option<String>,
}

/// A typed answer without surrounding spaces, or `None` if blank.
fn text(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn required(s: &str) -> String {
    s.trim().to_string()
}

fn yes(answer: Option<YesNo>) -> Option<bool> {
    answer.map(YesNo::is_yes)
}

/// Whether question `id` of `section` is on the page: the catalogue's own predicate,
/// so a conditional answer is sent exactly when it was asked and checked.
fn asked(t: &Triage, section: SectionId, id: &str) -> bool {
    shown(section, id, t)
}

/// A typed answer, when its question was asked and answered.
fn typed(t: &Triage, section: SectionId, id: &str, value: &str) -> Option<String> {
    asked(t, section, id).then(|| text(value)).flatten()
}

impl Payload {
    /// The payload for a triage, with the app's metadata. Ages are judged on `ctx.today`.
    pub fn build(triage: &Triage, ctx: &RulesContext, meta: SubmissionMeta) -> Payload {
        Payload {
            schema_version: SCHEMA_VERSION,
            submission_id: meta.submission_id,
            reference: meta.reference,
            submitted_at: meta.submitted_at,
            app_version: meta.app_version,
            force: meta.force_name,
            priority: priority(triage),
            officer: officer(triage),
            investigation: investigation(triage),
            people: people(triage, ctx.today),
            respondent: respondent(triage, ctx.today),
            youth_justice: youth_justice(triage, ctx),
            behaviour_risk: behaviour_risk(triage),
            existing_orders: existing_orders(triage),
            order_sought: order_sought(triage),
            summary: required(&triage.summary.text),
            conditions: conditions(triage),
            chronology: super::payload_chronology::acts_answers(&triage.acts),
            citations: super::payload_chronology::citation_answers(&triage.citations, &triage.acts, triage.conditions.len()),
            victim_views: victim_views(triage),
            declaration_confirmed: triage.declaration.confirmed,
            notification: None,
            case: None,
        }
    }

    /// The receiver's first check: the version it understands, a UUID v4 submission id,
    /// a well-formed reference and an RFC 3339 timestamp.
    pub fn check(&self) -> Result<(), String> {
        if self.schema_version != SCHEMA_VERSION {
            return Err(format!(
                "schema_version is {}, but this receiver understands version {SCHEMA_VERSION}",
                self.schema_version
            ));
        }
        if !is_valid_uuid_v4(&self.submission_id) {
            return Err(format!("submission_id \"{}\" is not a version 4 UUID", self.submission_id));
        }
        if !is_valid_reference(&self.reference) {
            return Err(format!("reference \"{}\" is not like SPO-7KX4-M9QA", self.reference));
        }
        if !is_rfc3339(&self.submitted_at) {
            return Err(format!("submitted_at \"{}\" is not an RFC 3339 timestamp", self.submitted_at));
        }
        if let Some(case) = &self.case {
            case.check()?;
        }
        Ok(())
    }

    /// The case this payload belongs to: its first version's submission id.
    pub fn case_id(&self) -> &str {
        self.case.as_ref().map_or(self.submission_id.as_str(), |c| c.case_id.as_str())
    }

    /// Which version of its case this is: 1 for a first submission.
    pub fn version(&self) -> u32 {
        self.case.as_ref().map_or(1, |c| c.version)
    }

    /// What the app added to the answers, as it was when this payload was built.
    pub fn meta(&self) -> SubmissionMeta {
        SubmissionMeta {
            submission_id: self.submission_id.clone(),
            reference: self.reference.clone(),
            submitted_at: self.submitted_at.clone(),
            app_version: self.app_version.clone(),
            force_name: self.force.clone(),
        }
    }

    /// The payload as JSON, for the request body.
    pub fn to_json(&self) -> String {
        // Serialising these plain structs cannot fail; an empty object would be refused
        // by the receiver rather than crash the page.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_string())
    }
}

fn officer(t: &Triage) -> OfficerAnswers {
    let a = &t.about_you;
    OfficerAnswers {
        name: required(&a.name),
        rank: required(&a.rank),
        collar_number: required(&a.collar_number),
        email: required(&a.email),
        phone: required(&a.phone),
        team: required(&a.team),
    }
}

fn investigation(t: &Triage) -> InvestigationAnswers {
    use super::questions::investigation::*;
    let inv = &t.investigation;
    let s = SectionId::Investigation;
    InvestigationAnswers {
        substantive: yes(inv.substantive),
        crime_references: if group_shown(s, CRIME_REFERENCE, t) {
            inv.crime_references.iter().filter_map(|r| text(r)).collect()
        } else {
            vec![]
        },
        offences: if asked(t, s, OFFENCES) { inv.offences.clone() } else { vec![] },
        other_offence_details: typed(t, s, OTHER_OFFENCE, &inv.other_offence_details),
        stage: inv.stage.filter(|_| asked(t, s, STAGE)),
        bail_in_place: yes(inv.bail_in_place).filter(|_| asked(t, s, BAIL)),
        bail_details: typed(t, s, BAIL_DETAILS, &inv.bail_details),
    }
}

/// Every person with any answer (a blank extra "add another" item is not a person).
fn people(t: &Triage, today: CivilDate) -> Vec<PersonAnswers> {
    let Some(group) = group(SectionId::People, super::questions::people::GROUP) else { return vec![] };
    t.people.iter().enumerate().filter(|(i, _)| group.item_has_answers(t, *i)).map(|(_, p)| person(p, today)).collect()
}

fn person(p: &ProtectedPerson, today: CivilDate) -> PersonAnswers {
    PersonAnswers {
        name: required(&p.name),
        date_of_birth: p.date_of_birth_on(today).map(CivilDate::iso),
        age: p.age_on(today),
        under_18: p.under_18(today),
        relationship: p.relationship,
        role: p.role,
    }
}

fn respondent(t: &Triage, today: CivilDate) -> RespondentAnswers {
    use super::questions::respondent::*;
    let r = &t.respondent;
    let s = SectionId::Respondent;
    let route = youth_route(t, today);
    RespondentAnswers {
        name: required(&r.name),
        other_names: text(&r.other_names),
        date_of_birth: r.date_of_birth_on(today).map(CivilDate::iso),
        age: r.age_on(today),
        youth_route: route.kind(),
        youth_court_likely: route.youth_court_likely(),
        address: required(&r.address),
        area_connection: r.area_connection,
        existing_spo: r.existing_spo,
        existing_spo_details: typed(t, s, EXISTING_SPO_DETAILS, &r.existing_spo_details),
        under_18: r.under_18_if_not_known.filter(|_| asked(t, s, UNDER_18)),
        sex_offender_notification: r.sex_offender_notification,
    }
}

/// Sent exactly when the section applies (the respondent is, or is said to be, 10 to
/// 17), as the task list shows it and the rules check it.
fn youth_justice(t: &Triage, ctx: &RulesContext) -> Option<YouthJusticeAnswers> {
    use super::questions::youth_justice::*;
    let s = SectionId::YouthJustice;
    if !section_applies(t, s, ctx) {
        return None;
    }
    let y = &t.youth_justice;
    Some(YouthJusticeAnswers {
        contacted: yes(y.contacted),
        contact_date: asked(t, s, CONTACT_DATE)
            .then(|| y.contact_date.parse("").ok().flatten().map(CivilDate::iso))
            .flatten(),
        contact_name: typed(t, s, CONTACT_NAME, &y.contact_name),
        contact_view: typed(t, s, CONTACT_VIEW, &y.contact_view),
        reason_not_contacted: typed(t, s, REASON_NOT_CONTACTED, &y.reason_not_contacted),
    })
}

fn behaviour_risk(t: &Triage) -> BehaviourRiskAnswers {
    use super::questions::behaviour_risk::*;
    let b = &t.behaviour_risk;
    let s = SectionId::BehaviourRisk;
    BehaviourRiskAnswers {
        behaviours: b.behaviours.clone(),
        other_behaviour_details: typed(t, s, OTHER, &b.other_behaviour_details),
        acts_evidence: required(&b.acts_evidence),
        risk_evidence: required(&b.risk_evidence),
        necessity_evidence: required(&b.necessity_evidence),
        risk_tool: b.risk_tool,
        risk_tool_other: typed(t, s, RISK_TOOL_OTHER, &b.risk_tool_other),
        risk_outcome: typed(t, s, RISK_OUTCOME, &b.risk_outcome),
        mental_health: b.mental_health,
        mental_health_details: typed(t, s, MENTAL_HEALTH_DETAILS, &b.mental_health_details),
        mental_health_checks: typed(t, s, MENTAL_HEALTH_CHECKS, &b.mental_health_checks),
        immediate_risk: yes(b.immediate_risk),
        immediate_risk_details: typed(t, s, IMMEDIATE_RISK_DETAILS, &b.immediate_risk_details),
    }
}

fn existing_orders(t: &Triage) -> ExistingOrdersAnswers {
    use super::questions::existing_orders::GROUP;
    let x = &t.existing_orders;
    let orders = match group(SectionId::ExistingOrders, GROUP).filter(|_| group_shown(SectionId::ExistingOrders, GROUP, t)) {
        Some(g) => x
            .orders
            .iter()
            .enumerate()
            .filter(|(i, _)| g.item_has_answers(t, *i))
            .map(|(_, o)| ExistingOrderAnswers {
                kind: o.kind,
                details: required(&o.details),
                why_not_enough: required(&o.why_not_enough),
            })
            .collect(),
        None => vec![],
    };
    ExistingOrdersAnswers { any: yes(x.any), orders }
}

fn order_sought(t: &Triage) -> OrderSoughtAnswers {
    use super::questions::order_sought::*;
    let o = &t.order_sought;
    let s = SectionId::OrderSought;
    OrderSoughtAnswers {
        order_type: o.order_type,
        full_duration: o.full_duration.and_then(|_| full_duration(o).ok()),
        interim_duration: asked(t, s, INTERIM_WEEKS).then(|| interim_duration(o).ok()).flatten(),
        locality: o.locality.map(|choice| match choice {
            LocalityChoice::WholeUk => Locality::WholeUk,
            LocalityChoice::Limited => Locality::Limited { description: required(&o.locality_description) },
        }),
        avoid_times: o.avoid_times,
        avoid_details: typed(t, s, AVOID_DETAILS, &o.avoid_details),
    }
}

/// The conditions as built, with the officer's typed text trimmed like every other answer.
fn conditions(t: &Triage) -> Vec<ChosenCondition> {
    t.conditions.iter().map(ChosenCondition::trimmed).collect()
}

fn victim_views(t: &Triage) -> VictimViewsAnswers {
    use super::questions::victim_views::*;
    let v = &t.victim_views;
    let s = SectionId::VictimViews;
    VictimViewsAnswers {
        obtained: yes(v.obtained),
        stance: v.stance.filter(|_| asked(t, s, STANCE)),
        views_on_conditions: typed(t, s, VIEWS_ON_CONDITIONS, &v.views_on_conditions),
        advocate: v.advocate.filter(|_| asked(t, s, ADVOCATE)),
        advocate_name: typed(t, s, ADVOCATE_NAME, &v.advocate_name),
        reason_not_obtained: typed(t, s, REASON_NOT_OBTAINED, &v.reason_not_obtained),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use crate::domain::triage::choices::*;
    #[allow(unused_imports)]
    use crate::domain::triage::model::*;
    use crate::domain::triage::dates::DateInput;
    use crate::domain::triage::fixtures::{example_context, example_full_triage, example_meta};

    fn example_payload() -> Payload {
        Payload::build(&example_full_triage(), &example_context(), example_meta())
    }

    #[test]
    fn the_payload_carries_the_metadata_and_passes_the_receivers_check() {
        let p = example_payload();
        assert_eq!(p.schema_version, SCHEMA_VERSION);
        assert_eq!(p.priority, Priority::Routine);
        assert_eq!(p.force, "Example Constabulary");
        assert_eq!(p.check(), Ok(()));
    }

    #[test]
    fn the_receivers_check_names_what_is_wrong() {
        let mut p = example_payload();
        p.schema_version = 2;
        assert_eq!(p.check(), Err("schema_version is 2, but this receiver understands version 1".to_string()));
        let mut p = example_payload();
        p.submission_id = "123".into();
        assert_eq!(p.check(), Err("submission_id \"123\" is not a version 4 UUID".to_string()));
        let mut p = example_payload();
        p.reference = "SPO-0000-0000".into();
        assert_eq!(p.check(), Err("reference \"SPO-0000-0000\" is not like SPO-7KX4-M9QA".to_string()));
        let mut p = example_payload();
        p.submitted_at = "yesterday".into();
        assert_eq!(p.check(), Err("submitted_at \"yesterday\" is not an RFC 3339 timestamp".to_string()));
    }

    #[test]
    fn derived_ages_and_dates_are_included() {
        let p = example_payload();
        assert_eq!(p.respondent.date_of_birth.as_deref(), Some("1988-04-12"));
        assert_eq!(p.respondent.age, Some(37));
        assert_eq!(p.respondent.youth_route, YouthRouteKind::NotYouth);
        assert!(!p.respondent.youth_court_likely);
        assert_eq!(p.people[0].age, Some(34));
        assert_eq!(p.people[0].under_18, Some(false));
        assert_eq!(p.order_sought.full_duration, Some(FullDuration::FixedMonths { months: 36 }));
        assert_eq!(p.order_sought.interim_duration, Some(InterimDuration { weeks: 8 }));
    }

    #[test]
    fn hidden_and_blank_answers_are_not_sent() {
        let mut t = example_full_triage();
        t.victim_views.obtained = Some(YesNo::No);
        t.victim_views.reason_not_obtained = "Victim abroad until next week".into();
        t.respondent.other_names = "  ".into();
        t.youth_justice.contact_name = "Left over from a wrong date of birth".into();
        let p = Payload::build(&t, &example_context(), example_meta());
        assert_eq!(p.victim_views.stance, None);
        assert_eq!(p.victim_views.views_on_conditions, None);
        assert_eq!(p.victim_views.reason_not_obtained.as_deref(), Some("Victim abroad until next week"));
        assert_eq!(p.respondent.other_names, None);
        assert_eq!(p.youth_justice, None);
        let json = serde_json::to_value(&p).unwrap();
        assert!(json["respondent"].get("other_names").is_none());
        assert!(json.get("youth_justice").is_none());
    }

    #[test]
    fn a_youth_respondent_sends_the_youth_justice_record() {
        let mut t = example_full_triage();
        let today = example_context().today;
        t.respondent.date_of_birth = DateInput::from_date(CivilDate::new(today.year - 15, 1, 1).unwrap());
        t.youth_justice.contacted = Some(YesNo::Yes);
        t.youth_justice.contact_date = DateInput::from_date(CivilDate::new(today.year, 1, 2).unwrap());
        t.youth_justice.contact_name = "Alex Example".into();
        let p = Payload::build(&t, &example_context(), example_meta());
        assert_eq!(p.respondent.youth_route, YouthRouteKind::Youth);
        assert!(p.respondent.youth_court_likely);
        let y = p.youth_justice.unwrap();
        assert_eq!(y.contacted, Some(true));
        assert_eq!(y.contact_date, Some(format!("{}-01-02", today.year)));
        assert_eq!(y.contact_name.as_deref(), Some("Alex Example"));
    }

    #[test]
    fn an_immediate_risk_is_sent_as_urgent() {
        let mut t = example_full_triage();
        t.behaviour_risk.immediate_risk = Some(YesNo::Yes);
        t.behaviour_risk.immediate_risk_details = "Threats to visit tonight".into();
        let json = serde_json::to_value(Payload::build(&t, &example_context(), example_meta())).unwrap();
        assert_eq!(json["priority"], "urgent");
        assert_eq!(json["behaviour_risk"]["immediate_risk"], true);
    }

    #[test]
    fn the_payload_round_trips_and_refuses_unknown_fields() {
        let p = example_payload();
        let back: Payload = serde_json::from_str(&p.to_json()).unwrap();
        assert_eq!(back, p);
        let mut value = serde_json::to_value(&p).unwrap();
        value["surprise"] = serde_json::json!(1);
        assert!(serde_json::from_value::<Payload>(value).is_err());
    }
}
