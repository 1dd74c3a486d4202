//! The question catalogue: every question of the triage, once. Each section is a list
//! of [`Entry`]s; from it come the field ids, the blank, length, character and choice
//! checks ([`checks`]), "has answers", the check-answers rows and the text copy
//! ([`rows`]), and the section pages (one component picks the field by [`Kind`]).
//! Rules that really span fields (under 10, the force area, crime reference formats,
//! durations, the Youth Justice Service route, the three tests' evidence) are named
//! rules in the `validate_*` files beside this one.
//!
//! Adding a question: add it to its section's list here (and its field to the model
//! with `serde(default)`), then to the payload and the example fixture.
pub mod about_you;
pub mod answer;
pub mod behaviour_risk;
pub mod checks;
pub mod chronology;
pub mod declaration;
pub mod existing_orders;
pub mod investigation;
pub mod order_sought;
pub mod people;
pub mod question;
pub mod respondent;
pub mod rows;
pub mod summary;
pub mod table;
pub mod victim_views;
pub mod youth_justice;

pub use answer::{Answer, AnswerValue, Choice};
pub use question::{Access, BlankItems, Entry, Group, Input, Kind, Question, Shows, Why, Words};

use super::model::{SectionId, Triage};

/// Access to a plain field of the triage: `field!(respondent.name)`.
#[macro_export]
macro_rules! field {
    ($($path:ident).+) => {
        $crate::domain::triage::questions::Access {
            get: |t, _| $crate::domain::triage::questions::AnswerValue::to_answer(&t.$($path).+),
            set: |t, _, a| t.$($path).+ = $crate::domain::triage::questions::AnswerValue::from_answer(a),
        }
    };
}

/// Access to a field of item `i` of a list: `item!([people] name)`.
#[macro_export]
macro_rules! item {
    ([$($list:ident).+] $($path:ident).+) => {
        $crate::domain::triage::questions::Access {
            get: |t, i| $crate::domain::triage::questions::read_item(t.$($list).+.get(i), |x| &x.$($path).+),
            set: |t, i, a| {
                if let Some(x) = t.$($list).+.get_mut(i) {
                    x.$($path).+ = $crate::domain::triage::questions::AnswerValue::from_answer(a);
                }
            },
        }
    };
}

/// Item `item`'s value read by `f`, or the empty value when there is no such item.
pub fn read_item<T: Default, V: AnswerValue>(item: Option<&T>, f: impl Fn(&T) -> &V) -> Answer {
    match item {
        Some(x) => f(x).to_answer(),
        None => f(&T::default()).to_answer(),
    }
}

/// A section's questions, in page order.
pub fn section(section: SectionId) -> &'static [Entry] {
    match section {
        SectionId::AboutYou => about_you::QUESTIONS,
        SectionId::Investigation => investigation::QUESTIONS,
        SectionId::People => people::QUESTIONS,
        SectionId::Respondent => respondent::QUESTIONS,
        SectionId::YouthJustice => youth_justice::QUESTIONS,
        SectionId::Chronology => chronology::QUESTIONS,
        SectionId::BehaviourRisk => behaviour_risk::QUESTIONS,
        SectionId::ExistingOrders => existing_orders::QUESTIONS,
        SectionId::OrderSought => order_sought::QUESTIONS,
        SectionId::Summary => summary::QUESTIONS,
        SectionId::Conditions => &[Entry::Conditions],
        SectionId::VictimViews => victim_views::QUESTIONS,
        SectionId::Declaration => declaration::QUESTIONS,
    }
}

/// The top-level question with this id in a section's list, if any.
pub fn find(section: SectionId, id: &str) -> Option<&'static Question> {
    find_in(self::section(section), id)
}

