//! The message as one HTML document that Outlook (desktop, which draws HTML with
//! Word's engine, and on the web) and browsers show alike: tables for layout, styles
//! inline on each element (Outlook drops `<style>` blocks in places), system fonts, and
//! nothing fetched: no scripts, images, fonts, stylesheets or links. The answers are
//! the rows check answers shows, under the same headings; the conditions are the
//! numbered order text, then why each is necessary. Every answer is escaped.
use crate::domain::conditions::order_text::{order_lines, OrderContext, OrderLine};
use crate::domain::guidance::escape_html as esc;
use crate::domain::triage::conditions_context::conditions_context;
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::model::{SectionId, Triage};
use crate::domain::triage::notices::{priority, Priority};
use crate::domain::triage::payload::SubmissionMeta;
use crate::domain::triage::questions::rows::answer_sections;
use crate::domain::version::SCHEMA_VERSION;

const TEXT: &str = "#0b0c0c";
const BORDER: &str = "#b1b4b6";
const FONT: &str = "font-family:Arial,sans-serif";

/// An answer as HTML: escaped, its line breaks kept.
fn answer(text: &str) -> String {
    esc(text.trim()).replace("\r\n", "\n").replace('\n', "<br>")
}

/// The marking as a bar, in the page's header or footer (landmarks for screen
/// readers; mail programs that drop the elements keep the text).
fn marking_bar(landmark: &str, marking: &str) -> String {
    format!(
        "<tr><td style=\"background:{TEXT};color:#ffffff;padding:8px 16px;text-align:center;font-weight:bold;{FONT};font-size:16px\"><{landmark}>{}</{landmark}></td></tr>\n",
        esc(marking)
    )
}

fn heading(level: u8, text: &str) -> String {
    let size = if level == 1 { 28 } else { 22 };
    format!("<h{level} style=\"margin:24px 0 12px 0;{FONT};font-size:{size}px;line-height:1.25;color:{TEXT}\">{}</h{level}>\n", esc(text))
}

