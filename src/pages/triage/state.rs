//! The triage in progress, shared by every triage page: the answers, the errors on the
//! page on screen, the draft kept by the storage policy, and the submission under way.
use crate::domain::config::{Config, DraftStorage};
use crate::domain::triage::{check_save, newer_elsewhere, stamped_json, CivilDate, DraftStamp, FieldError, RulesContext, SaveCheck, SavedTriage, Triage};
use crate::domain::version::APP_VERSION;
use crate::ui::config_state::use_config;
use crate::ui::storage;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::time::Duration;

pub use crate::domain::triage::{DRAFT_KEY, PENDING_KEY};

/// Where an unreadable draft is moved, so saving new answers never destroys it unasked.
pub const UNREADABLE_KEY: &str = "spo-triage-draft-unreadable";

/// The id and reference given to this triage when the officer first pressed submit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    pub submission_id: String,
    pub reference: String,
}

/// What the draft store has to say, shown on the task list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftStatus {
    /// A draft was restored; when it was saved, in words.
    pub restored_from: Option<String>,
    /// A draft could not be opened; why (it was set aside, not deleted).
    pub unreadable: Option<String>,
    /// A draft older than the expiry was deleted.
    pub expired: bool,
    /// Storage refused to read or write.
    pub storage_problem: Option<String>,
    /// When the answers were last saved, in words.
    pub last_saved: Option<String>,
    /// This tab took up answers another tab saved (it had nothing unsaved of its own).
    pub updated_from_other_tab: bool,
}

/// Another tab saved newer answers while this one had unsaved changes: nothing is
/// written until the officer chooses whose answers to keep.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftConflict {
    /// When the other tab saved, in words.
    pub their_time: String,
}

/// What this tab knows of the stored draft (never shown, so not reactive).
#[derive(Clone, Debug, Default)]
pub struct DraftSync {
    /// This page's id, made afresh on each load: a reloaded tab reads the draft anew.
    pub tab: String,
    /// The revision this tab last loaded or saved.
    pub known: u64,
    /// The answers as last loaded or saved: equal answers need no save.
    pub baseline: Option<Triage>,
}

/// After a successful submission: what the confirmation page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Sent {
    pub reference: String,
    pub submitted_at: String,
    pub text_copy: String,
    pub json: String,
    pub urgent: bool,
}

/// Everything the triage pages share. Provided once in `App`, so answers survive
/// moving between pages.
#[derive(Clone, Copy)]
pub struct TriageState {
    pub triage: RwSignal<Triage>,
    /// Errors on the page on screen, shown in its error summary and beside its fields.
    pub errors: RwSignal<Vec<FieldError>>,
    /// Goes up each time the officer tries to continue: the error summary takes focus.
    pub attempt: RwSignal<u32>,
    pub draft: RwSignal<DraftStatus>,
    pub pending: RwSignal<Option<Pending>>,
    pub sent: RwSignal<Option<Sent>>,
    /// True once any saved draft has been restored (or there was none).
    pub ready: RwSignal<bool>,
    /// The rules' context, worked out once when the config loads: recompiling the crime
    /// reference pattern on every key press made typing drop frames on slow desktops.
    pub rules: Memo<Option<Rules>>,
    pub conflict: RwSignal<Option<DraftConflict>>,
    pub sync: StoredValue<DraftSync>,
}

/// A shared [`RulesContext`]; equal only to itself, so the memo changes when the config does.
#[derive(Clone)]
pub struct Rules(pub std::sync::Arc<RulesContext>);

impl PartialEq for Rules {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Rules {
    type Target = RulesContext;
    fn deref(&self) -> &RulesContext {
        &self.0
    }
}

impl TriageState {
    /// The rules' view of the config and today's date.
    pub fn rules(config: &Config) -> RulesContext {
        let today = CivilDate::from_unix_millis(storage::now_millis(), storage::utc_offset_minutes());
        let mut ctx = RulesContext::new(today, &config.force.name, &config.force.area);
        ctx.force_is_national = config.force.national;
        ctx.crime_reference_pattern = config.crime_reference_regex().ok();
        ctx.crime_reference_example = config.crime_reference.example.clone();
        ctx
    }

