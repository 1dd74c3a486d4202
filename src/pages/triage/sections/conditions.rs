//! Proposed conditions: the conditions builder's editor, bound to the triage, checked
//! against this case (order sought, ages of the people involved, times to avoid).
use crate::bind;
use crate::domain::conditions::checks::lint_set;
use crate::domain::triage::{conditions_context, conditions_section_findings, field_ids, FieldError, Triage};
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

/// The builder's blocking findings for the triage's conditions, as field errors. Needs
/// the catalogue: if it has not loaded, that is the error.
pub fn conditions_errors(
    triage: &Triage,
    today: crate::domain::triage::CivilDate,
    catalogue: Option<std::sync::Arc<crate::domain::conditions::catalogue::Catalogue>>,
) -> Vec<FieldError> {
    let Some(catalogue) = catalogue else {
        return vec![FieldError {
            field: field_ids::CONDITIONS_ADD.into(),
            message: "The catalogue of conditions has not loaded, so the conditions cannot be checked. Reload the page and try again".into(),
        }];
    };
    let findings = lint_set(&triage.conditions, &catalogue, &conditions_context(triage, today));
    conditions_section_findings(findings)
        .into_iter()
        .filter(|f| f.severity.blocks())
        .map(|f| FieldError { field: f.field.unwrap_or_else(|| field_ids::CONDITIONS_ADD.into()), message: f.message })
        .collect()
}
