//! "There is a problem": the GOV.UK error summary. It takes focus each time the officer
//! continues with errors; each link scrolls the field's label or legend into view and
//! then focuses the field, so the question stays visible.
use crate::domain::triage::FieldError;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ErrorSummary(
    #[prop(into)] errors: Signal<Vec<FieldError>>,
    /// Goes up by one each time the officer tries to continue: the summary takes focus.
    #[prop(into)] attempt: Signal<u32>,
) -> impl IntoView {
    Effect::new(move |_| {
        if attempt.get() > 0 && errors.with_untracked(|e| !e.is_empty()) {
            request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id("error-summary").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = el.focus();
                }
            });
        }
    });
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
                    <div role="alert">
                        <h2 class="error-summary__title" id="error-summary-title">"There is a problem"</h2>
                        <ul class="error-summary__list">
                            {list.into_iter().map(|e| {
                                let field = e.field.clone();
                                view! {
                                    <li>
                                        <a href=format!("#{}", e.field) on:click=move |ev| {
                                            ev.prevent_default();
                                            focus_field(&field);
                                        }>{e.message}</a>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                </div>
            }
        })
    }
}

/// Scroll the field's label (or its group's legend) into view, then focus the field
/// without scrolling again.
pub fn focus_field(id: &str) {
    let doc = document();
    let Some(input) = doc.get_element_by_id(id) else { return };
    let legend = input.closest("fieldset").ok().flatten().and_then(|f| f.query_selector("legend").ok().flatten());
    let label = doc.query_selector(&format!("label[for=\"{id}\"]")).ok().flatten();
    // GOV.UK: prefer the legend for grouped inputs (radios, dates), else the label.
    let target = if input.get_attribute("type").is_some_and(|t| t == "radio" || t == "checkbox") || id.ends_with("-day") {
        legend.or(label)
    } else {
        label.or(legend)
    };
    if let Some(t) = target.as_ref() {
        t.scroll_into_view();
    }
    if let Ok(el) = input.dyn_into::<web_sys::HtmlElement>() {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = el.focus_with_options(&opts);
    }
}
