use super::*;
use crate::domain::review::fixtures::{example_payload, example_second_payload, SUGGESTED_ZONE};
use crate::domain::triage::choices::{Relationship, YesNo};
use crate::domain::triage::fixtures::{example_context, example_full_triage, example_meta};
use crate::domain::triage::model::{ProtectedPerson, Triage};

fn payload(change: impl FnOnce(&mut Triage)) -> Payload {
    let mut t = example_full_triage();
    change(&mut t);
    Payload::build(&t, &example_context(), example_meta())
}

fn diff(change: impl FnOnce(&mut Triage)) -> Changes {
    changes(&example_payload(), &payload(change), &example_context())
}

#[test]
fn a_triage_compared_with_itself_has_no_changes() {
    let c = changes(&example_payload(), &example_payload(), &example_context());
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn an_edited_answer_is_shown_with_its_earlier_value() {
    let c = diff(|t| t.respondent.name = "Christopher Fictional".into());
    assert_eq!(
        c.answers,
        [AnswerChange {
            target: AnswerTarget::question(SectionId::Respondent, "respondent-name"),
            label: "Respondent's full name".into(),
            before: Some("Chris Fictional".into()),
            after: Some("Christopher Fictional".into()),
        }]
    );
    assert_eq!(c.answers[0].kind(), ChangeKind::Edited);
    assert!(c.conditions.is_empty());
}

#[test]
fn spaces_around_an_answer_are_not_a_change() {
    assert!(diff(|t| t.respondent.name = "  Chris Fictional ".into()).is_empty());
}

#[test]
fn answers_added_and_removed_are_named_by_the_version_that_has_them() {
    let c = diff(|t| {
        t.respondent.other_names.clear();
        t.people.push(ProtectedPerson { name: "Jamie Example".into(), date_of_birth: t.people[0].date_of_birth.clone(), relationship: Some(Relationship::Family), ..Default::default() });
    });
    let summary: Vec<(String, ChangeKind)> = c.answers.iter().map(|a| (a.label.clone(), a.kind())).collect();
    assert_eq!(
        summary,
        [
            ("Person 3: Full name".to_string(), ChangeKind::Added),
            ("Person 3: Date of birth".to_string(), ChangeKind::Added),
            ("Person 3: Relationship to the respondent".to_string(), ChangeKind::Added),
            ("Other names they use".to_string(), ChangeKind::Removed),
        ]
    );
    assert_eq!(c.answers[3].before.as_deref(), Some("Chris F; @cf_shadow online"));
    assert_eq!(c.answers[3].after, None);
    assert_eq!(c.in_section(SectionId::People).count(), 3);
}

#[test]
fn a_changed_radio_and_what_it_hides_are_listed_in_form_order() {
    let c = diff(|t| {
        t.investigation.bail_in_place = Some(YesNo::No);
    });
    let labels: Vec<&str> = c.answers.iter().map(|a| a.label.as_str()).collect();
    assert_eq!(labels, ["Respondent on bail", "Bail conditions and when bail ends"]);
    assert_eq!(c.answers[0].before.as_deref(), Some("Yes"));
    assert_eq!(c.answers[0].after.as_deref(), Some("No"));
    assert_eq!(c.answers[1].kind(), ChangeKind::Removed);
}

#[test]
fn conditions_swapped_are_moved_not_rewritten() {
    let c = diff(|t| t.conditions.swap(0, 1));
    assert!(c.answers.is_empty(), "{:?}", c.answers);
    assert_eq!(c.conditions.len(), 1, "{:?}", c.conditions);
    let moved = &c.conditions[0];
    assert_eq!(moved.kind, ChangeKind::Moved);
    assert!(moved.moved);
    assert_eq!(moved.before.as_ref().map(|b| b.index), Some(0));
    assert_eq!(moved.after.as_ref().map(|a| a.index), Some(1));
    assert_eq!(moved.template_id, "no-direct-contact");
}

#[test]
fn a_condition_removed_shifts_nothing_else() {
    let c = diff(|t| {
        t.conditions.remove(0);
    });
    assert_eq!(c.conditions.len(), 1, "{:?}", c.conditions);
    assert_eq!(c.conditions[0].kind, ChangeKind::Removed);
    assert_eq!(c.conditions[0].target(), Target::Condition { index: 0, template_id: "no-direct-contact".into() });
}

#[test]
fn conditions_added_and_edited_keep_their_template() {
    let c = diff(|t| {
        t.conditions[1].wording = SUGGESTED_ZONE.into();
        let mut extra = t.conditions[0].clone();
        extra.slots[0].text = "Alex Example".into();
        extra.wording = "Contact or attempt to contact Alex Example by any means, directly or indirectly.".into();
        t.conditions.insert(0, extra);
    });
    let kinds: Vec<(ChangeKind, Option<usize>, Option<usize>)> =
        c.conditions.iter().map(|x| (x.kind, x.before.as_ref().map(|b| b.index), x.after.as_ref().map(|a| a.index))).collect();
    assert_eq!(kinds, [(ChangeKind::Added, None, Some(0)), (ChangeKind::Edited, Some(1), Some(2))]);
    assert_eq!(c.conditions[1].after.as_ref().map(|a| a.wording.as_str()), Some(SUGGESTED_ZONE));
    assert!(!c.conditions[1].moved, "still after the other kept condition");
    assert!(c.touches(&Target::Condition { index: 1, template_id: "no-entry-mapped-area".into() }));
    assert!(!c.touches(&Target::Condition { index: 0, template_id: "no-direct-contact".into() }));
    assert_eq!(c.conditions[1].label(), "Condition 3");
}

#[test]
fn an_age_that_moved_on_with_the_calendar_is_not_a_change() {
    let later = Payload::build(&example_full_triage(), &example_context(), crate::domain::triage::payload::SubmissionMeta {
        submitted_at: "2026-06-02T10:15:00.000Z".into(),
        ..example_meta()
    });
    assert!(changes(&example_payload(), &later, &example_context()).is_empty());
}

#[test]
fn the_second_example_version_carries_its_changes() {
    let v2 = example_second_payload();
    let case = v2.case.as_ref().expect("a case block");
    let labels: Vec<(&str, ChangeKind)> = case.changed.iter().map(|c| (c.label.as_str(), c.change)).collect();
    assert_eq!(
        labels,
        [
            ("Bail conditions and when bail ends", ChangeKind::Edited),
            ("Evidence of acts associated with stalking", ChangeKind::Edited),
            ("Condition 2", ChangeKind::Edited),
        ]
    );
    let c = changes(&example_payload(), &v2, &example_context());
    assert_eq!(c.to_case_changes(), case.changed);
}

#[test]
fn the_longest_kept_order_is_found() {
    assert_eq!(longest_increasing(&[]), Vec::<usize>::new());
    assert_eq!(longest_increasing(&[0, 1, 2]), [0, 1, 2]);
    assert_eq!(longest_increasing(&[2, 0, 1]), [0, 1]);
    assert_eq!(longest_increasing(&[1, 0]).len(), 1);
}
