//! The catalogue checked as a whole: its wiring, its words, and what is derived from it.
use crate::domain::triage::test_support::strings;
use super::*;
use crate::domain::triage::choices::*;
use crate::domain::triage::fixtures::{example_context, example_full_triage, example_meta};
use crate::domain::triage::model::{ExistingOrder, ProtectedPerson};
use crate::domain::triage::payload::Payload;
use super::rows::{answer_sections, text_copy};
use crate::domain::triage::validate::validate_section;

/// The example case with two items in every group, so group ids are exercised.
fn two_of_everything() -> Triage {
    let mut t = example_full_triage();
    t.people.push(ProtectedPerson::default());
    t.existing_orders.orders.push(ExistingOrder::default());
    t.investigation.crime_references.push(String::new());
    t
}

fn all_slots(t: &Triage) -> Vec<Slot> {
    SectionId::ALL.iter().flat_map(|s| slots(*s, t)).collect()
}

fn lists() -> Vec<(SectionId, &'static [Question])> {
    let mut out = Vec::new();
    for s in SectionId::ALL {
        let top: Vec<Question> = section(s).iter().filter_map(|e| if let Entry::Ask(q) = e { Some(*q) } else { None }).collect();
        out.push((s, &*Box::leak(top.into_boxed_slice())));
        for e in section(s) {
            if let Entry::Group(g) = e {
                out.push((s, g.questions));
            }
        }
    }
    out
}

#[test]
fn every_revealed_question_names_a_parent_before_it_that_offers_that_choice() {
    for (section, list) in lists() {
        for (n, q) in list.iter().enumerate() {
            if let Shows::Under { parent, choice } = q.shows {
                let p = list[..n].iter().find(|p| p.id == parent);
                let p = p.unwrap_or_else(|| panic!("{section:?}: {} is under {parent}, which is not before it", q.id));
                assert!(choice < p.choices().len(), "{}: choice {choice} of {parent}", q.id);
            }
        }
    }
    for s in SectionId::ALL {
        for e in section(s) {
            if let Entry::Group(Group { shows: Shows::Under { parent, choice }, id, .. }) = e {
                let p = find(s, parent).unwrap_or_else(|| panic!("group {id} is under {parent}, not in {s:?}"));
                assert!(*choice < p.choices().len());
            }
        }
    }
}

#[test]
fn every_field_id_is_unique() {
    let slots = all_slots(&two_of_everything());
    let mut ids: Vec<&str> = slots.iter().map(|s| s.field.as_str()).collect();
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "a field id is used twice");
    assert!(ids.contains(&"people-1-name") && ids.contains(&"investigation-crime-reference-1"));
}

#[test]
fn a_question_whose_label_is_not_a_question_is_named_by_its_label_in_its_messages() {
    for (_, list) in lists() {
        for q in list {
            let is_question = q.label.trim_end().ends_with('?');
            // In a group whose messages do not say "of person 1", the name holds the number.
            let numbered = q.name.is_some_and(|n| n.contains("{n}"));
            if q.kind_is_typed() && !label_needs_a_name(q.label) && !numbered {
                assert_eq!(q.name, None, "{}: the label \"{}\" already names it", q.id, q.label);
            }
            if is_question {
                assert!(q.name.is_some(), "{}: \"{}\" needs a name for its messages", q.id, q.label);
            }
            if let (None, Some(required)) = (q.name, q.required) {
                let label = q.label.to_lowercase();
                assert!(required.to_lowercase().contains(&label), "{}: \"{required}\" does not name \"{}\"", q.id, q.label);
            }
        }
    }
}

/// A label may differ from how messages name the question only when it cannot start a
/// message itself: a question, an instruction, or words that read only in their place
/// on the page ("Their view", under the Youth Justice Service question).
fn label_needs_a_name(label: &str) -> bool {
    label.trim_end().ends_with('?')
        || ["Describe ", "Give ", "Their ", "Number of "].iter().any(|start| label.starts_with(start))
}

impl Question {
    fn kind_is_typed(&self) -> bool {
        matches!(self.kind, Kind::Text { .. } | Kind::LongText { .. } | Kind::Date { .. })
    }
}

/// What the officer sees as the question's name in a section's messages.
fn shown_name(slot: &Slot, ctx: &crate::domain::triage::context::RulesContext) -> String {
    let words = checks::words(ctx);
    let words = if slot.group.is_some() { words.item(slot.item) } else { words };
    let name = match slot.group.and_then(|g| g.of) {
        Some(of) => format!("{} of {of}", slot.question.name()),
        None => slot.question.name().to_string(),
    };
    words.fill(&name)
}

