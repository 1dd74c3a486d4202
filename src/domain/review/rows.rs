//! A delivered triage as the reviewer reads it: every section that applies, with each
//! answered question as check answers shows it (the same labels and values), and each
//! row named by its [`Target`] so a comment can be pinned to it. The proposed
//! conditions are rows too (wording, then why it is necessary), pinned to the condition.
use crate::domain::triage::questions::rows::shown_value;
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::dates::CivilDate;
use crate::domain::triage::model::{SectionId, Triage};
use crate::domain::triage::payload::Payload;
use crate::domain::triage::questions::checks::words;
use crate::domain::triage::questions::{chronology, entry_shows, section, shows_in, Entry, Words};
use crate::domain::triage::status::section_applies;
use crate::domain::triage::target::{group_question_id, AnswerTarget, Target};

use super::triage_from_payload::triage_from_payload;

/// One answer: what it is pinned by, the question and the answer as check answers shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRow {
    pub target: Target,
    pub label: String,
    pub value: String,
}

/// One section's rows, in form order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewSection {
    pub section: SectionId,
    pub rows: Vec<ReviewRow>,
}

/// `ctx` with today set to the day the payload was submitted, so ages and the youth
/// route read as the officer saw them (and not as they would be on the reviewer's day).
pub fn submission_context(payload: &Payload, ctx: &RulesContext) -> RulesContext {
    let mut ctx = ctx.clone();
    if let Some(day) = submission_day(payload) {
        ctx.today = day;
    }
    ctx
}

/// The date part of `submitted_at`.
pub fn submission_day(payload: &Payload) -> Option<CivilDate> {
    payload.submitted_at.get(..10).and_then(CivilDate::parse_iso)
}

/// Every section of the payload that applies, with its rows, judged on the day it was
/// submitted. `ctx` gives the force's words (its area, the example crime reference).
pub fn review_sections(payload: &Payload, ctx: &RulesContext) -> Vec<ReviewSection> {
    let ctx = submission_context(payload, ctx);
    sections_of(&triage_from_payload(payload), &ctx)
}

/// Every row of the payload, in form order (the sections' rows one after another).
pub fn review_rows(payload: &Payload, ctx: &RulesContext) -> Vec<ReviewRow> {
    review_sections(payload, ctx).into_iter().flat_map(|s| s.rows).collect()
}

/// The rows of a triage on `ctx.today`.
pub(crate) fn sections_of(triage: &Triage, ctx: &RulesContext) -> Vec<ReviewSection> {
    let words = words(ctx);
    SectionId::ALL
        .into_iter()
        .filter(|s| section_applies(triage, *s, ctx))
        .map(|s| ReviewSection { section: s, rows: section_rows(s, triage, &words, ctx.today) })
        .collect()
}

fn section_rows(id: SectionId, triage: &Triage, words: &Words, today: CivilDate) -> Vec<ReviewRow> {
    let mut rows = Vec::new();
    for entry in section(id) {
        match entry {
            Entry::Ask(q) if entry_shows(id, q.shows, triage) => {
                if let Some(value) = shown_value(q, triage, 0, words, today) {
                    let target = Target::Answer(AnswerTarget::question(id, q.id));
                    rows.push(ReviewRow { target, label: words.fill(q.name()), value });
                }
            }
            Entry::Group(g) if entry_shows(id, g.shows, triage) => {
                for i in (0..g.items(triage)).filter(|i| g.item_has_answers(triage, *i)) {
                    let w = words.item(i);
                    for q in g.questions.iter().filter(|q| shows_in(g.questions, q, triage, i)) {
                        let Some(value) = shown_value(q, triage, i, &w, today) else { continue };
                        let label = match g.item_legend {
                            Some(legend) => format!("{}: {}", w.fill(legend), w.fill(q.name())),
                            None => w.fill(q.name()),
                        };
                        let target = Target::Answer(AnswerTarget::item(id, &group_question_id(g, q), i));
                        rows.push(ReviewRow { target, label, value });
                    }
                    // An act's evidence: a comment on it is pinned to what the act was.
                    if let (Some(act), Some(first)) = (triage.acts.get(i).filter(|_| g.id == chronology::GROUP), g.questions.iter().find(|q| q.id == chronology::WHAT)) {
                        for (label, value) in chronology::evidence_rows(act, i + 1) {
                            let target = Target::Answer(AnswerTarget::item(id, &group_question_id(g, first), i));
                            rows.push(ReviewRow { target, label, value });
                        }
                    }
                }
            }
            Entry::Conditions => {
                for (n, c) in triage.conditions.iter().enumerate() {
                    let target = Target::Condition { index: n, template_id: c.template_id.clone() };
                    let wording = ReviewRow { target: target.clone(), label: format!("Condition {}", n + 1), value: c.wording.trim().to_string() };
                    let reason = format!("Why condition {} is necessary", n + 1);
                    rows.push(wording);
                    rows.push(ReviewRow { target: target.clone(), label: reason, value: c.reason.trim().to_string() });
                    for (label, value) in chronology::condition_citation_rows(triage, n, n + 1) {
                        rows.push(ReviewRow { target: target.clone(), label, value });
                    }
                }
            }
            _ => {}
        }
    }
    if id == SectionId::BehaviourRisk {
        for (test, label, value) in chronology::test_citations(triage) {
            let target = Target::Answer(AnswerTarget::question(id, chronology::test_question(test)));
            rows.push(ReviewRow { target, label, value });
        }
    }
    rows
}

