//! The triage in progress, shared by every triage page: the answers, the errors on the
//! page on screen, the draft kept by the storage policy, and the submission under way.
//! What to restore, save or take up from another tab is decided by the domain's
//! [`DraftKeeper`](crate::domain::triage::DraftKeeper); this holds the signals and
//! listens to the browser.
use crate::domain::conditions::{chosen::ChosenCondition, handoff};
use crate::domain::config::{Config, DraftStorage};
use crate::domain::triage::answering::HOLDS_ADVICE;
use crate::domain::triage::{holds_advice, other_tab_saved, CivilDate, DraftError, FieldError, Opened, OtherTabSave, RulesContext, Saved, Triage};
use crate::domain::version::APP_VERSION;
use crate::ui::config_state::use_config;
use crate::ui::storage;
use leptos::prelude::*;
use std::time::Duration;

pub use crate::domain::triage::{DraftSync, Pending, PENDING_KEY};

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

/// After a successful submission: what the confirmation page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Sent {
    pub reference: String,
    pub submitted_at: String,
    pub text_copy: String,
    pub json: String,
    pub urgent: bool,
    /// Delivery by email: the email the officer must still send. Nothing has reached
    /// anyone until they do, so the saved answers are kept until they say they have.
    pub email: Option<EmailToSend>,
}

