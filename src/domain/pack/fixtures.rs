//! The example case's pack (fictional): the example triage (`triage::fixtures`) with
//! a chronology of four acts, citations for the three tests and both conditions, court
//! details and the example authorisation (`review::fixtures`). Public, like the other
//! fixtures, so tests, the print page's examples and benchmarks can use it.
use super::court::CourtDetails;
use super::input::PackInput;
use crate::domain::review::authorisation::Authorisation;
use crate::domain::triage::choices::{Behaviour, YesNo, YesNoNotKnown};
use crate::domain::triage::chronology::{Act, ActCitations, ConditionCitation, EvidenceItem, EvidenceKind, WhenKind};
use crate::domain::triage::dates::DateInput;
use crate::domain::triage::fixtures::{example_full_triage, EXAMPLE_TODAY};
use crate::domain::triage::model::Triage;

/// Everything a pack is drafted from, owned, so a test can change one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleCase {
    pub triage: Triage,
    pub acts: Vec<Act>,
    pub citations: ActCitations,
    pub court: CourtDetails,
    pub authorisation: Option<Authorisation>,
}

/// The example force's name and marking.
pub const EXAMPLE_FORCE: &str = "Example Constabulary";
pub const EXAMPLE_MARKING: &str = "OFFICIAL-SENSITIVE";

impl ExampleCase {
    /// The case borrowed as the pack's input, judged on the example's date.
    pub fn input(&self) -> PackInput<'_> {
        PackInput {
            triage: &self.triage,
            acts: &self.acts,
            citations: &self.citations,
            court: &self.court,
            authorisation: self.authorisation.as_ref(),
            force_name: EXAMPLE_FORCE,
            protective_marking: EXAMPLE_MARKING,
            today: EXAMPLE_TODAY,
        }
    }
}

fn date(day: u32, month: u32, year: i32) -> DateInput {
    DateInput { day: day.to_string(), month: month.to_string(), year: year.to_string() }
}

fn evidence(kind: EvidenceKind, exhibit: &str, description: &str) -> EvidenceItem {
    EvidenceItem { kind: Some(kind), exhibit: exhibit.into(), description: description.into() }
}

/// The four acts, deliberately not in date order as stored (ids 2, 1, 4, 3), so the
/// documents' numbering (1 to 4 by date) is tested.
pub fn example_acts() -> Vec<Act> {
    vec![
        Act {
            id: 2,
            when: Some(WhenKind::OnDate),
            on: date(3, 3, 2025),
            what: "Followed Sam Example on foot from her home to her workplace".into(),
            place: "Meadow Road to Station Road, Exampletown".into(),
            evidence: vec![evidence(EvidenceKind::Cctv, "JE/3", "Station Road camera 4")],
            behaviours: vec![Behaviour::Following],
            ..Act::default()
        },
        Act {
            id: 1,
            when: Some(WhenKind::Period),
            from: date(6, 1, 2025),
            to: date(20, 5, 2025),
            what: "Sent 214 messages to Sam Example from 9 new accounts after being blocked, ending in threats".into(),
            place: "Online: Instagram and WhatsApp".into(),
            evidence: vec![
                evidence(EvidenceKind::Screenshot, "JE/1", "screenshots of the messages"),
                evidence(EvidenceKind::DeviceDownload, "JE/2", "download of Sam Example's phone"),
            ],
            behaviours: vec![Behaviour::Contacting],
            ..Act::default()
        },
        Act {
            id: 4,
            when: Some(WhenKind::OnDate),
            on: date(12, 4, 2025),
            what: "Logged in to Sam Example's email account and changed its recovery phone number".into(),
            place: "Online: Sam Example's email account".into(),
            evidence: vec![evidence(EvidenceKind::Other, "JE/6", "the email provider's login record")],
            behaviours: vec![Behaviour::MonitoringCommunications, Behaviour::MonitoringAccounts],
            ..Act::default()
        },
        Act {
            id: 3,
            when: Some(WhenKind::Period),
            from: date(7, 3, 2025),
            to: date(21, 3, 2025),
            what: "Waited in a car outside Sam Example's home on six evenings".into(),
            place: "Meadow Road, Exampletown".into(),
            evidence: vec![
                evidence(EvidenceKind::Statement, "JE/4", "statement of the neighbour at number 6"),
                evidence(EvidenceKind::Statement, "JE/5", "statement of Sam Example"),
            ],
            behaviours: vec![Behaviour::Loitering, Behaviour::WatchingOrSpying],
            ..Act::default()
        },
    ]
}

/// Test (a) rests on all four acts, (b) on the messages and the waiting, (c) on the
/// messages (sent while on bail); the no-contact condition answers the messages, the
/// exclusion zone the following and the waiting.
pub fn example_citations() -> ActCitations {
    ActCitations {
        acts_test: vec![1, 2, 3, 4],
        risk_test: vec![1, 3],
        necessity_test: vec![1],
        conditions: vec![
            ConditionCitation {
                condition_index: 0,
                acts: vec![1],
                risk: "Further unwanted messages and threats to Sam Example".into(),
            },
            ConditionCitation {
                condition_index: 1,
                acts: vec![2, 3],
                risk: "Following Sam Example and waiting near her home".into(),
            },
        ],
    }
}

/// Court details with every answer given.
pub fn example_court() -> CourtDetails {
    CourtDetails {
        court_name: "Exampletown Magistrates' Court".into(),
        application_date: date(9, 6, 2025),
        service_at_home: Some(YesNo::Yes),
        service_address: String::new(),
        interpreter: Some(YesNoNotKnown::No),
        interpreter_language: String::new(),
        special_measures: Some(YesNoNotKnown::Yes),
        special_measures_details: "Screens for Sam Example if she gives evidence".into(),
        withhold_addresses: Some(YesNo::Yes),
        interim_now: Some(YesNo::Yes),
        interim_why_now: "Bail ends on 30 June 2025 and messages still come from new accounts".into(),
        time_estimate_minutes: "90".into(),
    }
}

/// The whole example case, authorised.
pub fn example_case() -> ExampleCase {
    ExampleCase {
        triage: example_full_triage(),
        acts: example_acts(),
        citations: example_citations(),
        court: example_court(),
        authorisation: crate::domain::review::fixtures::example_advice().authorisation,
    }
}
