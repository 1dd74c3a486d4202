//! "The respondent": who the order would be made against, their age, and their link
//! to the force's area.
use super::choices::AreaConnection;
use super::context::RulesContext;
use super::dates::DatePart;
use super::field_ids as id;
use super::fields::FieldError;
use super::model::{SectionId, Triage};
use super::validate::validate_section;
use super::youth::{youth_route, YouthRoute};

/// The whole section: the catalogue's checks and [`respondent_rules`].
pub fn validate_respondent(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    validate_section(triage, SectionId::Respondent, ctx)
}

/// Two legal rules beyond the catalogue's checks:
/// - under 10 on today's date blocks the application (facts items 57 and 103, R6: the
///   limit is the draft APP's and the age of criminal responsibility's, not the Act's);
/// - a territorial force may apply only if the respondent lives in, is believed to be
///   in, or intends to come to its area (facts item 9, R5), unless it is national.
///
/// An existing order must be described (facts item 17, R10): the catalogue asks for
/// its details, and the note about it is a notice.
pub fn respondent_rules(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    let mut e = Vec::new();
    if let YouthRoute::UnderTen { age } = youth_route(triage, ctx.today) {
        e.push(FieldError::new(id::date_part(id::RESPONDENT_DOB, DatePart::Day), under_ten_message(age)));
    }
    if let Some(answer) = triage.respondent.area_connection {
        area_connection(&mut e, answer, ctx);
    }
    e
}

/// Facts items 57 and 103: the Act sets no minimum age. The limit comes from the draft
/// APP (SPOs for children aged 10 or over) and the age of criminal responsibility (a
/// child under 10 cannot commit an offence, and breach is one), so an order should
/// not be sought.
fn under_ten_message(age: u32) -> String {
    let years = if age == 1 { "1 year".to_string() } else { format!("{age} years") };
    format!(
        "Respondent's date of birth makes them {years} old today. A Stalking Protection Order should not be \
         sought against a child under 10. The Act sets no minimum age, but draft national guidance limits SPOs \
         to children aged 10 or over, and a child under 10 cannot be held criminally responsible for breaching \
         one. Check the date of birth, or speak to your supervisor about safeguarding instead"
    )
}

