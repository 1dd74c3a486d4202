//! The checks every question gets from its catalogue entry: required answers, lengths,
//! hidden characters, real past dates, a choice made. Only questions on the page are
//! checked. The section's named rules (`validate_*`) add what spans fields; a field
//! keeps the catalogue's message when it has one, so the officer fixes one thing at a
//! time, and messages come in page order.
use super::question::{BlankItems, Entry, Kind, Question, Words};
use super::{entry_shows, section, shows_in};
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::dates::{CivilDate, DatePart};
use crate::domain::triage::field_ids::date_part;
use crate::domain::triage::fields::{text_problem, DateQuestion, Errors, FieldError};
use crate::domain::triage::model::{SectionId, Triage};

/// The catalogue's errors for a section, and the ids of the fields on the page in page
/// order (so named rules' errors can be put in place).
pub struct Checked {
    pub errors: Vec<FieldError>,
    pub order: Vec<String>,
}

/// The words a section's questions may name, from the rules' context.
pub fn words(ctx: &RulesContext) -> Words {
    Words { n: None, area: ctx.area_name(), example: ctx.crime_reference_example.trim().to_string() }
}

/// Runs the catalogue's checks on one section.
pub fn check_section(id: SectionId, triage: &Triage, ctx: &RulesContext) -> Checked {
    let words = words(ctx);
    let mut out = Checked { errors: Vec::new(), order: Vec::new() };
    let list = section(id);
    for entry in list {
        match entry {
            Entry::Ask(q) if entry_shows(id, q.shows, triage) => {
                out.order.push(q.id.to_string());
                check(q, q.id, q.name(), triage, 0, &words, ctx.today, &mut out.errors);
            }
            Entry::Group(g) if entry_shows(id, g.shows, triage) => {
                let count = g.items(triage);
                if let (Some(message), false) = (g.required, (0..count).any(|i| g.item_has_answers(triage, i))) {
                    if let Some(first) = g.questions.first() {
                        let field = g.field_id(0, first);
                        out.order.push(field.clone());
                        out.errors.push(FieldError::new(field, words.item(0).fill(message)));
                    }
                    continue;
                }
                for i in 0..count {
                    if g.blank_items == BlankItems::Ignored && !g.item_has_answers(triage, i) {
                        continue;
                    }
                    let item_words = words.item(i);
                    for q in g.questions.iter().filter(|q| shows_in(g.questions, q, triage, i)) {
                        let field = g.field_id(i, q);
                        let name = match g.of {
                            Some(of) => format!("{} of {of}", q.name()),
                            None => q.name().to_string(),
                        };
                        out.order.push(field.clone());
                        check(q, &field, &name, triage, i, &item_words, ctx.today, &mut out.errors);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// One question's checks. `field` is its HTML id, `name` how messages name it (both
/// may still hold `{n}`, filled by `words`).
#[allow(clippy::too_many_arguments)]
fn check(
    q: &Question,
    field: &str,
    name: &str,
    triage: &Triage,
    item: usize,
    words: &Words,
    today: CivilDate,
    errors: &mut Vec<FieldError>,
) {
    let answer = q.read(triage, item);
    let name = words.fill(name);
    let required = q.required.map(|m| words.fill(m));
    let mut add = |field: String, message: String| errors.push(FieldError::new(field, message));
    match q.kind {
        Kind::Text { limit, .. } | Kind::LongText { limit, .. } => {
            let text = answer.text();
            if text.trim().is_empty() {
                if let Some(m) = required {
                    add(field.to_string(), m);
                }
            } else if let Some(problem) = text_problem(&text, &name, limit) {
                add(field.to_string(), problem);
            }
        }
        Kind::Date { future, .. } => {
            let date = answer.date();
            if date.is_blank() && required.is_none() {
                return;
            }
            let enter = required.unwrap_or_default();
            let mut e = Errors::default();
            e.past_date(field, &date, DateQuestion { label: &name, enter: &enter, when_future: future }, today);
            errors.extend(e.0);
        }
        Kind::Radios { .. } | Kind::Checkboxes { .. } | Kind::Checkbox => {
            if let (true, Some(m)) = (answer.is_blank(), required) {
                add(field.to_string(), m);
            }
        }
    }
}

/// Puts the named rules' errors among the catalogue's, in page order: a field with a
/// catalogue error keeps only that, and a named error on a field that is not on the
/// page is dropped (nothing the officer cannot see may stop them).
pub fn merge(checked: Checked, named: Vec<FieldError>) -> Vec<FieldError> {
    let slot = |field: &str| checked.order.iter().position(|stem| belongs(field, stem));
    let mut slotted: Vec<(usize, usize, FieldError)> = Vec::new();
    for (n, e) in checked.errors.iter().enumerate() {
        slotted.push((slot(&e.field).unwrap_or(usize::MAX), n, e.clone()));
    }
    let taken: Vec<usize> = slotted.iter().map(|(s, _, _)| *s).collect();
    for (n, e) in named.into_iter().enumerate() {
        if let Some(s) = slot(&e.field).filter(|s| !taken.contains(s)) {
            slotted.push((s, checked.errors.len() + n, e));
        }
    }
    slotted.sort_by_key(|(s, n, _)| (*s, *n));
    slotted.into_iter().map(|(_, _, e)| e).collect()
}

/// Whether an error's field is the question `stem` or one box of its date.
fn belongs(field: &str, stem: &str) -> bool {
    field == stem || [DatePart::Day, DatePart::Month, DatePart::Year].iter().any(|p| date_part(stem, *p) == field)
}
