//! The officer's "Open advice from legal services": the advice file and the triage it
//! is on, checked together here (in the Review area, so reading and checking files
//! adds nothing to the officer's form), then handed to the form as its answers with
//! the advice in hand (`crate::domain::triage::answering`). A triage given as advice,
//! advice on another case or version, or a damaged file is refused beside its field,
//! and nothing is handed over until both files are right.
use super::state::rules;
use crate::domain::review::{open_advice, parse_triage};
use crate::domain::triage::answering::{write_handoff, ADVICE_HANDOFF_KEY};
use crate::domain::triage::{FieldError, DRAFT_KEY};
use crate::ui::base::href;
use crate::ui::config_state::use_config;
use crate::ui::fields::{Bind, ErrorSummary, SingleCheckbox};
use crate::ui::file_field::{Chosen, FileField};
use crate::ui::page::{use_title, PageHeading};
use crate::ui::storage;
use leptos::prelude::*;

const ADVICE_FIELD: &str = "advice-file";
const TRIAGE_FIELD: &str = "advice-triage-file";
const REPLACE_FIELD: &str = "replace-saved";

#[component]
pub fn AnswerAdvice() -> impl IntoView {
    let config = use_config();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let attempt = RwSignal::new(0u32);
    use_title(move || format!("{}Open advice from legal services – SPO triage", if errors.with(Vec::is_empty) { "" } else { "Error: " }));
    let advice: Chosen = RwSignal::new(None);
    let triage: Chosen = RwSignal::new(None);
    let replace = RwSignal::new(false);
    // Answers saved in this browser would be replaced: the officer says so first.
    let saved = Memo::new(move |_| config.with(|c| c.ready().is_some_and(|c| storage::drafts(c).read(DRAFT_KEY).is_ok_and(|d| d.is_some()))));
    let show = move |list: Vec<FieldError>| {
        errors.set(list);
        attempt.update(|a| *a += 1);
    };
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(c) = config.with_untracked(|c| c.ready().cloned()) else { return };
        let mut problems = Vec::new();
        let (advice_text, triage_text) = (advice.get_untracked(), triage.get_untracked());
        if advice_text.is_none() {
            problems.push(FieldError::new(ADVICE_FIELD, "Choose the advice file legal services sent you"));
        }
        let payload = match &triage_text {
            None => {
                problems.push(FieldError::new(TRIAGE_FIELD, "Choose the triage file the advice is on"));
                None
            }
            Some((_, text)) => parse_triage(text).map_err(|p| problems.extend(p.into_iter().map(|m| FieldError::new(TRIAGE_FIELD, m)))).ok(),
        };
        let ctx = rules(&c);
        let opened = match (&advice_text, &payload) {
            (Some((_, text)), Some(p)) => open_advice(text, p, &ctx).map_err(|e| problems.extend(e.into_iter().map(|m| FieldError::new(ADVICE_FIELD, m)))).ok(),
            // Without the triage, the advice can still be told from other files.
            (Some((_, text)), None) => {
                if let Err(e) = crate::domain::review::parse_advice(text) {
                    problems.extend(e.into_iter().map(|m| FieldError::new(ADVICE_FIELD, m)));
                }
                None
            }
            _ => None,
        };
        if saved.get_untracked() && !replace.get_untracked() {
            problems.push(FieldError::new(REPLACE_FIELD, "Tick to say the answers saved in this browser can be replaced, or download them first"));
        }
        if !problems.is_empty() {
            show(problems);
            return;
        }
        let (Some(advice), Some(payload)) = (opened, payload) else { return };
        let answers = advice.to_answer(&payload, &ctx);
        let handed = window()
            .session_storage()
            .ok()
            .flatten()
            .is_some_and(|s| s.set_item(ADVICE_HANDOFF_KEY, &write_handoff(&answers, js_sys::Date::now())).is_ok());
        if !handed {
            show(vec![FieldError::new(ADVICE_FIELD, "This browser would not hold the advice while the form opens. Close other tabs of the site and try again")]);
            return;
        }
        let _ = window().location().assign(&href("triage"));
    };
    view! {
        <p class="no-print"><a class="back-link" href=href("triage")>"Back to the task list"</a></p>
        <ErrorSummary errors=errors attempt=attempt/>
        <PageHeading caption="SPO triage">"Open advice from legal services"</PageHeading>
        <p>"Legal services or the stalking unit send their advice as a file, with the triage it is on. Open both here: each comment is shown beside the answer it is about, and when you send, the triage goes back as the next version of the same case, with what you changed."</p>
        <p>"Nothing is uploaded: the files are read in this browser."</p>
        <form novalidate on:submit=open>
            <FileField id=ADVICE_FIELD label="The advice file" hint="Its name ends in -advice.json, for example SPO-7KX4-M9QA-v1-advice.json" chosen=advice errors=errors/>
            <FileField id=TRIAGE_FIELD label="The triage the advice is on" hint="The triage's .json file sent with the advice, for example SPO-7KX4-M9QA.json" chosen=triage errors=errors/>
            {move || saved.get().then(|| {
                let error = Signal::derive(move || errors.with(|e| e.iter().find(|x| x.field == REPLACE_FIELD).map(|x| x.message.clone())));
                view! {
                    <div class="notice notice--warning" id="saved-answers-warning">
                        <p><strong>"This browser holds a triage you have not sent."</strong>" Opening the advice replaces those answers with the answers of the triage the advice is on. If you still need them, "
                            <a href=href("triage")>"go back to the task list"</a>" and save them to a file first."</p>
                    </div>
                    <SingleCheckbox id=REPLACE_FIELD label="Replace the answers saved in this browser" value=Bind::new(move || replace.get(), move |v| replace.set(v)) error=error/>
                }
            })}
            <button type="submit" class="button" id="open-advice">"Open the advice and answer it"</button>
        </form>
    }
}
