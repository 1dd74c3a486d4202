//! The browser app: thin components over the domain. Built for wasm only.
pub mod base;
pub mod config_state;
pub mod fetch;
pub mod fields;
pub mod page;
pub mod shell;

use crate::pages;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

/// Mount the app, replacing the static loading frame from index.html.
pub fn mount() {
    if let Some(frame) = document().get_element_by_id("loading-frame") {
        frame.remove();
    }
    leptos::mount::mount_to_body(App);
}

#[component]
pub fn App() -> impl IntoView {
    config_state::provide_config();
    view! {
        <Router base=base::base_path()>
            <Routes fallback=|| view! { <pages::not_found::NotFound/> }>
                <ParentRoute path=path!("") view=shell::Layout>
                    <Route path=path!("") view=pages::home::Home/>
                    <Route path=path!("triage") view=pages::triage::TriagePage/>
                    <Route path=path!("conditions") view=pages::conditions::ConditionsPage/>
                    <Route path=path!("examples") view=pages::examples::ExamplesPage/>
                    <Route path=path!("guidance") view=pages::guidance::GuidanceContents/>
                    <Route path=path!("guidance/:slug") view=pages::guidance::GuidanceModule/>
                    <Route path=path!("accessibility") view=pages::accessibility::Accessibility/>
                    <Route path=path!("diagnostics") view=pages::diagnostics::Diagnostics/>
                    <Route path=path!("*any") view=pages::not_found::NotFound/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
