//! The advice as an email to the officer in the case, for the reviewer to open and
//! send from their own mailbox (as the officer's triage goes by email when a force has
//! no endpoint). It attaches the advice file and the triage it is on, the two files
//! the officer opens with "open advice from legal services". Like the triage's
//! subject, this one carries the reference and the marking, never a person's name.
use super::advice::Advice;
use super::decision::Decision;
use super::rows::{submission_context, target_label};
use crate::domain::email::{Attachment, Email};
use crate::domain::guidance::escape_html;
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::notification::json_file_name;
use crate::domain::triage::payload::Payload;

/// The decision in a sentence, with the reason and the better route when an SPO is not
/// suitable: as the advice note gives it.
pub fn decision_words(decision: Option<&Decision>) -> String {
    match decision {
        None => "Not yet decided".to_string(),
        Some(Decision::NotSuitable { reason, better_route, other_route }) => {
            let route = match (better_route, other_route) {
                (_, Some(o)) if !o.trim().is_empty() => o.trim().to_string(),
                (Some(r), _) => r.label().to_string(),
                _ => String::new(),
            };
            let instead = if route.is_empty() { String::new() } else { format!(" Consider instead: {route}.") };
            format!("Not suitable for an SPO. {}{instead}", reason.trim())
        }
        Some(d) => d.label().to_string(),
    }
}

/// The email to the officer who sent `payload`, with `advice` on it and both files attached.
pub fn advice_email(advice: &Advice, payload: &Payload, ctx: &RulesContext, marking: &str) -> Email {
    let marking = marking.trim();
    let ctx = submission_context(payload, ctx);
    let t = &advice.triage;
    let decision = decision_words(advice.decision.as_ref());
    let comments: Vec<String> = advice
        .comments
        .iter()
        .map(|c| {
            let on = target_label(payload, &c.target, &ctx).unwrap_or_default();
            let wording = c.suggested_text.as_ref().map(|s| format!(" Suggested wording: {s}")).unwrap_or_default();
            format!("{} on \u{201c}{on}\u{201d}: {}{wording}", c.kind.label(), c.text)
        })
        .collect();
    let what_to_do = "To answer it, open the SPO triage form, choose \u{201c}open advice from legal services\u{201d} on the task list, and choose the two files attached to this email: the advice and the triage it is on. Each comment is shown beside the answer it is about; when you send, the triage goes back as the next version of the same case.";
    let mut text = format!(
        "{marking}\nLEGAL ADVICE ON SPO TRIAGE {} VERSION {}\n\nAdvice: {decision}\nAdvised by: {}, {}\nDate: {}\nAdvice reference: {}\n\n",
        t.reference, t.version, advice.reviewer.name, advice.reviewer.role, advice.date, advice.advice_reference
    );
    if comments.is_empty() {
        text.push_str("Comments on the answers: none.\n");
    } else {
        text.push_str("Comments on the answers:\n");
        for (i, c) in comments.iter().enumerate() {
            text.push_str(&format!("{}. {c}\n", i + 1));
        }
    }
    text.push_str(&format!("\n{what_to_do}\n{marking}\n"));
    let items: String = comments.iter().map(|c| format!("<li>{}</li>", escape_html(c))).collect();
    let list = if comments.is_empty() { "<p>Comments on the answers: none.</p>".to_string() } else { format!("<p>Comments on the answers:</p><ol>{items}</ol>") };
    let row = |k: &str, v: &str| format!("<tr><th style=\"text-align:left;padding:4px 12px 4px 0\">{k}</th><td>{}</td></tr>", escape_html(v));
    let html = format!(
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body style=\"font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c\"><p><strong>{m}</strong></p><h1 style=\"font-size:24px\">{title}</h1><table>{}{}{}{}</table>{list}<p>{}</p><p><strong>{m}</strong></p></body></html>",
        row("Advice", &decision),
        row("Advised by", &format!("{}, {}", advice.reviewer.name, advice.reviewer.role)),
        row("Date", &advice.date),
        row("Advice reference", &advice.advice_reference),
        escape_html(what_to_do),
        title = escape_html(&format!("Legal advice on SPO triage {} version {}", t.reference, t.version)),
        m = escape_html(marking),
    );
    let bracket = if marking.is_empty() { String::new() } else { format!(" [{marking}]") };
    Email {
        to: vec![payload.officer.email.trim().to_string()].into_iter().filter(|a| !a.is_empty() && !a.contains(char::is_whitespace)).collect(),
        subject: format!("Legal advice on SPO triage {} version {}: {}{bracket}", t.reference, t.version, advice.decision.as_ref().map_or("not yet decided", Decision::label)),
        text,
        html,
        attachments: vec![
            Attachment { name: advice.file_name(), mime: "application/json".into(), content: advice.to_json() },
            Attachment { name: json_file_name(payload), mime: "application/json".into(), content: payload.to_json() },
        ],
        boundary_token: advice.advice_reference.clone(),
    }
}

