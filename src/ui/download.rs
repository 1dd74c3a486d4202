//! Saving text as a file on the officer's computer, with no server round trip.
use gloo_file::{Blob, ObjectUrl};
use gloo_timers::callback::Timeout;
use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Offer `text` as a download called `file_name`. Returns a message if the browser refused.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    offer(file_name, Blob::new_with_options(text, Some(mime)))
}

/// Offer `bytes` (a Word file) as a download called `file_name`.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    offer(file_name, Blob::new_with_options(bytes, Some(mime)))
}

fn offer(file_name: &str, blob: Blob) -> Result<(), String> {
    // The URL is revoked when `url` is dropped.
    let url = ObjectUrl::from(blob);
    let a: web_sys::HtmlAnchorElement = document().create_element("a").map_err(|_| refused())?.unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    let body = document().body().ok_or_else(refused)?;
    let _ = body.append_child(&a);
    a.click();
    a.remove();
    // Some browsers cancel a download whose URL is revoked at once: wait a little.
    Timeout::new(30_000, move || drop(url)).forget();
    Ok(())
}

fn refused() -> String {
    "This browser did not allow the file to be saved. Copy your answers instead, or try another browser.".into()
}

/// Today's date as YYYY-MM-DD for file names (never names or references of people).
pub fn today_stamp() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}
