//! The move from the plain form's build to its advice build (Cargo.toml's `answering`
//! feature, `Triage::answering`). public/boot.js loads the advice build when this tab
//! is asked for it, or when the stored draft or the Review area's handoff holds advice;
//! the plain build, finding advice it cannot hold anywhere else (a draft file, another
//! tab's save, a draft boot.js could not read), asks for it here and reloads. Nothing
//! is opened without its advice, and nothing holding advice is overwritten.
use leptos::prelude::window;

use crate::domain::triage::answering::{ADVICE_BUILD_KEY as WANTED_KEY, ADVICE_FILE_KEY as FILE_KEY};

fn session() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// Plain build: reload this page as the advice build. False if it cannot: the tab had
/// already asked (boot.js loaded this build even so, and reloading again would loop) or
/// session storage refused. The request is cleared then, so a later reload tries anew.
pub fn load() -> bool {
    let Some(s) = session() else { return false };
    if s.get_item(WANTED_KEY).ok().flatten().is_some() {
        let _ = s.remove_item(WANTED_KEY);
        web_sys::console::error_1(&"The form's advice build was asked for but not loaded".into());
        return false;
    }
    s.set_item(WANTED_KEY, "1").is_ok() && window().location().reload().is_ok()
}

/// Advice build, as it starts: the request is answered.
pub fn arrived() {
    if let Some(s) = session() {
        let _ = s.remove_item(WANTED_KEY);
    }
}

/// Plain build: hand a chosen draft file holding advice to the advice build, and load it.
pub fn open_file_there(text: &str) -> bool {
    session().is_some_and(|s| s.set_item(FILE_KEY, text).is_ok()) && load()
}

/// Advice build: the draft file the plain build handed over, if any (deleted as read:
/// it holds personal details, which session storage keeps only while the tab is open).
pub fn take_file() -> Option<String> {
    let s = session()?;
    let text = s.get_item(FILE_KEY).ok().flatten()?;
    let _ = s.remove_item(FILE_KEY);
    Some(text)
}
