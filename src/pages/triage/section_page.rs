//! One section of the triage on its own page: errors the GOV.UK way, notices from the
//! rules, the section's questions and "Save and continue" back to the task list.
use super::draft_conflict::DraftAlerts;
use super::sections;
use super::state::use_triage;
use crate::domain::triage::{notices_for, section_applies, SectionId};
use crate::pages::not_found::NotFound;
use crate::ui::base::href;
use crate::ui::fields::ErrorSummary;
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

#[component]
pub fn SectionPage() -> impl IntoView {
    let params = use_params_map();
    let section = Memo::new(move |_| params.with(|p| p.get("section").and_then(|s| SectionId::from_slug(&s))));
    move || match section.get() {
        Some(s) if s != SectionId::Declaration => view! { <SectionForm section=s/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn SectionForm(section: SectionId) -> impl IntoView {
    let state = use_triage();
    state.clear_errors();
    let errors = state.errors;
    use_title(move || {
        let prefix = if errors.with(|e| e.is_empty()) { "" } else { "Error: " };
        format!("{prefix}{} – SPO triage", section.title())
    });
    let navigate = use_navigate();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(ctx) = state.rules.get_untracked() else { return };
        let mut result = Ok(());
        state.triage.update(|t| result = t.mark_completed(section, &ctx));
        match result {
            Ok(()) => {
                state.clear_errors();
                navigate("/triage", Default::default());
            }
            Err(errors) => state.show_errors(errors),
        }
    };
    // Memos, so a key press that changes no notice rebuilds nothing.
    let rules = state.rules;
    let list = Memo::new(move |_| rules.with(|r| r.as_ref().map(|ctx| state.triage.with(|t| notices_for(t, section, ctx)))).unwrap_or_default());
    let notices = move || {
        let list = list.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="notice notice--warning" id="section-notices">
                    <h2 class="heading-s">"Things to note"</h2>
                    <ul class="list">{list.into_iter().map(|n| view! { <li>{n.message}</li> }).collect_view()}</ul>
                </div>
            }
        })
    };
    let applies = Memo::new(move |_| rules.with(|r| r.as_ref().map(|ctx| state.triage.with(|t| section_applies(t, section, ctx)))).unwrap_or(true));
    view! {
        <p class="no-print"><a class="back-link" href=href("triage")>"Back to the task list"</a></p>
        <ErrorSummary errors=errors attempt=state.attempt/>
        <PageHeading caption="SPO triage">{section.title()}</PageHeading>
        <DraftAlerts/>
        {move || (!applies.get()).then(|| view! {
            <div class="notice"><p>"This section is only needed when the respondent is aged 10 to 17. You do not need to complete it for this case."</p></div>
        })}
        {notices}
        <form novalidate on:submit=on_submit>
            {sections::fields(section)}
            <button class="button" type="submit" id="save-and-continue">"Save and continue"</button>
        </form>
    }
}
