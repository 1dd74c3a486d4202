//! "Missing for court": what must be added before the final pack, each with where to
//! add it. A draft pack is made whatever is missing; this list says what stops it
//! being final. It is one list, read by the checklist and by the page.
//!
//! What a pack needs beyond a triage: facts 2E (a research list, not law): the address
//! for service, the court, interpreter or special measures, whether addresses are kept
//! off the order, a dated chronology with exhibits tied to s1(1)(a)–(c), each
//! condition's necessity (item 14), why an interim order cannot wait, and the
//! authorisation (item 75). A record of Youth Justice Service contact for a respondent
//! under 18 (item 104, V-SEED:004 §9.4).
use serde::{Deserialize, Serialize};

use super::answers::{full_duration_words, interim_duration_words, locality, named_people, order_type};
use super::court::{ids, CourtRoute};
use super::document::{Document, DocumentKind};
use super::input::PackInput;
use crate::domain::review::authorisation::AuthorisationDecision;
use crate::domain::triage::choices::YesNo;
use crate::domain::triage::chronology::{act_field, act_number, condition_citation_field, evidence_field, in_date_order, test_field, Test};
use crate::domain::triage::field_ids as f;

/// What the documents and this list both say, so a gap marked in a document and the
/// item in the list read the same (and [`with_document_gaps`] sees they are one).
pub const DATE_OF_BIRTH: &str = "the respondent's date of birth, or whether they are under 18";
pub const FULL_DURATION: &str = "how long the full order is to last: a fixed period of at least 2 years, or until further order";
pub const NO_AUTHORISATION: &str = "the authorising officer's record";
pub const NOT_AUTHORISED: &str = "the application recorded as authorised";

/// Where an item is added: the page, and the field to link to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    Triage,
    Chronology,
    Court,
    Authorisation,
}

impl Place {
    pub fn label(self) -> &'static str {
        match self {
            Place::Triage => "the triage",
            Place::Chronology => "the chronology of acts",
            Place::Court => "the court details",
            Place::Authorisation => "the authorisation, in the Review area",
        }
    }
}

/// One thing the final pack needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissingItem {
    /// What is missing, e.g. "The respondent's address for service".
    pub what: String,
    pub place: Place,
    /// The id of the field to add it in, for the page's link; empty for a gap found
    /// only in a document (the page links to the section instead).
    pub field: String,
}

impl MissingItem {
    fn new(what: impl Into<String>, place: Place, field: impl Into<String>) -> MissingItem {
        MissingItem { what: capitalise(&what.into()), place, field: field.into() }
    }

    /// "The respondent's address for service: add it in the court details".
    pub fn sentence(&self) -> String {
        format!("{}: add it in {}", self.what, self.place.label())
    }
}

/// Everything the final pack needs that the answers do not yet give, in the order of
/// the pack: triage, chronology and citations, court details, authorisation.
pub fn missing_for_court(input: &PackInput) -> Vec<MissingItem> {
    let mut out = Vec::new();
    triage_items(input, &mut out);
    chronology_items(input, &mut out);
    court_items(input, &mut out);
    authorisation_items(input, &mut out);
    out
}

fn triage_items(input: &PackInput, out: &mut Vec<MissingItem>) {
    let t = input.triage;
    let mut add = |blank: bool, what: &str, field: &str| {
        if blank {
            out.push(MissingItem::new(what, Place::Triage, field));
        }
    };
    let r = &t.respondent;
    add(r.name.trim().is_empty(), "The respondent's name", f::RESPONDENT_NAME);
    add(r.address.trim().is_empty(), "The respondent's home address", f::RESPONDENT_ADDRESS);
    add(named_people(&t.people).is_empty(), "The people the order would protect", &f::person(0, f::PERSON_NAME));
    let br = &t.behaviour_risk;
    add(br.acts_evidence.trim().is_empty(), "The evidence for test (a)", f::BEHAVIOUR_ACTS_EVIDENCE);
    add(br.risk_evidence.trim().is_empty(), "The evidence for test (b)", f::BEHAVIOUR_RISK_EVIDENCE);
    add(br.necessity_evidence.trim().is_empty(), "The evidence for test (c)", f::BEHAVIOUR_NECESSITY_EVIDENCE);
    add(r.area_connection.is_none(), "How the respondent is connected to the force's area", f::RESPONDENT_AREA);
    let o = &t.order_sought;
    add(full_duration_words(o).is_err(), FULL_DURATION, f::ORDER_FULL_DURATION);
    add(order_type(o).includes_interim() && interim_duration_words(o).is_err(), "How long the interim order is to last", f::ORDER_INTERIM_WEEKS);
    add(locality(o).is_err(), "The area the order is limited to", f::ORDER_LOCALITY_DESCRIPTION);
    add(t.conditions.is_empty(), "At least one prohibition or requirement", f::CONDITIONS_ADD);
    for (i, c) in t.conditions.iter().enumerate() {
        add(c.reason.trim().is_empty(), &format!("Why condition {} is necessary", i + 1), &f::condition(i, f::CONDITION_REASON));
    }
    if t.existing_orders.any == Some(YesNo::Yes) {
        for (i, x) in t.existing_orders.orders.iter().enumerate() {
            let what = format!("Why existing order {} is not enough", i + 1);
            add(x.why_not_enough.trim().is_empty(), &what, &f::existing_order(i, f::EXISTING_ORDER_WHY_NOT_ENOUGH));
        }
    }
    match input.route() {
        CourtRoute::Youth { .. } => add(
            t.youth_justice.contacted != Some(YesNo::Yes),
            "A record of contact with the Youth Justice Service (the respondent is under 18)",
            f::YOUTH_CONTACTED,
        ),
        CourtRoute::UnderTen { .. } => add(true, "A respondent aged 10 or over: an order should not be sought against a child under 10", &f::date_part(f::RESPONDENT_DOB, crate::domain::triage::dates::DatePart::Day)),
        CourtRoute::Unknown => add(true, DATE_OF_BIRTH, &f::date_part(f::RESPONDENT_DOB, crate::domain::triage::dates::DatePart::Day)),
        CourtRoute::Magistrates => {}
    }
}

