//! Saved drafts and "Save to a file": the triage wrapped with what is needed to open it
//! again safely. Opening never panics, whatever the file holds, and every refusal says
//! why in plain words.
use std::fmt;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

use super::answering::HOLDS_ADVICE;
use super::model::*;
use crate::domain::conditions::chosen::ChosenCondition;
use crate::domain::version::SCHEMA_VERSION;

/// The `format` every saved triage carries, so other JSON files are recognised as such.
pub const DRAFT_FORMAT: &str = "spo-triage-draft";

/// Where the browser keeps the triage in progress, and the id of a submission being
/// sent. index.html's snippet reads both to decide whether a prerendered form must
/// wait for the app (xtask checks it names these).
pub const DRAFT_KEY: &str = "spo-triage-draft";
pub const PENDING_KEY: &str = "spo-triage-pending";

/// A triage as saved in browser storage or in a downloaded file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedTriage {
    /// Always [`DRAFT_FORMAT`].
    pub format: String,
    /// The payload schema version of the form that saved it.
    pub schema_version: u32,
    /// When it was saved, RFC 3339.
    pub saved_at: String,
    pub app_version: String,
    pub triage: Triage,
}

/// Why a saved triage could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    /// Not JSON at all (or nested too deeply to be ours).
    NotJson,
    /// JSON, but not a saved triage (wrong or missing `format`).
    NotOurs,
    /// Saved by a form with another schema version.
    OtherVersion { version: String },
    /// A saved triage with a part that cannot be read.
    Damaged { part: String },
    /// A saved triage that holds legal advice being answered, opened by the plain
    /// form's build, which cannot hold it (`Triage::answering`): the page must load
    /// the form's advice build, never open the answers without their advice.
    HoldsAdvice,
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DraftError::NotJson => f.write_str("The file is not a saved triage: it could not be read"),
            DraftError::NotOurs => f.write_str("This file is not a saved SPO triage"),
            DraftError::OtherVersion { version } => {
                write!(f, "This file was saved by version {version} of the form and cannot be opened by this version")
            }
            DraftError::Damaged { part } => write!(f, "This saved triage is damaged: {part}"),
            DraftError::HoldsAdvice => f.write_str("These answers hold legal advice being answered, which this page cannot open: reload the page"),
        }
    }
}

impl std::error::Error for DraftError {}

impl SavedTriage {
    /// Wraps a triage for saving.
    pub fn new(triage: Triage, saved_at: &str, app_version: &str) -> SavedTriage {
        SavedTriage {
            format: DRAFT_FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            saved_at: saved_at.to_string(),
            app_version: app_version.to_string(),
            triage,
        }
    }

