//! The frame every field shares: the form group (marked when its answer has an error),
//! the hint and error under a label or legend, and the fieldset of a grouped question.
//! Each field component draws its own input inside these, so the GOV.UK structure and
//! the `aria-describedby` wiring are written once.
use super::{described_by, ErrorMessage, Hint};
use leptos::prelude::*;

/// `form-group`, with `form-group--error` while `error` holds a message.
#[component]
pub fn FormGroup(
    #[prop(into)] error: Signal<Option<String>>,
    /// Extra classes, e.g. for an inline layout.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let classes = move || {
        let mut c = String::from("form-group");
        if !class.is_empty() {
            c.push(' ');
            c.push_str(class);
        }
        if error.with(Option::is_some) {
            c.push_str(" form-group--error");
        }
        c
    };
    view! { <div class=classes>{children()}</div> }
}

/// The hint (`{id}-hint`) and the error message (`{id}-error`) under a label or legend.
#[component]
pub fn HintAndError(
    #[prop(into)] id: String,
    hint: Option<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    view! {
        {hint.map(|h| view! { <Hint id=hint_id text=h/> })}
        {move || error.get().map(|m| view! { <ErrorMessage id=error_id.clone() message=m/> })}
    }
}

/// The `aria-describedby` of a field with this id, hint and error (and an extra id,
/// such as a character count's).
pub fn describedby(id: &str, has_hint: bool, error: Signal<Option<String>>, extra: Option<String>) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    let id = id.to_string();
    move || described_by(&id, has_hint, error.with(Option::is_some), extra.as_deref())
}

/// A question answered with several inputs (radios, checkboxes, a date's three boxes):
/// a fieldset whose legend is the question, with the hint and error under it.
#[component]
pub fn Fieldset(
    /// The question's id: its hint and error are `{id}-hint` and `{id}-error`.
    #[prop(into)]
    id: String,
    #[prop(into)] legend: String,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    /// The legend as a medium heading.
    #[prop(optional)]
    large: bool,
    /// A caption above the legend's words, inside the legend ("Question 2 of 5").
    #[prop(optional_no_strip)]
    caption: Option<String>,
    /// `role="group"` for a date, which is one answer rather than a choice.
    #[prop(optional_no_strip)]
    role: Option<&'static str>,
    /// Content after the legend, such as a "Why we ask this" link.
    #[prop(optional_no_strip)]
    after_legend: Option<ViewFn>,
    children: Children,
) -> impl IntoView {
    let hint = hint.get_untracked();
    let describedby = describedby(&id, hint.is_some(), error, None);
    view! {
        <FormGroup error=error>
            <fieldset class="fieldset" role=role aria-describedby=describedby>
                <legend class=if large { "fieldset__legend fieldset__legend--m" } else { "fieldset__legend" }>
                    {caption.map(|c| view! { <span class="caption">{c}</span> })}
                    {legend}
                </legend>
                {after_legend.map(|v| v.run())}
                <HintAndError id=id hint=hint error=error/>
                {children()}
            </fieldset>
        </FormGroup>
    }
}
