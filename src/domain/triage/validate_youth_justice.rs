//! "Youth Justice Service": needed only when the respondent is 10 to 17 (or said to be
//! under 18): whether the section applies is `status::section_applies`, and every
//! check comes from the catalogue (`questions/youth_justice.rs`).
use super::context::RulesContext;
use super::fields::FieldError;
use super::model::{SectionId, Triage};
use super::validate::validate_section;

/// The whole section: nothing unless the youth route applies (facts items 103–104, R6).
pub fn validate_youth_justice(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    validate_section(triage, SectionId::YouthJustice, ctx)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use crate::domain::triage::choices::*;
    #[allow(unused_imports)]
    use crate::domain::triage::model::*;
    use crate::domain::triage::dates::{CivilDate, DateInput};
    use crate::domain::triage::fixtures::{example_context, example_full_triage};
    use crate::domain::triage::test_support::{messages, pair};

    /// The example case with a 15-year-old respondent and an empty YJS section.
    fn youth_case() -> Triage {
        let mut t = example_full_triage();
        let today = example_context().today;
        t.respondent.date_of_birth = DateInput::from_date(CivilDate::new(today.year - 15, 1, 1).unwrap());
        t.youth_justice = Default::default();
        t
    }

    fn check(change: impl FnOnce(&mut Triage)) -> Vec<(String, String)> {
        let mut t = youth_case();
        change(&mut t);
        messages(validate_youth_justice(&t, &example_context()))
    }

    #[test]
    fn an_adult_respondent_needs_no_youth_justice_record() {
        let mut t = example_full_triage();
        t.youth_justice = Default::default();
        assert_eq!(validate_youth_justice(&t, &example_context()), vec![]);
    }

    #[test]
    fn an_officer_with_an_under_18_respondent_is_sent_to_the_youth_justice_service() {
        assert_eq!(
            check(|_| {}),
            vec![pair("youth-contacted", "Select yes if you have contacted the Youth Justice Service")]
        );
    }

    #[test]
    fn the_youth_record_is_needed_until_the_18th_birthday() {
        let ctx = example_context();
        let mut t = example_full_triage();
        t.youth_justice = Default::default();
        let eighteenth = CivilDate::new(ctx.today.year - 18, ctx.today.month, ctx.today.day).unwrap();
        t.respondent.date_of_birth = DateInput::from_date(CivilDate::from_days(eighteenth.to_days() + 1));
        assert_eq!(validate_youth_justice(&t, &ctx).len(), 1, "17 until tomorrow");
        t.respondent.date_of_birth = DateInput::from_date(eighteenth);
        assert_eq!(validate_youth_justice(&t, &ctx), vec![], "18 today");
    }

    #[test]
    fn a_contact_needs_its_date_and_name() {
        let errors = check(|t| t.youth_justice.contacted = Some(YesNo::Yes));
        assert_eq!(
            errors,
            vec![
                pair("youth-contact-date-day", "Enter the date you contacted the Youth Justice Service"),
                pair("youth-contact-name", "Enter the name of the person you contacted at the Youth Justice Service"),
            ]
        );
    }

    #[test]
    fn the_contact_date_cannot_be_in_the_future() {
        let tomorrow = CivilDate::from_days(example_context().today.to_days() + 1);
        let errors = check(|t| {
            t.youth_justice.contacted = Some(YesNo::Yes);
            t.youth_justice.contact_date = DateInput::from_date(tomorrow);
            t.youth_justice.contact_name = "Alex Example".into();
        });
        assert_eq!(
            errors,
            vec![pair(
                "youth-contact-date-day",
                "Date you contacted the Youth Justice Service must be today or in the past"
            )]
        );
    }

    #[test]
    fn no_contact_yet_needs_a_reason() {
        let errors = check(|t| t.youth_justice.contacted = Some(YesNo::No));
        assert_eq!(
            errors,
            vec![pair("youth-reason-not-contacted", "Enter why you have not contacted the Youth Justice Service yet")]
        );
        assert_eq!(
            check(|t| {
                t.youth_justice.contacted = Some(YesNo::No);
                t.youth_justice.reason_not_contacted = "Out of hours; YJS duty line opens at 9am".into();
            }),
            vec![]
        );
    }
}
