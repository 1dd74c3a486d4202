use crate::bind;
use crate::domain::triage::field_ids as id;
use crate::domain::triage::YesNo;
use crate::pages::triage::{options, use_triage};
use crate::ui::fields::{DateField, Radios, Reveal, TextArea, TextInput};
use crate::ui::why_we_ask::WhyWeAsk;
use leptos::prelude::*;

#[component]
pub fn YouthJusticeFields() -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let contacted = move || {
        let (date_error, date_field) = s.error_for_date(id::YOUTH_CONTACT_DATE);
        view! {
            <DateField id=id::YOUTH_CONTACT_DATE legend="Date of contact" hint="For example, 3 11 2026"
                value=bind!(t, youth_justice.contact_date) error=date_error error_field=date_field/>
            <TextInput id=id::YOUTH_CONTACT_NAME label="Name of the person you spoke to" value=bind!(t, youth_justice.contact_name) error=s.error_for(id::YOUTH_CONTACT_NAME) width="input--w20"/>
            <TextArea id=id::YOUTH_CONTACT_VIEW label="Their view (optional)" rows=3 value=bind!(t, youth_justice.contact_view) error=s.error_for(id::YOUTH_CONTACT_VIEW)/>
        }
        .into_any()
    };
    view! {
        <Radios id=id::YOUTH_CONTACTED legend="Have you contacted the Youth Justice Service about this respondent?" inline=true
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="respondents-under-18" anchor="youth-justice-service"/> })
            options=options(YesNo::ALL, YesNo::label) value=bind!(t, youth_justice.contacted) error=s.error_for(id::YOUTH_CONTACTED)
            reveals=vec![
                Reveal::new(YesNo::Yes, contacted),
                Reveal::new(YesNo::No, move || view! {
                    <TextArea id=id::YOUTH_REASON_NOT_CONTACTED label="Why not yet?" rows=3
                        value=bind!(t, youth_justice.reason_not_contacted) error=s.error_for(id::YOUTH_REASON_NOT_CONTACTED)/>
                }.into_any()),
            ]/>
    }
}
