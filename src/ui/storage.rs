//! The browser's side of draft storage: [`BrowserStore`] implements the domain's
//! [`DraftStore`] over sessionStorage or localStorage as config.json's policy says;
//! [`drafts`] puts it under the domain's [`DraftKeeper`], which makes every decision.
//! Every call copes with storage that is disabled, full or throwing (as in some
//! locked-down browsers): the app carries on and says what could not be kept.
use crate::domain::config::{Config, DraftStorage, Drafts};
use crate::domain::triage::{DraftKeeper, DraftStore, StoreError};
use leptos::prelude::window;

/// The storage area for `policy`: `Ok(None)` when drafts are off, `Err` when the browser
/// will not give it (getting it can throw).
pub fn area(policy: DraftStorage) -> Result<Option<web_sys::Storage>, StoreError> {
    let storage = match policy {
        DraftStorage::Off => return Ok(None),
        DraftStorage::ThisTab => window().session_storage(),
        DraftStorage::ThisComputer => window().local_storage(),
    };
    match storage {
        Ok(Some(s)) => Ok(Some(s)),
        _ => Err(StoreError::Unavailable),
    }
}

/// sessionStorage or localStorage by the policy, fetched afresh on every call (as the
/// browser may take it away).
pub struct BrowserStore(pub DraftStorage);

impl DraftStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match area(self.0)? {
            Some(s) => s.get_item(key).map_err(|_| StoreError::Refused),
            None => Ok(None),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        match area(self.0)? {
            Some(s) => s.set_item(key, value).map_err(|_| StoreError::Refused),
            None => Ok(()),
        }
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        match area(self.0)? {
            Some(s) => s.remove_item(key).map_err(|_| StoreError::Refused),
            None => Ok(()),
        }
    }
}

/// The triage draft in this browser under the config's policy.
pub fn drafts(config: &Config) -> DraftKeeper<BrowserStore> {
    DraftKeeper::new(BrowserStore(config.drafts.storage), config.drafts.clone())
}

/// The triage draft under `policy` alone, for deleting (which needs no expiry).
pub fn drafts_by(policy: DraftStorage) -> DraftKeeper<BrowserStore> {
    DraftKeeper::new(BrowserStore(policy), Drafts { storage: policy, expiry_hours: None })
}

/// Now, in Unix milliseconds.
pub fn now_millis() -> i64 {
    js_sys::Date::now() as i64
}

/// A time in RFC 3339 as Unix milliseconds, as the browser reads it (`None` if it cannot).
pub fn millis_of(text: &str) -> Option<f64> {
    Some(js_sys::Date::parse(text)).filter(|ms| !ms.is_nan())
}

/// Minutes to add to UTC for local time (positive east of Greenwich).
pub fn utc_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}
