//! The few browser features the builder's output needs: downloading text as a
//! file, copying to the clipboard, reading a chosen file, and today's date.
use crate::domain::triage::{rfc3339_from_unix_millis, CivilDate};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offer `text` as a file called `file_name`. Returns false if the browser refused.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let attempt = || -> Result<(), JsValue> {
        let parts = js_sys::Array::new();
        parts.push(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let link: web_sys::HtmlAnchorElement = document().create_element("a")?.dyn_into()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.set_class_name("visually-hidden");
        let body = document().body().ok_or(JsValue::NULL)?;
        body.append_child(&link)?;
        link.click();
        link.remove();
        set_timeout(move || { let _ = web_sys::Url::revoke_object_url(&url); }, std::time::Duration::from_secs(30));
        Ok(())
    };
    attempt().is_ok()
}

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

/// The text of a file the officer chose, or None if it could not be read.
pub async fn read_file(file: web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string())
}

/// Today's date on this computer, e.g. "2026-11-23", for file names.
pub fn today_iso() -> String {
    let offset = -(js_sys::Date::new_0().get_timezone_offset() as i32);
    CivilDate::from_unix_millis(js_sys::Date::now() as i64, offset).iso()
}

/// Now, in RFC 3339, for a saved set's `saved_at`.
pub fn now_rfc3339() -> String {
    rfc3339_from_unix_millis(js_sys::Date::now() as i64)
}
