//! Everything a pack is drafted from, borrowed: the pack owns nothing and copies
//! nothing, so a page can redraft it on every keystroke.
use super::court::{court_route, CourtDetails, CourtRoute};
use crate::domain::conditions::chosen::ChosenCondition;
use crate::domain::review::authorisation::{Authorisation, AuthorisationDecision};
use crate::domain::triage::dates::CivilDate;
use crate::domain::triage::model::Triage;

/// The answers a pack is drafted from.
#[derive(Debug, Clone, Copy)]
pub struct PackInput<'a> {
    /// The answers, with the chronology and its citations (`Triage::acts`, `citations`).
    pub triage: &'a Triage,
    pub court: &'a CourtDetails,
    /// The authorising officer's record, once there is one.
    pub authorisation: Option<&'a Authorisation>,
    /// "Example Constabulary" (config.json).
    pub force_name: &'a str,
    /// "OFFICIAL-SENSITIVE" (config.json).
    pub protective_marking: &'a str,
    /// The day the pack is drafted: ages are judged on the application date, or on this.
    pub today: CivilDate,
}

impl PackInput<'_> {
    /// The court route on the application date.
    pub fn route(&self) -> CourtRoute {
        court_route(self.triage, self.court, self.today)
    }

    /// Whether the authorising officer has recorded the application as authorised.
    pub fn is_authorised(&self) -> bool {
        self.authorisation.is_some_and(|a| a.decision == Some(AuthorisationDecision::Authorised))
    }

    /// The conditions as authorised: the triage's, with the wording the authorising
    /// officer approved where they reworded one (matched by index and template, so a
    /// stale amendment never lands on another condition).
    pub fn conditions(&self) -> Vec<ChosenCondition> {
        let mut conditions = self.triage.conditions.clone();
        if let Some(a) = self.authorisation {
            for change in &a.changed_conditions {
                if let Some(c) = conditions.get_mut(change.index).filter(|c| c.template_id == change.template_id) {
                    c.wording = change.wording.clone();
                }
            }
        }
        conditions
    }

    /// The applicant, as the Act names them: the chief officer of police (facts item 5).
    pub fn applicant(&self) -> String {
        let force = self.force_name.trim();
        if force.is_empty() {
            "The chief officer of police".to_string()
        } else {
            format!("The chief officer of police for {force}")
        }
    }
}
