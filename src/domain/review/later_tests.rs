//! The reviewer opening version 2: what is marked as changed beside each row, which
//! version the changes are counted from, and how the earlier comments are named.
use super::fixtures::*;
use super::*;
use crate::domain::triage::fixtures::{example_context, example_meta};
use crate::domain::triage::model::SectionId;
use crate::domain::triage::payload::SubmissionMeta;

fn answer(section: SectionId, question: &str) -> Target {
    Target::Answer(AnswerTarget::question(section, question))
}

#[test]
fn version_two_counts_its_changes_from_version_one() {
    assert_eq!(compared_with(example_second_payload().case.as_ref().unwrap()), 1);
}

#[test]
fn the_rows_that_changed_are_marked_and_the_others_are_not() {
    let v2 = example_second_payload();
    let bail = change_beside(&v2, &bail_details()).expect("the bail answer changed");
    assert_eq!((bail.change, bail.before.as_deref()), (ChangeKind::Edited, Some("Pre-charge bail until 30 June 2025: no contact with Sam Example")));
    assert_eq!(change_beside(&v2, &acts_evidence()).map(|c| c.change), Some(ChangeKind::Edited));
    assert_eq!(change_beside(&v2, &exclusion_zone()).map(|c| c.after.as_deref()), Some(Some(SUGGESTED_ZONE)));
    assert_eq!(change_beside(&v2, &Target::Condition { index: 0, template_id: "no-direct-contact".into() }), None);
    assert_eq!(change_beside(&v2, &answer(SectionId::Respondent, "respondent-name")), None);
    assert_eq!(change_beside(&example_payload(), &bail_details()), None, "a first version has nothing to mark");
}

#[test]
fn a_moved_condition_is_marked_in_its_new_place() {
    let mut t = example_second_triage();
    t.conditions.swap(0, 1);
    let meta = SubmissionMeta { submission_id: EXAMPLE_SECOND_SUBMISSION_ID.into(), ..example_meta() };
    let ctx = example_context();
    let v2 = Payload::build(&t, &ctx, meta).as_next_version(&example_payload(), None, &ctx).unwrap();
    let zone_now = Target::Condition { index: 0, template_id: "no-entry-mapped-area".into() };
    assert_eq!(change_beside(&v2, &zone_now).map(|c| c.change), Some(ChangeKind::Edited), "edited and moved to the top");
    let contact_now = Target::Condition { index: 1, template_id: "no-direct-contact".into() };
    let contact = change_beside(&v2, &contact_now);
    assert!(contact.is_none_or(|c| c.change == ChangeKind::Moved), "{contact:?}");
    assert_eq!(change_beside(&v2, &Target::Condition { index: 1, template_id: "curfew".into() }), None, "another template is not this row");
}

#[test]
fn the_earlier_comments_are_named_as_version_two_names_them() {
    let advice = example_clarification_advice();
    let v2 = example_second_payload();
    assert!(answers_advice(&v2, &advice));
    let labels: Vec<String> = follow_ups(&advice, &v2).unwrap().iter().map(|f| follow_up_label(f, &v2, &example_context())).collect();
    assert_eq!(
        labels,
        ["Bail conditions and when bail ends", "Evidence of acts associated with stalking", "Condition 2", "Victim's views on the proposed conditions"]
    );
    let mut other = advice.clone();
    other.advice_reference = "1d2c3b4a-5f6e-4a7b-8c9d-0e1f2a3b4c5d".into();
    assert!(!answers_advice(&v2, &other), "advice this version does not answer");
}