    /// The saved triage as indented JSON (readable if someone opens the file).
    pub fn to_json(&self) -> String {
        // Serialising plain structs with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Opens a saved triage, checking in turn that it is JSON, is ours, is from this
    /// version, and that each part can be read. Each part is read from its own text
    /// (`RawValue`), never through `serde_json::Value`: one reader for every type keeps
    /// the triage's app smaller (issue #14).
    pub fn parse(text: &str) -> Result<SavedTriage, DraftError> {
        // Windows editors may add a byte order mark when a file is re-saved.
        let text = text.trim_start_matches('\u{feff}');
        serde_json::from_str::<IgnoredAny>(text).map_err(|_| DraftError::NotJson)?;
        let top: Parts = serde_json::from_str(text).map_err(|_| DraftError::NotOurs)?;
        if top.get("format").and_then(|raw| read::<String>(raw)).as_deref() != Some(DRAFT_FORMAT) {
            return Err(DraftError::NotOurs);
        }
        check_version(top.get("schema_version").copied())?;
        let saved_at = string_part(&top, "saved_at", "the date it was saved is missing")?;
        let app_version = string_part(&top, "app_version", "the version of the form that saved it is missing")?;
        let triage = triage_part(top.get("triage").copied(), HOLDS_ADVICE)?;
        Ok(SavedTriage {
            format: DRAFT_FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            saved_at,
            app_version,
            triage,
        })
    }
}

/// Whether `text` is a saved triage that holds advice this build of the form cannot
/// hold ([`DraftError::HoldsAdvice`]); always false in the form's advice build.
pub fn holds_advice(text: &str) -> bool {
    matches!(SavedTriage::parse(text), Err(DraftError::HoldsAdvice))
}

/// A JSON object's members, each as its own text (a later key wins, as in a map).
type Parts<'a> = BTreeMap<String, &'a RawValue>;

/// One member read as `T`, if it is one.
fn read<'a, T: Deserialize<'a>>(raw: &'a RawValue) -> Option<T> {
    serde_json::from_str(raw.get()).ok()
}

fn check_version(version: Option<&RawValue>) -> Result<(), DraftError> {
    let Some(raw) = version else {
        return Err(DraftError::Damaged { part: "the version number is missing".to_string() });
    };
    match read::<u64>(raw) {
        Some(n) if n == u64::from(SCHEMA_VERSION) => Ok(()),
        Some(n) => Err(DraftError::OtherVersion { version: n.to_string() }),
        // A number that is not a whole one (-1, 1.5) is still a version, as written.
        None if raw.get().starts_with(|c: char| c == '-' || c.is_ascii_digit()) => {
            Err(DraftError::OtherVersion { version: raw.get().to_string() })
        }
        None => Err(DraftError::Damaged { part: "the version number is missing".to_string() }),
    }
}

fn string_part(top: &Parts<'_>, key: &str, missing: &str) -> Result<String, DraftError> {
    top.get(key).and_then(|raw| read::<String>(raw)).ok_or_else(|| DraftError::Damaged { part: missing.to_string() })
}

/// Reads the answers; if they cannot be read, finds the first section that is at fault
/// so the message can name it.
/// `holds_advice`: whether this build can keep advice in hand; if not, answers that
/// hold some are refused whole rather than opened without it.
fn triage_part(value: Option<&RawValue>, holds_advice: bool) -> Result<Triage, DraftError> {
    let Some(sections) = value.and_then(|raw| read::<Parts<'_>>(raw)) else {
        return Err(DraftError::Damaged { part: "the answers are missing".to_string() });
    };
    if !holds_advice && sections.contains_key("answering") {
        return Err(DraftError::HoldsAdvice);
    }
    if let Some(triage) = value.and_then(|raw| read::<Triage>(raw)) {
        return Ok(triage);
    }
    let broken = sections.iter().find(|(key, v)| !section_reads(key, v.get())).map(|(key, _)| part_name(key));
    let part = match broken {
        Some(name) => format!("the answers in \u{201c}{name}\u{201d} could not be read"),
        None => "the answers could not be read".to_string(),
    };
    Err(DraftError::Damaged { part })
}

/// Whether one part of the saved answers reads on its own (unknown keys are ignored,
/// as they are when reading the whole triage).
fn section_reads(key: &str, v: &str) -> bool {
    fn ok<'a, T: Deserialize<'a>>(v: &'a str) -> bool {
        serde_json::from_str::<T>(v).is_ok()
    }
    match key {
        "about_you" => ok::<AboutYou>(v),
        "investigation" => ok::<Investigation>(v),
        "people" => ok::<Vec<ProtectedPerson>>(v),
        "respondent" => ok::<Respondent>(v),
        "youth_justice" => ok::<YouthJustice>(v),
        "behaviour_risk" => ok::<BehaviourRisk>(v),
        "existing_orders" => ok::<ExistingOrders>(v),
        "order_sought" => ok::<OrderSought>(v),
        "summary" => ok::<CaseSummary>(v),
        "conditions" => ok::<Vec<ChosenCondition>>(v),
        "victim_views" => ok::<VictimViews>(v),
        "declaration" => ok::<Declaration>(v),
        "completed_sections" => ok::<Vec<SectionId>>(v),
        _ => true,
    }
}

/// The name the officer knows a part of the answers by.
fn part_name(key: &str) -> String {
    let section = match key {
        "about_you" => SectionId::AboutYou,
        "investigation" => SectionId::Investigation,
        "people" => SectionId::People,
        "respondent" => SectionId::Respondent,
        "youth_justice" => SectionId::YouthJustice,
        "chronology" => SectionId::Chronology,
        "behaviour_risk" => SectionId::BehaviourRisk,
        "existing_orders" => SectionId::ExistingOrders,
        "order_sought" => SectionId::OrderSought,
        "summary" => SectionId::Summary,
        "conditions" => SectionId::Conditions,
        "victim_views" => SectionId::VictimViews,
        "declaration" => SectionId::Declaration,
        _ => return "the list of completed sections".to_string(),
    };
    section.title().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::fixtures::example_full_triage;
    use serde_json::Value;

    fn saved() -> SavedTriage {
        SavedTriage::new(example_full_triage(), "2025-06-02T10:15:00.000Z", "0.1.0")
    }

    fn saved_value() -> Value {
        serde_json::from_str(&saved().to_json()).unwrap()
    }

    fn message(text: &str) -> String {
        SavedTriage::parse(text).unwrap_err().to_string()
    }

    #[test]
    fn answers_with_advice_in_hand_open_only_in_the_build_that_can_hold_it() {
        use crate::domain::review::fixtures::{example_clarification_advice, example_payload};
        let ctx = crate::domain::triage::fixtures::example_context();
        let with_advice = example_clarification_advice().to_answer(&example_payload(), &ctx);
        assert!(with_advice.answering().is_some());
        for (triage, has_advice) in [(with_advice, true), (example_full_triage(), false)] {
            let json = SavedTriage::new(triage.clone(), "2025-06-02T10:15:00.000Z", "0.1.0").to_json();
            let top: Parts<'_> = serde_json::from_str(&json).unwrap();
            let part = top.get("triage").copied();
            assert_eq!(triage_part(part, true), Ok(triage.clone()), "the advice build opens it, advice and all");
            let plain = triage_part(part, false);
            if has_advice {
                assert_eq!(plain, Err(DraftError::HoldsAdvice), "the plain form refuses it whole");
                assert!(plain.unwrap_err().to_string().contains("reload the page"));
                assert!(json.contains("\"answering\":"), "public/boot.js finds it by this text");
            } else {
                assert_eq!(plain, Ok(triage), "answers without advice open in either build");
                assert!(!json.contains("\"answering\""));
            }
        }
    }

    #[test]
    fn a_saved_triage_opens_exactly_as_it_was() {
        let s = saved();
        let back = SavedTriage::parse(&s.to_json()).unwrap();
        assert_eq!(back, s);
        assert_eq!(back.triage, example_full_triage());
        assert_eq!(SavedTriage::parse(&format!("\u{feff}{}", s.to_json())).unwrap(), s);
    }

    #[test]
    fn invalid_answers_are_kept_as_typed() {
        let mut t = example_full_triage();
        t.respondent.date_of_birth.month = "Smarch".into();
        t.order_sought.full_months = "two years-ish".into();
        let s = SavedTriage::new(t.clone(), "2025-06-02T10:15:00.000Z", "0.1.0");
        assert_eq!(SavedTriage::parse(&s.to_json()).unwrap().triage, t);
    }

    #[test]
    fn a_file_that_is_not_json_is_refused() {
        for text in ["", "   ", "hello", "{", "{\"format\":", "\u{0}"] {
            assert_eq!(message(text), "The file is not a saved triage: it could not be read", "{text:?}");
        }
    }

    #[test]
    fn json_that_is_not_ours_is_refused() {
        for text in
            ["null", "[]", "42", "\"spo-triage-draft\"", "{}", r#"{"format":"something-else"}"#, r#"{"format":7}"#]
        {
            assert_eq!(message(text), "This file is not a saved SPO triage", "{text:?}");
        }
    }

    #[test]
    fn a_file_from_another_version_is_refused_with_its_version() {
        let mut v = saved_value();
        v["schema_version"] = serde_json::json!(2);
        assert_eq!(
            message(&v.to_string()),
            "This file was saved by version 2 of the form and cannot be opened by this version"
        );
        v["schema_version"] = serde_json::json!(18446744073709551615u64);
        assert!(message(&v.to_string()).contains("version 18446744073709551615 of the form"));
        v["schema_version"] = serde_json::json!("1");
        assert_eq!(message(&v.to_string()), "This saved triage is damaged: the version number is missing");
    }

    #[test]
    fn a_damaged_file_names_the_part() {
        let mut v = saved_value();
        v["triage"]["respondent"]["name"] = serde_json::json!(12);
        assert_eq!(
            message(&v.to_string()),
            "This saved triage is damaged: the answers in \u{201c}The respondent\u{201d} could not be read"
        );
        let mut v = saved_value();
        v["triage"]["people"] = serde_json::json!({"not": "a list"});
        assert_eq!(
            message(&v.to_string()),
            "This saved triage is damaged: the answers in \u{201c}People to protect\u{201d} could not be read"
        );
        let mut v = saved_value();
        v["triage"]["completed_sections"] = serde_json::json!(["nonsense"]);
        assert_eq!(message(&v.to_string()), "This saved triage is damaged: the answers in \u{201c}the list of completed sections\u{201d} could not be read");
        let mut v = saved_value();
        v["triage"] = Value::Null;
        assert_eq!(message(&v.to_string()), "This saved triage is damaged: the answers are missing");
        let mut v = saved_value();
        v.as_object_mut().unwrap().remove("saved_at");
        assert_eq!(message(&v.to_string()), "This saved triage is damaged: the date it was saved is missing");
    }

    #[test]
    fn strange_inputs_never_panic() {
        let deep_array = "[".repeat(100_000);
        let deep_object = "{\"a\":".repeat(100_000);
        let mut deep_triage = saved_value();
        deep_triage["triage"]["about_you"]["name"] =
            serde_json::from_str(&format!("{}1{}", "[".repeat(100), "]".repeat(100))).unwrap();
        let inputs = [
            deep_array.as_str(),
            deep_object.as_str(),
            "1e400",
            "-1e400",
            "123456789012345678901234567890",
            r#"{"format":"spo-triage-draft","schema_version":1e400}"#,
            r#"{"format":"spo-triage-draft","schema_version":-1}"#,
            r#"{"format":"spo-triage-draft","schema_version":1.5}"#,
            r#"{"format":"spo-triage-draft","schema_version":1,"saved_at":"x","app_version":"y","triage":{"people":[{"date_of_birth":{"day":99999999999999999999}}]}}"#,
            r#"{"format":"spo-triage-draft","schema_version":1,"saved_at":"x","app_version":"y","triage":[]}"#,
            "\"\\ud800\"",
        ];
        for input in inputs {
            assert!(SavedTriage::parse(input).is_err(), "{:?}", &input[..input.len().min(60)]);
        }
        assert!(SavedTriage::parse(&deep_triage.to_string()).is_err());
    }

    #[test]
    fn unknown_extra_fields_are_ignored() {
        let mut v = saved_value();
        v["triage"]["added_in_a_later_patch"] = serde_json::json!(true);
        v["note"] = serde_json::json!("hello");
        assert_eq!(SavedTriage::parse(&v.to_string()).unwrap(), saved());
    }
}
