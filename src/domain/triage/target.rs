//! A stable name for one answer or one condition of a triage, as the question
//! catalogue knows it: what a reviewer's comment is pinned to, and what a later
//! version's change list names. Kept in files (advice, payload), so it is made of the
//! catalogue's ids, never of labels or positions on a page.
//!
//! - An answer: its section and question id, and for an "add another" group the item
//!   (counted from 0). A question in a group is named `{group}-{question}`, as its HTML
//!   id is without the item number (`people-name` for `people-1-name`), and a group
//!   whose items have a single unnamed question by the group's id
//!   (`investigation-crime-reference`).
//! - A condition: its position in the list (from 0) and its template id, so a comment
//!   on condition 2 is not silently moved onto another condition when the list changes.
use serde::{Deserialize, Serialize};

use super::model::{SectionId, Triage};
use super::questions::{section, Entry, Group, Question};

/// One answer box of the form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AnswerTarget {
    pub section: SectionId,
    /// The question's id in the catalogue, e.g. `respondent-name`, or `people-name` for a
    /// question in the "People to protect" group.
    pub question: String,
    /// For a question in an "add another" group, which item (from 0); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<usize>,
}

/// What a comment or a change is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "on", rename_all = "snake_case", deny_unknown_fields)]
pub enum Target {
    /// An answer: `{"on": "answer", "section": "respondent", "question": "respondent-name"}`.
    Answer(AnswerTarget),
    /// A proposed condition: `{"on": "condition", "index": 0, "template_id": "no-direct-contact"}`.
    Condition {
        /// Its position in the triage's list of conditions, from 0.
        index: usize,
        /// The catalogue entry it was built from.
        template_id: String,
    },
}

/// The id a question in a group is named by: `{group}-{question}`, or the group's id
/// for a group whose question has no id of its own.
pub fn group_question_id(group: &Group, question: &Question) -> String {
    if question.id.is_empty() {
        group.id.to_string()
    } else {
        format!("{}-{}", group.id, question.id)
    }
}

impl AnswerTarget {
    /// A question outside any group.
    pub fn question(section: SectionId, question: &str) -> AnswerTarget {
        AnswerTarget { section, question: question.to_string(), item: None }
    }

    /// Item `item` (from 0) of a group's question, named `{group}-{question}`.
    pub fn item(section: SectionId, question: &str, item: usize) -> AnswerTarget {
        AnswerTarget { section, question: question.to_string(), item: Some(item) }
    }

    /// The catalogue's question, and its group if it is in one; `None` when the
    /// catalogue has no such question (or an item is given for a question outside a
    /// group, or missing for one inside).
    pub fn resolve(&self) -> Option<(&'static Question, Option<&'static Group>)> {
        section(self.section).iter().find_map(|entry| match (entry, self.item) {
            (Entry::Ask(q), None) if q.id == self.question => Some((q, None)),
            (Entry::Group(g), Some(_)) => {
                g.questions.iter().find(|q| group_question_id(g, q) == self.question).map(|q| (q, Some(g)))
            }
            _ => None,
        })
    }

    /// The HTML id of the answer's input in the form (a date's stem, a radio group's
    /// first option), so a comment can be shown beside it and linked to.
    pub fn field_id(&self) -> Option<String> {
        let (q, group) = self.resolve()?;
        Some(match (group, self.item) {
            (Some(g), Some(i)) => g.field_id(i, q),
            _ => q.id.to_string(),
        })
    }

    /// Whether this question is on the page for `triage` (its section may still not
    /// apply: see `section_applies`), for an item the page shows.
    pub fn is_on_page(&self, triage: &Triage) -> bool {
        super::questions::slots(self.section, triage)
            .iter()
            .any(|s| s.shown && s.item == self.item.unwrap_or(0) && self.names(s.question, s.group))
    }

    fn names(&self, q: &Question, group: Option<&Group>) -> bool {
        match group {
            Some(g) => self.item.is_some() && group_question_id(g, q) == self.question,
            None => self.item.is_none() && q.id == self.question,
        }
    }
}

impl Target {
    /// The section the target is in (conditions are in "Proposed conditions").
    pub fn section(&self) -> SectionId {
        match self {
            Target::Answer(a) => a.section,
            Target::Condition { .. } => SectionId::Conditions,
        }
    }

    /// The HTML id to show a comment beside: the answer's input, or the condition's
    /// wording in the conditions editor.
    pub fn field_id(&self) -> Option<String> {
        match self {
            Target::Answer(a) => a.field_id(),
            Target::Condition { index, .. } => Some(crate::domain::conditions::checks::condition_field_id(*index)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::fixtures::example_full_triage;
    use crate::domain::triage::questions::{people, respondent};

    #[test]
    fn a_target_names_the_field_it_is_pinned_to() {
        let name = AnswerTarget::question(SectionId::Respondent, respondent::NAME_ID);
        assert_eq!(name.field_id().as_deref(), Some("respondent-name"));
        let second_person = AnswerTarget::item(SectionId::People, "people-name", 1);
        assert_eq!(second_person.field_id().as_deref(), Some("people-1-name"));
        let reference = AnswerTarget::item(SectionId::Investigation, "investigation-crime-reference", 0);
        assert_eq!(reference.field_id().as_deref(), Some("investigation-crime-reference-0"));
        assert_eq!(Target::Answer(second_person).section(), SectionId::People);
        let _ = people::GROUP;
    }

    #[test]
    fn a_target_the_catalogue_does_not_know_resolves_to_nothing() {
        assert!(AnswerTarget::question(SectionId::Respondent, "respondent-shoe-size").resolve().is_none());
        assert!(AnswerTarget::question(SectionId::People, "people-name").resolve().is_none(), "an item is needed in a group");
        assert!(AnswerTarget::item(SectionId::Respondent, respondent::NAME_ID, 0).resolve().is_none());
        assert!(AnswerTarget::question(SectionId::AboutYou, respondent::NAME_ID).resolve().is_none(), "another section");
    }

    #[test]
    fn a_target_is_on_the_page_when_its_question_shows() {
        let t = example_full_triage();
        assert!(AnswerTarget::item(SectionId::People, "people-name", 1).is_on_page(&t));
        assert!(!AnswerTarget::item(SectionId::People, "people-name", 2).is_on_page(&t), "there are two people");
        let details = AnswerTarget::question(SectionId::Respondent, respondent::EXISTING_SPO_DETAILS);
        assert!(!details.is_on_page(&t), "hidden: no existing SPO");
    }

    #[test]
    fn targets_are_written_with_what_they_are_on() {
        let t = Target::Answer(AnswerTarget::item(SectionId::People, "people-name", 1));
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, r#"{"on":"answer","section":"people","question":"people-name","item":1}"#);
        assert_eq!(serde_json::from_str::<Target>(&json).unwrap(), t);
        let c = Target::Condition { index: 0, template_id: "no-direct-contact".into() };
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(json, r#"{"on":"condition","index":0,"template_id":"no-direct-contact"}"#);
        assert!(serde_json::from_str::<Target>(r#"{"on":"answer","section":"people","question":"x","colour":1}"#).is_err());
        assert!(serde_json::from_str::<Target>(r#"{"on":"page"}"#).is_err());
        assert!(serde_json::from_str::<Target>(r#"{"on":"condition","index":0,"template_id":"x","colour":1}"#).is_err());
    }
}
