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
