//! "Chronology of acts": what the respondent did, when and where, which behaviours
//! associated with stalking each act shows (PHA s2A(3) examples, facts item 83, and
//! the online ones the form offers) and how it is evidenced. Acts may be from any
//! date before today, wherever they happened (facts item 11).
//!
//! The catalogue draws each act's questions and reads them back; an act's evidence is
//! a list inside the act, drawn by the page's own component and read back by
//! [`evidence_rows`]. Every check of this section is the named rule
//! `chronology::validate_chronology` (its messages name the act and the evidence).
use super::question::{BlankItems, Entry, Group, Kind, Question, Shows};
use crate::domain::triage::choices::Behaviour;
use crate::domain::triage::chronology::{in_date_order, next_act_id, Act, Test, WhenKind};
use crate::domain::triage::fields::{TODAY_OR_PAST, LONG, SHORT};
use crate::domain::triage::model::Triage;
use crate::item;

/// The group stem: `chronology-0-what` is the first act's "what happened".
pub const GROUP: &str = "chronology";
pub const WHEN: &str = "when";
/// Date stems: `chronology-0-on-day`...
pub const ON: &str = "on";
pub const FROM: &str = "from";
pub const TO: &str = "to";
pub const WHAT: &str = "what";
pub const PLACE: &str = "place";
pub const BEHAVIOURS: &str = "behaviours";

pub static QUESTIONS: &[Entry] = &[Entry::Group(Group {
    id: GROUP,
    legend: None,
    item_legend: Some("Act {n}"),
    of: None,
    add: "Add another act",
    remove: "act {n}",
    required: Some("Add the first act: what the respondent did, when and where"),
    blank_items: BlankItems::Ignored,
    shows: Shows::Always,
    count: |t| t.acts.len(),
    push: |t| {
        let id = next_act_id(&t.acts);
        t.acts.push(Act { id, ..Act::default() });
    },
    remove_at: remove_act,
    questions: &[
        Question::new(WHEN, "When did it happen?", Kind::inline(WhenKind::LABELS), item!([acts] when)).named("When act {n} happened"),
        Question::new(ON, "Date", Kind::Date { future: TODAY_OR_PAST, age: false }, item!([acts] on))
            .named("Date of act {n}")
            .hint("For example, 3 3 2025")
            .under(WHEN, 0),
        Question::new(FROM, "From", Kind::Date { future: TODAY_OR_PAST, age: false }, item!([acts] from))
            .named("Start of the period of act {n}")
            .hint("The first day, for example 1 5 2025")
            .under(WHEN, 1),
        Question::new(TO, "To", Kind::Date { future: TODAY_OR_PAST, age: false }, item!([acts] to))
            .named("End of the period of act {n}")
            .hint("The last day, for example 20 5 2025")
            .under(WHEN, 1),
        Question::new(WHAT, "What did the respondent do?", Kind::counted(LONG, 4), item!([acts] what))
            .named("What the respondent did in act {n}")
            .hint("Describe this act only, in date order with the others. Include what was said or sent, if anything."),
        Question::new(PLACE, "Where did it happen?", Kind::line(SHORT, 0, super::question::Input::Text), item!([acts] place))
            .named("Where act {n} happened")
            .hint("An address or place, or 'online' and the platform or app"),
        Question::new(BEHAVIOURS, "Which behaviours associated with stalking does it show?", Kind::Checkboxes { choices: Behaviour::LABELS }, item!([acts] behaviours))
            .named("Behaviours act {n} shows")
            .hint("Select all that apply. The first seven are the examples the Protection from Harassment Act 1997 gives (section 2A(3)); they are not the only ones."),
    ],
})];

/// Removes act `i` and whatever cited it, so no test or condition is left citing an
/// act that is gone (ids are never reused: `next_act_id`).
fn remove_act(t: &mut Triage, i: usize) {
    if i >= t.acts.len() {
        return;
    }
    let id = t.acts.remove(i).id;
    let c = &mut t.citations;
    for list in [&mut c.acts_test, &mut c.risk_test, &mut c.necessity_test] {
        list.retain(|x| *x != id);
    }
    for cite in &mut c.conditions {
        cite.acts.retain(|x| *x != id);
    }
}

