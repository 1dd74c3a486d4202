//! The review's story: a reviewer opens a triage and advises, the officer opens the
//! advice and sends version 2, the reviewer sees what changed and which clarifications
//! were answered, and the authorising officer records their decision.
use super::fixtures::*;
use super::*;
use crate::domain::triage::fixtures::{example_context, example_meta};
use crate::domain::triage::model::{SectionId, Triage};
use crate::domain::triage::{FieldError, SubmissionMeta};

fn problems(advice: &Advice) -> Vec<String> {
    advice.problems(&example_payload(), &example_context())
}

fn opened(advice: &Advice) -> Result<Advice, Vec<String>> {
    open_advice(&advice.to_json(), &example_payload(), &example_context())
}

// Opening a triage.

#[test]
fn a_delivered_triage_opens() {
    assert_eq!(parse_triage(&example_payload().to_json()), Ok(example_payload()));
    assert_eq!(parse_triage(&example_second_payload().to_json()), Ok(example_second_payload()));
}

#[test]
fn a_file_that_is_not_a_triage_is_refused_with_what_it_is() {
    let one = |text: &str| parse_triage(text).err().unwrap_or_default().join(" | ");
    assert!(one("hello").starts_with("This file is not a triage: it is not JSON, or it was cut short"), "{}", one("hello"));
    assert!(one("[1]").starts_with("This file is not a triage: it holds no fields."));
    assert!(one(&example_advice().to_json()).starts_with("This is an advice file, not a triage."), "{}", one(&example_advice().to_json()));
    assert!(one(r#"{"format": "spo-triage-draft", "version": 1}"#).starts_with("This is a saved draft, not a triage."));
    assert!(one(r#"{"format": "spo-conditions-set", "version": 1}"#).starts_with("This is a saved set of conditions, not a triage."));
    assert!(one(r#"{"force": "x"}"#).starts_with("This file is not a triage: it has no submission_id or schema_version."));
}

#[test]
fn a_triage_from_a_newer_version_or_damaged_is_refused() {
    let mut value = serde_json::to_value(example_payload()).unwrap();
    value["schema_version"] = 2.into();
    let newer = parse_triage(&value.to_string()).unwrap_err();
    assert_eq!(
        newer,
        ["This triage was made by a newer version of the site (schema version 2); this site reads version 1. Ask force IT to update the site, or ask for it to be sent again from this version."]
    );
    value["schema_version"] = "1".into();
    assert!(parse_triage(&value.to_string()).unwrap_err()[0].starts_with("This triage has schema version \"1\", which this site cannot read"));
    let mut value = serde_json::to_value(example_payload()).unwrap();
    value.as_object_mut().unwrap().remove("reference");
    let missing = parse_triage(&value.to_string()).unwrap_err();
    assert!(missing[0].starts_with("This triage is damaged or incomplete and cannot be opened: missing field `reference`"), "{missing:?}");
    let mut value = serde_json::to_value(example_payload()).unwrap();
    value["reference"] = "SPO-0000-0000".into();
    assert_eq!(parse_triage(&value.to_string()).unwrap_err(), ["This triage cannot be opened: reference \"SPO-0000-0000\" is not like SPO-7KX4-M9QA."]);
    let text = example_payload().to_json();
    assert!(parse_triage(&text[..text.len() / 2]).is_err());
}

// Writing and checking advice.

#[test]
fn the_example_advice_has_no_problems_and_opens_as_written() {
    for advice in [example_clarification_advice(), example_advice()] {
        assert_eq!(problems(&advice), Vec::<String>::new());
        assert_eq!(opened(&advice), Ok(advice.clone()));
        assert_eq!(parse_advice(&advice.to_json()), Ok(advice));
    }
    assert_eq!(example_advice().file_name(), "SPO-7KX4-M9QA-v1-advice.json");
}

#[test]
fn comments_get_ids_that_are_never_given_out_again() {
    let mut advice = example_clarification_advice();
    assert_eq!(advice.comments.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["c1", "c2", "c3", "c4"]);
    advice.remove_comment("c4");
    assert_eq!(advice.add_comment(bail_details(), CommentKind::Note, "Thanks"), "c4");
    advice.remove_comment("c2");
    assert_eq!(advice.add_comment(bail_details(), CommentKind::Note, "Again"), "c5");
    assert_eq!(advice.comments_on(&bail_details()).count(), 3);
}

#[test]
fn a_triage_given_as_advice_is_refused() {
    let refused = parse_advice(&example_payload().to_json()).unwrap_err();
    assert_eq!(
        refused,
        ["This is a triage, not an advice file. Choose the advice file returned by legal services or the stalking unit (its name ends in -advice.json)."]
    );
    assert!(parse_advice("").unwrap_err()[0].starts_with("This file is not an advice file: it is not JSON"));
    assert!(parse_advice("{}").unwrap_err()[0].starts_with("This file is not an advice file: it does not say \"kind\": \"spo-advice\""));
}

#[test]
fn advice_from_a_newer_version_is_refused() {
    let mut value = serde_json::to_value(example_advice()).unwrap();
    value["schema_version"] = 2.into();
    assert_eq!(
        parse_advice(&value.to_string()).unwrap_err(),
        ["This advice file was made by a newer version of the site (schema version 2); this site reads version 1. Ask force IT to update the site, or ask for it to be sent again from this version."]
    );
    value.as_object_mut().unwrap().remove("schema_version");
    assert!(parse_advice(&value.to_string()).unwrap_err()[0].starts_with("This advice file has no schema_version"));
}

#[test]
fn damaged_advice_names_the_field() {
    let mut value = serde_json::to_value(example_advice()).unwrap();
    value["reviewer"].as_object_mut().unwrap().remove("name");
    let e = parse_advice(&value.to_string()).unwrap_err();
    assert!(e[0].starts_with("This advice file is damaged or incomplete and cannot be opened: missing field `name`"), "{e:?}");
    let mut value = serde_json::to_value(example_advice()).unwrap();
    value["comments"][0]["kind"] = "complaint".into();
    assert!(parse_advice(&value.to_string()).unwrap_err()[0].contains("unknown variant `complaint`"));
}

#[test]
fn each_problem_in_the_advice_is_named() {
    let mut advice = example_clarification_advice();
    advice.reviewer.name = "  ".into();
    advice.reviewer.role.clear();
    advice.date = "4 June".into();
    advice.comments[1].text.clear();
    advice.comments[3].suggested_text = Some("x".into());
    advice.comments[2].id = "c1".into();
    assert_eq!(
        advice.own_problems(),
        [
            "Enter the reviewer's name",
            "Enter the reviewer's role, for example Solicitor, legal services",
            "The advice date \"4 June\" is not a date like 2025-06-02",
            "Comment c2 has no text: write the question, the suggestion or the note",
            "Two comments have the id c1: each comment needs its own",
            "Comment c4 is a note but has suggested wording: only a suggested change can suggest wording",
        ]
    );
}

#[test]
fn the_decision_must_be_made_and_explained() {
    let mut advice = example_clarification_advice();
    advice.decision = None;
    assert_eq!(advice.own_problems(), ["Choose a decision: proceed to authorisation, clarification needed, or not suitable for an SPO"]);
    advice.decision = Some(Decision::not_suitable());
    assert_eq!(advice.own_problems(), ["Say why an SPO is not suitable", "Choose the better route, or 'No order at present'"]);
    advice.decision = Some(Decision::NotSuitable { reason: "No course of conduct yet".into(), better_route: Some(BetterRoute::Other), other_route: None });
    assert_eq!(advice.own_problems(), ["Describe the other route"]);
    advice.decision = Some(Decision::NotSuitable {
        reason: "Ex-partners; victim wants to apply herself".into(),
        better_route: Some(BetterRoute::NonMolestationOrder),
        other_route: None,
    });
    assert_eq!(advice.own_problems(), Vec::<String>::new());
    advice.comments.retain(|c| c.kind != CommentKind::ClarificationNeeded);
    advice.decision = Some(Decision::ClarificationNeeded);
    assert_eq!(
        advice.own_problems(),
        ["The decision is 'Clarification needed', but no comment asks for clarification: add one on the answer that needs it"]
    );
}

#[test]
fn a_comment_pinned_to_something_the_triage_lacks_is_refused() {
    let mut advice = example_clarification_advice();
    advice.add_comment(Target::Condition { index: 5, template_id: "no-direct-contact".into() }, CommentKind::Note, "x");
    advice.add_comment(Target::Condition { index: 0, template_id: "curfew".into() }, CommentKind::Note, "x");
    advice.add_comment(Target::Answer(AnswerTarget::question(SectionId::Respondent, "respondent-existing-spo-details")), CommentKind::Note, "x");
    advice.add_comment(Target::Answer(AnswerTarget::question(SectionId::Respondent, "respondent-shoe-size")), CommentKind::Note, "x");
    assert_eq!(
        problems(&advice),
        [
            "Comment c5 is pinned to condition 6 (\"no-direct-contact\"), but this triage has 2 conditions",
            "Comment c6 is pinned to condition 1 (\"curfew\"), but condition 1 of this triage is \"no-direct-contact\"",
            "Comment c7 is pinned to 'Details of the existing SPO' in The respondent, which is not asked in this triage",
            "Comment c8 is pinned to the question \"respondent-shoe-size\" in The respondent, which the form does not ask",
        ]
    );
}

#[test]
fn advice_for_another_case_or_version_is_refused() {
    let advice = example_clarification_advice();
    let mut other = example_payload();
    other.submission_id = "0b6f3e9a-2c4d-4e8f-9a1b-3c5d7e9f1a2b".into();
    other.reference = "SPO-ABCD-EFGH".into();
    assert_eq!(
        advice.matches(&other),
        Err("This advice is for SPO-7KX4-M9QA, not SPO-ABCD-EFGH. Open the advice written on SPO-ABCD-EFGH, or open triage SPO-7KX4-M9QA with this advice.".into())
    );
    assert_eq!(
        advice.matches(&example_second_payload()),
        Err("This advice is on version 1 of SPO-7KX4-M9QA, not version 2. Open version 1 of the triage with it, or the advice written on version 2.".into())
    );
    let refused = open_advice(&advice.to_json(), &other, &example_context()).unwrap_err();
    assert_eq!(refused.len(), 1);
    assert!(refused[0].starts_with("This advice is for SPO-7KX4-M9QA, not SPO-ABCD-EFGH."));
    assert_eq!(advice.matches(&example_payload()), Ok(()));
}

// The authorising officer.

#[test]
fn an_authorisation_is_allowed_only_when_the_decision_is_to_proceed() {
    let mut advice = example_advice();
    advice.decision = Some(Decision::ClarificationNeeded);
    assert_eq!(
        advice.own_problems(),
        ["An authorisation can be recorded only when the decision is to proceed to authorisation, but the decision is 'Clarification needed'"]
    );
}

#[test]
fn a_blank_authorisation_lists_every_matter_to_answer() {
    let mut advice = example_advice();
    advice.authorisation = Some(Authorisation::new(1));
    let p = advice.own_problems();
    assert_eq!(p[0], "Enter the authorising officer's name");
    assert_eq!(p[1], "Choose the authorising officer's rank: superintendent or above");
    assert_eq!(p[2], "The authorisation date \"\" is not a date like 2025-06-02");
    assert_eq!(p[3], "Say whether you are satisfied that: The respondent has carried out acts associated with stalking");
    assert_eq!(p.len(), 3 + Matter::ALL.len() + 1);
    assert_eq!(p.last().map(String::as_str), Some("Choose whether the application is authorised"));
}

#[test]
fn authorised_while_a_matter_is_not_confirmed_is_refused() {
    let mut advice = example_advice();
    let a = advice.authorisation.as_mut().unwrap();
    a.matter_mut(Matter::RightsWeighed).unwrap().satisfied = Some(false);
    a.version = 2;
    a.date = "2025-06-01".into();
    a.changed_conditions.push(a.changed_conditions[0].clone());
    a.changed_conditions[1].why.clear();
    assert_eq!(
        advice.own_problems(),
        [
            "The authorisation date (2025-06-01) is before the advice date (2025-06-04)",
            "The authorisation is for version 2, but the advice is on version 1",
            "The application is recorded as authorised, but you are not satisfied that: The rights of the victim and the respondent (for example Article 8, private and family life) have been weighed. Record it as not authorised, or confirm the matter",
            "Condition 2 is changed more than once: give its new wording once",
            "Enter why condition 2 was changed",
        ]
    );
    let a = advice.authorisation.as_mut().unwrap();
    a.decision = Some(AuthorisationDecision::NotAuthorised);
    assert!(advice.own_problems().contains(&"Conditions can be changed only when the application is authorised".to_string()));
}

#[test]
fn the_authorisation_changes_only_conditions_the_triage_has() {
    let mut advice = example_advice();
    advice.authorisation.as_mut().unwrap().changed_conditions[0].index = 0;
    assert_eq!(
        problems(&advice),
        ["The authorisation changes condition 1 (\"no-entry-mapped-area\"), but condition 1 of this triage is \"no-direct-contact\""]
    );
    let a = example_advice().authorisation.unwrap();
    assert_eq!(a.rank_label(), "Acting or temporary Superintendent");
    assert_eq!(Matter::ALL.iter().filter(|m| m.source().contains("APP")).count(), 5);
}

// The officer's side and version 2.

/// The form's starting point for answering the clarification advice.
fn answering() -> (Triage, Answering) {
    let mut t = example_clarification_advice().to_answer(&example_payload(), &example_context());
    let a = *t.answering.take().expect("the advice in hand");
    (t, a)
}

#[test]
fn the_officer_starts_from_the_answers_the_advice_is_on() {
    let (t, a) = answering();
    let sent = triage_from_payload(&example_payload());
    assert_eq!(*a.previous, sent);
    let unmarked = |t: &Triage| Triage { declaration: sent.declaration.clone(), completed_sections: vec![], ..t.clone() };
    assert_eq!(unmarked(&t), unmarked(&sent), "the answers are those sent");
    assert!(!t.declaration.confirmed, "the declaration is made again for the new version");
    assert!(t.completed_sections.contains(&SectionId::Investigation) && !t.completed_sections.contains(&SectionId::Declaration));
    assert_eq!(a.on, TriageLink::to(&example_payload()));
    assert_eq!(
        (a.advice_reference.as_str(), a.decision.as_str(), a.reviewer.name.as_str()),
        (EXAMPLE_ADVICE_REFERENCE, "Clarification needed", "Pat Example")
    );
}

#[test]
fn the_officer_sees_which_sections_ask_for_clarification() {
    let (_, mut a) = answering();
    assert!(a.clarification_requested(SectionId::Investigation));
    assert!(a.clarification_requested(SectionId::BehaviourRisk));
    assert!(!a.clarification_requested(SectionId::Conditions), "a suggested change is not a clarification");
    assert!(!a.clarification_requested(SectionId::VictimViews), "a note asks nothing");
    assert_eq!(a.still_open().len(), 3);
    assert_eq!(a.comments_beside("investigation-bail-details").iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["c1"]);
    assert_eq!(a.comments_beside("condition-2")[0].kind, CommentKind::SuggestedChange);
    assert!(a.comments_beside("respondent-name").is_empty());
    assert_eq!(a.answer("c1", CommentState::Answered, "  Breached twice  "), Ok(()));
    assert!(!a.clarification_requested(SectionId::Investigation));
    assert_eq!(a.replies()[0].reply.as_deref(), Some("Breached twice"), "sent trimmed");
    assert_eq!(a.still_open().len(), 2);
    assert!(a.answer("c99", CommentState::Answered, "").is_err());
    let long = "x".repeat(crate::domain::triage::answering::REPLY_MAX + 1);
    assert_eq!(a.answer("c2", CommentState::Answered, &long), Err("Your reply must be 2000 characters or fewer (it has 2001)".into()));
    assert_eq!((a.comments[1].state, a.comments[1].reply.as_str()), (CommentState::Open, ""), "a refused reply changes nothing");
    a.comment_mut("c2").unwrap().reply = long;
    assert_eq!(a.reply_errors(SectionId::BehaviourRisk), [FieldError::new("reply-c2", "Your reply must be 2000 characters or fewer (it has 2001)")]);
    assert!(a.reply_errors(SectionId::Investigation).is_empty());
    let mut t = example_clarification_advice().to_answer(&example_payload(), &example_context());
    t.answering = Some(Box::new(a.clone()));
    let errors = crate::domain::triage::validate_section(&t, SectionId::BehaviourRisk, &example_context());
    assert_eq!(errors.last().map(|e| e.field.as_str()), Some("reply-c2"), "a reply too long stops the section");
    t.answering.as_mut().unwrap().comment_mut("c3").unwrap().reply = "y".repeat(crate::domain::triage::answering::REPLY_MAX + 1);
    let errors = crate::domain::triage::validate_section(&t, SectionId::Conditions, &example_context());
    assert_eq!(errors.last().map(|e| e.field.as_str()), Some("reply-c3"), "on a condition too");
    let labels: Vec<_> = a.comments.iter().map(|c| (c.id.as_str(), c.label.as_str(), c.section)).collect();
    assert_eq!(
        labels,
        [
            ("c1", "Bail conditions and when bail ends", SectionId::Investigation),
            ("c2", "Evidence of acts associated with stalking", SectionId::BehaviourRisk),
            ("c3", "Condition 2", SectionId::Conditions),
            ("c4", "Victim's views on the proposed conditions", SectionId::VictimViews)
        ],
        "named as check answers names them, for its list of what is still open"
    );
    assert_eq!(bail_details().field_id().as_deref(), Some("investigation-bail-details"));
    assert_eq!(exclusion_zone().field_id().as_deref(), Some("condition-2"));
}

#[test]
fn the_forms_next_version_is_the_one_the_review_expects() {
    let (mut t, mut a) = answering();
    let edited = example_second_triage();
    t.investigation = edited.investigation.clone();
    t.behaviour_risk = edited.behaviour_risk.clone();
    t.conditions = edited.conditions.clone();
    t.declaration.confirmed = true;
    a.answer("c1", CommentState::Answered, "Yes: new accounts on 20 and 24 May").unwrap();
    a.answer("c2", CommentState::Answered, "Dates and exhibits added").unwrap();
    a.answer("c3", CommentState::Answered, "").unwrap();
    let meta = SubmissionMeta {
        submission_id: EXAMPLE_SECOND_SUBMISSION_ID.into(),
        reference: "SPO-2222-3333".into(),
        submitted_at: "2025-06-06T09:00:00.000Z".into(),
        ..example_meta()
    };
    let ctx = example_context();
    let before_confirming = a.changed(&Triage { declaration: Default::default(), ..t.clone() }, &ctx);
    assert_eq!(before_confirming, a.changed(&t, &ctx), "the declaration, made again, is not a change");
    let v2 = a.next_version(Payload::build(&t, &ctx, meta), &t, &ctx);
    assert_eq!(v2.reference, "SPO-7KX4-M9QA", "the case keeps its reference");
    assert_eq!(v2.case, example_second_payload().case, "the form and the review agree on version 2");
    assert_eq!(v2.check(), Ok(()));
    let case = v2.case.unwrap();
    let bail = case.changed.iter().find(|c| c.label.contains("Bail")).expect("the bail answer changed");
    assert_eq!(bail.before.as_deref(), Some("Pre-charge bail until 30 June 2025: no contact with Sam Example"));
    assert!(bail.after.as_deref().unwrap().ends_with("on 20 and 24 May 2025"));
    let zone = case.changed.iter().find(|c| c.label == "Condition 2").expect("the zone changed");
    assert_eq!(zone.after.as_deref(), Some(SUGGESTED_ZONE));
}

#[test]
fn the_advice_in_hand_reads_back_as_written() {
    use crate::domain::triage::answering::{read_handoff, write_handoff};
    let t = example_clarification_advice().to_answer(&example_payload(), &example_context());
    let text = serde_json::to_string(&t).unwrap();
    assert_eq!(serde_json::from_str::<Triage>(&text).unwrap(), t, "kept in the draft with the answers");
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let kept = value["answering"].as_str().unwrap().to_string();
    for damaged in [kept[..kept.len() - 3].to_string(), kept.replacen("\u{1f}c\u{1f}", "\u{1f}x\u{1f}", 1), kept.replacen("\u{1e}", "\u{1f}", 1), String::new()] {
        value["answering"] = serde_json::json!(damaged);
        assert!(serde_json::from_value::<Triage>(value.clone()).is_err(), "a damaged draft is refused whole: {damaged:?}");
    }
    value["answering"] = serde_json::json!({ "comments": [] });
    assert!(serde_json::from_value::<Triage>(value).is_err());
    // Whatever the officer types comes back, but the two separators, which become spaces.
    let mut a = *t.answering.clone().unwrap();
    a.comments[0].reply = "Line one\nline two \u{1f}\u{1e} \"quoted\" é ✓".into();
    a.comments[1].suggested_text = None;
    a.comments[2].field_id = None;
    let mut expected = a.clone();
    expected.comments[0].reply = "Line one\nline two    \"quoted\" é ✓".into();
    assert_eq!(Answering::decode(&a.encode()), Some(expected));
    assert_eq!(Answering { comments: vec![], ..a.clone() }, Answering::decode(&Answering { comments: vec![], ..a }.encode()).unwrap(), "no comments");
    let handed = write_handoff(&t, 1_000.0);
    assert_eq!(read_handoff(&handed, 2_000.0), Some(t.clone()));
    assert_eq!(read_handoff(&handed[..handed.len() - 1], 2_000.0), None);
    let plain = Triage { answering: None, ..t };
    assert_eq!(read_handoff(&write_handoff(&plain, 1_000.0), 2_000.0), None, "only answers with advice in hand");
    assert_eq!(read_handoff(&crate::domain::conditions::handoff::write(&[], 1_000.0), 2_000.0), None, "the builder's handoff");
}

#[test]
fn version_two_is_the_next_version_of_the_same_case() {
    let v1 = example_payload();
    let v2 = example_second_payload();
    assert_eq!(v2.version(), 2);
    assert_eq!(v2.case_id(), v1.submission_id);
    assert_eq!(v2.reference, v1.reference);
    let case = v2.case.as_ref().unwrap();
    assert_eq!(case.previous_submission_id, v1.submission_id);
    assert_eq!(case.advice_reference.as_deref(), Some(EXAMPLE_ADVICE_REFERENCE));
    assert_eq!(case.replies.len(), 3, "notes without a reply are not sent back");
    assert_eq!(v2.check(), Ok(()));
    let refused = v1.clone().as_next_version(&v1, Some(&example_clarification_advice()), &example_context());
    assert!(refused.unwrap_err().starts_with("The new version has the same submission id"));
    let wrong_base = example_payload().as_next_version(&v2, Some(&example_clarification_advice()), &example_context());
    assert!(wrong_base.unwrap_err().starts_with("This advice is on version 1 of SPO-7KX4-M9QA, not version 2."));
}

#[test]
fn a_broken_case_block_is_refused_by_the_receivers_check() {
    let mut v2 = example_second_payload();
    v2.case.as_mut().unwrap().version = 1;
    assert!(v2.check().unwrap_err().starts_with("case.version is 1"));
    let mut v2 = example_second_payload();
    v2.case.as_mut().unwrap().case_id = "case-1".into();
    assert_eq!(v2.check(), Err("case.case_id \"case-1\" is not a version 4 UUID".into()));
}

#[test]
fn the_reviewer_sees_both_clarifications_answered_and_what_changed() {
    let advice = example_clarification_advice();
    let v2 = example_second_payload();
    assert_eq!(open_advice_for_later_version(&advice.to_json(), &v2), Ok(advice.clone()));
    let f = follow_ups(&advice, &v2).unwrap();
    let summary: Vec<(&str, bool, bool)> = f.iter().map(|f| (f.comment.id.as_str(), f.answered, f.target_changed())).collect();
    assert_eq!(summary, [("c1", true, true), ("c2", true, true), ("c3", true, true), ("c4", false, false)]);
    assert_eq!(f[0].reply.as_deref(), Some("Yes: new accounts on 20 and 24 May"));
    let c = changes(&example_payload(), &v2, &example_context());
    let bail = c.answer(&AnswerTarget::question(SectionId::Investigation, "investigation-bail-details")).unwrap();
    assert_eq!(bail.before.as_deref(), Some("Pre-charge bail until 30 June 2025: no contact with Sam Example"));
    assert!(bail.after.as_deref().unwrap().ends_with("on 20 and 24 May 2025"));
}

#[test]
fn follow_ups_need_a_later_version_of_the_case() {
    let advice = example_clarification_advice();
    assert_eq!(
        follow_ups(&advice, &example_payload()).unwrap_err(),
        "This advice is on version 1 of SPO-7KX4-M9QA; open a later version of the triage to see what changed (this is version 1)."
    );
    let mut other = example_payload();
    other.submission_id = "0b6f3e9a-2c4d-4e8f-9a1b-3c5d7e9f1a2b".into();
    assert!(follow_ups(&advice, &other).unwrap_err().starts_with("This advice is for another case with the reference SPO-7KX4-M9QA"));
    let refused = open_advice_for_later_version(&advice.to_json(), &example_payload()).unwrap_err();
    assert_eq!(refused.len(), 1);
}

#[test]
fn replies_to_other_advice_do_not_count_as_answers() {
    let mut advice = example_clarification_advice();
    advice.advice_reference = "1d2c3b4a-5f6e-4a7b-8c9d-0e1f2a3b4c5d".into();
    let f = follow_ups(&advice, &example_second_payload()).unwrap();
    assert!(f.iter().all(|f| !f.answered), "{f:?}");
    assert!(f[0].target_changed(), "the change list still counts");
}

#[test]
fn the_next_version_without_advice_lists_changes_since_the_last() {
    let meta = crate::domain::triage::payload::SubmissionMeta { submission_id: EXAMPLE_SECOND_SUBMISSION_ID.into(), ..example_meta() };
    let v2 = Payload::build(&example_second_triage(), &example_context(), meta)
        .as_next_version(&example_payload(), None, &example_context())
        .unwrap();
    let case = v2.case.unwrap();
    assert_eq!(case.advice_reference, None);
    assert!(case.replies.is_empty());
    assert_eq!(case.changed.len(), 3);
}

#[test]
fn what_the_reviewer_fills_in_is_checked_field_by_field() {
    let mut a = example_clarification_advice();
    assert!(a.form_errors().is_empty(), "{:?}", a.form_errors());
    a.reviewer.name = " ".into();
    a.decision = Some(Decision::NotSuitable { reason: String::new(), better_route: Some(BetterRoute::Other), other_route: None });
    let fields: Vec<String> = a.form_errors().into_iter().map(|e| e.field).collect();
    assert_eq!(fields, vec!["reviewer-name", "not-suitable-reason", "other-route"]);
    // The same rules, in the same words, make the file incomplete.
    for e in a.form_errors() {
        assert!(a.own_problems().contains(&e.message), "{}", e.message);
    }
    a.decision = Some(Decision::ClarificationNeeded);
    a.comments.retain(|c| c.kind != CommentKind::ClarificationNeeded);
    assert_eq!(a.form_errors().last().map(|e| e.field.as_str()), Some("comment-target"));
    a.decision = None;
    assert_eq!(a.form_errors().last().map(|e| e.field.as_str()), Some("decision"));
}
