//! The question catalogue's promise: a question is on the page exactly when its answer
//! is checked and sent. For any triage (anything typed, any branch of every radio and
//! checkbox taken), each answer box is tried twice over: given two different good
//! answers, the payload changes if and only if the box is on the page; given a bad
//! answer, the section reports an error on that box if and only if it is on the page.
//! So nothing an officer can type is dropped without a word, and nothing they cannot
//! see can stop them or be sent.
use proptest::collection::vec;
use proptest::prelude::*;

use spo_triage::domain::triage::fixtures::{example_context, example_meta};
use spo_triage::domain::triage::questions::{self, Answer, Input, Kind, Slot};
use spo_triage::domain::triage::*;

use crate::models::any_triage;
use crate::support::check;

/// Any triage, with up to 16 radios, checkboxes and ticks set at random (or cleared),
/// so every branch of the form is reached.
fn branching_triage() -> impl Strategy<Value = Triage> {
    let edits = vec((any::<prop::sample::Index>(), proptest::option::of(any::<prop::sample::Index>())), 0..16);
    (any_triage(), edits).prop_map(|(mut t, edits)| {
        for (at, choice) in edits {
            let boxes: Vec<Slot> = SectionId::ALL
                .iter()
                .flat_map(|s| questions::slots(*s, &t))
                .filter(|s| matches!(s.question.kind, Kind::Radios { .. } | Kind::Checkboxes { .. } | Kind::Checkbox))
                .collect();
            let slot = &boxes[at.index(boxes.len())];
            let n = slot.question.choices().len().max(2);
            let answer = match (slot.question.kind, choice) {
                (Kind::Checkbox, c) => Answer::Flag(c.is_some()),
                (Kind::Checkboxes { .. }, Some(c)) => Answer::Choices(vec![c.index(n)]),
                (Kind::Checkboxes { .. }, None) => Answer::Choices(vec![]),
                (_, c) => Answer::Choice(c.map(|c| c.index(n))),
            };
            if let Some(g) = slot.group {
                g.ensure(&mut t, slot.item);
            }
            slot.question.write(&mut t, slot.item, answer);
        }
        t
    })
}

/// Two different answers the box would accept and send, or `None` for a box whose
/// answer is sent only through what it does (the "I do not know their date of birth"
/// ticks, which take the date out).
fn two_good_answers(slot: &Slot) -> Option<(Answer, Answer)> {
    let date = |d: &str, m: &str, y: &str| Answer::Date(DateInput { day: d.into(), month: m.into(), year: y.into() });
    Some(match slot.question.kind {
        Kind::Text { input: Input::Number, .. } => (Answer::Text("30".into()), Answer::Text("40".into())),
        Kind::Text { .. } | Kind::LongText { .. } => (Answer::Text("Alpha answer".into()), Answer::Text("Bravo answer".into())),
        Kind::Date { .. } => (date("1", "2", "1990"), date("3", "4", "1991")),
        Kind::Radios { .. } => (Answer::Choice(Some(0)), Answer::Choice(Some(1))),
        Kind::Checkboxes { .. } => (Answer::Choices(vec![0]), Answer::Choices(vec![1])),
        Kind::Checkbox => return None,
    })
}

/// An answer the box refuses, or `None` when it has no answer that can be refused
/// alone (an optional choice, a tick).
fn bad_answer(slot: &Slot) -> Option<Answer> {
    match slot.question.kind {
        // A bell character is refused in any typed answer.
        Kind::Text { .. } | Kind::LongText { .. } => Some(Answer::Text("a\u{7}b".into())),
        Kind::Date { .. } => Some(Answer::Date(DateInput { day: "32".into(), month: "1".into(), year: "1990".into() })),
        Kind::Radios { .. } if slot.question.required.is_some() => Some(Answer::Choice(None)),
        Kind::Checkboxes { .. } if slot.question.required.is_some() => Some(Answer::Choices(vec![])),
        _ => None,
    }
}

fn with(t: &Triage, slot: &Slot, answer: Answer) -> Triage {
    let mut t = t.clone();
    if let Some(g) = slot.group {
        g.ensure(&mut t, slot.item);
    }
    slot.question.write(&mut t, slot.item, answer);
    t
}

/// Whether an error is on this box (a date's error is on one of its three boxes).
fn on_box(field: &str, stem: &str) -> bool {
    field == stem || ["day", "month", "year"].iter().any(|p| field == format!("{stem}-{p}"))
}

#[test]
fn a_question_is_on_the_page_exactly_when_its_answer_is_checked_and_sent() {
    let ctx = example_context();
    check("on the page exactly when checked and sent", 48, branching_triage(), |t| {
        let json = |t: &Triage| serde_json::to_value(Payload::build(t, &ctx, example_meta())).unwrap_or_default();
        for section in SectionId::ALL {
            for slot in questions::slots(section, &t) {
                let on_page = slot.shown && section_applies(&t, section, &ctx);
                if let Some((a, b)) = two_good_answers(&slot) {
                    let sent = json(&with(&t, &slot, a)) != json(&with(&t, &slot, b));
                    prop_assert_eq!(sent, on_page, "{}: sent {} but on the page {}", slot.field, sent, on_page);
                }
                if let Some(bad) = bad_answer(&slot) {
                    let changed = with(&t, &slot, bad);
                    // A blank choice that leaves its whole item blank is the group's
                    // own "enter at least one" message, on the item's first box.
                    if slot.group.is_some_and(|g| !g.item_has_answers(&changed, slot.item)) {
                        continue;
                    }
                    let errors = validate_section(&changed, section, &ctx);
                    let refused = errors.iter().any(|e| on_box(&e.field, &slot.field));
                    prop_assert_eq!(refused, on_page, "{}: refused {} but on the page {}: {:?}", slot.field, refused, on_page, errors);
                }
            }
        }
        Ok(())
    });
}
