//! Advising: a comment pinned to any answer or condition (clarification needed,
//! suggested change or note), the overall decision, who advised, and returning it as
//! an advice file and a printable note. What makes an advice file complete is the
//! domain's to say (`Advice::problems`); this page only collects and shows.
use super::state::{rules, use_review};
use crate::domain::review::{ReviewRow, Target};
use crate::domain::triage::SectionId;
use crate::domain::review::{review_rows, BetterRoute, CommentKind, Decision};
use crate::domain::triage::FieldError;
use crate::ui::config_state::use_config;
use crate::domain::review::email::{advice_email, advice_email_file_name};
use crate::domain::review::send::advice_sent;
use crate::domain::triage::{NoAnswer, Response, SendOutcome};
use crate::ui::download::download_text;
use crate::ui::fields::{Bind, Radios, Reveal, SelectField, TextArea, TextInput};
use leptos::prelude::*;

/// POST the advice file to the review inbox; what came back, read by the domain.
async fn post_advice(json: &str, endpoint: &crate::domain::config::Endpoint, reference: &str) -> SendOutcome {
    use crate::ui::fetch::{send, Call, FetchFailure};
    if !window().navigator().on_line() {
        return SendOutcome::from_no_answer(NoAnswer::Offline);
    }
    let call = Call {
        method: "POST",
        url: &endpoint.url,
        body: Some(json),
        json: true,
        credentials: endpoint.send_credentials,
        timeout_seconds: endpoint.timeout_seconds,
        read_headers: &[],
    };
    match send(call).await {
        Ok(a) => SendOutcome::from_response(&Response { status: a.status, redirected: a.redirected, body: a.body }, reference),
        Err(FetchFailure::TimedOut(seconds)) => SendOutcome::from_no_answer(NoAnswer::TimedOut { seconds }),
        Err(FetchFailure::Unreachable) => SendOutcome::from_no_answer(NoAnswer::Failed { online: window().navigator().on_line() }),
    }
}

/// The longest comment or reason accepted, as for the form's long answers.
const MAX_TEXT: usize = 5000;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Choice {
    Proceed,
    Clarify,
    NotSuitable,
}

/// The section a row is in, for the list of what a comment can be about.
fn section_of(row: &ReviewRow) -> &'static str {
    match &row.target {
        Target::Answer(a) => a.section.title(),
        Target::Condition { .. } => SectionId::Conditions.title(),
    }
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

