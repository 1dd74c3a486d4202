//! The triage as the officer fills it in: one struct per section of the task list.
//!
//! Typed answers are kept as the officer typed them (strings), so nothing is lost when
//! something is invalid and a saved draft reopens exactly as it was. Radios are
//! `Option<enum>` (nothing chosen yet), checkboxes are lists, "add another" groups are
//! lists. Answers to questions hidden by a radio's other branch are kept too (the
//! officer may switch back) but are neither checked nor sent.
//! Every struct reads missing fields as empty (`serde(default)`), so a draft saved
//! before a question was added still opens.
use serde::{Deserialize, Serialize};

use super::choices::*;
use super::dates::DateInput;
use crate::domain::conditions::chosen::ChosenCondition;
use crate::domain::order::OrderType;

/// A whole triage, from "About you" to the declaration.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Triage {
    pub about_you: AboutYou,
    pub investigation: Investigation,
    /// The people the order would protect ("add another"); at least one is needed.
    pub people: Vec<ProtectedPerson>,
    pub respondent: Respondent,
    pub youth_justice: YouthJustice,
    pub behaviour_risk: BehaviourRisk,
    pub existing_orders: ExistingOrders,
    pub order_sought: OrderSought,
    pub summary: CaseSummary,
    /// Built by the conditions builder; this module only checks wording and reasons.
    pub conditions: Vec<ChosenCondition>,
    /// The chronology of acts ("add another"), as entered; documents number them in
    /// date order (`chronology::in_date_order`).
    pub acts: Vec<super::chronology::Act>,
    /// Which acts each of the three tests rests on, and which acts and risk each
    /// proposed condition answers.
    pub citations: super::chronology::ActCitations,
    pub victim_views: VictimViews,
    pub declaration: Declaration,
    /// Sections the officer has continued from without errors. The UI adds a section
    /// on a successful "Save and continue" ([`Triage::mark_completed`]); the domain
    /// takes it out again when the section stops validating ([`Triage::refresh_completed`]).
    pub completed_sections: Vec<SectionId>,
    /// The legal advice being answered, when this is the next version of a case (made
    /// by the Review area's "Open advice" page). Read and set it through
    /// [`Triage::answering`] and [`Triage::set_answering`]: the plain form's build
    /// (without the `answering` feature) has no such field, so none of the advice's code
    /// reaches it, and a draft that holds advice makes it load the other build.
    #[cfg(feature = "answering")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answering: Option<Box<super::answering::Answering>>,
}

/// The sections of the form, in task-list order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SectionId {
    AboutYou,
    Investigation,
    People,
    Respondent,
    YouthJustice,
    Chronology,
    BehaviourRisk,
    ExistingOrders,
    OrderSought,
    Summary,
    Conditions,
    VictimViews,
    Declaration,
}

impl SectionId {
    /// Every section, in task-list order.
    pub const ALL: [SectionId; 13] = [
        SectionId::AboutYou,
        SectionId::Investigation,
        SectionId::People,
        SectionId::Respondent,
        SectionId::YouthJustice,
        SectionId::Chronology,
        SectionId::BehaviourRisk,
        SectionId::ExistingOrders,
        SectionId::OrderSought,
        SectionId::Summary,
        SectionId::Conditions,
        SectionId::VictimViews,
        SectionId::Declaration,
    ];

