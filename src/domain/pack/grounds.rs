//! Document 2: the statement of grounds, set out under the three tests, each resting
//! on numbered acts from the chronology with their exhibits; why existing orders are
//! not enough; and each condition with the risk it answers.
//!
//! Why: courts have refused orders as not serious enough, or because bail or another
//! order seemed enough (facts item 100, V-SEED:001), so every act is tied to a test and
//! every condition to a risk. Law: the three tests (items 6, 13, V-LEG); each condition
//! necessary (item 14, V-LEG s2(2)); risk of physical or psychological harm (item 10,
//! V-LEG s1(4)); the s2A(3) examples (item 83, V-LEG); religion, work and education
//! (item 15, V-LEG s2(3)); consider an order even with bail in place (item 78,
//! V-SEED:004 draft APP); standard of proof likely civil (items 64–65, not settled).
use super::answers::{act_numbers_words, act_words, behaviour_words, join_and, lower_first};
use super::document::{Document, DocumentKind};
use super::input::PackInput;
use crate::domain::conditions::catalogue::Kind;
use crate::domain::triage::choices::{ExistingOrderKind, YesNo, YesNoNotKnown};
use crate::domain::triage::chronology::{act_number, in_date_order, ActCitations, Test};

/// The statement of grounds, drafted from the answers and the chronology.
pub fn grounds(input: &PackInput) -> Document {
    let t = input.triage;
    let mut doc = Document::new(DocumentKind::Grounds, input.protective_marking);
    doc.fixed_row("Applicant", input.applicant());
    doc.row("Respondent", &t.respondent.name, "the respondent's name");
    doc.fixed_row("Court likely to hear the application", input.route().court_words());

    doc.heading("Chronology of acts");
    let acts = in_date_order(&input.triage.acts);
    if acts.is_empty() {
        doc.missing("the chronology of acts");
    }
    for (i, act) in acts.iter().enumerate() {
        doc.numbered(i + 1, act_words(act));
    }

    let br = &t.behaviour_risk;
    for test in Test::ALL {
        doc.heading(format!("Test {}: {} ({})", test.letter(), lower_first(test.title()), test.section()));
        let evidence = match test {
            Test::Acts => &br.acts_evidence,
            Test::Risk => &br.risk_evidence,
            Test::Necessity => &br.necessity_evidence,
        };
        if evidence.trim().is_empty() {
            doc.missing(format!("the evidence for test {}", test.letter()));
        }
        doc.paragraphs(evidence);
        match test {
            Test::Acts => behaviours_shown(&mut doc, input),
            Test::Risk => risk_extras(&mut doc, input),
            Test::Necessity => {}
        }
        cited_acts(&mut doc, input, test);
    }

    existing_orders(&mut doc, input);
    conditions(&mut doc, input);

    doc.heading("The victim's views");
    let v = &t.victim_views;
    match v.obtained {
        Some(YesNo::Yes) => {
            doc.row("Their view of the application", v.stance.map(|s| s.label()).unwrap_or(""), "the victim's view of the application");
            doc.row("Their views on the conditions", &v.views_on_conditions, "the victim's views on the conditions");
        }
        Some(YesNo::No) => doc.row("Not obtained because", &v.reason_not_obtained, "why the victim's views were not obtained"),
        None => doc.missing("whether the victim's views were obtained"),
    }
    doc.paragraph("Draft national guidance says the victim's consent is not always required; their views are recorded and taken into account.");

    doc.heading("Standard of proof");
    doc.paragraph(
        "Home Office guidance, updated in 2024, says courts are likely to apply the civil standard (the balance of probabilities) to each element of the application. The Act states no standard and no appeal court has settled the point: check with legal services.",
    );

    doc.heading("Summary of the case");
    if t.summary.text.trim().is_empty() {
        doc.missing("the summary of the case");
    }
    doc.paragraphs(&t.summary.text);
    doc.finish()
}

/// The behaviours the acts show, with the statutory examples named (facts item 83).
fn behaviours_shown(doc: &mut Document, input: &PackInput) {
    let mut seen = input.triage.behaviour_risk.behaviours.clone();
    for act in &input.triage.acts {
        for b in &act.behaviours {
            if !seen.contains(b) {
                seen.push(*b);
            }
        }
    }
    seen.sort();
    if seen.is_empty() {
        return;
    }
    let words: Vec<String> = seen.into_iter().map(behaviour_words).collect();
    doc.paragraph(format!(
        "The acts show {}. The examples in section 2A(3) of the 1997 Act are examples only: the list is not exhaustive.",
        join_and(&words)
    ));
}

/// The risk tool and its outcome, and whether there is an immediate risk of harm.
fn risk_extras(doc: &mut Document, input: &PackInput) {
    let br = &input.triage.behaviour_risk;
    doc.paragraph("The risk may be of physical or psychological harm (section 1(4)).");
    if let Some(tool) = br.risk_tool {
        let name = if br.risk_tool_other.trim().is_empty() { tool.label().to_string() } else { br.risk_tool_other.trim().to_string() };
        doc.row("Risk assessment", format!("{name}: {}", br.risk_outcome.trim()).trim_end_matches([':', ' ']), "the risk assessment");
    }
    if br.immediate_risk == Some(YesNo::Yes) {
        doc.row("Immediate risk of harm", &br.immediate_risk_details, "the immediate risk of harm");
    }
}

