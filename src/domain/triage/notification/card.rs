//! The Teams card: what a channel needs to see that a triage has arrived and how
//! urgent it is. No victim's or respondent's details: a channel is read more widely
//! than legal services' mailbox. Adaptive Card 1.4, the highest version Teams renders
//! in channels and chats as far as we know; the test validates it against the 1.4
//! schema (tests/schemas/adaptive-card-1.4.json).
use serde_json::{json, Value};

use crate::domain::triage::notices::Priority;
use crate::domain::triage::payload::Payload;
use crate::domain::triage::youth::YouthRouteKind;

pub const CARD_VERSION: &str = "1.4";

/// The respondent's age group, in words.
pub fn age_group(route: YouthRouteKind) -> &'static str {
    match route {
        YouthRouteKind::NotYouth => "18 or over",
        YouthRouteKind::Youth => "Under 18 (youth route: Youth Justice Service contact; youth court likely, to be confirmed)",
        YouthRouteKind::UnderTen => "Under 10",
        YouthRouteKind::Unknown => "Not known",
    }
}

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

pub fn card(p: &Payload, marking: &str) -> Value {
    let urgent = p.priority == Priority::Urgent;
    let officer = plain(&format!("{} {} ({}), {}", p.officer.rank, p.officer.name, p.officer.collar_number, p.officer.team));
    let b = &p.behaviour_risk;
    let facts = [
        ("Reference", p.reference.clone()),
        ("Priority", if urgent { "Urgent: immediate risk of harm reported".to_string() } else { "Routine".to_string() }),
        ("Officer", officer),
        ("Respondent's age group", age_group(p.respondent.youth_route).to_string()),
        ("Acts associated with stalking", evidence(&b.acts_evidence).to_string()),
        ("Risk associated with stalking", evidence(&b.risk_evidence).to_string()),
        ("Order necessary to protect", evidence(&b.necessity_evidence).to_string()),
        ("Conditions proposed", p.conditions.len().to_string()),
    ];
    let mut body = vec![json!({ "type": "TextBlock", "text": plain(marking), "weight": "Bolder", "size": "Small", "wrap": true })];
    if urgent {
        body.push(json!({ "type": "TextBlock", "text": "URGENT", "color": "Attention", "weight": "Bolder", "size": "Large" }));
    }
    body.push(json!({ "type": "TextBlock", "text": format!("SPO triage {}", p.reference), "size": "Large", "weight": "Bolder", "wrap": true }));
    body.push(json!({ "type": "FactSet", "facts": facts.iter().map(|(t, v)| json!({ "title": t, "value": v })).collect::<Vec<_>>() }));
    body.push(json!({ "type": "TextBlock", "text": "The full triage is in the email to legal services and the stalking unit.", "wrap": true, "isSubtle": true }));
    json!({
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": CARD_VERSION,
        "fallbackText": format!("{}SPO triage {}", if urgent { "URGENT: " } else { "" }, p.reference),
        "body": body,
    })
}