#[test]
fn every_message_names_its_question_as_the_officer_sees_it() {
    let ctx = example_context();
    let base = example_full_triage();
    let mut checked = 0;
    for slot in all_slots(&base).into_iter().filter(|s| s.shown && s.section != SectionId::YouthJustice) {
        let q = slot.question;
        let mut t = base.clone();
        let expected = match q.kind {
            // A bell character is refused in any typed answer.
            Kind::Text { .. } | Kind::LongText { .. } => {
                q.write(&mut t, slot.item, Answer::Text("a\u{7}b".into()));
                shown_name(&slot, &ctx)
            }
            Kind::Date { .. } => {
                q.write(&mut t, slot.item, Answer::Date(crate::domain::triage::dates::DateInput { day: "32".into(), month: "1".into(), year: "1990".into() }));
                shown_name(&slot, &ctx)
            }
            _ => continue,
        };
        let errors = validate_section(&t, slot.section, &ctx);
        let mine: Vec<_> = errors.iter().filter(|e| e.field.starts_with(&slot.field)).collect();
        assert_eq!(mine.len(), 1, "{}: {errors:?}", slot.field);
        assert!(mine[0].message.starts_with(&expected), "{}: \"{}\" should start with \"{expected}\"", slot.field, mine[0].message);
        checked += 1;
    }
    assert!(checked >= 25, "only {checked} questions checked");
}

#[test]
fn every_required_question_left_blank_gives_its_own_message_on_its_own_field() {
    let ctx = example_context();
    let base = example_full_triage();
    for slot in all_slots(&base).into_iter().filter(|s| s.shown && s.section != SectionId::YouthJustice) {
        let q = slot.question;
        let Some(required) = q.required else { continue };
        if slot.group.is_some_and(|g| g.required.is_some() && slot.item == 0 && g.items(&base) == 1) {
            continue; // a blank only item is the group's own message
        }
        let mut t = base.clone();
        let blank = match q.read(&t, slot.item) {
            Answer::Text(_) => Answer::Text(String::new()),
            Answer::Date(_) => Answer::Date(Default::default()),
            Answer::Choice(_) => Answer::Choice(None),
            Answer::Choices(_) => Answer::Choices(vec![]),
            Answer::Flag(_) => Answer::Flag(false),
        };
        q.write(&mut t, slot.item, blank);
        let words = checks::words(&ctx);
        let words = if slot.group.is_some() { words.item(slot.item) } else { words };
        let errors = validate_section(&t, slot.section, &ctx);
        assert!(
            errors.iter().any(|e| e.field.starts_with(&slot.field) && e.message == words.fill(required)),
            "{}: {errors:?}",
            slot.field
        );
    }
}

#[test]
fn every_why_link_points_at_a_guidance_section_the_form_may_link_to() {
    // The guidance's real-content test checks each target is a heading that exists.
    for (_, list) in lists() {
        for q in list {
            let Some(why) = q.why else { continue };
            assert!(
                crate::domain::guidance::FORM_LINK_TARGETS.contains(&(why.slug, why.anchor)),
                "{}: ({}, {}) is not in FORM_LINK_TARGETS",
                q.id,
                why.slug,
                why.anchor
            );
        }
    }
}

#[test]
fn a_single_answer_anywhere_in_a_section_counts_as_started() {
    let base = two_of_everything();
    for slot in all_slots(&base) {
        let mut t = Triage::default();
        let answer = slot.question.read(&base, slot.item);
        if answer.is_blank() {
            continue;
        }
        // Grow the group to reach the item.
        if let Some(g) = slot.group {
            g.ensure(&mut t, slot.item);
        }
        slot.question.write(&mut t, slot.item, answer);
        assert!(t.has_answers(slot.section), "{}", slot.field);
    }
}

#[test]
fn bail_is_asked_only_with_a_substantive_investigation_and_nothing_hidden_is_checked_or_sent() {
    let ctx = example_context();
    let mut t = example_full_triage();
    t.investigation.substantive = Some(YesNo::No);
    t.investigation.bail_in_place = Some(YesNo::Yes);
    t.investigation.bail_details = "a\u{7}".into();
    t.investigation.crime_references = vec!["not a reference".into()];
    assert_eq!(validate_section(&t, SectionId::Investigation, &ctx), vec![]);
    let p = Payload::build(&t, &ctx, example_meta());
    assert_eq!((p.investigation.bail_in_place, p.investigation.bail_details.as_deref()), (None, None));
    assert!(p.investigation.crime_references.is_empty());
    let rows = answer_sections(&t, &ctx);
    let inv = rows.iter().find(|s| s.section == SectionId::Investigation).unwrap();
    assert_eq!(inv.rows, vec![("Substantive investigation".to_string(), "No".to_string())]);
}

