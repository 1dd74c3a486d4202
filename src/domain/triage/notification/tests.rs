use crate::domain::triage::test_support::strings;
use super::*;
use crate::domain::guidance::escape_html;
use crate::domain::triage::choices::YesNo;
use crate::domain::triage::fixtures::{example_context, example_full_triage, example_meta};
use crate::domain::triage::questions::rows::answer_sections;

const MARKING: &str = "OFFICIAL-SENSITIVE";

fn payload_for(t: &Triage) -> Payload {
    let ctx = example_context();
    Payload::build(t, &ctx, example_meta()).with_notification(t, &ctx, MARKING)
}

fn card_value(n: &Notification) -> serde_json::Value {
    serde_json::from_str(n.card.get()).unwrap()
}

fn note(t: &Triage) -> Notification {
    payload_for(t).notification.unwrap()
}


#[test]
fn the_html_holds_every_answer_of_the_example_case_under_its_section() {
    let t = example_full_triage();
    let ctx = example_context();
    let html = note(&t).html;
    for section in answer_sections(&t, &ctx) {
        assert!(html.contains(&format!(">{}</h2>", escape_html(section.section.title()))), "{:?}", section.section);
        for (question, value) in &section.rows {
            if !question.starts_with("Condition ") {
                assert!(html.contains(&escape_html(question)), "missing question {question:?}");
            }
            for line in value.lines().filter(|l| !l.trim().is_empty()) {
                // The order text ends each condition with ";" or ".".
                let line = if question.starts_with("Condition ") { line.trim().trim_end_matches(['.', ';']) } else { line.trim() };
                assert!(html.contains(&escape_html(line)), "missing answer {line:?} to {question:?}");
            }
        }
    }
    // And every typed value of the payload itself (dates as the form shows them).
    let mut typed = Vec::new();
    strings(&serde_json::to_value(Payload::build(&t, &ctx, example_meta())).unwrap(), &mut typed);
    let is_code = |s: &str| s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    for answer in typed.iter().filter(|s| !is_code(s)) {
        for line in answer.lines().filter(|l| !l.trim().is_empty()) {
            let shown = crate::domain::triage::dates::CivilDate::parse_iso(line)
                .map(crate::domain::triage::dates::CivilDate::long)
                .unwrap_or_else(|| line.trim().trim_end_matches(['.', ';']).to_string());
            assert!(html.contains(&escape_html(&shown)), "missing {shown:?}");
        }
    }
}

#[test]
fn the_html_has_the_marking_first_and_last_and_nothing_to_fetch() {
    let html = note(&example_full_triage()).html;
    let body = &html[html.find("<body").unwrap()..];
    let first_text = body.find(MARKING).unwrap();
    assert!(first_text < body.find("<h1").unwrap(), "marking before the heading");
    assert!(body.rfind(MARKING).unwrap() > body.rfind("</main>").unwrap(), "marking after the answers");
    for banned in ["<script", "<img", "<link", "<style", "@import", "url(", "src=", "href=", "<iframe", "<object", "<form"] {
        assert!(!html.to_ascii_lowercase().contains(banned), "{banned} in the message");
    }
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
    assert!(html.contains("<title>SPO triage SPO-7KX4-M9QA</title>"));
}

#[test]
fn the_conditions_are_numbered_order_text_with_their_reasons() {
    let t = example_full_triage();
    let html = note(&t).html;
    assert!(html.contains("The respondent must not:"), "the order's lead");
    assert!(html.contains("<li value=\"1\""), "numbered");
    assert!(html.contains("<li value=\"2\""), "numbered");
    for (n, c) in t.conditions.iter().enumerate() {
        let wording = c.wording.trim().trim_end_matches('.');
        assert!(html.contains(&escape_html(wording)), "condition {n}");
        assert!(html.contains(&escape_html(c.reason.trim())), "reason {n}");
    }
    assert!(html.contains("Why condition 1 is necessary"));
}

#[test]
fn an_urgent_triage_says_so_first_in_the_subject_and_the_message() {
    let mut t = example_full_triage();
    assert_eq!(note(&t).subject, "SPO triage SPO-7KX4-M9QA from Example Constabulary [OFFICIAL-SENSITIVE]");
    t.behaviour_risk.immediate_risk = Some(YesNo::Yes);
    t.behaviour_risk.immediate_risk_details = "Said he would come to the house tonight".into();
    let n = note(&t);
    assert_eq!(n.subject, "URGENT: SPO triage SPO-7KX4-M9QA from Example Constabulary [OFFICIAL-SENSITIVE]");
    assert!(n.html.contains("URGENT: the officer reported an immediate risk of harm"));
    assert_eq!(card_value(&n)["body"][1]["text"], "URGENT");
}

