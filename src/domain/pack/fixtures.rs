//! The example case's pack (fictional): the example triage (`triage::fixtures`, with
//! its chronology of four acts cited by the three tests and both conditions), court
//! details and the example authorisation (`review::fixtures`). Public, like the other
//! fixtures, so tests, the print page's examples and benchmarks can use it.
use super::court::CourtDetails;
use super::input::PackInput;
use crate::domain::review::authorisation::Authorisation;
use crate::domain::triage::choices::{YesNo, YesNoNotKnown};
pub use crate::domain::triage::chronology_fixtures::{example_acts, example_citations};
use crate::domain::triage::dates::DateInput;
use crate::domain::triage::fixtures::{example_full_triage, EXAMPLE_TODAY};
use crate::domain::triage::model::Triage;

/// Everything a pack is drafted from, owned, so a test can change one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleCase {
    /// The example triage, with its chronology and citations.
    pub triage: Triage,
    pub court: CourtDetails,
    pub authorisation: Option<Authorisation>,
}

/// The example force's name and marking.
pub const EXAMPLE_FORCE: &str = "Example Constabulary";
pub const EXAMPLE_MARKING: &str = "OFFICIAL-SENSITIVE";

impl ExampleCase {
    /// The case borrowed as the pack's input, judged on the example's date.
    pub fn input(&self) -> PackInput<'_> {
        PackInput {
            triage: &self.triage,
            court: &self.court,
            authorisation: self.authorisation.as_ref(),
            force_name: EXAMPLE_FORCE,
            protective_marking: EXAMPLE_MARKING,
            today: EXAMPLE_TODAY,
        }
    }
}

fn date(day: u32, month: u32, year: i32) -> DateInput {
    DateInput { day: day.to_string(), month: month.to_string(), year: year.to_string() }
}

/// Court details with every answer given.
pub fn example_court() -> CourtDetails {
    CourtDetails {
        court_name: "Exampletown Magistrates' Court".into(),
        application_date: date(9, 6, 2025),
        service_at_home: Some(YesNo::Yes),
        service_address: String::new(),
        interpreter: Some(YesNoNotKnown::No),
        interpreter_language: String::new(),
        special_measures: Some(YesNoNotKnown::Yes),
        special_measures_details: "Screens for Sam Example if she gives evidence".into(),
        withhold_addresses: Some(YesNo::Yes),
        interim_now: Some(YesNo::Yes),
        interim_why_now: "Bail ends on 30 June 2025 and messages still come from new accounts".into(),
        time_estimate_minutes: "90".into(),
    }
}

/// The whole example case, authorised.
pub fn example_case() -> ExampleCase {
    ExampleCase {
        triage: example_full_triage(),
        court: example_court(),
        authorisation: crate::domain::review::fixtures::example_advice().authorisation,
    }
}
