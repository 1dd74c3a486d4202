//! Draft storage by the policy in config.json. Every call copes with storage that is
//! disabled, full or throwing (as in some locked-down browsers): the app carries on
//! and says what could not be kept.
use crate::domain::config::DraftStorage;
use leptos::prelude::window;

/// Where drafts go under `policy`, or `None` when drafts are off or storage is unavailable.
pub fn area(policy: DraftStorage) -> Result<Option<web_sys::Storage>, String> {
    let storage = match policy {
        DraftStorage::Off => return Ok(None),
        DraftStorage::ThisTab => window().session_storage(),
        DraftStorage::ThisComputer => window().local_storage(),
    };
    match storage {
        Ok(Some(s)) => Ok(Some(s)),
        _ => Err("This browser does not allow drafts to be kept, so your answers are not being saved as you go. Use \u{201c}Save to a file\u{201d} to keep a copy.".into()),
    }
}

pub fn read(policy: DraftStorage, key: &str) -> Result<Option<String>, String> {
    match area(policy)? {
        Some(s) => s.get_item(key).map_err(|_| "The saved draft could not be read from this browser.".to_string()),
        None => Ok(None),
    }
}

/// What the officer is told when a write fails or does not stick.
const NOT_SAVED: &str = "Your answers could not be saved in this browser: its storage may be full or turned off. They are still on this page, so keep this tab open, and use \u{201c}Save to a file\u{201d} to download a copy.";

/// Write, then read back: some locked-down browsers accept a write and keep nothing
/// (or keep it only in memory), and a full store may fail silently.
pub fn write(policy: DraftStorage, key: &str, value: &str) -> Result<(), String> {
    match area(policy)? {
        Some(s) => {
            s.set_item(key, value).map_err(|_| NOT_SAVED.to_string())?;
            match s.get_item(key) {
                Ok(Some(back)) if back == value => Ok(()),
                _ => Err(NOT_SAVED.to_string()),
            }
        }
        None => Ok(()),
    }
}

pub fn remove(policy: DraftStorage, key: &str) -> Result<(), String> {
    match area(policy)? {
        Some(s) => s.remove_item(key).map_err(|_| "The draft could not be deleted from this browser.".to_string()),
        None => Ok(()),
    }
}

/// Now, in Unix milliseconds.
pub fn now_millis() -> i64 {
    js_sys::Date::now() as i64
}

/// Minutes to add to UTC for local time (positive east of Greenwich).
pub fn utc_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}
