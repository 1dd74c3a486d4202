use super::*;
use crate::domain::triage::fixtures::EXAMPLE_TODAY;
use crate::domain::triage::test_support::{messages, pair};

fn day(d: u32, m: u32, y: i32) -> DateInput {
    DateInput { day: d.to_string(), month: m.to_string(), year: y.to_string() }
}

fn act_on(id: u32, date: DateInput) -> Act {
    Act {
        id,
        when: Some(WhenKind::OnDate),
        on: date,
        what: "Waited outside the house".into(),
        place: "Meadow Road, Exampletown".into(),
        evidence: vec![EvidenceItem { kind: Some(EvidenceKind::Statement), exhibit: "JE/1".into(), description: String::new() }],
        behaviours: vec![Behaviour::Loitering],
        ..Act::default()
    }
}

fn check(acts: &[Act]) -> Vec<(String, String)> {
    messages(validate_chronology(acts, EXAMPLE_TODAY))
}

#[test]
fn a_complete_act_passes() {
    assert_eq!(check(&[act_on(1, day(3, 3, 2025))]), vec![]);
}

#[test]
fn an_empty_chronology_asks_for_the_first_act() {
    let errors = check(&[]);
    assert_eq!(errors[0], pair("chronology-0-when", "Select whether act 1 happened on one day or over a period"));
    assert!(errors.contains(&pair("chronology-0-what", "Enter what the respondent did in act 1")));
    assert!(errors.contains(&pair("chronology-0-evidence-0-kind", "Select how act 1 is evidenced")));
    assert!(errors.contains(&pair("chronology-0-behaviours", "Select the behaviours associated with stalking that act 1 shows")));
    assert_eq!(check(&[Act::default()]), errors);
}

#[test]
fn a_blank_extra_row_is_ignored() {
    assert_eq!(check(&[act_on(1, day(3, 3, 2025)), Act::default()]), vec![]);
}

#[test]
fn dates_point_at_the_box_and_cannot_be_in_the_future() {
    let mut a = act_on(1, day(3, 0, 2025));
    a.on.month = String::new();
    assert_eq!(check(&[a]), vec![pair("chronology-0-on-month", "Date of act 1 must include a month")]);
    let a = act_on(1, day(3, 6, 2025));
    assert_eq!(check(&[a]), vec![pair("chronology-0-on-day", "Date of act 1 must be today or in the past")]);
    assert_eq!(check(&[act_on(1, DateInput::from_date(EXAMPLE_TODAY))]), vec![]);
}

#[test]
fn a_period_ends_on_or_after_its_start() {
    let mut a = act_on(1, DateInput::default());
    a.when = Some(WhenKind::Period);
    a.from = day(20, 5, 2025);
    a.to = day(1, 5, 2025);
    assert_eq!(check(&[a.clone()]), vec![pair("chronology-0-to-day", "End of the period of act 1 must be the same as or after the start")]);
    a.to = day(20, 5, 2025);
    assert_eq!(check(&[a.clone()]), vec![]);
    a.to = DateInput::default();
    assert_eq!(check(&[a]), vec![pair("chronology-0-to-day", "Enter when the period of act 1 ended")]);
}

#[test]
fn each_evidence_item_needs_a_kind_and_an_exhibit_reference() {
    let mut a = act_on(1, day(3, 3, 2025));
    a.evidence.push(EvidenceItem::default());
    assert_eq!(
        check(&[a]),
        vec![
            pair("chronology-0-evidence-1-kind", "Select the kind of evidence 2 for act 1"),
            pair("chronology-0-evidence-1-exhibit", "Enter the exhibit reference of evidence 2 for act 1, for example JE/1"),
        ]
    );
}

#[test]
fn pasted_hidden_characters_are_refused() {
    let mut a = act_on(1, day(3, 3, 2025));
    a.place = "Meadow\u{202E}Road".into();
    let errors = check(&[a]);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].0, "chronology-0-place");
}

#[test]
fn acts_sort_into_date_order_and_undated_acts_go_last() {
    let mut period = act_on(4, DateInput::default());
    period.when = Some(WhenKind::Period);
    period.from = day(1, 3, 2025);
    period.to = day(31, 3, 2025);
    let undated = Act { id: 2, ..Act::default() };
    let mut acts = vec![act_on(1, day(17, 3, 2025)), undated, act_on(3, day(1, 3, 2025)), period];
    let ids: Vec<u32> = in_date_order(&acts).iter().map(|a| a.id).collect();
    // 1 March (one day) before 1 to 31 March (ends later), then 17 March, then no date.
    assert_eq!(ids, vec![3, 4, 1, 2]);
    assert_eq!(act_number(&acts, 1), Some(3));
    sort_by_date(&mut acts);
    assert_eq!(acts.iter().map(|a| a.id).collect::<Vec<_>>(), vec![3, 4, 1, 2]);
    assert_eq!(acts[1].when_words(), "1 March 2025 to 31 March 2025");
    assert_eq!(acts[3].when_words(), "[date not entered]");
}

