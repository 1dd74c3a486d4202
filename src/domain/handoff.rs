//! Handing something from one area's app to another in the same tab: the areas are
//! separate apps (`crate::domain::areas`), so the giver leaves it in session storage
//! for the moment of the page load, and the taker reads it once and deletes it. Only
//! the triage writes triage drafts, so a draft is never written by two apps at once.
//! A handoff that is old, from the future, of another format or corrupt is ignored.
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// Longer than any page load, short enough that a handoff left by a page that failed
/// to load is not taken up by surprise later.
pub const MAX_AGE_MS: f64 = 10.0 * 60.0 * 1000.0;

#[derive(Serialize, Deserialize)]
struct Handoff<T> {
    format: String,
    written_at_ms: f64,
    value: T,
}

/// What the giver writes: `value` marked with its `format` and the time.
pub fn write<T: Serialize>(format: &str, value: &T, now_ms: f64) -> String {
    #[derive(Serialize)]
    struct Out<'a, T> {
        format: &'a str,
        written_at_ms: f64,
        value: &'a T,
    }
    serde_json::to_string(&Out { format, written_at_ms: now_ms, value }).unwrap_or_default()
}

/// The value handed over, if the text is a handoff of `format` written in the last minutes.
pub fn read<T: DeserializeOwned>(format: &str, text: &str, now_ms: f64) -> Option<T> {
    let handoff: Handoff<T> = serde_json::from_str(text).ok()?;
    let age = now_ms - handoff.written_at_ms;
    (handoff.format == format && (0.0..=MAX_AGE_MS).contains(&age)).then_some(handoff.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_handoff_comes_back_whole() {
        let text = write("f", &vec![1, 2], 1_000.0);
        assert_eq!(read::<Vec<i32>>("f", &text, 1_000.0), Some(vec![1, 2]));
        assert_eq!(read::<Vec<i32>>("f", &text, 1_000.0 + MAX_AGE_MS), Some(vec![1, 2]));
    }

    #[test]
    fn an_old_future_foreign_or_broken_handoff_is_ignored() {
        let text = write("f", &vec![1, 2], 1_000.0);
        assert_eq!(read::<Vec<i32>>("f", &text, 1_001.0 + MAX_AGE_MS), None, "too old");
        assert_eq!(read::<Vec<i32>>("f", &text, 999.0), None, "written after now: a clock that moved");
        assert_eq!(read::<Vec<i32>>("g", &text, 1_000.0), None, "another format");
        assert_eq!(read::<String>("f", &text, 1_000.0), None, "another kind of value");
        for broken in ["", "{", "null", "[]", "{\"format\":\"f\"}", &text[..text.len() - 2]] {
            assert_eq!(read::<Vec<i32>>("f", broken, 1_000.0), None, "{broken:?}");
        }
    }
}
