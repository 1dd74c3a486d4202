//! Ages derived from dates of birth, and the route a respondent's age sends the case on.
//!
//! Law: the Act sets no minimum age, but an order should not be sought against a child
//! under 10 (draft APP): they cannot be criminally responsible, and breaching an order
//! is a criminal offence (facts item 57). For
//! a respondent aged 10 to 17 the officer consults the Youth Justice Service and
//! records that contact (facts items 103–104, R6), and a youth court is likely to hear
//! the application (facts items 33, 58, 109: UNVERIFIED for England and Wales).
use serde::{Deserialize, Serialize};

use super::choices::YesNoNotKnown;
use super::dates::{age_on, CivilDate};
use super::model::{ProtectedPerson, Respondent, Triage};

/// Where the respondent's age sends the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YouthRoute {
    /// 18 or over: the usual route.
    NotYouth,
    /// 10 to 17: Youth Justice Service contact required; youth court likely. The age is
    /// `None` when the date of birth is not known and the officer answered that the
    /// respondent is under 18.
    Youth { age: Option<u32> },
    /// Under 10: an order should not be sought (draft APP; no minimum age in the Act).
    UnderTen { age: u32 },
    /// No usable date of birth (not known, not yet entered, or not a real past date).
    Unknown,
}

/// The route as it travels in the payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum YouthRouteKind {
    NotYouth,
    Youth,
    UnderTen,
    Unknown,
}

impl YouthRouteKind {
    /// The respondent's age group and where it sends the case, in words: for the
    /// Teams card and the review (facts items 33, 58, 109: the youth court is likely,
    /// UNVERIFIED; item 57: no order for a child under 10, from the draft APP).
    pub fn age_group(self) -> &'static str {
        match self {
            YouthRouteKind::NotYouth => "18 or over",
            YouthRouteKind::Youth => "Under 18 (youth route: Youth Justice Service contact; youth court likely, to be confirmed)",
            YouthRouteKind::UnderTen => "Under 10 (an order should not be sought: draft national guidance)",
            YouthRouteKind::Unknown => "Not known",
        }
    }
}

impl YouthRoute {
    /// The route without the age, for the payload.
    pub fn kind(self) -> YouthRouteKind {
        match self {
            YouthRoute::NotYouth => YouthRouteKind::NotYouth,
            YouthRoute::Youth { .. } => YouthRouteKind::Youth,
            YouthRoute::UnderTen { .. } => YouthRouteKind::UnderTen,
            YouthRoute::Unknown => YouthRouteKind::Unknown,
        }
    }

    /// Whether the Youth Justice Service section must be completed.
    pub fn needs_youth_justice(self) -> bool {
        matches!(self, YouthRoute::Youth { .. })
    }

    /// Whether a youth court is likely to hear the application (likely; to be
    /// confirmed: facts items 33, 58, 109 are UNVERIFIED for England and Wales).
    pub fn youth_court_likely(self) -> bool {
        matches!(self, YouthRoute::Youth { .. })
    }
}

/// The youngest age at which a respondent can be subject to an order (facts item 57).
pub const MINIMUM_RESPONDENT_AGE: u32 = 10;
/// The age of adulthood: younger respondents go the youth route (facts item 103).
pub const ADULT_AGE: u32 = 18;

/// A typed date of birth, if it is a real date not after `today`.
fn date_of_birth(input: &super::dates::DateInput, not_known: bool, today: CivilDate) -> Option<CivilDate> {
    if not_known {
        return None;
    }
    input.parse("Date of birth").ok().flatten().filter(|dob| *dob <= today)
}

impl Respondent {
    /// The respondent's date of birth, if known and valid.
    pub fn date_of_birth_on(&self, today: CivilDate) -> Option<CivilDate> {
        date_of_birth(&self.date_of_birth, self.date_of_birth_not_known, today)
    }

    /// The respondent's age today, if the date of birth is known and valid.
    pub fn age_on(&self, today: CivilDate) -> Option<u32> {
        self.date_of_birth_on(today).and_then(|dob| age_on(dob, today))
    }
}

impl ProtectedPerson {
    /// The person's date of birth, if known and valid.
    pub fn date_of_birth_on(&self, today: CivilDate) -> Option<CivilDate> {
        date_of_birth(&self.date_of_birth, self.date_of_birth_not_known, today)
    }

    /// The person's age today, if the date of birth is known and valid.
    pub fn age_on(&self, today: CivilDate) -> Option<u32> {
        self.date_of_birth_on(today).and_then(|dob| age_on(dob, today))
    }

    /// Whether the person is under 18: from the date of birth where given, otherwise
    /// from the officer's answer; `None` when not known.
    pub fn under_18(&self, today: CivilDate) -> Option<bool> {
        if self.date_of_birth_not_known {
            return match self.under_18_if_not_known {
                Some(YesNoNotKnown::Yes) => Some(true),
                Some(YesNoNotKnown::No) => Some(false),
                _ => None,
            };
        }
        self.age_on(today).map(|age| age < ADULT_AGE)
    }
}

