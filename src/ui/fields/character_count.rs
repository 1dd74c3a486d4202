//! The count under a long text box. Sighted users see it change as they type; screen
//! reader users hear it once they pause, so it does not talk over their typing.
use crate::domain::triage::fields::with_commas;
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn CharacterCount(#[prop(into)] id: String, #[prop(into)] text: Signal<String>, max: usize) -> impl IntoView {
    let message = move || {
        let used = text.with(|t| t.chars().count());
        if used <= max {
            let left = max - used;
            format!("You have {} character{} remaining", with_commas(left), if left == 1 { "" } else { "s" })
        } else {
            let over = used - max;
            // Commas so a pasted document reads "1,040,000", not a run of digits.
            format!("You have {} character{} too many", with_commas(over), if over == 1 { "" } else { "s" })
        }
    };
    let over = move || text.with(|t| t.chars().count() > max);
    let announced = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        let m = message();
        if first.is_none() {
            return;
        }
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(move || announced.set(m), Duration::from_millis(1000)).ok();
        pending.set_value(handle);
    });
    view! {
        <div class=move || if over() { "character-count character-count--over" } else { "character-count" } id=id aria-hidden="true">
            {message}
        </div>
        <div class="visually-hidden" aria-live="polite">{move || announced.get()}</div>
    }
}