/// Whether `target` names something in the payload a comment can be pinned to: a
/// question on the page of a section that applies (answered or not), or a condition
/// in the list with that template.
pub fn target_exists(payload: &Payload, target: &Target) -> bool {
    match target {
        Target::Condition { index, template_id } => {
            payload.conditions.get(*index).is_some_and(|c| &c.template_id == template_id)
        }
        Target::Answer(a) => {
            let ctx = submission_context(payload, &RulesContext::new(CivilDate { year: 2000, month: 1, day: 1 }, "", ""));
            let triage = triage_from_payload(payload);
            section_applies(&triage, a.section, &ctx) && a.is_on_page(&triage)
        }
    }
}

/// The label of `target` in the payload, as check answers shows it: the first row
/// pinned to it, or the catalogue's name for a question left blank.
pub fn target_label(payload: &Payload, target: &Target, ctx: &RulesContext) -> Option<String> {
    if let Some(row) = review_rows(payload, ctx).into_iter().find(|r| &r.target == target) {
        return Some(row.label);
    }
    match target {
        Target::Answer(a) => {
            let (q, group) = a.resolve()?;
            let w = words(ctx);
            Some(match (group.and_then(|g| g.item_legend), a.item) {
                (Some(legend), Some(i)) => format!("{}: {}", w.item(i).fill(legend), w.item(i).fill(q.name())),
                _ => w.item(a.item.unwrap_or(0)).fill(q.name()),
            })
        }
        Target::Condition { index, .. } => Some(format!("Condition {}", index + 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::fixtures::{example_context, example_full_triage, example_meta};
    use crate::domain::triage::questions::rows::answer_sections;

    fn example() -> Payload {
        Payload::build(&example_full_triage(), &example_context(), example_meta())
    }

    #[test]
    fn the_review_shows_the_answers_exactly_as_check_answers_does() {
        let t = example_full_triage();
        let ctx = example_context();
        let check_answers: Vec<(String, String)> = answer_sections(&t, &ctx).into_iter().flat_map(|s| s.rows).collect();
        let review: Vec<(String, String)> = review_rows(&example(), &ctx).into_iter().map(|r| (r.label, r.value)).collect();
        assert_eq!(review, check_answers);
    }

    #[test]
    fn each_row_is_pinned_to_its_question_or_condition() {
        let rows = review_rows(&example(), &example_context());
        let find = |label: &str| rows.iter().find(|r| r.label == label).map(|r| r.target.clone());
        assert_eq!(find("Respondent's full name"), Some(Target::Answer(AnswerTarget::question(SectionId::Respondent, "respondent-name"))));
        assert_eq!(find("Person 2: Full name"), Some(Target::Answer(AnswerTarget::item(SectionId::People, "people-name", 1))));
        assert_eq!(find("Crime reference 1"), Some(Target::Answer(AnswerTarget::item(SectionId::Investigation, "investigation-crime-reference", 0))));
        let condition = Target::Condition { index: 1, template_id: "no-entry-mapped-area".into() };
        assert_eq!(find("Condition 2"), Some(condition.clone()));
        assert_eq!(find("Why condition 2 is necessary"), Some(condition));
        assert_eq!(find("Connection to Exampleshire").map(|t| t.section()), Some(SectionId::Respondent));
    }

    #[test]
    fn ages_are_as_on_the_day_the_triage_was_sent() {
        let mut late = example_context();
        late.today = CivilDate { year: 2040, month: 1, day: 1 };
        let rows = review_rows(&example(), &late);
        assert!(rows.iter().any(|r| r.value == "12 April 1988 (age 37)"), "{rows:?}");
    }

    #[test]
    fn targets_exist_when_their_question_is_on_the_page() {
        let p = example();
        let answer = |s, q: &str| Target::Answer(AnswerTarget::question(s, q));
        assert!(target_exists(&p, &answer(SectionId::Respondent, "respondent-name")));
        assert!(target_exists(&p, &answer(SectionId::Respondent, "respondent-other-names")));
        assert!(!target_exists(&p, &answer(SectionId::Respondent, "respondent-existing-spo-details")), "hidden");
        assert!(!target_exists(&p, &answer(SectionId::YouthJustice, "youth-contacted")), "the section does not apply");
        assert!(target_exists(&p, &Target::Answer(AnswerTarget::item(SectionId::People, "people-role", 1))));
        assert!(!target_exists(&p, &Target::Answer(AnswerTarget::item(SectionId::People, "people-role", 2))));
        assert!(target_exists(&p, &Target::Condition { index: 0, template_id: "no-direct-contact".into() }));
        assert!(!target_exists(&p, &Target::Condition { index: 0, template_id: "no-entry-mapped-area".into() }));
        assert!(!target_exists(&p, &Target::Condition { index: 2, template_id: "no-direct-contact".into() }));
    }

    #[test]
    fn a_blank_question_is_labelled_from_the_catalogue() {
        let ctx = example_context();
        let p = example();
        let label = |t: Target| target_label(&p, &t, &ctx);
        assert_eq!(label(Target::Answer(AnswerTarget::item(SectionId::People, "people-dob-not-known", 1))).as_deref(), Some("Person 2: Date of birth not known"));
        assert_eq!(label(Target::Answer(AnswerTarget::question(SectionId::Respondent, "respondent-name"))).as_deref(), Some("Respondent's full name"));
    }
}
