//! "Order sought": which orders, how long each lasts, where, and times to avoid.
use super::choices::FullDurationChoice;
use super::context::RulesContext;
use super::field_ids as id;
use super::fields::{parse_whole_number, with_commas, FieldError, NumberProblem};
use super::model::{OrderSought, SectionId, Triage};
use super::validate::validate_section;
use crate::domain::order::{FullDuration, InterimDuration, OrderType};

/// The longest fixed full order we accept as typed (100 years). The Act sets no
/// maximum (facts item 20): this only catches typing mistakes; for no end date the
/// officer chooses "until further order".
pub const FULL_MAXIMUM_MONTHS: u32 = 1_200;
/// The longest interim period accepted (10 years): an interim order ends when the main
/// application is decided anyway (facts item 30), so longer is a typing mistake.
pub const INTERIM_MAXIMUM_WEEKS: u32 = 520;

/// The whole section: the catalogue's checks and [`order_sought_rules`].
pub fn validate_order_sought(triage: &Triage, ctx: &RulesContext) -> Vec<FieldError> {
    validate_section(triage, SectionId::OrderSought, ctx)
}

/// The durations (facts items 19, 30, R4): a full order's fixed period of at least two
/// years, an interim order's weeks. The catalogue asks the rest: locality (item 16,
/// R9) and the religion, work and education times conditions must avoid (item 15, R3).
pub fn order_sought_rules(triage: &Triage, _ctx: &RulesContext) -> Vec<FieldError> {
    let o = &triage.order_sought;
    let mut e = Vec::new();
    if o.full_duration == Some(FullDurationChoice::FixedPeriod) {
        if let Err(message) = full_duration(o) {
            e.push(FieldError::new(id::ORDER_FULL_MONTHS, message));
        }
    }
    if o.order_type.is_some_and(OrderType::includes_interim) {
        if let Err(message) = interim_duration(o) {
            e.push(FieldError::new(id::ORDER_INTERIM_WEEKS, message));
        }
    }
    e
}

/// The full order's fixed period, or the message saying what is wrong with it.
/// Facts item 19: at least 2 years (the check lives in order.rs).
pub fn full_duration(o: &OrderSought) -> Result<FullDuration, String> {
    if o.full_duration == Some(FullDurationChoice::UntilFurtherOrder) {
        return Ok(FullDuration::UntilFurtherOrder);
    }
    if o.full_months.trim().is_empty() {
        return Err("Enter how many months the full order should last, for example 24".to_string());
    }
    let too_long = || {
        let max = with_commas(FULL_MAXIMUM_MONTHS as usize);
        format!("Full order period must be {max} months (100 years) or fewer: for an order with no end date, choose until further order")
    };
    let months = parse_whole_number(&o.full_months).map_err(|p| match p {
        NumberProblem::NotWhole => "Full order period must be a whole number of months, like 24".to_string(),
        NumberProblem::TooLarge => too_long(),
    })?;
    if months > FULL_MAXIMUM_MONTHS {
        return Err(too_long());
    }
    let duration = FullDuration::FixedMonths { months };
    match duration.problem() {
        Some(problem) => Err(problem),
        None => Ok(duration),
    }
}