    /// The section's heading, as in the task list and the plain-text copy.
    pub fn title(self) -> &'static str {
        match self {
            SectionId::AboutYou => "About you",
            SectionId::Investigation => "The investigation",
            SectionId::People => "People to protect",
            SectionId::Respondent => "The respondent",
            SectionId::YouthJustice => "Youth Justice Service",
            SectionId::Chronology => "Chronology of acts",
            SectionId::BehaviourRisk => "Stalking behaviour and risk",
            SectionId::ExistingOrders => "Existing orders and measures",
            SectionId::OrderSought => "Order sought",
            SectionId::Summary => "Summary of the case",
            SectionId::Conditions => "Proposed conditions",
            SectionId::VictimViews => "The victim's views",
            SectionId::Declaration => "Declaration",
        }
    }

    /// The URL segment for the section's page, e.g. `behaviour-and-risk`.
    pub fn slug(self) -> &'static str {
        match self {
            SectionId::AboutYou => "about-you",
            SectionId::Investigation => "investigation",
            SectionId::People => "people",
            SectionId::Respondent => "respondent",
            SectionId::YouthJustice => "youth-justice",
            SectionId::Chronology => "chronology",
            SectionId::BehaviourRisk => "behaviour-and-risk",
            SectionId::ExistingOrders => "existing-orders",
            SectionId::OrderSought => "order-sought",
            SectionId::Summary => "summary",
            SectionId::Conditions => "conditions",
            SectionId::VictimViews => "victim-views",
            SectionId::Declaration => "declaration",
        }
    }

    /// The section with this URL segment.
    pub fn from_slug(slug: &str) -> Option<SectionId> {
        SectionId::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// The officer in the case.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AboutYou {
    pub name: String,
    pub rank: String,
    pub collar_number: String,
    pub email: String,
    pub phone: String,
    pub team: String,
}

/// The investigation behind the application (an order can come before any charge:
/// facts item 3, so "no substantive investigation" is a valid answer).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Investigation {
    pub substantive: Option<YesNo>,
    /// "Add another": the first is required when there is a substantive investigation.
    pub crime_references: Vec<String>,
    pub offences: Vec<Offence>,
    pub other_offence_details: String,
    pub stage: Option<InvestigationStage>,
    pub bail_in_place: Option<YesNo>,
    pub bail_details: String,
}

/// A person the order would protect: the victim or someone connected (facts item 7).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ProtectedPerson {
    pub name: String,
    pub date_of_birth: DateInput,
    /// Ticked when the date of birth is not known; the typed date is then ignored.
    pub date_of_birth_not_known: bool,
    /// Asked only when the date of birth is not known.
    pub under_18_if_not_known: Option<YesNoNotKnown>,
    pub relationship: Option<Relationship>,
    pub role: Option<PersonRole>,
}

/// The person the order would be made against ("the defendant" in the Act: facts item 5).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Respondent {
    pub name: String,
    pub other_names: String,
    pub date_of_birth: DateInput,
    /// Ticked when the date of birth is not known; the age route then follows
    /// [`Respondent::under_18_if_not_known`].
    pub date_of_birth_not_known: bool,
    /// Asked only when the date of birth is not known.
    pub under_18_if_not_known: Option<YesNoNotKnown>,
    pub address: String,
    pub area_connection: Option<AreaConnection>,
    pub existing_spo: Option<YesNoNotKnown>,
    pub existing_spo_details: String,
    /// Under Part 2 of the Sexual Offences Act 2003 (facts item 45, R12).
    pub sex_offender_notification: Option<YesNoNotKnown>,
}

/// Contact with the Youth Justice Service, needed when the respondent is 10 to 17
/// (facts items 103–104).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct YouthJustice {
    pub contacted: Option<YesNo>,
    pub contact_date: DateInput,
    pub contact_name: String,
    /// The YJS's view, if they gave one (optional).
    pub contact_view: String,
    pub reason_not_contacted: String,
}

/// What the respondent did and the risk they pose: the evidence for the three tests
/// (SPA s1(1)(a)–(c); facts items 6, 13).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BehaviourRisk {
    pub behaviours: Vec<Behaviour>,
    pub other_behaviour_details: String,
    /// Test (a): the respondent has carried out acts associated with stalking.
    pub acts_evidence: String,
    /// Test (b): the respondent poses a risk associated with stalking.
    pub risk_evidence: String,
    /// Test (c): an order is necessary to protect the person from that risk.
    pub necessity_evidence: String,
    pub risk_tool: Option<RiskTool>,
    /// The tool's name when "other" is chosen.
    pub risk_tool_other: String,
    /// The tool's outcome or risk level.
    pub risk_outcome: String,
    pub mental_health: Option<YesNoNotKnown>,
    pub mental_health_details: String,
    /// What the officer checked, when mental health issues are "not known".
    pub mental_health_checks: String,
    pub immediate_risk: Option<YesNo>,
    pub immediate_risk_details: String,
}