#[component]
pub fn AddComment() -> impl IntoView {
    let state = use_review();
    let config = use_config();
    let target = RwSignal::new(String::new());
    let kind = RwSignal::new(None::<CommentKind>);
    let text = RwSignal::new(String::new());
    let suggested = RwSignal::new(String::new());
    let added = RwSignal::new(None::<String>);
    let options = move || {
        let (Some(p), Some(c)) = (state.payload.get(), config.with(|c| c.ready().cloned())) else { return vec![] };
        let mut list = vec![(String::new(), "Choose an answer or condition".to_string())];
        list.extend(review_rows(&p, &rules(&c)).into_iter().enumerate().map(|(i, r)| (i.to_string(), format!("{}: {}", section_of(&r), r.label))));
        list
    };
    let add = move |_| {
        let (Some(p), Some(c)) = (state.payload.get_untracked(), config.with_untracked(|c| c.ready().cloned())) else { return };
        let rows = review_rows(&p, &rules(&c));
        let mut errors = Vec::new();
        let row = target.get_untracked().parse::<usize>().ok().and_then(|i| rows.get(i).cloned());
        if row.is_none() {
            errors.push(FieldError { field: "comment-target".into(), message: "Choose the answer or condition the comment is about".into() });
        }
        if kind.get_untracked().is_none() {
            errors.push(FieldError { field: "comment-kind".into(), message: "Choose what kind of comment it is".into() });
        }
        let t = text.get_untracked();
        if blank(&t) {
            errors.push(FieldError { field: "comment-text".into(), message: "Enter the comment".into() });
        } else if t.chars().count() > MAX_TEXT {
            errors.push(FieldError { field: "comment-text".into(), message: format!("The comment must be {MAX_TEXT} characters or fewer") });
        }
        let (Some(row), Some(k), true) = (row, kind.get_untracked(), errors.is_empty()) else {
            added.set(None);
            state.show_errors(errors);
            return;
        };
        state.clear_errors();
        let label = row.label.clone();
        state.advice.update(|a| {
            if let Some(a) = a {
                let id = a.add_comment(row.target.clone(), k, t.trim());
                let s = suggested.get_untracked();
                if k == CommentKind::SuggestedChange && !blank(&s) {
                    if let Some(c) = a.comment_mut(&id) {
                        c.suggested_text = Some(s.trim().to_string());
                    }
                }
            }
        });
        state.save(&c);
        target.set(String::new());
        kind.set(None);
        text.set(String::new());
        suggested.set(String::new());
        added.set(Some(format!("{} added on \u{201c}{label}\u{201d}.", k.label())));
    };
    let kinds: Vec<(CommentKind, String)> = CommentKind::ALL.iter().map(|k| (*k, k.label().to_string())).collect();
    view! {
        <h2 class="heading-l" id="add-comment-title">"Add a comment"</h2>
        <p>"A comment is pinned to one answer or condition. The officer sees it beside that question."</p>
        {move || view! {
            <SelectField id="comment-target" label="Which answer or condition" options=options()
                value=Bind::new(move || target.get(), move |v| target.set(v)) error=state.error_for("comment-target")/>
        }}
        <Radios id="comment-kind" legend="What kind of comment" options=kinds
            value=Bind::new(move || kind.get(), move |v| kind.set(v)) error=state.error_for("comment-kind")
            hint="A clarification is a question the officer must answer before the application goes on."
            reveals=vec![Reveal::new(CommentKind::SuggestedChange, move || view! {
                <TextArea id="comment-suggested" label="Suggested wording (optional)" value=Bind::new(move || suggested.get(), move |v| suggested.set(v))
                    error=Signal::derive(|| None::<String>) rows=3/>
            }.into_any())]/>
        <TextArea id="comment-text" label="Comment" value=Bind::new(move || text.get(), move |v| text.set(v)) error=state.error_for("comment-text") max_chars=MAX_TEXT/>
        <button type="button" class="button button--secondary" id="add-comment" on:click=add>"Add the comment"</button>
        <div role="status" aria-live="polite">{move || added.get().map(|m| view! { <p class="notice notice--success" id="comment-added">{m}</p> })}</div>
        <CommentList/>
    }
}

/// Every comment so far, with a way to remove each.
#[component]
fn CommentList() -> impl IntoView {
    let state = use_review();
    let config = use_config();
    move || {
        let (Some(a), Some(p), Some(c)) = (state.advice.get(), state.payload.get(), config.with(|c| c.ready().cloned())) else { return ().into_any() };
        if a.comments.is_empty() {
            return view! { <p id="no-comments">"No comments yet."</p> }.into_any();
        }
        let ctx = rules(&c);
        view! {
            <h3 class="heading-m">{format!("Comments ({})", a.comments.len())}</h3>
            <ol class="list" id="comment-list">
                {a.comments.into_iter().map(|cm| {
                    let on = crate::domain::review::target_label(&p, &cm.target, &ctx).unwrap_or_default();
                    let id = cm.id.clone();
                    let config = c.clone();
                    view! {
                        <li>
                            <strong>{cm.kind.label()}</strong>" on \u{201c}" {on.clone()} "\u{201d}: " {cm.text.clone()}
                            " "
                            <button type="button" class="button button--secondary button--small no-print" on:click=move |_| {
                                state.advice.update(|a| if let Some(a) = a { a.remove_comment(&id) });
                                state.save(&config);
                            }>"Remove" <span class="visually-hidden">{format!(" the comment on {on}")}</span></button>
                        </li>
                    }
                }).collect_view()}
            </ol>
        }
        .into_any()
    }
}

