//! The review in progress: the triage opened, the advice being written, and the errors
//! on screen. Kept by the draft storage policy in config.json (the triage and the
//! advice so far), so a reload loses nothing and "off" keeps nothing.
use crate::domain::config::Config;
use crate::domain::review::{Advice, AuthorisationDraft, Reviewer};
use crate::domain::triage::{FieldError, Payload, SubmissionId};
use crate::ui::storage;
use leptos::prelude::*;

pub use crate::ui::rules::{rules, today};

/// Where the review in progress is kept, by the drafts policy.
pub const REVIEW_KEY: &str = "spo-review-draft";

#[derive(Clone, Copy)]
pub struct ReviewState {
    pub payload: RwSignal<Option<Payload>>,
    pub advice: RwSignal<Option<Advice>>,
    /// Errors on screen, in the error summary and beside their fields.
    pub errors: RwSignal<Vec<FieldError>>,
    pub attempt: RwSignal<u32>,
    /// What the last download or print said.
    pub done: RwSignal<Option<String>>,
    /// Beside a later version: the advice on the version before, to see what was answered.
    pub earlier: RwSignal<Option<Advice>>,
    /// The authorising officer's form as typed, until it is recorded in the advice.
    pub authorising: RwSignal<Option<AuthorisationDraft>>,
}

pub fn provide_review_state() {
    provide_context(ReviewState {
        payload: RwSignal::new(None),
        advice: RwSignal::new(None),
        errors: RwSignal::new(Vec::new()),
        attempt: RwSignal::new(0),
        done: RwSignal::new(None),
        earlier: RwSignal::new(None),
        authorising: RwSignal::new(None),
    });
}

pub fn use_review() -> ReviewState {
    expect_context::<ReviewState>()
}

impl ReviewState {
    pub fn show_errors(&self, errors: Vec<FieldError>) {
        self.errors.set(errors);
        self.attempt.update(|a| *a += 1);
    }

    pub fn clear_errors(&self) {
        self.errors.set(Vec::new());
    }

    pub fn error_for(&self, id: &'static str) -> Signal<Option<String>> {
        let errors = self.errors;
        Signal::derive(move || errors.with(|e| e.iter().find(|e| e.field == id).map(|e| e.message.clone())))
    }

    /// As [`ReviewState::error_for`], for an id made at run time.
    pub fn error_at(&self, id: String) -> Signal<Option<String>> {
        let errors = self.errors;
        Signal::derive(move || errors.with(|e| e.iter().find(|e| e.field == id).map(|e| e.message.clone())))
    }

    /// The first error on one of a date's three boxes (`{stem}-day`…), and which box.
    pub fn error_for_date(&self, stem: &'static str) -> (Signal<Option<String>>, Signal<Option<String>>) {
        let errors = self.errors;
        let find = move || errors.with(|e| e.iter().find(|e| e.field.starts_with(&format!("{stem}-"))).cloned());
        (Signal::derive(move || find().map(|e| e.message)), Signal::derive(move || find().map(|e| e.field)))
    }

    /// Start a review of `payload`: a new advice with its own reference, dated today.
    pub fn open(&self, payload: Payload, config: &Config) {
        let mut bytes = [0u8; 16];
        if let Ok(crypto) = window().crypto() {
            let _ = crypto.get_random_values_with_u8_array(&mut bytes);
        }
        let reference = SubmissionId::from_random_bytes(&bytes).as_str().to_string();
        let advice = Advice::new(&payload, &reference, Reviewer { name: String::new(), role: String::new() }, &today().iso());
        // Everything the review's parts start from first, the payload last: the page is
        // drawn when the payload comes (as in `restore`).
        self.advice.set(Some(advice));
        self.earlier.set(None);
        self.authorising.set(None);
        self.clear_errors();
        self.done.set(None);
        self.payload.set(Some(payload));
        self.save(config);
    }

    /// Close the review and forget what is kept of it.
    pub fn close(&self, config: &Config) {
        self.payload.set(None);
        self.advice.set(None);
        self.earlier.set(None);
        self.authorising.set(None);
        self.clear_errors();
        self.done.set(None);
        let _ = storage::drafts(config).remove(REVIEW_KEY);
    }

    /// Keep the review by the drafts policy (nothing is kept when it is "off").
    pub fn save(&self, config: &Config) {
        let (Some(p), Some(a)) = (self.payload.get_untracked(), self.advice.get_untracked()) else { return };
        // The earlier advice and the authorisation form only when there are any.
        let earlier = self.earlier.get_untracked().map(|e| format!(",\"earlier\":{}", e.to_json())).unwrap_or_default();
        let authorising = self.authorising.get_untracked().and_then(|d| serde_json::to_string(&d).ok()).map(|d| format!(",\"authorising\":{d}")).unwrap_or_default();
        let kept = format!("{{\"payload\":{},\"advice\":{}{earlier}{authorising}}}", p.to_json(), a.to_json());
        let _ = storage::drafts(config).write(REVIEW_KEY, &kept);
    }

    /// Take up a review kept earlier; anything unreadable is dropped, never half-opened.
    pub fn restore(&self, config: &Config) {
        let Ok(Some(text)) = storage::drafts(config).read(REVIEW_KEY) else { return };
        #[derive(serde::Deserialize)]
        struct Kept {
            payload: Payload,
            advice: Advice,
            #[serde(default)]
            earlier: Option<Advice>,
            #[serde(default)]
            authorising: Option<AuthorisationDraft>,
        }
        match serde_json::from_str::<Kept>(&text) {
            Ok(k) if k.payload.check().is_ok() && k.advice.triage.submission_id == k.payload.submission_id => {
                // Earlier advice that no longer fits this version is dropped on its own.
                self.earlier.set(k.earlier.filter(|e| e.answered_by(&k.payload).is_ok()));
                self.authorising.set(k.authorising);
                // The advice before the payload: the page is drawn when the payload comes,
                // and its parts start from the advice (the decision, the authorisation).
                self.advice.set(Some(k.advice));
                self.payload.set(Some(k.payload));
            }
            _ => {
                let _ = storage::drafts(config).remove(REVIEW_KEY);
            }
        }
    }
}
