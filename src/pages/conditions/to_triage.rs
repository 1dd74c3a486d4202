//! "Use these conditions in a triage": copies the set's conditions into the triage in
//! progress. Errors block it (the page shows its error summary); warnings do not. A
//! triage that already holds other conditions is only changed after asking.
use crate::domain::conditions::chosen::ChosenCondition;
use crate::pages::triage::TriageState;
use crate::ui::conditions_editor::focus_later;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

const CONFIRM_ID: &str = "to-triage-confirm";

#[component]
pub fn UseInTriage(
    #[prop(into)] conditions: Signal<Vec<ChosenCondition>>,
    /// Whether any check is an error.
    #[prop(into)]
    blocked: Signal<bool>,
    /// Called when the officer tries while there are errors: the page shows them.
    on_blocked: Callback<()>,
) -> impl IntoView {
    let Some(triage) = use_context::<TriageState>() else {
        return ().into_any();
    };
    let navigate = use_navigate();
    let asking = RwSignal::new(false);
    let copy = StoredValue::new_local(move || {
        let list = conditions.get_untracked();
        triage.triage.update(|t| t.conditions = list);
        asking.set(false);
        navigate("/triage/conditions", Default::default());
    });
    let try_copy = move |_| {
        if blocked.get_untracked() {
            on_blocked.run(());
            return;
        }
        let held = triage.triage.with_untracked(|t| t.conditions.clone());
        if held.is_empty() || held == conditions.get_untracked() {
            copy.with_value(|c| c());
        } else {
            asking.set(true);
            focus_later(CONFIRM_ID.into());
        }
    };
    view! {
        <section class="to-triage no-print" aria-labelledby="to-triage-title">
            <h2 class="heading-l" id="to-triage-title">"Use these conditions in a triage"</h2>
            <p>"Copy these conditions, with their reasons, into the “Proposed conditions” section of the triage you are working on. Errors must be fixed first; warnings and notes do not stop you."</p>
            <button type="button" class="button" id="use-in-triage" on:click=try_copy>"Use these conditions in a triage"</button>
            {move || asking.get().then(|| {
                let n = triage.triage.with_untracked(|t| t.conditions.len());
                view! {
                    <div class="notice notice--warning confirm" id=CONFIRM_ID tabindex="-1" role="group" aria-labelledby="to-triage-confirm-title">
                        <h3 class="heading-s" id="to-triage-confirm-title">"Replace the conditions in the triage?"</h3>
                        <p>"Your triage already has " {n} {if n == 1 { " proposed condition" } else { " proposed conditions" }} ". Using this set replaces them."</p>
                        <button type="button" class="button" on:click=move |_| copy.with_value(|c| c())>"Replace them with this set"</button>
                        <button type="button" class="button button--secondary" on:click=move |_| {
                            asking.set(false);
                            focus_later("use-in-triage".into());
                        }>"Cancel"</button>
                    </div>
                }
            })}
        </section>
    }
    .into_any()
}
