//! "About you": who legal services and the stalking unit contact about the application.
use super::context::RulesContext;
use super::field_ids as id;
use super::fields::{is_email, is_uk_phone, FieldError};
use super::model::{SectionId, Triage};
use super::validate::validate_section;

/// The whole section: the catalogue's checks and [`about_you_rules`].
pub fn validate_about_you(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    validate_section(triage, SectionId::AboutYou, ctx)
}

/// The email and phone must be usable: the reviewers must be able to reach the officer
/// in the case (facts item 79).
pub fn about_you_rules(triage: &Triage, _ctx: &RulesContext) -> Vec<FieldError> {
    let a = &triage.about_you;
    let mut e = Vec::new();
    if !a.email.trim().is_empty() && !is_email(&a.email) {
        e.push(FieldError::new(id::ABOUT_EMAIL, "Work email address must be like name@example.police.uk"));
    }
    if !a.phone.trim().is_empty() && !is_uk_phone(&a.phone) {
        e.push(FieldError::new(id::ABOUT_PHONE, "Work phone number must be a UK number, like 01632 960 001 or +44 7700 900 982"));
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use crate::domain::triage::choices::*;
    #[allow(unused_imports)]
    use crate::domain::triage::model::*;
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
            ("about-name", "Enter your full name"),
            ("about-rank", "Enter your rank"),
            ("about-collar-number", "Enter your collar or warrant number"),
            ("about-email", "Enter your work email address"),
            ("about-phone", "Enter your work phone number"),
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
                ("about-email".into(), "Work email address must be like name@example.police.uk".into()),
                (
                    "about-phone".into(),
                    "Work phone number must be a UK number, like 01632 960 001 or +44 7700 900 982".into()
                ),
            ]
        );
    }

    #[test]
    fn names_over_100_characters_are_refused() {
        let errors = check(|t| t.about_you.name = "x".repeat(103));
        assert_eq!(
            errors,
            vec![("about-name".into(), "Your full name must be 100 characters or fewer: remove 3 characters".into())]
        );
    }
}
