//! The pack at a glance: where the case stands, the court details, what is missing for
//! court (each with where to add it) and every document, to view and print or to
//! download as a Word file.
use super::downloads::DownloadButton;
use super::state::{drafted, rules, use_pack};
use crate::domain::pack::answers::iso_words;
use crate::domain::pack::{Place, Standing};
use crate::ui::base::href;
use crate::ui::config_state::use_config;
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let state = use_pack();
    let config = use_config();
    let close = move |_| {
        if let Some(c) = config.with_untracked(|c| c.ready().cloned()) {
            state.close(&c);
            crate::ui::page::focus_main_heading();
        }
    };
    let content = move || {
        let (Some(case), Some(c)) = (state.case.get(), config.with(|c| c.ready().cloned())) else { return ().into_any() };
        let pack = drafted(&case, &c);
        let triage = case.triage();
        let input = case.input(&triage, &c.force.name, &c.protective_marking, &rules(&c));
        let standing = case.standing();
        let court_started = case.court != Default::default();
        let missing = pack.missing.clone();
        let reference = case.payload.reference.clone();
        view! {
            <div class=if standing == Standing::Authorised && pack.is_final() { "notice notice--success" } else { "notice notice--warning" } id="pack-standing">
                <p><strong>{match (standing == Standing::Authorised, pack.is_final()) {
                    (true, true) => "Ready for legal services to check.",
                    (true, false) => "Draft: some things are missing for court.",
                    _ => "Draft.",
                }}</strong>" " {standing.sentence()}</p>
            </div>
            <dl class="summary-list">
                <div class="summary-list__row"><dt class="summary-list__key">"Respondent"</dt><dd class="summary-list__value">{triage.respondent.name.trim().to_string()}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">"Likely court"</dt><dd class="summary-list__value" id="pack-route">{input.route().court_words()}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">"Legal services' advice"</dt><dd class="summary-list__value">{case.advice.as_ref().and_then(|a| a.decision.as_ref().map(|d| d.label().to_string())).unwrap_or_else(|| "None opened".into())}</dd></div>
                <div class="summary-list__row"><dt class="summary-list__key">"Authorisation"</dt><dd class="summary-list__value">{input.authorisation.map(|a| {
                    let decision = a.decision.map_or("No decision recorded", |d| d.label());
                    format!("{decision}: {} on {}", a.officer_name, iso_words(&a.date))
                }).unwrap_or_else(|| "None recorded".into())}</dd></div>
            </dl>
            <h2 class="heading-l">"Court details"</h2>
            <p>"Which court, the address for service, interpreters and special measures, the protected people's addresses, the interim order and how long the hearing will take."</p>
            <p><a class="button button--secondary" href=href("pack/court") id="court-details-link">{if court_started { "Change the court details" } else { "Enter the court details" }}</a></p>
            <h2 class="heading-l" id="missing-for-court">"Missing for court"</h2>
            {if missing.is_empty() {
                view! { <p id="missing-list">"Nothing is missing. Legal services still check every document before it is filed."</p> }.into_any()
            } else {
                view! {
                    <p>"A draft pack can be made now. Before the final pack, add:"</p>
                    <ul class="list list--bullet" id="missing-list" aria-labelledby="missing-for-court">
                        {missing.into_iter().map(|m| {
                            let link = match m.place {
                                Place::Court => Some((if m.field.is_empty() { href("pack/court") } else { format!("{}#{}", href("pack/court"), m.field) }, "add it in the court details")),
                                Place::Authorisation => Some((href("review"), "record it in the Review area")),
                                Place::Triage | Place::Chronology => None,
                            };
                            match link {
                                Some((to, words)) => view! { <li>{m.what.clone()}": "<a href=to>{words}</a></li> }.into_any(),
                                None => view! { <li>{format!("{}: add it in {}, and send the triage again as a new version", m.what, m.place.label())}</li> }.into_any(),
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h2 class="heading-l" id="pack-documents-title">"The documents"</h2>
            <p>"Each carries the protective marking and says it is a draft to be checked by legal services. The Word files are for legal services to edit before filing."</p>
            <ul class="list pack-documents" id="pack-documents" aria-labelledby="pack-documents-title">
                {pack.documents.into_iter().map(|d| {
                    let gaps = d.has_missing();
                    let title = d.title.clone();
                    view! {
                        <li class="pack-document-item">
                            <h3 class="heading-s">{title.clone()}</h3>
                            {gaps.then(|| view! { <p><strong class="tag tag--asked">"Has gaps"</strong></p> })}
                            <p class="button-group">
                                <a class="button button--secondary" href=href(&format!("pack/document/{}", d.kind.file_stem()))>"View and print"<span class="visually-hidden">{format!(": {title}")}</span></a>
                                <DownloadButton document=d reference=reference.clone()/>
                            </p>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p role="status" id="pack-done">{move || state.done.get()}</p>
        }
        .into_any()
    };
    view! {
        {content}
        <h2 class="heading-l">"Another case"</h2>
        <p><button type="button" class="button button--secondary" id="close-pack" on:click=close>"Close this case and open another"</button></p>
    }
}
