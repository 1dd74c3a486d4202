//! Versions of a case: when the officer sends a triage again after legal advice, the
//! payload says which case it belongs to, which version it is, what it follows, which
//! advice it answers, what changed since the version that advice was on, and the
//! officer's replies to the advice's comments. Added in schema 1.x as an optional
//! block (`case`): a first submission has none, and receivers that ignore it lose
//! nothing they had before.
//!
//! The change list is computed in the domain (`review::changes`) and set by
//! `Payload::as_next_version`; this file only holds what travels.
use serde::{Deserialize, Serialize};

use super::reference::is_valid_uuid_v4;
use super::target::Target;

/// The `case` block of a payload that is not the first version of its case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseVersion {
    /// The case's id: the submission id of its first version.
    pub case_id: String,
    /// 2 for the second version, and so on (a payload with no `case` is version 1).
    pub version: u32,
    /// The submission id of the version this one follows.
    pub previous_submission_id: String,
    /// The `advice_reference` of the advice file this version answers, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice_reference: Option<String>,
    /// What changed since the version the advice was on (or the previous version when
    /// no advice is answered), in form order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changed: Vec<CaseChange>,
    /// The officer's answer to each of the advice's comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replies: Vec<CommentReply>,
}

/// One answer or condition that changed, named as check answers names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseChange {
    /// What changed. A condition is named by its place in the earlier version, except
    /// an added one, which is named by its place in this version.
    pub target: Target,
    /// The question as check answers shows it, e.g. "Person 2: Full name", or
    /// "Condition 1".
    pub label: String,
    pub change: ChangeKind,
    /// The earlier value as check answers showed it (a condition's wording); absent
    /// when added. Carried so a reviewer sees the earlier value beside the new one
    /// from this version alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// The value in this version; absent when removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

/// How an answer or a condition changed between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Answered now, not before.
    Added,
    /// Answered before, not now.
    Removed,
    /// Answered in both, differently.
    Edited,
    /// A condition that is the same but in another place in the list.
    Moved,
}

impl ChangeKind {
    /// How the review shows it: "Added", "Removed", "Changed", "Moved".
    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::Added => "Added",
            ChangeKind::Removed => "Removed",
            ChangeKind::Edited => "Changed",
            ChangeKind::Moved => "Moved",
        }
    }
}

/// Where a comment stands: the officer marks it answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CommentState {
    #[default]
    Open,
    Answered,
}

/// The officer's answer to one comment of the advice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CommentReply {
    /// The comment's id in the advice file.
    pub comment_id: String,
    pub state: CommentState,
    /// What the officer wrote back, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<String>,
}

impl CaseVersion {
    /// The receiver's check of the block: ids that are version 4 UUIDs and a version
    /// after the first.
    pub fn check(&self) -> Result<(), String> {
        if !is_valid_uuid_v4(&self.case_id) {
            return Err(format!("case.case_id \"{}\" is not a version 4 UUID", self.case_id));
        }
        if self.version < 2 {
            return Err(format!(
                "case.version is {}, but a payload with a case block is version 2 or later (the first version has no case block)",
                self.version
            ));
        }
        if !is_valid_uuid_v4(&self.previous_submission_id) {
            return Err(format!("case.previous_submission_id \"{}\" is not a version 4 UUID", self.previous_submission_id));
        }
        if let Some(advice) = self.advice_reference.as_deref().filter(|a| !is_valid_uuid_v4(a)) {
            return Err(format!("case.advice_reference \"{advice}\" is not a version 4 UUID"));
        }
        Ok(())
    }

    /// The officer's reply to comment `id`, if they sent one.
    pub fn reply_to(&self, id: &str) -> Option<&CommentReply> {
        self.replies.iter().find(|r| r.comment_id == id)
    }
}
