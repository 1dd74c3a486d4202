//! The example triage's chronology (fictional): four acts and the citations of the
//! three tests and both conditions. Public, like the other fixtures.
use super::choices::Behaviour;
use super::chronology::{Act, ActCitations, ConditionCitation, EvidenceItem, EvidenceKind, WhenKind};
use super::dates::DateInput;

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

