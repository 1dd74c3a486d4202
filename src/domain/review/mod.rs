//! The review of a triage by legal services or the stalking unit, the officer's
//! answers to it, and the authorising officer's record (issue #16). Plain Rust with no
//! browser types: the Review area's pages and the form's "Open advice" call these and
//! never restate a rule.
//!
//! # The files
//! - A **triage** is the delivered [`Payload`]. [`parse_triage`] opens its JSON text.
//! - An **advice file** ([`Advice`], `kind: "spo-advice"`, its own schema:
//!   [`advice_schema`], published at [`advice_schema_path`]) is tied to one version of
//!   a triage by [`TriageLink`] (submission id, reference, case id, version). It holds
//!   the reviewer, the date, [`Comment`]s pinned to a [`Target`] (an answer, by section,
//!   question id and item, or a condition, by index and template id), a [`Decision`],
//!   and once the decision is to proceed, an [`Authorisation`].
//! - A **later version** of a triage carries a `case` block ([`CaseVersion`]): the case
//!   id, its version, the version it follows, the advice it answers, what changed
//!   ([`CaseChange`]) and the officer's replies ([`CommentReply`]).
//!
//! # Reviewer: open, read, advise, return
//! 1. `parse_triage(&text)` → `Result<Payload, Vec<String>>`: show the messages, keep
//!    nothing else.
//! 2. `first_look(&payload, &ctx)` → the headline ([`FirstLook`]: priority, age route,
//!    and the rows a lawyer reads first); `condition_findings(&payload, &catalogue,
//!    &ctx)` → the builder's checks run again on the conditions;
//!    `review_sections(&payload, &ctx)` → the rows of check answers per section, each
//!    with the [`Target`] to pin a comment to (conditions are rows too). Ages and the
//!    youth route are as on the day it was sent ([`submission_context`]).
//!    [`triage_from_payload`] gives the answers back for any other triage rule.
//! 3. `Advice::new(&payload, &advice_reference, reviewer, "2025-06-04")`, then
//!    [`Advice::add_comment`] (returns the comment's id), [`Advice::comment_mut`],
//!    [`Advice::remove_comment`], and `advice.decision = Some(Decision::…)`.
//!    [`Advice::comments_on`] lists what to show beside a row.
//! 4. Before download: `advice.problems(&payload, &ctx)` → the error summary's
//!    messages (empty when ready); then [`Advice::to_json`] and [`Advice::file_name`].
//!
//! # Officer: open the advice, answer, send again
//! 1. `open_advice(&text, &payload, &ctx)`: refused with a message for a triage, a
//!    newer version, another case ("This advice is for SPO-…, not SPO-…") or another
//!    version.
//!    Then `advice.to_answer(&payload, &ctx)` gives the form its answers and the
//!    advice in hand ([`Answering`]). The Review
//!    area's "Open advice" page does this, so reading files stays out of the form.
//! 2. In the form, per section, [`Answering::clarification_requested`] ("Clarification
//!    requested" on the task list); per field, [`Answering::comments_beside`] (by HTML
//!    id); [`Answering::still_open`] for check answers; [`Answering::answer`] when the
//!    officer marks one answered.
//! 3. Send again: build the payload as usual (a new submission id), then
//!    `answering.next_version(payload, &triage, &ctx)`: the case's reference, and
//!    `case` with what changed since the version the advice is on (each change with its
//!    earlier and new value) and the replies. `payload.as_next_version(&previous,
//!    Some(&advice), &ctx)` does the same from two payloads.
//!
//! # Reviewer: the later version
//! `open_advice_for_later_version(&advice_text, &v2)`, then
//! - `changes(&v1, &v2, &ctx)` → [`Changes`]: each changed answer with its earlier and
//!   new value ([`Changes::answer`] to show one beside its row), and conditions added,
//!   removed, edited or moved;
//! - `follow_ups(&advice, &v2)` → per comment: marked answered, the reply, and how the
//!   thing it is pinned to changed (from `v2.case` alone).
//! - From `v2` alone ([`later`]): [`compared_with`] (the version its changes are counted
//!   from), [`change_beside`] (the change to mark beside a row of the reading),
//!   [`follow_up_label`] and [`answers_advice`].
//!
//! # Authorising officer
//! With `advice.decision == Some(Decision::Proceed)`: `Authorisation::new(version)`
//! lists every [`Matter`] (SPA s1(1) and the draft APP's checks, facts items 6 and 76)
//! unanswered; fill it in and set `advice.authorisation`; `advice.problems(..)` says
//! what is missing (for example, authorised while a matter is not confirmed).
//! The form keeps what is typed in an [`AuthorisationDraft`] (the date in three boxes);
//! [`AuthorisationDraft::record`] gives the record or the errors tied to its fields
//! ([`Advice::authorisation_errors`], ids in [`authorise`]).
//!
//! Every function here takes text or values and never panics; messages are plain
//! English and name what is wrong.
pub mod advice;
pub mod authorisation;
pub mod authorise;
pub mod changes;
pub mod comment;
pub mod email;
pub mod decision;
pub mod first_look;
pub mod fixtures;
pub mod follow_up;
pub mod later;
pub mod open;
pub mod resubmit;
pub mod rows;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod send;
pub mod triage_from_payload;
pub mod validate;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod authorise_tests;
#[cfg(test)]
mod later_tests;
#[cfg(test)]
mod e2e_files;

pub use advice::{advice_schema_path, Advice, AdviceKind, Reviewer, TriageLink, ADVICE_KIND, ADVICE_SCHEMA_VERSION};
pub use authorisation::{Authorisation, AuthorisationDecision, AuthorisingRank, ConditionAmendment, Matter, MatterCheck};
pub use changes::{changes, changes_between, AnswerChange, Changes, ConditionChange, ConditionVersion};
pub use comment::{Comment, CommentKind};
pub use decision::{BetterRoute, Decision};
pub use first_look::{condition_findings, first_look, FirstLook};
pub use follow_up::{follow_ups, FollowUp};
pub use authorise::{can_authorise, AuthorisationDraft};
pub use later::{answers_advice, change_beside, compared_with, follow_up_label};
pub use open::{open_advice, open_advice_for_later_version, parse_advice, parse_triage};
pub use rows::{review_rows, review_sections, submission_context, target_exists, target_label, ReviewRow, ReviewSection};
#[cfg(not(target_arch = "wasm32"))]
pub use schema::{advice_schema, advice_schema_json};
pub use triage_from_payload::triage_from_payload;

pub use crate::domain::triage::answering::Answering;
pub use crate::domain::triage::case::{CaseChange, CaseVersion, ChangeKind, CommentReply, CommentState};
pub use crate::domain::triage::payload::Payload;
pub use crate::domain::triage::target::{AnswerTarget, Target};
