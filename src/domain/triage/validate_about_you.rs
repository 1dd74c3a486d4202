//! "About you": who the legal team and stalking unit contact about the application.
use super::context::RulesContext;
use super::field_ids as id;
use super::fields::{is_email, is_uk_phone, Errors, FieldError, Question, NAME, SHORT};
use super::model::Triage;

/// The officer's details: all required, with the email and phone in a usable format
/// (the reviewers must be able to reach the officer in the case: facts item 79).
pub fn validate_about_you(triage: &Triage, _ctx: &RulesContext) -> Vec<FieldError> {
    let a = &triage.about_you;
    let mut e = Errors::default();
    e.required_text(id::ABOUT_NAME, &a.name, Question { label: "Your name", enter: "Enter your name", limit: NAME });
    e.required_text(id::ABOUT_RANK, &a.rank, Question { label: "Your rank", enter: "Enter your rank", limit: NAME });
    let collar =
        Question { label: "Collar or warrant number", enter: "Enter your collar or warrant number", limit: NAME };
    e.required_text(id::ABOUT_COLLAR_NUMBER, &a.collar_number, collar);
    let email = Question { label: "Email address", enter: "Enter your email address", limit: SHORT };
    if e.required_text(id::ABOUT_EMAIL, &a.email, email) && !is_email(&a.email) {
        e.add(id::ABOUT_EMAIL, "Email address must be like name@example.police.uk");
    }
    let phone = Question { label: "Phone number", enter: "Enter your phone number", limit: SHORT };
    if e.required_text(id::ABOUT_PHONE, &a.phone, phone) && !is_uk_phone(&a.phone) {
        e.add(id::ABOUT_PHONE, "Phone number must be a UK number, like 01632 960 001 or +44 7700 900 982");
    }
    let team = Question { label: "Team or station", enter: "Enter your team or station", limit: SHORT };
    e.required_text(id::ABOUT_TEAM, &a.team, team);
    e.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::fixtures::{example_context, example_full_triage};
    use crate::domain::triage::test_support::messages;

    fn check(change: impl FnOnce(&mut Triage)) -> Vec<(String, String)> {
        let mut t = example_full_triage();
        change(&mut t);
        messages(validate_about_you(&t, &example_context()))
    }

    #[test]
    fn a_complete_officer_passes() {
        assert_eq!(check(|_| {}), vec![]);
    }

    #[test]
    fn every_detail_is_required() {
        let errors = check(|t| t.about_you = Default::default());
        let expected = [
            ("about-name", "Enter your name"),
            ("about-rank", "Enter your rank"),
            ("about-collar-number", "Enter your collar or warrant number"),
            ("about-email", "Enter your email address"),
            ("about-phone", "Enter your phone number"),
            ("about-team", "Enter your team or station"),
        ];
        assert_eq!(errors, expected.map(|(f, m)| (f.to_string(), m.to_string())).to_vec());
    }

    #[test]
    fn email_and_phone_must_be_usable() {
        let errors = check(|t| {
            t.about_you.email = "jo.bloggs at police".into();
            t.about_you.phone = "12345".into();
        });
        assert_eq!(
            errors,
            vec![
                ("about-email".into(), "Email address must be like name@example.police.uk".into()),
                (
                    "about-phone".into(),
                    "Phone number must be a UK number, like 01632 960 001 or +44 7700 900 982".into()
                ),
            ]
        );
    }

    #[test]
    fn names_over_100_characters_are_refused() {
        let errors = check(|t| t.about_you.name = "x".repeat(103));
        assert_eq!(
            errors,
            vec![("about-name".into(), "Your name must be 100 characters or fewer: remove 3 characters".into())]
        );
    }
}
