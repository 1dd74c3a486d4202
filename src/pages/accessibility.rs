//! The accessibility statement, in the usual public-sector shape: how accessible the
//! service is, what to do when it is not, how to report a problem (to the force's
//! service support contact from config.json), enforcement, compliance, known issues and
//! how the service was tested.
use crate::domain::config::Contact;
use crate::ui::base::href;
use crate::ui::config_state::use_config;
use crate::ui::page::{use_title, PageHeading, SERVICE_NAME};
use leptos::prelude::*;

/// When this statement was prepared, and last reviewed.
const PREPARED: &str = "23 November 2026";
const REVIEWED: &str = "1 December 2026";

// The figures the tests counted (tests/e2e/figures.ts writes this file; a full test run
// fails when they are out of date). The README's "Accessibility tests" says how.
#[path = "accessibility_figures.rs"]
mod figures;
use figures::{ADDRESSES, AXE_STATES, FOCUS_STOPS};

/// Sections, for the contents list: (id, heading).
const SECTIONS: [(&str, &str); 8] = [
    ("using-this-service", "Using this service"),
    ("how-accessible", "How accessible this service is"),
    ("feedback", "Feedback and contact information"),
    ("reporting", "Reporting accessibility problems"),
    ("enforcement", "Enforcement procedure"),
    ("technical", "Technical information about this service's accessibility"),
    ("testing", "How we tested this service"),
    ("preparation", "Preparation of this statement"),
];