/// Orders and measures already in place, and why each is not enough (facts item 79).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ExistingOrders {
    pub any: Option<YesNo>,
    pub orders: Vec<ExistingOrder>,
}

/// One existing order or measure.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ExistingOrder {
    pub kind: Option<ExistingOrderKind>,
    pub details: String,
    pub why_not_enough: String,
}

/// The order applied for: type, durations, locality, and times the conditions must avoid.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OrderSought {
    pub order_type: Option<OrderType>,
    pub full_duration: Option<FullDurationChoice>,
    /// Whole months as typed, when a fixed period is chosen.
    pub full_months: String,
    /// Whole weeks as typed, when an interim order is sought.
    pub interim_weeks: String,
    pub locality: Option<LocalityChoice>,
    pub locality_description: String,
    /// Religion, work or education times the conditions must avoid (facts item 15).
    pub avoid_times: Option<YesNoNotKnown>,
    pub avoid_details: String,
}

/// The narrative summary of the case.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseSummary {
    pub text: String,
}

/// The victim's views, recorded but never a gate (facts items 76–77, R8).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct VictimViews {
    pub obtained: Option<YesNo>,
    pub stance: Option<VictimStance>,
    pub views_on_conditions: String,
    pub advocate: Option<YesNoNotKnown>,
    /// The advocate's name and organisation.
    pub advocate_name: String,
    pub reason_not_obtained: String,
}

/// The officer's declaration before submitting.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Declaration {
    pub confirmed: bool,
}

/// Whether a typed answer holds anything but spaces.
pub(crate) fn filled(text: &str) -> bool {
    !text.trim().is_empty()
}

impl Triage {
    /// Whether anything in a section has been entered: drives "Not started" in the task
    /// list. Read from the question catalogue, so a new question counts at once.
    pub fn has_answers(&self, section: SectionId) -> bool {
        super::questions::has_answers(section, self)
    }

    /// Whether anything at all has been entered: an empty form has nothing to save or lose.
    pub fn has_any_answers(&self) -> bool {
        SectionId::ALL.iter().any(|s| self.has_answers(*s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_triage_has_nothing_entered() {
        let t = Triage::default();
        assert!(SectionId::ALL.iter().all(|s| !t.has_answers(*s)));
        assert!(!t.has_any_answers());
    }

    #[test]
    fn one_answer_anywhere_is_something_to_keep() {
        let mut t = Triage::default();
        t.summary.text = "Followed to work.".into();
        assert!(t.has_any_answers());
        t.summary.text = "  ".into();
        t.declaration.confirmed = true;
        assert!(t.has_any_answers());
    }

    #[test]
    fn spaces_alone_are_not_an_answer() {
        let mut t = Triage::default();
        t.about_you.name = "   ".into();
        assert!(!t.has_answers(SectionId::AboutYou));
        t.about_you.name = "A".into();
        assert!(t.has_answers(SectionId::AboutYou));
    }

    #[test]
    fn a_blank_extra_person_is_not_an_answer() {
        let mut t = Triage::default();
        t.people.push(ProtectedPerson::default());
        assert!(!t.has_answers(SectionId::People));
    }

    #[test]
    fn sections_are_found_by_their_url() {
        for s in SectionId::ALL {
            assert_eq!(SectionId::from_slug(s.slug()), Some(s));
        }
        assert_eq!(SectionId::from_slug("nope"), None);
    }

    #[test]
    fn a_draft_missing_a_field_still_opens() {
        let t: Triage = serde_json::from_str(r#"{"about_you":{"name":"A"}}"#).unwrap();
        assert_eq!(t.about_you.name, "A");
        assert_eq!(t.people, vec![]);
    }
}
