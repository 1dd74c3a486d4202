//! The published JSON Schema of the advice file, generated from the Rust types as the
//! payload's is (`triage::schema`). Native only: the build writes it to
//! `schema/spo-advice.v{N}.json` ([`super::advice_schema_path`]); the browser never needs it.
use schemars::generate::SchemaSettings;

use super::advice::{Advice, ADVICE_SCHEMA_VERSION};

/// The advice file's JSON Schema (draft 2020-12) with its `$id` and title, subschemas
/// written out in place (no `$ref`s), like the payload's.
pub fn advice_schema() -> serde_json::Value {
    let generator = SchemaSettings::draft2020_12().with(|s| s.inline_subschemas = true).into_generator();
    let mut value = generator.into_root_schema_for::<Advice>().to_value();
    if let Some(object) = value.as_object_mut() {
        object.insert("$id".into(), format!("spo-advice.v{ADVICE_SCHEMA_VERSION}.json").into());
        object.insert("title".into(), "Stalking Protection Order triage: advice and authorisation".into());
        object.insert(
            "description".into(),
            "Advice from legal services or the stalking unit on one version of a triage (tied to it by submission_id, \
             reference, case_id and version): comments pinned to answers and conditions, a decision, and the \
             authorising officer's record."
                .into(),
        );
    }
    value
}

/// The schema as the file is published: indented JSON.
pub fn advice_schema_json() -> String {
    serde_json::to_string_pretty(&advice_schema()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::review::fixtures::{example_advice, example_clarification_advice};

    fn validator() -> jsonschema::Validator {
        jsonschema::validator_for(&advice_schema()).expect("the generated advice schema compiles")
    }

    #[test]
    fn the_schema_has_its_id_and_title_and_no_references() {
        let s = advice_schema();
        assert_eq!(s["$id"], "spo-advice.v1.json");
        assert_eq!(s["additionalProperties"], false);
        assert!(!s.to_string().contains("$ref"), "no references for low-code receivers to follow");
        assert!(advice_schema_json().contains("\"spo-advice\""));
    }

    #[test]
    fn the_example_advice_files_validate() {
        let v = validator();
        for advice in [example_advice(), example_clarification_advice()] {
            let value = serde_json::to_value(&advice).unwrap();
            let errors: Vec<String> = v.iter_errors(&value).map(|e| format!("{e} at {}", e.instance_path())).collect();
            assert!(errors.is_empty(), "{errors:?}");
        }
    }

    #[test]
    fn a_second_version_still_matches_the_payload_schema_of_version_1() {
        let payload_schema = crate::domain::triage::schema::payload_schema();
        let v = jsonschema::validator_for(&payload_schema).expect("the payload schema compiles");
        let value = serde_json::to_value(crate::domain::review::fixtures::example_second_payload()).unwrap();
        let errors: Vec<String> = v.iter_errors(&value).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{errors:?}");
        let mut broken = value;
        broken["case"]["changed"][0]["change"] = "shuffled".into();
        assert!(!v.is_valid(&broken));
    }

    #[test]
    fn a_broken_advice_file_is_refused() {
        let v = validator();
        let good = serde_json::to_value(example_advice()).unwrap();
        let broken: [fn(&mut serde_json::Value); 6] = [
            |a| a["kind"] = "spo-triage".into(),
            |a| a["schema_version"] = "1".into(),
            |a| drop(a.as_object_mut().unwrap().remove("triage")),
            |a| a["comments"][0]["kind"] = "complaint".into(),
            |a| a["comments"][0]["target"]["on"] = "page".into(),
            |a| a["authorisation"]["matters"][0]["matter"] = "good_vibes".into(),
        ];
        for (n, change) in broken.iter().enumerate() {
            let mut value = good.clone();
            change(&mut value);
            assert!(!v.is_valid(&value), "broken advice {n} was accepted");
        }
        let mut value = good;
        value["surprise"] = true.into();
        assert!(!v.is_valid(&value));
    }
}
