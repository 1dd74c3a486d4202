//! Helpers that keep the rule tests short: errors as (field, message) pairs.
use super::fields::FieldError;

/// Errors as (field, message) pairs, for exact comparisons.
pub(crate) fn messages(errors: Vec<FieldError>) -> Vec<(String, String)> {
    errors.into_iter().map(|e| (e.field, e.message)).collect()
}

/// One expected (field, message) pair.
pub(crate) fn pair(field: &str, message: &str) -> (String, String) {
    (field.to_string(), message.to_string())
}

/// Every string in a JSON value, wherever it sits.
pub(crate) fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}
