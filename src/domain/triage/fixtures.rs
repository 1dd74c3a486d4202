//! A complete, valid, fictional case for tests, examples and benchmarks (public, not
//! test-only, so other modules' tests and the benchmark can use it). Every name, place
//! and number is made up; phone numbers are from Ofcom's drama range.
use super::choices::*;
use super::context::RulesContext;
use super::dates::{CivilDate, DateInput};
use super::model::*;
use super::payload::SubmissionMeta;
use crate::domain::conditions::chosen::{ChosenCondition, SlotValue};
use crate::domain::order::OrderType;
use crate::domain::version::APP_VERSION;

/// The date the example case is judged on: 2 June 2025.
pub const EXAMPLE_TODAY: CivilDate = CivilDate { year: 2025, month: 6, day: 2 };

/// The example force's rules: Exampleshire, crime references like `24/123456/25`.
pub fn example_context() -> RulesContext {
    RulesContext {
        today: EXAMPLE_TODAY,
        force_name: "Example Constabulary".to_string(),
        force_area: "Exampleshire".to_string(),
        force_is_national: false,
        crime_reference_pattern: crate::domain::config::anchored_regex(r"\d{2}/\d{6}/\d{2}").ok(),
        crime_reference_example: "24/123456/25".to_string(),
        conditions_catalogue: example_catalogue(),
    }
}

/// The real catalogue from `content/conditions`, read once: the example case's
/// conditions come from it. In the browser there is no file to read (the app fetches
/// the catalogue instead), so none.
fn example_catalogue() -> Option<std::sync::Arc<crate::domain::conditions::catalogue::Catalogue>> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        static CATALOGUE: std::sync::OnceLock<Option<std::sync::Arc<crate::domain::conditions::catalogue::Catalogue>>> =
            std::sync::OnceLock::new();
        CATALOGUE
            .get_or_init(|| {
                let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
                crate::domain::conditions::load_catalogue(&dir).ok().map(std::sync::Arc::new)
            })
            .clone()
    }
    #[cfg(target_arch = "wasm32")]
    None
}

/// Submission metadata for the example case.
pub fn example_meta() -> SubmissionMeta {
    SubmissionMeta {
        submission_id: "3f2b8c1e-9d4a-4e7b-8a6f-0c5d2e1b7a93".to_string(),
        reference: "SPO-7KX4-M9QA".to_string(),
        submitted_at: "2025-06-02T10:15:00.000Z".to_string(),
        app_version: APP_VERSION.to_string(),
        force_name: "Example Constabulary".to_string(),
    }
}

fn date(year: i32, month: u32, day: u32) -> DateInput {
    DateInput { day: day.to_string(), month: month.to_string(), year: year.to_string() }
}

