//! "Add a condition": the catalogue, filtered by kind, theme and suitability and
//! searched by words, each entry with when to use it, its pitfalls, its sources (by
//! title, a secondary source or draft marked as the guidance marks it) and
//! an "Add" button that names the condition for screen reader users.
use super::data::loading_or_failure;
use super::editor::Editor;
use crate::ui::fields::SelectField;
use crate::domain::conditions::catalogue::{CitedSource, Filter, Kind, Tag, Template, Theme};
use crate::domain::conditions::checks::ADD_CONDITION_FIELD;
use crate::domain::conditions::wording::render;
use crate::ui::fields::{Bind, TextInput};
use leptos::prelude::*;
use std::time::Duration;

fn choices<T: Copy>(all: &[T], value: fn(T) -> &'static str, label: fn(T) -> &'static str, any: &str) -> Vec<(String, String)> {
    std::iter::once((String::new(), any.to_string()))
        .chain(all.iter().map(|t| (value(*t).to_string(), label(*t).to_string())))
        .collect()
}

/// A condition's sources by title, each secondary source or draft marked as the
/// guidance marks it, separated by semicolons.
fn sources_view(sources: Vec<CitedSource>) -> impl IntoView {
    let last = sources.len().saturating_sub(1);
    sources
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            view! {
                <span class="catalogue__source">{s.title}</span>
                {s.note.map(|n| view! { " " <span class="source-note">"(" {n} ")"</span> })}
                {(i < last).then_some("; ")}
            }
        })
        .collect_view()
}

fn entry(editor: Editor, t: Template) -> impl IntoView {
    let wording = render(&t, &[]);
    let tags = t.tags.iter().map(|g| g.label()).collect::<Vec<_>>().join(", ");
    let sources = editor.catalogue.with_untracked(|c| c.ready().map(|cat| cat.cited_sources(&t)).unwrap_or_default());
    let add_template = t.clone();
    let heading_id = format!("catalogue-{}", t.id);
    view! {
        <li class="catalogue__item">
            <h3 class="heading-s catalogue__title" id=heading_id>{t.title.clone()}</h3>
            <p class="catalogue__meta">
                <span class="tag">{t.kind.label()}</span>" "
                <span class="tag tag--plain">{t.theme.label()}</span>
                {(!tags.is_empty()).then(|| view! { " " <span class="catalogue__suits">"Suits: " {tags}</span> })}
            </p>
            <p class="catalogue__wording"><span class="chosen__lead">{t.kind.lead_in()}</span>" "{wording}</p>
            <details class="catalogue__details">
                <summary>"When to use it, pitfalls and sources"<span class="visually-hidden">": " {t.title.clone()}</span></summary>
                <div class="catalogue__more">
                    <p><strong>"When to use it: "</strong>{t.when_to_use.clone()}</p>
                    <p><strong>"Pitfalls: "</strong>{t.pitfalls.clone()}</p>
                    <p><strong>"Sources: "</strong>{sources_view(sources)}</p>
                </div>
            </details>
            <button type="button" class="button button--secondary catalogue__add" on:click=move |_| editor.add(&add_template)>
                "Add"<span class="visually-hidden">" condition: " {t.title.clone()}</span>
            </button>
        </li>
    }
}

fn is_search_box(ev: &leptos::ev::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|e| e.id() == ADD_CONDITION_FIELD)
}

/// The catalogue with its filters.
#[component]
pub fn Picker(editor: Editor) -> impl IntoView {
    let filter = RwSignal::new(Filter::default());
    let words = crate::bind!(filter, words);
    let kind = Bind::new(
        move || filter.with(|f| f.kind.map(|k| k.as_str().to_string()).unwrap_or_default()),
        move |v: String| filter.update(|f| f.kind = Kind::parse(&v)),
    );
    let theme = Bind::new(
        move || filter.with(|f| f.theme.map(|k| k.as_str().to_string()).unwrap_or_default()),
        move |v: String| filter.update(|f| f.theme = Theme::parse(&v)),
    );
    let tag = Bind::new(
        move || filter.with(|f| f.tag.map(|k| k.as_str().to_string()).unwrap_or_default()),
        move |v: String| filter.update(|f| f.tag = Tag::parse(&v)),
    );
    let matches = Memo::new(move |_| {
        editor.catalogue.with(|c| c.ready().map(|cat| filter.with(|f| cat.filter(f).into_iter().cloned().collect::<Vec<_>>())))
    });
    let count_text = move || match matches.with(|m| m.as_ref().map(Vec::len)) {
        Some(0) => "No conditions match. Try fewer words or clear a filter.".to_string(),
        Some(1) => "1 condition matches".to_string(),
        Some(n) => format!("{n} conditions match"),
        None => String::new(),
    };
    // The count is announced once the officer pauses, so it does not talk over typing.
    let announced = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        let text = count_text();
        if first.is_none() {
            return;
        }
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        pending.set_value(set_timeout_with_handle(move || announced.set(text), Duration::from_millis(800)).ok());
    });
    let no_error = Signal::derive(|| None::<String>);
    view! {
        <section class="picker no-print" aria-labelledby="picker-title">
            <h2 class="heading-l" id="picker-title">"Add a condition"</h2>
            // Not a <form>: the triage form embeds this editor, and forms cannot nest.
            // Enter in the search box filters already, so it must not send the page's form.
            <div class="picker__filters" role="search" aria-label="Conditions"
                on:keydown=|ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" && is_search_box(&ev) { ev.prevent_default() }>
                <TextInput id=ADD_CONDITION_FIELD label="Search for a condition" hint="For example: contact, school, social media" value=words error=no_error input_type="search"/>
                <div class="picker__selects">
                    <SelectField id="filter-kind" label="Kind" options=choices(&Kind::ALL, Kind::as_str, Kind::label, "Prohibitions and requirements") value=kind error=no_error/>
                    <SelectField id="filter-theme" label="Theme" options=choices(&Theme::ALL, Theme::as_str, Theme::label, "All themes") value=theme error=no_error/>
                    <SelectField id="filter-tag" label="Suited to" options=choices(&Tag::ALL, Tag::as_str, Tag::label, "Any case") value=tag error=no_error/>
                </div>
                <button type="button" class="button button--secondary" on:click=move |_| filter.set(Filter::default())>"Clear the filters"</button>
            </div>
            <p class="picker__count" id="picker-count" aria-hidden="true">{count_text}</p>
            <div class="visually-hidden" role="status">{move || announced.get()}</div>
            {move || editor.catalogue.with(|c| match c.ready() {
                Some(_) => None,
                None => Some(loading_or_failure(c, "the list of conditions")),
            })}
            <ul class="catalogue">
                {move || matches.get().unwrap_or_default().into_iter().map(|t| entry(editor, t)).collect_view()}
            </ul>
        </section>
    }
}