#[test]
fn the_subject_never_names_the_people_in_the_case() {
    let t = example_full_triage();
    let subject = note(&t).subject;
    let mut names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
    names.push(&t.respondent.name);
    names.push("Chris F");
    for name in names {
        assert!(!subject.contains(name), "{name} in {subject}");
    }
    // Only the reference, the force and the marking are there.
    assert_eq!(subject.replace("SPO-7KX4-M9QA", "").replace("Example Constabulary", "").replace("OFFICIAL-SENSITIVE", ""), "SPO triage  from  []");
    assert_eq!(subject::line_breaks_removed(), "SPO triage SPO-7KX4-M9QA from A B [X Y]");
}

mod subject {
    pub fn line_breaks_removed() -> String {
        super::subject("SPO-7KX4-M9QA", super::Priority::Routine, "A\r\nB", "X\nY")
    }
}

#[test]
fn the_text_is_the_copy_between_markings() {
    let t = example_full_triage();
    let text = note(&t).text;
    assert!(text.starts_with("OFFICIAL-SENSITIVE\nSTALKING PROTECTION ORDER TRIAGE\n"), "{text}");
    assert!(text.ends_with("\nOFFICIAL-SENSITIVE\n"));
    assert!(text.contains(&text_copy(&t, &example_context(), &example_meta()).trim_end().to_string()));
}

#[test]
fn the_card_has_the_headline_facts_and_no_names_of_the_people() {
    let t = example_full_triage();
    let card = card_value(&note(&t));
    assert_eq!(card["type"], "AdaptiveCard");
    assert_eq!(card["version"], "1.4");
    let facts: Vec<(String, String)> = card["body"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["type"] == "FactSet")
        .flat_map(|b| b["facts"].as_array().unwrap().iter().map(|f| (f["title"].as_str().unwrap().to_string(), f["value"].as_str().unwrap().to_string())))
        .collect();
    let get = |k: &str| facts.iter().find(|(t, _)| t == k).map(|(_, v)| v.clone()).unwrap_or_else(|| panic!("no {k}"));
    assert_eq!(get("Reference"), "SPO-7KX4-M9QA");
    assert_eq!(get("Priority"), "Routine");
    assert_eq!(get("Officer"), "Detective Constable Jo Example (DC 4521), Exampletown Public Protection Unit");
    assert_eq!(get("Respondent's age group"), "18 or over");
    assert_eq!(get("Acts associated with stalking"), "Evidence given");
    assert_eq!(get("Conditions proposed"), "2");
    let text = card.to_string();
    for name in ["Sam Example", "Alex Example", "Chris Fictional", "Meadow Road"] {
        assert!(!text.contains(name), "{name} on the card");
    }
}

#[test]
fn markdown_in_the_officers_details_cannot_make_a_link_on_the_card() {
    let mut t = example_full_triage();
    t.about_you.team = "[Click](https://evil.example) **now**".into();
    let card = note(&t).card.get().to_string();
    assert!(!card.contains("[Click]") && !card.contains("**"), "{card}");
}

