//! The questions of each section. Field ids come from `domain::triage::field_ids`, so
//! the rules' errors link to the right input.
mod about_you;
mod behaviour_risk;
pub mod conditions;
mod existing_orders;
mod investigation;
mod order_sought;
mod people;
mod respondent;
mod summary;
mod victim_views;
mod youth_justice;

use crate::domain::triage::SectionId;
use leptos::prelude::*;

/// The questions for `section`.
pub fn fields(section: SectionId) -> AnyView {
    match section {
        SectionId::AboutYou => view! { <about_you::AboutYouFields/> }.into_any(),
        SectionId::Investigation => view! { <investigation::InvestigationFields/> }.into_any(),
        SectionId::People => view! { <people::PeopleFields/> }.into_any(),
        SectionId::Respondent => view! { <respondent::RespondentFields/> }.into_any(),
        SectionId::YouthJustice => view! { <youth_justice::YouthJusticeFields/> }.into_any(),
        SectionId::BehaviourRisk => view! { <behaviour_risk::BehaviourRiskFields/> }.into_any(),
        SectionId::ExistingOrders => view! { <existing_orders::ExistingOrdersFields/> }.into_any(),
        SectionId::OrderSought => view! { <order_sought::OrderSoughtFields/> }.into_any(),
        SectionId::Summary => view! { <summary::SummaryFields/> }.into_any(),
        SectionId::Conditions => view! { <conditions::ConditionsFields/> }.into_any(),
        SectionId::VictimViews => view! { <victim_views::VictimViewsFields/> }.into_any(),
        SectionId::Declaration => ().into_any(),
    }
}

/// A single checkbox (e.g. "I do not know their date of birth").
#[component]
pub fn SingleCheckbox(#[prop(into)] id: String, #[prop(into)] label: String, value: crate::ui::fields::Bind<bool>) -> impl IntoView {
    view! {
        <div class="form-group">
            <div class="checkboxes__item">
                <input class="checkboxes__input" type="checkbox" id=id.clone() name=id.clone()
                    prop:checked=move || value.get()
                    on:change=move |ev| value.set(event_target_checked(&ev)) />
                <label class="label checkboxes__label" for=id>{label}</label>
            </div>
        </div>
    }
}

/// Move focus to an element once it is on screen (after "Add another").
pub fn focus_soon(id: String) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = document().get_element_by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// The force area from config, for questions that name it.
pub fn force_area() -> String {
    crate::ui::config_state::use_config().with_untracked(|c| c.ready().map(|c| c.force.area.clone()).unwrap_or_else(|| "your force area".into()))
}
