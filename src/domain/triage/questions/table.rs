//! The answers of a triage as the officer would enter them, box by box, for the
//! end-to-end tests: `cargo xtask test` writes the example case's table to a file, and
//! the tests' page object types it into the form by label. So the case is written once,
//! in the Rust fixture, and the tests prove the labels the officer sees.
use serde::Serialize;

use super::question::{Entry, Input, Kind, Words};
use super::{checks::words, chronology, entry_shows, section, shows_in, Question};
use crate::domain::triage::chronology::Test;
use crate::domain::conditions::catalogue::Catalogue;
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::model::{SectionId, Triage};
use crate::domain::triage::status::section_applies;

/// One box to fill in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableRow {
    /// The section's address, e.g. `respondent`.
    pub section: &'static str,
    /// The legend of the "add another" item the box is in ("Person 2"), if any.
    pub item: Option<String>,
    /// The label or legend as the page shows it.
    pub label: String,
    /// `text`, `date`, `radios`, `checkboxes` or `checkbox`.
    pub kind: &'static str,
    /// What to type, or the labels of the choices to pick (a date: day, month, year;
    /// a checkbox: nothing).
    pub values: Vec<String>,
    /// Free text, with no format to keep: tests may add to it (markup, say) and it is
    /// still accepted. Emails, phone numbers, references and numbers are not.
    pub free: bool,
    /// The button that adds the item the box is in, when it is a later "add another"
    /// item ("Add another act").
    pub add: Option<String>,
    /// Each value is the start of its choice's label, not all of it: an act cited by a
    /// test is labelled with its date and then what the officer typed.
    pub prefix: bool,
}

/// One condition to add in the builder: its title in the catalogue, its slots by label,
/// and the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableCondition {
    pub title: String,
    pub slots: Vec<(String, String)>,
    /// The map reference of an area slot, if any.
    pub map_reference: Option<String>,
    pub reason: String,
}

/// Every answered box of the triage, in page order, section by section (only the
/// sections that apply), and its conditions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswersTable {
    pub rows: Vec<TableRow>,
    pub conditions: Vec<TableCondition>,
    /// How many "add another" items each section needs beyond the first.
    pub extra_items: Vec<(&'static str, usize)>,
    /// Every section's address and title, in task-list order (the task list's links).
    pub sections: Vec<(&'static str, &'static str)>,
}

pub fn answers_table(triage: &Triage, ctx: &RulesContext, catalogue: &Catalogue) -> AnswersTable {
    let w = words(ctx);
    let sections = SectionId::ALL.iter().map(|s| (s.slug(), s.title())).collect();
    let mut table = AnswersTable { rows: Vec::new(), conditions: Vec::new(), extra_items: Vec::new(), sections };
    for id in SectionId::ALL.into_iter().filter(|s| section_applies(triage, *s, ctx) && *s != SectionId::Conditions) {
        for entry in section(id) {
            match entry {
                Entry::Ask(q) if entry_shows(id, q.shows, triage) => {
                    if let Some(row) = row(id, q, None, triage, 0, &w, None) {
                        table.rows.push(row);
                    }
                }
                Entry::Group(g) if entry_shows(id, g.shows, triage) => {
                    let items = g.items(triage);
                    if items > 1 {
                        table.extra_items.push((id.slug(), items - 1));
                    }
                    for i in 0..items {
                        let iw = w.item(i);
                        let legend = g.item_legend.map(|l| iw.fill(l));
                        for q in g.questions.iter().filter(|q| shows_in(g.questions, q, triage, i)) {
                            if let Some(row) = row(id, q, Some(g), triage, i, &iw, legend.clone()) {
                                table.rows.push(row);
                            }
                        }
                        if g.id == chronology::GROUP {
                            table.rows.extend(evidence_rows(triage, i));
                        }
                    }
                }
                _ => {}
            }
        }
        if id == SectionId::BehaviourRisk {
            table.rows.extend(test_citation_rows(triage));
        }
    }
    for c in &triage.conditions {
        let Some(template) = catalogue.get(&c.template_id) else { continue };
        let slots = template
            .slots
            .iter()
            .filter_map(|spec| c.slots.iter().find(|s| s.name == spec.name).map(|s| (spec.label.clone(), s.text.clone())))
            .collect();
        let map_reference = c.slots.iter().find_map(|s| s.map_reference.clone());
        table.conditions.push(TableCondition { title: template.title.clone(), slots, map_reference, reason: c.reason.clone() });
    }
    table.rows.extend(condition_citation_rows(triage, catalogue));
    table
}

/// A box of the chronology's own parts (evidence, citations), which the catalogue does
/// not hold.
fn own_row(section: SectionId, item: Option<String>, label: String, kind: &'static str, values: Vec<String>, add: Option<String>) -> TableRow {
    TableRow { section: section.slug(), item, label, kind, free: kind == "text", values, add, prefix: kind == "checkboxes" }
}

/// Act `i`'s evidence, box by box, in its "Evidence 1 for act 1" fieldsets.
fn evidence_rows(triage: &Triage, i: usize) -> Vec<TableRow> {
    let Some(act) = triage.acts.get(i) else { return Vec::new() };
    let n = i + 1;
    let mut rows = Vec::new();
    for (j, e) in act.evidence.iter().enumerate() {
        let item = Some(format!("Evidence {} for act {n}", j + 1));
        let add = (j > 0).then(|| format!("Add another piece of evidence for act {n}"));
        let s = SectionId::Chronology;
        if let Some(kind) = e.kind {
            rows.push(own_row(s, item.clone(), "Kind of evidence".into(), "radios", vec![kind.label().into()], add.clone()));
        }
        if !e.exhibit.is_empty() {
            let mut row = own_row(s, item.clone(), "Exhibit reference".into(), "text", vec![e.exhibit.clone()], add.clone());
            row.free = false;
            rows.push(row);
        }
        if !e.description.is_empty() {
            rows.push(own_row(s, item.clone(), "What it is (optional)".into(), "text", vec![e.description.clone()], add.clone()));
        }
    }
    rows
}

