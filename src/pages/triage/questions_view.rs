//! A section's questions drawn from the catalogue (`domain::triage::questions`): one
//! component picks the field-kit component by each question's kind, reveals the
//! questions that hang under a choice, and draws "add another" groups. What a section
//! shows beyond its questions (an introduction, the urgent box) comes from
//! [`super::sections::extras`].
use super::advice_beside::AdviceBeside;
use super::sections::{conditions::ConditionsFields, extras};
use super::state::use_triage;
use crate::domain::triage::questions::{self, Answer, Entry, Group, Input, Kind, Question, Shows, Words};
use crate::domain::triage::{SectionId, Triage};
use crate::ui::page::focus_later as focus_soon;
use crate::ui::fields::{Bind, Checkboxes, DateField, Radios, Reveal, SingleCheckbox, TextArea, TextInput};
use crate::ui::why_we_ask::why_we_ask;
use leptos::prelude::*;

/// Every question of `section`, in order.
#[component]
pub fn SectionQuestions(section: SectionId) -> impl IntoView {
    let s = use_triage();
    // The force's area and crime reference example, for words like "{area}".
    let words = Memo::new(move |_| s.rules.with(|r| r.as_ref().map(|r| questions::checks::words(r)).unwrap_or_default()));
    let list = questions::section(section);
    let entries = list
        .iter()
        .filter(|e| !matches!(shows_of(e), Shows::Under { .. }))
        .map(|e| entry_view(e, list, None, words))
        .collect_view();
    view! {
        {extras::intro(section)}
        {entries}
    }
}

fn shows_of(entry: &Entry) -> Shows {
    match entry {
        Entry::Ask(q) => q.shows,
        Entry::Group(g) => g.shows,
        Entry::Conditions => Shows::Always,
    }
}

/// One entry, shown while its own condition holds (a revealed entry is drawn by its
/// parent, which shows it only under its choice). A question's extras stay on the page
/// while the question itself comes and goes (the youth route notice follows the age
/// questions, whichever of them shows).
fn entry_view(entry: &'static Entry, list: &'static [Entry], item: Option<usize>, words: Memo<Words>) -> AnyView {
    let body = move || match entry {
        Entry::Ask(q) => field(q, Siblings::Section(list), item.unwrap_or(0), words),
        Entry::Group(g) => view! { <GroupField group=g words=words/> }.into_any(),
        Entry::Conditions => view! { <ConditionsFields/> }.into_any(),
    };
    let shown = while_shown(shows_of(entry), item.unwrap_or(0), body);
    match entry {
        Entry::Ask(q) => view! { {extras::before(q.id)} {shown} {extras::after(q.id)} }.into_any(),
        _ => shown,
    }
}