/// The route the respondent's age sends the case on, judged on `today`. With no date
/// of birth, the officer's answer to "Is the respondent under 18?" decides; "not known"
/// leaves the route unknown for legal services to advise on.
pub fn youth_route(triage: &Triage, today: CivilDate) -> YouthRoute {
    let r = &triage.respondent;
    if r.date_of_birth_not_known {
        return match r.under_18_if_not_known {
            Some(YesNoNotKnown::Yes) => YouthRoute::Youth { age: None },
            Some(YesNoNotKnown::No) => YouthRoute::NotYouth,
            _ => YouthRoute::Unknown,
        };
    }
    match r.age_on(today) {
        None => YouthRoute::Unknown,
        Some(age) if age < MINIMUM_RESPONDENT_AGE => YouthRoute::UnderTen { age },
        Some(age) if age < ADULT_AGE => YouthRoute::Youth { age: Some(age) },
        Some(_) => YouthRoute::NotYouth,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::dates::DateInput;

    fn d(y: i32, m: u32, day: u32) -> CivilDate {
        CivilDate::new(y, m, day).unwrap()
    }

    fn born(dob: CivilDate) -> Triage {
        let mut t = Triage::default();
        t.respondent.date_of_birth = DateInput::from_date(dob);
        t
    }

    #[test]
    fn the_route_changes_on_the_10th_and_18th_birthdays() {
        let t = born(d(2010, 6, 15));
        assert_eq!(youth_route(&t, d(2020, 6, 14)), YouthRoute::UnderTen { age: 9 });
        assert_eq!(youth_route(&t, d(2020, 6, 15)), YouthRoute::Youth { age: Some(10) });
        assert_eq!(youth_route(&t, d(2028, 6, 14)), YouthRoute::Youth { age: Some(17) });
        assert_eq!(youth_route(&t, d(2028, 6, 15)), YouthRoute::NotYouth);
    }

    #[test]
    fn a_leap_day_respondent_turns_10_on_1_march() {
        let t = born(d(2016, 2, 29));
        assert_eq!(youth_route(&t, d(2026, 2, 28)), YouthRoute::UnderTen { age: 9 });
        assert_eq!(youth_route(&t, d(2026, 3, 1)), YouthRoute::Youth { age: Some(10) });
    }

    #[test]
    fn born_today_is_under_ten_and_born_tomorrow_is_unknown() {
        let today = d(2025, 5, 1);
        assert_eq!(youth_route(&born(today), today), YouthRoute::UnderTen { age: 0 });
        assert_eq!(youth_route(&born(d(2025, 5, 2)), today), YouthRoute::Unknown);
    }

    #[test]
    fn no_date_of_birth_means_the_route_is_unknown() {
        let mut t = born(d(1990, 1, 1));
        t.respondent.date_of_birth_not_known = true;
        assert_eq!(youth_route(&t, d(2025, 1, 1)), YouthRoute::Unknown);
        assert_eq!(youth_route(&Triage::default(), d(2025, 1, 1)), YouthRoute::Unknown);
    }

    #[test]
    fn with_no_date_of_birth_the_officers_answer_on_under_18_decides_the_route() {
        let mut t = born(d(1990, 1, 1));
        t.respondent.date_of_birth_not_known = true;
        t.respondent.under_18_if_not_known = Some(YesNoNotKnown::Yes);
        let route = youth_route(&t, d(2025, 1, 1));
        assert_eq!(route, YouthRoute::Youth { age: None });
        assert!(route.needs_youth_justice() && route.youth_court_likely());
        t.respondent.under_18_if_not_known = Some(YesNoNotKnown::No);
        assert_eq!(youth_route(&t, d(2025, 1, 1)), YouthRoute::NotYouth);
        t.respondent.under_18_if_not_known = Some(YesNoNotKnown::NotKnown);
        assert_eq!(youth_route(&t, d(2025, 1, 1)), YouthRoute::Unknown);
        // The answer is only read while the date of birth is marked not known.
        t.respondent.date_of_birth_not_known = false;
        t.respondent.under_18_if_not_known = Some(YesNoNotKnown::Yes);
        assert_eq!(youth_route(&t, d(2025, 1, 1)), YouthRoute::NotYouth);
    }

    #[test]
    fn a_protected_persons_age_comes_from_their_date_of_birth_or_the_answer() {
        let today = d(2025, 1, 1);
        let mut p = ProtectedPerson { date_of_birth: DateInput::from_date(d(2010, 1, 1)), ..Default::default() };
        assert_eq!(p.under_18(today), Some(true));
        p.date_of_birth = DateInput::from_date(d(2007, 1, 1));
        assert_eq!(p.under_18(today), Some(false));
        p.date_of_birth_not_known = true;
        assert_eq!(p.under_18(today), None);
        p.under_18_if_not_known = Some(YesNoNotKnown::Yes);
        assert_eq!(p.under_18(today), Some(true));
    }
}
