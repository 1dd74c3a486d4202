//! The inputs for one condition: a typed input for each slot, the reason it is
//! necessary, and a checkbox for each question the checks ask.
use super::editor::Editor;
use crate::ui::fields::SelectField;
use crate::domain::conditions::catalogue::{SlotKind, SlotSpec, Template};
use crate::domain::conditions::checks::{
    confirm_field_id, lint_condition, map_field_id, reason_field_id, slot_field_id, unit_field_id, CheckId, Severity,
};
use crate::domain::conditions::chosen::{ChosenCondition, SlotValue};
use crate::domain::conditions::wording::DistanceUnit;
use crate::ui::fields::{Bind, Checkboxes, TextArea, TextInput};
use leptos::prelude::*;

/// The error shown on a field, once the officer has tried a blocked action.
fn field_error(editor: Editor, field: String) -> Signal<Option<String>> {
    Signal::derive(move || {
        if !editor.show_errors.get() {
            return None;
        }
        editor.findings.with(|f| {
            f.iter().find(|x| x.severity == Severity::Error && x.field.as_deref() == Some(field.as_str())).map(|x| x.message.clone())
        })
    })
}

/// A bound part of one slot value.
fn slot_bind(
    editor: Editor,
    key: u64,
    name: String,
    get: fn(&SlotValue) -> String,
    set: fn(&mut SlotValue, String),
) -> Bind<String> {
    let read = name.clone();
    Bind::new(
        move || {
            editor.index_of_tracked(key).and_then(|i| editor.list.with(|l| l.get(i).and_then(|c| c.slot(&read)).map(get))).unwrap_or_default()
        },
        move |v| editor.edit(key, |c| set(c.slot_mut(&name), v)),
    )
}

fn text_of(s: &SlotValue) -> String {
    s.text.clone()
}
fn set_text(s: &mut SlotValue, v: String) {
    s.text = v;
}
fn unit_of(s: &SlotValue) -> String {
    s.unit.clone().unwrap_or_default()
}
fn set_unit(s: &mut SlotValue, v: String) {
    s.unit = (!v.is_empty()).then_some(v);
}
fn map_of(s: &SlotValue) -> String {
    s.map_reference.clone().unwrap_or_default()
}
fn set_map(s: &mut SlotValue, v: String) {
    s.map_reference = (!v.trim().is_empty()).then_some(v);
}

/// The input (or inputs) for one slot of the condition at `index`.
fn slot_input(editor: Editor, key: u64, index: usize, spec: &SlotSpec) -> AnyView {
    let id = slot_field_id(index, &spec.name);
    let hint = (!spec.hint.trim().is_empty()).then(|| spec.hint.clone());
    let text = slot_bind(editor, key, spec.name.clone(), text_of, set_text);
    match spec.kind {
        SlotKind::Distance => {
            let unit_id = unit_field_id(index, &spec.name);
            let units = std::iter::once((String::new(), "Choose a unit".to_string()))
                .chain(DistanceUnit::ALL.iter().map(|u| (u.as_str().to_string(), u.as_str().to_string())))
                .collect::<Vec<_>>();
            let unit = slot_bind(editor, key, spec.name.clone(), unit_of, set_unit);
            view! {
                <fieldset class="fieldset slot-group" role="group">
                    <legend class="fieldset__legend">{spec.label.clone()}</legend>
                    {hint.map(|h| view! { <div class="hint">{h}</div> })}
                    <div class="distance-input">
                        <TextInput id=id.clone() label="Number" value=text error=field_error(editor, id) width="input--w4" inputmode="decimal"/>
                        <SelectField id=unit_id.clone() label="Unit" options=units value=unit error=field_error(editor, unit_id)/>
                    </div>
                </fieldset>
            }
            .into_any()
        }
        SlotKind::Area => {
            let map_id = map_field_id(index, &spec.name);
            let map = slot_bind(editor, key, spec.name.clone(), map_of, set_map);
            view! {
                <div class="slot-group">
                    <TextInput id=id.clone() label=spec.label.clone() hint=hint value=text error=field_error(editor, id.clone())/>
                    <TextInput id=map_id.clone() label="Map reference" hint="The name of the map attached to the order that shows the area edged in red, for example Map A" value=map error=field_error(editor, map_id) width="input--w10"/>
                </div>
            }
            .into_any()
        }
        _ => view! { <TextInput id=id.clone() label=spec.label.clone() hint=hint value=text error=field_error(editor, id)/> }.into_any(),
    }
}

/// The questions the checks ask about this condition, answered or not: taken from
/// the checks run as if nothing were confirmed, so a ticked box stays on the page.
fn asks(editor: Editor, key: u64, template: Template) -> Memo<Vec<(CheckId, String)>> {
    Memo::new(move |_| {
        let Some(index) = editor.index_of_tracked(key) else { return Vec::new() };
        let lead = super::chosen::lead(index, &template.title);
        editor.list.with(|l| {
            let Some(c) = l.get(index) else { return Vec::new() };
            let unconfirmed = ChosenCondition { confirmed: Vec::new(), ..c.clone() };
            editor.context.with(|ctx| {
                lint_condition(&unconfirmed, index, &template, ctx)
                    .into_iter()
                    .filter(|f| f.severity == Severity::Ask)
                    .map(|f| (f.check, super::findings::without_lead(&f.message, &lead)))
                    .collect()
            })
        })
    })
}

/// Slots, reason and questions for the condition with this key, now at `index`.
#[component]
pub fn ConditionInputs(editor: Editor, key: u64, index: usize, template: Option<Template>) -> impl IntoView {
    let slots = template
        .as_ref()
        .map(|t| t.slots.iter().map(|s| slot_input(editor, key, index, s)).collect_view());
    let reason_id = reason_field_id(index);
    let reason = Bind::new(
        move || editor.index_of_tracked(key).and_then(|i| editor.list.with(|l| l.get(i).map(|c| c.reason.clone()))).unwrap_or_default(),
        move |v| editor.edit(key, |c| c.reason = v),
    );
    let questions = template.map(|t| {
        let asks = asks(editor, key, t);
        move || {
            asks.get()
                .into_iter()
                .map(|(check, message)| {
                    let check_id = check.as_str();
                    let value = Bind::new(
                        move || {
                            let on = editor
                                .index_of_tracked(key)
                                .and_then(|i| editor.list.with(|l| l.get(i).map(|c| c.is_confirmed(check_id))))
                                .unwrap_or(false);
                            if on { vec![()] } else { Vec::new() }
                        },
                        move |v: Vec<()>| editor.edit(key, |c| c.set_confirmed(check_id, !v.is_empty())),
                    );
                    view! {
                        <div class="ask">
                            <Checkboxes id=confirm_field_id(index, check) legend=format!("Question: {message}")
                                options=vec![((), "I have considered this".to_string())] value=value error=Signal::derive(|| None::<String>)/>
                        </div>
                    }
                })
                .collect_view()
        }
    });
    view! {
        {slots}
        <TextArea id=reason_id.clone() label="Why this condition is necessary"
            hint="Say which risk of stalking it deals with and how, in a sentence or two. The court must find each condition necessary on its own."
            value=reason error=field_error(editor, reason_id) rows=3/>
        {questions}
    }
}
