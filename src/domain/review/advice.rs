//! The advice file: what a reviewer (legal services or the stalking unit) returns on
//! one version of a triage, and what the authorising officer adds to it.
use serde::{Deserialize, Serialize};

use super::authorisation::Authorisation;
use super::comment::{Comment, CommentKind};
use super::decision::Decision;
use crate::domain::triage::case::CommentState;
use crate::domain::triage::payload::Payload;
use crate::domain::triage::target::Target;

/// The advice file's major version: its schema is published as `spo-advice.v{N}.json`.
pub const ADVICE_SCHEMA_VERSION: u32 = 1;

/// Path of the published advice schema, relative to the site's base.
pub fn advice_schema_path() -> String {
    format!("schema/spo-advice.v{ADVICE_SCHEMA_VERSION}.json")
}

/// The `kind` every advice file carries, so a triage or another file is told apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum AdviceKind {
    #[default]
    #[serde(rename = "spo-advice")]
    SpoAdvice,
}

/// The `kind` string of an advice file.
pub const ADVICE_KIND: &str = "spo-advice";

/// Which triage the advice was written on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TriageLink {
    /// The submission id of the version the advice is on.
    pub submission_id: String,
    /// Its reference, e.g. `SPO-7KX4-M9QA`.
    pub reference: String,
    /// The case: the first version's submission id.
    pub case_id: String,
    /// Which version of the case (1 for a first submission).
    pub version: u32,
}

/// Who wrote the advice.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reviewer {
    pub name: String,
    /// For example "Solicitor, legal services" or "Stalking unit".
    pub role: String,
}

/// An advice file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Advice {
    /// Always `spo-advice`.
    pub kind: AdviceKind,
    /// The file's major version ([`ADVICE_SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// This advice's own id, a version 4 UUID made in the browser; the officer's next
    /// version names it as `case.advice_reference`.
    pub advice_reference: String,
    pub triage: TriageLink,
    pub reviewer: Reviewer,
    /// When the advice was given, `YYYY-MM-DD`.
    pub date: String,
    #[serde(default)]
    pub comments: Vec<Comment>,
    /// Missing until the reviewer decides; a file without one is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// Only when the decision is to proceed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorisation: Option<Authorisation>,
}

impl TriageLink {
    /// The link to this payload.
    pub fn to(payload: &Payload) -> TriageLink {
        TriageLink {
            submission_id: payload.submission_id.clone(),
            reference: payload.reference.clone(),
            case_id: payload.case_id().to_string(),
            version: payload.version(),
        }
    }
}

impl Advice {
    /// A new advice on `payload`, with no comments or decision yet. `advice_reference`
    /// is a fresh `SubmissionId::from_random_bytes(...)`; `date` is `YYYY-MM-DD`.
    pub fn new(payload: &Payload, advice_reference: &str, reviewer: Reviewer, date: &str) -> Advice {
        Advice {
            kind: AdviceKind::SpoAdvice,
            schema_version: ADVICE_SCHEMA_VERSION,
            advice_reference: advice_reference.to_string(),
            triage: TriageLink::to(payload),
            reviewer,
            date: date.to_string(),
            comments: Vec::new(),
            decision: None,
            authorisation: None,
        }
    }

    /// Adds a comment and returns its id (`c1`, `c2`…, one more than any id used so far).
    pub fn add_comment(&mut self, target: Target, kind: CommentKind, text: &str) -> String {
        let next = self.comments.iter().filter_map(|c| c.id.strip_prefix('c')?.parse::<u64>().ok()).max().unwrap_or(0) + 1;
        let id = format!("c{next}");
        self.comments.push(Comment {
            id: id.clone(),
            target,
            kind,
            text: text.to_string(),
            suggested_text: None,
            state: CommentState::Open,
            reply: None,
        });
        id
    }

    /// The comment with this id, for editing.
    pub fn comment_mut(&mut self, id: &str) -> Option<&mut Comment> {
        self.comments.iter_mut().find(|c| c.id == id)
    }

    /// Removes the comment with this id (its id is not given out again).
    pub fn remove_comment(&mut self, id: &str) {
        self.comments.retain(|c| c.id != id);
    }

    /// The officer's answer to a comment: answered or open again, with their reply.
    pub fn answer_comment(&mut self, id: &str, state: CommentState, reply: &str) -> bool {
        let Some(c) = self.comment_mut(id) else { return false };
        c.answer(state, reply);
        true
    }

    /// The comments pinned to `target`, in the order written: shown beside that answer.
    pub fn comments_on<'a>(&'a self, target: &'a Target) -> impl Iterator<Item = &'a Comment> + 'a {
        self.comments.iter().filter(move |c| &c.target == target)
    }

    /// The file's text: indented JSON.
    pub fn to_json(&self) -> String {
        // Plain strings, numbers and enums: serialising cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The downloaded file's name, e.g. `SPO-7KX4-M9QA-v1-advice.json`.
    pub fn file_name(&self) -> String {
        format!("{}-v{}-advice.json", self.triage.reference, self.triage.version)
    }
}
