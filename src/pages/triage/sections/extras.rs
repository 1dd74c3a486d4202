//! What a section page shows beyond its questions: an introduction, the notices tied
//! to one question (the youth route after the respondent's age, the urgent box inside
//! "immediate risk"), and the heading over the three tests. Keyed by section or by the
//! question's id in the catalogue; everything else on the page comes from the catalogue.
use super::chronology::{CiteActsForTest, EvidenceList};
use crate::domain::triage::chronology::Test;
use crate::domain::triage::field_ids as id;
use crate::domain::triage::{youth_route, SectionId, YouthRouteKind};
use crate::pages::triage::use_triage;
use crate::ui::base::href;
use crate::ui::config_state::use_config;
use crate::ui::why_we_ask::WhyWeAsk;
use leptos::prelude::*;

/// Words at the top of a section, before its first question.
pub fn intro(section: SectionId) -> Option<AnyView> {
    Some(match section {
        SectionId::AboutYou => view! { <p>"Legal services and the stalking unit will contact you about this application."</p> }.into_any(),
        SectionId::People => view! {
            <p>"Include the victim and anyone connected to them who needs protecting, such as family, friends or colleagues targeted to get at the victim."
                " " <WhyWeAsk slug="three-tests" anchor="who-can-be-protected"/></p>
        }
        .into_any(),
        SectionId::Chronology => view! {
            <p>"List what the respondent did, one act at a time: each time they followed, contacted or watched the victim, or a run of the same behaviour over a period. Acts from any date and any place count."</p>
            <p>"The tests and the conditions you propose will cite these acts, and the statement of grounds for court numbers them in date order."
                " " <WhyWeAsk slug="three-tests" anchor="acts"/></p>
        }
        .into_any(),
        SectionId::Conditions => return None,
        _ => return None,
    })
}

/// Shown just before question `question`.
pub fn before(question: &str) -> Option<AnyView> {
    Some(match question {
        id::BEHAVIOUR_ACTS_EVIDENCE => view! {
            <h2 class="heading-m">"The three tests"</h2>
            <p>"An application needs evidence for all three. Say what the evidence is and where it comes from."</p>
        }
        .into_any(),
        id::BEHAVIOUR_IMMEDIATE_RISK_DETAILS => view! {
            <div class="notice notice--error" id="urgent-next-steps">
                <h2 class="heading-s">"Urgent: act now"</h2>
                <ul class="list">
                    <li>"If anyone is in immediate danger, call 999 and follow your force's emergency procedures."</li>
                    <li>"Tell your supervisor and the stalking unit today, and put safeguarding in place for the victim."</li>
                    <li>"Consider applying for an interim SPO at the same time as the full order: an interim order can be made while the full application is decided. Choose \u{201c}Interim order and full order\u{201d} in "
                        <a href=href("triage/order-sought")>"Order sought"</a> "."</li>
                </ul>
                <p>"This triage will be marked urgent when you send it."</p>
            </div>
        }
        .into_any(),
        id::SUMMARY_TEXT => view! {
            <div class="notice">
                <p><strong>"Include:"</strong></p>
                <ul class="list">
                    <li>"how the respondent and the victim know each other, and how long the behaviour has gone on"</li>
                    <li>"the key incidents in date order, with crime references"</li>
                    <li>"what has been done so far (arrest, interview, bail, warnings)"</li>
                    <li>"how the behaviour is affecting the victim, in their words where you can"</li>
                </ul>
                <p><WhyWeAsk slug="using-the-triage-form" anchor="case-summary"/></p>
            </div>
        }
        .into_any(),
        _ => return None,
    })
}

/// Shown at the end of item `item` of the group `group`, inside its fieldset.
pub fn item_end(group: &str, item: usize) -> Option<AnyView> {
    (group == crate::domain::triage::questions::chronology::GROUP).then(|| view! { <EvidenceList act=item/> }.into_any())
}

/// Shown just after question `question`.
pub fn after(question: &str) -> Option<AnyView> {
    Some(match question {
        // Under each test's evidence: the acts it rests on.
        id::BEHAVIOUR_ACTS_EVIDENCE => view! { <CiteActsForTest test=Test::Acts/> }.into_any(),
        id::BEHAVIOUR_RISK_EVIDENCE => view! { <CiteActsForTest test=Test::Risk/> }.into_any(),
        id::BEHAVIOUR_NECESSITY_EVIDENCE => view! { <CiteActsForTest test=Test::Necessity/> }.into_any(),
        // After the age questions, whichever of them shows.
        id::RESPONDENT_UNDER_18 => view! { <YouthRouteNotice/> }.into_any(),
        id::VICTIM_REASON_NOT_OBTAINED => view! { <AdviceContacts/> }.into_any(),
        _ => return None,
    })
}

/// Shown as soon as the respondent's age says 10 to 17 (or the officer says under 18):
/// the officer should contact the Youth Justice Service early.
#[component]
fn YouthRouteNotice() -> impl IntoView {
    let s = use_triage();
    let (t, rules) = (s.triage, s.rules);
    let config = use_config();
    // A memo: typing a name must not rebuild the notice on every key press.
    let route = Memo::new(move |_| rules.with(|r| r.as_ref().map(|r| t.with(|t| youth_route(t, r.today)))));
    move || {
        let c = config.with(|c| c.ready().cloned())?;
        match route.get()?.kind() {
            YouthRouteKind::Youth => {
                let yjs = &c.contacts.youth_justice_service;
                let reach = [yjs.email.as_str(), yjs.phone.as_str()].into_iter().filter(|x| !x.is_empty()).collect::<Vec<_>>().join(", ");
                Some(view! {
                    <div class="notice notice--warning" id="youth-route">
                        <h2 class="heading-s">"The respondent is under 18"</h2>
                        <p>"Contact the Youth Justice Service early and record that contact in the "
                            <a href=href("triage/youth-justice")>"Youth Justice Service section"</a>
                            ". The application is likely to be heard in a youth court (to be confirmed with legal services)."</p>
                        <p>{format!("{}: {reach}", yjs.name)}</p>
                    </div>
                }
                .into_any())
            }
            YouthRouteKind::UnderTen => Some(view! {
                <div class="notice notice--error" id="under-ten">
                    <h2 class="heading-s">"An SPO should not be sought for a child under 10"</h2>
                    <p>"The Act sets no minimum age, but draft national guidance (the draft APP) limits SPOs to children aged 10 or over: a child under 10 cannot be held criminally responsible, and breaching an SPO is a criminal offence. Talk to your supervisor and children's social care about safeguarding instead."</p>
                </div>
            }
            .into_any()),
            _ => None,
        }
    }
}

/// Who to ask when the victim's views could not be got.
#[component]
fn AdviceContacts() -> impl IntoView {
    let config = use_config();
    let contacts = config.with_untracked(|c| c.ready().map(|c| (c.contacts.stalking_unit.clone(), c.contacts.legal_services.clone())));
    contacts.map(|(unit, legal)| {
        view! {
            <p class="hint">"You can still send the triage. For advice, contact "
                {mail_link(&unit.name, &unit.email)} " or " {mail_link(&legal.name, &legal.email)} "."</p>
        }
    })
}

/// A mailto link with no case details in it: the address is from config, never answers.
fn mail_link(name: &str, email: &str) -> AnyView {
    if email.is_empty() {
        name.to_string().into_any()
    } else {
        view! { <a href=format!("mailto:{email}")>{format!("{name} ({email})")}</a> }.into_any()
    }
}
