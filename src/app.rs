//! The app at the top: mounting, the shared state every page needs, and the routes.
//! Layers only go downward: app -> pages -> ui -> domain, so nothing below imports this.
use crate::pages;
use crate::ui::{base, config_state, shell, takeover};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

/// Mount the app. Over index.html's loading frame, at once; over a page the build
/// prerendered, into an element outside the document until it can take over (see
/// `takeover`), so the page never holds two copies of an id while the officer uses it.
pub fn mount() {
    // Where the app stopped, for the IT service desk (the browser's console): the file
    // and line only, never the message, which could hold an answer.
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        web_sys::console::error_1(&format!("The app stopped: internal error at {at}").into());
    }));
    if takeover::prerendered_frame().is_some() {
        let Ok(root) = document().create_element("div") else { return };
        root.set_id(takeover::ROOT_ID);
        use wasm_bindgen::JsCast;
        let root: web_sys::HtmlElement = root.unchecked_into();
        takeover::keep_root(root.clone());
        leptos::mount::mount_to(root, App).forget();
        return;
    }
    if let Some(frame) = document().get_element_by_id(takeover::FRAME_ID) {
        frame.remove();
    }
    leptos::mount::mount_to_body(App);
}

/// Starts the takeover of a prerendered page once the answers are restored (or there
/// is no config to restore them by).
#[component]
fn TakeOver() -> impl IntoView {
    let (Some(frame), Some(root)) = (takeover::prerendered_frame(), takeover::kept_root()) else {
        return;
    };
    let triage = pages::triage::use_triage();
    let config = config_state::use_config();
    takeover::take_over_when_ready(frame, root, move || {
        triage.ready.get_untracked() || config.with_untracked(|c| matches!(c, config_state::ConfigState::Broken(_)))
    });
}

/// The whole app: the config, the triage and the conditions builder's state (kept while
/// moving between pages), then one route per page inside the shared frame.
#[component]
pub fn App() -> impl IntoView {
    config_state::provide_config();
    pages::triage::provide_triage_state();
    pages::conditions::provide_builder_state();
    view! {
        <TakeOver/>
        <Router base=base::base_path()>
            <Routes fallback=|| view! { <pages::not_found::NotFound/> }>
                <ParentRoute path=path!("") view=shell::Layout>
                    <Route path=path!("") view=pages::home::Home/>
                    <Route path=path!("triage") view=pages::triage::TaskList/>
                    <Route path=path!("triage/check-answers") view=pages::triage::CheckAnswers/>
                    <Route path=path!("triage/confirmation") view=pages::triage::Confirmation/>
                    <Route path=path!("triage/:section") view=pages::triage::SectionPage/>
                    <Route path=path!("conditions") view=pages::conditions::ConditionsPage/>
                    <Route path=path!("examples") view=pages::examples::ExamplesPage/>
                    <Route path=path!("examples/:slug") view=pages::examples::ExamplePage/>
                    <Route path=path!("guidance") view=pages::guidance::GuidanceContents/>
                    <Route path=path!("guidance/search") view=pages::guidance::GuidanceSearch/>
                    <Route path=path!("guidance/glossary") view=pages::guidance::GuidanceGlossary/>
                    <Route path=path!("guidance/pathway") view=pages::guidance::GuidancePathway/>
                    <Route path=path!("guidance/:slug") view=pages::guidance::GuidanceModule/>
                    <Route path=path!("accessibility") view=pages::accessibility::Accessibility/>
                    <Route path=path!("diagnostics") view=pages::diagnostics::Diagnostics/>
                    <Route path=path!("*any") view=pages::not_found::NotFound/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