/// An act's evidence as check answers and the text copy show it: "Evidence 1 of act
/// 2" and "Witness statement, JE/1: statement of the neighbour".
pub fn evidence_rows(act: &Act, n: usize) -> Vec<(String, String)> {
    act.evidence
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind.is_some() || !e.exhibit.trim().is_empty() || !e.description.trim().is_empty())
        .map(|(j, e)| {
            let mut value = e.kind.map(|k| k.label().to_string()).unwrap_or_else(|| "Kind not given".into());
            if !e.exhibit.trim().is_empty() {
                value = format!("{value}, exhibit {}", e.exhibit.trim());
            }
            if !e.description.trim().is_empty() {
                value = format!("{value}: {}", e.description.trim());
            }
            (format!("Act {n}: evidence {}", j + 1), value)
        })
        .collect()
}

/// The cited acts by their numbers in date order: "Acts 1, 2 and 4"; `None` when none
/// of them is still in the chronology.
pub fn cited_words(acts: &[Act], ids: &[u32]) -> Option<String> {
    // In date order, once each: the acts' numbers as the documents give them.
    let numbers: Vec<usize> = in_date_order(acts).iter().enumerate().filter(|(_, a)| ids.contains(&a.id)).map(|(i, _)| i + 1).collect();
    let words: Vec<String> = numbers.iter().map(usize::to_string).collect();
    match words.as_slice() {
        [] => None,
        [one] => Some(format!("Act {one}")),
        [rest @ .., last] => Some(format!("Acts {} and {last}", rest.join(", "))),
    }
}

/// The rows saying which acts each test rests on, after the tests' evidence.
pub fn test_citation_rows(t: &Triage) -> Vec<(String, String)> {
    test_citations(t).into_iter().map(|(_, label, value)| (label, value)).collect()
}

/// As [`test_citation_rows`], with the test each row is about.
pub fn test_citations(t: &Triage) -> Vec<(Test, String, String)> {
    Test::ALL
        .into_iter()
        .filter_map(|test| {
            let cited = cited_words(&t.acts, t.citations.for_test(test))?;
            Some((test, format!("Acts test {} rests on", test.letter()), cited))
        })
        .collect()
}

/// The question whose evidence a test's citation sits under.
pub fn test_question(test: Test) -> &'static str {
    use super::behaviour_risk::{ACTS_EVIDENCE, NECESSITY_EVIDENCE, RISK_EVIDENCE};
    match test {
        Test::Acts => ACTS_EVIDENCE,
        Test::Risk => RISK_EVIDENCE,
        Test::Necessity => NECESSITY_EVIDENCE,
    }
}

/// The rows saying which acts and risk condition `index` answers, where it is shown
/// as condition `n`.
pub fn condition_citation_rows(t: &Triage, index: usize, n: usize) -> Vec<(String, String)> {
    let Some(c) = t.citations.for_condition(index) else { return Vec::new() };
    let mut rows = Vec::new();
    if let Some(cited) = cited_words(&t.acts, &c.acts) {
        rows.push((format!("Acts condition {n} answers"), cited));
    }
    if !c.risk.trim().is_empty() {
        rows.push((format!("Risk condition {n} answers"), c.risk.trim().to_string()));
    }
    rows
}

/// How an act is named where it is cited: "Act 2: 3 March 2025, followed her to work".
pub fn act_label(act: &Act, number: usize) -> String {
    let what: String = act.what.trim().chars().take(80).collect();
    let what = if act.what.trim().chars().count() > 80 { format!("{what}…") } else { what };
    if what.is_empty() {
        format!("Act {number}: {}", act.when_words())
    } else {
        format!("Act {number}: {}, {what}", act.when_words())
    }
}

/// The acts as choices, by id, numbered in date order as the documents number them.
pub fn act_options(acts: &[Act]) -> Vec<(u32, String)> {
    // Numbered as `act_number` numbers them, so the page and the documents agree.
    in_date_order(acts).into_iter().enumerate().filter(|(_, a)| !a.is_blank()).map(|(i, a)| (a.id, act_label(a, i + 1))).collect()
}

