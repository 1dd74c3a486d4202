//! The published JSON Schema of the payload, generated from the Rust types so it can
//! never drift from what the form sends. Native only: xtask writes it to
//! `schema/spo-triage.v{N}.json` at build time, and the browser never needs it.
use schemars::generate::SchemaSettings;

use super::payload::Payload;
use crate::domain::version::SCHEMA_VERSION;

/// The payload's JSON Schema (draft 2020-12), with its `$id` (the published file name,
/// e.g. `spo-triage.v1.json`) and a title. Subschemas are written out in place rather
/// than as `$ref`s, because low-code receivers (Power Automate's "Parse JSON") do not
/// follow references.
pub fn payload_schema() -> serde_json::Value {
    let generator = SchemaSettings::draft2020_12().with(|s| s.inline_subschemas = true).into_generator();
    let schema = generator.into_root_schema_for::<Payload>();
    let mut value = schema.to_value();
    if let Some(object) = value.as_object_mut() {
        object.insert("$id".into(), format!("spo-triage.v{SCHEMA_VERSION}.json").into());
        object.insert("title".into(), "Stalking Protection Order triage submission".into());
        object.insert(
            "description".into(),
            "A triage submitted by an officer in the case. Send again with the same submission_id on retry; \
             receivers should drop duplicates. Any 2xx response means it was received."
                .into(),
        );
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::choices::YesNo;
    use crate::domain::triage::dates::{CivilDate, DateInput};
    use crate::domain::triage::fixtures::{example_context, example_full_triage, example_meta};

    fn validator() -> jsonschema::Validator {
        jsonschema::validator_for(&payload_schema()).expect("the generated schema compiles")
    }

    fn payload_json(change: impl FnOnce(&mut crate::domain::triage::model::Triage)) -> serde_json::Value {
        let mut t = example_full_triage();
        change(&mut t);
        serde_json::to_value(Payload::build(&t, &example_context(), example_meta())).unwrap()
    }

    #[test]
    fn the_schema_has_its_id_and_title() {
        let s = payload_schema();
        assert_eq!(s["$id"], "spo-triage.v1.json");
        assert_eq!(s["title"], "Stalking Protection Order triage submission");
        assert_eq!(s["additionalProperties"], false);
        assert!(!s.to_string().contains("$ref"), "no references for low-code receivers to follow");
    }

    #[test]
    fn a_full_payload_validates_against_the_schema() {
        let v = validator();
        let value = payload_json(|_| {});
        let errors: Vec<String> = v.iter_errors(&value).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn payloads_on_other_branches_validate_too() {
        let v = validator();
        let youth = payload_json(|t| {
            let today = example_context().today;
            t.respondent.date_of_birth = DateInput::from_date(CivilDate::new(today.year - 15, 1, 1).unwrap());
            t.youth_justice.contacted = Some(YesNo::No);
            t.youth_justice.reason_not_contacted = "Service closed over the bank holiday".into();
            t.behaviour_risk.immediate_risk = Some(YesNo::Yes);
            t.behaviour_risk.immediate_risk_details = "Threats to attend tonight".into();
            t.victim_views.obtained = Some(YesNo::No);
            t.victim_views.reason_not_obtained = "Victim in hospital".into();
        });
        assert!(v.is_valid(&youth));
        assert!(
            v.is_valid(&payload_json(|t| *t = Default::default())),
            "even an empty triage gives a well-formed payload"
        );
    }

    #[test]
    fn a_payload_missing_a_required_field_or_with_an_extra_one_is_refused() {
        let v = validator();
        let mut value = payload_json(|_| {});
        value.as_object_mut().unwrap().remove("reference");
        assert!(!v.is_valid(&value));
        let mut value = payload_json(|_| {});
        value["respondent"].as_object_mut().unwrap().remove("name");
        assert!(!v.is_valid(&value));
        let mut value = payload_json(|_| {});
        value["unexpected"] = serde_json::json!(true);
        assert!(!v.is_valid(&value));
        let mut value = payload_json(|_| {});
        value["priority"] = serde_json::json!("whenever");
        assert!(!v.is_valid(&value));
    }
}