/// The decision, who advised, and returning the advice.
#[component]
pub fn DecideAndReturn() -> impl IntoView {
    let state = use_review();
    let config = use_config();
    // The choice starts as the advice has it (a review taken up again), and each change
    // goes into the advice at once, so the authorisation part knows when it may open.
    let (c0, r0, route0, o0) = match state.advice.with_untracked(|a| a.as_ref().and_then(|a| a.decision.clone())) {
        None => (None, String::new(), String::new(), String::new()),
        Some(Decision::Proceed) => (Some(Choice::Proceed), String::new(), String::new(), String::new()),
        Some(Decision::ClarificationNeeded) => (Some(Choice::Clarify), String::new(), String::new(), String::new()),
        Some(Decision::NotSuitable { reason, better_route, other_route }) => (
            Some(Choice::NotSuitable),
            reason,
            better_route.and_then(|r| BetterRoute::ALL.iter().position(|x| *x == r)).map(|i| i.to_string()).unwrap_or_default(),
            other_route.unwrap_or_default(),
        ),
    };
    let choice = RwSignal::new(c0);
    let reason = RwSignal::new(r0);
    let route = RwSignal::new(route0);
    let other = RwSignal::new(o0);
    let decision_now = move || match choice.get_untracked() {
        None => None,
        Some(Choice::Proceed) => Some(Decision::Proceed),
        Some(Choice::Clarify) => Some(Decision::ClarificationNeeded),
        Some(Choice::NotSuitable) => {
            let better = route.get_untracked().parse::<usize>().ok().and_then(|i| BetterRoute::ALL.get(i).copied());
            Some(Decision::NotSuitable {
                reason: reason.get_untracked().trim().to_string(),
                better_route: better,
                other_route: (better == Some(BetterRoute::Other)).then(|| other.get_untracked().trim().to_string()),
            })
        }
    };
    let commit = move || {
        let decision = decision_now();
        if state.advice.with_untracked(|a| a.as_ref().map(|a| a.decision != decision)).unwrap_or(false) {
            state.advice.update(|a| if let Some(a) = a { a.decision = decision });
            if let Some(c) = config.with_untracked(|c| c.ready().cloned()) {
                state.save(&c);
            }
        }
    };
    // The reviewer's name and role live in the advice itself (and so in what is kept).
    let name = Bind::new(
        move || state.advice.with(|a| a.as_ref().map(|a| a.reviewer.name.clone()).unwrap_or_default()),
        move |v| state.advice.update(|a| if let Some(a) = a { a.reviewer.name = v }),
    );
    let role = Bind::new(
        move || state.advice.with(|a| a.as_ref().map(|a| a.reviewer.role.clone()).unwrap_or_default()),
        move |v| state.advice.update(|a| if let Some(a) = a { a.reviewer.role = v }),
    );
    let routes: Vec<(String, String)> = std::iter::once((String::new(), "Choose a route".to_string()))
        .chain(BetterRoute::ALL.iter().enumerate().map(|(i, r)| (i.to_string(), r.label().to_string())))
        .collect();
    // The advice as it will be returned, once every check passes; otherwise the errors.
    let checked = move || {
        let (Some(p), Some(c)) = (state.payload.get_untracked(), config.with_untracked(|c| c.ready().cloned())) else { return None };
        commit();
        // What the reviewer must fill in is the domain's rule, tied to its fields.
        let errors = state.advice.with_untracked(|a| a.as_ref().map(|a| a.form_errors()).unwrap_or_default());
        if !errors.is_empty() {
            state.show_errors(errors);
            return None;
        }
        let advice = state.advice.get_untracked()?;
        // Anything the domain still finds wrong is shown, never saved as a file.
        let problems = advice.problems(&p, &rules(&c));
        if !problems.is_empty() {
            state.show_errors(problems.into_iter().map(|message| FieldError { field: "decision".into(), message }).collect());
            return None;
        }
        state.clear_errors();
        state.save(&c);
        Some((advice, p, c))
    };
    let download = move |_| {
        let Some((advice, _, _)) = checked() else { return };
        state.done.set(Some(match download_text(&advice.file_name(), "application/json", &advice.to_json()) {
            Ok(()) => format!("The advice file {} has been downloaded. Send it to the officer, and print the advice note for the record.", advice.file_name()),
            Err(e) => e,
        }));
    };
    // The email the reviewer sends from their own mailbox, with both files attached.
    let email = move |_| {
        let Some((advice, p, c)) = checked() else { return };
        let mail = advice_email(&advice, &p, &rules(&c), &c.protective_marking);
        let name = advice_email_file_name(&advice);
        let to = if mail.to.is_empty() { "the officer (the triage gives no email address: add it)".to_string() } else { mail.to.join(", ") };
        state.done.set(Some(match download_text(&name, "message/rfc822", &mail.to_eml()) {
            Ok(()) => format!("The email {name} has been downloaded, addressed to {to}. Open it, check it and send it from your own mailbox."),
            Err(e) => e,
        }));
    };
    // POSTed to the review inbox config.json names, if it names one (`review_endpoint`).
    let has_inbox = move || config.with(|c| c.ready().is_some_and(|c| c.review_endpoint.is_some()));
    let sending = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let send_advice = move |_| {
        if sending.get_untracked() {
            return;
        }
        let Some((advice, p, c)) = checked() else { return };
        let Some(endpoint) = c.review_endpoint.clone() else { return };
        sending.set(true);
        failed.set(None);
        state.done.set(Some("Sending the advice\u{2026}".into()));
        leptos::task::spawn_local(async move {
            let outcome = post_advice(&advice.to_json(), &endpoint, &p.reference).await;
            sending.set(false);
            match advice_sent(&outcome) {
                Ok(m) => state.done.set(Some(m.to_string())),
                Err(why) => {
                    state.done.set(None);
                    failed.set(Some(why));
                }
            }
        });
    };
    let options = vec![
        (Choice::Proceed, Decision::Proceed.label().to_string()),
        (Choice::Clarify, Decision::ClarificationNeeded.label().to_string()),
        (Choice::NotSuitable, Decision::not_suitable().label().to_string()),
    ];
    view! {
        <h2 class="heading-l">"Your advice"</h2>
        <Radios id="decision" legend="What do you advise?" options=options value=Bind::new(move || choice.get(), move |v| { choice.set(v); commit(); })
            error=state.error_for("decision")
            reveals=vec![Reveal::new(Choice::NotSuitable, move || view! {
                <TextArea id="not-suitable-reason" label="Why an SPO is not suitable" value=Bind::new(move || reason.get(), move |v| { reason.set(v); commit(); })
                    error=state.error_for("not-suitable-reason") max_chars=MAX_TEXT/>
                <SelectField id="better-route" label="The better route" options=routes.clone() value=Bind::new(move || route.get(), move |v| { route.set(v); commit(); })
                    error=state.error_for("better-route")/>
                <TextInput id="other-route" label="The other route, if you chose \u{201c}Other\u{201d}" value=Bind::new(move || other.get(), move |v| { other.set(v); commit(); })
                    error=state.error_for("other-route")/>
            }.into_any())]/>
        <TextInput id="reviewer-name" label="Your name" value=name error=state.error_for("reviewer-name") autocomplete="name"/>
        <TextInput id="reviewer-role" label="Your role" hint="For example: solicitor, force legal services" value=role error=state.error_for("reviewer-role")/>
        <div class="button-group">
            <button type="button" class="button" id="download-advice" on:click=download>"Check and download the advice file"</button>
            <button type="button" class="button button--secondary" id="download-advice-email" on:click=email>"Check and download it as an email to the officer"</button>
            {move || has_inbox().then(|| view! {
                <button type="button" class="button button--secondary" id="send-advice" on:click=send_advice>"Check and send the advice to the review inbox"</button>
            })}
        </div>
        <div role="status" aria-live="polite">{move || state.done.get().map(|m| view! { <p class="notice notice--success" id="advice-done">{m}</p> })}</div>
        <div role="alert">{move || failed.get().map(|m| view! { <p class="notice notice--error" id="advice-send-failed"><strong>"The advice has not been sent. "</strong>{m}</p> })}</div>
    }
}