/// The `.eml` file's name: the advice file's, as an email.
pub fn advice_email_file_name(advice: &Advice) -> String {
    advice.file_name().replace(".json", ".eml")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::review::fixtures::{example_clarification_advice, example_payload};
    use crate::domain::review::{open_advice, parse_triage};
    use crate::domain::triage::fixtures::example_context;
    use mailparse::{parse_mail, MailHeaderMap};

    #[test]
    fn the_officer_gets_the_advice_with_both_files_to_open() {
        let (advice, payload, ctx) = (example_clarification_advice(), example_payload(), example_context());
        let eml = advice_email(&advice, &payload, &ctx, "OFFICIAL-SENSITIVE").to_eml();
        let mail = parse_mail(eml.as_bytes()).unwrap();
        assert_eq!(mail.headers.get_first_value("To").as_deref(), Some(payload.officer.email.as_str()));
        let subject = mail.headers.get_first_value("Subject").unwrap();
        assert_eq!(subject, "Legal advice on SPO triage SPO-7KX4-M9QA version 1: Clarification needed [OFFICIAL-SENSITIVE]");
        for name in payload.people.iter().map(|p| p.name.as_str()).chain([payload.respondent.name.as_str(), advice.reviewer.name.as_str()]) {
            assert!(!subject.contains(name), "no names in the subject: {name}");
        }
        let text = mail.subparts[0].subparts[0].get_body().unwrap();
        assert!(text.starts_with("OFFICIAL-SENSITIVE\nLEGAL ADVICE ON SPO TRIAGE SPO-7KX4-M9QA VERSION 1"), "{text}");
        assert!(text.trim_end().ends_with("OFFICIAL-SENSITIVE"));
        assert!(text.contains("1. Clarification needed on \u{201c}Bail conditions and when bail ends\u{201d}:"), "{text}");
        assert!(text.contains("open advice from legal services"));
        let html = mail.subparts[0].subparts[1].get_body().unwrap();
        assert!(html.contains("<ol><li>Clarification needed on") && !html.contains("<script"));
        // The two attachments open on the officer's page exactly as the reviewer's files do.
        let files: Vec<(String, String)> = mail.subparts[1..]
            .iter()
            .map(|p| (p.get_content_disposition().params["filename"].clone(), String::from_utf8(p.get_body_raw().unwrap()).unwrap()))
            .collect();
        assert_eq!(files.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(), ["SPO-7KX4-M9QA-v1-advice.json", "SPO-7KX4-M9QA.json"]);
        let triage = parse_triage(&files[1].1).unwrap();
        assert_eq!(triage, payload);
        assert_eq!(open_advice(&files[0].1, &triage, &ctx).unwrap(), advice);
        assert_eq!(advice_email_file_name(&advice), "SPO-7KX4-M9QA-v1-advice.eml");
    }

    #[test]
    fn what_the_officer_typed_cannot_reach_a_header_or_the_page() {
        let mut payload = example_payload();
        payload.officer.email = "jo@example.police.uk\r\nBcc: x@example.com".into();
        let mut advice = example_clarification_advice();
        advice.comments[0].text = "<img src=x onerror=alert(1)> and \r\nSubject: hi".into();
        let email = advice_email(&advice, &payload, &example_context(), "OFFICIAL");
        assert!(email.to.is_empty(), "an address with a line break in it is left out: {:?}", email.to);
        assert!(!email.html.contains("<img"));
        let eml = email.to_eml();
        let mail = parse_mail(eml.as_bytes()).unwrap();
        assert_eq!(mail.headers.get_all_values("Bcc").len(), 0);
        assert_eq!(decision_words(None), "Not yet decided");
    }
}
