//! The review of a triage: any triage or advice file, however damaged, is opened whole
//! or refused with a message (never a panic, never half-read); a delivered payload
//! reads back to the answers it was built from; and the change list between two
//! versions names exactly what changed.
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;

use spo_triage::domain::review::fixtures::{example_advice, example_payload, example_second_payload};
use spo_triage::domain::review::*;
use spo_triage::domain::triage::fixtures::{example_context, example_meta};
use spo_triage::domain::triage::questions::{Answer, Input, Kind};
use spo_triage::domain::triage::target::group_question_id;
use spo_triage::domain::triage::{answer_sections, section_applies, Payload as TriagePayload};

use crate::json::{any_json, damaged};
use crate::models::{any_triage, typed_boxes, valid_triage};
use crate::support::check;
use crate::text::any_text;

fn plain(messages: &[String]) -> Result<(), TestCaseError> {
    prop_assert!(!messages.is_empty(), "refused without a message");
    for m in messages {
        prop_assert!(!m.trim().is_empty(), "an empty message in {:?}", messages);
    }
    Ok(())
}

/// Opened whole (and then sound) or refused with messages.
fn triage_opened_or_refused(text: &str) -> Result<(), TestCaseError> {
    match parse_triage(text) {
        Ok(p) => prop_assert_eq!(p.check(), Ok(())),
        Err(e) => plain(&e)?,
    }
    Ok(())
}

fn advice_opened_or_refused(text: &str) -> Result<(), TestCaseError> {
    match open_advice(text, &example_payload(), &example_context()) {
        Ok(a) => prop_assert!(a.problems(&example_payload(), &example_context()).is_empty()),
        Err(e) => plain(&e)?,
    }
    if let Ok(a) = parse_advice(text) {
        prop_assert!(a.own_problems().is_empty());
    }
    Ok(())
}

/// `good` with the `at`-th key of any object in it taken out.
fn without_a_field(good: &Value, at: Index) -> Value {
    fn keys(v: &Value, out: &mut Vec<Vec<String>>, path: &[String]) {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    let mut p = path.to_vec();
                    p.push(k.clone());
                    out.push(p.clone());
                    keys(child, out, &p);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    let mut p = path.to_vec();
                    p.push(i.to_string());
                    keys(child, out, &p);
                }
            }
            _ => {}
        }
    }
    let mut all = Vec::new();
    keys(good, &mut all, &[]);
    let mut doc = good.clone();
    if all.is_empty() {
        return doc;
    }
    let path = &all[at.index(all.len())];
    let mut node = &mut doc;
    for step in &path[..path.len() - 1] {
        node = match node {
            Value::Object(map) => map.get_mut(step.as_str()).expect("a key just listed"),
            Value::Array(items) => &mut items[step.parse::<usize>().expect("an index just listed")],
            _ => unreachable!("only objects and arrays have children"),
        };
    }
    if let Value::Object(map) = node {
        map.remove(path[path.len() - 1].as_str());
    }
    doc
}

