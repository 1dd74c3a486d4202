//! The few browser features the builder's output needs beyond `ui::download` and
//! `ui::open_file`: copying to the clipboard, and the time for `saved_at`.
use crate::domain::triage::rfc3339_from_unix_millis;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Copy text to the clipboard. False when the browser has no clipboard here (an
/// insecure address) or the officer's settings refuse it.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).map(|c| !c.is_undefined() && !c.is_null()).unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

/// Now, in RFC 3339, for a saved set's `saved_at`.
pub fn now_rfc3339() -> String {
    rfc3339_from_unix_millis(js_sys::Date::now() as i64)
}
