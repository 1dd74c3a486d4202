//! "About the order", on the builder page only (the triage form asks these in
//! "Order sought"): which orders, how long, where, children, and times to avoid.
use super::state::BuilderState;
use crate::domain::conditions::checks::{FULL_DURATION_FIELD, INTERIM_WEEKS_FIELD};
use crate::domain::conditions::set_file::SavedConditionSet;
use crate::domain::order::{FullDuration, InterimDuration, Locality, OrderType};
use crate::ui::fields::{Bind, Checkboxes, Radios, Reveal, TextArea, TextInput};
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FullChoice {
    Fixed,
    UntilFurtherOrder,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    WholeUk,
    Limited,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Child {
    Respondent,
    Protected,
}

/// Digits only, as a number (none typed gives `None`).
fn whole_number(text: &str) -> Option<u32> {
    let digits: String = text.chars().filter(char::is_ascii_digit).take(4).collect();
    digits.parse().ok()
}

fn field<T: Clone + PartialEq + Send + Sync + 'static>(
    set: RwSignal<SavedConditionSet>,
    get: fn(&SavedConditionSet) -> T,
    put: fn(&mut SavedConditionSet, T),
) -> Bind<T> {
    Bind::new(move || set.with(get), move |v| set.update(|s| put(s, v)))
}

/// A number box that shows what the officer typed. Before, the box showed the number
/// read back from the set, so any other key ("3 years", a leading 0) vanished as it was
/// typed and the box was not bound to what was in it. The set still gets the digits
/// only; opening a saved set, which changes the number, replaces the text.
fn number_text(
    set: RwSignal<SavedConditionSet>,
    get: fn(&SavedConditionSet) -> Option<u32>,
    put: fn(&mut SavedConditionSet, Option<u32>),
) -> Bind<String> {
    let shown = |n: Option<u32>| n.filter(|n| *n > 0).map(|n| n.to_string()).unwrap_or_default();
    let text = RwSignal::new(shown(set.with_untracked(get)));
    Effect::new(move |_| {
        let n = set.with(get).filter(|n| *n > 0);
        if whole_number(&text.get_untracked()).filter(|n| *n > 0) != n {
            text.set(shown(n));
        }
    });
    Bind::new(
        move || text.get(),
        move |v: String| {
            let n = whole_number(&v);
            text.set(v);
            set.update(|s| put(s, n));
        },
    )
}

/// The errors the checks found on these questions (shown after a blocked attempt).
fn error_for(errors: Signal<Vec<(String, String)>>, id: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || errors.with(|e| e.iter().find(|(f, _)| f == id).map(|(_, m)| m.clone())))
}