fn cut_short(text: &str, at: Index) -> String {
    let mut end = at.index(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_string()
}

#[test]
fn any_text_is_opened_or_refused_with_a_message() {
    check("any text as a triage or advice file", 300, any_text(), |text| {
        triage_opened_or_refused(&text)?;
        advice_opened_or_refused(&text)
    });
    check("any JSON as a triage or advice file", 300, any_json(), |value| {
        triage_opened_or_refused(&value.to_string())?;
        advice_opened_or_refused(&value.to_string())
    });
}

#[test]
fn a_damaged_triage_is_opened_whole_or_refused_with_a_message() {
    for good in [example_payload(), example_second_payload()] {
        let value = serde_json::to_value(&good).unwrap_or_default();
        check("a damaged triage", 300, damaged(value.clone()), |text| triage_opened_or_refused(&text));
        check("a triage with a field removed", 200, any::<Index>(), |at| triage_opened_or_refused(&without_a_field(&value, at).to_string()));
        let text = good.to_json();
        check("a triage cut short", 200, any::<Index>(), |at| {
            let refused = parse_triage(&cut_short(&text, at));
            prop_assert!(refused.is_err());
            plain(&refused.err().unwrap_or_default())
        });
    }
}

#[test]
fn an_advice_file_is_opened_whole_or_refused_with_a_message() {
    let value = serde_json::to_value(example_advice()).unwrap_or_default();
    check("a damaged advice file", 400, damaged(value.clone()), |text| advice_opened_or_refused(&text));
    check("an advice file with a field removed", 200, any::<Index>(), |at| advice_opened_or_refused(&without_a_field(&value, at).to_string()));
    let text = example_advice().to_json();
    check("an advice file cut short", 200, any::<Index>(), |at| {
        let refused = parse_advice(&cut_short(&text, at));
        prop_assert!(refused.is_err());
        plain(&refused.err().unwrap_or_default())
    });
}

#[test]
fn a_file_from_another_schema_version_is_refused() {
    let other = prop_oneof![
        any::<u64>().prop_filter("another version", |v| *v != 1).prop_map(Value::from),
        any_json().prop_filter("not the number 1", |v| v.as_u64() != Some(1)),
    ];
    let triage = serde_json::to_value(example_payload()).unwrap_or_default();
    let advice = serde_json::to_value(example_advice()).unwrap_or_default();
    check("another schema version", 300, other, |version| {
        for (good, is_triage) in [(&triage, true), (&advice, false)] {
            let mut doc = good.clone();
            doc["schema_version"] = version.clone();
            let refused = if is_triage { parse_triage(&doc.to_string()).err() } else { parse_advice(&doc.to_string()).err() };
            prop_assert!(refused.is_some(), "version {} was accepted", version);
            plain(&refused.unwrap_or_default())?;
        }
        Ok(())
    });
}

#[test]
fn a_delivered_payload_reads_back_to_its_answers() {
    let ctx = example_context();
    check("payload → answers → payload is unchanged, and reads as check answers", 64, valid_triage(), |t| {
        let sent = TriagePayload::build(&t, &ctx, example_meta());
        let again = TriagePayload::build(&triage_from_payload(&sent), &submission_context(&sent, &ctx), example_meta());
        prop_assert_eq!(&again, &sent);
        // The payload carries the months as a number: "1,170" typed reads back as "1170".
        let mut typed = t.clone();
        typed.order_sought.full_months.retain(|c| c != ',');
        let check_answers: Vec<(String, String)> =
            answer_sections(&typed, &ctx).into_iter().flat_map(|s| s.rows).filter(|(label, _)| label != "Youth route").collect();
        let review: Vec<(String, String)> = review_rows(&sent, &ctx).into_iter().map(|r| (r.label, r.value)).collect();
        prop_assert_eq!(review, check_answers);
        prop_assert_eq!(parse_triage(&sent.to_json()), Ok(sent));
        Ok(())
    });
}

#[test]
fn a_payload_compared_with_itself_has_no_changes() {
    let ctx = example_context();
    check("no changes between a payload and itself", 64, prop_oneof![valid_triage(), any_triage()], |t| {
        let p = TriagePayload::build(&t, &ctx, example_meta());
        let c = changes(&p, &p, &ctx);
        prop_assert!(c.is_empty(), "{:?}", c);
        Ok(())
    });
}

/// A different valid value for a typed answer: a number one more, any other text
/// with a word added.
fn edited(old: &str, kind: Kind) -> String {
    match kind {
        Kind::Text { input: Input::Number, .. } => {
            let n: u64 = old.chars().filter(char::is_ascii_digit).collect::<String>().parse().unwrap_or(30);
            // Step towards the middle: one past a period's upper limit (520 weeks, 1,200
            // months) is refused, and the payload rightly drops a refused answer.
            if n >= 100 { n - 1 } else { n + 1 }.to_string()
        }
        _ => format!("{} edited", old.trim()),
    }
}

/// One of the text boxes on the page for `t` (picked by `at`), and the target naming it.
fn text_box(t: &spo_triage::domain::triage::Triage, at: Index, ctx: &spo_triage::domain::triage::RulesContext) -> Option<(spo_triage::domain::triage::questions::Slot, AnswerTarget)> {
    let boxes: Vec<_> = typed_boxes(t)
        .into_iter()
        .filter(|s| s.shown && section_applies(t, s.section, ctx) && matches!(s.question.kind, Kind::Text { .. } | Kind::LongText { .. }))
        .collect();
    if boxes.is_empty() {
        return None;
    }
    let slot = boxes[at.index(boxes.len())].clone();
    let target = match slot.group {
        Some(g) => AnswerTarget::item(slot.section, &group_question_id(g, slot.question), slot.item),
        None => AnswerTarget::question(slot.section, slot.question.id),
    };
    Some((slot, target))
}

#[test]
fn one_answer_edited_is_the_only_change() {
    let ctx = example_context();
    check("the change list names exactly the answer edited", 128, (valid_triage(), any::<Index>()), |(t, at)| {
        let before = TriagePayload::build(&t, &ctx, example_meta());
        let Some((slot, target)) = text_box(&t, at, &ctx) else { return Err(TestCaseError::reject("no text box shown")) };
        let mut t2 = t.clone();
        let old = slot.question.read(&t, slot.item).text();
        slot.question.write(&mut t2, slot.item, Answer::Text(edited(&old, slot.question.kind)));
        let after = TriagePayload::build(&t2, &ctx, example_meta());
        let c = changes(&before, &after, &ctx);
        prop_assert!(c.conditions.is_empty(), "{:?}", c.conditions);
        prop_assert_eq!(c.answers.len(), 1, "{:?} for {:?}", c.answers, target);
        prop_assert_eq!(&c.answers[0].target, &target);
        let expected = if old.trim().is_empty() { ChangeKind::Added } else { ChangeKind::Edited };
        prop_assert_eq!(c.answers[0].kind(), expected, "{:?} old {:?} new {:?}", target, old, edited(&old, slot.question.kind));
        Ok(())
    });
}

#[test]
fn one_condition_edited_is_the_only_change() {
    let ctx = example_context();
    check("the change list names exactly the condition edited", 64, (valid_triage(), any::<Index>()), |(t, at)| {
        let before = TriagePayload::build(&t, &ctx, example_meta());
        let mut t2 = t.clone();
        let n = at.index(t2.conditions.len());
        t2.conditions[n].reason = format!("{} edited", t2.conditions[n].reason.trim());
        let after = TriagePayload::build(&t2, &ctx, example_meta());
        let c = changes(&before, &after, &ctx);
        prop_assert!(c.answers.is_empty(), "{:?}", c.answers);
        prop_assert_eq!(c.conditions.len(), 1);
        prop_assert_eq!(c.conditions[0].kind, ChangeKind::Edited);
        prop_assert_eq!(c.conditions[0].target(), Target::Condition { index: n, template_id: t.conditions[n].template_id.clone() });
        Ok(())
    });
}

#[test]
fn the_officers_next_version_is_accepted_and_agrees_with_the_review() {
    use spo_triage::domain::review::fixtures::{EXAMPLE_ADVICE_REFERENCE, EXAMPLE_SECOND_SUBMISSION_ID};
    use spo_triage::domain::triage::{CommentState, SubmissionMeta};
    let ctx = example_context();
    let strategy = (valid_triage(), any::<Index>(), any_text());
    check("the form's version 2 is the review's, and the receiver takes it", 64, strategy, |(t, at, reply)| {
        let v1 = TriagePayload::build(&t, &ctx, example_meta());
        let Some((slot, target)) = text_box(&t, at, &ctx) else { return Err(TestCaseError::reject("no text box shown")) };
        let reviewer = Reviewer { name: "Pat Example".into(), role: "Solicitor".into() };
        let mut advice = Advice::new(&v1, EXAMPLE_ADVICE_REFERENCE, reviewer, "2025-06-04");
        let id = advice.add_comment(Target::Answer(target.clone()), CommentKind::ClarificationNeeded, "Say more.");
        advice.decision = Some(Decision::ClarificationNeeded);
        let advice = open_advice(&advice.to_json(), &v1, &ctx).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;

        let mut t2 = advice.to_answer(&v1, &ctx);
        let mut answering = *t2.answering.take().expect("the advice in hand");
        let old = slot.question.read(&t2, slot.item).text();
        slot.question.write(&mut t2, slot.item, Answer::Text(edited(&old, slot.question.kind)));
        t2.declaration.confirmed = true;
        let reply: String = reply.chars().take(200).collect();
        prop_assert_eq!(answering.answer(&id, CommentState::Answered, &reply), Ok(()));
        let meta = SubmissionMeta { submission_id: EXAMPLE_SECOND_SUBMISSION_ID.into(), ..example_meta() };
        let v2 = answering.next_version(TriagePayload::build(&t2, &ctx, meta), &t2, &ctx);

        let received = parse_triage(&v2.to_json()).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(received.version(), 2);
        let case = received.case.clone().expect("a case block");
        prop_assert_eq!(case.changed.len(), 1, "{:?}", case.changed);
        prop_assert_eq!(&case.changed[0].target, &Target::Answer(target));
        let mut returned = advice.clone();
        returned.answer_comment(&id, CommentState::Answered, &reply);
        let by_review = TriagePayload::build(&t2, &ctx, SubmissionMeta { submission_id: EXAMPLE_SECOND_SUBMISSION_ID.into(), ..example_meta() })
            .as_next_version(&v1, Some(&returned), &ctx)
            .map_err(TestCaseError::fail)?;
        prop_assert_eq!(&by_review.case, &received.case);
        let f = follow_ups(&advice, &received).map_err(TestCaseError::fail)?;
        prop_assert!(f[0].answered && f[0].target_changed());
        let trimmed = Some(reply.trim().to_string()).filter(|r| !r.is_empty());
        prop_assert_eq!(&f[0].reply, &trimmed);
        Ok(())
    });
}

#[test]
fn the_advice_in_hand_comes_back_from_the_draft_as_written() {
    use spo_triage::domain::review::fixtures::example_clarification_advice;
    use spo_triage::domain::triage::CommentState;
    let ctx = example_context();
    let base = example_clarification_advice().to_answer(&example_payload(), &ctx).answering.expect("the advice in hand");
    // Any text, with the encoding's two separators put in (generated text rarely has them).
    let with_separators = || (any_text(), prop::sample::select(vec!["", "\u{1e}", "\u{1f}", "\u{1f}\u{1e}"])).prop_map(|(t, sep)| format!("{t}{sep}{t}"));
    let strategy = (with_separators(), with_separators(), any_text(), any::<Index>(), any::<bool>());
    check("typed replies and any comment text survive the draft, separators as spaces", 256, strategy, |(reply, text, label, at, answered)| {
        let mut a = (*base).clone();
        let i = at.index(a.comments.len());
        a.comments[i].reply = reply.clone();
        a.comments[i].text = text.clone();
        a.comments[i].label = label.clone();
        a.comments[i].state = if answered { CommentState::Answered } else { CommentState::Open };
        let back = Answering::decode(&a.encode()).ok_or_else(|| TestCaseError::fail("refused its own encoding"))?;
        let plain = |s: &str| s.replace(['\u{1e}', '\u{1f}'], " ");
        let mut expected = a.clone();
        expected.comments[i].reply = plain(&reply);
        expected.comments[i].text = plain(&text);
        expected.comments[i].label = plain(&label);
        prop_assert_eq!(back, expected);
        Ok(())
    });
}
