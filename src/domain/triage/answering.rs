//! The advice an officer is answering, beside their answers while they work on the
//! next version of the triage. The Review area's "Open advice" page makes it from the
//! advice file and the triage it is on (`Advice::to_answer`), so reading files stays
//! out of the form's code; the form shows each comment beside its question, lets the
//! officer mark it answered with a reply, and on sending makes the payload the next
//! version of the case.
//!
//! It holds the earlier version's answers, so what changed is worked out by the same
//! rows check answers shows, and the form never reads an earlier payload.
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::case::{CaseVersion, CommentReply, CommentState};
use super::context::RulesContext;
use super::fields::FieldError;
use super::model::{SectionId, Triage};
use super::payload::Payload;
#[cfg(doc)]
use super::target::Target;
use crate::domain::review::advice::{Reviewer, TriageLink};
use crate::domain::review::changes::changes_between;
use crate::domain::review::comment::CommentKind;
use crate::domain::review::rows::submission_context;

/// The advice in hand, in whichever build of the form this is: the plain form's build
/// (no `answering` feature) never holds any, so every view and check of the advice
/// is left out of it by the compiler.
impl Triage {
    pub fn answering(&self) -> Option<&Answering> {
        #[cfg(feature = "answering")]
        return self.answering.as_deref();
        #[cfg(not(feature = "answering"))]
        None
    }

    pub fn answering_mut(&mut self) -> Option<&mut Answering> {
        #[cfg(feature = "answering")]
        return self.answering.as_deref_mut();
        #[cfg(not(feature = "answering"))]
        None
    }

    /// Puts the advice in hand with the answers. Only the Review area and the form's
    /// advice build do; in the plain form's build it holds nothing, as nothing calls it.
    pub fn set_answering(&mut self, answering: Option<Answering>) {
        #[cfg(feature = "answering")]
        {
            self.answering = answering.map(Box::new);
        }
        #[cfg(not(feature = "answering"))]
        drop(answering);
    }
}

/// Whether this build of the form can hold advice (see [`Triage::answering`]).
pub const HOLDS_ADVICE: bool = cfg!(feature = "answering");

/// Session storage keys public/boot.js reads to load the form's advice build
/// (`pages::triage::advice_build`; xtask's boot tests check it names them). The tab
/// has asked for the advice build:
pub const ADVICE_BUILD_KEY: &str = "spo-triage-advice-build";
/// A draft file holding advice, chosen in the plain build, for the advice build to
/// open as if chosen there (taken up once and deleted).
pub const ADVICE_FILE_KEY: &str = "spo-triage-file-with-advice";

/// The longest reply the officer can write to one comment, in characters.
pub const REPLY_MAX: usize = 2_000;

/// The advice in hand, as the form keeps it beside its answers (`Triage::answering`),
/// so drafts, draft files and other tabs carry it with the answers.
///
/// Kept small for the form's download: its comments are flat ([`HeldComment`]), not
/// the advice file's `Comment` (whose tagged [`Target`] made the triage app 10 KiB
/// larger), and it is written as one string of fields (`encode`), not with serde's
/// derived code, which cost another 4.2 KiB brotli for these few types (measured).
#[derive(Debug, Clone, PartialEq)]
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
    pub comments: Vec<HeldComment>,
    /// The answers of the version the advice is on, as sent (read again on the day the
    /// next version is sent, as the review compares versions).
    pub previous: Box<Triage>,
}

/// One comment of the advice as the form shows it: beside the field with `field_id`,
/// in `section`, named `label` on check answers.
#[derive(Debug, Clone, PartialEq)]
pub struct HeldComment {
    /// The comment's id in the advice file (`c1`…): the reply names it.
    pub id: String,
    /// The HTML id of the field it is shown beside; none when the form has no such
    /// field (it is still listed on check answers).
    pub field_id: Option<String>,
    pub section: SectionId,
    /// What it is about, as check answers names it, e.g. "Bail details".
    pub label: String,
    pub kind: CommentKind,
    pub text: String,
    /// A suggested change's wording.
    pub suggested_text: Option<String>,
    pub state: CommentState,
    /// The officer's reply as typed; trimmed when sent.
    pub reply: String,
}

