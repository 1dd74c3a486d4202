//! A date as three boxes (day, month, year), the GOV.UK way: easier to type and to
//! check than a date picker, and it works with every assistive technology.
use super::{keep_value, Bind, Fieldset};
use crate::domain::triage::DateInput;
use leptos::prelude::*;

#[component]
pub fn DateField(
    /// The stem: boxes are `{id}-day`, `{id}-month`, `{id}-year`.
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    value: Bind<DateInput>,
    #[prop(into)] error: Signal<Option<String>>,
    /// Which box the error belongs to (its id), so only that box is marked.
    #[prop(optional, into)] error_field: Option<Signal<Option<String>>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    /// Autocomplete hint for a date of birth ("bday"), or none.
    #[prop(optional)] birthday: bool,
    #[prop(optional)] after_legend: Option<ViewFn>,
) -> impl IntoView {
    let stem = id.clone();
    let part = move |suffix: &'static str, label: &'static str, width: &'static str| {
        let box_id = format!("{id}-{suffix}");
        let marked = {
            let box_id = box_id.clone();
            move || {
                error.with(Option::is_some)
                    && error_field.map(|f| f.with(|f| f.as_deref().is_none_or(|f| f == box_id || !f.ends_with(&format!("-{suffix}")) && !is_part(f)))).unwrap_or(true)
            }
        };
        let get = move || {
            let d = value.get();
            match suffix {
                "day" => d.day,
                "month" => d.month,
                _ => d.year,
            }
        };
        let node = NodeRef::<leptos::html::Input>::new();
        keep_value(node, get);
        let autocomplete = birthday.then_some(match suffix {
            "day" => "bday-day",
            "month" => "bday-month",
            _ => "bday-year",
        });
        view! {
            <div class="date-input__item">
                <label class="label date-input__label" for=box_id.clone()>{label}</label>
                <input
                    class=move || format!("input {width}{}", if marked() { " input--error" } else { "" })
                    id=box_id.clone()
                    name=box_id
                    type="text"
                    inputmode="numeric"
                    autocomplete=autocomplete.unwrap_or("off")
                    node_ref=node
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        let mut d = value.get_untracked();
                        match suffix {
                            "day" => d.day = v,
                            "month" => d.month = v,
                            _ => d.year = v,
                        }
                        value.set(d);
                    }
                />
            </div>
        }
    };
    let boxes = view! {
        <div class="date-input">
            {part("day", "Day", "input--w2")}
            {part("month", "Month", "input--w2")}
            {part("year", "Year", "input--w4")}
        </div>
    };
    view! {
        <Fieldset id=stem legend=legend error=error hint=hint role=Some("group") after_legend=after_legend>
            {boxes}
        </Fieldset>
    }
}

fn is_part(id: &str) -> bool {
    id.ends_with("-day") || id.ends_with("-month") || id.ends_with("-year")
}
