//! What the rules need to know beyond the answers: today's date and the force's settings.
use regex_lite::Regex;
use std::sync::Arc;

use crate::domain::conditions::catalogue::Catalogue;

use super::dates::CivilDate;

/// Today's date and the deployment's settings (from `config.json`), passed to every rule.
#[derive(Debug, Clone)]
pub struct RulesContext {
    /// The officer's today (see [`CivilDate::from_unix_millis`]): ages and "not in the
    /// future" are judged against it.
    pub today: CivilDate,
    /// The force's name, e.g. "Cheshire Constabulary".
    pub force_name: String,
    /// The force's area as it reads in a sentence, e.g. "Cheshire".
    pub force_area: String,
    /// A force with no territorial area (British Transport Police, Ministry of Defence
    /// Police) is not bound by the area rule (facts item 9).
    pub force_is_national: bool,
    /// The force's crime reference pattern; matched against the whole reference.
    pub crime_reference_pattern: Option<Regex>,
    /// An example reference shown in hints and messages, e.g. "24/123456/25".
    pub crime_reference_example: String,
    /// The conditions catalogue, once loaded: the proposed conditions are checked
    /// against it like every other answer. `None` (not loaded yet) holds back any
    /// triage with conditions, since they cannot be checked.
    pub conditions_catalogue: Option<Arc<Catalogue>>,
}

impl RulesContext {
    /// A context with no crime reference pattern (any reference is accepted).
    pub fn new(today: CivilDate, force_name: &str, force_area: &str) -> RulesContext {
        RulesContext {
            today,
            force_name: force_name.to_string(),
            force_area: force_area.to_string(),
            force_is_national: false,
            crime_reference_pattern: None,
            crime_reference_example: String::new(),
            conditions_catalogue: None,
        }
    }

    /// Compiles the configured crime reference pattern. A bad pattern is a config error
    /// for force IT, not something the officer can fix, so the caller reports it there.
    pub fn compile_crime_reference_pattern(pattern: &str) -> Result<Regex, String> {
        Regex::new(pattern).map_err(|e| format!("The crime reference pattern is not a valid regular expression: {e}"))
    }

    /// The area as the officer reads it: the configured area, or "your force's area".
    pub(crate) fn area_name(&self) -> String {
        if self.force_area.trim().is_empty() {
            "your force's area".to_string()
        } else {
            self.force_area.trim().to_string()
        }
    }
}