impl HeldComment {
    /// Whether it still needs the officer: an open clarification or suggested change.
    pub fn awaits_officer(&self) -> bool {
        self.state == CommentState::Open && self.kind != CommentKind::Note
    }

    /// The id of its reply box.
    pub fn reply_id(&self) -> String {
        format!("reply-{}", self.id)
    }
}

/// A reply too long to send, in words for the error message.
pub fn reply_problem(reply: &str) -> Option<String> {
    let n = reply.trim().chars().count();
    (n > REPLY_MAX).then(|| format!("Your reply must be {REPLY_MAX} characters or fewer (it has {n})"))
}

/// What a next version sends back for one comment: every comment that asks something
/// of the officer, and any note they replied to (the reply trimmed; none when blank).
pub fn reply_to(id: &str, kind: CommentKind, state: CommentState, reply: &str) -> Option<CommentReply> {
    let reply = Some(reply.trim().to_string()).filter(|r| !r.is_empty());
    (kind != CommentKind::Note || reply.is_some()).then(|| CommentReply { comment_id: id.to_string(), state, reply })
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
    pub fn comments_beside(&self, field_id: &str) -> Vec<&HeldComment> {
        self.comments.iter().filter(|c| c.field_id.as_deref() == Some(field_id)).collect()
    }

    /// Whether the task list shows "Clarification requested" on `section`.
    pub fn clarification_requested(&self, section: SectionId) -> bool {
        self.comments.iter().any(|c| c.section == section && c.kind == CommentKind::ClarificationNeeded && c.state == CommentState::Open)
    }

    /// What check answers lists as still open.
    pub fn still_open(&self) -> Vec<&HeldComment> {
        self.comments.iter().filter(|c| c.awaits_officer()).collect()
    }

    /// The comment with this id, to mark or reply to from the page.
    pub fn comment_mut(&mut self, id: &str) -> Option<&mut HeldComment> {
        self.comments.iter_mut().find(|c| c.id == id)
    }

    /// The officer marks a comment answered (or open again) with their reply. Refused
    /// with the message to show beside the reply box when the reply is too long.
    pub fn answer(&mut self, id: &str, state: CommentState, reply: &str) -> Result<(), String> {
        if let Some(problem) = reply_problem(reply) {
            return Err(problem);
        }
        let c = self.comment_mut(id).ok_or_else(|| "This comment is no longer in the advice".to_string())?;
        c.state = state;
        c.reply = reply.to_string();
        Ok(())
    }

    /// The replies in `section` too long to send, as errors beside their boxes: part of
    /// the section's checks, so the section is not complete and nothing is sent cut short.
    pub fn reply_errors(&self, section: SectionId) -> Vec<FieldError> {
        self.comments
            .iter()
            .filter(|c| c.section == section)
            .filter_map(|c| reply_problem(&c.reply).map(|m| FieldError::new(c.reply_id(), m)))
            .collect()
    }

    /// The replies the next version carries.
    pub fn replies(&self) -> Vec<CommentReply> {
        self.comments.iter().filter_map(|c| reply_to(&c.id, c.kind, c.state, &c.reply)).collect()
    }

    /// What changed between the version the advice is on and `current`, as the next
    /// version will name it (`ctx` the day it is read). The declaration is left out:
    /// it is made again for every version, so before it is ticked it is not a change.
    pub fn changed(&self, current: &Triage, ctx: &RulesContext) -> Vec<super::case::CaseChange> {
        let mut list = changes_between(&self.previous, current, ctx).to_case_changes();
        list.retain(|c| c.target.section() != SectionId::Declaration);
        list
    }

    /// `payload` (built as usual from `current`, with its own new submission id) as the
    /// next version of the case: the case's reference, what changed since the version
    /// the advice is on (both read on the day `payload` is sent), and the replies.
    pub fn next_version(&self, mut payload: Payload, current: &Triage, ctx: &RulesContext) -> Payload {
        let changed = self.changed(current, &submission_context(&payload, ctx));
        payload.reference = self.on.reference.clone();
        payload.case = Some(next_case(&self.on, Some(&self.advice_reference), changed, self.replies()));
        payload
    }
}

// Between fields and between records: control characters no text the form keeps can
// hold (`encode` turns any into spaces), and JSON text never holds unescaped.
const FIELD: char = '\u{1f}';
const RECORD: char = '\u{1e}';

