//! The case in the Pack area: the triage and advice opened, the court details typed,
//! and the errors on screen. Kept by the drafts policy in config.json, so a reload or
//! the next page of the area loses nothing and "off" keeps nothing. Every rule is the
//! domain's (`crate::domain::pack`).
use crate::domain::config::Config;
use crate::domain::pack::{draft_pack, CourtDetails, Pack, PackCase};
use crate::domain::triage::FieldError;
use crate::ui::config_state::use_config;
use crate::ui::storage;
use leptos::prelude::*;

pub use crate::ui::rules::{rules, today};

/// Where the case in hand is kept, by the drafts policy.
pub const PACK_KEY: &str = "spo-pack-draft";

#[derive(Clone, Copy)]
pub struct PackState {
    pub case: RwSignal<Option<PackCase>>,
    /// Errors on screen, in the error summary and beside their fields.
    pub errors: RwSignal<Vec<FieldError>>,
    pub attempt: RwSignal<u32>,
    /// What the last download said.
    pub done: RwSignal<Option<String>>,
    /// Whether a kept case has been looked for (pages wait for it before saying none is open).
    pub restored: RwSignal<bool>,
}

pub fn provide_pack_state() {
    let state = PackState {
        case: RwSignal::new(None),
        errors: RwSignal::new(Vec::new()),
        attempt: RwSignal::new(0),
        done: RwSignal::new(None),
        restored: RwSignal::new(false),
    };
    provide_context(state);
    // A case kept by the drafts policy comes back once the config says where it is.
    let config = use_config();
    Effect::new(move |_| {
        if let Some(c) = config.with(|c| c.ready().cloned()) {
            if !state.restored.get_untracked() {
                state.restore(&c);
                state.restored.set(true);
            }
        }
    });
}

pub fn use_pack() -> PackState {
    expect_context::<PackState>()
}

impl PackState {
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

    /// The first error on one of a date's three boxes (`{stem}-day`…), and which box.
    pub fn error_for_date(&self, stem: &'static str) -> (Signal<Option<String>>, Signal<Option<String>>) {
        let errors = self.errors;
        let find = move || errors.with(|e| e.iter().find(|e| e.field.starts_with(&format!("{stem}-"))).cloned());
        (Signal::derive(move || find().map(|e| e.message)), Signal::derive(move || find().map(|e| e.field)))
    }

    pub fn open(&self, case: PackCase, config: &Config) {
        self.clear_errors();
        self.done.set(None);
        self.case.set(Some(case));
        self.save(config);
    }

    /// Close the case and forget what is kept of it.
    pub fn close(&self, config: &Config) {
        self.case.set(None);
        self.clear_errors();
        self.done.set(None);
        let _ = storage::drafts(config).remove(PACK_KEY);
    }

    /// Change the court details as typed, and keep them.
    pub fn update_court(&self, config: &Config, change: impl FnOnce(&mut CourtDetails)) {
        self.case.update(|c| {
            if let Some(c) = c {
                change(&mut c.court);
            }
        });
        self.save(config);
    }

    /// Keep the case by the drafts policy (nothing is kept when it is "off").
    pub fn save(&self, config: &Config) {
        if let Some(text) = self.case.with_untracked(|c| c.as_ref().map(|c| c.to_kept(storage::now_millis() as f64))) {
            let _ = storage::drafts(config).write(PACK_KEY, &text);
        }
    }

    /// Take up a case kept earlier; anything unreadable is dropped, never half-opened.
    fn restore(&self, config: &Config) {
        let Ok(Some(text)) = storage::drafts(config).read(PACK_KEY) else { return };
        match PackCase::from_kept(&text, &config.drafts, storage::now_millis() as f64) {
            Some(case) => self.case.set(Some(case)),
            None => {
                let _ = storage::drafts(config).remove(PACK_KEY);
            }
        }
    }
}

/// The pack as drafted now from the case and the config.
pub fn drafted(case: &PackCase, config: &Config) -> Pack {
    let triage = case.triage();
    draft_pack(&case.input(&triage, &config.force.name, &config.protective_marking, &rules(config)))
}
