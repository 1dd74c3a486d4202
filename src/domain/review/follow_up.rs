//! For a reviewer opening a later version with their earlier advice: for each comment,
//! whether the officer marked it answered (and what they replied), and whether the
//! answer or condition it is pinned to changed. Read from the later payload alone: its
//! `case` block carries the officer's replies and the list of what changed.
use super::advice::Advice;
use super::comment::Comment;
use crate::domain::triage::case::{CaseChange, ChangeKind, CommentState};
use crate::domain::triage::payload::Payload;
use crate::domain::triage::target::Target;

/// Where one comment stands in the later version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    pub comment: Comment,
    /// The officer marked it answered.
    pub answered: bool,
    /// What the officer replied, if anything.
    pub reply: Option<String>,
    /// How the answer or condition it is pinned to changed, if it did.
    pub change: Option<CaseChange>,
}

impl FollowUp {
    /// Whether the thing it is pinned to changed.
    pub fn target_changed(&self) -> bool {
        self.change.is_some()
    }
}

/// Every comment of `advice` (clarifications, suggested changes and notes, in the
/// order written) as `later` answers it; refused with a message when `later` is not a
/// later version of the same case.
///
/// The officer's replies count when `later` says it answers this advice; the states in
/// the advice file itself count too (an officer may return their copy of the file).
pub fn follow_ups(advice: &Advice, later: &Payload) -> Result<Vec<FollowUp>, String> {
    advice.answered_by(later)?;
    let case = later.case.as_ref();
    let answers_this = case.and_then(|c| c.advice_reference.as_deref()) == Some(advice.advice_reference.as_str());
    Ok(advice
        .comments
        .iter()
        .map(|comment| {
            let reply = case.filter(|_| answers_this).and_then(|c| c.reply_to(&comment.id));
            let answered = comment.state == CommentState::Answered || reply.is_some_and(|r| r.state == CommentState::Answered);
            let change = case.and_then(|c| c.changed.iter().find(|ch| pinned_to(&comment.target, ch)).cloned());
            FollowUp {
                comment: comment.clone(),
                answered,
                reply: reply.and_then(|r| r.reply.clone()).or_else(|| comment.reply.clone()),
                change,
            }
        })
        .collect())
}

/// Whether a change names the thing a comment on the earlier version is pinned to. A
/// condition is named by its place in the earlier version and its template, except an
/// added one (named by its new place), which no comment can have been pinned to; an
/// answer added is one a comment on a blank question may have asked for.
fn pinned_to(comment: &Target, change: &CaseChange) -> bool {
    let added_condition = matches!(change.target, Target::Condition { .. }) && change.change == ChangeKind::Added;
    comment == &change.target && !added_condition
}
