//! The legal advice being answered, beside the questions it is on: each comment as
//! guidance (not an error), with a reply box and "I have answered this". What the
//! officer writes is kept with the answers and checked with the section
//! (`Answering::reply_errors`), so a reply is either sent whole or stops the section.
use super::state::use_triage;
use crate::domain::review::comment::CommentKind;
use crate::domain::triage::answering::{HeldComment, REPLY_MAX};
use crate::domain::triage::{CommentState, Triage};
use crate::ui::fields::{Bind, SingleCheckbox, TextArea};
use leptos::prelude::*;

/// The comments on the field with this HTML id, if any.
#[component]
pub fn AdviceBeside(#[prop(into)] field_id: String) -> impl IntoView {
    let t = use_triage().triage;
    let ids = Memo::new(move |_| {
        t.with(|t| t.answering().map(|a| a.comments_beside(&field_id).iter().map(|c| c.id.clone()).collect::<Vec<_>>()))
    });
    move || ids.get().unwrap_or_default().into_iter().map(|id| view! { <AdviceComment id=id/> }).collect_view()
}

fn held<'a>(t: &'a Triage, id: &str) -> Option<&'a HeldComment> {
    t.answering()?.comments.iter().find(|c| c.id == id)
}

fn update(t: RwSignal<Triage>, id: &str, f: impl FnOnce(&mut HeldComment)) {
    t.update(|t| {
        if let Some(c) = t.answering_mut().and_then(|a| a.comment_mut(id)) {
            f(c);
        }
    });
}

#[component]
fn AdviceComment(id: String) -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    // What the reviewer wrote does not change while the page is open.
    let Some((c, reviewer)) = t.with_untracked(|tr| Some((held(tr, &id)?.clone(), tr.answering()?.reviewer.name.clone()))) else {
        return ().into_any();
    };
    let reply_id = c.reply_id();
    let (i1, i2, i3) = (id.clone(), id.clone(), id.clone());
    let reply = Bind::new(move || t.with(|t| held(t, &i1).map(|c| c.reply.clone()).unwrap_or_default()), move |v| update(t, &i2, |c| c.reply = v));
    let i4 = id.clone();
    let answered = Bind::new(
        move || t.with(|t| held(t, &i3).is_some_and(|c| c.state == CommentState::Answered)),
        move |v: bool| update(t, &i4, |c| c.state = if v { CommentState::Answered } else { CommentState::Open }),
    );
    let asks = c.kind != CommentKind::Note;
    view! {
        // A group named by its title, so a screen reader announces whose comment it is.
        <div class="advice-comment" id=format!("advice-{id}") role="group" aria-labelledby=format!("advice-{id}-title")>
            <p class="advice-comment__title" id=format!("advice-{id}-title")><strong>{format!("{} from {reviewer}", c.kind.label())}</strong></p>
            <p class="advice-comment__text">{c.text.clone()}</p>
            {c.suggested_text.clone().map(|w| view! {
                <p class="advice-comment__suggested"><span class="advice-comment__lead">"Suggested wording: "</span>{w}</p>
            })}
            <TextArea id=reply_id.clone() label=format!("Your reply to {reviewer} (optional)") value=reply error=s.error_for(reply_id) rows=3 max_chars=REPLY_MAX/>
            {asks.then(|| view! { <SingleCheckbox id=format!("answered-{id}") label="I have answered this" value=answered/> })}
        </div>
    }
    .into_any()
}
