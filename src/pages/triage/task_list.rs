//! The triage's task list (GOV.UK "complete multiple tasks"): sections in any order,
//! each marked not started, in progress or completed, plus the draft tools.
use super::draft_conflict::DraftAlerts;
use super::draft_files::DraftTools;
use super::state::use_triage;
use crate::domain::triage::{priority, section_applies, section_status, Priority, SectionId, SectionStatus};
use crate::ui::base::href;
use crate::ui::config_state::{use_config, ConfigState};
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;

#[component]
pub fn TaskList() -> impl IntoView {
    use_title(|| "SPO triage".to_string());
    let config = use_config();
    view! {
        <PageHeading>"SPO triage"</PageHeading>
        {move || match config.get() {
            ConfigState::Loading => view! { <p class="loading">"Loading…"</p> }.into_any(),
            ConfigState::Broken(_) => view! {
                <p>"The triage form cannot be used until the site's settings are fixed (see the message above). Your force's IT service desk can help."</p>
            }.into_any(),
            ConfigState::Ready(_) => view! { <Tasks/> }.into_any(),
        }}
    }
}

#[component]
fn Tasks() -> impl IntoView {
    let state = use_triage();
    state.clear_errors();
    let rules = state.rules;
    let ctx = move || rules.get();
    let rows = move || {
        let ctx = ctx()?;
        Some(state.triage.with(|t| {
            SectionId::ALL
                .into_iter()
                .filter(|s| *s != SectionId::Declaration && section_applies(t, *s, &ctx))
                .map(|s| (s, section_status(t, s, &ctx), t.answering().is_some_and(|a| a.clarification_requested(s))))
                .collect::<Vec<_>>()
        }))
    };
    let progress = move || {
        let ctx = ctx()?;
        let (done, all) = state.triage.with(|t| t.progress(&ctx));
        Some(format!("You have completed {done} of {all} sections."))
    };
    let urgent = move || state.triage.with(|t| priority(t) == Priority::Urgent);
    view! {
        <p class="lead">"Complete each section, in any order. Your answers are checked when you continue from a section."</p>
        <DraftNotices/>
        <DraftAlerts/>
        <AdviceInHand/>
        {move || urgent().then(|| view! {
            <div class="notice notice--error" id="urgent-banner">
                <p><strong>"Urgent: you have reported an immediate risk of harm."</strong>" This triage will be marked urgent. Consider an interim order, and act on the safeguarding steps in "
                    <a href=href("triage/behaviour-and-risk")>"Stalking behaviour and risk"</a>"."</p>
            </div>
        })}
        <p id="progress">{progress}</p>
        <ul class="task-list" aria-label="Sections of the triage">
            {move || rows().unwrap_or_default().into_iter().map(|(s, status, asked)| {
                let tag_id = format!("status-{}", s.slug());
                let asked_id = format!("asked-{}", s.slug());
                let describedby = if asked { format!("{tag_id} {asked_id}") } else { tag_id.clone() };
                let (class, text) = match status {
                    SectionStatus::Completed => ("tag tag--done", "Completed"),
                    SectionStatus::InProgress => ("tag tag--progress", "In progress"),
                    SectionStatus::NotStarted => ("tag tag--todo", "Not started"),
                };
                view! {
                    <li class="task-list__item">
                        <a href=href(&format!("triage/{}", s.slug())) aria-describedby=describedby>{s.title()}</a>
                        <span class="task-list__tags">
                            {asked.then(|| view! { <span class="tag tag--asked" id=asked_id>"Clarification requested"</span> })}
                            <span class=class id=tag_id>{text}</span>
                        </span>
                    </li>
                }
            }).collect_view()}
        </ul>
        <p><a class="button" href=href("triage/check-answers") id="check-answers-link">"Check your answers and send"</a></p>
        <DraftTools/>
        <h2 class="heading-m">"Advice from legal services"</h2>
        <p>"If legal services or the stalking unit sent you advice on a triage, "<a href=href("review/answer") id="open-advice-link">"open advice from legal services"</a>" to answer it here and send the next version."</p>
    }
}

/// Whose advice is being answered, and what sending does with it.
#[component]
fn AdviceInHand() -> impl IntoView {
    let state = use_triage();
    move || {
        state.triage.with(|t| {
            let a = t.answering()?;
            let open = a.still_open().len();
            let date = crate::domain::triage::CivilDate::parse_iso(&a.date).map_or_else(|| a.date.clone(), |d| d.long());
            Some(view! {
                <div class="notice" id="advice-in-hand">
                    <h2 class="heading-m">{format!("Answering advice on {} version {}", a.on.reference, a.on.version)}</h2>
                    <p>{format!("{} ({}) advised on {date}: {}.", a.reviewer.name, a.reviewer.role, a.decision)}</p>
                    <p>{match open {
                        0 => "Every comment is marked as answered.".to_string(),
                        1 => "1 comment still needs you. It is shown beside its question.".to_string(),
                        n => format!("{n} comments still need you. Each is shown beside its question."),
                    }}" "{format!("When you send, this becomes version {} of the case, with what you changed.", a.on.version + 1)}</p>
                </div>
            })
        })
    }
}

/// What happened to any saved draft when the page opened.
#[component]
fn DraftNotices() -> impl IntoView {
    let state = use_triage();
    move || {
        let d = state.draft.get();
        view! {
            {d.restored_from.map(|when| view! {
                <div class="notice notice--success" id="draft-restored" role="status">
                    <p>{format!("We have restored your draft, saved on {when}.")}</p>
                </div>
            })}
            {d.unreadable.map(|why| view! {
                <div class="notice notice--error" id="draft-unreadable" role="alert">
                    <p><strong>"A draft saved on this computer could not be opened."</strong>" " {why} "."</p>
                    <p>"It has been set aside, not deleted, and nothing you type will overwrite it. You can start a new triage, or open a file you saved earlier."</p>
                </div>
            })}
            {d.expired.then(|| view! {
                <div class="notice" id="draft-expired"><p>"An old draft was deleted from this computer because it was older than your force allows."</p></div>
            })}
        }
    }
}
