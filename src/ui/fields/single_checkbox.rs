//! One box to tick ("I do not know their date of birth", the declaration), with an
//! error when ticking it is required.
use super::{Bind, FormGroup, HintAndError};
use leptos::prelude::*;

#[component]
pub fn SingleCheckbox(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    value: Bind<bool>,
    /// Shown above the box, as for any field; none for a box nothing requires.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let describedby = super::describedby(&id, false, error, None);
    view! {
        <FormGroup error=error>
            <HintAndError id=id.clone() hint=None error=error/>
            <div class="checkboxes__item">
                <input class="checkboxes__input" type="checkbox" id=id.clone() name=id.clone()
                    aria-describedby=describedby
                    prop:checked=move || value.get()
                    on:change=move |ev| value.set(event_target_checked(&ev)) />
                <label class="label checkboxes__label" for=id>{label}</label>
            </div>
        </FormGroup>
    }
}