#[component]
pub fn AboutTheOrder(state: BuilderState, #[prop(into)] errors: Signal<Vec<(String, String)>>) -> impl IntoView {
    let set = state.set;
    let order_type = field(set, |s| Some(s.order_type), |s, v: Option<OrderType>| s.order_type = v.unwrap_or_default());
    let full = field(
        set,
        |s| match s.full_duration {
            Some(FullDuration::FixedMonths { .. }) => Some(FullChoice::Fixed),
            Some(FullDuration::UntilFurtherOrder) => Some(FullChoice::UntilFurtherOrder),
            None => None,
        },
        |s, v| {
            s.full_duration = match v {
                Some(FullChoice::Fixed) => match s.full_duration {
                    Some(FullDuration::FixedMonths { months }) => Some(FullDuration::FixedMonths { months }),
                    _ => Some(FullDuration::FixedMonths { months: 0 }),
                },
                Some(FullChoice::UntilFurtherOrder) => Some(FullDuration::UntilFurtherOrder),
                None => None,
            }
        },
    );
    let months = number_text(
        set,
        |s| match s.full_duration {
            Some(FullDuration::FixedMonths { months }) => Some(months),
            _ => None,
        },
        |s, n| s.full_duration = Some(FullDuration::FixedMonths { months: n.unwrap_or(0) }),
    );
    let weeks = number_text(set, |s| s.interim.map(|i| i.weeks), |s, n| s.interim = n.map(|weeks| InterimDuration { weeks }));
    let place = field(
        set,
        |s| Some(match s.locality {
            Locality::WholeUk => Place::WholeUk,
            Locality::Limited { .. } => Place::Limited,
        }),
        |s, v| {
            s.locality = match (v, &s.locality) {
                (Some(Place::Limited), Locality::Limited { description }) => Locality::Limited { description: description.clone() },
                (Some(Place::Limited), _) => Locality::Limited { description: String::new() },
                _ => Locality::WholeUk,
            }
        },
    );
    let locality_text = field(
        set,
        |s| match &s.locality {
            Locality::Limited { description } => description.clone(),
            Locality::WholeUk => String::new(),
        },
        |s, v| s.locality = Locality::Limited { description: v },
    );
    let children = field(
        set,
        |s| {
            let mut v = Vec::new();
            if s.respondent_is_child {
                v.push(Child::Respondent);
            }
            if s.protects_child {
                v.push(Child::Protected);
            }
            v
        },
        |s, v: Vec<Child>| {
            s.respondent_is_child = v.contains(&Child::Respondent);
            s.protects_child = v.contains(&Child::Protected);
        },
    );
    let avoid = crate::bind!(set, avoid_notes);
    let none = Signal::derive(|| None::<String>);
    // A memo: typing in the weeks box must not rebuild it on every key press.
    let interim_shown = Memo::new(move |_| set.with(|s| s.order_type.includes_interim()));
    view! {
        <section class="about-order no-print" aria-labelledby="about-order-title">
            <h2 class="heading-l" id="about-order-title">"About the order"</h2>
            <p class="hint">"These set the duration and place in the order text and some of the checks. In a triage they come from the “Order sought” section."</p>
            <Radios id="order-type" legend="Which orders are sought?" options=vec![
                (OrderType::InterimAndFull, OrderType::InterimAndFull.label().to_string()),
                (OrderType::FullOnly, OrderType::FullOnly.label().to_string()),
            ] value=order_type error=none/>
            <Radios id=FULL_DURATION_FIELD legend="How long should the full order last?"
                hint="A full order lasts for a fixed period of at least 2 years, or until a court orders otherwise."
                options=vec![
                    (FullChoice::Fixed, "A fixed period".to_string()),
                    (FullChoice::UntilFurtherOrder, "Until further order".to_string()),
                ]
                value=full error=error_for(errors, FULL_DURATION_FIELD)
                reveals=vec![Reveal::new(FullChoice::Fixed, move || view! {
                    <TextInput id="order-full-months" label="Number of months" hint="At least 24 (2 years)" value=months error=none width="input--w4" inputmode="numeric"/>
                }.into_any())]/>
            {move || interim_shown.get().then(|| view! {
                <TextInput id=INTERIM_WEEKS_FIELD label="How many weeks should the interim order last?"
                    hint="An interim order has a fixed period and ends sooner if the full application is decided first. For example, 8"
                    value=weeks error=error_for(errors, INTERIM_WEEKS_FIELD) width="input--w4" inputmode="numeric"/>
            })}
            <Radios id="order-locality" legend="Where should the conditions apply?"
                hint="Conditions apply throughout the United Kingdom unless the order limits them to a place."
                options=vec![
                    (Place::WholeUk, "Throughout the United Kingdom".to_string()),
                    (Place::Limited, "Only in a named place".to_string()),
                ]
                value=place error=none
                reveals=vec![Reveal::new(Place::Limited, move || view! {
                    <TextInput id="order-locality-place" label="Name the place" hint="For example, the county of Exampleshire" value=locality_text error=none/>
                }.into_any())]/>
            <Checkboxes id="order-children" legend="Children" hint="Select all that apply. Some checks depend on these."
                options=vec![
                    (Child::Respondent, "The respondent is under 18".to_string()),
                    (Child::Protected, "A child is to be protected".to_string()),
                ]
                value=children error=none/>
            <TextArea id="order-avoid" label="Religion, work or education times the conditions must avoid (optional)"
                hint="So far as practicable, conditions must not clash with these. For example: works Monday to Friday, 8am to 4pm"
                value=avoid error=none rows=3/>
        </section>
    }
}
