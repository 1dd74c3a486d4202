//! Sending a triage again: the new payload becomes the next version of the case, with
//! what changed since the version the advice was on and the officer's replies.
use super::advice::{Advice, TriageLink};
use super::changes::changes;
use super::decision::Decision;
use super::rows::submission_context;
use super::triage_from_payload::triage_from_payload;
use super::rows::target_label;
use crate::domain::triage::answering::{next_case, reply_to, Answering, HeldComment};
use crate::domain::triage::model::{Declaration, SectionId, Triage};
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::payload::Payload;

impl Payload {
    /// This payload (built as usual, with its own new submission id) as the version
    /// after `previous`, answering `advice` if given. With advice, `previous` must be
    /// the version the advice is on, so `changed` lists what changed since then.
    ///
    /// Keep the case's reference in the new payload's metadata, so everyone quotes one
    /// reference for the case; versions are told apart by `case.version`.
    pub fn as_next_version(mut self, previous: &Payload, advice: Option<&Advice>, ctx: &RulesContext) -> Result<Payload, String> {
        if let Some(a) = advice {
            a.matches(previous)?;
        }
        if self.submission_id == previous.submission_id {
            return Err(format!(
                "The new version has the same submission id as version {} ({}): a version sent again needs its own",
                previous.version(),
                previous.submission_id
            ));
        }
        let changed = changes(previous, &self, ctx).to_case_changes();
        let replies = advice.map(|a| a.comments.iter().filter_map(|c| reply_to(&c.id, c.kind, c.state, c.reply.as_deref().unwrap_or(""))).collect()).unwrap_or_default();
        self.case = Some(next_case(&TriageLink::to(previous), advice.map(|a| a.advice_reference.as_str()), changed, replies));
        Ok(self)
    }
}

impl Advice {
    /// The officer's starting point for the next version: the answers of `payload`
    /// (the version this advice is on, already checked with [`super::open_advice`])
    /// with this advice in hand (`Triage::answering`). Sections that still pass their
    /// checks count as completed; the declaration is made again for the new version.
    pub fn to_answer(&self, payload: &Payload, ctx: &RulesContext) -> Triage {
        let previous = triage_from_payload(payload);
        let mut triage = previous.clone();
        triage.completed_sections = SectionId::ALL.into_iter().filter(|s| *s != SectionId::Declaration).collect();
        triage.refresh_completed(&submission_context(payload, ctx));
        triage.declaration = Declaration::default();
        let ctx = submission_context(payload, ctx);
        let comments = self
            .comments
            .iter()
            .map(|c| HeldComment {
                id: c.id.clone(),
                field_id: c.target.field_id(),
                section: c.target.section(),
                label: target_label(payload, &c.target, &ctx).unwrap_or_else(|| c.target.section().title().to_string()),
                kind: c.kind,
                text: c.text.clone(),
                suggested_text: c.suggested_text.clone(),
                state: c.state,
                reply: c.reply.clone().unwrap_or_default(),
            })
            .collect();
        triage.set_answering(Some(Answering {
            on: self.triage.clone(),
            advice_reference: self.advice_reference.clone(),
            reviewer: self.reviewer.clone(),
            date: self.date.clone(),
            decision: self.decision.as_ref().map_or("No decision", Decision::label).to_string(),
            comments,
            previous: Box::new(previous),
        }));
        triage
    }
}
