//! The files the end-to-end tests open (`tests/e2e/data/`): version 1 and version 2 of
//! the example case and the advice on version 1 (to clarify, and to proceed with the authorisation), made from the fixtures here so they can
//! never drift from what the domain makes. `SPO_UPDATE_FIXTURES=1 cargo test --lib
//! review::` writes them; otherwise the committed files must equal what it makes now.
use super::fixtures::{example_advice, example_clarification_advice, example_payload, example_second_payload};
use std::path::Path;

fn pretty<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).expect("fixtures serialise") + "\n"
}

fn files() -> Vec<(&'static str, String)> {
    vec![
        ("example-v1.json", pretty(&example_payload())),
        ("example-v2.json", pretty(&example_second_payload())),
        ("example-v1-advice.json", pretty(&example_clarification_advice())),
        // Advice to proceed, authorised, on version 1: the Pack area's tests open it.
        ("example-v1-authorised.json", pretty(&example_advice())),
    ]
}

#[test]
fn the_e2e_files_are_what_the_domain_makes_now() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/data");
    let update = std::env::var("SPO_UPDATE_FIXTURES").is_ok_and(|v| v == "1");
    for (name, text) in files() {
        let path = dir.join(name);
        if update {
            std::fs::create_dir_all(&dir).expect("make tests/e2e/data");
            std::fs::write(&path, &text).expect("write the fixture");
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(committed == text, "tests/e2e/data/{name} is not what the domain makes now: run SPO_UPDATE_FIXTURES=1 cargo test --lib review:: and commit it");
    }
}

#[test]
fn the_e2e_files_open_as_the_review_opens_them() {
    let v2 = super::parse_triage(&pretty(&example_second_payload())).expect("version 2 opens");
    assert!(super::open_advice_for_later_version(&pretty(&example_clarification_advice()), &v2).is_ok());
}
