//! The checks on a set of conditions, as the officer sees them: a label in words
//! ("Error", "Warning", "Question", "Note") so meaning never rests on colour, a
//! summary with counts, and links that take the officer to the field to fix.
use super::data::use_catalogue;
use crate::domain::conditions::checks::{lint_set, summary, Finding, Severity, SetContext};
use crate::domain::conditions::chosen::ChosenCondition;
use crate::ui::fields::focus_field;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The label shown beside a finding.
pub fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Error => "Error",
        Severity::Warning => "Warning",
        Severity::Ask => "Question",
        Severity::Note => "Note",
    }
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "finding finding--error",
        Severity::Warning => "finding finding--warning",
        Severity::Ask => "finding finding--ask",
        Severity::Note => "finding finding--note",
    }
}

/// The checks on these conditions, kept up to date. Empty until the catalogue loads.
pub fn use_findings(conditions: Signal<Vec<ChosenCondition>>, context: Signal<SetContext>) -> Memo<Vec<Finding>> {
    let catalogue = use_catalogue();
    Memo::new(move |_| {
        catalogue.with(|c| match c.ready() {
            Some(cat) => conditions.with(|list| context.with(|ctx| lint_set(list, cat, ctx))),
            None => Vec::new(),
        })
    })
}

/// "2 errors, 1 warning, 0 questions, 1 note".
pub fn counts_text(findings: &[Finding]) -> String {
    let (e, w, a, n) = summary(findings);
    let part = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}, {}, {}, {}",
        part(e, "error", "errors"),
        part(w, "warning", "warnings"),
        part(a, "question", "questions"),
        part(n, "note", "notes")
    )
}

/// A link to a field on this page: an address with the page's own path (so `<base
/// href>` does not send it elsewhere) that moves focus to the field when followed.
#[component]
pub fn FieldLink(field: String, children: Children) -> impl IntoView {
    let location = use_location();
    let target = field.clone();
    view! {
        <a href=move || format!("{}#{}", location.pathname.get(), field)
            on:click=move |ev| {
                ev.prevent_default();
                focus_field(&target);
            }>{children()}</a>
    }
}

/// One finding: its label in words, then the message (linked to its field if `link`).
#[component]
pub fn FindingItem(finding: Finding, #[prop(optional)] link: bool, #[prop(optional, into)] message: Option<String>) -> impl IntoView {
    let text = message.unwrap_or_else(|| finding.message.clone());
    let body = match (link, finding.field.clone()) {
        (true, Some(field)) => view! { <FieldLink field=field>{text}</FieldLink> }.into_any(),
        _ => view! { <span>{text}</span> }.into_any(),
    };
    view! {
        <li class=severity_class(finding.severity)>
            <strong class="finding__label">{severity_label(finding.severity)}<span class="visually-hidden">": "</span></strong>
            " "
            {body}
        </li>
    }
}

/// The summary at the top: counts, then every finding linked to its field.
#[component]
pub fn ChecksSummary(#[prop(into)] findings: Signal<Vec<Finding>>) -> impl IntoView {
    view! {
        <section class="checks-summary" aria-labelledby="checks-summary-title" id="checks-summary">
            <h2 class="heading-m" id="checks-summary-title">"Checks on these conditions"</h2>
            <p class="checks-summary__counts" id="checks-counts">{move || findings.with(|f| counts_text(f))}</p>
            <p class="hint">"Errors must be fixed before the conditions can go into a triage. Warnings, questions and notes are for you to consider."</p>
            {move || {
                let list = findings.get();
                if list.is_empty() {
                    view! { <p>"No problems found."</p> }.into_any()
                } else {
                    view! {
                        <ul class="findings" id="checks-list">
                            {list.into_iter().map(|f| view! { <FindingItem finding=f link=true/> }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// A finding's message without its "Condition 2 (Title): " lead, for showing beside
/// the condition it is about.
pub fn without_lead(message: &str, lead: &str) -> String {
    match message.strip_prefix(lead) {
        Some(rest) => {
            let mut chars = rest.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        }
        None => message.to_string(),
    }
}
