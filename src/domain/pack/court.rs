//! What the court pack needs beyond the triage: which court, the date of the
//! application, the address for service, interpreter and special-measures needs,
//! whether the protected people's addresses stay off the order, whether an interim
//! order is sought now and why it cannot wait, and the time estimate.
//!
//! Law (../shared/domain/facts.md): the application goes to a magistrates' court
//! (item 5, V-LEG s1(1)); an application about a person under 18 is probably heard by
//! a youth court, even if they turn 18 before it ends (items 33, 58, 109: UNVERIFIED
//! for England and Wales), so [`court_route`] names the youth court "to be confirmed
//! with legal services" and judges the age on the date of the application; no order
//! against a child under 10 (item 57, draft APP); think carefully before putting the
//! victim's address in the order (item 70, V-SEED:004 §9.3).
use serde::{Deserialize, Serialize};

use crate::domain::triage::choices::{YesNo, YesNoNotKnown};
use crate::domain::triage::dates::{CivilDate, DateInput, DatePart};
use crate::domain::triage::field_ids;
use crate::domain::triage::fields::{parse_whole_number, Errors, FieldError, Question, NAME, SHORT, SHORT_MULTILINE, LONG};
use crate::domain::triage::model::Triage;
use crate::domain::triage::youth::{ADULT_AGE, MINIMUM_RESPONDENT_AGE};

/// The court details, as the officer fills them in (kept as typed, like the triage).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CourtDetails {
    /// "Exampletown Magistrates' Court" (or the youth court sitting there).
    pub court_name: String,
    /// When the complaint is to be made; the respondent's age is judged on it. Blank:
    /// the day the pack is drafted.
    pub application_date: DateInput,
    /// Whether the respondent is to be served at their home address from the triage.
    pub service_at_home: Option<YesNo>,
    /// The address for service, when it is not the home address.
    pub service_address: String,
    pub interpreter: Option<YesNoNotKnown>,
    /// The language (and dialect) when an interpreter is needed.
    pub interpreter_language: String,
    /// Special measures or adjustments for a witness (screens, a live link...).
    pub special_measures: Option<YesNoNotKnown>,
    pub special_measures_details: String,
    /// Whether the protected people's addresses are kept off the order.
    pub withhold_addresses: Option<YesNo>,
    /// Asked when the triage seeks an interim order: is it sought at the first hearing?
    pub interim_now: Option<YesNo>,
    /// Why the interim order cannot wait for the full hearing.
    pub interim_why_now: String,
    /// Whole minutes, as typed.
    pub time_estimate_minutes: String,
}

/// Field ids of the court details page.
pub mod ids {
    pub const COURT_NAME: &str = "court-name";
    pub const APPLICATION_DATE: &str = "court-application-date";
    pub const SERVICE_AT_HOME: &str = "court-service-at-home";
    pub const SERVICE_ADDRESS: &str = "court-service-address";
    pub const INTERPRETER: &str = "court-interpreter";
    pub const INTERPRETER_LANGUAGE: &str = "court-interpreter-language";
    pub const SPECIAL_MEASURES: &str = "court-special-measures";
    pub const SPECIAL_MEASURES_DETAILS: &str = "court-special-measures-details";
    pub const WITHHOLD_ADDRESSES: &str = "court-withhold-addresses";
    pub const INTERIM_NOW: &str = "court-interim-now";
    pub const INTERIM_WHY_NOW: &str = "court-interim-why-now";
    pub const TIME_ESTIMATE: &str = "court-time-estimate";
}

/// The longest hearing estimate accepted, in minutes (two court days).
pub const MAXIMUM_ESTIMATE_MINUTES: u32 = 720;

impl CourtDetails {
    /// The date the application is judged on: the one entered, or `today`.
    pub fn application_date_or(&self, today: CivilDate) -> CivilDate {
        self.application_date.parse("Date").ok().flatten().unwrap_or(today)
    }

