//! "The respondent": who the order would be made against ("the defendant" in the Act:
//! facts item 5), their age and their link to the force's area. The under-10 rule (an
//! order should not be sought: the draft APP and the age of criminal responsibility,
//! not the Act, which sets no minimum age; facts items 57, 103) and the area rule are
//! named rules (`validate_respondent`).
use super::question::{Entry, Input, Kind, Question};
use crate::domain::triage::choices::YesNoNotKnown;
use crate::domain::triage::fields::{IN_THE_PAST, LONG, NAME, SHORT_MULTILINE};
use crate::field;

pub const NAME_ID: &str = "respondent-name";
pub const OTHER_NAMES: &str = "respondent-other-names";
/// A date stem: `respondent-dob-day` and so on.
pub const DOB: &str = "respondent-dob";
pub const DOB_NOT_KNOWN: &str = "respondent-dob-not-known";
pub const UNDER_18: &str = "respondent-under-18";
pub const ADDRESS: &str = "respondent-address";
pub const AREA: &str = "respondent-area-connection";
pub const EXISTING_SPO: &str = "respondent-existing-spo";
pub const EXISTING_SPO_DETAILS: &str = "respondent-existing-spo-details";
pub const SEX_OFFENDER_NOTIFICATION: &str = "respondent-sex-offender-notification";

/// `AreaConnection`'s choices with the force's area named.
const AREA_CHOICES: &[&str] =
    &["Lives in {area}", "Believed to be in {area}", "Intends to come to {area}", "None of these, or not known"];

pub static QUESTIONS: &[Entry] = &[
    Entry::Ask(
        Question::new(NAME_ID, "Respondent's full name", Kind::line(NAME, 20, Input::Text), field!(respondent.name))
            .required("Enter the respondent's full name"),
    ),
    Entry::Ask(
        Question::new(OTHER_NAMES, "Other names they use", Kind::long(SHORT_MULTILINE, 2), field!(respondent.other_names))
            .hint("Nicknames, previous names and online usernames"),
    ),
    Entry::Ask(
        Question::new(DOB, "Respondent's date of birth", Kind::Date { future: IN_THE_PAST, age: true }, field!(respondent.date_of_birth))
            .hint("For example, 27 3 1990. Their age decides the route the application takes.")
            .why("respondents-under-18", "age-limits")
            .when(|t, _| !t.respondent.date_of_birth_not_known)
            .required("Enter the respondent's date of birth, or select that it is not known"),
    ),
    Entry::Ask(
        Question::new(DOB_NOT_KNOWN, "I do not know their date of birth", Kind::Checkbox, field!(respondent.date_of_birth_not_known))
            .named("Date of birth not known"),
    ),
    // Facts items 57, 103–104 (R6): with no date of birth, the officer's answer decides
    // whether the Youth Justice Service route applies.
    Entry::Ask(
        Question::new(UNDER_18, "Is the respondent under 18?", Kind::inline(YesNoNotKnown::LABELS), field!(respondent.under_18_if_not_known))
            .named("Respondent under 18")
            .hint("If they are, or might be, contact the Youth Justice Service early. If you do not know, say so and legal services will advise.")
            .when(|t, _| t.respondent.date_of_birth_not_known)
            .required("Select whether the respondent is under 18"),
    ),
    Entry::Ask(
        Question::new(ADDRESS, "Respondent's address", Kind::long(SHORT_MULTILINE, 3), field!(respondent.address))
            .hint("If you do not know it, give their last known address")
            .required("Enter the respondent's address, or their last known address"),
    ),
    Entry::Ask(
        Question::new(AREA, "What is the respondent's connection to {area}?", Kind::radios(AREA_CHOICES), field!(respondent.area_connection))
            .named("Connection to {area}")
            .hint("Your force can apply only if the respondent lives in its area, is believed to be in it, or intends to come to it.")
            .why("what-is-an-spo", "which-force")
            .required("Select the respondent's connection to {area}"),
    ),
    Entry::Ask(
        Question::new(EXISTING_SPO, "Is the respondent already subject to an SPO?", Kind::radios(YesNoNotKnown::LABELS), field!(respondent.existing_spo))
            .named("Already subject to an SPO")
            .why("breach-variation-renewal", "existing-order")
            .required("Select whether the respondent is already subject to a Stalking Protection Order"),
    ),
    Entry::Ask(
        Question::new(EXISTING_SPO_DETAILS, "Details of the existing SPO", Kind::long(LONG, 3), field!(respondent.existing_spo_details))
            .hint("Court, date and conditions. New conditions must not conflict with it; a variation may be the better route.")
            .under(EXISTING_SPO, YesNoNotKnown::Yes as usize)
            .required("Enter the details of the existing SPO: the court, the date it was made and its conditions"),
    ),
    // Facts item 45 (SPA s9(5)–(7), R12): someone on sex offender notification under
    // Part 2 of the Sexual Offences Act 2003 is not also under the SPO's notification
    // requirements while that lasts, so the draft order and the briefing differ.
    Entry::Ask(
        Question::new(
            SEX_OFFENDER_NOTIFICATION,
            "Is the respondent subject to sex offender notification requirements?",
            Kind::radios(YesNoNotKnown::LABELS),
            field!(respondent.sex_offender_notification),
        )
        .named("Subject to sex offender notification")
        .hint("Under Part 2 of the Sexual Offences Act 2003. While those requirements last, the SPO's own notification requirements do not apply to them; if they end while the SPO is in force, the SPO's requirements start then.")
        .why("authorisation-court-and-after", "notification")
        .required("Select whether the respondent is subject to sex offender notification requirements"),
    ),
];
