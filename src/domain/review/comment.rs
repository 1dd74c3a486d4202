//! A reviewer's comment, pinned to one answer or condition of the triage.
use serde::{Deserialize, Serialize};

use crate::domain::triage::case::CommentState;
use crate::domain::triage::target::Target;

/// What a comment asks of the officer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CommentKind {
    /// A question the officer must answer before the application can go on.
    ClarificationNeeded,
    /// A change the reviewer suggests, for example a reworded condition.
    SuggestedChange,
    /// For information; nothing to answer.
    Note,
}

impl CommentKind {
    pub const ALL: &'static [CommentKind] = &[CommentKind::ClarificationNeeded, CommentKind::SuggestedChange, CommentKind::Note];

    /// As the reviewer picks it and the officer reads it.
    pub fn label(self) -> &'static str {
        match self {
            CommentKind::ClarificationNeeded => "Clarification needed",
            CommentKind::SuggestedChange => "Suggested change",
            CommentKind::Note => "Note",
        }
    }
}

/// One comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Comment {
    /// Unique in its advice file (`c1`, `c2`…); never reused after a comment is removed,
    /// so the officer's replies always meet the comment they were written to.
    pub id: String,
    /// The answer or condition it is about.
    pub target: Target,
    pub kind: CommentKind,
    /// The question, suggestion or note, as the reviewer wrote it.
    pub text: String,
    /// For a suggested change: the wording suggested (for example a reworded condition).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_text: Option<String>,
    /// Open until the officer marks it answered.
    #[serde(default)]
    pub state: CommentState,
    /// The officer's reply, if they wrote one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<String>,
}

impl Comment {
    /// Whether it still needs the officer: an open clarification or suggested change.
    pub fn awaits_officer(&self) -> bool {
        self.state == CommentState::Open && self.kind != CommentKind::Note
    }

    /// The officer's answer: answered or open again, with their reply (trimmed; none
    /// when blank).
    pub fn answer(&mut self, state: CommentState, reply: &str) {
        self.state = state;
        self.reply = Some(reply.trim().to_string()).filter(|r| !r.is_empty());
    }
}