    /// The address for service: the home address from the triage, or the one typed.
    pub fn service_address<'a>(&'a self, triage: &'a Triage) -> &'a str {
        match self.service_at_home {
            Some(YesNo::Yes) => triage.respondent.address.trim(),
            Some(YesNo::No) => self.service_address.trim(),
            None => "",
        }
    }

    /// Whether the interim order is sought at the first hearing: only when the triage
    /// asks for one, and the officer has not said it can wait.
    pub fn interim_sought_now(&self, triage: &Triage) -> bool {
        let asked = triage.order_sought.order_type.is_some_and(|t| t.includes_interim());
        asked && self.interim_now != Some(YesNo::No)
    }

    /// The time estimate in minutes, if typed as a whole number in range.
    pub fn estimate_minutes(&self) -> Option<u32> {
        parse_whole_number(&self.time_estimate_minutes).ok().filter(|m| (1..=MAXIMUM_ESTIMATE_MINUTES).contains(m))
    }
}

/// Which court is likely to hear the application, from the respondent's age on the
/// date of the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CourtRoute {
    /// 18 or over: a magistrates' court (V-LEG s1(1)).
    Magistrates,
    /// 10 to 17 (age `None` when only "under 18" is known): a youth court, likely.
    Youth { age: Option<u32> },
    /// Under 10: no order should be sought (draft APP, facts item 57).
    UnderTen { age: u32 },
    /// Age not known: legal services advise.
    Unknown,
}

/// The court route on the date of the application (see [`CourtDetails::application_date_or`]).
pub fn court_route(triage: &Triage, court: &CourtDetails, today: CivilDate) -> CourtRoute {
    let on = court.application_date_or(today);
    let r = &triage.respondent;
    if !r.date_of_birth_not_known {
        return match r.age_on(on) {
            Some(age) if age < MINIMUM_RESPONDENT_AGE => CourtRoute::UnderTen { age },
            Some(age) if age < ADULT_AGE => CourtRoute::Youth { age: Some(age) },
            Some(_) => CourtRoute::Magistrates,
            None => CourtRoute::Unknown,
        };
    }
    match r.under_18_if_not_known {
        Some(YesNoNotKnown::Yes) => CourtRoute::Youth { age: None },
        Some(YesNoNotKnown::No) => CourtRoute::Magistrates,
        _ => CourtRoute::Unknown,
    }
}

/// Said wherever the youth court is named: the rule is not verified (facts item 33).
pub const YOUTH_COURT_CAVEAT: &str =
    "to be confirmed with legal services: the rule that a youth court hears an application about a person under 18 could not be checked against the Act";

impl CourtRoute {
    /// The court, in words, for the complaint and the orders.
    pub fn court_words(self) -> String {
        match self {
            CourtRoute::Magistrates => "A magistrates' court".to_string(),
            CourtRoute::Youth { age } => {
                let age = age.map_or("under 18".to_string(), |a| format!("{a}, under 18"));
                format!("A youth court (the respondent is {age} on the date of the application), {YOUTH_COURT_CAVEAT}")
            }
            CourtRoute::UnderTen { age } => format!(
                "None: the respondent is {age}, and draft national guidance says an order should not be sought against a child under 10"
            ),
            CourtRoute::Unknown => "A magistrates' court, or a youth court if the respondent is under 18: the respondent's age is not known, check with legal services".to_string(),
        }
    }

    /// Whether the youth court route is named.
    pub fn is_youth(self) -> bool {
        matches!(self, CourtRoute::Youth { .. })
    }
}