#[test]
fn the_card_validates_against_the_adaptive_card_1_4_schema() {
    let schema: serde_json::Value = serde_json::from_str(include_str!("../../../../tests/schemas/adaptive-card-1.4.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the 1.4 schema compiles");
    let mut urgent = example_full_triage();
    urgent.behaviour_risk.immediate_risk = Some(YesNo::Yes);
    urgent.behaviour_risk.immediate_risk_details = "Tonight".into();
    for t in [example_full_triage(), urgent] {
        let card = card_value(&note(&t));
        let errors: Vec<String> = validator.iter_errors(&card).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{errors:?}\n{card:#}");
        // The schema accepts any element under "anyOf" fallbacks; check the types too.
        for block in card["body"].as_array().unwrap() {
            assert!(["TextBlock", "FactSet"].contains(&block["type"].as_str().unwrap()));
        }
    }
    // And the validator does refuse a card that is not one.
    let bad = serde_json::json!({ "type": "AdaptiveCard", "version": "1.4", "body": [{ "type": "TextBlock", "text": 3 }] });
    assert!(!validator.is_valid(&bad), "the schema must catch a wrong text type");
}

#[test]
fn the_email_holds_the_message_and_the_json_named_after_the_reference() {
    use mailparse::{parse_mail, MailHeaderMap};
    let t = example_full_triage();
    let payload = payload_for(&t);
    let config = Config::parse(include_str!("../../../../public/config.json")).unwrap();
    let eml = handoff_email(&payload, &config).unwrap().to_eml();
    let mail = parse_mail(eml.as_bytes()).unwrap();
    assert_eq!(
        mail.headers.get_first_value("To").as_deref(),
        Some("legal.services@exampleshire.police.example, stalking.unit@exampleshire.police.example")
    );
    assert_eq!(mail.headers.get_first_value("Subject").unwrap(), payload.notification.as_ref().unwrap().subject);
    assert_eq!(mail.headers.get_first_value("X-Unsent").as_deref(), Some("1"));
    let alt = &mail.subparts[0];
    assert_eq!(alt.subparts[0].get_body().unwrap(), payload.notification.as_ref().unwrap().text);
    assert_eq!(alt.subparts[1].get_body().unwrap(), payload.notification.as_ref().unwrap().html);
    let attached = &mail.subparts[1];
    assert_eq!(attached.get_content_disposition().params.get("filename").map(String::as_str), Some("SPO-7KX4-M9QA.json"));
    let back: Payload = serde_json::from_slice(&attached.get_body_raw().unwrap()).unwrap();
    assert_eq!(back, payload, "the attachment decodes back to the same payload");
    assert_eq!(eml_file_name(&payload), "SPO-7KX4-M9QA.eml");
}

#[test]
fn a_later_version_says_so_in_its_subject_text_and_file_names() {
    use crate::domain::review::fixtures::example_second_payload;
    let v2 = example_second_payload();
    let config = Config::parse(include_str!("../../../../public/config.json")).unwrap();
    let triage = crate::domain::review::triage_from_payload(&v2);
    let v2 = Payload { notification: None, ..v2 }.with_notification(&triage, &example_context(), "OFFICIAL-SENSITIVE");
    let n = v2.notification.as_ref().unwrap();
    assert_eq!(n.subject, "SPO triage SPO-7KX4-M9QA version 2 from Example Constabulary [OFFICIAL-SENSITIVE]");
    let changed = v2.case.as_ref().unwrap().changed.len();
    assert!(n.text.starts_with(&format!("OFFICIAL-SENSITIVE\nVERSION 2 OF THIS CASE, answering legal advice on the version before: {changed} answers or conditions changed.\nSTALKING")), "{}", n.text);
    assert_eq!((json_file_name(&v2).as_str(), eml_file_name(&v2).as_str()), ("SPO-7KX4-M9QA-v2.json", "SPO-7KX4-M9QA-v2.eml"));
    // The HTML message too: its title, its heading, and the note under the heading.
    assert!(n.html.contains("<title>SPO triage SPO-7KX4-M9QA version 2</title>"), "{}", n.html);
    let h1 = &n.html[n.html.find("<h1").unwrap()..];
    assert!(h1[..h1.find("</h1>").unwrap()].ends_with(">Stalking Protection Order triage SPO-7KX4-M9QA version 2"), "{h1}");
    let note = format!("VERSION 2 OF THIS CASE, answering legal advice on the version before: {changed} answers or conditions changed.");
    assert!(h1.find(&note).is_some_and(|at| at < h1.find("About this triage").unwrap()), "the note comes before the answers");
    let v1 = crate::domain::review::fixtures::example_payload();
    let v1 = v1.clone().with_notification(&crate::domain::review::triage_from_payload(&v1), &example_context(), "OFFICIAL-SENSITIVE");
    let v1_html = &v1.notification.as_ref().unwrap().html;
    assert!(!v1_html.contains("VERSION") && !v1_html.contains("version 1"), "the first version says nothing of versions");
    let mail = handoff_email(&v2, &config).unwrap();
    assert_eq!(mail.attachments[0].name, "SPO-7KX4-M9QA-v2.json");
}

#[test]
fn a_payload_without_a_notification_makes_no_email() {
    let t = example_full_triage();
    let config = Config::parse(include_str!("../../../../public/config.json")).unwrap();
    assert_eq!(handoff_email(&Payload::build(&t, &example_context(), example_meta()), &config), None);
}

#[test]
fn the_message_adds_a_bounded_size_to_the_payload() {
    // The figure the README gives: keep the message small enough to travel in every
    // payload (measured for the example case).
    let t = example_full_triage();
    let ctx = example_context();
    let plain = Payload::build(&t, &ctx, example_meta()).to_json().len();
    let with = payload_for(&t).to_json().len();
    println!("payload {plain} bytes, with notification {with} bytes");
    // 38 000 before the chronology of four acts and its citations (issue #17).
    assert!(with - plain < 60_000, "the notification adds {} bytes", with - plain);
}
