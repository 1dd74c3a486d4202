//! Triage sent: the reference, what happens next, contacts, and a printable copy.
use super::state::{use_triage, EmailToSend, Sent};
use super::submit::download_email;
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
        (Some(Sent { email: Some(email), .. }), Some(c)) => view! { <EmailNotYetSent email=email drafts=c.drafts.storage/> }.into_any(),
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

/// Email delivery: the email is made, but nothing has reached anyone until the
/// officer sends it. Their answers stay saved until they say they have.
#[component]
fn EmailNotYetSent(email: EmailToSend, drafts: crate::domain::config::DraftStorage) -> impl IntoView {
    let state = use_triage();
    use_title(|| "Send the email to finish – SPO triage".to_string());
    let problem = RwSignal::new(None::<String>);
    let removed = RwSignal::new(false);
    let again = email.clone();
    let download = move |_| problem.set(download_email(&again).err());
    let remove = move |_| match state.delete_draft(drafts) {
        Ok(()) => removed.set(true),
        Err(e) => problem.set(Some(e)),
    };
    let to = if email.to.is_empty() { "legal services and the stalking unit".to_string() } else { email.to.join(" and ") };
    let reference = state.sent.with_untracked(|s| s.as_ref().map(|s| s.reference.clone())).unwrap_or_default();
    view! {
        <PageHeading caption="SPO triage">"Send the email to finish"</PageHeading>
        <div class="notice notice--warning" id="not-yet-sent">
            <p><strong>"Your triage has not been sent yet."</strong>" Legal services and the stalking unit receive it only when you send the email."</p>
        </div>
        <p>"Your reference number is " <strong id="reference">{reference}</strong> "."</p>
        <h2 class="heading-m">"What to do now"</h2>
        <ol class="list">
            <li>"Open the file " <strong id="eml-name">{email.file_name.clone()}</strong> " in your downloads. It opens in Outlook as a new email, with your answers and a copy of them attached."</li>
            <li>"Check it is addressed to " <span id="eml-to">{to}</span> "."</li>
            <li>"Press Send."</li>
        </ol>
        <p class="no-print"><button type="button" class="button button--secondary" id="download-eml-again" on:click=download>"Download the email again"</button></p>
        {move || problem.get().map(|p| view! { <p class="notice notice--error" role="alert">{p}</p> })}
        <h2 class="heading-m">"After you have sent it"</h2>
        <p>"Your answers are still saved in this browser, so nothing is lost if the email does not go. Once it has gone, remove them."</p>
        <p class="no-print"><button type="button" class="button" id="email-sent" on:click=remove disabled=move || removed.get()>"I have sent the email: remove my answers"</button></p>
        <div role="status" aria-live="polite">{move || removed.get().then(|| view! { <p id="answers-removed"><strong>"Your answers have been removed from this browser."</strong></p> })}</div>
        <p class="no-print"><a href=href("triage")>"Back to the triage form"</a></p>
    }
}
