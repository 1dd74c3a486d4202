//! "People to protect": one or more, each with a name, a date of birth (or "not known"
//! and whether they are under 18), their relationship to the respondent and their role.
use super::context::RulesContext;
use super::field_ids as id;
use super::fields::{DateQuestion, Errors, FieldError, Question, IN_THE_PAST, NAME};
use super::model::{ProtectedPerson, Triage};

/// An order protects "another person" (SPA s1(1)(b)–(c); facts item 6), who need not
/// be the victim of the acts (item 7): so at least one person, and each described
/// well enough for the order to name them. Their age matters for child safeguarding
/// (item 106).
pub fn validate_people(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    let mut e = Errors::default();
    if !triage.people.iter().any(ProtectedPerson::has_answers) {
        e.add(id::person(0, id::PERSON_NAME), "Enter the name of the person to protect");
        return e.0;
    }
    for (i, person) in triage.people.iter().enumerate() {
        validate_person(&mut e, i, person, ctx);
    }
    e.0
}

fn validate_person(e: &mut Errors, i: usize, p: &ProtectedPerson, ctx: &RulesContext) {
    let n = i + 1;
    let field = |f: &str| id::person(i, f);
    let label = format!("Name of person {n}");
    let enter = format!("Enter the name of person {n}");
    e.required_text(&field(id::PERSON_NAME), &p.name, Question { label: &label, enter: &enter, limit: NAME });
    if p.date_of_birth_not_known {
        let message = format!("Select whether person {n} is under 18");
        e.choose(&field(id::PERSON_UNDER_18), &p.under_18_if_not_known, &message);
    } else {
        let label = format!("Date of birth of person {n}");
        let enter = format!("Enter the date of birth of person {n}, or select that it is not known");
        e.past_date(
            &field(id::PERSON_DOB),
            &p.date_of_birth,
            DateQuestion { label: &label, enter: &enter, when_future: IN_THE_PAST },
            ctx.today,
        );
    }
    let message = format!("Select how person {n} knows the respondent");
    e.choose(&field(id::PERSON_RELATIONSHIP), &p.relationship, &message);
    let message = format!("Select whether person {n} is the primary victim or a connected person");
    e.choose(&field(id::PERSON_ROLE), &p.role, &message);
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert_eq!(errors, vec![pair("people-0-name", "Enter the name of the person to protect")]);
        assert_eq!(check(|t| t.people.clear()), vec![pair("people-0-name", "Enter the name of the person to protect")]);
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