/// Question and answer rows as a two-column table with row headers.
fn rows_table(rows: &[(String, String)]) -> String {
    // Styles on every cell, as Outlook's Word engine inherits little; alignment as
    // attributes, which it honours and which are shorter (the message travels in every
    // payload).
    let cell = format!("padding:8px 12px 8px 0;border-bottom:1px solid {BORDER};{FONT};font-size:16px;color:{TEXT}");
    let mut out = String::from("<table cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%\" style=\"border-collapse:collapse;width:100%\">\n<tbody>\n");
    for (question, value) in rows {
        out.push_str(&format!(
            "<tr><th scope=\"row\" width=\"40%\" align=\"left\" valign=\"top\" style=\"{cell}\">{}</th><td valign=\"top\" style=\"{cell}\">{}</td></tr>\n",
            esc(question),
            answer(value)
        ));
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

fn paragraph(text: &str) -> String {
    format!("<p style=\"margin:0 0 12px 0;{FONT};font-size:16px;line-height:1.4;color:{TEXT}\">{}</p>\n", answer(text))
}

/// The conditions as the draft order numbers them, then the officer's reason for each
/// under the same number.
fn conditions(triage: &Triage, ctx: &RulesContext, marking: &str) -> String {
    let order = OrderContext::from_set(&conditions_context(triage, ctx.today), marking);
    let lines = order_lines(&triage.conditions, &order);
    let mut out = String::new();
    let mut open_list = false;
    let close = |out: &mut String, open: &mut bool| {
        if *open {
            out.push_str("</ol>\n");
            *open = false;
        }
    };
    let mut reasons = Vec::new();
    for line in &lines {
        match line {
            OrderLine::Item { number, condition_index, text } => {
                if !open_list {
                    out.push_str(&format!("<ol start=\"{number}\" style=\"margin:0 0 12px 0;padding-left:32px;{FONT};font-size:16px;line-height:1.4;color:{TEXT}\">\n"));
                    open_list = true;
                }
                out.push_str(&format!("<li value=\"{number}\" style=\"margin:0 0 8px 0\">{}</li>\n", answer(text)));
                if let Some(c) = triage.conditions.get(*condition_index) {
                    reasons.push((format!("Why condition {number} is necessary"), c.reason.trim().to_string()));
                    reasons.extend(crate::domain::triage::questions::chronology::condition_citation_rows(triage, *condition_index, *number));
                }
            }
            // The whole message carries the marking and its own title.
            OrderLine::Marking { .. } | OrderLine::Title { .. } => close(&mut out, &mut open_list),
            OrderLine::Heading { text } => {
                close(&mut out, &mut open_list);
                out.push_str(&format!("<h3 style=\"margin:16px 0 8px 0;{FONT};font-size:18px;color:{TEXT}\">{}</h3>\n", esc(text)));
            }
            OrderLine::Lead { text } | OrderLine::Text { text } => {
                close(&mut out, &mut open_list);
                out.push_str(&paragraph(text));
            }
        }
    }
    close(&mut out, &mut open_list);
    if !reasons.is_empty() {
        out.push_str(&format!("<h3 style=\"margin:16px 0 8px 0;{FONT};font-size:18px;color:{TEXT}\">Why each condition is necessary</h3>\n"));
        out.push_str(&rows_table(&reasons));
    }
    out
}

/// The whole document. `case_name` is the reference, with "version N" after the
/// first; `version_note` says what a later version answers (empty for the first).
pub fn document(triage: &Triage, ctx: &RulesContext, meta: &SubmissionMeta, marking: &str, case_name: &str, version_note: &str) -> String {
    let urgent = priority(triage) == Priority::Urgent;
    let title = format!("SPO triage {case_name}");
    let mut main = String::new();
    main.push_str(&heading(1, &format!("Stalking Protection Order triage {case_name}")));
    if !version_note.is_empty() {
        main.push_str(&paragraph(version_note));
    }
    if urgent {
        main.push_str(&format!(
            "<table cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%\" style=\"border-collapse:collapse;margin:0 0 16px 0\"><tr><td style=\"border-left:8px solid #d4351c;padding:12px 16px;background:#fbe9e7;{FONT};font-size:18px;font-weight:bold;color:{TEXT}\">URGENT: the officer reported an immediate risk of harm. Read the risk answers first.</td></tr></table>\n"
        ));
    }
    let priority_words = if urgent { "Urgent: immediate risk of harm reported" } else { "Routine" };
    let form = format!("{} (schema {SCHEMA_VERSION})", meta.app_version);
    let details: Vec<(String, String)> = [
        ("Reference", meta.reference.as_str()),
        ("Submitted", meta.submitted_at.as_str()),
        ("Force", meta.force_name.as_str()),
        ("Priority", priority_words),
        ("Submission id", meta.submission_id.as_str()),
        ("Form version", form.as_str()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    main.push_str(&heading(2, "About this triage"));
    main.push_str(&rows_table(&details));
    for section in answer_sections(triage, ctx) {
        main.push_str(&heading(2, section.section.title()));
        if section.section == SectionId::Conditions {
            main.push_str(&conditions(triage, ctx, marking));
        } else if section.rows.is_empty() {
            main.push_str(&paragraph("No answers in this section."));
        } else {
            main.push_str(&rows_table(&section.rows));
        }
    }
    main.push_str(&format!(
        "<p style=\"margin:24px 0 12px 0;{FONT};font-size:16px;line-height:1.4;color:{TEXT}\">{}</p>\n",
        esc(&format!("The same answers as data are in the triage's JSON file, {}.json. Reply to the officer, quoting the reference, if anything needs clarifying.", meta.reference))
    ));
    format!(
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n</head>\n<body style=\"margin:0;padding:0;background:#ffffff;color:{TEXT};{FONT}\">\n<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%\" style=\"border-collapse:collapse;width:100%\">\n{}<tr><td style=\"padding:8px 16px 16px 16px\">\n<main>\n{main}</main>\n</td></tr>\n{}</table>\n</body>\n</html>\n",
        esc(&title),
        marking_bar("header", marking),
        marking_bar("footer", marking)
    )
}