/// The acts a test rests on, numbered as in the chronology, with their exhibits.
fn cited_acts(doc: &mut Document, input: &PackInput, test: Test) {
    let cited = ActCitations::cited_acts(&input.triage.acts, input.triage.citations.for_test(test));
    if cited.is_empty() {
        doc.missing(format!("the acts test {} rests on", test.letter()));
        return;
    }
    let numbers: Vec<usize> = cited.iter().filter_map(|a| act_number(&input.triage.acts, a.id)).collect();
    doc.paragraph(format!("This test rests on {} of the chronology:", act_numbers_words(&numbers)));
    for (act, number) in cited.iter().zip(numbers) {
        let exhibits = act.exhibits();
        let exhibits = match exhibits.len() {
            0 => "no exhibit yet".to_string(),
            1 => format!("exhibit {}", exhibits[0]),
            _ => format!("exhibits {}", exhibits.join(", ")),
        };
        doc.numbered(number, format!("{}: {} ({exhibits})", act.when_words(), act.what.trim().trim_end_matches('.')));
    }
}

/// Each existing order and why it is not enough (facts items 79, 100).
fn existing_orders(doc: &mut Document, input: &PackInput) {
    let x = &input.triage.existing_orders;
    doc.heading("Why existing orders and measures are not enough");
    match x.any {
        Some(YesNo::No) => doc.paragraph("No other order or measure is in place to manage the risk."),
        None => doc.missing("whether any other order or measure is in place"),
        Some(YesNo::Yes) => {
            for (i, o) in x.orders.iter().enumerate() {
                let kind = o.kind.map_or("Order or measure", |k| k.label());
                let details = if o.details.trim().is_empty() { String::new() } else { format!(" ({})", o.details.trim().trim_end_matches('.')) };
                let why = o.why_not_enough.trim().trim_end_matches('.');
                if why.is_empty() {
                    doc.numbered(i + 1, format!("{kind}{details}."));
                    doc.missing(format!("why existing order {} is not enough", i + 1));
                } else {
                    doc.numbered(i + 1, format!("{kind}{details}. Not enough because: {why}."));
                }
            }
            if x.orders.iter().any(|o| o.kind == Some(ExistingOrderKind::BailConditions)) {
                doc.paragraph(
                    "Draft national guidance (the College of Policing's stalking or harassment APP, consultation draft of June 2026) asks officers to consider an order even where bail conditions or other protective orders are already in place.",
                );
            }
        }
    }
}

/// Each proposed condition, with why it is necessary, the risk it answers and the acts
/// it rests on (s2(2): necessity condition by condition, facts item 14).
fn conditions(doc: &mut Document, input: &PackInput) {
    doc.heading("The proposed conditions and the risk each answers (section 2(2))");
    let conditions = input.conditions();
    if conditions.is_empty() {
        doc.missing("at least one prohibition or requirement");
    }
    for (i, c) in conditions.iter().enumerate() {
        let kind = if Kind::parse(&c.kind) == Some(Kind::Requirement) { "Requirement" } else { "Prohibition" };
        let wording = c.wording.trim().trim_end_matches(['.', ';']);
        let why = c.reason.trim().trim_end_matches('.');
        let why = if why.is_empty() { String::new() } else { format!(" Why it is necessary: {why}.") };
        let cite = input.triage.citations.for_condition(i);
        let risk = cite.map(|c| c.risk.trim().trim_end_matches('.')).filter(|r| !r.is_empty());
        let risk = risk.map(|r| format!(" The risk it answers: {r}.")).unwrap_or_default();
        let acts = cite.map(|c| ActCitations::cited_acts(&input.triage.acts, &c.acts)).unwrap_or_default();
        let numbers: Vec<usize> = acts.iter().filter_map(|a| act_number(&input.triage.acts, a.id)).collect();
        let rests = if numbers.is_empty() { String::new() } else { format!(" It rests on {}.", act_numbers_words(&numbers)) };
        doc.numbered(i + 1, format!("{kind}: {wording}.{why}{risk}{rests}"));
        if c.reason.trim().is_empty() {
            doc.missing(format!("why condition {} is necessary", i + 1));
        }
        if risk.is_empty() {
            doc.missing(format!("the risk condition {} answers", i + 1));
        }
        if numbers.is_empty() {
            doc.missing(format!("the acts condition {} rests on", i + 1));
        }
    }
    let o = &input.triage.order_sought;
    match o.avoid_times {
        Some(YesNoNotKnown::Yes) => doc.paragraph(format!(
            "So far as practicable the conditions avoid the respondent's religious observance and the times they normally work or attend education (section 2(3)): {}.",
            o.avoid_details.trim().trim_end_matches('.')
        )),
        Some(YesNoNotKnown::No) => doc.paragraph(
            "No religious observance, work or education times are known that the conditions need to avoid (section 2(3)).",
        ),
        _ => doc.missing("whether the conditions must avoid the respondent's religion, work or education times (section 2(3))"),
    }
}
