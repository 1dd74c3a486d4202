//! "Use these conditions in a triage": hands the set's conditions to the triage, which
//! is another area's app (`crate::domain::conditions::handoff`), and opens its
//! "Proposed conditions" section. Errors block it (the page shows its error summary);
//! warnings do not. A triage that already holds other conditions asks there before
//! replacing them, beside the conditions it would lose.
use crate::domain::conditions::chosen::ChosenCondition;
use crate::domain::conditions::handoff;
use crate::ui::base::href;
use leptos::prelude::*;

#[component]
pub fn UseInTriage(
    #[prop(into)] conditions: Signal<Vec<ChosenCondition>>,
    /// Whether any check is an error.
    #[prop(into)]
    blocked: Signal<bool>,
    /// Called when the officer tries while there are errors: the page shows them.
    on_blocked: Callback<()>,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let try_copy = move |_| {
        if blocked.get_untracked() {
            on_blocked.run(());
            return;
        }
        let text = conditions.with_untracked(|list| handoff::write(list, js_sys::Date::now()));
        let kept = window()
            .session_storage()
            .ok()
            .flatten()
            .is_some_and(|s| s.set_item(handoff::HANDOFF_KEY, &text).is_ok());
        if !kept {
            problem.set(Some(
                "This browser would not pass the conditions to the triage. Save the set as a file instead, and keep it with the case.".into(),
            ));
            return;
        }
        let _ = window().location().assign(&href("triage/conditions"));
    };
    view! {
        <section class="to-triage no-print" aria-labelledby="to-triage-title">
            <h2 class="heading-l" id="to-triage-title">"Use these conditions in a triage"</h2>
            <p>"Copy these conditions, with their reasons, into the “Proposed conditions” section of the triage you are working on. If the triage already has other conditions, it asks before replacing them. Errors must be fixed first; warnings and notes do not stop you."</p>
            {move || problem.get().map(|m| view! { <p class="notice notice--error" role="alert">{m}</p> })}
            <button type="button" class="button" id="use-in-triage" on:click=try_copy>"Use these conditions in a triage"</button>
        </section>
    }
}
