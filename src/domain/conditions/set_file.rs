//! A set of chosen conditions saved to a file, so an officer or trainer can keep a
//! draft, share it, and open it again in the builder.
//!
//! Opening is forgiving about nothing it cannot explain: every problem becomes a
//! plain message, and conditions whose template has left the catalogue are kept
//! and reported, never dropped silently.
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::catalogue::Catalogue;
use super::checks::SetContext;
use super::chosen::ChosenCondition;
use crate::domain::order::{FullDuration, InterimDuration, Locality, OrderType};

/// The `format` every set file carries.
pub const SET_FORMAT: &str = "spo-conditions-set";
/// The version of the set file this code writes and reads.
pub const SET_VERSION: u32 = 1;

/// A saved set of conditions with what the checks need about the order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct SavedConditionSet {
    /// Always `spo-conditions-set`.
    pub format: String,
    /// Always 1 for files this version writes.
    pub version: u32,
    /// When it was saved, RFC 3339 (the browser supplies the time).
    pub saved_at: String,
    pub order_type: OrderType,
    #[serde(default)]
    pub full_duration: Option<FullDuration>,
    #[serde(default)]
    pub interim: Option<InterimDuration>,
    #[serde(default)]
    pub locality: Locality,
    #[serde(default)]
    pub respondent_is_child: bool,
    #[serde(default)]
    pub protects_child: bool,
    /// Religion, work or education times the conditions should avoid.
    #[serde(default)]
    pub avoid_notes: String,
    pub conditions: Vec<ChosenCondition>,
}

impl SavedConditionSet {
    /// A set of these conditions in this context, stamped with `saved_at`.
    pub fn new(
        context: &SetContext,
        conditions: Vec<ChosenCondition>,
        saved_at: &str,
    ) -> SavedConditionSet {
        SavedConditionSet {
            format: SET_FORMAT.to_string(),
            version: SET_VERSION,
            saved_at: saved_at.to_string(),
            order_type: context.order_type,
            full_duration: context.full_duration.clone(),
            interim: context.interim,
            locality: context.locality.clone(),
            respondent_is_child: context.respondent_is_child,
            protects_child: context.protects_child,
            avoid_notes: context.avoid_notes.clone(),
            conditions,
        }
    }

    /// What the checks need to know, from the saved set.
    pub fn context(&self) -> SetContext {
        SetContext {
            order_type: self.order_type,
            full_duration: self.full_duration.clone(),
            interim: self.interim,
            locality: self.locality.clone(),
            respondent_is_child: self.respondent_is_child,
            protects_child: self.protects_child,
            avoid_notes: self.avoid_notes.clone(),
        }
    }

    /// The file's text: indented JSON, readable if opened in a text editor.
    pub fn to_json(&self) -> String {
        // Plain strings, numbers and enums: serialising cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Why a file could not be opened as a set of conditions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetFileError {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a saved set of conditions.
    NotOurs,
    /// A set of conditions from a version this app cannot read.
    OtherVersion(String),
    /// Ours and the right version, but something in it is missing or wrong.
    Damaged(String),
}

impl SetFileError {
    /// What went wrong and what to do, in plain English.
    pub fn message(&self) -> String {
        match self {
            SetFileError::NotJson => "This file could not be opened: it is not a saved set of conditions. Choose a file saved from the conditions builder (its name ends in .json).".to_string(),
            SetFileError::NotOurs => "This file is not a saved set of conditions. Choose a file saved from the conditions builder, using the 'Save this set' button.".to_string(),
            SetFileError::OtherVersion(v) => format!("This set of conditions was saved by a different version of the builder (file version {v}) and cannot be opened here. Ask the person who saved it to save it again from this site."),
            SetFileError::Damaged(detail) => format!("This set of conditions is damaged and could not be opened ({detail}). Try an earlier copy, or build the set again."),
        }
    }
}

impl std::fmt::Display for SetFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

/// Reads a set file's text, checking it is ours and of this version before reading it.
pub fn parse(text: &str) -> Result<SavedConditionSet, SetFileError> {
    let value: Value = serde_json::from_str(text).map_err(|_| SetFileError::NotJson)?;
    if value.get("format").and_then(Value::as_str) != Some(SET_FORMAT) {
        return Err(SetFileError::NotOurs);
    }
    match value.get("version") {
        Some(v) if v.as_u64() == Some(u64::from(SET_VERSION)) => {}
        Some(v) => return Err(SetFileError::OtherVersion(v.to_string())),
        None => return Err(SetFileError::Damaged("it has no version number".into())),
    }
    serde_json::from_value(value).map_err(|e| SetFileError::Damaged(e.to_string()))
}

/// A set opened in the builder, with what the officer needs to be told about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenedSet {
    pub set: SavedConditionSet,
    /// One message for each condition whose template is no longer in the catalogue.
    pub notices: Vec<String>,
}