#[test]
fn new_acts_never_reuse_an_id() {
    assert_eq!(next_act_id(&[]), 1);
    assert_eq!(next_act_id(&[act_on(7, day(1, 1, 2025)), act_on(3, day(1, 1, 2025))]), 8);
}

#[test]
fn the_first_seven_behaviours_are_the_s2a_examples() {
    assert_eq!(s2a_paragraph(Behaviour::Following), Some("s2A(3)(a)"));
    assert_eq!(s2a_paragraph(Behaviour::WatchingOrSpying), Some("s2A(3)(g)"));
    assert_eq!(s2a_paragraph(Behaviour::FakeProfiles), None);
    let examples = Behaviour::ALL.iter().filter(|b| s2a_paragraph(**b).is_some()).count();
    assert_eq!(examples, 7);
}

#[test]
fn citations_must_point_at_acts_that_exist_and_a_removed_conditions_is_ignored() {
    let acts = [act_on(1, day(3, 3, 2025)), act_on(2, day(10, 3, 2025))];
    let mut c = ActCitations { acts_test: vec![1, 2], risk_test: vec![2], necessity_test: vec![], ..Default::default() };
    c.conditions.push(ConditionCitation { condition_index: 0, acts: vec![1], risk: "Further contact".into() });
    assert_eq!(messages(validate_citations(&c, &acts, 1)), vec![]);
    c.risk_test.push(9);
    c.conditions.push(ConditionCitation { condition_index: 3, acts: vec![], risk: String::new() });
    assert_eq!(
        messages(validate_citations(&c, &acts, 1)),
        vec![
            pair("citations-risk-test", "Test (b) cites an act that is no longer in the chronology: select the acts again"),
        ]
    );
    let cited: Vec<u32> = ActCitations::cited_acts(&acts, c.for_test(Test::Risk)).iter().map(|a| a.id).collect();
    assert_eq!(cited, vec![2]);
}

#[test]
fn a_saved_chronology_missing_fields_still_opens() {
    let acts: Vec<Act> = serde_json::from_str(r#"[{"id":3,"what":"Sent flowers"}]"#).unwrap();
    assert_eq!(acts[0].what, "Sent flowers");
    assert_eq!(acts[0].evidence, vec![]);
    let c: ActCitations = serde_json::from_str(r#"{"acts_test":[3]}"#).unwrap();
    assert_eq!(c.for_test(Test::Acts), &[3]);
    let back: ActCitations = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
    assert_eq!(back, c);
}

#[test]
fn a_condition_keeps_its_citation_when_another_is_removed_or_added() {
    use crate::domain::conditions::chosen::ChosenCondition;
    let condition = |id: &str, wording: &str| ChosenCondition { template_id: id.into(), wording: wording.into(), ..Default::default() };
    let (a, b, c) = (condition("no-contact", "Contact A"), condition("exclusion", "Enter B"), condition("no-contact", "Contact C"));
    let cite = |i: usize, risk: &str| ConditionCitation { condition_index: i, acts: vec![1], risk: risk.into() };
    let mut cited = ActCitations { conditions: vec![cite(0, "a"), cite(1, "b"), cite(2, "c")], ..Default::default() };
    // The first condition removed: b and c move up, a's citation goes.
    cited.follow_conditions(&[a.clone(), b.clone(), c.clone()], &[b.clone(), c.clone()]);
    assert_eq!(cited.conditions, vec![cite(0, "b"), cite(1, "c")]);
    // One added at the start: both move down.
    cited.follow_conditions(&[b.clone(), c.clone()], &[a.clone(), b.clone(), c.clone()]);
    assert_eq!(cited.conditions, vec![cite(1, "b"), cite(2, "c")]);
    // Edited in place (same length): nothing moves.
    let edited = condition("exclusion", "Enter B and C");
    cited.follow_conditions(&[a.clone(), b, c.clone()], &[a, edited, c]);
    assert_eq!(cited.conditions, vec![cite(1, "b"), cite(2, "c")]);
}