/// Where a question's revealed questions are found: the section's list, or its
/// group's questions.
#[derive(Clone, Copy)]
enum Siblings {
    Section(&'static [Entry]),
    Group(&'static Group),
}

/// A question with its extras before and after it.
fn question_view(q: &'static Question, siblings: Siblings, item: usize, words: Memo<Words>) -> AnyView {
    view! {
        {extras::before(q.id)}
        {field(q, siblings, item, words)}
        {extras::after(q.id)}
    }
    .into_any()
}

/// The field for `q`, picked by its kind.
fn field(q: &'static Question, siblings: Siblings, item: usize, words: Memo<Words>) -> AnyView {
    let s = use_triage();
    let t = s.triage;
    let (id, w, group) = match siblings {
        Siblings::Group(g) => (g.field_id(item, q), words.get_untracked().item(item), Some(g)),
        Siblings::Section(_) => (q.id.to_string(), words.get_untracked(), None),
    };
    let label = q.page_label(&w, group);
    let hint = q.hint.map(|h| w.fill(h));
    let why = ViewFn::from(move || q.why.map(|w| why_we_ask(w.slug, w.anchor)));
    let advice = view! { <AdviceBeside field_id=id.clone()/> };
    let input = match q.kind {
        Kind::Text { limit: _, width, input } => {
            let (input_type, autocomplete, inputmode) = match input {
                Input::Text => ("text", None, None),
                Input::PersonName => ("text", Some("name"), None),
                Input::Email => ("email", Some("email"), None),
                Input::Tel => ("tel", Some("tel"), None),
                Input::Number => ("text", None, Some("numeric")),
                Input::Reference => ("text", None, None),
            };
            view! {
                <TextInput id=id.clone() label=label hint=hint value=bind(t, q, item, |a| a.text(), Answer::Text)
                    error=s.error_for(id) width=width_class(width) input_type=input_type autocomplete=autocomplete
                    inputmode=inputmode after_label=why/>
            }
            .into_any()
        }
        Kind::LongText { limit, rows, count } => view! {
            <TextArea id=id.clone() label=label hint=hint rows=rows as u32 max_chars=count.then_some(limit.max_chars)
                value=bind(t, q, item, |a| a.text(), Answer::Text) error=s.error_for(id) after_label=why/>
        }
        .into_any(),
        Kind::Date { .. } => {
            let (error, error_field) = s.error_for_date(id.clone());
            view! {
                <DateField id=id legend=label hint=hint value=bind(t, q, item, |a| a.date(), Answer::Date)
                    error=error error_field=error_field after_legend=why/>
            }
            .into_any()
        }
        Kind::Radios { choices, inline } => view! {
            <Radios id=id.clone() legend=label hint=hint inline=inline options=options(choices, &w)
                value=bind(t, q, item, |a| a.choice(), Answer::Choice) error=s.error_for(id)
                reveals=reveals(q, siblings, item, words) after_legend=why/>
        }
        .into_any(),
        Kind::Checkboxes { choices } => view! {
            <Checkboxes id=id.clone() legend=label hint=hint options=options(choices, &w)
                value=bind(t, q, item, |a| a.choices(), Answer::Choices) error=s.error_for(id)
                reveals=reveals(q, siblings, item, words) after_legend=why/>
        }
        .into_any(),
        Kind::Checkbox => view! {
            <SingleCheckbox id=id.clone() label=label value=bind(t, q, item, |a| a.flag(), Answer::Flag) error=s.error_for(id)/>
        }
        .into_any(),
    };
    view! { {input} {advice} }.into_any()
}

/// Reads and writes one answer of item `item` through the catalogue.
fn bind<T: Clone + PartialEq + Send + Sync + 'static>(
    t: RwSignal<Triage>,
    q: &'static Question,
    item: usize,
    from: fn(&Answer) -> T,
    to: fn(T) -> Answer,
) -> Bind<T> {
    Bind::new(move || t.with(|t| from(&q.read(t, item))), move |v| t.update(|t| q.write(t, item, to(v))))
}

fn options(choices: &'static [&'static str], words: &Words) -> Vec<(usize, String)> {
    choices.iter().enumerate().map(|(i, label)| (i, words.fill(label))).collect()
}

/// `input--w20` for a width of 20 characters; full width for 0.
fn width_class(width: u8) -> &'static str {
    match width {
        0 => "",
        2 => "input--w2",
        4 => "input--w4",
        10 => "input--w10",
        _ => "input--w20",
    }
}

/// The questions (and groups) revealed under each of `q`'s choices.
fn reveals(q: &'static Question, siblings: Siblings, item: usize, words: Memo<Words>) -> Vec<Reveal<usize>> {
    (0..q.choices().len())
        .filter_map(|choice| {
            let under = move |shows: Shows| matches!(shows, Shows::Under { parent, choice: c } if parent == q.id && c == choice);
            let views: Vec<Box<dyn Fn() -> AnyView + Send + Sync>> = match siblings {
                Siblings::Section(list) => list
                    .iter()
                    .filter(|e| under(shows_of(e)))
                    .map(|e| Box::new(move || entry_view(e, list, None, words)) as Box<dyn Fn() -> AnyView + Send + Sync>)
                    .collect(),
                Siblings::Group(g) => g
                    .questions
                    .iter()
                    .filter(|c| under(c.shows))
                    .map(|c| Box::new(move || question_view(c, Siblings::Group(g), item, words)) as Box<dyn Fn() -> AnyView + Send + Sync>)
                    .collect(),
            };
            (!views.is_empty()).then(|| Reveal::new(choice, move || views.iter().map(|v| v()).collect_view().into_any()))
        })
        .collect()
}

