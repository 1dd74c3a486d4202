//! The advice an officer is answering, beside their answers while they work on the
//! next version of the triage. The Review area's "Open advice" page makes it from the
//! advice file and the triage it is on (`Advice::to_answer`), so reading files stays
//! out of the form's code; the form shows each comment beside its question, lets the
//! officer mark it answered with a reply, and on sending makes the payload the next
//! version of the case.
//!
//! It holds the earlier version's answers, so what changed is worked out by the same
//! rows check answers shows, and the form never reads an earlier payload.
use serde::{Deserialize, Serialize};

use super::case::{CaseVersion, CommentReply, CommentState};
use super::context::RulesContext;
use super::model::{SectionId, Triage};
use super::payload::Payload;
#[cfg(doc)]
use super::target::Target;
use crate::domain::review::advice::{Reviewer, TriageLink};
use crate::domain::review::changes::changes_between;
use crate::domain::review::comment::{Comment, CommentKind};
use crate::domain::review::rows::submission_context;

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
    (n > REPLY_MAX).then(|| format!("Your reply must be {REPLY_MAX} characters or fewer (it has {n})"))
}

/// The replies a next version carries: every comment that asks something of the
/// officer, and any note they replied to.
pub fn replies_of(comments: &[Comment]) -> Vec<CommentReply> {
    comments
        .iter()
        .filter(|c| c.kind != CommentKind::Note || c.reply.is_some())
        .map(|c| CommentReply { comment_id: c.id.clone(), state: c.state, reply: c.reply.clone() })
        .collect()
}

/// The `case` block of the version after `on`: one place for both ways a next version
/// is made (the form's [`Answering::next_version`] and the review's
/// `Payload::as_next_version`).
pub(crate) fn next_case(on: &TriageLink, advice_reference: Option<&str>, changed: Vec<super::case::CaseChange>, replies: Vec<CommentReply>) -> CaseVersion {
    CaseVersion {
        case_id: on.case_id.clone(),
        version: on.version + 1,
        previous_submission_id: on.submission_id.clone(),
        advice_reference: advice_reference.map(str::to_string),
        changed,
        replies,
    }
}

impl Answering {
    /// The comments shown beside the field with this HTML id, in the order written.
    pub fn comments_beside(&self, field_id: &str) -> Vec<&Comment> {
        self.comments.iter().filter(|c| c.target.field_id().as_deref() == Some(field_id)).collect()
    }

    /// Whether the task list shows "Clarification requested" on `section`.
    pub fn clarification_requested(&self, section: SectionId) -> bool {
        self.comments
            .iter()
            .any(|c| c.target.section() == section && c.kind == CommentKind::ClarificationNeeded && c.state == CommentState::Open)
    }

    /// What check answers lists as still open.
    pub fn still_open(&self) -> Vec<&Comment> {
        self.comments.iter().filter(|c| c.awaits_officer()).collect()
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
        c.answer(state, reply);
        Ok(())
    }

    /// `payload` (built as usual from `current`, with its own new submission id) as the
    /// next version of the case: the case's reference, what changed since the version
    /// the advice is on (both read on the day `payload` is sent), and the replies.
    pub fn next_version(&self, mut payload: Payload, current: &Triage, ctx: &RulesContext) -> Payload {
        let changed = changes_between(&self.previous, current, &submission_context(&payload, ctx)).to_case_changes();
        payload.reference = self.on.reference.clone();
        payload.case = Some(next_case(&self.on, Some(&self.advice_reference), changed, replies_of(&self.comments)));
        payload
    }
}