fn chronology_items(input: &PackInput, out: &mut Vec<MissingItem>) {
    let acts = &input.triage.acts;
    if acts.iter().all(|a| a.is_blank()) {
        out.push(MissingItem::new("The chronology of acts", Place::Chronology, act_field(0, "when")));
    }
    for act in in_date_order(acts).into_iter().filter(|a| !a.is_blank()) {
        let (Some(number), Some(index)) = (act_number(acts, act.id), acts.iter().position(|a| a.id == act.id)) else { continue };
        if act.start().is_none() {
            out.push(MissingItem::new(format!("The date of act {number}"), Place::Chronology, act_field(index, "when")));
        }
        if act.exhibits().is_empty() {
            out.push(MissingItem::new(format!("An exhibit reference for act {number}"), Place::Chronology, evidence_field(index, 0, "exhibit")));
        }
    }
    for test in Test::ALL {
        let cited = input.triage.citations.for_test(test).iter().any(|id| acts.iter().any(|a| a.id == *id));
        if !cited {
            out.push(MissingItem::new(format!("The acts test {} rests on", test.letter()), Place::Chronology, test_field(test)));
        }
    }
    for i in 0..input.triage.conditions.len() {
        let cite = input.triage.citations.for_condition(i);
        if !cite.is_some_and(|c| c.acts.iter().any(|id| acts.iter().any(|a| a.id == *id))) {
            out.push(MissingItem::new(format!("The acts condition {} rests on", i + 1), Place::Chronology, condition_citation_field(i, "acts")));
        }
        if cite.is_none_or(|c| c.risk.trim().is_empty()) {
            out.push(MissingItem::new(format!("The risk condition {} answers", i + 1), Place::Chronology, condition_citation_field(i, "risk")));
        }
    }
}

fn court_items(input: &PackInput, out: &mut Vec<MissingItem>) {
    let c = input.court;
    let t = input.triage;
    let mut add = |blank: bool, what: &str, field: &str| {
        if blank {
            out.push(MissingItem::new(what, Place::Court, field));
        }
    };
    add(c.court_name.trim().is_empty(), "The name of the court", ids::COURT_NAME);
    let service_field = if c.service_at_home == Some(YesNo::No) { ids::SERVICE_ADDRESS } else { ids::SERVICE_AT_HOME };
    add(c.service_address(t).is_empty(), "The respondent's address for service", service_field);
    add(c.interpreter.is_none(), "Whether an interpreter is needed", ids::INTERPRETER);
    add(c.special_measures.is_none(), "Whether any witness needs special measures", ids::SPECIAL_MEASURES);
    add(c.withhold_addresses.is_none(), "Whether the protected people's addresses are kept off the order", ids::WITHHOLD_ADDRESSES);
    if order_type(&t.order_sought).includes_interim() {
        add(c.interim_now.is_none(), "Whether the interim order is sought at the first hearing", ids::INTERIM_NOW);
        add(c.interim_now == Some(YesNo::Yes) && c.interim_why_now.trim().is_empty(), "why the interim order cannot wait", ids::INTERIM_WHY_NOW);
    }
    add(c.estimate_minutes().is_none(), "A time estimate for the hearing", ids::TIME_ESTIMATE);
}

fn authorisation_items(input: &PackInput, out: &mut Vec<MissingItem>) {
    let field = crate::domain::review::authorise::DECISION_FIELD;
    match input.authorisation {
        None => out.push(MissingItem::new(NO_AUTHORISATION, Place::Authorisation, field)),
        Some(a) if a.decision != Some(AuthorisationDecision::Authorised) => {
            out.push(MissingItem::new(NOT_AUTHORISED, Place::Authorisation, field));
        }
        Some(_) => {}
    }
}

/// The list with every gap the documents mark that it does not already name (an
/// officer's phone number, the victim's views...), so "nothing missing" means no
/// document has a gap. Gaps in the authorisation record are added in the Review area;
/// the rest come from the triage.
pub fn with_document_gaps(mut items: Vec<MissingItem>, documents: &[Document]) -> Vec<MissingItem> {
    for doc in documents {
        let place = if doc.kind == DocumentKind::Authorisation { Place::Authorisation } else { Place::Triage };
        for gap in doc.gaps() {
            let gap = capitalise(gap);
            if !items.iter().any(|m| m.what == gap) {
                items.push(MissingItem { what: gap, place, field: String::new() });
            }
        }
    }
    items
}

/// "the court" → "The court".
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
