//! The authorising officer's form: each thing missing or wrong is tied to its field, in
//! the same words as the advice file's own check, and a complete form gives the record.
use super::authorise::*;
use super::fixtures::*;
use super::*;
use crate::domain::triage::dates::DateInput;

/// The example advice, decided "proceed", before the authorising officer records anything.
fn proceeding() -> Advice {
    Advice { authorisation: None, ..example_advice() }
}

fn fields(errors: &[crate::domain::triage::FieldError]) -> Vec<&str> {
    errors.iter().map(|e| e.field.as_str()).collect()
}

fn date(day: &str, month: &str, year: &str) -> DateInput {
    DateInput { day: day.into(), month: month.into(), year: year.into() }
}

#[test]
fn a_complete_form_gives_the_record_kept_in_the_advice() {
    let recorded = example_advice().authorisation.unwrap();
    let draft = AuthorisationDraft::from_record(&recorded);
    assert_eq!(draft.date, date("5", "6", "2025"));
    assert_eq!(draft.record(&proceeding(), &example_payload()), Ok(recorded.clone()));
    let with_it = Advice { authorisation: Some(recorded), ..proceeding() };
    assert_eq!(with_it.problems(&example_payload(), &crate::domain::triage::fixtures::example_context()), Vec::<String>::new());
}

#[test]
fn a_blank_form_names_every_field_to_fill_in() {
    let errors = AuthorisationDraft::new(1).record(&proceeding(), &example_payload()).unwrap_err();
    let mut expected = vec![NAME_FIELD.to_string(), RANK_FIELD.into(), "authorisation-date-day".into()];
    expected.extend(Matter::ALL.iter().map(|m| matter_field(*m)));
    expected.push(DECISION_FIELD.into());
    assert_eq!(fields(&errors), expected);
    assert_eq!(errors[2].message, "Enter the date of the decision");
    assert_eq!(errors[3].message, "Say whether you are satisfied that: The respondent has carried out acts associated with stalking");
    assert_eq!(matter_field(Matter::RightsWeighed), "matter-8");
}

#[test]
fn the_form_and_the_file_say_the_same() {
    let mut advice = proceeding();
    let blank = Authorisation::new(1);
    advice.authorisation = Some(blank.clone());
    let file = advice.own_problems();
    for e in advice.authorisation_errors(&blank) {
        assert!(file.contains(&e.message), "{}", e.message);
    }
}

#[test]
fn the_date_is_checked_box_by_box_and_not_before_the_advice() {
    let mut draft = AuthorisationDraft::from_record(&example_advice().authorisation.unwrap());
    draft.date = date("", "6", "2025");
    let e = draft.record(&proceeding(), &example_payload()).unwrap_err();
    assert_eq!((e[0].field.as_str(), e[0].message.as_str()), ("authorisation-date-day", "The date of the decision must include a day"));
    draft.date = date("5", "13", "2025");
    assert_eq!(fields(&draft.record(&proceeding(), &example_payload()).unwrap_err()), ["authorisation-date-month"]);
    draft.date = date("1", "6", "2025");
    let e = draft.record(&proceeding(), &example_payload()).unwrap_err();
    assert_eq!(e[0].message, "The authorisation date (2025-06-01) is before the advice date (2025-06-04)");
}

#[test]
fn authorised_with_a_matter_not_confirmed_is_an_error_beside_that_matter() {
    let mut draft = AuthorisationDraft::from_record(&example_advice().authorisation.unwrap());
    draft.record.matter_mut(Matter::RightsWeighed).unwrap().satisfied = Some(false);
    let e = draft.record(&proceeding(), &example_payload()).unwrap_err();
    assert_eq!(fields(&e), ["matter-8"]);
    assert!(e[0].message.starts_with("The application is recorded as authorised, but you are not satisfied that: The rights of the victim"));
    draft.record.decision = Some(AuthorisationDecision::NotAuthorised);
    draft.record.changed_conditions.clear();
    assert!(draft.record(&proceeding(), &example_payload()).is_ok(), "not authorised, with the reason in the notes");
}

#[test]
fn a_condition_changed_needs_new_wording_and_a_reason() {
    let payload = example_payload();
    let mut draft = AuthorisationDraft::from_record(&example_advice().authorisation.unwrap());
    draft.record.changed_conditions.clear();
    draft.set_changed(&payload, 1, true);
    assert_eq!(draft.amendment(1).map(|c| c.wording.as_str()), Some(payload.conditions[1].wording.trim()), "starts from the officer's wording");
    let e = draft.record(&proceeding(), &payload).unwrap_err();
    assert_eq!(fields(&e), ["amend-condition-2-why", "amend-condition-2-wording"]);
    assert_eq!(e[0].message, "Enter why condition 2 was changed");
    let c = draft.amendment_mut(1).unwrap();
    c.wording = format!("  {SUGGESTED_ZONE}  ");
    c.why = "Names the part of the road".into();
    let record = draft.record(&proceeding(), &payload).unwrap();
    assert_eq!(record.changed_conditions[0].wording, SUGGESTED_ZONE, "kept trimmed");
    draft.set_changed(&payload, 1, false);
    assert!(draft.amendment(1).is_none());
    draft.record.decision = Some(AuthorisationDecision::NotAuthorised);
    draft.set_changed(&payload, 0, true);
    draft.amendment_mut(0).unwrap().wording = "Not contact Sam Example at all".into();
    draft.amendment_mut(0).unwrap().why = "Wider".into();
    assert_eq!(fields(&draft.record(&proceeding(), &payload).unwrap_err()), [DECISION_FIELD], "only an authorised order changes conditions");
}

#[test]
fn only_advice_to_proceed_can_be_authorised() {
    let draft = AuthorisationDraft::from_record(&example_advice().authorisation.unwrap());
    assert!(can_authorise(&proceeding()));
    let clarify = Advice { decision: Some(Decision::ClarificationNeeded), ..proceeding() };
    assert!(!can_authorise(&clarify));
    let e = draft.record(&clarify, &example_payload()).unwrap_err();
    assert_eq!(fields(&e), [DECISION_FIELD]);
    assert!(e[0].message.starts_with("An authorisation can be recorded only when the decision is to proceed"));
    let undecided = Advice { decision: None, ..proceeding() };
    assert_eq!(fields(&draft.record(&undecided, &example_payload()).unwrap_err()), [DECISION_FIELD]);
}

#[test]
fn the_form_is_kept_in_the_review_draft_as_typed() {
    let mut draft = AuthorisationDraft::new(2);
    draft.date = date("31", "02", "");
    draft.record.officer_name = "Sam".into();
    let text = serde_json::to_string(&draft).unwrap();
    assert_eq!(serde_json::from_str::<AuthorisationDraft>(&text).unwrap(), draft);
}
