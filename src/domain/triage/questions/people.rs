//! "People to protect": an order protects "another person" (SPA s1(1)(b)–(c); facts
//! item 6), who need not be the victim of the acts (item 7). Their age matters for
//! child safeguarding (item 106).
use super::question::{BlankItems, Entry, Group, Input, Kind, Question, Shows};
use crate::domain::triage::choices::{PersonRole, Relationship, YesNoNotKnown};
use crate::domain::triage::fields::{IN_THE_PAST, NAME};
use crate::domain::triage::model::ProtectedPerson;
use crate::item;

/// The group stem: `people-0-name` is the first person's name.
pub const GROUP: &str = "people";
pub const NAME_ID: &str = "name";
/// A date stem: `people-0-dob-day`...
pub const DOB: &str = "dob";
pub const DOB_NOT_KNOWN: &str = "dob-not-known";
pub const UNDER_18: &str = "under-18";
pub const RELATIONSHIP: &str = "relationship";
pub const ROLE: &str = "role";

fn dob_not_known(t: &crate::domain::triage::model::Triage, i: usize) -> bool {
    t.people.get(i).is_some_and(|p| p.date_of_birth_not_known)
}

pub static QUESTIONS: &[Entry] = &[Entry::Group(Group {
    id: GROUP,
    legend: None,
    item_legend: Some("Person {n}"),
    of: Some("person {n}"),
    add: "Add another person",
    remove: "person {n}",
    required: Some("Enter the full name of the person to protect"),
    blank_items: BlankItems::Checked,
    shows: Shows::Always,
    count: |t| t.people.len(),
    push: |t| t.people.push(ProtectedPerson::default()),
    remove_at: |t, i| {
        if i < t.people.len() {
            t.people.remove(i);
        }
    },
    questions: &[
        Question::new(NAME_ID, "Full name", Kind::line(NAME, 20, Input::Text), item!([people] name))
            .required("Enter the full name of person {n}"),
        Question::new(DOB, "Date of birth", Kind::Date { future: IN_THE_PAST, age: true }, item!([people] date_of_birth))
            .hint("For example, 27 3 1990")
            .when(|t, i| !dob_not_known(t, i))
            .required("Enter the date of birth of person {n}, or select that it is not known"),
        Question::new(DOB_NOT_KNOWN, "I do not know their date of birth", Kind::Checkbox, item!([people] date_of_birth_not_known))
            .named("Date of birth not known"),
        Question::new(UNDER_18, "Are they under 18?", Kind::inline(YesNoNotKnown::LABELS), item!([people] under_18_if_not_known))
            .named("Under 18")
            .when(dob_not_known)
            .required("Select whether person {n} is under 18"),
        Question::new(RELATIONSHIP, "How do they know the respondent?", Kind::radios(Relationship::LABELS), item!([people] relationship))
            .named("Relationship to the respondent")
            .required("Select how person {n} knows the respondent"),
        Question::new(ROLE, "Are they the primary victim or a connected person?", Kind::radios(PersonRole::LABELS), item!([people] role))
            .named("Role")
            .required("Select whether person {n} is the primary victim or a connected person"),
    ],
})];
