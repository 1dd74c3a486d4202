//! The guidance: contents, modules, glossary, search and the pathway.
use crate::domain::areas::Area;
use crate::pages;
use crate::ui::{areas::OtherArea, base, config_state, shell};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

pub fn mount() {
    super::mount(Area::Guidance, App);
}

#[component]
fn App() -> impl IntoView {
    config_state::provide_config_without_pattern();
    super::take_over_once_configured();
    view! {
        <Router base=base::base_path()>
            <Routes fallback=|| view! { <OtherArea area=Area::Guidance/> }>
                <ParentRoute path=path!("") view=shell::Layout>
                    <Route path=path!("guidance") view=pages::guidance::GuidanceContents/>
                    <Route path=path!("guidance/search") view=pages::guidance::GuidanceSearch/>
                    <Route path=path!("guidance/glossary") view=pages::guidance::GuidanceGlossary/>
                    <Route path=path!("guidance/pathway") view=pages::guidance::GuidancePathway/>
                    <Route path=path!("guidance/:slug") view=pages::guidance::GuidanceModule/>
                    <Route path=path!("*any") view=move || view! { <OtherArea area=Area::Guidance/> }/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
