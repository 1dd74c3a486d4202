use crate::bind;
use crate::domain::order::OrderType;
use crate::domain::triage::field_ids as id;
use crate::domain::triage::{FullDurationChoice, LocalityChoice, YesNoNotKnown};
use crate::pages::triage::{options, use_triage};
use crate::ui::fields::{Radios, Reveal, TextArea, TextInput};
use crate::ui::why_we_ask::WhyWeAsk;
use leptos::prelude::*;

#[component]
pub fn OrderSoughtFields() -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let interim = move || {
        view! {
            <TextInput id=id::ORDER_INTERIM_WEEKS label="How many weeks should the interim order last?" width="input--w4" inputmode="numeric"
                hint="An interim order lasts for a fixed period and ends when the full application is decided, if that comes first."
                value=bind!(t, order_sought.interim_weeks) error=s.error_for(id::ORDER_INTERIM_WEEKS)/>
        }
        .into_any()
    };
    let order_types = vec![
        (OrderType::InterimAndFull, OrderType::InterimAndFull.label().to_string()),
        (OrderType::FullOnly, OrderType::FullOnly.label().to_string()),
    ];
    view! {
        <Radios id=id::ORDER_TYPE legend="Which orders are you asking for?"
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="interim-and-full-orders" anchor="when-interim"/> })
            options=order_types value=bind!(t, order_sought.order_type) error=s.error_for(id::ORDER_TYPE)
            reveals=vec![Reveal::new(OrderType::InterimAndFull, interim)]/>
        <Radios id=id::ORDER_FULL_DURATION legend="How long should the full order last?"
            hint="A fixed period must be at least 2 years. An order can also last until further order."
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="interim-and-full-orders" anchor="duration"/> })
            options=options(FullDurationChoice::ALL, FullDurationChoice::label) value=bind!(t, order_sought.full_duration) error=s.error_for(id::ORDER_FULL_DURATION)
            reveals=vec![Reveal::new(FullDurationChoice::FixedPeriod, move || view! {
                <TextInput id=id::ORDER_FULL_MONTHS label="Number of months" hint="At least 24. For example, 36 for three years" width="input--w4" inputmode="numeric"
                    value=bind!(t, order_sought.full_months) error=s.error_for(id::ORDER_FULL_MONTHS)/>
            }.into_any())]/>
        <Radios id=id::ORDER_LOCALITY legend="Where should the conditions apply?"
            hint="Conditions apply throughout the United Kingdom unless the order limits them to a particular area."
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="interim-and-full-orders" anchor="locality"/> })
            options=options(LocalityChoice::ALL, LocalityChoice::label) value=bind!(t, order_sought.locality) error=s.error_for(id::ORDER_LOCALITY)
            reveals=vec![Reveal::new(LocalityChoice::Limited, move || view! {
                <TextInput id=id::ORDER_LOCALITY_DESCRIPTION label="Describe the area" value=bind!(t, order_sought.locality_description) error=s.error_for(id::ORDER_LOCALITY_DESCRIPTION) width="input--w20"/>
            }.into_any())]/>
        <Radios id=id::ORDER_AVOID_TIMES legend="Is there anything about the respondent's religion, work or education times that the conditions must avoid?"
            hint="Conditions must avoid conflicting with religious beliefs and with times the respondent normally works or attends education, as far as practicable."
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="drafting-conditions" anchor="avoiding-clashes"/> })
            options=options(YesNoNotKnown::ALL, YesNoNotKnown::label) value=bind!(t, order_sought.avoid_times) error=s.error_for(id::ORDER_AVOID_TIMES)
            reveals=vec![Reveal::new(YesNoNotKnown::Yes, move || view! {
                <TextArea id=id::ORDER_AVOID_DETAILS label="What must the conditions avoid?" rows=3
                    hint="For example, attends a place of worship on Friday afternoons; works shifts at a named site"
                    value=bind!(t, order_sought.avoid_details) error=s.error_for(id::ORDER_AVOID_DETAILS)/>
            }.into_any())]/>
    }
}