/// "Add another": each item's questions, a way to remove an item, and to add one.
#[component]
fn GroupField(group: &'static Group, words: Memo<Words>) -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    // There is always an item to type in, and it is in the triage before the officer types.
    if t.with_untracked(|t| (group.count)(t) == 0) {
        t.update(|t| group.ensure(t, 0));
    }
    let count = Memo::new(move |_| t.with(|t| group.items(t)));
    let noun = group.remove.replace(" {n}", "");
    let add_id = format!("add-{}", noun.replace(' ', "-"));
    let button_id = add_id.clone();
    let add = {
        let first = group.questions.first();
        move |_| {
            let next = count.get_untracked();
            t.update(|t| group.ensure(t, next));
            if let Some(q) = first {
                focus_soon(group.field_id(next, q));
            }
        }
    };
    let items = move || {
        let n = count.get();
        (0..n)
            .map(|i| {
                let w = words.get_untracked().item(i);
                let remove_id = add_id.clone();
                let remove = move |_| {
                    t.update(|t| {
                        if i < (group.count)(t) {
                            (group.remove_at)(t, i);
                        }
                    });
                    focus_soon(remove_id.clone());
                };
                let fields = group
                    .questions
                    .iter()
                    .filter(|q| !matches!(q.shows, Shows::Under { .. }))
                    .map(|q| item_question(q, group, i, words))
                    .collect_view();
                let end = extras::item_end(group.id, i);
                let remove_button = (n > 1).then(|| {
                    view! {
                        <button type="button" class="button button--secondary add-another__remove" on:click=remove>
                            "Remove" <span class="visually-hidden">{format!(" {}", w.fill(group.remove))}</span>
                        </button>
                    }
                });
                match group.item_legend {
                    Some(legend) => view! {
                        <fieldset class="fieldset add-another__item" id=w.fill(group.remove).replace(' ', "-")>
                            <legend class="fieldset__legend fieldset__legend--m">{w.fill(legend)}</legend>
                            {fields}
                            {end}
                            {remove_button}
                        </fieldset>
                    }
                    .into_any(),
                    None => view! { <div class="add-another__item">{fields}{end}{remove_button}</div> }.into_any(),
                }
            })
            .collect_view()
    };
    let body = view! {
        {items}
        <button type="button" class="button button--secondary" id=button_id on:click=add>{group.add}</button>
    };
    match group.legend {
        Some(legend) => view! {
            <fieldset class="fieldset form-group">
                <legend class="fieldset__legend">{legend}</legend>
                {body}
            </fieldset>
        }
        .into_any(),
        None => body.into_any(),
    }
}

/// One question of item `i`, shown while its own condition holds.
fn item_question(q: &'static Question, group: &'static Group, i: usize, words: Memo<Words>) -> AnyView {
    while_shown(q.shows, i, move || question_view(q, Siblings::Group(group), i, words))
}

/// `body`, drawn while a `Shows::When` condition holds for item `item` (a memo, so a
/// key press elsewhere does not rebuild it); any other entry is drawn as it is.
fn while_shown(shows: Shows, item: usize, body: impl Fn() -> AnyView + Send + Sync + Copy + 'static) -> AnyView {
    match shows {
        Shows::When(pred) => {
            let t = use_triage().triage;
            let shown = Memo::new(move |_| t.with(|t| pred(t, item)));
            (move || shown.get().then(body)).into_any()
        }
        _ => body(),
    }
}
