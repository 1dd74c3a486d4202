//! Each section's status in the task list, and keeping "completed" honest.
use serde::{Deserialize, Serialize};

use super::context::RulesContext;
use super::fields::FieldError;
use super::model::{SectionId, Triage};
use super::validate::validate_section;
use super::youth::youth_route;

/// A section's status in the task list (GOV.UK task list pattern).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionStatus {
    NotStarted,
    InProgress,
    Completed,
}

impl SectionStatus {
    /// The tag text in the task list.
    pub fn label(self) -> &'static str {
        match self {
            SectionStatus::NotStarted => "Not yet started",
            SectionStatus::InProgress => "In progress",
            SectionStatus::Completed => "Completed",
        }
    }
}

/// Whether the task list shows a section at all: the Youth Justice Service section
/// only for a respondent aged 10 to 17 (facts items 103–104).
pub fn section_applies(triage: &Triage, section: SectionId, ctx: &RulesContext) -> bool {
    section != SectionId::YouthJustice || youth_route(triage, ctx.today).needs_youth_justice()
}

/// Completed only when the officer has continued from the section and it still
/// validates (an answer elsewhere, like the respondent's age, can reopen it);
/// not started when nothing in it has been entered; otherwise in progress.
pub fn section_status(triage: &Triage, section: SectionId, ctx: &RulesContext) -> SectionStatus {
    if triage.completed_sections.contains(&section) && validate_section(triage, section, ctx).is_empty() {
        SectionStatus::Completed
    } else if triage.has_answers(section) {
        SectionStatus::InProgress
    } else {
        SectionStatus::NotStarted
    }
}

impl Triage {
    /// "Save and continue": marks the section completed if it validates, or returns its
    /// errors for the error summary.
    pub fn mark_completed(&mut self, section: SectionId, ctx: &RulesContext) -> Result<(), Vec<FieldError>> {
        let errors = validate_section(self, section, ctx);
        if !errors.is_empty() {
            self.completed_sections.retain(|s| *s != section);
            return Err(errors);
        }
        if section == SectionId::Chronology {
            // Saved in date order, as the documents number the acts; blank rows go.
            if self.acts.len() > 1 {
                self.acts.retain(|a| !a.is_blank());
            }
            super::chronology::sort_by_date(&mut self.acts);
        }
        if !self.completed_sections.contains(&section) {
            self.completed_sections.push(section);
            self.completed_sections.sort();
        }
        Ok(())
    }

    /// Takes out every completed section that no longer validates (after an answer
    /// changed, or a draft was opened on a later day); returns those taken out.
    pub fn refresh_completed(&mut self, ctx: &RulesContext) -> Vec<SectionId> {
        let (keep, reopened): (Vec<SectionId>, Vec<SectionId>) =
            self.completed_sections.iter().partition(|s| validate_section(self, **s, ctx).is_empty());
        self.completed_sections = keep;
        reopened
    }

    /// How many of the sections shown in the task list are completed, and how many are
    /// shown (the declaration is not a task).
    pub fn progress(&self, ctx: &RulesContext) -> (usize, usize) {
        let tasks: Vec<SectionId> = SectionId::ALL
            .into_iter()
            .filter(|s| *s != SectionId::Declaration && section_applies(self, *s, ctx))
            .collect();
        let done = tasks.iter().filter(|s| section_status(self, **s, ctx) == SectionStatus::Completed).count();
        (done, tasks.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::dates::{CivilDate, DateInput};
    use crate::domain::triage::fixtures::{example_context, example_full_triage};

    #[test]
    fn a_section_is_not_started_in_progress_then_completed() {
        let ctx = example_context();
        let mut t = Triage::default();
        assert_eq!(section_status(&t, SectionId::AboutYou, &ctx), SectionStatus::NotStarted);
        t.about_you.name = "PC Jo Example".into();
        assert_eq!(section_status(&t, SectionId::AboutYou, &ctx), SectionStatus::InProgress);
        assert!(t.mark_completed(SectionId::AboutYou, &ctx).is_err());
        t.about_you = example_full_triage().about_you;
        assert_eq!(
            section_status(&t, SectionId::AboutYou, &ctx),
            SectionStatus::InProgress,
            "valid but not continued from"
        );
        assert_eq!(t.mark_completed(SectionId::AboutYou, &ctx), Ok(()));
        assert_eq!(section_status(&t, SectionId::AboutYou, &ctx), SectionStatus::Completed);
    }

    #[test]
    fn a_completed_section_that_stops_validating_is_reopened() {
        let ctx = example_context();
        let mut t = example_full_triage();
        assert!(t.completed_sections.contains(&SectionId::AboutYou));
        t.about_you.email = "not an email".into();
        assert_eq!(section_status(&t, SectionId::AboutYou, &ctx), SectionStatus::InProgress);
        assert_eq!(t.refresh_completed(&ctx), vec![SectionId::AboutYou]);
        assert!(!t.completed_sections.contains(&SectionId::AboutYou));
    }

    #[test]
    fn a_respondent_found_to_be_15_reopens_the_youth_section() {
        let ctx = example_context();
        let mut t = example_full_triage();
        assert!(!section_applies(&t, SectionId::YouthJustice, &ctx));
        t.youth_justice = Default::default();
        t.completed_sections.push(SectionId::YouthJustice);
        assert_eq!(t.refresh_completed(&ctx), vec![]);
        t.respondent.date_of_birth = DateInput::from_date(CivilDate::new(ctx.today.year - 15, 1, 1).unwrap());
        assert!(section_applies(&t, SectionId::YouthJustice, &ctx));
        assert_eq!(t.refresh_completed(&ctx), vec![SectionId::YouthJustice]);
        assert_eq!(section_status(&t, SectionId::YouthJustice, &ctx), SectionStatus::NotStarted);
    }

    #[test]
    fn progress_counts_the_tasks_shown() {
        let ctx = example_context();
        let t = example_full_triage();
        assert_eq!(t.progress(&ctx), (11, 11));
        assert_eq!(Triage::default().progress(&ctx), (0, 11));
    }
}
