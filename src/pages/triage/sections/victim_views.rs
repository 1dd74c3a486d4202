use crate::bind;
use crate::domain::triage::field_ids as id;
use crate::domain::triage::{VictimStance, YesNo, YesNoNotKnown};
use crate::pages::triage::{options, use_triage};
use crate::ui::config_state::use_config;
use crate::ui::fields::{Radios, Reveal, TextArea, TextInput};
use crate::ui::why_we_ask::WhyWeAsk;
use leptos::prelude::*;

#[component]
pub fn VictimViewsFields() -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let config = use_config();
    let obtained = move || {
        view! {
            <Radios id=id::VICTIM_STANCE legend="What is the victim's view of the application?"
                hint="The victim's consent is not needed. Record their view either way."
                after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="victim-views-and-advocates" anchor="consent"/> })
                options=options(VictimStance::ALL, VictimStance::label) value=bind!(t, victim_views.stance) error=s.error_for(id::VICTIM_STANCE)/>
            <TextArea id=id::VICTIM_VIEWS_ON_CONDITIONS label="Their views on the proposed conditions" rows=4
                value=bind!(t, victim_views.views_on_conditions) error=s.error_for(id::VICTIM_VIEWS_ON_CONDITIONS)/>
            <Radios id=id::VICTIM_ADVOCATE legend="Is an independent stalking advocate or caseworker (ISA/C) involved?" inline=true
                after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="victim-views-and-advocates" anchor="advocates"/> })
                options=options(YesNoNotKnown::ALL, YesNoNotKnown::label) value=bind!(t, victim_views.advocate) error=s.error_for(id::VICTIM_ADVOCATE)
                reveals=vec![Reveal::new(YesNoNotKnown::Yes, move || view! {
                    <TextInput id=id::VICTIM_ADVOCATE_NAME label="Advocate's name and organisation" value=bind!(t, victim_views.advocate_name) error=s.error_for(id::VICTIM_ADVOCATE_NAME) width="input--w20"/>
                }.into_any())]/>
        }
        .into_any()
    };
    let not_obtained = move || {
        let contacts = config.with_untracked(|c| c.ready().map(|c| (c.contacts.stalking_unit.clone(), c.contacts.legal_services.clone())));
        view! {
            <TextArea id=id::VICTIM_REASON_NOT_OBTAINED label="Why have you not been able to get their views?" rows=3
                value=bind!(t, victim_views.reason_not_obtained) error=s.error_for(id::VICTIM_REASON_NOT_OBTAINED)/>
            {contacts.map(|(unit, legal)| view! {
                <p class="hint">"You can still send the triage. For advice, contact "
                    {mail_link(&unit.name, &unit.email)} " or " {mail_link(&legal.name, &legal.email)} "."</p>
            })}
        }
        .into_any()
    };
    view! {
        <Radios id=id::VICTIM_OBTAINED legend="Have you got the victim's views on the application?" inline=true
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="victim-views-and-advocates" anchor="recording-views"/> })
            options=options(YesNo::ALL, YesNo::label) value=bind!(t, victim_views.obtained) error=s.error_for(id::VICTIM_OBTAINED)
            reveals=vec![Reveal::new(YesNo::Yes, obtained), Reveal::new(YesNo::No, not_obtained)]/>
    }
}

/// A mailto link with no case details in it: the address is from config, never answers.
fn mail_link(name: &str, email: &str) -> AnyView {
    if email.is_empty() {
        name.to_string().into_any()
    } else {
        view! { <a href=format!("mailto:{email}")>{format!("{name} ({email})")}</a> }.into_any()
    }
}