fn find_in(list: &'static [Entry], id: &str) -> Option<&'static Question> {
    list.iter().find_map(|e| match e {
        Entry::Ask(q) if q.id == id => Some(q),
        _ => None,
    })
}

/// Whether a question in `list` shows for item `item`: its own condition, and for a
/// revealed question its parent's choice and its parent's own condition.
pub fn shows_in(list: &'static [Question], q: &Question, triage: &Triage, item: usize) -> bool {
    shows_by(q.shows, triage, item, &|id| list.iter().find(|x| x.id == id))
}

fn shows_by(
    shows: Shows,
    triage: &Triage,
    item: usize,
    parent_of: &dyn Fn(&str) -> Option<&'static Question>,
) -> bool {
    match shows {
        Shows::Always => true,
        Shows::When(pred) => pred(triage, item),
        Shows::Under { parent, choice } => match parent_of(parent) {
            Some(p) => p.read(triage, item).has_choice(choice) && shows_by(p.shows, triage, item, parent_of),
            // A parent missing from the list is a catalogue mistake (a test catches it).
            None => false,
        },
    }
}

/// Whether an entry of a section's list shows.
pub fn entry_shows(section: SectionId, shows: Shows, triage: &Triage) -> bool {
    let list = self::section(section);
    shows_by(shows, triage, 0, &|id| find_in(list, id))
}

/// Whether the top-level question `id` of `section` is on the page for this triage, and
/// so checked and sent. The payload asks this for each conditional field.
pub fn shown(section: SectionId, id: &str, triage: &Triage) -> bool {
    find(section, id).is_some_and(|q| entry_shows(section, q.shows, triage))
}

/// The "add another" group `id` of a section.
pub fn group(section: SectionId, id: &str) -> Option<&'static Group> {
    self::section(section).iter().find_map(|e| match e {
        Entry::Group(g) if g.id == id => Some(g),
        _ => None,
    })
}

/// Whether the group `id` of `section` is on the page for this triage.
pub fn group_shown(section: SectionId, id: &str, triage: &Triage) -> bool {
    group(section, id).is_some_and(|g| entry_shows(section, g.shows, triage))
}

/// One answer box of a section as it stands for a triage: a question, or one item's
/// question in a group, with its HTML id and whether it is on the page.
#[derive(Clone)]
pub struct Slot {
    pub section: SectionId,
    pub question: &'static Question,
    pub group: Option<&'static Group>,
    pub item: usize,
    /// The HTML id (a date's stem).
    pub field: String,
    /// On the page, and so checked and sent (the section itself may still not apply).
    pub shown: bool,
}

/// Every answer box of a section, in page order (each item of a group in turn).
pub fn slots(id: SectionId, triage: &Triage) -> Vec<Slot> {
    let mut out = Vec::new();
    for entry in section(id) {
        match entry {
            Entry::Ask(q) => out.push(Slot {
                section: id,
                question: q,
                group: None,
                item: 0,
                field: q.id.to_string(),
                shown: entry_shows(id, q.shows, triage),
            }),
            Entry::Group(g) => {
                let group_shown = entry_shows(id, g.shows, triage);
                for i in 0..g.items(triage) {
                    for q in g.questions {
                        out.push(Slot {
                            section: id,
                            question: q,
                            group: Some(g),
                            item: i,
                            field: g.field_id(i, q),
                            shown: group_shown && shows_in(g.questions, q, triage, i),
                        });
                    }
                }
            }
            Entry::Conditions => {}
        }
    }
    out
}

/// Whether anything in a section has been entered (hidden answers count: they are kept
/// for when the officer switches back). Drives "Not started" in the task list.
pub fn has_answers(section: SectionId, triage: &Triage) -> bool {
    self::section(section).iter().any(|entry| match entry {
        Entry::Ask(q) => !q.read(triage, 0).is_blank(),
        Entry::Group(g) => (0..(g.count)(triage)).any(|i| g.item_has_answers(triage, i)),
        Entry::Conditions => !triage.conditions.is_empty(),
    })
}

#[cfg(test)]
mod tests;
