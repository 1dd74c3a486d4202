//! What kind of order is sought, for how long, and where it applies.
//! Shared by the triage form ("Order sought") and the conditions builder (order text).
//!
//! Law (../shared/domain/facts.md): a full order lasts for a fixed period of at least
//! two years or until further order (item 19, SECONDARY: Halsbury's on s3); an interim
//! order has a fixed period and ends when the main application is decided (item 30,
//! V-LEG s5(6)); conditions apply throughout the UK unless limited to a locality
//! (item 16, V-LEG s2(4), s5(5)).
use serde::{Deserialize, Serialize};

/// Which orders the application asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrderType {
    /// An interim order now and a full order when the application is decided.
    #[default]
    InterimAndFull,
    /// A full order only.
    FullOnly,
}

impl OrderType {
    pub fn includes_interim(self) -> bool {
        matches!(self, OrderType::InterimAndFull)
    }
    pub fn label(self) -> &'static str {
        match self {
            OrderType::InterimAndFull => "Interim order and full order",
            OrderType::FullOnly => "Full order only",
        }
    }
}

/// How long a full order is to last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FullDuration {
    /// A fixed period in whole months: at least 24 (two years).
    FixedMonths { months: u32 },
    /// No end date: the order lasts until the court orders otherwise.
    UntilFurtherOrder,
}

/// The shortest fixed period a full order may have, in months (two years).
pub const FULL_MINIMUM_MONTHS: u32 = 24;

impl FullDuration {
    /// Plain-English problem with this duration, if any.
    pub fn problem(&self) -> Option<String> {
        match self {
            FullDuration::FixedMonths { months } if *months < FULL_MINIMUM_MONTHS => Some(format!(
                "A full order's fixed period must be at least 2 years (24 months); {} is too short. Enter 24 months or more, or choose 'until further order'",
                describe_months(*months)
            )),
            _ => None,
        }
    }

    /// Wording for the order text.
    pub fn describe(&self) -> String {
        match self {
            FullDuration::FixedMonths { months } => {
                format!("for a fixed period of {} from the day the order is made", describe_months(*months))
            }
            FullDuration::UntilFurtherOrder => "until further order".to_string(),
        }
    }
}

/// "2 years", "2 years and 6 months", "9 months", "1 month".
pub fn describe_months(months: u32) -> String {
    let (y, m) = (months / 12, months % 12);
    let years = match y {
        0 => String::new(),
        1 => "1 year".to_string(),
        n => format!("{n} years"),
    };
    let rest = match m {
        0 => String::new(),
        1 => "1 month".to_string(),
        n => format!("{n} months"),
    };
    match (years.is_empty(), rest.is_empty()) {
        (true, true) => "0 months".to_string(),
        (false, true) => years,
        (true, false) => rest,
        (false, false) => format!("{years} and {rest}"),
    }
}

/// How long an interim order is to last: always a fixed period, in whole weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct InterimDuration {
    pub weeks: u32,
}

impl InterimDuration {
    pub fn problem(&self) -> Option<String> {
        if self.weeks == 0 {
            Some("An interim order needs a fixed period: enter the number of weeks it should last, for example 8".to_string())
        } else {
            None
        }
    }
    pub fn describe(&self) -> String {
        let w = if self.weeks == 1 { "1 week".to_string() } else { format!("{} weeks", self.weeks) };
        format!("for a fixed period of {w}, or until the application for a full order is decided if that is sooner")
    }
}

/// Where the conditions apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Locality {
    /// The default in law: throughout the United Kingdom.
    #[default]
    WholeUk,
    /// Expressly limited to a named locality.
    Limited { description: String },
}

impl Locality {
    pub fn describe(&self) -> String {
        match self {
            Locality::WholeUk => "These prohibitions and requirements apply throughout the United Kingdom.".to_string(),
            Locality::Limited { description } => {
                format!("These prohibitions and requirements apply only in {}.", description.trim())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_order_of_under_two_years_is_refused_with_the_minimum_named() {
        let p = FullDuration::FixedMonths { months: 18 }.problem().unwrap();
        assert!(p.contains("at least 2 years"), "{p}");
        assert!(p.contains("1 year and 6 months"), "{p}");
        assert_eq!(FullDuration::FixedMonths { months: 24 }.problem(), None);
        assert_eq!(FullDuration::UntilFurtherOrder.problem(), None);
    }

    #[test]
    fn an_interim_order_needs_a_period() {
        assert!(InterimDuration { weeks: 0 }.problem().is_some());
        assert!(InterimDuration { weeks: 8 }.describe().contains("8 weeks"));
    }

    #[test]
    fn months_read_naturally() {
        assert_eq!(describe_months(24), "2 years");
        assert_eq!(describe_months(30), "2 years and 6 months");
        assert_eq!(describe_months(1), "1 month");
        assert_eq!(describe_months(13), "1 year and 1 month");
    }

    #[test]
    fn locality_defaults_to_the_whole_uk() {
        assert!(Locality::default().describe().contains("throughout the United Kingdom"));
        let l = Locality::Limited { description: "the county of Cheshire".into() };
        assert_eq!(l.describe(), "These prohibitions and requirements apply only in the county of Cheshire.");
    }
}