#[component]
pub fn Accessibility() -> impl IntoView {
    use_title(|| "Accessibility statement".to_string());
    let config = use_config();
    let force = move || {
        config.with(|c| c.ready().map(|c| c.force.name.clone())).unwrap_or_else(|| "The police force that runs this copy".to_string())
    };
    let support = move || config.with(|c| c.ready().map(|c| c.contacts.service_support.clone()));
    let contact = move || match support() {
        Some(c) => view! { <ContactDetails contact=c/> }.into_any(),
        None => view! { <p>"Contact your force's IT service desk."</p> }.into_any(),
    };
    view! {
        <PageHeading>"Accessibility statement"</PageHeading>
        <p class="lead">"This statement covers " {SERVICE_NAME} ": the SPO triage form, the conditions builder, the example conditions and the guidance."</p>
        <nav class="contents-list" aria-labelledby="statement-contents-title">
            <h2 class="contents-list__title" id="statement-contents-title">"Contents"</h2>
            <ol class="contents-list__list">
                {SECTIONS.iter().map(|(id, text)| view! {
                    <li><a href=href(&format!("accessibility#{id}")) on:click=move |ev| jump_to(ev, id)>{*text}</a></li>
                }).collect_view()}
            </ol>
        </nav>

        <h2 class="heading-l" id="using-this-service">"Using this service"</h2>
        <p>{force} " runs this service. We want as many people as possible to be able to use it. For example, you should be able to:"</p>
        <ul class="list">
            <li>"set your own colours, contrast and text size in the browser or in the operating system"</li>
            <li>"zoom to 400% and still read every line without it running off the side"</li>
            <li>"use each page on a screen only 320 pixels wide, with no scrolling sideways"</li>
            <li>"reach every link, field and button with a keyboard alone, and always see where you are"</li>
            <li>"fill in and move around the service by voice, with speech recognition software"</li>
            <li>"have it read aloud by a screen reader such as NVDA, JAWS or VoiceOver"</li>
        </ul>
        <p>"The wording is kept plain. The service also works in high contrast mode, and colour is never the only way it shows meaning."</p>

        <h2 class="heading-l" id="how-accessible">"How accessible this service is"</h2>
        <p>"We think people with a wide range of access needs can use this service. It has not been fully tested yet, so some parts may still cause problems: see "
            <a href=href("accessibility#known-issues") on:click=move |ev| jump_to(ev, "known-issues")>"known issues"</a> "."</p>

        <h2 class="heading-l" id="feedback">"Feedback and contact information"</h2>
        <p>"Ask for help if you need something from this service in another form (large print, easy read or audio, say), or if you cannot fill in the triage form online. Contact:"</p>
        <div class="contact-panel" id="support-contact">{contact}</div>
        <p>"We aim to answer within 5 working days. If the triage cannot wait, speak to your supervisor or the stalking unit, who can take the details another way."</p>

        <h2 class="heading-l" id="reporting">"Reporting accessibility problems"</h2>
        <p>"Tell us about anything that makes this service hard to use, particularly if it is not in the known issues below or you think we are falling short of the accessibility rules. Say which page you were on and what happened."</p>
        <div class="contact-panel">{contact}</div>

        <h2 class="heading-l" id="enforcement">"Enforcement procedure"</h2>
        <p>"The accessibility rules for public bodies, the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, are enforced by the Equality and Human Rights Commission (EHRC)."</p>
        <p>"If you have told us about a problem and are unhappy with our reply, you can contact the "
            <a href="https://www.equalityadvisoryservice.com/" rel="noreferrer">"Equality Advisory and Support Service (EASS)"</a> "."</p>

        <h2 class="heading-l" id="technical">"Technical information about this service's accessibility"</h2>
        <p>{force} " aims to make this service accessible, as those regulations require."</p>
        <h3 class="heading-m" id="compliance">"Compliance status"</h3>
        <p>"Status: partially compliant with the "
            <a href="https://www.w3.org/TR/WCAG22/" rel="noreferrer">"Web Content Accessibility Guidelines version 2.2"</a>
            " AA standard. The service was designed and built to meet that standard and passes the tests described below, but until it has been audited with people who use assistive technology, we do not claim it meets it in full."</p>
        <h3 class="heading-m" id="known-issues">"Known issues"</h3>
        <p>"The automated, keyboard, zoom and display-mode tests described below find no failures at the moment. They found four problems, which have been fixed: text typed quickly into a question revealed by an answer could lose characters; the number boxes in the conditions builder dropped anything that was not a digit as it was typed; wide guidance tables pushed the page sideways at 320 pixels and could not be scrolled with a keyboard; and long addresses on the diagnostics page did not wrap."</p>
        <p>"The service has not yet been tried by people who use assistive technology (see "
            <a href=href("accessibility#not-tested") on:click=move |ev| jump_to(ev, "not-tested")>"what we have not tested yet"</a>
            "). This statement will be updated after that, and any problem found will be listed here with the date we expect to fix it."</p>
        <p>"Two things work differently from an ordinary website, by design:"</p>
        <ul class="list">
            <li>"The pathway diagram in the guidance is a picture. Its steps are also given as a numbered list beside it, which includes details the picture leaves out."</li>
            <li>"Guidance progress and triage drafts are kept in the browser on the computer you use, so they do not follow you to another computer."</li>
        </ul>

        <h2 class="heading-l" id="testing">"How we tested this service"</h2>
        <p>"Every change to the service runs these tests before it is released. They run in the Chromium browser, driven by Playwright, on the built site as it would be deployed:"</p>
        <ul class="list" id="tests-run">
            <li>"Automated checks with axe-core against the WCAG 2.0, 2.1 and 2.2 A and AA rules (and its best-practice rules) in " {AXE_STATES} " page states: every page, and each state a page can be in, such as errors shown, a question revealed, three people added, a condition set built, search results listed, a submission failed, and pages at 320 pixels wide and at 400% zoom. (The tests count each state as they check it.)"</li>
            <li>"Keyboard-only journeys, using only Tab, Shift+Tab, Enter, Space, the arrow keys and typing: completing and sending a whole triage, building a set of conditions up to its order text, and reading a guidance module and answering its question. At each of the " {FOCUS_STOPS} " places focus stops on the way, the tests check the focus indicator can be seen and that nothing covers the focused item. The skip link is tested too."</li>
            <li>"Reflow: all " {ADDRESSES} " addresses of the service, and the states that add content, at 320 pixels wide and at 400% zoom of a 1280 by 1024 screen, checking the page never scrolls sideways and nothing is wider than the screen, except a wide table, which scrolls inside its own box."</li>
            <li>"High contrast (forced colours): focus, buttons, radios, checkboxes, error borders and the task list's status labels must all still show, using the system's own colours."</li>
            <li>"Reduced motion: with that setting on, nothing moves, fades or scrolls smoothly."</li>
            <li>"Snapshots of what a screen reader is given (the accessibility tree) for the error summary, a date, a question revealed under an answer, adding another person, the task list and the list of conditions, so any change to them is noticed."</li>
            <li>"Page titles, a single main heading on each page, and that printing keeps the content and drops the controls."</li>
        </ul>
        <p>"The tests are run by the team that builds the service. They are not an independent audit."</p>
        <h3 class="heading-m" id="not-tested">"What we have not tested yet"</h3>
        <ul class="list">
            <li>"Screen readers (NVDA, JAWS, Narrator, VoiceOver) used by people who rely on them. The snapshots above check what the browser gives a screen reader, not what a person hears or can do."</li>
            <li>"Speech recognition, such as Dragon or Windows Voice Access."</li>
            <li>"Screen magnifiers such as ZoomText, and real high contrast themes on Windows: high contrast was checked by emulating it in the browser."</li>
            <li>"Browsers other than Chromium (Microsoft Edge is built on Chromium; Firefox and Safari have not been tested), and phones and tablets."</li>
            <li>"Research with officers who have cognitive, learning or memory impairments, or who are new to the triage."</li>
        </ul>

        <h2 class="heading-l" id="preparation">"Preparation of this statement"</h2>
        <p>"This statement was prepared on " {PREPARED} ". It was last reviewed on " {REVIEWED} ", after the accessibility tests described above were added."</p>
    }
}

/// A contact's name, email (as a mailto link) and phone.
#[component]
fn ContactDetails(contact: Contact) -> impl IntoView {
    let email = contact.email.trim().to_string();
    let phone = contact.phone.trim().to_string();
    view! {
        <ul class="list list--plain">
            <li>{contact.name.clone()}</li>
            {(!email.is_empty()).then(|| view! { <li>"Email: " <a href=format!("mailto:{email}")>{email.clone()}</a></li> })}
            {(!phone.is_empty()).then(|| view! { <li>"Phone: " {phone.clone()}</li> })}
        </ul>
    }
}

/// In-page links: the address carries the page's path (never a bare `#id`, which would
/// resolve against `<base href>`); here move to the section and focus its heading.
fn jump_to(ev: leptos::ev::MouseEvent, id: &'static str) {
    use wasm_bindgen::JsCast;
    if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
        return;
    }
    let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    ev.prevent_default();
    let _ = el.set_attribute("tabindex", "-1");
    el.scroll_into_view();
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}
