//! The start page: what the service is for and the way into each area.
use crate::ui::base::href;
use crate::ui::page::{use_title, PageHeading};
use crate::ui::shell::AREAS;
use leptos::prelude::*;

const BLURBS: [&str; 4] = [
    "Complete, check and send an SPO triage to legal services and the stalking unit.",
    "Build clear, specific and enforceable prohibitions and requirements.",
    "Worked example sets of conditions for fictional cases, with commentary.",
    "Ten short modules on SPOs, from recognising stalking to breaches and renewal.",
];

#[component]
pub fn Home() -> impl IntoView {
    use_title(|| "Start".to_string());
    view! {
        <PageHeading>"Stalking Protection Orders: triage and guidance"</PageHeading>
        <p class="lead">"Use this service to triage a Stalking Protection Order (SPO) application, draft its conditions and learn the process."</p>
        <ul class="area-list">
            {AREAS.iter().zip(BLURBS).map(|((route, label), blurb)| view! {
                <li>
                    <h2 class="heading-m"><a href=href(route)>{*label}</a></h2>
                    <p>{blurb}</p>
                </li>
            }).collect_view()}
        </ul>
        <h2 class="heading-m">"After a triage is sent"</h2>
        <p><a href=href("review")>"Review a triage"</a>": open a triage you were sent, comment on its answers and return your advice to the officer."</p>
        <p><a href=href("pack")>"Draft the court pack"</a>": once a triage is authorised, draft the complaint, the grounds, the draft orders, the authorisation record and the bundle checklist, to print or to edit in Word."</p>
    }
}
