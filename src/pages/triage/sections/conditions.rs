//! Proposed conditions: the conditions builder's editor, bound to the triage, checked
//! against this case (order sought, ages of the people involved, times to avoid).
use crate::bind;
use crate::domain::triage::{conditions_context, field_ids};
use crate::pages::triage::use_triage;
use crate::ui::conditions_editor::ConditionsEditor;
use crate::ui::fields::ErrorMessage;
use crate::ui::why_we_ask::WhyWeAsk;
use leptos::prelude::*;

#[component]
pub fn ConditionsFields() -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let context = Signal::derive(move || {
        let today = s.rules.with(|r| r.as_ref().map(|r| r.today));
        today.map(|d| t.with(|t| conditions_context(t, d))).unwrap_or_default()
    });
    let errors = s.errors;
    let attempt = s.attempt;
    let show_errors = Signal::derive(move || attempt.get() > 0 && errors.with(|e| !e.is_empty()));
    // Problems with the set as a whole (none chosen yet) have no field of their own:
    // show them above the editor, where the summary link leads.
    let set_error = s.error_for(field_ids::CONDITIONS_ADD);
    view! {
        {move || set_error.get().map(|m| view! { <ErrorMessage id="conditions-add-error".to_string() message=m/> })}
        <p>"Choose each prohibition and requirement from the catalogue, fill in its details and say why it is necessary to protect the person from the risk."
            " " <WhyWeAsk slug="drafting-conditions" anchor="necessary-each"/></p>
        <ConditionsEditor conditions=bind!(t, conditions) context=context show_errors=show_errors/>
    }
}
