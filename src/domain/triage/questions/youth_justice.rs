//! "Youth Justice Service": for a respondent aged 10 to 17, a record of early contact
//! with the YJS (facts items 103–104, R6: from the draft APP, seed 004 §9.4). Whether
//! the section applies at all is the youth route's named rule (`validate_youth_justice`).
use super::question::{Entry, Input, Kind, Question};
use crate::domain::triage::choices::YesNo;
use crate::domain::triage::fields::{LONG, NAME, TODAY_OR_PAST};
use crate::field;

pub const CONTACTED: &str = "youth-contacted";
/// A date stem.
pub const CONTACT_DATE: &str = "youth-contact-date";
pub const CONTACT_NAME: &str = "youth-contact-name";
pub const CONTACT_VIEW: &str = "youth-contact-view";
pub const REASON_NOT_CONTACTED: &str = "youth-reason-not-contacted";

const YES: usize = YesNo::Yes as usize;

pub static QUESTIONS: &[Entry] = &[
    Entry::Ask(
        Question::new(CONTACTED, "Have you contacted the Youth Justice Service about this respondent?", Kind::inline(YesNo::LABELS), field!(youth_justice.contacted))
            .named("Youth Justice Service contacted")
            .why("respondents-under-18", "youth-justice-service")
            .required("Select yes if you have contacted the Youth Justice Service"),
    ),
    Entry::Ask(
        Question::new(CONTACT_DATE, "Date you contacted the Youth Justice Service", Kind::Date { future: TODAY_OR_PAST, age: false }, field!(youth_justice.contact_date))
            .hint("For example, 3 11 2026")
            .under(CONTACTED, YES)
            .required("Enter the date you contacted the Youth Justice Service"),
    ),
    Entry::Ask(
        Question::new(CONTACT_NAME, "Name of the person you contacted", Kind::line(NAME, 20, Input::Text), field!(youth_justice.contact_name))
            .under(CONTACTED, YES)
            .required("Enter the name of the person you contacted at the Youth Justice Service"),
    ),
    Entry::Ask(
        Question::new(CONTACT_VIEW, "Their view", Kind::long(LONG, 3), field!(youth_justice.contact_view))
            .named("The Youth Justice Service's view")
            .under(CONTACTED, YES),
    ),
    Entry::Ask(
        Question::new(REASON_NOT_CONTACTED, "Why have you not contacted them yet?", Kind::long(LONG, 3), field!(youth_justice.reason_not_contacted))
            .named("Reason the Youth Justice Service has not been contacted")
            .under(CONTACTED, YesNo::No as usize)
            .required("Enter why you have not contacted the Youth Justice Service yet"),
    ),
];
