//! Checkboxes in a fieldset ("select all that apply"), with optional questions revealed
//! under a ticked box.
use super::radios::{option_id, Reveal};
use super::{Bind, Fieldset};
use leptos::prelude::*;

#[component]
pub fn Checkboxes<T>(
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    options: Vec<(T, String)>,
    value: Bind<Vec<T>>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(optional)] reveals: Vec<Reveal<T>>,
    #[prop(optional)] after_legend: Option<ViewFn>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (choice, label))| {
            let oid = option_id(&id, i);
            let reveal = reveals.iter().find(|r| r.when == choice).map(|r| r.view.clone());
            // A memo, as in the radios: typing in a revealed question must not rebuild it.
            let checked = Memo::new(move |_| value.get().contains(&choice));
            let reveal_id = format!("{oid}-reveal");
            view! {
                <div class="checkboxes__item">
                    <input class="checkboxes__input" id=oid.clone() name=oid.clone() type="checkbox"
                        prop:checked=checked
                        aria-controls=reveal.as_ref().map(|_| reveal_id.clone())
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let mut v = value.get_untracked();
                            v.retain(|c| *c != choice);
                            if on {
                                v.push(choice);
                            }
                            value.set(v);
                        } />
                    <label class="label checkboxes__label" for=oid>{label}</label>
                </div>
                {reveal.map(|v| view! {
                    <div class="checkboxes__conditional" id=reveal_id>
                        {move || checked.get().then(|| v.run())}
                    </div>
                })}
            }
        })
        .collect_view();
    view! {
        <Fieldset id=id legend=legend error=error hint=hint after_legend=after_legend>
            <div class="checkboxes">{items}</div>
        </Fieldset>
    }
}
