//! The site area: the start page, the accessibility statement, diagnostics, and "page
//! not found" for any address no area claims.
use crate::domain::areas::Area;
use crate::pages;
use crate::ui::{areas::OtherArea, base, config_state, shell};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

pub fn mount() {
    super::mount(Area::Site, App);
}

#[component]
fn App() -> impl IntoView {
    config_state::provide_config();
    super::take_over_once_configured();
    view! {
        <Router base=base::base_path()>
            <Routes fallback=|| view! { <OtherArea area=Area::Site/> }>
                <ParentRoute path=path!("") view=shell::Layout>
                    <Route path=path!("") view=pages::home::Home/>
                    <Route path=path!("accessibility") view=pages::accessibility::Accessibility/>
                    <Route path=path!("diagnostics") view=pages::diagnostics::Diagnostics/>
                    <Route path=path!("*any") view=move || view! { <OtherArea area=Area::Site/> }/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