#[test]
fn bail_conditions_typed_in_are_checked_and_sent_when_bail_is_asked() {
    let ctx = example_context();
    let mut t = example_full_triage();
    t.investigation.bail_in_place = Some(YesNo::Yes);
    t.investigation.bail_details = String::new();
    let errors = validate_section(&t, SectionId::Investigation, &ctx);
    assert_eq!(errors[0].message, "Enter the bail conditions and when bail ends");
    t.investigation.bail_details = "  Not to contact Sam; bail ends 30 June  ".into();
    let p = Payload::build(&t, &ctx, example_meta());
    assert_eq!(p.investigation.bail_details.as_deref(), Some("Not to contact Sam; bail ends 30 June"));
    let text = text_copy(&t, &ctx, &example_meta());
    assert!(text.contains("Bail conditions and when bail ends: Not to contact Sam; bail ends 30 June"), "{text}");
}


#[test]
fn the_text_copy_contains_every_typed_answer_in_the_payload() {
    let (t, ctx) = (example_full_triage(), example_context());
    let payload = Payload::build(&t, &ctx, example_meta());
    let text = text_copy(&t, &ctx, &example_meta());
    let mut typed = Vec::new();
    strings(&serde_json::to_value(&payload).unwrap(), &mut typed);
    let is_code = |s: &str| s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    for answer in typed.iter().filter(|s| !is_code(s)) {
        for line in answer.lines().filter(|l| !l.trim().is_empty()) {
            let shown = crate::domain::triage::dates::CivilDate::parse_iso(line)
                .map(crate::domain::triage::dates::CivilDate::long)
                .unwrap_or_else(|| line.to_string());
            assert!(text.contains(&shown), "missing {shown:?} in\n{text}");
        }
    }
}

#[test]
fn the_text_copy_names_each_answer_as_the_form_does_under_its_section() {
    let (t, ctx) = (example_full_triage(), example_context());
    let text = text_copy(&t, &ctx, &example_meta());
    for section in SectionId::ALL.iter().filter(|s| **s != SectionId::YouthJustice) {
        assert!(text.contains(&section.title().to_uppercase()), "{section:?}");
    }
    for line in [
        "Your full name: Jo Example",
        "Person 1: Relationship to the respondent: Partner or ex-partner",
        "Respondent's date of birth: 12 April 1988 (age 37)",
        "Connection to Exampleshire: Lives in Exampleshire",
        "Subject to sex offender notification: No",
        "Known mental health issues: Not known",
        "Mental health checks made: Police systems",
        "Orders or measures in place: Yes",
        "Order or measure 1: Type: Bail conditions",
        "Priority: Routine",
        "Reference: SPO-7KX4-M9QA",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
}

#[test]
fn long_answers_are_indented_below_their_label() {
    let (mut t, ctx) = (example_full_triage(), example_context());
    t.behaviour_risk.acts_evidence = "First line of evidence here.\nSecond line of evidence.".into();
    let text = text_copy(&t, &ctx, &example_meta());
    assert!(text.contains(
        "Evidence of acts associated with stalking:\n  First line of evidence here.\n  Second line of evidence.\n"
    ));
}

#[test]
fn the_rows_are_the_text_copy_under_each_heading() {
    let (t, ctx) = (example_full_triage(), example_context());
    let text = text_copy(&t, &ctx, &example_meta());
    let sections = answer_sections(&t, &ctx);
    assert_eq!(sections.first().map(|s| s.section), Some(SectionId::AboutYou));
    assert!(sections.iter().all(|s| s.section != SectionId::YouthJustice));
    for s in &sections {
        for (label, value) in &s.rows {
            assert!(text.contains(label.as_str()), "{label}");
            for line in value.lines() {
                assert!(text.contains(line), "{line}");
            }
        }
    }
}

#[test]
fn a_respondent_said_to_be_under_18_takes_the_youth_route_everywhere() {
    let ctx = example_context();
    let mut t = example_full_triage();
    t.respondent.date_of_birth = Default::default();
    t.respondent.date_of_birth_not_known = true;
    t.respondent.under_18_if_not_known = Some(YesNoNotKnown::Yes);
    assert!(crate::domain::triage::status::section_applies(&t, SectionId::YouthJustice, &ctx));
    let errors = validate_section(&t, SectionId::YouthJustice, &ctx);
    assert_eq!(errors[0].message, "Select yes if you have contacted the Youth Justice Service");
    let p = Payload::build(&t, &ctx, example_meta());
    assert_eq!(p.respondent.under_18, Some(YesNoNotKnown::Yes));
    assert!(p.respondent.youth_court_likely);
    assert!(p.youth_justice.is_some());
    let text = text_copy(&t, &ctx, &example_meta());
    assert!(text.contains("Respondent under 18: Yes\nYouth route: Under 18"), "{text}");
}
