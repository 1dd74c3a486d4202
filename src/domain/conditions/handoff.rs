//! "Use these conditions in a triage" across areas: the builder leaves the set for the
//! triage to take up as it starts (`crate::domain::handoff`).
use super::chosen::ChosenCondition;
use crate::domain::handoff;

/// The session storage key.
pub const HANDOFF_KEY: &str = "spo-conditions-to-triage";
const FORMAT: &str = "spo-conditions-to-triage";

/// What the builder writes.
pub fn write(conditions: &[ChosenCondition], now_ms: f64) -> String {
    handoff::write(FORMAT, &conditions, now_ms)
}

/// The conditions handed over, if the text is a handoff written in the last minutes.
pub fn read(text: &str, now_ms: f64) -> Option<Vec<ChosenCondition>> {
    handoff::read(FORMAT, text, now_ms)
}

/// What the triage does with conditions handed over while it holds `held`: take them at
/// once when it holds none or the same ones, otherwise ask before replacing.
pub fn must_ask(held: &[ChosenCondition], incoming: &[ChosenCondition]) -> bool {
    !held.is_empty() && held != incoming
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one() -> Vec<ChosenCondition> {
        vec![ChosenCondition { template_id: "no-contact".into(), reason: "She asked for no contact".into(), ..Default::default() }]
    }

    use crate::domain::handoff::MAX_AGE_MS;

    #[test]
    fn a_fresh_handoff_comes_back_whole() {
        let text = write(&one(), 1_000.0);
        assert_eq!(read(&text, 1_000.0), Some(one()));
        assert_eq!(read(&text, 1_000.0 + MAX_AGE_MS), Some(one()));
        assert_eq!(read(&write(&[], 5.0), 6.0), Some(vec![]));
    }

    #[test]
    fn the_triage_asks_only_before_replacing_other_conditions() {
        assert!(!must_ask(&[], &one()), "an empty triage takes them");
        assert!(!must_ask(&one(), &one()), "the same set changes nothing");
        assert!(must_ask(&one(), &[]), "an empty set would remove the triage's");
        let mut other = one();
        other[0].reason = "Another reason".into();
        assert!(must_ask(&one(), &other));
    }

    #[test]
    fn an_old_future_foreign_or_broken_handoff_is_ignored() {
        let text = write(&one(), 1_000.0);
        assert_eq!(read(&text, 1_001.0 + MAX_AGE_MS), None, "too old");
        assert_eq!(read(&text, 999.0), None, "written after now: a clock that moved");
        assert_eq!(read(&text.replace(FORMAT, "spo-triage-draft"), 1_000.0), None, "another format");
        for broken in ["", "{", "null", "[]", "{\"format\":\"spo-conditions-to-triage\"}", &text[..text.len() - 2]] {
            assert_eq!(read(broken, 1_000.0), None, "{broken:?}");
        }
    }
}
