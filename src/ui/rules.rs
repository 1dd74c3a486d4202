//! The rules' view of the config on this computer's today, for the areas that read a
//! delivered triage back (the review and the pack). The form's own adds the crime
//! reference pattern it checks as the officer types (`TriageState::rules`).
use crate::domain::config::Config;
use crate::domain::triage::{CivilDate, RulesContext};
use crate::ui::storage;

/// Today in the officer's time zone.
pub fn today() -> CivilDate {
    CivilDate::from_unix_millis(storage::now_millis(), storage::utc_offset_minutes())
}

pub fn rules(config: &Config) -> RulesContext {
    let mut ctx = RulesContext::new(today(), &config.force.name, &config.force.area);
    ctx.force_is_national = config.force.national;
    ctx
}
