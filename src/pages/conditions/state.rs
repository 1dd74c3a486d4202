//! The builder's working set, shared by the whole app (the example pages load cases
//! into it), and kept in the browser as the force's draft storage policy says:
//! `off` keeps it in memory only, `this-tab` in session storage, `this-computer` in
//! local storage until it expires. A storage failure never stops the page working.
use crate::domain::conditions::checks::SetContext;
use crate::domain::conditions::set_file::{self, SavedConditionSet};
use crate::domain::config::{DraftStorage, Drafts};
use crate::ui::conditions_editor::provide_conditions_data;
use crate::ui::config_state::use_config;
use leptos::prelude::*;

/// Where the set is kept in browser storage.
const STORAGE_KEY: &str = "spo-conditions-builder";

/// The builder's working set, in context for every page.
#[derive(Clone, Copy)]
pub struct BuilderState {
    pub set: RwSignal<SavedConditionSet>,
    /// Set when the browser would not keep the set, so the page can say so.
    pub storage_problem: RwSignal<Option<String>>,
}

/// A set with nothing in it.
pub fn empty_set() -> SavedConditionSet {
    SavedConditionSet::new(&SetContext::default(), Vec::new(), "")
}

/// Provide the builder's state (and the shared catalogue), restore a kept set once
/// the config says how sets are kept, and keep it as it changes. Called once by `App`.
pub fn provide_builder_state() -> BuilderState {
    provide_conditions_data();
    let state = BuilderState { set: RwSignal::new(empty_set()), storage_problem: RwSignal::new(None) };
    provide_context(state);
    let config = use_config();
    let restored = StoredValue::new(false);
    Effect::new(move |_| {
        let Some(policy) = config.with(|c| c.ready().map(|c| c.drafts.clone())) else { return };
        if !restored.get_value() {
            restored.set_value(true);
            if let Some(kept) = read(&policy) {
                if state.set.with_untracked(|s| *s == empty_set()) {
                    state.set.set(kept);
                }
            }
        }
        let json = state.set.with(|s| (*s != empty_set()).then(|| s.to_json()));
        match write(&policy, json.as_deref()) {
            Ok(()) => state.storage_problem.set(None),
            Err(()) => state.storage_problem.set(Some(
                "This browser would not keep the set, so it will be lost if you close this page. Save it as a file to keep it.".into(),
            )),
        }
    });
    state
}

/// The builder's shared state.
pub fn use_builder_state() -> BuilderState {
    expect_context::<BuilderState>()
}

fn storage(kind: DraftStorage) -> Option<web_sys::Storage> {
    crate::ui::storage::area(kind).ok().flatten()
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The kept set, if there is one, it has not expired and it can still be read.
fn read(policy: &Drafts) -> Option<SavedConditionSet> {
    let store = storage(policy.storage)?;
    let text = store.get_item(STORAGE_KEY).ok().flatten()?;
    let value: serde_json::Value = serde_json::from_str(&text).ok()?;
    let stored_at = value.get("stored_at_ms").and_then(serde_json::Value::as_f64).unwrap_or(0.0);
    if let (DraftStorage::ThisComputer, Some(hours)) = (policy.storage, policy.expiry_hours) {
        if now_ms() - stored_at > f64::from(hours) * 3_600_000.0 {
            let _ = store.remove_item(STORAGE_KEY);
            return None;
        }
    }
    let set = value.get("set")?.to_string();
    set_file::parse(&set).ok()
}

/// Keep the set (or forget it when `json` is None) where the policy says, and make
/// sure no copy is left in the other storage.
fn write(policy: &Drafts, json: Option<&str>) -> Result<(), ()> {
    for other in [DraftStorage::ThisTab, DraftStorage::ThisComputer] {
        if other != policy.storage {
            if let Some(s) = storage(other) {
                let _ = s.remove_item(STORAGE_KEY);
            }
        }
    }
    let Some(store) = storage(policy.storage) else {
        return if policy.storage == DraftStorage::Off { Ok(()) } else { Err(()) };
    };
    match json {
        None => store.remove_item(STORAGE_KEY).map_err(|_| ()),
        Some(set) => {
            let wrapped = format!("{{\"stored_at_ms\":{},\"set\":{set}}}", now_ms());
            store.set_item(STORAGE_KEY, &wrapped).map_err(|_| ())
        }
    }
}
