//! For force IT: the loaded settings, versions, and a check that the endpoint answers
//! a cross-origin request from this site. Shows no answers and no personal data: it
//! reads config.json only, never a draft, and hides the secret part of a signed URL.
use crate::domain::config::{redacted_url, url_origin, Config, Contact};
use crate::domain::csp::connect_allowed;
use crate::domain::version::{schema_path, APP_VERSION, SCHEMA_VERSION};
use crate::ui::base::asset;
use crate::ui::config_state::{use_config, ConfigState};
use crate::ui::fetch::{send, Call, FetchFailure};
use crate::ui::page::{use_title, PageHeading};
use crate::ui::summary_row::SummaryRow;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn Diagnostics() -> impl IntoView {
    use_title(|| "Diagnostics".to_string());
    let config = use_config();
    view! {
        <PageHeading>"Diagnostics"</PageHeading>
        <p class="lead">"For force IT: what this copy of the site has loaded, and whether the endpoint can be reached from here."</p>
        <h2 class="heading-l">"Versions"</h2>
        <dl class="summary-list">
            <SummaryRow key="App version" value=APP_VERSION.to_string()/>
            <SummaryRow key="Payload schema version" value=SCHEMA_VERSION.to_string()/>
        </dl>
        <p class="diagnostics-text"><a href=asset(&schema_path())>"Download the payload JSON Schema (" {schema_path()} ")"</a></p>
        <h2 class="heading-l">"Settings (config.json)"</h2>
        {move || match config.get() {
            ConfigState::Loading => view! { <p>"Loading config.json…"</p> }.into_any(),
            ConfigState::Broken(problems) => view! {
                <p>"config.json could not be used:"</p>
                <ul class="list diagnostics-text">{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            }.into_any(),
            ConfigState::Ready(c) => view! { <Settings config=c/> }.into_any(),
        }}
    }
}


fn contact_text(c: &Contact) -> String {
    [c.name.as_str(), c.email.as_str(), c.phone.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ")
}

#[component]
fn Settings(config: Config) -> impl IntoView {
    let warnings = config.warnings();
    let drafts = match config.drafts.expiry_hours {
        Some(h) if config.drafts.storage == crate::domain::config::DraftStorage::ThisComputer => {
            format!("{} (deleted after {h} hours)", config.drafts.storage.describe())
        }
        _ => config.drafts.storage.describe().to_string(),
    };
    let endpoint = config.send_to().cloned();
    let delivery = match config.delivery {
        crate::domain::config::Delivery::Email => format!("{}: {}", config.delivery.describe(), config.email_recipients().join(", ")),
        crate::domain::config::Delivery::Endpoint => config.delivery.describe().to_string(),
    };
    let endpoint_rows = endpoint.clone().map(|e| view! {
        <SummaryRow key="Endpoint" value=redacted_url(&e.url)/>
        <SummaryRow key="Send credentials" value=if e.send_credentials { "Yes" } else { "No" }/>
        <SummaryRow key="Request timeout" value=format!("{} seconds", e.timeout_seconds)/>
    });
    view! {
        <dl class="summary-list" id="diagnostics-settings">
            <SummaryRow key="Force" value=config.force.name.clone()/>
            <SummaryRow key="Force area" value=format!("{}{}", config.force.area, if config.force.national { " (national force: area rule not applied)" } else { "" })/>
            <SummaryRow key="Delivery" value=delivery/>
            {endpoint_rows}
            <SummaryRow key="Review endpoint (advice)" value=config.review_endpoint.as_ref().map_or_else(
                || "Not set: reviewers download the advice and email it".to_string(),
                |e| format!("{} (credentials {}, timeout {} seconds)", redacted_url(&e.url), if e.send_credentials { "sent" } else { "not sent" }, e.timeout_seconds),
            )/>
            <SummaryRow key="Stalking unit" value=contact_text(&config.contacts.stalking_unit)/>
            <SummaryRow key="Legal services" value=contact_text(&config.contacts.legal_services)/>
            <SummaryRow key="Youth Justice Service" value=contact_text(&config.contacts.youth_justice_service)/>
            <SummaryRow key="Service support" value=contact_text(&config.contacts.service_support)/>
            <SummaryRow key="Crime reference pattern" value=format!("{} (example {})", config.crime_reference.pattern, config.crime_reference.example)/>
            <SummaryRow key="Draft storage" value=drafts/>
            <SummaryRow key="Protective marking" value=config.protective_marking.clone()/>
        </dl>
        {(!warnings.is_empty()).then(|| view! {
            <div class="notice notice--warning diagnostics-text">
                <h3 class="heading-s">"Warnings"</h3>
                <ul class="list">{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            </div>
        })}
        {endpoint.map(|endpoint| view! { <EndpointCheck endpoint=endpoint/> })}
    }
}

/// The endpoint's origin when the Content-Security-Policy in this page's meta tag does
/// not allow connecting to it.
fn refused_by_page_policy(url: &str) -> Option<String> {
    let origin = url_origin(url)?;
    let page_origin = window().location().origin().ok()?;
    let meta = document().query_selector("meta[http-equiv='Content-Security-Policy']").ok()??;
    let policy = meta.get_attribute("content")?;
    (!connect_allowed(&policy, &origin, &page_origin)).then_some(origin)
}

fn refused_message(origin: &str) -> String {
    format!(
        "This site's Content-Security-Policy does not allow connections to {origin} (its connect-src), so the browser will not send to the endpoint. The pages' own policy allows this site and any https address, so an endpoint on another server must use https; the Content-Security-Policy header your web server sends must also list the endpoint's origin in connect-src (see security-headers.txt and SECURITY.md)."
    )
}

/// Sends an OPTIONS request (never a submission) and reports what came back.
#[component]
fn EndpointCheck(endpoint: crate::domain::config::Endpoint) -> impl IntoView {
    let result = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    // The policy the server sends as a header cannot be read from here: its refusal is
    // a violation event (queued, so it may come after the failed request), which tells
    // it apart from a CORS failure.
    let csp_refused = RwSignal::new(false);
    let endpoint_origin = url_origin(&endpoint.url);
    let watch = endpoint_origin.clone().map(|origin| {
        gloo_events::EventListener::new(&document(), "securitypolicyviolation", move |e| {
            let blocked = js_sys::Reflect::get(e, &"blockedURI".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
            if blocked.starts_with(origin.as_str()) {
                csp_refused.set(true);
            }
        })
    });
    let watch = StoredValue::new_local(watch);
    on_cleanup(move || watch.update_value(|w| drop(w.take())));
    let shown = move || {
        let r = result.get()?;
        Some(match (&r, csp_refused.get(), &endpoint_origin) {
            ((false, _), true, Some(origin)) => (false, refused_message(origin)),
            _ => r,
        })
    };
    let check = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        result.set(None);
        let endpoint = endpoint.clone();
        // The pages' own policy would refuse the request before it left the browser, and
        // the failure would look like CORS: say what it is instead, and send nothing.
        if let Some(origin) = refused_by_page_policy(&endpoint.url) {
            result.set(Some((false, refused_message(&origin))));
            busy.set(false);
            return;
        }
        csp_refused.set(false);
        spawn_local(async move {
            // A path such as /api/submissions is on this server, outside the site's base.
            let url = endpoint.url.clone();
            let origin = window().location().origin().unwrap_or_default();
            let outcome = send(Call {
                method: "OPTIONS",
                url: &url,
                body: None,
                json: true,
                credentials: endpoint.send_credentials,
                timeout_seconds: endpoint.timeout_seconds,
                read_headers: &["access-control-allow-origin", "access-control-allow-methods", "access-control-allow-headers"],
            })
            .await;
            result.set(Some(match outcome {
                Ok(a) => {
                    let headers = if a.headers.is_empty() {
                        "no CORS headers visible".to_string()
                    } else {
                        a.headers.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join("; ")
                    };
                    let ok = (200..300).contains(&a.status);
                    (ok, format!("The endpoint answered from origin {origin} with HTTP status {} ({headers}).{}", a.status,
                        if ok { " Requests from this site are allowed." } else { " Check the endpoint accepts OPTIONS and POST with Content-Type: application/json from this origin." }))
                }
                Err(FetchFailure::TimedOut(s)) => (false, format!("No answer within {s} seconds. Check the endpoint address and that this computer can reach it.")),
                Err(FetchFailure::Unreachable) => (false, format!(
                    "The browser could not get an answer it is allowed to read. Either the endpoint could not be reached, or it does not allow requests from {origin} (CORS), or the Content-Security-Policy header your web server sends does not list the endpoint in connect-src. Check the address, the network path, that the endpoint's CORS settings allow this origin, POST and the Content-Type header, and the browser console for a Content-Security-Policy message."
                )),
            }));
            busy.set(false);
        });
    };
    view! {
        <h2 class="heading-l">"Check the endpoint"</h2>
        <p>"This sends an OPTIONS request to the endpoint, as a browser does before a cross-origin submission. No answers are sent and nothing is stored."</p>
        <button type="button" class="button button--secondary" id="check-endpoint" on:click=check disabled=move || busy.get()>
            {move || if busy.get() { "Checking…" } else { "Check the endpoint" }}
        </button>
        <div role="status" aria-live="polite" id="endpoint-result" class="diagnostics-text">
            {move || shown().map(|(ok, text)| view! {
                <p class=if ok { "notice notice--success" } else { "notice notice--error" }>
                    <strong>{if ok { "Reached. " } else { "Not reached. " }}</strong>{text}
                </p>
            })}
        </div>
    }
}
