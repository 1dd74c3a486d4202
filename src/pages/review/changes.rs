//! Opening a later version (version 2 or after): what changed since the version before,
//! each change with its earlier value beside its new one (from the payload's `case`
//! block alone), and, with the advice that version answers, where each earlier comment
//! stands: answered or not, the officer's reply, and whether what it is on changed.
use super::state::{rules, use_review};
use crate::domain::review::{answers_advice, compared_with, follow_up_label, follow_ups, open_advice_for_later_version, CaseChange, FollowUp};
use crate::domain::review::CommentKind;
use crate::domain::triage::FieldError;
use crate::ui::config_state::use_config;
use super::summary_row::{summary_row, text_row};
use crate::ui::open_file::read_text;
use leptos::prelude::*;
use leptos::task::spawn_local;

const EARLIER_FIELD: &str = "earlier-advice-file";

/// A value as check answers shows it, or that there was none.
fn shown(value: &Option<String>) -> String {
    value.clone().filter(|v| !v.trim().is_empty()).unwrap_or_else(|| "Not answered".to_string())
}

/// The earlier value above the new one, each named by its version.
/// Its kind as a tag, then the earlier value above the new one, each named by its version.
fn change_view(change: &CaseChange, earlier: u32, now: u32) -> AnyView {
    let value = |version: u32, text: String| view! { <p class="review-change__value"><span class="review-change__version">{format!("Version {version}: ")}</span>{text}</p> };
    view! {
        <strong class="tag tag--changed">{change.change.label()}</strong>
        {value(earlier, shown(&change.before))}
        {value(now, shown(&change.after))}
    }
    .into_any()
}

#[component]
pub fn LaterVersion() -> impl IntoView {
    let state = use_review();
    move || {
        let Some(case) = state.payload.with(|p| p.as_ref().and_then(|p| p.case.clone())) else { return ().into_any() };
        let (earlier, now) = (compared_with(&case), case.version);
        let list = if case.changed.is_empty() {
            view! { <p id="no-changes">"The officer changed no answers or conditions."</p> }.into_any()
        } else {
            view! {
                <dl class="summary-list" id="changes-list">
                    {case.changed.iter().map(|c| summary_row(c.label.clone(), change_view(c, earlier, now))).collect_view()}
                </dl>
            }
            .into_any()
        };
        view! {
            <section aria-labelledby="changes-title">
                <h2 class="heading-l" id="changes-title">{format!("What changed since version {earlier}")}</h2>
                <p>{format!("This is version {now} of the case. The officer sent it again after advice; these answers and conditions differ from version {earlier}.")}</p>
                {list}
                <EarlierAdvice/>
            </section>
        }
        .into_any()
    }
}

/// The advice file on the version before, opened to see what was answered.
#[component]
fn EarlierAdvice() -> impl IntoView {
    let state = use_review();
    let config = use_config();
    let chosen = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        spawn_local(async move {
            let (Some(later), Some(c)) = (state.payload.get_untracked(), config.with_untracked(|c| c.ready().cloned())) else { return };
            let opened = match read_text(file).await {
                Some(text) => open_advice_for_later_version(&text, &later),
                None => Err(vec!["The file could not be read. Choose it again".to_string()]),
            };
            // Refused: what was open stays as it was, and the reasons are shown.
            match opened {
                Ok(advice) => {
                    state.earlier.set(Some(advice));
                    state.clear_errors();
                    state.save(&c);
                }
                Err(problems) => state.show_errors(problems.into_iter().map(|m| FieldError::new(EARLIER_FIELD, m)).collect()),
            }
        });
    };
    let error = state.error_for(EARLIER_FIELD);
    view! {
        <div class=move || if error.with(Option::is_some) { "form-group form-group--error" } else { "form-group" }>
            <label class="label label--m" for=EARLIER_FIELD>"The advice this version answers (optional)"</label>
            <div class="hint" id="earlier-advice-file-hint">"The advice file written on the version before, ending -advice.json. With it you see whether each comment was answered."</div>
            {move || error.get().map(|m| view! { <p class="error-message" id="earlier-advice-file-error"><span class="visually-hidden">"Error: "</span>{m}</p> })}
            <input type="file" id=EARLIER_FIELD class="file-input" accept=".json,application/json"
                aria-describedby=move || if error.with(Option::is_some) { "earlier-advice-file-hint earlier-advice-file-error" } else { "earlier-advice-file-hint" }
                on:change=chosen/>
        </div>
        <FollowUps/>
    }
}

/// Each comment of the earlier advice as the later version answers it.
#[component]
fn FollowUps() -> impl IntoView {
    let state = use_review();
    let config = use_config();
    move || {
        let (Some(advice), Some(later), Some(c)) = (state.earlier.get(), state.payload.get(), config.with(|c| c.ready().cloned())) else { return ().into_any() };
        let Ok(list) = follow_ups(&advice, &later) else { return ().into_any() };
        let ctx = rules(&c);
        let (earlier, now) = (advice.triage.version, later.version());
        let answered = list.iter().filter(|f| f.answered).count();
        let answers_this = answers_advice(&later, &advice);
        let item = move |f: FollowUp| {
            let on = follow_up_label(&f, &later, &ctx);
            // A note asks nothing: unanswered, it is not something the officer missed.
            let (class, status) = match (f.answered, f.comment.kind) {
                (true, _) => ("tag tag--done", "Answered"),
                (false, CommentKind::Note) => ("tag tag--todo", "For information"),
                (false, _) => ("tag tag--todo", "Not answered"),
            };
            let tag = view! { <strong class=class>{status}</strong> }.into_any();
            let changed = match &f.change {
                Some(change) => change_view(change, earlier, now),
                None => "Not changed".into_any(),
            };
            let mut comment = f.comment.text.clone();
            if let Some(s) = &f.comment.suggested_text {
                comment.push_str(&format!(" Suggested wording: {s}"));
            }
            view! {
                <li class="review-follow-up">
                    <h4 class="heading-s">{format!("{} on \u{201c}{on}\u{201d}", f.comment.kind.label())}</h4>
                    <dl class="summary-list">
                        {text_row("Your comment", comment)}
                        {summary_row("Status".into(), tag)}
                        {text_row("The officer's reply", f.reply.clone().unwrap_or_else(|| "No reply".to_string()))}
                        {summary_row(format!("Changed since version {earlier}"), changed)}
                    </dl>
                </li>
            }
        };
        view! {
            <h3 class="heading-m" id="follow-ups-title">{format!("Your comments on version {earlier}")}</h3>
            <p>{format!("Advice of {} by {}. {answered} of {} comments marked answered.", advice.date, advice.reviewer.name, list.len())}</p>
            {(!answers_this).then(|| view! {
                <p class="notice" id="follow-ups-other-advice">"This version does not say it answers this advice, so the officer's replies to it are not shown."</p>
            })}
            <ol class="list list--plain" aria-labelledby="follow-ups-title">{list.into_iter().map(item).collect_view()}</ol>
        }
        .into_any()
    }
}