/// The interim order's period in weeks, or the message saying what is wrong with it.
/// Facts item 30: an interim order has a fixed period only.
pub fn interim_duration(o: &OrderSought) -> Result<InterimDuration, String> {
    if o.interim_weeks.trim().is_empty() {
        return Err("Enter how many weeks the interim order should last, for example 8".to_string());
    }
    let range = || format!("Interim order period must be between 1 and {INTERIM_MAXIMUM_WEEKS} weeks");
    let weeks = parse_whole_number(&o.interim_weeks).map_err(|p| match p {
        NumberProblem::NotWhole => "Interim order period must be a whole number of weeks, like 8".to_string(),
        NumberProblem::TooLarge => range(),
    })?;
    if !(1..=INTERIM_MAXIMUM_WEEKS).contains(&weeks) {
        return Err(range());
    }
    Ok(InterimDuration { weeks })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use crate::domain::triage::choices::*;
    #[allow(unused_imports)]
    use crate::domain::triage::model::*;
    use crate::domain::triage::fixtures::{example_context, example_full_triage};
    use crate::domain::triage::test_support::{messages, pair};

    fn check(change: impl FnOnce(&mut Triage)) -> Vec<(String, String)> {
        let mut t = example_full_triage();
        change(&mut t);
        messages(validate_order_sought(&t, &example_context()))
    }

    fn months(text: &str) -> Vec<(String, String)> {
        check(|t| {
            t.order_sought.full_duration = Some(FullDurationChoice::FixedPeriod);
            t.order_sought.full_months = text.into();
        })
    }

    fn weeks(text: &str) -> Vec<(String, String)> {
        check(|t| {
            t.order_sought.order_type = Some(OrderType::InterimAndFull);
            t.order_sought.interim_weeks = text.into();
        })
    }

    #[test]
    fn a_complete_order_passes() {
        assert_eq!(check(|_| {}), vec![]);
    }

    #[test]
    fn every_question_must_be_answered() {
        let errors = check(|t| t.order_sought = Default::default());
        assert_eq!(
            errors,
            vec![
                pair("order-type", "Select whether you are applying for an interim and a full order, or a full order only"),
                pair("order-full-duration", "Select how long the full order should last"),
                pair("order-locality", "Select where the order's conditions should apply"),
                pair(
                    "order-avoid-times",
                    "Select whether there is anything in the respondent's religion, work or education times that the conditions must avoid"
                ),
            ]
        );
    }

    #[test]
    fn a_full_order_lasts_at_least_two_years() {
        assert_eq!(months("24"), vec![]);
        assert_eq!(
            months("23"),
            vec![pair(
                "order-full-months",
                "A full order's fixed period must be at least 2 years (24 months); 1 year and 11 months is too short. Enter 24 months or more, or choose 'until further order'"
            )]
        );
        assert_eq!(
            months(""),
            vec![pair("order-full-months", "Enter how many months the full order should last, for example 24")]
        );
        assert_eq!(
            months("24.5"),
            vec![pair("order-full-months", "Full order period must be a whole number of months, like 24")]
        );
        let too_long = "Full order period must be 1,200 months (100 years) or fewer: for an order with no end date, choose until further order";
        assert_eq!(months("1201"), vec![pair("order-full-months", too_long)]);
        assert_eq!(months("99999999999"), vec![pair("order-full-months", too_long)]);
    }

    #[test]
    fn until_further_order_needs_no_months() {
        let errors = check(|t| {
            t.order_sought.full_duration = Some(FullDurationChoice::UntilFurtherOrder);
            t.order_sought.full_months = "nonsense".into();
        });
        assert_eq!(errors, vec![]);
    }

    #[test]
    fn an_interim_order_needs_a_fixed_number_of_weeks() {
        assert_eq!(weeks("8"), vec![]);
        assert_eq!(weeks("520"), vec![]);
        assert_eq!(
            weeks(""),
            vec![pair("order-interim-weeks", "Enter how many weeks the interim order should last, for example 8")]
        );
        assert_eq!(
            weeks("0"),
            vec![pair("order-interim-weeks", "Interim order period must be between 1 and 520 weeks")]
        );
        assert_eq!(
            weeks("521"),
            vec![pair("order-interim-weeks", "Interim order period must be between 1 and 520 weeks")]
        );
        assert_eq!(
            weeks("six"),
            vec![pair("order-interim-weeks", "Interim order period must be a whole number of weeks, like 8")]
        );
    }

    #[test]
    fn a_full_order_only_needs_no_interim_period() {
        let errors = check(|t| {
            t.order_sought.order_type = Some(OrderType::FullOnly);
            t.order_sought.interim_weeks = String::new();
        });
        assert_eq!(errors, vec![]);
    }

    #[test]
    fn a_limited_area_and_times_to_avoid_need_describing() {
        let errors = check(|t| {
            t.order_sought.locality = Some(LocalityChoice::Limited);
            t.order_sought.locality_description = String::new();
            t.order_sought.avoid_times = Some(YesNoNotKnown::Yes);
            t.order_sought.avoid_details = String::new();
        });
        assert_eq!(
            errors,
            vec![
                pair(
                    "order-locality-description",
                    "Enter the area the order should be limited to, for example a named town or an area on a map"
                ),
                pair(
                    "order-avoid-details",
                    "Enter what the conditions must avoid in the respondent's religion, work or education times"
                ),
            ]
        );
    }
}
