use super::{force_area, SingleCheckbox};
use crate::bind;
use crate::domain::triage::field_ids as id;
use crate::domain::triage::{youth_route, AreaConnection, YesNoNotKnown, YouthRouteKind};
use crate::pages::triage::{options, use_triage};
use crate::ui::base::href;
use crate::ui::config_state::use_config;
use crate::ui::fields::{DateField, Radios, Reveal, TextArea, TextInput};
use crate::ui::why_we_ask::WhyWeAsk;
use leptos::prelude::*;

#[component]
pub fn RespondentFields() -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let config = use_config();
    let (dob_error, dob_field) = s.error_for_date(id::RESPONDENT_DOB);
    let not_known = bind!(t, respondent.date_of_birth_not_known);
    let area = force_area();
    let area_options: Vec<(AreaConnection, String)> = AreaConnection::ALL.iter().map(|a| (*a, a.label_for(&area))).collect();
    // Shown as soon as the date says 10 to 17: the officer should contact the YJS early.
    let rules = s.rules;
    // A memo: typing a name must not rebuild the notice on every key press.
    let route = Memo::new(move |_| rules.with(|r| r.as_ref().map(|r| t.with(|t| youth_route(t, r.today)))));
    let youth = move || {
        let c = config.with(|c| c.ready().cloned())?;
        let route = route.get()?;
        match route.kind() {
            YouthRouteKind::Youth => Some(view! {
                <div class="notice notice--warning" id="youth-route">
                    <h2 class="heading-s">"The respondent is under 18"</h2>
                    <p>"Contact the Youth Justice Service early and record that contact in the "
                        <a href=href("triage/youth-justice")>"Youth Justice Service section"</a>
                        ". The application is likely to be heard in a youth court (to be confirmed with legal services)."</p>
                    <p>{format!("{}: {}", c.contacts.youth_justice_service.name, [c.contacts.youth_justice_service.email.as_str(), c.contacts.youth_justice_service.phone.as_str()].into_iter().filter(|x| !x.is_empty()).collect::<Vec<_>>().join(", "))}</p>
                </div>
            }.into_any()),
            YouthRouteKind::UnderTen => Some(view! {
                <div class="notice notice--error" id="under-ten">
                    <h2 class="heading-s">"An SPO cannot be sought for a child under 10"</h2>
                    <p>"A child under 10 cannot be held criminally responsible, and breaching an SPO is a criminal offence. Talk to your supervisor and children's social care about safeguarding instead."</p>
                </div>
            }.into_any()),
            _ => None,
        }
    };
    view! {
        <TextInput id=id::RESPONDENT_NAME label="Respondent's full name" value=bind!(t, respondent.name) error=s.error_for(id::RESPONDENT_NAME) width="input--w20"/>
        <TextArea id=id::RESPONDENT_OTHER_NAMES label="Other names they use (optional)" rows=2 hint="Nicknames, previous names and online usernames"
            value=bind!(t, respondent.other_names) error=s.error_for(id::RESPONDENT_OTHER_NAMES)/>
        {move || (!not_known.get()).then(|| view! {
            <DateField id=id::RESPONDENT_DOB legend="Respondent's date of birth" hint="For example, 27 3 1990. Their age decides the route the application takes."
                after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="respondents-under-18" anchor="age-limits"/> })
                value=bind!(t, respondent.date_of_birth) error=dob_error error_field=dob_field/>
        })}
        <SingleCheckbox id=id::RESPONDENT_DOB_NOT_KNOWN label="I do not know their date of birth" value=not_known/>
        {youth}
        <TextArea id=id::RESPONDENT_ADDRESS label="Respondent's address" hint="If you do not know it, give their last known address" rows=3
            value=bind!(t, respondent.address) error=s.error_for(id::RESPONDENT_ADDRESS)/>
        <Radios id=id::RESPONDENT_AREA legend=format!("What is the respondent's connection to {area}?")
            hint="Your force can apply only if the respondent lives in its area, is believed to be in it, or intends to come to it."
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="what-is-an-spo" anchor="which-force"/> })
            options=area_options value=bind!(t, respondent.area_connection) error=s.error_for(id::RESPONDENT_AREA)/>
        <Radios id=id::RESPONDENT_EXISTING_SPO legend="Is the respondent already subject to an SPO?"
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="breach-variation-renewal" anchor="existing-order"/> })
            options=options(YesNoNotKnown::ALL, YesNoNotKnown::label) value=bind!(t, respondent.existing_spo) error=s.error_for(id::RESPONDENT_EXISTING_SPO)
            reveals=vec![Reveal::new(YesNoNotKnown::Yes, move || view! {
                <TextArea id=id::RESPONDENT_EXISTING_SPO_DETAILS label="Details of the existing SPO" rows=3
                    hint="Court, date and conditions. New conditions must not conflict with it; a variation may be the better route."
                    value=bind!(t, respondent.existing_spo_details) error=s.error_for(id::RESPONDENT_EXISTING_SPO_DETAILS)/>
            }.into_any())]/>
    }
}
