//! The triage form's domain: the answers ([`Triage`]), the rules that check them
//! ([`validate_all`], [`notices`], [`youth_route`], [`priority`]), the task list
//! ([`section_status`]), reference numbers, the JSON payload and its schema, and saved
//! drafts. Plain Rust with no browser types; the pages call these and never restate
//! a rule. Every rule cites its item in `shared/domain/facts.md`.
//!
//! Flow: the page edits a [`Triage`]; "Save and continue" calls
//! [`Triage::mark_completed`]; the task list calls [`section_status`]; submit calls
//! [`validate_all`], then [`Payload::build`] with a [`SubmissionMeta`] made from
//! [`Reference::from_random_bytes`], [`SubmissionId::from_random_bytes`] and
//! [`rfc3339_from_unix_millis`]; what the receiver's answer means is [`SendOutcome`]'s to
//! say; drafts go through [`SavedTriage`], kept in the browser by [`DraftKeeper`].

pub mod answering;
pub mod case;
pub mod choices;
pub mod chronology;
pub mod chronology_fixtures;
pub mod conditions_context;
pub mod context;
pub mod dates;
pub mod draft;
pub mod draft_keeper;
pub mod draft_revision;
pub mod draft_store;
pub mod field_ids;
pub mod fields;
pub mod fixtures;
pub mod model;
pub mod notices;
pub mod notification;
pub mod payload;
pub mod payload_chronology;
pub mod questions;
pub mod receipt;
pub mod reference;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod send_outcome;
pub mod status;
pub mod target;
pub mod validate;
pub mod validate_about_you;
pub mod validate_behaviour_risk;
pub mod validate_conditions;
pub mod validate_declaration;
pub mod validate_existing_orders;
pub mod validate_investigation;
pub mod validate_order_sought;
pub mod validate_people;
pub mod validate_respondent;
pub mod validate_summary;
pub mod validate_victim_views;
pub mod validate_youth_justice;
pub mod youth;

#[cfg(test)]
mod test_support;

pub use case::{CaseChange, CaseVersion, ChangeKind, CommentReply, CommentState};
pub use choices::*;
pub use conditions_context::{conditions_context, conditions_section_findings};
pub use context::RulesContext;
pub use dates::{age_on, days_between, rfc3339_from_unix_millis, CivilDate, DateInput};
pub use draft::{holds_advice, DraftError, SavedTriage, DRAFT_FORMAT, DRAFT_KEY, PENDING_KEY};
pub use draft_keeper::{
    has_expired, other_tab_saved, DraftKeeper, DraftSync, Opened, Opening, OtherTabSave, Pending, Saved, StoreProblem, UNREADABLE_KEY,
};
pub use draft_revision::{check_save, newer_elsewhere, stamped_json, DraftStamp, SaveCheck};
pub use draft_store::{DraftStore, StoreError};
pub use fields::FieldError;
pub use model::*;
pub use notices::{notices, notices_for, priority, Notice, Priority};
pub use payload::{Payload, SubmissionMeta};
pub use questions::rows::{answer_sections, text_copy, AnswerSection};
pub use receipt::receipt_is_expected;
pub use reference::{is_valid_reference, is_valid_uuid_v4, Reference, SubmissionId};
#[cfg(not(target_arch = "wasm32"))]
pub use schema::payload_schema;
pub use send_outcome::{NoAnswer, Response, SendOutcome};
pub use status::{section_applies, section_status, SectionStatus};
pub use target::{AnswerTarget, Target};
pub use validate::{is_ready_to_submit, validate_all, validate_answers, validate_section, SectionErrors};
pub use validate_about_you::validate_about_you;
pub use validate_behaviour_risk::validate_behaviour_risk;
pub use validate_conditions::validate_conditions;
pub use validate_declaration::validate_declaration;
pub use validate_existing_orders::validate_existing_orders;
pub use validate_investigation::validate_investigation;
pub use validate_order_sought::validate_order_sought;
pub use validate_people::validate_people;
pub use validate_respondent::validate_respondent;
pub use validate_summary::validate_summary;
pub use validate_victim_views::validate_victim_views;
pub use validate_youth_justice::validate_youth_justice;
pub use youth::{youth_route, YouthRoute, YouthRouteKind};
