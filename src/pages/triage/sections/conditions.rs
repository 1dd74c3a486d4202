//! Proposed conditions: the conditions builder's editor, bound to the triage, checked
//! against this case (order sought, ages of the people involved, times to avoid).
use crate::bind;
use crate::domain::triage::{conditions_context, field_ids};
use crate::pages::triage::use_triage;
use crate::domain::conditions::checks::condition_field_id;
use crate::pages::triage::advice_beside::AdviceBeside;
use crate::pages::triage::sections::chronology::CiteActsForCondition;
use crate::ui::conditions_editor::{ConditionAside, ConditionsEditor};
use crate::ui::fields::ErrorMessage;
use crate::ui::page::{focus_main_heading, focus_when_shown};
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
    // The legal advice on a condition shows at the end of that condition.
    provide_context(ConditionAside(|i| view! { <CiteActsForCondition index=i/> <AdviceBeside field_id=condition_field_id(i)/> }.into_any()));
    // A condition's citation stays with it when another is removed or added.
    let listed = Memo::new(move |_| t.with(|t| t.conditions.clone()));
    Effect::new(move |before: Option<Vec<crate::domain::conditions::chosen::ChosenCondition>>| {
        let now = listed.get();
        if let Some(before) = before {
            if before.len() != now.len() {
                t.update(|t| t.citations.follow_conditions(&before, &now));
            }
        }
        now
    });
    view! {
        <Incoming/>
        {move || set_error.get().map(|m| view! { <ErrorMessage id="conditions-add-error".to_string() message=m/> })}
        <p>"Choose each prohibition and requirement from the catalogue, fill in its details and say why it is necessary to protect the person from the risk."
            " " <WhyWeAsk slug="drafting-conditions" anchor="necessary-each"/></p>
        <ConditionsEditor conditions=bind!(t, conditions) context=context show_errors=show_errors/>
    }
}

const INCOMING_ID: &str = "incoming-conditions";

/// Conditions handed over from the builder while the triage held others: asked once,
/// above the conditions that would be replaced.
#[component]
fn Incoming() -> impl IntoView {
    let s = use_triage();
    Effect::new(move |_| {
        if s.incoming.with(Option::is_some) {
            focus_when_shown(INCOMING_ID.into());
        }
    });
    move || {
        let incoming = s.incoming.get()?;
        let held = s.triage.with_untracked(|t| t.conditions.len());
        let plural = |n: usize| if n == 1 { format!("{n} condition") } else { format!("{n} conditions") };
        let coming = incoming.len();
        Some(view! {
            <div class="notice notice--warning confirm" id=INCOMING_ID tabindex="-1" role="group" aria-labelledby="incoming-conditions-title">
                <h2 class="heading-s" id="incoming-conditions-title">"Replace the conditions in the triage?"</h2>
                <p>"You chose to use " {plural(coming)} " from the conditions builder. This triage already has " {plural(held)} ", shown below. Using the builder's set replaces them."</p>
                <div class="button-group">
                    <button type="button" class="button" on:click=move |_| {
                        if let Some(list) = s.incoming.get_untracked() {
                            s.triage.update(|t| t.conditions = list);
                        }
                        s.incoming.set(None);
                        focus_main_heading();
                    }>"Replace them with the builder's set"</button>
                    <button type="button" class="button button--secondary" on:click=move |_| {
                        s.incoming.set(None);
                        focus_main_heading();
                    }>"Keep the triage's conditions"</button>
                </div>
            </div>
        })
    }
}
