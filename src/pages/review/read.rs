//! The triage as a lawyer reads it: first what matters most (priority, the age route,
//! an existing SPO, the evidence for each test, existing orders, the orders sought),
//! the conditions with the builder's checks run again, then every section's answers,
//! each with the comments pinned to it.
use super::state::{rules, use_review};
use crate::domain::review::{change_beside, compared_with, condition_findings, first_look, review_sections, Comment, Payload, ReviewRow, Target};
use crate::ui::conditions_editor::{use_catalogue, Loaded};
use crate::ui::config_state::use_config;
use leptos::prelude::*;

/// The comments on one row, shown under its answer.
fn comments_view(comments: Vec<Comment>) -> impl IntoView {
    (!comments.is_empty()).then(|| {
        view! {
            <ul class="list review-comments">
                {comments.into_iter().map(|c| view! {
                    <li><strong>{c.kind.label()} ": "</strong>{c.text.clone()}
                        {c.suggested_text.clone().map(|s| view! { <br/><span>"Suggested wording: " {s}</span> })}
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}

/// "Changed since version 1" beside a row of a later version that changed.
fn change_tag(payload: &Payload, target: &Target) -> Option<String> {
    let since = compared_with(payload.case.as_ref()?);
    change_beside(payload, target).map(|c| format!("{} since version {since}", c.change.label()))
}

fn row_view(row: ReviewRow, comments: Vec<Comment>, change: Option<String>) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{row.label}</dt>
            <dd class="summary-list__value">
                {change.map(|c| view! { <strong class="tag tag--changed review-row-change">{c}</strong>" " })}
                {row.value}
                {comments_view(comments)}
            </dd>
        </div>
    }
}

#[component]
pub fn TriageReading() -> impl IntoView {
    let state = use_review();
    let config = use_config();
    let catalogue = use_catalogue();
    let comments_on = move |target: &Target| state.advice.with(|a| a.as_ref().map(|a| a.comments_on(target).cloned().collect::<Vec<_>>()).unwrap_or_default());
    move || {
        let (Some(payload), Some(c)) = (state.payload.get(), config.with(|c| c.ready().cloned())) else { return ().into_any() };
        let ctx = rules(&c);
        let look = first_look(&payload, &ctx);
        let route = look.youth_route.age_group();
        let (checked, checked_ctx) = (payload.clone(), ctx.clone());
        let findings = move || match catalogue.get() {
            Loaded::Ready(cat) => {
                let list = condition_findings(&checked, &cat, &checked_ctx);
                if list.is_empty() {
                    view! { <p id="condition-checks">"The builder's checks find nothing to fix in these conditions."</p> }.into_any()
                } else {
                    view! { <ul class="list" id="condition-checks">{list.into_iter().map(|f| view! { <li>{f.message}</li> }).collect_view()}</ul> }.into_any()
                }
            }
            Loaded::Failed(why) => view! { <p id="condition-checks">"The conditions could not be checked: " {why}</p> }.into_any(),
            _ => view! { <p id="condition-checks">"Checking the conditions…"</p> }.into_any(),
        };
        view! {
            <h2 class="heading-l" id="first-look">"What to look at first"</h2>
            {look.urgent.then(|| view! { <p class="notice notice--error" id="review-urgent"><strong>"Urgent: the officer reported an immediate risk of harm."</strong></p> })}
            <dl class="summary-list">
                <div class="summary-list__row"><dt class="summary-list__key">"Priority"</dt><dd class="summary-list__value">{if look.urgent { "Urgent" } else { "Routine" }}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">"Respondent's age route"</dt><dd class="summary-list__value">{route}</dd></div>
                {look.rows.into_iter().map(|row| { let cs = comments_on(&row.target); let ch = change_tag(&payload, &row.target); row_view(row, cs, ch) }).collect_view()}
            </dl>
            <h3 class="heading-m">"The conditions, checked again"</h3>
            {findings}
            <h2 class="heading-l">"The answers"</h2>
            {review_sections(&payload, &ctx).into_iter().map(|s| view! {
                <h3 class="heading-m">{s.section.title()}</h3>
                <dl class="summary-list">
                    {s.rows.into_iter().map(|row| { let cs = comments_on(&row.target); let ch = change_tag(&payload, &row.target); row_view(row, cs, ch) }).collect_view()}
                </dl>
            }).collect_view()}
        }
        .into_any()
    }
}
