//! Opening the files a review works on, from their text: a delivered triage and an
//! advice file. Each is told apart from the other (and from a saved draft or set of
//! conditions) before it is read, so the message says what the file is; nothing is
//! half-loaded: the result is the whole file or the reasons it was refused. Never
//! panics, whatever the text.
use serde_json::Value;

use super::advice::{Advice, ADVICE_KIND, ADVICE_SCHEMA_VERSION};
use crate::domain::conditions::set_file::SET_FORMAT;
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::draft::DRAFT_FORMAT;
use crate::domain::triage::payload::Payload;
use crate::domain::version::SCHEMA_VERSION;

/// What kind of file a JSON document is, by its markers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Triage,
    Advice,
    Draft,
    ConditionsSet,
    Unknown,
}

fn kind_of(value: &Value) -> FileKind {
    let text = |key: &str| value.get(key).and_then(Value::as_str);
    if text("kind") == Some(ADVICE_KIND) {
        FileKind::Advice
    } else if text("format") == Some(DRAFT_FORMAT) {
        FileKind::Draft
    } else if text("format") == Some(SET_FORMAT) {
        FileKind::ConditionsSet
    } else if value.get("kind").is_none() && value.get("submission_id").is_some() && value.get("respondent").is_some() {
        FileKind::Triage
    } else {
        FileKind::Unknown
    }
}

const TRIAGE_HINT: &str = "Choose the .json file delivered with the triage (its name is the triage's reference, for example SPO-7KX4-M9QA.json).";
const ADVICE_HINT: &str = "Choose the advice file returned by legal services or the stalking unit (its name ends in -advice.json).";

/// The refusal for a file of another kind, opened where `wanted` was expected;
/// `unknown` says what a file of no known kind lacks.
fn other_kind(kind: FileKind, wanted: &str, unknown: &str, hint: &str) -> String {
    let what = match kind {
        FileKind::Triage => "a triage",
        FileKind::Advice => "an advice file",
        FileKind::Draft => "a saved draft",
        FileKind::ConditionsSet => "a saved set of conditions",
        FileKind::Unknown => return format!("This file is not {wanted}: {unknown}. {hint}"),
    };
    format!("This is {what}, not {wanted}. {hint}")
}

/// The schema version a file says it is, checked against the one this site reads.
fn version_problem(value: &Value, what: &str, newest: u32, hint: &str) -> Option<String> {
    match value.get("schema_version").map(|v| (v, v.as_u64())) {
        None => Some(format!("This {what} has no schema_version, so it cannot be read. {hint}")),
        Some((_, Some(v))) if v == u64::from(newest) => None,
        Some((_, Some(v))) if v > u64::from(newest) => Some(format!(
            "This {what} was made by a newer version of the site (schema version {v}); this site reads version {newest}. Ask force IT to update the site, or ask for it to be sent again from this version."
        )),
        Some((v, _)) => Some(format!("This {what} has schema version {v}, which this site cannot read (it reads version {newest}). {hint}")),
    }
}

fn read_json(text: &str, wanted: &str, hint: &str) -> Result<Value, Vec<String>> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![format!("This file is not {wanted}: it is not JSON, or it was cut short ({e}). {hint}")]
    })?;
    if !value.is_object() {
        return Err(vec![format!("This file is not {wanted}: it holds no fields. {hint}")]);
    }
    Ok(value)
}

/// A delivered triage from its JSON text, checked as the receiver checks it.
pub fn parse_triage(text: &str) -> Result<Payload, Vec<String>> {
    let value = read_json(text, "a triage", TRIAGE_HINT)?;
    let damaged_triage = value.get("kind").is_none() && (value.get("schema_version").is_some() || value.get("submission_id").is_some());
    match kind_of(&value) {
        FileKind::Triage => {}
        FileKind::Unknown if damaged_triage => {}
        kind => return Err(vec![other_kind(kind, "a triage", "it has no submission_id or schema_version", TRIAGE_HINT)]),
    }
    if let Some(problem) = version_problem(&value, "triage", SCHEMA_VERSION, TRIAGE_HINT) {
        return Err(vec![problem]);
    }
    let payload: Payload = serde_json::from_value(value)
        .map_err(|e| vec![format!("This triage is damaged or incomplete and cannot be opened: {e}. {TRIAGE_HINT}")])?;
    payload.check().map_err(|e| vec![format!("This triage cannot be opened: {e}.")])?;
    Ok(payload)
}

/// An advice file from its text, with everything wrong with it on its own
/// ([`Advice::own_problems`]).
pub fn parse_advice(text: &str) -> Result<Advice, Vec<String>> {
    let value = read_json(text, "an advice file", ADVICE_HINT)?;
    match kind_of(&value) {
        FileKind::Advice => {}
        kind => return Err(vec![other_kind(kind, "an advice file", "it does not say \"kind\": \"spo-advice\"", ADVICE_HINT)]),
    }
    if let Some(problem) = version_problem(&value, "advice file", ADVICE_SCHEMA_VERSION, ADVICE_HINT) {
        return Err(vec![problem]);
    }
    let advice: Advice = serde_json::from_value(value)
        .map_err(|e| vec![format!("This advice file is damaged or incomplete and cannot be opened: {e}.")])?;
    let problems = advice.own_problems();
    if problems.is_empty() {
        Ok(advice)
    } else {
        Err(problems)
    }
}

/// An advice file opened against the triage it is on (same case and version, every
/// comment pinned to something the triage has): for the officer's "Open advice from
/// legal services" and for the reviewer reopening their own advice.
pub fn open_advice(text: &str, payload: &Payload, ctx: &RulesContext) -> Result<Advice, Vec<String>> {
    let advice = parse_advice(text)?;
    let problems = advice.problems(payload, ctx);
    if problems.is_empty() {
        Ok(advice)
    } else {
        Err(problems)
    }
}

/// An advice file opened beside a later version of its triage, to see what changed
/// and which comments were answered ([`super::follow_ups`]).
pub fn open_advice_for_later_version(text: &str, later: &Payload) -> Result<Advice, Vec<String>> {
    let advice = parse_advice(text)?;
    advice.answered_by(later).map_err(|e| vec![e])?;
    Ok(advice)
}
