//! The authorising officer's form, as typed: the record so far with the date in its
//! three boxes, kept in the review's draft until it is recorded in the advice. The
//! checks are the advice file's own (`Advice::authorisation_errors`), tied to the form's
//! fields here, so the form and the file never disagree.
use serde::{Deserialize, Serialize};

use super::advice::Advice;
use super::authorisation::{Authorisation, ConditionAmendment, Matter};
use super::decision::Decision;
use super::rows::target_exists;
use crate::domain::triage::dates::{CivilDate, DateInput};
use crate::domain::triage::fields::FieldError;
use crate::domain::triage::payload::Payload;
use crate::domain::triage::target::Target;

pub const NAME_FIELD: &str = "authorising-name";
pub const RANK_FIELD: &str = "authorising-rank";
pub const ACTING_FIELD: &str = "authorising-acting";
/// The stem of the date's boxes: `authorisation-date-day` and so on.
pub const DATE_FIELD: &str = "authorisation-date";
pub const DECISION_FIELD: &str = "authorisation-decision";

/// The longest note, wording or reason taken, as for the form's long answers.
pub const AUTHORISATION_TEXT_MAX: usize = 5000;

/// How the date's messages start: "The date of the decision must include a month".
const DATE_LABEL: &str = "The date of the decision";

/// The radios for a matter: `matter-1` for the first in [`Matter::ALL`].
pub fn matter_field(matter: Matter) -> String {
    format!("matter-{}", Matter::ALL.iter().position(|m| *m == matter).map_or(0, |i| i + 1))
}

pub fn matter_notes_field(matter: Matter) -> String {
    format!("{}-notes", matter_field(matter))
}

/// The box to tick when condition `index` (from 0) was changed.
pub fn amend_field(index: usize) -> String {
    format!("amend-condition-{}", index + 1)
}

pub fn amend_wording_field(index: usize) -> String {
    format!("{}-wording", amend_field(index))
}

pub fn amend_why_field(index: usize) -> String {
    format!("{}-why", amend_field(index))
}

/// The authorisation form as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorisationDraft {
    /// The record so far; its date is taken from `date` when it is recorded.
    pub record: Authorisation,
    /// The date as typed in its three boxes.
    #[serde(default)]
    pub date: DateInput,
}

impl AuthorisationDraft {
    /// A blank form for `version`.
    pub fn new(version: u32) -> AuthorisationDraft {
        AuthorisationDraft { record: Authorisation::new(version), date: DateInput::default() }
    }

    /// The form holding a record made earlier, to change it.
    pub fn from_record(record: &Authorisation) -> AuthorisationDraft {
        let date = CivilDate::parse_iso(&record.date).map(DateInput::from_date).unwrap_or_default();
        AuthorisationDraft { record: record.clone(), date }
    }

    /// The changed wording of condition `index`, if it was changed.
    pub fn amendment(&self, index: usize) -> Option<&ConditionAmendment> {
        self.record.changed_conditions.iter().find(|c| c.index == index)
    }

    pub fn amendment_mut(&mut self, index: usize) -> Option<&mut ConditionAmendment> {
        self.record.changed_conditions.iter_mut().find(|c| c.index == index)
    }

    /// Tick or untick "changed" on condition `index` of `payload`. Ticked, its wording
    /// starts as the officer proposed it, to edit; unticked, the change is dropped.
    pub fn set_changed(&mut self, payload: &Payload, index: usize, changed: bool) {
        let list = &mut self.record.changed_conditions;
        list.retain(|c| c.index != index);
        if let (true, Some(c)) = (changed, payload.conditions.get(index)) {
            list.push(ConditionAmendment { index, template_id: c.template_id.clone(), wording: c.wording.trim().to_string(), why: String::new() });
            list.sort_by_key(|c| c.index);
        }
    }

    /// The record to keep in `advice`, or what is wrong, each message tied to its field.
    pub fn record(&self, advice: &Advice, payload: &Payload) -> Result<Authorisation, Vec<FieldError>> {
        let mut a = self.record.clone();
        a.version = advice.triage.version;
        a.officer_name = a.officer_name.trim().to_string();
        for m in &mut a.matters {
            m.notes = m.notes.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(String::from);
        }
        for c in &mut a.changed_conditions {
            c.wording = c.wording.trim().to_string();
            c.why = c.why.trim().to_string();
        }
        // The three boxes' own message ("must include a month") says more than the
        // file's "is not a date like 2025-06-02", so it takes that one's place.
        let date_problem = match self.date.parse(DATE_LABEL) {
            Ok(Some(day)) => {
                a.date = day.iso();
                None
            }
            Ok(None) => Some(FieldError::new(format!("{DATE_FIELD}-day"), format!("Enter {}", DATE_LABEL.to_lowercase()))),
            Err(p) => Some(FieldError::new(format!("{DATE_FIELD}-{}", p.part.suffix()), p.message)),
        };
        let mut errors = Vec::new();
        if advice.decision.is_none() {
            errors.push(FieldError::new(DECISION_FIELD, "Choose 'Proceed to authorisation' as the advice before recording the authorisation"));
        }
        let mut date_problem = date_problem;
        for e in advice.authorisation_errors(&a) {
            match (&date_problem, e.field.starts_with(DATE_FIELD)) {
                (Some(_), true) => errors.extend(date_problem.take()),
                _ => errors.push(e),
            }
        }
        errors.extend(date_problem);
        for m in &a.matters {
            if m.notes.as_ref().is_some_and(|n| n.chars().count() > AUTHORISATION_TEXT_MAX) {
                errors.push(FieldError::new(matter_notes_field(m.matter), format!("Notes must be {AUTHORISATION_TEXT_MAX} characters or fewer")));
            }
        }
        for c in &a.changed_conditions {
            let n = c.index + 1;
            let now = payload.conditions.get(c.index).filter(|_| target_exists(payload, &Target::Condition { index: c.index, template_id: c.template_id.clone() }));
            match now {
                None => errors.push(FieldError::new(amend_field(c.index), format!("This triage has no condition {n} made from \"{}\"", c.template_id))),
                Some(now) if !c.wording.is_empty() && now.wording.trim() == c.wording => {
                    errors.push(FieldError::new(amend_wording_field(c.index), format!("The new wording of condition {n} is the same as the officer's: change it, or untick the condition")))
                }
                _ => {}
            }
            if c.wording.chars().count() > AUTHORISATION_TEXT_MAX {
                errors.push(FieldError::new(amend_wording_field(c.index), format!("The new wording of condition {n} must be {AUTHORISATION_TEXT_MAX} characters or fewer")));
            }
            if c.why.chars().count() > AUTHORISATION_TEXT_MAX {
                errors.push(FieldError::new(amend_why_field(c.index), format!("Why condition {n} was changed must be {AUTHORISATION_TEXT_MAX} characters or fewer")));
            }
        }
        if errors.is_empty() {
            Ok(a)
        } else {
            Err(errors)
        }
    }
}

/// Whether the authorising officer can record their decision on this advice: only
/// once the advice is to proceed to authorisation.
pub fn can_authorise(advice: &Advice) -> bool {
    advice.decision == Some(Decision::Proceed)
}