/// Adds `field` and then `end`, with any separator in it made a space.
fn push(out: &mut String, field: &str, end: char) {
    out.extend(field.chars().map(|ch| if ch == FIELD || ch == RECORD { ' ' } else { ch }));
    out.push(end);
}

impl Answering {
    /// One string: the link, reviewer, date and decision, then the earlier answers as
    /// JSON; then one record per comment.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        let version = self.on.version.to_string();
        for f in [&self.on.submission_id, &self.on.reference, &self.on.case_id, &version, &self.advice_reference, &self.reviewer.name, &self.reviewer.role, &self.date, &self.decision] {
            push(&mut out, f, FIELD);
        }
        out.push_str(&serde_json::to_string(&self.previous).unwrap_or_default());
        for c in &self.comments {
            out.push(RECORD);
            let kind = match c.kind {
                CommentKind::ClarificationNeeded => "c",
                CommentKind::SuggestedChange => "s",
                CommentKind::Note => "n",
            };
            let state = if c.state == CommentState::Answered { "a" } else { "o" };
            for f in [&c.id, c.field_id.as_deref().unwrap_or(""), c.section.slug(), &c.label, kind, &c.text, c.suggested_text.as_deref().unwrap_or(""), state] {
                push(&mut out, f, FIELD);
            }
            push(&mut out, &c.reply, RECORD);
            out.pop();
        }
        out
    }

    /// The advice in hand from [`Self::encode`]'s string; `None` if anything in it is
    /// damaged, so a draft is opened whole or not at all.
    pub fn decode(text: &str) -> Option<Answering> {
        let mut records = text.split(RECORD);
        let head: Vec<&str> = records.next()?.splitn(10, FIELD).collect();
        let [submission_id, reference, case_id, version, advice_reference, name, role, date, decision, previous] = head[..] else { return None };
        let comments = records
            .map(|r| {
                let f: Vec<&str> = r.split(FIELD).collect();
                let [id, field_id, section, label, kind, text, suggested, state, reply] = f[..] else { return None };
                let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
                Some(HeldComment {
                    id: id.to_string(),
                    field_id: some(field_id),
                    section: SectionId::from_slug(section)?,
                    label: label.to_string(),
                    kind: match kind {
                        "c" => CommentKind::ClarificationNeeded,
                        "s" => CommentKind::SuggestedChange,
                        "n" => CommentKind::Note,
                        _ => return None,
                    },
                    text: text.to_string(),
                    suggested_text: some(suggested),
                    state: match state {
                        "a" => CommentState::Answered,
                        "o" => CommentState::Open,
                        _ => return None,
                    },
                    reply: reply.to_string(),
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Answering {
            on: TriageLink { submission_id: submission_id.into(), reference: reference.into(), case_id: case_id.into(), version: version.parse().ok()? },
            advice_reference: advice_reference.into(),
            reviewer: Reviewer { name: name.into(), role: role.into() },
            date: date.into(),
            decision: decision.into(),
            comments,
            previous: serde_json::from_str(previous).ok()?,
        })
    }
}

impl Serialize for Answering {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.encode())
    }
}

impl<'de> Deserialize<'de> for Answering {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Answering, D::Error> {
        let text = String::deserialize(d)?;
        Answering::decode(&text).ok_or_else(|| serde::de::Error::custom("the legal advice being answered is damaged"))
    }
}

/// The session storage key the Review area's "Open advice" page leaves the officer's
/// starting point under, for the triage to take up as it starts (`crate::domain::handoff`).
pub const ADVICE_HANDOFF_KEY: &str = "spo-advice-to-triage";
const ADVICE_HANDOFF_FORMAT: &str = "spo-advice-to-triage";

/// What the "Open advice" page writes: the answers with the advice in hand.
pub fn write_handoff(triage: &Triage, now_ms: f64) -> String {
    crate::domain::handoff::write(ADVICE_HANDOFF_FORMAT, triage, now_ms)
}

/// The answers handed over, if the text is a fresh handoff that holds advice.
pub fn read_handoff(text: &str, now_ms: f64) -> Option<Triage> {
    crate::domain::handoff::read::<Triage>(ADVICE_HANDOFF_FORMAT, text, now_ms).filter(|t| t.answering().is_some())
}
