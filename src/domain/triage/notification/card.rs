//! The Teams card: what a channel needs to see that a triage has arrived and how
//! urgent it is. No victim's or respondent's details: a channel is read more widely
//! than legal services' mailbox. Adaptive Card 1.4, the highest version Teams renders
//! in channels and chats as far as we know; the test validates it against the 1.4
//! schema (tests/schemas/adaptive-card-1.4.json).
use serde::Serialize;
use serde_json::value::RawValue;

use crate::domain::triage::notices::Priority;
use crate::domain::triage::payload::Payload;

pub const CARD_VERSION: &str = "1.4";

/// Teams renders markdown in card text: the officer's typed details lose the characters
/// that would make a link or emphasis.
fn plain(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '*' | '_' | '[' | ']' | '`' | '~' | '<' | '>' | '#')).collect::<String>().trim().to_string()
}

fn evidence(text: &str) -> &'static str {
    if text.trim().is_empty() {
        "No evidence given"
    } else {
        "Evidence given"
    }
}

/// The card's elements, as the Adaptive Card schema names them. Typed and written
/// once to JSON text (the payload carries it raw): a `serde_json::Value` here would
/// bring its whole reader and writer into the officer's app.
#[derive(Serialize)]
#[serde(tag = "type")]
enum Element<'a> {
    TextBlock {
        text: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        weight: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        size: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        color: Option<&'a str>,
        #[serde(rename = "isSubtle", skip_serializing_if = "std::ops::Not::not")]
        is_subtle: bool,
        wrap: bool,
    },
    FactSet {
        facts: Vec<Fact<'a>>,
    },
}

#[derive(Serialize)]
struct Fact<'a> {
    title: &'a str,
    value: String,
}

#[derive(Serialize)]
struct Card<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    #[serde(rename = "$schema")]
    schema: &'a str,
    version: &'a str,
    #[serde(rename = "fallbackText")]
    fallback_text: String,
    body: Vec<Element<'a>>,
}

fn text<'a>(text: String, weight: Option<&'a str>, size: Option<&'a str>) -> Element<'a> {
    Element::TextBlock { text, weight, size, color: None, is_subtle: false, wrap: true }
}

/// The card as JSON text.
pub fn card(p: &Payload, marking: &str) -> Box<RawValue> {
    let urgent = p.priority == Priority::Urgent;
    let officer = plain(&format!("{} {} ({}), {}", p.officer.rank, p.officer.name, p.officer.collar_number, p.officer.team));
    let b = &p.behaviour_risk;
    let facts = vec![
        Fact { title: "Reference", value: p.reference.clone() },
        Fact { title: "Priority", value: if urgent { "Urgent: immediate risk of harm reported".to_string() } else { "Routine".to_string() } },
        Fact { title: "Officer", value: officer },
        Fact { title: "Respondent's age group", value: p.respondent.youth_route.age_group().to_string() },
        Fact { title: "Acts associated with stalking", value: evidence(&b.acts_evidence).to_string() },
        Fact { title: "Risk associated with stalking", value: evidence(&b.risk_evidence).to_string() },
        Fact { title: "Order necessary to protect", value: evidence(&b.necessity_evidence).to_string() },
        Fact { title: "Conditions proposed", value: p.conditions.len().to_string() },
    ];
    let mut body = vec![text(plain(marking), Some("Bolder"), Some("Small"))];
    if urgent {
        body.push(Element::TextBlock { text: "URGENT".into(), weight: Some("Bolder"), size: Some("Large"), color: Some("Attention"), is_subtle: false, wrap: true });
    }
    body.push(text(format!("SPO triage {}", p.reference), Some("Bolder"), Some("Large")));
    body.push(Element::FactSet { facts });
    body.push(Element::TextBlock {
        text: "The full triage is in the email to legal services and the stalking unit.".into(),
        weight: None,
        size: None,
        color: None,
        is_subtle: true,
        wrap: true,
    });
    let card = Card {
        kind: "AdaptiveCard",
        schema: "http://adaptivecards.io/schemas/adaptive-card.json",
        version: CARD_VERSION,
        fallback_text: format!("{}SPO triage {}", if urgent { "URGENT: " } else { "" }, p.reference),
        body,
    };
    // Serialising these plain structs cannot fail; an empty object is still valid JSON.
    serde_json::to_string(&card).ok().and_then(|t| RawValue::from_string(t).ok()).unwrap_or_else(|| RawValue::from_string("{}".into()).expect("valid JSON"))
}
