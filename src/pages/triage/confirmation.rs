//! Triage sent: the reference, what happens next, contacts, and a printable copy.
use super::state::use_triage;
use crate::ui::base::href;
use crate::ui::config_state::use_config;
use crate::ui::download::{download_text, today_stamp};
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;

#[component]
pub fn Confirmation() -> impl IntoView {
    let state = use_triage();
    let config = use_config();
    use_title(|| "Triage sent – SPO triage".to_string());
    move || match (state.sent.get(), config.with(|c| c.ready().cloned())) {
        (Some(sent), Some(c)) => {
            let marking = c.protective_marking.clone();
            let copy = sent.text_copy.clone();
            let m2 = marking.clone();
            let download = move |_| {
                let _ = download_text(&format!("spo-triage-{}.txt", today_stamp()), "text/plain", &format!("{m2}\n{copy}\n{m2}"));
            };
            let contact = |x: &crate::domain::config::Contact| {
                [x.name.as_str(), x.email.as_str(), x.phone.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ")
            };
            view! {
                <div class="panel-confirmation no-print-break">
                    <PageHeading>"Triage sent"</PageHeading>
                    <p class="panel-confirmation__body">"Your reference number"<br/><strong id="reference">{sent.reference.clone()}</strong></p>
                </div>
                {sent.urgent.then(|| view! { <p class="notice notice--error" id="sent-urgent"><strong>"Sent as urgent."</strong>" Phone the stalking unit now as well."</p> })}
                <p>"We have sent your triage to legal services and the stalking unit. Quote the reference in any email or call about it."</p>
                <h2 class="heading-m">"What happens next"</h2>
                <ol class="list">
                    <li>"Legal services and the stalking unit review the triage and contact you if they need more."</li>
                    <li>"If an application is made, an officer of superintendent rank or above is expected to authorise it (draft national guidance)."</li>
                    <li>"The application goes to a magistrates' court. An interim order can be considered while the full application is decided."</li>
                </ol>
                <p>"Read more in " <a href=href("guidance/authorisation-court-and-after")>"authorisation, court and after the order"</a> "."</p>
                <h2 class="heading-m">"Contacts"</h2>
                <ul class="list" id="contacts">
                    <li>{contact(&c.contacts.stalking_unit)}</li>
                    <li>{contact(&c.contacts.legal_services)}</li>
                </ul>
                <h2 class="heading-m no-print">"Keep a copy"</h2>
                <p class="no-print">
                    <button type="button" class="button button--secondary" id="print-copy" on:click=|_| { let _ = window().print(); }>"Print a copy of your answers"</button>
                    <button type="button" class="button button--secondary" id="download-copy" on:click=download>"Download a copy (text)"</button>
                </p>
                <section class="print-copy" aria-labelledby="copy-title">
                    <h2 class="heading-m" id="copy-title">"Copy of your answers"</h2>
                    <p class="marking-inline">{marking.clone()}</p>
                    <pre class="answers-copy" id="answers-copy">{sent.text_copy.clone()}</pre>
                    <p class="marking-inline">{marking}</p>
                </section>
                <p class="no-print"><a href=href("triage")>"Start a new triage"</a></p>
            }
            .into_any()
        }
        _ => view! {
            <PageHeading>"No triage sent in this session"</PageHeading>
            <p>"There is no sent triage to show. If you sent one, check your email or ask the stalking unit, quoting its reference."</p>
            <p><a href=href("triage")>"Go to the triage form"</a></p>
        }
        .into_any(),
    }
}
