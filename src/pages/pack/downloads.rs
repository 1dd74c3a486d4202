//! A document as a Word file: built in the browser when asked for (the domain's
//! `docx_bytes`), saved under the reference and the document's name.
use super::state::use_pack;
use crate::domain::pack::{docx_bytes, docx_file_name, Document, DOCX_MEDIA_TYPE};
use crate::ui::download::download_bytes;
use leptos::prelude::*;

/// Builds and offers the file; says what happened in the area's status line.
pub fn download(document: &Document, reference: &str) -> String {
    let name = docx_file_name(reference, document.kind);
    match docx_bytes(document).and_then(|bytes| download_bytes(&name, DOCX_MEDIA_TYPE, &bytes)) {
        Ok(()) => format!("Saved {name}. Open it in Word to edit it before filing."),
        Err(why) => format!("{} was not saved: {why}", document.title),
    }
}

#[component]
pub fn DownloadButton(document: Document, reference: String) -> impl IntoView {
    let state = use_pack();
    let title = document.title.clone();
    let document = StoredValue::new(document);
    let reference = StoredValue::new(reference);
    view! {
        <button type="button" class="button button--secondary"
            on:click=move |_| state.done.set(Some(document.with_value(|d| reference.with_value(|r| download(d, r)))))>
            "Download as Word (.docx)"<span class="visually-hidden">{format!(": {title}")}</span>
        </button>
    }
}