/// Facts item 9 (SPA s1(3)), R5: the area rule, skipped for a national force.
fn area_connection(e: &mut Vec<FieldError>, answer: AreaConnection, ctx: &RulesContext) {
    let area = ctx.area_name();
    if !answer.allows_this_force() && !ctx.force_is_national {
        e.push(FieldError::new(
            id::RESPONDENT_AREA,
            format!(
                "Respondent's connection to {area}: only the force for the area where the respondent lives, is \
                 believed to be, or intends to come to can apply. If none of these applies to {area}, pass the \
                 case to that force; if you are unsure, speak to your legal services"
            ),
        ));
    }
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

    fn check(change: impl FnOnce(&mut Triage)) -> Vec<(String, String)> {
        let mut t = example_full_triage();
        change(&mut t);
        messages(validate_respondent(&t, &example_context()))
    }

    /// The date `years` years before today, moved by `days`.
    fn born(years: i32, days: i64) -> DateInput {
        let today = example_context().today;
        let anniversary = CivilDate::new(today.year - years, today.month, today.day).unwrap();
        DateInput::from_date(CivilDate::from_days(anniversary.to_days() + days))
    }

    #[test]
    fn a_complete_respondent_passes() {
        assert_eq!(check(|_| {}), vec![]);
    }

    #[test]
    fn the_basics_are_required() {
        let errors = check(|t| t.respondent = Default::default());
        assert_eq!(
            errors,
            vec![
                pair("respondent-name", "Enter the respondent's full name"),
                pair("respondent-dob-day", "Enter the respondent's date of birth, or select that it is not known"),
                pair("respondent-address", "Enter the respondent's address, or their last known address"),
                pair("respondent-area-connection", "Select the respondent's connection to Exampleshire"),
                pair(
                    "respondent-existing-spo",
                    "Select whether the respondent is already subject to a Stalking Protection Order"
                ),
                pair(
                    "respondent-sex-offender-notification",
                    "Select whether the respondent is subject to sex offender notification requirements"
                ),
            ]
        );
    }

    #[test]
    fn a_date_of_birth_that_is_not_known_is_accepted() {
        let errors = check(|t| {
            t.respondent.date_of_birth = DateInput::default();
            t.respondent.date_of_birth_not_known = true;
        });
        assert_eq!(errors, vec![pair("respondent-under-18", "Select whether the respondent is under 18")]);
        let errors = check(|t| {
            t.respondent.date_of_birth = DateInput::default();
            t.respondent.date_of_birth_not_known = true;
            t.respondent.under_18_if_not_known = Some(YesNoNotKnown::NotKnown);
        });
        assert_eq!(errors, vec![]);
    }

    #[test]
    fn the_under_18_question_is_asked_only_while_the_date_of_birth_is_not_known() {
        // An answer left from before the date was found is kept but not checked.
        let errors = check(|t| t.respondent.under_18_if_not_known = None);
        assert_eq!(errors, vec![]);
    }

    #[test]
    fn a_respondent_the_day_before_their_10th_birthday_is_blocked() {
        let errors = check(|t| t.respondent.date_of_birth = born(10, 1));
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].0, "respondent-dob-day");
        assert_eq!(
            errors[0].1,
            "Respondent's date of birth makes them 9 years old today. A Stalking Protection Order should not be \
             sought against a child under 10. The Act sets no minimum age, but draft national guidance limits SPOs \
             to children aged 10 or over, and a child under 10 cannot be held criminally responsible for breaching \
             one. Check the date of birth, or speak to your supervisor about safeguarding instead"
        );
    }

    #[test]
    fn a_respondent_on_their_10th_birthday_can_be_considered() {
        assert_eq!(check(|t| t.respondent.date_of_birth = born(10, 0)), vec![]);
    }

    #[test]
    fn a_respondent_born_today_is_under_10_and_one_born_tomorrow_is_refused() {
        let errors = check(|t| t.respondent.date_of_birth = born(0, 0));
        assert!(errors[0].1.starts_with("Respondent's date of birth makes them 0 years old today."), "{errors:?}");
        let errors = check(|t| t.respondent.date_of_birth = born(0, 1));
        assert_eq!(errors, vec![pair("respondent-dob-day", "Respondent's date of birth must be in the past")]);
    }

    #[test]
    fn a_respondent_with_no_link_to_the_area_is_for_another_force() {
        let errors = check(|t| t.respondent.area_connection = Some(AreaConnection::NoneOrNotKnown));
        assert_eq!(
            errors,
            vec![pair(
                "respondent-area-connection",
                "Respondent's connection to Exampleshire: only the force for the area where the respondent lives, \
                 is believed to be, or intends to come to can apply. If none of these applies to Exampleshire, pass \
                 the case to that force; if you are unsure, speak to your legal services"
            )]
        );
    }

    #[test]
    fn hidden_characters_and_overlong_answers_are_refused_field_by_field() {
        let errors = check(|t| {
            t.respondent.name = "Chris\tFictional".into();
            t.respondent.address = "a".repeat(501);
            t.respondent.existing_spo = Some(YesNoNotKnown::Yes);
            t.respondent.existing_spo_details = "b".repeat(2_001);
        });
        assert_eq!(
            errors,
            vec![
                pair(
                    "respondent-name",
                    "Respondent's full name must not contain line breaks, tabs or other hidden characters: type it again instead of pasting it"
                ),
                pair("respondent-address", "Respondent's address must be 500 characters or fewer: remove 1 character"),
                pair(
                    "respondent-existing-spo-details",
                    "Details of the existing SPO must be 2,000 characters or fewer: remove 1 character"
                ),
            ]
        );
    }

    #[test]
    fn a_national_force_is_not_bound_by_the_area_rule() {
        let mut ctx = example_context();
        ctx.force_is_national = true;
        let mut t = example_full_triage();
        t.respondent.area_connection = Some(AreaConnection::NoneOrNotKnown);
        assert_eq!(validate_respondent(&t, &ctx), vec![]);
    }

    #[test]
    fn an_existing_order_must_be_described() {
        let errors = check(|t| {
            t.respondent.existing_spo = Some(YesNoNotKnown::Yes);
            t.respondent.existing_spo_details = String::new();
        });
        assert_eq!(
            errors,
            vec![pair(
                "respondent-existing-spo-details",
                "Enter the details of the existing SPO: the court, the date it was made and its conditions"
            )]
        );
    }
}
