//! Radios in a fieldset, with optional questions revealed in place under a choice.
use super::{Bind, Fieldset};
use leptos::prelude::*;

/// A question shown under one choice while it is selected.
pub struct Reveal<T> {
    pub when: T,
    pub view: ViewFn,
}

impl<T> Reveal<T> {
    pub fn new(when: T, view: impl Fn() -> AnyView + Send + Sync + 'static) -> Reveal<T> {
        Reveal { when, view: ViewFn::from(view) }
    }
}

/// The id of option `i`: the first option takes the group's id so errors link to it.
pub fn option_id(id: &str, i: usize) -> String {
    if i == 0 {
        id.to_string()
    } else {
        format!("{id}-{}", i + 1)
    }
}

#[component]
pub fn Radios<T>(
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    /// Each choice and its label.
    options: Vec<(T, String)>,
    value: Bind<Option<T>>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional, into)] hint: MaybeProp<String>,
    #[prop(optional)] inline: bool,
    #[prop(optional)] reveals: Vec<Reveal<T>>,
    /// Show the legend as a larger heading-like label.
    #[prop(optional)] legend_large: bool,
    /// A caption inside the legend, above its words.
    #[prop(optional, into)] caption: MaybeProp<String>,
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
            let name = id.clone();
            let reveal = reveals.iter().find(|r| r.when == choice).map(|r| r.view.clone());
            // A memo: the revealed question is rebuilt only when this choice is picked
            // or left, not on every change to the model (a key press in that question).
            let checked = Memo::new(move |_| value.get() == Some(choice));
            let reveal_id = format!("{oid}-reveal");
            view! {
                <div class="radios__item">
                    <input class="radios__input" id=oid.clone() name=name type="radio" value=i.to_string()
                        prop:checked=checked
                        on:change=move |_| value.set(Some(choice))
                        aria-controls=reveal.as_ref().map(|_| reveal_id.clone()) />
                    <label class="label radios__label" for=oid>{label}</label>
                </div>
                {reveal.map(|v| view! {
                    <div class="radios__conditional" id=reveal_id>
                        {move || checked.get().then(|| v.run())}
                    </div>
                })}
            }
        })
        .collect_view();
    view! {
        <Fieldset id=id legend=legend error=error hint=hint large=legend_large caption=caption.get_untracked() after_legend=after_legend>
            <div class=if inline { "radios radios--inline" } else { "radios" }>{items}</div>
        </Fieldset>
    }
}
