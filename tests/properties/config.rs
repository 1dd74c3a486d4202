//! `config.json`, which force IT edit by hand: whatever it holds, the app gets a
//! config or a list of problems, each naming a setting; never a panic.
use proptest::prelude::*;

use spo_triage::domain::config::{anchored_regex, check_endpoint_url, Config};

use crate::json::{any_json, damaged};
use crate::support::check;
use crate::text::any_text;

const SHIPPED: &str = include_str!("../../public/config.json");

/// Config problems start with the setting's name (or say the file is not JSON) and
/// are one line each.
fn problems_are_plain(text: &str) -> Result<(), TestCaseError> {
    if let Err(e) = Config::parse(text) {
        prop_assert!(!e.problems.is_empty());
        for p in &e.problems {
            prop_assert!(!p.trim().is_empty(), "{:?}", e.problems);
            prop_assert!(!p.contains('\n'), "{:?}", p);
        }
    }
    Ok(())
}

#[test]
fn the_shipped_config_reads_and_round_trips() {
    let config = Config::parse(SHIPPED).expect("public/config.json is valid");
    let again = serde_json::to_string(&config).expect("serialises");
    assert_eq!(Config::parse(&again), Ok(config));
}

#[test]
fn any_config_file_gives_a_config_or_named_problems() {
    check("any text as config.json", 400, any_text(), |text| problems_are_plain(&text));
    check("any JSON as config.json", 400, any_json(), |value| problems_are_plain(&value.to_string()));
    let good = serde_json::from_str(SHIPPED).unwrap_or_default();
    check("config.json with one setting changed or the text damaged", 400, damaged(good), |text| {
        problems_are_plain(&text)?;
        if let Ok(config) = Config::parse(&text) {
            // What parses has no problems left, keeps any endpoint usable, and has a
            // way to deliver: an endpoint, or email addresses to write to.
            prop_assert!(config.problems().is_empty());
            if let Some(endpoint) = &config.endpoint {
                prop_assert!(check_endpoint_url(&endpoint.url).is_ok());
            }
            prop_assert!(config.send_to().is_some() || config.email_recipients().len() == 2);
            prop_assert!(config.crime_reference_regex().is_ok());
            let _ = config.warnings();
        }
        Ok(())
    });
}

/// Pieces of regular expressions, so generated patterns are often valid.
const REGEX_PIECES: &[&str] =
    &["[0-9]", "{2}", "{5,6}", "{1000}", "/", "(", ")", "|", "\\d", "\\", "*", "+", "?", "[", "]", "^", "$", "(?:", "A", "-", "."];

#[test]
fn any_endpoint_or_pattern_is_checked_without_panicking() {
    let pattern = prop_oneof![
        any_text(),
        proptest::collection::vec(proptest::sample::select(REGEX_PIECES), 0..10).prop_map(|p| p.concat()),
    ];
    check("any endpoint url and crime reference pattern", 500, (any_text(), pattern, any_text()), |(url, pattern, reference)| {
        let _ = check_endpoint_url(&url);
        if let Ok(anchored) = anchored_regex(&pattern) {
            // Anchoring only narrows what matches: a whole-reference match is a match.
            let plain = regex_lite::Regex::new(&pattern);
            prop_assert!(plain.is_ok(), "{:?}", pattern);
            if anchored.is_match(&reference) {
                prop_assert!(plain.map(|p| p.is_match(&reference)).unwrap_or(false));
            }
        }
        Ok(())
    });
}
