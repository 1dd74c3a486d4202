//! The advice an officer is answering, kept with their answers while they work on the
//! next version of the triage. The Review area's "Open advice" page makes it from the
//! advice file and the triage it is on, and hands both to the form (the file reading
//! stays in the Review area's code, so the form does not grow); the form shows each
//! comment beside its question, lets the officer mark it answered with a reply, and on
//! sending turns the payload into the next version of the case.
//!
//! It holds the earlier version's answers, so what changed is worked out by the same
//! rows check answers shows, and no earlier payload has to be read by the form.
use serde::{Deserialize, Serialize};

use super::case::{CaseVersion, CommentReply, CommentState};
use super::context::RulesContext;
use super::dates::CivilDate;
use super::model::{SectionId, Triage};
use super::payload::Payload;
#[cfg(doc)]
use super::target::Target;
use crate::domain::review::advice::{Reviewer, TriageLink};
use crate::domain::review::changes::changes_between;
use crate::domain::review::comment::{Comment, CommentKind};

/// The longest reply the officer can write to one comment, in characters.
pub const REPLY_MAX: usize = 2_000;

/// The advice in hand, as the form keeps it beside its answers.
///
/// Not a field of [`Triage`]: there its serde code (the tagged [`Target`] above all)
/// made the triage app 10 KiB larger (357.3 to 367.5 KiB brotli) before any page used
/// it, so how the form stores and reads it is chosen with its size measured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answering {
    /// The version the advice is on.
    pub on: TriageLink,
    /// The advice file's own id; the next version names it.
    pub advice_reference: String,
    pub reviewer: Reviewer,
    /// When the advice was given, `YYYY-MM-DD`.
    pub date: String,
    /// The reviewer's decision in words, e.g. "Clarification needed".
    pub decision: String,
    pub comments: Vec<Comment>,
    /// The answers of the version the advice is on, as sent (read again on the day the
    /// next version is sent, as the review compares versions).
    pub previous: Box<Triage>,
}

/// A reply too long to send, in words for the error message.
pub fn reply_problem(reply: &str) -> Option<String> {
    let n = reply.trim().chars().count();
    (n > REPLY_MAX)
        .then(|| format!("Your reply must be {REPLY_MAX} characters or fewer (it has {n})"))
}

/// The id of a comment's reply box, e.g. `reply-c2`.
pub fn reply_field_id(comment_id: &str) -> String {
    format!("reply-{comment_id}")
}

/// The replies a next version carries: every comment that asks something of the
/// officer, and any note they replied to.
pub fn replies_of(comments: &[Comment]) -> Vec<CommentReply> {
    comments
        .iter()
        .filter(|c| c.kind != CommentKind::Note || c.reply.is_some())
        .map(|c| CommentReply {
            comment_id: c.id.clone(),
            state: c.state,
            reply: c.reply.clone(),
        })
        .collect()
}

impl Answering {
    /// The comments shown beside the field with this HTML id, in the order written.
    pub fn comments_beside(&self, field_id: &str) -> Vec<&Comment> {
        self.comments
            .iter()
            .filter(|c| c.target.field_id().as_deref() == Some(field_id))
            .collect()
    }

    /// The comments on a section's answers (for a section page's own list).
    pub fn comments_in(&self, section: SectionId) -> impl Iterator<Item = &Comment> + '_ {
        self.comments
            .iter()
            .filter(move |c| c.target.section() == section)
    }

    /// Whether the task list shows "Clarification requested" on `section`.
    pub fn clarification_requested(&self, section: SectionId) -> bool {
        self.comments_in(section)
            .any(|c| c.kind == CommentKind::ClarificationNeeded && c.state == CommentState::Open)
    }

    /// What check answers lists as still open.
    pub fn still_open(&self) -> Vec<&Comment> {
        self.comments
            .iter()
            .filter(|c| c.awaits_officer())
            .collect()
    }

    /// The officer marks a comment answered (or open again) with their reply. Refused
    /// with the message to show beside the reply box when the reply is too long.
    pub fn answer(&mut self, id: &str, state: CommentState, reply: &str) -> Result<(), String> {
        if let Some(problem) = reply_problem(reply) {
            return Err(problem);
        }
        let Some(c) = self.comments.iter_mut().find(|c| c.id == id) else {
            return Err("This comment is no longer in the advice".to_string());
        };
        c.state = state;
        c.reply = Some(reply.trim().to_string()).filter(|r| !r.is_empty());
        Ok(())
    }

    /// `payload` (built as usual from `current`, with its own new submission id) as the
    /// next version of the case: the case's reference, what changed since the version
    /// the advice is on, and the officer's replies.
    pub fn next_version(
        &self,
        mut payload: Payload,
        current: &Triage,
        ctx: &RulesContext,
    ) -> Payload {
        let mut day = ctx.clone();
        if let Some(d) = payload
            .submitted_at
            .get(..10)
            .and_then(CivilDate::parse_iso)
        {
            day.today = d;
        }
        payload.reference = self.on.reference.clone();
        payload.case = Some(CaseVersion {
            case_id: self.on.case_id.clone(),
            version: self.on.version + 1,
            previous_submission_id: self.on.submission_id.clone(),
            advice_reference: Some(self.advice_reference.clone()),
            changed: changes_between(&self.previous, current, &day).to_case_changes(),
            replies: replies_of(&self.comments),
        });
        payload
    }
}