    /// Clear the errors shown (on arriving at another page).
    pub fn clear_errors(&self) {
        self.errors.set(Vec::new());
        self.attempt.set(0);
    }

    /// Show errors and move focus to the summary.
    pub fn show_errors(&self, errors: Vec<FieldError>) {
        self.errors.set(errors);
        self.attempt.update(|a| *a += 1);
    }

    /// An error for one field, if the page has one.
    pub fn error_for(&self, id: impl Into<String>) -> Signal<Option<String>> {
        let id = id.into();
        let errors = self.errors;
        Signal::derive(move || errors.with(|e| e.iter().find(|x| x.field == id).map(|x| x.message.clone())))
    }

    /// The first error whose field starts with `stem` (a date's three boxes).
    pub fn error_for_date(&self, stem: impl Into<String>) -> (Signal<Option<String>>, Signal<Option<String>>) {
        let stem = stem.into();
        let errors = self.errors;
        let s2 = stem.clone();
        let find = move |s: &str| errors.with(|e| e.iter().find(|x| x.field.starts_with(&format!("{s}-"))).cloned());
        let message = Signal::derive(move || find(&stem).map(|e| e.message));
        let field = Signal::derive(move || find(&s2).map(|e| e.field));
        (message, field)
    }

    /// Forget the draft and the answers (after a successful submission, or on request).
    pub fn delete_draft(&self, policy: DraftStorage) -> Result<(), String> {
        self.triage.set(Triage::default());
        self.pending.set(None);
        let a = storage::remove(policy, DRAFT_KEY);
        let b = storage::remove(policy, PENDING_KEY);
        self.draft.set(DraftStatus::default());
        self.conflict.set(None);
        self.sync.update_value(|s| {
            s.known = 0;
            s.baseline = None;
        });
        a.and(b)
    }
}

pub fn use_triage() -> TriageState {
    expect_context::<TriageState>()
}

/// Create the shared state, restore any draft once the config is known, and save the
/// answers as they change (after a short pause, so typing stays smooth).
pub fn provide_triage_state() {
    let config = use_config();
    let catalogue = crate::ui::conditions_editor::catalogue_state();
    let state = TriageState {
        triage: RwSignal::new(Triage::default()),
        errors: RwSignal::new(Vec::new()),
        attempt: RwSignal::new(0),
        draft: RwSignal::new(DraftStatus::default()),
        pending: RwSignal::new(None),
        sent: RwSignal::new(None),
        ready: RwSignal::new(false),
        // The conditions are checked against the catalogue once it has loaded.
        rules: Memo::new(move |_| {
            config.with(|c| {
                c.ready().map(|c| {
                    let mut ctx = TriageState::rules(c);
                    ctx.conditions_catalogue = catalogue.with(|l| l.ready().cloned());
                    Rules(std::sync::Arc::new(ctx))
                })
            })
        }),
        conflict: RwSignal::new(None),
        sync: StoredValue::new(DraftSync { tab: tab_id(), ..Default::default() }),
    };
    provide_context(state);
    // A triage with conditions needs the catalogue to check them: fetch it then, and
    // only then, so a first visit stays light.
    let has_conditions = Memo::new(move |_| state.triage.with(|t| !t.conditions.is_empty()));
    Effect::new(move |_| {
        if has_conditions.get() {
            crate::ui::conditions_editor::use_catalogue();
        }
    });
    Effect::new(move |_| {
        if state.ready.get_untracked() {
            return;
        }
        let Some(c) = config.with(|c| c.ready().cloned()) else { return };
        restore(&state, &c);
        state.ready.set(true);
    });
    let timer = StoredValue::new(None::<TimeoutHandle>);
    // Closing or leaving the page inside the save delay must not lose the last answers.
    let flush = window_event_listener_untyped("pagehide", move |_| {
        if !state.ready.get_untracked() {
            return;
        }
        if let Some(c) = config.with_untracked(|c| c.ready().cloned()) {
            if let Some(t) = timer.get_value() {
                t.clear();
            }
            save(&state, &c, &state.triage.get_untracked());
        }
    });
    // Another tab saved the draft: take its answers if this tab has nothing unsaved,
    // otherwise ask (the `storage` event fires only in the other tabs, never the writer).
    let other_tab = window_event_listener_untyped("storage", move |ev| {
        use wasm_bindgen::JsCast;
        let Some(ev) = ev.dyn_ref::<web_sys::StorageEvent>() else { return };
        if ev.key().as_deref() != Some(DRAFT_KEY) || !state.ready.get_untracked() {
            return;
        }
        let (Some(text), Some(c)) = (ev.new_value(), config.with_untracked(|c| c.ready().cloned())) else { return };
        let stamp = DraftStamp::read(&text);
        let (tab, known) = state.sync.with_value(|s| (s.tab.clone(), s.known));
        if !newer_elsewhere(&tab, known, &stamp) {
            return;
        }
        if has_unsaved(&state) {
            state.conflict.set(Some(conflict_from(&text)));
        } else {
            adopt(&state, &c, &text);
        }
    });
    on_cleanup(move || {
        flush.remove();
        other_tab.remove();
    });
    Effect::new(move |_| {
        // Track only: the answers are read when the timer fires, not cloned per key press.
        state.triage.track();
        if !state.ready.get() {
            return;
        }
        let Some(c) = config.with_untracked(|c| c.ready().cloned()) else { return };
        if c.drafts.storage == DraftStorage::Off {
            return;
        }
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        let handle = set_timeout_with_handle(move || state.triage.with_untracked(|t| save(&state, &c, t)), Duration::from_millis(400)).ok();
        timer.set_value(handle);
    });
}

/// A random id for this page, so its saves can be told from other tabs'.
fn tab_id() -> String {
    let mut buf = [0u8; 8];
    if let Ok(crypto) = window().crypto() {
        let _ = crypto.get_random_values_with_u8_array(&mut buf);
    }
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether the answers on screen differ from those last loaded or saved (an empty form
/// has nothing to lose).
fn has_unsaved(state: &TriageState) -> bool {
    state.sync.with_value(|s| {
        state.triage.with_untracked(|t| {
            t.has_any_answers() && s.baseline.as_ref() != Some(t)
        })
    })
}

fn conflict_from(text: &str) -> DraftConflict {
    let when = SavedTriage::parse(text).map(|s| js_sys::Date::parse(&s.saved_at)).unwrap_or(f64::NAN);
    DraftConflict { their_time: if when.is_nan() { "a moment ago".into() } else { time_words(when) } }
}

/// Show the answers saved as `text` (by another tab) in this one.
fn adopt(state: &TriageState, config: &Config, text: &str) -> bool {
    let Ok(saved) = SavedTriage::parse(text) else { return false };
    let mut triage = saved.triage;
    triage.refresh_completed(&TriageState::rules(config));
    // Baseline first, so the save effect finds nothing new to write.
    state.sync.update_value(|s| {
        s.known = DraftStamp::read(text).revision;
        s.baseline = Some(triage.clone());
    });
    state.triage.set(triage);
    state.conflict.set(None);
    state.draft.update(|d| d.updated_from_other_tab = true);
    true
}

/// The officer's choice when another tab saved newer answers: take them into this tab.
pub fn use_other_tabs_answers(state: &TriageState, config: &Config) {
    match storage::read(config.drafts.storage, DRAFT_KEY) {
        Ok(Some(text)) if adopt(state, config, &text) => {}
        // The other tab's draft has gone (sent or deleted): keep these answers.
        Ok(_) => keep_this_tabs_answers(state, config),
        Err(e) => state.draft.update(|d| d.storage_problem = Some(e)),
    }
}

/// The officer's choice when another tab saved newer answers: save these over them.
pub fn keep_this_tabs_answers(state: &TriageState, config: &Config) {
    if let Ok(Some(text)) = storage::read(config.drafts.storage, DRAFT_KEY) {
        let theirs = DraftStamp::read(&text).revision;
        state.sync.update_value(|s| s.known = s.known.max(theirs));
    }
    state.sync.update_value(|s| s.baseline = None);
    state.conflict.set(None);
    state.triage.with_untracked(|t| save(state, config, t));
}

fn save(state: &TriageState, config: &Config, triage: &Triage) {
    let policy = config.drafts.storage;
    if policy == DraftStorage::Off || !triage.has_any_answers() {
        return;
    }
    // Waiting for the officer to choose whose answers to keep; or nothing new to save.
    if state.conflict.with_untracked(Option::is_some) || state.sync.with_value(|s| s.baseline.as_ref() == Some(triage)) {
        return;
    }
    let stored = match storage::read(policy, DRAFT_KEY) {
        Ok(s) => s,
        Err(e) => return state.draft.update(|d| d.storage_problem = Some(e)),
    };
    let (tab, known) = state.sync.with_value(|s| (s.tab.clone(), s.known));
    let stamp = match check_save(&tab, known, stored.as_deref().map(DraftStamp::read).as_ref()) {
        SaveCheck::Write(stamp) => stamp,
        SaveCheck::Conflict(_) => {
            let text = stored.unwrap_or_default();
            return state.conflict.set(Some(conflict_from(&text)));
        }
    };
    let now = storage::now_millis();
    let saved = SavedTriage::new(triage.clone(), &crate::domain::triage::rfc3339_from_unix_millis(now), APP_VERSION);
    match storage::write(policy, DRAFT_KEY, &stamped_json(&saved, &stamp)) {
        Ok(()) => {
            state.sync.update_value(|s| {
                s.known = stamp.revision;
                s.baseline = Some(triage.clone());
            });
            state.draft.update(|d| {
                d.storage_problem = None;
                d.updated_from_other_tab = false;
                d.last_saved = Some(time_words(now as f64));
            });
        }
        Err(e) => state.draft.update(|d| d.storage_problem = Some(e)),
    }
}

fn restore(state: &TriageState, config: &Config) {
    let policy = config.drafts.storage;
    let mut status = DraftStatus::default();
    if let Ok(Some(p)) = storage::read(policy, PENDING_KEY) {
        state.pending.set(serde_json::from_str(&p).ok());
    }
    match storage::read(policy, DRAFT_KEY) {
        Err(e) => status.storage_problem = Some(e),
        Ok(None) => {}
        Ok(Some(text)) => match SavedTriage::parse(&text) {
            Ok(saved) => {
                let saved_ms = js_sys::Date::parse(&saved.saved_at);
                let age_hours = (storage::now_millis() as f64 - saved_ms) / 3_600_000.0;
                let expired = policy == DraftStorage::ThisComputer
                    && config.drafts.expiry_hours.is_some_and(|h| saved_ms.is_nan() || age_hours > h as f64);
                if expired {
                    let _ = storage::remove(policy, DRAFT_KEY);
                    let _ = storage::remove(policy, PENDING_KEY);
                    state.pending.set(None);
                    status.expired = true;
                } else {
                    let mut triage = saved.triage;
                    // Ages and "today" may have moved on since the draft was saved.
                    triage.refresh_completed(&TriageState::rules(config));
                    state.sync.update_value(|s| {
                        s.known = DraftStamp::read(&text).revision;
                        s.baseline = Some(triage.clone());
                    });
                    state.triage.set(triage);
                    status.restored_from = Some(if saved_ms.is_nan() { "an earlier session".into() } else { time_words(saved_ms) });
                }
            }
            Err(e) => {
                let _ = storage::write(policy, UNREADABLE_KEY, &text);
                let _ = storage::remove(policy, DRAFT_KEY);
                status.unreadable = Some(e.to_string());
            }
        },
    }
    state.draft.set(status);
    // What is on screen now is what this tab loaded (perhaps nothing).
    state.sync.update_value(|s| s.baseline = Some(state.triage.get_untracked()));
}

/// "23 November 2026 at 4:05pm" in the officer's local time.
pub fn time_words(millis: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis));
    let date = CivilDate::new(d.get_full_year() as i32, d.get_month() + 1, d.get_date()).map(|c| c.long()).unwrap_or_default();
    let (h, m) = (d.get_hours(), d.get_minutes());
    let (h12, ampm) = match h {
        0 => (12, "am"),
        1..=11 => (h, "am"),
        12 => (12, "pm"),
        _ => (h - 12, "pm"),
    };
    format!("{date} at {h12}:{m:02}{ampm}")
}