/// The start of a cited act's label: "Act 2: 3 March 2025," (what follows is typed).
fn cited_prefix(triage: &Triage, id: u32) -> Option<String> {
    let options = chronology::act_options(&triage.acts);
    let (_, label) = options.iter().find(|(x, _)| *x == id)?;
    let act = triage.acts.iter().find(|a| a.id == id)?;
    let cut = label.find(&format!(", {}", act.what.trim().chars().take(1).collect::<String>())).map_or(label.len(), |i| i + 1);
    Some(label[..cut].to_string())
}

/// The acts each test rests on, ticked under the test's evidence.
fn test_citation_rows(triage: &Triage) -> Vec<TableRow> {
    let label_of = |id: &u32| cited_prefix(triage, *id);
    Test::ALL
        .into_iter()
        .filter(|test| !triage.citations.for_test(*test).is_empty())
        .map(|test| {
            let values = triage.citations.for_test(test).iter().filter_map(label_of).collect();
            let label = format!("Which acts in the chronology does test {} rest on?", test.letter());
            own_row(SectionId::BehaviourRisk, None, label, "checkboxes", values, None)
        })
        .collect()
}

/// The acts and risk each condition answers, in the condition's card.
fn condition_citation_rows(triage: &Triage, catalogue: &Catalogue) -> Vec<TableRow> {
    let label_of = |id: &u32| cited_prefix(triage, *id);
    let mut rows = Vec::new();
    for (i, c) in triage.conditions.iter().enumerate() {
        let (Some(cite), Some(template)) = (triage.citations.for_condition(i), catalogue.get(&c.template_id)) else { continue };
        let n = i + 1;
        let item = Some(format!("Condition {n}: {}", template.title));
        if !cite.acts.is_empty() {
            let values = cite.acts.iter().filter_map(label_of).collect();
            rows.push(own_row(SectionId::Conditions, item.clone(), format!("Which acts does condition {n} answer?"), "checkboxes", values, None));
        }
        if !cite.risk.is_empty() {
            rows.push(own_row(SectionId::Conditions, item, format!("What risk does condition {n} answer? (optional)"), "text", vec![cite.risk.clone()], None));
        }
    }
    rows
}

fn row(
    section: SectionId,
    q: &Question,
    group: Option<&super::Group>,
    triage: &Triage,
    item: usize,
    w: &Words,
    legend: Option<String>,
) -> Option<TableRow> {
    let answer = q.read(triage, item);
    if answer.is_blank() {
        return None;
    }
    let choice = |i: usize| q.choices().get(i).map(|l| w.fill(l));
    let (kind, values) = match q.kind {
        Kind::Text { .. } | Kind::LongText { .. } => ("text", vec![answer.text()]),
        Kind::Date { .. } => {
            let d = answer.date();
            ("date", vec![d.day, d.month, d.year])
        }
        Kind::Radios { .. } => ("radios", answer.choice().and_then(choice).into_iter().collect()),
        Kind::Checkboxes { .. } => ("checkboxes", answer.choices().into_iter().filter_map(choice).collect()),
        Kind::Checkbox => ("checkbox", vec![]),
    };
    let free = matches!(q.kind, Kind::LongText { .. } | Kind::Text { input: Input::Text | Input::PersonName, .. });
    let add = group.filter(|_| item > 0).map(|g| g.add.to_string());
    Some(TableRow { section: section.slug(), item: legend, label: q.page_label(w, group), kind, values, free, add, prefix: false })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::fixtures::{example_context, example_full_triage};

    #[test]
    fn the_example_case_is_a_table_of_every_answered_box_by_its_label() {
        let ctx = example_context();
        let catalogue = ctx.conditions_catalogue.clone().expect("the example catalogue loads");
        let table = answers_table(&example_full_triage(), &ctx, &catalogue);
        let find = |label: &str| table.rows.iter().find(|r| r.label == label).unwrap_or_else(|| panic!("no {label}"));
        assert_eq!(find("Your full name").values, vec!["Jo Example"]);
        assert_eq!(find("Respondent's date of birth").values, vec!["12", "4", "1988"]);
        assert_eq!(find("What is the respondent's connection to Exampleshire?").values, vec!["Lives in Exampleshire"]);
        assert_eq!(find("Other names they use (optional)").kind, "text");
        // A crime reference is not optional: the group asks for at least one.
        assert_eq!(find("Crime reference 1").values, vec!["24/123456/25"]);
        assert!(table.rows.iter().any(|r| r.item.as_deref() == Some("Person 2") && r.label == "Full name"));
        assert_eq!(table.extra_items, vec![("people", 1), ("chronology", 3)]);
        assert_eq!(table.conditions.len(), 2);
        assert_eq!(table.conditions[1].map_reference.as_deref(), Some("Map A"));
        // The declaration is on check answers, and a section that does not apply is left out.
        assert!(table.rows.iter().all(|r| r.section != "youth-justice"));
    }
}