/// Checks the court details as entered. Blank answers are errors here (the page's
/// "Save and continue"), but a draft pack is made whatever this says: blanks are
/// listed as missing for court instead (`missing.rs`).
pub fn validate_court(court: &CourtDetails, triage: &Triage) -> Vec<FieldError> {
    let mut e = Errors::default();
    e.required_text(ids::COURT_NAME, &court.court_name, Question {
        label: "Name of the court",
        enter: "Enter the name of the court, for example Exampletown Magistrates' Court",
        limit: NAME,
    });
    match court.application_date.parse("Date of the application") {
        Ok(Some(d)) if d.year < crate::domain::triage::fields::EARLIEST_YEAR => {
            e.add(field_ids::date_part(ids::APPLICATION_DATE, DatePart::Year), "Date of the application must be in 1900 or later")
        }
        Ok(_) => {}
        Err(p) => e.add(field_ids::date_part(ids::APPLICATION_DATE, p.part), p.message),
    }
    match court.service_at_home {
        None => e.add(ids::SERVICE_AT_HOME, "Select whether the respondent is to be served at their home address"),
        Some(YesNo::Yes) if triage.respondent.address.trim().is_empty() => e.add(
            ids::SERVICE_AT_HOME,
            "The respondent's home address is blank in the triage: enter it there, or select no and enter an address for service",
        ),
        Some(YesNo::Yes) => {}
        Some(YesNo::No) => {
            e.required_text(ids::SERVICE_ADDRESS, &court.service_address, Question {
                label: "Address for service",
                enter: "Enter the address at which the respondent is to be served",
                limit: SHORT_MULTILINE,
            });
        }
    }
    yes_with_details(&mut e, court.interpreter, ids::INTERPRETER, "Select whether an interpreter is needed", ids::INTERPRETER_LANGUAGE, &court.interpreter_language, Question {
        label: "Language for the interpreter",
        enter: "Enter the language the interpreter is needed for",
        limit: SHORT,
    });
    yes_with_details(&mut e, court.special_measures, ids::SPECIAL_MEASURES, "Select whether any witness needs special measures", ids::SPECIAL_MEASURES_DETAILS, &court.special_measures_details, Question {
        label: "Special measures needed",
        enter: "Enter the special measures needed and for which witness",
        limit: LONG,
    });
    if court.withhold_addresses.is_none() {
        e.add(ids::WITHHOLD_ADDRESSES, "Select whether the protected people's addresses are to be kept off the order");
    }
    if triage.order_sought.order_type.is_some_and(|t| t.includes_interim()) {
        match court.interim_now {
            None => e.add(ids::INTERIM_NOW, "Select whether the interim order is sought at the first hearing"),
            Some(YesNo::Yes) => {
                e.required_text(ids::INTERIM_WHY_NOW, &court.interim_why_now, Question {
                    label: "Why the interim order cannot wait",
                    enter: "Enter why the interim order cannot wait for the full hearing",
                    limit: LONG,
                });
            }
            Some(YesNo::No) => {}
        }
    }
    if court.time_estimate_minutes.trim().is_empty() {
        e.add(ids::TIME_ESTIMATE, "Enter the time estimate for the hearing in minutes, for example 60");
    } else if court.estimate_minutes().is_none() {
        e.add(ids::TIME_ESTIMATE, format!("Time estimate must be a whole number of minutes between 1 and {MAXIMUM_ESTIMATE_MINUTES}, like 60"));
    }
    e.0
}

fn yes_with_details(
    e: &mut Errors,
    answer: Option<YesNoNotKnown>,
    id: &str,
    select: &str,
    details_id: &str,
    details: &str,
    q: Question,
) {
    match answer {
        None => e.add(id, select),
        Some(YesNoNotKnown::Yes) => {
            e.required_text(details_id, details, q);
        }
        Some(_) => {}
    }
}

/// "60 minutes", "1 hour and 30 minutes".
pub fn describe_minutes(minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let hours = match h {
        0 => String::new(),
        1 => "1 hour".to_string(),
        n => format!("{n} hours"),
    };
    let mins = match m {
        0 => String::new(),
        1 => "1 minute".to_string(),
        n => format!("{n} minutes"),
    };
    match (hours.is_empty(), mins.is_empty()) {
        (false, false) => format!("{hours} and {mins}"),
        (false, true) => hours,
        _ => mins,
    }
}
