//! The advice note: the advice as it will be printed for the record, under the
//! protective marking. On screen it is the preview of what the file says.
use super::state::{rules, use_review};
use crate::domain::review::email::decision_words;
use crate::domain::review::{target_label, Authorisation};
use super::summary_row::text_row;
use crate::ui::config_state::use_config;
use leptos::prelude::*;

#[component]
pub fn AdviceNote() -> impl IntoView {
    let state = use_review();
    let config = use_config();
    move || {
        let (Some(a), Some(p), Some(c)) = (state.advice.get(), state.payload.get(), config.with(|c| c.ready().cloned())) else { return ().into_any() };
        let ctx = rules(&c);
        let marking = c.protective_marking.clone();
        // The same sentence the advice email gives.
        let decision = decision_words(a.decision.as_ref());
        view! {
            <section class="advice-note" aria-labelledby="advice-note-title">
                <p class="marking-inline">{marking.clone()}</p>
                <h2 class="heading-l" id="advice-note-title">{format!("Advice note: {}", a.triage.reference)}</h2>
                <dl class="summary-list">
                    <div class="summary-list__row"><dt class="summary-list__key">"Triage"</dt><dd class="summary-list__value">{format!("{} (version {}, submission {})", a.triage.reference, a.triage.version, a.triage.submission_id)}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">"Advice reference"</dt><dd class="summary-list__value">{a.advice_reference.clone()}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">"Advised by"</dt><dd class="summary-list__value">{format!("{}, {}", a.reviewer.name, a.reviewer.role)}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">"Date"</dt><dd class="summary-list__value">{a.date.clone()}</dd></div>
                    <div class="summary-list__row"><dt class="summary-list__key">"Advice"</dt><dd class="summary-list__value" id="note-decision">{decision}</dd></div>
                </dl>
                <h3 class="heading-m">"Comments on the answers"</h3>
                {if a.comments.is_empty() {
                    view! { <p>"None."</p> }.into_any()
                } else {
                    view! {
                        <ol class="list" id="note-comments">
                            {a.comments.iter().map(|cm| view! {
                                <li><strong>{cm.kind.label()}</strong>" on \u{201c}" {target_label(&p, &cm.target, &ctx).unwrap_or_default()} "\u{201d}: " {cm.text.clone()}
                                    {cm.suggested_text.clone().map(|s| view! { " Suggested wording: " {s} })}</li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }}
                {a.authorisation.as_ref().map(|au| authorisation_record(au, &a.triage.reference))}
                <p class="marking-inline">{marking}</p>
            </section>
        }
        .into_any()
    }
}

/// The authorising officer's record, as it is printed: who, when, on which version,
/// each matter with its answer, source and notes, and any conditions reworded.
fn authorisation_record(a: &Authorisation, reference: &str) -> impl IntoView {
    let rank = a.rank_label();
    view! {
        <h3 class="heading-m" id="note-authorisation-title">"Authorisation"</h3>
        <dl class="summary-list" id="note-authorisation">
            {text_row("Decision", a.decision.map(|d| d.label()).unwrap_or("Not yet decided").to_string())}
            {text_row("Authorising officer", format!("{}, {rank}", a.officer_name))}
            {text_row("Date", a.date.clone())}
            {text_row("Version authorised", format!("Version {} of {reference}", a.version))}
        </dl>
        <h4 class="heading-s">"The matters considered"</h4>
        <ol class="list" id="note-matters">
            {a.matters.iter().map(|m| {
                let answer = match m.satisfied { Some(true) => "Satisfied", Some(false) => "Not satisfied", None => "Not answered" };
                let notes = m.notes.as_ref().map(|n| format!(" Notes: {n}")).unwrap_or_default();
                view! { <li><strong>{answer}</strong>{format!(": {} ({}).{notes}", m.matter.label(), m.matter.source())}</li> }
            }).collect_view()}
        </ol>
        <h4 class="heading-s">"Conditions changed"</h4>
        {if a.changed_conditions.is_empty() {
            view! { <p>"None."</p> }.into_any()
        } else {
            view! {
                <ol class="list" id="note-changed-conditions">
                    {a.changed_conditions.iter().map(|c| view! {
                        <li><strong>{format!("Condition {}", c.index + 1)}</strong>{format!(": {} Why: {}", c.wording, c.why)}</li>
                    }).collect_view()}
                </ol>
            }.into_any()
        }}
    }
}
