use crate::bind;
use crate::domain::triage::field_ids as id;
use crate::pages::triage::use_triage;
use crate::ui::fields::TextInput;
use leptos::prelude::*;

#[component]
pub fn AboutYouFields() -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    view! {
        <p>"Legal services and the stalking unit will contact you about this application."</p>
        <TextInput id=id::ABOUT_NAME label="Your full name" value=bind!(t, about_you.name) error=s.error_for(id::ABOUT_NAME) autocomplete="name" width="input--w20"/>
        <TextInput id=id::ABOUT_RANK label="Rank" value=bind!(t, about_you.rank) error=s.error_for(id::ABOUT_RANK) width="input--w10" hint="For example, PC or DS"/>
        <TextInput id=id::ABOUT_COLLAR_NUMBER label="Collar or warrant number" value=bind!(t, about_you.collar_number) error=s.error_for(id::ABOUT_COLLAR_NUMBER) width="input--w10"/>
        <TextInput id=id::ABOUT_EMAIL label="Work email address" value=bind!(t, about_you.email) error=s.error_for(id::ABOUT_EMAIL) input_type="email" autocomplete="email" width="input--w20"/>
        <TextInput id=id::ABOUT_PHONE label="Work phone number" value=bind!(t, about_you.phone) error=s.error_for(id::ABOUT_PHONE) input_type="tel" autocomplete="tel" width="input--w10"/>
        <TextInput id=id::ABOUT_TEAM label="Team or station" value=bind!(t, about_you.team) error=s.error_for(id::ABOUT_TEAM) width="input--w20"/>
    }
}
