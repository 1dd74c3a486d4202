//! What the conditions builder's checks need to know, taken from the triage's other
//! answers, so the proposed conditions are checked against this case.
use super::choices::{LocalityChoice, YesNoNotKnown};
use super::dates::CivilDate;
use super::model::Triage;
use super::validate_order_sought::{full_duration, interim_duration};
use super::youth::youth_route;
use crate::domain::conditions::checks::{CheckId, Finding, SetContext};
use crate::domain::order::Locality;

/// The set context for this triage on `today`.
pub fn conditions_context(triage: &Triage, today: CivilDate) -> SetContext {
    let o = &triage.order_sought;
    let order_type = o.order_type.unwrap_or_default();
    SetContext {
        order_type,
        full_duration: full_duration(o).ok(),
        interim: if order_type.includes_interim() { interim_duration(o).ok() } else { None },
        locality: match o.locality {
            Some(LocalityChoice::Limited) => Locality::Limited { description: o.locality_description.clone() },
            _ => Locality::WholeUk,
        },
        respondent_is_child: youth_route(triage, today).needs_youth_justice(),
        protects_child: triage.people.iter().any(|p| p.under_18(today) == Some(true)),
        avoid_notes: if o.avoid_times == Some(YesNoNotKnown::Yes) { o.avoid_details.clone() } else { String::new() },
    }
}

/// The builder's findings that belong to the conditions section of a triage: the order's
/// durations are asked, and checked, in the "Order sought" section instead.
pub fn conditions_section_findings(findings: Vec<Finding>) -> Vec<Finding> {
    findings.into_iter().filter(|f| !matches!(f.check, CheckId::FullDuration | CheckId::InterimDuration)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::conditions::checks::CheckId;
    use crate::domain::order::{FullDuration, OrderType};
    use crate::domain::triage::fixtures::{example_context, example_full_triage};

    #[test]
    fn the_context_follows_the_order_sought_and_the_people() {
        let t = example_full_triage();
        let ctx = conditions_context(&t, example_context().today);
        assert_eq!(ctx.order_type, t.order_sought.order_type.unwrap_or_default());
        assert!(ctx.full_duration.is_some());
        if ctx.order_type == OrderType::FullOnly {
            assert_eq!(ctx.interim, None);
        }
        let mut t2 = t.clone();
        t2.order_sought.full_duration = Some(crate::domain::triage::FullDurationChoice::UntilFurtherOrder);
        assert_eq!(conditions_context(&t2, example_context().today).full_duration, Some(FullDuration::UntilFurtherOrder));
    }

    #[test]
    fn duration_findings_are_left_to_the_order_sought_section() {
        let f = |check| Finding { severity: crate::domain::conditions::checks::Severity::Error, check, condition_index: None, field: None, message: String::new() };
        let kept = conditions_section_findings(vec![f(CheckId::FullDuration), f(CheckId::InterimDuration), f(CheckId::NoConditions)]);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].check, CheckId::NoConditions);
    }
}