/// Reads a set file and brings its wording up to date with the catalogue.
/// Conditions whose template is gone keep their saved wording and are reported.
pub fn open(text: &str, catalogue: &Catalogue) -> Result<OpenedSet, SetFileError> {
    let mut set = parse(text)?;
    let mut notices = Vec::new();
    for (i, c) in set.conditions.iter_mut().enumerate() {
        if !c.refresh_wording(catalogue) {
            notices.push(format!(
                "Condition {} (\"{}\") is no longer in the list of conditions. It has been kept with its saved wording; remove it or choose a current condition instead.",
                i + 1,
                c.template_id
            ));
        }
    }
    Ok(OpenedSet { set, notices })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::conditions::fixture::{self, chosen, text};

    fn sample() -> SavedConditionSet {
        let ctx = SetContext {
            order_type: OrderType::InterimAndFull,
            full_duration: Some(FullDuration::UntilFurtherOrder),
            interim: Some(InterimDuration { weeks: 8 }),
            locality: Locality::Limited {
                description: "Cheshire".into(),
            },
            respondent_is_child: true,
            protects_child: false,
            avoid_notes: "Attends college on Tuesdays".into(),
        };
        let mut c = chosen(
            "no-direct-contact",
            vec![text("person", "Alex Example")],
            "Forty messages since March.",
        );
        c.set_confirmed("times-clash", true);
        SavedConditionSet::new(&ctx, vec![c], "2026-07-01T10:00:00Z")
    }

    #[test]
    fn a_saved_set_opens_exactly_as_it_was_saved() {
        let set = sample();
        let json = set.to_json();
        assert!(
            json.contains("\"format\": \"spo-conditions-set\""),
            "{json}"
        );
        assert_eq!(parse(&json), Ok(set.clone()));
        assert_eq!(
            set.context(),
            parse(&json).map(|s| s.context()).unwrap_or_default()
        );
    }

    #[test]
    fn files_that_are_not_ours_get_a_plain_message() {
        assert_eq!(parse("hello"), Err(SetFileError::NotJson));
        assert_eq!(parse(""), Err(SetFileError::NotJson));
        assert_eq!(parse("{\"schema_version\": 1}"), Err(SetFileError::NotOurs));
        assert_eq!(parse("[1, 2]"), Err(SetFileError::NotOurs));
        assert_eq!(
            parse("{\"format\": \"spo-conditions-set\", \"version\": 2}").map_err(|e| e.message()),
            Err("This set of conditions was saved by a different version of the builder (file version 2) and cannot be opened here. Ask the person who saved it to save it again from this site.".to_string())
        );
        assert_eq!(
            SetFileError::NotJson.message(),
            "This file could not be opened: it is not a saved set of conditions. Choose a file saved from the conditions builder (its name ends in .json)."
        );
    }

    #[test]
    fn a_damaged_set_is_reported_not_panicked_on() {
        let no_version = parse("{\"format\": \"spo-conditions-set\"}");
        assert_eq!(
            no_version,
            Err(SetFileError::Damaged("it has no version number".into()))
        );
        let json = sample()
            .to_json()
            .replace("\"conditions\"", "\"conditionz\"");
        let err = parse(&json)
            .map_err(|e| e.message())
            .err()
            .unwrap_or_default();
        assert!(err.starts_with("This set of conditions is damaged and could not be opened (missing field `conditions`"), "{err}");
        let truncated = &sample().to_json()[..40];
        assert_eq!(parse(truncated), Err(SetFileError::NotJson));
    }

    #[test]
    fn opening_a_set_reports_conditions_that_have_left_the_catalogue() {
        let mut set = sample();
        let mut gone = set.conditions[0].clone();
        gone.template_id = "retired-condition".into();
        gone.wording = "do the old thing".into();
        set.conditions.push(gone);
        let opened = open(&set.to_json(), &fixture::catalogue()).map_err(|e| e.message());
        let opened = opened.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(opened.set.conditions.len(), 2);
        assert_eq!(opened.set.conditions[1].wording, "do the old thing");
        assert_eq!(
            opened.notices,
            ["Condition 2 (\"retired-condition\") is no longer in the list of conditions. It has been kept with its saved wording; remove it or choose a current condition instead."]
        );
    }
}
