//! What is wrong with an advice file, in plain English: each message names the thing
//! at fault and says how to put it right, as `Payload::check` and `Config::problems`
//! do. [`Advice::own_problems`] needs only the file; [`Advice::problems`] also checks
//! it against the triage it is on (the same version, and every comment pinned to
//! something that triage has).
use std::collections::HashSet;

use super::advice::{Advice, ADVICE_SCHEMA_VERSION};
use super::authorisation::{Authorisation, AuthorisationDecision, Matter};
use super::comment::CommentKind;
use super::decision::{BetterRoute, Decision};
use super::rows::{target_exists, target_label};
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::dates::CivilDate;
use crate::domain::triage::fields::FieldError;
use crate::domain::triage::payload::Payload;
use crate::domain::triage::reference::{is_valid_reference, is_valid_uuid_v4};
use crate::domain::triage::target::Target;

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

fn blank_opt(text: &Option<String>) -> bool {
    text.as_deref().is_none_or(blank)
}

impl Advice {
    /// Everything wrong with the file on its own, in the order a reader meets it.
    pub fn own_problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        if self.schema_version != ADVICE_SCHEMA_VERSION {
            p.push(format!(
                "schema_version is {}, but this site reads advice files of version {ADVICE_SCHEMA_VERSION}",
                self.schema_version
            ));
        }
        if !is_valid_uuid_v4(&self.advice_reference) {
            p.push(format!("advice_reference \"{}\" is not a version 4 UUID", self.advice_reference));
        }
        self.link_problems(&mut p);
        let (reviewer, decision) = self.form_errors().into_iter().partition::<Vec<_>, _>(|e| e.field.starts_with("reviewer-"));
        p.extend(reviewer.into_iter().map(|e| e.message));
        if CivilDate::parse_iso(&self.date).is_none() {
            p.push(format!("The advice date \"{}\" is not a date like 2025-06-02", self.date));
        }
        self.comment_problems(&mut p);
        p.extend(decision.into_iter().map(|e| e.message));
        if let Some(a) = &self.authorisation {
            self.authorisation_problems(a, &mut p);
        }
        p.into_iter().map(|m| one_line(&m)).collect()
    }

    /// Everything wrong with the file as advice on `payload`: [`Advice::own_problems`],
    /// then whether it is on this version ([`Advice::matches`]) and whether every
    /// comment and changed condition is pinned to something this triage has.
    pub fn problems(&self, payload: &Payload, ctx: &RulesContext) -> Vec<String> {
        let mut p = self.own_problems();
        if let Err(e) = self.matches(payload) {
            p.push(e);
            return p;
        }
        for c in &self.comments {
            if !target_exists(payload, &c.target) {
                p.push(format!("Comment {} is pinned to {}", c.id, describe_missing(&c.target, payload, ctx)));
            }
        }
        if let Some(a) = &self.authorisation {
            for change in &a.changed_conditions {
                let target = Target::Condition { index: change.index, template_id: change.template_id.clone() };
                if !target_exists(payload, &target) {
                    p.push(format!("The authorisation changes {}", describe_missing(&target, payload, ctx)));
                }
            }
        }
        p.into_iter().map(|m| one_line(&m)).collect()
    }

    /// Whether this advice is on `payload`: the same case and the same version.
    pub fn matches(&self, payload: &Payload) -> Result<(), String> {
        self.same_case(payload)?;
        let t = &self.triage;
        if payload.version() != t.version {
            return Err(format!(
                "This advice is on version {} of {}, not version {}. Open version {} of the triage with it, or the advice written on version {}.",
                t.version, t.reference, payload.version(), t.version, payload.version()
            ));
        }
        if payload.submission_id != t.submission_id {
            return Err(format!(
                "This advice is on another submission of {} version {} (submission id {}, not {}).",
                t.reference, t.version, t.submission_id, payload.submission_id
            ));
        }
        Ok(())
    }

    /// Whether `payload` is a later version of the case this advice is on, so the
    /// review can show what changed and which comments were answered.
    pub fn answered_by(&self, payload: &Payload) -> Result<(), String> {
        self.same_case(payload)?;
        let t = &self.triage;
        if payload.version() <= t.version {
            return Err(format!(
                "This advice is on version {} of {}; open a later version of the triage to see what changed (this is version {}).",
                t.version, t.reference, payload.version()
            ));
        }
        Ok(())
    }

    fn same_case(&self, payload: &Payload) -> Result<(), String> {
        let t = &self.triage;
        if payload.case_id() == t.case_id {
            return Ok(());
        }
        if payload.reference == t.reference {
            return Err(format!("This advice is for another case with the reference {} (case id {}, not {}).", t.reference, t.case_id, payload.case_id()));
        }
        Err(format!(
            "This advice is for {}, not {}. Open the advice written on {}, or open triage {} with this advice.",
            t.reference, payload.reference, payload.reference, t.reference
        ))
    }

    fn link_problems(&self, p: &mut Vec<String>) {
        let t = &self.triage;
        if !is_valid_uuid_v4(&t.submission_id) {
            p.push(format!("triage.submission_id \"{}\" is not a version 4 UUID", t.submission_id));
        }
        if !is_valid_reference(&t.reference) {
            p.push(format!("triage.reference \"{}\" is not like SPO-7KX4-M9QA", t.reference));
        }
        if !is_valid_uuid_v4(&t.case_id) {
            p.push(format!("triage.case_id \"{}\" is not a version 4 UUID", t.case_id));
        }
        if t.version == 0 {
            p.push("triage.version is 0, but versions are counted from 1".into());
        }
    }

    fn comment_problems(&self, p: &mut Vec<String>) {
        let mut seen = HashSet::new();
        for (n, c) in self.comments.iter().enumerate() {
            let name = if blank(&c.id) { format!("Comment {}", n + 1) } else { format!("Comment {}", c.id) };
            if blank(&c.id) {
                p.push(format!("{name} has no id: each comment needs its own"));
            } else if !seen.insert(c.id.as_str()) {
                p.push(format!("Two comments have the id {}: each comment needs its own", c.id));
            }
            if blank(&c.text) {
                p.push(format!("{name} has no text: write the question, the suggestion or the note"));
            }
            if c.kind != CommentKind::SuggestedChange && c.suggested_text.is_some() {
                p.push(format!("{name} is a {} but has suggested wording: only a suggested change can suggest wording", c.kind.label().to_lowercase()));
            }
        }
    }

    /// What the reviewer must fill in on the Review page, each with the id of the
    /// field it is about (the page's error summary links to it): their name and role,
    /// and a complete decision.
    pub fn form_errors(&self) -> Vec<FieldError> {
        let mut e = Vec::new();
        let mut push = |field: &str, message: String| e.push(FieldError { field: field.to_string(), message });
        if blank(&self.reviewer.name) {
            push("reviewer-name", "Enter the reviewer's name".into());
        }
        if blank(&self.reviewer.role) {
            push("reviewer-role", "Enter the reviewer's role, for example Solicitor, legal services".into());
        }
        match &self.decision {
            None => push("decision", "Choose a decision: proceed to authorisation, clarification needed, or not suitable for an SPO".into()),
            Some(Decision::ClarificationNeeded) if !self.comments.iter().any(|c| c.kind == CommentKind::ClarificationNeeded) => push(
                "comment-target",
                "The decision is 'Clarification needed', but no comment asks for clarification: add one on the answer that needs it".into(),
            ),
            Some(Decision::NotSuitable { reason, better_route, other_route }) => {
                if blank(reason) {
                    push("not-suitable-reason", "Say why an SPO is not suitable".into());
                }
                match better_route {
                    None => push("better-route", "Choose the better route, or 'No order at present'".into()),
                    Some(BetterRoute::Other) if blank_opt(other_route) => push("other-route", "Describe the other route".into()),
                    Some(r) if *r != BetterRoute::Other && other_route.is_some() => {
                        push("other-route", format!("The better route is '{}', so there should be no other route described", r.label()))
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        e
    }

    fn authorisation_problems(&self, a: &Authorisation, p: &mut Vec<String>) {
        p.extend(self.authorisation_errors(a).into_iter().map(|e| e.message));
    }

    /// Everything wrong with `a` as the authorisation of this advice, each tied to the
    /// field of the authorisation form it is about (ids in [`super::authorise`]), so the
    /// form and the file say the same in the same words.
    pub fn authorisation_errors(&self, a: &Authorisation) -> Vec<FieldError> {
        use super::authorise::{amend_why_field, amend_wording_field, matter_field, DATE_FIELD, DECISION_FIELD, NAME_FIELD, RANK_FIELD};
        let mut e = Vec::new();
        let mut push = |field: String, message: String| e.push(FieldError { field, message });
        let date_box = format!("{DATE_FIELD}-day");
        if let Some(d) = self.decision.as_ref().filter(|d| **d != Decision::Proceed) {
            push(
                DECISION_FIELD.into(),
                format!(
                    "An authorisation can be recorded only when the decision is to proceed to authorisation, but the decision is '{}'",
                    d.label()
                ),
            );
        }
        if blank(&a.officer_name) {
            push(NAME_FIELD.into(), "Enter the authorising officer's name".into());
        }
        if a.rank.is_none() {
            push(RANK_FIELD.into(), "Choose the authorising officer's rank: superintendent or above".into());
        }
        match CivilDate::parse_iso(&a.date) {
            None => push(date_box.clone(), format!("The authorisation date \"{}\" is not a date like 2025-06-02", a.date)),
            Some(day) if CivilDate::parse_iso(&self.date).is_some_and(|advice| day < advice) => {
                push(date_box.clone(), format!("The authorisation date ({}) is before the advice date ({})", a.date, self.date))
            }
            _ => {}
        }
        if a.version != self.triage.version {
            push(DECISION_FIELD.into(), format!("The authorisation is for version {}, but the advice is on version {}", a.version, self.triage.version));
        }
        for m in Matter::ALL {
            match a.matters.iter().filter(|c| c.matter == *m).count() {
                0 => push(matter_field(*m), format!("The authorisation does not say whether you are satisfied that: {}", m.label())),
                1 => {}
                _ => push(matter_field(*m), format!("The authorisation answers more than once whether you are satisfied that: {}", m.label())),
            }
        }
        for check in a.matters.iter().filter(|c| c.satisfied.is_none()) {
            push(matter_field(check.matter), format!("Say whether you are satisfied that: {}", check.matter.label()));
        }
        match a.decision {
            None => push(DECISION_FIELD.into(), "Choose whether the application is authorised".into()),
            Some(AuthorisationDecision::Authorised) => {
                for check in a.matters.iter().filter(|c| c.satisfied == Some(false)) {
                    push(
                        matter_field(check.matter),
                        format!(
                            "The application is recorded as authorised, but you are not satisfied that: {}. Record it as not authorised, or confirm the matter",
                            check.matter.label()
                        ),
                    );
                }
            }
            Some(AuthorisationDecision::NotAuthorised) if !a.changed_conditions.is_empty() => {
                push(DECISION_FIELD.into(), "Conditions can be changed only when the application is authorised".into())
            }
            _ => {}
        }
        let mut seen = HashSet::new();
        for c in &a.changed_conditions {
            let n = c.index + 1;
            if !seen.insert(c.index) {
                push(amend_wording_field(c.index), format!("Condition {n} is changed more than once: give its new wording once"));
            }
            if blank(&c.wording) {
                push(amend_wording_field(c.index), format!("Enter the new wording of condition {n}"));
            }
            if blank(&c.why) {
                push(amend_why_field(c.index), format!("Enter why condition {n} was changed"));
            }
        }
        e
    }
}

/// What a target is and why it is not in this triage, for a message.
fn describe_missing(target: &Target, payload: &Payload, ctx: &RulesContext) -> String {
    match target {
        Target::Condition { index, template_id } => match payload.conditions.get(*index) {
            Some(c) => format!("condition {} (\"{template_id}\"), but condition {} of this triage is \"{}\"", index + 1, index + 1, c.template_id),
            None => format!("condition {} (\"{template_id}\"), but this triage has {} conditions", index + 1, payload.conditions.len()),
        },
        Target::Answer(a) => match (a.resolve(), target_label(payload, target, ctx)) {
            (Some(_), Some(label)) => format!("'{label}' in {}, which is not asked in this triage", a.section.title()),
            _ => format!("the question \"{}\" in {}, which the form does not ask", a.question, a.section.title()),
        },
    }
}

/// Messages quote values from the file, which may hold line breaks or controls.
fn one_line(message: &str) -> String {
    message.split(|c: char| c.is_control()).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ")
}
