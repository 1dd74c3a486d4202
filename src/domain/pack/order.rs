//! Document 3: the draft interim order and the draft full order.
//!
//! No E&W form exists; the structure follows Northern Ireland's prescribed forms as a
//! model only (facts 2E: NI law, SECONDARY): court and parties, who is protected, the
//! numbered prohibitions and requirements, duration, locality, date made, notification
//! requirements, breach and appeal. Law: prohibitions, requirements or both (item 8,
//! V-LEG s1(2)); full order: the court satisfied of the three matters (item 13, V-LEG
//! s2(1)), a fixed period of at least 2 years or until further order (item 19,
//! SECONDARY: Halsbury's on s3); interim: made if the court considers it appropriate
//! (item 29, V-LEG s5(3)), a fixed period only, ending when the main application is
//! decided (item 30, V-LEG s5(6)); the whole UK unless limited (item 16, V-LEG); no
//! conflict with an earlier SPO (item 17, V-LEG s2(6)–(7)); notification (items 42–49,
//! V-LEG ss9–10); breach an offence, 5 years on indictment (items 38–39, V-LEG s8; the
//! summary limit changes, so it is not stated); appeal to the Crown Court (item 34,
//! V-LEG s7). The conditions' numbering is the order text's (`conditions::order_text`).
use super::answers::{full_duration_words, interim_duration_words, locality, named_people, date_words};
use super::document::{Document, DocumentKind};
use super::input::PackInput;
use crate::domain::conditions::order_text::{order_lines, OrderContext, OrderLine};
use crate::domain::order::OrderType;
use crate::domain::triage::choices::{YesNo, YesNoNotKnown};

/// The draft full order.
pub fn full_order(input: &PackInput) -> Document {
    order(input, false)
}

/// The draft interim order, when the triage seeks one.
pub fn interim_order(input: &PackInput) -> Option<Document> {
    input.triage.order_sought.order_type.unwrap_or_default().includes_interim().then(|| order(input, true))
}

fn order(input: &PackInput, interim: bool) -> Document {
    let t = input.triage;
    let r = &t.respondent;
    let kind = if interim { DocumentKind::InterimOrder } else { DocumentKind::FullOrder };
    let mut doc = Document::new(kind, input.protective_marking);
    let section = if interim { "section 5" } else { "section 2" };
    doc.paragraph(format!("Stalking Protection Act 2019, {section}"));
    doc.row("Court", &input.court.court_name, "the name of the court");
    doc.fixed_row("Applicant", input.applicant());
    doc.row("Respondent", &r.name, "the respondent's name");
    let dob = if r.date_of_birth_not_known { "Not known".to_string() } else { date_words(&r.date_of_birth) };
    doc.row("Respondent's date of birth", &dob, super::missing::DATE_OF_BIRTH);
    doc.row("Respondent's address", &r.address, "the respondent's home address");

    doc.heading("The people this order protects");
    let people = named_people(&t.people);
    if people.is_empty() {
        doc.missing("the people the order would protect");
    }
    for (i, p) in people.iter().enumerate() {
        doc.numbered(i + 1, p.name.trim());
    }
    match input.court.withhold_addresses {
        Some(YesNo::Yes) => doc.paragraph("Their addresses are not given in this order."),
        Some(YesNo::No) => {}
        None => doc.missing("whether the protected people's addresses are kept off the order"),
    }

    doc.heading("The court's decision");
    if interim {
        doc.paragraph(
            "An application for a stalking protection order has been made and is not yet decided. The court considers it appropriate to make this interim order.",
        );
    } else {
        doc.paragraph(
            "The court is satisfied that the respondent has carried out acts associated with stalking, that the respondent poses a risk associated with stalking to another person, and that this order is necessary to protect that person from that risk. The court is satisfied that each prohibition and requirement below is necessary to protect that person from a risk associated with stalking.",
        );
    }
    if r.existing_spo == Some(YesNoNotKnown::Yes) {
        doc.paragraph("The respondent is already subject to a stalking protection order: nothing in this order may be incompatible with a prohibition or requirement in that order.");
    }

    doc.heading("Prohibitions and requirements");
    conditions(&mut doc, input);

    doc.heading("How long this order lasts");
    if interim {
        match interim_duration_words(&t.order_sought) {
            Ok(d) => doc.paragraph(format!("This interim order lasts {d}.")),
            Err(_) => doc.missing("how long the interim order is to last"),
        }
    } else {
        match full_duration_words(&t.order_sought) {
            Ok(d) => doc.paragraph(format!("This order lasts {d}.")),
            Err(_) => doc.missing(super::missing::FULL_DURATION),
        }
    }

    doc.heading("Where this order applies");
    match locality(&t.order_sought) {
        Ok(l) => doc.paragraph(l.describe()),
        Err(what) => doc.missing(what),
    }

    doc.heading("Date made");
    doc.paragraph("Made on: .................... (to be completed by the court)");

    notification(&mut doc, input, interim);

    doc.heading("Breach and appeal");
    doc.paragraph(
        "Doing anything this order prohibits, or failing to do anything it requires, without reasonable excuse, is a criminal offence. On conviction in the Crown Court the maximum sentence is 5 years' imprisonment, a fine, or both.",
    );
    doc.paragraph("The respondent may appeal to the Crown Court against the making of this order.");
    doc.finish()
}

/// The numbered prohibitions and requirements, as the conditions builder's order text
/// numbers them (prohibitions first, straight through), with authorised rewording.
fn conditions(doc: &mut Document, input: &PackInput) {
    let conditions = input.conditions();
    if conditions.is_empty() {
        doc.missing("at least one prohibition or requirement");
        return;
    }
    let ctx = OrderContext { order_type: OrderType::FullOnly, ..OrderContext::default() };
    for line in order_lines(&conditions, &ctx) {
        match line {
            OrderLine::Lead { text } => doc.paragraph(text),
            OrderLine::Item { number, text, .. } => doc.numbered(number, text),
            _ => {}
        }
    }
}

/// What the respondent must tell the police, and how (ss9–10; facts items 42–49).
fn notification(doc: &mut Document, input: &PackInput, interim: bool) {
    doc.heading("Notification requirements");
    if input.triage.respondent.sex_offender_notification == Some(YesNoNotKnown::Yes) {
        doc.paragraph(
            "The respondent is subject to the notification requirements of Part 2 of the Sexual Offences Act 2003, so the requirements below do not apply while those last. If those end while this order is in force, the requirements below apply from then, and the 3 days run from the day they end.",
        );
    }
    doc.paragraph("The respondent must tell the police:");
    doc.numbered(1, "within 3 days, beginning with the day this order is served, their name, every other name they use, and their home address;");
    doc.numbered(2, "any name they start to use that they have not already told the police, within 3 days beginning with the day they first use it; and");
    doc.numbered(3, "any new home address, within 3 days beginning with the day they move there.");
    let sought_both = input.triage.order_sought.order_type.unwrap_or_default().includes_interim();
    if !interim && sought_both {
        doc.paragraph("If this order replaces an interim order, the names and home address already given under the interim order need not be given again.");
    }
    doc.paragraph(
        "To tell the police, the respondent goes to a police station in the police area where they live and tells a police officer, or a person the station authorises, in person. With no home address in England or Wales, they go to a police station in the area of the court that last made an order against them. The police acknowledge it in writing.",
    );
    doc.paragraph("When they do so, they may be asked to allow their fingerprints to be taken, or to be photographed, so that their identity can be checked.");
    doc.paragraph("Failing to do any of this without reasonable excuse, or giving information they know to be false, is a criminal offence.");
}
