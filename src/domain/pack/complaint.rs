//! Document 1: the complaint, the chief officer's application to the court.
//!
//! England and Wales prescribe no form (facts 2E, UNVERIFIED absence); the draft APP
//! lists a national example "complaint" form (item 79, V-SEED:004 §9.9). Law used:
//! the applicant is the chief officer of police and the court a magistrates' court
//! (item 5, V-LEG s1(1)); the three matters that must appear to them (item 6, V-LEG);
//! the force-area connection (item 9, V-LEG s1(3)); an interim order applied for with
//! the main application by the same chief officer (item 28, V-LEG s5(2)). That the
//! application is made by complaint, and the youth court, are UNVERIFIED (item 33):
//! the document says to check with legal services.
use super::answers::{date_words, full_duration_words, interim_duration_words, iso_words, order_type, person_words, named_people};
use super::court::describe_minutes;
use super::document::{Document, DocumentKind};
use super::input::PackInput;
use super::missing::{DATE_OF_BIRTH, FULL_DURATION, NOT_AUTHORISED, NO_AUTHORISATION};
use crate::domain::triage::choices::{YesNo, YesNoNotKnown};

/// Said where the complaint names its procedure (facts item 33, UNVERIFIED).
pub const PROCEDURE_CAVEAT: &str = "Check with legal services: the Act's section on procedure (believed to be section 6) could not be checked, including that the application is made by complaint under the Magistrates' Courts Act 1980.";

/// The complaint, drafted from the answers.
pub fn complaint(input: &PackInput) -> Document {
    let t = input.triage;
    let r = &t.respondent;
    let route = input.route();
    let mut doc = Document::new(DocumentKind::Complaint, input.protective_marking);
    doc.row("Court", &input.court.court_name, "the name of the court");
    doc.fixed_row("Court likely to hear the application", route.court_words());
    let date = date_words(&input.court.application_date);
    let date = if date.is_empty() { "to be entered when the complaint is made".to_string() } else { date };
    doc.fixed_row("Date of the application", date);
    doc.fixed_row("Applicant", input.applicant());
    doc.row("Respondent", &r.name, "the respondent's name");
    let other = if r.other_names.trim().is_empty() { "None given" } else { r.other_names.as_str() };
    doc.fixed_row("Other names used", other);
    let dob = if r.date_of_birth_not_known { "Not known".to_string() } else { date_words(&r.date_of_birth) };
    doc.row("Respondent's date of birth", &dob, DATE_OF_BIRTH);
    doc.row("Respondent's home address", &r.address, "the respondent's home address");
    doc.row("Address for service", input.court.service_address(t), "the respondent's address for service");
    let connection = r.area_connection.map(|c| c.label().to_string()).unwrap_or_default();
    doc.row("Connection to the force's area (section 1(3))", &connection, "how the respondent is connected to the force's area");

    doc.heading("The application");
    let interim = order_type(&t.order_sought).includes_interim();
    let also = if interim { ", and under section 5 for an interim order to have effect until the main application is decided" } else { "" };
    doc.paragraph(format!(
        "{} applies under section 1 of the Stalking Protection Act 2019 for a stalking protection order against the respondent{also}.",
        input.applicant()
    ));
    doc.paragraph(PROCEDURE_CAVEAT);

    doc.heading("Why the applicant applies");
    doc.paragraph("It appears to the applicant that:");
    doc.numbered(1, "the respondent has carried out acts associated with stalking (section 1(1)(a));");
    doc.numbered(2, "the respondent poses a risk associated with stalking to another person (section 1(1)(b)); and");
    doc.numbered(3, "there is reasonable cause to believe the order applied for is needed to protect that person from the risk (section 1(1)(c)).");
    doc.paragraph("The grounds, with the chronology of acts and the exhibits each act rests on, are in the statement of grounds.");

    doc.heading("People the order would protect");
    let people = named_people(&t.people);
    if people.is_empty() {
        doc.missing("the people the order would protect");
    }
    for (i, p) in people.iter().enumerate() {
        doc.numbered(i + 1, person_words(p));
    }

    doc.heading("Orders sought");
    doc.fixed_row("Orders", order_type(&t.order_sought).label());
    match full_duration_words(&t.order_sought) {
        Ok(d) => doc.fixed_row("Full order", format!("to last {d}")),
        Err(_) => doc.row("Full order", "", FULL_DURATION),
    }
    if interim {
        match interim_duration_words(&t.order_sought) {
            Ok(d) => doc.fixed_row("Interim order", format!("to last {d}")),
            Err(_) => doc.row("Interim order", "", "how long the interim order is to last"),
        }
        let now = match input.court.interim_now {
            Some(YesNo::Yes) => "Yes",
            Some(YesNo::No) => "No",
            None => "",
        };
        doc.row("Interim order sought at the first hearing", now, "whether the interim order is sought at the first hearing");
        if input.court.interim_now == Some(YesNo::Yes) {
            doc.row("Why it cannot wait", &input.court.interim_why_now, "why the interim order cannot wait");
        }
    }

    doc.heading("The hearing");
    let estimate = input.court.estimate_minutes().map(describe_minutes).unwrap_or_default();
    doc.row("Time estimate", &estimate, "a time estimate for the hearing");
    doc.row("Interpreter", &needs(input.court.interpreter, &input.court.interpreter_language), "whether an interpreter is needed");
    doc.row("Special measures", &needs(input.court.special_measures, &input.court.special_measures_details), "whether any witness needs special measures");
    let withheld = match input.court.withhold_addresses {
        Some(YesNo::Yes) => "Kept off the order",
        Some(YesNo::No) => "Not kept off the order",
        None => "",
    };
    doc.row("Addresses of the protected people", withheld, "whether the protected people's addresses are kept off the order");

    doc.heading("Officer in the case");
    let a = &t.about_you;
    let officer = [a.rank.trim(), a.name.trim(), a.collar_number.trim()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");
    doc.row("Officer", &officer, "the officer in the case");
    doc.row("Email", &a.email, "the officer's email address");
    doc.row("Phone", &a.phone, "the officer's phone number");
    doc.row("Team", &a.team, "the officer's team or station");
    let references: Vec<&str> = t.investigation.crime_references.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    doc.row("Crime references", &references.join(", "), "the crime reference, or 'none'");

    doc.heading("Made for the chief officer");
    match input.authorisation {
        Some(auth) if input.is_authorised() => {
            doc.fixed_row("Authorised by", format!("{} {}", auth.rank_label(), auth.officer_name.trim()).trim().to_string());
            doc.row("Date authorised", &iso_words(&auth.date), "the date of authorisation");
        }
        Some(_) => doc.missing(NOT_AUTHORISED),
        None => doc.missing(NO_AUTHORISATION),
    }
    doc.paragraph("Signed: ..................................................");
    doc.finish()
}

/// "Yes: Polish", "No", "Not known"; empty when not answered.
fn needs(answer: Option<YesNoNotKnown>, details: &str) -> String {
    match answer {
        Some(YesNoNotKnown::Yes) if !details.trim().is_empty() => format!("Yes: {}", details.trim()),
        Some(a) => a.label().to_string(),
        None => String::new(),
    }
}
