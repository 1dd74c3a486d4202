//! "People to protect": one or more, each with a name, a date of birth (or "not known"
//! and whether they are under 18), their relationship to the respondent and their role.
//! Every check comes from the catalogue (`questions/people.rs`).
use super::context::RulesContext;
use super::fields::FieldError;
use super::model::{SectionId, Triage};
use super::validate::validate_section;

/// The whole section, from the catalogue.
pub fn validate_people(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    validate_section(triage, SectionId::People, ctx)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use crate::domain::triage::choices::*;
    #[allow(unused_imports)]
    use crate::domain::triage::model::*;
    use crate::domain::triage::dates::DateInput;
    use crate::domain::triage::fixtures::{example_context, example_full_triage};
    use crate::domain::triage::test_support::{messages, pair};

    fn check(change: impl FnOnce(&mut Triage)) -> Vec<(String, String)> {
        let mut t = example_full_triage();
        change(&mut t);
        messages(validate_people(&t, &example_context()))
    }

    #[test]
    fn complete_people_pass() {
        assert_eq!(check(|_| {}), vec![]);
    }

    #[test]
    fn at_least_one_person_is_needed() {
        let errors = check(|t| t.people = vec![ProtectedPerson::default()]);
        assert_eq!(errors, vec![pair("people-0-name", "Enter the full name of the person to protect")]);
        assert_eq!(check(|t| t.people.clear()), vec![pair("people-0-name", "Enter the full name of the person to protect")]);
    }

    #[test]
    fn each_person_needs_every_answer() {
        let errors = check(|t| t.people.push(ProtectedPerson { name: "Sam".into(), ..Default::default() }));
        assert_eq!(
            errors,
            vec![
                pair("people-2-dob-day", "Enter the date of birth of person 3, or select that it is not known"),
                pair("people-2-relationship", "Select how person 3 knows the respondent"),
                pair("people-2-role", "Select whether person 3 is the primary victim or a connected person"),
            ]
        );
    }

    #[test]
    fn without_a_date_of_birth_we_ask_if_they_are_under_18() {
        let errors = check(|t| {
            t.people[0].date_of_birth_not_known = true;
            t.people[0].under_18_if_not_known = None;
        });
        assert_eq!(errors, vec![pair("people-0-under-18", "Select whether person 1 is under 18")]);
    }

    #[test]
    fn a_date_of_birth_cannot_be_tomorrow_but_can_be_today() {
        let ctx = example_context();
        let tomorrow = crate::domain::triage::dates::CivilDate::from_days(ctx.today.to_days() + 1);
        let errors = check(|t| t.people[0].date_of_birth = DateInput::from_date(tomorrow));
        assert_eq!(errors, vec![pair("people-0-dob-day", "Date of birth of person 1 must be in the past")]);
        assert_eq!(check(|t| t.people[0].date_of_birth = DateInput::from_date(ctx.today)), vec![]);
    }

    #[test]
    fn date_problems_point_at_the_box() {
        let errors = check(|t| t.people[0].date_of_birth.month = String::new());
        assert_eq!(errors, vec![pair("people-0-dob-month", "Date of birth of person 1 must include a month")]);
        let errors = check(|t| t.people[0].date_of_birth.year = "1850".into());
        assert_eq!(errors, vec![pair("people-0-dob-year", "Date of birth of person 1 must be in 1900 or later")]);
    }
}
