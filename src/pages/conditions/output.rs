//! Using the order text: copy it, print it, or download it as a text file. Each
//! action says what happened in a polite status message.
use super::browser::copy_to_clipboard;
use crate::ui::download::{download_text, today_stamp};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

const FALLBACK_ID: &str = "order-text-copy";

/// The order text's file name: the date only, never a name or a reference.
pub fn order_file_name() -> String {
    format!("spo-conditions-{}.txt", today_stamp())
}

#[component]
pub fn OrderOutput(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let fallback = RwSignal::new(None::<String>);
    let say = move |m: String| {
        status.set(String::new());
        set_timeout(move || status.set(m), std::time::Duration::from_millis(50));
    };
    let copy = move |_| {
        let t = text.get_untracked();
        spawn_local(async move {
            if copy_to_clipboard(&t).await {
                fallback.set(None);
                say("The order text has been copied. You can now paste it into another document.".into());
            } else {
                fallback.set(Some(t));
                say("Your browser did not allow copying. The order text is selected in the box below: press Ctrl and C to copy it.".into());
                request_animation_frame(|| {
                    if let Some(area) = document().get_element_by_id(FALLBACK_ID).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                        let _ = area.focus();
                        area.select();
                    }
                });
            }
        });
    };
    let print = move |_| {
        let _ = window().print();
    };
    let save_text = move |_| {
        let name = order_file_name();
        if download_text(&name, "text/plain;charset=utf-8", &text.get_untracked()).is_ok() {
            say(format!("The order text has been downloaded as {name}."));
        } else {
            say("The order text could not be downloaded. Copy it instead.".into());
        }
    };
    view! {
        <section class="order-output no-print" aria-labelledby="order-output-title">
            <h2 class="heading-l" id="order-output-title">"Use the order text"</h2>
            <div class="button-group">
                <button type="button" class="button" id="copy-order" on:click=copy>"Copy the order text"</button>
                <button type="button" class="button button--secondary" id="print-order" on:click=print>"Print the order text"</button>
                <button type="button" class="button button--secondary" id="download-order" on:click=save_text>"Download as a text file"</button>
            </div>
            <div role="status" class="output-status" id="order-output-status">
                {move || (!status.get().is_empty()).then(|| view! { <p class="notice notice--success">{status.get()}</p> })}
            </div>
            {move || fallback.get().map(|t| view! {
                <div class="form-group">
                    <label class="label" for=FALLBACK_ID>"Order text to copy"</label>
                    <textarea class="textarea" id=FALLBACK_ID readonly rows="12" prop:value=t></textarea>
                </div>
            })}
        </section>
    }
}
