//! The order text as it updates: numbered, grouped under "The respondent must not:"
//! and "The respondent must:", with the duration and where it applies, between the
//! protective markings. Built from the domain's `order_lines`; shown as text only.
use crate::domain::conditions::checks::SetContext;
use crate::domain::conditions::chosen::ChosenCondition;
use crate::domain::conditions::order_text::{order_lines, order_text, OrderContext, OrderLine};
use crate::ui::config_state::use_config;
use leptos::prelude::*;

/// The protective marking from config (the default until it loads).
pub fn use_marking() -> Signal<String> {
    let config = use_config();
    Signal::derive(move || {
        config.with(|c| c.ready().map(|c| c.protective_marking.clone()).unwrap_or_else(|| "OFFICIAL-SENSITIVE".into()))
    })
}

/// The order text for copying, printing and downloading.
pub fn use_order_text(conditions: Signal<Vec<ChosenCondition>>, context: Signal<SetContext>) -> Signal<String> {
    let marking = use_marking();
    Signal::derive(move || {
        let ctx = context.with(|c| OrderContext::from_set(c, &marking.get()));
        conditions.with(|list| order_text(list, &ctx))
    })
}

/// Turn order lines into elements: consecutive numbered items share one list.
pub fn order_view(lines: Vec<OrderLine>) -> impl IntoView {
    let mut out: Vec<AnyView> = Vec::new();
    let mut items: Vec<(usize, String)> = Vec::new();
    let flush = |items: &mut Vec<(usize, String)>, out: &mut Vec<AnyView>| {
        if items.is_empty() {
            return;
        }
        let start = items[0].0;
        let list = std::mem::take(items)
            .into_iter()
            .map(|(n, text)| view! { <li value=n>{text}</li> })
            .collect_view();
        out.push(view! { <ol class="order-text__items" start=start>{list}</ol> }.into_any());
    };
    for line in lines {
        if let OrderLine::Item { number, text, .. } = line {
            items.push((number, text));
            continue;
        }
        flush(&mut items, &mut out);
        out.push(match line {
            OrderLine::Marking { text } => view! { <p class="order-text__marking">{text}</p> }.into_any(),
            OrderLine::Title { text } => view! { <p class="order-text__title">{text}</p> }.into_any(),
            OrderLine::Heading { text } => view! { <p class="order-text__heading">{text}</p> }.into_any(),
            OrderLine::Lead { text } => view! { <p class="order-text__lead">{text}</p> }.into_any(),
            OrderLine::Text { text } => view! { <p>{text}</p> }.into_any(),
            OrderLine::Item { .. } => ().into_any(),
        });
    }
    flush(&mut items, &mut out);
    out
}

/// "Order text": the live draft of the order.
#[component]
pub fn OrderPreview(#[prop(into)] conditions: Signal<Vec<ChosenCondition>>, #[prop(into)] context: Signal<SetContext>) -> impl IntoView {
    let marking = use_marking();
    let lines = Memo::new(move |_| {
        let ctx = context.with(|c| OrderContext::from_set(c, &marking.get()));
        conditions.with(|list| order_lines(list, &ctx))
    });
    view! {
        <section class="order-preview" aria-labelledby="order-text-title">
            <h2 class="heading-l" id="order-text-title">"Order text"</h2>
            <p class="hint no-print">"This updates as you work. Words in square brackets are still to be filled in."</p>
            <div class="order-text" id="order-text">
                {move || order_view(lines.get())}
            </div>
        </section>
    }
}
