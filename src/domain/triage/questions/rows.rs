//! Check answers and the text copy, read from the catalogue: every question on the page
//! with an answer, under its section, named as in its messages. Both come from the same
//! rows, so they can never disagree.
use super::question::{Entry, Kind, Question, Words};
use super::{entry_shows, section, shows_in};
use super::checks::words as words_for;
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::dates::{age_on, CivilDate};
use crate::domain::triage::model::{SectionId, Triage};
use crate::domain::triage::notices::{priority, Priority};
use crate::domain::triage::payload::SubmissionMeta;
use crate::domain::triage::status::section_applies;
use crate::domain::triage::youth::{youth_route, YouthRoute};

/// One section's answers as (question, answer) rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerSection {
    pub section: SectionId,
    pub rows: Vec<(String, String)>,
}

/// Every section that applies, with the rows of its answered questions, in form order.
pub fn answer_sections(triage: &Triage, ctx: &RulesContext) -> Vec<AnswerSection> {
    let words = words_for(ctx);
    SectionId::ALL
        .into_iter()
        .filter(|s| section_applies(triage, *s, ctx))
        .map(|s| AnswerSection { section: s, rows: section_rows(s, triage, ctx, &words) })
        .collect()
}

fn section_rows(id: SectionId, triage: &Triage, ctx: &RulesContext, words: &Words) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    for entry in section(id) {
        match entry {
            Entry::Ask(q) if entry_shows(id, q.shows, triage) => {
                if let Some(value) = shown_value(q, triage, 0, words, ctx.today) {
                    rows.push((words.fill(q.name()), value));
                }
                derived_rows(q, triage, ctx, &mut rows);
            }
            Entry::Group(g) if entry_shows(id, g.shows, triage) => {
                for i in 0..g.items(triage) {
                    if !g.item_has_answers(triage, i) {
                        continue;
                    }
                    let w = words.item(i);
                    for q in g.questions.iter().filter(|q| shows_in(g.questions, q, triage, i)) {
                        let Some(value) = shown_value(q, triage, i, &w, ctx.today) else { continue };
                        let label = match g.item_legend {
                            Some(legend) => format!("{}: {}", w.fill(legend), w.fill(q.name())),
                            None => w.fill(q.name()),
                        };
                        rows.push((label, value));
                    }
                    if g.id == super::chronology::GROUP {
                        if let Some(act) = triage.acts.get(i) {
                            rows.extend(super::chronology::evidence_rows(act, i + 1));
                        }
                    }
                }
            }
            Entry::Conditions => {
                for (n, c) in triage.conditions.iter().enumerate() {
                    rows.push((format!("Condition {}", n + 1), c.wording.trim().to_string()));
                    rows.push((format!("Why condition {} is necessary", n + 1), c.reason.trim().to_string()));
                    rows.extend(super::chronology::condition_citation_rows(triage, n, n + 1));
                }
            }
            _ => {}
        }
    }
    if id == SectionId::BehaviourRisk {
        rows.extend(super::chronology::test_citation_rows(triage));
    }
    rows
}

/// An answer as the officer reads it back; `None` when nothing was entered. The
/// review reads answers back with it too (`crate::domain::review::rows`).
pub(crate) fn shown_value(q: &Question, triage: &Triage, item: usize, words: &Words, today: CivilDate) -> Option<String> {
    let answer = q.read(triage, item);
    if answer.is_blank() {
        return None;
    }
    let label = |i: usize| q.choices().get(i).map(|l| words.fill(l));
    match q.kind {
        Kind::Text { .. } | Kind::LongText { .. } => Some(answer.text().trim().to_string()),
        Kind::Date { age, .. } => {
            let date = answer.date().parse("").ok().flatten()?;
            match age_on(date, today).filter(|_| age) {
                Some(years) => Some(format!("{} (age {years})", date.long())),
                None => Some(date.long()),
            }
        }
        Kind::Radios { .. } => answer.choice().and_then(label),
        Kind::Checkboxes { .. } => {
            Some(answer.choices().into_iter().filter_map(label).collect::<Vec<_>>().join("; "))
        }
        Kind::Checkbox => Some("Yes".to_string()),
    }
}

/// What the rules work out from an answer, shown after it: the youth route after the
/// respondent's age (facts items 33, 58, 109: the youth court is likely, unverified).
fn derived_rows(q: &Question, triage: &Triage, ctx: &RulesContext, rows: &mut Vec<(String, String)>) {
    use super::respondent::{DOB_NOT_KNOWN, UNDER_18};
    let after = if triage.respondent.date_of_birth_not_known { UNDER_18 } else { DOB_NOT_KNOWN };
    if q.id == after {
        if let YouthRoute::Youth { .. } = youth_route(triage, ctx.today) {
            rows.push((
                "Youth route".to_string(),
                "Under 18: Youth Justice Service contact needed. Youth court: likely; to be confirmed".to_string(),
            ));
        }
    }
}

/// The plain-text copy: a heading, the submission's details, then every section's rows.
/// A value over several lines goes below its label, indented, so the reader can tell
/// where the answer ends.
pub fn text_copy(triage: &Triage, ctx: &RulesContext, meta: &SubmissionMeta) -> String {
    let mut out = String::from("STALKING PROTECTION ORDER TRIAGE\n");
    let urgent = match priority(triage) {
        Priority::Urgent => "Urgent: immediate risk of harm reported",
        Priority::Routine => "Routine",
    };
    let form = format!("{} (schema {})", meta.app_version, crate::domain::version::SCHEMA_VERSION);
    for (label, value) in [
        ("Reference", meta.reference.as_str()),
        ("Submitted", meta.submitted_at.as_str()),
        ("Force", meta.force_name.as_str()),
        ("Priority", urgent),
        ("Submission id", meta.submission_id.as_str()),
        ("Form version", form.as_str()),
    ] {
        line(&mut out, label, value);
    }
    for s in answer_sections(triage, ctx) {
        out.push('\n');
        out.push_str(&s.section.title().to_uppercase());
        out.push('\n');
        for (label, value) in &s.rows {
            line(&mut out, label, value);
        }
    }
    out
}

fn line(out: &mut String, label: &str, value: &str) {
    if value.contains('\n') {
        out.push_str(label);
        out.push_str(":\n");
        for l in value.lines() {
            out.push_str("  ");
            out.push_str(l);
            out.push('\n');
        }
    } else {
        out.push_str(&format!("{label}: {value}\n"));
    }
}
