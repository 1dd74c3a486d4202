//! The conditions in the set: each with its live wording, inputs, checks, and
//! buttons to move or remove it; and the notice that offers to undo a removal.
use super::editor::{move_button_id, Editor, Row, REMOVED_NOTICE_ID};
use super::findings::{without_lead, FindingItem};
use super::slots::ConditionInputs;
use crate::domain::conditions::catalogue::{Kind, Template};
use crate::domain::conditions::checks::{condition_field_id, Severity};
use crate::domain::conditions::wording::{render_parts, WordingPart};
use leptos::prelude::*;

/// The words every finding about condition `index` starts with.
pub fn lead(index: usize, title: &str) -> String {
    format!("Condition {} ({title}): ", index + 1)
}

/// The live wording of a condition, with anything still missing marked.
fn wording_view(editor: Editor, key: u64, template: Option<Template>) -> impl IntoView {
    move || {
        let index = editor.index_of_tracked(key)?;
        editor.list.with(|l| {
            let c = l.get(index)?;
            let kind = Kind::parse(&c.kind).unwrap_or(Kind::Prohibition);
            let parts = match &template {
                Some(t) => render_parts(t, &c.slots),
                None => vec![WordingPart::Text(c.wording.clone())],
            };
            let parts = parts
                .into_iter()
                .map(|p| match p {
                    WordingPart::Text(t) => view! { <span>{t}</span> }.into_any(),
                    WordingPart::Slot { text, complete: true, .. } => view! { <span class="wording__filled">{text}</span> }.into_any(),
                    WordingPart::Slot { text, complete: false, .. } => view! {
                        <span class="wording__missing"><span class="visually-hidden">"(still to fill in) "</span>{text}</span>
                    }
                    .into_any(),
                })
                .collect_view();
            Some(view! {
                <p class="chosen__wording"><span class="chosen__lead">{kind.lead_in()}</span>" "{parts}</p>
            })
        })
    }
}

/// What a page shows at the end of condition `index` (the triage: the legal advice on
/// it); provided as context, so the conditions area's builder pays nothing for it.
#[derive(Clone, Copy)]
pub struct ConditionAside(pub fn(usize) -> AnyView);

/// One condition in the set.
#[component]
pub fn ChosenItem(editor: Editor, row: Row) -> impl IntoView {
    let key = row.key;
    let template = editor.template(&row.template_id);
    let title = template.as_ref().map(|t| t.title.clone()).unwrap_or_else(|| row.template_id.clone());
    let index = Memo::new(move |_| editor.index_of_tracked(key));
    let count = Memo::new(move |_| editor.rows.with(Vec::len));
    let number = move || index.get().map(|i| i + 1).unwrap_or(0);
    let meta = template.as_ref().map(|t| format!("{} · {}", t.kind.label(), t.theme.label()));
    let inputs = {
        let template = template.clone();
        move || index.get().map(|i| view! { <ConditionInputs editor=editor key=key index=i template=template.clone()/> })
    };
    let checks = {
        let title = title.clone();
        move || {
            let i = index.get()?;
            let lead = lead(i, &title);
            let list: Vec<_> = editor.findings.with(|f| {
                f.iter().filter(|x| x.condition_index == Some(i) && x.severity != Severity::Ask).cloned().collect()
            });
            Some(if list.is_empty() {
                view! { <p class="chosen__ok">"No problems found with this condition."</p> }.into_any()
            } else {
                view! {
                    <ul class="findings findings--condition">
                        {list.into_iter().map(|f| {
                            let message = without_lead(&f.message, &lead);
                            view! { <FindingItem finding=f message=message/> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })
        }
    };
    let unknown = template.is_none().then(|| view! {
        <p class="notice notice--warning">"This condition is not in the current list of conditions, so it cannot be edited. Remove it and choose a current condition instead."</p>
    });
    let hidden_name = format!(" condition: {title}");
    let (up_name, down_name, remove_name) = (hidden_name.clone(), hidden_name.clone(), hidden_name);
    view! {
        <fieldset class="chosen" id=move || condition_field_id(index.get().unwrap_or(0)) tabindex="-1">
            <legend class="chosen__legend">
                <h3 class="heading-m chosen__title">"Condition " {number} ": " {title.clone()}</h3>
            </legend>
            {meta.map(|m| view! { <p class="chosen__meta">{m}</p> })}
            {unknown}
            {wording_view(editor, key, template)}
            {inputs}
            <div class="chosen__checks">
                <h4 class="heading-s">"Checks on this condition"</h4>
                {checks}
            </div>
            {use_context::<ConditionAside>().map(|aside| move || index.get().map(aside.0))}
            <div class="chosen__actions">
                {move || (index.get().unwrap_or(0) > 0).then(|| {
                    let name = up_name.clone();
                    view! {
                        <button type="button" class="button button--secondary" id=move_button_id(key, true)
                            on:click=move |_| editor.move_by(key, true)>
                            "Move up"<span class="visually-hidden">{name}</span>
                        </button>
                    }
                })}
                {move || (index.get().unwrap_or(0) + 1 < count.get()).then(|| {
                    let name = down_name.clone();
                    view! {
                        <button type="button" class="button button--secondary" id=move_button_id(key, false)
                            on:click=move |_| editor.move_by(key, false)>
                            "Move down"<span class="visually-hidden">{name}</span>
                        </button>
                    }
                })}
                <button type="button" class="button button--warning" on:click=move |_| editor.remove(key)>
                    "Remove"<span class="visually-hidden">{remove_name}</span>
                </button>
            </div>
        </fieldset>
    }
}

/// After a removal: what was removed, with a button to put it back.
#[component]
pub fn RemovedNotice(editor: Editor) -> impl IntoView {
    move || {
        editor.removed.get().map(|r| {
            view! {
                <div class="notice notice--success removed-notice" id=REMOVED_NOTICE_ID tabindex="-1">
                    <p>"Removed condition " {r.index + 1} ": " {r.title.clone()} "."</p>
                    <button type="button" class="button button--secondary" on:click=move |_| editor.undo()>
                        "Undo"<span class="visually-hidden">" removing " {r.title.clone()}</span>
                    </button>
                    <button type="button" class="button button--secondary" on:click=move |_| {
                        editor.removed.set(None);
                        super::editor::focus_later("chosen-title".into());
                    }>
                        "Dismiss"<span class="visually-hidden">" this message"</span>
                    </button>
                </div>
            }
        })
    }
}

/// The conditions in the set, in order.
#[component]
pub fn ChosenList(editor: Editor) -> impl IntoView {
    view! {
        <section class="chosen-section" aria-labelledby="chosen-title">
            <h2 class="heading-l" id="chosen-title" tabindex="-1">"Conditions in this set"</h2>
            <RemovedNotice editor=editor/>
            {move || editor.rows.with(Vec::is_empty).then(|| view! {
                <p id="no-conditions">"No conditions have been added yet. Choose them from the list under “Add a condition”."</p>
            })}
            <ol class="chosen-list">
                <For each=move || editor.rows.get() key=|r| r.clone() let:row>
                    <li class="chosen-list__item"><ChosenItem editor=editor row=row/></li>
                </For>
            </ol>
        </section>
    }
}
