//! Form fields used by every section and by the conditions builder, each accessible by
//! construction: a label or legend, hint and error tied to the input with
//! `aria-describedby`, groups in a `fieldset`, errors with a hidden "Error:" prefix.
mod bind;
mod character_count;
mod checkboxes;
mod date_input;
mod error_summary;
mod frame;
mod radios;
mod select;
mod single_checkbox;
mod text_area;
mod text_input;

pub use bind::{keep_value, Bind};
pub use character_count::CharacterCount;
pub use checkboxes::Checkboxes;
pub use date_input::DateField;
pub use error_summary::{focus_field, ErrorSummary};
pub use frame::{describedby, Fieldset, FormGroup, HintAndError};
pub use radios::{Radios, Reveal};
pub use select::SelectField;
pub use single_checkbox::SingleCheckbox;
pub use text_area::TextArea;
pub use text_input::TextInput;

use leptos::prelude::*;

/// The ids an input's `aria-describedby` should list: its hint and error, when present.
pub(crate) fn described_by(id: &str, hint: bool, error: bool, extra: Option<&str>) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    if let Some(e) = extra {
        ids.push(e.to_string());
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A field's error message, with the visually hidden "Error:" prefix screen readers need.
#[component]
pub fn ErrorMessage(id: String, message: String) -> impl IntoView {
    view! {
        <p class="error-message" id=id>
            <span class="visually-hidden">"Error: "</span>{message}
        </p>
    }
}

/// A hint under a label or legend.
#[component]
pub fn Hint(id: String, text: String) -> impl IntoView {
    view! { <div class="hint" id=id>{text}</div> }
}
