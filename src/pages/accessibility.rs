//! Accessibility statement. The full statement (what was tested and how) comes with
//! the guidance; this page already gives the contact from config.
use crate::ui::config_state::use_config;
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;

#[component]
pub fn Accessibility() -> impl IntoView {
    use_title(|| "Accessibility statement".to_string());
    let config = use_config();
    let contact = move || {
        config.with(|c| {
            c.ready()
                .map(|c| {
                    let s = &c.contacts.service_support;
                    [s.name.as_str(), s.email.as_str(), s.phone.as_str()].into_iter().filter(|x| !x.is_empty()).collect::<Vec<_>>().join(", ")
                })
                .unwrap_or_else(|| "your force's IT service desk".into())
        })
    };
    view! {
        <PageHeading>"Accessibility statement"</PageHeading>
        <p>"This service is meant to be usable by as many people as possible: with a keyboard alone, with a screen reader or speech recognition, zoomed to 400%, on a screen 320 pixels wide, and in high contrast mode."</p>
        <div class="notice"><p><strong>"This statement is a first version."</strong> " The full statement, with what was tested and how, comes with the guidance."</p></div>
        <h2 class="heading-l">"Reporting a problem"</h2>
        <p>"If you find a problem using this service, or need the information in another format, contact: " <span id="support-contact">{contact}</span> "."</p>
    }
}
