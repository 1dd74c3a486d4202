//! The conditions builder page (/conditions): the shared conditions editor with the
//! page's own parts around it: questions about the order, copying, printing and
//! downloading the order text, saving and opening sets, and clearing the set.
mod browser;
mod order_settings;
mod output;
mod set_files;
pub mod state;
mod to_triage;

pub use state::{empty_set, provide_builder_state, use_builder_state, BuilderState};

use crate::domain::conditions::checks::ADD_CONDITION_FIELD;
use crate::domain::config::DraftStorage;
use crate::domain::triage::FieldError;
use crate::ui::conditions_editor::{use_findings, use_order_text, ConditionsEditor};
use crate::ui::config_state::use_config;
use crate::ui::fields::ErrorSummary;
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;

#[component]
pub fn ConditionsPage() -> impl IntoView {
    let state = use_builder_state();
    let set = state.set;
    let conditions = crate::bind!(set, conditions);
    let context = Signal::derive(move || set.with(|s| s.context()));
    let list = Signal::derive(move || set.with(|s| s.conditions.clone()));
    let findings = use_findings(list, context);
    // Set once the officer tries something the errors block; errors then show on fields.
    let tried = RwSignal::new(false);
    let file_error = RwSignal::new(None::<String>);
    let attempt = RwSignal::new(0u32);
    let blocking = Memo::new(move |_| {
        findings.with(|f| {
            f.iter()
                .filter(|x| x.severity.blocks())
                .map(|x| (x.field.clone().unwrap_or_else(|| ADD_CONDITION_FIELD.to_string()), x.message.clone()))
                .collect::<Vec<_>>()
        })
    });
    let errors = Memo::new(move |_| {
        let mut e = Vec::new();
        if let Some(m) = file_error.get() {
            e.push(FieldError::new(set_files::SET_FILE_FIELD, m));
        }
        if tried.get() {
            e.extend(blocking.get().into_iter().map(|(f, m)| FieldError::new(f, m)));
        }
        e
    });
    let order_errors = Signal::derive(move || if tried.get() { blocking.get() } else { Vec::new() });
    use_title(move || {
        let page = "Conditions builder";
        if errors.with(|e| e.is_empty()) { page.to_string() } else { format!("Error: {page}") }
    });
    let text = use_order_text(list, context);
    let config = use_config();
    let kept = move || {
        config.with(|c| {
            c.ready().map(|c| match (c.drafts.storage, c.drafts.expiry_hours) {
                (DraftStorage::Off, _) => "This set is not kept by the browser: save it as a file before you close this page.".to_string(),
                (DraftStorage::ThisTab, _) => "This set is kept in this browser tab until you close it.".to_string(),
                (DraftStorage::ThisComputer, Some(h)) => format!("This set is kept on this computer for {h} hours after your last change, unless you clear it."),
                (DraftStorage::ThisComputer, None) => "This set is kept on this computer until you clear it.".to_string(),
            })
        })
    };
    view! {
        <div class="conditions-page">
            <ErrorSummary errors=Signal::derive(move || errors.get()) attempt=Signal::derive(move || attempt.get())/>
            <PageHeading>"Conditions builder"</PageHeading>
            <div class="no-print">
                <p class="lead">"Build clear, specific and enforceable prohibitions and requirements, each with a reason it is necessary. The checks and the order text update as you work."</p>
                <p id="storage-policy">{kept}</p>
                {move || state.storage_problem.get().map(|p| view! { <div class="notice notice--warning" role="status"><p>{p}</p></div> })}
            </div>
            <ConditionsEditor conditions=conditions context=context show_errors=Signal::derive(move || tried.get())>
                <order_settings::AboutTheOrder state=state errors=order_errors/>
            </ConditionsEditor>
            <output::OrderOutput text=text/>
            <to_triage::UseInTriage conditions=list blocked=Signal::derive(move || blocking.with(|b| !b.is_empty()))
                on_blocked=Callback::new(move |_| {
                    tried.set(true);
                    attempt.update(|a| *a += 1);
                })/>
            <set_files::SetFiles state=state file_error=file_error attempt=attempt/>
        </div>
    }
}