/// A complete triage that passes every rule on [`EXAMPLE_TODAY`] and raises no notices:
/// an adult ex-partner stalking case, interim and full order sought.
pub fn example_full_triage() -> Triage {
    Triage {
        about_you: AboutYou {
            name: "Jo Example".into(),
            rank: "Detective Constable".into(),
            collar_number: "DC 4521".into(),
            email: "jo.example@example.police.uk".into(),
            phone: "01632 960 001".into(),
            team: "Exampletown Public Protection Unit".into(),
        },
        investigation: Investigation {
            substantive: Some(YesNo::Yes),
            crime_references: vec!["24/123456/25".into()],
            offences: vec![Offence::StalkingS4a],
            other_offence_details: String::new(),
            stage: Some(InvestigationStage::UnderInvestigation),
            bail_in_place: Some(YesNo::Yes),
            bail_details: "Pre-charge bail until 30 June 2025: no contact with Sam Example".into(),
        },
        people: vec![
            ProtectedPerson {
                name: "Sam Example".into(),
                date_of_birth: date(1990, 11, 3),
                relationship: Some(Relationship::PartnerOrExPartner),
                role: Some(PersonRole::PrimaryVictim),
                ..Default::default()
            },
            ProtectedPerson {
                name: "Alex Example".into(),
                date_of_birth: date(1993, 2, 14),
                relationship: Some(Relationship::Acquaintance),
                role: Some(PersonRole::ConnectedPerson),
                ..Default::default()
            },
        ],
        respondent: Respondent {
            name: "Chris Fictional".into(),
            other_names: "Chris F; @cf_shadow online".into(),
            date_of_birth: date(1988, 4, 12),
            date_of_birth_not_known: false,
            address: "1 Example Street\nExampletown\nEX1 2AB".into(),
            area_connection: Some(AreaConnection::LivesInArea),
            existing_spo: Some(YesNoNotKnown::No),
            existing_spo_details: String::new(),
            under_18_if_not_known: None,
            sex_offender_notification: Some(YesNoNotKnown::No),
        },
        youth_justice: YouthJustice::default(),
        behaviour_risk: example_behaviour_risk(),
        existing_orders: ExistingOrders {
            any: Some(YesNo::Yes),
            orders: vec![ExistingOrder {
                kind: Some(ExistingOrderKind::BailConditions),
                details: "Pre-charge bail until 30 June 2025, no contact with Sam Example".into(),
                why_not_enough: "Bail is time-limited, breach is not an offence, and it cannot require a \
                                 perpetrator programme"
                    .into(),
            }],
        },
        order_sought: OrderSought {
            order_type: Some(OrderType::InterimAndFull),
            full_duration: Some(FullDurationChoice::FixedPeriod),
            full_months: "36".into(),
            interim_weeks: "8".into(),
            locality: Some(LocalityChoice::WholeUk),
            locality_description: String::new(),
            avoid_times: Some(YesNoNotKnown::No),
            avoid_details: String::new(),
        },
        summary: CaseSummary {
            text: "Sam Example ended a two-year relationship with Chris Fictional in January 2025. Since then \
                   Chris has followed Sam to work, sent over 200 messages from new accounts, and waited outside \
                   her home on at least six evenings.\n\nSam is frightened and has changed her route to work."
                .into(),
        },
        conditions: example_conditions(),
        // Saved in date order, as "Save and continue" leaves them.
        acts: {
            let mut acts = super::chronology_fixtures::example_acts();
            super::chronology::sort_by_date(&mut acts);
            acts
        },
        citations: super::chronology_fixtures::example_citations(),
        victim_views: VictimViews {
            obtained: Some(YesNo::Yes),
            stance: Some(VictimStance::Supports),
            views_on_conditions: "Wants no contact of any kind and to feel safe on Meadow Road".into(),
            advocate: Some(YesNoNotKnown::Yes),
            advocate_name: "Morgan Example, Example Stalking Advocacy Service".into(),
            reason_not_obtained: String::new(),
        },
        declaration: Declaration { confirmed: true },
        completed_sections: SectionId::ALL
            .into_iter()
            .filter(|s| !matches!(s, SectionId::YouthJustice | SectionId::Declaration))
            .collect(),
        #[cfg(feature = "answering")]
        answering: None,
    }
}

fn example_behaviour_risk() -> BehaviourRisk {
    BehaviourRisk {
        behaviours: vec![
            Behaviour::Following,
            Behaviour::Contacting,
            Behaviour::Loitering,
            Behaviour::MonitoringAccounts,
        ],
        other_behaviour_details: String::new(),
        acts_evidence: "Followed Sam to work on 3, 10 and 17 March 2025 (CCTV); 214 messages from 9 new accounts \
                        since January; waited outside her home on six evenings (neighbour statements)."
            .into(),
        risk_evidence: "Messages escalate from pleading to threats ('you will regret this'); S-DASH high risk; \
                        Sam reports fear and has changed her routines."
            .into(),
        necessity_evidence: "Bail is time-limited and has already been breached by messages from new accounts; \
                             an order can last beyond the case and require a perpetrator programme."
            .into(),
        risk_tool: Some(RiskTool::SDash),
        risk_tool_other: String::new(),
        risk_outcome: "High risk: 14 of 20 indicators".into(),
        mental_health: Some(YesNoNotKnown::NotKnown),
        mental_health_details: String::new(),
        mental_health_checks: "Police systems and the custody record from the March arrest: no mental health markers."
            .into(),
        immediate_risk: Some(YesNo::No),
        immediate_risk_details: String::new(),
    }
}

fn slot(name: &str, text: &str) -> SlotValue {
    SlotValue { name: name.into(), text: text.into(), unit: None, map_reference: None }
}

fn example_conditions() -> Vec<ChosenCondition> {
    vec![
        ChosenCondition {
            template_id: "no-direct-contact".into(),
            kind: "prohibition".into(),
            slots: vec![slot("person", "Sam Example")],
            wording: "Contact or attempt to contact Sam Example by any means, directly or indirectly.".into(),
            reason: "The respondent has sent over 200 unwanted messages and keeps making new accounts.".into(),
            confirmed: vec![],
        },
        ChosenCondition {
            template_id: "no-entry-mapped-area".into(),
            kind: "prohibition".into(),
            slots: vec![SlotValue { map_reference: Some("Map A".into()), ..slot("area", "Meadow Road, Exampletown") }],
            wording: "Enter Meadow Road, Exampletown, as shown on Map A.".into(),
            reason: "The respondent has waited outside Sam's home on Meadow Road on six evenings.".into(),
            confirmed: vec![],
        },
    ]
}
