//! "About you": who legal services and the stalking unit contact about the application
//! (facts item 79). The email and phone formats are named rules (`validate_about_you`).
use super::question::{Entry, Input, Kind, Question};
use crate::domain::triage::fields::{NAME, SHORT};
use crate::field;

pub const NAME_ID: &str = "about-name";
pub const RANK: &str = "about-rank";
pub const COLLAR_NUMBER: &str = "about-collar-number";
pub const EMAIL: &str = "about-email";
pub const PHONE: &str = "about-phone";
pub const TEAM: &str = "about-team";

pub static QUESTIONS: &[Entry] = &[
    Entry::Ask(
        Question::new(NAME_ID, "Your full name", Kind::line(NAME, 20, Input::PersonName), field!(about_you.name))
            .required("Enter your full name"),
    ),
    Entry::Ask(
        Question::new(RANK, "Rank", Kind::line(NAME, 10, Input::Text), field!(about_you.rank))
            .hint("For example, PC or DS")
            .required("Enter your rank"),
    ),
    Entry::Ask(
        Question::new(COLLAR_NUMBER, "Collar or warrant number", Kind::line(NAME, 10, Input::Text), field!(about_you.collar_number))
            .required("Enter your collar or warrant number"),
    ),
    Entry::Ask(
        Question::new(EMAIL, "Work email address", Kind::line(SHORT, 20, Input::Email), field!(about_you.email))
            .required("Enter your work email address"),
    ),
    Entry::Ask(
        Question::new(PHONE, "Work phone number", Kind::line(SHORT, 10, Input::Tel), field!(about_you.phone))
            .required("Enter your work phone number"),
    ),
    Entry::Ask(
        Question::new(TEAM, "Team or station", Kind::line(SHORT, 20, Input::Text), field!(about_you.team))
            .required("Enter your team or station"),
    ),
];
