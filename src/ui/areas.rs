//! Moving between the site's areas (`crate::domain::areas`): each area is its own app,
//! so a link into another area must be a full page load, never this app's router.
use crate::domain::areas::Area;
use crate::pages::not_found::NotFound;
use crate::ui::base::base_path;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The address last reloaded by [`OtherArea`], in session storage (an address only).
const RELOAD_KEY: &str = "spo-area-reload";

/// Marks a clicked link into another area `rel="external"` before the router sees the
/// click (the router listens on the window, after the document), so the browser loads
/// that area's page. One listener covers every link, those in rendered guidance too.
pub fn send_other_areas_to_the_browser(this: Area) {
    // Arrived in the right area: a later wrong turn at this address may reload again.
    let path = window().location().pathname().unwrap_or_default();
    if Area::for_path(&path, &base_path()) == Some(this) {
        if let Some(s) = window().session_storage().ok().flatten() {
            let _ = s.remove_item(RELOAD_KEY);
        }
    }
    let listener = gloo_events::EventListener::new(&document(), "click", move |event| {
        let Some(anchor) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        let here = window().location();
        if anchor.origin() != here.origin().unwrap_or_default() {
            return;
        }
        if Area::for_path(&anchor.pathname(), &base_path()).is_some_and(|a| a != this) {
            let rel = anchor.rel();
            if !rel.split_ascii_whitespace().any(|r| r == "external") {
                anchor.set_rel(format!("{rel} external").trim());
            }
        }
    });
    listener.forget();
}

/// Where no route of this area matches: an address of another area, reached without a
/// page load (the browser's back button over a replaced page, or a navigation in code),
/// is loaded in full; anything else is "Page not found".
#[component]
pub fn OtherArea(area: Area) -> impl IntoView {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let elsewhere = Area::for_path(&path, &base_path()).is_some_and(|a| a != area);
    // Never twice for one address: if the page served for it is this area's again, the
    // server's table and the site's disagree, and reloading would only loop.
    let key = RELOAD_KEY;
    let session = window().session_storage().ok().flatten();
    let tried = session.as_ref().and_then(|s| s.get_item(key).ok().flatten()).is_some_and(|p| p == path);
    if elsewhere && !tried {
        if let Some(s) = &session {
            let _ = s.set_item(key, &path);
        }
        let _ = location.replace(&location.href().unwrap_or_default());
        return view! { <p class="loading">"Loading…"</p> }.into_any();
    }
    if let Some(s) = &session {
        let _ = s.remove_item(key);
    }
    view! { <NotFound/> }.into_any()
}
