//! Existing orders and measures, each with why it is not enough ("add another").
use super::focus_soon;
use crate::domain::triage::field_ids as id;
use crate::domain::triage::{ExistingOrder, ExistingOrderKind, YesNo};
use crate::pages::triage::{options, use_triage};
use crate::ui::fields::{Radios, Reveal, TextArea};
use crate::ui::why_we_ask::WhyWeAsk;
use crate::{bind, bind_item};
use leptos::prelude::*;

#[component]
pub fn ExistingOrdersFields() -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let list = move || {
        if t.with_untracked(|t| t.existing_orders.orders.is_empty()) {
            t.update(|t| t.existing_orders.orders.push(ExistingOrder::default()));
        }
        view! { <OrderList/> }.into_any()
    };
    view! {
        <Radios id=id::EXISTING_ORDERS_ANY legend="Are any orders or measures already in place to manage the risk?" inline=true
            hint="For example bail conditions, a restraining order, a non-molestation order, a DVPO or licence conditions. An SPO can still be sought when they are."
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="using-the-triage-form" anchor="existing-orders"/> })
            options=options(YesNo::ALL, YesNo::label) value=bind!(t, existing_orders.any) error=s.error_for(id::EXISTING_ORDERS_ANY)
            reveals=vec![Reveal::new(YesNo::Yes, list)]/>
    }
}

#[component]
fn OrderList() -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let count = Memo::new(move |_| t.with(|t| t.existing_orders.orders.len()));
    let add = move |_| {
        let next = count.get_untracked();
        t.update(|t| t.existing_orders.orders.push(ExistingOrder::default()));
        focus_soon(id::existing_order(next, id::EXISTING_ORDER_KIND));
    };
    view! {
        {move || (0..count.get()).map(|i| {
            let n = i + 1;
            let f = move |x: &str| id::existing_order(i, x);
            let remove = move |_| {
                t.update(|t| {
                    if i < t.existing_orders.orders.len() {
                        t.existing_orders.orders.remove(i);
                    }
                });
                focus_soon("add-existing-order".into());
            };
            view! {
                <fieldset class="fieldset add-another__item">
                    <legend class="fieldset__legend fieldset__legend--m">{format!("Order or measure {n}")}</legend>
                    <Radios id=f(id::EXISTING_ORDER_KIND) legend="What is it?"
                        options=options(ExistingOrderKind::ALL, ExistingOrderKind::label)
                        value=bind_item!(t, [existing_orders.orders], i, kind) error=s.error_for(f(id::EXISTING_ORDER_KIND))/>
                    <TextArea id=f(id::EXISTING_ORDER_DETAILS) label="Details" hint="Court or issuing officer, dates and conditions" rows=3
                        value=bind_item!(t, [existing_orders.orders], i, details) error=s.error_for(f(id::EXISTING_ORDER_DETAILS))/>
                    <TextArea id=f(id::EXISTING_ORDER_WHY_NOT_ENOUGH) label="Why is it not enough to manage the risk?" rows=3
                        hint="For example, it ends soon, it cannot include positive requirements, or breaching it carries no penalty of its own"
                        value=bind_item!(t, [existing_orders.orders], i, why_not_enough) error=s.error_for(f(id::EXISTING_ORDER_WHY_NOT_ENOUGH))/>
                    {(count.get_untracked() > 1).then(|| view! {
                        <button type="button" class="button button--secondary" on:click=remove>
                            "Remove" <span class="visually-hidden">{format!(" order or measure {n}")}</span>
                        </button>
                    })}
                </fieldset>
            }
        }).collect_view()}
        <button type="button" class="button button--secondary" id="add-existing-order" on:click=add>"Add another order or measure"</button>
    }
}
