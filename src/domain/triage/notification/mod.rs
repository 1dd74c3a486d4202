//! The message legal services and the stalking unit read: built from the answers in
//! every payload, so a force's flow forwards it as it is (no table-building in Power
//! Automate), and made into an email the officer sends when there is no endpoint.
//!
//! - [`subject`]: the reference, "URGENT" first when urgent, the force and the marking;
//!   never a victim's or the respondent's name (the subject shows in every inbox list
//!   and notification).
//! - `text`: the plain-text copy the officer can download, between markings.
//! - `html`: one self-contained document for Outlook and browsers ([`html`]).
//! - `card`: a Teams Adaptive Card 1.4 with the headline facts only ([`card`]).
use serde::{Deserialize, Serialize};

use super::context::RulesContext;
use super::model::Triage;
use super::notices::{priority, Priority};
use super::payload::{Payload, SubmissionMeta};
use super::questions::rows::text_copy;
use crate::domain::config::Config;
use crate::domain::email::{Attachment, Email};

pub mod card;
pub mod html;

/// The ready-made message, carried in the payload as `notification`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Notification {
    /// For the email's subject: the reference, `URGENT` first when urgent, the force and
    /// the protective marking. Never holds a name of a victim or the respondent.
    pub subject: String,
    /// The answers as plain text, with the protective marking on the first and last lines.
    pub text: String,
    /// The answers as one HTML document with inline styles only: no scripts, images,
    /// fonts or links to anything outside. Every answer is escaped.
    pub html: String,
    /// A Microsoft Teams Adaptive Card (version 1.4): reference, priority, officer,
    /// the respondent's age group, which tests have evidence, and how many conditions.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "serde_json::Value"))]
    pub card: Box<serde_json::value::RawValue>,
}

// By value: the card is JSON text, compared as such.
impl PartialEq for Notification {
    fn eq(&self, other: &Self) -> bool {
        (&self.subject, &self.text, &self.html, self.card.get()) == (&other.subject, &other.text, &other.html, other.card.get())
    }
}

impl Notification {
    /// The message for a triage that passed `validate_all`, as `payload` (built from
    /// it) sends it.
    pub fn build(triage: &Triage, ctx: &RulesContext, payload: &Payload, marking: &str) -> Notification {
        let marking = marking.trim();
        let meta: SubmissionMeta = payload.meta();
        Notification {
            subject: subject(&case_name(payload), priority(triage), &meta.force_name, marking),
            text: format!("{marking}\n{}{}\n{marking}\n", version_note(payload), text_copy(triage, ctx, &meta).trim_end()),
            html: html::document(triage, ctx, &meta, marking, &case_name(payload), version_note(payload).trim()),
            card: card::card(payload, marking),
        }
    }
}

impl Payload {
    /// This payload with its ready-made message.
    pub fn with_notification(mut self, triage: &Triage, ctx: &RulesContext, marking: &str) -> Payload {
        let notification = Notification::build(triage, ctx, &self, marking);
        self.notification = Some(notification);
        self
    }
}

/// The email subject. Values from config.json are kept to one line, so nothing in them
/// can start another header.
pub fn subject(reference: &str, priority: Priority, force: &str, marking: &str) -> String {
    let one_line = |s: &str| s.split(|c: char| c.is_control()).map(str::trim).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ");
    let urgent = if priority == Priority::Urgent { "URGENT: " } else { "" };
    let marking = one_line(marking);
    let marking = if marking.is_empty() { String::new() } else { format!(" [{marking}]") };
    format!("{urgent}SPO triage {reference} from {}{marking}", one_line(force))
}

/// The reference, with the version after the first ("SPO-7KX4-M9QA version 2"): every
/// version of a case keeps the case's reference.
fn case_name(payload: &Payload) -> String {
    match payload.version() {
        1 => payload.reference.clone(),
        n => format!("{} version {n}", payload.reference),
    }
}

/// For a later version, the line the text starts with: which version, what it answers
/// and how many answers changed (the reviewer sees them beside the earlier values on
/// opening the JSON in the Review area).
fn version_note(payload: &Payload) -> String {
    let Some(case) = &payload.case else { return String::new() };
    let answers = if case.advice_reference.is_some() { ", answering legal advice on the version before" } else { "" };
    let changed = match case.changed.len() {
        1 => "1 answer or condition changed".to_string(),
        n => format!("{n} answers or conditions changed"),
    };
    format!("VERSION {} OF THIS CASE{answers}: {changed}.\n", case.version)
}

/// The file name of a payload's JSON when attached or downloaded: its reference, and
/// its version after the first, so two versions of a case saved side by side differ.
pub fn json_file_name(payload: &Payload) -> String {
    format!("{}.json", file_stem(payload))
}

fn file_stem(payload: &Payload) -> String {
    match payload.version() {
        1 => payload.reference.clone(),
        n => format!("{}-v{n}", payload.reference),
    }
}

/// The email for a payload with its notification, addressed to legal services and the
/// stalking unit, for the officer to send (email delivery, or after a failed send).
/// `None` when the payload has no notification.
pub fn handoff_email(payload: &Payload, config: &Config) -> Option<Email> {
    let n = payload.notification.as_ref()?;
    Some(Email {
        to: config.email_recipients(),
        subject: n.subject.clone(),
        text: n.text.clone(),
        html: n.html.clone(),
        attachments: vec![Attachment { name: json_file_name(payload), mime: "application/json".into(), content: payload.to_json() }],
        boundary_token: payload.reference.clone(),
    })
}

/// The name of the downloaded email file.
pub fn eml_file_name(payload: &Payload) -> String {
    format!("{}.eml", file_stem(payload))
}

#[cfg(test)]
mod tests;