/// An `.eml` file made for the officer to open and send.
#[derive(Clone, Debug, PartialEq)]
pub struct EmailToSend {
    pub file_name: String,
    pub eml: String,
    pub to: Vec<String>,
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
    /// Conditions the builder handed over while the triage held others: the
    /// conditions section asks before replacing them.
    pub incoming: RwSignal<Option<Vec<ChosenCondition>>>,
    /// What this tab knows of the stored draft (never shown, so not reactive).
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
        let drafts = storage::drafts_by(policy);
        let deleted = self.sync.try_update_value(|s| drafts.delete(s)).unwrap_or(Ok(()));
        self.draft.set(DraftStatus::default());
        self.conflict.set(None);
        deleted.map_err(|e| e.to_string())
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
        incoming: RwSignal::new(None),
        sync: StoredValue::new(DraftSync::new(tab_id())),
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
        if HOLDS_ADVICE {
            super::advice_build::arrived();
        }
        // Reloading as the advice build: the page is left as it is until then.
        if restore(&state, &c) || take_up_advice(&state, &c) {
            return;
        }
        take_up_handoff(&state);
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
        if !state.ready.get_untracked() {
            return;
        }
        let Some(c) = config.with_untracked(|c| c.ready().cloned()) else { return };
        let (key, text) = (ev.key(), ev.new_value());
        let heard = state.sync.with_value(|s| state.triage.with_untracked(|t| other_tab_saved(s, key.as_deref(), text.as_deref(), t)));
        match heard {
            OtherTabSave::Ignore => {}
            OtherTabSave::Ask { their_saved_at } => state.conflict.set(Some(conflict_at(their_saved_at))),
            OtherTabSave::TakeUp => {
                // Answers with advice, which this build cannot hold: load the one that can.
                if text.as_deref().is_some_and(holds_advice) && super::advice_build::load() {
                    return;
                }
                let rules = TriageState::rules(&c);
                if let Some(triage) = state.sync.try_update_value(|s| s.take_up(text.as_deref().unwrap_or_default(), &rules)).flatten() {
                    show_other_tabs(&state, triage);
                }
            }
        }
    });
    // With drafts off the answers live only in this page, and a link into another area
    // of the site loads a new page (crate::domain::areas): ask before they are lost.
    let leaving = window_event_listener_untyped("beforeunload", move |ev| {
        let off = config.with_untracked(|c| c.ready().is_some_and(|c| c.drafts.storage == DraftStorage::Off));
        let unsent = state.sent.with_untracked(Option::is_none) && state.triage.with_untracked(|t| *t != Triage::default());
        if off && unsent && state.ready.get_untracked() {
            ev.prevent_default();
            // Older Chrome and Edge ask only when returnValue is set.
            let _ = js_sys::Reflect::set(&ev, &"returnValue".into(), &"".into());
        }
    });
    on_cleanup(move || {
        flush.remove();
        other_tab.remove();
        leaving.remove();
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

/// The conflict notice for another tab's save at `saved_at` (RFC 3339, if known).
fn conflict_at(saved_at: Option<String>) -> DraftConflict {
    let when = saved_at.as_deref().and_then(storage::millis_of);
    DraftConflict { their_time: when.map(time_words).unwrap_or_else(|| "a moment ago".into()) }
}

/// Show answers another tab saved (already taken up by this tab's [`DraftSync`]; the
/// baseline is set first, so the save effect finds nothing new to write).
fn show_other_tabs(state: &TriageState, triage: Triage) {
    state.triage.set(triage);
    state.conflict.set(None);
    state.draft.update(|d| d.updated_from_other_tab = true);
}

/// The officer's choice when another tab saved newer answers: take them into this tab.
pub fn use_other_tabs_answers(state: &TriageState, config: &Config) {
    let drafts = storage::drafts(config);
    let rules = TriageState::rules(config);
    // Never "keep this tab's" over answers with advice this build cannot open.
    if drafts.holds_advice() && super::advice_build::load() {
        return;
    }
    match state.sync.try_update_value(|s| drafts.use_other_tabs_answers(s, &rules)) {
        Some(Ok(Some(triage))) => show_other_tabs(state, triage),
        Some(Err(e)) => state.draft.update(|d| d.storage_problem = Some(e.to_string())),
        // The other tab's draft has gone (sent or deleted): keep these answers.
        _ => keep_this_tabs_answers(state, config),
    }
}

/// The officer's choice when another tab saved newer answers: save these over them.
pub fn keep_this_tabs_answers(state: &TriageState, config: &Config) {
    let drafts = storage::drafts(config);
    state.sync.update_value(|s| drafts.keep_this_tabs_answers(s));
    state.conflict.set(None);
    state.triage.with_untracked(|t| save(state, config, t));
}

fn save(state: &TriageState, config: &Config, triage: &Triage) {
    let drafts = storage::drafts(config);
    let asking = state.conflict.with_untracked(Option::is_some);
    let now = storage::now_millis();
    let Some(saved) = state.sync.try_update_value(|s| drafts.save(s, triage, asking, now, APP_VERSION)) else { return };
    match saved {
        Saved::Skipped => {}
        Saved::Written => state.draft.update(|d| {
            d.storage_problem = None;
            d.updated_from_other_tab = false;
            d.last_saved = Some(time_words(now as f64));
        }),
        Saved::Conflict { their_saved_at } => state.conflict.set(Some(conflict_at(their_saved_at))),
        Saved::Problem(e) => state.draft.update(|d| d.storage_problem = Some(e.to_string())),
    }
}

/// Conditions the builder left for this tab (`handoff`), taken up once and deleted:
/// into an empty triage at once, otherwise held until the officer chooses.
fn take_up_handoff(state: &TriageState) {
    let Some(session) = window().session_storage().ok().flatten() else { return };
    let Some(text) = session.get_item(handoff::HANDOFF_KEY).ok().flatten() else { return };
    let _ = session.remove_item(handoff::HANDOFF_KEY);
    let Some(list) = handoff::read(&text, js_sys::Date::now()) else { return };
    if state.triage.with_untracked(|t| handoff::must_ask(&t.conditions, &list)) {
        state.incoming.set(Some(list));
    } else {
        state.triage.update(|t| t.conditions = list);
    }
}

/// Answers with legal advice in hand left by the Review area's "Open advice" page,
/// taken up once and deleted. They replace the answers held (that page warned before
/// handing them over), and the next version gets its own submission id. The plain
/// build leaves them for the advice build, and returns true as it reloads as that.
fn take_up_advice(state: &TriageState, config: &Config) -> bool {
    use crate::domain::triage::answering::{read_handoff, ADVICE_HANDOFF_KEY};
    let Some(session) = window().session_storage().ok().flatten() else { return false };
    let Some(text) = session.get_item(ADVICE_HANDOFF_KEY).ok().flatten() else { return false };
    if !HOLDS_ADVICE {
        return super::advice_build::load();
    }
    let _ = session.remove_item(ADVICE_HANDOFF_KEY);
    let Some(mut triage) = read_handoff(&text, js_sys::Date::now()) else { return false };
    triage.refresh_completed(&TriageState::rules(config));
    let _ = storage::drafts(config).remove(PENDING_KEY);
    state.pending.set(None);
    state.triage.set(triage);
    state.draft.set(DraftStatus::default());
    false
}

/// Restores the saved draft; true if the page is reloading as the advice build to open it.
fn restore(state: &TriageState, config: &Config) -> bool {
    let drafts = storage::drafts(config);
    let rules = TriageState::rules(config);
    let on_screen = state.triage.get_untracked();
    let now = storage::now_millis() as f64;
    let Some(opening) = state.sync.try_update_value(|s| drafts.open(s, &on_screen, &rules, now, storage::millis_of)) else { return false };
    if opening.pending.is_some() {
        state.pending.set(opening.pending);
    }
    let mut status = DraftStatus::default();
    match opening.draft {
        Opened::Nothing => {}
        Opened::Problem(e) => status.storage_problem = Some(e.to_string()),
        Opened::Expired => {
            state.pending.set(None);
            status.expired = true;
        }
        Opened::Unreadable(e) => status.unreadable = Some(e.to_string()),
        Opened::HoldsAdvice if super::advice_build::load() => return true,
        // Left in storage: a save would first ask whose answers to keep.
        Opened::HoldsAdvice => status.unreadable = Some(DraftError::HoldsAdvice.to_string()),
        Opened::Restored { triage, saved_at } => {
            state.triage.set(*triage);
            status.restored_from = Some(saved_at.map(time_words).unwrap_or_else(|| "an earlier session".into()));
        }
    }
    state.draft.set(status);
    false
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
